"""shacl: a fast validator for the SHACL Core subset that shapes/ uses.

pyshacl is the reference, and the slowest stage of a big build: it asks rdflib for every
value of every focus node, one generator at a time, and writes a report graph it then reads
back. Here the shapes graph is compiled once into plain Python checks, the data graph is
indexed once (predicate -> subject -> objects, for the predicates the shapes look at; the
instances of a class through the data's rdfs:subClassOf, as pyshacl applies it for
sh:targetClass and sh:class) and each focus node is checked in time linear in its values.

The results are exactly pyshacl's as graph.validate._validate_whole reads them (run with
inference "none", advanced mode, allow_warnings): same focus node, result path, value,
source shape, severity and message, pyshacl's generated message included where a shape has
no sh:message. tests/test_shacl_fast.py checks this on the seeds and on many mutated graphs.

Supported: targets sh:targetClass and sh:targetSubjectsOf; property shapes (sh:property)
with a predicate (IRI) sh:path; sh:minCount, sh:maxCount, sh:datatype, sh:class,
sh:nodeKind, sh:pattern (+ sh:flags), sh:minLength, sh:in, sh:hasValue, sh:or, sh:not;
sh:severity, sh:message, sh:deactivated and the non-validating sh:name, sh:description,
sh:order, sh:group. Anything else in the shapes graph (sh:sparql, sh:qualifiedValueShape,
sh:targetNode, complex paths, SHACL-AF rules and targets, ...) raises Unsupported from
compile_shapes(), and graph.validate.validate() falls back to pyshacl.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph

from .namespaces import SH, canonical
from .validate import Report, Result, _short


class Unsupported(Exception):
    """The shapes use a SHACL feature the compiled validator does not implement."""


# every SHACL term the shapes graph may use, as a predicate or as an object
_PARAMETERS = {SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.pattern,
               SH.minLength, SH["in"], SH.hasValue, SH["or"], SH["not"], SH.property}
_PREDICATES = _PARAMETERS | {
    SH.targetClass, SH.targetSubjectsOf, SH.path, SH.flags, SH.severity, SH.message,
    SH.deactivated, SH.name, SH.description, SH.order, SH.group}
_OBJECTS = {SH.NodeShape, SH.PropertyShape, SH.PropertyGroup, SH.Violation, SH.Warning, SH.Info,
            SH.IRI, SH.BlankNode, SH.Literal, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral,
            SH.IRIOrLiteral}
_ALLOWED_SEVERITIES = (SH.Warning, SH.Info)  # allow_warnings: such a shape "conforms" nested
_WHOLE_INTEGERS = {XSD.integer, XSD.int, XSD.long, XSD.negativeInteger, XSD.nonNegativeInteger,
                   XSD.nonPositiveInteger, XSD.positiveInteger, XSD.short, XSD.unsignedByte,
                   XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort}  # pyshacl's list
_KINDS = {BNode: frozenset((SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI)),
          Literal: frozenset((SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral)),
          URIRef: frozenset((SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI))}
_XSD_STRING, _LANG_STRING, _RDFS_LITERAL, _RDFS_DATATYPE = (XSD.string, RDF.langString,
                                                            RDFS.Literal, RDFS.Datatype)
_MAX_DEPTH = 6  # pyshacl stops at a validation depth of 15; nesting here stays far below
_SHAPE_VALUED = {SH.property, SH["not"]}  # their values are shapes
_SHAPE_LISTS = {SH["or"]}  # their values are lists of shapes
_SHAPE_SUBJECTS = {SH.targetClass, SH.targetSubjectsOf, SH.property}  # their subjects are


def _nested(c) -> list:
    if isinstance(c, (_Property, _Not)):
        return c.shapes
    if isinstance(c, _Or):
        return [s for members in c.lists for s in members]
    return []


# ------------------------------------------------------------- pyshacl's stringify_node
class _Text:
    """Terms written as pyshacl's rdfutil.stringify_node writes them in its messages."""

    def __init__(self, graph: Graph, nm):
        self.graph, self.nm = graph, nm

    def __call__(self, node, recursion: int = 0) -> str:
        if isinstance(node, Literal):
            return self._literal(node)
        if isinstance(node, BNode):
            return self._bnode(node, recursion + 1)
        if isinstance(node, URIRef):
            try:
                return node.n3(namespace_manager=self.nm)
            except Exception:
                return str(node)
        return str(node)

    def _literal(self, node: Literal) -> str:
        value = None if node.value is None else str(node.value)
        lex = str(node)
        if value is not None:
            at = value.find(" object at 0x")
            if at > 0:
                value = value[:at]
        text = f'"{lex}" = {value}' if value is not None and value != lex else f'"{lex}"'
        lang = f", lang={node.language}" if node.language else ""
        if node.datatype:
            dt = self(node.datatype) if isinstance(node.datatype, (URIRef, Literal)) \
                else str(node.datatype)
            datatype = f", datatype={dt}"
        else:
            datatype = ""
        return f"Literal({text}{lang}{datatype})"

    def _bnode(self, bnode: BNode, recursion: int) -> str:
        if recursion >= 12:
            return "<http://recursion.too.deep>"
        g = self.graph
        predicates = list(g.predicates(bnode))
        if not predicates:
            return "[ ]"
        if RDF.first in predicates:
            return "( {} )".format(" ".join(self(i, recursion + 1) for i in g.items(bnode)))
        by_p = {}
        for p in predicates:
            p_text = p.n3(namespace_manager=self.nm) if isinstance(p, (Literal, BNode, URIRef)) \
                else str(p)
            objs = list(g.objects(bnode, p))
            if not objs:
                continue
            texts = ["<self>" if p is OWL.sameAs and o is bnode else self(o, recursion + 1)
                     for o in objs]
            by_p[p_text] = ", ".join(sorted(texts)) if len(texts) > 1 else texts[0]
        if len(by_p) > 1:
            inner = " ; ".join(f"{p} {o}" for p, o in sorted(by_p.items()))
        else:
            inner = "{} {}".format(*next(iter(by_p.items())))
        return f"[ {inner} ]"


def _copy_namespaces(graph: Graph, bind_namespaces: str) -> Graph:
    """An empty graph with the prefixes of `graph`, as pyshacl's clone_graph makes one (the
    data graph's clone, in advanced mode), "sh" bound as its stringify_node binds it."""
    g = Graph(bind_namespaces=bind_namespaces)
    for prefix, ns in graph.namespace_manager.namespaces():
        g.namespace_manager.bind(prefix, ns, override=True, replace=True)
    g.namespace_manager.bind("sh", SH, override=False, replace=False)
    return g


# ------------------------------------------------------------------- the data, indexed
class _Data:
    """The data graph as pyshacl reads it, indexed once: predicate -> subject -> objects for
    the predicates the shapes look at, the instances of each class (rdf:type, through the
    data's rdfs:subClassOf) and pyshacl's clone of its prefixes for the messages."""

    def __init__(self, graph: Graph, predicates, triples=None):
        """`triples`: the data as (s, p, o) terms, read in one pass, when `graph` only
        carries the prefixes (a build holds its graph as a set of triples)."""
        self.graph = graph
        self.values: dict = {p: defaultdict(list) for p in predicates}
        if triples is None:
            for p, index in self.values.items():
                for s, _, o in graph.triples((None, p, None)):
                    index[s].append(o)
        else:
            values = self.values
            for s, p, o in triples:
                index = values.get(p)
                if index is not None:
                    index[s].append(o)
        self.types = self.values[RDF.type]
        self._by_type = defaultdict(list)
        for s, types in self.types.items():
            for t in types:
                self._by_type[t].append(s)
        self._narrower = defaultdict(list)
        for sub, supers in self.values[RDFS.subClassOf].items():
            for sup in supers:
                self._narrower[sup].append(sub)
        self._subclasses: dict = {}
        self._instances: dict = {}
        self.text = _Text(graph, _copy_namespaces(graph, "core").namespace_manager)
        self.paths: dict = {}

    def subclasses(self, cls) -> frozenset:
        """cls and the classes under it: the types whose rdflib transitive_objects over
        rdfs:subClassOf reach cls (pyshacl's sh:class test), its transitive_subjects (its
        sh:targetClass)."""
        found = self._subclasses.get(cls)
        if found is None:
            seen, todo = {cls}, [cls]
            while todo:
                for sub in self._narrower.get(todo.pop(), ()):
                    if sub not in seen:
                        seen.add(sub)
                        todo.append(sub)
            found = self._subclasses[cls] = frozenset(seen)
        return found

    def is_instance(self, node, cls) -> bool:
        if isinstance(node, Literal):
            return False
        classes = self.subclasses(cls)
        return any(t in classes for t in self.types.get(node, ()))

    def instances(self, cls) -> set:
        """The focus nodes of sh:targetClass cls."""
        found = self._instances.get(cls)
        if found is None:
            found = self._instances[cls] = {s for t in self.subclasses(cls)
                                            for s in self._by_type.get(t, ())}
        return found

    def path_text(self, path) -> str:
        text = self.paths.get(path)
        if text is None:
            text = self.paths[path] = _short(self.graph, path)
        return text


# ------------------------------------------------------------------------- constraints
class _Constraint:
    """One constraint component of one shape: failures() lists a value node for each result
    it gives (None for a result without sh:value), empty when the focus node passes."""

    def failures(self, data: _Data, focus, values) -> list:
        raise NotImplementedError

    def message(self, data: _Data, focus, value) -> str:
        raise NotImplementedError


class _MinCount(_Constraint):
    def __init__(self, n: int, shape: "_Shape"):
        self.n, self.shape = n, shape

    def failures(self, data, focus, values):
        return [None] if self.n and len(values) < self.n else []

    def message(self, data, focus, value):
        try:
            focus_text = data.text(focus)
        except (LookupError, ValueError):
            focus_text = str(focus)
        return f"Less than {self.n} values on {focus_text}->{self.shape.path_message}"


class _MaxCount(_Constraint):
    def __init__(self, n: int, shape: "_Shape"):
        self.n, self.shape = n, shape

    def failures(self, data, focus, values):
        return [None] if len(values) > self.n else []

    def message(self, data, focus, value):
        return f"More than {self.n} values on {data.text(focus)}->{self.shape.path_message}"


class _Datatype(_Constraint):
    _PYTHON = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int,
               XSD.float: float, XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date,
               XSD.time: time, XSD.dateTime: datetime}

    def __init__(self, datatype, text: str):
        self.datatype = datatype
        self.text = f"Value is not Literal with datatype {text}"

    def _actual(self, v) -> bool:
        kind = self._PYTHON.get(self.datatype)
        return True if kind is None else isinstance(v.value, kind)

    def matches(self, v) -> bool:
        if not isinstance(v, Literal):
            return False
        rule, dt = self.datatype, v.datatype
        # (`is` first: the build's terms are the shapes' own objects, and rdflib's == is a
        # Python call; the comparisons with fixed terms are made once, in _kinds)
        if dt is not None and (dt is rule or dt == rule):
            return False if getattr(v, "ill_typed", None) is True else self._actual(v)
        literal, datatype, string, lang = self._kinds()
        if literal:
            return True
        if datatype and dt:
            return True
        if dt is None and v.language is None and string:
            return self._actual(v)
        if lang and v.language:
            return self._actual(v)
        return False

    def _kinds(self) -> tuple[bool, bool, bool, bool]:
        kinds = self.__dict__.get("_kinds_made")
        if kinds is None:
            rule = self.datatype
            kinds = self._kinds_made = (rule == _RDFS_LITERAL, rule == _RDFS_DATATYPE,
                                        rule == _XSD_STRING, rule == _LANG_STRING)
        return kinds

    def failures(self, data, focus, values):
        return [v for v in values if not self.matches(v)]

    def message(self, data, focus, value):
        return self.text


class _Class(_Constraint):
    def __init__(self, classes: list, texts: list[str]):
        self.classes = classes
        self.text = (f"Value does not have class {texts[0]}" if len(texts) < 2 else
                     "Value class is not in classes ({})".format(", ".join(texts)))

    def failures(self, data, focus, values):
        return [v for c in self.classes for v in values if not data.is_instance(v, c)]

    def message(self, data, focus, value):
        return self.text


class _NodeKind(_Constraint):
    def __init__(self, kind, text: str):
        self.kind = kind
        self.text = f"Value is not of Node Kind {text}"

    def failures(self, data, focus, values):
        out = []
        for v in values:
            kinds = (_KINDS[BNode] if isinstance(v, BNode) else _KINDS[Literal]
                     if isinstance(v, Literal) else _KINDS[URIRef])
            if self.kind not in kinds:
                out.append(v)
        return out

    def message(self, data, focus, value):
        return self.text


def _string(v) -> str:
    """pyshacl's StringBasedConstraintBase.value_node_to_string."""
    if isinstance(v, Literal) and v.value is not None and \
            v.datatype in (None, _LANG_STRING, _XSD_STRING):
        return str(v.value)
    return str(v)


class _Pattern(_Constraint):
    def __init__(self, patterns: list, flags):
        re_flags = 0
        if flags is not None:
            f = str(flags.value).lower()
            re_flags |= re.I if "i" in f else 0
            re_flags |= re.M if "m" in f else 0
        self.regexes = []
        for p in patterns:
            text = str(p.value) if p.value is not None and len(p.value) > 1 else str(p)
            self.regexes.append(re.compile(text, re_flags))
        self.text = ("Value does not match pattern '{}'".format(str(patterns[0].value))
                     if len(patterns) < 2 else "Value does not match every pattern in ('{}')"
                     .format("', '".join(str(p.value) for p in patterns)))

    def failures(self, data, focus, values):
        return [v for rx in self.regexes for v in values
                if isinstance(v, BNode) or not rx.search(_string(v))]

    def message(self, data, focus, value):
        return self.text


class _MinLength(_Constraint):
    def __init__(self, rule: Literal):
        self.rule, self.n = rule, rule.value

    def failures(self, data, focus, values):
        if self.n == 0:
            return []
        return [v for v in values if isinstance(v, BNode) or len(_string(v)) < self.n]

    def message(self, data, focus, value):
        return f"String length not >= {data.text(self.rule)}"


class _In(_Constraint):
    def __init__(self, members: set, texts: list[str]):
        self.members, self.texts = members, texts

    def failures(self, data, focus, values):
        return [v for v in values if v not in self.members]

    def message(self, data, focus, value):
        return f"Value {data.text(value)} not in list {self.texts}"


class _HasValue(_Constraint):
    def __init__(self, wanted: set, texts: list[str], shape: "_Shape"):
        self.wanted, self.texts, self.shape = wanted, texts, shape

    def failures(self, data, focus, values):
        return [None for hv in self.wanted if hv not in values]

    def message(self, data, focus, value):
        if self.shape.path is not None:
            return (f"Node {data.text(focus)}->{self.shape.path_message} does not contain a "
                    f"value in the set: {self.texts}")
        return f"Node {data.text(focus)} value is not a in the set of values: {self.texts}"


class _Or(_Constraint):
    def __init__(self, lists: list[list["_Shape"]], text: str):
        self.lists, self.text = lists, text

    def failures(self, data, focus, values):
        return [v for members in self.lists for v in values
                if not any(m.conforms(data, v) for m in members)]

    def message(self, data, focus, value):
        try:
            value_text = data.text(value)
        except (LookupError, ValueError):
            value_text = str(value)
        return f"Node {value_text} must conform to one or more shapes in {self.text}"


class _Not(_Constraint):
    def __init__(self, shapes: list["_Shape"], texts: list[str]):
        self.shapes = shapes
        self.texts = texts

    def failures(self, data, focus, values):
        return [v for s in self.shapes for v in values if s.conforms(data, v)]

    def message(self, data, focus, value):
        try:
            value_text = data.text(value)
        except (LookupError, ValueError):
            value_text = str(value)
        if len(self.texts) == 1:
            return f"Node {value_text} must not conform to shape {self.texts[0]}"
        return f"Node {value_text} must not conform to any shapes in {' , '.join(self.texts)}"


class _Property:
    """sh:property: each value node is validated against each property shape."""

    def __init__(self, shapes: list["_Shape"]):
        self.shapes = shapes


# ------------------------------------------------------------------------------ shapes
class _Shape:
    def __init__(self, node):
        self.node = node
        self.path = None
        self.path_message = ""
        self.severity = SH.Violation
        self.severity_name = "Violation"
        self.allowed = False
        self.deactivated = False
        self.message_text: str | None = None
        self.name = ""
        self.target_classes: list = []
        self.target_subjects_of: list = []
        self.constraints: list = []

    def values(self, data: _Data, focus):
        if self.path is None:
            return (focus,)
        return data.values[self.path].get(focus, ())

    def conforms(self, data: _Data, focus) -> bool:
        """Conformance checking, as pyshacl does it for sh:or / sh:not / sh:property."""
        if self.deactivated or self.allowed:
            return True
        values = self.values(data, focus)
        for c in self.constraints:
            if isinstance(c, _Property):
                if not all(p.conforms(data, v) for p in c.shapes for v in values):
                    return False
            elif c.failures(data, focus, values):
                return False
        return True

    def validate(self, data: _Data, focus, out: list) -> None:
        """The validation results of one focus node, appended to `out`."""
        if self.deactivated:
            return
        values = self.values(data, focus)
        for c in self.constraints:
            if isinstance(c, _Property):
                for p in c.shapes:
                    for v in values:
                        p.validate(data, v, out)
                continue
            for value in c.failures(data, focus, values):
                out.append(Result(
                    severity=self.severity_name,
                    focus=str(focus),
                    path=data.path_text(self.path) if self.path is not None else "",
                    value=str(value) if isinstance(value, (Literal, URIRef)) else "",
                    message=self.message_text if self.message_text is not None
                    else c.message(data, focus, value),
                    shape=self.name,
                ))

    def focus_nodes(self, data: _Data) -> set:
        found: set = set()
        for c in self.target_classes:
            found |= data.instances(c)
        for p in self.target_subjects_of:
            found.update(data.values[p])
        return found


class Compiled:
    """The shapes graph as Python checks: validate(graph) -> Report."""

    def __init__(self, top: list[_Shape], predicates: set):
        self.top = top
        self.predicates = predicates

    def validate(self, graph: Graph, triples=None) -> Report:
        """The report on `graph`; or, given `triples`, on those triples, `graph` giving
        only the prefixes the messages write terms with."""
        if isinstance(graph, ConjunctiveGraph) or not isinstance(graph, Graph):
            raise Unsupported(f"a {type(graph).__name__} as the data graph (pyshacl validates "
                              "each named graph)")
        data = _Data(graph, self.predicates, triples)
        results: list[Result] = []
        for shape in self.top:
            for focus in shape.focus_nodes(data):
                shape.validate(data, focus, results)
        results.sort(key=lambda r: (r.severity != "Violation", r.focus, r.path, r.message,
                                    r.value, r.shape))
        return Report(conforms=not any(r.severity == "Violation" for r in results),
                      results=results)


def compile_shapes(shapes: Graph) -> Compiled:
    """Compile a shapes graph, or raise Unsupported naming what it uses that is not here."""
    return _Compiler(shapes).compile()


class _Compiler:
    def __init__(self, g: Graph):
        if isinstance(g, ConjunctiveGraph) or not isinstance(g, Graph):
            raise Unsupported(f"a {type(g).__name__} as the shapes graph")
        self.g = g
        self.text = _Text(g, _copy_namespaces(g, "none").namespace_manager)
        self.shapes: dict = {}
        self.predicates = {canonical(RDF.type), canonical(RDFS.subClassOf)}

    # -- which SHACL terms the graph uses
    def _check_vocabulary(self) -> None:
        sh = str(SH)
        unknown = set()
        for s, p, o in self.g:
            if str(p).startswith(sh) and p not in _PREDICATES:
                unknown.add(p)
            if isinstance(o, URIRef) and str(o).startswith(sh) and o not in _OBJECTS:
                unknown.add(o)
        if unknown:
            raise Unsupported(", ".join(sorted(self._name(t) for t in unknown)))

    def _name(self, node) -> str:
        return _short(self.g, node) if isinstance(node, URIRef) else str(node)

    def _one(self, node, p, what: str):
        vals = list(self.g.objects(node, p))
        if len(vals) != 1:
            raise Unsupported(f"{len(vals)} values of {what} on {self._name(node)}")
        return vals[0]

    def _list(self, node) -> list:
        items = list(self.g.items(node))
        if not items:
            raise Unsupported(f"an empty or malformed RDF list on {self._name(node)}")
        return items

    # -- the shapes pyshacl harvests (shapes_graph.py), here only those in use
    def compile(self) -> Compiled:
        g = self.g
        self._check_vocabulary()
        sh = str(SH)
        # every node pyshacl may take for a shape (shapes_graph.py harvests these), and more
        nodes = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type,
                                                                        SH.PropertyShape))
        mentioned = set()
        for s, p, o in g:
            if str(p).startswith(sh):
                mentioned.add(s)
                if p in _SHAPE_VALUED:
                    nodes.add(o)
                if p in _SHAPE_LISTS:
                    nodes.update(self._list(o))
                if p in _SHAPE_SUBJECTS:
                    nodes.add(s)
        classes = {RDFS.Class, OWL.Class} | set(g.subjects(RDFS.subClassOf, RDFS.Class))
        for n in nodes | mentioned:
            if set(g.objects(n, RDF.type)) & classes:
                raise Unsupported(f"{self._name(n)} is a class and a shape (implicit class "
                                  "target)")
        for n in sorted(nodes, key=str):  # all of them: a malformed one is no surprise later
            self._shape(n, ())
        top = [self.shapes[n] for n in sorted(nodes, key=str)
               if self.shapes[n].target_classes or self.shapes[n].target_subjects_of]
        height: dict = {}

        def tall(shape: _Shape) -> int:
            if shape.node not in height:
                inner = [s for c in shape.constraints for s in _nested(c)]
                height[shape.node] = 1 + max((tall(s) for s in inner), default=0)
            return height[shape.node]
        if any(tall(s) > _MAX_DEPTH for s in self.shapes.values()):
            raise Unsupported(f"shapes nested more than {_MAX_DEPTH} deep")
        return Compiled(top, self.predicates)

    def _shape(self, node, stack: tuple) -> _Shape:
        if node in stack:
            raise Unsupported(f"recursive shapes ({self._name(node)})")
        if node in self.shapes:
            return self.shapes[node]
        if isinstance(node, Literal):
            raise Unsupported(f"a literal as a shape ({node})")
        g = self.g
        shape = _Shape(node)
        types = set(g.objects(node, RDF.type))
        paths = list(g.objects(node, SH.path))
        if len(paths) > 1:
            raise Unsupported(f"{len(paths)} sh:path values on {self._name(node)}")
        if SH.NodeShape in types and SH.PropertyShape in types:
            raise Unsupported(f"{self._name(node)} is a node shape and a property shape")
        if paths:
            if SH.NodeShape in types:
                raise Unsupported(f"a node shape with sh:path ({self._name(node)})")
            if not isinstance(paths[0], URIRef):
                raise Unsupported(f"a complex sh:path on {self._name(node)} (only a predicate)")
            shape.path = paths[0]
            shape.path_message = self.text(paths[0])
            self.predicates.add(paths[0])
        elif SH.PropertyShape in types:
            raise Unsupported(f"a property shape without sh:path ({self._name(node)})")
        severity = set(g.objects(node, SH.severity))
        if severity:
            shape.severity = next(iter(severity))
        sev = shape.severity  # read as _validate_whole reads sh:resultSeverity
        shape.severity_name = str(sev).rsplit("#", 1)[-1] if sev else "Violation"
        shape.allowed = shape.severity in _ALLOWED_SEVERITIES
        deactivated = list(g.objects(node, SH.deactivated))
        if len(deactivated) > 1 or (deactivated and not isinstance(deactivated[0], Literal)):
            raise Unsupported(f"sh:deactivated on {self._name(node)} is not one literal")
        shape.deactivated = bool(deactivated[0].value) if deactivated else False
        messages = set(g.objects(node, SH.message))
        shape.message_text = min(str(m) for m in messages) if messages else None
        shape.name = _short(g, node) if isinstance(node, URIRef) else ""
        shape.target_classes = list(g.objects(node, SH.targetClass))
        shape.target_subjects_of = list(g.objects(node, SH.targetSubjectsOf))
        for p in shape.target_subjects_of:
            if not isinstance(p, URIRef):
                raise Unsupported(f"sh:targetSubjectsOf {p} is not an IRI")
            self.predicates.add(p)
        self.shapes[node] = shape  # before the nested shapes: recursion is caught by `stack`
        stack = stack + (node,)
        done = set()
        for p, _ in g.predicate_objects(node):
            if p in _PARAMETERS and p not in done:
                done.add(p)
                shape.constraints.append(self._constraint(shape, p, stack))
        return shape

    def _constraint(self, shape: _Shape, p, stack: tuple):
        g, node, text = self.g, shape.node, self.text
        vals = list(g.objects(node, p))
        if p in (SH.minCount, SH.maxCount):
            n = self._one(node, p, self._name(p))
            if shape.path is None:
                raise Unsupported(f"{self._name(p)} on a node shape ({self._name(node)})")
            if not (isinstance(n, Literal) and n.datatype == XSD.integer) or int(n.value) < 0:
                raise Unsupported(f"{self._name(p)} {n} is not a whole number")
            return (_MinCount if p == SH.minCount else _MaxCount)(int(n.value), shape)
        if p == SH.datatype:
            dt = self._one(node, p, "sh:datatype")
            return _Datatype(dt, text(dt))
        if p == SH["class"]:
            return _Class(vals, [text(c) for c in vals])
        if p == SH.nodeKind:
            kind = self._one(node, p, "sh:nodeKind")
            return _NodeKind(kind, text(kind))
        if p == SH.pattern:
            if not all(isinstance(v, Literal) for v in vals):
                raise Unsupported(f"sh:pattern on {self._name(node)} is not a literal")
            flags = set(g.objects(node, SH.flags))
            flag = next(iter(flags)) if flags else None
            if flag is not None and not isinstance(flag, Literal):
                raise Unsupported(f"sh:flags on {self._name(node)} is not a literal")
            try:
                return _Pattern(vals, flag)
            except Exception as e:  # pyshacl fails on it too: let it say how
                raise Unsupported(f"sh:pattern on {self._name(node)}: {e}") from None
        if p == SH.minLength:
            n = self._one(node, p, "sh:minLength")
            if not isinstance(n, Literal) or getattr(n, "ill_typed", False) or \
                    n.datatype not in _WHOLE_INTEGERS or n.datatype in (
                    XSD.negativeInteger, XSD.nonPositiveInteger) or n.value < 0:
                raise Unsupported(f"sh:minLength {n} is not a whole number")
            return _MinLength(n)
        if p == SH["in"]:
            members = set()  # built as pyshacl builds it: its message lists the set's order
            for item in self._list(self._one(node, p, "sh:in")):
                members.add(item)
            return _In(members, [text(m) for m in members])
        if p == SH.hasValue:
            wanted = set(g.objects(node, p))
            return _HasValue(wanted, [text(v) for v in wanted], shape)
        if p == SH["or"]:
            lists = [self._list(v) for v in vals]
            shapes = [[self._shape(m, stack) for m in members] for members in lists]
            if len(lists) < 2:
                message = " , ".join(text(m) for m in lists[0])
            else:
                message = " and ".join("({})".format(" , ".join(text(m) for m in members))
                                       for members in lists)
            return _Or(shapes, message)
        if p == SH["not"]:
            return _Not([self._shape(v, stack) for v in vals], [text(v) for v in vals])
        if p == SH.property:
            shapes = [self._shape(v, stack) for v in vals]
            for s in shapes:
                if s.path is None:
                    raise Unsupported(f"sh:property {self._name(s.node)} has no sh:path")
            return _Property(shapes)
        raise Unsupported(self._name(p))  # pragma: no cover (every parameter is handled)

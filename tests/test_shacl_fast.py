"""The fast validator (graph/shacl.py) gives exactly pyshacl's report.

pyshacl stays the reference: on the seeds, on many generated graphs whose mistakes trip
every constraint of every shape in shapes/, and on shapes using the other constructs the
compiler accepts, graph.shacl must give the same results (focus node, path, value, source
shape, severity, message) as graph.validate._validate_whole, and the same conformance.
Shapes it cannot compile go to pyshacl."""
from __future__ import annotations

import random
from collections import Counter
from functools import lru_cache

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef

from graph.namespaces import PR, PROV, SCHEMA, SH, WD, WDT, WIKIBASE, P, PS, bind
from graph.shacl import Unsupported, compile_shapes
from graph.validate import _validate_whole, load_shapes, validate

FG = "https://example.org/filmgraph/"
EX = "https://example.org/extra/"


@lru_cache(maxsize=None)
def _shapes_ttl() -> str:
    return load_shapes().serialize(format="turtle")


def _shapes(extra: str = "") -> Graph:
    g = Graph().parse(data=_shapes_ttl(), format="turtle")
    if extra:
        g.parse(data=PREFIXES + extra, format="turtle")
    return g


def _same(graph: Graph, shapes: Graph) -> tuple:
    """(pyshacl's report, the fast one), checked equal: results as a multiset, conformance."""
    want = _validate_whole(graph, shapes)
    got = compile_shapes(shapes).validate(graph)
    a, b = Counter(want.results), Counter(got.results)
    assert a == b, (f"only from pyshacl: {list((a - b).elements())[:4]}; "
                    f"only from the fast validator: {list((b - a).elements())[:4]}")
    assert got.conforms == want.conforms
    return want, got


# --------------------------------------------------------------- generated film graphs
def _node(kind: str, i) -> URIRef:
    return URIRef(f"{FG}{kind}/{i}")


def _valid_graph(rnd: random.Random) -> tuple[Graph, dict]:
    """Films with their people, companies, documents, statements and references, roles
    and credits, as the mapping writes them: every shape holds."""
    g = Graph() if rnd.random() < 0.3 else Graph(bind_namespaces="core")
    if rnd.random() < 0.7:
        bind(g)
        if rnd.random() < 0.5:
            g.bind("fg", FG)
    nodes: dict[str, list] = {k: [] for k in ("film", "person", "org", "doc", "statement",
                                              "reference", "performance", "credit", "country")}
    for i in range(rnd.randint(4, 7)):
        p = _node("person", i)
        nodes["person"].append(p)
        g.add((p, RDF.type, SCHEMA.Person))
        g.add((p, WDT.P31, WD.Q5))
        g.add((p, SCHEMA.name, Literal(f"Person {i}")))
        if rnd.random() < 0.5:
            g.add((p, SCHEMA.birthDate, Literal(str(rnd.randint(1900, 1990)), datatype=XSD.gYear)))
        if rnd.random() < 0.3:
            g.add((p, SCHEMA.deathDate, Literal(f"{rnd.randint(1991, 2020)}-03-04",
                                                datatype=XSD.date)))
    for i in range(2):
        o = _node("org", i)
        nodes["org"].append(o)
        g.add((o, RDF.type, SCHEMA.Organization))
        g.add((o, WDT.P31, WD.Q43229))
        g.add((o, SCHEMA.name, Literal(f"Company {i}")))
    c = _node("country", "fr")
    nodes["country"].append(c)
    g.add((c, RDF.type, SCHEMA.Country))
    for i in range(rnd.randint(3, 5)):
        f = _node("film", i)
        nodes["film"].append(f)
        title = f"Film {i}"
        for t in ((f, RDF.type, SCHEMA.Movie), (f, SCHEMA.name, Literal(title)),
                  (f, RDFS.label, Literal(title)), (f, WDT.P31, WD.Q11424)):
            g.add(t)
        if rnd.random() < 0.8:
            g.add((f, SCHEMA.datePublished, Literal(str(rnd.randint(1920, 2020)),
                                                    datatype=XSD.gYear)))
        if rnd.random() < 0.5:
            g.add((f, SCHEMA.duration, Literal(f"PT{rnd.randint(80, 150)}M",
                                               datatype=XSD.duration)))
        director = rnd.choice(nodes["person"])
        g.add((f, SCHEMA.director, director))
        g.add((f, WDT.P57, director))
        for prop in (SCHEMA.author, SCHEMA.musicBy):
            if rnd.random() < 0.5:
                g.add((f, prop, rnd.choice(nodes["person"])))
        if rnd.random() < 0.5:
            g.add((f, SCHEMA.productionCompany, rnd.choice(nodes["org"])))
        if rnd.random() < 0.4:
            g.add((f, SCHEMA.countryOfOrigin, c))
        if rnd.random() < 0.5:
            g.add((f, SCHEMA.inLanguage, Literal(rnd.choice(["fr", "en", "zh-Hant"]))))
        for prop, value in ((SCHEMA.image, URIRef(f"{EX}img/{i}.jpg")),
                            (SCHEMA.dateCreated, Literal("2001", datatype=XSD.gYear)),
                            (SCHEMA.review, URIRef(f"{EX}review/{i}")),
                            (SCHEMA.aggregateRating, URIRef(f"{EX}rating/{i}"))):
            if rnd.random() < 0.3:
                g.add((f, prop, value))
        doc, st, ref = _node("doc", i), _node("statement", i), _node("reference", i)
        nodes["doc"].append(doc)
        nodes["statement"].append(st)
        nodes["reference"].append(ref)
        g.add((doc, RDF.type, SCHEMA.DigitalDocument))
        g.add((doc, SCHEMA.name, Literal(f"article-{i}.txt")))
        g.add((f, P.P57, st))
        g.add((st, RDF.type, WIKIBASE.Statement))
        g.add((st, PS.P57, director))
        g.add((st, WIKIBASE.rank, rnd.choice([WIKIBASE.NormalRank, WIKIBASE.PreferredRank])))
        g.add((st, PROV.wasDerivedFrom, ref))
        g.add((ref, RDF.type, WIKIBASE.Reference))
        g.add((ref, PR.P248, doc))
        g.add((ref, PR.P958, Literal(f"line {rnd.randint(1, 300)}")))
        perf = _node("performance", i)
        nodes["performance"].append(perf)
        g.add((f, SCHEMA.actor, perf))
        g.add((perf, RDF.type, SCHEMA.PerformanceRole))
        g.add((perf, SCHEMA.actor, rnd.choice(nodes["person"])))
        g.add((perf, SCHEMA.characterName, Literal(f"Character {i}")))
        credit = _node("credit", i)
        nodes["credit"].append(credit)
        g.add((f, SCHEMA.contributor, credit))
        g.add((credit, RDF.type, SCHEMA.Role))
        g.add((credit, SCHEMA.contributor, rnd.choice(nodes["person"])))
        g.add((credit, SCHEMA.roleName, Literal("editor")))
    return g, nodes


def _set(g, s, p, *values):
    g.remove((s, p, None))
    for v in values:
        g.add((s, p, v))


def _to_blank(g, node) -> BNode:
    """`node` becomes a blank node, with everything it says and is said of it."""
    new = BNode()
    for s, p, o in list(g.triples((node, None, None))):
        g.remove((s, p, o))
        g.add((new, p, o))
    for s, p, o in list(g.triples((None, None, node))):
        g.remove((s, p, o))
        g.add((s, p, new))
    return new


HEADINGS = ["Cast", "  crew ", "FILMOGRAPHY", "Fiche technique", "générique", "GÉNÉRIQUE",
            "Théâtre", "cast and crew", "Last updated", "Music", "Production", "See Also"]
OUT_OF_RANGE = [Literal("1850", datatype=XSD.gYear), Literal("2150-01-01", datatype=XSD.date),
                Literal("1712", datatype=XSD.gYear), Literal("c. 1950"),
                Literal("2100", datatype=XSD.gYear), Literal("1870-01-01", datatype=XSD.date),
                Literal("1869", datatype=XSD.gYear)]
NOT_DATES = [Literal("1999"), Literal("1999-02-30", datatype=XSD.date),
             Literal("abc", datatype=XSD.date),
             Literal("1999-01-01T10:00:00", datatype=XSD.dateTime),
             Literal("1999", datatype=XSD.integer), Literal("1999", lang="en"),
             URIRef(f"{EX}year/1999"), Literal("2001-05-06", datatype=XSD.date)]
BAD_DATES = OUT_OF_RANGE + NOT_DATES
ODD_NAMES = [Literal("Name", lang="en"), Literal("Name", datatype=XSD.token),
             Literal("Name", datatype=XSD.string), URIRef(f"{EX}name"), Literal(""),
             Literal("7", datatype=XSD.integer)]
NOT_PEOPLE = ["org", "film", "doc", "country", "literal", "untyped", "blank", "subclass"]


def _not_a(rnd, g, nodes, kind_ok: str, sure: bool):
    """A value that is not an instance of the class `kind_ok` stands for (unless not
    `sure`: then it may be one through rdfs:subClassOf in the data)."""
    choice = rnd.choice([c for c in NOT_PEOPLE if c != kind_ok and not (sure and c == "subclass")])
    if choice == "literal":
        return Literal(rnd.choice(["Mara Quillon", "x"]))
    if choice == "untyped":
        return URIRef(f"{EX}nobody/{rnd.randint(0, 9)}")
    if choice == "blank":
        b = BNode()
        g.add((b, SCHEMA.name, Literal("someone")))
        return b
    if choice == "subclass":  # a subclass instance: is one, for sh:class and sh:targetClass
        cls = {"person": SCHEMA.Person, "org": SCHEMA.Organization}.get(kind_ok, SCHEMA.Person)
        sub, subsub = URIRef(f"{EX}Sub{cls.split('/')[-1]}"), URIRef(f"{EX}SubSub")
        g.add((sub, RDFS.subClassOf, cls))
        g.add((subsub, RDFS.subClassOf, sub))
        n = URIRef(f"{EX}sub/{rnd.randint(0, 9)}")
        g.add((n, RDF.type, rnd.choice([sub, subsub])))
        return n
    return rnd.choice(nodes[choice] or nodes["person"])


def _mutations():
    """Each function makes one mistake in a valid graph: mutate(rnd, graph, nodes, sure);
    not `sure`, it may pick an odd value that is valid all the same."""
    def pick(rnd, nodes, kind):
        return rnd.choice(nodes[kind])

    def drop(kind, prop):
        return lambda rnd, g, n, sure: g.remove((pick(rnd, n, kind), prop, None))

    def twice(kind, prop, *values):
        return lambda rnd, g, n, sure: [g.add((pick(rnd, n, kind), prop, v)) for v in values]

    def replace(kind, prop, values):
        return lambda rnd, g, n, sure: _set(g, pick(rnd, n, kind), prop,
                                            values[0] if sure else rnd.choice(values))

    def wrong_class(kind, prop, ok="person"):
        return lambda rnd, g, n, sure: g.add((pick(rnd, n, kind), prop,
                                              _not_a(rnd, g, n, ok, sure)))

    def both(kind, cls):
        return lambda rnd, g, n, sure: g.add((pick(rnd, n, kind), RDF.type, cls))

    def blank(kind):
        def f(rnd, g, n, sure):
            node = pick(rnd, n, kind)
            new = _to_blank(g, node)
            n[kind][n[kind].index(node)] = new
        return f

    def no_evidence(rnd, g, n, sure):
        f = pick(rnd, n, "film")
        for prop in (SCHEMA.datePublished, SCHEMA.director, WDT.P57):
            g.remove((f, prop, None))

    def subclass_typed(rnd, g, n, sure):
        sub = URIRef(f"{EX}Director")
        g.add((sub, RDFS.subClassOf, SCHEMA.Person))
        p = URIRef(f"{EX}director/{rnd.randint(0, 3)}")
        g.add((p, RDF.type, sub))  # a person by subclass: PersonShape targets it
        if rnd.random() < 0.5:
            g.add((p, SCHEMA.name, Literal("Cast")))
        g.add((pick(rnd, n, "film"), SCHEMA.director, p))

    def class_cycle(rnd, g, n, sure):
        a, b = URIRef(f"{EX}A"), URIRef(f"{EX}B")
        g.add((a, RDFS.subClassOf, b))
        g.add((b, RDFS.subClassOf, a))
        g.add((b, RDFS.subClassOf, SCHEMA.Organization))
        g.add((URIRef(f"{EX}cyclic"), RDF.type, a))
        g.add((pick(rnd, n, "film"), SCHEMA.productionCompany, URIRef(f"{EX}cyclic")))

    def dated_document(rnd, g, n, sure):  # sh:targetSubjectsOf: not only films have dates
        g.add((pick(rnd, n, "doc"), SCHEMA.datePublished,
               BAD_DATES[0] if sure else rnd.choice(BAD_DATES)))

    def literal_subject(rnd, g, n, sure):  # rdflib accepts it; pyshacl takes it as a focus node
        g.add((Literal("Ghost"), RDF.type, SCHEMA.Person))

    def crew_both(rnd, g, n, sure):
        c = pick(rnd, n, "credit")
        g.add((c, SCHEMA.actor, pick(rnd, n, "person")))
        if rnd.random() < 0.5:
            g.add((c, SCHEMA.contributor, pick(rnd, n, "person")))

    return [
        # MovieShape
        drop("film", SCHEMA.name), replace("film", SCHEMA.name, ODD_NAMES),
        drop("film", RDFS.label), drop("film", WDT.P31),
        twice("film", SCHEMA.datePublished, Literal("2001-05-06", datatype=XSD.date),
              Literal("2001", datatype=XSD.gYear)),
        replace("film", SCHEMA.datePublished, OUT_OF_RANGE),
        replace("film", SCHEMA.datePublished, NOT_DATES),
        twice("film", SCHEMA.duration, Literal("PT90M", datatype=XSD.duration),
              Literal("PT91M", datatype=XSD.duration)),
        replace("film", SCHEMA.duration, [Literal("PT90M"), Literal("90", datatype=XSD.integer),
                                          Literal("ninety", datatype=XSD.duration)]),
        wrong_class("film", SCHEMA.director), wrong_class("film", SCHEMA.author),
        wrong_class("film", SCHEMA.musicBy), wrong_class("film", SCHEMA.productionCompany, "org"),
        wrong_class("film", SCHEMA.countryOfOrigin, "country"),
        replace("film", SCHEMA.inLanguage, [Literal("French"), Literal("fr-"), Literal("pt-BR"),
                                            Literal("EN"), Literal(" fr")]),
        replace("film", SCHEMA.inLanguage, [Literal("fr", lang="en"), URIRef(f"{EX}fr"),
                                            Literal("fr", datatype=XSD.language)]),
        # PersonShape, OrganizationShape, DocumentShape
        drop("person", SCHEMA.name), replace("person", SCHEMA.name, ODD_NAMES),
        replace("person", WDT.P31, [WD.Q6, Literal("Q5"), WD.Q43229]), drop("person", WDT.P31),
        twice("person", WDT.P31, WD.Q33999),
        replace("person", SCHEMA.birthDate, OUT_OF_RANGE),
        replace("person", SCHEMA.birthDate, NOT_DATES),
        replace("person", SCHEMA.deathDate, OUT_OF_RANGE),
        replace("person", SCHEMA.deathDate, NOT_DATES),
        wrong_class("person", SCHEMA.spouse), drop("org", SCHEMA.name),
        replace("org", SCHEMA.name, ODD_NAMES), replace("org", WDT.P31, [WD.Q5, WD.Q4830453]),
        drop("doc", SCHEMA.name), twice("doc", SCHEMA.name, Literal("other.txt")),
        # the guards
        replace("person", SCHEMA.name, [Literal(h) for h in HEADINGS]),
        replace("org", SCHEMA.name, [Literal(h) for h in HEADINGS]),
        replace("film", SCHEMA.name, [Literal(h) for h in HEADINGS]),
        no_evidence, both("person", SCHEMA.Movie), both("person", SCHEMA.Organization),
        both("org", SCHEMA.Person), both("film", SCHEMA.Person), dated_document,
        # roles and credits
        drop("performance", SCHEMA.actor),
        twice("performance", SCHEMA.actor, _node("person", 0), _node("person", 1)),
        wrong_class("performance", SCHEMA.actor), drop("performance", SCHEMA.characterName),
        replace("performance", SCHEMA.characterName, [Literal("")]),
        replace("performance", SCHEMA.characterName, [Literal("Anna", lang="fr"),
                                                      URIRef(f"{EX}anna"), Literal("", lang="fr")]),
        drop("credit", SCHEMA.roleName), replace("credit", SCHEMA.roleName, ODD_NAMES),
        drop("credit", SCHEMA.contributor), crew_both,
        twice("credit", SCHEMA.contributor, _node("person", 0), _node("person", 1)),
        # statements and references
        blank("statement"), drop("statement", PROV.wasDerivedFrom),
        wrong_class("statement", PROV.wasDerivedFrom, "reference"),
        drop("statement", WIKIBASE.rank),
        twice("statement", WIKIBASE.rank, WIKIBASE.DeprecatedRank),
        replace("statement", WIKIBASE.rank, [WIKIBASE.BestRank, Literal("normal")]),
        blank("reference"), drop("reference", PR.P248),
        twice("reference", PR.P248, _node("doc", 0), _node("doc", 1)),
        wrong_class("reference", PR.P248, "doc"),
        drop("reference", PR.P958),
        replace("reference", PR.P958, [Literal("line 0"), Literal("somewhere"),
                                       Literal("line 12\nline 13"), Literal("line 07")]),
        replace("reference", PR.P958, [Literal("line 7", lang="en"),
                                       Literal("line 7", datatype=XSD.token),
                                       URIRef(f"{EX}line/7"),
                                       Literal("line 7", datatype=XSD.string)]),
        blank("film"), blank("person"), blank("performance"),
        # class hierarchies in the data
        subclass_typed, class_cycle, literal_subject,
    ]


MUTATIONS = _mutations()
SEEDS = 40


def generated_graph(seed: int) -> Graph:
    """A valid graph with mistakes: up to five at random, then three from the list in turn,
    far apart in it (so that 40 seeds make each of them surely at least once)."""
    rnd = random.Random(seed)
    g, nodes = _valid_graph(rnd)
    for mutate in rnd.sample(MUTATIONS, rnd.randint(0, 5)):
        mutate(rnd, g, nodes, False)
    for k in range(3):
        MUTATIONS[(seed + k * SEEDS) % len(MUTATIONS)](rnd, g, nodes, True)
    return g


def test_the_mutations_cover_the_list():
    # seed s makes mutations s, s + SEEDS and s + 2 * SEEDS (modulo their number)
    assert SEEDS <= len(MUTATIONS) <= SEEDS * 3


@pytest.mark.parametrize("seed", range(SEEDS))
def test_fast_equals_pyshacl_on_generated_graphs(seed):
    _same(generated_graph(seed), _shapes())


# what each constraint parameter is reported as
COMPONENTS = {SH.minCount: SH.MinCountConstraintComponent,
              SH.maxCount: SH.MaxCountConstraintComponent,
              SH.datatype: SH.DatatypeConstraintComponent,
              SH["class"]: SH.ClassConstraintComponent,
              SH.pattern: SH.PatternConstraintComponent,
              SH["or"]: SH.OrConstraintComponent,
              SH["not"]: SH.NotConstraintComponent,
              SH.nodeKind: SH.NodeKindConstraintComponent,
              SH.hasValue: SH.HasValueConstraintComponent,
              SH.minLength: SH.MinLengthConstraintComponent,
              SH["in"]: SH.InConstraintComponent}


def test_generated_graphs_trip_every_constraint_of_every_shape():
    """The comparison means something only if, across the generated graphs, pyshacl reports
    every constraint of every shape that reports (node shapes with targets and their
    property shapes) at least once. Checked on pyshacl's own report graph."""
    import pyshacl
    import rdflib

    shapes = _shapes()
    want = set()
    tops = set(shapes.subjects(SH.targetClass, None)) | set(shapes.subjects(SH.targetSubjectsOf,
                                                                           None))
    for top in tops:
        for shape in [top, *shapes.objects(top, SH.property)]:
            want |= {(shape, COMPONENTS[p]) for p in shapes.predicates(shape) if p in COMPONENTS}
    assert len(want) > 50
    # pyshacl in one run over all graphs, each in its own namespace of nodes
    union = Graph()
    for seed in range(SEEDS):
        for s, p, o in generated_graph(seed):
            s, o = (_moved(s, seed), _moved(o, seed) if p != RDF.type else o)
            union.add((s, p, o))
    keep = rdflib.NORMALIZE_LITERALS
    try:
        _, report, _ = pyshacl.validate(union, shacl_graph=shapes, inference="none",
                                        advanced=True, allow_warnings=True)
    finally:
        rdflib.NORMALIZE_LITERALS = keep
    seen = {(report.value(r, SH.sourceShape), report.value(r, SH.sourceConstraintComponent))
            for r in report.subjects(RDF.type, SH.ValidationResult)}
    missing = want - seen
    assert not missing, "never tripped: " + "; ".join(
        f"{_describe(shapes, s)} {c.split('#')[-1]}" for s, c in sorted(missing))


def _moved(term, seed: int):
    """The generated graph's own nodes, made distinct per seed (classes and shared
    vocabulary stay)."""
    for prefix in (FG, EX):
        if isinstance(term, URIRef) and term.startswith(prefix) and "/" in term[len(prefix):]:
            return URIRef(f"{term}-{seed}")
    return term


def _describe(shapes: Graph, shape) -> str:
    if isinstance(shape, URIRef):
        return shapes.namespace_manager.normalizeUri(shape)
    owner = shapes.value(None, SH.property, shape)
    return f"{shapes.namespace_manager.normalizeUri(owner)} {shapes.value(shape, SH.path)}"


# ------------------------------------------------------------------------------ seeds
def test_fast_equals_pyshacl_on_the_seeds(seeds_build):
    want, got = _same(seeds_build.build.graph, load_shapes())
    assert want.results  # the seeds give warnings (search engines): something to compare
    # and validate() uses the fast engine by default: its report is the build's
    assert Counter(validate(seeds_build.build.graph).results) == Counter(want.results)


def test_fast_equals_pyshacl_on_the_seeds_read_back(seeds_build):
    """The exported file, read back: other prefixes, literals as parsed."""
    from graph.query import load_graph

    _same(load_graph(seeds_build.out / "graph.nt"), load_shapes())


# ------------------------------------- other constructs the compiler accepts, and shapes
# pyshacl handles in its own way (severities of nested shapes, deactivation, several values)
PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <http://schema.org/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/extra/> .
"""
EXTRA = """
ex:Multi a sh:NodeShape ; sh:targetClass schema:Movie ;
    sh:property [ sh:path schema:director ; sh:class schema:Person, schema:Organization ] ;
    sh:property [ sh:path schema:name ; sh:pattern "^F", "[0-9]$" ; sh:minLength 7 ;
                  sh:severity sh:Info ] ;
    sh:property ex:NamedProperty ;
    sh:not [ sh:property [ sh:path schema:inLanguage ; sh:minCount 1 ] ] ,
           [ sh:class schema:Person ] ;
    sh:or ( [ sh:path schema:datePublished ; sh:minCount 1 ]
            [ sh:path schema:duration ; sh:minCount 1 ] ) ,
          ( [ sh:path schema:director ; sh:minCount 1 ; sh:severity sh:Warning ] ) .
ex:NamedProperty a sh:PropertyShape ; sh:path wdt:P31 ;
    sh:hasValue wd:Q11424, wd:Q24862 ; sh:nodeKind sh:Literal ; sh:severity ex:Custom .
ex:Off a sh:NodeShape ; sh:targetClass schema:Person ; sh:deactivated true ;
    sh:property [ sh:path schema:name ; sh:maxCount 0 ] .
ex:HalfOff a sh:NodeShape ; sh:targetSubjectsOf schema:actor ;
    sh:property [ sh:path schema:actor ; sh:minCount 3 ; sh:deactivated true ] ;
    sh:property [ sh:path schema:actor ; sh:nodeKind sh:BlankNodeOrLiteral ;
                  sh:message "one"@en, "another"@fr ] ;
    sh:not [ sh:path schema:actor ; sh:minCount 1 ; sh:deactivated true ] ;
    sh:not [ sh:path schema:actor ; sh:minCount 2 ; sh:severity sh:Warning ] .
"""


@pytest.mark.parametrize("seed", range(8))
def test_fast_equals_pyshacl_with_other_constructs(seed):
    shapes = _shapes(EXTRA)
    compile_shapes(shapes)  # compiles: these are all supported
    _same(generated_graph(100 + seed), shapes)


# ------------------------------------------------------------ unsupported: to pyshacl
UNSUPPORTED = {  # construct -> (shapes using it, what the error names)
    "sh:sparql": ("""
ex:Sparql a sh:NodeShape ; sh:targetClass schema:Movie ;
    sh:sparql [ sh:message "a film with a label" ;
                sh:select "SELECT $this WHERE { $this rdfs:label ?l }" ;
                sh:prefixes [ sh:declare [ sh:prefix "rdfs" ;
                    sh:namespace "http://www.w3.org/2000/01/rdf-schema#"^^xsd:anyURI ] ] ] .""",
                  "sh:sparql"),
    "sh:qualifiedValueShape": ("""
ex:Qualified a sh:NodeShape ; sh:targetClass schema:Movie ;
    sh:property [ sh:path schema:director ; sh:qualifiedValueShape [ sh:class schema:Person ] ;
                  sh:qualifiedMinCount 2 ] .""", "sh:qualifiedValueShape"),
    "sh:targetNode": ("""
ex:One a sh:NodeShape ; sh:targetNode <https://example.org/filmgraph/film/0> ;
    sh:property [ sh:path schema:trailer ; sh:minCount 1 ] .""", "sh:targetNode"),
    "sh:inversePath": ("""
ex:Inverse a sh:NodeShape ; sh:targetClass schema:Person ;
    sh:property [ sh:path [ sh:inversePath schema:director ] ; sh:minCount 1 ] .""",
                       "sh:inversePath"),
    "implicit class target": ("""
schema:Country a rdfs:Class , sh:NodeShape ;
    sh:property [ sh:path schema:name ; sh:minCount 1 ] .""", "implicit class target"),
    "sh:and": ("""
ex:And a sh:NodeShape ; sh:targetClass schema:Organization ;
    sh:and ( [ sh:path schema:name ; sh:minCount 1 ]
             [ sh:path schema:foundingDate ; sh:minCount 1 ] ) .""",
               "sh:and"),
}


@pytest.mark.parametrize("construct", list(UNSUPPORTED))
def test_unsupported_shapes_fall_back_to_pyshacl(construct):
    extra, named = UNSUPPORTED[construct]
    shapes = _shapes(extra)
    with pytest.raises(Unsupported, match=named):
        compile_shapes(shapes)
    g = generated_graph(7)
    notes: list[str] = []
    got = validate(g, shapes, note=notes.append)
    want = _validate_whole(g, shapes)
    assert Counter(got.results) == Counter(want.results) and got.conforms == want.conforms
    assert len(notes) == 1 and "pyshacl" in notes[0] and named in notes[0]
    assert "\n" not in notes[0]
    # the extra shape does report something, or the comparison would say little
    assert Counter(want.results) != Counter(_validate_whole(g, _shapes()).results)


def test_engines_by_name():
    g = generated_graph(3)
    shapes = _shapes()
    fast = validate(g, shapes)
    assert Counter(validate(g, shapes, engine="pyshacl").results) == Counter(fast.results)
    with pytest.raises(ValueError):
        validate(g, shapes, engine="jena")

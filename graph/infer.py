"""infer: OWL RL entailments of the graph under the schema.org / Wikidata alignment.

owlrl is the reference, and it is slow (minutes past 100,000 triples, half of what it adds
being `x owl:sameAs x`). So owlrl closes the *alignment ontology* once; what that closure
says (super-properties, symmetric properties, domains, ranges, super-classes, hasValue
restrictions) is compiled into lookup tables, and `infer()` applies them to the data in
one pass over a work list: linear in the size of the graph. tests/test_infer_owlrl.py
checks, on many generated graphs, that the result is exactly what owlrl's closure adds,
less its noise (see `useful`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef

from .namespaces import RDF_TYPE, canonical

ALIGNMENT = Path(__file__).parent / "vocab" / "alignment.ttl"
_META = ("http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#",
         "http://www.w3.org/1999/02/22-rdf-syntax-ns#")


@lru_cache(maxsize=None)
def alignment() -> Graph:
    g = Graph()
    g.parse(ALIGNMENT, format="turtle")
    return g


@lru_cache(maxsize=None)
def _scope() -> tuple[frozenset, frozenset]:
    """The properties and the classes the alignment names (its vocabulary, not OWL's)."""
    g = alignment()
    terms = {t for triple in g for t in triple if isinstance(t, URIRef)}
    terms = {t for t in terms if not str(t).startswith(_META)}
    classes = set(g.subjects(RDF.type, OWL.Class)) | set(g.objects(None, OWL.equivalentClass))
    classes |= set(g.subjects(OWL.equivalentClass, None)) | set(g.objects(None, RDFS.subClassOf))
    classes |= set(g.objects(None, RDFS.domain)) | set(g.objects(None, RDFS.range))
    classes = {c for c in classes if isinstance(c, URIRef)}
    return frozenset(map(canonical, terms - classes)), frozenset(map(canonical, classes))


# --------------------------------------------------------------------- the reference
def closure(graph: Graph) -> Graph:
    """All that owlrl's OWL RL closure adds to graph + alignment (noise included)."""
    import owlrl

    work = Graph()
    for t in graph:
        work.add(t)
    for t in alignment():
        work.add(t)
    before = set(work)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(work)
    out = Graph()
    for t in work:
        if t not in before:
            out.add(t)
    return out


def useful(graph: Graph | Iterable, added: Iterable) -> set[tuple]:
    """The entailments worth exporting: about the graph's own nodes, in the alignment's terms.
    Leaves out owlrl's noise: owl:sameAs of a node to itself, owl:Thing and rdfs:Resource
    types, literals as subjects, blank-node restriction classes."""
    props, classes = _scope()
    nodes = {s for s, _, _ in graph}
    keep = set()
    same_as, rdf_type = {canonical(OWL.sameAs)}, {RDF_TYPE}
    blank = (Literal, BNode)  # (type(), not isinstance: that goes through rdflib's ABCs)
    for s, p, o in added:
        if type(s) in blank or type(o) is BNode or s not in nodes:
            continue
        if p in same_as:  # (a set: its lookup hashes in C; == is rdflib's Python __eq__)
            continue
        if p in rdf_type:
            if o in classes:
                keep.add((s, p, o))
        elif p in props:
            keep.add((s, p, o))
    return keep


def infer_owlrl(graph: Graph) -> set[tuple]:
    """The reference: owlrl's closure, filtered. Use on small graphs only."""
    return useful(graph, closure(graph))


# --------------------------------------------------------------------- the fast way
@dataclass(frozen=True)
class Rules:
    """What owlrl's closure of the alignment says, as lookup tables."""

    superprops: dict  # property -> properties it implies (equivalent or super)
    symmetric: frozenset
    domain: dict  # property -> classes of the subject
    range: dict  # property -> classes of the object
    superclasses: dict  # class -> classes it implies
    has_value: dict  # (property, value) -> classes (x p v  =>  x a C)
    value_of: dict  # class -> [(property, value)] (x a C  =>  x p v)


@lru_cache(maxsize=None)
def rules() -> Rules:
    import owlrl

    g = Graph()
    for t in alignment():
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False,
                           datatype_axioms=False).expand(g)
    superprops: dict = defaultdict(set)
    for p, q in g.subject_objects(RDFS.subPropertyOf):
        if p != q:
            superprops[p].add(q)
    for p, q in g.subject_objects(OWL.equivalentProperty):
        if p != q:
            superprops[p].add(q)
            superprops[q].add(p)
    symmetric = frozenset(g.subjects(RDF.type, OWL.SymmetricProperty))
    superclasses: dict = defaultdict(set)
    for c, d in g.subject_objects(RDFS.subClassOf):
        if c != d:
            superclasses[c].add(d)
    for c, d in g.subject_objects(OWL.equivalentClass):
        if c != d:
            superclasses[c].add(d)
            superclasses[d].add(c)
    domain: dict = defaultdict(set)
    rng: dict = defaultdict(set)
    for p, c in g.subject_objects(RDFS.domain):
        domain[p].add(c)
    for p, c in g.subject_objects(RDFS.range):
        rng[p].add(c)
    has_value: dict = defaultdict(set)
    value_of: dict = defaultdict(list)
    for r in g.subjects(OWL.hasValue, None):
        prop, val = g.value(r, OWL.onProperty), g.value(r, OWL.hasValue)
        has_value[(prop, val)].add(r)
        value_of[r].append((prop, val))
    # close the class hierarchy so one lookup gives every implied class
    closed: dict = {}
    for c in set(superclasses) | {d for ds in superclasses.values() for d in ds}:
        seen, todo = set(), [c]
        while todo:
            x = todo.pop()
            for d in superclasses.get(x, ()):
                if d not in seen and d != c:
                    seen.add(d)
                    todo.append(d)
        closed[c] = frozenset(seen)
    c = canonical  # the build's own term objects: its lookups then find them by identity

    def terms(table: dict, value=frozenset) -> dict:
        return {c(k): value(c(x) for x in v) for k, v in table.items()}

    return Rules(terms(superprops), frozenset(c(p) for p in symmetric), terms(domain),
                 terms(rng), terms(closed),
                 {(c(p), c(v)): frozenset(map(c, cs)) for (p, v), cs in has_value.items()},
                 {c(k): [(c(p), c(v)) for p, v in pairs] for k, pairs in value_of.items()})


def entailments(triples: Iterable[tuple], r: Rules | None = None) -> set[tuple]:
    """Everything the rules derive from `triples` (not the triples themselves), to a
    fixpoint, in one pass over a work list."""
    r = r or rules()
    rdf_type = RDF_TYPE
    is_type = {rdf_type}  # a set lookup hashes in C; == is rdflib's Python __eq__
    have = triples if isinstance(triples, (set, frozenset)) else set(triples)  # not changed
    new: set = set()
    todo = list(have)

    def emit(t):
        if t not in have and t not in new:
            new.add(t)
            todo.append(t)

    while todo:
        s, p, o = todo.pop()
        if p in is_type:
            for c in r.superclasses.get(o, ()):
                emit((s, rdf_type, c))
            for prop, val in r.value_of.get(o, ()):
                emit((s, prop, val))
            continue
        for q in r.superprops.get(p, ()):
            emit((s, q, o))
        literal = type(o) is Literal  # (isinstance goes through rdflib's ABC machinery)
        if p in r.symmetric and not literal:
            emit((o, p, s))
        for c in r.domain.get(p, ()):
            emit((s, rdf_type, c))
        if not literal:
            for c in r.range.get(p, ()):
                emit((o, rdf_type, c))
        for c in r.has_value.get((p, o), ()):
            emit((s, rdf_type, c))
    return new


def inferred(graph: Graph | Iterable) -> set[tuple]:
    """The useful entailments of a graph (what `infer` adds)."""
    triples = graph if isinstance(graph, (set, frozenset)) else list(graph)
    return useful(triples, entailments(triples))


def infer(graph: Graph) -> Graph:
    """The graph with its useful entailments added (in place) and returned."""
    for t in inferred(graph):
        graph.add(t)
    return graph

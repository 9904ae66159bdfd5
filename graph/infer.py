"""infer: OWL RL entailments of the graph under the schema.org / Wikidata alignment.

owlrl computes the closure; only what the alignment is about comes back into the graph:
triples about the graph's own nodes whose predicate, or whose class, the alignment names.
owlrl's axiomatic noise (a node owl:sameAs itself, types such as owl:Thing or
rdfs:Resource, triples with a literal as subject) stays out.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, BNode, Graph, Literal, URIRef

ALIGNMENT = Path(__file__).parent / "vocab" / "alignment.ttl"


@lru_cache(maxsize=None)
def alignment() -> Graph:
    g = Graph()
    g.parse(ALIGNMENT, format="turtle")
    return g


@lru_cache(maxsize=None)
def _scope() -> tuple[frozenset, frozenset]:
    """The properties and classes the alignment names (its vocabulary, not OWL's)."""
    g = alignment()
    terms = {t for triple in g for t in triple if isinstance(t, URIRef)}
    owl_like = ("http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    terms = {t for t in terms if not str(t).startswith(owl_like)}
    classes = set(g.subjects(RDF.type, OWL.Class)) | {o for o in g.objects(None, OWL.equivalentClass)}
    from rdflib import RDFS

    classes |= set(g.subjects(OWL.equivalentClass, None)) | set(g.objects(None, RDFS.subClassOf))
    classes |= set(g.objects(None, RDFS.domain)) | set(g.objects(None, RDFS.range))
    classes = {c for c in classes if isinstance(c, URIRef)}
    return frozenset(terms - classes), frozenset(classes)


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


def useful(graph: Graph, added: Graph) -> set[tuple]:
    """The entailments worth exporting: about the graph's own nodes, in the alignment's terms."""
    props, classes = _scope()
    nodes = set(graph.subjects())
    keep = set()
    for s, p, o in added:
        if isinstance(s, (Literal, BNode)) or isinstance(o, BNode) or s not in nodes:
            continue
        if p == OWL.sameAs:
            continue
        if p == RDF.type:
            if o in classes:
                keep.add((s, p, o))
        elif p in props:
            keep.add((s, p, o))
    return keep


def infer(graph: Graph) -> Graph:
    """The graph with its useful entailments added (in place) and returned."""
    for t in useful(graph, closure(graph)):
        graph.add(t)
    return graph

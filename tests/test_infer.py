"""infer: under the alignment (graph/vocab/alignment.ttl) a query in either vocabulary
finds the same answers, and none of OWL RL's axiomatic noise reaches the exported graph."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef

from graph.infer import alignment, infer
from graph.namespaces import SCHEMA, WD, WDT, bind

BASE = "https://example.org/test/"
FILM, PERSON, OTHER, BODY = (URIRef(BASE + x) for x in ("film", "person", "other", "body"))


def _graph(*triples) -> Graph:
    g = Graph()
    bind(g)
    for t in triples:
        g.add(t)
    return g


def _pairs(g: Graph, query: str) -> set:
    return {tuple(row) for row in g.query(query)}


def test_a_wikidata_style_triple_answers_a_schema_org_query():
    g = infer(_graph((FILM, WDT.P31, WD.Q11424), (FILM, WDT.P57, PERSON),
                     (PERSON, WDT.P31, WD.Q5)))
    assert _pairs(g, "SELECT ?f ?p WHERE { ?f schema:director ?p }") == {(FILM, PERSON)}
    assert (FILM, RDF.type, SCHEMA.Movie) in g and (PERSON, RDF.type, SCHEMA.Person) in g


def test_a_schema_org_triple_answers_a_wikidata_style_query():
    g = infer(_graph((FILM, RDF.type, SCHEMA.Movie), (FILM, SCHEMA.director, PERSON),
                     (FILM, SCHEMA.productionCompany, BODY), (BODY, RDF.type, SCHEMA.Organization)))
    assert _pairs(g, "SELECT ?f ?p WHERE { ?f wdt:P57 ?p }") == {(FILM, PERSON)}
    assert _pairs(g, "SELECT ?f ?o WHERE { ?f wdt:P272 ?o }") == {(FILM, BODY)}
    assert (FILM, WDT.P31, WD.Q11424) in g and (BODY, WDT.P31, WD.Q43229) in g


def _named(*nodes) -> list[tuple]:
    """Entities of a mapped graph always have a name: infer speaks only of the graph's nodes."""
    return [(n, SCHEMA.name, Literal(n.split("/")[-1])) for n in nodes]


def test_a_cast_member_is_an_actor_and_a_short_film_is_a_film():
    g = infer(_graph((FILM, WDT.P31, WD.Q24862), (FILM, WDT.P161, PERSON), *_named(PERSON)))
    assert (FILM, SCHEMA.actor, PERSON) in g
    assert (FILM, RDF.type, SCHEMA.Movie) in g
    assert (PERSON, RDF.type, SCHEMA.Person) in g  # the range of wdt:P161


def test_spouses_are_spouses_of_each_other():
    g = infer(_graph((PERSON, WDT.P26, OTHER), *_named(PERSON, OTHER)))
    assert (OTHER, WDT.P26, PERSON) in g and (OTHER, SCHEMA.spouse, PERSON) in g


def _equivalent_properties() -> list[tuple[URIRef, URIRef]]:
    return sorted(alignment().subject_objects(OWL.equivalentProperty))


@pytest.mark.parametrize("schema_prop, wd_prop", _equivalent_properties(),
                         ids=[f"{a.split('/')[-1]}={b.split('/')[-1]}"
                              for a, b in _equivalent_properties()])
def test_the_seeds_graph_answers_alike_in_both_vocabularies(seeds_build, schema_prop, wd_prop):
    g = seeds_build.build.graph
    assert set(g.subject_objects(schema_prop)) == set(g.subject_objects(wd_prop))


def test_the_seeds_graph_answers_the_director_query_alike(seeds_build):
    g = seeds_build.build.graph
    wd = _pairs(g, "SELECT ?f ?p WHERE { ?f wdt:P57 ?p }")
    schema = _pairs(g, "SELECT ?f ?p WHERE { ?f schema:director ?p }")
    assert wd and wd == schema


NOISE_CLASSES = {OWL.Thing, RDFS.Resource, OWL.Class, OWL.Nothing, RDFS.Class, RDF.Property,
                 OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Literal, RDFS.Datatype}


@pytest.mark.parametrize("which", ["tiny", "seeds"])
def test_no_axiomatic_noise_is_exported(seeds_build, which):
    if which == "seeds":
        g = Graph().parse(seeds_build.out / "graph.nt", format="nt")
    else:
        g = infer(_graph((FILM, WDT.P31, WD.Q11424), (FILM, WDT.P57, PERSON),
                         (FILM, SCHEMA.name, Literal("A Film")), (PERSON, WDT.P26, OTHER)))
    assert not [t for t in g.triples((None, OWL.sameAs, None)) if t[0] == t[2]]
    assert not [t for t in g if isinstance(t[0], Literal)], "a literal as a subject"
    assert not [t for t in g if isinstance(t[0], BNode) or isinstance(t[2], BNode)]
    assert not set(g.objects(None, RDF.type)) & NOISE_CLASSES
    assert not [t for t in g if t[1] in (OWL.equivalentProperty, OWL.equivalentClass,
                                         RDFS.subPropertyOf, RDFS.subClassOf, RDFS.domain,
                                         RDFS.range)], "the alignment's axioms leak out"
    # nothing is said about a literal's type or a vocabulary term
    vocab_terms = {s for s in alignment().subjects() if isinstance(s, URIRef)}
    assert not set(g.subjects()) & vocab_terms


def test_inference_adds_nothing_a_second_time():
    g = infer(_graph((FILM, WDT.P31, WD.Q11424), (FILM, WDT.P57, PERSON), (FILM, WDT.P161, OTHER),
                     *_named(FILM, PERSON, OTHER)))
    before = set(g)
    assert set(infer(g)) == before

"""Validation shard by shard (in parallel) gives the same report as the whole graph."""
from __future__ import annotations

import random

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from graph.namespaces import SCHEMA, WD, WDT
from graph.validate import _validate_shards, _validate_whole, load_shapes, shards

BASE = "https://example.org/filmgraph/"


def _broken_graph(seed: int) -> Graph:
    """Films, people and roles with a share of mistakes the shapes catch."""
    rnd = random.Random(seed)
    g = Graph()
    people = [URIRef(f"{BASE}person/p{i}") for i in range(40)]
    for i, p in enumerate(people):
        g.add((p, RDF.type, SCHEMA.Person))
        g.add((p, WDT.P31, WD.Q5))
        if rnd.random() > 0.1:
            g.add((p, SCHEMA.name, Literal(rnd.choice(["Ana Vela", "Cast", "Ole Brun"]))))
        if rnd.random() < 0.05:
            g.add((p, RDF.type, SCHEMA.Movie))  # a person who is also a film
    for i in range(60):
        f = URIRef(f"{BASE}film/f{i}")
        g.add((f, RDF.type, SCHEMA.Movie))
        g.add((f, WDT.P31, WD.Q11424))
        g.add((f, SCHEMA.name, Literal(f"Film {i}")))
        if rnd.random() > 0.1:
            g.add((f, SCHEMA.datePublished, Literal(str(rnd.choice([1850, 1990, 2005])),
                                                    datatype=XSD.gYear)))
        for _ in range(rnd.randint(0, 3)):
            g.add((f, SCHEMA.director, rnd.choice(people + [URIRef(f"{BASE}film/f0")])))
        if rnd.random() < 0.3:
            role = URIRef(f"{BASE}performance/r{i}")
            g.add((f, SCHEMA.actor, role))
            g.add((role, RDF.type, SCHEMA.PerformanceRole))
            g.add((role, SCHEMA.actor, rnd.choice(people)))
    return g


@pytest.mark.parametrize("seed", range(3))
def test_shards_give_the_whole_graph_s_report(seed, monkeypatch):
    g = _broken_graph(seed)
    shapes = load_shapes()
    whole = _validate_whole(g, shapes)
    assert whole.violations, "the generated graph must hold mistakes for this test to mean much"
    monkeypatch.setattr("graph.validate.SHARD_TRIPLES", 50)  # many small shards
    assert len(shards(g, 50)) > 5
    for jobs in (1, 2):
        assert _validate_shards(g, shapes, jobs).results == whole.results


def test_shards_of_the_seeds_give_the_whole_report(seeds_build):
    g = seeds_build.build.graph
    shapes = load_shapes()
    whole = _validate_whole(g, shapes)
    parts = shards(g, 500)
    assert len(parts) > 3
    assert _validate_shards(g, shapes, 2).results == whole.results

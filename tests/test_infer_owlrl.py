"""The fast inference gives exactly what owlrl's OWL RL closure gives, less owlrl's noise.

owlrl stays the reference: on many generated graphs in the alignment's vocabulary (and
on the seeds), graph.infer.inferred() must equal the filtered owlrl closure."""
from __future__ import annotations

import random

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from graph.infer import _scope, alignment, infer_owlrl, inferred
from graph.namespaces import SCHEMA, WD, WDT

BASE = "https://example.org/filmgraph/"


def _vocabulary():
    props, classes = _scope()
    props = sorted(props - {WDT.P31}, key=str)
    values = sorted({o for o in alignment().objects() if isinstance(o, URIRef)
                     and str(o).startswith(str(WD))}, key=str)
    return props, sorted(classes, key=str), values


def generated_graph(seed: int, size: int = 60) -> Graph:
    """A random graph over the alignment's terms: relations, types, instance-of values and
    literals, between a few nodes (so that rules chain and meet)."""
    rnd = random.Random(seed)
    props, classes, values = _vocabulary()
    nodes = [URIRef(f"{BASE}node/{i}") for i in range(rnd.randint(3, 12))]
    g = Graph()
    for _ in range(size):
        s = rnd.choice(nodes)
        kind = rnd.random()
        if kind < 0.5:
            o = rnd.choice(nodes) if rnd.random() < 0.8 else Literal(str(rnd.randint(1900, 2020)),
                                                                       datatype=XSD.gYear)
            g.add((s, rnd.choice(props), o))
        elif kind < 0.7:
            g.add((s, RDF.type, rnd.choice(classes)))
        elif kind < 0.9:
            g.add((s, WDT.P31, rnd.choice(values)))
        else:
            g.add((s, SCHEMA.name, Literal(f"name {rnd.randint(0, 9)}")))
    return g


@pytest.mark.parametrize("seed", range(40))
def test_fast_inference_equals_owlrl_on_generated_graphs(seed):
    g = generated_graph(seed)
    want = infer_owlrl(g)
    got = inferred(g)
    assert got == want, (f"missing {sorted(want - got)[:5]}; extra {sorted(got - want)[:5]}")


def test_generated_graphs_exercise_every_kind_of_rule():
    """The comparison above means something only if owlrl derives things from these graphs:
    types from domains and ranges, the other vocabulary's property, symmetric spouses."""
    derived = set()
    for seed in range(40):
        for s, p, o in infer_owlrl(generated_graph(seed)):
            derived.add(p if p != RDF.type else ("type", o))
    assert ("type", SCHEMA.Movie) in derived and ("type", SCHEMA.Person) in derived
    assert WDT.P57 in derived and SCHEMA.director in derived and SCHEMA.actor in derived
    assert WDT.P31 in derived  # hasValue restrictions, read backwards


def test_fast_inference_equals_owlrl_on_the_seeds(seeds_build):
    from graph.mapping import to_graph

    g = to_graph(seeds_build.build.entities)
    assert inferred(g) == infer_owlrl(g)

"""export: graph.ttl, graph.nt and graph.jsonld of one build hold one graph, the graph the
build made, and each file is written the way the README says."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld"}


@pytest.fixture(scope="module")
def parsed(seeds_build) -> dict[str, Graph]:
    return {name: Graph().parse(seeds_build.out / name, format=fmt) for name, fmt in FORMATS.items()}


def _same(a: Graph, b: Graph, what: str) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"{what} differ:\nonly in the first:\n{only_a.serialize(format='nt')}\n"
                    f"only in the second:\n{only_b.serialize(format='nt')}")


@pytest.mark.parametrize("name", ["graph.nt", "graph.jsonld"])
def test_every_file_holds_the_turtle_graph(parsed, name):
    _same(parsed["graph.ttl"], parsed[name], f"graph.ttl and {name}")


def test_the_files_hold_the_graph_the_build_made(parsed, seeds_build):
    _same(seeds_build.build.graph, parsed["graph.nt"], "the built graph and graph.nt")


def test_literals_keep_their_lexical_form_in_every_file(parsed):
    """Equal values are not enough: a store holds "155" and "155.0" as two literals."""
    lexical = {name: {(str(o), o.datatype, o.language) for o in g.objects() if isinstance(o, Literal)}
               for name, g in parsed.items()}
    assert lexical["graph.ttl"] == lexical["graph.nt"] == lexical["graph.jsonld"]


def test_n_triples_are_sorted_one_per_line(seeds_build, parsed):
    lines = (seeds_build.out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines))
    assert len(lines) == len(parsed["graph.nt"])


def test_json_ld_has_an_inline_context_and_no_remote_one(seeds_build):
    doc = json.loads((seeds_build.out / "graph.jsonld").read_text(encoding="utf-8"))
    ctx = doc["@context"]
    assert isinstance(ctx, dict) and ctx["schema"] == "http://schema.org/"
    assert ctx["wdt"] == "http://www.wikidata.org/prop/direct/"
    assert not any(isinstance(v, str) and v.endswith(".jsonld") for v in ctx.values())
    assert doc["@graph"] and all("@id" in node for node in doc["@graph"])

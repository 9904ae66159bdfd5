"""The filmgraph command, called as `main([...])`: exit codes 0 (conforms), 1 (SHACL
violations), 2 (bad input, usage or query); `query` in every format for SELECT, ASK and
CONSTRUCT; and every command's help with an example (style.md #7, #10)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import RDF, Graph

from graph import cli
from graph.cli import main
from graph.namespaces import SCHEMA

SCHEMA_PREFIX = "PREFIX schema: <http://schema.org/> "
SELECT = SCHEMA_PREFIX + "SELECT ?name WHERE { ?f a schema:Movie ; schema:name ?name } ORDER BY ?name"
ASK = SCHEMA_PREFIX + "ASK { ?f a schema:Movie }"
ASK_NO = SCHEMA_PREFIX + 'ASK { ?f a schema:Movie ; schema:name "No Such Film Anywhere" }'
CONSTRUCT = SCHEMA_PREFIX + "CONSTRUCT { ?f schema:name ?n } WHERE { ?f a schema:Movie ; schema:name ?n }"

# a film with neither a year nor a director: the shapes' guard must refuse it
NO_YEAR_NOR_DIRECTOR = """THE QUIET PIER

A fisherman waits on THE QUIET PIER for a boat that never comes.

Music: Oren Hale
Editor: Nina Sorel
Producers: Pell Arundel and Jo Martens
"""
# a shape that no film meets: every film must have an award
STRICT_SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <http://schema.org/> .
<urn:test:AwardShape> a sh:NodeShape ; sh:targetClass schema:Movie ;
    sh:property [ sh:path schema:award ; sh:minCount 1 ; sh:message "no award" ] .
"""


@pytest.fixture
def graph_file(seeds_build):
    return str(seeds_build.out / "graph.ttl")


# ---- build: 0 / 1 / 2

def test_build_of_a_conforming_document_exits_0_and_writes_the_graph(film_docs, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(film_docs), "--out", str(out)]) == 0
    assert "0 violations" in capsys.readouterr().out
    g = Graph().parse(out / "graph.ttl")
    names = {str(o) for o in g.objects(None, SCHEMA.name)}
    assert {"The Glass Orchard", "Mara Quillon", "Lena Vasko"} <= names


def test_build_of_a_film_with_neither_year_nor_director_exits_1(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "pier.txt").write_text(NO_YEAR_NOR_DIRECTOR, encoding="utf-8")
    assert main(["build", str(docs), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "Violation" in err and "neither a year nor a director" in err
    # the graph is still written, with the report that says why
    assert "does NOT conform" in (tmp_path / "out" / "report.txt").read_text(encoding="utf-8")


def test_build_with_shapes_the_graph_fails_exits_1(film_docs, tmp_path, capsys):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(STRICT_SHAPES, encoding="utf-8")
    assert main(["build", str(film_docs), "--out", str(tmp_path / "out"),
                 "--shapes", str(shapes)]) == 1
    assert "no award" in capsys.readouterr().err


def test_validate_exits_0_on_a_conforming_graph_and_1_with_failing_shapes(film_docs, tmp_path, capsys):
    assert main(["build", str(film_docs), "--out", str(tmp_path / "out")]) == 0
    graph_file = str(tmp_path / "out" / "graph.ttl")
    capsys.readouterr()
    assert main(["validate", graph_file]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "conforms"
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(STRICT_SHAPES, encoding="utf-8")
    assert main(["validate", graph_file, "--shapes", str(shapes)]) == 1
    assert "does not conform" in capsys.readouterr().out


@pytest.mark.parametrize("argv, says", [
    (["build", "no/such/folder", "--out", "{tmp}/out"], "no such file"),
    (["build", "{tmp}/empty.txt", "--out", "{tmp}/out"], "empty"),
    (["validate", "{tmp}/missing.ttl"], "missing.ttl"),
    (["validate", "{tmp}/graph.xyz"], "unknown graph format"),
    (["query", SELECT, "--graph", "{tmp}/missing.ttl"], "missing.ttl"),
    (["query", "SELEKT ?x WHERE {", "--graph", "{graph}"], "not valid"),
    (["query", SELECT, "--graph", "{graph}", "--format", "xml"], "unknown format"),
    (["query", "no-such-query.rq", "--graph", "{graph}"], "no-such-query.rq"),
    (["build", "{tmp}/docs", "--out", "{tmp}/out", "--shapes", "{tmp}/no-shapes"], "no SHACL shapes"),
    (["build", "{tmp}/docs", "--out", "{tmp}/out", "--base", "not an iri"], "not an absolute IRI"),
])
def test_bad_input_and_bad_queries_exit_2_with_one_message(argv, says, tmp_path, graph_file,
                                                           film_docs, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "no-shapes").mkdir()
    assert film_docs == tmp_path / "docs"
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{graph}", graph_file) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("filmgraph: ") and says in err
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["build", "--no-such-option"],
                                  ["query"], ["validate"]])
def test_bad_usage_exits_2(argv, capsys):
    assert main(argv) == 2
    assert capsys.readouterr().err  # says what is wrong


# ---- query: every format, every kind of query

def _query(capsys, *argv) -> str:
    assert main(["query", *argv]) == 0
    return capsys.readouterr().out


def test_select_as_a_table(graph_file, seeds_build, capsys):
    out = _query(capsys, SELECT, "--graph", graph_file)
    lines = out.splitlines()
    assert lines[0].split() == ["name"] and set(lines[1]) == {"-"}
    g = seeds_build.build.graph
    films = sorted(str(o) for f in g.subjects(RDF.type, SCHEMA.Movie) for o in g.objects(f, SCHEMA.name))
    assert [line.strip() for line in lines[2:-1]] == films
    assert lines[-1] == f"({len(films)} rows)"


def test_select_as_csv_and_json_give_the_same_rows(graph_file, capsys):
    rows = list(csv.reader(io.StringIO(_query(capsys, SELECT, "--graph", graph_file,
                                              "--format", "csv"))))
    assert rows[0] == ["name"] and len(rows) > 1
    doc = json.loads(_query(capsys, SELECT, "--graph", graph_file, "--format", "json"))
    assert doc["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in doc["results"]["bindings"]] == [r[0] for r in rows[1:]]


@pytest.mark.parametrize("fmt, yes, no", [("table", "true", "false"), ("csv", "true", "false")])
def test_ask_as_text(graph_file, capsys, fmt, yes, no):
    assert _query(capsys, ASK, "--graph", graph_file, "--format", fmt).strip() == yes
    assert _query(capsys, ASK_NO, "--graph", graph_file, "--format", fmt).strip() == no


def test_ask_as_json(graph_file, capsys):
    assert json.loads(_query(capsys, ASK, "--graph", graph_file, "--format", "json"))["boolean"] is True
    assert json.loads(_query(capsys, ASK_NO, "--graph", graph_file, "--format", "json"))["boolean"] is False


@pytest.mark.parametrize("fmt, parser", [("table", "turtle"), ("csv", "turtle"), ("json", "json-ld")])
def test_construct_gives_a_graph_in_turtle_or_json_ld(graph_file, seeds_build, capsys, fmt, parser):
    out = _query(capsys, CONSTRUCT, "--graph", graph_file, "--format", fmt)
    got = Graph().parse(data=out, format=parser)
    want = {(f, n) for f in seeds_build.build.graph.subjects(RDF.type, SCHEMA.Movie)
            for n in seeds_build.build.graph.objects(f, SCHEMA.name)}
    assert set(got.subject_objects(SCHEMA.name)) == want


def test_a_query_by_example_name_by_file_and_by_text_gives_the_same(graph_file, capsys):
    from graph.query import examples

    path = examples()["cast"]
    by_name = _query(capsys, "cast", "--graph", graph_file)
    by_file = _query(capsys, str(path), "--graph", graph_file)
    by_text = _query(capsys, path.read_text(encoding="utf-8"), "--graph", graph_file)
    assert by_name == by_file == by_text
    assert by_name.splitlines()[0].split() == ["film", "year", "actor", "character"]


@pytest.mark.parametrize("ext", ["ttl", "nt", "jsonld"])
def test_query_reads_every_format_the_build_writes(seeds_build, capsys, ext):
    out = _query(capsys, SELECT, "--graph", str(seeds_build.out / f"graph.{ext}"), "--format", "csv")
    assert out == _query(capsys, SELECT, "--graph", str(seeds_build.out / "graph.ttl"),
                         "--format", "csv")


# ---- help: every command has help with an example

@pytest.mark.parametrize("command", sorted(cli.COMMANDS))
def test_every_command_has_help_with_an_example(command, capsys):
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "example:" in out and f"filmgraph {command}" in out.split("example:", 1)[1]


def test_the_top_level_help_lists_every_command(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in cli.COMMANDS:
        assert command in out

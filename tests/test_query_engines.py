"""`filmgraph query` with Oxigraph (the default) and rdflib (the reference): every example
query gives the same answers with both, on the seeds' build and on a generated graph
answered from a store kept beside it; that store answers only for the bytes it was built
from, survives two queries at once, and goes with `out/` when a build replaces it. (The
timings on a big graph are scripts/query_bench.py's, not a test's.)"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import ROOT, answers, concatenated, disagreement, filmgraph_env
from rdflib import Graph

from graph import store
from graph.cli import main
from graph.query import answer, examples, load_graph, render, run

SCHEMA = "http://schema.org/"
# queries of this test's own, so that every kind of answer is compared whatever
# graph/queries/ holds; the undeclared prefixes are on purpose
OWN = {
    "own-select-undeclared-prefixes": "SELECT ?f ?name ?date WHERE { ?f a schema:Movie ; "
                                      "schema:name ?name . OPTIONAL { ?f wdt:P577 ?date } }",
    "own-ask": "ASK { ?s a schema:PerformanceRole ; schema:characterName ?c }",
    "own-construct": "CONSTRUCT { ?f schema:director ?p . ?p schema:name ?n } "
                     "WHERE { ?f schema:director ?p . ?p schema:name ?n }",
    "own-count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
}
QUERIES = {**{n: p.read_text(encoding="utf-8") for n, p in examples().items()}, **OWN}


def _bench():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import query_bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return query_bench


@pytest.fixture(scope="module")
def generated(seeds_build, tmp_path_factory) -> Path:
    """Two copies of the seeds' graph with renamed IRIs and names, as scripts/query_bench.py
    makes its big graph, as N-Triples."""
    folder = tmp_path_factory.mktemp("generated")
    _bench().generate(seeds_build.out / "graph.nt", 2, folder)
    return folder / "graph.nt"


@pytest.fixture
def kept(monkeypatch) -> None:
    """A store kept beside every graph file, however small (store.SMALL: the size from
    which one is kept outside the tests)."""
    monkeypatch.setattr(store, "SMALL", 0)


@pytest.fixture(scope="module")
def references(seeds_build, generated) -> dict[str, Graph]:
    """Each graph as rdflib reads it, parsed once for all queries."""
    return {"seeds": load_graph(seeds_build.out / "graph.ttl"), "generated": load_graph(generated)}


def _rdflib_json(graph: Graph, text: str) -> str:
    return render(run(graph, text), "json", graph)


@pytest.mark.parametrize("which", ["seeds", "generated"])
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_both_engines_give_the_same_answers(name, which, seeds_build, generated, references,
                                           monkeypatch):
    path = seeds_build.out / "graph.ttl" if which == "seeds" else generated
    if which == "generated":  # from the store beside it; the seeds' small graph in memory
        monkeypatch.setattr(store, "SMALL", 0)
    text = QUERIES[name]
    concat = concatenated(text)
    expected = answers(_rdflib_json(references[which], text), concat)
    got = answers(answer(path, text, "json", engine="oxigraph"), concat)
    why = disagreement(expected, got, f"{name} on the {which} graph: rdflib and Oxigraph",
                       "rdflib", "Oxigraph")
    if why:
        pytest.fail(why)
    if which == "generated" and name in examples():
        assert got[0] != "SELECT" or got[2], f"{name} finds nothing in the generated graph"


def test_the_generated_graph_is_answered_from_a_store_beside_it(generated, references, kept):
    count = answer(generated, OWN["own-count"], "csv").splitlines()[1]
    assert (store.cache_dir(generated) / "store" / store.STAMP).is_file()
    assert int(count) == len(references["generated"]) > 4000


# ---- the same output as rdflib's, not only the same answers

@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_a_table_and_csv_are_the_same_text_with_both_engines(fmt, seeds_build):
    graph = seeds_build.out / "graph.ttl"
    for text in (QUERIES["cast"], QUERIES["own-select-undeclared-prefixes"] + " ORDER BY ?f"):
        assert answer(graph, text, fmt, engine="oxigraph") == answer(graph, text, fmt, engine="rdflib")


def test_a_table_shows_iris_with_the_prefixes_rdflib_shows(seeds_build):
    out = answer(seeds_build.out / "graph.ttl", "SELECT ?t WHERE { ?f a ?t } GROUP BY ?t", "table")
    assert "schema:Movie" in out and f"<{SCHEMA}Movie>" not in out


@pytest.mark.parametrize("fmt, parser", [("table", "turtle"), ("json", "json-ld")])
def test_construct_gives_the_same_graph_in_turtle_or_json_ld(fmt, parser, seeds_build):
    graph = seeds_build.out / "graph.ttl"
    text = QUERIES["own-construct"]
    ours = answer(graph, text, fmt)
    assert len(Graph().parse(data=ours, format=parser)) == \
        len(Graph().parse(data=answer(graph, text, fmt, engine="rdflib"), format=parser)) > 0
    if fmt == "table":  # only the prefixes it uses
        assert "@prefix schema:" in ours and "@prefix wdt:" not in ours


def test_prefixes_work_undeclared_and_a_query_s_own_prefix_wins(seeds_build):
    graph = seeds_build.out / "graph.ttl"
    for engine in ("oxigraph", "rdflib"):
        assert answer(graph, "ASK { ?f a schema:Movie ; wdt:P31 wd:Q11424 }", engine=engine) == "true\n"
        assert answer(graph, "ASK { ?f a foaf:Person }", engine=engine) == "false\n"  # rdflib's own
        assert answer(graph, "PREFIX schema: <https://schema.org/> ASK { ?f a schema:Movie }",
                      engine=engine) == "false\n"


@pytest.mark.parametrize("ext", ["nt", "nq", "jsonld"])
def test_every_format_the_build_writes_gives_the_same_answers(ext, seeds_build):
    text = QUERIES["own-select-undeclared-prefixes"]
    assert answers(answer(seeds_build.out / f"graph.{ext}", text, "json")) == \
        answers(answer(seeds_build.out / "graph.ttl", text, "json"))


def test_a_web_page_s_json_ld_with_the_schema_org_context_is_read_offline(seeds_build):
    page = next((seeds_build.out / "web").glob("*.jsonld"))
    assert '"https://schema.org"' in page.read_text(encoding="utf-8")
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    expected = answers(answer(page, text, "json", engine="rdflib"))
    assert answers(answer(page, text, "json")) == expected and expected[2]


def test_n_quads_are_one_graph_as_rdflib_reads_them(tmp_path):
    nq = tmp_path / "two-graphs.nq"
    nq.write_text('<urn:x:f> <http://schema.org/name> "A" <urn:x:g1> .\n'
                  '<urn:x:f> <http://schema.org/name> "A" <urn:x:g2> .\n'
                  '<urn:x:f> <http://schema.org/name> "B" .\n', encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        assert answer(nq, "SELECT ?n WHERE { ?f schema:name ?n } ORDER BY ?n", "csv",
                      engine=engine) == "n\nA\nB\n"


# ---- the store beside the file

@pytest.fixture
def big(generated, tmp_path, kept) -> Path:
    """A private copy of the generated graph, with no store yet."""
    copy = tmp_path / "graph.nt"
    copy.write_bytes(generated.read_bytes())
    return copy


@pytest.fixture
def builds(monkeypatch) -> list[Path]:
    """The graph files a store is built for, one entry per build."""
    seen: list[Path] = []
    rebuild = store._rebuild

    def counted(folder, path, note):
        seen.append(path)
        return rebuild(folder, path, note)
    monkeypatch.setattr(store, "_rebuild", counted)
    return seen


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
NAMES = "SELECT (COUNT(*) AS ?n) WHERE { ?s schema:name ?o }"


def _count(path: Path, text: str = COUNT) -> int:
    return int(answer(path, text, "csv").splitlines()[1])


def test_the_second_query_opens_the_store_the_first_built(big, builds):
    n = _count(big)
    assert n == _count(big) == _count(big, COUNT + " LIMIT 1") and n > 0
    assert builds == [big]
    folder = store.cache_dir(big)
    assert folder.name == ".graph.nt.oxigraph" and folder.parent == big.parent
    assert sorted(os.listdir(folder)) == ["lock", "store"], "a temporary folder was left"


def test_a_changed_graph_is_never_answered_by_the_old_store(big, builds):
    before = _count(big)
    with big.open("a", encoding="utf-8") as fh:  # one more triple
        fh.write('<urn:x:new> <http://schema.org/name> "new" .\n')
    assert _count(big) == before + 1
    assert len(builds) == 2


def test_the_same_size_and_the_old_times_do_not_hide_new_bytes(big, builds):
    """A rewrite that keeps the size, with its mtime set back: the hash tells."""
    names = _count(big, NAMES)
    st = big.stat()
    data = big.read_bytes()
    i = data.index(b"<http://schema.org/name>")
    big.write_bytes(data[:i] + b"<http://schema.org/nam3>" + data[i + 24:])
    os.utime(big, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert big.stat().st_size == st.st_size and big.stat().st_mtime_ns == st.st_mtime_ns
    assert _count(big, NAMES) == names - 1
    assert len(builds) == 2


def test_a_touched_or_copied_graph_with_the_same_bytes_keeps_its_store(big, builds):
    n = _count(big)
    os.utime(big, ns=(1_000_000_000, 1_000_000_000))  # touched: other times, same bytes
    assert _count(big) == n and _count(big) == n
    assert builds == [big]


def test_a_killed_build_s_leftovers_are_never_used_and_then_deleted(big, builds):
    folder = store.cache_dir(big)
    folder.mkdir()
    (folder / "new-killed").mkdir()  # a build killed before its rename
    (folder / "store").mkdir()  # a store without its stamp: not one of ours
    n = _count(big)
    assert builds == [big] and n > 0
    assert sorted(os.listdir(folder)) == ["lock", "store"]


def test_two_queries_at_once_build_the_store_once(big, builds):
    results, errors = [], []

    def query():
        try:
            results.append(_count(big))
        except Exception as e:  # pragma: no cover - shown by the assertion
            errors.append(e)
    threads = [threading.Thread(target=query) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and len(results) == 3 and len(set(results)) == 1
    assert builds == [big]


def test_two_processes_at_once_give_the_same_answer(seeds_build, tmp_path):
    source = seeds_build.out / "graph.nt"  # bigger than store.SMALL: a store is kept for it
    _bench().generate(source, store.SMALL // source.stat().st_size + 1, tmp_path)
    big = tmp_path / "graph.nt"
    argv = [sys.executable, "-m", "graph", "query", COUNT, "--graph", str(big), "--format", "csv"]
    procs = [subprocess.Popen(argv, cwd=ROOT, env=filmgraph_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, encoding="utf-8") for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert outs[0][0] == outs[1][0] and int(outs[0][0].splitlines()[1]) > 0
    assert sorted(os.listdir(store.cache_dir(big))) == ["lock", "store"]


def test_where_no_store_can_be_kept_the_graph_is_parsed_for_the_query(big, capsys):
    store.cache_dir(big).write_text("a file where the store's folder would go", encoding="utf-8")
    assert main(["query", COUNT, "--graph", str(big), "--format", "csv"]) == 0
    out = capsys.readouterr()
    assert int(out.out.splitlines()[1]) > 0
    assert "cannot keep a store" in out.err and str(big) in out.err


def test_a_rebuild_of_out_takes_the_store_with_it(film_docs, tmp_path, kept, capsys):
    out = tmp_path / "out"
    assert main(["build", str(film_docs), "--out", str(out)]) == 0
    assert main(["query", COUNT, "--graph", str(out / "graph.ttl")]) == 0
    assert (out / ".graph.ttl.oxigraph" / "store").is_dir()
    assert main(["build", str(film_docs), "--out", str(out)]) == 0, capsys.readouterr().err
    assert not (out / ".graph.ttl.oxigraph").exists()


# ---- errors: one line, naming the file or saying what is wrong with the query

@pytest.mark.parametrize("kept_beside", [False, True])
def test_an_invalid_graph_file_is_named(kept_beside, big, capsys, monkeypatch):
    if not kept_beside:
        monkeypatch.setattr(store, "SMALL", 1 << 40)
    bad = big.parent / "broken.nt"
    bad.write_bytes(big.read_bytes() + b"<urn:x:a> <urn:x:b> this is not N-Triples .\n")
    for engine in ("oxigraph", "rdflib"):
        assert main(["query", COUNT, "--graph", str(bad), "--engine", engine]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"filmgraph: {bad}: not valid") and err.count("\n") == 1, err
    leftovers = store.cache_dir(bad)
    assert not leftovers.exists() or sorted(os.listdir(leftovers)) == ["lock"]


@pytest.mark.parametrize("text, says", [
    ("SELECT ?x WHERE { ?x nosuch:p ?y }", "the prefix nosuch: is not declared"),
    ("SELEKT ?x WHERE { ?x ?p ?o }", "the SPARQL query is not valid: error at 1:"),
    ("SELECT ?x WHERE { ?x ?p ?o ", "the SPARQL query is not valid"),
])
def test_a_bad_query_says_what_is_wrong_in_one_line(text, says, seeds_build, capsys):
    assert main(["query", text, "--graph", str(seeds_build.out / "graph.ttl")]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1, err


def test_a_query_on_one_line_longer_than_a_file_name_is_a_query(seeds_build, capsys):
    text = f"SELECT ?f WHERE {{ ?f a schema:Movie FILTER(?f != <urn:x:{'x' * 300}>) }} LIMIT 1"
    assert main(["query", text, "--graph", str(seeds_build.out / "graph.ttl")]) == 0
    assert capsys.readouterr().out.endswith("(1 row)\n")


def test_a_bad_query_is_refused_before_a_big_graph_is_read(big, builds, capsys):
    assert main(["query", "SELECT ?x WHERE {", "--graph", str(big)]) == 2
    assert "not valid" in capsys.readouterr().err and not builds


def test_the_engine_is_checked(seeds_build, capsys):
    assert main(["query", COUNT, "--graph", str(seeds_build.out / "graph.ttl"),
                 "--engine", "sparqlwiki"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main(["query", COUNT, "--endpoint", "http://127.0.0.1:9/query", "--engine", "rdflib"]) == 2
    assert "--engine is for a graph file" in capsys.readouterr().err


def test_query_runs_as_a_command_with_the_engine_it_is_given(seeds_build):
    for engine in ("oxigraph", "rdflib"):
        r = subprocess.run([sys.executable, "-m", "graph", "query", "unsourced", "--graph",
                            str(seeds_build.out / "graph.ttl"), "--engine", engine], cwd=ROOT,
                           env=filmgraph_env(), capture_output=True, encoding="utf-8", timeout=120)
        assert r.returncode == 0 and r.stdout == "false\n", r.stderr

"""Whatever a document holds, every output is valid: each RDF file parses to the same graph
with two independent parsers (rdflib and pyoxigraph), IRIs are IRIs, web pages never let
text open or close an element, and the bytes are the same on every run."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic
from rdflib.namespace import RDF, XSD

from conftest import FILM, ROOT, filmgraph_env
from graph import export
from graph.namespaces import DEFAULT_BASE, SCHEMA, bind
from graph.pipeline import build
from graph.text import slug

# Text that has broken some serializer, HTML page or terminal somewhere.
HOSTILE = ('Q "quoted" <b>bold</b> <fg-evil> </script><script>fgEvil()</script> <!-- ]]> '
           '\\u0022 \\U0001F600 \\n {braces} {{x}} """triple""" \'\'\'single\'\'\' back\\slash '
           '@prefix : <x> . #hash &amp; \u200fRTL\u202eover\u2066iso\u2069 end')
LONG = " ".join(["Longtitle"] * 1000)[:10_000].strip()  # a 10,000-character name
FILE_NAME = 'press "kit" <fg-evil> {x} \\u0022 \'\'\' """ \u202e\u2028.txt'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """One build of documents made of hostile text; its out/ folder."""
    root = tmp_path_factory.mktemp("hostile")
    docs = root / "docs"
    docs.mkdir()
    (docs / FILE_NAME).write_text(f"{HOSTILE} (2011 film)\n\n" + FILM.split("\n", 2)[2],
                                  encoding="utf-8")
    (docs / "long.txt").write_text(f"{LONG} (2012 film)\n\nDirector: Oren Hale\n"
                                   "Music: Ada Wren\n", encoding="utf-8")
    build([docs], root / "out")
    return root / "out"


# ---------------------------------------------------------------- two parsers

RDFLIB = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}
OXIGRAPH = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
            ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD}
SCHEMA_CONTEXT = ROOT / "graph" / "web" / "schemaorg-context.jsonld"


def offline(data: bytes) -> bytes:
    """Web JSON-LD names schema.org's context by URL; parse it with the shipped copy, so the
    test needs no network and fails on any other remote context."""
    doc = json.loads(data)
    if isinstance(doc, dict) and isinstance(doc.get("@context"), str):
        assert re.fullmatch(r"https?://schema\.org/?", doc["@context"]), doc["@context"]
        doc["@context"] = json.loads(SCHEMA_CONTEXT.read_text())["@context"]
    return json.dumps(doc).encode("utf-8")


def _plain(lit: Literal) -> Literal:
    """RDF 1.1: a literal without datatype or language is an xsd:string."""
    if lit.language is None and lit.datatype is None:
        return Literal(str(lit), datatype=XSD.string)
    return lit


def with_rdflib(data: bytes, suffix: str) -> set[tuple]:
    if suffix == ".nq":
        ds = Dataset()
        ds.parse(data=data, format="nquads")
        return {(s, p, _plain(o) if isinstance(o, Literal) else o, g)
                for s, p, o, g in ds.quads((None, None, None, None))}
    g = Graph()
    g.parse(data=data, format=RDFLIB[suffix])
    return {(s, p, _plain(o) if isinstance(o, Literal) else o) for s, p, o in g}


def _term(t):
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        return Literal(t.value, datatype=URIRef(t.datatype.value))
    raise TypeError(t)


def with_oxigraph(data: bytes, suffix: str) -> set[tuple]:
    quads = ox.parse(data, format=OXIGRAPH[suffix])
    if suffix == ".nq":
        return {(_term(q.subject), _term(q.predicate), _term(q.object),
                 None if isinstance(q.graph_name, ox.DefaultGraph) else _term(q.graph_name))
                for q in quads}
    return {(_term(q.subject), _term(q.predicate), _term(q.object)) for q in quads}


def same_graph(a: set[tuple], b: set[tuple], what: str) -> None:
    if any(isinstance(t, BNode) for triple in a | b for t in triple):
        ga, gb = Graph(), Graph()
        for t in a:
            ga.add(t[:3])
        for t in b:
            gb.add(t[:3])
        if not isomorphic(ga, gb):
            _, only_a, only_b = graph_diff(ga, gb)
            pytest.fail(f"{what}: the parsers disagree\nonly rdflib:\n{only_a.serialize(format='nt')[:2000]}"
                        f"\nonly pyoxigraph:\n{only_b.serialize(format='nt')[:2000]}")
        return
    assert a == b, f"{what}: only rdflib: {sorted(a - b)[:5]}; only pyoxigraph: {sorted(b - a)[:5]}"


def parse_twice(data: bytes, suffix: str, what: str) -> set[tuple]:
    a, b = with_rdflib(data, suffix), with_oxigraph(data, suffix)
    same_graph(a, b, what)
    assert a, f"{what}: no triples"
    return a


def test_every_rdf_file_parses_to_the_same_graph_with_two_parsers(hostile):
    files = sorted(p for p in hostile.rglob("*") if p.suffix in RDFLIB)
    assert {"graph.ttl", "graph.nt", "graph.jsonld"} <= {p.name for p in files}
    for f in files:
        data = f.read_bytes()
        if f.parent != hostile:  # web/: schema.org context
            data = offline(data)
        parse_twice(data, f.suffix, str(f.relative_to(hostile)))


def test_the_graph_files_hold_one_graph_and_the_hostile_text_whole(hostile):
    graphs = {name: parse_twice((hostile / name).read_bytes(), Path(name).suffix, name)
              for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.nq")
              if (hostile / name).exists()}
    if "graph.nq" in graphs:  # one named graph, the same triples
        assert len({q[3] for q in graphs["graph.nq"]}) == 1
        graphs["graph.nq"] = {q[:3] for q in graphs["graph.nq"]}
    reference = graphs.pop("graph.nt")
    for name, triples in graphs.items():
        assert triples == reference, f"{name} and graph.nt differ: {sorted(triples ^ reference)[:5]}"
    names = {str(o) for s, p, o in reference if p == SCHEMA.name}
    assert HOSTILE in names and LONG in names  # nothing lost, nothing escaped twice
    assert any(FILE_NAME[:20] in n for n in names)


IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]*")


def test_every_iri_is_an_iri_and_minted_ones_are_plain(hostile):
    triples = with_oxigraph((hostile / "graph.nt").read_bytes(), ".nt")
    iris = {t for triple in triples for t in triple if isinstance(t, URIRef)}
    assert all(IRI.fullmatch(str(i)) for i in iris), [i for i in iris if not IRI.fullmatch(str(i))]
    minted = [str(i)[len(DEFAULT_BASE):] for i in iris if str(i).startswith(DEFAULT_BASE)]
    assert minted and all(re.fullmatch(r"[a-z]+/[a-z0-9-]+", m) for m in minted), minted
    assert max(map(len, minted)) < 100  # a 10,000-character name gives a short IRI


# ---------------------------------------------------------------- web pages

class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
        else:
            self.text.append(data)

    def handle_comment(self, data):
        self.tags.append("<!--")


def test_web_pages_never_let_text_open_or_close_an_element(hostile):
    pages = sorted(hostile.rglob("*.html"))
    if not pages:
        pytest.skip("no web pages are built yet (the Publishing issue adds them)")
    seen = False
    for f in pages:
        raw = f.read_text(encoding="utf-8")
        page = _Page()
        page.feed(raw)
        page.close()
        where = str(f.relative_to(hostile))
        assert "fg-evil" not in page.tags and "<!--" not in page.tags, where
        for attrs, body in page.scripts:  # only data islands, no code
            assert attrs.get("type") == "application/ld+json", (where, attrs)
            assert not re.search(r"</|<!--|<script", body, re.I), where
            parse_twice(offline(body.encode("utf-8")), ".jsonld", f"{where} <script>")
        seen |= HOSTILE in "".join(page.text)
    assert seen, "the hostile title is on no page as text: escaped twice, or dropped"


# ---------------------------------------------------------------- any text at all

NAMES = st.text(max_size=40) | st.sampled_from(
    [HOSTILE, LONG, "", " ", "\u202e", '"""', "\\", "a\u2028b\u2029c", "nel\x85\x0b\x0c\x1c", "\x00"])


@settings(max_examples=60)
@given(st.lists(st.tuples(NAMES, NAMES), min_size=1, max_size=4))
def test_any_text_is_written_as_valid_rdf_by_every_writer(pairs):
    """The writers alone, fed what no reader would pass on: names minted into IRIs and
    stored as literals, every format parsed twice, every one the same graph."""
    g = Graph()
    bind(g)
    g.bind("fg", DEFAULT_BASE)
    for i, (name, text) in enumerate(pairs):
        s = URIRef(f"{DEFAULT_BASE}film/{slug(name)}-{i}")
        g.add((s, RDF.type, SCHEMA.Movie))
        g.add((s, SCHEMA.name, Literal(name)))
        g.add((s, SCHEMA.description, Literal(text, lang="fr")))
    expected = {(s, p, _plain(o) if isinstance(o, Literal) else o) for s, p, o in g}
    files = {".ttl": export.turtle(g), ".nt": export.ntriples(g), ".jsonld": export.jsonld(g)}
    if hasattr(export, "nquads"):
        files[".nq"] = export.nquads(g, f"{DEFAULT_BASE}graph")
    for suffix, data in files.items():
        got = parse_twice(data, suffix, suffix)
        assert {t[:3] for t in got} == expected, suffix


@settings(max_examples=300)
@given(st.text())
def test_slug_is_always_a_plain_path_segment(text):
    s = slug(text)
    assert re.fullmatch(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", s) and len(s) <= 60
    assert slug(text) == s


# ---------------------------------------------------------------- the same bytes

def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def _build(docs: Path, out: Path, *extra: str, seed: str = "0") -> dict[str, bytes]:
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(docs), "--out", str(out),
                        *extra], cwd=ROOT, env=filmgraph_env(PYTHONHASHSEED=seed),
                       capture_output=True, encoding="utf-8", timeout=300)
    assert r.returncode in (0, 1), r.stderr[-2000:]
    return _tree(out)


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory) -> Path:
    docs = tmp_path_factory.mktemp("same") / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(FILM, encoding="utf-8")
    (docs / "b.txt").write_text(f"{HOSTILE} (2011 film)\n\n" + FILM.split("\n", 2)[2]
                                .replace("Mara Quillon", "Ivo Terrane"), encoding="utf-8")
    return docs


def test_the_same_bytes_on_every_run_and_every_hash_seed(two_docs, tmp_path):
    first = _build(two_docs, tmp_path / "out", seed="0")
    assert "graph.ttl" in first
    again = _build(two_docs, tmp_path / "out", seed="1")  # a rebuild over the first
    other = _build(two_docs, tmp_path / "elsewhere", seed="4242")
    assert again == first and other == first


def test_the_same_bytes_whatever_the_jobs(two_docs, tmp_path, filmgraph):
    """Test hook for --jobs (a later issue adds it): skips until the option exists."""
    if "--jobs" not in filmgraph("build", "--help").stdout:
        pytest.skip("filmgraph build has no --jobs option yet")
    one = _build(two_docs, tmp_path / "one", "--jobs", "1")
    two = _build(two_docs, tmp_path / "two", "--jobs", "2", seed="7")
    assert one == two


def test_the_marker_lists_exactly_the_files_of_the_build(hostile):
    listed = (hostile / ".filmgraph").read_text().split("Files:\n")[1].splitlines()
    assert listed == sorted(p for p in _tree(hostile) if p != ".filmgraph")

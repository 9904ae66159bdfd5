"""The web pages: JSON-LD that states the graph's schema.org facts, read back by extruct and
by headless Chromium, safe to embed, processed offline; and the search-engine shapes."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, Graph, Literal, URIRef

from graph import web
from graph.namespaces import bind
from graph.pipeline import build
from graph.query import load_graph
from graph.validate import load_shapes, validate
from graph.web.context import OfflineError, expand, to_graph

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = "http://schema.org/"
S = lambda term: URIRef(SCHEMA + term)  # noqa: E731
PARTS = (S("Role"), S("PerformanceRole"))
EVIL = "</script><script>alert(1)</script>"
# an invented article whose title tries to end the script element and run its own
EVIL_ARTICLE = f"""{EVIL} (2031 film)

{EVIL}
Directed by Zora Quillfeather
Starring Ambrose Talon
Pim Ostrander
Release date
  • 3 March 2031 (2031-03-03)
Running time
91 minutes
"""
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seeds and the invented article, built the way `make run` builds."""
    tmp = tmp_path_factory.mktemp("web")
    (tmp / "docs").mkdir()
    (tmp / "docs" / "invented-article.txt").write_text(EVIL_ARTICLE, encoding="utf-8")
    out = tmp / "out"
    build([ROOT / "seeds", tmp / "docs"], out)
    return out


@pytest.fixture(scope="module")
def graph(site) -> Graph:
    """graph.ttl with the lexical forms it writes (rdflib would read "PT155M"^^xsd:duration
    as "PT2H35M", the same value in other words)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(rdflib, "NORMALIZE_LITERALS", False)
        return load_graph(site / "graph.ttl")


def films(g: Graph) -> list[URIRef]:
    return sorted(g.subjects(RDF.type, S("Movie")), key=str)


def page_of(site: Path, g: Graph, node: URIRef) -> Path:
    return site / "web" / (web.site(g)[_kind(g, node)][str(node)] + ".html")


def film_with_characters(g: Graph) -> URIRef:
    return min(f for f in films(g) for role in g.objects(f, S("actor"))
               if (role, RDF.type, S("PerformanceRole")) in g)


def _kind(g: Graph, node) -> str:
    return ("film" if (node, RDF.type, S("Movie")) in g else
            "person" if (node, RDF.type, S("Person")) in g else "organization")


# ------------------------------------------------------------------ facts, graph and page
def _term(o):
    return ("literal", str(o)) if isinstance(o, Literal) else ("iri", str(o))


def fact(s, p, o) -> tuple:
    """A triple with literal datatypes set aside (a page's dates are plain strings)."""
    return (str(s), str(p), _term(o))


def is_schema(p, o) -> bool:
    return str(p).startswith(SCHEMA) or (p == RDF.type and str(o).startswith(SCHEMA))


def schema_facts(g: Graph) -> set[tuple]:
    return {fact(s, p, o) for s, p, o in g if is_schema(p, o)}


def about(g: Graph, node, props=("name",)) -> set[tuple]:
    """What a page says of an entity it mentions: its schema.org types and name."""
    out = {fact(node, RDF.type, t) for t in g.objects(node, RDF.type) if str(t).startswith(SCHEMA)}
    for prop in props:
        out |= {fact(node, S(prop), v) for v in g.objects(node, S(prop))}
    return out


def film_facts(g: Graph, film) -> set[tuple]:
    """The schema.org facts of a film as graph.ttl states them: the film's own, its credit
    nodes' (schema.org Role pattern) whole, and the type and name of everyone it names."""
    out = set()
    for p, o in g.predicate_objects(film):
        if not is_schema(p, o):
            continue
        out.add(fact(film, p, o))
        if isinstance(o, URIRef) and p != RDF.type:
            if any((o, RDF.type, t) in g for t in PARTS):
                for p2, o2 in g.predicate_objects(o):
                    if is_schema(p2, o2):
                        out.add(fact(o, p2, o2))
                        if isinstance(o2, URIRef) and p2 != RDF.type:
                            out |= about(g, o2)
            else:
                out |= about(g, o)
    return out


def entity_facts(g: Graph, node) -> set[tuple]:
    """A person's or company's facts: its own, and every film or credit pointing to it."""
    out = {fact(node, p, o) for p, o in g.predicate_objects(node) if is_schema(p, o)}
    out |= {f for p, o in g.predicate_objects(node) if isinstance(o, URIRef) and p != RDF.type
            and is_schema(p, o) for f in about(g, o, ("name", "datePublished"))}
    for s, p in g.subject_predicates(node):
        if not str(p).startswith(SCHEMA):
            continue
        out.add(fact(s, p, node))
        out |= about(g, s, ("name", "datePublished"))
        if any((s, RDF.type, t) in g for t in PARTS):
            out |= {fact(s, p2, o2) for p2, o2 in g.predicate_objects(s) if is_schema(p2, o2)}
            for f, fp in g.subject_predicates(s):
                out.add(fact(f, fp, s))
                out |= about(g, f, ("name", "datePublished"))
    return out


def page_facts(document: dict) -> set[tuple]:
    return {fact(s, p, o) for s, p, o in to_graph(document)}


def extracted(html_path: Path) -> list[dict]:
    """The JSON-LD a crawler finds in a page, with extruct."""
    import extruct

    data = extruct.extract(html_path.read_text(encoding="utf-8"), base_url=html_path.as_uri(),
                           syntaxes=["json-ld"], uniform=False)
    return data["json-ld"]


# ------------------------------------------------------------------ the pages are there
def test_every_film_person_and_company_has_a_page_linked_from_the_index(site, graph):
    import html5lib

    where = web.site(graph)
    assert where["film"], "the build has films"
    index = html5lib.parse((site / "web" / "index.html").read_bytes(), namespaceHTMLElements=False)
    hrefs = {a.get("href") for a in index.iter("a")}
    for kind, paths in where.items():
        for iri, path in paths.items():
            assert (site / "web" / f"{path}.html").is_file(), (kind, iri)
            assert (site / "web" / f"{path}.jsonld").is_file(), (kind, iri)
            assert f"{path}.html" in hrefs, f"index.html does not link {path}.html"
    assert len(where["film"]) == len(films(graph))


def test_film_jsonld_is_a_plain_schema_org_movie_tree(site, graph):
    for film in films(graph):
        doc = json.loads(page_of(site, graph, film).with_suffix(".jsonld").read_text("utf-8"))
        assert doc["@context"] == "https://schema.org"
        assert doc["@type"] == "Movie" and doc["@id"] == str(film)

        def leaves(v, key=""):
            if isinstance(v, dict):
                assert "@value" not in v, f"typed-literal object under {key!r} in {film}"
                for k, x in v.items():
                    yield from leaves(x, k)
            elif isinstance(v, list):
                for x in v:
                    yield from leaves(x, key)
            else:
                yield key, v

        assert all(isinstance(v, str) for _, v in leaves(doc)), f"non-string value in {film}"
    doc = json.loads(page_of(site, graph, film_with_characters(graph)).with_suffix(".jsonld").read_text("utf-8"))
    roles = [a for a in doc["actor"] if "PerformanceRole" in a["@type"]]
    assert roles and all(r["characterName"] and r["actor"]["@type"] == "Person" for r in roles)


def test_extruct_finds_the_graphs_facts_in_every_page(site, graph):
    """What a crawler extracts, expanded with the schema.org context, is what graph.ttl says:
    for a film all of its schema.org facts and nothing else; for a person or company, its
    facts and the films that credit it, and nothing the graph does not say."""
    everything = schema_facts(graph)
    for kind, paths in web.site(graph).items():
        for iri, path in paths.items():
            html_path = site / "web" / f"{path}.html"
            found = extracted(html_path)
            assert len(found) == 1, f"{html_path}: {len(found)} JSON-LD blocks"
            on_disk = json.loads(html_path.with_suffix(".jsonld").read_text("utf-8"))
            assert found[0] == on_disk, f"{html_path}: the embedded JSON-LD is not the .jsonld file"
            said = page_facts(found[0])
            assert said <= everything, f"{html_path} says what graph.ttl does not: " \
                                       f"{sorted(said - everything)[:5]}"
            node = URIRef(iri)
            expected = film_facts(graph, node) if kind == "film" else entity_facts(graph, node)
            assert expected <= said, f"{html_path} lacks {sorted(expected - said)[:5]}"
            if kind == "film":
                assert said == expected


def test_pages_are_valid_html_with_the_text_escaped(site, graph):
    import html5lib

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    pages = sorted((site / "web").rglob("*.html"))
    assert len(pages) > len(films(graph))
    for page in pages:
        raw = page.read_bytes()
        assert raw.startswith(b"<!DOCTYPE html>\n<html lang=\"en\">"), page
        try:
            doc = parser.parse(raw)
        except html5lib.html5parser.ParseError as e:
            pytest.fail(f"{page}: not valid HTML: {e}")
        assert doc.find("head/title").text.strip(), page
        scripts = doc.findall(".//script")
        assert len(scripts) == (0 if page.name == "index.html" else 1), page
        for s in scripts:
            assert s.get("type") == "application/ld+json"


def test_document_text_cannot_end_the_script_element(site, graph):
    evil = [f for f in films(graph) if str(graph.value(f, S("name"))) == EVIL]
    assert evil, "the invented article's film is in the graph, with its title as written"
    page = page_of(site, graph, evil[0])
    text = page.with_suffix(".jsonld").read_text("utf-8")
    assert not set("<>&") & set(text)
    assert "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in text
    html = page.read_text("utf-8")
    assert html.count("<script") == 1 and html.count("</script>") == 1
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert json.loads(text)["name"] == EVIL


# ------------------------------------------------------------------ headless Chromium
def dump_dom(page: Path, tmp: Path) -> str:
    """The DOM Chromium builds from a page, serialized (`--dump-dom`)."""
    exe = shutil.which("chromium")
    if exe is None:
        pytest.fail("chromium is not installed: run scripts/setup-system.sh (make test does)")
    profile = tmp / f"chromium-profile-{page.stem}"
    profile.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom",
                             page.as_uri()], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # Chromium's own children go with it
        proc.communicate()
        pytest.fail(f"chromium took more than 90 s on {page}")
    assert proc.returncode == 0, err.decode("utf-8", "replace")[-2000:]
    return out.decode("utf-8")


def dom_jsonld(dom: str) -> tuple[list[dict], object]:
    import html5lib

    doc = html5lib.parse(dom, namespaceHTMLElements=False)
    scripts = doc.findall(".//script")
    return [json.loads(s.text) for s in scripts if s.get("type") == "application/ld+json"], doc


def test_chromium_reads_the_jsonld_back_from_the_dom(site, graph, tmp_path):
    evil = [f for f in films(graph) if str(graph.value(f, S("name"))) == EVIL][0]
    for film in (film_with_characters(graph), evil):
        page = page_of(site, graph, film)
        found, doc = dom_jsonld(dump_dom(page, tmp_path))
        assert found == [json.loads(page.with_suffix(".jsonld").read_text("utf-8"))], page
        assert len(doc.findall(".//script")) == 1, f"{page}: a document's text became a script"
        assert doc.find(".//h1").text == str(graph.value(film, S("name")))
        assert page_facts(found[0]) == film_facts(graph, film)


def test_chromium_keeps_every_kind_of_markup_in_a_text_as_data(tmp_path):
    """Text that tries the other ways out of a script element or into the page: a comment
    opener, an entity, an event handler, line separators, a CDATA end."""
    g = Graph()
    film, person, role = (URIRef(f"https://films.example/{p}") for p in
                          ("film/x", "person/y", "performance/z"))
    title = "<!--<script>document.title='pwned'</script>--> &amp; \u2028\u2029 ]]>"
    name = '<img src=x onerror="document.title=\'pwned\'">'
    for t in [(film, RDF.type, S("Movie")), (film, S("name"), Literal(title)),
              (film, S("actor"), role), (role, RDF.type, S("PerformanceRole")),
              (role, S("actor"), person), (role, S("characterName"), Literal("</SCRIPT >")),
              (person, RDF.type, S("Person")), (person, S("name"), Literal(name))]:
        g.add(t)
    for path, data in web.pages(g).items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(data)
    for page in (tmp_path / "web" / "x.html", tmp_path / "web" / "person" / "y.html"):
        found, doc = dom_jsonld(dump_dom(page, tmp_path))
        assert doc.find(".//title").text != "pwned" and len(doc.findall(".//script")) == 1
        assert doc.findall(".//img") == [], page
        assert page_facts(found[0]) <= schema_facts(g)
        if page.name == "x.html":
            assert found[0]["name"] == title and doc.find(".//h1").text == title


# ------------------------------------------------------------------ offline
@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to resolve a host name or open a socket is recorded, then refused."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("the network is off in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_jsonld_work_never_touches_the_network(site, graph, no_network):
    pages = sorted((site / "web").rglob("*.jsonld"))
    for p in pages:
        doc = json.loads(p.read_text("utf-8"))
        assert expand(doc, where=str(p)), p
        assert len(load_graph(p)) == len(to_graph(doc)), p
    for p in sorted((site / "web").glob("*.html")):
        extracted(p)
    assert no_network == [], f"something went to the network: {no_network}"
    # the guard works: pyld's own loader does try the network for the same document
    from pyld import jsonld

    with pytest.raises(Exception):
        jsonld.expand(json.loads(pages[0].read_text("utf-8")))
    assert no_network, "pyld's default loader should have tried to fetch https://schema.org"


def test_a_remote_context_other_than_schema_org_is_an_error_not_a_fetch(no_network):
    doc = {"@context": "https://vocab.example.org/context.jsonld", "name": "x"}
    with pytest.raises(OfflineError, match="https://vocab.example.org/context.jsonld"):
        expand(doc, where="page.jsonld")
    assert no_network == []


def test_the_shipped_context_maps_schema_org_terms_to_http_schema_org():
    g = to_graph({"@context": "https://schema.org", "@id": "https://films.example/f",
                  "@type": "Movie", "name": "N", "datePublished": "2001-02-03",
                  "director": {"@id": "https://films.example/p", "@type": "Person"}})
    f, p = URIRef("https://films.example/f"), URIRef("https://films.example/p")
    assert (f, RDF.type, S("Movie")) in g and (f, S("director"), p) in g
    assert str(g.value(f, S("datePublished"))) == "2001-02-03"
    assert (p, RDF.type, S("Person")) in g and len(g) == 5


# ------------------------------------------------------------------ determinism
def test_pages_are_the_same_bytes_from_the_same_graph(site, graph):
    """Pages from graph.ttl parsed afresh (another triple order) are the files the build
    wrote, byte for byte."""
    again = web.pages(graph)
    written = {str(p.relative_to(site)): p.read_bytes() for p in (site / "web").rglob("*")
               if p.is_file()}
    assert again.keys() == written.keys()
    for name, data in again.items():
        assert data == written[name], name


# ------------------------------------------------------------------ search engines
def test_search_engine_shapes_warn_about_what_a_page_lacks():
    g = Graph()
    bind(g)  # results name paths with the project's prefixes
    bare, full = URIRef("https://films.example/bare"), URIRef("https://films.example/full")
    who = URIRef("https://films.example/who")
    g.add((who, RDF.type, S("Person")))
    g.add((who, S("name"), Literal("W")))
    for film in (bare, full):
        g.add((film, RDF.type, S("Movie")))
        g.add((film, S("name"), Literal("F")))
    for prop, value in (("image", URIRef("https://films.example/i.jpg")),
                        ("dateCreated", Literal("2001")), ("director", who),
                        ("review", URIRef("https://films.example/r")),
                        ("aggregateRating", URIRef("https://films.example/a"))):
        g.add((full, S(prop), value))
    report = validate(g, load_shapes())
    search = [r for r in report.results if "search engines" in r.message]
    assert {r.severity for r in search} == {"Warning"}
    assert {r.focus for r in search} == {str(bare)}
    assert {r.path for r in search} == {"schema:image", "schema:dateCreated", "schema:director",
                                        "schema:review", "schema:aggregateRating"}


def test_two_processes_sharing_the_pages_out_write_what_one_process_makes(graph, tmp_path,
                                                                          monkeypatch):
    """A build with two processes shares the web pages out chunk by chunk (web.write_shared,
    a counter in shared memory): run here by two real processes at once, in chunks of three
    pages, every chunk is made once, by one of them, and the files and the index page put
    together are the bytes web.pages makes alone."""
    import multiprocessing

    monkeypatch.setattr(web, "PAGES_PER_CHUNK", 3)
    site_plan = web.Site(graph)
    assert web.chunks(site_plan) >= 10
    ctx = multiprocessing.get_context("fork")
    taken, folder = ctx.Value("q", 0), tmp_path / "shared"
    monkeypatch.setattr(sys.modules[__name__], "_SHARED", (site_plan, taken, folder), raising=False)
    with ctx.Pool(1) as pool:  # forked now: the counter is inherited, as in a build
        theirs = pool.apply_async(_share, ())
        mine = web.write_shared(site_plan, taken, folder)
        theirs = theirs.get(timeout=120)
    assert not mine.keys() & theirs.keys()
    done = {**mine, **theirs}
    assert sorted(done) == list(range(web.chunks(site_plan)))
    alone = web.pages(graph)
    written = {p.relative_to(folder).as_posix(): p.read_bytes()
               for p in folder.rglob("*") if p.is_file()}
    assert sorted(name for k in done for name in done[k][0]) == sorted(written)
    assert written == {k: v for k, v in alone.items() if k != "web/index.html"}
    assert site_plan.index_file(done[k][1] for k in sorted(done)) == alone["web/index.html"]


def _share():
    return web.write_shared(*_SHARED)

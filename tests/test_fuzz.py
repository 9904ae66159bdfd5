"""Fuzzing every reader: random and mutated documents never make a reader raise, every
Claim points at a line that exists, and what the readers give is written as valid RDF.

The readers are taken from graph.extract.READERS when the tests are collected, so a new
reader is fuzzed without touching this file. `pytest --fuzz tests/test_fuzz.py` runs
thousands of random documents per reader; each minimal failing document it finds is saved
to tests/regressions/, where test_regressions keeps it fixed for good.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

from conftest import FILM, ROOT
from graph import export
from graph.errors import InputError
from graph.extract import READERS, context, extract
from graph.mapping import to_graph
from graph.read import from_bytes, from_text
from graph.resolve import resolve

REGRESSIONS = Path(__file__).parent / "regressions"

# Invented documents in the shapes the readers know (no seed's names).
ARTICLE = """The Salt Lantern (2009 film)

Last updated

The Salt Lantern
The Salt Lantern poster.png
Directed by Ada Wren
Written byAda Wren
Tomas Krell
Produced byIlse Varga
Starring Noor Abadi
Pim Decker
Cinematography Rosa Lind
Music byKai Moreno
Release date
  • 3 April 2009 (2009-04-03)
Running time
101 minutes
CountryBelgium
LanguageDutch
Budget€2.1 million [1]

The Salt Lantern is a 2009 Belgian drama film directed by Ada Wren and starring Noor Abadi
as a lighthouse keeper. It premiered at a festival in Ghent.

Cast
Noor Abadi as Mila
Pim Decker as Joost ........ the ferryman

Filmography
2003 Harbour Lights (short)
2006 The Tin Gull
2009 The Salt Lantern
"""
CREDITS = FILM + """
Production: Verre Films, with the participation of Canal Nord
International sales: Lumen Sales
Director of photography ....... Zoé Lemaître
Editor: Jonas Brael
"""


def corpus() -> list[str]:
    """Starting material: invented documents, the seeds, and a few generated lead
    paragraphs when the evaluation corpus is around."""
    texts = [FILM, ARTICLE, CREDITS]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    generated = sorted((ROOT / "leads-eval" / "docs").glob("*.txt"))[:20]
    texts += [p.read_text(encoding="utf-8") for p in generated]
    leads = ROOT.parent / "shared" / "eval" / "leads-dev.jsonl"
    if not generated and leads.exists():
        with open(leads, encoding="utf-8") as fh:
            for _, line in zip(range(20), fh):
                row = json.loads(line)
                texts.append(f"{row['title']}\n\n{row['text']}\n")
    return texts


CORPUS = corpus()
HOSTILE = ['"', "'", "\\", "<", ">", "&", "{", "}", '"""', "\\u0022", "</script>", "\u200f",
           "\u202e", "\u2028", "\u00a0", "\u200b", "\ufeff", "\x00", "\x1b", "\t", ":", " : ",
           "•", "(", ")", "(2005 film)", " as ", "....", "Directed by ", "Director: ", "\r",
           "É", "ß", "İ", "ǅ", "𝔄", "٣", "日本", "A" * 300, " " * 100]
CHARS = st.characters(blacklist_categories=("Cs",))
PIECE = st.text(CHARS, max_size=30) | st.sampled_from(HOSTILE)


@st.composite
def documents(draw) -> str:
    """A window of a corpus document, mutated line by line; or text made from scratch."""
    if draw(st.integers(0, 4)) == 0:
        pieces = draw(st.lists(PIECE | st.just("\n"), max_size=60))
        return "".join(pieces)
    text = draw(st.sampled_from(CORPUS))
    lines = text.split("\n")
    start = draw(st.integers(0, max(0, len(lines) - 5)))
    lines = lines[start:start + draw(st.integers(3, 60))]  # small: many examples per second
    for _ in range(draw(st.integers(0, 8))):
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        op = draw(st.sampled_from(["drop", "dup", "swap", "insert", "splice", "cut", "upper",
                                   "join"]))
        if not lines:
            lines = [draw(PIECE)]
        elif op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(PIECE))
        elif op == "splice":
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k] + draw(PIECE) + lines[i][k:]
        elif op == "cut":
            lines[i] = lines[i][:draw(st.integers(0, len(lines[i])))]
        elif op == "upper":
            lines[i] = lines[i].upper()
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + " " + lines[i + 1]]
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)


@st.composite
def files(draw) -> bytes:
    """The bytes of a file: a document in some encoding, then perhaps damaged."""
    text = draw(documents())
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252",
                                     "latin-1"]))
    data = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(draw(st.integers(0, 4))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        data[i] = draw(st.integers(0, 255))
    if draw(st.booleans()) and data:
        data = data[:draw(st.integers(0, len(data)))]  # a file cut short
    return bytes(data)


def check_lines(doc, claims) -> None:
    for c in claims:
        assert 1 <= c.evidence.line <= len(doc.lines), \
            f"{c.evidence.extractor} claims line {c.evidence.line} of {len(doc.lines)}: {c}"
        assert c.evidence.document == doc.id


def fuzz_run(check, strategy, examples: int, fuzz: bool, label: str) -> None:
    """Run `check` over `strategy`; on a long run, save the minimal failing input (the one
    hypothesis replays last) as a regression document."""
    last: dict = {}

    @settings(max_examples=examples * (100 if fuzz else 1))
    @given(strategy)
    def prop(value):
        try:
            check(value)
        except Exception:
            last["value"] = value
            raise

    try:
        prop()
    except Exception:
        if fuzz and "value" in last:
            data = last["value"]
            data = data if isinstance(data, bytes) else data.encode("utf-8")
            REGRESSIONS.mkdir(exist_ok=True)
            path = REGRESSIONS / f"{label}-{hashlib.sha256(data).hexdigest()[:12]}.txt"
            path.write_bytes(data)
            print(f"\nsaved the failing document as {path.relative_to(ROOT)}: keep it")
        raise


@pytest.mark.parametrize("reader", list(READERS))
def test_a_reader_never_raises_and_its_claims_point_at_real_lines(reader, fuzz):
    read = READERS[reader]

    def check(text: str) -> None:
        try:
            doc = from_text(text, "fuzz.txt")
        except InputError:
            return  # empty: the reading stage says so, no reader sees it
        ctx = context(doc)
        read(ctx)
        check_lines(doc, ctx.claims)

    fuzz_run(check, documents(), 15, fuzz, reader)


def test_any_bytes_are_a_document_or_one_clear_error(fuzz):
    def check(data: bytes) -> None:
        try:
            doc = from_bytes(data, "fuzz.txt")
        except InputError as e:
            assert str(e).startswith("fuzz.txt: ") and "\n" not in str(e)
            return
        check_lines(doc, extract(doc))

    fuzz_run(check, files(), 40, fuzz, "bytes")


def test_what_the_readers_give_is_written_as_valid_rdf(fuzz):
    def check(text: str) -> None:
        try:
            doc = from_text(text, "fuzz.txt")
        except InputError:
            return
        claims = extract(doc)
        check_lines(doc, claims)
        assert_valid_rdf(to_graph(resolve(claims)))

    fuzz_run(check, documents(), 20, fuzz, "rdf")


def assert_valid_rdf(g: Graph) -> None:
    """Every writer's output parses, with rdflib and with pyoxigraph, to as many triples."""
    for fmt, data, ox_fmt in (("turtle", export.turtle(g), ox.RdfFormat.TURTLE),
                              ("nt", export.ntriples(g), ox.RdfFormat.N_TRIPLES),
                              ("json-ld", export.jsonld(g), ox.RdfFormat.JSON_LD)):
        assert len(Graph().parse(data=data, format=fmt)) == len(g), fmt
        assert len(set(ox.parse(data, format=ox_fmt))) == len(g), fmt


def regression_files() -> list[Path]:
    return sorted(p for p in REGRESSIONS.glob("*") if p.is_file() and p.name != "README.md")


@pytest.mark.parametrize("path", regression_files(), ids=lambda p: p.name)
def test_regressions(path):
    """Each document a fuzzing run (or a user) found: read, every reader, valid RDF, in
    reasonable time."""
    t = time.perf_counter()
    try:
        doc = from_bytes(path.read_bytes(), path.name)
    except InputError as e:
        assert str(e).startswith(f"{path.name}: ") and "\n" not in str(e)
        return
    claims = extract(doc)
    check_lines(doc, claims)
    assert_valid_rdf(to_graph(resolve(claims)))
    assert time.perf_counter() - t < 20, "a reader crawls on this document"


def test_the_corpus_is_there():
    assert len(CORPUS) >= 3 and all(CORPUS)
    assert codecs.lookup("cp1252")  # the decoder the encodings rely on

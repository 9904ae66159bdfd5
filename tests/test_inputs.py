"""Hostile input: every encoding an archive holds, and everything that is not a document.

A document in any encoding gives the same claims; anything else gives one line naming the
file and the build goes on (exit 0) or, with nothing left to read, stops (exit 2); no
traceback reaches the user unless --debug.
"""
from __future__ import annotations

import codecs
import ctypes
import io
import os
import re
import socket
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from conftest import FILM, ROOT, filmgraph_env
from graph.errors import InputError
from graph.extract import extract
from graph.read import MAX_BYTES, from_bytes, read, sources

# An invented French press kit, as an old Windows machine would have saved it.
PRESS_KIT = """LE VERGER DE VERRE

Un film de Mara Quillon

Réalisation : Mara Quillon
Scénario : Mara Quillon et Ivo Terrane
Musique : Oren Hale
Image : Zoé Lemaître
Décors : Hélène Brûlé

Anna Vell : Léna Vaskò
Paul Dorn : Téo Marsh

LE VERGER DE VERRE sort en 2011, « un été » à 12 € … œuvre
"""
LATIN1_KIT = PRESS_KIT.replace(" à 12 € … œuvre", "")  # Latin-1 has no €, …, œ


def claims_of(doc) -> list[tuple]:
    """What a document says, without where: comparable across encodings."""
    return [(c.prop, c.subject.name, getattr(c.object, "name", c.object), c.evidence.line,
             c.qualifiers) for c in extract(doc)]


UTF8_CLAIMS = claims_of(from_bytes(PRESS_KIT.encode("utf-8")))


def test_the_press_kit_gives_claims_with_accents():
    names = {c[2] for c in UTF8_CLAIMS}
    assert {"Mara Quillon", "Zoé Lemaître", "Hélène Brûlé", "Léna Vaskò"} <= names


ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16 with BOM": lambda t: t.encode("utf-16"),
    "utf-16-be with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le without BOM": lambda t: t.encode("utf-16-le"),
    "utf-32 with BOM": lambda t: t.encode("utf-32"),
    "windows-1252": lambda t: t.encode("cp1252"),
    "windows-1252, CRLF": lambda t: t.replace("\n", "\r\n").encode("cp1252"),
    "old Mac CR": lambda t: t.replace("\n", "\r").encode("cp1252"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_encoding_gives_the_same_text_and_claims(encoding, tmp_path):
    f = tmp_path / "kit.txt"
    f.write_bytes(ENCODINGS[encoding](PRESS_KIT))
    doc = read(f)
    assert doc.text == PRESS_KIT
    assert claims_of(doc) == UTF8_CLAIMS


def test_latin_1_reads_as_its_text(tmp_path):
    f = tmp_path / "kit.txt"
    f.write_bytes(LATIN1_KIT.encode("latin-1"))
    assert read(f).text == LATIN1_KIT
    assert claims_of(read(f)) == claims_of(from_bytes(LATIN1_KIT.encode("utf-8")))


def test_utf8_with_a_few_windows_1252_bytes_keeps_both(tmp_path):
    """Two files pasted together: UTF-8 stays UTF-8, the stray bytes read as 1252."""
    f = tmp_path / "kit.txt"
    f.write_bytes("Réalisation : Zoé Lemaître\n".encode() + "Musique : Hélène Brûlé\n".encode("cp1252"))
    assert read(f).text == "Réalisation : Zoé Lemaître\nMusique : Hélène Brûlé\n"


def test_mixed_line_endings_keep_line_numbers_as_an_editor_shows_them(tmp_path):
    lines = PRESS_KIT.split("\n")
    ends = ["\r\n", "\n", "\r"]
    f = tmp_path / "kit.txt"
    f.write_bytes("".join(line + ends[i % 3] for i, line in enumerate(lines[:-1])).encode())
    doc = read(f)
    assert doc.lines[:-1] == tuple(lines[:-1])
    assert claims_of(doc) == UTF8_CLAIMS
    for c in extract(doc):  # the line a claim names holds what it claims
        assert getattr(c.object, "name", "")[:4] in doc.line(c.evidence.line)


def test_nul_bytes_and_control_characters_are_dropped(tmp_path):
    dirty = (PRESS_KIT.replace("Mara", "Ma\x00ra").replace("Oren", "\x07Oren\x1b")
             .replace("Hale", "Hale\x7f\x85"))
    f = tmp_path / "kit.txt"
    f.write_bytes(dirty.encode("utf-8") + b"\x00" * 4096)  # and NUL padding at the end
    doc = read(f)
    assert doc.text == PRESS_KIT
    assert claims_of(doc) == UTF8_CLAIMS


def test_zero_width_and_non_breaking_spaces_do_not_change_names(tmp_path):
    spaced = (PRESS_KIT.replace("Mara Quillon", "Mara\u00a0Quillon")
              .replace("Oren Hale", "Oren\u200b Hale\u200b").replace("Téo", "\ufeffTéo"))
    f = tmp_path / "kit.txt"
    f.write_bytes(spaced.encode("utf-8"))
    names = {c[2] for c in claims_of(read(f))}
    assert {"Mara Quillon", "Oren Hale", "Téo Marsh"} <= names
    assert not any(re.search("[\u00a0\u200b\ufeff]", n) for n in names if isinstance(n, str))


def test_very_long_lines_read_fast_and_padding_stays_a_gap(tmp_path):
    prose = " ".join(["The orchard glass caught the light of the valley"] * 20000)  # 1 MB
    padded = PRESS_KIT.replace("Musique : Oren Hale", "Musique :" + " " * 200_000 + "Oren Hale")
    f = tmp_path / "kit.txt"
    f.write_text(padded + prose + "\n" + "=" * 300_000 + "\n", encoding="utf-8")
    t = time.perf_counter()
    doc = read(f)
    got = claims_of(doc)
    assert time.perf_counter() - t < 10
    assert ("composer", "Le verger de verre", "Oren Hale", 7, ()) in got
    assert len(doc.lines) == PRESS_KIT.count("\n") + 3


# ---------------------------------------------------------------- not documents

def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("kit.txt", PRESS_KIT)
    return buf.getvalue()


NOT_DOCUMENTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\r\n\x00\x0c", "empty document"),
    "kit.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not a text document (a PDF)"),
    "poster.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text document (a PNG image)"),
    "still": (b"\xff\xd8\xff\xe0\x00\x10JFIF", "not a text document (a JPEG image)"),
    "kit.zip.txt": (_zip(), "not a text document (a zip archive"),
    "noise.txt": (bytes(range(256)) * 64, "not a text document (binary data)"),
}


@pytest.mark.parametrize("name", NOT_DOCUMENTS)
def test_what_is_not_a_document_is_one_clear_error(name, tmp_path):
    data, message = NOT_DOCUMENTS[name]
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError) as e:
        read(f)
    assert str(e.value).startswith(f"{f}: {message}")
    assert "\n" not in str(e.value)


def test_special_files_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    with pytest.raises(InputError, match="is a named pipe, not a document"):
        read(fifo)
    sock_path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(sock_path))
        with pytest.raises(InputError, match="(is a socket|cannot be read)"):
            read(sock_path)
    with pytest.raises(InputError, match="is a folder, not a document"):
        read(tmp_path)


def test_missing_paths_and_links_that_lead_nowhere(tmp_path):
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder that contains itself
    (tmp_path / "sub" / "film.txt").write_text(FILM)
    (tmp_path / "sub" / "same.txt").symlink_to(tmp_path / "sub" / "film.txt")
    files, problems = sources([tmp_path, tmp_path / "nowhere", tmp_path / "loop-a"])
    assert files == [tmp_path / "sub" / "film.txt"]  # once, though three paths lead to it
    assert problems == [
        f"{tmp_path}/broken.txt: a symbolic link to a missing file ({tmp_path}/gone.txt)",
        f"{tmp_path}/loop-a: a symbolic link loop (following it never reaches a file); "
        "remove or fix the link",
        f"{tmp_path}/loop-b: a symbolic link loop (following it never reaches a file); "
        "remove or fix the link",
        f"{tmp_path}/sub/up: a link back to a folder already read; not read twice",
        f"{tmp_path}/nowhere: no such file or folder",
        f"{tmp_path}/loop-a: a symbolic link loop (following it never reaches a file); "
        "remove or fix the link",
    ]


def test_a_200_mb_archive_dump_is_refused_at_once_without_reading_it(big_file):
    tracemalloc.start()
    t = time.perf_counter()
    with pytest.raises(InputError) as e:
        read(big_file)
    seconds = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert seconds < 1 and peak < 1_000_000
    assert str(e.value) == (f"{big_file}: too large for one document (200.0 MB; the limit is "
                            f"{MAX_BYTES / 1e6:.0f} MB): filmgraph reads one article or press "
                            "kit per file, so split an archive dump into one file per document")


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """200 MB of real text: a concatenated archive dump."""
    f = tmp_path_factory.mktemp("big") / "archive-dump.txt"
    block = (PRESS_KIT * 400).encode("utf-8")
    with open(f, "wb") as fh:
        for _ in range(200_000_000 // len(block)):
            fh.write(block)
        fh.write(b"x" * (200_000_000 - fh.tell()))
    return f


# ---------------------------------------------------------------- through the command

def _unreadable_as_anyone():
    """A child process without root's power to read what it may not (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH), so chmod 000 means unreadable even when tests run as root."""
    if os.geteuid() != 0:
        return None
    libc = ctypes.CDLL(None, use_errno=True)

    def drop():
        for cap in (1, 2):  # PR_CAPBSET_DROP: gone from the bounding set, gone after exec
            if libc.prctl(24, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    return drop


def build(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph", "build", *map(str, args)], cwd=cwd,
                          env=filmgraph_env(), capture_output=True, encoding="utf-8",
                          preexec_fn=_unreadable_as_anyone(), timeout=300)


def _skipped(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("filmgraph: skipped ")]


def test_a_folder_of_bad_inputs_lists_each_and_builds_the_rest(tmp_path, big_file):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "film.txt").write_text(FILM, encoding="utf-8")
    for name, (data, _) in NOT_DOCUMENTS.items():
        (docs / name).write_bytes(data)
    (docs / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (docs / "locked.txt").write_text(FILM)
    (docs / "locked.txt").chmod(0)
    (docs / "dump.txt").symlink_to(big_file)
    (docs / "loop").symlink_to(docs / "loop")
    os.mkfifo(docs / "pipe")
    odd = "caf\udce9 \x1b[31mred\x1b[0m\u202eevil\nline"  # not UTF-8, a terminal escape,
    (docs / f"{odd}.txt").write_text(FILM.replace("Glass", "Brass"))  # a bidi override, a newline
    (docs / f"{odd}-empty.txt").write_bytes(b"")
    shown = r"caf\xe9 \x1b[31mred\x1b[0m\u202eevil\nline"
    r = build(docs, tmp_path / "nowhere", "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "\x1b" not in r.stderr and "\u202e" not in r.stderr
    skipped = _skipped(r.stderr)
    expected = {**{f"{docs}/{n}": m for n, (_, m) in NOT_DOCUMENTS.items()},
                f"{docs}/scan.png": "not read (.png is not a text suffix",
                f"{docs}/locked.txt": "permission denied",
                f"{docs}/dump.txt": "too large for one document (200.0 MB",
                f"{docs}/loop": "a symbolic link loop",
                f"{docs}/pipe": "is a named pipe, not a document",
                f"{tmp_path}/nowhere": "no such file or folder",
                f"{docs}/{shown}-empty.txt": "empty file"}
    assert len(skipped) == len(expected)
    for path, message in expected.items():
        assert sum(line.startswith(f"filmgraph: skipped {path}: {message}") for line in skipped) == 1, path
    assert f"2 documents" in r.stdout and f"{len(expected)} inputs skipped" in r.stdout
    # the odd names are shown escaped, each on its one line, in messages and the report
    report = (tmp_path / "out" / "report.txt").read_text()
    assert f"skipped inputs: {len(expected)}" in report
    assert f"{docs}/{shown}.txt" in report and "\x1b" not in report


def test_nothing_readable_exits_2_after_listing_why(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "empty.txt").write_bytes(b"")
    (docs / "poster.txt").write_bytes(NOT_DOCUMENTS["poster.txt"][0])
    r = build(docs, "--out", tmp_path / "out")
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"filmgraph: skipped {docs}/empty.txt: empty file",
        f"filmgraph: skipped {docs}/poster.txt: not a text document (a PNG image); save it as "
        "plain text (.txt) first",
        f"filmgraph: {docs}: no readable documents (2 skipped, listed above)"]
    assert not (tmp_path / "out").exists()


def test_a_path_that_does_not_exist_exits_2_in_one_line(tmp_path):
    r = build(tmp_path / "nowhere", "--out", tmp_path / "out")
    assert r.returncode == 2
    assert r.stderr.splitlines()[-1] == f"filmgraph: {tmp_path}/nowhere: no readable documents (1 skipped, listed above)"


def test_a_folder_of_10000_files_some_unreadable(tmp_path):
    """An archive folder: 2,000 texts (one a film), 7,900 scans, empty, binary and
    unreadable files, and a subfolder nobody may list."""
    docs = tmp_path / "archive"
    docs.mkdir()
    (docs / "film.txt").write_text(FILM, encoding="utf-8")
    for i in range(1999):
        (docs / f"note-{i:04d}.txt").write_text(f"Scan note {i}\n\nNothing of interest on this page.\n")
    for i in range(7900):
        (docs / f"scan-{i:04d}.jpg").write_bytes(b"\xff\xd8\xff")
    bad = {}
    for i in range(40):
        (docs / f"empty-{i:02d}.txt").write_bytes(b"")
        bad[f"empty-{i:02d}.txt"] = "empty file"
    for i in range(30):
        (docs / f"blob-{i:02d}.txt").write_bytes(bytes(range(256)))
        bad[f"blob-{i:02d}.txt"] = "not a text document (binary data)"
    for i in range(30):
        (docs / f"locked-{i:02d}.txt").write_text(FILM)
        (docs / f"locked-{i:02d}.txt").chmod(0)
        bad[f"locked-{i:02d}.txt"] = "permission denied"
    assert len(os.listdir(docs)) == 10_000
    (docs / "private").mkdir()
    (docs / "private" / "x.txt").write_text(FILM)
    (docs / "private").chmod(0)
    t = time.perf_counter()
    r = build(docs, "--out", tmp_path / "out")
    seconds = time.perf_counter() - t
    (docs / "private").chmod(0o755)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "Traceback" not in r.stderr
    skipped = _skipped(r.stderr)
    assert len(skipped) == 7900 + len(bad) + 1
    for name, message in bad.items():
        assert f"filmgraph: skipped {docs}/{name}: {message}" in "\n".join(skipped)
    assert f"filmgraph: skipped {docs}/private: folder cannot be listed (Permission denied)" in skipped
    assert r.stdout.startswith("2000 documents, 1 films")
    assert seconds < 120


BROKEN_SHAPES = {
    "not Turtle": "@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle\n",
    # pyshacl raises its own parse error from deep inside: the CLI's last resort
    "bad SPARQL": "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix schema: <http://schema.org/> .\n"
                  "<urn:s> a sh:NodeShape ; sh:targetClass schema:Movie ;\n"
                  '  sh:sparql [ sh:select "SELECT $this WHERE { this is not sparql" ] .\n',
}


@pytest.mark.parametrize("broken", BROKEN_SHAPES)
def test_debug_shows_the_traceback_and_nothing_else_does(broken, tmp_path):
    """A broken shapes file is not the user's document but still must not spill a
    traceback: one line without --debug, the traceback with it."""
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "broken.ttl").write_text(BROKEN_SHAPES[broken])
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "film.txt").write_text(FILM)
    plain = build(docs, "--out", tmp_path / "out", "--shapes", shapes)
    assert plain.returncode == 2
    assert "Traceback" not in plain.stderr and len(plain.stderr.strip().splitlines()) == 1
    assert plain.stderr.startswith("filmgraph: ")
    debug = build(docs, "--out", tmp_path / "out", "--shapes", shapes, "--debug")
    assert debug.returncode != 0 and "Traceback (most recent call last)" in debug.stderr


def test_a_base_that_is_not_an_iri_is_a_usage_error(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "film.txt").write_text(FILM)
    r = build(docs, "--out", tmp_path / "out", "--base", "https://example.org/my films/")
    assert r.returncode == 2
    assert r.stderr.startswith("filmgraph: --base 'https://example.org/my films/' is not an absolute IRI")


def test_a_reader_failing_on_one_document_costs_only_that_document(tmp_path, monkeypatch):
    """Fault injection through the public registry: a reader with a bug that one document
    of the archive triggers."""
    from graph import extract as extraction
    from graph.pipeline import build as build_graph

    def fragile(ctx):
        if "Brass" in ctx.doc.text:
            raise ValueError("cannot cope")
    monkeypatch.setitem(extraction.READERS, "fragile", fragile)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(FILM)
    (docs / "b.txt").write_text(FILM.replace("Glass", "Brass"))
    b = build_graph([docs])
    assert [d.name for d in b.documents] == [f"{docs}/a.txt"]
    assert b.skipped == [f"{docs}/b.txt: a reader failed on it (ValueError: cannot cope); a bug "
                         "in filmgraph: please report it with this document (--debug shows where)"]
    with pytest.raises(ValueError, match="cannot cope"):
        build_graph([docs], debug=True)


# An archive's holdings exported from a spreadsheet: one print a row, a quoted cell with
# commas in it, two prints of one film, a trailer, a compilation.
HOLDINGS = '''accession_no,title,year,director,country,runtime_min,format,notes
EX-0019,Gaslight Example,1938,Ottoline Sample-Devereux,United Kingdom,78,35mm,"with Ivy Specimen, Basil Essai"
EX-0067,The Widow's Example,1951,Tobias Modèle,Ireland,88,35mm,"produced by Exemplar Films"
EX-0150,Song of the Sample,1964,Bronwen ap Rhys-Example,United Kingdom,91,35mm,English version
EX-0151,Cân y Sampl,1964,Bronwen ap Rhys-Example,United Kingdom,91,35mm,Welsh-language version of Song of the Sample
EX-0241,Gaslight Example (trailer),1938,,United Kingdom,2,ProRes file,theatrical trailer
EX-0450,"Shorts from the Sample, Vol. 2",2012,various,Ireland,88,DCP,compilation programme
'''


def test_a_spreadsheet_export_is_read_row_by_row_with_its_line_numbers(tmp_path):
    f = tmp_path / "holdings.csv"
    f.write_text(HOLDINGS, encoding="utf-8")
    assert f in sources([tmp_path])[0]  # (a .csv file in a folder is a document)
    doc = read(f)
    assert len(doc.lines) == len(HOLDINGS.split("\n"))
    assert doc.lines[1].split("\t")[:3] == ["EX-0019", "Gaslight Example", "1938"]
    got = {(c.prop, c.subject.name, getattr(c.object, "name", None) or c.object.value, c.evidence.line)
           for c in extract(doc)}
    assert ("director", "Gaslight Example", "Ottoline Sample-Devereux", 2) in got
    assert ("duration", "Gaslight Example", "78", 2) in got
    assert ("cast", "Gaslight Example", "Ivy Specimen", 2) in got
    assert ("cast", "Gaslight Example", "Basil Essai", 2) in got
    assert ("production_company", "The Widow's Example", "Exemplar Films", 3) in got
    assert ("director", "Song of the Sample", "Bronwen ap Rhys-Example", 4) in got
    assert ("alias", "Cân y Sampl", "Song of the Sample", 5) in got
    films = {c.subject.name for c in extract(doc) if c.subject.kind == "film"}
    assert "Gaslight Example (trailer)" not in films and not any("Shorts" in t for t in films)

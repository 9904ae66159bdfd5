"""graph/rx.py: the readers' patterns, built from a cache of their compiled programs, match
exactly as `re.compile` makes them match; a damaged or missing cache only costs time."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph import rx

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of the test's own, and an rx module that has read nothing yet."""
    monkeypatch.setenv("FILMGRAPH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(rx, "_loaded", None)
    monkeypatch.setattr(rx, "_added", False)
    monkeypatch.setattr(rx, "_off", rx._sre is None)
    return tmp_path / "cache"


def _texts() -> list[str]:
    """Lines of every kind the readers meet: the seeds and the tests' documents."""
    lines = []
    for folder in ("seeds", "tests/blind15", "tests/blind14", "tests/heldout"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".html", ".md", ".wiki"):
                lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
    return [line for line in lines if line.strip()][:4000]


def _the_readers_patterns(folder: Path) -> list[tuple[str, int]]:
    """Every pattern the readers compile through rx, as (pattern, flags): what a first run
    (an empty cache folder) compiles on import."""
    code = ("import json, sys\n"
            "from graph import rx\n"
            "import graph.pipeline\n"
            "json.dump(sorted(rx._loaded), sys.stdout)\n")
    env = {**os.environ, "FILMGRAPH_CACHE": str(folder)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout
    return [tuple(p) for p in json.loads(out)]


def test_patterns_from_the_cache_match_as_re_compile_makes_them(cache):
    patterns = _the_readers_patterns(cache.parent / "first")
    assert len(patterns) > 200  # the readers' patterns, not a handful
    for pattern, flags in patterns:  # a first run: compiled, and written to the cache at save()
        rx.compile(pattern, flags)
    rx.save()
    files = list(cache.iterdir())
    assert len(files) == 1 and files[0].stat().st_size > 100_000
    rx._loaded = None  # a second run: every pattern from the file
    texts = _texts()
    assert len(texts) > 1000
    for pattern, flags in patterns:
        cached, plain = rx.compile(pattern, flags), re.compile(pattern, flags)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == \
               (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        for text in texts:
            got = [(m.span(), m.groups()) for m in cached.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], (pattern[:80], text)
    assert not rx._added  # nothing compiled afresh: all came from the file


def test_a_damaged_cache_is_compiled_again(cache):
    pattern = r"(?P<year>\d{4})\s+(?P<title>[A-ZÀ-Þ][^\t]+)"
    rx.compile(pattern)
    rx.save()
    (path,) = cache.iterdir()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit flipped: the file still reads, its sum does not agree
    path.write_bytes(bytes(data))
    rx._loaded = None
    got = rx.compile(pattern)
    assert rx._added  # not taken from the damaged file
    assert got.match("2003\tÀ tout de suite").group("title") == "À tout de suite"
    path.write_bytes(b"not a cache")
    rx._loaded = None
    assert rx.compile(pattern).match("1988 Frantic").group("year") == "1988"


def test_no_cache_folder_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("FILMGRAPH_CACHE", "")  # turned off
    monkeypatch.setattr(rx, "_loaded", None)
    monkeypatch.setattr(rx, "_added", False)
    assert rx.compile(r"\bdirected by\b", re.I).search("Directed by A")
    rx.save()
    assert not any(tmp_path.iterdir())


def test_an_unwritable_cache_folder_is_no_error(cache):
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("a file where the folder should be")
    assert rx.compile(r"(\d+) min").search("runs 109 min").group(1) == "109"
    rx.save()  # cannot make the folder: nothing written, nothing raised
    assert cache.read_text() == "a file where the folder should be"


def test_a_build_reads_the_same_with_or_without_the_cache(tmp_path):
    """The claims of the seeds are the same from a cold cache, a warm one, and none."""
    code = ("from graph.pipeline import read_one\n"
            "from graph.read import sources\n"
            "files, _ = sources(['seeds'])\n"
            "for f in files:\n"
            "    doc, claims, problem = read_one(f)\n"
            "    print(f.name, problem)\n"
            "    for c in claims: print(repr(c))\n")
    def claims(folder: str) -> str:
        env = {**os.environ, "FILMGRAPH_CACHE": folder}
        return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                              text=True, check=True).stdout

    none, cold = claims(""), claims(str(tmp_path / "c"))
    assert any((tmp_path / "c").iterdir())  # the cold run wrote the cache
    warm = claims(str(tmp_path / "c"))
    assert none == cold == warm
    assert none.count("\n") > 100

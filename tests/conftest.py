"""Shared test plumbing: the --fuzz option, hypothesis profiles, running the real command."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

# Default runs are short and the same every time (derandomize): CI must not flake on a
# find. `pytest --fuzz` (or FILMGRAPH_FUZZ=1) runs many random examples instead.
settings.register_profile("default", derandomize=True, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
settings.register_profile("fuzz", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])


def pytest_addoption(parser):
    parser.addoption("--fuzz", action="store_true", default=False,
                     help="long fuzzing run: many random documents per reader; minimal "
                     "failing documents are saved to tests/regressions/")
    parser.addoption("--generate-snapshots", action="store_true", default=False,
                     help="rewrite the golden files in tests/golden/ from what the code "
                     "gives now (review the diff before committing)")


def pytest_configure(config):
    settings.load_profile("fuzz" if fuzzing(config) else "default")


def fuzzing(config) -> bool:
    return bool(config.getoption("--fuzz") or os.environ.get("FILMGRAPH_FUZZ"))


@pytest.fixture
def fuzz(request) -> bool:
    """True on a long fuzzing run."""
    return fuzzing(request.config)


def filmgraph_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FILMGRAPH_")}
    env.update(extra)
    return env


@pytest.fixture
def filmgraph():
    """Run the real command in a child process: filmgraph("build", "docs", "--out", "o")."""
    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
            **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "graph", *map(str, args)], cwd=ROOT,
                              env=filmgraph_env(**(env or {})), capture_output=True,
                              encoding="utf-8", timeout=timeout, **kwargs)
    return run


# A small invented document (no seed's names): a title line and credit lines, which the
# readers turn into a film, four people and a few facts in well under a second.
FILM = """The Glass Orchard (2011 film)

Director: Mara Quillon
Screenplay: Mara Quillon and Ivo Terrane
Music: Oren Hale

Anna Vell: Lena Vasko
Paul Dorn: Teo Marsh
"""


@pytest.fixture
def film_docs(tmp_path) -> Path:
    """A folder holding the invented document."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "glass-orchard.txt").write_text(FILM, encoding="utf-8")
    return docs


# ---- seeds/ built once per session, in-process (tests/test_cli.py, test_formats.py,
# test_infer.py, test_shapes.py, test_readme.py, test_seed_figures.py)
@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """seeds/ built into <tmp>/out: .build (the pipeline's Build), .out (the folder) and
    .root (the folder holding out/, where `filmgraph query NAME` finds out/graph.ttl)."""
    import contextlib
    from types import SimpleNamespace

    from graph.pipeline import build

    root = tmp_path_factory.mktemp("seeds-build")
    with contextlib.chdir(ROOT):  # documents named as `make run` names them: seeds/...
        b = build(["seeds"], root / "out")
    return SimpleNamespace(build=b, out=root / "out", root=root)


# ---- comparing the answers of two SPARQL engines (tests/test_load.py: a store and a file;
# tests/test_query_engines.py: Oxigraph and rdflib), from their `--format json` outputs
def _value(v: dict):
    """One answer term, a literal by its value: a store may rewrite a literal to its
    canonical form ("155.0"^^xsd:decimal is read as "155"), the same RDF value. A string
    that is a number compares as that number, since STR() of such a literal shows the
    store's lexical form."""
    from decimal import Decimal, InvalidOperation

    from rdflib import Literal

    if v["type"] != "literal" or "xml:lang" in v:
        return tuple(sorted(v.items()))
    lit = Literal(v["value"], datatype=v.get("datatype"))
    if lit.datatype is not None and lit.value is not None:
        return ("literal", str(lit.datatype), lit.value)
    try:
        return ("number", Decimal(v["value"]))
    except InvalidOperation:
        return ("literal", v["value"])


_CONCAT = re.compile(r"GROUP_CONCAT\s*\((?P<args>[^()]*)\)\s*AS\s*\?(?P<var>\w+)", re.I)
_SEPARATOR = re.compile(r'separator\s*=\s*(["\'])(?P<sep>.*?)\1', re.I)


def concatenated(query: str) -> dict[str, str]:
    """Variables a query binds with GROUP_CONCAT -> their separator. SPARQL leaves the
    order of a GROUP_CONCAT open (1.1, 18.5.1.7), and engines differ: such a value
    compares as the multiset of its parts."""
    out = {}
    for m in _CONCAT.finditer(query):
        sep = _SEPARATOR.search(m["args"])
        out[m["var"]] = sep["sep"] if sep else " "
    return out


def answers(text: str, concat: dict[str, str] | None = None):
    """The answers in a `--format json` output, comparable across engines: ("ASK", bool),
    ("SELECT", vars, Counter of rows by value) or ("CONSTRUCT", triples by value)."""
    import json
    from collections import Counter

    from rdflib import Graph

    from graph.load import valued

    concat = concat or {}
    data = json.loads(text)
    if isinstance(data, dict) and "boolean" in data:
        return ("ASK", data["boolean"])
    if isinstance(data, dict) and "head" in data:
        def cell(var, v):
            if var in concat and v["type"] == "literal":
                return ("parts", tuple(sorted(v["value"].split(concat[var]))))
            return _value(v)
        rows = Counter(frozenset((var, cell(var, v)) for var, v in b.items())
                       for b in data["results"]["bindings"])
        return ("SELECT", tuple(data["head"]["vars"]), rows)
    return ("CONSTRUCT", frozenset(valued(Graph().parse(data=text, format="json-ld"))))


def disagreement(expected, got, what: str, one: str, other: str) -> str | None:
    """None when two `answers` agree, else a short account (pytest's own diff of big
    answers takes minutes): `what` disagree; only from `one`: ...; only from `other`: ..."""
    if got == expected:
        return None
    if expected[0] == got[0] == "SELECT":
        only_one = list((expected[2] - got[2]).elements())[:3]
        only_other = list((got[2] - expected[2]).elements())[:3]
        return (f"{what} disagree; only from {one}: {only_one}; only from {other}: "
                f"{only_other}" + ("" if expected[1] == got[1] else
                                   f"; variables {expected[1]} / {got[1]}"))
    return f"{what} disagree ({expected[0]}: {str(expected)[:300]} / {str(got)[:300]})"


@pytest.fixture
def generate_snapshots(request) -> bool:
    """True with `pytest --generate-snapshots`: golden files are rewritten, not compared."""
    return bool(request.config.getoption("--generate-snapshots"))

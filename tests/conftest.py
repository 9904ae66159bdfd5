"""Shared test plumbing: the --fuzz option, hypothesis profiles, running the real command."""
from __future__ import annotations

import os
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


@pytest.fixture
def generate_snapshots(request) -> bool:
    """True with `pytest --generate-snapshots`: golden files are rewritten, not compared."""
    return bool(request.config.getoption("--generate-snapshots"))

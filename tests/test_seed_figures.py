"""The figures of the seeds against their hand-written gold facts (../shared/eval, which
only a checkout with the shared folder has): the main film's relations in both vocabularies,
its characters, facts and credited bodies at 0.95 or better, and the documents'
disagreement on a character's name listed in the report."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from graph.text import fold

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
SCORER, GOLD = EVAL / "score.py", EVAL / "seeds.gold.toml"
FIGURES = ("wikidata", "schema", "characters", "film_literals", "crew_and_funders")

pytestmark = pytest.mark.skipif(not (SCORER.is_file() and GOLD.is_file()),
                                reason=f"no scorer and gold facts in {EVAL} (a clone without "
                                "../shared): the seed figures cannot be measured")


@pytest.fixture(scope="module")
def gold() -> dict:
    return tomllib.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def main_film(gold) -> str:
    """The film the seeds are about: the first of the gold file."""
    return gold["film"][0]["titles"][0]


@pytest.fixture(scope="module")
def figures(seeds_build, main_film) -> dict:
    done = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD),
                           str(seeds_build.out / "graph.ttl"), "--only", main_film, "--json", "-v"],
                          capture_output=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("figure", FIGURES)
def test_the_main_film_scores_095_or_better(figures, figure):
    f = figures[figure]
    assert f["tp"] > 0, f"{figure}: nothing found at all"
    assert f["precision"] >= 0.95 and f["recall"] >= 0.95, \
        f"{figure}: {f}\n" + "\n".join(x for x in figures["problems"]
                                       if not x.startswith("person not in gold"))


def test_the_main_film_is_one_node(figures):
    assert figures["films"]["tp"] == 1 and figures["film_merges"]["fn"] == 0, figures["problems"]


def test_the_character_two_documents_name_differently_is_in_the_report(seeds_build, gold):
    """The gold lists one actor with several accepted character names (the documents
    disagree); the report names the actor, two of those names, and a source for each."""
    cast = [[fold(x) for x in item.split("|")] for item in gold["film"][0].get("cast", [])]
    actor, *names = max(cast, key=len)
    assert len(names) >= 2, "the gold has no character with two names"
    report = (seeds_build.out / "report.txt").read_text(encoding="utf-8")
    disagreements = report.split("disagreements between documents", 1)[1].splitlines()
    lines = [line for line in disagreements if "character of" in line and actor in fold(line)]
    assert lines, f"no disagreement on the character of {actor} in report.txt:\n{report}"
    quoted = re.findall(r"'([^']+)' \(([^)]+)\)", lines[0])
    said = {fold(name) for name, _ in quoted}
    assert len(said & set(names)) >= 2, lines[0]
    sources = {where.split(":")[0] for _, where in quoted}
    assert len(sources) >= 2, f"one document for both names: {lines[0]}"

"""The blind set: documents of invented films written by someone who read neither the
readers (graph/) nor the tests, to measure extraction on text nothing was tuned for.
tests/blind/en and tests/blind/fr each hold docs/ (two encyclopedia articles with related-
article blocks, two press kits, three lead paragraphs) and gold.toml, written by hand from
the text in the format of ../shared/eval/seeds.gold.toml.

First measured, with the readers as they were when the set arrived:
  en  wikidata F1 0.834, schema F1 0.841, films P 0.929 R 0.812, people P 0.921
  fr  wikidata F1 0.756, schema F1 0.771, films P 0.850 R 0.630, people P 1.000
Then the generic fixes it showed (a press kit's title under its 'present(s)' line,
billing in columns, 'a film by' on a title page, technical lines with em dashes, addresses
that are not bodies; then filmography entries not in capitals, section headings over
sections, French lists of titles in sentences, 'Révélée par', a clause before a list of
titles) moved it to wikidata F1 0.902 (en) / 0.905 (fr), schema F1 0.906 / 0.917, with the
two figures in MEASURED_BELOW still under their bars. The set is no longer unseen:
tests/blind2 was written later, the same way, to measure again. Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over
the bar turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from graph.text import fold

from scored_sets import BARS, EVAL, LANGUAGES, cases, check, figures_getter

BLIND = Path(__file__).resolve().parent / "blind"

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "people.precision"): 0.946,
    ("fr", "films.recall"): 0.857,
}
BELOW = {key: f"{key[0]}: {key[1]} = {got} < {BARS[key[1]]} (run score.py -v for the misses)"
         for key, got in MEASURED_BELOW.items()}


def _gold(lang: str) -> dict:
    return tomllib.loads((BLIND / lang / "gold.toml").read_text(encoding="utf-8"))


def _docs(lang: str) -> list[Path]:
    return sorted((BLIND / lang / "docs").glob("*.txt"))


def test_the_set_holds_documents_of_each_kind_with_their_gold():
    for lang in LANGUAGES:
        assert len(_docs(lang)) >= 6, lang
        gold = _gold(lang)
        assert gold["film"], lang
        for film in gold["film"]:
            assert film["titles"] and isinstance(film["year"], int), film


def test_no_film_or_person_of_the_seeds_is_in_the_blind_set():
    """Names of two words or more: a one-word seed title ("Detective") is a common word."""
    seeds = EVAL / "seeds.gold.toml"
    if not seeds.is_file():
        pytest.skip("no seed gold facts to compare with (a clone without ../shared)")
    gold = tomllib.loads(seeds.read_text(encoding="utf-8"))
    known = {fold(t) for f in gold["film"] for t in f["titles"]}
    known |= {fold(n.lstrip("?")) for p in gold.get("person", []) for n in p["names"]}
    known -= {""}
    for path in (p for lang in LANGUAGES for p in _docs(lang)):
        text = f" {fold(path.read_text(encoding='utf-8'))} "
        found = sorted(n for n in known if len(n.split()) >= 2 and f" {n} " in text)
        assert not found, f"{path.name} names the seeds' {found}"


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return figures_getter(BLIND, tmp_path_factory)


@pytest.mark.parametrize("which, figure, bar", list(cases(BELOW)))
def test_the_blind_set_reaches_the_bar(figures, which, figure, bar):
    check(figures(which), which, figure, bar)

"""The measuring set: documents no reader was written for (tests/unseen/en and
tests/unseen/fr, each with docs/ and the gold facts written by hand from their text),
built with the real command and scored by ../shared/eval/score.py against the Extraction
issue's bars, for each language and for both together.

The two sets share no film, person or body, so the figures of both together are the sums
of their tallies. Only a checkout with ../shared has the scorer: without it the scoring
tests skip (the set's own checks still run).
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from graph.text import fold

from scored_sets import EVAL, LANGUAGES, SCORER, assert_not_named, cases, check, figures_getter

UNSEEN = Path(__file__).resolve().parent / "unseen"


# (set, figure) -> why the readers fall short today; each is xfail(strict=True), so a fix
# that lifts the figure over its bar turns the test red until the entry goes. Only a figure
# below its bar (an AssertionError) counts as the expected failure: a build or scorer that
# breaks (RuntimeError) fails the test.
# Figures known to fall below their bar, with the reason (none today: every reader miss the
# first run found was fixed; add an entry here, with its cause, rather than lower a bar).
BELOW: dict[tuple[str, str], str] = {}


# ---------------------------------------------------------------------------- the set


def _gold(lang: str) -> dict:
    return tomllib.loads((UNSEEN / lang / "gold.toml").read_text(encoding="utf-8"))


def _docs(lang: str) -> list[Path]:
    return sorted((UNSEEN / lang / "docs").glob("*.txt"))


def test_the_set_holds_documents_in_both_languages_with_their_gold():
    counts = {lang: len(_docs(lang)) for lang in LANGUAGES}
    assert all(n >= 5 for n in counts.values()), counts
    assert 10 <= sum(counts.values()) <= 14, counts
    for lang in LANGUAGES:
        gold = _gold(lang)
        assert gold["film"] and gold["person"], lang
        for film in gold["film"]:
            assert film["titles"] and isinstance(film["year"], int), film
        text = fold(" ".join(p.read_text(encoding="utf-8") for p in _docs(lang)))
        for film in gold["film"]:
            # a gold title is stated by a document (titles are written as the text writes them)
            assert any(fold(t.lstrip("?")) in text for t in film["titles"]), film["titles"]


def _names(gold: dict) -> set[str]:
    """Every film title and credited name of a gold file, folded."""
    out = set()
    for f in gold["film"]:
        out |= {fold(t.lstrip("?")) for t in f["titles"]}
        for key, values in f.items():
            if isinstance(values, list) and key not in ("titles", "country", "language"):
                out |= {fold(v.split("|")[0].lstrip("?")) for v in values}
    return out - {""}


def test_the_two_sets_share_no_film_person_or_body():
    """What makes the figures of both sets together the sums of their tallies."""
    assert not _names(_gold("en")) & _names(_gold("fr"))


def _seed_names() -> set[str]:
    gold = tomllib.loads((EVAL / "seeds.gold.toml").read_text(encoding="utf-8"))
    names = {t for f in gold["film"] for t in f["titles"]}
    for f in gold["film"]:
        for key in ("director", "screenwriter", "producer", "composer", "cinematographer",
                    "editor", "production_company", "distributor", "crew", "funder", "cast"):
            names |= {x.split("|")[0] for x in f.get(key, [])}
    names |= {n for p in gold["person"] for n in p["names"]} | set(gold["not_film"])
    return {fold(n.lstrip("?")) for n in names} - {""}


# the pattern tests' invented texts are held to the same rule
PATTERN_TESTS = ("test_patterns_prose.py", "test_patterns_lists.py", "test_filmography.py",
                 "test_merge.py")


def test_no_film_person_or_body_of_the_seeds_is_in_the_set_or_the_pattern_tests():
    if not (EVAL / "seeds.gold.toml").is_file():
        pytest.skip(f"no seed gold facts in {EVAL} (a clone without ../shared)")
    seeds = _seed_names()
    paths = [p for lang in LANGUAGES for p in _docs(lang)]
    paths += [UNSEEN.parent / name for name in PATTERN_TESTS if (UNSEEN.parent / name).is_file()]
    assert_not_named(paths, seeds, "the seeds'")


# ---------------------------------------------------------------------------- the figures


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return figures_getter(UNSEEN, tmp_path_factory)


@pytest.mark.parametrize("which, figure, bar", list(cases(BELOW)))
def test_the_unseen_set_reaches_the_bar(figures, which, figure, bar):
    check(figures(which), which, figure, bar)

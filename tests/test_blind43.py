"""The forty-third blind set: documents of invented films written by someone who read
neither the readers (graph/) nor the tests nor the earlier sets; measured once, with
nothing changed for it:
  en  wikidata F1 0.749, schema F1 0.750, films P 0.646 R 0.861, people P 0.884
  fr  wikidata F1 0.774, schema F1 0.786, films P 0.852 R 0.793, people P 0.985
(on the code of commit 3c4b420)
Its documents: an encyclopedia article about a film, an article about a person, a press
kit, a festival's or a distributor's catalogue, short lead paragraphs; then an insurance
claim for a production's loss, a pub film quiz's answer sheet and a screenwriters'
agency's client roster (en), or a society column on two actors' wedding, a television
channel's rights schedule and a sound-mixing studio's invoice (fr).
People and films recur across the documents of a language: the gold merges them.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("fr", "schema.f1"): 0.899,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind43", MEASURED_BELOW))

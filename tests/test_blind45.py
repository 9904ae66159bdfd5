"""The forty-fifth blind set: documents of invented films written by someone who read
neither the readers (graph/) nor the tests nor the earlier sets; measured once, with
nothing changed for it:
  en  wikidata F1 0.823, schema F1 0.832, films P 0.861 R 0.816, people P 0.978
  fr  wikidata F1 0.866, schema F1 0.907, films P 0.939 R 0.886, people P 0.899
(on the code of commit 789b830)
Its documents: an encyclopedia article about a film, an article about a person, a press
kit, a festival's or a distributor's catalogue, short lead paragraphs; then a film studio's
stage booking register, a film magazine's letters page and an independent cinema's annual
report (en), or a subtitling contract with its technical annexes, a cinematographers'
association's members' directory and an auction house's catalogue of film costumes (fr).
People and films recur across the documents of a language: the gold merges them.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "films.precision"): 0.902,
    ("fr", "person_merges.recall"): 0.977,
    ("all", "films.precision"): 0.934,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind45", MEASURED_BELOW))

"""The forty-seventh blind set: documents of invented films written by someone who read
neither the readers (graph/) nor the tests nor the earlier sets; measured once, with
nothing changed for it:
  en  wikidata F1 0.825, schema F1 0.815, films P 0.875 R 0.808, people P 0.945
  fr  wikidata F1 0.893, schema F1 0.890, films P 0.800 R 0.828, people P 0.896
(on the code of commit 1f9f54b)
Its documents: an encyclopedia article about a film, an article about a person, a press
kit, a festival's or a distributor's catalogue, short lead paragraphs; then a fan forum's
discussion thread, an orchestra's programme of film music and a genealogy website's
profile of a person (en), or an actor's deal memo, an almanac's page of the day and a
film school's alumni newsletter (fr).
People and films recur across the documents of a language: the gold merges them.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""

from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "films.precision"): 0.875,
    ("en", "films.recall"): 0.808,
    ("fr", "films.precision"): 0.926,
    ("fr", "films.recall"): 0.862,
    ("all", "films.precision"): 0.902,
    ("all", "films.recall"): 0.836,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind47", MEASURED_BELOW))

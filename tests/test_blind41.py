"""The forty-first blind set: documents of invented films written by someone who read
neither the readers (graph/) nor the tests nor the earlier sets; measured once, with
nothing changed for it:
  en  wikidata F1 0.769, schema F1 0.762, films P 0.958 R 0.821, people P 0.944
  fr  wikidata F1 0.747, schema F1 0.733, films P 0.852 R 0.793, people P 0.953
(on the code of commit 0056c53)
Its documents: an encyclopedia article about a film, an article about a person, a press
kit, a festival's catalogue, short lead paragraphs; then a film classification board's
weekly register, a music cue sheet and a tourism leaflet for a film-locations trail (en),
or a location scout's report, a baccalauréat film-studies exam paper and a court of
appeal's ruling on who wrote a screenplay (fr).
People and films recur across the documents of a language: the gold merges them.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("fr", "films.recall"): 0.793,
    ("all", "films.recall"): 0.807,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind41", MEASURED_BELOW))

"""The forty-fourth blind set: documents of invented films written by someone who read
neither the readers (graph/) nor the tests nor the earlier sets; measured once, with
nothing changed for it:
  en  wikidata F1 0.768, schema F1 0.794, films P 0.897 R 0.854, people P 0.940
  fr  wikidata F1 0.862, schema F1 0.858, films P 0.931 R 0.871, people P 0.969
(on the code of commit a2285c9)
Its documents: an encyclopedia article about a film, an article about a person, a press
kit, a festival's or a distributor's catalogue, short lead paragraphs; then an expert's
letter for a cinematographer's visa petition, an estate agent's particulars for a manor
used as a filming location and the programme of a film editor's retirement party (en),
or a regional fund's grant rejection letter, a hotel's transcribed guest book and a
preview tour's schedule (fr).
People and films recur across the documents of a language: the gold merges them.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "films.precision"): 0.905,
    ("fr", "films.precision"): 0.938,
    ("all", "films.precision"): 0.919,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind44", MEASURED_BELOW))

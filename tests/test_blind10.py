"""The tenth blind set: documents of invented films written, like the nine before it, by
someone who read neither the readers (graph/) nor the tests nor the earlier sets, after
the fixes tests/blind9 showed (two-column pages, abbreviated labels, credits run on in a
paragraph); measured once, with nothing changed for it:
  en  wikidata F1 0.651, schema F1 0.659, films P 0.923 R 0.649, people P 0.880
  fr  wikidata F1 0.459, schema F1 0.447, films P 0.842 R 0.421, people P 0.940
Its documents: a film article with a tab infobox whose values wrap, an actress's article
with tab filmography tables, a festival programme whose entries each use another credits
layout, a press kit with contacts in three columns and roles over names in capitals, an
obituary, archive search results ("HERRING LASSIES, THE"), a Blu-ray back cover; in
French a film article with a bulleted technical sheet, a director's article with an
"année : titre" filmography, a film school's graduation booklet, a dossier de presse, an
obituary, a question-and-answer interview, a TV listings page.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
All its people precision passes its bar since the readers took the crew in an article's
sentences and a career told paragraph by paragraph (stop 21): its entry went. English film
precision passed its bar at stop 24 (a one-word title run into its lead is one title): its
entry went.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "wikidata.f1"): 0.651,
    ("en", "schema.f1"): 0.659,
    ("en", "films.recall"): 0.649,
    ("fr", "wikidata.f1"): 0.459,
    ("fr", "schema.f1"): 0.447,
    ("fr", "films.precision"): 0.842,
    ("fr", "films.recall"): 0.421,
    ("all", "wikidata.f1"): 0.569,
    ("all", "schema.f1"): 0.569,
    ("all", "films.precision"): 0.889,
    ("all", "films.recall"): 0.533,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind10", MEASURED_BELOW))

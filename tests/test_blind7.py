"""The seventh blind set: documents of invented films written, like the six before it, by
someone who read neither the readers (graph/) nor the tests nor the earlier sets, after
the fixes tests/blind6 showed; measured once, with nothing changed for it:
  en  wikidata F1 0.460, schema F1 0.485, films P 0.700 R 0.538, people P 0.857
  fr  wikidata F1 0.603, schema F1 0.615, films P 0.963 R 0.634, people P 0.917,
      film merges R 0.885
Its documents: a Brazilian film article with R$ figures, a Nigerian actress-director's
article with film, TV and theatre tables, a Polish-Lithuanian press kit with " / " run-on
crew, festival catalogue pages with D:/SCR:/DOP: codes, a one-sheet with CAST | CREW
columns, a portal of lead paragraphs, a cinematographer's article with bulleted lists by
role; in French a Québec article, a Belgian kit, a Senegalese actress's filmography, a
bilingual Sfax catalogue, a one-sheet with "•" run-ons, an actor's tables, trade briefs.
English Wikidata F1 passed its bar at stop 25 (0.909: the films a catalogue's note
on its director lists); its entry went.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("fr", "wikidata.f1"): 0.603,
    ("fr", "schema.f1"): 0.615,
    ("fr", "films.recall"): 0.634,
    ("all", "schema.f1"): 0.549,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind7", MEASURED_BELOW))

"""The thirteenth blind set: documents of invented films written by someone who read neither
the readers (graph/) nor the tests nor the earlier sets, and asked this time for the kinds
the Extraction issue names and nothing else, as they are found in the wild; measured once,
with nothing changed for it:
  en  wikidata F1 0.805, schema F1 0.812, films P 0.961 R 0.912, people P 0.993
  fr  wikidata F1 0.741, schema F1 0.748, films P 0.892 R 0.763, people P 0.992
Its documents: an encyclopedia article about a film (an infobox whose labels run into their
values, a cast list, related-article blocks), an actress's article with a filmography table
copied as rows, a director's article with alternative titles, two press kits (a cast of
"ACTOR ..... Character", credits with the role on one line and the names on the next,
biographies with filmographies in capitals, "Name ..... Role" credits and production notes),
ten film leads and eight people's leads; in French the same seven kinds (a fiche technique,
"1987 : Titre de Réalisateur : Rôle" filmographies, a dossier de presse in two columns,
"ACTEUR / rôle", Wikipédia leads).
After the fixes it showed (an obituary's life, people's leads, edit links), French and all
film precision passed their bars (0.967, 0.971) and their entries went; after the French
people's leads of tests/blind15 ("il réalise son premier long métrage, T, en 1963"), French
films recall did too (0.905).
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "wikidata.f1"): 0.805,
    ("en", "schema.f1"): 0.812,
    ("fr", "wikidata.f1"): 0.741,
    ("fr", "schema.f1"): 0.748,
    ("all", "wikidata.f1"): 0.777,
    ("all", "schema.f1"): 0.783,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind13", MEASURED_BELOW))

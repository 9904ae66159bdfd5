"""The fifteenth blind set: documents of invented films written by someone who read neither
the readers (graph/) nor the tests nor the earlier sets, asked for the kinds the Extraction
issue names as they are found in the wild; measured once, with nothing changed for it:
  en  wikidata F1 0.812, schema F1 0.818, films P 0.964 R 0.791
  fr  wikidata F1 0.751, schema F1 0.761, films P 0.929 R 0.788
(on the code of commit 4196426; one phrase of the French press kit, "pendant les vacances de
Pâques", became "les congés": it folds like a seed's title, and names no film)
Its documents: in English an encyclopedia article about a film (infobox with names on the
lines under their labels, cast section, related articles), a director's article with a
filmography table, television and a stage play, a press kit (biographies each followed by a
filmography, "Character ...... Actor" leaders, a role on one line and its names on the
next), a newspaper obituary, ten film leads, nine people's leads and a festival catalogue
page of five films; in French a Wikipédia article (Fiche technique, "Nom : personnage"),
an actress's article (Cinéma / Télévision / Théâtre, "1998 : Titre de Réalisateur : rôle"),
two dossiers de presse laid out differently, ten film leads, nine people's leads and a
newspaper obituary with a box of dates.
Film precision over both languages passed its bar at stop 22; its entry went.
English schema.org F1 passed its bar at stop 25 (0.900: a director's films
listed after a verb of directing); its entry went.
French film precision passed its bar at stop 27 ('dans T de A (1988)' split where a filmography
says A directed T); its entry went.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "wikidata.f1"): 0.812,
    ("en", "films.recall"): 0.791,
    ("fr", "wikidata.f1"): 0.751,
    ("fr", "schema.f1"): 0.761,
    ("fr", "films.recall"): 0.788,
    ("all", "wikidata.f1"): 0.784,
    ("all", "schema.f1"): 0.791,
    ("all", "films.recall"): 0.789,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind15", MEASURED_BELOW))

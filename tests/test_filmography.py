"""The filmography patterns of the Extraction issue, each on a small invented text of its
own: dated lines under a person, in sections that say what the person did.

Each case is data (a text, the claims it must give, the claims it must not give) fed to
one parametrized test. A claim is (prop, subject, object); a subject is written with the
year its line gives, "TITLE (2003)", and with its kind when it is not a film or a person,
"play:TITLE (2008)". A case the reader fails today is marked xfail(strict=True) with what
it gets wrong.
"""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.context import context
from graph.model import Mention
from graph.read import from_text


def _subject(m: Mention) -> str:
    name = f"{m.name} ({m.year})" if m.year else m.name
    return name if m.kind in ("film", "person") else f"{m.kind}:{name}"


def claims_of(text: str) -> set[tuple]:
    """(prop, subject, object) for every claim the filmography and tables readers take from
    `text`."""
    out = set()
    for c in extract(from_text(text), ["filmography", "tables"]):
        o = c.object.name if isinstance(c.object, Mention) else c.object.value
        out.add((c.prop, _subject(c.subject), o))
    return out


def case(id: str, text: str, want: list[tuple], absent: list[tuple] = (), xfail: str = ""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(want), list(absent), id=id, marks=marks)


# a press kit's opening, so that the document has a film of its own
KIT = """THE SALT ROAD

A caravan crosses the desert: THE SALT ROAD follows it for forty days.

"""

CASES = [
    case("entry-under-a-person-and-a-section", KIT + """Mara Quillon

Cinema (as Actress)

2003 LA MAISON BLEUE - Hervé Castel
2001 THE LONG FIELD - Celia Dunmore and Ivo Terrane
""", [
        ("director", "LA MAISON BLEUE (2003)", "Hervé Castel"),
        ("cast", "LA MAISON BLEUE (2003)", "Mara Quillon"),
        ("director", "THE LONG FIELD (2001)", "Celia Dunmore"),
        ("director", "THE LONG FIELD (2001)", "Ivo Terrane"),
        ("cast", "THE LONG FIELD (2001)", "Mara Quillon"),
    ], absent=[("director", "LA MAISON BLEUE (2003)", "Mara Quillon")]),

    case("sections-actress-director-television-theatre", KIT + """Mara Quillon

Cinema (as Actress)

2003 LA MAISON BLEUE - Hervé Castel

Cinema (as Director)

2005 THE SALT ROAD written with Ivo Terrane.
2004 À VOS MARQUES ! (short)

Television

2002 PRINCESSE LOUISE - Hervé Castel

Theatre (as Actress)

2000 HEDDA'S SISTERS - Judith Cole
""", [
        ("cast", "LA MAISON BLEUE (2003)", "Mara Quillon"),
        ("director", "THE SALT ROAD (2005)", "Mara Quillon"),
        ("screenwriter", "THE SALT ROAD (2005)", "Mara Quillon"),
        ("screenwriter", "THE SALT ROAD (2005)", "Ivo Terrane"),
        ("director", "À VOS MARQUES ! (2004)", "Mara Quillon"),
        ("kind", "À VOS MARQUES ! (2004)", "short"),
        ("kind", "PRINCESSE LOUISE (2002)", "tv film"),
        ("director", "PRINCESSE LOUISE (2002)", "Hervé Castel"),
        ("cast", "PRINCESSE LOUISE (2002)", "Mara Quillon"),
        ("author", "play:HEDDA'S SISTERS (2000)", "Judith Cole"),
    ], absent=[("cast", "À VOS MARQUES ! (2004)", "Mara Quillon"),
               ("director", "HEDDA'S SISTERS (2000)", "Judith Cole"),
               ("cast", "HEDDA'S SISTERS (2000)", "Mara Quillon")]),

    case("kinds-short-documentary-tvm-moyen-metrage", KIT + """Mara Quillon

Cinema (as Director)

2004 THE SWIMMERS (short)
2001 LATE FROST documentary
1998 LE CHOIX DE LISE - TVM 90mn.

LA RUE moyen-metrage
""", [
        ("kind", "THE SWIMMERS (2004)", "short"),
        ("kind", "LATE FROST (2001)", "documentary"),
        ("kind", "LE CHOIX DE LISE (1998)", "tv film"),
        ("duration", "LE CHOIX DE LISE (1998)", "90"),
        ("kind", "LA RUE (1998)", "medium-length film"),
        ("director", "LA RUE (1998)", "Mara Quillon"),
        ("director", "LATE FROST (2001)", "Mara Quillon"),
    ]),

    case("wrapped-lines", KIT + """Mara Quillon

Cinema

2009 A HOUSE IN ORKNEY - Duncan

Ferrier
2003 LES ENFANTS DU PORT ET 

D'AILLEURS - Hervé Castel
1999 LES FILLES DU PORT  - Marie-

Josée Cardinal
""", [
        ("director", "A HOUSE IN ORKNEY (2009)", "Duncan Ferrier"),
        ("cast", "A HOUSE IN ORKNEY (2009)", "Mara Quillon"),
        ("director", "LES ENFANTS DU PORT ET D'AILLEURS (2003)", "Hervé Castel"),
        ("director", "LES FILLES DU PORT (1999)", "Marie-Josée Cardinal"),
    ]),

    case("a-play-is-not-a-film", KIT + """Mara Quillon

Theatre

2008 HEDDA'S SISTERS - Judith Cole
2005 THE WINTER GARDEN - Martin Ashby
""", [
        ("author", "play:HEDDA'S SISTERS (2008)", "Judith Cole"),
        ("author", "play:THE WINTER GARDEN (2005)", "Martin Ashby"),
    ], absent=[("cast", "HEDDA'S SISTERS (2008)", "Mara Quillon"),
               ("director", "HEDDA'S SISTERS (2008)", "Judith Cole")]),

    case("blocks-before-their-name-headings", KIT + """Mara Quillon

Cinema (as Actress)

2003 LA MAISON BLEUE - Hervé Castel

Cinema (as Director)

2004 THE SWIMMERS (short)

Cinema

2006 THE BORROWED COAT - Celia Dunmore
2003 PAPER BOATS - Mara Quillon (short)

Television

2012 THE HARBOUR MASTER - Sandra Okoye

Cinema

2010 NORTHERN LINE - Rafael Montero
2008 THE LONG FIELD - Celia Dunmore

Nell Garrity

Marcus Oyelaran
""", [
        ("cast", "LA MAISON BLEUE (2003)", "Mara Quillon"),
        ("director", "THE SWIMMERS (2004)", "Mara Quillon"),
        ("cast", "THE BORROWED COAT (2006)", "Nell Garrity"),
        ("cast", "PAPER BOATS (2003)", "Nell Garrity"),
        ("director", "PAPER BOATS (2003)", "Mara Quillon"),
        ("cast", "THE HARBOUR MASTER (2012)", "Nell Garrity"),
        ("cast", "NORTHERN LINE (2010)", "Marcus Oyelaran"),
        ("cast", "THE LONG FIELD (2008)", "Marcus Oyelaran"),
    ], absent=[("cast", "THE BORROWED COAT (2006)", "Mara Quillon"),
               ("cast", "NORTHERN LINE (2010)", "Nell Garrity")]),

    case("blocks-before-their-name-headings-after-a-director-block", KIT + """Mara Quillon

Cinema (as Director)

2011 THE SALT ROAD
2004 THE SWIMMERS (short)

Television (as Director)

2009 THE KEEPERS OF BRANT HALL - TVM 90mn

Cinema

2006 THE BORROWED COAT - Celia Dunmore

Cinema

2010 NORTHERN LINE - Rafael Montero

Nell Garrity

Marcus Oyelaran
""", [
        ("director", "THE SWIMMERS (2004)", "Mara Quillon"),
        ("director", "THE KEEPERS OF BRANT HALL (2009)", "Mara Quillon"),
        ("cast", "THE BORROWED COAT (2006)", "Nell Garrity"),
        ("cast", "NORTHERN LINE (2010)", "Marcus Oyelaran"),
    ], absent=[("cast", "THE BORROWED COAT (2006)", "Mara Quillon"),
               ("cast", "THE KEEPERS OF BRANT HALL (2009)", "Mara Quillon")]),

    case("name-heading-in-capitals", KIT + """ELODIE VAN ACKER

Born in Ghent in 1984, Elodie Van Acker studied film in Brussels.

Filmography

2019 NIGHT FERRY
2016 THE SALT MARSH (short)


SYLVIE THIBODEAU

Cinema

2015 THE DAUGHTERS OF GASPÉ - Robert Lanctôt
""", [
        ("director", "NIGHT FERRY (2019)", "Elodie Van Acker"),
        ("director", "THE SALT MARSH (2016)", "Elodie Van Acker"),
        ("cast", "THE DAUGHTERS OF GASPÉ (2015)", "Sylvie Thibodeau"),
    ], absent=[("director", "SYLVIE THIBODEAU (2016)", "Elodie Van Acker")]),

    case("a-name-line-far-above-is-no-heading", KIT + """DISTRIBUTION
Sirocco Distribution

A long paragraph about the film, its shooting and its release in
many countries, so that the name above stands far from any list.

Filmographie

2019 LA NUIT DES SAISONNIERS
2008 LES ENFANTS DU PORT
""", [], absent=[
        ("director", "LA NUIT DES SAISONNIERS (2019)", "Sirocco Distribution"),
        ("director", "LES ENFANTS DU PORT (2008)", "Sirocco Distribution"),
    ]),

    case("a-paragraph-s-last-line-is-no-name-heading", KIT + """With the participation of Telefilm Canada and the Belgian Tax
Shelter. With the support of the Flanders
Audiovisual Fund.

Filmography

2019 NIGHT FERRY
2016 THE SALT MARSH (short)
""", [], absent=[
        ("director", "NIGHT FERRY (2019)", "Audiovisual Fund"),
        ("director", "THE SALT MARSH (2016)", "Audiovisual Fund"),
    ]),

    case("fr-sections-and-kinds", KIT + """Rachida Benhamou

Cinéma

2005 LES TROTTOIRS DE BRUXELLES - Jean-Luc Van
Damme-Roussel
1999 LE PETIT CHEVAL DE FER - Nadia Benhamou (court
métrage)
2001 BABEL-GUILLEMINS - Nadia Benhamou, documentaire

Télévision

2011 L'AFFAIRE DU PONT-NEUF - Éric Lemarchand

Théâtre

2003 LES BONNES - Jean Genet
""", [
        ("director", "LES TROTTOIRS DE BRUXELLES (2005)", "Jean-Luc Van Damme-Roussel"),
        ("cast", "LES TROTTOIRS DE BRUXELLES (2005)", "Rachida Benhamou"),
        ("kind", "LE PETIT CHEVAL DE FER (1999)", "short"),
        ("director", "LE PETIT CHEVAL DE FER (1999)", "Nadia Benhamou"),
        ("kind", "BABEL-GUILLEMINS (2001)", "documentary"),
        ("kind", "L'AFFAIRE DU PONT-NEUF (2011)", "tv film"),
        ("cast", "L'AFFAIRE DU PONT-NEUF (2011)", "Rachida Benhamou"),
        ("author", "play:LES BONNES (2003)", "Jean Genet"),
    ], absent=[("cast", "LES BONNES (2003)", "Rachida Benhamou")]),

    case("fr-realisatrice-section", KIT + """Nadia Benhamou

Réalisatrice

2008 LES ANNÉES LUCIOLE
2004 LA RUE DES TANNEURS (moyen métrage)
2001 BABEL-GUILLEMINS documentaire
""", [
        ("director", "LES ANNÉES LUCIOLE (2008)", "Nadia Benhamou"),
        ("director", "LA RUE DES TANNEURS (2004)", "Nadia Benhamou"),
        ("kind", "LA RUE DES TANNEURS (2004)", "medium-length film"),
        ("director", "BABEL-GUILLEMINS (2001)", "Nadia Benhamou"),
    ]),

    case("fr-filmographie-under-a-director", KIT + """Agathe Morvan

Filmographie

2019 LA NUIT DES SAISONNIERS
2003 UNE SAISON BLANCHE (téléfilm)
1993 LA PASSE (court métrage)
""", [
        ("director", "LA NUIT DES SAISONNIERS (2019)", "Agathe Morvan"),
        ("director", "UNE SAISON BLANCHE (2003)", "Agathe Morvan"),
        ("kind", "UNE SAISON BLANCHE (2003)", "tv film"),
        ("kind", "LA PASSE (1993)", "short"),
    ], absent=[("cast", "LA PASSE (1993)", "Agathe Morvan")]),

    case("short-documentary-is-both", KIT + """Elodie Van Acker

Filmography

2014 GHOSTS OF THE SCHELDT (short documentary)
""", [
        ("kind", "GHOSTS OF THE SCHELDT (2014)", "documentary"),
        ("kind", "GHOSTS OF THE SCHELDT (2014)", "short"),
        ("director", "GHOSTS OF THE SCHELDT (2014)", "Elodie Van Acker"),
    ]),
]


# what the fourth blind set showed (stop 10)
CASES += [
    case("documentaries-section-and-a-runtime-in-minutes-mark", KIT + """Awa Ndour Sylla

Short films
2011   Harbour Boys
2008   The Weaver of Thiès

Documentaries
2013   Salt Women (52')
""", [
        ("kind", "Harbour Boys (2011)", "short"),
        ("kind", "The Weaver of Thiès (2008)", "short"),
        ("kind", "Salt Women (2013)", "documentary"),
        ("duration", "Salt Women (2013)", "52"),
        ("director", "Salt Women (2013)", "Awa Ndour Sylla"),
    ], absent=[("kind", "Salt Women (2013)", "short"), ("director", "The Weaver of Thiès Documentaries (2008)",
                                                        "Awa Ndour Sylla")]),

    case("actor-heading-with-character-then-a-biography-ends-the-list", KIT + """Awa Ndour Sylla

Feature films
2022   The Long Tide

MODOU FALL (Ibou)
Born in Joal in 1996, Modou Fall is a fisherman. He had never acted before.

Filmography (selection)
2022   THE LONG TIDE     Awa Ndour Sylla
2018   THE BEGUINAGE (Het Begijnhof)   Lieve Peeters
""", [
        ("director", "The Long Tide (2022)", "Awa Ndour Sylla"),
        ("cast", "THE LONG TIDE (2022)", "Modou Fall"),
        ("director", "THE BEGUINAGE (2018)", "Lieve Peeters"),
        ("cast", "THE BEGUINAGE (2018)", "Modou Fall"),
    ], absent=[("director", "MODOU FALL (2022)", "Awa Ndour Sylla")]),

    case("inline-section-of-title-director-year-wrapping-over-lines", KIT + """FATOU CISSÉ (Mame)
Fatou Cissé was born in Thiès in 1950. A stage actress, she has appeared in many films.
Cinema: Dakar by Night (Ousmane Ba, 1979); The Griot's Son
(Ousmane Ba, 1985); Low Water (Awa Ndour Sylla, 2016).
""", [
        ("director", "Dakar by Night (1979)", "Ousmane Ba"),
        ("cast", "Dakar by Night (1979)", "Fatou Cissé"),
        ("director", "The Griot's Son (1985)", "Ousmane Ba"),
        ("cast", "Low Water (2016)", "Fatou Cissé"),
    ]),

    case("fr-year-dash-title-and-a-span-of-years", KIT + """Nour Haddad

Filmographie

Longs métrages
2022 – Les Vergers
2017 – Les Ponts de Saïda

Courts métrages
2012 – Hamra, 5 heures du matin

Télévision
2005–2008 – AL-BAYT (série)
""", [
        ("director", "Les Vergers (2022)", "Nour Haddad"),
        ("director", "Les Ponts de Saïda (2017)", "Nour Haddad"),
        ("kind", "Hamra, 5 heures du matin (2012)", "short"),
    ], absent=[("director", "AL-BAYT (2005)", "Nour Haddad")]),

    case("a-play-directed-by-someone-has-no-author-from-it", KIT + """Lieve Martens

Theatre
2011   Medea (Euripides), directed by Koen Aerts
""", [], absent=[("author", "play:Medea (2011)", "Koen Aerts")]),
]


# what the fifth blind set showed (stop 10)
CASES += [
    case("fr-annee-colon-title-de-director-colon-character", KIT + """Karim Belhaj

Filmographie

Longs métrages
1983 : Le Port des éponges de Hédi Sfar : Ali
2001 : Les Figuiers de Nabeul de lui-même : Youssef
Télévision
2007 : Les Puits de la discorde, téléfilm de Pascale Roux : Slimane
Réalisateur
2001 : Les Figuiers de Nabeul (également scénariste)
Théâtre
2004 : Les Justes d'Albert Camus, mise en scène de Maud Rivière
""", [
        ("director", "Le Port des éponges (1983)", "Hédi Sfar"),
        ("cast", "Le Port des éponges (1983)", "Karim Belhaj"),
        ("director", "Les Figuiers de Nabeul (2001)", "Karim Belhaj"),
        ("screenwriter", "Les Figuiers de Nabeul (2001)", "Karim Belhaj"),
        ("kind", "Les Puits de la discorde (2007)", "tv film"),
        ("director", "Les Puits de la discorde (2007)", "Pascale Roux"),
        ("cast", "Les Puits de la discorde (2007)", "Karim Belhaj"),
        ("author", "play:Les Justes (2004)", "Albert Camus"),
    ], absent=[("director", "Le Port des éponges de Hédi Sfar : Ali (1983)", "Karim Belhaj"),
               ("author", "play:Les Justes d'Albert Camus, mise en scène (2004)", "Maud Rivière")]),
]


CASES += [
    case("a-question-is-no-name-heading-and-a-name-in-its-own-script", KIT + """INTERVIEW WITH MIN SEO-AH

And Park Ji-hoon?

He was perfect.

MIN SEO-AH (민서아)
Hae-jin

Min Seo-ah was born in Daegu in 1950.

Selected filmography
2023   The Salt Road (Hae-jin)
2003   The Quiet Street (Landlady)
1988   Mother's Orchard (Mrs. Cha)

PARK JI-HOON (박지훈)
Man-su

Selected filmography
2020   NIGHT FERRIES (dir. Ahn Ji-won)
2018   Hello, Stranger (short) – Jeon Da-som
""", [
        ("cast", "The Quiet Street (2003)", "Min Seo-Ah"),
        ("cast", "Mother's Orchard (1988)", "Min Seo-Ah"),
        ("director", "NIGHT FERRIES (2020)", "Ahn Ji-won"),
        ("cast", "NIGHT FERRIES (2020)", "Park Ji-Hoon"),
        ("director", "Hello, Stranger (2018)", "Jeon Da-som"),
    ], absent=[("director", "The Quiet Street (2003)", "Min Seo-Ah"),
               ("director", "The Salt Road (2023)", "And Park Ji-hoon?")]),
]


def test_the_character_after_a_colon_is_the_role_played():
    text = KIT + "Karim Belhaj\n\nFilmographie\n\n1983 : Le Port des éponges de Hédi Sfar : Ali\n"
    got = {(c.prop, c.subject.name, c.qualifiers) for c in extract(from_text(text), ["filmography"])}
    assert ("cast", "Le Port des éponges", (("character", "Ali"),)) in got


# a person's article, its filmography in tables (cells set apart by tabs)
PERSON_PAGE = """Nalini Varadan
Indian actress and filmmaker (born 1958)
Nalini Varadan (born 2 May 1958) is an Indian actress and film director who works in Malayalam cinema.
Filmography
As actress
Year\tTitle\tRole\tDirector\tLanguage\tNotes
1980\tKaattile Paattu\tRadha\tP. K. Menon\tMalayalam\tDebut
\tNeelavanam\tLeela\tP. K. Menon\tMalayalam\t
1995\tKadal Kaattu\tJanaki\tHerself\tMalayalam\t
As director
Year\tTitle\tCredited as\tNotes
Director\tWriter
1995\tKadal Kaattu\tYes\tYes\t
2009\tKaayal Varikal\tYes\tNo\tDocumentary
Television
Year\tTitle\tRole\tNotes
1996–1998\tTheeram\tBhavani\tTV series
Awards
Kerala State Film Award – Kadal Kaattu (1995)
"""


def test_a_person_article_is_about_no_film():
    assert context(from_text(PERSON_PAGE)).film is None


def test_filmography_tables_of_a_person_article():
    got = claims_of(PERSON_PAGE)
    want = [
        ("director", "Kaattile Paattu (1980)", "P. K. Menon"),
        ("cast", "Kaattile Paattu (1980)", "Nalini Varadan"),
        ("cast", "Neelavanam (1980)", "Nalini Varadan"),  # a blank year: the one above
        ("director", "Kadal Kaattu (1995)", "Nalini Varadan"),  # "Herself"
        ("screenwriter", "Kadal Kaattu (1995)", "Nalini Varadan"),  # "Writer: Yes"
        ("kind", "Kaayal Varikal (2009)", "documentary"),
        ("language", "Kaattile Paattu (1980)", "Malayalam"),
    ]
    lost = [w for w in want if w not in got]
    assert not lost, f"missing: {lost}\nread:\n  " + "\n  ".join(map(str, sorted(got)))
    assert ("screenwriter", "Kaayal Varikal (2009)", "Nalini Varadan") not in got  # "Writer: No"
    assert not any(c[1].startswith("Theeram") and c[0] == "cast" for c in got)  # a series
    assert not any(c[1].startswith("Kerala State Film Award") for c in got)
    assert not any(c[2] == "Yes" for c in got)


@pytest.mark.parametrize("text, want, absent", CASES)
def test_filmography_pattern(text, want, absent):
    got = claims_of(text)
    lost = [w for w in want if w not in got]
    wrong = [a for a in absent if a in got]
    assert not lost and not wrong, (f"missing: {lost}\nmust be absent: {wrong}\nread:\n  "
                                    + "\n  ".join(map(str, sorted(got))))


def test_a_play_is_never_a_film():
    text = KIT + "Mara Quillon\n\nTheatre\n\n2008 HEDDA'S SISTERS - Judith Cole\n"
    kinds = {(m.kind, m.name) for c in extract(from_text(text), ["filmography"])
             for m in (c.subject, c.object) if isinstance(m, Mention)}
    assert ("play", "HEDDA'S SISTERS") in kinds
    assert ("film", "HEDDA'S SISTERS") not in kinds

"""The list patterns of the Extraction issue, each on a small invented text of its own:
cast sections, credit lines in the layouts press kits use, infobox label lines and the
closing paragraph of companies, in English and in French.

Each case is data (a text, the claims it must give, the claims it must not give) fed to
one parametrized test. A claim is (prop, subject, object) or, to pin the qualifiers,
(prop, subject, object, {"character": ...}); the subject FILM is the film the document is
about. A case the readers fail today is marked xfail(strict=True) with what they get wrong.
"""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.context import context
from graph.model import Mention
from graph.read import from_text


def claims_of(text: str) -> set[tuple]:
    """(prop, subject, object name or value, qualifiers); the document's film is FILM."""
    doc = from_text(text)
    film = context(doc).film
    out = set()
    for c in extract(doc):
        s = "FILM" if film is not None and c.subject == film else c.subject.name
        o = c.object.name if isinstance(c.object, Mention) else c.object.value
        out.add((c.prop, s, o, tuple(sorted(c.qualifiers))))
    return out


def missing(want: list[tuple], got: set[tuple]) -> list[tuple]:
    out = []
    for w in want:
        if len(w) == 4:
            ok = (*w[:3], tuple(sorted(w[3].items()))) in got
        else:
            ok = any(g[:3] == w for g in got)
        if not ok:
            out.append(w)
    return out


def assert_reads(text: str, want: list[tuple], absent: list[tuple] = (), read=None) -> None:
    """Every claim of `want` is read from `text`, none of `absent` is (`read`: how the
    claims are listed; claims_of by default)."""
    got = (read or claims_of)(text)
    lost = missing(want, got)
    wrong = [a for a in absent if not missing([a], got)]
    assert not lost and not wrong, (f"missing: {lost}\nmust be absent: {wrong}\nread:\n  "
                                    + "\n  ".join(map(str, sorted(got))))


def case(id: str, text: str, want: list[tuple], absent: list[tuple] = (), xfail: str = ""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(want), list(absent), id=id, marks=marks)


ARTICLE = """Harbour Lights (1997 film)

Harbour Lights is a 1997 British drama film directed by Hollis Marrow.

"""
KIT = """THE COPPER SEASON

A mining engineer comes home to Cornwall: THE COPPER SEASON follows her for one autumn.

"""
DOSSIER = """LA NUIT DES SAISONNIERS

Les vendanges s'achèvent : LA NUIT DES SAISONNIERS raconte la dernière nuit des saisonniers.

"""


def c(name: str, char: str | None = None) -> tuple:
    """A cast claim of the document's film, with its character when given."""
    return ("cast", "FILM", name, {"character": char}) if char else ("cast", "FILM", name)


CASES = [
    # ------------------------------------------------------------------ cast sections
    case("cast-section-actor-as-character", ARTICLE + """Cast

Tomas Everand as Dr. Richard Walker
Clara Bexley as Maud Tierney
Hamish Doyle as Eamon the ferryman
""", [c("Tomas Everand", "Dr. Richard Walker"), c("Clara Bexley", "Maud Tierney"),
      c("Hamish Doyle", "Eamon the ferryman")]),

    case("cast-section-with-bullets", ARTICLE + """Cast

  • Tomas Everand as Dr. Richard Walker
  • Clara Bexley as Maud Tierney
* Wendell Price as Silas Tierney
""", [c("Tomas Everand", "Dr. Richard Walker"), c("Clara Bexley", "Maud Tierney"),
      c("Wendell Price", "Silas Tierney")]),

    case("cast-lines-without-a-heading", ARTICLE + """Tomas Everand as Dr. Richard Walker
Clara Bexley as Maud Tierney
""", [c("Tomas Everand", "Dr. Richard Walker"), c("Clara Bexley", "Maud Tierney")]),

    case("cast-section-ends-at-the-next-heading", ARTICLE + """Cast

Tomas Everand as Dr. Richard Walker
Clara Bexley as Maud Tierney

Related Research Articles

<span class="mw-page-title-main">Clara Bexley</span> English actress (born 1966)
""", [c("Tomas Everand", "Dr. Richard Walker"), c("Clara Bexley", "Maud Tierney")],
        absent=[c("Related Research Articles")]),

    case("character-colon-actor-runs", KIT + """June Halloran: Nell Garrity
Abel Halloran: Marcus Oyelaran
Young June: Tilly Brannock
""", [c("Nell Garrity", "June Halloran"), c("Marcus Oyelaran", "Abel Halloran"),
      c("Tilly Brannock", "Young June")]),

    case("actor-dotted-leaders-character", KIT + """CAST

Sylvie Thibodeau ..... Marguerite Aucoin
Jonah Whitfield ..... Léo
Benoît Lafrenière ..... the social worker
""", [c("Sylvie Thibodeau", "Marguerite Aucoin"), c("Jonah Whitfield", "Léo"),
      c("Benoît Lafrenière", "the social worker")]),

    # ------------------------------------------------------------------ English credits
    case("credits-role-colon-name", KIT + """Director: Anya Lindqvist
Screenplay: Anya Lindqvist and Tobias Wren
Music: Saoirse Dunleavy (music), Cerys Hughes (lyrics)
Sound: Pieter Vos and Ama Boateng
Casting: Jane Abernethy
Associate producers: Simon Vale and
Barbara Lint
""", [("director", "FILM", "Anya Lindqvist"), ("screenwriter", "FILM", "Anya Lindqvist"),
      ("screenwriter", "FILM", "Tobias Wren"), ("composer", "FILM", "Saoirse Dunleavy"),
      ("lyricist", "FILM", "Cerys Hughes"), ("sound", "FILM", "Pieter Vos"),
      ("sound", "FILM", "Ama Boateng"), ("casting_director", "FILM", "Jane Abernethy"),
      ("associate_producer", "FILM", "Simon Vale"), ("associate_producer", "FILM", "Barbara Lint")],
        absent=[("composer", "FILM", "Cerys Hughes")]),

    case("credits-dotted-leaders-both-ways", KIT + """Director of Photography ..... Ilse Brandvold
Kit Marlowe ..... Editor
Screenplay ..... Anya Lindqvist, Graham Okafor
""", [("cinematographer", "FILM", "Ilse Brandvold"), ("editor", "FILM", "Kit Marlowe"),
      ("screenwriter", "FILM", "Anya Lindqvist"), ("screenwriter", "FILM", "Graham Okafor")],
        absent=[c("Kit Marlowe"), c("Ilse Brandvold")]),

    case("credits-role-on-one-line-names-on-the-next", KIT + """Director: Anya Lindqvist
Original Music
Saoirse Dunleavy
Editor: Kit Marlowe
""", [("composer", "FILM", "Saoirse Dunleavy"), ("editor", "FILM", "Kit Marlowe")]),

    case("credits-directed-by-and-produced-by", KIT + """Directed by Anya Lindqvist
Screenplay: Tobias Wren
Produced by Harriet Cole and Benedict Amaro
""", [("director", "FILM", "Anya Lindqvist"), ("producer", "FILM", "Harriet Cole"),
      ("producer", "FILM", "Benedict Amaro")]),

    case("credits-written-and-directed-by", KIT + """Written and directed by Anya Lindqvist
Director of Photography: Ilse Brandvold
Editor: Kit Marlowe
""", [("director", "FILM", "Anya Lindqvist"), ("screenwriter", "FILM", "Anya Lindqvist")]),

    case("credits-co-writer", KIT + """Director: Anya Lindqvist
Co-writer: Tobias Wren
Editor: Kit Marlowe
""", [("screenwriter", "FILM", "Tobias Wren")]),

    # ------------------------------------------------------------------ French credits
    case("fr-credits-role-colon-name", DOSSIER + """Réalisation : Agathe Morvan
Scénario : Agathe Morvan et Paul Méheut
Image : Jeanne Lacombe
Montage : Arnaud Pellerin
Son : Didier Mahé, Lucie Tran
Décors : Olivier Castaing
Costumes : Nora Belkacem
Musique originale : Tristan Delorme
Produit par Sophie Aubertin et Marc Lévêque
""", [("director", "FILM", "Agathe Morvan"), ("screenwriter", "FILM", "Paul Méheut"),
      ("cinematographer", "FILM", "Jeanne Lacombe"), ("editor", "FILM", "Arnaud Pellerin"),
      ("sound", "FILM", "Didier Mahé"), ("sound", "FILM", "Lucie Tran"),
      ("production_designer", "FILM", "Olivier Castaing"),
      ("costume_designer", "FILM", "Nora Belkacem"), ("composer", "FILM", "Tristan Delorme"),
      ("producer", "FILM", "Sophie Aubertin"), ("producer", "FILM", "Marc Lévêque")]),

    case("fr-personnage-colon-acteur-runs", DOSSIER + """Agnès : Léa Fontanel
Sofiane : Karim Benali
Madame Lasserre : Odile Perrichon
""", [c("Léa Fontanel", "Agnès"), c("Karim Benali", "Sofiane"),
      c("Odile Perrichon", "Madame Lasserre")]),

    case("fr-acteur-dotted-leaders-personnage", DOSSIER + """DISTRIBUTION ARTISTIQUE

Salomé Haddouche ......... Yasmina
Rachida Benhamou ......... la tante Fatiha
""", [c("Salomé Haddouche", "Yasmina"), c("Rachida Benhamou", "la tante Fatiha")]),

    case("fr-role-on-one-line-names-on-the-next", DOSSIER + """ÉQUIPE TECHNIQUE

Réalisation
Nadia Benhamou

Scénario
Nadia Benhamou, Antoine Colignon

Image
Frédéric Noirhomme

Son
Marc Wathelet
Raphaël Tondeur

Décors
Pierre Goffinet

Costumes
Isabelle Dethier

Musique originale
Tristan Delorme
""", [("director", "FILM", "Nadia Benhamou"), ("screenwriter", "FILM", "Antoine Colignon"),
      ("cinematographer", "FILM", "Frédéric Noirhomme"),
      ("sound", "FILM", "Marc Wathelet"), ("sound", "FILM", "Raphaël Tondeur"),
      ("production_designer", "FILM", "Pierre Goffinet"),
      ("costume_designer", "FILM", "Isabelle Dethier"),
      ("composer", "FILM", "Tristan Delorme")],
        absent=[("production_designer", "Raphaël Tondeur", "Pierre Goffinet")]),

    case("fr-article-distribution-acteur-colon-personnage", """Le Silence des digues (film, 1997)

Le Silence des digues est un film français réalisé par Agathe Morvan, sorti en 1997.

Distribution

  • Léa Fontanel : Solène Guérec
  • Gérard Vasseur : Yves Guérec, le père
  • Inès Barakat : Nadia
""", [("cast", "FILM", "Léa Fontanel", {"character": "Solène Guérec"}),
      ("cast", "FILM", "Gérard Vasseur"),
      ("cast", "FILM", "Inès Barakat", {"character": "Nadia"})],
        absent=[("cast", "FILM", "Solène Guérec")]),

    case("fr-article-distribution-acteur-personnage-in-brackets", """Le Silence des digues (film, 1997)

Le Silence des digues est un film français réalisé par Agathe Morvan, sorti en 1997.

Distribution

  • Léa Fontanel (Solène Guérec)
  • Jean-Baptiste Coulon (le douanier)
""", [("cast", "FILM", "Léa Fontanel", {"character": "Solène Guérec"}),
      ("cast", "FILM", "Jean-Baptiste Coulon", {"character": "le douanier"})],
        absent=[("distributor", "FILM", "Léa Fontanel")]),

    # ------------------------------------------------------------------ infoboxes
    case("infobox-glued-labels-and-facts", """Harbour Lights (1997 film)

Harbour Lights
Harbour Lights 1997 poster.jpg
Directed by Hollis Marrow
Written byHollis Marrow
Dana Whitcombe
Music byAnselm Brightwater
Distributed byNorthlight Releasing
Release date
  • 14 March 1997 (1997-03-14)
Running time
112 minutes
Countries United Kingdom
Ireland
LanguageEnglish
Budget£4.2 million [1]
Box office$11.6 million [2]
""", [("director", "FILM", "Hollis Marrow"),
      ("screenwriter", "FILM", "Dana Whitcombe"),
      ("composer", "FILM", "Anselm Brightwater"),
      ("distributor", "FILM", "Northlight Releasing"),
      ("date", "FILM", "1997-03-14"), ("duration", "FILM", "112"),
      ("country", "FILM", "United Kingdom"), ("country", "FILM", "Ireland"),
      ("language", "FILM", "English"), ("budget", "FILM", "4200000"),
      ("box_office", "FILM", "11600000")]),

    case("infobox-under-a-poster-caption", """The Copper Season (2011 film)

The Copper Season
The Copper Season film poster.png
Theatrical release poster
Directed by Anya Lindqvist
Written by Anya Lindqvist
Music bySaoirse Dunleavy
Running time
104 minutes
""", [("director", "FILM", "Anya Lindqvist"),
      ("duration", "FILM", "104")],
        absent=[("director", "Theatrical release poster", "Anya Lindqvist")]),

    case("fr-infobox-image-description-and-flag", """Le Silence des digues (film, 1997)

Le Silence des digues
Description de l'image Le Silence des digues affiche.jpg.
Réalisation	Agathe Morvan
Musique	Bastien Roussel
Pays d'origine	Drapeau de la France France
Durée	104 minutes
Sortie	1997
""", [("director", "FILM", "Agathe Morvan"),
      ("country", "FILM", "France"),
      ("duration", "FILM", "104")],
        absent=[("country", "FILM", "Drapeau de la France France")]),

    case("fr-fiche-technique-production-and-distribution", """Le Silence des digues (film, 1997)

Le Silence des digues est un film français réalisé par Agathe Morvan, sorti en 1997.

Fiche technique

  • Réalisation : Agathe Morvan
  • Production : Romain Kessler
  • Sociétés de production : Les Films du Ressac, Mer Calme Productions
  • Société de distribution : Rivages Distribution
""", [("producer", "FILM", "Romain Kessler"),
      ("production_company", "FILM", "Mer Calme Productions"),
      ("distributor", "FILM", "Rivages Distribution")],
        absent=[("production_company", "FILM", "Romain Kessler")]),

    case("press-kit-header-is-not-an-infobox", DOSSIER + """France / Espagne - 2019 - 1h41 - couleur

SORTIE NATIONALE LE 13 NOVEMBRE 2019


DISTRIBUTION
Sirocco Distribution
12, rue des Vignes - 75011 Paris

PRESSE
Agence Lumen - Claire Dufour
""", [("date", "FILM", "2019-11-13")],
        absent=[("distributor", "France / Espagne - 2019 - 1h41 - couleur", "Sirocco Distribution"),
                ("distributor", "France / Espagne - 2019 - 1h41 - couleur", "12")]),

    # ------------------------------------------------------------------ companies
    case("companies-paragraph", KIT + """A Coldwater Films and Riedl Filmproduktion coproduction. In
association with Channel Meridian. With the participation of the
British Film Institute and Screen Cornwall. With the support of
the Medienboard Berlin-Brandenburg.

International sales: Meridian Sales.
UK distribution: Arrowhead Releasing.
""", [("production_company", "FILM", "Coldwater Films"),
      ("production_company", "FILM", "Riedl Filmproduktion"),
      ("funder", "FILM", "Channel Meridian"), ("funder", "FILM", "British Film Institute"),
      ("funder", "FILM", "Screen Cornwall"), ("funder", "FILM", "Medienboard Berlin-Brandenburg"),
      ("sales_agent", "FILM", "Meridian Sales"), ("distributor", "FILM", "Arrowhead Releasing")]),

    case("companies-produced-by-in-coproduction-with", KIT + """Produced by Borealis Films (Canada) in coproduction with Flatland
Pictures (Belgium). With the participation of Telefilm Canada.
""", [("production_company", "FILM", "Borealis Films"),
      ("production_company", "FILM", "Flatland Pictures"),
      ("funder", "FILM", "Telefilm Canada")]),

    case("fr-companies-une-production-en-coproduction-avec", DOSSIER + """Une production Luciole Films (Belgique) en coproduction avec Sud
Lumière (France). Avec le soutien de Wallimage.
""", [("production_company", "FILM", "Luciole Films"),
      ("production_company", "FILM", "Sud Lumière"),
      ("funder", "FILM", "Wallimage")]),

    case("fr-companies-body-names-with-lower-case-words", DOSSIER + """Une coproduction Les Films de l'Estran et Norte Producciones. Avec le
soutien de la Région wallonne et du Centre national du cinéma et de
l'image animée.
""", [("production_company", "FILM", "Norte Producciones"),
      ("funder", "FILM", "Région wallonne"),
      ("funder", "FILM", "Centre national du cinéma et de l'image animée")]),
]


@pytest.mark.parametrize("text, want, absent", CASES)
def test_list_pattern(text, want, absent):
    assert_reads(text, want, absent)

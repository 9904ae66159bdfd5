"""A trade paper's news item about a film being made (graph/extract/news.py), and the web
page around an article: the paper's name over its menu, the author's byline over the
date, the links after the text; and a festival programme's entries set apart by rules,
their facts and credits told in sentences. Each case is a small invented text of its own; same
machinery as tests/test_patterns_lists.py."""
from __future__ import annotations

import pytest

from graph.extract.context import context
from graph.read import from_text

from test_patterns_lists import assert_reads, case

NEWS_EN = """FILM WEEKLY EXAMPLE
News | Reviews | Box Office | Festivals | Jobs

Jana Sample starts shoot on 'The Tidewater Clocks'; Meridian Example Sales boards sales

By Ola Writer | 4 February 2025 | 10:05 GMT

Cameras are rolling in Cumbria on The Tidewater Clocks, the third feature from Welsh director Jana Sample (Grey Tides), Film Weekly Example can reveal.

Piet Example, who won the Northern Prize for Grey Tides, leads the cast as Amos Vell, a retired ferryman, with Rhian Model as his granddaughter Tess. Ola Specimen and newcomer Dai Example complete the principal cast.

The screenplay is by Sample and Gwen Example, her co-writer on Grey Tides.

Mara Example is producing for Heronsgate Pictures. Bram Specimen of Utrecht-based Dijkstra Film is co-producer. Lise Model of Eastlight Films is executive producer.

The film is financed by the Northern Screen Example and the Fenland Film Fund, with Kestrel Capital providing gap finance.

Sample is reuniting with her regular team: director of photography Una Example, editor Colm Model, production designer Nuala Specimen and composer Ivo Example.

London-based Meridian Example Sales has taken worldwide sales. Ashgrove Distribution will release the film in the UK and Ireland.

Grey Tides premiered at Harbourlight in 2019 and grossed $4.2m worldwide.

IN BRIEF

Ashgrove takes UK rights to 'Salt Choir'
Ashgrove Distribution has acquired UK rights to Lena Example's Salt Choir from Meridian Example Sales. The drama, starring Otto Model and June Specimen, was produced by Fieldmouse Pictures.

Related articles
'Grey Tides' wins Harbourlight prize (12 June 2019)
"""

NEWS_FR = """LA LETTRE EXEMPLE
Actualités | Production | Distribution | Box-office | Festivals

Claire Exemple tourne « Les Saules de Brocéliande » en Bretagne

Par Jean Auteur — le 3 mars 2025 à 9 h 30

Le tournage du quatrième long métrage de Claire Exemple (La Dune, Les Vents) a débuté le 24 février dans le Morbihan.

Léa Modèle, fidèle de la cinéaste depuis La Dune, y incarne Rose Kerjean, une luthière qui revient au pays. Paul Exemple, Anne Spécimen et le jeune Tom Modèle complètent la distribution.

Le scénario est signé Claire Exemple et Marc Spécimen, déjà coscénariste de La Dune.

Le film est produit par Lise Exemple pour Les Films du Goéland, en coproduction avec le belge Studio Exemple (Hugo Modèle). Il bénéficie de l'avance sur recettes, du soutien du Fonds Bretagne Exemple et d'un préachat de Ciné-Modèle.

Derrière la caméra, Exemple retrouve son équipe : Yves Modèle à l'image, Inès Exemple au montage et Noé Spécimen à la musique. Les décors sont confiés à Anna Modèle.

Exemple International Sales assure les ventes internationales. Galet Distribution sortira le film en France en 2026.

EN BREF

Exemple International Sales s'empare de « L'Été de Margot »
Le vendeur a acquis les droits internationaux du premier long métrage de Louis Exemple, produit par les Québécois de Érable Films. Julie Modèle y tient le rôle-titre.
"""

OBITUARY = """THE DAILY EXAMPLE
Home | News | Sport | Culture | Obituaries | Puzzles

Obituaries

Tom Example obituary
Editor whose cutting gave the provinces their rhythm

Ann Writer
Friday 12 April 2024, 17.40 BST

Tom Example, who has died aged 80, was the editor of many quietly admired films.

Filmography as editor
1974 The Lamp Example (dir. Ed Model)
1981 Night Bus to Example (dir. Ed Model)

Related
Ed Model obituary (2009)

Comments (14)
"""

CASES = [
    case("news-item-credits-en", NEWS_EN, [
        ("director", "FILM", "Jana Sample"),
        ("cast", "FILM", "Piet Example", {"character": "Amos Vell"}),
        ("cast", "FILM", "Rhian Model", {"character": "Tess"}),
        ("cast", "FILM", "Ola Specimen"), ("cast", "FILM", "Dai Example"),
        ("screenwriter", "FILM", "Jana Sample"), ("screenwriter", "FILM", "Gwen Example"),
        ("producer", "FILM", "Mara Example"), ("production_company", "FILM", "Heronsgate Pictures"),
        ("co_producer", "FILM", "Bram Specimen"), ("production_company", "FILM", "Dijkstra Film"),
        ("executive_producer", "FILM", "Lise Model"),
        ("funder", "FILM", "Kestrel Capital"), ("funder", "FILM", "Fenland Film Fund"),
        ("cinematographer", "FILM", "Una Example"), ("editor", "FILM", "Colm Model"),
        ("production_designer", "FILM", "Nuala Specimen"), ("composer", "FILM", "Ivo Example"),
        ("sales_agent", "FILM", "Meridian Example Sales"),
        ("distributor", "FILM", "Ashgrove Distribution"),
    ], [
        ("box_office", "FILM", "4200000"),  # (Grey Tides grossed it, not this film)
        ("director", "FILM", "Sample"), ("cast", "FILM", "newcomer Dai Example"),
    ]),
    case("news-brief-en", NEWS_EN, [
        ("director", "Salt Choir", "Lena Example"), ("distributor", "Salt Choir", "Ashgrove Distribution"),
        ("sales_agent", "Salt Choir", "Meridian Example Sales"), ("cast", "Salt Choir", "Otto Model"),
        ("cast", "Salt Choir", "June Specimen"), ("production_company", "Salt Choir", "Fieldmouse Pictures"),
    ], [("cast", "FILM", "Otto Model"), ("production_company", "FILM", "Fieldmouse Pictures")]),
    case("news-item-credits-fr", NEWS_FR, [
        ("director", "FILM", "Claire Exemple"),
        ("cast", "FILM", "Léa Modèle", {"character": "Rose Kerjean"}),
        ("cast", "FILM", "Paul Exemple"), ("cast", "FILM", "Anne Spécimen"), ("cast", "FILM", "Tom Modèle"),
        ("screenwriter", "FILM", "Claire Exemple"), ("screenwriter", "FILM", "Marc Spécimen"),
        ("producer", "FILM", "Lise Exemple"), ("production_company", "FILM", "Les Films du Goéland"),
        ("production_company", "FILM", "Studio Exemple"), ("producer", "FILM", "Hugo Modèle"),
        ("funder", "FILM", "Fonds Bretagne Exemple"), ("funder", "FILM", "Ciné-Modèle"),
        ("cinematographer", "FILM", "Yves Modèle"), ("editor", "FILM", "Inès Exemple"),
        ("composer", "FILM", "Noé Spécimen"), ("production_designer", "FILM", "Anna Modèle"),
        ("sales_agent", "FILM", "Exemple International Sales"), ("distributor", "FILM", "Galet Distribution"),
    ], [("cast", "FILM", "le jeune Tom Modèle"), ("production_company", "FILM", "belge Studio Exemple")]),
    case("news-brief-fr", NEWS_FR, [
        ("director", "L'Été de Margot", "Louis Exemple"),
        ("sales_agent", "L'Été de Margot", "Exemple International Sales"),
        ("production_company", "L'Été de Margot", "Érable Films"),
        ("cast", "L'Été de Margot", "Julie Modèle"),
    ], [("production_company", "L'Été de Margot", "Québécois de Érable Films")]),
    # an obituary on a web page: the paper's menu and the rubric above the headline, the
    # author's name over the date, the links after the filmography
    case("obituary-page", OBITUARY, [
        ("editor", "The Lamp Example", "Tom Example"), ("editor", "Night Bus to Example", "Tom Example"),
    ], [("editor", "The Lamp Example", "Ann Writer"), ("editor", "The Lamp Example", "THE DAILY EXAMPLE"),
        ("editor", "Ed Model obituary", "Tom Example")]),
    # a catalogue entry's title and its English title, apart by a slash
    case("slashed-titles", """FESTIVAL EXAMPLE 2024

------------------------------------------------------------
Der Sommer am See / The Summer by the Lake
Germany 2023 — 88 min — German
Director Karl Example | Screenplay Karl Example
Cast Jan Model, Eva Specimen
Two sisters spend a last summer at the lake house.

------------------------------------------------------------
La Nuit des Exemples / The Night of Examples
France 2022 — 95 min — French
Director Anne Model | Screenplay Anne Model
Cast Paul Specimen
A night porter watches over a hotel.
""", [("director", "Der Sommer am See", "Karl Example"), ("alias", "Der Sommer am See", "The Summer by the Lake")],
         [("director", "Der Sommer am See / The Summer by the Lake", "Karl Example")]),
    # a programme's entries between rules: a title not in capitals over a note that names
    # its director and ends with its facts; a title in capitals over its facts and credits
    # in sentences
    case("ruled-entries-in-sentences", """FESTIVAL EXAMPLE 2024
Official Competition

------------------------------------------------------------
The Clock Example (L'orologio esempio)
Anna Model Specimen's second feature is a chamber piece set in a watch workshop. Lia Example and Eva Model play the sisters Irene and Vera, and Rico Specimen their stern father. Italy–Switzerland, 2023, 121 minutes, in Italian.
Sun 11 June 18:30 Screen 1

------------------------------------------------------------
DRY EXAMPLE HYMN
USA, 2022, 109 min. Directed by Kurt Model. Starring Lula Example, Otis Specimen. A Fieldmouse Pictures production.
A choir splits over a donation.
Tue 13 June 21:00 Screen 1

------------------------------------------------------------
""", [("director", "The Clock Example", "Anna Model Specimen"), ("cast", "The Clock Example", "Lia Example"),
      ("cast", "The Clock Example", "Rico Specimen"), ("country", "The Clock Example", "Switzerland"),
      ("duration", "The Clock Example", "121"), ("language", "The Clock Example", "Italian"),
      ("duration", "Dry example hymn", "109"), ("country", "Dry example hymn", "United States"),
      ("cast", "Dry example hymn", "Otis Specimen"), ("director", "Dry example hymn", "Kurt Model")],
         [("director", "The Clock Example", "Kurt Model")]),
    # a home-video publisher's catalogue: titles not in capitals, each over its director
    # and facts in a shape of its own; rubrics in capitals over them
    case("video-catalogue-entries", """ÉDITIONS EXEMPLE
Catalogue vidéo — Automne 2024

COLLECTION PATRIMOINE

Le Rendez-vous d'Exemple
Paul Modèle — France — 1962 — 87 min — noir et blanc
Avec Anne Exemple, Luc Spécimen
DVD — 14,99 €

Un orage exemplaire
Un film de Marc Exemple (France, 1967, 95 min)
Interprétation : Anne Exemple, Henri Modèle
DVD — 14,99 €

Les Loups d'Exemple — NOUVELLE RESTAURATION 4K
Réal. : Marc Exemple. Scén. : Marc Exemple, d'après Lucien Spécimen.
Image : Jean Modèle. Montage : Rose Exemple.
France — 1971 — 104 min — couleur
Blu-ray — 24,99 €

Monsieur Exemple s'en va
Marc Exemple, 1976 — 99 min
Produit par Les Films Exemple
Blu-ray — 24,99 €

La Dernière Valse à Exemple
de Sylvie Modèle — avec Anne Exemple, Luc Spécimen
France, 1984, 110 min, couleur. Musique : Michel Exemple.
DVD — 14,99 €
""", [("director", "Le Rendez-vous d'Exemple", "Paul Modèle"), ("duration", "Le Rendez-vous d'Exemple", "87"),
      ("director", "Un orage exemplaire", "Marc Exemple"), ("duration", "Un orage exemplaire", "95"),
      ("director", "Les Loups d'Exemple", "Marc Exemple"), ("editor", "Les Loups d'Exemple", "Rose Exemple"),
      ("director", "Monsieur Exemple s'en va", "Marc Exemple"), ("duration", "Monsieur Exemple s'en va", "99"),
      ("director", "La Dernière Valse à Exemple", "Sylvie Modèle"),
      ("cast", "La Dernière Valse à Exemple", "Luc Spécimen"), ("duration", "La Dernière Valse à Exemple", "110")],
         [("screenwriter", "Les Loups d'Exemple", "d'après Lucien Spécimen"),
          ("director", "Un orage exemplaire", "Paul Modèle"), ("editor", "Un orage exemplaire", "Rose Exemple"),
          ("alias", "COLLECTION PATRIMOINE", "Le Rendez-vous d'Exemple")]),
    # an apostrophe in the quoted title; who does what said of them ("A is to direct T", "B
    # has written the screenplay", "C is director of photography, D will edit"); a surname
    # alone for a name the headline gave in full; a second producer for their company;
    # another film's "starring" is not this one's cast
    case("news-item-said-of-them", """SCREEN EXAMPLE
News › Production

Ada Model reunites with Ben Exampleton, Cora Modelson for 'The Lockkeeper's Example' (exclusive)

Example Releasing takes UK rights; Sample Lane Sales to launch in Berlin

By Dee Writer | 3 March 2025

Welsh filmmaker Ada Model is to direct The Lockkeeper's Example, a canal-set thriller.

Exampleton will play Nia Pryce, who keeps the last lock, with Modelson as Huw Teague, her brother. Eli Sample, who appeared in Model's earlier films, co-stars as the village's postmistress Gwen, and newcomer Fay Example plays Nia's son Ifan.

Model has written the screenplay. Rhys Example is producing for Cardiff-based Example Pictures and Mair Model for Swansea's Specimen Films. Tom Model of Harbour Example Films is executive producer.

Lena Specimen is director of photography, Owain Sample will edit and Iolo Example is composing the score.

The £3.4 million production is backed by the Example Screen Fund.

Example Releasing has acquired UK rights; Harbour Example Films will release the film in Ireland. Sample Lane Sales is handling international rights.

Her most recent film, Slate Example (2020), starring Gwyn Specimen, was released in 2021.
""", [("director", "FILM", "Ada Model"), ("screenwriter", "FILM", "Ada Model"),
      ("cast", "FILM", "Ben Exampleton", {"character": "Nia Pryce"}),
      ("cast", "FILM", "Cora Modelson", {"character": "Huw Teague"}),
      ("cast", "FILM", "Eli Sample", {"character": "Gwen"}),
      ("cast", "FILM", "Fay Example", {"character": "Ifan"}),
      ("producer", "FILM", "Rhys Example"), ("producer", "FILM", "Mair Model"),
      ("production_company", "FILM", "Example Pictures"), ("production_company", "FILM", "Specimen Films"),
      ("executive_producer", "FILM", "Tom Model"),
      ("cinematographer", "FILM", "Lena Specimen"), ("editor", "FILM", "Owain Sample"),
      ("composer", "FILM", "Iolo Example"), ("budget", "FILM", "3400000"),
      ("distributor", "FILM", "Example Releasing"), ("distributor", "FILM", "Harbour Example Films"),
      ("sales_agent", "FILM", "Sample Lane Sales")],
         [("cast", "FILM", "Gwyn Specimen"), ("production_company", "FILM", "Harbour Example Films")]),
    # an actress's part in a director's film, the film named with whose
    case("starred-in-owned-title", """Ola Example

Ola Example (born 1950) is an English actress. She starred in Ann Model's The Orchard Example (1985) and, decades later, in Tom Specimen's Quiet Example (2008).
""", [("cast", "The Orchard Example", "Ola Example"), ("director", "The Orchard Example", "Ann Model"),
      ("cast", "Quiet Example", "Ola Example")],
         [("cast", "Ann Model's The Orchard Example", "Ola Example")]),
]


@pytest.mark.parametrize("text, want, absent", CASES)
def test_news_and_web_page_patterns(text, want, absent):
    assert_reads(text, want, absent)


def test_a_news_item_is_about_the_film_its_headline_quotes():
    ctx = context(from_text(NEWS_EN))
    assert ctx.film is not None and ctx.film.name == "The Tidewater Clocks"
    assert context(from_text(NEWS_FR)).film.name == "Les Saules de Brocéliande"


def test_a_headline_without_a_byline_names_no_film():
    text = "Notes\n\nJana Sample starts shoot on 'The Tidewater Clocks'\n\nThe shoot is long.\n"
    ctx = context(from_text(text))
    assert ctx.film is None or ctx.film.name != "The Tidewater Clocks"

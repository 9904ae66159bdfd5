"""Press-kit and article shapes the held-out and blind sets showed, each on a small
invented text of its own: the title page ('A Films presents / THE TITLE'), a technical
sheet's title, billing in columns, character-first cast columns, role-alone credits,
technical lines, label-and-list sentences, filmography sections, births and spouses.
Same machinery as tests/test_patterns_lists.py."""
from __future__ import annotations

import pytest

from graph.extract.context import context
from graph.read import from_text

from test_patterns_lists import KIT, assert_reads, c, case, claims_of

TITLE_PAGE = """NORTHWIND PICTURES and CALDER FILMS
present


THE LANTERN KEEPERS


a film by Wilma Ostrander

"""


@pytest.mark.parametrize("text, title", [
    # a trade paper's review: its headline quotes the title under a section's name
    ("FILM REVIEW\n\nSample Film Review: 'The Specimen Weather'\n\nAnn Exemplar's second feature is a "
     "drama.\n\nBy TOM ESSAI\n\nThe Specimen Weather\n\nProduction: Sample Films.\n", "the specimen weather"),
    (TITLE_PAGE, "the lantern keepers"),
    ("TRAMONTANE FILMS\nprésente\n\n\nLES NUITS\nDE SAINT-ROCH\n\n\nun film de\nLÉA FONTAINE\n",
     "les nuits de saint-roch"),
    ("OSPREY FILMS\npresents\nin co-production with DUNMORE MEDIA\n\n\nG R E Y    H A R B O U R\n\n",
     "grey harbour"),
    ("DOSSIER DE PRESSE\n\nFICHE TECHNIQUE\n\nTitre original : Les Heures creuses\nPays : France\n",
     "les heures creuses"),
    # no "presents" line: the title above "A FILM BY", past a company line
    ("KARAYEL FİLM  &  NORDSTERN FILMPRODUKTION\n\nTHE SALT KILN\nTUZ OCAĞI\n\n"
     "A FILM BY SELİN ARAS\n\nCAST\n", "the salt kiln"),
    # the last billed actor alone on the next line, then the title
    ("LES FILMS DU GUÉ\nprésente\n\nANNE VÉRON          PAUL DASTÉ\n              LIA MORO\n\n\n"
     "        LE PONT DES ARCHES\n\n        un film de IRÈNE FABRE\n", "le pont des arches"),
    # "UN FILM DE X" heads the page, the title (letters spaced) below it
    ("UN FILM DE IRÈNE FABRE\n\n\n\nL E   P O N T   D E S   A R C H E S\n\n\n"
     "ANNE VÉRON          PAUL DASTÉ\n", "le pont des arches"),
    # actors billed between "présente" and the title
    ("LES FILMS DU GUÉ\nprésente\n\nANNE VÉRON        PAUL DASTÉ        LIA MORO\n\n"
     "LE PONT\nDES ARCHES\n\nun film de\nIrène Fabre\n", "le pont des arches"),
    # actors billed one a line (both in the cast below), then the title
    ("LES FILMS DU GUÉ\nPRÉSENTE\n\nANNE VÉRON\nPAUL DASTÉ\n\nLE PONT DES ARCHES\n\n"
     "UN FILM DE IRÈNE FABRE\n\nLISTE ARTISTIQUE\n\nANNE VÉRON (JEANNE)\nPAUL DASTÉ (ANDRÉ)\n",
     "le pont des arches"),
    # a title on two lines, repeated below, is no billing
    ("LES FILMS DU GUÉ\nprésente\n\nLE PONT\nDES ARCHES\n\nun film de\nIrène Fabre\n\n"
     "LE PONT DES ARCHES est son premier film.\n", "le pont des arches"),
    # "a film by" between "presents" and the title, the director's name on the line below
    ("SAMPLE FILM\npresents\n\na film by\nANNE EXAMPLE-MODEL\n\nTHE RIVER SAMPLE\n\n"
     "PAUL EXAMPLE   MARIE SAMPLE\n\nNorway · 2022 · 112 min\n", "the river sample"),
    # the co-producing companies billed in capitals between "présente" and the title
    ("DISTRIBUTION EXEMPLE\nprésente\n\nLES FILMS DU MODÈLE et SPÉCIMEN FILMS\n\n"
     "LA NUIT DES ESSAIS\n\nun film de ODILE EXEMPLE\n", "la nuit des essais"),
    # the funders' line carried on to the next line ("... FUND," / "the B FUND and ..."), then the title
    ("SAMPLE PICTURES\npresent\n\nwith the support of the EXEMPLAR SCREEN FUND,\n"
     "the MODEL SCREEN INITIATIVE and the SAMPLE FILM FUND\n\na film by ADA EXEMPLAR-HALE\n\n"
     "HARBOUR OF SAMPLE HOURS\n\nPRESS KIT\n", "harbour of sample hours"),
    # the producing company "en coproduction avec" another, then the actors' first names over
    # their surnames, then the title
    ("SPÉCIMEN DISTRIBUTION\nprésente\n\n\nLES FILMS DU HÉRON EXEMPLE\nen coproduction avec ATELIER MODÈLE\n\n\n"
     "          SOLÈNE              KARIM             AURORE\n"
     "    DE LA SPÉCIMEN         EXEMPLE           MODÈLE-DANG\n\n\n"
     "                     LE CHANT DES ESSAIS\n\n                 un film de Baptiste Exemple\n",
     "le chant des essais"),
    # a letter's subject names its film in quotes, with its working title's note; the
    # memo's "1. LE FILM" below is a heading, no title
    ("EXEMPLE FILMS\nSAS au capital de 10 000 €\n\nObjet : Mémo d'accord – engagement de M. Yanis Modèle\n"
     "Film : « LES ENFANTS D'ESSAI » (titre provisoire)\n\nChère Madame,\n\n1. LE FILM\n\n"
     "   Réalisatrice : Malika Exemple\n", "les enfants d'essai"),
])
def test_the_film_of_a_press_kit_is_found_by_its_title_page(text, title):
    film = context(from_text(text)).film
    assert film is not None and film.name.lower() == title


def test_a_title_page_s_title_in_capitals_is_named_as_the_text_writes_it_elsewhere():
    text = ("SAMPLE PICTURES\npresent\n\nHARBOUR OF SAMPLE HOURS\n\na film by ADA EXEMPLAR\n\n"
            "Filmography\n2025  Harbour of Sample Hours\n")
    assert context(from_text(text)).film.name == "Harbour of Sample Hours"
    alone = "SAMPLE PICTURES\npresent\n\nHARBOUR OF SAMPLE HOURS\n\na film by ADA EXEMPLAR\n"
    assert context(from_text(alone)).film.name == "Harbour of sample hours"


CASES = [
    case("title-page-bodies-and-director", TITLE_PAGE, [
        ("production_company", "FILM", "NORTHWIND PICTURES"),
        ("production_company", "FILM", "CALDER FILMS"),
        ("director", "FILM", "Wilma Ostrander")]),

    case("billing-in-columns", TITLE_PAGE + """with  ODA FENWICK    ROLAND KESS    MAI TRAN-OKORO
""", [c("Oda Fenwick"), c("Roland Kess"), c("Mai Tran-Okoro")]),

    case("cast-character-first-columns", TITLE_PAGE + """CAST

Hélène Varrault ............ Agathe Morin-Lisle
Pierrot .................... Fabien Ducrozet
Le notaire ................. Gaspard Thévenot
""", [c("Agathe Morin-Lisle", "Hélène Varrault"), c("Fabien Ducrozet", "Pierrot"),
      c("Gaspard Thévenot", "Le notaire")],
        [c("Hélène Varrault")]),

    case("cast-character-then-actor-in-capitals", TITLE_PAGE + """CAST

Elise                         INGA HOLMRUD
Tom, aged 9                   FENN CARVER
""", [c("Inga Holmrud", "Elise"), c("Fenn Carver", "Tom")]),

    case("cast-name-and-character-in-parentheses-with-notes", TITLE_PAGE + """LES COMÉDIENS

Jos Mertzig (Henri Walch)
Dolly Arbuthnot (the flower seller) (uncredited)
""", [c("Jos Mertzig", "Henri Walch")]),

    case("cast-uncredited-note-is-not-the-character", """Harbour Lights (1997 film)

Harbour Lights is a 1997 British drama film directed by Hollis Marrow.

Cast

  * Dolly Arbuthnot as the flower seller (uncredited)
  * Renn Castell as Inspector Gale
""", [c("Dolly Arbuthnot", "the flower seller"), c("Renn Castell", "Inspector Gale")]),

    case("role-alone-compound-then-name", TITLE_PAGE + """CREW

Written and directed by
Wilma Ostrander

Original Score
Benedikt Saar

Production Designer
Ilse Varga
""", [("screenwriter", "FILM", "Wilma Ostrander"), ("director", "FILM", "Wilma Ostrander"),
      ("composer", "FILM", "Benedikt Saar"), ("production_designer", "FILM", "Ilse Varga")],
        [("production_designer", "Benedikt Saar", "Ilse Varga")]),

    case("role-and-name-in-spaced-columns-with-guild-letters", TITLE_PAGE + """KEY CREW

DIRECTED BY                    Wilma Ostrander
DIRECTOR OF PHOTOGRAPHY        Piet Jansma ASC
CASTING                        Rona Bell CDG (UK)
""", [("director", "FILM", "Wilma Ostrander"), ("cinematographer", "FILM", "Piet Jansma"),
      ("casting_director", "FILM", "Rona Bell")]),

    case("tech-line-with-languages-and-em-dashes", TITLE_PAGE + """Ireland / Canada  —  2019  —  107 min  —  English, French  —  1.85:1  —  5.1
""", [("country", "FILM", "Ireland"), ("country", "FILM", "Canada"), ("duration", "FILM", "107"),
      ("language", "FILM", "English"), ("language", "FILM", "French")]),

    case("fr-tech-line-with-labelled-segments", TITLE_PAGE + """Durée : 1 h 38  –  France  –  2016  –  Image : 1.85  –  Son : 5.1

SORTIE EN BELGIQUE LE 19 OCTOBRE 2016
""", [("duration", "FILM", "98"), ("country", "FILM", "France"),
      ("date", "FILM", "2016-10-19")]),

    case("companies-label-and-list-sentences", TITLE_PAGE + """THE LANTERN KEEPERS is a Norway–France co-production between Fjordlys Film (Bergen)
and Calder Films (Paris). Financed in part by Skarv Capital. Norwegian distribution:
Nordkapp Releasing. International sales: Tern Sales.
""", [("production_company", "FILM", "Fjordlys Film"), ("production_company", "FILM", "Calder Films"),
      ("funder", "FILM", "Skarv Capital"), ("distributor", "FILM", "Nordkapp Releasing"),
      ("sales_agent", "FILM", "Tern Sales")]),

    case("fr-companies-coproduction-de-and-fonds-names", TITLE_PAGE + """Le film est une coproduction franco-belge de Tramontane Films (Paris) et Escaut
Productions (Gand), réalisée avec l'aide du Fonds gantois pour l'image et du Fonds
Escaut-Lys. Distribution en Belgique : Lumière du Béguinage.
""", [("production_company", "FILM", "Tramontane Films"),
      ("production_company", "FILM", "Escaut Productions"),
      ("funder", "FILM", "Fonds gantois pour l'image"), ("funder", "FILM", "Fonds Escaut-Lys"),
      ("distributor", "FILM", "Lumière du Béguinage")],
        [("funder", "FILM", "Escaut-Lys")]),

    case("fr-filmography-acting-sections-and-assistant", TITLE_PAGE + """
LÉA FONTAINE

Réalisation
2019  LES NUITS DE SAINT-ROCH
2015  LA BALEINE BLEUE (court métrage)

Assistante réalisatrice
2012  LE TEMPS DES CERISES de Paul Amadou


GASPARD THÉVENOT

Cinéma
2019  LES NUITS DE SAINT-ROCH de Léa Fontaine
2016  UN HIVER À SÈTE de Joris Malet

Télévision
2014  L'ÉCLUSE (téléfilm) de Nadia Berrak
""", [("director", "LES NUITS DE SAINT-ROCH", "Léa Fontaine"),
      ("director", "LE TEMPS DES CERISES", "Paul Amadou"),
      ("cast", "UN HIVER À SÈTE", "Gaspard Thévenot"),
      ("director", "UN HIVER À SÈTE", "Joris Malet"),
      ("director", "L'ÉCLUSE", "Nadia Berrak"), ("cast", "L'ÉCLUSE", "Gaspard Thévenot")],
        [("director", "LE TEMPS DES CERISES", "Léa Fontaine"),
         ("director", "UN HIVER À SÈTE", "Gaspard Thévenot")]),

    case("births-and-spouse-under-name-headings", TITLE_PAGE + """
WILMA OSTRANDER – Writer / Director

Wilma Ostrander was born in Tromsø in 1979 and studied film in Oslo.


RONA KESS
Actress

Born in 1984 in Leeds, Rona Kess trained at the Old Vic. She lives in Bristol with her
husband, the composer Benedikt Saar.


FABIEN DUCROZET

Né à Lausanne en 1962, Fabien Ducrozet a débuté au théâtre.
""", [("birth_date", "Wilma Ostrander", "1979"), ("birth_date", "Rona Kess", "1984"),
      ("spouse", "Rona Kess", "Benedikt Saar"), ("birth_date", "Fabien Ducrozet", "1962")]),

    case("person-born-in-parentheses-mid-sentence", TITLE_PAGE + """
One of Norway's busiest actors, Roland Kess (born 1951 in Bergen) plays the keeper.
""", [("birth_date", "Roland Kess", "1951")]),

    case("films-named-in-passing-with-their-year", """Harbour Lights (1997 film)

Harbour Lights is a 1997 British drama film directed by Hollis Marrow.

Production

Marrow reunited with the cinematographer Ivo Brandt, with whom he had made Salt Wind Over Hull (1991).

<span class="mw-page-title-main">Renn Castell</span> Irish actor

Renn Castell is an Irish actor. He appeared in Harbour Lights (1997), Grey Quay (2001) and many plays.
""", [("date", "Salt Wind Over Hull", "1991"), ("cast", "Grey Quay", "Renn Castell")]),
]


@pytest.mark.parametrize("text, want, absent", CASES)
def test_press_kit_pattern(text, want, absent):
    assert_reads(text, want, absent)


MORE = [
    case("fr-filmography-mixed-case-titles-under-a-heading", TITLE_PAGE + """
LÉA FONTAINE
Réalisatrice

Née à Sète en 1975, Léa Fontaine a tourné des courts métrages.

FILMOGRAPHIE

Longs métrages
2019   LES NUITS DE SAINT-ROCH

Courts métrages
2006   Marée haute
2003   Le Bal des douaniers
""", [("director", "LES NUITS DE SAINT-ROCH", "Léa Fontaine"),
      ("director", "Marée haute", "Léa Fontaine"),
      ("director", "Le Bal des douaniers", "Léa Fontaine"), ("kind", "Marée haute", "short")]),

    case("fr-person-lists-of-titles-in-a-sentence", """La Digue (film)

La Digue est un film français réalisé par Gaspard Thévenot, sorti en 2001.

<span class="mw-page-title-main">Gaspard Thévenot</span> réalisateur français

Gaspard Thévenot, né en 1960 à Sète, est un réalisateur français. Après plusieurs courts métrages, dont Le Sel (1988), il réalise Les Rives du Lez (1994), La Digue (2001) et Un port pour Lucie (2009).

<span class="mw-page-title-main">Inès Varga</span> actrice suisse

Inès Varga (née en 1971 à Sion) est une actrice suisse. Révélée par La casa del lago (1995), elle a également joué dans La Digue (2001).
""", [("director", "Le Sel", "Gaspard Thévenot"), ("director", "Les Rives du Lez", "Gaspard Thévenot"),
      ("director", "Un port pour Lucie", "Gaspard Thévenot"),
      ("cast", "La casa del lago", "Inès Varga"), ("cast", "La Digue", "Inès Varga")],
        [("director", "il réalise Les Rives du Lez", "Gaspard Thévenot")]),

    case("clause-before-the-first-title-and-a-composer-after-a-place", """Harbour Lights (1997 film)

Harbour Lights is a 1997 British drama film directed by Hollis Marrow. Cinematographer Ivo Brandt shot the film in Whitby, Yorkshire, and Pell Anders composed the score.

<span class="mw-page-title-main">Hollis Marrow</span> British director

Hollis Marrow (born 1931) was a British film director. His later films include The Night Tide (1969) and The Lantern Men (1974).
""", [("composer", "FILM", "Pell Anders"), ("date", "The Night Tide", "1969")],
        [("composer", "FILM", "Whitby"), ("composer", "FILM", "Yorkshire"),
         ("date", "His later films include The Night Tide", "1969")]),
]


# shapes tests/blind2 showed; each on an invented text of its own
THIRD = [
    case("infobox-label-wrapped-over-two-lines", """The Quarry Bell

The Quarry Bell
Theatrical release poster
Directed by Ottilie Pargeter
Produced byRandal Voss
Starring
Wynn Abernathy
Production
company
Slatehill Pictures
Distributed byMarrow Film Exchange
Running time
74 minutes
""", [("production_company", "FILM", "Slatehill Pictures"), ("producer", "FILM", "Randal Voss")],
        [("producer", "FILM", "Slatehill Pictures")]),

    case("produced-by-a-described-studio", """The Gull Lamp

The Gull Lamp is a 1992 Welsh animated film directed by Ceri Lowther. The first feature produced by the Cardiff studio Tidewrack Animation, it was shown at Annecy.
""", [("production_company", "FILM", "Tidewrack Animation"), ("director", "FILM", "Ceri Lowther")],
        [("producer", "FILM", "Cardiff"), ("producer", "FILM", "Tidewrack Animation")]),

    case("budget-and-box-office-in-sentences", """The Gull Lamp

The Gull Lamp is a 1992 Welsh animated film directed by Ceri Lowther.

Release

Made on a budget of £1.4 million, it grossed £2.6 million in Britain.
""", [("budget", "FILM", "1400000"), ("box_office", "FILM", "2600000")]),

    case("fr-budget-and-takings-in-a-section", """Le Bac de Namêche

Le Bac de Namêche est un film belge réalisé par Odile Warnant, sorti en 1961.

Production

Les prises de vues ont lieu à Namêche pendant l'été 1960. Le budget est estimé à 3,2 millions de francs
belges.

Accueil

Sorti à Namur, le film rapporte 7,5 millions de francs belges de recettes.
""", [("budget", "FILM", "3200000"), ("box_office", "FILM", "7500000")],
        [("box_office", "FILM", "3200000")]),

    case("fr-fiche-dates-under-their-label", """Le Bac de Namêche

Le Bac de Namêche est un film belge réalisé par Odile Warnant.

Fiche technique

 • Réalisation : Odile Warnant
 • Durée : 88 minutes
 • Dates de sortie :
     ◦ Belgique : 12 mars 1961
     ◦ France : 9 juin 1962
""", [("date", "FILM", "1961-03-12")], [("date", "FILM", "1962-06-09")]),

    case("fr-encyclopedia-cast-actor-colon-character", """Le Bac de Namêche

Le Bac de Namêche est un film belge réalisé par Odile Warnant, sorti en 1961.

Distribution

Roger Vandenplas : Jules, le passeur
Mariette Cloes : la veuve Lambot
Henri Delvigne : le curé
""", [c("Roger Vandenplas", "Jules"), c("Mariette Cloes", "la veuve Lambot"),
      c("Henri Delvigne", "le curé")], [c("Jules")]),

    case("cast-actor-dash-character-under-a-heading", KIT + """CAST

Ruth Penhaligon – Tamsin
Jory Trevail – Captain Rowe
Esme Kittow – young Tamsin
""", [c("Ruth Penhaligon", "Tamsin"), c("Jory Trevail", "Captain Rowe"),
      c("Esme Kittow", "young Tamsin")]),

    case("crew-role-columns-are-not-characters", KIT + """Ondine Perret .................. direction artistique et décors
Mathis Leclercq .............................. chef animateur
Joël Darras .......................................... montage
""", [("art_director", "FILM", "Ondine Perret"), ("production_designer", "FILM", "Ondine Perret"),
      ("editor", "FILM", "Joël Darras")],
        [c("Ondine Perret", "direction artistique et décors"), c("Mathis Leclercq", "chef animateur")]),

    case("produced-by-over-one-name-a-line", KIT + """Produit par
Hortense Maillard (Les Ateliers de la Dyle)
Wout Peeters (Studio Kiekeboe)

""", [("producer", "FILM", "Hortense Maillard"), ("producer", "FILM", "Wout Peeters"),
      ("production_company", "FILM", "Les Ateliers de la Dyle")],
        [c("Hortense Maillard", "Les Ateliers de la Dyle"),
         ("production_company", "FILM", "Hortense Maillard Wout Peeters")]),

    case("coproduction-bodies-between-dashes", KIT + """Une coproduction Les Ateliers de la Dyle – Studio Kiekeboe – Télé Sambre,
avec la participation du Centre du Cinéma.
""", [("production_company", "FILM", "Les Ateliers de la Dyle"),
      ("production_company", "FILM", "Studio Kiekeboe"),
      ("production_company", "FILM", "Télé Sambre")]),

    case("technical-line-with-pipes-and-a-rating", KIT + """Aotearoa / Australia | 2019 | 97 minutes | English and Māori | 2.39:1 | 5.1

Belgique / France – 2020 – 81 min – Dolby 5.1 – à partir de 8 ans
""".replace("Aotearoa", "New Zealand"), [
        ("duration", "FILM", "97"), ("country", "FILM", "New Zealand"), ("language", "FILM", "Māori"),
        ("duration", "FILM", "81"), ("country", "FILM", "Belgium")]),

    case("a-number-is-no-name", """Le Bac de Namêche

Sommaire
1	Synopsis
2	Distribution
3	Production
""", [], [("distributor", "FILM", "2"), ("production_company", "FILM", "3")]),

    case("a-production-heading-over-prose-is-no-credit", """Le Bac de Namêche

Le Bac de Namêche est un film belge réalisé par Odile Warnant, sorti en 1961.

Production

La pièce de Léon Marchal, créée au Théâtre du Parc en 1955, avait connu un grand succès.
""", [], [("production_company", "FILM", "La pièce de Léon Marchal")]),

    case("filmography-year-last-with-dir", KIT + """RUTH PENHALIGON – Tamsin

Ruth Penhaligon was born in Truro in 1985.

Film
The Slate Road (2016) – dir. Ottilie Pargeter
Wheal Hope (2013, short) – dir. Jory Trevail

Theatre
The Miner's Daughter (2012) – Minack Theatre, Porthcurno
""", [("cast", "The Slate Road", "Ruth Penhaligon"), ("director", "The Slate Road", "Ottilie Pargeter"),
      ("cast", "Wheal Hope", "Ruth Penhaligon"), ("kind", "Wheal Hope", "short")],
        [("author", "The Miner's Daughter", "Minack Theatre"),
         ("author", "The Miner's Daughter", "Porthcurno")]),

    case("filmography-title-then-dir-in-columns-under-a-biography", KIT + """DIRECTOR'S BIOGRAPHY

WILMA OSTRANDER (Kāi Tahu) was born in Invercargill in 1979. She trained as an editor.

FILMOGRAPHY

Feature films
The Copper Season (2020)

Short films
Tussock (2015)          dir. Wilma Ostrander
""", [("director", "The Copper Season", "Wilma Ostrander"),
      ("director", "Tussock", "Wilma Ostrander")],
        [("director", "The Copper Season", "Director'S Biography")]),

    case("fr-filmography-section-and-titles-on-one-line", KIT + """Filmographie
Longs métrages : Le Bac de Namêche (2019)
Courts métrages : La Pluie sur Andenne (2011) ; Les Grues de Liège (2014) ;
Minuit à Spa (2016)
Série télévisée : Les Petits Bateaux (2017-2018, 10 × 7 min)
""", [("kind", "La Pluie sur Andenne", "short"), ("kind", "Les Grues de Liège", "short"),
      ("kind", "Minuit à Spa", "short")],
        [("kind", "Minuit à Spa Série télévisée : Les Petits Bateaux", "short")]),

    case("fr-lead-with-hours-and-labelled-credits", """La Mémoire des écluses

La Mémoire des écluses est un film documentaire français écrit et réalisé par Maëlle Quéré, sorti le 4 avril 2014. Image : Tanguy Le Bihan ; montage : Soizic Morvan ; musique originale d'Yves Kerhervé. Le film dure 1 h 24.
""", [("cinematographer", "FILM", "Tanguy Le Bihan"), ("editor", "FILM", "Soizic Morvan"),
      ("composer", "FILM", "Yves Kerhervé"), ("duration", "FILM", "84")]),
]


# shapes tests/blind3 showed; each on an invented text of its own
THIRD += [
    case("filmography-title-comma-director-in-turkish-capitals", KIT + """SELİN ARAS
Nurcan

Selin Aras was born in Samsun in 1988.

Film
2019   THE SALT KILN, Orhan Tekin
2016   SESSİZ KÖY (Silent Village), Leyla Demir

Television
2014–2015   YALI (series)
""", [("cast", "THE SALT KILN", "Selin Aras"), ("director", "THE SALT KILN", "Orhan Tekin"),
      ("cast", "SESSİZ KÖY", "Selin Aras"), ("director", "SESSİZ KÖY", "Leyla Demir")],
        [("director", "THE SALT KILN", "Selin Aras"), ("director", "SESS", "Selin Aras")]),

    case("filmography-title-and-original-title", KIT + """ORHAN TEKIN
Director

Filmography (as director)
2019   The Salt Kiln / Tuz Ocağı
2014   Night Bus / Gece Otobüsü (short)
""", [("director", "The Salt Kiln", "Orhan Tekin"), ("alias", "The Salt Kiln", "Tuz Ocağı"),
      ("kind", "Night Bus", "short")],
        [("director", "The Salt Kiln / Tuz Ocağı", "Orhan Tekin")]),

    case("filmography-ends-at-page-numbers-rules-and-an-interview", KIT + """IRÈNE FABRE

FILMOGRAPHIE

2008    LE PONT DES ARCHES        long métrage
1997    PETITE PLUIE               court métrage, 9 min

4
—————————————————————————————————

ENTRETIEN AVEC IRÈNE FABRE

D'où vient le film ?
""", [("kind", "PETITE PLUIE", "short"), ("director", "PETITE PLUIE", "Irène Fabre")],
        [("director", "4 ————————————————————————————————— ENTRETIEN AVEC IRÈNE FABRE", "Irène Fabre")]),

    case("a-running-header-is-no-entry", KIT + """ANNE VÉRON – Lise

Anne Véron was born in Lyon in 1990.

Theatre
2013  LA NUIT DES ROIS – Théâtre des Célestins
________________________________________________________________________________
THE COPPER SEASON – Press Kit

THE COPPER SEASON – Press Kit
""", [], [("author", "LA NUIT DES ROIS", "Press Kit"), ("cast", "THE COPPER SEASON – Press Kit", "Anne Véron")]),

    case("cast-table-with-pipes-and-infobox-dot-lists", """The Dry Wells

The Dry Wells
Directed by: Wade Example
Produced by: Saul Sample
Starring: Ana Reyes · Tom Hale
Production companies: Mesa Verde Productions · Producciones Arroyo
Languages: English · Spanish
Running time: 98 minutes

Cast
Actor | Role
Ana Reyes | Rosa Calderón
Tom Hale | Sheriff Amos Gray
""", [c("Ana Reyes", "Rosa Calderón"), c("Tom Hale", "Sheriff Amos Gray"),
      ("production_company", "FILM", "Mesa Verde Productions"),
      ("production_company", "FILM", "Producciones Arroyo"), ("language", "FILM", "Spanish")],
        [c("Actor", "Role")]),

    case("lead-passive-credits-and-surnames", """Marrow Glen

Marrow Glen is a 1983 Scottish drama film directed by Alasdair Example and starring Fiona Sample. The screenplay was written by Example and Neil Galbraith. The film was produced by Heather & Stone Films. The music was composed by Piero Gallenzi and the cinematography was by Arnaldo Vescovini. It premiered on 4 October 1983.
""", [("screenwriter", "FILM", "Alasdair Example"), ("screenwriter", "FILM", "Neil Galbraith"),
      ("production_company", "FILM", "Heather & Stone Films"), ("composer", "FILM", "Piero Gallenzi"),
      ("cinematographer", "FILM", "Arnaldo Vescovini"), ("date", "FILM", "1983-10-04")],
        [("screenwriter", "FILM", "Example"), ("producer", "FILM", "Heather")]),

    case("lead-co-wrote-the-screenplay-with-and-a-foreign-company", """The Last Ferry

The Last Ferry is a 2018 Nigerian thriller film directed by Tunde Example, who co-wrote the screenplay with Chidi Sample. Produced by Tsubaki Eiga, it stars Ada Eze.
""", [("screenwriter", "FILM", "Chidi Sample"), ("production_company", "FILM", "Tsubaki Eiga")],
        [("producer", "FILM", "Tsubaki Eiga")]),

    case("a-title-without-the-words-before-it", """Le Terril

<span class="mw-page-title-main">Maxime Example</span> réalisateur belge

Maxime Example, né en 1979 à Liège, est un réalisateur belge. Après le court métrage Le Marin d'eau douce (2009), il réalise Les Nageurs (2014).
""", [("director", "Le Marin d'eau douce", "Maxime Example")],
        [("director", "Après le court métrage Le Marin d'eau douce", "Maxime Example")]),

    case("an-encyclopedia-sub-heading-is-no-company", """Paper Lanterns

Paper Lanterns is a 2019 South Korean drama film directed by Bae Example.

Production

Development

Bae Example began writing the screenplay in 2016, after the release of his first feature.
""", [("director", "FILM", "Bae Example")], [("production_company", "FILM", "Development")]),

    case("bodies-described-by-what-they-are-and-addresses", KIT + """The film was produced by Ana Example for Meltemi Films, in co-production with the Cypriot company Akamas Pictures.

UK distribution
Kestrel Films
12 Ropewalk Lane, Bristol
""", [("production_company", "FILM", "Akamas Pictures"), ("distributor", "FILM", "Kestrel Films")],
        [("production_company", "FILM", "Cypriot company Akamas Pictures"),
         ("distributor", "FILM", "12 Ropewalk Lane"), ("distributor", "FILM", "Bristol")]),

    case("a-film-named-like-a-person-when-the-sentence-says-film", """<span class="mw-page-title-main">Stavros Example</span> Greek director

Stavros Example is a Greek film director. After film school he made the short film Pomegranate Seeds (1998). She is known for her roles in the films Winter Sparrow (2012) and Low Tide (2016).
""", [("date", "Pomegranate Seeds", "1998"), ("cast", "Winter Sparrow", "Stavros Example")]),

    case("technical-line-country-and-year-without-a-separator", KIT + """Turkey / Germany 2016 — 108 min — Turkish, German
""", [("country", "FILM", "Turkey"), ("country", "FILM", "Germany"), ("duration", "FILM", "108"),
      ("language", "FILM", "Turkish")]),
]


# what the fourth blind set showed (stop 10), each on an invented text
FOURTH = [
    case("names-below-written-and-directed-by-are-no-infobox-title", KIT + """CREW

Written and directed by
Adwoa Mensah-Kuffour

Producers
Tobias Kellerhals
Ines Vandamme

Director of photography
Kofi Boakye-Ansah

Editing
Maren Oosterhuis
""", [("producer", "FILM", "Tobias Kellerhals"), ("producer", "FILM", "Ines Vandamme"),
      ("cinematographer", "FILM", "Kofi Boakye-Ansah"), ("editor", "FILM", "Maren Oosterhuis"),
      ("director", "FILM", "Adwoa Mensah-Kuffour")],
        [("producer", "Adwoa Mensah-Kuffour", "Tobias Kellerhals")]),

    case("fr-box-under-liste-technique-after-a-cast-list", KIT + """LISTE ARTISTIQUE

Samir Haddad (Youssef)
Lina Khoury (Youssef enfant)

LISTE TECHNIQUE

Image
Rami Saliba

Montage
Claire Vautrin-Lenoir

Musique
Ziad Harb
""", [("cinematographer", "FILM", "Rami Saliba"), ("editor", "FILM", "Claire Vautrin-Lenoir"),
      ("composer", "FILM", "Ziad Harb")],
        [("cinematographer", "Lina Khoury (Youssef enfant)", "Rami Saliba")]),

    case("a-contact-under-distribution-is-no-distributor", KIT + """CONTACTS

Distribution
ÉCLUSE DISTRIBUTION
Paule Girardin – paule@ecluse-distribution.fr
4, rue des Vinaigriers, 75010 Paris

Presse
Agence Ruban – Hugo Tessier
""", [("distributor", "FILM", "ÉCLUSE DISTRIBUTION")],
        [("distributor", "FILM", "Paule Girardin")]),

    case("two-columns-of-names-in-capitals-on-the-title-page", """UN FILM DE NOUR HADDAD

L E S   V E R G E R S

SAMIR HADDAD                   LINA KHOURY
GEORGES ABI RAMIA              PAUL VERNET-DUCLOS

SYNOPSIS

Un homme revient chez lui : LES VERGERS le suivent pendant un automne.
""", [("cast", "FILM", "Samir Haddad"), ("cast", "FILM", "Lina Khoury"),
      ("cast", "FILM", "Georges Abi Ramia"), ("cast", "FILM", "Paul Vernet-Duclos")],
        [("cast", "FILM", "Samir Haddad", {"character": "LINA KHOURY"})]),

    case("fr-coproduction-support-and-a-label-on-the-next-line", KIT + """Une coproduction Cèdre Films (Liban) / Les Productions du Vent (France)
Avec le soutien du Fonds du Levant pour l'image et du Fonds Méditerranée Cinéma
Distribution France : Sillon Distribution
""", [("production_company", "FILM", "Cèdre Films"),
      ("production_company", "FILM", "Les Productions du Vent"),
      ("funder", "FILM", "Fonds du Levant pour l'image"),
      ("funder", "FILM", "Fonds Méditerranée Cinéma"),
      ("distributor", "FILM", "Sillon Distribution")],
        [("funder", "FILM", "Fonds Méditerranée Cinéma Distribution France")]),
]


# what the fifth blind set showed (stop 10)
FIFTH = [
    case("two-headings-side-by-side-each-over-its-column", KIT + """DISTRIBUTION                          RELATIONS PRESSE
Les Films du Quai                     Agence Lise Morin
12, rue Oberkampf – 75011 Paris       Lise Morin & Théo Gaudin
""", [("distributor", "FILM", "Les Films du Quai"), ("press", "FILM", "Agence Lise Morin")],
        [("distributor", "FILM", "RELATIONS PRESSE")]),

    case("cast-heading-over-character-colon-actor-lines", KIT + """CAST

Sergeant Holloway: Lydia Barrowmore
Meredith Penrose: Vaughan Whitcombe
Gregor: Wren Dunmore
Doctor Fairley: Godfrey Brackley
""", [("cast", "FILM", "Lydia Barrowmore", {"character": "Sergeant Holloway"}),
      ("cast", "FILM", "Vaughan Whitcombe", {"character": "Meredith Penrose"}),
      ("cast", "FILM", "Wren Dunmore", {"character": "Gregor"})],
        [("cast", "FILM", "Sergeant Holloway"), ("cast", "FILM", "Meredith Penrose")]),

    case("fr-distribution-heading-over-actor-colon-role-lines", KIT + """Distribution

Yolande Bédard : Germaine Lacroix
Réjean Tessier : Armand Lacroix
Aurore Pellan : la veuve Gendreau
""", [("cast", "FILM", "Yolande Bédard", {"character": "Germaine Lacroix"}),
      ("cast", "FILM", "Réjean Tessier", {"character": "Armand Lacroix"})],
        [("cast", "FILM", "Germaine Lacroix"), ("cast", "FILM", "Armand Lacroix")]),

    case("fr-role-line-under-a-name-heading-says-whose-films", KIT + """MAUD VERSCHUEREN
Scénariste et réalisatrice

Née à Liège en 1984, Maud Verschueren étudie la géologie.

FILMOGRAPHIE
2021   L'HIVER DES PUITS – long métrage
2018   TERRILS – documentaire, 52 min
""", [("director", "L'HIVER DES PUITS", "Maud Verschueren"), ("kind", "TERRILS", "documentary"),
      ("director", "TERRILS", "Maud Verschueren")],
        [("cast", "TERRILS", "Maud Verschueren"), ("director", "TERRILS", "documentaire")]),
]


# what the sixth blind set showed
SIXTH = [
    case("person-article-table-with-wrapped-title-cells", """Selma Korkmazer

From Wikipedia, the free encyclopedia

Selma Korkmazer
Born	Selma Dikmen
3 May 1935
Bursa, Turkey
Died	8 June 2001 (aged 66)
Spouses	Orhan Tekeli
(m. 1958; div. 1966)
Occupation	Actress

Selma Korkmazer was a Turkish film actress, married to the director Orhan Tekeli (1920–1984).

Filmography
Year	Title	Role	Director	Notes
1955	Karanlık Sular
(Dark Waters)	Fatma	Orhan Tekeli	Debut
1960	Son Bahar
(Last Spring)	Ayla	Nuri Esen	
1988	Komşular	Nezihe	Ali Tan	TV series, 13 episodes
""", [("cast", "Karanlık Sular", "Selma Korkmazer", {"character": "Fatma"}),
      ("alias", "Karanlık Sular", "Dark Waters"),
      ("director", "Karanlık Sular", "Orhan Tekeli"),
      ("cast", "Son Bahar", "Selma Korkmazer", {"character": "Ayla"}),
      ("birth_date", "Selma Korkmazer", "1935-05-03"), ("death_date", "Selma Korkmazer", "2001-06-08"),
      ("spouse", "Selma Korkmazer", "Orhan Tekeli"),
      ("birth_date", "Orhan Tekeli", "1920"), ("death_date", "Orhan Tekeli", "1984")],
        [("cast", "Fatma", "Selma Korkmazer"), ("cast", "Komşular", "Selma Korkmazer"),
         ("cast", "FILM", "Selma Korkmazer")]),

    case("us-production-notes-bios-billing-and-suffixes", """HARROWGATE PICTURES
presents

a DUNLIN COVE production

a film by ESTELLE MARCHBANKS

THE LOW BRIDGE

Running time: 1 hr 48 min

ABOUT THE CAST

TOMAS ARKWRIGHT (Eli Stroud) was born in Duluth, Minnesota. He made his screen
debut in Norah Feltham's crime drama COLD WATER RUN (2010) and appeared in
THE WINTER MILL (2014).

ABOUT THE FILMMAKERS

BRINA HOLLOWAY, p.g.a. (Producer) founded Dunlin Cove in 2011. Her producing
credits include THE WINTER MILL (2014) and SALT ROAD (2017).

CORMAC DEVLIN, ACE (Editor) edited SALT ROAD and THE WINTER MILL.

FILMMAKERS

Written by ........................... ESTELLE MARCHBANKS
                                       & OWEN PRYCE-HALL
Produced by .......................... BRINA HOLLOWAY, p.g.a.
                                       JARED MOSS, p.g.a.
Edited by ............................ CORMAC DEVLIN, ACE
Casting by ........................... LENA FOSS, CSA

Camera: ARRI Alexa Mini, Cooke anamorphic lenses
Language: English, Tongan (with English subtitles)

A HARROWGATE PICTURES RELEASE
""", [("duration", "FILM", "108"), ("production_company", "FILM", "DUNLIN COVE"),
      ("distributor", "FILM", "HARROWGATE PICTURES"),
      ("screenwriter", "FILM", "Owen Pryce-Hall"), ("producer", "FILM", "Jared Moss"),
      ("editor", "FILM", "Cormac Devlin"), ("casting_director", "FILM", "Lena Foss"),
      ("language", "FILM", "Tongan"),
      ("cast", "FILM", "Tomas Arkwright", {"character": "Eli Stroud"}),
      ("cast", "COLD WATER RUN", "Tomas Arkwright"), ("director", "COLD WATER RUN", "Norah Feltham"),
      ("producer", "SALT ROAD", "Brina Holloway"), ("editor", "SALT ROAD", "Cormac Devlin")],
        [("editor", "FILM", "ACE"), ("casting_director", "FILM", "CSA"),
         ("cinematographer", "FILM", "ARRI Alexa Mini"),
         ("cast", "FILM", "Estelle Marchbanks"), ("cast", "FILM", "Cormac Devlin, Ace")]),

    case("a-story-sentence-with-the-help-of-is-no-funder", KIT + """SYNOPSIS

With the help of Father Anselm Kway, the priest who runs the mission, Lisa and Tom
set out to find another way home.
""", [], [("funder", "FILM", "Father Anselm Kway")]),

    case("a-synopsis-character-actor-in-brackets-is-no-biography", KIT + """SYNOPSIS

Ruth Ellison (Carrow) keeps a failing pub at the edge of the marshes.
""", [], [("cast", "FILM", "Ruth Ellison")]),
]


# what the seventh blind set showed
SEVENTH = [
    case("credits-run-on-with-slashes-and-cast-character-dash-actor", """NORTHLIGHT FILMS
presents

THE FROZEN MILL

a film by AGATA NOWICKA-BRAND

POLAND / ESTONIA • 2022 • 97 MIN • 1.85:1 • 5.1
In Polish and Estonian with English subtitles

CAST

Irena Wolska – HALINA MAREK (Poland)
Kalle – Rasmus Tamm, 11 (Estonia)
Sergeant Bielak – Tomasz Rybka (Poland)

CREW

Written and directed by Agata Nowicka-Brand / Co-writer Mart Kivi / Director of Photography Piotr Las PSC / Editor Ola Drozd / Producers Jan Sowa, Eva Saar / A Northlight Films production in co-production with Tallinn Frame / With the financial support of the Baltic Screen Fund / Polish distribution Kino Orbita
""", [("country", "FILM", "Poland"), ("country", "FILM", "Estonia"), ("duration", "FILM", "97"),
      ("language", "FILM", "Polish"), ("language", "FILM", "Estonian"),
      ("cast", "FILM", "Halina Marek", {"character": "Irena Wolska"}),
      ("cast", "FILM", "Rasmus Tamm", {"character": "Kalle"}),
      ("cast", "FILM", "Tomasz Rybka", {"character": "Sergeant Bielak"}),
      ("screenwriter", "FILM", "Mart Kivi"), ("cinematographer", "FILM", "Piotr Las"),
      ("editor", "FILM", "Ola Drozd"), ("producer", "FILM", "Eva Saar"),
      ("production_company", "FILM", "Tallinn Frame"), ("funder", "FILM", "Baltic Screen Fund"),
      ("distributor", "FILM", "Kino Orbita")],
        [("language", "FILM", "English"), ("cast", "FILM", "Irena Wolska"),
         ("cast", "FILM", "the Baltic Screen Fund")]),

    case("fr-one-sheet-runs-with-bullets-and-du-meme-realisateur", """SOLEIL DISTRIBUTION présente

LE PUITS DE NAHID

UN FILM DE KAVEH AMINI

AU CINÉMA LE 7 FÉVRIER 2024

FICHE ARTISTIQUE

Avec Leila Farahani (Nahid) • Omid Rostami (Davoud) • et la participation de Mina Kazemi (Mahin)

FICHE TECHNIQUE

Réalisation Kaveh Amini • Image Sina Karimi • Montage Nasrin Tehrani • Production Reza Alavi pour Nour Films • Son Ali Kamali

Iran / France • 2023 • 1h41 • couleur • VOSTF (persan)

Du même réalisateur :
2018 – Les Vitres de Rasht
2009 – Le Facteur de Yazd (court métrage)

DISTRIBUTION
Soleil Distribution
12, rue des Lilas – 75011 Paris
""", [("date", "FILM", "2024-02-07"), ("distributor", "FILM", "SOLEIL DISTRIBUTION"),
      ("cast", "FILM", "Leila Farahani", {"character": "Nahid"}),
      ("cast", "FILM", "Mina Kazemi", {"character": "Mahin"}),
      ("cinematographer", "FILM", "Sina Karimi"), ("producer", "FILM", "Reza Alavi"),
      ("production_company", "FILM", "Nour Films"), ("language", "FILM", "Persian"),
      ("duration", "FILM", "101"),
      ("director", "Les Vitres de Rasht", "Kaveh Amini"), ("director", "Le Facteur de Yazd", "Kaveh Amini")],
        [("production_company", "FILM", "SOLEIL DISTRIBUTION"), ("director", "DISTRIBUTION", "Kaveh Amini"),
         ("production_company", "FILM", "Reza Alavi pour Nour Films")]),

    case("person-article-bulleted-lists-by-crew-role", """Darius Farrokh

From Wikipedia, the free encyclopedia

Darius Farrokh (Persian: داریوش فرخ; 3 May 1940 – 9 June 2012) was an Iranian cinematographer.

Career

France and Canada (1984–2012)

He moved to Montreal in 1990.

Filmography

As cinematographer
  • The Salt Ovens (1966) – short documentary, dir. Nader Sami
  • Night of the Quince (Shab-e Beh) (1969) – dir. Nader Sami
  • Letters from Rasht (1981) – also director

As director
  • The Long Exile (2001) – documentary, co-directed with Arash Farrokh
""", [("birth_date", "Darius Farrokh", "1940-05-03"), ("death_date", "Darius Farrokh", "2012-06-09"),
      ("cinematographer", "The Salt Ovens", "Darius Farrokh"), ("director", "The Salt Ovens", "Nader Sami"),
      ("cinematographer", "Night of the Quince", "Darius Farrokh"),
      ("director", "Letters from Rasht", "Darius Farrokh"),
      ("director", "The Long Exile", "Darius Farrokh"), ("director", "The Long Exile", "Arash Farrokh")],
        [("cinematographer", "The Salt Ovens", "France and Canada")]),
]


EIGHTH = [
    case("person-article-filmography-as-a-pipe-table", """Marisol Tanglao

Filipino actress (1941–2019)

Marisol Tanglao was a Filipino film actress.

Filmography

| Year | Title | Role | Director | Notes |
|------|-------|------|----------|-------|
| 1958 | Ang Lumang Tulay | Pilar | Amado Rivera | Film debut |
| 1964 | Sa Ilalim ng Buwan | Rosa | Celso Dimalanta | |
""", [("cast", "Ang Lumang Tulay", "Marisol Tanglao", {"character": "Pilar"}),
      ("director", "Ang Lumang Tulay", "Amado Rivera"), ("date", "Sa Ilalim ng Buwan", "1964"),
      ("cast", "Sa Ilalim ng Buwan", "Marisol Tanglao", {"character": "Rosa"})],
        [("director", "Ang Lumang Tulay", "Marisol Tanglao")]),

    case("fr-press-kit-cast-and-credits-as-pipe-tables-and-a-title-in-brackets", """ALPINA FILM
présente

IL LUPO BIANCO
(Le Loup blanc)

un film de
SERENA BALLI

Suisse / Italie — 2022 — 91 minutes — couleur

LISTE ARTISTIQUE

| Rôle                 | Interprète           |
|----------------------|----------------------|
| Nonna Elsa           | Carla Pedrini-Maggi  |
| Tommaso              | Luca Ferrari         |

LISTE TECHNIQUE

| Réalisation          | Serena Balli         |
| Image                | Nora Gisler          |
""", [("cast", "FILM", "Carla Pedrini-Maggi", {"character": "Nonna Elsa"}),
      ("cast", "FILM", "Luca Ferrari", {"character": "Tommaso"}),
      ("director", "FILM", "Serena Balli"), ("cinematographer", "FILM", "Nora Gisler"),
      ("duration", "FILM", "91"), ("country", "FILM", "Switzerland")],
        [("cast", "FILM", "Nonna Elsa")]),

    case("fr-film-school-catalogue-each-entry-its-own-film", """ÉCOLE DE CINÉMA DU NORD · FILMS DE FIN D'ÉTUDES · 2023

Avant-propos
Quatre films, quatre équipes.

01  LA DERNIÈRE BARQUE
    Fiction · 18 min · breton, français · couleur
    Réalisation .......... Anna Le Goff
    Image ................ Tiago Ramos
    Avec ................. Yann Kerleo (le passeur)

    Anna Le Goff est née à Brest en 1998.

02  LES MURS DE SEL
    Documentaire · 26 min · français · couleur
    Réalisation .......... Tiago Ramos
    Image ................ Anna Le Goff
""", [("director", "La dernière barque", "Anna Le Goff"), ("cinematographer", "La dernière barque", "Tiago Ramos"),
      ("duration", "La dernière barque", "18"), ("director", "Les murs de sel", "Tiago Ramos"),
      ("cinematographer", "Les murs de sel", "Anna Le Goff"), ("duration", "Les murs de sel", "26")],
        [("director", "La dernière barque", "Tiago Ramos"), ("director", "Les murs de sel", "Anna Le Goff")]),

    case("festival-catalogue-codes-and-bilingual-labels", """HARBOUR ASIAN FILM WEEK 2022
OFFICIAL CATALOGUE

____________________________________________________________

THE SALT GARDENS
Ruộng Muối

Vietnam, France | 2022 | 98' | Colour | DCP

D/SCR: Pham Thu Ha
DOP: Le Minh Quan
CAST: Nguyen Lan (Mai), Tran Bao (the ferryman)

____________________________________________________________

LES VERGERS DE SFAX
THE ORCHARDS OF SFAX
Tunisie / Tunisia – 2022 – 88' – VO arabe / Arabic

Réalisation / Director : Amel Ben Salem
Image / Cinematography : Karim Jaziri
""", [("director", "The salt gardens", "Pham Thu Ha"), ("screenwriter", "The salt gardens", "Pham Thu Ha"),
      ("cinematographer", "The salt gardens", "Le Minh Quan"), ("alias", "The salt gardens", "Ruộng Muối"),
      ("cast", "The salt gardens", "Nguyen Lan", {"character": "Mai"}),
      ("duration", "The salt gardens", "98"), ("country", "The salt gardens", "Vietnam"),
      ("director", "Les vergers de sfax", "Amel Ben Salem"),
      ("cinematographer", "Les vergers de sfax", "Karim Jaziri"), ("alias", "Les vergers de sfax", "The orchards of sfax")],
        [("director", "The salt gardens", "Amel Ben Salem"), ("cast", "Les vergers de sfax", "Amel Ben Salem")]),

    case("fr-film-club-leaflet-lead-paragraphs-under-dates", """CINÉ-CLUB DU LYCÉE — SAISON 2023

MARDI 3 OCTOBRE
La Bergère du col

La Bergère du col (La pastora) est un film bolivien réalisé par Ana Mamani Flores, sorti en 2011. Julia Condo Ticona y tient le rôle principal.
(Bolivie, 2011, 1 h 32, vostf)

MARDI 17 OCTOBRE
Le Lac gelé

Le Lac gelé est un film kirghiz réalisé par Bakyt Osmonov, sorti en 1999.
(Kirghizistan, 1999, 1 h 10, vostf)
""", [("director", "La Bergère du col", "Ana Mamani Flores"), ("duration", "La Bergère du col", "92"),
      ("country", "La Bergère du col", "Bolivia"), ("director", "Le Lac gelé", "Bakyt Osmonov"),
      ("duration", "Le Lac gelé", "70")],
        [("director", "La Bergère du col", "Bakyt Osmonov"), ("duration", "Le Lac gelé", "92")]),

    case("press-kit-facts-line-with-middle-dots-and-a-language-the-tables-lack", """MARULA FILMS
presents

THE DRY SEASON

a film by Amani Otieno

Kenya / Tanzania · 2021 · 93 min · Swahili, Samburu, English
""", [("country", "FILM", "Kenya"), ("country", "FILM", "Tanzania"), ("date", "FILM", "2021"),
      ("duration", "FILM", "93"), ("language", "FILM", "Swahili")]),
    case("person-lead-with-a-birth-name-known-professionally-as", """Nena Baltazar

Filipino actress (1944–2015)

Remedios Santos Baltazar (née Santos; March 2, 1944 – June 9, 2015), known professionally as Nena Baltazar, was a Filipino film actress.
""", [("birth_date", "Nena Baltazar", "1944-03-02"), ("death_date", "Nena Baltazar", "2015-06-09"),
      ("alias", "Nena Baltazar", "Remedios Santos Baltazar")],
        [("birth_date", "Remedios Santos Baltazar", "1944-03-02")]),

    case("filmography-under-a-director-heading-and-a-biography-far-from-the-cover", """MARULA FILMS
presents

THE DRY SEASON

WORLD PREMIERE — Durban International Film Festival 2021

Kenya · 2021 · 93 min · Swahili

THE DIRECTOR
Amani Otieno (b. 1984, Kitale) studied literature in Nairobi before training as an editor.

FILMOGRAPHY
2021   The Dry Season (feature)
2017   Dust Road (short fiction, 18 min)
""", [("director", "Dust Road", "Amani Otieno")],
        [("director", "Dust Road", "World Premiere")]),
    case("fr-person-lead-with-birth-and-death-in-apposition-and-il-epouse", """Jean Rakoto

réalisateur malgache

Jean Rakoto, né le 3 mai 1950 à Toamasina et mort le 8 juin 2011 à Antananarivo, est un réalisateur malgache.

Vie privée

Il épouse en 1982 l'actrice Lalao Randria, son interprète de prédilection.
""", [("birth_date", "Jean Rakoto", "1950-05-03"), ("death_date", "Jean Rakoto", "2011-06-08"),
      ("spouse", "Jean Rakoto", "Lalao Randria")]),

    case("fr-lead-paragraph-y-incarne-tenu-par-realise-en-par-sur-un-scenario-de", """Le Cavalier du lac

Le Cavalier du lac est un film soviétique kirghiz réalisé en 1986 par Almaz Turgunbaev, sur un scénario de Jyldyz Osmonova. Aibek Saparov y incarne le cavalier. Le rôle de la fiancée est tenu par Saltanat Kadyrova¹.
""", [("director", "FILM", "Almaz Turgunbaev"), ("screenwriter", "FILM", "Jyldyz Osmonova"),
      ("cast", "FILM", "Aibek Saparov"), ("cast", "FILM", "Saltanat Kadyrova")],
        [("cast", "FILM", "Saltanat Kadyrova¹")]),

    case("catalogue-biographies-born-in-place-in-year-and-a-country-co-production", """THE SALT GARDEN

The Salt Garden is a 2015 drama film directed by Tamar Kipiani. A co-production between Georgia and Germany, it was made with additional funding from the Thuringian Screen Fund and with the support of the EAST SCREEN FUND and FONDS NORD HORIZONS
International sales: BAOBAB SALES

Tamar Kipiani was born in Kutaisi in 1983. She studied in Tbilisi.

Nino Beridze est née à Batoumi en 1990.
""", [("funder", "FILM", "Thuringian Screen Fund"), ("funder", "FILM", "FONDS NORD HORIZONS"),
      ("birth_date", "Tamar Kipiani", "1983"), ("birth_date", "Nino Beridze", "1990")],
        [("production_company", "FILM", "Georgia"), ("production_company", "FILM", "Germany")]),
]


# the tenth blind set's first fixes: pages in two columns, abbreviated labels, credits run
# on in a paragraph, films a sentence gives to whose they are
NINTH = [
    case("catalogue-page-in-two-columns-credits-beside-the-synopsis", """NORTH SEA FILM DAYS · 2023                                                 12
--------------------------------------------------------------------------------

THE TIDE CLOCK                                      Tidevannsuret
Norway, Denmark 2023 · 96 min · Norwegian

Director     Ingrid Solbakken-Aas            A lighthouse keeper's widow counts
Screenplay   Ingrid Solbakken-Aas,           the tides on the kitchen wall while
             Jonas Brekke                    her son, the last fisherman of the
Producers    Liv Hauge                       island, decides whether to leave for
Cast         Marit Eide, Tor Vatne           the mainland before the winter.

--------------------------------------------------------------------------------

THE SALT LEDGER (Saltboka)
Denmark 2022 · 84 min · Danish
Dir. Kasper Mølgaard · Scr. Kasper Mølgaard, Sofie Lind
DoP Anders Krogh · Ed. Mette Holm · Music Rune Bak
Prod. Ma. Louise Dahl (Nordkyst Film)
With Signe Falk, Ole Thygesen, Birk Nyland
""", [("director", "The tide clock", "Ingrid Solbakken-Aas"), ("alias", "The tide clock", "Tidevannsuret"),
      ("screenwriter", "The tide clock", "Jonas Brekke"), ("producer", "The tide clock", "Liv Hauge"),
      ("cast", "The tide clock", "Tor Vatne"), ("alias", "The salt ledger", "Saltboka"),
      ("director", "The salt ledger", "Kasper Mølgaard"), ("screenwriter", "The salt ledger", "Sofie Lind"),
      ("cinematographer", "The salt ledger", "Anders Krogh"), ("editor", "The salt ledger", "Mette Holm"),
      ("composer", "The salt ledger", "Rune Bak"), ("producer", "The salt ledger", "Ma. Louise Dahl"),
      ("production_company", "The salt ledger", "Nordkyst Film"), ("cast", "The salt ledger", "Birk Nyland")],
        [("screenwriter", "The tide clock", "Jonas Brekke her son, the last fisherman of the"),
         ("producer", "The tide clock", "Liv Hauge island, decides whether to leave for")]),

    case("a-table-whose-second-column-starts-in-lower-case-is-no-second-column", """Hana Brekke

Norwegian actress (born 1970)

Hana Brekke is a Norwegian actress.

Filmography

2018   The Drift Net                      dir. Per Aasen
2016   Kelp                               dir. Siv Lunde
2012   The Weir Keeper (short)            dir. Per Aasen
""", [("director", "The Drift Net", "Per Aasen"), ("director", "Kelp", "Siv Lunde")],
        [("director", "The Drift Net", "Siv Lunde")]),

    case("credits-run-on-in-a-paragraph-under-one-entry-s-title-and-facts", """THE COPPER SEASON
Chile 2021 · 101 min · Spanish

Written and directed by Ana Rojas Vial, co-written with Pedro Soto. Cinematography: Lucía
Mena Paz. Editing: Tomás Ruiz. Music: Inés Lagos. Producers: Rosa Díaz Pino (Cobre
Films), Juan Tapia (Norte Cine).
Cast: Elena Vial (Marta), Pablo Rojas (the miner).
""", [("director", "The copper season", "Ana Rojas Vial"), ("screenwriter", "The copper season", "Pedro Soto"),
      ("cinematographer", "The copper season", "Lucía Mena Paz"), ("editor", "The copper season", "Tomás Ruiz"),
      ("composer", "The copper season", "Inés Lagos"), ("producer", "The copper season", "Rosa Díaz Pino"),
      ("producer", "The copper season", "Juan Tapia"), ("production_company", "The copper season", "Cobre Films"),
      ("production_company", "The copper season", "Norte Cine"), ("cast", "The copper season", "Elena Vial", {"character": "Marta"})],
        [("composer", "The copper season", "Rosa Díaz Pino")]),

    case("fr-abbreviated-labels", """LA DIGUE
France, 2019, 1 h 32

Réal. Jeanne Morvan
Scén. Jeanne Morvan, Paul Le Goff
Phot. Yves Kerbrat
Mont. Léa Guivarch
""", [("director", "La digue", "Jeanne Morvan"), ("screenwriter", "La digue", "Paul Le Goff"),
      ("cinematographer", "La digue", "Yves Kerbrat"), ("editor", "La digue", "Léa Guivarch")], []),

    case("fr-abbreviated-labels-with-colons-on-a-technical-sheet", """LE BARRAGE
(LA DIGA)

FICHE TECHNIQUE

- Réal. : Paolo Ferri
- Scén. : Paolo Ferri, Lidia Conti
- Phot. : Aldo Bassi (noir et blanc)
- Mus. : Nino Rota-Villa
""", [("director", "FILM", "Paolo Ferri"), ("screenwriter", "FILM", "Lidia Conti"),
      ("cinematographer", "FILM", "Aldo Bassi"), ("composer", "FILM", "Nino Rota-Villa")], []),

    case("films-a-sentence-gives-to-whose-they-are", """THE COPPER SEASON
Chile 2021 · 101 min · Spanish

Director     Ana Rojas Vial
Screenplay   Ana Rojas Vial
Cast         Elena Vial, Pablo Rojas

ANA ROJAS VIAL was born in Antofagasta in 1980. Her shorts Sal (2012) and Cobre (2015)
screened widely. Rojas Vial's previous film, the documentary La pampa (2018), won a prize.
Tomás Ruiz, whose El norte (2010) played here, edited it; a nod to Hugo Lagos Paz's
forgotten La mina vieja (1969). She was an assistant director to Raúl Soto Mena on El
puerto (2008) before her debut feature, Las salinas (2016).
""", [("director", "Sal", "Ana Rojas Vial"), ("director", "Cobre", "Ana Rojas Vial"),
      ("director", "La pampa", "Ana Rojas Vial"), ("director", "El norte", "Tomás Ruiz"),
      ("director", "La mina vieja", "Hugo Lagos Paz"), ("director", "El puerto", "Raúl Soto Mena"),
      ("assistant_director", "El puerto", "Ana Rojas Vial"), ("director", "Las salinas", "Ana Rojas Vial")],
        [("director", "El puerto", "Ana Rojas Vial")]),

    case("disc-cover-billing-block-in-capitals-and-characters-in-brackets", """"A TAUT, SALTY THRILLER"  ★★★★ THE COAST HERALD

THE SALT WARDEN

When a trawler comes back empty, harbour constable Ines Barros (Lucia Ferreira-Melo)
and the old smuggler Tomás Vidal (Rui Azevedo) must work together.

SPECIAL FEATURES
• Audio commentary by director Joana Pires-Lobo

TIDEMARK VIDEO PRESENTS A MARÉ ALTA FILMES PRODUCTION IN ASSOCIATION WITH ATLANTIC SCREEN FUND
"THE SALT WARDEN" LUCIA FERREIRA-MELO RUI AZEVEDO MUSIC BY PAULO NUNES-REIS EDITED BY
CARLA MOTA-SILVA DIRECTOR OF PHOTOGRAPHY HUGO BRAGA-LIMA EXECUTIVE PRODUCERS ANA COSTA-VAZ
PEDRO LEAL-SOUSA PRODUCED BY MARTA PINTO-REGO WRITTEN AND DIRECTED BY JOANA PIRES-LOBO

PORTUGAL | 2020 | COLOUR | 104 MINS APPROX.
""", [("distributor", "FILM", "Tidemark Video"),
      ("production_company", "FILM", "Maré Alta Filmes"),
      ("funder", "FILM", "Atlantic Screen Fund"),
      ("cast", "FILM", "Lucia Ferreira-Melo", {"character": "Ines Barros"}),
      ("cast", "FILM", "Rui Azevedo", {"character": "Tomás Vidal"}),
      ("composer", "FILM", "Paulo Nunes-Reis"), ("editor", "FILM", "Carla Mota-Silva"),
      ("cinematographer", "FILM", "Hugo Braga-Lima"),
      ("executive_producer", "FILM", "Ana Costa-Vaz"),
      ("executive_producer", "FILM", "Pedro Leal-Sousa"),
      ("producer", "FILM", "Marta Pinto-Rego"),
      ("director", "FILM", "Joana Pires-Lobo"), ("screenwriter", "FILM", "Joana Pires-Lobo")],
        [("cast", "FILM", "Rui Azevedo Music")]),

    case("programme-entries-with-semicolon-credits-joined-labels-and-notes", """HARBOUR FILM WEEK 2024

————————————————————————

THE LEDGER OF RAIN
Pavsa Vahi
India | 2023 | 127' | Marathi

A moneylender keeps two ledgers. Written & directed by Meera Joshi-Pande, co-written by Anil Kale.

dir. Meera Joshi-Pande; cin. Ravi Sathe; ed. Nina Dalvi-Rao; mus. Om Patil
prod. Sara Bhide for Ghat Films; co-prod. Ajay Mane

————————————————————————

A CATHEDRAL OF SALT
Chile | 2024 | 78 min | Spanish

Director & cinematography: Ximena Rojas Paz
Production: Pampa Cine (Chile) in co-production with Mala Producciones (Argentina)
With support from the Fondo Audiovisual (Chile) and INCAA (Argentina)
""", [("director", "The ledger of rain", "Meera Joshi-Pande"), ("screenwriter", "The ledger of rain", "Anil Kale"),
      ("cinematographer", "The ledger of rain", "Ravi Sathe"), ("editor", "The ledger of rain", "Nina Dalvi-Rao"),
      ("composer", "The ledger of rain", "Om Patil"), ("producer", "The ledger of rain", "Sara Bhide"),
      ("production_company", "The ledger of rain", "Ghat Films"), ("co_producer", "The ledger of rain", "Ajay Mane"),
      ("director", "A cathedral of salt", "Ximena Rojas Paz"),
      ("cinematographer", "A cathedral of salt", "Ximena Rojas Paz"),
      ("production_company", "A cathedral of salt", "Pampa Cine"),
      ("production_company", "A cathedral of salt", "Mala Producciones"),
      ("funder", "A cathedral of salt", "Fondo Audiovisual"), ("funder", "A cathedral of salt", "INCAA")],
        [("producer", "A cathedral of salt", "Pampa Cine")]),

    case("fr-tv-listings-each-programme-its-own-film", """TÉLÉ-HEBDO — Programme du samedi 3 mai 2025

ARTE
20.55  CINÉMA
La Veuve des Causses
Drame de Jean-Marc Vidalenc (Fr.-Belg., 2019, 1h42). Scénario : Jean-Marc Vidalenc et Aude Rivière. Avec Claire Maury (Berthe), Louis Ferrat (le berger).
Sur un causse, une veuve refuse de vendre.

CINÉ+ CLASSIC
22.40  Le Port de Sète (Il porto di Sète)
Comédie dramatique de Franco Lenti-Moro (It.-Fr., 1962, N&B, 1h35). Avec Odile Marchal, Tullio Bassi.
""", [("director", "La Veuve des Causses", "Jean-Marc Vidalenc"),
      ("screenwriter", "La Veuve des Causses", "Aude Rivière"),
      ("cast", "La Veuve des Causses", "Claire Maury", {"character": "Berthe"}),
      ("country", "La Veuve des Causses", "Belgium"), ("duration", "La Veuve des Causses", "102"),
      ("director", "Le Port de Sète", "Franco Lenti-Moro"), ("alias", "Le Port de Sète", "Il porto di Sète"),
      ("country", "Le Port de Sète", "Italy"), ("cast", "Le Port de Sète", "Tullio Bassi")],
        [("director", "La Veuve des Causses", "Franco Lenti-Moro")]),

    case("a-filmography-line-with-facts-in-brackets-is-no-listing", """Kalyan Meas

Née à Battambang en 1989, Kalyan Meas a grandi au Cambodge.

Filmographie : Le Dernier Projectionniste de Battambang (2019, documentaire, 74 min) /
Le Fleuve lent (2024)
""", [], [("director", "Le Dernier Projectionniste", "Battambang")]),
]


TENTH = [
    case("names-over-their-roles-and-a-biography-above-the-filmography", """THE COPPER BELL

A film by EDVARD MOEN

UK & IRELAND RELEASE: 4 JUNE 2021

CREW

EDVARD MOEN
Director

EDVARD MOEN, LINN TVEIT
Screenplay

OSKAR RUUD
Director of Photography

PIA HOLT
Casting

UK & Ireland distribution: Fernhill Releasing


ABOUT THE DIRECTOR

EDVARD MOEN was born in Bergen in 1970 and worked in advertising before his first
feature.

Selected filmography (as director)
2021   The Copper Bell
2015   Harbour Lights
""", [("director", "FILM", "Edvard Moen"), ("screenwriter", "FILM", "Linn Tveit"),
      ("cinematographer", "FILM", "Oskar Ruud"), ("date", "FILM", "2021-06-04"),
      ("distributor", "FILM", "Fernhill Releasing"),
      ("director", "Harbour Lights", "Edvard Moen")],
        [("screenwriter", "FILM", "Oskar Ruud"), ("director", "FILM", "Linn Tveit"),
         ("director", "Harbour Lights", "Pia Holt")]),

    case("a-catalogue-entry-with-a-birthplace-and-an-inline-filmography-then-a-screenings-grid",
         """RIVER MOUTH
Boca del río
Chile | 2021 | 91' | Spanish

Director                 Ana Solís Prado
Screenplay               Ana Solís Prado, Tomás Vial

A fisherman's daughter keeps the river's last ferry going.

Ana Solís Prado (Valdivia, 1980) studied film in Santiago. Her short film Marea (2012)
screened widely.
Filmography: Marea (2012, short), Los remeros (2016, doc.),
Boca del río (2021).


SCREENINGS
RIVER MOUTH
  Fri 15 Oct  19:00  Harbour Cinema 1
""", [("director", "FILM", "Ana Solís Prado"), ("birth_date", "Ana Solís Prado", "1980"),
      ("director", "Los remeros", "Ana Solís Prado"), ("director", "Marea", "Ana Solís Prado")],
        [("director", "FILM", "Director Ana Solís Prado"),
         ("director", "SCREENINGS RIVER MOUTH", "Ana Solís Prado")]),

    case("an-article-with-a-wrapped-infobox-label-an-awards-table-and-the-director-s-first-feature",
         """Stone Choir

Stone Choir
Directed by\tMaeve Dunleavy
Produced by\tRuth Arden
Production
companies\tKestrel Pictures
Harrow Lane Films
Distributed by\tFernhill Releasing (UK and Ireland)
Running time\t101 minutes

Stone Choir is a 2019 drama film directed by Maeve Dunleavy. A British–Irish co-production, it stars Nora Quill.

Production
Development
Dunleavy read the novel shortly after finishing her first feature, Paper Harbour (2014), and optioned it.

Accolades
Award\tCategory\tRecipient(s)\tResult
Tern Film Awards\tBest Film\tRuth Arden\tWon
Best Actress\tNora Quill\tWon
""", [("production_company", "FILM", "Kestrel Pictures"),
      ("production_company", "FILM", "Harrow Lane Films"),
      ("distributor", "FILM", "Fernhill Releasing"), ("director", "Paper Harbour", "Maeve Dunleavy")],
        [("distributor", "FILM", "Ireland"), ("production_company", "FILM", "British–Irish"),
         ("cast", "FILM", "Best Actress")]),

    case("a-cinema-programme-of-entries-under-rubrics-with-their-director-lines", """CINÉMA LE PHARE – Art et Essai

PROGRAMME DU 8 AU 14 MARS

★ SORTIE NATIONALE ★
LES VERRES DE MAI
De Odile Ferrand • Avec Sabine Lorrain, Paul Mairet,
Jean-Yves Kerhoas • France, Suisse • 2022 • 1 h 38
Dans une verrerie qui ferme, une dernière fête.

JEUNE PUBLIC
LE PETIT PHOQUE ET LA MARÉE
Animation de Gilles Martel et Hanna Berg • France, Suède • 2023 • 1 h 12
Dès 5 ans. Avec les voix de Luc Sarret et Lou Hamon.

CINÉ-PATRIMOINE
LA MAISON DES SABLES
De Gaston Périer • Avec Madeleine Corre, Roger Vasse
France • 1952 • 1 h 36 • Noir et blanc • Copie restaurée

HORAIRES
                              MER 8   JEU 9   VEN 10
Les Verres de mai             14h     18h15   20h30
Le Petit Phoque               16h     –       –
""", [("director", "Les verres de mai", "Odile Ferrand"), ("cast", "Les verres de mai", "Jean-Yves Kerhoas"),
      ("country", "Les verres de mai", "Switzerland"), ("duration", "Les verres de mai", "98"),
      ("director", "Le petit phoque et la marée", "Hanna Berg"),
      ("duration", "Le petit phoque et la marée", "72"),
      ("director", "La maison des sables", "Gaston Périer"), ("cast", "La maison des sables", "Roger Vasse"),
      ("date", "La maison des sables", "1952"), ("duration", "La maison des sables", "96")],
        [("alias", "Jeune public", "Le petit phoque et la marée"), ("cast", "La maison des sables", "Le Petit Phoque")]),

    case("a-panel-drawn-with-box-characters-gives-the-film-of-an-interview", """CULTURE › CINÉMA

Anne Roussel : « J'ai joué avec les fantômes »

  ┌────────────────────────────────────────────┐
  │ LA NUIT DE SÉTIF                           │
  │ Drame d'Idir Kaci                          │
  │ Avec Anne Roussel, Nabil Ouari,            │
  │ Rosa Amrane                                │
  │ France, Algérie – 1 h 52                   │
  │ Sortie le 13 octobre 2021                  │
  └────────────────────────────────────────────┘

Dans le film, vous êtes une archéologue. Comment Idir vous a-t-il présenté le personnage ?
""", [("director", "La nuit de sétif", "Idir Kaci"), ("cast", "La nuit de sétif", "Rosa Amrane"),
      ("country", "La nuit de sétif", "Algeria"), ("duration", "La nuit de sétif", "112"),
      ("date", "La nuit de sétif", "2021-10-13")], []),

    case("a-newspaper-review-names-its-film-in-the-headline-and-other-films-with-whose-they-are",
         """Culture › Film › Reviews

The Salt Ledger review – Mara Quist makes every figure count

Hugh Penrose
Thu 2 Mar 2023

Dolores Varga, whose debut Tin Roof Days (2014) was a festival favourite, has written
the screenplay. Quist's films include Kelp (2016) and Anna Brekke's Harbour Lights (2018).

The Salt Ledger
Director: Dolores Varga
Cast: Mara Quist, Gideon Hale
Running time: 117 min
""", [("director", "FILM", "Dolores Varga"), ("cast", "FILM", "Gideon Hale"), ("duration", "FILM", "117"),
      ("director", "Tin Roof Days", "Dolores Varga"), ("director", "Harbour Lights", "Anna Brekke")],
        [("date", "Dolores Varga, whose debut Tin Roof Days", "2014"),
         ("date", "Anna Brekke's Harbour Lights", "2018")]),
]


ELEVENTH = [
    case("a-directors-article-told-film-by-film-in-sentences", """Mara Example

Mara Example (born 4 May 1962) is an English film director and screenwriter.

Career
1990s
Example first acted, playing a nurse in Dry Weather (1990), the debut of her friend Tobin Sample.[2] Her own first feature, The Slate Harbour (1993), was produced by Gullwing Pictures and starred Nora Quill as a widow.

2000s
The Tin Lighthouse (2004) was written by Example with her husband, the novelist Abel Sample, and produced by Example and Ivo Marsh for their company Ternfield Films. The film was photographed by Lars Okafor and scored by Rui Banfield.

Rook Island (2009), also made for Ternfield Films, was her last film of the decade.

Her first screen role was a small part in Anders Example's The Pilot's Window (1993). She later worked in Kunle Sample's The Widow's Lamp (1997) and in Sommerlys (2004), directed by Marit Example.
""", [("production_company", "The Slate Harbour", "Gullwing Pictures"), ("cast", "The Slate Harbour", "Nora Quill"),
      ("producer", "The Tin Lighthouse", "Ivo Marsh"),
      ("production_company", "The Tin Lighthouse", "Ternfield Films"),
      ("cinematographer", "The Tin Lighthouse", "Lars Okafor"), ("composer", "The Tin Lighthouse", "Rui Banfield"),
      ("production_company", "Rook Island", "Ternfield Films"),
      ("director", "The Pilot's Window", "Anders Example"), ("director", "The Widow's Lamp", "Kunle Sample"),
      ("director", "Sommerlys", "Marit Example")],
        [("director", "Lamp", "Kunle Sample's The Widow"), ("date", "Her first screen role was a small part in Anders Example's The Pilot's Window", "1993")]),

    case("a-festival-catalogue-with-each-entrys-credits-on-one-line", """RIVERSIDE FILM FESTIVAL
OFFICIAL CATALOGUE

THE SALT BELL
Canada 2022 | 104 min | English, French | World Premiere
Dir/Scr: Mira Dusample  Prod: Kev Example, Lise Sample  Prod Co: Grey River Films  DoP: Tom Wexample  Ed: Fara Nample  Mus: Owen Tample  Cast: Clara Finchample, Dom Haas  Dist: Northdoor Releasing

A bell is dredged from a river.

KESTREL LANE
Australia 2021 | 88 min | English
Dir: Jarrah Example  Scr: Jarrah Example, Tam Sample  Prod Co: Gidgee Example Pictures  Ed: Sunil Example

Two brothers drive across a desert.
""", [("director", "The salt bell", "Mira Dusample"), ("screenwriter", "The salt bell", "Mira Dusample"),
      ("producer", "The salt bell", "Lise Sample"), ("production_company", "The salt bell", "Grey River Films"),
      ("cinematographer", "The salt bell", "Tom Wexample"), ("editor", "The salt bell", "Fara Nample"),
      ("composer", "The salt bell", "Owen Tample"), ("cast", "The salt bell", "Dom Haas"),
      ("distributor", "The salt bell", "Northdoor Releasing"),
      ("screenwriter", "Kestrel lane", "Tam Sample"), ("editor", "Kestrel lane", "Sunil Example")],
        [("director", "The salt bell", "Jarrah Example")]),

    case("a-cinematheque-record-with-working-titles-between-the-title-and-its-facts", """CINÉMATHÈQUE EXEMPLE
Catalogue des collections › Films

LES NUITS DE LA RUE EXEMPLE

Titre de travail : La Rue sans lune
Titre d'exploitation anglais : Nights on Example Street

France, Italie / 1958 / 35 mm / noir et blanc / 94 min

GÉNÉRIQUE

Réalisation : Henri Exemple
Montage : Odette Exemplaire
""", [("director", "Les nuits de la rue exemple", "Henri Exemple"),
      ("editor", "Les nuits de la rue exemple", "Odette Exemplaire"),
      ("duration", "Les nuits de la rue exemple", "94")],
        [("director", "Titre de travail : La Rue sans lune", "Henri Exemple")]),

    case("an-obituary-names-a-producers-film-and-a-play-is-no-film", """Jean Exemple

Jean Exemple (1940-2020) est un acteur français.

Il fait ses débuts au Théâtre du Port dans Les Cousines de Exemple (1962), puis entre au cinéma.

Producer Harold Example, whose credits included the rural drama Copperfield Lane (1979), died in 2001.
""", [("producer", "Copperfield Lane", "Harold Example")],
        [("director", "Copperfield Lane", "Producer Harold Example"), ("date", "Les Cousines de Exemple", "1962")]),
]


# the shapes tests/blind12 and tests/blind13 showed: a newspaper's obituary, a part in a
# life's story, what a composer, a cinematographer or an editor did for the films listed
TWELFTH = [
    case("an-obituary-tells-one-life-its-parts-in-sentences", """Walter Example obituary

Character actor who lit up British cinema for five decades

For a generation of viewers, Walter Example, who has died aged 88, was a familiar face.

Hollywood came calling, and he was the doomed Major Sample in the war epic The Long Example (1969), directed by Sol Sample and starring Grant Example.

His screen breakthrough came in The Mill at Example Cross (1962), Linda Sample's drama of a mill town, in which he played the foreman Peter Exampleton. Sample cast him again in Pennine Example (1964). Through the 1970s he turned up as a bent bookmaker in the caper comedy A Right Example Fiddle (1974).

In later years he brought his voice to supporting roles in Ruth Example-Pryor's The Last Round at Example's (1999) and to the animated feature The Moon Example (2005), in which he voiced Brock, the title character. His final film was Late Example (2016), in which he played a widower opposite Dilys Sample.
""", [("cast", "The Long Example", "Walter Example", {"character": "Major Sample"}),
      ("director", "The Long Example", "Sol Sample"),
      ("cast", "The Mill at Example Cross", "Walter Example", {"character": "Peter Exampleton"}),
      ("cast", "Pennine Example", "Walter Example"), ("cast", "A Right Example Fiddle", "Walter Example"),
      ("cast", "The Last Round at Example's", "Walter Example"),
      ("director", "The Last Round at Example's", "Ruth Example-Pryor"),
      ("cast", "The Moon Example", "Walter Example", {"character": "Brock"}),
      ("cast", "Late Example", "Walter Example")],
        [("director", "Hollywood came calling, and he", "Sol Sample"),
         ("cast", "Late Example", "Walter Example", {"character": "Dilys Sample"}),
         ("cast", "The Last Round at Example's", "Walter Example", {"character": "Brock"})]),

    case("une-necrologie-ses-roles-et-qui-la-dirige", """DISPARITION

Jeanne Exemple, l'éternelle « Dame de Lyon »

L'actrice est morte le 14 janvier à Paris.

Marc Exemplaire la remarque dans une revue et lui confie le rôle de Louise, fille de batelier, dans Les Amants de l'Exemple (1955), aux côtés de Jean Modèle.

Paul Modèle, qu'elle épouse en 1960, la dirige encore dans Un été à Exemple (1962) et Les Sentiers de l'Exemple (1966).

Les années 1970 la voient s'éloigner des premiers rôles. Elle choisit alors de jeunes réalisateurs : Alain Exemple lui offre dans Février sur l'Exemple (1973) le rôle d'une mère ; Régine Modèle en fait, dans Le Quatrième Exemple (1976), une concierge tragi-comique, Madame Pujol.
""", [("cast", "Les Amants de l'Exemple", "Jeanne Exemple", {"character": "Louise"}),
      ("cast", "Un été à Exemple", "Jeanne Exemple"), ("director", "Un été à Exemple", "Paul Modèle"),
      ("director", "Les Sentiers de l'Exemple", "Paul Modèle"),
      ("cast", "Février sur l'Exemple", "Jeanne Exemple"), ("director", "Février sur l'Exemple", "Alain Exemple"),
      ("cast", "Le Quatrième Exemple", "Jeanne Exemple", {"character": "Madame Pujol"})]),

    case("people-leads-what-each-did-for-the-films-they-list", """Ferenc Example (1920–1994) was a Hungarian-born American film director and screenwriter. His other films include Harbor of Examples (1953), which he also wrote, and The Velvet Example (1959), starring Lora Sample.

Ottavio Example (born 4 September 1947) is an Italian composer, best known for his scores for the films of Tiziana Sample, including La casa sul Esempio (1976) and Nebbia sul Esempio (1983). He also composed the music for the Spanish thriller El tranvía de ejemplo (1988), directed by Ramón Sample-Solís.

Sigrún Example (born 1972) is an Icelandic cinematographer. She shot Baldur Sample's debut feature Ashexample (Öskuexample, 2005) and the Danish-Icelandic co-production The Whalers' Example (2011), directed by Mette Sample.

Beatriz Example Ruiz (born 1958) is a Spanish film editor. She has edited every film directed by Ignacio Sample-Puig since Las horas de ejemplo (1987), including Los veranos de Ejemplo (1996).

Anouk Example (born 22 November 1976) is a French film director and screenwriter. Her first feature, Les Jours exemples (2006), was co-written with Thomas Sample and starred Clémence Sample. Her first English-language film, A House in Example (2014), starred Rupert Sample. She was nominated for the César Award for Best Original Screenplay for La Fièvre des exemples (2019), which she wrote and directed.
""", [("director", "Harbor of Examples", "Ferenc Example"), ("screenwriter", "Harbor of Examples", "Ferenc Example"),
      ("director", "The Velvet Example", "Ferenc Example"),
      ("composer", "La casa sul Esempio", "Ottavio Example"), ("director", "Nebbia sul Esempio", "Tiziana Sample"),
      ("composer", "El tranvía de ejemplo", "Ottavio Example"),
      ("cinematographer", "Ashexample", "Sigrún Example"), ("director", "Ashexample", "Baldur Sample"),
      ("cinematographer", "The Whalers' Example", "Sigrún Example"),
      ("editor", "Las horas de ejemplo", "Beatriz Example Ruiz"),
      ("director", "Los veranos de Ejemplo", "Ignacio Sample-Puig"),
      ("cast", "A House in Example", "Rupert Sample"),
      ("director", "La Fièvre des exemples", "Anouk Example"),
      ("screenwriter", "La Fièvre des exemples", "Anouk Example")],
        [("cast", "Les Jours exemples", "Rupert Sample"), ("cast", "La Fièvre des exemples", "Anouk Example"),
         ("director", "César Award for Best Original Screenplay for La Fièvre des exemples", "Anouk Example")]),

    case("an-encyclopedia-pages-headings-with-their-edit-links", """Gaspard Exemple

Gaspard Exemple, né le 3 mars 1958 à Brest, est un acteur français.

Production[modifier | modifier le code]
Genèse et écriture[modifier | modifier le code]
Il découvre le roman en 1998.

Filmographie[modifier | modifier le code]
Courts métrages
	•	1999 : Nuit blanche à Exemple de Lila Modèle
Théâtre[modifier | modifier le code]
	•	2008 : Le Roi des exemples, texte et mise en scène d'Hervé Modèle
""", [("director", "Nuit blanche à Exemple", "Lila Modèle")],
        [("cast", "Nuit blanche à Exemple de Lila Modèle Théâtre[modifier | modifier le code]", "Gaspard Exemple"),
         ("director", "Le Roi des exemples, texte et mise en scène", "Hervé Modèle")]),

    case("un-titre-et-son-autre-titre-lies-par-ou", """Chantage à Exemple ou L'Affaire de la rue Modèle est un film policier français réalisé par Maurice Exemple, sorti en 1958.
""", [("alias", "Chantage à Exemple", "L'Affaire de la rue Modèle"),
      ("director", "Chantage à Exemple", "Maurice Exemple")],
        [("director", "Chantage à Exemple ou L'Affaire de la rue Modèle", "Maurice Exemple")]),

    case("a-lead-gives-in-full-the-name-the-article-is-titled-by", """Folake Example

Folake Omolara Example (born 11 July 1968) is a Nigerian-born British actress. She is best known for her role as Grace Sample in Cold Example Lane (1996).
""", [("cast", "Cold Example Lane", "Folake Example", {"character": "Grace Sample"}),
      ("alias", "Folake Example", "Folake Omolara Example")],
        [("cast", "Cold Example Lane", "Folake Omolara Example")]),
]


THIRTEENTH = [
    case("un-dossier-de-presse-credite-en-colonnes-par-des-locutions", """LES FILMS DE L'EXEMPLE
présente

LE VERGER
DES MODÈLES

Un film de
Agathe Exemple

France – 2021 – 1h35

LISTE TECHNIQUE

Réalisation                           Agathe Exemple
Scénario                              Agathe Exemple
                                      avec la collaboration de Bruno Modèle
Image                                 Irène Exemplaire
1er assistant réalisation             Paul Modèle
Produit par                           Claire Exemple
Une production                        Les Films de l'Exemple
En coproduction avec                  Atelier Modèle (Belgique)
Avec la participation de              Télé Exemple
                                      Ciné Modèle
Avec le soutien de                    la Région Exemple-Val
""", [("director", "FILM", "Agathe Exemple"),
      ("screenwriter", "FILM", "Bruno Modèle"),
      ("assistant_director", "FILM", "Paul Modèle"),
      ("producer", "FILM", "Claire Exemple"),
      ("production_company", "FILM", "Les Films de l'Exemple"),
      ("production_company", "FILM", "Atelier Modèle"),
      ("funder", "FILM", "Télé Exemple"),
      ("funder", "FILM", "Ciné Modèle"),
      ("funder", "FILM", "Région Exemple-Val")],
        [("production_company", "FILM", "Une production Les Films de l'Exemple"),
         ("producer", "FILM", "Atelier Modèle"),
         ("production_company", "FILM", "Avec la participation de Télé Exemple")]),

    case("une-liste-de-films-chacun-avec-son-realisateur-apres-l-annee", """Lucien Exemple, né le 3 mai 1921 à Lyon, est un acteur français. Il a tourné dans plus de quatre-vingts films, dont Le Pavé de l'Exemple (1951) de Raymond Modèle, Les Forains du Modèle (1957) d'André Exemple-Mauve et Monsieur le Sous-Exemple (1969) de Jacques Belin-Modèle.
""", [("cast", "Le Pavé de l'Exemple", "Lucien Exemple"),
      ("director", "Le Pavé de l'Exemple", "Raymond Modèle"),
      ("director", "Les Forains du Modèle", "André Exemple-Mauve"),
      ("director", "Monsieur le Sous-Exemple", "Jacques Belin-Modèle")],
        [("director", "Le Pavé de l'Exemple", "Lucien Exemple")]),

    case("ce-qu-une-personne-a-fait-pour-les-films-qu-une-phrase-enumere", """Nadège Exemple, née en 1975 à Grenoble, est une directrice de la photographie française. Elle a éclairé tous les films de Bastien Modèle, des Insoumis de Modèle (2008) à Terre d'Exemple (2017), ainsi qu'Un été sans Exemple (2012) de Jamila Modèle.

Raphaël Modèle, né le 9 juin 1952 à Tunis, est un compositeur français. Il a notamment signé les partitions de La Route d'Exemple (1984) de Sami Ben Exemple, de L'Ombre du modèle (1992) d'Isabelle Exemple et de la série télévisée Les Héritiers Modèle (1999-2003).

Hélène Exemple, née le 2 février 1941 à Valenciennes, est une monteuse française. Elle a monté Un taxi pour Modèle (1967) et La Femme du sous-exemple (1972) d'Étienne de Modèle, ainsi que Le Train de 6 h 12 (1981) de Marc-Henri Exemple.

Étienne de Modèle, né le 17 août 1932 à Angers, est un réalisateur et scénariste français. Il réalise Un taxi pour Modèle (1967). Il écrit aussi Minuit rue Exemple (1976), réalisé par Bernard Modèle.
""", [("occupation", "Nadège Exemple", "cinematographer"),
      ("cinematographer", "Les Insoumis de Modèle", "Nadège Exemple"),
      ("director", "Les Insoumis de Modèle", "Bastien Modèle"),
      ("cinematographer", "Terre d'Exemple", "Nadège Exemple"),
      ("cinematographer", "Un été sans Exemple", "Nadège Exemple"),
      ("director", "Un été sans Exemple", "Jamila Modèle"),
      ("composer", "La Route d'Exemple", "Raphaël Modèle"),
      ("director", "La Route d'Exemple", "Sami Ben Exemple"),
      ("composer", "L'Ombre du modèle", "Raphaël Modèle"),
      ("director", "L'Ombre du modèle", "Isabelle Exemple"),
      ("editor", "Un taxi pour Modèle", "Hélène Exemple"),
      ("editor", "La Femme du sous-exemple", "Hélène Exemple"),
      ("director", "La Femme du sous-exemple", "Étienne de Modèle"),
      ("editor", "Le Train de 6 h 12", "Hélène Exemple"),
      ("director", "Le Train de 6 h 12", "Marc-Henri Exemple"),
      ("director", "Un taxi pour Modèle", "Étienne de Modèle")],
        [("director", "Un été sans Exemple", "Bastien Modèle"),
         ("composer", "Les Héritiers Modèle", "Raphaël Modèle"),
         ("director", "Minuit rue Exemple", "Étienne de Modèle"),
         ("director", "Il écrit aussi Minuit rue Exemple", "Étienne de Modèle")]),
]


FOURTEENTH = [
    case("two-tables-side-by-side-with-dotted-leaders", """MODEL PICTURES
PRESENTS

THE EXAMPLE TIDE

AUSTRALIA  |  2022  |  101 MINS  |  ENGLISH



CAST                                              KEY CREW

ANNA SAMPLE .......... JANE EXAMPLE               DIRECTOR ............. PETER MODEL
SGT. BOB SAMPLE ...... JOHN EXAMPLE-SMITH         WRITERS .............. PETER MODEL
RUBY ................. ISLA McEXAMPLE                                    ROSA PATTERN
YOUNG ANNA ........... LILY EXAMPLE               PRODUCERS ............ NORA MODEL
                                                                         RAJ PATTERN
                                                  PRODUCTION DESIGNER .. ELSA SAMPLE



PRODUCTION COMPANIES                              DISTRIBUTION

MODEL PICTURES (AUSTRALIA)                        AUSTRALIA: SAMPLE RELEASING
PATTERN FILMS (NEW ZEALAND)                       NEW ZEALAND: EXAMPLE ENTERTAINMENT
""", [("cast", "FILM", "Jane Example"), ("cast", "FILM", "John Example-Smith"),
      ("cast", "FILM", "Isla McExample"), ("cast", "FILM", "Lily Example"),
      ("director", "FILM", "Peter Model"),
      ("screenwriter", "FILM", "Peter Model"), ("screenwriter", "FILM", "Rosa Pattern"),
      ("producer", "FILM", "Nora Model"), ("producer", "FILM", "Raj Pattern"),
      ("production_designer", "FILM", "Elsa Sample"),
      ("production_company", "FILM", "MODEL PICTURES"), ("production_company", "FILM", "PATTERN FILMS"),
      ("distributor", "FILM", "SAMPLE RELEASING"), ("distributor", "FILM", "EXAMPLE ENTERTAINMENT")],
        [("cast", "FILM", "Anna Sample"), ("cast", "FILM", "Young Anna"),
         ("production_company", "FILM", "DISTRIBUTION"),
         ("cast", "FILM", "SAMPLE RELEASING")]),

    case("filmographies-each-above-the-name-it-belongs-to", """MODEL FILMS PRESENTS

THE SAMPLE COAST



SELECTED FILMOGRAPHY
2022  THE SAMPLE COAST
2018  EXAMPLE HEART
2015  PATTERN ROAD (SHORT)

PETER MODEL — WRITER / DIRECTOR

Born in 1981, Peter Model studied at a film school. His short Pattern Road screened
widely, and his debut feature Example Heart, with John Sample in the lead, opened a
festival in 2018.



FILM
2022  THE SAMPLE COAST — PETER MODEL
2019  RED EXAMPLE — NORA PATTERN
2016  THE MODEL LINE — DARCY
      EXAMPLE

JANE EXAMPLE — ANNA

Jane Example graduated from a drama school in 2010. Her performance in Nora Pattern's
Red Example earned her a nomination for Best Actress.



FILM (SELECTED)
2022  THE SAMPLE COAST — PETER MODEL
2018  EXAMPLE HEART — PETER MODEL
1996  BLACK PATTERN — KEITH MODEL

JOHN SAMPLE — FRANK

One of the most admired character actors, John Sample (born 1954) has appeared in more
than forty films since his debut in Keith Model's Black Pattern.
""", [("director", "EXAMPLE HEART", "Peter Model"), ("director", "PATTERN ROAD", "Peter Model"),
      ("cast", "RED EXAMPLE", "Jane Example"), ("director", "RED EXAMPLE", "Nora Pattern"),
      ("cast", "THE MODEL LINE", "Jane Example"), ("director", "THE MODEL LINE", "Darcy Example"),
      ("cast", "BLACK PATTERN", "John Sample"), ("director", "BLACK PATTERN", "Keith Model"),
      ("cast", "EXAMPLE HEART", "John Sample")],
        [("director", "RED EXAMPLE", "Peter Model"), ("director", "RED EXAMPLE", "Jane Example"),
         ("producer", "BLACK PATTERN", "John Sample"), ("director", "BLACK PATTERN", "Jane Example")]),

    case("a-name-heading-with-a-hyphen-and-a-section-that-is-no-name", """MODEL PICTURES present

THE EXAMPLE HOUSE

a film by Jane Example


TECHNICAL DETAILS

Country: Canada
Running time: 98 minutes


JANE EXAMPLE - Writer / Director

Born in Sudbury in 1978, Jane Example studied photography before moving to London.

FILMOGRAPHY

Cinema
2019 THE EXAMPLE HOUSE
2014 PALE SAMPLES
2011 SMALL PATTERNS (short)

Theatre
2006 A MODEL HOUSE - Henrik Example, Royal Example Theatre


JOHN MODEL - Sam

John Model was born in Bristol in 1995 and was cast in his first feature film, Anna
Sample's THE SALT MODEL, at the age of fifteen.

FILMOGRAPHY

Cinema
2011 THE SALT MODEL - Anna Sample
""", [("director", "PALE SAMPLES", "Jane Example"), ("director", "SMALL PATTERNS", "Jane Example"),
      ("cast", "THE SALT MODEL", "John Model"), ("director", "THE SALT MODEL", "Anna Sample")],
        [("director", "PALE SAMPLES", "Technical Details"), ("director", "FILM", "Technical Details"),
         ("author", "A MODEL HOUSE", "Anna Sample's THE SALT MODEL")]),

    case("a-kind-and-a-length-after-a-dash-are-no-director", """THE EXAMPLE ORCHARD

MARIA MODEL — BIOGRAPHY

Born in 1979, Maria Model studied philosophy. Her short film PAPER SAMPLES (2008) was selected for many festivals.

FILMOGRAPHY

2023   THE EXAMPLE ORCHARD (Sad przykładowy) — feature, 104'
2015   THE QUIET MODELS (Cisi modele) — feature, 88'
2008   PAPER SAMPLES (Papierowe wzory) — short, 17'
""", [("director", "THE QUIET MODELS", "Maria Model"), ("director", "PAPER SAMPLES", "Maria Model")],
        [("cast", "THE QUIET MODELS", "Maria Model"), ("director", "THE QUIET MODELS", "feature, 88'")]),
    case("un-dossier-de-presse-en-capitales", """LES FILMS DU MODÈLE
EN COPRODUCTION AVEC ATELIER EXEMPLE FILMS
PRÉSENTE

JEAN EXEMPLE
MARIE MODÈLE

LES ANNÉES EXEMPLAIRES

UN FILM DE PAUL MODÈLE

BELGIQUE / FRANCE – 2019 – 1 H 47


DISTRIBUTION BELGIQUE            DISTRIBUTION FRANCE
CINÉMAS DU MODÈLE                LES FILMS DE L'EXEMPLE
AVENUE LOUISE 212                12, QUAI DE LA FOSSE


LISTE ARTISTIQUE

JEAN EXEMPLE (ANDRÉ)
MARIE MODÈLE (JEANNE)
ET LA PARTICIPATION DE ROSE EXEMPLE (LA LOGEUSE)


LISTE TECHNIQUE

SCÉNARIO
PAUL MODÈLE
ET ANNE-MARIE EXEMPLE

UNE PRODUCTION LES FILMS DU MODÈLE
EN COPRODUCTION AVEC ATELIER EXEMPLE FILMS, TÉLÉ MODÈLE ET BE EXEMPLE
AVEC L'AIDE DU CENTRE DU CINÉMA ET DE L'AUDIOVISUEL DE LA RÉGION EXEMPLE
AVEC LE SOUTIEN DE MODÈLIMAGE ET DU TAX SHELTER DU GOUVERNEMENT EXEMPLE
""", [("cast", "FILM", "Jean Exemple"), ("cast", "FILM", "Rose Exemple"),
      ("screenwriter", "FILM", "Paul Modèle"), ("screenwriter", "FILM", "Anne-Marie Exemple"),
      ("distributor", "FILM", "CINÉMAS DU MODÈLE"), ("distributor", "FILM", "LES FILMS DE L'EXEMPLE"),
      ("production_company", "FILM", "ATELIER EXEMPLE FILMS"), ("production_company", "FILM", "TÉLÉ MODÈLE"),
      ("production_company", "FILM", "BE EXEMPLE"),
      ("funder", "FILM", "CENTRE DU CINÉMA ET DE L'AUDIOVISUEL DE LA RÉGION EXEMPLE"),
      ("funder", "FILM", "MODÈLIMAGE"), ("funder", "FILM", "TAX SHELTER DU GOUVERNEMENT EXEMPLE")],
        [("cast", "FILM", "Et La Participation De Rose Exemple"),
         ("screenwriter", "FILM", "Paul Modèle Et Anne-Marie Exemple"),
         ("production_company", "FILM", "ATELIER EXEMPLE FILMS PRÉSENTE"),
         ("distributor", "FILM", "DISTRIBUTION BELGIQUE")]),
    case("a-possessive-names-the-director-of-the-first-title-only", """Hattie Example (born 1963) is an English film producer and the founder, in 1998, of Model Pictures. Her productions include Hal Sample's Glasshouse Example (2006), The Salt Model (2011) and The Tinker's Example (2014).
""", [("director", "Glasshouse Example", "Hal Sample"), ("producer", "Glasshouse Example", "Hattie Example"),
      ("producer", "The Salt Model", "Hattie Example"), ("producer", "The Tinker's Example", "Hattie Example")],
        [("director", "The Salt Model", "Hal Sample"), ("director", "The Tinker's Example", "Hal Sample")]),

    case("an-infobox-value-bulleted-under-its-label", """The Example Orchard

From Wikipedia, the free encyclopedia

The Example Orchard
Directed by	Fergal Example
Produced byHattie Model
Distributed byWexmoor Distribution
Release date
  • 14 October 2011 (2011-10-14) (United Kingdom and Ireland)
Running time
104 minutes
LanguageEnglish

The Example Orchard is a 2011 British-Irish comedy-drama film directed by Fergal Example.
""", [("date", "FILM", "2011-10-14"), ("duration", "FILM", "104"), ("language", "FILM", "English")],
        [("duration", "14 October 2011 (2011-10-14) (United Kingdom and Ireland)", "104")]),

    case("a-paragraph-ending-on-a-section-word-is-no-section", """THE EXAMPLE SISTERS

FILM
2022  THE EXAMPLE SISTERS — PETER MODEL
2018  TIDE EXAMPLE — JANE SAMPLE

MIA MODEL — JUNE

Born in 1990, Mia Model began her career in theatre before her screen breakthrough in
Jane Sample's Tide Example. The Example Sisters is her first Australian
production.

FILM (SELECTED)
2018  TIDE EXAMPLE — JANE SAMPLE
1996  BLACK MODEL — KEITH SAMPLE

JOHN MODEL — FRANK

John Model (born 1954) has appeared in more than forty films since Black Model.
""", [("cast", "BLACK MODEL", "John Model"), ("director", "BLACK MODEL", "Keith Sample")],
        [("producer", "BLACK MODEL", "John Model"), ("producer", "BLACK MODEL", "Mia Model")]),
    case("a-character-named-like-a-nationality-is-a-character", """Model Films presents

THE EXAMPLE DUNE

a film by Edmund Example

CAST

Maëlys Model: Marian Example
Florian: Anne Sample
Philippine: Bastien Example
Héloïse: Armand Model
""", [("cast", "FILM", "Bastien Example"), ("cast", "FILM", "Anne Sample")], []),
    case("a-name-heading-in-capitals-right-above-its-biography", """LES ANNÉES EXEMPLAIRES

UN FILM DE LAURENT EXEMPLE

LAURENT EXEMPLE
Né à Ostende en 1972, Laurent Exemple étudie le cinéma à Bruxelles. Après plusieurs années comme assistant réalisateur, il réalise son premier court métrage.

ÉMILE MODÈLE – ANDRÉ
Né à Charleroi en 1946, Émile Modèle a mené l'essentiel de sa carrière sur les scènes belges. Il est marié à la comédienne Pascale Exemple, qui joue à ses côtés.
""", [("birth_date", "Laurent Exemple", "1972"), ("birth_date", "Émile Modèle", "1946"),
      ("spouse", "Émile Modèle", "Pascale Exemple")], []),
    case("a-play-line-after-a-blank-line-is-no-paragraph", """THE EXAMPLE STAGE

JANE EXAMPLE

Theatre (as Actress)

1993 LE NOM DE L'EXEMPLE - Robert Modèle.

DANS LA NUIT, LE MODÈLE - Frédéric Exemple. \nDirected by Robert Modèle. 
L'AIGLON DU MODÈLE - Edmond Exemple Directed by Jean-
Luc Modèle. \n""", [("author", "DANS LA NUIT, LE MODÈLE", "Frédéric Exemple"),
      ("author", "L'AIGLON DU MODÈLE", "Edmond Exemple")], []),
]


# the shapes tests/blind14 showed next: a newspaper's obituary under its site's breadcrumb
FIFTEENTH = [
    case("une-necrologie-sous-le-fil-d-ariane-du-site", """Culture > Cinéma > Disparitions

Paul Exemple, cinéaste des quais

Le réalisateur est mort le 4 février, à Exempleville, à l'âge de 86 ans.

Né le 11 juin 1936 à Modèleville, fils d'un cheminot et d'une couturière, Paul Exemple découvre le cinéma au ciné-club du lycée, puis monte à Paris.

Il épouse Anne Modèle en 1980. Le couple tourne ensemble plusieurs films.
""", [("birth_date", "Paul Exemple", "1936-06-11"), ("spouse", "Paul Exemple", "Anne Modèle")]),

    case("les-dates-d-une-necrologie-les-films-du-cineaste", """Culture > Cinéma > Disparitions

Paul Exemple, cinéaste des quais

Le réalisateur de « L'Écluse » est mort le 4 février, à Exempleville.

Né le 11 juin 1936 à Modèleville, Paul Exemple découvre le cinéma au ciné-club du lycée.

Paul Exemple en quelques dates

11 juin 1936 Naissance à Modèleville
1962 « Les Quais d'Exemple », court métrage
1978 « L'Écluse »
1991 « Le Silence de Modèle »
4 février 2023 Mort à Exempleville

Lire aussi | Anne Modèle, une vie de seconds rôles (2019)
""", [("director", "Les Quais d'Exemple", "Paul Exemple"), ("director", "L'Écluse", "Paul Exemple"),
      ("director", "Le Silence de Modèle", "Paul Exemple")],
         [("director", "Naissance à Modèleville", "Paul Exemple")]),

    case("a-contact-block-of-labels-and-values-one-a-line", """EXAMPLE PICTURES present

THE EXAMPLE TENANTS

a film by Jane Example

Canada / United Kingdom - 2019 - 98 min


International Press
Example PR - Sam Sample - sam@example.org
UK Distribution
Example Films
Canadian Distribution
Sample Street Releasing
International Sales
Corvid Example Sales
""", [("distributor", "FILM", "Example Films"), ("distributor", "FILM", "Sample Street Releasing")],
         [("distributor", "FILM", "Canadian Distribution")]),
]


# French sentences of film and people leads (tests/blind14 French): the stars "en sont les
# vedettes", a film that "réunit" its cast, an actor "face à" others, a screenplay "écrit
# avec", a producer "pour sa société", "distribué par", "on lui doit les partitions du",
# "coécrit avec A les scénarios des"
SIXTEENTH = [
    case("les-vedettes-d-un-film-et-son-scenario-ecrit-avec", """Moisson d'exemple est un film dramatique français coécrit et réalisé par Paul Exemple, sorti le 14 octobre 1964. Le scénario, écrit avec Jean Modèle, suit une famille de métayers pendant l'été 1940. Anne Sample, Marie Example et Jean-Pierre Modèle en sont les vedettes ; le montage est l'œuvre de Luc Exemple.
""", [("cast", "Moisson d'exemple", "Anne Sample"), ("cast", "Moisson d'exemple", "Marie Example"),
      ("cast", "Moisson d'exemple", "Jean-Pierre Modèle"),
      ("screenwriter", "Moisson d'exemple", "Jean Modèle"),
      ("screenwriter", "Moisson d'exemple", "Paul Exemple")]),

    case("un-film-qui-reunit-son-casting-apres-d-autres-mots", """Les Invités d'exemple est une comédie française réalisée par Paul Exemple, sortie le 5 septembre 2001. Produit par Anne Modèle pour sa société, Les Films du Modèle, et distribué par Exemple Distribution, le film réunit autour d'un repas de noces Marie Sample, Luc Example et Anne-Claire Modèle.
""", [("cast", "Les Invités d'exemple", "Marie Sample"), ("cast", "Les Invités d'exemple", "Luc Example"),
      ("cast", "Les Invités d'exemple", "Anne-Claire Modèle"),
      ("production_company", "Les Invités d'exemple", "Les Films du Modèle"),
      ("distributor", "Les Invités d'exemple", "Exemple Distribution")]),

    case("un-acteur-y-interprete-face-a-d-autres", """Banlieue Exemple est un film policier français réalisé par Paul Exemple et sorti en 1979. Luc Modèle y interprète un inspecteur infiltré dans une cité, face à Anne Sample et Marie Example dans le rôle de sa sœur, Lise.
""", [("cast", "Banlieue Exemple", "Luc Modèle"), ("cast", "Banlieue Exemple", "Anne Sample"),
      ("cast", "Banlieue Exemple", "Marie Example")],
         [("cast", "Banlieue Exemple", "Lise")]),

    case("les-partitions-et-les-scenarios-d-une-personne", """Luc Exemple, né le 2 février 1940 à Exempleville, est un compositeur français de musique de film. On lui doit notamment les partitions du Mur d'exemple (1978) et de Banlieue Modèle (1979).

Anne Modèle (1931-2016) est une monteuse et scénariste française. Elle a notamment monté Moisson d'exemple (1964) et coécrit avec Paul Sample les scénarios des Dimanches d'Exemple (1974) et de Rue des Trois-Modèles (1981).
""", [("composer", "Le Mur d'exemple", "Luc Exemple"), ("composer", "Banlieue Modèle", "Luc Exemple"),
      ("editor", "Moisson d'exemple", "Anne Modèle"),
      ("screenwriter", "Les Dimanches d'Exemple", "Anne Modèle"),
      ("screenwriter", "Les Dimanches d'Exemple", "Paul Sample"),
      ("screenwriter", "Rue des Trois-Modèles", "Anne Modèle")],
         [("editor", "Les Dimanches d'Exemple", "Anne Modèle"),
          ("screenwriter", "Les Trois-Modèles", "Anne Modèle")]),

    # an actress's filmography table: "—" in the role column is no part; the notes say what
    # else she did ("also writer and director", "Director"); a biography's "Surname wrote and
    # directed the short film T (2010)" names T alone
    case("a-filmography-table-a-dash-for-a-role-and-notes-of-other-roles", """Jane Example

Jane Example (born April 3, 1968) is an American actress and occasional film director.

Career

Example wrote and directed the short film Sample Grass (2010), which screened at a festival. She starred in Modelton Nights (1994).

Filmography

Film
Year	Title	Role	Notes
1994	Modelton Nights	June Sample	
2009	Example Boys	—	Director
2010	Sample Grass	—	Short film; also writer and director
2015	The Example Wife	Edith Model	Also producer
""", [("director", "Sample Grass", "Jane Example"), ("screenwriter", "Sample Grass", "Jane Example"),
      ("director", "Example Boys", "Jane Example"), ("producer", "The Example Wife", "Jane Example"),
      ("cast", "Modelton Nights", "Jane Example")],
         [("cast", "Sample Grass", "Jane Example"), ("cast", "Example Boys", "Jane Example"),
          ("director", "Example wrote and directed the short film Sample Grass", "Jane Example")]),

    # French people's leads (tests/blind15 French): a first feature named without brackets,
    # "Il tourne ensuite" for a director, "tous deux réalisés par", "signé l'image de", a
    # sentence opening on "Connue pour", a title after "Après"
    case("des-vies-de-cineastes-en-phrases-francaises", """Paul Exemple (1928-2020) est un réalisateur et scénariste français. Après plusieurs courts métrages documentaires, il réalise son premier long métrage, Le Grand Chemin d'Exemple, en 1958, avec Luc Modèle et Anne Sample. Il tourne ensuite Les Modèles (1963) et L'Escadre d'exemple (1971), dont il signe aussi les scénarios.

Marie Example, née le 4 mai 1952 à Nantes, est une actrice française. Elle est connue pour ses rôles dans Les Demoiselles d'Exemple (2003) et La Maison du Modèle (2010), tous deux réalisés par Yves Sample.

Claire Modèle, née le 9 septembre 1985 à Lausanne, est une actrice suisse. Connue pour ses rôles dans Les Épaules d'Exemple (2019) et L'Hiver à Modèleville (2022), elle a aussi joué pour la télévision.

Luc Sample, né en 1971 à Dakar, est un directeur de la photographie français. Il a signé l'image de Nuit blanche à Exempleville (2015) de Jean Example, des Petites Modèles (2012) et de Ciel d'exemple (2020).

Anne Exemple, née en 1963 à Brest, est une réalisatrice française. Après Les Enfants du Modèle (2004), son premier long métrage, elle réalise Le Phare d'Exemple (2009).
""", [("director", "Le Grand Chemin d'Exemple", "Paul Exemple"), ("cast", "Le Grand Chemin d'Exemple", "Luc Modèle"),
      ("cast", "Le Grand Chemin d'Exemple", "Anne Sample"), ("director", "Les Modèles", "Paul Exemple"),
      ("screenwriter", "L'Escadre d'exemple", "Paul Exemple"),
      ("director", "Les Demoiselles d'Exemple", "Yves Sample"), ("director", "La Maison du Modèle", "Yves Sample"),
      ("cast", "Les Épaules d'Exemple", "Claire Modèle"), ("cast", "L'Hiver à Modèleville", "Claire Modèle"),
      ("cinematographer", "Nuit blanche à Exempleville", "Luc Sample"),
      ("director", "Nuit blanche à Exempleville", "Jean Example"),
      ("cinematographer", "Les Petites Modèles", "Luc Sample"),
      ("director", "Les Enfants du Modèle", "Anne Exemple"), ("director", "Le Phare d'Exemple", "Anne Exemple")],
         [("cinematographer", "Exempleville", "Luc Sample"),
          ("director", "Après Les Enfants du Modèle", "Anne Exemple")]),

    # a director's filmography table whose columns are set apart by spaces, not tabs; its
    # notes name who else directed or wrote ("Directed by", "Co-written with")
    case("a-filmography-table-in-columns-of-spaces", """Paul Example

Paul Example (born 12 March 1961) is a Canadian film director, screenwriter and producer.

Filmography

Film
Year   Title                      Director   Writer   Producer   Notes
1986   Cold Example               Yes        Yes      No         Short film
1995   The Understudy Sample      Yes        No       Yes
2009   Bellmodel                  No         No       Yes        Directed by Anne Sample
2018   Kestrel Example Road       Yes        Yes      No         Co-written with Marie Modèle
""", [("director", "Cold Example", "Paul Example"), ("screenwriter", "Cold Example", "Paul Example"),
      ("producer", "The Understudy Sample", "Paul Example"), ("producer", "Bellmodel", "Paul Example"),
      ("director", "Bellmodel", "Anne Sample"), ("screenwriter", "Kestrel Example Road", "Marie Modèle")],
         [("director", "Bellmodel", "Paul Example"), ("screenwriter", "The Understudy Sample", "Paul Example")]),
]


SEVENTEENTH = [
    # a crew list that mixes "Role: Name" lines with roles whose names stand below them: each
    # "Role: Name" line is a credit of its own, not one more name of the role above
    case("role-colon-name-lines-among-roles-with-names-below", """MODEL PICTURES
presents

THE RIVER SAMPLE

CREW

Director: Anne Example
Director of Photography
Paul Sample
Editor: Marie Model
Casting
Jean Example
Hair and Make-up: Luc Sample
Line Producer: Rose Example
Co-producers
Tom Model
Executive Producers: Ruth Sample, Igor Example
""", [("director", "FILM", "Anne Example"),
      ("cinematographer", "FILM", "Paul Sample"),
      ("editor", "FILM", "Marie Model"),
      ("casting_director", "FILM", "Jean Example"),
      ("makeup_artist", "FILM", "Luc Sample"),
      ("production_manager", "FILM", "Rose Example"),
      ("co_producer", "FILM", "Tom Model"),
      ("executive_producer", "FILM", "Ruth Sample"),
      ("executive_producer", "FILM", "Igor Example")],
         [("casting_director", "FILM", "Hair"),
          ("co_producer", "FILM", "Igor Example")]),

    # an article's production section: its crew and its backers told in sentences
    case("crew-funders-and-sales-told-in-an-article-s-sentences", """The Sample Hours

The Sample Hours is a 2011 drama film directed by Anne Example.

Production
The project was developed by Example Quay Pictures. Paul Sample and Marie Model served as executive producers. Additional finance came from the Example Screen Fund and the broadcaster Channel Sample, and the film was made in association with Model Bay Capital. International sales were handled by Example Film Sales, which presented the project in 2010.

Casting director Jean Example found the boy at a school. The cinematographer Luc Sample, who had previously shot Modelhavn (2008), used 16 mm film. The production designer was Rose Model; the costumes were designed by Tom Example.

Release
It was released theatrically by Sample Releasing in Ireland on 3 February 2012, and in the United States by Model Lane Pictures on 11 May 2012.
""", [("executive_producer", "FILM", "Paul Sample"),
      ("executive_producer", "FILM", "Marie Model"),
      ("funder", "FILM", "Example Screen Fund"),
      ("funder", "FILM", "Channel Sample"),
      ("funder", "FILM", "Model Bay Capital"),
      ("sales_agent", "FILM", "Example Film Sales"),
      ("casting_director", "FILM", "Jean Example"),
      ("cinematographer", "FILM", "Luc Sample"),
      ("production_designer", "FILM", "Rose Model"),
      ("costume_designer", "FILM", "Tom Example"),
      ("distributor", "FILM", "Sample Releasing"),
      ("distributor", "FILM", "Model Lane Pictures")],
         [("funder", "FILM", "the film was made")]),

    # a French article: companies under "Sociétés de production" whatever their names look
    # like; a heading under "Production" is no company; dates of release indented under
    # their label; a sentence naming who coproduced, who backed and who sells the film
    case("une-fiche-technique-et-une-section-production-en-francais", """Le Silence d'exemple

Le Silence d'exemple est un film dramatique français réalisé par Anne Exemple, sorti en 2014.

Fiche technique
Réalisation : Anne Exemple
Sociétés de production : Les Films du Modèle, Nord-Exemple Images ; coproduit par Brabant Sample (Belgique)
Durée : 112 minutes
Dates de sortie :
  France : 12 mars 2014
  Belgique : 19 mars 2014

Production
Genèse et développement
Anne Exemple découvre le roman en 2009, l'année de la sortie de son premier long métrage, et en écrit l'adaptation pendant trois ans.

Le film est produit par Paul Modèle pour Les Films du Modèle, en coproduction avec Nord-Exemple Images et la société belge Brabant Sample. Il a reçu l'avance sur recettes du Centre des arts de l'exemple et le soutien du Fonds régional Sample-Artois, et a été préacheté par Télé Modèle et Ciné Exemple. Les ventes internationales sont assurées par Modèle International.
""", [("production_company", "FILM", "Nord-Exemple Images"),
      ("production_company", "FILM", "Brabant Sample"),
      ("date", "FILM", "2014-03-12"),
      ("funder", "FILM", "Centre des arts de l'exemple"),
      ("funder", "FILM", "Fonds régional Sample-Artois"),
      ("funder", "FILM", "Télé Modèle"), ("funder", "FILM", "Ciné Exemple"),
      ("sales_agent", "FILM", "Modèle International")],
         [("producer", "FILM", "Nord-Exemple Images"), ("producer", "FILM", "Brabant Sample"),
          ("cast", "FILM", "Nord-Exemple Images"),
          ("production_company", "FILM", "Genèse et développement"),
          ("production_company", "FILM", "Nord-Exemple Images et la société belge Brabant Sample")]),

    # a French actress's career told in sentences, paragraph after paragraph, the person
    # named by a pronoun after a clause, or by her name under a heading glued to it
    case("la-carriere-d-une-actrice-racontee-en-phrases", """Anne Exemple

Anne Exemple, née le 3 avril 1970 à Lyon, est une actrice française.

Biographie
Elle débute au cinéma en 1992 dans Les Pieds d'exemple de Paul Modèle, puis obtient son premier grand rôle dans L'Été de Saint-Sample (1995) de Marie Exemple.

Au tournant des années 2000, elle devient l'une des interprètes fidèles de Luc Sample, qui la dirige d'abord dans un court métrage, Le Déménagement d'exemple (1999), puis dans La Fête à Modèle (2001).

Elle est révélée au grand public par Les Yeux du modèle (2004) de Jean Exemple, où elle incarne une géologue.

Vie privée
Anne Exemple est mariée depuis 2001 au réalisateur Luc Sample ; ils ont deux enfants.
""", [("cast", "L'Été de Saint-Sample", "Anne Exemple"),
      ("director", "L'Été de Saint-Sample", "Marie Exemple"),
      ("cast", "Le Déménagement d'exemple", "Anne Exemple"),
      ("director", "Le Déménagement d'exemple", "Luc Sample"),
      ("cast", "La Fête à Modèle", "Anne Exemple"),
      ("director", "La Fête à Modèle", "Luc Sample"),
      ("cast", "Les Yeux du modèle", "Anne Exemple"),
      ("spouse", "Anne Exemple", "Luc Sample")]),
]


EIGHTEENTH = [
    # a newspaper's obituary of an actor: parts told in sentences, some films without their
    # year (the sentence's one year is theirs), a co-star "opposite" the person, a first
    # marriage, and the line of dates under the article, which gives the name in full
    case("an-actor-s-obituary-told-in-sentences", """Culture | Film | Obituaries

Harold Example, screen villain with a soft voice, dies aged 80

By Anne Model
Monday 11 May 2020

Harold Example, the actor whose sharp voice made him a favourite villain of British films of the 1960s, died on Monday at his home in Leeds. He was 80.

His first film part was a few lines as a porter in Paul Sample's war drama The Iron Sample (1960). Sample liked his face. The Iron Sample was a modest hit, and for the rest of the decade Example was rarely out of work, playing thugs, spies and crooked lawyers in films such as The Cold Quay (1964) and A Candle at Model Point (1966).

In 1968 he starred in Marie Model-Hart's The Marsh Samples, a horror film shot in Suffolk, opposite the Irish-born actress Rose Exemplar. They married the following year. His first marriage, to the dancer Joan Sample, had ended in divorce in 1965.

Hollywood called in 1979, when Luc Model cast him as a British arms dealer in the American thriller Example Avenue, opposite Ruth Sample-Jones.

Harold James Example, actor, born 3 April 1940; died 5 May 2020
""", [("cast", "The Iron Sample", "Harold Example"),
      ("director", "The Iron Sample", "Paul Sample"),
      ("cast", "The Cold Quay", "Harold Example"),
      ("cast", "A Candle at Model Point", "Harold Example"),
      ("cast", "The Marsh Samples", "Harold Example"),
      ("director", "The Marsh Samples", "Marie Model-Hart"),
      ("cast", "The Marsh Samples", "Rose Exemplar"),
      ("cast", "Example Avenue", "Harold Example"),
      ("cast", "Example Avenue", "Ruth Sample-Jones"),
      ("spouse", "Harold Example", "Joan Sample"),
      ("alias", "Harold Example", "Harold James Example"),
      ("birth_date", "Harold Example", "1940-04-03"),
      ("death_date", "Harold Example", "2020-05-05")],
         [("cast", "The Marsh Samples", "Irish-born"),
          ("cast", "Suffolk", "Harold Example"),
          ("cast", "Leeds", "Harold Example")]),

    # a French newspaper's obituary of a filmmaker: a film's sentence with its actors ("porté
    # par"), its producer's company named in full, its music "signée"; a spouse as "Son
    # épouse, la monteuse X"; the box of dates under the article gives birth and death
    case("la-necrologie-d-un-cineaste", """Culture › Cinéma › Disparition

Paul Exemple, cinéaste des ports, est mort

Par Anne Modèle
Publié le 6 février 2023

Paul Exemple est mort le 4 février à Paris, à l'âge de 81 ans. Son épouse, la monteuse Marie Sample, qui a monté tous ses films, a annoncé sa mort.

Son premier long métrage, La Traversée d'exemple (1968), porté par Rose Modèle et Jean Sample, est produit par Luc Modèle pour sa société, Les Films de l'Exemple, et distribué par Ciné-Sample Distribution. La musique de La Traversée d'exemple est signée Claude Exemple, qui restera son compositeur attitré.

Il avait épousé Marie Sample en 1970.

PAUL EXEMPLE EN QUELQUES DATES

1er septembre 1941  Naissance à Saint-Exemple
1968  « La Traversée d'exemple »
4 février 2023  Mort à Paris
""", [("cast", "La Traversée d'exemple", "Rose Modèle"),
      ("cast", "La Traversée d'exemple", "Jean Sample"),
      ("producer", "La Traversée d'exemple", "Luc Modèle"),
      ("production_company", "La Traversée d'exemple", "Les Films de l'Exemple"),
      ("distributor", "La Traversée d'exemple", "Ciné-Sample Distribution"),
      ("composer", "La Traversée d'exemple", "Claude Exemple"),
      ("spouse", "Paul Exemple", "Marie Sample"),
      ("birth_date", "Paul Exemple", "1941-09-01"),
      ("death_date", "Paul Exemple", "2023-02-04")],
         [("composer", "La Traversée d'exemple", "Traversée d'exemple"),
          ("production_company", "La Traversée d'exemple", "Les Films")]),

    # a festival catalogue that keys its credits: "Abbreviations: D director · SCR screenplay"
    # over entries whose credits use the keys; an entry's title line may hold its facts;
    # "b/w" and a note on the print are no unknown words in a line of facts
    case("a-catalogue-s-credits-in-its-abbreviations", """SAMPLE INTERNATIONAL FILM FESTIVAL
PROGRAMME CATALOGUE

Abbreviations: D director · SCR screenplay · DOP cinematography · ED editing ·
M music · C cast · P production · WS world sales
-------------------------------------------------------------------------------

THE GLASS SAMPLE                                            NEW HORIZONS  p. 42
Szklana próbka
Poland, Germany 2019 | 97' | Polish, German | colour | DCP
D Anna Example  SCR Anna Example, Paul Model  DOP Jan Sample
ED Rosa Model  M Luc Exemplar
C Marie Sample, Tom Example
P Sample Films, Model Filmproduktion  WS Example Sales
A family on a storm-bound spit.

PAPER SAMPLES  United Kingdom 2020 | 11' | English
D/SCR Ruth Example  C Igor Model, Lena Sample  P Two Rivers Samples
A dog-walker takes on one client too many.

BLUE EXAMPLE
USA 1967 | 92' | English | b/w | 35mm (new print courtesy of an archive)
D Jane Model  DOP Karl Example
""", [("director", "The glass sample", "Anna Example"),
      ("screenwriter", "The glass sample", "Anna Example"),
      ("screenwriter", "The glass sample", "Paul Model"),
      ("cinematographer", "The glass sample", "Jan Sample"),
      ("editor", "The glass sample", "Rosa Model"),
      ("composer", "The glass sample", "Luc Exemplar"),
      ("cast", "The glass sample", "Marie Sample"),
      ("cast", "The glass sample", "Tom Example"),
      ("production_company", "The glass sample", "Sample Films"),
      ("production_company", "The glass sample", "Model Filmproduktion"),
      ("sales_agent", "The glass sample", "Example Sales"),
      ("director", "Paper samples", "Ruth Example"),
      ("screenwriter", "Paper samples", "Ruth Example"),
      ("cast", "Paper samples", "Lena Sample"),
      ("production_company", "Paper samples", "Two Rivers Samples"),
      ("duration", "Paper samples", "11"),
      ("language", "Paper samples", "English"),
      ("date", "Blue example", "1967"),
      ("duration", "Blue example", "92"),
      ("director", "Blue example", "Jane Model"),
      ("cinematographer", "Blue example", "Karl Example")],
         [("producer", "The glass sample", "Sample Films")]),

    # "best known as A Name in the crime drama T": a part, not another name of the person
    case("best-known-as-a-character-is-no-stage-name", """Paul Example

Paul Example (born 14 March 1971) is a British actor. His films include The Sample Accounts (2006). On television he is best known as DCI Ray Model in the crime drama Greysample (2019–2022). He is also known as Paulie Example.
""", [("cast", "The Sample Accounts", "Paul Example"),
      ("alias", "Paul Example", "Paulie Example")],
         [("alias", "Paul Example", "DCI Ray Model")]),

    # a dossier de presse whose title opens with "UNE" under "présente"; its crew list in
    # columns and dotted leaders under LISTE TECHNIQUE ("Scénario et réalisation   A" is one
    # label, and no line of it a part); an actress's filmography "2015    TITRE de A" is no
    # cast list; funders "en partenariat avec" and numbered SOFICA
    case("un-dossier-de-presse-et-sa-liste-technique", """LES FILMS DU MODÈLE
présente



UNE SAISON SANS EXEMPLE


un film de
PAUL EXEMPLE


avec
ANNE MODÈLE     JEAN SAMPLE



LISTE TECHNIQUE

Scénario et réalisation                   Paul Exemple
avec la collaboration de                  Rose Modèle
Image .................................... Luc Sample (AFC)
Montage .................................. Marie Exemple
Son ...................................... Igor Modèle
                                           Tom Sample

Une coproduction LES FILMS DU MODÈLE – SAMPLE FILMS
Avec le soutien de la RÉGION EXEMPLE et du FONDS IMAGES DE LA SAMPLE
En partenariat avec le CENTRE DES IMAGES DU MODÈLE
En association avec les SOFICA CINÉMODÈLE 8 et SAMPLEDOC 5


ANNE MODÈLE

Filmographie sélective
2015    HALTE-EXEMPLE de Jeanne Sample
2013    LES MAINS MODÈLES de Paul Exemple
""", [("director", "FILM", "Paul Exemple"),
      ("screenwriter", "FILM", "Paul Exemple"),
      ("cinematographer", "FILM", "Luc Sample"),
      ("editor", "FILM", "Marie Exemple"),
      ("sound", "FILM", "Tom Sample"),
      ("cast", "FILM", "Anne Modèle"),
      ("funder", "FILM", "RÉGION EXEMPLE"),
      ("funder", "FILM", "FONDS IMAGES DE LA SAMPLE"),
      ("funder", "FILM", "CENTRE DES IMAGES DU MODÈLE"),
      ("funder", "FILM", "CINÉMODÈLE 8"),
      ("funder", "FILM", "SAMPLEDOC 5"),
      ("cast", "HALTE-EXEMPLE", "Anne Modèle")],
         [("cast", "FILM", "Paul Exemple"), ("cast", "FILM", "Rose Modèle"),
          ("screenwriter", "FILM", "Tom Sample"),
          ("cast", "FILM", "HALTE-EXEMPLE de Jeanne Sample")]),

    # an encyclopedia's box: "Pays de production<TAB>Drapeau de la France France" is the
    # label "Pays de production", not "Pays" with "de production" for a value
    case("pays-de-production-apres-une-tabulation", """La Digue d'exemple

La Digue d'exemple
Données clés
Réalisation	Anne Exemple
Sociétés de production	Les Films du Modèle
Pays de production	Drapeau de la France France
Drapeau de la Belgique Belgique
Genre	Drame
Durée	104 minutes

Synopsis
Une infirmière revient à Saint-Malo.
""", [("country", "FILM", "France"), ("country", "FILM", "Belgium"),
      ("director", "FILM", "Anne Exemple"), ("duration", "FILM", "104")],
         [("genre", "Drapeau de la Belgique Belgique", "drame")]),
]


NINETEENTH = [
    # a French newspaper's obituary of a director, its headline "Mort de A Name, cinéaste
    # ...": the films its prose names with their years, bare, are the person's (after a
    # comma, a verb or "Avec"; not a series, not another's film), and so are the unquoted
    # titles of its box of dates, whose first line gives the birth
    case("mort-d-un-cineaste-ses-films-dans-la-prose", """Culture › Cinéma

Mort de Jean Exemple, cinéaste des ports et des marées

Le réalisateur des « Mouettes », prix Louis-Delluc 1979, est mort le 3 janvier à Brest.

Par Anne Modèle
Publié le 6 janvier 2023

Jean Exemple, mort mardi 3 janvier à Brest, à l'âge de 88 ans, laisse une dizaine de films sur le Finistère des goémoniers et des veuves de marins.

Né le 14 février 1934 à Plougastel, il monte à Paris à 20 ans. Son premier film, Les Algues (1961), un court métrage documentaire, est remarqué au festival de Tours. Le producteur Paul Sample lui permet de tourner Le Pain des autres (1965), avec Marie Modèle. Sample produit aussi L'Île aux exemples (1968), tourné à Sein.

Avec Septembre à Exempleville (1973), il trouve son ton. La télévision lui commande ensuite la série Les Gens du modèle (1982), six épisodes. Suivent Une saison chez Yvonne (1986), comédie tendre, et Le Dernier Bac (1994), son ultime film. Il admirait le film de Paul Sample, Le Phare (1958), tourné à Ouessant.

Jean Exemple en quelques dates
14 février 1934 Naissance à Plougastel (Finistère)
1979 Les Mouettes, prix Louis-Delluc
3 janvier 2023 Mort à Brest
""", [("director", "Les Algues", "Jean Exemple"),
      ("director", "Le Pain des autres", "Jean Exemple"),
      ("director", "L'Île aux exemples", "Jean Exemple"),
      ("director", "Septembre à Exempleville", "Jean Exemple"),
      ("director", "Une saison chez Yvonne", "Jean Exemple"),
      ("director", "Le Dernier Bac", "Jean Exemple"),
      ("director", "Les Mouettes", "Jean Exemple"),
      ("birth_date", "Jean Exemple", "1934-02-14"),
      ("death_date", "Jean Exemple", "2023-01-03")],
         [("director", "Les Gens du modèle", "Jean Exemple"),
          ("director", "Le Phare", "Jean Exemple"),
          ("date", "Sample produit aussi L'Île aux exemples", "1968")]),

    # an American newspaper's obituary: "A Name, 84, Director Whose ..., Dies" under its
    # rubric; the titles in quotes with their years are her films, but for another's
    # ("A Name's road movie 'T' (1963)", where she had a part) and a hospital series
    case("an-obituary-with-titles-in-quotes", """OBITUARIES

Ann Example, 84, Director Whose Small Films Kept Faith With Nurses, Dies

By Tom Model
Nov. 3, 2022

Ann Example, whose plain films about nurses anticipated the independent movement, died on Oct. 29 at her home. She was 84.

Her one screen role of note was as a hitchhiker in Paul Sample's road movie "The Long Sample" (1963). But "Blue Example" (1967), shot in 19 days, became a touchstone. It was followed by "The Model's Field" (1972) and "Sister Sample,
Texas" (1976), about a nursing strike.

Through the 1980s she directed episodes of the hospital series "Example General" (1984). Her penultimate film, "Hours of the Model" (1998), was the last she made with her husband.
""", [("director", "Blue Example", "Ann Example"),
      ("director", "The Model's Field", "Ann Example"),
      ("director", "Sister Sample, Texas", "Ann Example"),
      ("director", "Hours of the Model", "Ann Example"),
      ("director", "The Long Sample", "Paul Sample"),
      ("cast", "The Long Sample", "Ann Example")],
         [("director", "The Long Sample", "Ann Example"),
          ("director", "Example General", "Ann Example"),
          ("cast", "Paul Sample's road movie \"The Long Sample", "Ann Example")]),

    # an actor's filmography under an obituary whose rubric is after a "·": "1961 — Title —
    # Part (A Director)" gives the part and the director, not "Title — Part" for a title
    case("filmographie-titre-role-realisateur", """CULTURE · DISPARITION

Paul Exemple, le passeur entre deux rives, est mort

Acteur installé en France depuis les années 1970, il avait tourné une trentaine de films.

FILMOGRAPHIE CHOISIE
1961 — Le Port d'Exemple — Karim (Jean Modèle)
1972 — Un taxi pour Sample — le chauffeur (Anne Sample-Dupont)
""", [("cast", "Le Port d'Exemple", "Paul Exemple"),
      ("director", "Le Port d'Exemple", "Jean Modèle"),
      ("cast", "Un taxi pour Sample", "Paul Exemple"),
      ("director", "Un taxi pour Sample", "Anne Sample-Dupont")],
         [("cast", "Le Port d'Exemple — Karim", "Paul Exemple")]),

    # a catalogue entry's filmography, then its screenings after a blank line: the
    # screenings line is not part of the last entry (its "— Cinema 3" names no director)
    case("screenings-after-a-filmography", """SAMPLE ASIAN FILM WEEK 2021
OFFICIAL CATALOGUE — p. 46–47

THE SAMPLE RIVER

DIRECTOR
Ann Example (b. 1986, Hué) studied cinema in Hanoi. Her short SAMPLE FISH (2014) competed at Clermont-Ferrand.

FILMOGRAPHY
2014 Sample Fish (Cá Mẫu) — short
2017 Monsoon Example (Sổ Mẫu)
2021 The Sample River

Screenings:  Fri 12 Nov 19:30 — Cinema 3   |   Sun 14 Nov 14:00 — Lotus Hall
""", [("director", "Sample Fish", "Ann Example"),
      ("director", "Monsoon Example", "Ann Example"),
      ("director", "The Sample River", "Ann Example")],
         [("cast", "Monsoon Example", "Ann Example"),
          ("director", "The Sample River Screenings: Fri 12 Nov 19:30", "Ann Example")]),

    # a dossier de presse: its title page bills a third actor centred under the other two,
    # past a blank line (named again in the cast); its interview names another film with
    # its year, then opens a sentence with it ("T était un film de bande"): no other title
    # of the document's film; "J'ai écrit le scénario avec X" casts nobody; "(voix)" is no
    # part of the character; its technical sheet in two columns has labels the box does
    # not know ("Titre", "Année", "Format image"), which are neither values nor its title
    case("dossier-troisieme-actrice-et-fiche-en-colonnes", """                    LES FILMS DU MODÈLE
                         présentent

                 ANNE EXEMPLE          PAUL SAMPLE-DUPONT

                              JEANNE MODÈLE-FALL

                          LE JARDIN D'EXEMPLE

                   un film de MARIE SAMPLE

ENTRETIEN AVEC MARIE SAMPLE

C'est votre deuxième long métrage après LE VENT DE MODÈLE (2018). Qu'est-ce qui a
changé ?

LE VENT DE MODÈLE était un film de bande, très bavard, très tenu par le scénario.
Ici, j'ai voulu un film plus lent, qui suive le rythme d'une saison. J'ai écrit le
scénario avec Luc Exemple-Roy, qui vient du documentaire.

LISTE ARTISTIQUE

Ysaline ................................................. ANNE EXEMPLE
Marc .................................................... PAUL SAMPLE-DUPONT
Madame Cazaux ........................................... JEANNE MODÈLE-FALL
Mémé Yvette (voix) ...................................... ROSE SAMPLE

FICHE TECHNIQUE

Titre                     Le Jardin d'exemple
Titre international       Example's Garden
Pays                      France, Belgique
Année                     2024
Durée                     1h37
Langue                    Français
Format image              1.85 – couleur
Première mondiale         Festival de Fontvieille-sur-Mer 2024 – Compétition officielle
Sortie nationale          12 mars 2025
""", [("cast", "FILM", "Jeanne Modèle-Fall"), ("cast", "FILM", "Rose Sample", {"character": "Mémé Yvette"}),
      ("country", "FILM", "France"), ("country", "FILM", "Belgium"),
      ("duration", "FILM", "97"), ("date", "FILM", "2025-03-12"),
      ("alias", "FILM", "Example's Garden")],
         [("alias", "FILM", "LE VENT DE MODÈLE"), ("cast", "FILM", "Luc Exemple-Roy"),
          ("cast", "LE VENT DE MODÈLE", "Luc Exemple-Roy"),
          ("cast", "FILM", "Rose Sample", {"character": "Mémé Yvette (voix)"}),
          ("country", "FILM", "Année 2024"), ("language", "FILM", "Format image 1.85 – couleur")]),
]


TWENTIETH = [
    # a director's article tells her career film by film: a sentence names one film with
    # its year, inside it or at its start ("She returned to the cinema with T (1995),
    # co-written with ..."), and what follows tells who made it and who played in it, in
    # that sentence and in the next ones that go on about it ("It starred ...", "A played
    # Nora, opposite B as her son Daniel"); a sentence about something else ends it
    case("career-prose-film-by-film", """Marta Exemplar

Marta Exemplar (born 3 May 1960) is a British film director and screenwriter.

Career[edit]
1985–1995: First features[edit]
Her graduation film, the 20-minute short Gull Weather (1985), was photographed by her classmate Owen Sample, whom she later married.

Her feature debut, Winter Harbour (1991), which she also wrote, follows a fairground stranded by snow. It starred Ashley Model and the Hungarian actor Zoltán Példa, was produced by Leonard Instance for Halyard Pictures and was shot, again, by Owen Sample; the Irish composer Cian Sampla wrote the score.

Between 1993 and 1994 she directed episodes of a police series. She returned to the cinema with The Pear Orchard (1995), co-written with the Norwegian novelist Hanne Eksempel and produced by Instance. Ashley Model played Nora Quince, a widowed fruit-grower, opposite Paul Exemplo as her estranged son Daniel; Sample was again director of photography.

A Map of the Fens (2001), again written with Eksempel, reunited her with Paul Exemplo and introduced the French actress Élodie Modèle as Hélène, a surveyor. It was produced by Instance and Odile Sample.

2007–present[edit]
Under the Lime Trees (2010), a Romanian–British co-production by Saltmarsh Films and the Bucharest company Lumina Exemplu Film, was her first film shot partly in Romanian. Zoltán Példa returned as Vasile, an old beekeeper, alongside Ana Exemplu as his granddaughter Irina. The screenplay was written with the Romanian playwright Radu Exemplu.

The short A Coat for Greta (2012) gave a first role to her daughter, Lila Sample. Lila Sample also appeared in The Hollow Winter (2015), a ghost story, in which Paul Exemplo and the Swedish actress Greta Exempel play a couple mourning a child. Its score was composed by Sören Exempel, and Owen Sample again photographed.

In 1998 she was a juror at a festival. On stage she directed the play A Winter Lodging (1999). Her first job was a small part in Anna Example's The Pilot's Widow (1984).
""", [("cinematographer", "Gull Weather", "Owen Sample"),
      ("screenwriter", "Winter Harbour", "Marta Exemplar"),
      ("cast", "Winter Harbour", "Ashley Model"), ("cast", "Winter Harbour", "Zoltán Példa"),
      ("producer", "Winter Harbour", "Leonard Instance"),
      ("production_company", "Winter Harbour", "Halyard Pictures"),
      ("cinematographer", "Winter Harbour", "Owen Sample"),
      ("composer", "Winter Harbour", "Cian Sampla"),
      ("screenwriter", "The Pear Orchard", "Hanne Eksempel"),
      ("screenwriter", "The Pear Orchard", "Marta Exemplar"),
      ("producer", "The Pear Orchard", "Leonard Instance"),
      ("cast", "The Pear Orchard", "Ashley Model", {"character": "Nora Quince"}),
      ("cast", "The Pear Orchard", "Paul Exemplo", {"character": "Daniel"}),
      ("cinematographer", "The Pear Orchard", "Owen Sample"),
      ("screenwriter", "A Map of the Fens", "Hanne Eksempel"),
      ("cast", "A Map of the Fens", "Paul Exemplo"),
      ("cast", "A Map of the Fens", "Élodie Modèle", {"character": "Hélène"}),
      ("producer", "A Map of the Fens", "Odile Sample"),
      ("production_company", "Under the Lime Trees", "Saltmarsh Films"),
      ("country", "Under the Lime Trees", "Romania"),
      ("cast", "Under the Lime Trees", "Zoltán Példa", {"character": "Vasile"}),
      ("cast", "Under the Lime Trees", "Ana Exemplu", {"character": "Irina"}),
      ("screenwriter", "Under the Lime Trees", "Radu Exemplu"),
      ("cast", "A Coat for Greta", "Lila Sample"),
      ("cast", "The Hollow Winter", "Lila Sample"), ("cast", "The Hollow Winter", "Greta Exempel"),
      ("composer", "The Hollow Winter", "Sören Exempel"),
      ("cinematographer", "The Hollow Winter", "Owen Sample"),
      ("director", "The Pilot's Widow", "Anna Example")],
         [("screenwriter", "The Pear Orchard", "Norwegian"),
          ("composer", "The Hollow Winter", "Owen Sample"),
          ("cast", "Under the Lime Trees", "Lila Sample"),
          ("cast", "A Map of the Fens", "Ashley Model"),
          ("date", "A Winter Lodging", "1999"), ("date", "Widow", "1984"),
          ("date", "2007–present Under the Lime Trees", "2010")]),
    # a lead's cast names a surname the lead gave in full before ("directed by and starring
    # A Name": "starring Name" is A Name), past a "Ms."; an actor's description is no part
    # of the name ("the Hungarian actor A Name"); "composed by A, and B again photographed":
    # B is no composer; "produced by the Arts Council of Place's scheme" names no producer
    case("a-lead-whose-cast-names-a-surname", """Paper Lanterns

Paper Lanterns is a 1931 American comedy film written and directed by Walter Exemplum and starring Exemplum, Ms. Sampleton and the Hungarian actor Zoltán Példa. Its score was composed by Jan Sample, and Ola Model again photographed. It was produced by the Arts Council of Exampleshire's scheme. Wilma Sampleton is credited as the maid.
""", [("cast", "FILM", "Walter Exemplum"), ("cast", "FILM", "Zoltán Példa"),
      ("composer", "FILM", "Jan Sample")],
         [("cast", "FILM", "Exemplum"), ("composer", "FILM", "Ola Model"),
          ("producer", "FILM", "Arts Council"), ("cast", "FILM", "Hungarian")]),
    # an encyclopedia page copied whole, its menus first: the person is the title under
    # "From Wikipedia, the free encyclopedia" (past a hatnote), and the filmography table
    # under it gives her parts; a heading run into the lead under it is one name
    case("a-page-copied-whole-with-its-menus", """Jump to content
Main menu
Search

Jane Exemplary
12 languages
Article
From Wikipedia, the free encyclopedia

For other people named Exemplary, see Exemplary (surname).

Jane Exemplary
Jane Exemplary (9 June 1969 – 2 May 2020) was an English actress.

Filmography[edit]
Film[edit]
Year\tTitle\tRole\tNotes
1991\tThe Salt Examples\tNessa\t
1997\tPennyexample\tMrs. Dunmore\tShort film
""", [("cast", "The Salt Examples", "Jane Exemplary", {"character": "Nessa"}),
      ("cast", "Pennyexample", "Jane Exemplary", {"character": "Mrs. Dunmore"}),
      ("death_date", "Jane Exemplary", "2020-05-02")],
         [("birth_date", "Jane Exemplary Jane Exemplary", "1969-06-09")]),
    # a related article's title run into its lead: one title, even of one word; a title
    # that says a word twice is left whole
    case("a-related-article-run-into-its-lead", """Lanternexample

Lanternexample is a 2021 Norwegian drama film directed by Sigrid Example.

Related Research Articles

Nattexample
Nattexample is a 2017 Norwegian thriller film directed by Arvid Example.
""", [("director", "Nattexample", "Arvid Example")],
         [("director", "Nattexample Nattexample", "Arvid Example")]),
    # a festival catalogue whose key says what its abbreviations are ("Credits key: D =
    # director · S = screenplay · C = cinematography · P = producer(s)"), its credits run
    # on one line ("D: A / S: B, C / C: D / Cast: E"), the cast with no key of its own;
    # in French "Réal. A • Scén. B • Prod. C, D (X Films, Y Images)": the producers, and
    # in brackets their companies; "Canada (Québec) | 2021 | 108 min" is a line of facts
    case("a-catalogue-with-a-key-to-its-credits", """NEW CURRENTS COMPETITION

Credits key: D = director · S = screenplay · C = cinematography · E = editing · P = producer(s) · Prod = production company

_______________________________________________

EMBERS OF EXAMPLE
Original title: Glóðexample
Iceland, Denmark · 2019 · 97 min · Icelandic
D: Anna Exampledóttir / S: Anna Exampledóttir, Mads Sample / C: Ívar Exemplarson / E: Trine Sample / P: Þóra Exampledóttir / Prod: Example Film, Sample Pictures / Cast: Halla Exemplar, Bergur Sample

A slow-burning family drama.
_______________________________________________

THE COPPER EXAMPLES
Original title: Los años de ejemplo
Chile · 2019 · 104 min · Spanish
D: Tomás Ejemplo / S: Paula Ejemplo / C: Joaquín Muestra / Prod: Desierto Ejemplo Films / Cast: Rosa Ejemplo

A mining town's last summer.
""", [("director", "Embers of example", "Anna Exampledóttir"),
      ("screenwriter", "Embers of example", "Mads Sample"),
      ("cinematographer", "Embers of example", "Ívar Exemplarson"),
      ("editor", "Embers of example", "Trine Sample"),
      ("producer", "Embers of example", "Þóra Exampledóttir"),
      ("production_company", "Embers of example", "Sample Pictures"),
      ("cast", "Embers of example", "Bergur Sample"),
      ("cinematographer", "The copper examples", "Joaquín Muestra"),
      ("cast", "The copper examples", "Rosa Ejemplo")],
         [("cast", "Embers of example", "Ívar Exemplarson"),
          ("producer", "Embers of example", "Sample Pictures")]),
    case("un-catalogue-et-ses-abreviations", """COMPÉTITION OFFICIELLE

Abréviations : Réal. = réalisation ; Scén. = scénario ; Im. = image ; Prod. = production ; Int. = interprètes

--------------------------------------------------------------------

LE FLEUVE DES EXEMPLES
Titre original : Dex Exemple
Sénégal, France | 2021 | 94 min | wolof, français
Réal. Aïssatou Exemple • Scén. Aïssatou Exemple, Julien Modèle • Im. Ousmane Exemple • Prod. Fatou Modèle, Bertrand Exemple (Teranga Exemples, Les Films du Modèle) • Int. Awa Exemple, Ibrahima Modèle

À Saint-Louis, Khady attend.

--------------------------------------------------------------------

LA SAISON DES EXEMPLES
Titre original : La Saison des exemples
Canada (Québec) | 2021 | 108 min | français
Réal. Étienne Exemple • Prod. Geneviève Modèle (Films Exemplaires) • Int. Marc Exemple

Chaque hiver, Réjean installe son village.
""", [("director", "Le fleuve des exemples", "Aïssatou Exemple"),
      ("producer", "Le fleuve des exemples", "Bertrand Exemple"),
      ("production_company", "Le fleuve des exemples", "Les Films du Modèle"),
      ("production_company", "Le fleuve des exemples", "Teranga Exemples"),
      ("cast", "Le fleuve des exemples", "Ibrahima Modèle"),
      ("director", "La saison des exemples", "Étienne Exemple"),
      ("production_company", "La saison des exemples", "Films Exemplaires"),
      ("country", "La saison des exemples", "Canada"), ("duration", "La saison des exemples", "108")],
         [("director", "Le fleuve des exemples", "Étienne Exemple"),
          ("producer", "Le fleuve des exemples", "Les Films du Modèle)")]),
]


TWENTY_FIRST = [
    # a catalogue's note on the director its credits name lists the director's earlier films,
    # by kind ("Her short films", "the features", "the documentary"), some with their
    # original title beside the year; a clause that goes on about one of them ends the list
    case("a-catalogue-note-on-its-director", """Credits key: D = director · S = screenplay · P = producer(s)

EMBERS OF THE EXAMPLE
Original title: Glóðir dæmi
Iceland · 2019 · 97 min · Icelandic
D: Ragna Exemplar / S: Ragna Exemplar / P: Þóra Sample / Cast: Halla Model

When her brother dies in a fire, Sigrún returns to the fjord town she left.

Ragna Exemplar (b. 1981, Akureyri) studied directing in Copenhagen. Her short films Ice Example (Ísdæmi, 2012) and Whale Sample (2015) screened at festivals worldwide; she also directed the documentary The Last Herring Models (2017). Embers of the Example is her first fiction feature.

THE COPPER SAMPLES
Chile · 2019 · 112 min · Spanish
D: Tomás Ejemplo Ruiz / S: Tomás Ejemplo Ruiz / Cast: Alfredo Modelo

1971. In a mining camp, the nationalisation of copper turns a foreman and his son into strangers.

Tomás Ejemplo Ruiz (Santiago, 1974) has directed the features Salitre Ejemplo (2008), Coastal Samples (Perros de ejemplo, 2013) and The Last Example Shift (2016), which won the audience award in 2016.

HARMATTAN SAMPLE
Nigeria · 2019 · 101 min · English
D: Kunle Example-Bankole / Cast: Bolaji Model

A retired schoolteacher sets out to recover the family house.

Kunle Example-Bankole (b. 1979, Lagos) studied at the London Film School. He made the short Okada Sample (2011) and the feature Third Example (2015), a box-office hit that starred Funmi Model in Model Town (2010).
""", [("director", "Ice Example", "Ragna Exemplar"), ("director", "Whale Sample", "Ragna Exemplar"),
      ("director", "The Last Herring Models", "Ragna Exemplar"),
      ("director", "Salitre Ejemplo", "Tomás Ejemplo Ruiz"), ("director", "Coastal Samples", "Tomás Ejemplo Ruiz"),
      ("director", "The Last Example Shift", "Tomás Ejemplo Ruiz"),
      ("director", "Okada Sample", "Kunle Example-Bankole"), ("director", "Third Example", "Kunle Example-Bankole")],
         [("director", "Model Town", "Kunle Example-Bankole"), ("date", "2012) and Whale Sample", "2015")]),
    case("une-note-sur-la-realisatrice", """Abréviations : Réal. = réalisation ; Prod. = production ; Int. = interprètes

LE FLEUVE DES EXEMPLES
Sénégal, France | 2020 | 94 min | wolof, français
Réal. Aïssatou Exemple • Prod. Bertrand Modèle (Les Films du Modèle) • Int. Ibrahima Modèle

Au bord du fleuve, une veuve attend le retour de son fils.

La réalisatrice : née en 1983 à Saint-Louis, Aïssatou Exemple a étudié le cinéma à Dakar. Elle a réalisé les courts métrages Le Pêcheur d'exemples (2012) et Sable modèle (2016), ainsi que le documentaire Les Femmes de l'exemple (2018). Le Fleuve des exemples est son premier long métrage de fiction.

LA SAISON DES MODÈLES
Canada (Québec) | 2021 | 108 min | français
Réal. Étienne Exemple-Bouchard • Int. Marc Modèle

Chaque hiver, Réjean installe son village sur le lac.

Le réalisateur : né en 1972 à Chicoutimi, Étienne Exemple-Bouchard a signé Le Chenal modèle (2011), Rivière-aux-Exemples (2015) et Les Bons Modèles (2018), prix du public en 2018. Il a réalisé le documentaire Alpexemple (2006), puis les longs métrages Föhn modèle (2010) et Le Silence de l'exemple (Die Stille im Beispiel, 2016).
""", [("director", "Le Pêcheur d'exemples", "Aïssatou Exemple"), ("director", "Sable modèle", "Aïssatou Exemple"),
      ("director", "Les Femmes de l'exemple", "Aïssatou Exemple"),
      ("director", "Le Chenal modèle", "Étienne Exemple-Bouchard"),
      ("director", "Rivière-aux-Exemples", "Étienne Exemple-Bouchard"),
      ("director", "Les Bons Modèles", "Étienne Exemple-Bouchard"),
      ("director", "Alpexemple", "Étienne Exemple-Bouchard"), ("director", "Föhn modèle", "Étienne Exemple-Bouchard"),
      ("director", "Le Silence de l'exemple", "Étienne Exemple-Bouchard")],
         [("director", "Elle a réalisé les courts métrages Le Pêcheur d'exemples", "Aïssatou Exemple")]),
    # a director's lead names the films she began with and made her name with; an actor's
    # lead in the same words names parts, not films he directed
    case("un-realisateur-et-ses-films", """Jean-Loup Exemple, né le 22 juin 1932 à Cambrai et mort le 5 septembre 2009 à Lille, est un réalisateur et scénariste français. Venu du court métrage documentaire, il s'est fait connaître avec Les Canaux d'exemple (1968) avant de signer ses deux films les plus célèbres avec l'acteur belge Achille Modèle, La Dernière Écluse modèle (1977) et Le Silence des exemples (1980).

Claire Exemple (10 janvier 1944 – 3 mars 2020) est une réalisatrice et scénariste belge. Née à Ostende, elle débute avec Un été à Exemple (1974) et réalise notamment le documentaire Ostende modèle (1979).

Paul Modèle (né en 1950) est un acteur français. Il débute avec Le Rôle modèle (1972) et tourne avec Jean-Loup Exemple.
""", [("director", "Les Canaux d'exemple", "Jean-Loup Exemple"),
      ("director", "La Dernière Écluse modèle", "Jean-Loup Exemple"),
      ("director", "Le Silence des exemples", "Jean-Loup Exemple"),
      ("director", "Un été à Exemple", "Claire Exemple"), ("director", "Ostende modèle", "Claire Exemple")],
         [("director", "Le Rôle modèle", "Paul Modèle"), ("director", "La Dernière Écluse modèle", "Achille Modèle")]),
    # "A Name's short T": the short is A Name's film T, not a film called "A Name's short T"
    case("a-part-in-someone-s-short", """Aoife Example (born 1994) is an Irish actress. She appeared in Nadia Sample's short Small Examples (2014) and made her film debut in Teodora Model-Hart's short The Lodger's Example (1987).
""", [("cast", "Small Examples", "Aoife Example"), ("director", "Small Examples", "Nadia Sample"),
      ("cast", "The Lodger's Example", "Aoife Example"), ("director", "The Lodger's Example", "Teodora Model-Hart")],
         [("cast", "Nadia Sample's short Small Examples", "Aoife Example")]),
    # a sales company's line-up: each title between two rules over a block of labelled
    # lines ("Genre:", "Director:", "Country: A / B", "Year:", "Running time:"); a status in
    # capitals ("Status: COMPLETED") is no film
    case("a-sales-line-up-framed-by-rules", """EXAMPLE REACH INTERNATIONAL
World Sales

CANNES MARKET 2023 — LINE-UP

=====================================
THE WEIGHT OF EXAMPLES
=====================================
Genre: Drama
Director: Priya Example
Cast: Marguerite Sample, Tariq Model
Country: United Kingdom / Norway
Year: 2023
Running time: 112 min
Status: COMPLETED

Logline: A retired ornithologist travels to a Norwegian island.

=====================================
MOONSAMPLE
=====================================
Genre: Animation / Family
Director: Mirela Example-Hart
Voice cast: Saoirse Sample, Gideon Model
Animation studio: Tumbledown Animation (Dublin)
Country: Ireland / Belgium
Year: 2023
Running time: 84 min
Status: COMPLETED
""", [("director", "The weight of examples", "Priya Example"), ("cast", "The weight of examples", "Tariq Model"),
      ("country", "The weight of examples", "Norway"), ("country", "The weight of examples", "United Kingdom"),
      ("date", "The weight of examples", "2023"), ("duration", "The weight of examples", "112"),
      ("director", "Moonsample", "Mirela Example-Hart"), ("cast", "Moonsample", "Saoirse Sample"),
      ("production_company", "Moonsample", "Tumbledown Animation"), ("country", "Moonsample", "Belgium")],
         [("director", "Completed", "Priya Example"), ("director", "FILM", "Priya Example")]),
    # a catalogue's "Prod. :" that names companies, not people ("Ouest Horizon Cinéma",
    # "B & C Films", "A Films (Genève)"); a person with a company in brackets stays a producer
    case("prod-names-companies", """LES COUSINS DE L'EXEMPLE
France — 2019 — 1h38

Réal. : Gaspard Exemple
Prod. : Alpenrose Films (Genève), Causses & Combes Films

LA MER D'EXEMPLE
France — 2019 — 1h12

Réal. : Louise Modèle
Prod. : Ouest Horizon Cinéma

THE SAMPLE COUSINS
UK — 2020 — 98 min

Director: Jane Sample
Producers: Ysolde Example (Greyhaven Films)
""", [("production_company", "Les cousins de l'exemple", "Alpenrose Films"),
      ("production_company", "Les cousins de l'exemple", "Causses & Combes Films"),
      ("production_company", "La mer d'exemple", "Ouest Horizon Cinéma"),
      ("producer", "The sample cousins", "Ysolde Example"),
      ("production_company", "The sample cousins", "Greyhaven Films")],
         [("producer", "La mer d'exemple", "Ouest Horizon Cinéma"), ("producer", "Les cousins de l'exemple", "Causses")]),
    # a cinematographer's own page: the name with its society's letters, the trade under it,
    # an agent's address, then sections of "T (2012) — dir. A Name — 35mm" lines (a note
    # indented under one), "• U (1991) | dir. B Name | second unit DP" under a second unit's
    # heading (another's camera), "1982<TAB>W<TAB>dir. C Name<TAB>16mm" shorts, "- V (2009),
    # dir. D Name — HD" documentaries, and commercials, which are no films
    case("a-cinematographer-s-own-page", """JANE EXAMPLE BSC
Director of Photography

[ Home ]  [ Reel ]  [ Filmography ]  [ Contact ]

Represented by Sample Crew Management — agents@samplecrew.example

==============================================================
FILMOGRAPHY
==============================================================

FEATURE FILMS

The Weir Example (2012) — dir. Oriel Sample — 35mm / Super 35
The Cartographer's Model (2006) — dir. Harriet Example — 35mm anamorphic
   BAFTA nomination, Best Cinematography

Additional photography / second unit:
  • The Ninth Example (1991) | dir. Desmond Model | second unit DP | 35mm

SHORT FILMS

1982	Sister Example	dir. Oriel Sample	16mm	(graduation film)

DOCUMENTARIES

- Rivers Without Examples (2009), dir. Sol Model — HD, feature documentary

COMMERCIALS

Halvard Motors "Open Example" (2015) — dir. Kit Sample — agency: Pellmell & Grieve
""", [("cinematographer", "The Weir Example", "Jane Example"), ("director", "The Weir Example", "Oriel Sample"),
      ("cinematographer", "The Cartographer's Model", "Jane Example"),
      ("director", "The Ninth Example", "Desmond Model"),
      ("cinematographer", "Sister Example", "Jane Example"), ("director", "Sister Example", "Oriel Sample"),
      ("kind", "Sister Example", "short"),
      ("cinematographer", "Rivers Without Examples", "Jane Example"),
      ("director", "Rivers Without Examples", "Sol Model")],
         [("cinematographer", "The Ninth Example", "Jane Example"), ("cinematographer", "BAFTA", "Jane Example"),
          ("cast", "The Weir Example", "Jane Example"), ("director", 'Halvard Motors "Open Example"', "Kit Sample"),
          ("cinematographer", "The Weir Example", "JANE EXAMPLE BSC")]),
]


TWENTY_SECOND = [
    # a cinematheque's programme: each entry's credits run on in one paragraph, label after
    # label ("Réalisation : A. Scénario : A, B. Image : C."), the cast after them in a sentence
    # of its own, the film's summary after that; and short films one to a line, the title
    # and its facts set apart by middle dots
    case("un-programme-de-cinematheque", """CINÉMATHÈQUE DE L'EXEMPLE
Programme mars – avril 2024

RÉTROSPECTIVE MARTIN MODÈLE

MERCREDI 6 MARS · 20 H
LA GRÈVE DES EXEMPLES
France · 1963 · 1 h 28 · N&B
Réalisation : Martin Modèle. Scénario : Martin Modèle, Paul Exemple. Image : Hervé
Specimen. Musique : Jean-Luc Patron. Avec Denise Modèle (Anna), Loïc Exemple (Fanch),
Albert Specimen (le vieux Corentin).
Une veuve de marin refuse de vendre le bateau de son mari. Séance présentée par Gwen Exemple.

SAMEDI 9 MARS · 15 H · PROGRAMME DE COURTS MÉTRAGES
LES RAMASSEURS D'EXEMPLES · France · 1951 · 24 min · N&B · documentaire
L'ÎLE AUX MODÈLES · France · 1953 · 19 min · documentaire

MERCREDI 13 MARS · 20 H
LE DERNIER MODÈLE
France · 1974 · 1 h 35 · couleur
Réalisation et scénario : Martin Modèle. Image : Alain Specimen. Montage : Simone Patron.
Avec Albert Specimen (Mathurin), Denise Modèle.
Production : Les Films de l'Exemple, Sirène Productions. Le dernier film du cinéaste.
""", [("director", "La grève des exemples", "Martin Modèle"),
      ("screenwriter", "La grève des exemples", "Paul Exemple"),
      ("cinematographer", "La grève des exemples", "Hervé Specimen"),
      ("composer", "La grève des exemples", "Jean-Luc Patron"),
      ("cast", "La grève des exemples", "Loïc Exemple", {"character": "Fanch"}),
      ("cast", "La grève des exemples", "Albert Specimen", {"character": "le vieux Corentin"}),
      ("duration", "La grève des exemples", "88"),
      ("duration", "Les ramasseurs d'exemples", "24"), ("date", "L'île aux modèles", "1953"),
      ("director", "Le dernier modèle", "Martin Modèle"), ("screenwriter", "Le dernier modèle", "Martin Modèle"),
      ("editor", "Le dernier modèle", "Simone Patron"), ("cast", "Le dernier modèle", "Denise Modèle"),
      ("production_company", "Le dernier modèle", "Sirène Productions"), ("duration", "Le dernier modèle", "95")],
         [("composer", "La grève des exemples", "Loïc Exemple"),
          ("composer", "La grève des exemples", "Denise Modèle"),
          ("date", "La grève des exemples", "1951")]),
    # a festival's entry: "Written and directed by A. With B, C." on one line, labelled
    # credits on the next; a line of facts that opens with a country is no entry of its own
    case("directed-by-then-with", """LAKESIDE EXAMPLE FILM FESTIVAL
Retrospective

THE MOTEL SAMPLE
USA | 1997 | 99 min | 35mm
Written and directed by Anita Example. With Marisa Model, Tom Specimen.
Cinematography: Hector Sample. Music: Greg Example.
Print courtesy of the Example Film Archive.

NORTHBOUND EXAMPLE
UK 2008 | 112 min | DCP
Directed by Anita Example. Starring Marisa Model.
""", [("director", "The motel sample", "Anita Example"), ("screenwriter", "The motel sample", "Anita Example"),
      ("cast", "The motel sample", "Marisa Model"), ("cast", "The motel sample", "Tom Specimen"),
      ("cinematographer", "The motel sample", "Hector Sample"), ("composer", "The motel sample", "Greg Example"),
      ("duration", "The motel sample", "99"), ("duration", "Northbound example", "112"),
      ("director", "Northbound example", "Anita Example")],
         [("director", "The motel sample", "Tom Specimen"), ("duration", "Usa", "99"),
          ("duration", "Uk 2008", "112")]),
    # a home-video label's page: each title over its release line, a blurb, "Dir:" and
    # "Starring:" and a line of facts with its formats ("118 mins / English / Blu-ray"); a
    # title's year in brackets is a fact, not part of the title
    case("a-home-video-catalogue", """EXAMPLE EDITIONS
Home   Shop   New Releases   Basket (0)

------------------------------------------------------------

THE CORMORANT EXAMPLE
Limited Edition Blu-ray | Release date: 22 April 2024 | £17.99

A lighthouse keeper's widow returns to the island of her childhood. Now newly remastered.

Dir: Margit Example
Starring: Siobhan Model, Rhys Specimen
2014 / UK, Ireland / 118 mins / English, Irish / Blu-ray

Extras:
• Audio commentary by Margit Example

------------------------------------------------------------

LARKSPUR SAMPLE (1988)
The Archive Collection #31 | New 4K restoration | £19.99

A sumptuous adaptation of a novel of love and ruin in the hop gardens.

Dir: Desmond Example
Starring: Vivienne Model
1988 / UK / 124 mins / English / Blu-ray + DVD

[Pre-order]
""", [("director", "The cormorant example", "Margit Example"), ("cast", "The cormorant example", "Rhys Specimen"),
      ("duration", "The cormorant example", "118"), ("country", "The cormorant example", "Ireland"),
      ("language", "The cormorant example", "Irish"),
      ("director", "Larkspur sample", "Desmond Example"), ("duration", "Larkspur sample", "124"),
      ("date", "Larkspur sample", "1988")],
         [("director", "The cormorant example", "Desmond Example")]),
    # a catalogue's labels cut short and paired: "Dir/Scr: A Name" is both
    case("dir-slash-scr", """NINE EXAMPLE WINTERS
Norway 2022 | 76 min | Norwegian

Dir/Scr: Ingrid Example  Prod: Torbjørn Model  DoP: Ingrid Example  Ed: Vebjørn Specimen

Filmed over nine polar nights, a patient documentary.
""", [("director", "Nine example winters", "Ingrid Example"),
      ("screenwriter", "Nine example winters", "Ingrid Example"),
      ("editor", "Nine example winters", "Vebjørn Specimen")]),
    # a cinematheque's record of a film: its credits, a heading in capitals over its copies,
    # then "DU MÊME RÉALISATEUR" with the director's other films, each "– avec A, B – 1 h 28";
    # "Production :" naming companies each with its town
    case("une-fiche-de-cinematheque", """Accueil > Collections > Catalogue des films > Fiche film

LES HEURES EXEMPLAIRES

Titre original : Les Heures exemplaires
Sortie : 12 mars 1997
Durée : 1 h 42

GÉNÉRIQUE
Réalisation : Bertrand Exemple
Image : Henri Modèle
Production : Les Productions de l'Exemple (Paris), Helvetia Specimen (Genève)

Interprétation : Raphaël Modèle (Mathieu), Isaure Exemple (Lise)

SUPPORTS CONSERVÉS
Copie 35 mm (dépôt du producteur, 1997) – état : bon

DU MÊME RÉALISATEUR
Les Mains exemplaires (1965) – avec Colette Modèle, Roger Specimen – 1 h 28
Le Chemin des modèles (1979) – avec Raphaël Modèle – 1 h 47
""", [("production_company", "FILM", "Helvetia Specimen"),
      ("production_company", "FILM", "Les Productions de l'Exemple"),
      ("director", "Les Mains exemplaires", "Bertrand Exemple"), ("cast", "Les Mains exemplaires", "Roger Specimen"),
      ("duration", "Les Mains exemplaires", "88"), ("director", "Le Chemin des modèles", "Bertrand Exemple"),
      ("cast", "Le Chemin des modèles", "Raphaël Modèle"), ("duration", "Le Chemin des modèles", "107")],
         [("producer", "FILM", "Helvetia Specimen"), ("production_company", "FILM", "Genève"),
          ("director", "Les Mains exemplaires", "Supports Conservés")]),
]

TWENTY_THIRD = [
    # an actress's article: "dans T de A (1988)" in its prose, and the filmography below saying
    # A directed T, so "de A" is the director, not the title's; a title with a name in it that
    # nothing says is a director keeps it
    case("dans-un-titre-de-son-realisateur", """Isaure Exemple

Isaure Exemple, née le 4 avril 1966 à Quimper, est une actrice française.

Carrière

Elle débute dans Les Nuits de l'Exemple de Marcel Modèle (1985), puis tient un second rôle dans L'Hiver à Specimen de Paul-Henri Patron (1988). Elle joue ensuite dans Les Dimanches de Mathilde Exemple (2001).

Filmographie

1985 : Les Nuits de l'Exemple de Marcel Modèle : Anne
1988 : L'Hiver à Specimen de Paul-Henri Patron : Solenn
""", [("director", "L'Hiver à Specimen", "Paul-Henri Patron"), ("date", "L'Hiver à Specimen", "1988"),
      ("director", "Les Nuits de l'Exemple", "Marcel Modèle"), ("date", "Les Dimanches de Mathilde Exemple", "2001")],
         [("date", "L'Hiver à Specimen de Paul-Henri Patron", "1988"),
          ("date", "Les Nuits de l'Exemple de Marcel Modèle", "1985"),
          ("director", "Les Dimanches", "Mathilde Exemple")]),
    # an art-house cinema's week: each "TITLE" over "de A, avec B, C" and its facts; a rubric
    # with words in lower case ("JEUNE PUBLIC – dès 5 ans"); "TITLE de A – France, 2009, 1 h 22"
    # on one line under its rubric; "HOMMAGE À A NAME (1941-2023)" is a tribute to that person
    case("un-programme-de-la-semaine", """CINÉMA L'EXEMPLE – Quimper

PROGRAMME DU MERCREDI 25 AU MARDI 31 JANVIER

LA NUIT DES EXEMPLES
de Luc Van der Modèle, avec Isaure Exemple, Raphaël Specimen
France / Belgique, 2022, 1 h 51
Une ancienne goémonière et une jeune saisonnière glanent la nuit.

LES SOEURS DU MODÈLE (Die Schwestern vom Beispiel)
de Friederike Exemple, avec Katrin Modèle
Allemagne, 2021, 1 h 48, VOSTF

JEUNE PUBLIC – dès 5 ans
LE RENARD ET L'EXEMPLE
de Théo Modèle et Ursula Exemple
France / Suisse, 2014, 1 h 18, film d'animation

CYCLE – HOMMAGE À RAPHAËL SPECIMEN (1941-2023)
Trois films pour saluer l'acteur.

CINÉ-DÉBAT
PAYSANS DE L'EXEMPLE de Maëlle Specimen – France, 2009, 1 h 22, documentaire
→ mardi 31 à 20h30, en présence de la réalisatrice
""", [("director", "La nuit des exemples", "Luc Van der Modèle"), ("cast", "La nuit des exemples", "Raphaël Specimen"),
      ("duration", "La nuit des exemples", "111"), ("director", "Les soeurs du modèle", "Friederike Exemple"),
      ("cast", "Les soeurs du modèle", "Katrin Modèle"), ("duration", "Les soeurs du modèle", "108"),
      ("director", "Le renard et l'exemple", "Ursula Exemple"), ("date", "Le renard et l'exemple", "2014"),
      ("director", "Paysans de l'exemple", "Maëlle Specimen"), ("duration", "Paysans de l'exemple", "82"),
      ("birth_date", "Raphaël Specimen", "1941"), ("death_date", "Raphaël Specimen", "2023")],
         [("date", "Vostf", "2022"), ("date", "Ciné-débat", "2009"), ("birth_date", "HOMMAGE À RAPHAËL SPECIMEN", "1941"),
          ("date", "Jeune public – dès 5 ans", "2014")]),
    # a director's notice: "Assistant de A sur T (1963), il réalise ..." - A directed T, the
    # person assisted (and T is not the person's own film)
    case("assistant-de-a-sur-un-film", """Bertrand Exemple

Bertrand Exemple (1931-2019) est un réalisateur et scénariste français. Assistant de Jean-Baptiste Modèle sur Les Filets de l'exemple (1963), il réalise son premier long métrage, Les Mains nues, en 1965.
""", [("director", "Les Filets de l'exemple", "Jean-Baptiste Modèle"), ("date", "Les Filets de l'exemple", "1963"),
      ("assistant_director", "Les Filets de l'exemple", "Bertrand Exemple")],
         [("director", "Les Filets de l'exemple", "Bertrand Exemple"),
          ("director", "Assistant de Jean-Baptiste Modèle sur Les Filets de l'exemple", "Bertrand Exemple")]),
    # a filmography's "Title de A Van der Name : Character": the particles are the name's
    case("filmographie-de-van-der", """Isaure Exemple

Isaure Exemple, née en 1966 à Quimper, est une actrice française.

Filmographie

2005 : La Dernière Exemple de Luc Van der Modèle : Hélène
2009 : Les Saisonniers de Royan de Fabrice Specimen : Mme Castaing
""", [("director", "La Dernière Exemple", "Luc Van der Modèle"),
      ("cast", "La Dernière Exemple", "Isaure Exemple", {"character": "Hélène"}),
      ("director", "Les Saisonniers de Royan", "Fabrice Specimen")],
         [("director", "Les Saisonniers", "Royan de Fabrice Specimen")]),
    # a distributor's catalogue, its films between rules: a title in capitals just under a rule
    # (or under a rubric), its second title below, "un film d'A" or "de A (1958)" or a spaced
    # "Réalisation     A", and a running time before the next rule; bulleted shorts one to a
    # line, "• TITLE – A Name – Country – 2019 – 12'"
    case("un-catalogue-de-distributeur-entre-des-regles", """LES FILMS DE L'EXEMPLE
Distribution cinéma – Catalogue 2022 / 2023

-----------------------------------------------------------------------------

LA FIÈVRE DES EXEMPLES
(Febre dos Exemplos)

un film d'Inês Modelo Specimen
avec Beatriz Exemplo, Tiago Modelo

Portugal, France – 2022 – 1h52 – couleur – VOSTF
Scénario : Inês Modelo Specimen, Duarte Exemplo

-----------------------------------------------------------------------------

LE CHANT DU MODÈLE
Das Lied des Beispiels

Réalisation       Friederike Beispiel
Interprétation    Jonas Muster, Marlene Beispiel
Pays              Allemagne / Autriche
Durée             101 minutes

-----------------------------------------------------------------------------

PATRIMOINE – VERSION RESTAURÉE 4K

LES AMANTS DE LA RUE EXEMPLE
de René Modèle (1958)

France – 94' – noir et blanc
Avec Annette Exemple, Jacques Specimen

-----------------------------------------------------------------------------

PETITES OMBRES – programme de courts métrages (dès 3 ans)

• LE RENARD ET L'EXEMPLE – Zuzana Modelová – République tchèque – 2019 – 12'
• MOUSSE – Élodie Exemple – France – 2020 – 9'

-----------------------------------------------------------------------------
""", [("director", "La fièvre des exemples", "Inês Modelo Specimen"), ("alias", "La fièvre des exemples", "Febre dos Exemplos"),
      ("duration", "La fièvre des exemples", "112"), ("cast", "La fièvre des exemples", "Tiago Modelo"),
      ("director", "Le chant du modèle", "Friederike Beispiel"), ("alias", "Le chant du modèle", "Das Lied des Beispiels"),
      ("cast", "Le chant du modèle", "Marlene Beispiel"), ("duration", "Le chant du modèle", "101"),
      ("director", "Les amants de la rue exemple", "René Modèle"), ("date", "Les amants de la rue exemple", "1958"),
      ("duration", "Les amants de la rue exemple", "94"),
      ("director", "Le renard et l'exemple", "Zuzana Modelová"), ("duration", "Le renard et l'exemple", "12"),
      ("director", "Mousse", "Élodie Exemple"), ("date", "Mousse", "2020")],
         [("duration", "Les amants de la rue exemple", "12"), ("date", "Les amants de la rue exemple", "2019")]),
    # an actors' dictionary: "SURNAME (Forename)" over a notice whose sentences have no subject
    # ("Actrice française. Née le 21 septembre 1976 à Rennes."), then "Filmographie : 1996 T
    # (A Name) ; 2014 U (id.)" run on; a cast bio's "INGRID EXAMPLE (Maren)" is an actor and
    # the part
    case("un-dictionnaire-des-comediens", """DICTIONNAIRE DES COMÉDIENS

AUBRY-EXEMPLE (Clémence)
Actrice française. Née le 21 septembre 1976 à Rennes (Ille-et-Vilaine). Révélée par Gaspard Modèle dans Les Cerisiers de l'exemple (1996). Mariée au réalisateur Marc-Antoine Specimen.
Filmographie : 1996 Les Cerisiers de l'exemple (Gaspard Modèle) ; 2009 Les Jours de craie (Solène Exemple) ; 2014 Les Hirondelles de l'exemple (id.).

LAVALLIÈRE (Ginette), née Georgette Modèle
Actrice française. Née le 17 juillet 1931 à Nevers, morte le 2 décembre 1999 à Rome. Épouse du producteur Aldo Specimen.

INGRID EXEMPLE (Maren)
Born in Tromsø in 1971, Ingrid Exemple is one of Norway's best-known actresses, famous for the series Fjordlys (2009–2013).
""", [("birth_date", "Clémence Aubry-Exemple", "1976-09-21"), ("occupation", "Clémence Aubry-Exemple", "actress"),
      ("spouse", "Clémence Aubry-Exemple", "Marc-Antoine Specimen"),
      ("cast", "Les Jours de craie", "Clémence Aubry-Exemple"), ("director", "Les Jours de craie", "Solène Exemple"),
      ("director", "Les Hirondelles de l'exemple", "Solène Exemple"), ("date", "Les Hirondelles de l'exemple", "2014"),
      ("cast", "Les Cerisiers de l'exemple", "Clémence Aubry-Exemple"),
      ("birth_date", "Ginette Lavallière", "1931-07-17"), ("death_date", "Ginette Lavallière", "1999-12-02"),
      ("alias", "Ginette Lavallière", "Georgette Modèle"), ("spouse", "Ginette Lavallière", "Aldo Specimen")],
         [("cast", "Gaspard Modèle dans Les Cerisiers de l'exemple", "Clémence Aubry-Exemple"),
          ("birth_date", "Maren Ingrid Exemple", "2009"), ("death_date", "Maren Ingrid Exemple", "2013")]),
    # an obituary: "Assistant de A sur T (1958), il tourne ..." - T is A's, not the dead director's
    case("une-necrologie-assistant-de", """Mort de Gaspard Exemple, cinéaste des Abers

Le réalisateur Gaspard Exemple est mort le 3 mars 2020 à Brest. Il avait 87 ans.

Né le 11 juin 1932 à Quimper, Gaspard Exemple découvre le cinéma au patronage. Assistant de Raoul Modèle sur Brume sur l'Exemple (1958), il tourne quelques documentaires avant de réaliser son premier long métrage, La Grève des modèles (1964).
""", [("director", "Brume sur l'Exemple", "Raoul Modèle"), ("director", "La Grève des modèles", "Gaspard Exemple")],
         [("director", "Assistant de Raoul Modèle sur Brume sur l'Exemple", "Gaspard Exemple"),
          ("director", "Brume sur l'Exemple", "Gaspard Exemple")]),
]


TWENTY_FOURTH = [
    # a lending catalogue's table of prints, in tabs: a French title and the original one, the
    # director, countries, year, running time and distributor of each film; notes under the
    # table by reference give the cast and crew of one print ("ST-0440 : avec A, B. Image : C.")
    case("un-catalogue-de-copies-en-tableau", """CATALOGUE DES COPIES — ÉDITION 2020
Colonnes séparées par des tabulations.

Réf.\tTitre français\tTitre original\tRéalisation\tPays\tAnnée\tDurée\tSupport\tDistributeur
EX-01\tLa Mouette de l'exemple\tMewa z Przykładu\tZbigniew Modèle-Lis\tPologne\t1968\t102 min\t35 mm\tTamaris Exemple
EX-02\tLe Dernier Train pour Specimen\t—\tKarima Exemple-Roussel\tAlgérie / France\t2018\t78 min\tDCP\tSirocco Modèle

Notes
EX-01 : avec Halina Exemple-Dąb, Tadeusz Modèle. Image : Józef Specimen-Nowak.
EX-01, EX-02 : copies d'origine ; projection sur appareil 35 mm uniquement.
""", [("director", "La Mouette de l'exemple", "Zbigniew Modèle-Lis"), ("date", "La Mouette de l'exemple", "1968"),
      ("alias", "La Mouette de l'exemple", "Mewa z Przykładu"), ("country", "La Mouette de l'exemple", "Poland"),
      ("duration", "La Mouette de l'exemple", "102"), ("distributor", "La Mouette de l'exemple", "Tamaris Exemple"),
      ("cast", "La Mouette de l'exemple", "Halina Exemple-Dąb"), ("cast", "La Mouette de l'exemple", "Tadeusz Modèle"),
      ("cinematographer", "La Mouette de l'exemple", "Józef Specimen-Nowak"),
      ("country", "Le Dernier Train pour Specimen", "Algeria"), ("country", "Le Dernier Train pour Specimen", "France"),
      ("director", "Le Dernier Train pour Specimen", "Karima Exemple-Roussel")],
         [("alias", "Le Dernier Train pour Specimen", "—"), ("cinematographer", "Ex-", "Józef Specimen-Nowak")]),
    # a soundtrack's track listing in tabs is no filmography: its songs are not films
    case("a-track-listing-is-no-film-table", """Saltwater Example

Saltwater Example is a 2014 Irish drama film directed by Ann Specimen.

Soundtrack
No.\tTitle\tWriter(s)\tLength
1.\t"Salt"\tYusuf Example\t4 min
2.\t"Kinsella's Reel"\tTiernan Model\t2:18
""", [("director", "FILM", "Ann Specimen")],
         [("cast", "FILM", "\"Kinsella's Reel\""), ("duration", "\"Salt\"", "4"), ("duration", "Salt", "4")]),
    # a festival's film sheets framed only at top and bottom ("╔═══╗" … "╚═══╝"): each sheet
    # is an entry with its title, a second title, a line of facts in pipes and its credits
    case("des-fiches-de-festival-encadrees", """12e FESTIVAL DU FILM DE L'EXEMPLE
COMPÉTITION OFFICIELLE

╔══════════════════════════════════════╗
  LA NUIT DES EXEMPLES
  France | 2018 | 112 min | VF | Fiction
  Réal. : Anaïs Le Modèle-Castel
  Int. : Zoé Exemple-Thiers, Malik Specimen
  Prod. : Les Films de l'Exemple
╚══════════════════════════════════════╝

╔══════════════════════════════════════╗
  AUBE D'EXEMPLE
  (Voorbeeldrood)
  Pays-Bas, Belgique | 2017 | 91 min | VOSTF (néerlandais) | Fiction
  Réal. : Femke Modèle
  Int. : Joost Exemple (Wim), Sanne de Specimen (Ilse)
  Musique : Bram Modèle-Kool
╚══════════════════════════════════════╝
""", [("director", "La nuit des exemples", "Anaïs Le Modèle-Castel"), ("duration", "La nuit des exemples", "112"),
      ("cast", "La nuit des exemples", "Malik Specimen"), ("date", "Aube d'exemple", "2017"),
      ("alias", "Aube d'exemple", "Voorbeeldrood"), ("language", "Aube d'exemple", "Dutch"),
      ("cast", "Aube d'exemple", "Sanne de Specimen", {"character": "Ilse"}), ("composer", "Aube d'exemple", "Bram Modèle-Kool")],
         [("cast", "La nuit des exemples", "Joost Exemple")]),
    # a credit's company with its producer in brackets, and who backed the film after it
    case("production-societe-et-producteur-entre-parentheses", """LE MISTRAL DE L'EXEMPLE
un film de Rémi Exemple

France – 2023 – 1 h 52
Réalisation : Rémi Exemple
Production : Les Films du Modèle (Fabrice Specimen)
Coproduction : Provence Images, avec le soutien de la Région Exemple
Sociétés de production : Kora Films (Mali), Modèle Productions (Belgique) ; avec le soutien de la Région Specimen
""", [("producer", "FILM", "Fabrice Specimen"), ("production_company", "FILM", "Les Films du Modèle"),
      ("production_company", "FILM", "Provence Images"), ("funder", "FILM", "Région Exemple"),
      ("production_company", "FILM", "Modèle Productions"), ("funder", "FILM", "Région Specimen")],
         [("producer", "FILM", "Provence Images"), ("producer", "FILM", "Mali"),
          ("production_company", "FILM", "Les Films du Modèle (Fabrice Specimen)")]),
    # a festival programme: "TITLE / Original Title" over "(Country, Year, NN min) Dir: A. With
    # B," running onto the next line; a strand's name in capitals over a title in capitals; a
    # tag before a title ("RESTORED: THE TITLE"); "Dirs: A, B"; shorts on one line each
    case("a-festival-programme-with-facts-in-brackets", """9th EXAMPLE INTERNATIONAL FILM FESTIVAL
PROGRAMME

------------------------------------------------------------------------
INTERNATIONAL COMPETITION

WOLVES OF THE EXAMPLE / Os Lobos do Exemplo
(Portugal/Spain, 2019, 96 min) Dir: Rui Modelo Teles. With Inês Exemplo,
Tomás Specimen, Pilar Modelo.
Sat 9 Nov · 18:00 · WS

THE YELLOW SPECIMEN / Het gele exemplaar
(Netherlands, 2019, 101 min) Dir: Maarten de Voorbeeld. With Sanne van
der Example, Youssef El Specimen.
Sun 10 Nov · 17:00 · GL

A YEAR WITHOUT EXAMPLES
(Canada, 2019, 79 min) Dirs: Marie-Claude Exemple, Dan Specimen. With Pauline
Modèle-Reyes. In French and English.

------------------------------------------------------------------------
DOCUMENTARY STRAND

THE LAST WEAVERS OF EXAMPLE
(Italy, 2019, 72 min) Dir: Chiara Specimen.

------------------------------------------------------------------------
SHORTS PROGRAMME 2: SMALL HOURS (total running time 44 min)

Tidewater Example (UK, 2019, 14 min) Dir: Amir Specimen-Jones.
Kiosk (Netherlands, 2018, 11 min) Dir: Lieke Example. With Henk-Jan Specimen.

------------------------------------------------------------------------
RESTORED: THE BRASS EXAMPLE
(USA, 1951, 87 min) Dir: Walter Specimen. With Dolores Example, Jack Model.
""", [("alias", "Wolves of the example", "Os Lobos do Exemplo"), ("date", "Wolves of the example", "2019"),
      ("director", "Wolves of the example", "Rui Modelo Teles"), ("cast", "Wolves of the example", "Tomás Specimen"),
      ("country", "Wolves of the example", "Spain"), ("duration", "Wolves of the example", "96"),
      ("cast", "The yellow specimen", "Sanne van der Example"),
      ("director", "A year without examples", "Marie-Claude Exemple"),
      ("director", "A year without examples", "Dan Specimen"),
      ("cast", "A year without examples", "Pauline Modèle-Reyes"),
      ("director", "The last weavers of example", "Chiara Specimen"),
      ("director", "Tidewater Example", "Amir Specimen-Jones"), ("date", "Kiosk", "2018"),
      ("cast", "Kiosk", "Henk-Jan Specimen"), ("director", "The brass example", "Walter Specimen"),
      ("date", "The brass example", "1951")],
         [("alias", "Documentary strand", "The last weavers of example"),
          ("director", "Restored: the brass example", "Walter Specimen"),
          ("director", "WOLVES OF THE EXAMPLE / Os Lobos do Exemplo", "Rui Modelo Teles")]),
    # a cinematographer's article: the box's "Other names" and "Occupation"; a filmography
    # table in spaces under "Feature films (as director of photography)" whose rows name each
    # film's director, and that goes on under "Short films" and "Television"
    case("a-cinematographers-filmography-table", """Tadeusz Exemplarski

From Wikipedia, the free encyclopedia

Tadeusz Exemplarski
Born\t14 March 1929
Other names\tTeddy Example
Occupation\tCinematographer

Tadeusz Exemplarski (14 March 1929 – 2 February 2011) was a Polish-born British cinematographer.

Filmography

Feature films (as director of photography)

Year  Title                                  Director                  Notes
1957  Wiatr od przykładu                     Edmund Modelski
1964  Ballada o wzorze                       Halina Specimen           with Stefan Example
1974  Harrowexample                          Ivor Specimen             BAFTA nomination

Short films

1954  Przędzalnia (The Spinning Example)     Tadeusz Exemplarski       documentary; also director

Television

1991  Rooks of Example                       Alun Specimen             television film
""", [("alias", "Tadeusz Exemplarski", "Teddy Example"), ("occupation", "Tadeusz Exemplarski", "cinematographer"),
      ("cinematographer", "Wiatr od przykładu", "Tadeusz Exemplarski"),
      ("director", "Wiatr od przykładu", "Edmund Modelski"),
      ("cinematographer", "Ballada o wzorze", "Stefan Example"),
      ("cinematographer", "Harrowexample", "Tadeusz Exemplarski"),
      ("cinematographer", "Przędzalnia", "Tadeusz Exemplarski"), ("director", "Przędzalnia", "Tadeusz Exemplarski"),
      ("alias", "Przędzalnia", "The Spinning Example"), ("director", "Rooks of Example", "Alun Specimen"),
      ("kind", "Rooks of Example", "tv film")],
         [("director", "Rooks of Example", "Tadeusz Exemplarski"),
          ("director", "Harrowexample", "Tadeusz Exemplarski")]),
]


TWENTY_FIFTH = [
    # French leads: a nationality in the description that the old list did not know ("portugais",
    # "québécois"), a nationality before an actor's name, a part after "y incarne", "qui joue sa
    # femme X", "dans le rôle de l'oncle X", "dans celui de sa sœur Y", "aux côtés d'A et de B",
    # "Les voix principales sont celles de A (X)", a surname alone for a director named in full
    case("des-introductions-francaises-aux-roles-dits-autrement", """Les Neiges d'Exemple

Les Neiges d'Exemple est un film québécois réalisé par Jean-Guy Modèle, sorti en 1975. Il s'agit du premier long métrage de Modèle. Gilles Specimen y incarne Réjean Exemple, un camionneur, aux côtés de Monique Modèle-Lalonde, qui joue sa femme Lise.

Trois jours à Exemple

Trois jours à Exemple (Três dias em Exemplo) est un film portugais réalisé par Manuel Specimen da Silva, sorti en 1987. Il met en scène Teresa Exemplo Rocha et le Français Olivier Modèle.

Mon oncle d'Exemple

Mon oncle d'Exemple est une comédie franco-néerlandaise réalisée par Willem Specimen, sortie en 1998. Le film met en vedette Patrick Exemple dans le rôle de l'oncle Kees et Marijke van Modèle dans celui de sa sœur Truus.

Le Roi des exemples

Le Roi des exemples est un long métrage d'animation français réalisé par Arnaud Specimen, sorti en 2009. Les voix principales sont celles de Vincent Exemple (Taupin), Mélanie Modèle (Violette) et Lê Văn Specimen (le Roi).

L'Été d'Exemple

L'Été d'Exemple est un film français réalisé par Claude Specimen, sorti en 1975. Il retrouve Sylvie Exemple dans le rôle d'Hortense, aux côtés d'Annie Modèle-Lascaux et de Jean-Loup Specimen.
""", [("country", "FILM", "Canada"), ("director", "FILM", "Jean-Guy Modèle"),
      ("cast", "FILM", "Gilles Specimen", {"character": "Réjean Exemple"}),
      ("cast", "FILM", "Monique Modèle-Lalonde", {"character": "Lise"}),
      ("country", "Trois jours à Exemple", "Portugal"), ("cast", "Trois jours à Exemple", "Olivier Modèle"),
      ("cast", "Mon oncle d'Exemple", "Patrick Exemple", {"character": "Kees"}),
      ("cast", "Mon oncle d'Exemple", "Marijke van Modèle", {"character": "Truus"}),
      ("cast", "Le Roi des exemples", "Vincent Exemple", {"character": "Taupin"}),
      ("cast", "Le Roi des exemples", "Mélanie Modèle", {"character": "Violette"}),
      ("cast", "Le Roi des exemples", "Lê Văn Specimen", {"character": "le Roi"}),
      ("cast", "L'Été d'Exemple", "Sylvie Exemple", {"character": "Hortense"}),
      ("cast", "L'Été d'Exemple", "Annie Modèle-Lascaux"), ("cast", "L'Été d'Exemple", "Jean-Loup Specimen")],
         [("director", "FILM", "Modèle"), ("cast", "Trois jours à Exemple", "Français Olivier Modèle")]),
    # a producer's obituary: the films its prose names with their years are the ones produced
    # (not one the person "worked on" in another part); its dates box gives the last production
    # after a label, and the company founded or the marriage are no films
    case("la-necrologie-d-un-producteur", """DISPARITION

Paul Exemple, le producteur des films de brume

Le producteur Paul Exemple est mort lundi 17 janvier 2011 à Paris. Il est d'abord régisseur,
où il travaille notamment sur Les Bateliers d'exemple (1949), le premier film d'Henri Modèle.
Suivront, toujours avec Modèle, Le Voyageur d'exemple (1959), puis L'Escalier modèle (1963).

Paul Exemple en quelques dates
3 mai 1924   Naissance à Sète
1953         Fonde Les Films du Specimen
1960         Épouse Odette Modèle
2006         Dernière production : Les Cerisiers d'exemple
17 janvier 2011   Mort à Paris
""", [("producer", "Le Voyageur d'exemple", "Paul Exemple"), ("producer", "L'Escalier modèle", "Paul Exemple"),
      ("producer", "Les Cerisiers d'exemple", "Paul Exemple"), ("death_date", "Paul Exemple", "2011-01-17")],
         [("producer", "Les Bateliers d'exemple", "Paul Exemple"), ("producer", "Fonde Les Films du Specimen", "Paul Exemple"),
          ("producer", "Épouse Odette Modèle", "Paul Exemple")]),
    # a distributor's catalogue: framed entries "TITLE" / "d'A Name" / facts / "avec B (Char), C",
    # and a table drawn in pipes with an "Interprètes" column whose cells wrap onto a line with
    # no year, each in its own column; ", VOSTF" after a title is the print's version
    case("un-catalogue-de-distributeur-encadre-et-en-barres", """LES FILMS D'EXEMPLE
Distribution cinéma

┌──────────────────────────────────────────┐
│ DAKAR, MINUIT EXEMPLAIRE                 │
│ d'Ousmane Modèle-Diallo                  │
│ Sénégal, France · 2019 · 1 h 41 · VOSTF  │
│ avec Aminata Exemple (Awa), Cheikh Modèle│
│ Sortie : 20 novembre 2019                │
└──────────────────────────────────────────┘

| Titre                       | Année | Réalisation        | Interprètes                   | Durée  |
|-----------------------------|-------|--------------------|-------------------------------|--------|
| Rejs do Przykładu (La       | 1962  | Witold Exemplarski | Jadwiga Modelska, Leon Wzór   | 84 min |
|   Croisière modèle), VOSTF  |       |                    |                               |        |
| Manhã de Exemplo            | 1971  | Fernando Modelo    | Graça Exemplo                 | 95 min |
|   (Matin d'exemple), VOSTF  |       |   Mota             |                               |        |
""", [("director", "Dakar, minuit exemplaire", "Ousmane Modèle-Diallo"),
      ("duration", "Dakar, minuit exemplaire", "101"), ("country", "Dakar, minuit exemplaire", "Senegal"),
      ("cast", "Dakar, minuit exemplaire", "Aminata Exemple", {"character": "Awa"}),
      ("cast", "Dakar, minuit exemplaire", "Cheikh Modèle"),
      ("alias", "Rejs do Przykładu", "La Croisière modèle"), ("director", "Rejs do Przykładu", "Witold Exemplarski"),
      ("cast", "Rejs do Przykładu", "Jadwiga Modelska"), ("cast", "Rejs do Przykładu", "Leon Wzór"),
      ("alias", "Manhã de Exemplo", "Matin d'exemple"), ("director", "Manhã de Exemplo", "Fernando Modelo Mota"),
      ("cast", "Manhã de Exemplo", "Graça Exemplo")],
         [("director", "Manhã de Exemplo", "Fernando Modelo"), ("date", "pour Hel), VOSTF", "1962")]),
    # English leads: a part described before its name ("as the marine biologist X", "as his
    # adopted daughter Y", "as a retired surveyor, Z,"), a description after it ("as Inger, the
    # widow of a fisherman, and B as ..."), two actors and two parts in turn, "A plays X" with A
    # named in full before, the film after a clause ("Directed by A, T (2006) follows X (B)"),
    # "The score was co-written by", "from his own screenplay", "the directorial debut of A, who
    # also wrote the screenplay", "The cast also includes"
    case("english-leads-that-describe-the-parts", """Example Weather

Example Weather is a 2012 British drama film directed by Imogen Specimen. It stars Rhiannon Example, in her first screen role, as the warden's daughter Morwenna Tyrell, alongside Dewi Model as her father Huw. Example plays a shy girl. The cast also includes Bram Specimen. The score was co-written by Ansel Example and Ingrid Model.

The Model Orchard

Directed by Desmond Example, The Model Orchard (2006) follows Amos Penhallow (Oswin Specimen), a widowed glazier.

The Specimen Road

The Specimen Road is a 2019 British television film directed by Solveig Example. It stars Tobias Model as a retired surveyor, Bernard Quayle, walking an old road. It stars Sidsel Example as Inger, the widow of a fisherman, and Mikkel Model as her brother-in-law Jens.

Example Lane

Example Lane is a 2021 British drama film marking the directorial debut of Priya Specimen, who also wrote the screenplay. It stars Lorcan Example and Marguerite Model as the estranged neighbours Declan Royle and Ada Mensah. Hester Model plays the warden, Lionel Hebblethwaite.

Example Ferry

Example Ferry is a 2016 Canadian drama film directed by Everett Model from his own screenplay.
""", [("cast", "FILM", "Rhiannon Example", {"character": "Morwenna Tyrell"}),
      ("cast", "FILM", "Dewi Model", {"character": "Huw"}), ("cast", "FILM", "Bram Specimen"),
      ("composer", "FILM", "Ansel Example"), ("composer", "FILM", "Ingrid Model"),
      ("director", "The Model Orchard", "Desmond Example"),
      ("cast", "The Model Orchard", "Oswin Specimen", {"character": "Amos Penhallow"}),
      ("cast", "The Specimen Road", "Tobias Model", {"character": "Bernard Quayle"}),
      ("cast", "The Specimen Road", "Sidsel Example", {"character": "Inger"}),
      ("cast", "The Specimen Road", "Mikkel Model", {"character": "Jens"}),
      ("director", "Example Lane", "Priya Specimen"), ("screenwriter", "Example Lane", "Priya Specimen"),
      ("cast", "Example Lane", "Lorcan Example", {"character": "Declan Royle"}),
      ("cast", "Example Lane", "Marguerite Model", {"character": "Ada Mensah"}),
      ("screenwriter", "Example Ferry", "Everett Model")],
         [("screenwriter", "FILM", "Ansel Example"), ("cast", "FILM", "Example"),
          ("cast", "The Specimen Road", "Bernard Quayle"), ("cast", "Example Lane", "Ada Mensah"),
          ("director", "The Model Orchard", "Model Orchard")]),
    # a composer's filmography table with no part column: the person's stated occupation gives
    # the part; "Co-composed with A" in the notes shared it
    case("a-composer-s-filmography-table", """Ansel Example

Ansel Example (born 14 February 1971) is an English composer of film and television music.

Filmography
Year	Title	Director	Notes
2004	Quarry Example	Desmond Model	
2013	Copper Example	Ludovica Specimen	Co-composed with Ingrid Model
""", [("composer", "Quarry Example", "Ansel Example"), ("director", "Quarry Example", "Desmond Model"),
      ("composer", "Copper Example", "Ansel Example"), ("composer", "Copper Example", "Ingrid Model")],
         [("cast", "Quarry Example", "Ansel Example")]),
]


TWENTY_SIXTH = [
    # a cinematographer's filmography, "1998 : Titre de A" under "Longs métrages": the lead's
    # "est un directeur de la photographie" gives the part, not acting
    case("la-filmographie-d-un-directeur-de-la-photographie", """Jules Exemple

Jules Exemple, né le 3 juin 1968 à Tulle, est un directeur de la photographie français.

Filmographie

Longs métrages

  • 1998 : L'Hiver d'Exemple de Rémi Modèle-Specimen
  • 2004 : Un été sans Exemple de Delphine Modèle

Courts métrages

  • 1993 : Poussière d'Exemple de Rémi Modèle-Specimen
""", [("cinematographer", "L'Hiver d'Exemple", "Jules Exemple"),
      ("director", "L'Hiver d'Exemple", "Rémi Modèle-Specimen"),
      ("cinematographer", "Un été sans Exemple", "Jules Exemple"),
      ("cinematographer", "Poussière d'Exemple", "Jules Exemple")],
         [("cast", "L'Hiver d'Exemple", "Jules Exemple"), ("cast", "Poussière d'Exemple", "Jules Exemple")]),
    # a title page: "présente", the actors in columns, the title in capitals (a name's shape),
    # "un film de" and the director: the title is the line over "un film de", not an actor
    case("une-page-de-titre-au-titre-en-forme-de-nom", """LES FILMS D'EXEMPLE
présente

MAËLLE EXEMPLE     SAMIR MODÈLE

MADEMOISELLE SPECIMEN

un film de
PAUL-HENRI EXEMPLE

LISTE ARTISTIQUE

Victoire ............................ MAËLLE EXEMPLE
Antoine ............................. SAMIR MODÈLE

Mademoiselle Specimen est sa première comédie.
""", [("director", "FILM", "Paul-Henri Exemple"), ("cast", "FILM", "Maëlle Exemple", {"character": "Victoire"})],
         [("cast", "FILM", "Mademoiselle Specimen"), ("cast", "Paul-Henri Exemple", "Maëlle Exemple")]),
    # an archive's records, each under a rule: its number, "Titre : Bal d'Exemple (Le)" (the
    # article filed after the title), labelled fields, a cast set apart by semicolons that
    # wraps onto indented lines, a character with a comma in it, "Titre alternatif : —"
    case("les-notices-d-une-cinematheque", """CINÉMATHÈQUE D'EXEMPLE
Catalogue des collections film

------------------------------------------------------------------------
FICHE N° 1952-0031

Titre : Bal d'Exemple (Le)
Titre alternatif : —
Année de production : 1951
Pays : France
Réalisateur : Hippolyte Exemple
Interprètes : Germaine Modèle-Biron (Louise) ; Roger Specimen
  (Auguste, le contremaître) ; Paulette Exemple (Mémé)
Durée : 98 min

------------------------------------------------------------------------
FICHE N° 1947-0008

Titre : Fille du modèle (La)
Titre alternatif : —
Année de production : 1946
Pays : France ; Belgique
Réalisatrice : Marcelle Specimen
Interprètes : Roger Specimen (l'abbé)
Durée : 86 min
""", [("director", "Le Bal d'Exemple", "Hippolyte Exemple"),
      ("cast", "Le Bal d'Exemple", "Germaine Modèle-Biron", {"character": "Louise"}),
      ("cast", "Le Bal d'Exemple", "Roger Specimen", {"character": "Auguste"}),
      ("cast", "Le Bal d'Exemple", "Paulette Exemple", {"character": "Mémé"}),
      ("duration", "Le Bal d'Exemple", "98"),
      ("director", "La Fille du modèle", "Marcelle Specimen"), ("country", "La Fille du modèle", "Belgium"),
      ("cast", "La Fille du modèle", "Roger Specimen", {"character": "l'abbé"})],
         [("alias", "Le Bal d'Exemple", "—"), ("director", "Fiche n° 1952-0031", "Hippolyte Exemple")]),
    # the same in English: "Record ID:", "Title: Glass Example, The", "Screenplay: A; B
    # (attrib.)", "Country: France; Belgium"
    case("an-archive-s-records", """EXAMPLE SCREEN ARCHIVE
Collections Catalogue

==================================================================
Record ID: ESA-F-00412
Title: Glass Example, The
Alternative title: —
Production year: 2006
Country: France; Belgium
Director: Desmond Example
Screenplay: Desmond Example; Hilary Model (attrib.)
Cast: Oswin Specimen (Amos); Marguerite Model (Ruth);
      Linus Example-Cole (Kit)
Length: 106 min

==================================================================
Record ID: ESA-F-00987
Title: Coal Dust Example
Production year: 1949
Director: Winifred Model
Length: 84 min
""", [("director", "The Glass Example", "Desmond Example"),
      ("screenwriter", "The Glass Example", "Hilary Model"),
      ("country", "The Glass Example", "France"), ("country", "The Glass Example", "Belgium"),
      ("cast", "The Glass Example", "Linus Example-Cole", {"character": "Kit"}),
      ("director", "Coal Dust Example", "Winifred Model")],
         [("director", "The Glass Example", "Winifred Model")]),
    # an archive's records with dotted leaders under "=== Record 1 of 2 ===": names filed
    # under the surname ("Example, Kurt", "Grinten-Model, Willem van der", "Hartog, Louis
    # (Dr.)"), a cast set apart by semicolons wrapped in its column, a day-month-year date,
    # distributors with their years, "Sound / colour" (a print's facts, no sound crew)
    case("an-archive-s-records-with-dotted-leaders", """EXAMPLE FILM HERITAGE
Search: 2 records found

=== Record 1 of 2 ==========================================================
Record number ........ EFH-F-1937-0041
Title ................ HET LAATSTE EXEMPEL
Title (English) ...... The Last Example
Country of production  Netherlands
First screening ...... 22-10-1937, City-Bioscoop, Rotterdam
Distributor .......... N.V. Filmverhuur Model (1937);
                       Filmdistributie Specimen (re-release, 1946)
Length ............... 2,410 m (35 mm) = 88 min at 24 fps
Director ............. Grinten-Model, Willem van der
Cinematography ....... Example, Kurt
Producer ............. Hartog, Louis (Dr.)
Sound / colour ....... Silent; black and white
Cast ................. Ruijs, Cornelis (Klaas, the ferryman);
                       Bakels, Trui (Aagje); Wapper, Dirk-Jan
                       (Gerrit Mol)

=== Record 2 of 2 ==========================================================
Record number ........ EFH-F-1934-0007
Title ................ ZEEMODEL
Length ............... 62 min
Director ............. Grinten-Model, Willem van der
""", [("director", "Het laatste exempel", "Willem van der Grinten-Model"),
      ("alias", "Het laatste exempel", "The Last Example"),
      ("country", "Het laatste exempel", "Netherlands"), ("date", "Het laatste exempel", "1937-10-22"),
      ("distributor", "Het laatste exempel", "Filmdistributie Specimen"),
      ("cinematographer", "Het laatste exempel", "Kurt Example"),
      ("producer", "Het laatste exempel", "Louis Hartog"),
      ("cast", "Het laatste exempel", "Cornelis Ruijs", {"character": "Klaas"}),
      ("cast", "Het laatste exempel", "Dirk-Jan Wapper", {"character": "Gerrit Mol"}),
      ("director", "Zeemodel", "Willem van der Grinten-Model")],
         [("cast", "Het laatste exempel", "Ruijs"), ("production_company", "Het laatste exempel", "Dr"),
          ("sound", "Het laatste exempel", "Silent")]),
    # an archive's cards drawn in boxes: the frame rubbed out, "TITLE ...... X, THE", two fields
    # on a line ("YEAR ... 1962     COUNTRY ... G.B."), labels cut short with a dot ("PHOT.")
    case("an-archive-s-cards-in-boxes", """EXAMPLE FILM LIBRARY — ACCESSION CARDS

+--------------------------------------------------------------------+
| ACC. NO. 1990/1102                                                 |
| TITLE ........ FERRYMAN'S EXAMPLE, THE                             |
| YEAR ......... 1962            COUNTRY ... G.B.                    |
| DIR. ......... Model, Hollis                                       |
| PHOT. ........ Castelnuovo-Specimen, Bruno                         |
| CAST ......... Example, Walter; Model, Hattie; Specimen, Ross      |
| LENGTH ....... 94 min.                   GAUGE ... 35mm            |
+--------------------------------------------------------------------+

+--------------------------------------------------------------------+
| ACC. NO. 2011/0093                                                 |
| TITLE ........ MILLMODEL                                           |
| YEAR ......... 1938                                                |
| DIR. ......... Cedric Example                                      |
| LENGTH ....... 81 min.                                             |
+--------------------------------------------------------------------+
""", [("director", "The ferryman's example", "Hollis Model"), ("date", "The ferryman's example", "1962"),
      ("country", "The ferryman's example", "United Kingdom"),
      ("cinematographer", "The ferryman's example", "Bruno Castelnuovo-Specimen"),
      ("cast", "The ferryman's example", "Walter Example"), ("cast", "The ferryman's example", "Ross Specimen"),
      ("director", "Millmodel", "Cedric Example")],
         [("cast", "The ferryman's example", "Walter"), ("cast", "The ferryman's example", "Example")]),
    # a record's fields set apart by a tab: "Reference number:<TAB>CMIA 1812" and
    # "Title:<TAB>DROVER'S ROAD, THE" are no "Character: ACTOR" lines
    case("an-archive-s-records-with-tabs", """EXAMPLE MOVING IMAGE ARCHIVE

==============================================================
Record 1 of 2
Reference number:\tEMIA 0447
Title:\tHERRING EXAMPLES, THE
Year:\t1953
Running time:\t22 mins
Director:\tIsobel Model

==============================================================
Record 2 of 2
Reference number:\tEMIA 1812
Title:\tDROVER'S MODEL, THE
Year:\t1967
Running time:\t89 mins
Cast:\tCallum Example (Alec Munro); Isla Specimen (Kirsty Munro)
""", [("director", "The herring examples", "Isobel Model"),
      ("cast", "The drover's model", "Callum Example", {"character": "Alec Munro"})],
         [("cast", "The drover's model", "Emia 1812"), ("cast", "The herring examples", "Emia 0447")]),
]


TWENTY_SEVENTH = [
    # a filmography drawn with pipes but no outer ones: "Year | Title | Role | Notes" over
    # "1999 | A Title | A Part |" rows (the empty last cell kept)
    case("a-pipe-table-without-outer-pipes", """Ottilie Example

Ottilie Example (born 3 May 1971) is a Canadian actress.

Filmography

Film
Year | Title | Role | Notes
1997 | Example Road | Girl at the fair | Uncredited
2004 | Specimen Bay | Lise Model |

Television
Year | Title | Role | Notes
2005–2009 | Model Harbour | Dr. Anne Example | Main role; 52 episodes
""", [("cast", "Example Road", "Ottilie Example", {"character": "Girl at the fair"}),
      ("cast", "Specimen Bay", "Ottilie Example", {"character": "Lise Model"}),
      ("date", "Specimen Bay", "2004")],
         [("cast", "Model Harbour", "Ottilie Example")]),
    # a festival catalogue's short credits: "Dir./Scr." (two roles), "Cast" with no colon or
    # dot, "Phot. A   Ed. B   Mus. C" side by side, "Prod. A van B (A Company)"
    case("a-festival-catalogue-s-short-credits", """EXAMPLE INTERNATIONAL FILM FESTIVAL
Official Catalogue

-------------------------------------------------------------

THE MODEL HOUR
Australia 2013 · 97 min · English · DCP

Dir./Scr. Bronwen Example
Cast Lachlan Specimen, Ngaio Model-Ross, Colm Example
Prod. Riaan de Specimen (Karoo Example Pictures)
Phot. Nikos Model   Ed. Mei Ling Example   Mus. Lars Specimen

A boy spends his holidays on a houseboat.

-------------------------------------------------------------

THE SPECIMEN YEAR
Norway 2012 · 88 min · Norwegian & Sami with English subtitles · DCP

Dir. Sindre Example
Cast Eirik Model, Hedda Specimen

A maths teacher is asked to falsify exam results.
""", [("director", "The model hour", "Bronwen Example"), ("screenwriter", "The model hour", "Bronwen Example"),
      ("cast", "The model hour", "Lachlan Specimen"), ("cast", "The model hour", "Ngaio Model-Ross"),
      ("cast", "The model hour", "Colm Example"), ("producer", "The model hour", "Riaan de Specimen"),
      ("production_company", "The model hour", "Karoo Example Pictures"),
      ("cinematographer", "The model hour", "Nikos Model"), ("editor", "The model hour", "Mei Ling Example"),
      ("composer", "The model hour", "Lars Specimen"),
      ("cast", "The specimen year", "Eirik Model"), ("language", "The specimen year", "Norwegian")],
         [("director", "The model hour", "Cast Lachlan Specimen"), ("director", "The model hour", "Colm Example"),
          ("language", "The specimen year", "English")]),
    # a distributor's back catalogue: "TITLE (Director, Country, Year, N mins, Cert.)" over
    # the cast; the catalogue's head names the distributor of every film in it
    case("a-distributor-s-back-catalogue", """EXAMPLE ARC RELEASING
Theatrical & Home Entertainment Catalogue – Autumn 2019

=====================================================
BACK CATALOGUE – DVD, BLU-RAY & DIGITAL
=====================================================

THE BRASS MODEL (Oliver Example, UK, 2018, 99 mins, Cert. 15)
Kwame Specimen, Tamsin Model, Rufus Example
"A lean, mean thriller." Blu-ray / DVD / Digital – out now

THE QUIET SPECIMEN (Sindre Model, Norway, 2013, 88 mins, Cert. 12)
Eirik Example, Hedda Model
DVD / Digital – out now
""", [("director", "The brass model", "Oliver Example"), ("date", "The brass model", "2018"),
      ("duration", "The brass model", "99"), ("cast", "The brass model", "Tamsin Model"),
      ("director", "The quiet specimen", "Sindre Model"), ("cast", "The quiet specimen", "Hedda Model"),
      ("distributor", "The brass model", "Example Arc Releasing"),
      ("distributor", "The quiet specimen", "Example Arc Releasing")]),
    # a festival's catalogue is no distributor's
    case("a-festival-catalogue-distributes-nothing", """EXAMPLE FILM FESTIVAL
Official Catalogue

THE BRASS MODEL (Oliver Example, UK, 2018, 99 mins)
Kwame Specimen, Tamsin Model

THE QUIET SPECIMEN (Sindre Model, Norway, 2013, 88 mins)
Eirik Example, Hedda Model
""", [("director", "The brass model", "Oliver Example")],
         [("distributor", "The brass model", "Example Film Festival")]),
    # a page of related articles: each abstract's bodies are its own film's, not the page's;
    # "with music by" ends a cast list; "the Cologne-based X" is X
    case("a-related-article-s-companies-are-its-film-s", """Harbour of Examples

Harbour of Examples is a 2002 Canadian drama film directed by Casimir Model and starring Alba Example.

The Specimen Cartographer

The Specimen Cartographer is a 1980 British mystery film directed by Casimir Model. It stars Graham Example, Vera Specimen and Anton Model, with music by Teodor Example.

Ruby and the Model

Ruby and the Model is a 2016 Canadian-German drama film written and directed by Henrike Example. The film was a co-production between Pinecrest Specimen Films and the Cologne-based Hafenkran Filmproduktion.
""", [("production_company", "Ruby and the Model", "Pinecrest Specimen Films"),
      ("production_company", "Ruby and the Model", "Hafenkran Filmproduktion"),
      ("composer", "The Specimen Cartographer", "Teodor Example"),
      ("cast", "The Specimen Cartographer", "Anton Model")],
         [("production_company", "Harbour of Examples", "Pinecrest Specimen Films"),
          ("production_company", "Ruby and the Model", "Cologne-based Hafenkran Filmproduktion"),
          ("cast", "The Specimen Cartographer", "Teodor Example")]),
    # a title that opens with "Cast" is no "Cast A Name" credit
    case("a-title-that-opens-with-cast", """Cast Example

Cast Example is a 2000 American survival drama film directed by Roberta Model and starring Tom Specimen.
""", [("director", "FILM", "Roberta Model")], [("cast", "FILM", "Example")]),
    # French related articles: "le premier long métrage du réalisateur belge A" (a film, by A),
    # "Il a pour vedettes B, C et D"
    case("fr-premier-long-metrage-du-realisateur-et-vedettes", """Le Pont des Exemples

Le Pont des Exemples est le premier long métrage du réalisateur belge Thibaut Modèle, sorti en 2005. Écrit par Modèle et Sarah Exemple, il réunit Isaure Spécimen, Olivier Modèle et Gilles Exemple.

Les Mariés de Spécimen

Les Mariés de Spécimen est un film français réalisé par Mireille Exemple, sorti en 2012. Il a pour vedettes Odile Modèle, Bastien Exemple et Ugo Spécimen.
""", [("director", "FILM", "Thibaut Modèle"), ("screenwriter", "FILM", "Sarah Exemple"),
      ("cast", "FILM", "Gilles Exemple"), ("cast", "Les Mariés de Spécimen", "Odile Modèle"),
      ("cast", "Les Mariés de Spécimen", "Ugo Spécimen")],
         [("occupation", "Le Pont des Exemples", "director")]),
    # an obituary's "T (1991), avec A et B" (its cast) and "T (1976), coécrit avec le
    # romancier C" (its writers: the director and C)
    case("fr-obituary-films-with-their-cast-and-co-writer", """CULTURE › CINÉMA

Mort d'Armand Exemple, cinéaste des brumes wallonnes

Le réalisateur belge, auteur de « Quai des Modèles », est mort le 9 septembre à Bruxelles. Il avait 91 ans.

Par Bénédicte Spécimen
Publié le 11 septembre 2022 à 17h05

Les années 1970 sont celles de la reconnaissance. Un hiver à Modèle (1976), coécrit avec le romancier Pierre-Yves Spécimen, obtient le prix de la critique belge.

Les financements se raréfient ensuite. Exemple tourne encore La Valse de Spécimen (1991), avec Paul Modèle et Nathalie Exemple-Legrand, puis se consacre à l'enseignement.
""", [("director", "La Valse de Spécimen", "Armand Exemple"),
      ("cast", "La Valse de Spécimen", "Paul Modèle"), ("cast", "La Valse de Spécimen", "Nathalie Exemple-Legrand"),
      ("screenwriter", "Un hiver à Modèle", "Pierre-Yves Spécimen"),
      ("screenwriter", "Un hiver à Modèle", "Armand Exemple")]),
    # "long métrage de la cinéaste après T (2012)": T is a film, not the one who made it
    case("fr-long-metrage-de-la-cineaste-apres-un-titre", """Le Cri de l'Exemple

Le Cri de l'Exemple est un thriller canado-suisse coécrit et réalisé par Marie-Ève Modèle, sorti en 2017. Deuxième long métrage de la cinéaste après Les Mouettes de Spécimen (2012), il met en vedette Béatrice Exemple.
""", [("director", "FILM", "Marie-Ève Modèle")], [("director", "FILM", "Mouettes de Spécimen"),
                                                  ("director", "FILM", "Les Mouettes de Spécimen")]),
    # an obituary headed "A Name obituary" under the rubric, its standfirst opening with the
    # part ("Director whose ..."): the films its prose names with their years are the
    # director's, even after "with" or "the little-seen"; "written with" names a co-writer
    case("an-obituary-headed-name-obituary", """OBITUARIES

Casimir Example obituary

Director whose quiet, map-obsessed dramas made him a favourite of European festivals

By Harriet Model
Tuesday 7 February 2023

The film director Casimir Example, who has died aged 88, once said that every film was about a line.

A Fever in Specimen (1972), a romantic thriller, brought him a wider audience.

In the 1980s Example turned to the border country with Dunmore Model (1984), written with the playwright Niall Specimen, and to television. He directed only one more feature, the little-seen Camber Example (1996), with Rupert Model and Vera Specimen.
""", [("director", "A Fever in Specimen", "Casimir Example"), ("director", "Dunmore Model", "Casimir Example"),
      ("screenwriter", "Dunmore Model", "Niall Specimen"), ("director", "Camber Example", "Casimir Example"),
      ("cast", "Camber Example", "Rupert Model"), ("cast", "Camber Example", "Vera Specimen")]),
    # a press kit's crew as "Role" over "NAME" (a "Mc" name in capitals too), then the
    # director's bio and filmography: the last role heading is no name heading, so the
    # filmography is the director's, not "Costume Designer"'s
    case("a-role-heading-is-no-filmography-s-owner", """THE LANTERN EXAMPLES

a film by Tomasz Model

Production Designer
OSKAR SPECIMEN-HUME

Costume Designer
AILSA McEXAMPLE


ABOUT THE DIRECTOR

TOMASZ MODEL was born in 1967 in Łódź. After studying physics he attended a film school.

Filmography
2002  Ashbrook Example
2006  Quiet Specimen
""", [("costume_designer", "FILM", "Ailsa McExample"), ("director", "Ashbrook Example", "Tomasz Model"),
      ("director", "Quiet Specimen", "Tomasz Model")],
         [("director", "Ashbrook Example", "Costume Designer"), ("costume_designer", "FILM", "AILSA McEXAMPLE")]),
]


TWENTY_EIGHTH = [
    # a newspaper's review, its credits under "Fiche technique" opening on "Titre : ..."
    case("a-review-s-technical-sheet-names-its-film", """LE JOURNAL EXEMPLE — 6 novembre 2016

« L'Hiver modèle » : une saison morte

Par Jeanne Critique

Il y a des cinéastes de l'été ; Anne Exemple est une cinéaste de l'entre-saison.

Fiche technique
Titre : L'Hiver modèle
Réalisation : Anne Exemple
Scénario : Anne Exemple, Paule Modèle
Musique : Benoît Spécimen
Distribution : Sillage Exemple
France, 2016, 1 h 42.
""", [("director", "FILM", "Anne Exemple"), ("screenwriter", "FILM", "Paule Modèle"),
      ("composer", "FILM", "Benoît Spécimen"), ("duration", "FILM", "102")]),
    # a review's credits block: the title in capitals over "Country, year. Cert 15. 98 mins.
    # In Spanish and English with subtitles." (a line of facts in sentences), then the credits
    case("a-review-s-credits-block-under-its-facts-in-sentences", """THE EXAMPLE COURIER · Friday 14 October 2016

FILM OF THE WEEK

A house where every wall has a needle in it

By Ann Critic

There is a moment about forty minutes into the film when nothing happens.

———————————

THE HOUSE OF MODELS (La casa de los modelos)
Mexico, 2016. Cert 15. 98 mins. In Spanish and English with subtitles.
Director Rafael Example
Screenplay Rafael Example, Maite Specimen
Starring Graciela Model, Callum Sample
Distributor Saltmarsh Example
""", [("director", "The house of models", "Rafael Example"), ("country", "The house of models", "Mexico"),
      ("duration", "The house of models", "98"), ("language", "The house of models", "Spanish"),
      ("language", "The house of models", "English"), ("cast", "The house of models", "Callum Sample")],
         [("director", "Mexico, 2016. Cert 15. 98 mins. In Spanish and English with subtitles",
           "Rafael Example")]),
    # an actor's bio in a press kit, its filmography in spaced columns "Year   Title   Director":
    # no cast list of the kit's film ("2006 Title" no character, the director no actor)
    case("a-filmography-in-columns-is-no-cast-list", """EXAMPLE FILMS
présente

LE FLEUVE MODÈLE

un film d'Anne Exemple


MEHDI MODÈLE
Yacine

Né en 1980, Mehdi Modèle tourne pour Karim Exemple.

Filmographie sélective
2006   Le Terminus exemple      Karim Exemple
2010   Dakar, modèle            Anne Exemple
2018   Le Fleuve modèle         Anne Exemple
""", [("director", "Le Terminus exemple", "Karim Exemple")],
         [("cast", "FILM", "Karim Exemple"), ("cast", "FILM", "Anne Exemple")]),
    # two credits on one line set apart by a dash; the languages of a French press kit
    case("two-credits-on-a-line-and-the-version-s-languages", """LE FILM EXEMPLE

FICHE TECHNIQUE

Réalisation : Jeanne Exemple
Son : Lamine Modèle – Mixage : Florent Spécimen
Version originale en français et en wolof, sous-titrée
""", [("sound", "FILM", "Lamine Modèle"), ("sound_mixer", "FILM", "Florent Spécimen"),
      ("language", "FILM", "French"), ("language", "FILM", "Wolof")]),
    # an infobox lists a company a line ("Dune et Exemple": one name, not two), and the
    # technical sheet below names it again after "en coproduction avec"; the funders' line
    # among the sheet's labelled lines; a release date by country at the margin
    case("a-company-s-name-with-et-listed-alone-stays-whole", """Marée exemple (film, 2012)

Marée exemple
Réalisation	Anne Exemple
Sociétés de production	Les Films de l'Exemple
Noroît Modèle Productions
Dune et Exemple
Pays de production	France
Durée	107 minutes

Marée exemple est un film dramatique français réalisé par Anne Exemple, sorti en 2012.

Fiche technique
Réalisation : Anne Exemple
Sociétés de production : Les Films de l'Exemple, en coproduction avec Dune et Exemple (Belgique)
Avec la participation du Fonds Modèle Images et de la Région Exemple
Dates de sortie :
France : 19 septembre 2012
Belgique : 26 septembre 2012
""", [("production_company", "FILM", "Dune et Exemple"), ("funder", "FILM", "Fonds Modèle Images"),
      ("funder", "FILM", "Région Exemple"), ("date", "FILM", "2012-09-19")],
         [("production_company", "FILM", "Dune"), ("production_company", "FILM", "Exemple")]),
    # a film society's season, each entry in a layout of its own: "Réal. : A. Scén. : A, B.
    # Int. : C, D." (credits in sentences on a line), "A Name · France · 1995 · 1 h 38" with
    # "Image B — Musique C", a director's name alone under the title, "avec D, E", and bare
    # labels "Réalisation F" / "Interprètes G, H"; a second title under a title is no director
    case("a-season-s-entries-in-layouts-of-their-own", """CINÉMATHÈQUE EXEMPLE

PROGRAMME AVRIL 2019

═══════════════════════════

MARDI 9 AVRIL

RUE DES MODÈLES
Jean-Paul Exemple · France · 1995 · 1 h 38
Image Bruno Modèle — Musique Aurélien Spécimen
Interprétation : Claire Exemple, Rémi Modèle

═══════════════════════════

MARDI 7 MAI

LES NEIGES D'EXEMPLE
Canada (Québec), 2009. 112 min.
Réal. : Mathieu Modèle. Scén. : Mathieu Modèle, Josée Spécimen. Int. : Marc Exemple, Claire Exemple.
Prod. : Productions Bleu Exemple.

═══════════════════════════

MARDI 14 MAI

DAKAR, CINQ MODÈLES
Aïssatou Exemple
Sénégal / France – 2010 – 1 h 26 – VOSTF (wolof, français)
avec Mehdi Modèle, Fatou Exemple,
Cheikh Spécimen

═══════════════════════════

MARDI 28 MAI

LE JARDIN MODÈLE
Talvimalli — Finlande, 2012, 1 h 35, VOSTF
Réalisation Sakari Exemple
Interprètes Anssi Modèle, Eeva Spécimen

═══════════════════════════

MARDI 4 JUIN

THE ORANGE EXAMPLES
Les Orangers de Modèle · France, Liban 1999 · 93 min
""", [("director", "Rue des modèles", "Jean-Paul Exemple"), ("cinematographer", "Rue des modèles", "Bruno Modèle"),
      ("composer", "Rue des modèles", "Aurélien Spécimen"), ("date", "Rue des modèles", "1995"),
      ("director", "Les neiges d'exemple", "Mathieu Modèle"),
      ("screenwriter", "Les neiges d'exemple", "Josée Spécimen"),
      ("cast", "Les neiges d'exemple", "Claire Exemple"),
      ("cast", "Dakar, cinq modèles", "Cheikh Spécimen"),
      ("director", "Le jardin modèle", "Sakari Exemple"), ("cast", "Le jardin modèle", "Eeva Spécimen")],
         [("director", "Les neiges d'exemple", "Claire Exemple"),
          ("director", "The orange examples", "Les Orangers de Modèle")]),
    # a season's film notes (their running times in the schedule above): "THE TITLE (1962)"
    # over "Dir.: A. With B (Char), C. Phot.: D.", each note its film's (not all the first's)
    case("a-season-s-film-notes-each-its-own-film", """EXAMPLE CINEMATHEQUE
Programme Notes

A Retrospective of Hollis Example

Few directors have filmed the winter as tenderly as Hollis Example.

SCREENING SCHEDULE

Sun 3 Feb\t16:00\tTHE FERRYMAN'S EXAMPLE (1962)\t35mm\t94 min
Thu 7 Feb\t19:30\tDOMINION MODEL (1967)\t35mm\t118 min

FILM NOTES

THE FERRYMAN'S EXAMPLE (1962)
Dir.: Hollis Example. Scr.: Hollis Example, Gordon Model. With Walter Specimen (Aimé). Music: Lorne Sample.
The film that made his name.

DOMINION MODEL (1967)
Dir.: Hollis Example. With Wesley Model (Arthur), Margaux Specimen. Phot.: Bruno Sample. Ed.: Ilse Model.
""", [("director", "Dominion model", "Hollis Example"), ("editor", "Dominion model", "Ilse Model"),
      ("composer", "The ferryman's example", "Lorne Sample")],
         [("editor", "The ferryman's example", "Ilse Model"), ("cast", "The ferryman's example", "Wesley Model")]),
    # a press kit's "Selected films:" as "– THE TITLE (A Director, 2014)" under an actor's
    # bio: no cast list ("The Title" no actor); "Make-up & Hair:"; "Produced by A in
    # co-production with B": two companies
    case("a-bio-s-selected-films-are-no-cast-list", """EXAMPLE PICTURES present

THE LANTERN MODELS

a film by Tomasz Example

CREW

Director: Tomasz Example
Make-up & Hair: Clodagh Model

Produced by Ferrybridge Films in co-production with Wydma Film (Gdańsk).

ABOUT THE CAST

PRIYA SPECIMEN (Anjali Rao)
Born in Leicester in 1981, Priya Specimen trained at a theatre school.

Selected films:
– THE TAILOR OF EXAMPLE (Kwame Model, 2014)
– WINTER SPECIMEN (Tomasz Example, 2015)
""", [("makeup_artist", "FILM", "Clodagh Model"), ("production_company", "FILM", "Ferrybridge Films"),
      ("production_company", "FILM", "Wydma Film")],
         [("cast", "FILM", "The Tailor Of Example"), ("cast", "FILM", "Winter Specimen"),
          ("production_company", "FILM", "Ferrybridge Films in co-production with Wydma Film")]),
    # a cinematographer's filmography table whose notes give a film's English title ("The
    # Limekiln"), or say what the row is ("Short film", "Robin Award nomination")
    case("a-table-s-notes-give-the-english-title", """Jurgis Example

Jurgis Example (born 1961) is a Lithuanian cinematographer.

SELECTED FILMOGRAPHY

Year\tTitle\tDirector\tNotes
1986\tRūko modelis\tVytenis Model\tShort film
1989\tGintarinis pavyzdys\tVytenis Model\tInternational title: The Amber Example
1996\tKalkmodel\tSigne Specimen\tThe Lime Example
2011\tThe Salt Model\tTomasz Example\tRobin Award nomination
""", [("alias", "Kalkmodel", "The Lime Example"), ("alias", "Gintarinis pavyzdys", "The Amber Example")],
         [("alias", "Rūko modelis", "Short film"), ("alias", "The Salt Model", "Robin Award nomination")]),
    # a film society's season: a date in capitals over an entry is no title; "Written and
    # directed by A" over "Cinematography by B · Edited by C" (no "A Cinematography");
    # "Prod: A Company"; "Starring A · B · C"
    case("a-film-society-s-entries-with-dates-and-dotted-lists", """EXAMPLE FILM SOCIETY
SEASON 67 · AUTUMN 2019

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

10 OCTOBER

THE LIME EXAMPLE (Kalkmodel)
Denmark, 1997. Dir. Signe Specimen. 109 mins. Danish.
With Hanne Model, Jesper Example.

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

7 NOVEMBER

CALLE MODELO
Mexico 2008 | 101 min | Spanish
Dir: Rafael Example
Prod: Urraca Films
Starring Graciela Model · Miguel Specimen · Lucía Example

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

21 NOVEMBER

SMALL HOURS IN EXAMPLE
Scotland · 2010 · 93 min · cert. 15
Written and directed by Oona Model
Cinematography by Jurgis Example · Edited by Samir Specimen
with Callum Example and Marguerite Model
""", [("production_company", "Calle modelo", "Urraca Films"), ("cast", "Calle modelo", "Miguel Specimen"),
      ("cast", "Calle modelo", "Lucía Example"), ("director", "Small hours in example", "Oona Model"),
      ("alias", "The lime example", "Kalkmodel")],
         [("alias", "10 October", "THE LIME EXAMPLE (Kalkmodel)"),
          ("director", "Small hours in example", "Oona Model Cinematography")]),
]


# the thirtieth blind set's press kit: a role over one body a line
TWENTY_NINTH = [
    case("funders-one-a-line-under-with-the-support-of-an-address-is-no-body", """THE SAMPLE ORCHARD
a film by Ingrid Example

PRESS KIT

CREW

Director ............................... Ingrid Example
Screenplay ............................. Ingrid Example
Producer ............................... Tobias Model

with the support of
the Northern Model Film Board
the Coastal Specimen Fund
the Example Screen Initiative

UK distribution
Model Releasing
14 Sample Yard
Bristol
""", [("funder", "FILM", "Northern Model Film Board"), ("funder", "FILM", "Coastal Specimen Fund"),
      ("funder", "FILM", "Example Screen Initiative"), ("distributor", "FILM", "Model Releasing")],
        [("distributor", "FILM", "14 Sample Yard"), ("distributor", "FILM", "Bristol")]),

    case("fr-cast-list-characters-first-the-synopsis-calls-them-by-their-first-names", """L'ÉTÉ DES EXEMPLES
un film de Fabrice Modèle

SYNOPSIS

Été 1976. Paul Exemplier, éleveur, refuse de vendre ses terres. Sa femme Claire voudrait
partir. Leur fille Léa compte les jours, tandis que le petit Théo passe ses journées chez
Mme Modelot, qui se souvient d'un autre été.

LISTE ARTISTIQUE

Paul Exemplier ......................... Lucien Barbemodel
Claire Exemplier ....................... Élise Spécimen
Léa Exemplier .......................... Héloïse Marmodel
Théo Exemplier ......................... Noé Castexemple
Mme Modelot ............................ Josiane Lemodel

LISTE TECHNIQUE

Réalisation ............................ Fabrice Modèle
""", [("cast", "FILM", "Élise Spécimen", {"character": "Claire Exemplier"}),
      ("cast", "FILM", "Josiane Lemodel", {"character": "Mme Modelot"}),
      ("cast", "FILM", "Noé Castexemple")],
        [("cast", "FILM", "Claire Exemplier"), ("cast", "FILM", "Théo Exemplier")]),

    case("programme-entry-facts-line-with-dir-and-black-and-white", """EXAMPLE FILM FESTIVAL 2022
RETROSPECTIVE

Piers, harbours and lighthouses: for half a century filmmakers have gone to the edge of the
land. This year's retrospective brings together eight features.

THE NARROW SAMPLE
1967 · Dir. Desmond Example · United Kingdom · 94 min · black and white
With Norman Model, Ivy Specimen, Reginald Sample
A river pilot is torn between his ailing father and his son.

A FORTNIGHT IN EXAMPLE
1971 · Dir. Desmond Example · United Kingdom · 88 min
With Ivy Specimen, Pamela Model
Two families discover they have booked the same guest house.
""", [("director", "The narrow sample", "Desmond Example"), ("duration", "The narrow sample", "94"),
      ("cast", "The narrow sample", "Reginald Sample"), ("director", "A fortnight in example", "Desmond Example")],
        [("cast", "The narrow sample", "Desmond Example")]),
]


# a disc's booklet: facts a line each under the title, a production's line in capitals, a
# distributor's "Released by", the extras and the rest of the range as lists of films
THIRTIETH = [
    case("booklet-facts-run-on-companies-extras-range", """EXAMPLE CLASSICS · No. 4

THE SAMPLE HOUR

A film by Desmond Examplar


THE SAMPLE HOUR
United Kingdom · 1959
Black & White · 1.37:1 · 88 minutes
English, with optional English subtitles for the hard of hearing

Directed by
DESMOND EXAMPLAR

A MODELWORTH PICTURES PRODUCTION
Released by SPECIMEN-VALE FILM DISTRIBUTORS

THE PLAYERS
Sergeant Pike	NORMAN MODELLE

When The Sample Hour opened at the Empire, Leicester Square, on 3 April 1959, few critics
noticed it.

SPECIAL FEATURES
• Hour Revisited (2017, 22 min): a new documentary by Pamela Specimen, with interviews
• The Lock Keeper (1954, 15 min): Desmond Examplar's first short film
• Original theatrical trailer

ALSO AVAILABLE IN THE EXAMPLE CLASSICS RANGE
No. 2  A Fortnight in Sample (Reginald Exemplum, 1957)
No. 7  The Model Tenant (Desmond Examplar, 1962)
""", [("duration", "FILM", "88"), ("language", "FILM", "English"),
      ("production_company", "FILM", "MODELWORTH PICTURES"),
      ("distributor", "FILM", "SPECIMEN-VALE FILM DISTRIBUTORS"),
      ("date", "FILM", "1959-04-03"),
      ("director", "Hour Revisited", "Pamela Specimen"), ("duration", "Hour Revisited", "22"),
      ("director", "The Lock Keeper", "Desmond Examplar"), ("kind", "The Lock Keeper", "short"),
      ("director", "A Fortnight in Sample", "Reginald Exemplum"),
      ("director", "The Model Tenant", "Desmond Examplar")],
        [("country", "FILM", "English")]),

    case("kit-present-releasing-and-films-name-wrapped-with-ampersand-label-with-place", """SAMPLEWAY RELEASING
and
MODELMOOR FILMS
present


THE EXAMPLE TIDE


CREW

Nora Specimen .......................... Director
Nora Specimen
& Paul Exemplar ........................ Screenplay
Ida Modelle ............................ Producer


A Modelmoor Films / Lantern Sample Pictures co-production
with the support of the Western Example Fund and the Specimen Media Fund
UK & Ireland distribution: Sampleway Releasing
""", [("distributor", "FILM", "SAMPLEWAY RELEASING"), ("production_company", "FILM", "MODELMOOR FILMS"),
      ("screenwriter", "FILM", "Nora Specimen"), ("screenwriter", "FILM", "Paul Exemplar"),
      ("funder", "FILM", "Specimen Media Fund")],
        [("distributor", "FILM", "MODELMOOR FILMS"), ("funder", "FILM", "Specimen Media Fund UK &")]),

    # a production company's page: its films, each a title with its year, a line of facts
    # with a genre, credits a line each and the bodies in sentences
    case("company-page-entries-genre-facts-credit-lines-bodies", """EXAMPLE PICTURES
Home   About us   Films   Contact

ABOUT US

Example Pictures is an independent film production company based in Sampletown.

OUR FILMS

THE SAMPLE SHORE (2012)
Feature drama · 92 min
Director: Nora Specimen
Producer: Paul Exemplar
A Example Pictures production in co-production with Modelmoor Films
(Belfast). Supported by the Western Example Fund.

THE MODEL FIRES (2014)
Feature drama · 104 min
Written and directed by Ida Modelle
Starring Ruth Sample and Colm Exemplum
Funded by the Western Example Fund with the participation of
Specimen Valley Film Fund.

THE WEIGHT OF SAMPLES (2016)
Feature drama · 97 min
Director: Tomas Modelski
Co-produced with Studio Examplar (Warsaw). With the support of the Western Example Fund.
Distributed in Ireland and the UK by Sampleway Releasing.
""", [("duration", "The sample shore", "92"), ("director", "The sample shore", "Nora Specimen"),
      ("production_company", "The sample shore", "Example Pictures"),
      ("production_company", "The sample shore", "Modelmoor Films"),
      ("director", "The model fires", "Ida Modelle"), ("cast", "The model fires", "Colm Exemplum"),
      ("funder", "The model fires", "Western Example Fund"),
      ("funder", "The model fires", "Specimen Valley Film Fund"),
      ("production_company", "The weight of samples", "Studio Examplar"),
      ("distributor", "The weight of samples", "Sampleway Releasing")],
        [("director", "The model fires", "Ida Modelle Starring Ruth Sample"),
         ("funder", "The model fires", "Western Example Fund with the participation of")]),

    case("produced-by-a-line-then-a-disc-line-coproduced-with-nations", """Monsieur Exemple s'en va
Gaston Modèle, 1976 — 99 min
Scénario de Gaston Modèle — Image : Marcel Spécimen
Produit par Les Films Exemplaires
Blu-ray — EAN 3 701 234 560 148 — 24,99 €
""", [("production_company", "Monsieur Exemple s'en va", "Les Films Exemplaires")],
        [("production_company", "Monsieur Exemple s'en va", "Les Films Exemplaires Blu-ray")]),

    # a cinémathèque's programme: credits run on with middle dots, a name broken after its
    # first word at a line's end, abbreviated labels together, bodies after "Prod."
    case("programme-run-on-credits-broken-names-joined-labels", """RÉTROSPECTIVE GASTON MODÈLE

Mardi 1er février – 20h00 – Salle Lumière

LA MAISON DES EXEMPLES
Belgique, Suisse · 1996 · 104 min · couleur · DCP
Réal. : Gaston Modèle · Scén. : Gaston Modèle, Corinne
Spécimen · Image : Michel Exemplaire · Mont. : Sabine Modelle ·
Mus. : Urs Exemplar · Prod. : Les Films de l'Exemple, Modèle Production
Int. : Lieve Sample (Rosa), Staf Exemplum (le passeur), Ginette
Lombexemple (Madame Collignon)

Un drame de la sécheresse.

MARÉE BASSE À EXEMPLE
Belgique · 1982 · 24 min · noir et blanc · 16 mm
Réal., scén. : Gaston Modèle · Image : Michel Exemplaire
Int. : Staf Exemplum
""", [("screenwriter", "La maison des exemples", "Corinne Spécimen"),
      ("editor", "La maison des exemples", "Sabine Modelle"),
      ("composer", "La maison des exemples", "Urs Exemplar"),
      ("production_company", "La maison des exemples", "Modèle Production"),
      ("cast", "La maison des exemples", "Ginette Lombexemple", {"character": "Madame Collignon"}),
      ("director", "Marée basse à exemple", "Gaston Modèle"),
      ("screenwriter", "Marée basse à exemple", "Gaston Modèle")],
        [("screenwriter", "La maison des exemples", "Corinne"), ("cast", "La maison des exemples", "Ginette")]),

    case("coproduced-with-nations-no-bodies", """Les Pirogues d'Exemple (film)

Les Pirogues d'Exemple est un film dramatique malien réalisé par Amadou Modèle et sorti en 1998.
Coproduit avec la France et le Burkina Faso, il a été présenté à Cannes.
""", [("director", "FILM", "Amadou Modèle")],
        [("production_company", "FILM", "France et le Burkina Faso"),
         ("production_company", "FILM", "France")]),
]


# stop 40: an infobox label wrapped over two lines that says "companies"; a Finnish
# company word; "shot by cinematographer X"; a stop inside brackets in a lead
THIRTY_FIRST = [
    case("infobox-company-label-keeps-person-shaped-company", """The Example Crossing

Directed by\tHenrik Exemplar
Production
companies\tNordfjell Film
Vesta Ljusexempel
Distributed by\tSample Distribution
Running time\t101 minutes

The Example Crossing is a 1994 Danish drama film directed by Henrik Exemplar.
""", [("production_company", "FILM", "Nordfjell Film"), ("production_company", "FILM", "Vesta Ljusexempel")],
        [("producer", "FILM", "Vesta Ljusexempel")]),

    case("shot-by-cinematographer-produced-by-filmi", """The Example Hollow (Finnish: Esimerkki) is a 2001 Finnish
thriller film directed by Aarni Esimerkki-Malli. The film was shot by cinematographer Jere
Mallinen and produced by Kaamos Filmi, with a running time of 94
minutes.
""", [("cinematographer", "The Example Hollow", "Jere Mallinen"),
      ("production_company", "The Example Hollow", "Kaamos Filmi"),
      ("director", "The Example Hollow", "Aarni Esimerkki-Malli")],
        [("producer", "The Example Hollow", "Kaamos Filmi")]),

    case("plot-shooting-is-no-cinematographer", """The Example Ridge

The Example Ridge is a 1956 American Western film directed by Wade Sample.

Plot
The rancher Clete Example is shot by Ned Specimen at the river crossing.
""", [("director", "FILM", "Wade Sample")],
        [("cinematographer", "FILM", "Ned Specimen")]),

    case("stop-inside-brackets-ends-no-sentence", """Meghla Udahoron (transl. Cloudy Example) is a 1991 Indian
Bengali-language drama film written and directed by Sudipto Udahoron.
The film stars Ranjana Namuna and Abhijit Sample-Roy.
""", [("director", "Meghla Udahoron", "Sudipto Udahoron"), ("screenwriter", "Meghla Udahoron", "Sudipto Udahoron"),
      ("cast", "Meghla Udahoron", "Ranjana Namuna")], []),

    case("obituary-under-site-chrome-died-aged", """Skip to main content
News | Opinion | Sport | Culture | Lifestyle

Film
Obituaries

Pelle Exemplar obituary

Danish cinematographer whose wintry images defined the films of Henrik Sample

Marit Specimen
Thu 13 Jul 2023 14.02 BST

The Danish cinematographer Pelle Exemplar, who has died aged 74,
believed that the sky is the only lamp that never lies.
""", [("death_date", "Pelle Exemplar", "2023")],
        [("birth_date", "Pelle Exemplar", "1949"), ("birth_date", "Pelle Exemplar", "1948")]),

    case("obituary-under-subscribe-line-dates-box-spouse", """Culture › Cinéma › Disparitions

Abonnez-vous | Se connecter

Odile Exemplaire, monteuse

Disparition. Monteuse de Lucien Modèle, elle est morte le 3 mars à Paris.

Publié le 9 mars 2021 à 17h12

Née le 9 mai 1938 à Bastia, fille d'un typographe, elle monte à Paris à dix-neuf ans.

Odile Exemplaire en quelques dates
9 mai 1938 Naissance à Bastia
1964 Épouse Lucien Modèle
2004 « Les Heures d'exemple »
3 mars 2021 Mort à Paris
""", [("birth_date", "Odile Exemplaire", "1938-05-09"), ("death_date", "Odile Exemplaire", "2021-03-03"),
      ("spouse", "Odile Exemplaire", "Lucien Modèle"), ("editor", "Les Heures d'exemple", "Odile Exemplaire")],
        [("editor", "Épouse Lucien Modèle", "Odile Exemplaire")]),

    case("one-word-producer-is-a-body-images-too", """La Chambre aux exemples est un film polonais réalisé
par Zofia Exemplarna, sorti en 1965. Produit par Horyzont et tourné à Łódź, il a reçu un prix.

L'Enfant de l'exemple est un film sénégalais réalisé par Ousseynou Modèle, sorti en 1992. Il est produit
par Saloum Images et a reçu le soutien du Fonds panafricain.
""", [("production_company", "La Chambre aux exemples", "Horyzont"),
      ("production_company", "L'Enfant de l'exemple", "Saloum Images")],
        [("producer", "La Chambre aux exemples", "Horyzont"), ("producer", "L'Enfant de l'exemple", "Saloum Images")]),

    case("possessive-after-studio-is-no-company", """The Iron Example (German: Die eiserne Probe) is a 1926 German silent film directed by Konrad Sample.
It was produced by the Berlin studio Adler-Film, Sample's melodrama surviving in a single print.
""", [("production_company", "The Iron Example", "Adler-Film")],
        [("production_company", "The Iron Example", "Sample s"), ("production_company", "The Iron Example", "Sample's")]),

    case("part-in-his-next-film-is-his-film", """Signe Exemplar

Signe Exemplar (born 1961) is a Danish actress.

Career
She went on to play Maja in Henrik Sample-Brask's debut feature Glass Example (1990) and Karen Holst in his The Winter Example (1994), for which she was nominated.
""", [("director", "Glass Example", "Henrik Sample-Brask"), ("director", "The Winter Example", "Henrik Sample-Brask")],
        [("director", "Karen Holst in his The Winter Example", "Henrik Sample-Brask")]),

    case("credited-as-co-producer-financing-after-a-note-mark", """The Example Ferry

The Example Ferry is a 1994 Danish drama film directed by Henrik Sample.

Production
The film was produced by Lise Modell for Nordexempel Film in co-production with the Gothenburg company Göta Exempel, whose founder Sten Specimen is credited as co-producer. Additional financing came from the Kattegat Example Fund and the Nordic Sample Pool.[5] Principal photography took place in February and March 1993 aboard a decommissioned train ferry moored at Helsingør.
""", [("co_producer", "FILM", "Sten Specimen"), ("funder", "FILM", "Kattegat Example Fund"),
      ("funder", "FILM", "Nordic Sample Pool")], []),

    case("fr-second-craft-without-verb-distributed-in-a-country-director-cowrote", """L'Horlogère d'exemple (Die Beispieluhr) est un film allemand réalisé par Hannelore Beispiel-Weis et sorti le 12 mars 1987. Le scénario est écrit par Hannelore Beispiel-Weis d'après un roman ; la photographie est signée Volker Muster et le montage Ines Probe. Produit par Kranich Filmproduktion, le film a été distribué en Allemagne par Mangue Distribution.

Le Pont d'exemple (Most w Przykład) est un film polonais réalisé par Zofia Przykład-Kral, sorti en 1969. Il a pour interprètes Tadeusz Wzór et Ewa Próbka. Le scénario est coécrit par la réalisatrice et Witold Wzorek.
""", [("cinematographer", "L'Horlogère d'exemple", "Volker Muster"), ("editor", "L'Horlogère d'exemple", "Ines Probe"),
      ("distributor", "L'Horlogère d'exemple", "Mangue Distribution"),
      ("screenwriter", "Le Pont d'exemple", "Zofia Przykład-Kral"), ("screenwriter", "Le Pont d'exemple", "Witold Wzorek")], []),

    case("starred-in-then-turned-to-directing", """Related Research Articles

<span class="mw-page-title-main">Inés Exemplar</span> Mexican actress and film director (1934–2015)

Inés Exemplar Cuesta (8 July 1934 – 21 January 2015) was a Mexican actress and film director. She starred in La calle de los ejemplos (1954), El jinete de muestra (1957) and Tres noches en Modelo (1959) before turning to directing with Mujeres de la muestra (1968). She was married to the actor Rafael Modelo from 1956 to 1963.
""", [("cast", "La calle de los ejemplos", "Inés Exemplar"), ("cast", "Tres noches en Modelo", "Inés Exemplar"),
      ("director", "Mujeres de la muestra", "Inés Exemplar")],
        [("director", "La calle de los ejemplos", "Inés Exemplar"), ("director", "El jinete de muestra", "Inés Exemplar"),
         ("cast", "Mujeres de la muestra", "Inés Exemplar")]),
]


THIRTY_SECOND = [
    case("dictionary-notice-run-on-in-its-paragraph", """RÉPERTOIRE DES RÉALISATEURS DU FLEUVE
Deuxième édition

[…]

EXEMPLE-MARTIN (Yacouba), cinéaste français d'origine malienne (Ségou, Mali, 3 juin 1935 – Lyon, 9 octobre 2006). Fils d'un commerçant, il étudie à Paris. Son premier long métrage, Les Nuits de Modèle (1966), produit par Henri Essai, révèle une actrice, qu'il épouse en 1970. Son dernier film, Le Marin d'Exemple (1998), sur un pêcheur échoué, interprété par Tito Specimen-Lemos, est présenté à Ouagadougou.

FILMS : Le Puits et l'enfant (CM, DOC, 1960) ; les Nuits de Modèle (1966) ; l'Exil de Sample (TV, 1991) ; le Marin d'Exemple (1998).
""", [("birth_date", "Yacouba Exemple-Martin", "1935-06-03"), ("death_date", "Yacouba Exemple-Martin", "2006-10-09"),
      ("director", "Le Puits et l'enfant", "Yacouba Exemple-Martin"), ("kind", "Le Puits et l'enfant", "short"),
      ("kind", "Le Puits et l'enfant", "documentary"), ("director", "Les Nuits de Modèle", "Yacouba Exemple-Martin"),
      ("director", "L'Exil de Sample", "Yacouba Exemple-Martin"), ("kind", "L'Exil de Sample", "tv film"),
      ("producer", "Les Nuits de Modèle", "Henri Essai"), ("cast", "Le Marin d'Exemple", "Tito Specimen-Lemos")],
        [("cast", "Les Nuits de Modèle", "Tito Specimen-Lemos"), ("director", "Le Puits et l'enfant", "DOC"),
         ("cast", "Les Nuits de Modèle", "Répertoire Des Réalisateurs Du Fleuve")]),

    case("cine-club-entry-director-line-with-facts-and-parts-in-brackets", """LA LUCARNE
Lettre du ciné-club de l'Exemple – N° 12 – mars 2024

-----------------------------------------------------------------

JEUDI 7 MARS
LES NUITS DE MODÈLE
d'Yacouba Exemple-Martin (France-Sénégal, 1966, N&B, 1 h 34)

On a longtemps cru ce film perdu. Moussa, jeune pêcheur, s'éprend de Catherine.
Le film ressort en salles le 13 mars.

-----------------------------------------------------------------

JEUDI 14 MARS
LA FIANCÉE D'EXEMPLE (La fidanzata d'Esempio)
de Corrado Esempio-Serra (Italie, 1961, 1 h 47, VOSTF)

Un mélodrame : Nives (Lucia Campione), couturière, attend le retour de son fiancé
Bruno (Aldo Modello), resté en Yougoslavie.
""", [("director", "Les nuits de modèle", "Yacouba Exemple-Martin"), ("country", "Les nuits de modèle", "Senegal"),
      ("country", "Les nuits de modèle", "France"), ("duration", "Les nuits de modèle", "94"),
      ("director", "La fiancée d'exemple", "Corrado Esempio-Serra"), ("duration", "La fiancée d'exemple", "107"),
      ("cast", "La fiancée d'exemple", "Lucia Campione", {"character": "Nives"}),
      ("cast", "La fiancée d'exemple", "Aldo Modello", {"character": "Bruno"})],
        [("cast", "La fiancée d'exemple", "La Fiancée D'exemple"),
         ("cast", "La fiancée d'exemple", "de Corrado Esempio-Serra")]),

    case("cast-actor-then-part-in-brackets-is-no-part-then-actor", """LE PHARE D'EXEMPLE
de Lucie Modèle (France, 2001, 1 h 40)

Le film réunit Madeleine Essai (Yvonne Le Goff) et Pierre Sample (Jos Le Goff).
""", [],
        [("cast", "FILM", "Yvonne Le Goff"), ("cast", "FILM", "Jos Le Goff")]),

    case("french-told-film-ends-where-other-films-are-named", """Armelle Exemple

Armelle Exemple, née le 3 mai 1960 à Brest, est une réalisatrice française.

Carrière
Son premier long métrage, La Nuit des modèles (1999), dont elle signe seule le scénario, révèle l'actrice Ysoline Essai. Suivent Ker Sample (2003), chronique familiale avec Marthe Specimen et Gérald Modèle, puis Les Fils de l'exemple (2008), avec Lucien Essai.
""", [("date", "La Nuit des modèles", "1999")],
        [("cast", "La Nuit des modèles", "Marthe Specimen"), ("cast", "La Nuit des modèles", "Lucien Essai")]),

    case("related-article-title-description-lead", """Articles connexes

Les Nuits de Modèle
Film d'Yacouba Exemple-Martin (1966)
Les Nuits de Modèle est un film franco-sénégalais réalisé par Yacouba Exemple-Martin, sorti en 1966. Il a pour interprètes Aliou Essai-Fall et Jacques Sample-Dumas.
""", [("director", "Les Nuits de Modèle", "Yacouba Exemple-Martin"), ("cast", "Les Nuits de Modèle", "Aliou Essai-Fall")],
        [("director", "Les Nuits de Modèle Film d'Yacouba Exemple-Martin Les Nuits de Modèle", "Yacouba Exemple-Martin")]),
    case("see-also-lines-and-navigation-box", """Voir aussi

Articles connexes
 • Cinéma en Exemple
 • Les Prés d'Exemple — drame de Lise Modèle (2011), avec Jeanne Essai, Paul Sample et Inès Specimen.
 • Les Orages d'Exemple — film de Lise Modèle sorti le 4 novembre 2015, avec Inès Specimen et Théo Essai ; musique de Grégoire Sample ; 1 h 38.
 • Le Silence d'Exemple — documentaire de Lise Modèle (2020) sur les apiculteurs, produit par Les Films du Quai Exemple.
 • Grégoire Sample — compositeur français né en 1966 à Albi.

v · d · m
Films de Lise Modèle
Longs métrages	Les Prés d'Exemple (2011) · Les Orages d'Exemple (2015) · Le Silence d'Exemple (2020, documentaire)
Courts métrages	Le Lavoir d'Exemple (2002)
""", [("director", "Les Prés d'Exemple", "Lise Modèle"), ("cast", "Les Prés d'Exemple", "Paul Sample"),
      ("date", "Les Orages d'Exemple", "2015-11-04"), ("composer", "Les Orages d'Exemple", "Grégoire Sample"),
      ("duration", "Les Orages d'Exemple", "98"), ("kind", "Le Silence d'Exemple", "documentary"),
      ("production_company", "Le Silence d'Exemple", "Les Films du Quai Exemple"),
      ("director", "Le Lavoir d'Exemple", "Lise Modèle"), ("kind", "Le Lavoir d'Exemple", "short")],
        [("director", "Grégoire Sample", "Lise Modèle")]),

    case("see-also-line-in-english", """See also
 • The Example Hour — a 2004 drama film by Maeve Sample, starring Ruth Example and Owen Specimen.
""", [("director", "The Example Hour", "Maeve Sample"), ("date", "The Example Hour", "2004"),
      ("cast", "The Example Hour", "Owen Specimen")]),
    case("festival-palmares-awards-over-their-winners", """EXAMPLE BAY FILM FESTIVAL
12th edition

AWARDS 2022

GOLDEN GULL – BEST FILM
THE SAMPLE SEASON
Dir. Nomvula Example-Achterberg
South Africa, Netherlands

SILVER GULL – BEST DIRECTOR
Tomasz Specimen
for SOLANKA (Brine)
Poland

SILVER GULL – BEST ACTRESS
Ryu Ji-example
for her role as Eun-byeol in THE PERSIMMON SAMPLE (dir. Hwang Seok-example)
South Korea

SILVER GULL – BEST SCREENPLAY
Dries Van Example and Liesbeth Maes-Sample
for THE LAST EXAMPLE (Het laatste voorbeeld, dir. Dries Van Example)

SPECIAL MENTION
Aziza Mint Example, for her performance in THE SAMPLE SEASON

CRITICS' AWARD (International Circle of Film Critics)
SOLANKA (Brine) – Tomasz Specimen
""", [("director", "The sample season", "Nomvula Example-Achterberg"), ("country", "The sample season", "Netherlands"),
      ("director", "Solanka", "Tomasz Specimen"), ("alias", "Solanka", "Brine"),
      ("cast", "The persimmon sample", "Ryu Ji-example", {"character": "Eun-byeol"}),
      ("director", "The persimmon sample", "Hwang Seok-example"),
      ("screenwriter", "The last example", "Liesbeth Maes-Sample"), ("director", "The last example", "Dries Van Example"),
      ("cast", "The sample season", "Aziza Mint Example")],
        [("director", "Silver gull", "Nomvula Example-Achterberg"), ("cast", "Solanka", "Tomasz Specimen")]),
]


THIRTY_THIRD = [
    case("lead-opens-with-its-director-clause", """Réalisé par Odile Exemple, Le Moulin des Modèles est un drame
franco-belge sorti en 1987. Hélène Specimen y interprète la tante
d'un jeune boulanger (Rémi Sample-Castaing) amoureux d'une couturière jouée par
Salomé Essai. Le film a été présenté à Locarno.
""", [("director", "Le Moulin des Modèles", "Odile Exemple"), ("date", "Le Moulin des Modèles", "1987"),
      ("cast", "Le Moulin des Modèles", "Hélène Specimen"), ("cast", "Le Moulin des Modèles", "Rémi Sample-Castaing"),
      ("cast", "Le Moulin des Modèles", "Salomé Essai")],
        [("director", "Le Moulin des Modèles", "Moulin des Modèles"),
         ("director", "Réalisé par Odile Exemple, Le Moulin des Modèles", "Odile Exemple")]),

    case("lead-with-its-release-in-apposition", """Les Jardins d'Exemple, sorti en 2004, est une comédie de Bastien Modèle produite par Sample-et-Lot Productions. Mathilde Essai, Paul Specimen et Inès Exemplaire y incarnent trois sœurs qui tentent de sauver l'auberge familiale. Durée : 1 h 42.

Le Chant de l'Exemple est un film d'animation franco-belge réalisé par Ophélie Modèle et sorti en 2019. Produit par les Ateliers Sample et Specimen Films, il a obtenu un prix.
""", [("director", "Les Jardins d'Exemple", "Bastien Modèle"), ("date", "Les Jardins d'Exemple", "2004"),
      ("cast", "Les Jardins d'Exemple", "Mathilde Essai"), ("cast", "Les Jardins d'Exemple", "Paul Specimen"),
      ("cast", "Les Jardins d'Exemple", "Inès Exemplaire"), ("duration", "Les Jardins d'Exemple", "102"),
      ("production_company", "Le Chant de l'Exemple", "Ateliers Sample"),
      ("production_company", "Le Chant de l'Exemple", "Specimen Films")],
        [("alias", "Les Jardins d'Exemple", "en 2004"), ("producer", "Le Chant de l'Exemple", "Ateliers Sample")]),

    case("lead-part-described-actor-in-brackets", """The Salt Example is a 1991 British drama film directed by Ann Sample. Tom Specimen plays the father of a young fisherman (Rory Exemplar), who loves a girl played by Una Model.
""", [("cast", "The Salt Example", "Tom Specimen"), ("cast", "The Salt Example", "Rory Exemplar")],
        [("director", "The Salt Example", "Rory Exemplar")]),

    case("cast-list-of-stacked-pairs-character-over-actor", """LA DERNIÈRE EXEMPLE
un film de Karim Modèle

SYNOPSIS

Dans le Minervois, la famille Sample s'apprête à vendanger pour la dernière fois. Vincent, l'aîné, a tout préparé. Mais le retour de sa sœur Camille transforme les vendanges.

LISTE ARTISTIQUE

Vincent Sample
Bastien Exemple

Camille Sample
Inès Specimen

Antoine Modèle
Théo Essai

Nour
Yasmine Exemplaire

LISTE TECHNIQUE

Réalisation
Karim Modèle
""", [("cast", "FILM", "Bastien Exemple", {"character": "Vincent Sample"}),
      ("cast", "FILM", "Inès Specimen", {"character": "Camille Sample"}),
      ("cast", "FILM", "Théo Essai", {"character": "Antoine Modèle"}),
      ("cast", "FILM", "Yasmine Exemplaire", {"character": "Nour"})],
        [("cast", "FILM", "Vincent Sample"), ("cast", "FILM", "Camille Sample"), ("cast", "FILM", "Nour")]),

    case("filmography-decade-headings-between-entries", """Clémence Exemple

Clémence Exemple, née le 3 mai 1952 à Rodez, est une actrice française.

Filmographie
Cinéma
Années 1970
 • 1979 : Le Bal des modèles d'Étienne Sample : Anne Specimen
Années 1980
 • 1981 : Un été à Sainte-Exemple d'Étienne Sample : Hélène
""", [("cast", "Le Bal des modèles", "Clémence Exemple", {"character": "Anne Specimen"}),
      ("director", "Le Bal des modèles", "Étienne Sample")],
        [("cast", "Le Bal des modèles", "Clémence Exemple", {"character": "Anne Specimen Années 1980"})]),

    case("key-facts-box-companies-one-a-line-under-their-label", """Les Vergers d'Exemple

Les Vergers d'Exemple

Données clés
Réalisation : Solène Modèle
Acteurs principaux :
Clémence Sample
Bastien Specimen
Sociétés de production :
Les Films du Quai Exemple
Modèle Productions
Specimen Films
Pays de production : France
Genre : drame
Durée : 107 minutes
Sortie : 2011

Les Vergers d'Exemple est un film dramatique français réalisé par Solène Modèle, sorti en 2011.
""", [("production_company", "FILM", "Les Films du Quai Exemple"), ("production_company", "FILM", "Modèle Productions"),
      ("production_company", "FILM", "Specimen Films"), ("cast", "FILM", "Clémence Sample"),
      ("cast", "FILM", "Bastien Specimen")],
        [("production_company", "FILM", "Les Films du Quai Exemple Modèle Productions Specimen Films")]),

    case("thesis-filmography-notices-title-inverted-article", """ANNEXE 3

FILMOGRAPHIE

Les titres sont classés par ordre alphabétique, l'article rejeté en fin de titre : la réalisation (Réal.), le scénario (Scén.), les interprètes (Int.).

BAL DES MODÈLES (LE). Réal. Lucien Exemple. Scén. Pierre-Marie Sample. Mus. Joseph Specimen-Aubry. Int. Arlette Essai, Jean Modèle. Prod. Les Films du Sample. France, 1938, 94 min, N&B.

*NUIT DES EXEMPLES (LA) (The Night of Examples). Réal. Armand Specimen. Scén. Mathurin Essai, d'après une nouvelle de Raymond Sample. Phot. Raymond Exemple. Mont. Odette Modèle. Int. Octave Sample, Mireille Specimen. France/Suisse, 1972, 96 min, coul.

TROIS JOURS À EXEMPLE. Réal. Simone Modèle-Maury. Int. Mireille Specimen. France, 1955, 88 min, N&B.
""", [("director", "Le bal des modèles", "Lucien Exemple"), ("screenwriter", "Le bal des modèles", "Pierre-Marie Sample"),
      ("composer", "Le bal des modèles", "Joseph Specimen-Aubry"), ("cast", "Le bal des modèles", "Jean Modèle"),
      ("production_company", "Le bal des modèles", "Les Films du Sample"), ("duration", "Le bal des modèles", "94"),
      ("date", "Le bal des modèles", "1938"), ("director", "La nuit des exemples", "Armand Specimen"),
      ("alias", "La nuit des exemples", "The Night of Examples"), ("cinematographer", "La nuit des exemples", "Raymond Exemple"),
      ("editor", "La nuit des exemples", "Odette Modèle"), ("country", "La nuit des exemples", "Switzerland"),
      ("director", "Trois jours à exemple", "Simone Modèle-Maury"), ("date", "Trois jours à exemple", "1955")],
        [("cast", "Le bal des modèles", "Mireille Specimen")]),

    case("studio-page-related-articles-described-without-their-title", """Les Productions de l'Exemple

Les Productions de l'Exemple sont une société de production de cinéma française fondée en 1951 par le producteur Gilbert Sample.

----

Le Port des modèles

Le Port des modèles est un film français réalisé par Lucien Specimen et sorti le 4 février 1953.

Distribution : Jean Exemple (le capitaine Le Hir) ; Arlette Modèle (Anne Le Hir) ; Yvonne Essai (la mère Kerhoas).

----

Monsieur Sample et ses filles

Comédie française de Lucien Specimen (1957).
Avec : Fernand Exemple (Auguste Sample), Mireille Modèle (Solange).
Musique : Joseph Essai-Aubry.

----

Ouragan sur Sainte-Exemple

Film d'aventures franco-italien (1961) de Gérard Modèle-Mauduit, avec Danièle Sample, Renato Specimen et Jean Exemple. 98 minutes.

----

La Nuit des modèles

Premier long métrage d'Armand Essai (1972), sur un scénario de Mathurin Sample. Durée : 96 minutes.
""", [("cast", "Le Port des modèles", "Jean Exemple", {"character": "le capitaine Le Hir"}),
      ("cast", "Le Port des modèles", "Yvonne Essai"),
      ("director", "Monsieur Sample et ses filles", "Lucien Specimen"), ("date", "Monsieur Sample et ses filles", "1957"),
      ("cast", "Monsieur Sample et ses filles", "Fernand Exemple", {"character": "Auguste Sample"}),
      ("composer", "Monsieur Sample et ses filles", "Joseph Essai-Aubry"),
      ("director", "Ouragan sur Sainte-Exemple", "Gérard Modèle-Mauduit"), ("date", "Ouragan sur Sainte-Exemple", "1961"),
      ("cast", "Ouragan sur Sainte-Exemple", "Renato Specimen"), ("duration", "Ouragan sur Sainte-Exemple", "98"),
      ("director", "La Nuit des modèles", "Armand Essai"), ("screenwriter", "La Nuit des modèles", "Mathurin Sample"),
      ("duration", "La Nuit des modèles", "96")],
        [("distributor", "Le Port des modèles", "Jean Exemple"), ("cast", "Le Port des modèles", "Fernand Exemple")]),
]


THIRTY_FOURTH = [
    case("streaming-collection-tiles-under-rules", """SAMPLEFLIX   Home   Films   Series   My List

Collections › Quiet Examples
8 titles · Updated weekly

────────────────────────────────────────
The Specimen Winter
2016 · 1h 52m · 12A · HD · AD
A widowed baker shelters a stranger through one long winter.
Directed by Ann Exemplar
Starring Tom Sample, Una Model-Weir, Rory Essai
[Drama] [Period]      ★ Editor's pick
────────────────────────────────────────
Harbour of Examples (Beispielhafen)
2021 · 2h 8m · 12 · HD · Audio: German · Subtitles: English
Directed by Jan Specimen
Starring Lena Sample
[Drama] [World Cinema]
────────────────────────────────────────
Reef of Models
2012 · 1h 34m · PG · HD
Narrated by Hugh Exemplar
Directed by Kai Model
[Documentary] [Nature]
────────────────────────────────────────
The Sampling of Dunexample
Series · 2012 · 1 season · 15
Directed by Lamar Specimen
Starring Nora Essai, Callum Sample
[Series] [Gothic]
────────────────────────────────────────
""", [("director", "The Specimen Winter", "Ann Exemplar"), ("cast", "The Specimen Winter", "Tom Sample"),
      ("cast", "The Specimen Winter", "Una Model-Weir"), ("cast", "The Specimen Winter", "Rory Essai"),
      ("date", "The Specimen Winter", "2016"), ("duration", "The Specimen Winter", "112"),
      ("duration", "Harbour of Examples", "128"), ("language", "Harbour of Examples", "German"),
      ("director", "Harbour of Examples", "Jan Specimen"), ("director", "Reef of Models", "Kai Model"),
      ("narrator", "Reef of Models", "Hugh Exemplar"), ("duration", "Reef of Models", "94")],
        [("director", "The Specimen Winter", "Ann Exemplar Starring Tom Sample"),
         ("director", "The Specimen Winter", "Rory Essai"), ("country", "Harbour of Examples", "Germany"),
         ("director", "Reef of Models", "Hugh Exemplar"), ("cast", "Reef of Models", "Nora Essai"),
         ("director", "Reef of Models", "Lamar Specimen")]),

    case("later-sentences-of-a-series-article", """The Sample Bow

The Sample Bow is a 1946 British mystery film directed by Leo Exemplar and starring Gordon Model. It was adapted by Margery Specimen from the novel Death Keeps the Ledger (1938).

Produced by Maurice Sample, the film was shot in eighteen days. It was released on 14 October 1946 and runs 78 minutes.

-----

The Other Sample

The Other Sample is a 1947 British mystery film directed by Leo Exemplar. The screenplay is again by Margery Specimen. Released 2 June 1947; 74 minutes. Gordon Model and Hester Essai reprise their roles, joined by Roland Sample as Professor Quill. Maurice Sample again produced; Cyril Essai returned as Gage, now promoted.
""", [("screenwriter", "The Sample Bow", "Margery Specimen"), ("date", "The Sample Bow", "1946-10-14"),
      ("duration", "The Sample Bow", "78"), ("screenwriter", "The Other Sample", "Margery Specimen"),
      ("date", "The Other Sample", "1947-06-02"), ("duration", "The Other Sample", "74"),
      ("cast", "The Other Sample", "Roland Sample", {"character": "Professor Quill"}),
      ("cast", "The Other Sample", "Cyril Essai", {"character": "Gage"}),
      ("producer", "The Other Sample", "Maurice Sample")],
        [("screenwriter", "The Sample Bow", "Death Keeps the Ledger"), ("duration", "The Sample Bow", "74")]),

    case("closing-credits-roll-transcribed", """[Transcribed from the closing credits of SPECIMEN SEASON (2019), DCP, 1:33:40–1:41:12]


                             Directed by
                           THÉO EXEMPLE

                         Executive Producers
                BARNABY SAMPLE     IMELDA MODEL-SAAB

                               Editor
                          PASCALE ESSAI

                                CAST
                       (in order of appearance)

        Old Mag Tully  . . . . . . . . . .  BRIDIE Ó SAMPLE-LOWE
        Kit Walsh  . . . . . . . . . . . .  NIAMH EXEMPLAR


        Stunt Coordinator                   RORY SPECIMEN
        Stunt Performers                    JAKE MODEL-ODUYA
                                            SINÉAD ESSAI

        First Assistant Director            Tadhg Ó Sample
        Second Assistant Director           Aisling Exemplar
        Key Grip                            Oisín Model-Lund
        Sound Mixer                         Bram Specimen

                                SONGS

                          "The Sample Field"
            Written by Niamh Exemplar and Pascale Essai
""", [("director", "FILM", "Théo Exemple"), ("executive_producer", "FILM", "Barnaby Sample"),
      ("executive_producer", "FILM", "Imelda Model-Saab"), ("editor", "FILM", "Pascale Essai"),
      ("cast", "FILM", "Bridie Ó Sample-Lowe", {"character": "Old Mag Tully"}),
      ("cast", "FILM", "Niamh Exemplar", {"character": "Kit Walsh"}),
      ("assistant_director", "FILM", "Tadhg Ó Sample"), ("assistant_director", "FILM", "Aisling Exemplar"),
      ("sound_mixer", "FILM", "Bram Specimen")],
        [("cast", "FILM", "Rory Specimen"), ("cast", "FILM", "Jake Model-Oduya"),
         ("assistant_director", "FILM", "Second Assistant Director Aisling Exemplar"),
         ("assistant_director", "FILM", "Key Grip Oisín Model-Lund"),
         ("executive_producer", "FILM", "Barnaby Sample Imelda Model-Saab"),
         ("songwriter", "FILM", '"The Sample Field"'), ("screenwriter", "FILM", "Niamh Exemplar")]),

    case("awards-ceremony-nominees-a-line-each", """39e CÉRÉMONIE DES EXEMPLES D'OR
Palmarès et liste des nommés — films sortis en 2013

MEILLEUR FILM
  ★ La Dernière Exemple de Romain Sample-Bensaïd, produit par Olivier Modèle
    Le Vélo de Marius de Quentin Essai

MEILLEURE RÉALISATION
  ★ Léa Specimen pour Les Poings de Madeleine
    Romain Sample-Bensaïd pour La Dernière Exemple

MEILLEURE ACTRICE
  ★ Jeanne Exemplaire pour Les Poings de Madeleine
    Louise Modèle-Diop pour La Dernière Exemple

MEILLEURE ADAPTATION
  ★ Léa Specimen et Hugo Essai-Lam pour Les Poings de Madeleine

MEILLEUR FILM ÉTRANGER
  ★ La casa de los ejemplos d'Itziar Muestra (Espagne)
""", [("director", "La Dernière Exemple", "Romain Sample-Bensaïd"), ("producer", "La Dernière Exemple", "Olivier Modèle"),
      ("date", "La Dernière Exemple", "2013"), ("director", "Le Vélo de Marius", "Quentin Essai"),
      ("director", "Les Poings de Madeleine", "Léa Specimen"), ("cast", "Les Poings de Madeleine", "Jeanne Exemplaire"),
      ("cast", "La Dernière Exemple", "Louise Modèle-Diop"), ("screenwriter", "Les Poings de Madeleine", "Hugo Essai-Lam"),
      ("director", "La casa de los ejemplos", "Itziar Muestra"), ("country", "La casa de los ejemplos", "Spain")],
        [("director", "Le Vélo", "Marius de Quentin Essai"), ("director", "Les Poings", "Madeleine"),
         ("director", "Léa Specimen et Hugo Essai-Lam pour Les Poings", "Madeleine")]),
]

THIRTY_FIFTH = [
    case("trade-review-credit-block", """FILM REVIEW

Sample Film Review: 'The Specimen Weather'

Ann Exemplar's second feature is a handsome family drama that never
quite finds its storm.

By TOM ESSAI

The Specimen Weather

Production: A Exemplar Releasing release of a Model Street Pictures production, in association with Sample Hill Media. Producers: Una Model-Weir, Rory Essai. Executive producers: Lena Sample.

Crew: Director: Ann Exemplar. Screenplay: Ann Exemplar, Jan Specimen. Camera (color, widescreen): Kai Model. Editor: Hugh Exemplar. Sound (Dolby Digital): Ida Sample.

With: Priya Sample-Lowe, Callum Specimen-Dale, Beatrix Model.

Reviewed at Sample Film Festival, Jan. 24, 2015. Running time: 97 MIN.

Priya Sample-Lowe, reunited with her "Copper" co-star Callum Specimen-Dale, plays Dana Ruiz, a
botanist who comes home. Specimen-Dale is Ike, her feckless younger brother; Beatrix Model, best
known from TV's "County Line," is their mother Vera, who would rather let the glass crack.
""", [("director", "FILM", "Ann Exemplar"), ("screenwriter", "FILM", "Jan Specimen"),
      ("cinematographer", "FILM", "Kai Model"), ("sound", "FILM", "Ida Sample"),
      ("distributor", "FILM", "Exemplar Releasing"),
      ("production_company", "FILM", "Model Street Pictures"),
      ("production_company", "FILM", "Sample Hill Media"),
      ("cast", "FILM", "Priya Sample-Lowe", {"character": "Dana Ruiz"}),
      ("cast", "FILM", "Callum Specimen-Dale", {"character": "Ike"}),
      ("cast", "FILM", "Beatrix Model", {"character": "Vera"})],
        [("alias", "FILM", "Ann Exemplar's second feature"),
         ("production_company", "FILM", "A Exemplar Releasing release of a Model Street Pictures production"),
         ("director", "FILM REVIEW", "Ann Exemplar")]),
    case("press-kit-cast-bios-with-dashed-film-lists", """ABOUT THE CAST

AOIFE EXEMPLAR (Nora) trained at the Sample School and is familiar to
television audiences. On stage she has played Maura in a revival.
  Film: Bright Sample (2018, dir. Hamish Model) – The Weight of Examples
  (2015, dir. Maeve Specimen) – Ninepins (2013, dir. Orrin Essai)

BRENDAN MODEL-SAMPLE (Tadhg) broke through as the ex-boxer Rafe in Tessa
Exemplar's COLD SAMPLE ROAD (2019).
  Film: Cold Sample Road (2019) – Kestrel Example (2016, dir. Anwen
  Specimen-Jones)

HUGO ESSAI (Composer). Selected scores: The Ninth Example (2021), Hollow
Sample (2019).
""", [("cast", "Bright Sample", "Aoife Exemplar"), ("cast", "The Weight of Examples", "Aoife Exemplar"),
      ("cast", "Ninepins", "Aoife Exemplar"), ("director", "The Weight of Examples", "Maeve Specimen"),
      ("cast", "Cold Sample Road", "Brendan Model-Sample"), ("cast", "Kestrel Example", "Brendan Model-Sample"),
      ("director", "Kestrel Example", "Anwen Specimen-Jones")],
        [("director", "Cold Sample Road", "Brendan Model-Sample"), ("director", "Cold Sample Road", "Anwen Specimen-Jones"),
         ("director", "Kestrel Example", "Brendan Model-Sample")]),

    case("composer-article-table-under-a-long-infobox", """Hugo Exemplar

From Samplepedia, the free film encyclopedia

Hugo Exemplar
  Born          3 February 1968 (age 56)
                Bergen, Norway
  Occupation    Composer, conductor
  Years active  1994–present
  Spouses       Tove Sample (m. 1993; div. 2001)
                Ruth Model (m. 2009)
  Relatives     Sverre Exemplar (brother)

Hugo Exemplar (born 3 February 1968) is a Norwegian composer and
conductor of film and concert music. In 2009 he married the British actress
Ruth Model, whom he had met on a set.

Filmography

Feature films and shorts
Year	Title	Director	Notes
1996	Snow in Example	Eirik Specimen	Short film
2011	Low Tide at Sample	Lucien Essai
""", [("composer", "Snow in Example", "Hugo Exemplar"), ("composer", "Low Tide at Sample", "Hugo Exemplar"),
      ("director", "Low Tide at Sample", "Lucien Essai"), ("spouse", "Hugo Exemplar", "Ruth Model")],
        [("director", "Low Tide at Sample", "Hugo Exemplar")]),
    case("fiche-technique-en-tirets-aux-valeurs-repliees", """Les Nuits de Exemple

Les Nuits de Exemple est un film français réalisé par Léa Modèle, sorti en 2013.

Fiche technique

 - Titre original : Les Nuits de Exemple
 - Réalisation : Léa Modèle
 - Sociétés de production : Les Films du Verger Exemple ; coproduction :
   Lumière d'Exemple (Belgique) ; avec la participation de Ciné+Modèle
   et le soutien du Fonds Images de la Côte d'Exemple
 - Sociétés de distribution : Sépia Distribution (France), Exemple Films
   Diffusion (Belgique)
 - Budget : 3,4 millions d'euros

Le film reçoit un accueil favorable. Il totalise 287 415 entrées en
France, pour des recettes mondiales d'environ 2,3 millions de dollars.
""", [("production_company", "FILM", "Les Films du Verger Exemple"), ("production_company", "FILM", "Lumière d'Exemple"),
      ("distributor", "FILM", "Exemple Films Diffusion"), ("distributor", "FILM", "Sépia Distribution"),
      ("funder", "FILM", "Ciné+Modèle"), ("box_office", "FILM", "2300000")],
        [("distributor", "FILM", "Exemple Films"), ("producer", "FILM", "Lumière d'Exemple")]),
    case("weekend-box-office-chart-drawn-in-spaces", """THE SAMPLE REPORT | BOX OFFICE

'Iron Example' Powers to $31.5M Opening

By Dale Exemplar | March 13, 2006

Weekend of March 10-12, 2006 - Domestic estimates

Rank  Title (Distributor)                        Weekend         Total          Wks
----  -----------------------------------------  --------------  -------------  ---
 1    Iron Example (Corvane)                     $31,450,212     $31,450,212     1
 2    Pocket Full of Samples (Stillwater)        $18,206,744     $52,918,330     2
 9    Kestrel Model (Tessaract Films)             $2,410,316     $71,962,588    14

Distributors: Corvane = Corvane Pictures; Stillwater = Stillwater
Distribution.
""", [("distributor", "Iron Example", "Corvane Pictures"), ("box_office", "Iron Example", "31450212"),
      ("date", "Iron Example", "2006"), ("distributor", "Pocket Full of Samples", "Stillwater Distribution"),
      ("box_office", "Pocket Full of Samples", "52918330"), ("distributor", "Kestrel Model", "Tessaract Films")],
        [("alias", "Iron Example", "Corvane"), ("box_office", "Pocket Full of Samples", "18206744"),
         ("date", "Kestrel Model", "2006")]),
    case("actor-article-spaced-infobox-and-spaced-table-with-wrapped-notes", """Wendell Exemplar

From Samplepedia, the free film encyclopedia

Wendell Exemplar
    Born        Wendell Amos Exemplar
                March 2, 1948
    Occupation  Actor

Wendell Amos Exemplar (March 2, 1948 – November 19, 2019) was an American
actor of weathered dignity.

Filmography

  Year   Title                          Role                      Notes
  -----  -----------------------------  ------------------------  ---------------------------
  1984   Sundown Over Sample            Jonah Tate                Nominated – Award for
                                                                  Best Actor
  1989   A Season of Examples           Father Declan Model
""", [("cast", "Sundown Over Sample", "Wendell Exemplar", {"character": "Jonah Tate"}),
      ("cast", "A Season of Examples", "Wendell Exemplar", {"character": "Father Declan Model"})],
        [("director", "A Season of Examples", "Father Declan Model")]),
]


THIRTY_SIXTH = [
    case("dictionary-notices-run-on-with-inline-filmographies", """DICTIONNAIRE DES CINÉASTES — extraits

Abréviations : cm = court métrage ; doc. = documentaire.


EXEMPLE (Odile), réalisatrice française, née à Nevers le 3 juin 1938, morte
à Paris le 11 décembre 2015. Assistante au début des années 1960, elle signe
avec Les Modèles un court métrage remarqué, puis s'impose avec La Chambre
d'Essai. Mariée au scénariste Jean-Marc Spécimen, coauteur de ses films.
Filmographie : Les Modèles (1963, cm), La Chambre d'Essai (1966), Les Beaux
Jours d'Exemple (1970), Les Ponts d'Essai (1991, doc.).


MODÈLE (Nourredine), réalisateur français, né à Sétif (Algérie) le 8 octobre
1955. Arrivé à Marseille enfant, il travaille comme assistant monteur avant de
réaliser Barbès, 6 heures. Son premier long métrage obtient un prix. Il revient
ensuite au documentaire. Filmographie : Barbès, 6 heures (1980, cm), Les
Terrasses d'Essai (1986), Retour à Modèle (2007, doc.).
""", [("director", "Les Modèles", "Odile Exemple"), ("director", "La Chambre d'Essai", "Odile Exemple"),
      ("director", "Les Beaux Jours d'Exemple", "Odile Exemple"),
      ("director", "Les Ponts d'Essai", "Odile Exemple"),
      ("birth_date", "Odile Exemple", "1938-06-03"), ("death_date", "Odile Exemple", "2015-12-11"),
      ("director", "Barbès, 6 heures", "Nourredine Modèle"), ("director", "Les Terrasses d'Essai", "Nourredine Modèle"),
      ("director", "Retour à Modèle", "Nourredine Modèle"), ("birth_date", "Nourredine Modèle", "1955-10-08")],
        [("director", "Barbès, 6 heures", "Odile Exemple"), ("cast", "Les Modèles", "Odile Exemple")]),
    case("festival-edition-article-with-bulleted-selection-and-palmares", """Festival international du film d'Exemple-sur-Mer 2017

Un article de Cinépédia, l'encyclopédie libre du cinéma.

La 28e édition du festival s'est déroulée du 22 au 29 septembre 2017. Le jury
était présidé par la comédienne Anne Modèle-Spécimen.

Jury

  • Anne Modèle-Spécimen (présidente), comédienne
  • Yves Essai, compositeur

Compétition officielle

  • Les Eaux d'essai de Romain Exemple (France)
  • Ceux de la Modèle de Héloïse Spécimen-Dubreuil (France)
  • La Maison sur la dune de Bastien Essai-Kergoat (France, Belgique)
  • Rue Exemple Est de Félix-Antoine Modèle (Canada)

Hors compétition

  • Le Bal des modèles de Victor Spécimen-Daubigny (film d'ouverture)

Palmarès

  • Vague d'or : Rue Exemple Est de Félix-Antoine Modèle
  • Prix d'interprétation féminine : Agathe Exemple-Bonnin pour Les Eaux
    d'essai
  • Prix du scénario : Héloïse Spécimen-Dubreuil et Florent Essai pour Ceux
    de la Modèle
""", [("director", "Les Eaux d'essai", "Romain Exemple"), ("date", "Les Eaux d'essai", "2017"),
      ("country", "La Maison sur la dune", "Belgium"), ("director", "Le Bal des modèles", "Victor Spécimen-Daubigny"),
      ("director", "Rue Exemple Est", "Félix-Antoine Modèle"), ("cast", "Les Eaux d'essai", "Agathe Exemple-Bonnin"),
      ("screenwriter", "Ceux de la Modèle", "Florent Essai"),
      ("screenwriter", "Ceux de la Modèle", "Héloïse Spécimen-Dubreuil")],
        [("director", "Les Eaux d'essai", "Agathe Exemple-Bonnin")]),
    case("festival-edition-article-with-a-space-drawn-selection-table", """34th Sample Bay International Film Festival

From Filmopedia, the free film encyclopedia

The 34th Sample Bay International Film Festival took place from 8 to 18 June 2017.

Official selection

  English title              Original title          Director(s)               Production country
  -------------------------  ----------------------  ------------------------  ------------------
  Bitter Sample              Bitter Sample           Callum Exemplar           United States
  Time of Models             Modellenes tid          Sune Specimen             Denmark
  The Swallows' Sample       Il cortile delle        Matteo Essai              Italy
                             rondini
  Limestone Model            Kalkmodell              Birgit Sample-Wendel,     Germany, Austria
                                                     Jakob Sample

Out of competition
  * Lantern Sample - Jonah Exemplar (opening film)
  * The Orchard Model - Amara Specimen-Oduya (closing film)

Awards

  * Golden Heron: Time of Models by Sune Specimen
  * Best Actress: Lucía Modelo Paz for Bitter Sample
""", [("director", "Bitter Sample", "Callum Exemplar"), ("date", "Bitter Sample", "2017"),
      ("alias", "Time of Models", "Modellenes tid"), ("country", "Limestone Model", "Austria"),
      ("director", "Limestone Model", "Birgit Sample-Wendel"), ("director", "Limestone Model", "Jakob Sample"),
      ("alias", "The Swallows' Sample", "Il cortile delle rondini"),
      ("director", "Lantern Sample", "Jonah Exemplar"), ("director", "The Orchard Model", "Amara Specimen-Oduya"),
      ("cast", "Bitter Sample", "Lucía Modelo Paz")],
        [("director", "Limestone Model", "Birgit Sample-Wendel, Jakob Sample")]),
    case("year-in-film-list-with-month-rows-and-a-studio-column", """List of British films of 2017

From the free encyclopedia

This is a list of British films released in 2017, ordered by their release date.

2017 was a strong year for British independent drama.

January–June

  Opening | Title                  | Director        | Cast                          | Genre   | Notes                     | Studio
  --------+------------------------+-----------------+-------------------------------+---------+---------------------------+------------------
  JANUARY
  13      | The Sample Wager       | Horace Exemplar | Anthony Specimen, Philippa Model | Comedy |                          | Wessex Sample Films
  27      | Cold Specimen          | Shona Essai     | Ewan Exemplar, Kirsty Model   | Thriller | Set in the Outer Hebrides | Kelpie Sample
  MAY
  12      | The Understudy's Model | Peregrine Essai | Sebastian Sample              | Horror  | Partly in Welsh           | Pennine Light
""", [("date", "The Sample Wager", "2017-01-13"), ("date", "Cold Specimen", "2017-01-27"),
      ("date", "The Understudy's Model", "2017-05-12"), ("director", "Cold Specimen", "Shona Essai"),
      ("cast", "The Sample Wager", "Philippa Model"), ("production_company", "Cold Specimen", "Kelpie Sample"),
      ("production_company", "The Understudy's Model", "Pennine Light")],
        [("alias", "Cold Specimen", "Set in the Outer Hebrides"), ("alias", "The Understudy's Model", "Partly in Welsh"),
         ("producer", "The Understudy's Model", "Pennine Light"), ("country", "2017", "United Kingdom")]),
    case("festival-edition-with-a-pipe-table-and-awards-naming-the-person-first", """12th Sample Water International Film Festival

From the free encyclopedia

The 12th Sample Water International Film Festival took place from 20 to 28 September 2019.

In competition

  English title         | Original title        | Director(s)       | Country          | Year
  ----------------------+-----------------------+-------------------+------------------+-----
  Kingfisher Sample     | Kingfisher Sample     | Samir Exemplar    | United Kingdom   | 2019
  Grey Specimen         | Grijze specimen       | Hendrik Model     | Netherlands      | 2018
  Copper Essai          | Copper Essai          | Dale Specimen     | Australia        | 2019

Awards

  * Golden Lantern (Best Film): Grey Specimen – Hendrik Model
  * Best Actress: Rosalind Sample – Kingfisher Sample
  * Best Actor: Jarrah Essai – Copper Essai
  * Emerging Talent Award: Mio Exemplar – Copper Essai
""", [("director", "Kingfisher Sample", "Samir Exemplar"), ("alias", "Grey Specimen", "Grijze specimen"),
      ("date", "Grey Specimen", "2018"), ("cast", "Kingfisher Sample", "Rosalind Sample"),
      ("cast", "Copper Essai", "Jarrah Essai"), ("director", "Grey Specimen", "Hendrik Model")],
        [("director", "Rosalind Sample", "Kingfisher Sample"), ("date", "Grey Specimen", "2019"),
         ("director", "Golden Lantern (Best Film): Grey Specimen", "Hendrik Model"),
         ("director", "Mio Exemplar", "Copper Essai")]),
    case("museum-exhibition-labels-each-naming-its-film", """MUSÉE DE L'EXEMPLE – LYON
Exposition temporaire

ÉTOFFES D'ESSAI
Le costume dans le cinéma français

Un costume de cinéma n'est pas fait pour être vu de près. Les pièces présentées ici couvrent soixante-dix ans de cinéma.


1.
Robe de bal d'Aurélie de Modèle
Taffetas de soie changeant, tulle brodé de perles
Film : Les Noces de Modèle (1954)
Réalisation : Maurice Exemple
Costumes : Germaine Spécimen
Portée par Geneviève Essai dans le rôle d'Aurélie de Modèle
Collection Fondation Germaine-Spécimen

Germaine Spécimen a dessiné plus de quarante films.


2.
Uniforme de brigadier de gendarmerie
Drap de laine, boutons de laiton, képi
Film : Le Brigadier Exemplaire (1959)
Réalisation : Henri Modèle
Costumes : Germaine Spécimen
Porté par Fernand Exemple-Rouvière dans le rôle du brigadier Lamoureux
Collection particulière
""", [("director", "Les Noces de Modèle", "Maurice Exemple"), ("costume_designer", "Les Noces de Modèle", "Germaine Spécimen"),
      ("cast", "Les Noces de Modèle", "Geneviève Essai", {"character": "Aurélie de Modèle"}),
      ("director", "Le Brigadier Exemplaire", "Henri Modèle"),
      ("cast", "Le Brigadier Exemplaire", "Fernand Exemple-Rouvière", {"character": "brigadier Lamoureux"})],
        [("director", "Les Noces de Modèle", "Aurélie de Modèle")]),
]

THIRTY_SEVENTH = [
    case("person-article-with-a-bare-pipe-table-of-directed-films-and-a-cameo-in-her-own", """Odile Exemple

Odile Exemple, née le 4 mars 1968 à Brest, est une actrice et réalisatrice française.

Filmographie

Comme actrice

  - 1993 : L'Été d'essai de Gilles Modèle : Nolwenn
  - 2012 : Le Cadastre d'Essai d'elle-même : la postière (caméo)
  - 2014 : Le Renard et l'Exemple de Théo Spécimen et Ursula Modèle : la Lune (voix)

Comme réalisatrice

  Année | Titre                   | Format         | Scénario                      | Notes
  ------+-------------------------+----------------+-------------------------------+--------------------------
  2003  | Les Goélands d'essai    | court métrage  | Odile Exemple                 |
  2012  | Le Cadastre d'Essai     | long métrage   | Odile Exemple, Antoine Modèle | avec Margaux Spécimen
""", [("director", "Les Goélands d'essai", "Odile Exemple"), ("kind", "Les Goélands d'essai", "short"),
      ("screenwriter", "Le Cadastre d'Essai", "Antoine Modèle"),
      ("screenwriter", "Le Cadastre d'Essai", "Odile Exemple"),
      ("director", "Le Cadastre d'Essai", "Odile Exemple"), ("cast", "Le Cadastre d'Essai", "Margaux Spécimen"),
      ("cast", "Le Cadastre d'Essai", "Odile Exemple", {"character": "la postière"}),
      ("director", "Le Renard et l'Exemple", "Théo Spécimen"), ("director", "Le Renard et l'Exemple", "Ursula Modèle"),
      ("cast", "Le Renard et l'Exemple", "Odile Exemple", {"character": "la Lune"})],
        [("cast", "Les Goélands d'essai", "Odile Exemple"),
         ("director", "Le Cadastre d'Essai d'elle-même : la postière", "Odile Exemple")]),
    case("infobox-with-a-long-companies-label-and-a-company-named-like-a-person-below-it", """Les Écluses d'essai

  Réalisation            Odile Exemple
  Production             Mathilde Modèle
                         Thibaut Spécimen
  Sociétés de production Les Films de l'Exemple
                         Ardenne Essai
  Sociétés de distribution Pellicule Modèle (France)
  Pays de production     France
  Sortie                 2018

Les Écluses d'essai est un film dramatique français réalisé par Odile Exemple, sorti en 2018.
""", [("producer", "FILM", "Mathilde Modèle"), ("producer", "FILM", "Thibaut Spécimen"),
      ("production_company", "FILM", "Ardenne Essai"), ("distributor", "FILM", "Pellicule Modèle")],
        [("producer", "FILM", "Ardenne Essai")]),
    case("french-leads-naming-each-part-in-its-own-way", """Les Écluses d'essai est un film dramatique français réalisé par Odile Exemple et sorti en 2018. Écrit par la réalisatrice avec Antoine Modèle, il met en scène Margaux Spécimen dans le rôle d'Hélène Essai.

Pierre d'essai est un film français réalisé par Odile Exemple, sorti en 2007. Il met en scène Lise Modèle dans le rôle d'Agnès Le Floch, une astronome qui se retire sur une île, et Cyril Spécimen dans celui de Paul, le fils qu'elle n'a pas vu depuis quinze ans.

Les Noces d'Exemple est un film français réalisé par Maurice Modèle, sorti en 1954. Comédie en costumes, il a pour vedettes Geneviève Essai, dans le rôle d'Aurélie Exemple, Pierre-Henri Spécimen, qui joue le comte Armand Modèle, et Gabrielle Exemple.

Sous la digue d'essai est un film dramatique français réalisé par Clément Modèle, sorti en 2017. Il suit Karim, un jeune ouvrier du port joué par Nadir Exemple, et sa voisine Yvonne, une veuve interprétée par Jacqueline Spécimen, pendant la grève.
""", [("screenwriter", "Les Écluses d'essai", "Antoine Modèle"),
      ("cast", "Les Écluses d'essai", "Margaux Spécimen", {"character": "Hélène Essai"}),
      ("cast", "Pierre d'essai", "Cyril Spécimen", {"character": "Paul"}),
      ("cast", "Les Noces d'Exemple", "Geneviève Essai", {"character": "Aurélie Exemple"}),
      ("cast", "Les Noces d'Exemple", "Gabrielle Exemple"),
      ("cast", "Sous la digue d'essai", "Nadir Exemple", {"character": "Karim"}),
      ("cast", "Sous la digue d'essai", "Jacqueline Spécimen", {"character": "Yvonne"})],
        [("cast", "Les Écluses d'essai", "Antoine Modèle")]),
    case("cinema-weekly-programme-with-rubrics-beside-titles-and-voice-casts", """CINÉMA L'EXEMPLE
Cinéma de quartier – Art et essai

PROGRAMME DE LA SEMAINE

UN ÉTÉ D'ESSAI                                                SORTIE NATIONALE
de Clément Modèle – France, 2021 – 1h47
avec Margaux Spécimen, Nadir Exemple
Sur une île, une adolescente passe l'été chez sa grand-mère.

POMPON ET L'EXEMPLE                                           CINÉ-MÔMES
d'Hélène Spécimen – France, Belgique, 2021 – 1h05 – animation – dès 5 ans
avec les voix de Lucien Modèle et Amandine Essai
Un petit lapin aide une baleine égarée à retrouver l'océan.

LES NOCES D'ESSAI                                             PATRIMOINE
de Maurice Exemple – France, 1954 – 1h41 – noir et blanc
avec Geneviève Modèle, Pierre-Henri Essai
Le grand film en costumes revient dans une superbe restauration.
""", [("director", "Un été d'essai", "Clément Modèle"), ("director", "Pompon et l'exemple", "Hélène Spécimen"),
      ("cast", "Pompon et l'exemple", "Lucien Modèle"), ("cast", "Pompon et l'exemple", "Amandine Essai"),
      ("director", "Les noces d'essai", "Maurice Exemple"), ("duration", "Pompon et l'exemple", "65")],
        [("alias", "Pompon et l'exemple", "Ciné-mômes"), ("alias", "Un été d'essai", "Sortie nationale"),
         ("alias", "Les noces d'essai", "Patrimoine")]),
    case("crowdfunding-page-for-a-first-feature-with-a-note-on-its-director", """EXEMPLEFONDS – Le financement participatif du cinéma indépendant
Accueil > Cinéma > Long métrage

LA SAISON DES ESSAIS
Le premier long métrage d'Aurélien Modèle

27 860 € collectés sur un objectif de 25 000 €

LE PROJET

La Saison des essais est mon premier long métrage. C'est un film sur la transmission.

L'ÉQUIPE

  Réalisation .................. Aurélien Modèle
  Scénario ..................... Aurélien Modèle et Coralie Spécimen
  Musique ...................... Lina Exemple

Aurélien Modèle est comédien. On l'a vu notamment dans Un été d'essai de Clément Spécimen (2021), où il jouait Tristan. Il a réalisé deux courts métrages, Les Dimanches d'Exemple (2016) et Quetsches d'essai (2019).

LE CASTING

  Odile Exemple ................ Rose, la grand-mère
  Bérénice Modèle .............. Lou
""", [("director", "FILM", "Aurélien Modèle"), ("screenwriter", "FILM", "Coralie Spécimen"),
      ("composer", "FILM", "Lina Exemple"), ("cast", "FILM", "Bérénice Modèle", {"character": "Lou"}),
      ("director", "Un été d'essai", "Clément Spécimen"),
      ("director", "Les Dimanches d'Exemple", "Aurélien Modèle"),
      ("director", "Quetsches d'essai", "Aurélien Modèle")],
        [("date", "Un été d'essai de Clément Spécimen", "2021")]),
    case("production-company-slate-page-with-films-in-development", """EXAMPLE PICTURES

Home   About   Our Films   News   Contact

OUR FILMS

Show:  All (3)  |  Released (1)  |  In Development (2)

--------------------------------------------------------------------

A Map of Sample Rivers
2023 · Drama · 104 min

Directed by Ines Exemplar
Starring Tamsin Model, Cody Specimen

STATUS: Released

A hydrologist returns to her hometown.

--------------------------------------------------------------------

The Winter Sample
2025 · Drama · 96 min

Directed by Marguerite Specimen
Starring Cody Specimen, Maisie Model

STATUS: In post-production

A census taker counts one more person at a remote cabin.

--------------------------------------------------------------------

Little Gods of the Sample
Directed by Nathaniel Model
Starring Harlan Exemplar, Dolores Specimen

STATUS: Filming

Two retired rodeo clowns drive across the Dakotas.

--------------------------------------------------------------------

Specimen Station
Written and directed by Ines Exemplar

STATUS: In development

A botanist and a logging crew are snowed in together.
""", [("director", "A Map of Sample Rivers", "Ines Exemplar"), ("cast", "A Map of Sample Rivers", "Cody Specimen"),
      ("director", "Little Gods of the Sample", "Nathaniel Model"),
      ("cast", "Little Gods of the Sample", "Dolores Specimen"),
      ("director", "Specimen Station", "Ines Exemplar")],
        [("director", "Status", "Ines Exemplar"), ("cast", "A Map of Sample Rivers", "Harlan Exemplar")]),
    case("festival-programme-with-gala-slots-and-a-list-of-shorts", """41st Sample International Film Festival

OUT OF COMPETITION

Opening night gala
THE LONG WAY TO EXEMPLAR
Gideon Model | United Kingdom | 2023 | 126'
With Geoffrey Specimen, Celia Sample

Closing night gala
THE UNDERSTUDY'S SAMPLE
Beatrice Exemplar | United Kingdom, France | 2023 | 98'

SHORT FILM COMPETITION

Salt for the Samples – Moira Model | Ireland | 2023 | 14'
The Waiting Room at Specimen – Daniel Exemplar-Price | United Kingdom | 2023 | 11'
""", [("director", "The long way to exemplar", "Gideon Model"), ("cast", "The long way to exemplar", "Celia Sample"),
      ("director", "The understudy's sample", "Beatrice Exemplar"),
      ("director", "Salt for the Samples", "Moira Model"), ("duration", "Salt for the Samples", "14"),
      ("director", "The Waiting Room at Specimen", "Daniel Exemplar-Price")],
        [("director", "Opening night gala", "Gideon Model"), ("alias", "Opening night gala", "The long way to exemplar")]),
    case("actress-article-naming-films-after-a-colleague-s-surname", """Imelda Sample

Imelda Sample (born 1979) is an Irish actress. She is married to the director Anton Model.

Career

Sample first appeared opposite Ronan Exemplar in Sweet Specimen Road (2005). Sample's breakthrough came with Lowland Sample (2011), directed by Anton Model. She played the housekeeper Ada Pruett in The Clockmaker's Specimen (2013), and reunited with Model for Seven Bells for Exemplar (2014), in which she played the title role.
""", [("director", "Lowland Sample", "Anton Model"), ("cast", "Sweet Specimen Road", "Imelda Sample"),
      ("cast", "Seven Bells for Exemplar", "Imelda Sample")],
        [("cast", "Model for Seven Bells for Exemplar", "Imelda Sample"),
         ("director", "Sample's breakthrough came with Lowland Sample", "Anton Model")]),
]

THIRTY_EIGHTH = [
    case("film-commission-review-of-shoots-titles-in-capitals-over-labelled-lines-no-running-time", """COMMISSION DU FILM D'ESSAI

BILAN 2023 : LES TOURNAGES DE L'ANNÉE

La commission a accompagné 30 projets en 2023.

----------------------------------------------------------------

LONGS MÉTRAGES

LES GOÉLANDS D'ESSAI
Réalisation : Odile Exemple
Production : Films Spécimen (Paris) – producteur : Gilles Modèle
Avec : Margaux Spécimen, Théo Exemple
Lieux de tournage : Vannes, Arradon
Jours de tournage : 35 (mai-juin 2023)

LE CADASTRE D'ESSAI
Réalisation : Antoine Modèle
Production : Films Exemple (Nantes)
Avec : Ursula Modèle, Théo Exemple
Jours de tournage : 28

----------------------------------------------------------------

SÉRIES

LES BRUMES D'ESSAI (saison 1, 6 × 52 min)
Réalisation : Nolwenn Spécimen
Avec : Gaëlle Exemple
Jours de tournage : 64
""", [("director", "Les goélands d'essai", "Odile Exemple"), ("cast", "Les goélands d'essai", "Margaux Spécimen"),
      ("director", "Le cadastre d'essai", "Antoine Modèle"), ("cast", "Le cadastre d'essai", "Ursula Modèle"),
      ("director", "Les brumes d'essai", "Nolwenn Spécimen")],
        [("director", "Commission du film d'essai", "Odile Exemple"), ("director", "Séries", "Nolwenn Spécimen"),
         ("director", "Les goélands d'essai", "Antoine Modèle")]),
    case("producer-catalogue-entry-whose-note-opens-first-feature-of-under-a-running-time-line", """Films Exemple – Nos films

NOS FILMS

────────────────────────────────

LES GOÉLANDS D'ESSAI
2024

Réalisation : Odile Exemple
Interprètes : Margaux Spécimen, Théo Exemple
Durée : 1 h 57

Sur une presqu'île, une biologiste se bat pour une baie.

────────────────────────────────

LE CADASTRE D'ESSAI
2008

Réalisation : Antoine Modèle
Interprètes : Ursula Modèle
Durée : 1 h 34

Premier long métrage d'Antoine Modèle. Une remplaçante tient tête à l'inspection.

────────────────────────────────
""", [("director", "Le cadastre d'essai", "Antoine Modèle"), ("cast", "Le cadastre d'essai", "Ursula Modèle")],
        [("director", "Durée : 1 h 34", "Antoine Modèle")]),
    case("blog-top-ten-numbered-title-and-director-lines-with-a-note-on-who-plays-whom", """LE BLOG D'ESSAI

Mon top 5 de l'année 2024

Publié le 29 décembre 2024 par Margot

Voilà mes cinq films, du « j'ai adoré » au « je ne m'en suis pas remise ».

5. Un été d'essai, de Gilles Modèle

Une comédie de vacances. Mais Margaux Spécimen, en mère débordée (Claire Exemple, la seule qui sait où sont les clés), est irrésistible.

4. Noor et l'exemple, de Yasmine Spécimen

Grand Prix à Port-Essai. Rana Exemple joue Noor, une pêcheuse qui refuse de vendre son bateau.

3. L'Heure d'essai (Sample Hour), de Terrence Model (1971)

Un polar de nuit, avec Dexter Sample en gardien insomniaque et Lena Exemplar en ingénieure qui en sait trop.

2. Pipa et le géant d'essai, de Lorène Modèle

Le film d'animation de l'année. Zoé Exemple prête sa voix à Pipa, la petite paludière.

1. L'Âge d'essai, d'Amine Exemple

Mon numéro un. Lucas Spécimen et Inès Modèle jouent deux ados qui chassent les orages.

────────────────────

Hors classement

Les Enfants d'essai, de Sarah Exemple. Colette Modèle y est bouleversante, avec le soutien de la Métropole de Lyon, en partenariat avec la région.
""", [("director", "Un été d'essai", "Gilles Modèle"), ("cast", "Un été d'essai", "Margaux Spécimen"),
      ("director", "Noor et l'exemple", "Yasmine Spécimen"),
      ("cast", "Noor et l'exemple", "Rana Exemple", {"character": "Noor"}),
      ("director", "L'Heure d'essai", "Terrence Model"), ("cast", "L'Heure d'essai", "Dexter Sample"),
      ("cast", "L'Heure d'essai", "Lena Exemplar"),
      ("cast", "Pipa et le géant d'essai", "Zoé Exemple", {"character": "Pipa"}),
      ("director", "L'Âge d'essai", "Amine Exemple"), ("cast", "L'Âge d'essai", "Lucas Spécimen"),
      ("cast", "L'Âge d'essai", "Inès Modèle")],
        [("cast", "L'Âge d'essai", "Colette Modèle"), ("cast", "L'Âge d'essai", "Métropole de Lyon"),
         ("director", "Un été d'essai", "Yasmine Spécimen")]),    case("in-flight-guide-title-and-year-then-rating-running-time-genre-on-one-dotted-line", """SAMPLE AIRWAYS  |  SKYSCREEN
On-board entertainment guide · May 2024

───────────────────────────────────────────
MOVIES  ›  NEW THIS MONTH
───────────────────────────────────────────

IRON SPECIMEN (2024)  ·  12  ·  2 h 14 min  ·  Action
Director: Grant Exemplar
Starring: Dax Sample, Simone Model

───────────────────────────────────────────
MOVIES  ›  WORLD CINEMA
───────────────────────────────────────────

MERI GALI KA SAMPLE (2023)  ·  U/A  ·  2 h 31 min  ·  Romance · Hindi
Director: Sameer Exemplar
Starring: Kabir Model

HARBOUR SAMPLES (Hangguui bulbit, 2022)  ·  15  ·  1 h 58 min  ·  Thriller · Korean
Director: Yoon Ha-sample
Starring: Baek Do-jun

THE AMBER SPECIMEN (1954)  ·  U  ·  1 h 31 min  ·  Black & white
Director: Reginald Model
Starring: Lionel Exemplar, Vera Sample
""", [("director", "Iron specimen", "Grant Exemplar"), ("cast", "Iron specimen", "Dax Sample"),
      ("director", "Meri gali ka sample", "Sameer Exemplar"), ("cast", "Meri gali ka sample", "Kabir Model"),
      ("director", "Harbour samples", "Yoon Ha-sample"), ("alias", "Harbour samples", "Hangguui bulbit"),
      ("director", "The amber specimen", "Reginald Model"), ("cast", "The amber specimen", "Vera Sample")],
        [("director", "Movies", "Grant Exemplar")]),
    case("casting-director-cv-discoveries-name-each-actor-s-parts-in-films-in-capitals", """ABIGAIL SAMPLE-HART
Casting Director

----------------------------------------------------------------------
FEATURE FILMS (selected)
----------------------------------------------------------------------
Year   Title                        Director               Production company
----   -----                        --------               ------------------
2023   BRASS SPECIMEN               Imogen Model           Greyhaven Pictures
2016   THE EXEMPLAR'S WIDOW         Imogen Model           Northlight Films

----------------------------------------------------------------------
DISCOVERIES – first screen roles cast by A. S.-H.
----------------------------------------------------------------------
• MAIREAD SAMPLE – young Eliza in THE EXEMPLAR'S WIDOW (2016), found at an open call; later Dot Brannigan in BRASS SPECIMEN (2023).
• HARRIET MODEL – Anna, the journalist, in THE EXEMPLAR'S WIDOW (2016); first screen role.
""", [("director", "BRASS SPECIMEN", "Imogen Model"),
      ("cast", "THE EXEMPLAR'S WIDOW", "Mairead Sample", {"character": "young Eliza"}),
      ("cast", "BRASS SPECIMEN", "Mairead Sample", {"character": "Dot Brannigan"}),
      ("cast", "THE EXEMPLAR'S WIDOW", "Harriet Model", {"character": "Anna"})],
        [("cast", "BRASS SPECIMEN", "Abigail Sample-Hart"), ("director", "Harriet Model", "Anna"),
         ("kind", "Discoveries", "short")]),
]

THIRTY_NINTH = [
    case("press-contact-address-beside-the-agent-s-name-is-no-cast-line", """DISTRIBUTION EXEMPLE
présente

LA NUIT DES ESSAIS

un film de ODILE EXEMPLE

Distribution                         Relations presse
DISTRIBUTION EXEMPLE                 AGENCE MODÈLE
12, rue des Exemples                 Marion Spécimen
75010 Paris                          Bastien Modèle
Tél. : 01 42 00 00 00                presse@modele.example

LISTE ARTISTIQUE

Karim ............................ Yanis EXEMPLE
Léa .............................. Camille MODÈLE
""", [("director", "FILM", "Odile Exemple"),
      ("cast", "FILM", "Yanis EXEMPLE", {"character": "Karim"}),
      ("cast", "FILM", "Camille MODÈLE", {"character": "Léa"})],
        [("cast", "FILM", "Marion Spécimen"), ("cast", "FILM", "Bastien Modèle")]),
    case("archive-report-list-items-each-a-film-with-its-year-directors-and-cast", """RAPPORT D'ACQUISITIONS 2023

3. AUTRES ACQUISITIONS REMARQUABLES

a) Films de commande et industriels
– Le Balancier d'essai (1956), film publicitaire de 12 minutes réalisé par Edmond Exemple pour la Manufacture Modèle SA. 35 mm couleur.
– Une journée chez Spécimen-Watch (1962), réalisation anonyme, 16 mm noir et blanc, 21 min.

b) Films de fiction
– Trois jours à Essai (1997), de Nicole Exemple et Marc-Antoine Modèle, avec Sophie Spécimen et Tarek Essai : master Betacam numérique.
– La Combe aux modèles (1983), de Pierre-Yves Spécimen, avec Bernard Exemple et Nicole Modèle : copie 35 mm.
""", [("director", "Le Balancier d'essai", "Edmond Exemple"), ("date", "Une journée chez Spécimen-Watch", "1962"),
      ("director", "Trois jours à Essai", "Nicole Exemple"), ("director", "Trois jours à Essai", "Marc-Antoine Modèle"),
      ("cast", "Trois jours à Essai", "Sophie Spécimen"), ("cast", "Trois jours à Essai", "Tarek Essai"),
      ("director", "La Combe aux modèles", "Pierre-Yves Spécimen"), ("cast", "La Combe aux modèles", "Nicole Modèle")],
        [("director", "Le Balancier d'essai", "Manufacture Modèle SA"), ("kind", "a) Films de commande et industriels", "film")]),    case("press-kit-actor-headings-name-dash-character-each-over-its-own-filmography", """ANN EXEMPLAR – DIRECTOR
Born in Montreal in 1969, Exemplar studied architecture.

Filmography
2022  SMALL HOURS AT THE SPECIMEN
2016  THE ARCHIVIST OF SAMPLE

SUNNIVA MODEL – Vera Lind
2022  SMALL HOURS AT THE SPECIMEN by Ann Exemplar
2019  LISBON WITHOUT SAMPLES by Inês Calado Sample

CORENTIN SPECIMEN – Julien Arceneaux
2022  SMALL HOURS AT THE SPECIMEN by Ann Exemplar
2020  LA DERNIÈRE SAMPLE by Valérie Model-Stas
""", [("director", "THE ARCHIVIST OF SAMPLE", "Ann Exemplar"),
      ("cast", "LISBON WITHOUT SAMPLES", "Sunniva Model"), ("director", "LISBON WITHOUT SAMPLES", "Inês Calado Sample"),
      ("cast", "LA DERNIÈRE SAMPLE", "Corentin Specimen")],
        [("cast", "LISBON WITHOUT SAMPLES", "Ann Exemplar"), ("cast", "LA DERNIÈRE SAMPLE", "Ann Exemplar"),
         ("cast", "LA DERNIÈRE SAMPLE", "Sunniva Model")]),    case("classification-register-titles-with-their-rating-in-a-column-over-dotted-labelled-lines", """SAMPLE SCREEN CLASSIFICATION BOARD
Weekly Register of Classification Decisions

===================================================================================
A. FEATURES – CINEMA
===================================================================================

COLD AS SPECIMEN                                                       Category 15
  Original title ........ Kalt wie Beispiel
  Director .............. Lorenz Exemplar
  Cast .................. Mareike Sample, Anton Model
  Country / Year ........ Germany, Austria / 2021
  Running time .......... 104m 09s
  Applicant ............. Northlight Sample Ltd

LUMEN SAMPLE                                                           Category 15
  Director .............. Dana Model-Reyes
  Cast .................. Jared Exemplar, Maisie Specimen
  Country / Year ........ USA / 2022
  Running time .......... 96m 51s
""", [("director", "Cold as specimen", "Lorenz Exemplar"), ("cast", "Cold as specimen", "Anton Model"),
      ("director", "Lumen sample", "Dana Model-Reyes"), ("cast", "Lumen sample", "Maisie Specimen")],
        [("cast", "Cold as specimen", "Jared Exemplar"), ("director", "Cold as specimen", "Dana Model-Reyes")]),    case("festival-catalogue-entries-each-under-a-rule-of-spaced-dots", """RENCONTRES DU CINÉMA D'ESSAI
CATALOGUE OFFICIEL — COMPÉTITION LONGS MÉTRAGES

Les films sont présentés en version originale sous-titrée en français.

· · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · ·
L'ÉCLUSE DES MODÈLES
France, Belgique | 2023 | 1h47 | couleur
Réalisation : Bérénice Exemple
Interprétation : Clémence Spécimen, Ousmane Modèle
▸ Dim. 5/11 · 20h30 · Salle Jean-Vilar

· · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · · ·
LE FLEUVE AUX ESSAIS
Canada (Québec) | 2023 | 1h38 | couleur
Réalisation : Maude Spécimen-Brisebois
Interprétation : Jérémie Exemple, Ariane Modèle
▸ Lun. 6/11 · 18h15 · Salle Jean-Vilar
""", [("director", "L'écluse des modèles", "Bérénice Exemple"), ("cast", "L'écluse des modèles", "Ousmane Modèle"),
      ("director", "Le fleuve aux essais", "Maude Spécimen-Brisebois"), ("cast", "Le fleuve aux essais", "Ariane Modèle")],
        [("cast", "L'écluse des modèles", "Ariane Modèle")]),
    case("title-page-actors-in-capitals-two-spaces-apart-after-avec", """LES FILMS DU MODÈLE
présente

L'ÉCLUSE DES ESSAIS

un film de
BÉRÉNICE EXEMPLE

avec ARNAUD SPÉCIMEN  GISÈLE MODÈLE  et CORTO EXEMPLE
""", [("cast", "FILM", "Arnaud Spécimen"), ("cast", "FILM", "Gisèle Modèle"), ("cast", "FILM", "Corto Exemple")],
        [("cast", "FILM", "Arnaud Spécimen Gisèle Modèle")]),
    case("a-life-s-story-suivent-t-and-a-part-named-before-dans-are-no-part-of-a-title", """Jean Exemple

Jean Exemple (1958-2021) est un acteur français.

En 2011, Bérénice Modèle lui offre le rôle d'Achille dans son premier long métrage Chemin d'essai. Suivent La Maison des modèles (2016), qui lui vaut un prix, et Une saison chez les Spécimen (2019).

Théo Exemple joue le frère cadet d'Hélène dans La Maison des modèles (2016) et Bastien dans Une saison chez les Spécimen (2019).
""", [("date", "La Maison des modèles", "2016"), ("date", "Une saison chez les Spécimen", "2019")],
        [("date", "Suivent La Maison des modèles", "2016"), ("date", "Bastien dans Une saison chez les Spécimen", "2019")]),    case("music-cue-sheet-a-form-names-its-film-by-its-production-title-label", """SAMPLE PERFORMING RIGHTS SOCIETY (SPRS)
AUDIOVISUAL MUSIC CUE SHEET                                   Form AV-3 (rev. 2015)
---------------------------------------------------------------------------------
Production title ........ HARROWGATE SPECIMEN
Type of production ...... Feature film (theatrical)
Year of production ...... 2017
Director ................ Niamh Exemplar
Composer of score ....... Felix Model
---------------------------------------------------------------------------------
""", [("director", "FILM", "Niamh Exemplar"), ("date", "FILM", "2017")],
        [("cast", "FILM", "Sample Performing Rights Society"), ("cast", "FILM", "Audiovisual Music Cue Sheet")]),
    case("an-article-s-awards-table-rows-are-no-cast", """Harrowgate Specimen

Harrowgate Specimen is a 2017 drama film directed by Niamh Exemplar and starring Sunniva Model.

Accolades
Award\tCategory\tRecipient\tResult
Atlantic Sample Awards\tBest Actress\tSunniva Model\tWon
Atlantic Sample Awards\tBest Original Score\tFelix Model\tNominated
""", [("director", "FILM", "Niamh Exemplar"), ("cast", "FILM", "Sunniva Model")],
        [("cast", "FILM", "Category Recipient Result"), ("cast", "FILM", "Best Actress Sunniva Model Won")]),
]


FORTIETH = [
    case("a-ruling-s-company-form-and-verbs-in-capitals-are-no-title", """COUR D'APPEL DE MODÈLEVILLE
ARRÊT DU 14 MARS 2023

INTIMÉS
SARL EXEMPLE FILMS, prise en la personne de son gérant, M. Didier Spécimen

EXPOSÉ DU LITIGE
La SARL Exemple Films a produit un film. Mme Essai soutient être coauteure du scénario.

PAR CES MOTIFS
ORDONNE à la SARL Exemple Films de faire figurer son nom au générique ;
CONDAMNE in solidum la SARL Exemple Films à payer la somme de 8 000 euros ;
CONDAMNE les intimés aux dépens.

LA GREFFIÈRE                                        LA PRÉSIDENTE
A. Modèle                                           C. Exemple
""", [], [("cast", "FILM", "La Présidente"), ("cast", "FILM", "C. Exemple")]),
    case("a-funder-named-after-two-places-is-one-body", """LE TITRE

Un hiver dans les Causses : LE TITRE suit une famille de bergers.

Une production Les Films du Modèle
Avec le soutien du Fonds régional Causses et Cévennes
et du Fonds Spécimen pour l'image
""", [("funder", "FILM", "Fonds régional Causses et Cévennes"), ("funder", "FILM", "Fonds Spécimen pour l'image"),
      ("production_company", "FILM", "Les Films du Modèle")],
        [("funder", "FILM", "Fonds régional Causses"), ("funder", "FILM", "Cévennes")]),
    case("the-aid-a-film-benefits-from-ends-before-what-is-no-body", """LE TITRE

LE TITRE est un film de Bérénice Exemple. Le film bénéficie de l'aide du Fonds régional Causses
et Cévennes et d'une coproduction belge avec le soutien du Fonds Spécimen pour l'image.
""", [("funder", "FILM", "Fonds régional Causses et Cévennes"), ("funder", "FILM", "Fonds Spécimen pour l'image")],
        [("funder", "FILM", "Fonds régional Causses et Cévennes et d'une coproduction belge")]),
    case("an-archive-s-entry-opens-with-the-film-its-director-and-year", """RAPPORT D'ACTIVITÉ 2023

4. RESTAURATIONS

L'Estran du Modèle (Gérald Exemple, 1979 – Suisse, 112 min) : restauration 4K achevée en septembre 2023, avec le soutien de la Fondation Spécimen-Images. Distribution de la version restaurée : Monts-Jura Films (Suisse), Cinélux Diffusion (Belgique).

Marie Essai (Lausanne, 1950) a déposé ses archives.
""", [("director", "L'Estran du Modèle", "Gérald Exemple"), ("date", "L'Estran du Modèle", "1979"),
      ("duration", "L'Estran du Modèle", "112"), ("country", "L'Estran du Modèle", "Switzerland"),
      ("funder", "L'Estran du Modèle", "Fondation Spécimen-Images"),
      ("distributor", "L'Estran du Modèle", "Monts-Jura Films"),
      ("distributor", "L'Estran du Modèle", "Cinélux Diffusion")],
        [("director", "Marie Essai", "Lausanne")]),
    case("a-programme-s-entry-opens-with-the-film-its-director-and-year", """Restorations 2024

The Glass Orchard (Niamh Exemplar, 2014, UK, 98 min)
A new 4K restoration, with the support of the Sample Foundation.
""", [("director", "The Glass Orchard", "Niamh Exemplar"), ("date", "The Glass Orchard", "2014"),
      ("duration", "The Glass Orchard", "98")], []),
    case("a-guarantor-s-schedule-of-records-each-with-its-title-and-director", """SAMPLE FILM GUARANTORS LIMITED
SCHEDULE 2: PRODUCTIONS UNDER COMPLETION GUARANTEE

-------------------------------------------------------------------------------------
GUARANTEE NO. CFG-24-011
Title ..................... THE COPPER SPECIMEN (working title)
Production company ........ Exemplar Films Ltd
Producers ................. Imran Sample, Beth Model
Director .................. Fenella Exemplar
Key crew .................. DoP: Gideon Specimen
Financiers ................ Harbour Sample Partners; Model Bank plc (gap loan)
Principal photography ..... 3 June 2024 – 26 July 2024 (8 weeks), Cornwall

-------------------------------------------------------------------------------------
GUARANTEE NO. CFG-24-007
Title ..................... WOLF MODEL MOTEL
Producer .................. Carla Sample
Director .................. Dean Exemplar
Key crew .................. DoP: Rui Model; Editor: Hannah Specimen
Strike Price .............. USD 3,200,000
Principal photography ..... 15 April 2024 – 17 May 2024, Santa Fe, New Mexico
""", [("director", "The copper specimen", "Fenella Exemplar"), ("cinematographer", "The copper specimen", "Gideon Specimen"),
      ("producer", "The copper specimen", "Beth Model"), ("funder", "The copper specimen", "Harbour Sample Partners"),
      ("director", "Wolf model motel", "Dean Exemplar"), ("editor", "Wolf model motel", "Hannah Specimen"),
      ("cinematographer", "Wolf model motel", "Rui Model")],
        [("editor", "Wolf model motel", "Santa Fe")]),
    case("a-drawn-table-s-rows-with-their-credits-noted-under-each", """CONTRAT DE CESSION DE CATALOGUE

ANNEXE 1 — LISTE DES ŒUVRES CÉDÉES

N°  | Titre                        | Année | Réalisation             | Durée  | Visa
----+------------------------------+-------+-------------------------+--------+--------
01  | LES GOÉLANDS DU MODÈLE       | 1982  | Jean-Baptiste Exemple   | 96 min | 54 871
    |   Producteur délégué : Yann Spécimen
    |   Interprètes principaux : Odile Essai, Pierre-Marie Modèle,
    |   Jean-Baptiste Exemple
    |   Coproducteur : Spécimen Cinéma (part cédée : 50 %)
----+------------------------------+-------+-------------------------+--------+--------
02  | LE GOÉMONIER (court métrage) | 1988  | Anne Exemple            | 22 min | 68 302
    |   Interprète principal : Pierre-Marie Modèle
----+------------------------------+-------+-------------------------+--------+--------

ANNEXE 2 — CALENDRIER
""", [("director", "LES GOÉLANDS DU MODÈLE", "Jean-Baptiste Exemple"), ("producer", "LES GOÉLANDS DU MODÈLE", "Yann Spécimen"),
      ("cast", "LES GOÉLANDS DU MODÈLE", "Odile Essai"), ("cast", "LES GOÉLANDS DU MODÈLE", "Jean-Baptiste Exemple"),
      ("production_company", "LES GOÉLANDS DU MODÈLE", "Spécimen Cinéma"), ("duration", "LE GOÉMONIER", "22"),
      ("kind", "LE GOÉMONIER", "short"), ("cast", "LE GOÉMONIER", "Pierre-Marie Modèle")],
        [("producer", "FILM", "Yann Spécimen"), ("cast", "FILM", "Odile Essai")]),
]


FORTY_FIRST = [
    case("a-distributor-s-slate-under-its-name-distributes-each-film", """SAMPLE RELEASING
UK & IRELAND THEATRICAL SLATE  ·  SPRING 2023

=====================================================================

THE COPPER SPECIMEN
UK | 2022 | 98 min | English | Thriller
UK release: 12 March 2023

  Director ........ Nils Exemplar
  Cast ............ Conrad Model, Leah Specimen

---------------------------------------------------------------------

HARBOUR MODEL
France | 2022 | 95 min | French with English subtitles | Romance

  Dir. Léa Exemple · With Élodie Modèle, Thomas Spécimen
  Prod. Bastien Essai / Les Films du Modèle

Two night-shift workers fall in love between four and six in the morning.
""", [("distributor", "The copper specimen", "Sample Releasing"), ("distributor", "Harbour model", "Sample Releasing"),
      ("director", "Harbour model", "Léa Exemple"), ("cast", "Harbour model", "Élodie Modèle"),
      ("cast", "Harbour model", "Thomas Spécimen"), ("producer", "Harbour model", "Bastien Essai"),
      ("production_company", "Harbour model", "Les Films du Modèle")],
        [("director", "Harbour model", "Thomas Spécimen"), ("director", "Harbour model", "With Élodie Modèle")]),
    case("a-lead-s-pair-told-in-a-clause-ends-before-the-place", """Sample Sisters

Sample Sisters is a 2020 American drama film written and directed by Rachel Exemplar.
It stars Tamsin Model and Nora Specimen as estranged sisters who
reunite to clear out their mother's house in Coldwater, Michigan. The film premiered on
a streaming service on October 2, 2020.
""", [("cast", "FILM", "Tamsin Model"), ("cast", "FILM", "Nora Specimen")], [("cast", "FILM", "Michigan")]),
    case("a-guarantor-s-named-persons-with-their-parts-and-births", """GUARANTEE NO. CFG-24-011
Title ..................... THE COPPER SPECIMEN (working title)
Production company ........ Carrig Sample Films (Ireland), with Greyhaven Model Films (UK)
Director .................. Fenella Exemplar
Essential Elements ........ Fenella Exemplar (director), DOB 02/09/1971
                            Nadia Model (role: "Mary Pask"), DOB 17/05/1979
                            Conrad Specimen (role: "Walter Pask"), DOB 14/03/1968
Key crew .................. DoP: Maja Sample; Production Designer: Alasdair Model
Strike Price .............. EUR 2,100,000
Financiers ................ Harbour Sample Partners
Principal photography ..... 19 August 2024 – 20 September 2024, Achill Island
""", [("cast", "FILM", "Nadia Model", {"character": "Mary Pask"}),
      ("cast", "FILM", "Conrad Specimen", {"character": "Walter Pask"}),
      ("birth_date", "Nadia Model", "1979"), ("birth_date", "Fenella Exemplar", "1971"),
      ("budget", "FILM", "2100000"), ("funder", "FILM", "Harbour Sample Partners"),
      ("production_company", "FILM", "Greyhaven Model Films"),
      ("production_designer", "FILM", "Alasdair Model")],
        [("cast", "FILM", "Fenella Exemplar")]),
    case("a-sentence-under-a-table-says-who-produced-every-film-in-it", """CONTRAT DE CESSION DE CATALOGUE

ANNEXE 1 — LISTE DES ŒUVRES CÉDÉES

N°  | Titre                        | Année | Réalisation             | Durée
----+------------------------------+-------+-------------------------+--------
01  | LES GOÉLANDS DU MODÈLE       | 1982  | Jean-Baptiste Exemple   | 96 min
    |   Coproducteur : Ciné Spécimen (part non cédée)
----+------------------------------+-------+-------------------------+--------
02  | MARÉE DU MODÈLE              | 1986  | Anne Exemple            | 92 min
----+------------------------------+-------+-------------------------+--------

Toutes les œuvres ci-dessus ont été produites par Les Films de l'Essai, seule ou en
coproduction comme indiqué.
""", [("production_company", "LES GOÉLANDS DU MODÈLE", "Les Films de l'Essai"),
      ("production_company", "MARÉE DU MODÈLE", "Les Films de l'Essai"),
      ("production_company", "LES GOÉLANDS DU MODÈLE", "Ciné Spécimen")],
        [("co_production", "LES GOÉLANDS DU MODÈLE", "Ciné Spécimen")]),
    case("a-jury-report-names-films-in-guillemets-with-their-directors", """RAPPORT DU JURY

c) Le jury a assisté, hors compétition, à la projection de clôture de « Ce qui reste
de l'exemple » de Nicolas Modèle, avec Simone Spécimen et Bastien Essai, et remercie
son producteur de sa présence.

d) Le jury regrette qu'« Un hiver à Modèleville » de Lionel Exemple, programmé le
dimanche après-midi, n'ait pu être revu, et que le roman « La Chute du modèle » de Paul
Spécimen n'ait pas été adapté.
""", [("director", "Ce qui reste de l'exemple", "Nicolas Modèle"), ("cast", "Ce qui reste de l'exemple", "Simone Spécimen"),
      ("cast", "Ce qui reste de l'exemple", "Bastien Essai"), ("director", "Un hiver à Modèleville", "Lionel Exemple")],
        [("director", "La Chute du modèle", "Paul Spécimen")]),
    case("a-distributor-s-catalogue-points-at-each-title", """LES ÉCRANS DU MODÈLE
Distribution cinéma · 18, rue des Exemples · 75003 Paris

CATALOGUE 2025
Nouveautés · Films disponibles

═══════════════════════════════════════════════════════════════

NOUVEAUTÉS

▶ POUSSIÈRE D'EXEMPLE
Un film de Salomé Modèle
France, Maroc · 2024 · 1h57 · VOSTF
Avec Maëlle Spécimen, Moussa Essai
Une géologue envoyée dans le Haut Atlas se heurte à la colère d'un village.

▶ MON ONCLE DE MODÈLEVILLE
Un film de Marie-Josée Exemple
Canada · 2022 · 1h41 · VF
Avec Réjean Spécimen
Gaétan, 72 ans, débarque sans prévenir chez son neveu.
""", [("director", "Poussière d'exemple", "Salomé Modèle"), ("cast", "Poussière d'exemple", "Moussa Essai"),
      ("director", "Mon oncle de modèleville", "Marie-Josée Exemple"),
      ("distributor", "Poussière d'exemple", "Les Écrans du Modèle"),
      ("distributor", "Mon oncle de modèleville", "Les Écrans du Modèle")],
        [("director", "Nouveautés", "Salomé Modèle")]),
    case("an-agency-s-roster-a-writer-s-credits-under-each-name", """SAMPLE MODEL ASSOCIATES

CLIENT LIST — WRITERS (FILM)
Updated January 2025 · For industry use only

────────────────────────────────────────────────────────

CORMAC EXEMPLAR-RHODE                                        Agent: FH
Born 1979, Cork. Based in Dublin.

  Feature films
  • THE CORMORANT SPECIMEN (2023) — original screenplay
      dir. Jonah Model-Sesay · prod. Julian Sample, Tollbridge Films
      with Rory K. Specimen, Saoirse Model-Byrne
  • THE LAMP OF THE MODEL (2016) — screenplay, co-written with
      Marguerite O'Sample-Lansing, from the novel by Hester Exemplar
      dir. Marguerite O'Sample-Lansing · Greyhaven Pictures / Tollbridge Films
""", [("screenwriter", "THE CORMORANT SPECIMEN", "Cormac Exemplar-Rhode"),
      ("director", "THE CORMORANT SPECIMEN", "Jonah Model-Sesay"), ("producer", "THE CORMORANT SPECIMEN", "Julian Sample"),
      ("production_company", "THE CORMORANT SPECIMEN", "Tollbridge Films"),
      ("cast", "THE CORMORANT SPECIMEN", "Saoirse Model-Byrne"),
      ("screenwriter", "THE LAMP OF THE MODEL", "Marguerite O'Sample-Lansing"),
      ("director", "THE LAMP OF THE MODEL", "Marguerite O'Sample-Lansing"),
      ("production_company", "THE LAMP OF THE MODEL", "Greyhaven Pictures"),
      ("production_company", "THE LAMP OF THE MODEL", "Tollbridge Films")],
        [("cast", "THE CORMORANT SPECIMEN", "Client List"), ("cast", "THE CORMORANT SPECIMEN", "Cormac Exemplar-Rhode"),
         ("director", "THE LAMP OF THE MODEL", "Greyhaven Pictures")]),
    case("a-quiz-s-picture-round-answers-after-the-dotted-leader", """ROUND 4 — PICTURE ROUND (stills on the handout; name the film)

A.  The sleeping-pod corridor ........ THE NINEFOLD SAMPLE (Ilse d'Exemplar-Vey, 2005)
B.  The printing press in the rain ... MONSOON MODEL (Priyanka Specimen, 2019)
C.  The rent collector on the stairs . THE TALLYMAN OF MODELHARBOUR (Arnold Sample-Perrin, 1957)
""", [("director", "THE NINEFOLD SAMPLE", "Ilse d'Exemplar-Vey"), ("director", "MONSOON MODEL", "Priyanka Specimen"),
      ("director", "THE TALLYMAN OF MODELHARBOUR", "Arnold Sample-Perrin")],
        [("director", "The sleeping-pod corridor ........ THE NINEFOLD SAMPLE", "Ilse d'Exemplar-Vey")]),
]


FORTY_SECOND = [
    case("a-title-page-s-funders-line-carried-on-is-no-title", """SAMPLE PICTURES and MODEL STUDIOS
present
in co-production with SPECIMEN FILMPRODUCTIE

with the support of the EXEMPLAR SCREEN FUND,
the MODEL SCREEN INITIATIVE and the SAMPLE FILM FUND

a film by ADA EXEMPLAR-HALE

HARBOUR OF SAMPLE HOURS

PRESS KIT

Running time: 104 minutes

CAST

Olu Adesina ........................ BAYO SPECIMEN
""", [("director", "FILM", "Ada Exemplar-Hale"), ("cast", "FILM", "Bayo Specimen"),
      ("production_company", "FILM", "SAMPLE PICTURES"), ("funder", "FILM", "SAMPLE FILM FUND")],
        [("director", "the MODEL SCREEN INITIATIVE and the SAMPLE FILM FUND", "Ada Exemplar-Hale")]),
    case("a-rights-schedule-s-table-drawn-with-boxes-is-read-row-by-row", """ÉTAT DES DROITS DE DIFFUSION

┌────┬──────────────────────────┬──────────────────┬──────┬─────────────┬───────┬──────────────────────┬────────────┬────────┐
│ N° │ Titre                    │ Réalisation      │ Année│ Nationalité │ Durée │ Ayant droit / cédant │ Fin        │ Pass.  │
├────┼──────────────────────────┼──────────────────┼──────┼─────────────┼───────┼──────────────────────┼────────────┼────────┤
│ 01 │ Les Gendarmes du Modèle  │ Yves Exemple     │ 1983 │ France      │ 91'   │ Spécimen Films       │ 31/12/2027 │ 0 / 6  │
│ 02 │ Le Facteur de l'Essai    │ Yves Exemple     │ 1965 │ France      │ 82'   │ Spécimen Films       │ 31/12/2027 │ 0 / 6  │
└────┴──────────────────────────┴──────────────────┴──────┴─────────────┴───────┴──────────────────────┴────────────┴────────┘
""", [("director", "Les Gendarmes du Modèle", "Yves Exemple"), ("director", "Le Facteur de l'Essai", "Yves Exemple"),
      ("duration", "Les Gendarmes du Modèle", "91"), ("distributor", "Le Facteur de l'Essai", "Spécimen Films")],
        [("director", "Les Gendarmes du Modèle │ Yves Exemple", "Yves Exemple")]),
    case("a-society-column-s-wedding-gives-spouses-and-the-couple-s-births", """LE CARNET

C'est sur l'île où ils se sont rencontrés que la comédienne Maëlle Exemple-Lambert et le comédien Aurélien Modèle se sont mariés samedi 14 juin 2025.

La cérémonie a été célébrée à la mairie. La mariée, née en 1990 à Quimper, portait une robe de dentelle ; le marié, né en 1986 à Clermont-Ferrand, un costume de lin.
""", [("spouse", "Maëlle Exemple-Lambert", "Aurélien Modèle"), ("spouse", "Aurélien Modèle", "Maëlle Exemple-Lambert"),
      ("birth_date", "Maëlle Exemple-Lambert", "1990"), ("birth_date", "Aurélien Modèle", "1986")],
        [("birth_date", "Maëlle Exemple-Lambert", "1986")]),
    case("a-wedding-announced-in-english-gives-spouses", """SOCIETY NOTES

The actress Nora Specimen and the director Paul Exemplar were married on Saturday in a small ceremony in Galway.
""", [("spouse", "Nora Specimen", "Paul Exemplar"), ("spouse", "Paul Exemplar", "Nora Specimen")]),
    case("a-quiz-s-answer-sheet-reads-each-question-with-its-answer", """THE SAMPLE ARMS — FILM QUIZ
*** QUIZMASTER'S ANSWER SHEET ***

ROUND 1
1.  Who directed the 2016 lighthouse drama THE MODEL'S DAUGHTER?
    ANSWER: Maeve O'Sample-Lansing   (½ for "O'Sample")
2.  ...and which Swedish-born actor played the cartographer Gideon Marr in it?
    ANSWER: Bayo Specimen
3.  Who composed the score for ELEVEN BRIDGES TO EXEMPLAR (2017)?
    ANSWER: Kofi Model-Larbi
4.  Which company released THE GLASS SPECIMEN (1963)?
    ANSWER: Anglo-Sample Film Distributors
5.  Who wrote the novel THE LAMP AT MODELCARRA, later filmed as The Model's Daughter?
    ANSWER: Hester Exemplar
6.  Running time of ICE SAMPLE?
    ANSWER: 96 minutes
7.  In what year did Constance Model-Mallett die?
    ANSWER: 2019
8.  GUNMETAL SPECIMEN (1994): who played the hitman Leon Varsi?
    ANSWER: Owen T. Exemplar
9.  ...and who played his target, the court reporter Dana Whitcomb?
    ANSWER: Catalina Sample-Doyle
""", [("director", "The model's daughter", "Maeve O'Sample-Lansing"),
      ("cast", "The model's daughter", "Bayo Specimen", {"character": "Gideon Marr"}),
      ("composer", "Eleven bridges to exemplar", "Kofi Model-Larbi"),
      ("distributor", "The glass specimen", "Anglo-Sample Film Distributors"),
      ("duration", "Ice sample", "96"), ("death_date", "Constance Model-Mallett", "2019"),
      ("cast", "Gunmetal specimen", "Owen T. Exemplar", {"character": "Leon Varsi"}),
      ("cast", "Gunmetal specimen", "Catalina Sample-Doyle", {"character": "Dana Whitcomb"})],
        [("screenwriter", "The lamp at modelcarra", "Hester Exemplar")]),
    case("an-insurance-claim-s-form-and-its-cast-cover-table", """NOTICE OF LOSS AND PROOF OF CLAIM

Title of production ...................... THE SAMPLE ASSIZES
Director ................................. Jonah Exemplar
Declared production budget ............... £4,850,000
UK distributor (pre-sale) ................ Model Arc Releasing

PART B – ESSENTIAL ELEMENTS / CAST COVER

| Person                    | Capacity                         | Medical date  | Deductible |
|---------------------------|----------------------------------|---------------|------------|
| Jonah Exemplar            | Director                         | 14 March 2022 | 1 day      |
| Rory K. Specimen          | Actor – "Judge Aldous Penry"     | 15 March 2022 | 1 day      |
| Lucy Model-Holt           | Actor – "Mrs. Enid Kellow"       | 16 March 2022 | 2 days     |
""", [("budget", "FILM", "4850000"), ("distributor", "FILM", "Model Arc Releasing"),
      ("cast", "FILM", "Rory K. Specimen", {"character": "Judge Aldous Penry"})],
        [("cast", "FILM", "Jonah Exemplar")]),
    case("a-festival-entry-with-a-blank-line-under-its-title-is-an-entry-not-a-rubric", """SAMPLE INTERNATIONAL FILM FESTIVAL
OFFICIAL COMPETITION

--------------------------------------------------------------------------

THE MOON AND THE MODEL
Kuu ja malli
Finland · 2021 · 88 minutes · Finnish

Directed by Aino Exemplar. Starring Veikko Specimen and Helmi Sample.

--------------------------------------------------------------------------

THE FERRYMAN'S SAMPLE

UK (Wales) — 2021 — 101 min — English, Welsh
A film by Gwilym ap Model
Cast: Dafydd Exemplar ....... Ifan Morgan
Editor ..................... Hanne Specimen

--------------------------------------------------------------------------

SANKOFA MODEL

Ghana / United Kingdom / 2020 / 103 min / English, Twi
Director: Kojo Sample-Whitfield
Cast: Efua Model-Boateng, Yaw Exemplar-Pennington
Editor: Hanne Specimen
""", [("director", "The ferryman's sample", "Gwilym ap Model"), ("editor", "The ferryman's sample", "Hanne Specimen"),
      ("director", "Sankofa model", "Kojo Sample-Whitfield"), ("cast", "Sankofa model", "Efua Model-Boateng")],
        [("editor", "The moon and the model", "Hanne Specimen"), ("director", "The ferryman's sample", "Kojo Sample-Whitfield"),
         ("cast", "The moon and the model", "Dafydd Exemplar")]),
    case("an-award-line-between-two-rows-of-a-filmography-table-stays-in-the-table", """Barnaby Sample

Barnaby Sample (born 1961) is a Dutch actor.

Film

Year\tTitle\tRole\tDirector\tNotes
2004\tNine Bells for Model\tOtto Brandt\tWim Exemplar\t
Golden Anchor for Best Actor
2008\tHarrow & Specimen\tDr. Elias Thorne\tCressida Model-Lyle\t
2021\tThe Ferryman's Sample\tCapt. Hollis\tGwilym ap Exemplar\t
""", [("director", "Harrow & Specimen", "Cressida Model-Lyle"),
      ("cast", "Harrow & Specimen", "Barnaby Sample", {"character": "Dr. Elias Thorne"}),
      ("director", "The Ferryman's Sample", "Gwilym ap Exemplar")],
        [("director", "Harrow & Specimen", "Dr"), ("director", "The Ferryman's Sample", "Capt")]),
    case("a-filmography-table-s-title-with-the-part-in-brackets", """HANNE SPECIMEN

SELECTED FILMOGRAPHY
Year    Film                              Director
────    ──────────────────────────────    ────────────────────────
1982    Skjærgårdsmodel (asst. editor)    Arvid Exemplar
1991    Sparrow's Last Sample             Ambrose Model
""", [("director", "Skjærgårdsmodel", "Arvid Exemplar"), ("director", "Sparrow's Last Sample", "Ambrose Model")],
        [("director", "Skjærgårdsmodel (asst. editor)", "Arvid Exemplar")]),
    case("a-director-s-list-under-her-biography-is-hers-and-its-credits-are-its-films", """LES FILMS DU MODÈLE
présente

LES ENFANTS DU SPÉCIMEN

un film de Bastien Exemple

LISTE ARTISTIQUE

Sandrine ........ Hélène Modèle


BASTIEN EXEMPLE
Réalisateur

Né en 1986 à Saint-Gervaz, d'un père breton et d'une mère gabonaise,
Bastien Exemple étudie le montage à l'École supérieure d'images de
Vessac. Ses deux courts métrages sont sélectionnés dans de nombreux
festivals.

2015   LE SIFFLET (court métrage, 17 min)
2019   LES DERNIERS JOURS DE LA FANFARE (long métrage)
       Scénario : Bastien Exemple et Marie-Ange Spécimen
       Avec Anatole Essai, Prosper Modèle
2023   LES ENFANTS DU SPÉCIMEN


HÉLÈNE MODÈLE
Sandrine

2009   POUSSIÈRE D'ESSAI de Fabrice Spécimen
2023   LES ENFANTS DU SPÉCIMEN de Bastien Exemple
""", [("director", "LE SIFFLET", "Bastien Exemple"), ("director", "POUSSIÈRE D'ESSAI", "Fabrice Spécimen"),
      ("cast", "POUSSIÈRE D'ESSAI", "Hélène Modèle"), ("director", "LES DERNIERS JOURS DE LA FANFARE", "Bastien Exemple"),
      ("screenwriter", "LES DERNIERS JOURS DE LA FANFARE", "Marie-Ange Spécimen"),
      ("cast", "LES DERNIERS JOURS DE LA FANFARE", "Anatole Essai")],
        [("cast", "FILM", "Anatole Essai"), ("screenwriter", "FILM", "Marie-Ange Spécimen"),
         ("director", "POUSSIÈRE D'ESSAI", "Bastien Exemple")]),
    case("a-festival-entry-s-premiere-code-and-a-screening-s-note-are-no-titles", """SAMPLE FILM FESTIVAL
WP = world premiere · IP = international premiere

THE WEIGHT OF SAMPLE (Het gewicht van model)                                 IP
Netherlands, Belgium · 2024 · 97 min · Dutch, French
Director: Hendrik Exemplar
Cast: Femke Specimen, Wim Model

----------------------------------------------------------------------------

THE MODEL'S DAUGHTER (2016) — 35mm anniversary screening
Ireland, United Kingdom · 112 min
Director: Maeve Sample
Cast: Saoirse Exemplar
""", [("director", "The weight of sample", "Hendrik Exemplar"), ("cast", "The weight of sample", "Wim Model"),
      ("alias", "The weight of sample", "Het gewicht van model"),
      ("director", "The model's daughter", "Maeve Sample")],
        [("alias", "The weight of sample", "IP"), ("director", "The weight of sample (Het gewicht van model)", "Hendrik Exemplar"),
         ("director", "The model's daughter (2016) — 35mm anniversary screening", "Maeve Sample")]),
]


FORTY_THIRD = [
    case("a-programme-s-filmography-table-is-the-honoured-person-s-in-the-craft-its-title-page-names", """              * * *

          MAREN EXEMPLAR
     THIRTY YEARS AT THE BENCH

   An evening in her honour, on the occasion
       of her retirement from film editing

MAREN IN BRIEF
Born 1960, Sampleton

SELECTED FILMOGRAPHY
Year	Film	Director
1984	The Model Road (asst. editor)	Otto Specimen
1991	A Sample Summer	Otto Specimen
1999	Exemplar Bay	Gwen Model-Hart
""", [("editor", "A Sample Summer", "Maren Exemplar"), ("editor", "Exemplar Bay", "Maren Exemplar"),
      ("assistant_editor", "The Model Road", "Maren Exemplar"), ("director", "Exemplar Bay", "Gwen Model-Hart")],
        [("editor", "The Model Road", "Maren Exemplar"), ("editor", "A Sample Summer", "Maren In Brief")]),
    case("a-catalogue-s-note-gives-a-birth-year-in-brackets-after-b", """SAMPLE FILM FESTIVAL

MODEL HOURS
Germany · 2024 · 97 min
Director: Friedl Exemplar-Minz

Friedl Exemplar-Minz (b. 1979, Samplestadt) studied at the film academy in Modelburg.
""", [("birth_date", "Friedl Exemplar-Minz", "1979")], []),
    case("a-cast-member-s-heading-with-the-part-over-the-story-of-the-films-named-with-their-directors", TITLE_PAGE + """
ABOUT THE CAST

EVAN SPECIMEN (Walter)
A graduate of the Model Conservatory, Specimen broke through as the
stable boy Caleb in Harrow Sample (Cressida Exemplar, 2008) and was
seen most recently in The Quiet Model (Yusuf Sample, 2018).

ROSA EXEMPLAR (Imogen)
A veteran of more than sixty films, Exemplar made her debut in
Glasshouse Model (Philippa Specimen, 1995). She is married to the
playwright Conrad Sample. Her film credits include Model Psalms
(Desmond Specimen, 2018) and The Sample Season (Carmen Model-Boyd, 2019).
""", [("cast", "FILM", "Evan Specimen", {"character": "Walter"}),
      ("cast", "Harrow Sample", "Evan Specimen", {"character": "Caleb"}),
      ("director", "Harrow Sample", "Cressida Exemplar"), ("cast", "The Quiet Model", "Evan Specimen"),
      ("director", "The Quiet Model", "Yusuf Sample"), ("cast", "FILM", "Rosa Exemplar", {"character": "Imogen"}),
      ("cast", "Glasshouse Model", "Rosa Exemplar"), ("director", "Glasshouse Model", "Philippa Specimen"),
      ("spouse", "Rosa Exemplar", "Conrad Sample"), ("cast", "Model Psalms", "Rosa Exemplar"),
      ("director", "The Sample Season", "Carmen Model-Boyd")],
        [("director", "Specimen broke through as the stable boy Caleb in Harrow Sample", "Cressida Exemplar")]),
    case("a-letter-s-lettered-entries-with-the-director-among-the-facts-and-a-part-after-as", """SAMPLE CONSERVATORY
Department of Cinematography

In my opinion three of his features stand as landmarks:

   (a) IL CORTILE DEL MODELLO / The Courtyard of Models (2009)
       Director: Graziella Esempio — Italy — 108 min.
       Starring Carlo Sample-Bellè and Ornella Specimen.

   (b) SHEPHERDS OF THE MODEL CHURCH (2019)
       Director: Ilinca Exemplar — Romania/Italy — 131 min.
       Producer: Radu Specimen.
       Starring Dorina Model as Sister Veronica.
""", [("director", "Il cortile del modello", "Graziella Esempio"), ("alias", "Il cortile del modello", "The Courtyard of Models"),
      ("date", "Il cortile del modello", "2009"), ("duration", "Il cortile del modello", "108"),
      ("cast", "Il cortile del modello", "Ornella Specimen"),
      ("director", "Shepherds of the model church", "Ilinca Exemplar"), ("producer", "Shepherds of the model church", "Radu Specimen"),
      ("cast", "Shepherds of the model church", "Dorina Model", {"character": "Sister Veronica"})],
        [("director", "(a) IL CORTILE DEL MODELLO / The Courtyard of Models", "Graziella Esempio")]),
    case("a-members-directory-s-works-under-each-inverted-name-in-the-craft-its-title-names", """ASSOCIATION DES CHEFS OPÉRATEURS D'EXEMPLE

ANNUAIRE DES MEMBRES
Abréviations : LM = long métrage · CM = court métrage · DOC = documentaire · (cadre) = cadreur

ESSAI Élise
Membre active depuis 2006 · née en 1975 · Résidence : Modèleville
LM  Le Fil d'Exemple (réal. Karim Spécimen, 2024)
    La Maison des sept modèles (réal. Solène Essai-Roche, 2017) (cadre)
CM  Les Dattes de Spécimen (réal. K. Spécimen, 2014)

LA ROCHE-MODÈLE Béatrice de
Membre active depuis 1995 · née en 1961
DOC Les Pirogues d'Exemple (réal. Paul Modèle, 2020)
""", [("cinematographer", "Le Fil d'Exemple", "Élise Essai"), ("director", "Le Fil d'Exemple", "Karim Spécimen"),
      ("birth_date", "Élise Essai", "1975"), ("kind", "Les Dattes de Spécimen", "short"),
      ("cinematographer", "Les Dattes de Spécimen", "Élise Essai"),
      ("cinematographer", "Les Pirogues d'Exemple", "Béatrice de La Roche-Modèle"),
      ("birth_date", "Béatrice de La Roche-Modèle", "1961")],
        [("cinematographer", "La Maison des sept modèles", "Élise Essai"), ("director", "Les Dattes de Spécimen", "K. Spécimen"),
         ("cast", "DOC", "CM Les Dattes de Spécimen")]),
    case("a-cinema-report-s-chart-with-a-column-s-note-and-titles-marked", """4. TOP TITLES BY ADMISSIONS

 #  | Title                   | Director         | Distributor (UK)      | Screenings | Admissions
 1  | HARBOUR OF SAMPLES      | Ravi Exemplar    | Model Pictures        |     96     |   4,917
 2  | THE SPECIMEN CONSTABLE (4K) | Norman Sample | Exemplar Classics   |     12     |   1,119
 3  | KADDISH FOR A MODEL*    | Ezra Specimen    | Sample Row Releasing  |     29     |     988
""", [("director", "HARBOUR OF SAMPLES", "Ravi Exemplar"), ("distributor", "HARBOUR OF SAMPLES", "Model Pictures"),
      ("director", "THE SPECIMEN CONSTABLE", "Norman Sample"), ("distributor", "KADDISH FOR A MODEL", "Sample Row Releasing")],
        [("director", "KADDISH FOR A MODEL*", "Ezra Specimen"), ("director", "THE SPECIMEN CONSTABLE (4K)", "Norman Sample")]),
    # a studio's booking register: a bare pipe table whose productions are under "Production",
    # its rows going on over lines with no reference (the title, a second producer, a name cut
    # at its hyphen), its notes crediting cast and crew; the letterhead is no one's filmography
    case("a-studio-s-booking-register-with-rows-that-go-on", """SAMPLEFIELD STUDIOS LTD
STAGE BOOKING REGISTER – 2022

Ref      | Facility | In       | Production                    | Type       | Company                  | Producer           | Director           | Notes
---------------------------------------------------------------------------------------------------------------------------------------------------
SF-004   | Stage A  | 10/01/22 | HARBOUR OF SPECIMENS          | Feature    | Model Pictures           | Imogen Exemplar    | Ravi Sample-Doyle  | Quay sets. PD: Ottoline Specimen
SF-009   | Stage B  | 17/01/22 | Exemplar Motors "Open Road"   | Commercial | Quickthorn Adverts       | Rhys Modelmaker    | Ann Samplewood     | Car rig
SF-011   | Tank     | 14/02/22 | LEDGER (w/t) – release title  | Feature    | Sample Films /           | Rafe Exemplar      | Ayo Specimen       | Cast on set: C. Model-Hart,
         |          |          | WINTER SAMPLES                |            | Exemplar Filmproduktion  | Hanne-Lore Sample  |                    | N. Specimen. DoP K. Model-Moe
SF-031   | Backlot  | 11/07/22 | THE TIN EXEMPLAR              | Feature    | Specimen Films (US)      | Walt Sample        | Harlan Model-      | Talent: Marcus Exemplar (Mayor),
         |          |          |                               |            | with Model Pictures      |                    | Whitcombe          | Lorna Specimen
---------------------------------------------------------------------------------------------------------------------------------------------------
""", [("director", "HARBOUR OF SPECIMENS", "Ravi Sample-Doyle"), ("producer", "HARBOUR OF SPECIMENS", "Imogen Exemplar"),
      ("production_company", "HARBOUR OF SPECIMENS", "Model Pictures"),
      ("production_designer", "HARBOUR OF SPECIMENS", "Ottoline Specimen"),
      ("alias", "WINTER SAMPLES", "LEDGER"), ("director", "WINTER SAMPLES", "Ayo Specimen"),
      ("producer", "WINTER SAMPLES", "Rafe Exemplar"), ("producer", "WINTER SAMPLES", "Hanne-Lore Sample"),
      ("production_company", "WINTER SAMPLES", "Sample Films"),
      ("production_company", "WINTER SAMPLES", "Exemplar Filmproduktion"),
      ("cast", "WINTER SAMPLES", "C. Model-Hart"), ("cast", "WINTER SAMPLES", "N. Specimen"),
      ("cinematographer", "WINTER SAMPLES", "K. Model-Moe"),
      ("director", "THE TIN EXEMPLAR", "Harlan Model-Whitcombe"),
      ("production_company", "THE TIN EXEMPLAR", "Specimen Films"),
      ("production_company", "THE TIN EXEMPLAR", "Model Pictures"),
      ("cast", "THE TIN EXEMPLAR", "Marcus Exemplar", {"character": "Mayor"}),
      ("cast", "THE TIN EXEMPLAR", "Lorna Specimen")],
        [("director", "Exemplar Motors \"Open Road\"", "Ann Samplewood"), ("director", "Open Road", "Ann Samplewood"),
         ("producer", "HARBOUR OF SPECIMENS", "Samplefield Studios Ltd"),
         ("producer", "WINTER SAMPLES", "Rafe Exemplar Hanne-Lore Sample")]),
    # a directory's honorary members, with their life dates; a work the member operated the
    # camera on; a work under two titles
    case("a-members-directory-s-honorary-members-and-a-camera-operator-s-work", """ASSOCIATION DES CHEFS OPÉRATEURS D'EXEMPLE

ESSAI Élise
Membre active depuis 2006
LM  Le Fil d'Exemple (réal. Karim Spécimen, 2024)
    Opération Modèle (réal. Serge Essai-Ricci, 1988) (cadre)

SPÉCIMEN Matías
LM  La Cordillère exemplaire / La cordillera ejemplar (réal. Ximena Modelo Roa, 2024)

MEMBRES D'HONNEUR

† MODÈLE-BRUN Armand (1911-1994)
Membre fondateur (1962)
LM  Les Amants du Spécimen (réal. Henri-Jacques Modèle, 1946)
    Mademoiselle Exemple (réal. Claude-Alain Essai, 1967)
""", [("camera_operator", "Opération Modèle", "Élise Essai"),
      ("cinematographer", "La Cordillère exemplaire", "Matías Spécimen"),
      ("alias", "La Cordillère exemplaire", "La cordillera ejemplar"),
      ("cinematographer", "Les Amants du Spécimen", "Armand Modèle-Brun"),
      ("cinematographer", "Mademoiselle Exemple", "Armand Modèle-Brun"),
      ("birth_date", "Armand Modèle-Brun", "1911"), ("death_date", "Armand Modèle-Brun", "1994")],
        [("cinematographer", "Les Amants du Spécimen", "Matías Spécimen"),
         ("cinematographer", "Opération Modèle", "Élise Essai")]),
    # a catalogue's index of its directors, each name inverted before the dotted leader: the
    # director of each title, no cast
    case("a-catalogue-s-index-of-directors", """UNE SAISON CHEZ LES MODÈLE
Suisse, France | 2024 | 79 min | Documentaire

Image : Jonas Exemple-Morel
Avec : Odile Modèle

INDEX DES RÉALISATEURS
──────────────────────
Exemple-Morel, Jonas ......................... Une saison chez les Modèle
Spécimen Roa, Ximena ......................... La Cordillère exemplaire
Essai, Karim ................................. Le Fil d'Exemple, Les Dattes d'Essai
""", [("director", "Une saison chez les Modèle", "Jonas Exemple-Morel"),
      ("director", "La Cordillère exemplaire", "Ximena Spécimen Roa"),
      ("director", "Le Fil d'Exemple", "Karim Essai"), ("director", "Les Dattes d'Essai", "Karim Essai")],
        [("cast", "UNE SAISON CHEZ LES MODÈLE", "Exemple-Morel, Jonas"),
         ("cast", "Une saison chez les Modèle", "Exemple-Morel, Jonas")]),
    # an actor's CV: "Production | Role | Director | Company" tables under "FILM" and
    # "TELEVISION"; a series' seasons make no film, a part's billing is no part of it
    case("an-actor-s-cv-tables-of-productions", """RHYS EXEMPLAR
Actor

FILM
Production | Role | Director | Company
THE UNDERSAMPLE | Gabriel Marr | Margit Specimen-Hale | Model Pictures
TINNERS' EXAMPLE | Jory Trevail (lead) | Morwenna Sample | Kernow Model Pictures / Seamark Films

TELEVISION
Production | Role | Director | Company
THE BRACKEN SAMPLES (Series 1–3) | DS Kit Rowe (series regular) | Various | Albion Television
A COLD WIND AT SPECIMEN (single film) | Jamie Pascoe | Hal Model | Tamar Films for Albion Television
""", [("cast", "THE UNDERSAMPLE", "Rhys Exemplar", {"character": "Gabriel Marr"}),
      ("director", "THE UNDERSAMPLE", "Margit Specimen-Hale"),
      ("production_company", "THE UNDERSAMPLE", "Model Pictures"),
      ("cast", "TINNERS' EXAMPLE", "Rhys Exemplar", {"character": "Jory Trevail"}),
      ("production_company", "TINNERS' EXAMPLE", "Seamark Films"),
      ("director", "A COLD WIND AT SPECIMEN", "Hal Model"),
      ("production_company", "A COLD WIND AT SPECIMEN", "Tamar Films"),
      ("production_company", "A COLD WIND AT SPECIMEN", "Albion Television")],
        [("cast", "TINNERS' EXAMPLE", "Rhys Exemplar", {"character": "Jory Trevail (lead)"}),
         ("director", "THE BRACKEN SAMPLES", "Various"), ("director", "THE BRACKEN SAMPLES (Series 1–3)", "Various"),
         ("production_company", "A COLD WIND AT SPECIMEN", "Tamar Films for Albion Television")]),
    # a distributor catalogue's synopses name each part its cast plays: a part described
    # ("an English heiress (A)"), a part after whom it is to someone ("plays her husband
    # Paul"), and after a semicolon with the verb left out ("; B the ferryman Bram")
    case("a-catalogue-s-synopses-name-the-parts-of-its-cast", """SAMPLE ROW RELEASING
AUTUMN CATALOGUE

======================================================================

GARANCE AT SAMPLE
Dir. Margaux Exemplar | France 2023 | 97' | French with English subtitles
Cast: Clémence Model-Delorme, Yannick Le Specimen, Aurélien Exemplaar
Release: 8 December 2023

Garance (Clémence Model-Delorme), a night-shift nurse in a river port, begins to leave the hospital by a different door each morning. Yannick Le Specimen plays her husband Paul; Aurélien Exemplaar the ferryman Bram, who seems to be in all of them.

----------------------------------------------------------------------

MOTHER OF SAMPLE STREET
Dir. Lucía Model-Kerr | Argentina/UK 2023 | 104'
Cast: Valentina Exemplar, Gael Specimen-Paz, Honor Sample
Release: 19 January 2024

Rosa Quispe (Valentina Exemplar) runs a button factory. When an English heiress (Honor Sample) arrives claiming the building, Rosa and her son Tadeo (Gael Specimen-Paz) have one summer to prove the factory was never sold.
""", [("cast", "Garance at sample", "Yannick Le Specimen", {"character": "Paul"}),
      ("cast", "Garance at sample", "Aurélien Exemplaar", {"character": "Bram"}),
      ("cast", "Mother of sample street", "Honor Sample", {"character": "English heiress"}),
      ("cast", "Mother of sample street", "Gael Specimen-Paz", {"character": "Tadeo"})],
        [("cast", "Garance at sample", "Yannick Le Specimen", {"character": "her husband Paul"})]),
    # a distributor's catalogue, each entry's release date beside its title (or beside its
    # director's line, under a restored print's note); a company's town in brackets is no
    # producer, and makes the company a company
    case("a-distributor-s-catalogue-with-release-dates-beside-the-titles", """EXEMPLE DISTRIBUTION
Catalogue 2023-2024

───────────────────────────────────────────────────────────────────────────────────
TOUT LE BLEU DE L'EXEMPLE                                   Sortie : 15/11/2023
de Youssef Spécimen
France, Canada – 2023 – 1h47 – couleur – français
Avec : Adèle Modèle-Ravel, Samir Essai
Production : Les Films du Modèle, Studio Ardoise

───────────────────────────────────────────────────────────────────────────────────
LES FIGUIERS D'ESSAI                                        Sortie : 02/12/2015
de Youssef Spécimen
Maroc, France – 2015 – 1h39 – couleur – arabe, français
Production : Atlas Modèle (Casablanca), Les Films du Modèle

───────────────────────────────────────────────────────────────────────────────────
LE SILENCE DES EXEMPLES                                     Sortie : 07/06/2023
de Facundo Spécimen
Argentine, France – 2022 – 1h36 – couleur – espagnol
Production : La Ladrillera Modelo (Buenos Aires), Les Films du Modèle

───────────────────────────────────────────────────────────────────────────────────
UN ÉTÉ CHEZ LES SPÉCIMEN                          Ressortie version restaurée 4K
de Raymond Essai                                            Sortie : 05/07/2023
France – 1976 – 1h54 – couleur – français
Avec : Bertrand Modèle, Geneviève Spécimen
""", [("date", "Tout le bleu de l'exemple", "2023-11-15"), ("director", "Tout le bleu de l'exemple", "Youssef Spécimen"),
      ("date", "Les figuiers d'essai", "2015-12-02"),
      ("production_company", "Les figuiers d'essai", "Atlas Modèle"),
      ("date", "Le silence des exemples", "2023-06-07"),
      ("production_company", "Le silence des exemples", "La Ladrillera Modelo"),
      ("director", "Un été chez les spécimen", "Raymond Essai"), ("date", "Un été chez les spécimen", "2023-07-05"),
      ("cast", "Un été chez les spécimen", "Geneviève Spécimen")],
        [("producer", "Le silence des exemples", "Buenos Aires"), ("producer", "Les figuiers d'essai", "Atlas Modèle"),
         ("production_company", "Les figuiers d'essai", "Casablanca"),
         ("alias", "Un été chez les spécimen", "Ressortie version restaurée 4K"),
         ("cast", "Un été chez les spécimen", "de Raymond Essai")]),
    # a public register's deed names each person with a civility and the surname in capitals
    case("a-register-s-civilities-and-surnames-in-capitals", """LES VEILLEURS D'EXEMPLE

Un phare, trois gardiens : LES VEILLEURS D'EXEMPLE raconte leur dernier hiver.

Réalisateur :               Mme Nadia SPÉCIMEN
Scénariste :                M. Gwenaël LE MODÈLE
Durée déclarée :            96 minutes
""", [("director", "FILM", "Nadia Spécimen"), ("screenwriter", "FILM", "Gwenaël Le Modèle")],
        [("director", "FILM", "Mme Nadia SPÉCIMEN"), ("screenwriter", "FILM", "M. Gwenaël LE MODÈLE")]),
    # a public register's records: a number wrapped over two lines, then labelled fields
    # whose values stand far right and run on over lines of their own (no second column),
    # a company's legal form beside its name, the declared running time and nationality
    case("a-public-register-s-records-of-labelled-fields", """REGISTRE PUBLIC

═══════════════════════════════════════════════════════════════════════

ŒUVRE N° 2021.0418                                    Catégorie : œuvre cinématographique
                                                                  de longue durée
Titre actuel :              LE BLEU D'ESSAI
Genre déclaré :             fiction
Réalisateur :               M. Youssef BEN EXEMPLE
Producteur délégué :        LES FILMS DU SPÉCIMEN, SARL au capital de 45 000 €,
                            RCS Paris 512 334 871, 27 rue des Goncourt, 75011 Paris
                            représentée par Mme Clarisse MODÈLE, gérante
Nationalité déclarée :      française (coproduction franco-canadienne)
Durée déclarée :            107 minutes

═══════════════════════════════════════════════════════════════════════

ŒUVRE N° 2019.0772                                    Catégorie : œuvre cinématographique
                                                                  de longue durée
Titre actuel :              LES VEILLEURS D'ESSAI
Genre déclaré :             fiction
Réalisateur :               Mme Nadia SPÉCIMEN
Producteur délégué :        LES FILMS DU SPÉCIMEN (voir ci-dessus)
Durée déclarée :            96 minutes
""", [("director", "Le bleu d'essai", "Youssef Ben Exemple"), ("duration", "Le bleu d'essai", "107"),
      ("country", "Le bleu d'essai", "France"), ("production_company", "Le bleu d'essai", "LES FILMS DU SPÉCIMEN"),
      ("director", "Les veilleurs d'essai", "Nadia Spécimen"), ("duration", "Les veilleurs d'essai", "96")],
        [("production_company", "Le bleu d'essai", "SARL au capital de 45 000 €")]),
    # a deed's parties cut at a line's end: "Mme Héloïse" alone is no name
    case("a-civility-and-a-first-name-alone-are-no-name", """LE BLEU D'ESSAI

Un berger remonte vers l'estive : LE BLEU D'ESSAI le suit tout un été.

Scénario : M. Youssef BEN EXEMPLE, Mme Héloïse
""", [("screenwriter", "FILM", "Youssef Ben Exemple")], [("screenwriter", "FILM", "Mme Héloïse")]),
    # a credit's second name on a line of its own, after "et"; a crew member's heading with
    # the trade beside the name, over her filmography: her films as that trade, not as cast
    case("a-second-name-after-et-and-a-trade-beside-a-name-heading", """LE BLEU D'ESSAI

Un berger remonte vers l'estive : LE BLEU D'ESSAI le suit tout un été.

LISTE TECHNIQUE

Réalisation                         Youssef EXEMPLE
Scénario                            Youssef EXEMPLE
                                    et Héloïse MODÈLE-TAMISIER
Montage                             Théo SPÉCIMEN


LIOUDMILA ESSAI — image

Née à Iekaterinbourg, formée à Moscou puis à Paris, Lioudmila Essai signe
l'image des films de Maëlle Exemple.

FILMOGRAPHIE (sélection)
2022  LA FEMME DE L'EXEMPLE de Mette Modèle-Lund
2017  LE SEL DU SPÉCIMEN de Maëlle Exemple
""", [("screenwriter", "FILM", "Héloïse MODÈLE-TAMISIER"),
      ("cinematographer", "LA FEMME DE L'EXEMPLE", "Lioudmila Essai"),
      ("cinematographer", "LE SEL DU SPÉCIMEN", "Lioudmila Essai")],
        [("screenwriter", "FILM", "et Héloïse MODÈLE-TAMISIER"), ("cast", "LA FEMME DE L'EXEMPLE", "Lioudmila Essai"),
         ("cast", "LE SEL DU SPÉCIMEN", "Lioudmila Essai")]),
    # a sales company's line-up: each entry under a rule past a blank line, its credits a
    # line each with the label run into the value ("With A, B" the cast, not more writers;
    # "DoP A  ·  Music B" two credits); a film in post-production with no running time yet;
    # the sales team after the last rule, no cast of the last film
    case("a-sales-line-up-s-entries-their-credits-a-line-each", """EXAMPLE ROSE INTERNATIONAL
World Sales  ·  London

--------------------------------------------------------------------

THE LANTERN SAMPLES
Drama  |  Ghana / Norway  |  2023  |  112'  |  English, Twi

Directed by Kofi Exemplar
Written by Kofi Exemplar, Efua Model
With Abena Specimen, Lars-Erik Sample, Mireille Exemple
Produced by Nii Armah Model
DoP Anders Sample-Lie  ·  Music Ekow Exemplar

Two lighthouse keepers swap posts for a winter.

--------------------------------------------------------------------

VESPER SAMPLE
Thriller  |  UK  |  2023  |  95'  |  English

Written and directed by Imogen Specimen
With Eamon Model, Noor Al-Sample, Radek Exemplar
Produced by Rhiannon Sample for Kestrel Sample Pictures

--------------------------------------------------------------------

WINTER SAMPLES
Drama  |  Norway / Netherlands  |  2024  |  Norwegian, Dutch

Directed by Hallvard Specimen
With Greta van der Model, Torstein Exemple
Produced by Kari-Anne Sample

--------------------------------------------------------------------

SALES TEAM
Managing Director ........ Sofía Exemplar
Festivals ................ Hannelore Specimen
""", [("cast", "The lantern samples", "Abena Specimen"), ("cast", "The lantern samples", "Mireille Exemple"),
      ("composer", "The lantern samples", "Ekow Exemplar"),
      ("cinematographer", "The lantern samples", "Anders Sample-Lie"),
      ("screenwriter", "Vesper sample", "Imogen Specimen"), ("cast", "Vesper sample", "Eamon Model"),
      ("director", "Winter samples", "Hallvard Specimen"), ("cast", "Winter samples", "Torstein Exemple"),
      ("country", "Winter samples", "Norway")],
        [("screenwriter", "The lantern samples", "With Abena Specimen"),
         ("screenwriter", "The lantern samples", "Mireille Exemple"),
         ("cinematographer", "The lantern samples", "Music Ekow Exemplar"),
         ("director", "Vesper sample", "Imogen Specimen With Eamon Model"),
         ("director", "Vesper sample", "Noor Al-Sample"),
         ("cast", "Winter samples", "Sofía Exemplar")]),
    # a title page: the distributor "présente", the producing companies "en coproduction
    # avec" another, the actors' first names over their surnames, then the title
    case("a-title-page-s-companies-and-a-billing-of-first-names-over-surnames", """SPÉCIMEN DISTRIBUTION
présente


LES FILMS DU HÉRON EXEMPLE
en coproduction avec ATELIER MODÈLE


          SOLÈNE              KARIM             AURORE
    DE LA SPÉCIMEN         EXEMPLE           MODÈLE-DANG


                     LE CHANT DES ESSAIS

                 un film de Baptiste Exemple
""", [("director", "FILM", "Baptiste Exemple")],
        [("cast", "FILM", "Karim Aurore"), ("cast", "FILM", "Karim Aurore", {"character": "SOLÈNE"})]),
    # a festival's notice: the director's short filmography, then her film's screenings far
    # right: no part of the last title
    case("a-notice-s-filmography-ends-at-the-screenings", """LE CHANT DES ESSAIS
France / 2024 / 1h38

Réalisation : Malika Exemple
Interprétation : Aurore Modèle (Nina)

Nina revient dans la ferme familiale de la Drôme pour vendre la maison.

Malika Exemple
Filmographie : Rue des Spécimens (2022), Le Chant des essais (2024)

                                              Jeu. 3 oct. 18h00 – Grand Théâtre
                                              Sam. 5 oct. 11h00 – Salle Mistral
""", [("director", "Rue des Spécimens", "Malika Exemple")],
        [("director", "Le Chant des essais Jeu. 3 oct. 18h00", "Grand Théâtre Sam")]),
]


@pytest.mark.parametrize("text, want, absent", MORE + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH
                         + NINTH + TENTH + ELEVENTH + TWELFTH + THIRTEENTH
                         + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH + EIGHTEENTH
                         + NINETEENTH + TWENTIETH + TWENTY_FIRST
                         + TWENTY_SECOND + TWENTY_THIRD + TWENTY_FOURTH + TWENTY_FIFTH
                         + TWENTY_SIXTH + TWENTY_SEVENTH + TWENTY_EIGHTH + TWENTY_NINTH + THIRTIETH
                         + THIRTY_FIRST + THIRTY_SECOND + THIRTY_THIRD
                         + THIRTY_FOURTH + THIRTY_FIFTH + THIRTY_SIXTH
                         + THIRTY_SEVENTH + THIRTY_EIGHTH + THIRTY_NINTH + FORTIETH + FORTY_FIRST + FORTY_SECOND + FORTY_THIRD)
def test_more_press_kit_and_article_patterns(text, want, absent):
    assert_reads(text, want, absent)

"""A film database's page (a header line of date, running time and genre; 'Label  value'
rows; a cast as 'Actor    Rôle : Character'; headings with no blank line before their
paragraph), and prose whose clauses change subject ('A was married to B; B photographed
T'). Each case is a small invented text of its own; same machinery as
tests/test_patterns_lists.py."""
from __future__ import annotations

import pytest

from test_patterns_lists import assert_reads, case

PAGE = """CinéExemple
Films   Séances   Stars   News

Accueil > Films > Drame > Le Sel exemple

LE SEL EXEMPLE
Fiche   Casting   Critiques presse   Photos

Date de sortie : 12 octobre 2016 en salle | 1h 38min | Drame
De Camille Modèle
Avec Léa Exemple, Baptiste Spécimen
Titre original : Le Sel exemple

Presse  3,6 ★★★★☆  (19 critiques)

Distributeur  Les Films Spécimen
Récompenses  3 prix et 4 nominations
Voir les infos techniques

Nationalité  Français
Date de sortie DVD  14/02/2017
Date de sortie VOD  10/02/2017
Budget  2,1 M€

Acteurs et actrices
Léa Exemple    Rôle : Jeanne Le Dantec
Baptiste Spécimen    Rôle : Yann
Karim Modèle    Rôle : Le banquier
Annick Le Exemple   Rôle : Tante Maryvonne

Sociétés
Production : Les Films Exemple
Aide à la production : Fonds Exemple Images

Secrets de tournage
Une première pour Camille Modèle
Le Sel exemple est le premier long métrage de Camille Modèle, qui avait été assistante sur un film de Jean Spécimen.
"""

PAGES = [
    case("film-page-header-rows-and-cast", PAGE,
         [("duration", "FILM", "98"), ("date", "FILM", "2016-10-12"), ("country", "FILM", "France"),
          ("cast", "FILM", "Léa Exemple", {"character": "Jeanne Le Dantec"}),
          ("cast", "FILM", "Karim Modèle", {"character": "Le banquier"}),
          ("cast", "FILM", "Annick Le Exemple", {"character": "Tante Maryvonne"}),
          ("funder", "FILM", "Fonds Exemple Images")],
         [("date", "FILM", "2017-02-14"), ("date", "FILM", "2017"),
          ("cast", "FILM", "Annick Le Exemple Rôle"), ("cast", "FILM", "Karim Modèle Rôle"),
          ("cast", "FILM", "Léa Exemple", {"character": "Rôle : Jeanne Le Dantec"}),
          ("alias", "FILM", "Secrets de tournage Une première pour Camille Modèle Le Sel exemple"),
          ("distributor", "FILM", "Voir les infos techniques"),
          ("distributor", "FILM", "Récompenses 3 prix et 4 nominations")]),
    # another person's clause: B's doing, not the life's subject's
    case("clause-of-another-person", """Iris Example
Brazilian actress (born 1961)

Iris Example (born 12 March 1961) is a Brazilian actress.

Personal life
Example was married to the cinematographer Teodoro Model Klein from 1986 until their divorce in 1997; Model Klein photographed The Shoreless Example (1987) and later directed the documentary Empty Example (2001), in which she appears.
""", [("cinematographer", "The Shoreless Example", "Teodoro Model Klein"),
      ("director", "Empty Example", "Teodoro Model Klein"), ("spouse", "Iris Example", "Teodoro Model Klein")],
         [("director", "Empty Example", "Iris Example"), ("cinematographer", "Empty Example", "Iris Example"),
          ("cinematographer", "Empty Example", "Teodoro Model Klein")]),
    # a title with "in" of its own after "with A's"; what the film is, before its title
    case("possessive-title-described", """Ola Example
English actress (born 1978)

Ola Example (born 3 March 1978) is an English actress.

Career
Her breakthrough came with Ben Model's Quiet Hours in Exampleton (2004), in which she played Hanna Lisle. She then played a plant pathologist in Kasimir Specimen's Anglo-Danish drama The Unquiet Example (2019).
""", [("cast", "Quiet Hours in Exampleton", "Ola Example", {"character": "Hanna Lisle"}),
      ("director", "Quiet Hours in Exampleton", "Ben Model"),
      ("director", "The Unquiet Example", "Kasimir Specimen")],
         [("cast", "Exampleton", "Ola Example"), ("director", "Anglo-Danish drama The Unquiet Example", "Kasimir Specimen")]),
    # a festival's town after "du film de" is no director
    case("festival-town-no-director", """Les Veilleurs exemple

Les Veilleurs exemple est un film dramatique français réalisé par Hélène Modèle, sorti en 2018.

Le film est présenté en avant-première au Festival du film de Port-Exemple en août 2018. À sa sortie, il réunit 412 000 spectateurs.
""", [("director", "FILM", "Hélène Modèle")], [("director", "FILM", "Port-Exemple")]),
    # a score's record label is no distributor
    case("score-label-no-distributor", """The Saltmarsh Example

The Saltmarsh Example is a 1994 British drama film directed by Ada Model and distributed by Harbour Pictures.

Post-production and music
The film was edited by Ruth Example. Lionel Specimen's score, performed by a string quintet, was released on CD by Example Records.
""", [("distributor", "FILM", "Harbour Pictures"), ("editor", "FILM", "Ruth Example")],
         [("distributor", "FILM", "Example Records")]),
    # a festival's awards: the award's heading is no title, its film is under it; a winner's
    # line names its film ("for THE TITLE (Ghana / 2019)"); a section after two blank lines
    # ends the last entry
    case("festival-awards-list", """SALTMERE FILM FESTIVAL
PRESS RELEASE

OFFICIAL COMPETITION – AWARDS

GOLDEN HERON FOR BEST FILM
THE NIGHT BOAT TO KORČULA
(Croatia, Slovenia / 2019 / 97 min)
Directed by Mateja Exemplar-Kranjc

SPECIAL JURY PRIZE
SIX YEARS OF RAIN (Seis años de lluvia)
(Argentina / 2019 / 121 min)
Directed by Lucía Specimen Paz

BEST DIRECTOR
Kofi Sampleton-Mensah
for HOUSE OF LESSER ANGELS (Ghana, United Kingdom / 2019)

AUDIENCE AWARD
THE LAST LAMPLIGHTERS
(United Kingdom / 2019 / 84 min), a documentary by Hope Examplar-Kent


CLOSING FILM

The festival closed with the premiere of a new film by Teodora Villa Sample, who previously directed Grace Modelow in A Lamp for August (2005).
""", [("director", "The night boat to korčula", "Mateja Exemplar-Kranjc"), ("date", "The night boat to korčula", "2019"),
      ("director", "Six years of rain", "Lucía Specimen Paz"), ("alias", "Six years of rain", "Seis años de lluvia"),
      ("date", "House of lesser angels", "2019"), ("country", "House of lesser angels", "Ghana"),
      ("director", "The last lamplighters", "Hope Examplar-Kent"), ("duration", "The last lamplighters", "84"),
      ("cast", "A Lamp for August", "Grace Modelow")],
     [("director", "Golden heron for best film", "Mateja Exemplar-Kranjc"),
      ("director", "The last lamplighters", "Teodora Villa Sample"),
      ("date", "Grace Modelow in A Lamp for August", "2005")]),
    # an actor's article: its untitled filmography is what the actor played in, and the list
    # ends at the related articles' heading (no markup in a title)
    case("actor-article-selected-filmography", """Angus Exemplar

Angus Exemplar (born 4 June 1949) is a Scottish actor of stage and screen.

Selected filmography
 • Blackwater Sample (1987)
 • Harrowmere (2001)

Related Research Articles

<span class="mw-page-title-main">Rowena Specimen</span> English film director (born 1957)

Rowena Specimen is an English film director.
""", [("cast", "Blackwater Sample", "Angus Exemplar"), ("cast", "Harrowmere", "Angus Exemplar")],
     [("director", "Blackwater Sample", "Angus Exemplar"), ("director", "Harrowmere", "Angus Exemplar")]),
]


OBITUARIES = [
    # the byline and its date are no name heading; "the director A, for whom he photographed"
    case("obituary-of-a-cinematographer-byline-and-for-whom", """Obituaries

Owen Example obituary

Cinematographer who lit the films of Desmond Specimen

Bernard Model
Thursday 18 August 2022

The cinematographer Owen Example, who has died aged 77, is best remembered for his long
partnership with the director Desmond Specimen, for whom he photographed The Coal Sample
(1976), Brass Examples (1988) and Salt and Sample (2003).

His first feature was Specimen's The Narrow Example (1967), on which he worked as focus puller.
""", [("cinematographer", "The Coal Sample", "Owen Example"), ("director", "The Coal Sample", "Desmond Specimen"),
      ("director", "Salt and Sample", "Desmond Specimen"), ("cinematographer", "Brass Examples", "Owen Example"),
      ("director", "The Narrow Example", "Desmond Specimen")],
        [("cinematographer", "The Coal Sample", "Bernard Model"),
         ("cinematographer", "Brass Examples", "Bernard Model")]),
    # the trade before the name under the rubric; "Pour A, B compose la musique des T (1969)",
    # "dont il met en musique T (1971)"; a surname resolved from the text's full name
    case("fr-obituary-of-a-composer-pour-a-met-en-musique", """CULTURE › CINÉMA › DISPARITION

Le compositeur Antoine Exemple est mort

Fidèle complice du cinéaste Maurice Modèle, il avait signé la musique d'une dizaine de
films.

Né le 22 mars 1941 à Nantes, Antoine Exemple étudie le piano au conservatoire.

Commence alors une collaboration de près de trente ans. Pour Modèle, Exemple compose
la musique des Noces d'exemple (1969), de La Dame de Spécimen (1974) et du Dernier Bal
d'exemple (1992). Il travaille aussi pour Édouard Lussample, dont il met en musique Le
Testament d'exemple (1971).
""", [("composer", "Les Noces d'exemple", "Antoine Exemple"), ("director", "Les Noces d'exemple", "Maurice Modèle"),
      ("composer", "La Dame de Spécimen", "Antoine Exemple"), ("director", "Le Dernier Bal d'exemple", "Maurice Modèle"),
      ("composer", "Le Testament d'exemple", "Antoine Exemple"),
      ("director", "Le Testament d'exemple", "Édouard Lussample"),
      ("birth_date", "Antoine Exemple", "1941-03-22")],
        [("director", "Le Testament d'exemple", "Maurice Modèle")]),
    # the rubric among the masthead's parts, the headline under it, the footer after a bullet
    case("obituary-under-masthead", """THE DAILY EXAMPLE  ·  Obituaries  ·  Saturday 6 January 2024

Lionel Example obituary
Character actor whose face made him the cinema's favourite vicar

By Rosa Model

Lionel Example, who has died aged 89, once said he had been murdered on screen nineteen times.

His film debut was a two-line role as a bank clerk in Reginald Model's heist comedy The Brass Example (1957).

In 1958 he had married the actress Dilys Specimen. He was even better as the smuggler Jory Pen in Children of the Example (1972), directed by Model's regular editor turned director, Alun Specimen.

• Lionel Frank Example, actor, born 11 February 1934; died 3 January 2024
""", [("cast", "The Brass Example", "Lionel Example"), ("director", "The Brass Example", "Reginald Model"),
      ("spouse", "Lionel Example", "Dilys Specimen"), ("death_date", "Lionel Example", "2024-01-03"),
      ("cast", "Children of the Example", "Lionel Example", {"character": "Jory Pen"})],
         [("director", "Children of the Example", "Model's")]),
    # a French headline that names the person after what they did; a film shot somewhere
    case("obituary-french-headline", """LE RÉPUBLICAIN EXEMPLE
Actualité   Culture   Nécrologies

Le cinéaste Anatole Modèle, enfant de Nevers, est mort

Par Francis Exemple

Anatole Modèle est mort samedi 18 novembre 2023 à Paris. Il avait 79 ans.

Il épouse en 1975 la comédienne Odile Exemple. Il retrouve Baptiste Spécimen dans Un hiver exemple (2001), tourné dans le Morvan, puis dans Le Passeur exemple (2012), son dernier film.
""", [("spouse", "Anatole Modèle", "Odile Exemple")],
         [("spouse", "LE RÉPUBLICAIN EXEMPLE", "Odile Exemple"), ("cast", "Le Passeur exemple", "Anatole Modèle")]),
    # an actor's life in French: parts by preposition, dated by the sentence, the director
    # after the title or before it ("chez A", "A lui confie"); born and died; two marriages
    case("obituary-french-actor", """LE COURRIER EXEMPLE — Culture — Disparition
Publié le 3 février 2025

Mort de Gaston Modèle, le second rôle au grand cœur

Figure du cinéma français, l'acteur est mort lundi à l'âge de 88 ans.

Gaston Modèle est mort le lundi 2 février 2025 à Nantes, a annoncé sa famille.

Né le 4 mai 1936 à Exempleville (Gers), fils d'un boulanger, il monte à Paris à vingt ans et fait ses débuts sur scène dans Le Bal des exemples, un vaudeville.

Le cinéma l'appelle en 1960 : Paul Spécimen lui confie un petit rôle de facteur dans Les Toits exemplaires. Trois ans plus tard, Anne Modèle en fait le passeur Mathurin de La Barque exemple (1963). En 1967, il partage l'affiche d'Un automne exemplaire, de Luc Spécimen, avec la comédienne Rose Exemple, qu'il a épousée en 1961.

Il est l'inoubliable inspecteur Lebrun du Témoin exemple (1972), de Marc Spécimen, puis le notaire des Cousins exemplaires (1976), comédie de Jean Modèle. En 1984, son interprétation de Firmin Caradec, le berger têtu de L'Homme exemple, de Yves Spécimen, lui vaut un César.

À la télévision, il est le juge Morin dans Les Dossiers exemple (1990-1996). On le voit chez Lise Spécimen dans La Dune exemple (1997).

Au théâtre, il est Alceste dans Le Misanthrope, de Molière, en 1985.

Il avait épousé en secondes noces, en 1980, la costumière Claire Spécimen.
""", [("cast", "Les Toits exemplaires", "Gaston Modèle"), ("director", "Les Toits exemplaires", "Paul Spécimen"),
      ("date", "Les Toits exemplaires", "1960"),
      ("cast", "La Barque exemple", "Gaston Modèle", {"character": "Mathurin"}),
      ("director", "La Barque exemple", "Anne Modèle"),
      ("cast", "Un automne exemplaire", "Gaston Modèle"), ("cast", "Un automne exemplaire", "Rose Exemple"),
      ("director", "Un automne exemplaire", "Luc Spécimen"),
      ("cast", "Le Témoin exemple", "Gaston Modèle", {"character": "Lebrun"}),
      ("director", "Le Témoin exemple", "Marc Spécimen"),
      ("cast", "Les Cousins exemplaires", "Gaston Modèle"), ("director", "Les Cousins exemplaires", "Jean Modèle"),
      ("cast", "L'Homme exemple", "Gaston Modèle", {"character": "Firmin Caradec"}),
      ("director", "L'Homme exemple", "Yves Spécimen"),
      ("cast", "La Dune exemple", "Gaston Modèle"), ("director", "La Dune exemple", "Lise Spécimen"),
      ("birth_date", "Gaston Modèle", "1936-05-04"), ("death_date", "Gaston Modèle", "2025-02-02"),
      ("spouse", "Gaston Modèle", "Rose Exemple"), ("spouse", "Gaston Modèle", "Claire Spécimen")],
         [("cast", "Le Misanthrope", "Gaston Modèle"), ("cast", "Le Bal des exemples", "Gaston Modèle"),
          ("cast", "Les Dossiers exemple", "Gaston Modèle"), ("director", "Le Misanthrope", "Molière")]),
]


COMPANIES = [
    # an article about a company: no film of its name; its filmography's films are its own,
    # and the bodies a note names made them with it; a film in the making has no year yet
    case("company-article-table", """Example Pictures

From Wikipedia, the free encyclopedia

Example Pictures Ltd
Type	Private
Industry	Film production
Founded	1998
Founders	Ann Model
Headquarters	Bristol, England

Example Pictures Ltd is a British independent film production company based in Bristol, England. It was founded in 1998 by the producer Ann Model.

Filmography

Year	Title	Director	Notes
2000	Sawdust Example	Tom Specimen
2016	The Saltings Example	Ria Model	Co-production with Heron Example Films
TBA	The Lockkeeper's Example	Ria Model	In pre-production; co-production with Heron Example Films
""", [("production_company", "Sawdust Example", "Example Pictures"), ("director", "Sawdust Example", "Tom Specimen"),
      ("production_company", "The Saltings Example", "Example Pictures"),
      ("production_company", "The Saltings Example", "Heron Example Films"),
      ("production_company", "The Lockkeeper's Example", "Example Pictures")],
         [("director", "Example Pictures", "Ann Model"), ("cast", "Sawdust Example", "Example Pictures")]),
    case("company-article-list-fr", """Les Films de l'Exemple

Un article de Wikipédia, l'encyclopédie libre.

Les Films de l'Exemple
Création	1991
Fondateurs	Paul Modèle, Anne Spécimen
Forme juridique	Société à responsabilité limitée
Siège social	Paris (France)
Direction	Paul Modèle

Les Films de l'Exemple est une société française de production de cinéma fondée à Paris en 1991 par Paul Modèle et Anne Spécimen.

Filmographie

Longs métrages
1997 : Les Cerfs-volants d'exemple de Marc Spécimen
2017 : Le Pont d'exemple d'Armelle Modèle (coproduction avec Escaut Exemple et Télé Spécimen Cinéma)
2023 : L'Estran exemple d'Armelle Modèle
En production : Les Nuits d'exemple de Hugo Spécimen
""", [("production_company", "Les Cerfs-volants d'exemple", "Les Films de l'Exemple"),
      ("production_company", "Le Pont d'exemple", "Escaut Exemple"),
      ("production_company", "Le Pont d'exemple", "Télé Spécimen Cinéma"),
      ("director", "L'Estran exemple", "Armelle Modèle"),
      ("production_company", "Les Nuits d'exemple", "Les Films de l'Exemple"),
      ("director", "Les Nuits d'exemple", "Hugo Spécimen")],
         [("director", "Les Films de l'Exemple", "Paul Modèle"),
          ("cast", "Les Cerfs-volants d'exemple", "Les Films de l'Exemple")]),
]


@pytest.mark.parametrize("text, want, absent", COMPANIES)
def test_companies(text, want, absent):
    assert_reads(text, want, absent)


@pytest.mark.parametrize("text, want, absent", OBITUARIES)
def test_obituaries(text, want, absent):
    assert_reads(text, want, absent)


@pytest.mark.parametrize("text, want, absent", PAGES)
def test_pages_and_clauses(text, want, absent):
    assert_reads(text, want, absent)

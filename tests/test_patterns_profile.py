"""A crew member's profile page (a name heading, the craft, 'Born 3 May 1961, Place' rows,
then the life in paragraphs that name the person by surname), and the ways a life's
prose names a film: after what it is ('the British-Danish co-production T'), after whose
it is ('A Name's The Widow's Lantern', 'the Scottish director A Name's T', 'Surname's The
T'), after 'made her feature debut with'. Each case is a small invented text of its own;
same machinery as tests/test_patterns_lists.py."""
from __future__ import annotations

import pytest

from test_patterns_lists import assert_reads, case

CASES = [
    # a guild's member profile: the rows under the name, the life told by surname
    case("profile-rows-and-surname-paragraphs", """Ilmar Example
Cinematographer — member profile

ILMAR EXAMPLE
Director of Photography

Born 3 May 1961, Tartu, Estonia
Lives in London

Ilmar Example is an Estonian-born cinematographer whose work on more than a dozen features has made him a favourite of European directors.

The son of a radio engineer, Example trained as a stills photographer before studying cinematography.

In 1993 Example moved to Copenhagen. On his first Danish feature he met the Swedish editor Vera Specimen; they married in 1998 and have two daughters.
""", [("birth_date", "Ilmar Example", "1961-05-03"), ("spouse", "Ilmar Example", "Vera Specimen")],
         [("country", "Ilmar Example", "Estonia")]),
    # a profile's row of a death, in French
    case("profile-rows-french", """Colette Modèle
Monteuse

COLETTE MODÈLE
Chef monteuse

Née le 2 mars 1950 à Lyon
Morte le 4 juin 2019 à Paris

Colette Modèle est une monteuse française.
""", [("birth_date", "Colette Modèle", "1950-03-02"), ("death_date", "Colette Modèle", "2019-06-04")]),
    # the titles a life's prose names, whatever is said before them
    case("titles-after-what-and-whose", """Hanne Example

Hanne Example (born 22 August 1968) is a Danish actress. She made her feature debut with Small Hours in Example (1994) and has since appeared in the British-Danish co-production The Copper Orchard (2011), in which she played the engineer Birgit Holm.

Her breakthrough came in Kunle Model's The Widow's Lantern (1997), in which she played Ada. Her first English-language role was in the Scottish director Alasdair Specimen's Winter Letters (2003), opposite Ewan Model. She later appeared in Specimen's The Cooper's Daughters (2007) and in Teodora Example's ghost story The Winter Tenants (2019).
""", [("cast", "The Copper Orchard", "Hanne Example", {"character": "Birgit Holm"}),
      ("cast", "The Widow's Lantern", "Hanne Example"), ("director", "The Widow's Lantern", "Kunle Model"),
      ("cast", "Winter Letters", "Hanne Example"), ("director", "Winter Letters", "Alasdair Specimen"),
      ("cast", "The Cooper's Daughters", "Hanne Example"),
      ("cast", "The Winter Tenants", "Hanne Example"), ("director", "The Winter Tenants", "Teodora Example")],
         [("cast", "Example", "Hanne Example"), ("cast", "Lantern", "Hanne Example"),
          ("cast", "Daughters", "Hanne Example"),
          ("cast", "British-Danish co-production The Copper Orchard", "Hanne Example"),
          ("cast", "Teodora Example's ghost story The Winter Tenants", "Hanne Example")]),
    # a director's debut named after 'debut with'; a title after 'produced' is no producer
    case("debut-with-and-produced-title", """Oona Example

Oona Example (born 1972) is a Scottish film director and screenwriter. After a series of short films, she made her feature debut with Small Hours in Kilbroy (2009).

On the set of Model's The Tollgate (1971) she met the actor Piet Specimen. Her partnership with Ivo Model produced Harrowfield (1974), shot by available light.
""", [("director", "Small Hours in Kilbroy", "Oona Example")],
         [("director", "Kilbroy", "Oona Example"), ("producer", "The Tollgate", "Harrowfield")]),
]


@pytest.mark.parametrize("text, want, absent", CASES)
def test_profile_and_life_patterns(text, want, absent):
    assert_reads(text, want, absent)


SEASON = """CALDER EXAMPLE FILM ARCHIVE
Cinema · Collections · Learning
The Calder Example Film Archive, Wharf Street, Leeds

SEASON PROGRAMME  ·  MARCH 2023

THE FILMS

HARROW EXAMPLE
UK 1981. Dir. Tobias Model. Scr. Tobias Model, Alan Specimen. Ph. Gordon Example. Ed. Ruth Model. Mus. Colin Specimen. With Judith Example, Neville Model. 94 min. B&W. 35mm.
A street of back-to-backs is scheduled for demolition.
+ COAL EXAMPLE LULLABY (UK 1976. Dir. Tobias Model. 21 min. 16mm.)
Sat 4 March 18:00

NORTHBOUND EXAMPLE
UK/Germany 1994. Dir. Tobias Model. Scr. Alan Specimen, from the novel by Hester Example. Prod. Miriam Model, Rainer Specimen. Ph. Gordon Example. With Emmet Model, Judith Example. 118 min. Colour. 35mm.
A young signalman begins to suspect the messages are meant for him.
Fri 17 March 20:00
"""

AGENCY = """MARLOWE EXAMPLE
Talent Representation · Heads of Department & Crew

EDITORS › HANNAH SPECIMEN

HANNAH SPECIMEN
Editor
Based: Dublin / London

SELECTED CREDITS

FEATURE FILMS
2024   THE QUIET EXAMPLE
       Dir. Orla Model
       Prod. Fergal Example, Sabine Model – Curlew Example Films / Les Films du Spécimen

2009   THE SALT EXAMPLE
       Dir. Orla Model
       Prod. Fergal Example – Curlew Example Films
       (co-editor with Ruth Model)

DOCUMENTARY
2018   THE DROWNED EXAMPLE (TV documentary, 52')
       Dir. Sorcha Model
       Teilifís Example

SHORT FILMS
2010   WET EXAMPLE
       Dir. Gideon Model
       starring Maeve Example

TRAINING
2001  Northern Example School, Sheffield – MA Film Editing
"""

PALMARES = """FESTIVAL DES EXEMPLES
12e édition · 3 – 10 octobre 2025

PALMARÈS DE LA 12e ÉDITION

GRAND PRIX
MAUVAISE EXEMPLE de Camille Modèle (France)
Avec Léa Spécimen, Karim Exemple

PRIX SPÉCIAL DU JURY
KAIROS EXEMPLE de Dimitra Modèle (Grèce, France)
Avec Eleni Spécimen, Yorgos Modèle

PRIX DE LA MISE EN SCÈNE
L'HIVER À EXEMPLE (Zima w Exemple) d'Agnieszka Modèle (Pologne)

GRAND PRIX DU COURT MÉTRAGE
RESSAC EXEMPLE de Margot Modèle (France, 19 min)

MENTION SPÉCIALE
ESTRAN EXEMPLE de Léo Modèle (France, 14 min)
"""

LISTS = [
    # a film archive's season: each film's facts and credits told in one line of short sentences
    case("season-facts-then-credits", SEASON,
         [("director", "Harrow example", "Tobias Model"), ("screenwriter", "Harrow example", "Alan Specimen"),
          ("cinematographer", "Harrow example", "Gordon Example"), ("editor", "Harrow example", "Ruth Model"),
          ("composer", "Harrow example", "Colin Specimen"), ("cast", "Harrow example", "Neville Model"),
          ("duration", "Harrow example", "94"), ("country", "Harrow example", "United Kingdom"),
          ("director", "Coal example lullaby", "Tobias Model"), ("duration", "Coal example lullaby", "21"),
          ("producer", "Northbound example", "Rainer Specimen"), ("country", "Northbound example", "Germany"),
          ("duration", "Northbound example", "118")],
         [("screenwriter", "Northbound example", "Hester Example"),
          ("director", "Calder example film archive", "Tobias Model")]),
    # an agency's page for an editor: the craft under the name, the credits under each title
    case("agency-credits-under-titles", AGENCY,
         [("editor", "THE QUIET EXAMPLE", "Hannah Specimen"), ("director", "THE QUIET EXAMPLE", "Orla Model"),
          ("producer", "THE QUIET EXAMPLE", "Sabine Model"),
          ("production_company", "THE QUIET EXAMPLE", "Les Films du Spécimen"),
          ("production_company", "THE SALT EXAMPLE", "Curlew Example Films"),
          ("editor", "THE SALT EXAMPLE", "Hannah Specimen"),
          ("director", "THE DROWNED EXAMPLE", "Sorcha Model"), ("cast", "WET EXAMPLE", "Maeve Example")],
         [("director", "THE QUIET EXAMPLE", "Hannah Specimen"), ("cast", "THE QUIET EXAMPLE", "Hannah Specimen"),
          ("director", "THE DROWNED EXAMPLE", "Sorcha Model Teilifís Example"),
          ("director", "Northern Example School, Sheffield", "MA Film Editing")]),
    # a festival's awards: each prize's film, its director, its countries, its cast
    case("award-list-films", PALMARES,
         [("director", "Mauvaise exemple", "Camille Modèle"), ("cast", "Mauvaise exemple", "Karim Exemple"),
          ("director", "Kairos exemple", "Dimitra Modèle"), ("country", "Kairos exemple", "Greece"),
          ("cast", "Kairos exemple", "Eleni Spécimen"), ("alias", "L'hiver à exemple", "Zima w Exemple"),
          ("duration", "Ressac exemple", "19"), ("director", "Estran exemple", "Léo Modèle")],
         [("cast", "Mauvaise exemple", "Eleni Spécimen")]),
]


@pytest.mark.parametrize("text, want, absent", LISTS)
def test_season_agency_and_award_lists(text, want, absent):
    assert_reads(text, want, absent)


BOOKLET = """DUNLIN EXAMPLE EDITIONS  ·  No. 014

LOW TIDE AT EXAMPLE
A film by Orla Model

CAST
Bríd Specimen ............................ Maeve Example
Dessie Specimen .......................... Emmet Model
Harbourmaster Quigley .................... Neville Example

There is a shot that tells you everything: Bríd Specimen (Maeve Example) stands on the slipway, and her brother Dessie (Emmet Model) is already there.

DISC PRODUCTION CREDITS
Restoration supervisor: Nuala Model
Booklet editor: Ana Specimen
"""


@pytest.mark.parametrize("text, want, absent", [
    # a booklet's cast with the characters first, as its essay's "Character (Actor)" shows;
    # the disc's own credits are no parts
    case("booklet-characters-first", BOOKLET,
         [("cast", "FILM", "Maeve Example", {"character": "Bríd Specimen"}),
          ("cast", "FILM", "Neville Example", {"character": "Harbourmaster Quigley"})],
         [("cast", "FILM", "Bríd Specimen"), ("cast", "FILM", "Nuala Model"), ("cast", "FILM", "Ana Specimen")]),
])
def test_booklet_cast(text, want, absent):
    assert_reads(text, want, absent)

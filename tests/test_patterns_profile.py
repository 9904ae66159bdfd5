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

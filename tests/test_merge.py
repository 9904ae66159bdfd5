"""Merging across documents (graph.resolve.resolve on the claims of two small invented
documents): the same film under capitals and mixed case, with or without accents, under
a stated alternative title, or a year apart with a shared director is one node; two films
of one title decades apart are two; other names are kept; disagreements are listed.
"""
from __future__ import annotations

import pytest

from graph.extract import extract
from graph.read import from_text
from graph.resolve import Entities, Entity, resolve
from graph.text import fold


def resolve_texts(*texts: str) -> Entities:
    claims = []
    for n, text in enumerate(texts):
        claims += extract(from_text(text, name=f"doc{n}.txt"))
    return resolve(claims)


def named(entities: Entities, kind: str, name: str) -> list[Entity]:
    """The entities of `kind` that carry `name` (folded) as their name or another name."""
    return [e for e in entities.by_kind(kind)
            if fold(name) in {fold(n) for n in (e.name, *e.names)}]


# A press kit whose filmography lists films in capitals (two people, names before blocks).
KIT = """THE SALT ROAD

A caravan crosses the desert: THE SALT ROAD follows it for forty days.

Nell Garrity

Cinema (as Actress)

2005 THE SALT ROAD - Mara Quillon
1987 NIGHT TIDE - Hollis Marrow
2001 CELESTE - Anya Lindqvist
1989 LA MOISSON DES PIERRES - Colm Garvey
1962 PAPER LANTERNS - Ned Calloway
1994 SALT AND ASHES - Hollis Marrow
"""

# An encyclopedia article whose related-article blocks name the same films in mixed case.
ARTICLE = """Harbour Lights (1997 film)

Harbour Lights is a 1997 British drama film directed by Hollis Marrow.

Related Research Articles

<i>Night Tide</i> (film) 1988 film by Hollis Marrow

Night Tide is a 1988 American-French thriller film directed by Hollis Marrow and starring Tomas Everand and Nell Garrity.

<i>Céleste</i> 2001 French film by Anya Lindqvist

Céleste is a 2001 French drama film directed by Anya Lindqvist.

Harvest of Stones or La Moisson des pierres is a 1989 French-Irish comedy film, directed by Colm Garvey.

<i>Paper Lanterns</i> (2014 film) 2014 film

Paper Lanterns is a 2014 British drama film directed by Imogen Slade.

<i>Salt and Ashes</i> (film) 1995 film by Hollis Marrow

Salt and Ashes is a 1995 British romantic drama film directed by Hollis Marrow.
"""


@pytest.fixture(scope="module")
def merged() -> Entities:
    return resolve_texts(KIT, ARTICLE)


def test_capitals_a_year_apart_with_a_shared_director_are_one_film(merged):
    """NIGHT TIDE (1987) in a filmography, Night Tide (1988) in an abstract, both by
    Hollis Marrow."""
    films = named(merged, "film", "Night Tide")
    assert len(films) == 1, films
    assert films[0].name == "Night Tide"  # the mixed-case form, not the capitals


def test_a_title_with_and_without_its_accent_is_one_film(merged):
    films = named(merged, "film", "Céleste") + named(merged, "film", "CELESTE")
    assert len({e.key for e in films}) == 1, films


def test_a_stated_alternative_title_joins_two_mentions(merged):
    """'Harvest of Stones or La Moisson des pierres is ...' in one document, 'LA MOISSON DES
    PIERRES' in the other: one film that keeps both titles."""
    films = named(merged, "film", "Harvest of Stones")
    assert len(films) == 1, films
    assert films == named(merged, "film", "La Moisson des pierres")
    names = {fold(n) for n in (films[0].name, *films[0].names)}
    assert {"harvest of stones", "la moisson des pierres"} <= names


def test_one_title_decades_apart_without_a_shared_person_is_two_films(merged):
    films = named(merged, "film", "Paper Lanterns")
    assert sorted(e.year for e in films) == [1962, 2014], films


def test_a_year_apart_with_a_shared_director_is_one_film_and_a_disagreement(merged):
    films = named(merged, "film", "Salt and Ashes")
    assert len(films) == 1, films
    said = [d for d in merged.disagreements if d.startswith(films[0].name) and "year" in d]
    assert said and "1994" in said[0] and "1995" in said[0], merged.disagreements
    assert "doc0.txt" in said[0] and "doc1.txt" in said[0], said


def test_people_merge_by_folded_name():
    """'Léa Fontanel' in one document, 'Lea Fontanel' in the other: one person."""
    a = """LA NUIT

Les vendanges : LA NUIT raconte la nuit des saisonniers.

Agnès : Léa Fontanel
Sofiane : Karim Benali
"""
    b = """La Nuit (film)

La Nuit is a 2019 French drama film directed by Agathe Morvan and starring Lea Fontanel and Karim Benali.
"""
    entities = resolve_texts(a, b)
    people = named(entities, "person", "Léa Fontanel")
    assert len(people) == 1, people
    films = [e for e in entities.by_kind("film") if fold(e.name) == "la nuit"]
    assert len(films) == 1, films


def test_a_character_two_documents_name_differently_is_a_disagreement():
    kit = """THE COPPER SEASON

A mining engineer comes home: THE COPPER SEASON follows her for one autumn.

June Hallorann: Nell Garrity
Abel Hallorann: Marcus Oyelaran
"""
    article = """The Copper Season (2011 film)

The Copper Season is a 2011 British drama film directed by Anya Lindqvist.

Cast

Nell Garrity as June Halloran
Marcus Oyelaran as Abel Hallorann
"""
    entities = resolve_texts(kit, article)
    films = named(entities, "film", "The Copper Season")
    assert len(films) == 1, films
    said = [d for d in entities.disagreements if "character of Nell Garrity" in d]
    assert len(said) == 1, entities.disagreements
    assert "'June Hallorann'" in said[0] and "'June Halloran'" in said[0], said
    # the documents agree on Abel's name: no disagreement for him
    assert not [d for d in entities.disagreements if "Marcus Oyelaran" in d]


def test_a_stage_name_is_kept_as_another_name():
    text = """<span class="mw-page-title-main">Josie Marlowe</span> Belgian actress and singer (1928–2020)

Hélène Marie Vandamme, also known by her stage name Josie Marlowe, was a Belgian actress and singer.
"""
    entities = resolve_texts(text)
    people = named(entities, "person", "Josie Marlowe")
    assert len(people) == 1, entities.by_kind("person")
    assert "helene marie vandamme" in {fold(n) for n in people[0].names}, people[0]


def test_one_title_one_year_is_one_film_even_when_the_documents_name_different_people():
    """resolve.py's rule: 'films by folded title when the years agree'. A lead names the
    director, a press kit's filmography names an actress who was in it (no director)."""
    lead = """Night Tide

Night Tide is a 1988 American thriller film directed by Hollis Marrow.
"""
    kit = """THE SALT ROAD

A caravan crosses the desert: THE SALT ROAD follows it for forty days.

Nell Garrity

Cinema (as Actress)

1988 NIGHT TIDE
2005 THE SALT ROAD
"""
    films = named(resolve_texts(lead, kit), "film", "Night Tide")
    assert len(films) == 1, films


def test_a_lead_film_and_a_film_it_names_in_passing_stay_two_films():
    """'X is a 2016 film ... following his short Q (2011), and was produced by P': the film
    named in passing on the lead's line is another node, and the lead's credits stay X's."""
    e = resolve_texts("Hollow Sands is a 2016 Irish thriller film directed by Fergal Example "
                      "and starring Callum Sample. It was Example's first feature, following "
                      "his short Quayline (2011), and was produced by Gráinne Example.\n")
    lead, passing = named(e, "film", "Hollow Sands"), named(e, "film", "Quayline")
    assert len(lead) == 1 and len(passing) == 1 and lead[0].key != passing[0].key
    credits = {(f.prop, e.entities[f.object].name) for f in e.facts
               if f.subject == lead[0].key and isinstance(f.object, str)}
    assert ("producer", "Gráinne Example") in credits and ("cast", "Callum Sample") in credits
    assert not any(f.subject == passing[0].key and f.prop in ("producer", "cast") for f in e.facts)


def test_a_person_an_archive_names_by_an_initial_is_the_one_person_named_in_full():
    article = """Odile Exemple

Odile Exemple, née le 4 mars 1931 à Neuchâtel, est une réalisatrice suisse.

Filmographie
 1961 : Le Pont d'essai (court métrage)
 1977 : Les Frontaliers d'essai (moyen métrage)
"""
    archive = """Cote        | Titre                      | Année | Réalisation  | Durée
AAA-001     | Le Pont d'essai            | 1961  | O. Exemple   | 14 min
AAA-002     | Les Frontaliers d'essai    | 1977  | O. Exemple   | 48 min
AAA-003     | La Combe d'essai           | 1983  | P. Modèle    | 20 min
"""
    entities = resolve_texts(article, archive)
    assert len(named(entities, "film", "Le Pont d'essai")) == 1
    assert len(named(entities, "film", "Les Frontaliers d'essai")) == 1
    assert named(entities, "person", "O. Exemple") == []  # no one of that name left
    assert len(named(entities, "person", "P. Modèle")) == 1  # (no one named in full: kept as it is)


def test_an_initial_two_people_share_names_neither():
    texts = ["""Anna Exemple and André Exemple

Anna Exemple is a director. André Exemple is a director.

The Sample Road is a 2001 film directed by Anna Exemple.

The Model Road is a 2003 film directed by André Exemple.
""", """Cote | Titre | Année | Réalisation | Durée
A-1 | The Specimen Road | 1961 | A. Exemple | 14 min
A-2 | The Exemplar Road | 1962 | A. Exemple | 12 min
"""]
    entities = resolve_texts(*texts)
    assert len(named(entities, "person", "A. Exemple")) == 1


def test_a_film_without_its_year_is_the_film_its_director_made_however_the_surname_is_spaced():
    """A register writes the director's surname in two words ('BEN EXEMPLE'), the press kit
    in one ('Benexemple'); the register gives no year. A person credited on both, the
    spaces aside, makes them one film."""
    kit = """LE BLEU D'ESSAI

Un berger remonte vers l'estive : LE BLEU D'ESSAI le suit tout un été.

Réalisation : Youssef Benexemple
Année : 2023
"""
    register = """Le Bleu d'essai est un film français réalisé par Youssef Ben Exemple.
"""
    films = named(resolve_texts(kit, register), "film", "Le Bleu d'essai")
    assert len(films) == 1, films

"""The pieces the readers share: infobox labels glued to their value, footnote marks,
dates, running times, money, name lists, countries and languages."""
from __future__ import annotations

import pytest

from graph.extract.infobox import label_line
from graph.extract.values import label_key, looks_like_name
from graph.text import clean, parse_date, parse_minutes, parse_money, split_names, uninvert


@pytest.mark.parametrize("line, label, value", [
    ("Written byA Person", "Written by", "A Person"),
    ("Directed by Mara Quillon", "Directed by", "Mara Quillon"),
    ("Box office$272.000 [2]", "Box office", "$272.000 [2]"),
    ("CountryFrance", "Country", "France"),
    ("Running time", "Running time", ""),
])
def test_an_infobox_label_is_found_glued_to_its_value_or_alone(line, label, value):
    assert label_line(line) == (label, value)


@pytest.mark.parametrize("line", [
    "Production Manager: Rex Bailey",  # a credit line: the credits reader's
    "music plays an essential role in the film",  # prose, not a label
    "Mara Quillon",
])
def test_what_is_not_an_infobox_label_line(line):
    assert label_line(line) is None


@pytest.mark.parametrize("text, want", [
    ("Mara Quillon[1]", "Mara Quillon"),
    ("Mara Quillon [12]", "Mara Quillon"),
    ("  • Teo Marsh", "Teo Marsh"),
    ("Ivo Terrane[a][citation needed]", "Ivo Terrane"),
])
def test_footnote_marks_and_bullets_are_stripped(text, want):
    assert clean(text) == want


@pytest.mark.parametrize("text, want", [
    ("16 November 2005 (2005-11-16)", ("date", "2005-11-16")),
    ("16 November 2005", ("date", "2005-11-16")),
    ("February 26, 1988", ("date", "1988-02-26")),
    ("26 février 1988", ("date", "1988-02-26")),
    ("1er mars 2001", ("date", "2001-03-01")),
    ("released in 1999", ("year", "1999")),
    ("22-10-1937, City-Bioscoop, Rotterdam", ("date", "1937-10-22")),  # an archive's day first
    ("22.10.1937", ("date", "1937-10-22")),
    ("22/10/1937", ("date", "1937-10-22")),
    ("4/7/2019", ("year", "2019")),  # (day or month first: cannot be told)
    ("10/22/1937", ("year", "1937")),
    ("no date here", None),
])
def test_dates(text, want):
    assert parse_date(text) == want


@pytest.mark.parametrize("text, want", [
    ("155 minutes", "155"),
    ("98 min", "98"),
    ("1 h 45", "105"),
    ("2h05", "125"),
    ("tomorrow", None),
])
def test_running_times_in_minutes(text, want):
    assert parse_minutes(text) == want


@pytest.mark.parametrize("text, want", [
    ("$3.8 million [1]", ("3800000", "USD")),
    ("$272.000 [2]", ("272000", "USD")),
    ("$272,000", ("272000", "USD")),
    ("€1.2 million", ("1200000", "EUR")),
    ("3,8 millions d'euros", ("3800000", "EUR")),
    ("£500,000", ("500000", "GBP")),
    ("4,5 millions de francs belges[2]", ("4500000", "BEF")),
    ("45 millions de francs CFA", ("45000000", "XOF")),
    ("C$1.2 million", ("1200000", "CAD")),
    ("IR£3.4 million", ("3400000", "IEP")),
    ("1,2 M€", ("1200000", "EUR")),
    ("285 000 $", ("285000", "USD")),
    ("1,1 million de dollars", ("1100000", "USD")),
    ("NOK 14 million", ("14000000", "NOK")),
    # in floating point, 4.1 x 1e6 is 4099999.9999999995: the amount is reckoned in decimal
    ("4,1 millions d'euros", ("4100000", "EUR")),
    ("$2.3 million", ("2300000", "USD")),
    ("€12.5", ("12.5", "EUR")),
])
def test_money(text, want):
    assert parse_money(text) == want


@pytest.mark.parametrize("text, french, want", [
    ("Pavel Rook and Leo Santini", False, ["Pavel Rook", "Leo Santini"]),
    ("Ada Quint, Bea Lund and Ivy Cole", False, ["Ada Quint", "Bea Lund", "Ivy Cole"]),
    ("Mara Quillon et Ivo Terrane", True, ["Mara Quillon", "Ivo Terrane"]),
    # "et" joins names only in French text: in English it can be part of a name
    ("Haut et Bas Films", False, ["Haut et Bas Films"]),
])
def test_name_lists(text, french, want):
    assert split_names(text, french) == want


@pytest.mark.parametrize("label, key", [
    ("Réalisation", "director"), ("Scénario", "screenwriter"), ("Image", "cinematographer"),
    ("Montage", "editor"), ("Son", "sound"), ("Décors", "production_designer"),
    ("Costumes", "costume_designer"), ("Musique originale", "composer"),
    ("French distribution", "distributor"), ("International sales", "sales_agent"),
    ("with the artistic collaboration of", "artistic_collaborator"),
    ("Release date", "date"), ("Running time", "duration"), ("Box office", "box_office"),
    ("Lucie", None), ("Anna Vell", None),
])
def test_labels_name_roles_and_facts_in_english_and_french(label, key):
    assert label_key(label) == key


@pytest.mark.parametrize("text, kind, want", [
    ("Jean-Paul Walle Wa Wana", "person", True),
    ("Isild le Besco", "person", True),
    ("Canal +", "organization", True),
    ("the film follows her", "person", False),
    ("Cast", "person", True),  # shape alone cannot tell: the shapes' heading guard does
    ("see http://example.org", "organization", False),
])
def test_what_looks_like_a_name(text, kind, want):
    assert looks_like_name(text, kind) is want


@pytest.mark.parametrize("written, name", [
    ("Obinna, the wedding planner", "Obinna"),
    ("Adwoa, Kojo's sister", "Adwoa"),
    ("Alhaja Rẹ̀mí Àjàyí, Tinúkẹ́'s mother", "Alhaja Rẹ̀mí Àjàyí"),
    ("Fik, le wattman", "Fik"),
    ("Tom, aged 9", "Tom"),
    ("Noah Beery, Jr.", "Noah Beery, Jr."),
    ("Marie, Queen of Scots", "Marie, Queen of Scots"),
])
def test_a_character_is_named_without_the_description_after_a_comma(written, name):
    from graph.extract import character_name
    assert character_name(written) == name


@pytest.mark.parametrize("text, want", [
    ("Bal des Tanneurs (Le)", "Le Bal des Tanneurs"),  # an archive files a title under its noun
    ("Glass Orchard, The", "The Glass Orchard"),
    ("Écluse (L')", "L'Écluse"),
    ("Fille du sonneur (La)", "La Fille du sonneur"),
    ("Le Bal des Tanneurs", "Le Bal des Tanneurs"),
    ("Tanners, Bakers and Thieves", "Tanners, Bakers and Thieves"),
    ("Paris (Texas)", "Paris (Texas)"),
])
def test_titles_filed_under_their_noun(text, want):
    assert uninvert(text) == want

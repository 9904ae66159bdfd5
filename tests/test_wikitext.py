"""Wikitext (an encyclopedia's edit-box markup) is read as the page it shows, line for
line: graph/wikitext.py turns the markup into the text the readers know, and every claim
still points at the markup's own line. Invented pages only."""
from __future__ import annotations

from graph.extract import extract
from graph.extract.context import context
from graph.model import Mention
from graph.read import from_text
from graph.wikitext import inline, is_wikitext, to_lines

PAGE = """{{Short description|2014 Ghanaian drama film}}
{{Use dmy dates|date=May 2016}}
{{Infobox film
| name           = The Kente Road
| image          = The Kente Road poster.jpg
| director       = [[Yaw Boakye-Mensah]]
| screenplay     = Efua Darko-Ansah
| producer       = {{Plainlist|
* [[Ama Owusu-Bekoe]]
* Kojo Asamoah
}}
| starring       = {{Plainlist|
* [[Akua Sarpong]]
* Nii Lartey
}}
| music          = Kweku Ampah
| studio         = {{ubl|Volta Reel Pictures|Sankofa Films}}
| released       = {{Film date|2014|03|21|Accra}}
| runtime        = 104 minutes<ref name="cert">{{cite web |title=Certificate |url=http://example.org/c}}</ref>
| country        = Ghana
| language       = {{ubl|English|Twi}}
| budget         = GH₵2 million
}}
'''''The Kente Road''''' is a 2014 [[Cinema of Ghana|Ghanaian]] [[drama film]] directed by [[Yaw Boakye-Mensah]].<ref>{{cite news |title=x}}</ref>

== Cast ==
* [[Akua Sarpong]] as Abena, a weaver
* Nii Lartey as Kofi

== Accolades ==
{| class="wikitable"
! Year !! Award !! Recipient
|-
| 2015 || Volta Screen Award || Akua Sarpong
|}

[[Category:2014 films]]
"""


def claims(text: str) -> set[tuple]:
    doc = from_text(text)
    film = context(doc).film
    out = set()
    for c in extract(doc):
        s = "FILM" if c.subject == film else c.subject.name
        o = c.object.name if isinstance(c.object, Mention) else c.object.value
        out.add((c.prop, s, o, tuple(sorted(c.qualifiers)), c.evidence.line))
    return out


def test_markup_is_recognised_and_plain_text_is_not():
    assert is_wikitext(PAGE)
    assert not is_wikitext("The Kente Road is a 2014 Ghanaian drama film.\n\nCast\n")


def test_one_line_of_text_for_each_line_of_markup():
    lines = PAGE.split("\n")
    out = to_lines(lines)
    assert len(out) == len(lines)
    assert out[2] == "The Kente Road (film)"  # the infobox's name: the page's title
    assert out[5] == "Directed by\tYaw Boakye-Mensah"
    assert out[8] == "• Ama Owusu-Bekoe"
    assert out[16] == "Production company\tVolta Reel Pictures · Sankofa Films"
    assert out[17] == "Release date\t21 March 2014"
    assert out[18] == "Running time\t104 minutes"


def test_inline_markup():
    assert inline("'''''T''''' ([[Yoruba language|Yoruba]]: ''X'')<ref name=a/> is") == "T (Yoruba: X) is"
    assert inline("{{lang|fr|Le Titre}} and [[A Person]]<ref>{{cite web|title=t}}</ref>.") == \
        "Le Titre and A Person."


def test_the_page_is_read_like_the_page_it_shows():
    got = claims(PAGE)
    want = [
        ("director", "FILM", "Yaw Boakye-Mensah", (), 6),
        ("screenwriter", "FILM", "Efua Darko-Ansah", (), 7),
        ("producer", "FILM", "Ama Owusu-Bekoe", (), 9),
        ("producer", "FILM", "Kojo Asamoah", (), 10),
        ("production_company", "FILM", "Volta Reel Pictures", (), 17),
        ("production_company", "FILM", "Sankofa Films", (), 17),
        ("date", "FILM", "2014-03-21", (), 18),
        ("duration", "FILM", "104", (), 19),
        ("country", "FILM", "Ghana", (), 20),
        ("language", "FILM", "Twi", (), 21),
        ("cast", "FILM", "Akua Sarpong", (("character", "Abena"),), 27),
        ("cast", "FILM", "Nii Lartey", (("character", "Kofi"),), 28),
    ]
    missing = [w for w in want if w not in got]
    assert not missing, f"missing: {missing}\nread:\n  " + "\n  ".join(map(str, sorted(got)))
    # an awards table names no film; citations and categories are no text
    assert not any(c[0] == "cast" and c[2] == "Volta Screen Award" for c in got)
    assert not any("cite" in str(c[2]) or "Category" in str(c[2]) for c in got)


def test_a_wikitable_with_rowspans_gives_a_line_a_row():
    lines = """{| class="wikitable"
! Year !! Title !! Role
|-
| rowspan="2" | 1999
| First Title || Ama
|-
| Second Title || Efua
|}""".split("\n")
    out = to_lines(lines)
    assert out[1] == "Year\tTitle\tRole"
    assert out[3] == "1999\tFirst Title\tAma"
    assert out[6] == "1999\tSecond Title\tEfua"

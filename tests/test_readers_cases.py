"""The readers on small invented documents: one folder per case in tests/cases/ (input.txt
and expected.toml), fed to one parametrized test.

expected.toml:
    readers = ["infobox"]        the readers to run (default: all of them)
    film = "Title"               the film the document is about (compared folded)
    claims = ["prop: value", "prop: value @N", "cast: Actor as Character"]
                                 claims that must be read; "@N" also pins the line
    exact = true                 and no other claim
    absent = ["prop: value"]     claims that must not be read
    xfail = "why"                a known reader bug: the case must fail until it is fixed
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from graph.extract import READERS, extract
from graph.extract.context import context
from graph.model import Claim, Mention
from graph.read import from_text, read
from graph.text import fold

CASES = Path(__file__).parent / "cases"


def _spec(case: Path) -> dict:
    return tomllib.loads((case / "expected.toml").read_text(encoding="utf-8"))


def _cases():
    for case in sorted(p for p in CASES.iterdir() if (p / "input.txt").is_file()):
        spec = _spec(case)
        marks = [pytest.mark.xfail(strict=True, reason=spec["xfail"])] if "xfail" in spec else []
        yield pytest.param(case, id=case.name, marks=marks)


def render(claim: Claim, film: Mention | None, line: bool = False) -> str:
    """'prop: value' as expected.toml writes it; the subject only when it is not the
    document's film."""
    o = claim.object
    value = o.name if isinstance(o, Mention) else " ".join(x for x in (o.value, o.unit) if x)
    text = f"{claim.prop}: {value}"
    character = claim.qualifier("character")
    if character:
        text += f" as {character}"
    if film is None or fold(claim.subject.name) != fold(film.name):
        text = f"[{claim.subject.name}] {text}"
    return f"{text} @{claim.evidence.line}" if line else text


def test_every_case_has_its_two_files():
    folders = [p for p in CASES.iterdir() if p.is_dir()]
    assert folders, "no cases in tests/cases/"
    for p in folders:
        assert (p / "input.txt").is_file() and (p / "expected.toml").is_file(), p
        spec = _spec(p)
        assert spec.get("claims"), f"{p.name}: expected.toml lists no claims"
        unknown = set(spec.get("readers", [])) - set(READERS)
        assert not unknown, f"{p.name}: unknown readers {unknown}; valid: {list(READERS)}"


@pytest.mark.parametrize("case", list(_cases()))
def test_reader_case(case: Path):
    spec = _spec(case)
    doc = read(case / "input.txt")
    film = context(doc).film
    if "film" in spec:
        assert film is not None and fold(film.name) == fold(spec["film"]), \
            f"the document's film: got {film}, want {spec['film']!r}"
    claims = extract(doc, spec.get("readers"))
    got = {render(c, film) for c in claims}
    got_lines = {render(c, film, line=True) for c in claims}
    want = spec["claims"]
    missing = [w for w in want if w not in (got_lines if " @" in w else got)]
    extra = sorted(got - {w.split(" @")[0] for w in want}) if spec.get("exact") else []
    wrong = [a for a in spec.get("absent", []) if a in got]
    assert not (missing or extra or wrong), (
        f"{case.name}:\n  missing: {missing}\n  not expected: {extra}\n  must be absent: {wrong}"
        "\n  read:\n    " + "\n    ".join(sorted(got_lines)))


# ---- the same credits in English and in French give the same claims

ENGLISH = """THE SALT ROAD

A caravan crosses the desert; THE SALT ROAD follows it for forty days.

Director: Mara Quillon
Screenplay: Mara Quillon and Ivo Terrane
Cinematography: Hugo Brenner
Editing: Nina Sorel
Sound: Pavel Rook
Set design: Tom Ferris
Costumes: Ada Quint
Original music: Oren Hale
Producers: Pell Arundel and Jo Martens
"""

FRENCH = """LA ROUTE DU SEL

Une caravane traverse le désert ; LA ROUTE DU SEL la suit pendant quarante jours et
quarante nuits, avec les hommes et les bêtes.

Réalisation : Mara Quillon
Scénario : Mara Quillon et Ivo Terrane
Image : Hugo Brenner
Montage : Nina Sorel
Son : Pavel Rook
Décors : Tom Ferris
Costumes : Ada Quint
Musique originale : Oren Hale
Producteurs : Pell Arundel et Jo Martens
"""


def _credits(text: str) -> set[tuple[str, str]]:
    return {(c.prop, c.object.name) for c in extract(from_text(text), ["credits"])
            if isinstance(c.object, Mention)}


def test_a_french_press_kit_reads_as_its_english_version():
    english, french = _credits(ENGLISH), _credits(FRENCH)
    assert english == french
    assert english == {
        ("director", "Mara Quillon"), ("screenwriter", "Mara Quillon"),
        ("screenwriter", "Ivo Terrane"), ("cinematographer", "Hugo Brenner"),
        ("editor", "Nina Sorel"), ("sound", "Pavel Rook"),
        ("production_designer", "Tom Ferris"), ("costume_designer", "Ada Quint"),
        ("composer", "Oren Hale"), ("producer", "Pell Arundel"), ("producer", "Jo Martens"),
    }
    assert context(from_text(FRENCH)).french and not context(from_text(ENGLISH)).french


def test_every_claim_points_at_the_line_that_states_it():
    doc = read(CASES / "credits-en" / "input.txt")
    claims = extract(doc)
    assert claims
    for c in claims:
        assert c.evidence.document == doc.id
        line = fold(doc.line(c.evidence.line))
        names = [c.object.name] if isinstance(c.object, Mention) else []
        for name in names:
            # a wrapped value starts on the label's line and ends on the next one
            nxt = fold(doc.line(c.evidence.line + 1)) if c.evidence.line < len(doc.lines) else ""
            assert fold(name) in line or fold(name) in nxt, (c, doc.line(c.evidence.line))

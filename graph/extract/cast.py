"""Cast reader: cast lists, with or without bullets, with or without a heading.

    Cast                                   a heading (Cast, Starring, Avec, Interprétation)
    * John Example as Dr. Richard Sample   Actor as Character
    Jane Example ..... Anna                dotted leaders (actor first)
    Isabelle Example (Erika)               Actor (Character)
    Samuel Example                         an actor alone, under a heading

Outside a heading, "Actor as Character" lines count in runs of two or more.
"""
from __future__ import annotations

import re

from .. import rx, vocab
from ..model import Mention
from ..text import clean, fold, name_case
from .context import DIRECTOR_INDEX, billed_over_two, HEADINGS as SECTION_HEADINGS
from .context import Context
from . import infobox, tables
from .filmography import section_heading
from .values import BODY, label_key, looks_like_name

NAME = "cast"
CREW_HEADINGS = {"liste technique", "equipe technique", "fiche technique", "crew", "technical crew",
                 "generique technique", "key crew", "crew list"}
HEADINGS = {"cast", "starring", "avec", "liste artistique", "les acteurs", "les interpretes", "interpretation", "cast in order of appearance",
            "cast and characters", "the cast", "main cast", "casting", "distribution artistique",
            "fiche artistique", "les comediens", "comediens", "with", "distribution",
            "acteurs", "interpretes", "role", "roles"}
# "(uncredited)", "(non crédité)", "(voice)": notes on the credit, not the character's name
UNCREDITED = rx.compile(r"\s*\((?:uncredited|non[- ]crédité(?:e)?|voice|voix|archive footage|cameo)\)\s*",
                        re.I)
# what opens a cast run on one line, or a part of it
RUN_OPENING = rx.compile(r"^(?:(?:and|et)\s+)?(?:avec|with|starring|featuring|et la participation de|"
                         r"avec la participation de|with the participation of|and|et)\s+", re.I)
BULLET = rx.compile(r"^\s*(?:[•·*\-–]|\d+[.)])\s*")
AS_LINE = rx.compile(r"^(?P<actor>[^,;:()]+?)\s+(?:as|dans le rôle de)\s+(?P<char>.+?)\s*$")
DOTS = rx.compile(r"^(?P<a>.+?)\s*(?:\.{3,}|…+|·{3,}|_{3,}|\s{4,}|\t+)\s*(?P<b>.+?)\s*$")
PAREN = rx.compile(r"^(?P<actor>[^()]+?)\s*\((?P<char>[^()]+)\)\s*$")
# "• Actor : Character", as encyclopedias list a cast (a press kit's unbulleted
# "Character: Actor" runs are the credits reader's)
BULLET_COLON = rx.compile(r"^(?P<actor>[^:]+?)\s*:\s*(?P<char>.+?)\s*$")
# "Actor | Character", a table's row (its header "Actor | Role" is skipped)
PIPE = rx.compile(r"^(?P<actor>[^|]+?)\s*\|\s*(?P<char>[^|]+?)\s*$")
TABLE_HEADER = rx.compile(r"^(?:actor|actress|acteur|actrice|cast|performer|name|nom|"
                          r"interprete)s?\s+(?:role|character|personnage|part)s?$")
ROLE_LABEL = rx.compile(r"^(?:r[ôo]les?|personnage|character|part)\s*:\s*(?=\S)", re.I)
DASH = rx.compile(r"^(?P<actor>[^–—]+?)\s+[–—]\s+(?P<char>.+?)\s*$")


# words of crew roles, which no character's name is made of
CREW_WORDS = {"animateur", "animatrice", "animation", "decors", "decor", "direction", "chef",
              "montage", "mixage", "etalonnage", "artistique", "directeur", "directrice",
              "assistant", "assistante", "costumes", "maquillage", "coiffure", "cadre", "cadreur",
              "scripte", "regie", "regisseur", "storyboard", "effets", "visuels", "designer",
              "supervisor", "superviseur", "manager", "coordinator", "coordinateur", "producer",
              "productrice", "producteur", "gaffer", "grip", "editor", "mixer", "compositing",
              "layout", "sonore", "bruitage", "casting", "photographie", "steadicam",
              "stunt", "stunts", "performers", "cascades", "cascadeur", "cascadeurs", "cascadeuse"}

def _crewish(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and text[:1].islower() and any(w in CREW_WORDS for w in words) or \
        (len(words) <= 4 and sum(w in CREW_WORDS for w in words) >= 2)


def _without_notes(text: str) -> str:
    """A cast line without what press kits add after an actor: an age (', 12'), a country
    or a nationality in brackets ('(Poland)', '(Lithuania)')."""
    tail = text[-1:]
    if tail != ")" and not tail.isdigit():
        return text
    def drop(m: re.Match) -> str:
        inside = m.group(1)
        return "" if vocab.countries().get(fold(inside)) or vocab.language(inside) else m.group(0)
    text = re.sub(r"\s*\(([^()]{3,30})\)\s*$", drop, text)
    return re.sub(r",\s*\d{1,2}\s*$", "", text)


# a postal address or a phone line beside a press contact's name ("12, rue des Exemples",
# "75010 Paris", "Tél. : 01 ...", "presse@..."), never a character
ADDRESS = rx.compile(r"^\d{1,4}(?:\s*(?:bis|ter))?,\s|^\d{4,5}\s+[A-ZÀ-Þ]|@|\b(?:t[ée]l|phone|fax)\b\.?\s*:", re.I)
# an awards table's headings and outcomes, in a row's cells
AWARD_CELLS = {"award", "awards", "category", "recipient", "recipients", "result", "nominee", "nominees",
               "won", "nominated", "outcome", "prix", "categorie", "resultat", "laureat", "laureate", "nomine"}
AWARD_CATEGORY = rx.compile(r"(?:Best|Outstanding|Meilleure?s?|Prix|Grand\s+Prix|Mention)\s", re.I)


def _pair(text: str, under_heading: bool) -> tuple[str, str | None] | None:
    """(actor, character or None) from one line of a cast list."""
    text = _without_notes(text.rstrip())
    opening = RUN_OPENING.match(BULLET.sub("", text).strip())
    if opening and len(text.split()) > len(opening.group(0).split()) + 1:
        text = BULLET.sub("", text).strip()[opening.end():]  # "ET LA PARTICIPATION DE A NAME (ROLE)"
    t = clean(BULLET.sub("", text))
    raw = BULLET.sub("", text).strip()  # spaced columns: clean() would fold them
    # "Actor : Character" with a bullet, or under a cast heading ("Distribution" /
    # "Lucienne Exemple : Josée"), where the actor side must read as a person's name
    labelled = re.match(r"^(?P<a>.+?)\s{2,}" + ROLE_LABEL.pattern[1:] + r"(?P<b>.+)$", raw, re.I)
    if labelled and looks_like_name(clean(labelled.group("a"))):
        return clean(labelled.group("a")), clean(labelled.group("b"))  # "Léa Example   Rôle : Jeanne"
    colon = bool(BULLET.match(text)) or (under_heading and " : " in t)
    # "Actor – Character" under a cast heading (elsewhere "Name – role" is a credit)
    patterns = [DOTS, AS_LINE, PAREN] + ([BULLET_COLON] if colon else []) + \
        ([DASH] if under_heading else []) + ([PIPE] if "|" in t else [])
    for pattern in patterns:
        m = pattern.match(raw if pattern is DOTS else t)
        if not m:
            continue
        a, b = (m.group("a"), m.group("b")) if pattern is DOTS else (m.group("actor"), m.group("char"))
        tabbed = [c for c in raw.split("\t") if c.strip()] if pattern is DOTS and "\t" in raw else []
        part = re.match(r"^(?:actor|actress|acteur|actrice|com[ée]dien(?:ne)?|r[ôo]le|role|cast)\s*[–—:-]\s*(?P<c>.+)$",
                        tabbed[1].strip(), re.I) if len(tabbed) >= 3 else None
        if len(tabbed) >= 3 and (label_key(tabbed[1]) or _crewish(tabbed[1])):
            return None  # "A Name<TAB>Director<TAB>14 March 2022": a credit in a table of people
        if part:
            # a table's row ("A Name<TAB>Actor – "Judge X"<TAB>15 March 2022<TAB>1 day"): the
            # second cell is the part, the others are no part of it
            a, b = tabbed[0], part.group("c").strip("\"“”'‘’ ")
        a, b = clean(UNCREDITED.sub(" ", a)), clean(UNCREDITED.sub(" ", b))  # ("Mémé Y (voix) ..... ANN")
        b = ROLE_LABEL.sub("", b)  # "Léa Example    Rôle : Jeanne": a film page's label
        if label_key(a) or label_key(b) or _crewish(a) or _crewish(b):
            return None  # "Music ..... Name", "Name ..... chef animateur": a credit
        cells = [c for c in re.split(r"\t+|\s{3,}", raw) if c.strip()]
        if len(cells) >= 3 and any(fold(c.strip()) in AWARD_CELLS for c in cells):
            return None  # "Award  Category  Recipient  Result", "... Best Actress  A Name  Won"
        if re.fullmatch(r"[A-Z]{2,8}", b) and b == "".join(w[0] for w in a.split() if w[:1].isupper())[:len(b)] \
                or re.match(r"(?:Form|Formulaire|Ref|Réf|No|N°)\b\.?\s*\S*\d", b):
            return None  # "SAMPLE RIGHTS SOCIETY (SRS)": a body's acronym; "... Form AV-3": a form's number
        if ADDRESS.search(a) or ADDRESS.search(b):
            return None  # "12, rue des Exemples      A Name": a press contact's address
        if AWARD_CATEGORY.match(a) or re.search(r"\b\d{1,2}h\d\d\b", b):
            return None  # "Best Actress    A Name    Won": an awards table; a timetable's row
        if pattern in (DOTS, DASH) and b.isupper() and not a.isupper() and len(b.split()) >= 2:
            if "," in b or not looks_like_name(name_case(b)):
                return None  # ("Reference number:<TAB>CMIA 1812", "Title:<TAB>DROVER'S ROAD, THE")
            return name_case(b), a  # "Character ..... ACTOR NAME": press kits set actors in capitals
        if pattern is DASH and looks_like_name(b) and len(a) <= 60 and len(b) <= 60:
            return _Columns(a, b)  # "Actor – Character" or "Character – Actor": the run decides
        elif a.isupper() and len(a.split()) >= 2:
            a = name_case(a)
        if label_key(a) or label_key(b) or _crewish(a) or _crewish(b):
            return None  # "Music ..... Name", "Name ..... chef animateur": a credit
        if BODY.search(b) or BODY.search(a):
            return None  # "A Producer (Les Ateliers X)", "A Name    B SALES": bodies, no cast
        dated = re.fullmatch(r"(?P<who>[^,]+),\s*(?:1[89]\d\d|20\d\d)", b) if pattern is PAREN else None
        if dated and len(dated.group("who").split()) >= 2 and looks_like_name(dated.group("who")):
            return None  # "– THE TITLE (A Director, 2014)": a filmography line (not "A (ANDRÉ, 1958)")
        if pattern is PAREN and b.count(",") >= 2 and re.search(r"\b(?:1[89]\d\d|20\d\d)\b", b):
            return None  # "de A Name (Italie, 1961, 1 h 47, VOSTF)": a film's facts, no part
        if re.match(r"^(?:1[89]\d\d|20\d\d)\b", b) or re.match(r"(?:1[89]\d\d|20\d\d)(?:\s*[–-]\s*\d{2,4})?(?:\s|$)", a):
            return None  # "A TITLE (2014)", "(2006, short)", "2015    TITLE de A", "2006   TITLE   A
            # Director": a filmography line
        if pattern is DOTS and (looks_like_name(a) or looks_like_name(b)) and len(a) <= 60 \
                and len(b) <= 60:
            return _Columns(a, b)  # which column holds the actors: the run decides
        if pattern is BULLET_COLON and not BULLET.match(text) and len(a) <= 60 and len(b) <= 60:
            # an encyclopedia's "Actor : le contrôleur" or a press kit's "Character : Actor":
            # the run decides, and a press kit's order when it cannot
            return _ColonColumns(a, b)
        if looks_like_name(a) and len(a.split()) >= 2 and b and len(b) <= 60:
            return a, b
    if under_heading and looks_like_name(t) and 2 <= len(t.split()) <= 4:
        return t, None
    return None


ROLE_WORDS = {"le", "la", "les", "l", "the", "a", "un", "une", "mr", "mrs", "ms", "miss", "madame",
              "monsieur", "mademoiselle", "dr", "doctor", "docteur", "pere", "mere", "inspector",
              "inspecteur", "commissaire", "pastor", "father", "sister", "brother", "captain",
              "capitaine", "young", "old", "little", "petit", "petite", "frere", "soeur", "uncle",
              "aunt", "oncle", "tante", "officer", "agent", "sergeant", "sergent", "lady", "lord",
              "sir", "sgt", "lt", "det", "insp", "prof", "rev", "abbe", "comte", "comtesse", "professor", "professeur", "maitre", "notaire",
              "mme", "mmes", "mlle", "mlles", "mgr"}


def _charish(text: str) -> bool:
    """A character's name more than an actor's: one word, a role ('Le notaire', 'Mrs.
    Guthrie'), a description ('Tom, aged 9')."""
    words = fold(text).split()
    return (len(words) == 1 or words[0] in ROLE_WORDS or not text[:1].isupper()
            or bool(re.search(r"[\d,]", text)))


class _Columns(tuple):
    """The two sides of a 'Name ..... Name' line, in the order written."""

    def __new__(cls, left: str, right: str):
        return super().__new__(cls, (left, right))


class _ColonColumns(_Columns):
    """The two sides of a 'Name : Name' line under a cast heading."""


def _first_name_alone(name: str, text: str) -> bool:
    """Whether the text calls this "First Last" by the first name alone, as a synopsis
    does its characters ("Leur fille Léa, seize ans")."""
    words = name.split()
    if len(words) != 2 or not words[0][:1].isupper() or len(words[0]) < 3:
        return False
    return bool(re.search(rf"(?<![\w.-]){re.escape(words[0])}(?![\w'’-])(?!\s+(?:[A-ZÀ-Þ]|d[eu]\b|van\b|von\b))",
                          text))


def _orient(run: list, text: str = "") -> None:
    """Columns of a 'Name ..... Name' list: the column that reads more as characters is the
    characters' ('Hélène Example ..... Jane Actor', 'Le notaire ..... John Actor'), or the
    one the document's prose names with the other in brackets after it ('Bríd Example (Jane
    Actor)'); actors first when it is a tie. A line whose actor is not a full name is
    dropped."""
    cols = [p for _, p in run if isinstance(p, _Columns)]
    left = sum(_charish(a) for a, _ in cols)
    right = sum(_charish(b) for _, b in cols)
    for a, b in cols:  # the prose's "Character (Actor)": which side is whose
        left += 2 * any(f"{x} ({b}" in text for x in {a, a.split()[0]})
        right += 2 * any(f"{x} ({a}" in text for x in {b, b.split()[0]})
    if left == right:  # the synopsis calls characters by their first names ("Sa femme Claire")
        left += sum(_first_name_alone(a, text) for a, _ in cols)
        right += sum(_first_name_alone(b, text) for _, b in cols)
    if cols and left == right and all(isinstance(p, _ColonColumns) for p in cols):
        left += 1  # "Claire Example : Lena Sample" in a press kit: the character first
    keep = []
    for n, p in run:
        if isinstance(p, _Columns):
            actor, char = (p[1], p[0]) if left > right else p
            if not (looks_like_name(actor) and len(actor.split()) >= 2):
                continue
            if re.sub(r"\bMc", "MC", actor).isupper():
                actor = name_case(actor)  # "Young Tess ..... SOPHIE ACTOR"
            p = (actor, char)
        keep.append((n, p))
    run[:] = keep



_BILLED_WITH = rx.compile(r"^(?:with|avec|starring)\s+", re.I)
_COLUMNS = rx.compile(r"\s{3,}")


def _stacked(run: list, breaks: list[int]) -> None:
    """Names two by two under a cast heading, each pair set apart by a blank line: a
    character over its actor or an actor over the part ('Vincent Example' / 'Jane Actor'),
    read as the two sides of a column (which side is whose is _orient's to say)."""
    bounds = [0] + [b for b in breaks if 0 < b < len(run)] + [len(run)]
    sizes = {b - a for a, b in zip(bounds, bounds[1:])}
    if len(bounds) < 3 or sizes != {2} or any(p[1] is not None or isinstance(p, _Columns) for _, p in run):
        return
    run[:] = [(run[i][0], _Columns(run[i][1][0], run[i + 1][1][0])) for i in range(0, len(run), 2)]


def _billing(text: str, allowed: bool, title_page: bool = False) -> list[str]:
    """Actors billed on one line, in columns set apart by wide spaces, after 'with' /
    'avec' or on a title page: 'JANE ACTOR     JOHN ACTOR     ANN ACTOR'; two columns of
    full names in capitals on a title page too ('NADIA ACTOR      JOHN ACTOR')."""
    t = text.strip()
    lead = _BILLED_WITH.match(t)
    if not (lead or allowed):
        return []
    parts = [p.strip() for p in _COLUMNS.split(t[lead.end():] if lead else t) if p.strip()]
    if len(parts) < 2 or (len(parts) == 2 and not lead and not (
            title_page and all(p.isupper() and len(p.split()) >= 2 for p in parts))):
        return []  # two columns: an actor and a character
    if len({p.isupper() for p in parts}) > 1:
        return []  # billing sets every name alike
    out = []
    for p in parts:
        name = name_case(p) if p.isupper() else p
        if not (looks_like_name(name) and 2 <= len(name.split()) <= 4) or BODY.search(p) \
                or label_key(p) or re.search(r"[@\d]", p):
            return []
        out.append(name)
    return out


def read(ctx: Context) -> None:
    film = ctx.film
    if film is None:
        return
    lines = ctx.doc.lines
    under = False
    crew = False  # under a crew list's heading ("LISTE TECHNIQUE"): "Role   Name" is no cast
    blank_run = 0
    run: list[tuple[int, tuple[str, str | None]]] = []

    breaks: list[int] = []  # where a blank line parts the run under a heading
    loose: set[int] = set()  # a one-word line of the run, a part's name if the run is of pairs

    def flush(require: int) -> None:
        _stacked(run, breaks)
        breaks.clear()
        run[:] = [(n, p) for n, p in run if n not in loose or isinstance(p, _Columns)]  # (no pair: a word alone is no actor)
        loose.clear()
        _orient(run, ctx.doc.text)
        if not any(char for _, (_, char) in run):
            require = max(require, 2)  # bare names count only as a list of them
        if len(run) >= require:
            for n, (actor, char) in run:
                if fold(actor) == fold(film.name):
                    continue  # "THE TITLE (Its Other Title)": the entry's title line, no actor
                quals = (("character", char),) if char else ()
                ctx.add(film, "cast", Mention("person", actor), n, NAME, quals)
        run.clear()

    boxed = {n for a, b in infobox.blocks(ctx) for n in range(a, b + 1)} | tables.lines_of_tables(ctx)
    for n, text in enumerate(lines, 1):
        t = clean(BULLET.sub("", text))
        if n in boxed:  # an infobox's "Starring" list: the infobox reader's
            flush(1 if under else 2)
            under = False
            continue
        if not under and billed_over_two(lines, n - 1):
            continue  # a title page's billing, first names over surnames: no characters
        if not t:
            blank_run += 1
            if under and run and (not breaks or breaks[-1] != len(run)):
                breaks.append(len(run))
            if blank_run >= 2 or (not under and run):
                flush(1 if under else 2)
                under = False
            continue
        blank_run = 0
        if fold(t) in HEADINGS and len(t) < 40:
            flush(1 if under else 2)
            under, crew = True, False
            continue
        if "|" in t and TABLE_HEADER.match(fold(t)):
            continue  # "Actor | Role" over a table of the cast
        if fold(t) in SECTION_HEADINGS or section_heading(t) or DIRECTOR_INDEX.match(t):
            # the next section ends the list (a catalogue's index of its directors has no cast)
            flush(1 if under else 2)
            under, crew = False, fold(t) in CREW_HEADINGS or bool(DIRECTOR_INDEX.match(t))
            continue
        if crew and not under:
            continue
        parts = re.split(r"\s+[•/|]\s+", t) if (" • " in t or " / " in t or " | " in t) else ()
        if len(parts) >= 3 and (under or RUN_OPENING.match(t)):
            # "Avec A Actor (Shirin) • B Actor (Nasim) • et la participation de C (Mahin)"
            found = []
            for part in parts:
                part = RUN_OPENING.sub("", part).strip()
                m = PAREN.match(part)
                actor, char = (clean(m.group("actor")), clean(m.group("char"))) if m else (part, None)
                if looks_like_name(actor) and 2 <= len(actor.split()) <= 5 and not BODY.search(actor):
                    found.append((actor, char))
            if len(found) * 2 > len(parts):
                flush(1 if under else 2)
                for actor, char in found:
                    ctx.add(film, "cast", Mention("person", actor), n, NAME,
                            (("character", char),) if char else ())
                under = False
                continue
        billed = _billing(text, under or n <= 40, title_page=not under and n <= 40)
        if billed:  # "with  JANE ACTOR    JOHN ACTOR": names in columns
            flush(1 if under else 2)
            for actor in billed:
                ctx.add(film, "cast", Mention("person", actor), n, NAME)
            under = False
            continue
        pair = _pair(text, under)
        if pair and (pair[1] is not None or under):
            run.append((n, pair))
            continue
        if under and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", t) and n >= 2 and not lines[n - 2].strip() \
                and n < len(lines) and lines[n].strip():
            run.append((n, (t, None)))  # "Nour" over its actor's name: one side of a pair
            loose.add(n)
            continue
        flush(1 if under else 2)
        under = False
    flush(1 if under else 2)

"""Filmography reader: dated lines under a person, in sections that say what they did.

    Jane Example                            a name heading (may also stand after the blocks)
    Cinema (as Actress)                      a section: medium and role
    2003 A TITLE IN CAPITALS - Some Director a year, a title, the director after a dash
    2004 ANOTHER (short)                     a kind: (short), documentary, TVM 90mn
    LA SUITE moyen-metrage                   no year: the line above gives it
    Theatre                                  plays are works, never films

Lines wrap (a title, or a director's name cut by a hyphen, goes on after a blank line).
Blocks whose name heading stands after them are given to the names that follow, in the
same order, only when there are as many names as blocks.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .. import rx, vocab
from ..model import Mention, Value
from ..text import LOWER, UPPER, clean, fold, name_case
from .context import HEADINGS, POST_NOMINALS, PUBLICATION, Context, article_person
from .values import add_labelled, label_key, looks_like_name, names

NAME = "filmography"

MEDIA = {
    "film": ("cinema", "cinéma", "film", "films", "filmography", "filmographie", "feature films",
             "long métrage", "longs métrages", "long-métrage", "longs-métrages", "movies"),
    "short": ("short films", "shorts", "court métrage", "courts métrages", "courts-métrages",
              "court-métrage"),
    "tv": ("television", "télévision", "tv", "téléfilms", "telefilms", "tv series", "séries",
           "série", "série télévisée", "séries télévisées", "série tv", "séries tv",
           "television series", "tv films", "tv movies"),
    "documentary": ("documentaries", "documentary", "documentary films", "documentaires",
                    "documentaire", "films documentaires"),
    "play": ("theatre", "theater", "théâtre", "stage"),
    # what a crew member's page lists beside films: no films
    "other": ("commercials", "commercial", "advertising", "advertisements", "adverts", "music videos",
              "music video", "promos", "publicités", "publicité", "pubs", "clips", "clips musicaux",
              "corporate", "branded content", "installations"),
}
ROLES = {
    "cast": ("actress", "actor", "actrice", "acteur", "comédienne", "comédien", "interprète",
             "performer"),
    "director": ("director", "réalisatrice", "réalisateur", "réalisation", "directing"),
    "screenwriter": ("writer", "screenwriter", "scénariste", "scénario"),
    "producer": ("producer", "productrice", "producteur", "production"),
    "cinematographer": ("cinematographer", "director of photography", "directeur de la photographie",
                        "directrice de la photographie", "chef opérateur", "chef opératrice",
                        "cinematography", "image", "photographie"),
    "editor": ("editor", "film editor", "monteur", "monteuse", "montage", "editing"),
    "composer": ("composer", "compositeur", "compositrice", "musique originale", "original music",
                 "film music", "musiques de films"),
}
# the roles a filmography's section may give its person, beside acting
CREW_ROLES = ("director", "screenwriter", "producer", "cinematographer", "editor", "composer")
YEAR = r"(?:1[89]\d\d|20\d\d)"
NAME_RE = rf"[{UPPER}][{LOWER}'’.-]+(?:[\s-]+[{UPPER}][{LOWER}'’.-]+){{1,3}}"
ASSISTANT = rx.compile(r"\b(?:assistant|assistante|assistants|1er|1st|first|second|2nd|premier|"
                       r"premiere)\b")
ENTRY = rx.compile(rf"^\s*(?P<year>{YEAR})(?:\s*[/–-]\s*(?P<year2>{YEAR}))?\b\s*(?:[–—:-]\s+)?(?P<rest>.*)$")
# a title in capitals: words of capitals, digits and title punctuation
CAPS_WORD = rf"[{UPPER}0-9][{UPPER}0-9'’.,:;!?…&\-]*(?![{LOWER}])"
TITLE = rx.compile(rf"^(?P<title>(?:{CAPS_WORD}|[!?…])(?:\s*(?:…\s*)?(?:{CAPS_WORD}|[!?…]))*)(?P<rest>.*)$")
ENTRY_YEAR_LAST = rx.compile(
    rf"^(?P<title>(?:{CAPS_WORD})(?:\s+(?:{CAPS_WORD}))*)\s*(?:,\s*(?:by\s+|de\s+|d['’])?(?P<who>[^(),]+?))?"
    rf"\s*\((?P<year>{YEAR})(?P<span>\s*[–-]\s*{YEAR})?(?:\s*,\s*(?P<note>[^)]*))?\)\s*(?P<rest>.*)$")
# "Brine and Barley (2011) – dir. A Director", "Harbour Watch (2008–2009)": the same with
# a title not in capitals (a short line; no sentence)
MIXED_YEAR_LAST = rx.compile(
    rf"^(?P<title>[A-ZÀ-Þ0-9«\"“][^()]{{0,80}}?(?:\s*\([^()\d]{{2,60}}\))?)\s*\((?P<year>{YEAR})(?P<span>\s*[–-]\s*{YEAR})?"
    rf"(?:\s*,\s*(?P<note>[^)]*))?\)\s*(?P<rest>(?:(?:[-–—,|]|(?:dir\.|réal\.|directed\s+by|"
    rf"réalisé\s+par|de|d['’]|by)\s*[A-ZÀ-Þ]).*)?)$")
INLINE_SECTION = rx.compile(rf"^(?P<label>[^\W\d_][^:]{{2,40}}?)\s*:\s*(?P<rest>.*\([^()]*{YEAR}.*)$")
# "Dakar Nights (A Director, 1978)": the title, then its director and year in brackets
TITLE_WHO_YEAR = rx.compile(rf"^(?P<title>[A-ZÀ-Þ0-9«\"“][^()]{{0,80}}?)\s*\((?P<who>[A-ZÀ-Þ][^(),\d]{{2,60}}?),"
                            rf"\s*(?P<year>{YEAR})\)\s*[.;,]?\s*$")
# what stands before a director's name in an entry: "dir. A Director", "réal. A Director"
DIRECTED = r"(?:dir\.|directed\s+by|réal\.|réalisé\s+par|réalisation\s*:)"
KINDS = [
    (rx.compile(r"\([^()]*\b(?:short|court[- ]m[ée]trage)\b[^()]*\)|\bshort film\b|"
                r"^[\s,–-]*(?:short|court[- ]m[ée]trage)\b", re.I), "short"),
    (rx.compile(r"\bdocumentar(?:y|ies)\b|\bdocumentaire\b", re.I), "documentary"),
    (rx.compile(r"\bTVM\b|\bt[ée]l[ée]film\b|\bTV movie\b", re.I), "tv film"),
    (rx.compile(r"\bmoyen[- ]m[ée]trage\b", re.I), "medium-length film"),
]
# a running time in hours: "– 1 h 28", "1h40"
HOURS = rx.compile(r"(?:^|[–—,|·]\s*)(\d)\s*h\s*(\d\d)?\s*(?=$|[–—,|·])")
# the cast an entry names after a dash: "– avec A, B –", "— with A and B"
WITH_CAST = rx.compile(r"(?:^|[–—|·]\s*)(?:avec|with|starring)\s+(?P<who>[A-ZÀ-Þ][^–—|·()]+)")
RUNTIME = rx.compile(r"\b(\d{2,3})\s*(?:(?:mn|min)\b|['’′](?!\w))", re.I)


@dataclass
class Section:
    line: int
    medium: str  # film | short | tv | play
    role: str | None  # cast | director | ... ; None: from the entries' shape


@dataclass
class Entry:
    line: int
    year: int | None
    text: str
    section: Section
    part: int = 0  # the entry's place on its line, when a line lists several
    rows: list = field(default_factory=list)  # (line, text) of the lines joined to it


@dataclass
class Block:
    """A person's filmography: consecutive sections with their entries."""

    owner: str | None
    owner_line: int
    sections: list[Section] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)


def section_heading(text: str) -> Section | None:
    """A filmography's section heading ('Cinema (as Actress)', 'Télévision', 'as Director'):
    a new Section (line 0) with its medium and role, or None."""
    found = _section(text)
    return Section(0, *found) if found else None


@lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, set[str]], list[tuple[str, re.Pattern]], set[str]]:
    media = {key: {fold(v) for v in variants} for key, variants in MEDIA.items()}
    roles = [(key, rx.compile(r"\b(?:" + "|".join(re.escape(fold(v)) for v in variants) + r")\b"))
             for key, variants in ROLES.items()]
    role_words = {fold(v) for vs in ROLES.values() for v in vs}
    return media, roles, role_words


@lru_cache(maxsize=1 << 14)
def _section(text: str) -> tuple[str, str | None] | None:
    t = clean(text)
    if not t or len(t) > 60 or re.match(rf"^{YEAR}", t):
        return None
    m = re.match(r"^(?P<medium>[^()]*?)\s*(?:\((?P<paren>[^()]*)\))?\s*$", t)
    if not m:
        return None
    media, roles, role_words = _tables()
    if SAME_DIRECTOR.match(fold(t)):
        return "film", "director"
    # "Selected filmography", "Filmographie sélective", "Main films"
    medium_text = re.sub(r"^(?:selected|main|principal|principale|complete|sélection|choix)\s+|"
                         r"\s+(?:sélective|choisie|selective|principale|complète)$", "",
                         fold(m.group("medium")))
    paren = fold(m.group("paren") or "")
    role = None
    words = f"{medium_text} {paren}"
    for key, pattern in roles:
        if pattern.search(words):
            role = key
    unit = re.search(r"\b(?:second unit|additional photography|camera operator|steadicam|focus puller|"
                     r"cadreur|cadreuse)\b", words)
    if role and ASSISTANT.search(words) or unit:
        role = "assistant"  # "Assistant réalisateur": someone else directed those films
    medium_text = re.sub(r"^(?:as|comme|en tant que)\s+\w+$", "", medium_text).strip()
    medium_text = re.sub(r"\s*\b(?:as|comme|en tant que)\b.*$", "", medium_text).strip()
    medium = None
    for key, variants in media.items():
        if medium_text in variants:
            medium = key
    if medium is None and unit and text.strip().endswith(":"):
        return "", "assistant"  # "Additional photography / second unit:": another's camera
    if medium is None:
        # "as Director", or the role alone ("Réalisatrice", "Actress"): films
        bare = ASSISTANT.sub("", medium_text).strip() if role == "assistant" else medium_text
        if role and (bare == "" or bare in role_words):
            return "", role
        # "Scénariste et réalisatrice" under a name: a director's films (the other roles
        # may be hers too, the list does not say for which film)
        parts = [p for p in re.split(r"\s*,\s*|\s+(?:et|and|&)\s+", bare) if p]
        if role and len(parts) >= 2 and all(p in role_words for p in parts):
            found = [key for key, pattern in roles for p in parts if pattern.search(p)]
            return "", "director" if "director" in found else found[0]
        return None
    return medium, role


# "Du même réalisateur :", "By the same director": the films of the document's director
SAME_DIRECTOR = rx.compile(r"^(?:du meme (?:realisateur|cineaste|auteur)|de la meme (?:realisatrice|cineaste)|"
                           r"(?:also )?by the same (?:director|filmmaker)|from the same director)\b.{0,20}$")
CONTACT_HEADINGS = {"distribution", "presse", "press", "contact", "contacts", "ventes internationales",
                    "international sales", "world sales", "sales", "relations presse", "publicity"}
ORG_WORDS = rx.compile(r"\b(?:films?|pictures|productions?|distribution|fund|fonds|studios?|"
                       r"company|cinéma|cinema|media|group|groupe|agence|agency|sales|press|"
                       r"presse|entertainment|gmbh|ltd|inc|sa|sarl)\b", re.I)


SECTION_WORDS = ("interview", "entretien", "rencontre", "conversation", "about", "a propos",
                 "note", "notes", "q", "meet", "synopsis", "biography", "biographie", "contacts",
                 "press", "presse", "credits", "cast", "crew", "awards", "accolades",
                 "distinctions", "recompenses", "nominations", "references", "bibliography",
                 "bibliographie", "external", "liens", "personal", "vie", "categories")


HEADING_WORDS = {"biography", "biographie", "filmography", "filmographie", "interview",
                 "entretien", "synopsis", "statement", "contacts", "credits", "notes", "crew",
                 "cast", "sales", "press", "presse", "kit", "dossier", "technical", "technique",
                 "techniques", "details", "specifications", "information", "informations",
                 "logline", "enquiries", "caracteristiques", "screenings", "projections",
                 "training", "education", "formation"}


def _section_words(text: str) -> bool:
    """A line that opens as a press kit's section heading does ('INTERVIEW WITH ...')."""
    words = fold(text).split()
    return bool(words) and words[0] in SECTION_WORDS


SIDE_FIELD = rx.compile(r"(?<=\S)\s{6,}[A-Z][\w ]{1,20}:\s*\S[^:]{0,30}$")


def name_heading(text: str, before: str = "", after: str = "") -> bool:
    """A person's name on a line of its own (blank lines around it), as press kits head a
    filmography: 'Jane Example' or 'JANE EXAMPLE'; never a body's name, never the last line
    of a paragraph."""
    # (a short field beside the name, in a column of its own: "JANE EXAMPLE        Agent: FH")
    text = SIDE_FIELD.sub("", text.rstrip())
    t = clean(text)
    if before.strip() or text.rstrip().endswith((".", ",", ":", ";", "?", "!")) or ":" in t:
        return False  # ("And Jane Example?": an interviewer's question)
    if "\t" in text.strip() or "   " in text.strip():
        return False  # "Director      Jane Example": a label and its value, in columns
    if _DATELINE.match(after.strip()):
        return False  # an article's author over its date ("Thursday 11 April 2024, 17.40 BST")
    words = t.split()
    if words and fold(words[0]) in ("the", "a", "an", "le", "la", "les", "un", "une", "l", "en", "in",
                                    "au", "aux", "dans", "sur", "pour", "avec", "at", "on", "for", "with"):
        return False  # a title, not a person; "En France", "In Paris": a section
    if re.search(r"\s(?:and|et|&)\s", t):
        return False  # "France and Canada": one person's name joins nothing
    if _section_words(t) or re.search(r"\w['’]s\b", t, re.I) or \
            any(w in HEADING_WORDS for w in fold(t).split()):
        return False  # "INTERVIEW WITH JANE EXAMPLE", "DIRECTOR'S BIOGRAPHY": a section
    shaped = name_case(t) if t.isupper() else t
    return (2 <= len(words) <= 4 and looks_like_name(shaped) and not section_heading(t)
            and not any(c.isdigit() for c in t) and " - " not in t
            and not ORG_WORDS.search(t) and fold(t) not in HEADINGS and not PUBLICATION.search(t)
            and label_key(t) is None  # ("Costume Designer" over a name: a credit's role)
            and (t.isupper() or not any(len(w) >= 3 and w.isupper() for w in words))
            and all(w[:1].isupper() for w in words if len(w) > 3))


_DATELINE = rx.compile(r"^(?:(?:[a-z]+day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|published|updated|"
                       r"publié|mis\s+à\s+jour)[\s,:]+)?(?:le\s+)?(?:\d{1,2}(?:er)?\s+[^\W\d_]+\.?|"
                       r"[^\W\d_]+\.?\s+\d{1,2},)\s+(?:1[89]|20)\d\d\b", re.I)
PAGE_FURNITURE = rx.compile(r"^(?:Related(?:\s+(?:articles|stories|content|links|reading))?|Read\s+more|"
                             r"More\s+(?:on|from|in|news)\b.*|Most\s+(?:read|popular|viewed)\b.*|Comments?(?:\s*\(\d+\))?|"
                             r"Share(?:\s+this)?(?:\s*:.*)?|(?:À|A)\s+lire\s+aussi|Lire\s+aussi|Sur\s+le\s+même\s+sujet|"
                             r"Commentaires?(?:\s*\(\d+\))?|Partager(?:\s*:.*)?)$", re.I)
_PAGE_NUMBER_OR_RULE = rx.compile(r"[—–\-\s]*\d{1,3}[—–\-\s]*|[\W_]{3,}")  # "— 5 —", "_____"
_CONTACT = rx.compile(r"@|www\.|(?<!\d)\d{1,3}(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|street|"
                      r"road)\b|\btél\b", re.I)  # an address, a mail, a telephone
# a screening's line in a programme, far right under a notice: "   Jeu. 3 oct. 18h00 – Salle"
SCREENING = rx.compile(r"^\s{2,}\S.*\b\d{1,2}(?:h|:)\d\d\b")
_DASH = rx.compile(r"\s+[–—]\s+")  # "JANE EXAMPLE — Director"
_HYPHEN_HEAD = rx.compile(r"^(?P<name>[^\W\d_][\w'’.]*(?:[ -][^\W\d_][\w'’.]*){1,3})\s+-\s+\S")
_DASH_YEAR = rx.compile(r"\s[–—]\s.*\b(?:1[89]|20)\d\d\b")
_END_PAREN = rx.compile(r"\s*\((?P<who>[^()]{1,40})\)\s*$")


def rows_of_entries(ctx: Context) -> set[int]:
    """The indented lines under a person's filmography entries ("2019   TITLE" / "
    Scénario : A et B" / "       Avec C, D"): the entry's credits, no other reader's."""
    blocks, _ = _blocks(ctx)
    lines = ctx.doc.lines
    return {k for b in blocks if b.owner for e in b.entries if e.year for k, _ in e.rows
            if k and k != e.line and re.match(r"\s{2,}\S", lines[k - 1])}


def _blocks(ctx: Context) -> tuple[list[Block], list[tuple[int, str]]]:
    if "filmography.blocks" not in ctx.memo:
        ctx.memo["filmography.blocks"] = _find_blocks(ctx)
    return ctx.memo["filmography.blocks"]


def _find_blocks(ctx: Context) -> tuple[list[Block], list[tuple[int, str]]]:
    """Sections and entries grouped into blocks; the name headings that follow none."""
    lines = ctx.doc.lines
    blocks: list[Block] = []
    current: Block | None = None
    pending_name: tuple[int, str] | None = None
    trailing: list[tuple[int, str]] = []
    skip_to = 0
    # a running header or footer ("A TITLE – Press Kit" on every page) is no entry
    repeated = Counter(fold(t) for t in lines if t.strip())
    from .tables import lines_of_tables  # (tables imports this module)
    tabled = lines_of_tables(ctx)
    from .credits import name_role_pairs  # (credits imports tables, which imports this module)
    credited = {n for n, _ in name_role_pairs(lines)}  # "MIA EXAMPLE" / "Casting": no heading
    closed: Block | None = None
    waiting = None  # (the name, the sections) of a heading whose biography came before its list
    for n, text in enumerate(lines, 1):
        if not text.strip() or n <= skip_to or n in tabled:
            continue
        # "Courts métrages : A (2011) ; B (2014) ;" / "C (2017)": a section and its entries
        inline = INLINE_SECTION.match(text.strip())
        sec = section_heading(inline.group("label")) if inline else None
        if sec is None:
            inline = None
            sec = section_heading(text)
            if sec and text.strip().endswith(".") and n >= 2 and len(lines[n - 2].split()) >= 6:
                sec = None  # "... her first Australian" / "production.": a paragraph's last word
        if sec:
            sec.line = n
            sec.medium = sec.medium or "film"  # "as Director" alone: films
            # (a section that had no entries is a heading over others: "Filmographie" /
            # "Longs métrages")
            seen = current and any((s.medium, s.role or "cast") == (sec.medium, sec.role or "cast")
                                   and any(e.section is s for e in current.entries)
                                   for s in current.sections)
            # a section that does not say the role, in a medium the block already listed
            # with a role, starts the next person's ("Cinema (as Director)", ... "Cinema")
            seen = seen or (current is not None and sec.role is None and
                            any(s.medium == sec.medium and s.role and
                                any(e.section is s for e in current.entries)
                                for s in current.sections))
            if pending_name and n - pending_name[0] > 40:
                pending_name = None  # a name far above ("WORLD PREMIERE — ..." on the cover)
            if current is None and not pending_name and blocks and blocks[-1].owner and \
                    not blocks[-1].entries and n - blocks[-1].sections[-1].line <= 12:
                # "JANE EXAMPLE BSC" / "Director of Photography" / her agent's address /
                # "FILMOGRAPHY": the list under the name is hers, past the address
                current = blocks[-1]
            if current is None or seen or pending_name:
                owner = pending_name[1] if pending_name else None
                current = Block(owner, pending_name[0] if pending_name else 0)
                blocks.append(current)
                pending_name = None
                trailing = []
            last = current.sections[-1] if current.sections else None
            if sec.role is None and last is not None and last.role and last.medium in ("", "film") \
                    and not any(e.section is last for e in current.entries):
                sec.role = last.role  # "Réalisatrice" / "FILMOGRAPHIE": her films as director
            current.sections.append(sec)
            if inline:
                rest, k = inline.group("rest"), n
                # (a list wraps: "...; The Griot's Daughter" / "(A Director, 1984); ...")
                while k < len(lines) and lines[k].strip() and k - n < 12 and (
                        rest.rstrip().endswith((";", ",")) or (
                        not rest.rstrip().endswith((".", ")")) and not INLINE_SECTION.match(lines[k].strip())
                        and not section_heading(lines[k]) and not ENTRY.match(lines[k]))):
                    rest, k = f"{rest} {lines[k].strip()}", k + 1
                skip_to = k
                if rest.rstrip().endswith("."):
                    closed = current  # "Filmography: A (2016, short), B (2021)." and no more
                # (pieces apart by semicolons, or by commas after a year's bracket, or by dashes
                # between titles with their years: "A (2019) – B (2016, dir. C)")
                pieces = re.split(r"\s*;\s*", rest) if ";" in rest else re.split(
                    r"(?<=\))\s*,\s*|(?<=\))\s+[–—]\s+(?=[A-ZÀ-Þ0-9«\"“][^()]{0,80}\((?:1[89]|20)\d\d\b)", rest)
                for part, piece in enumerate(pieces, 1):
                    piece = re.sub(r"(?<=\))\.\s*$", "", piece)
                    e = ENTRY_YEAR_LAST.match(piece) or MIXED_YEAR_LAST.match(piece)
                    tw = None if e else TITLE_WHO_YEAR.match(piece.strip())
                    if tw:
                        current.entries.append(Entry(n, int(tw.group("year")),
                                                     f"{tw.group('title')} - {tw.group('who')}", sec, part))
                    if e:
                        note = f" ({e.group('note')})" if e.group("note") else ""
                        current.entries.append(Entry(n, int(e.group("year")),
                                                     f"{e.group('title')}{note} {e.group('rest')}".strip(),
                                                     sec, part))
            continue
        if _PAGE_NUMBER_OR_RULE.fullmatch(text.strip()):
            continue  # a page number ("4", "— 5 —") or a rule: nothing of the list
        if current is not None and PAGE_FURNITURE.match(text.strip()):
            current = None  # a web page's "Related" / "Comments (14)" after the list
            continue
        if current is not None and (fold(text) in CONTACT_HEADINGS or _CONTACT.search(text)):
            current = None  # "DISTRIBUTION" / "12, rue ..." after the list: the contacts
            continue
        if current is not None and (_section_words(text) or (
                text.strip().isupper() and any(w in HEADING_WORDS for w in fold(text).split()))):
            current = None  # "ENTRETIEN AVEC ...", "INTERVIEW": the list is over
            continue
        if current is not None and current.entries and re.match(r"\s{2,}\S", text) and \
                not re.match(r"\s", lines[current.entries[-1].line - 1]) and not ENTRY.match(text) and \
                not text.lstrip()[:1] in "•·*▪◦‣-" and (not section_heading(text) or text.strip()[:1] == "(") \
                and not SCREENING.search(text):
            # ("   (co-editor with A Name)": a note on the entry, no section; not "   Jeu. 3 oct.
            # 18h00 – Grand Théâtre", a programme's screening far right after the entry's notice)
            _append(current.entries[-1], text, n)  # "   BAFTA nomination" under an entry: a note on it
            continue
        if current is not None and current.entries and _expects_more(current.entries[-1]) \
                and not SCREENING.search(text):
            _append(current.entries[-1], text, n)
            continue
        head = _DASH.split(text.strip(), maxsplit=1)[0] if _DASH.search(text) \
            and not ENTRY.match(text) and not _DASH_YEAR.search(text) else text
        hyphened = _HYPHEN_HEAD.match(text.strip()) if head is text else None
        if hyphened and hyphened.group("name").isupper() and not ENTRY.match(text) \
                and not re.search(r"\d", text):
            head = hyphened.group("name")  # "JANE EXAMPLE - Writer / Director"
        if ctx.film and fold(head) == fold(ctx.film.name):
            continue  # the document's title ("TITLE — dossier de presse   6"): a running head
        # ("JANE EXAMPLE — Director" is a name heading; "WORLD PREMIERE — X Festival 2022" is not)
        # "IBRAHIMA DIOUF (Moussa)": an actor's heading with the character played
        paren = _END_PAREN.search(head)
        # (or the name in its own script: "YOON GEUM-JA (윤금자)")
        if paren and not ENTRY.match(text) and (looks_like_name(paren.group("who")) or all(
                ord(c) > 0x24F for c in paren.group("who") if c.isalpha())) \
                and not any(p.search(paren.group(0)) for p, _ in KINDS):
            head = head[:paren.start()]
        if n not in credited and name_heading(head, lines[n - 2] if n >= 2 else "",
                                              lines[n] if n < len(lines) else ""):
            text = SIDE_FIELD.sub("", head.rstrip())
            name = POST_NOMINALS.sub("", clean(text))  # "JANE EXAMPLE BSC": Jane Example
            pending_name = (n, name_case(name) if name.isupper() else name)  # JANE EXAMPLE
            below = [k for k in range(n, min(len(lines), n + 4)) if lines[k].strip()][:2]
            parted = len(below) == 2 and below[0] == n and not ENTRY.match(lines[n]) \
                and len(lines[n].split()) <= 4 and not _SENTENCE.search(lines[n]) and below[1] > n + 1 \
                and ENTRY.match(lines[below[1]]) and section_heading(lines[n]) is None
            if current is not None and current.entries and n < len(lines) and (ENTRY.match(lines[n]) or parted):
                # (or "HÉLÈNE EXAMPLE" / "Sandrine" (her part) / (blank) / "2009   TITLE de A")
                # "ANN ACTOR – Vera Lind" right over "2022  A TITLE by A Director": her own
                # list, under the one above it, with no section heading between
                current = Block(pending_name[1], n, [Section(n, "film", None)])
                blocks.append(current)
                pending_name = None
                trailing = []
                continue
            if current is not None or trailing:
                trailing.append(pending_name)
            continue
        if current is None and waiting and pending_name and (pending_name[0], pending_name[1]) == waiting[0] \
                and ENTRY.match(text) and n >= 2 and not lines[n - 2].strip() and n - pending_name[0] <= 25 \
                and n < len(lines) and (ENTRY.match(lines[n]) or re.match(r"\s{2,}\S", lines[n])):
            # "JANE EXAMPLE" / "Réalisatrice" / her biography / "2015   TITLE": the list under
            # the biography is hers, in the role her heading gave
            current = Block(pending_name[1], pending_name[0], list(waiting[1]))
            blocks.append(current)
            pending_name, waiting = None, None
        if current is None:
            continue
        if repeated[fold(text)] >= 2 and not ENTRY.match(text) and len(text.split()) >= 3:
            continue  # a running header ("A TITLE – Press Kit" on every page): no entry
        if text.lstrip()[:1] in "•·*▪◦‣-–":
            text = re.sub(r"^\s*(?:[•·*▪◦‣]|[-–](?=\s+[A-ZÀ-Þ0-9«\"“]))\s+", "", text)  # "  • Title (1966) – dir. X"
        e = ENTRY_YEAR_LAST.match(text.strip())
        if not e and len(text.strip()) <= 120:
            e = MIXED_YEAR_LAST.match(text.strip())
            if e and (len(e.group("title").split()) > 10 or _SENTENCE.search(e.group("title"))):
                e = None
        if e and not ENTRY.match(text):  # "A TITLE, Some Director (2012)", "(2006, short)"
            who = f" - {e.group('who')}" if "who" in e.re.groupindex and e.group("who") else ""
            note = f" ({e.group('note')})" if e.group("note") else ""
            # a span of years on television is a series ("(1988–1994)")
            series = " (series)" if e.group("span") else ""
            current.entries.append(Entry(n, int(e.group("year")),
                                         f"{e.group('title')}{who}{note}{series} {e.group('rest')}".strip(),
                                         current.sections[-1]))
            pending_name = None
            trailing = []
            continue
        tw = None if e else TITLE_WHO_YEAR.match(text.strip())
        if tw:
            current.entries.append(Entry(n, int(tw.group("year")), f"{tw.group('title')} - {tw.group('who')}",
                                         current.sections[-1]))
            pending_name = None
            trailing = []
            continue
        m = ENTRY.match(text)
        if m and re.match(r"(?:and|or|to|in|was|were|when|with|et|ou|à|en|quand|avec)\b", m.group("rest")):
            m = None  # "1989 and was distributed ...": a sentence wrapped after its year
        if m:
            years = [int(y) for y in (m.group("year"), m.group("year2")) if y]
            # "2005–2008 – A TITLE" on television: a span of years is a series
            series = " (series)" if m.group("year2") and "–" in text[:m.start("rest")] else ""
            current.entries.append(Entry(n, min(years), m.group("rest").strip() + series, current.sections[-1]))
            pending_name = None
            trailing = []
        elif not current.entries and _prose_line(text):
            # a paragraph under the heading ("PRODUCTION" / "Cameras roll in ...", "JANE
            # EXAMPLE" / "Director" / her biography): no list yet; the name waits for one
            if current.owner and pending_name is None:
                pending_name = (current.owner_line, current.owner)
                waiting = ((current.owner_line, current.owner), current.sections)
            blocks.remove(current)
            current = None
        elif current is closed:
            continue  # (what follows an inline list that ended is no entry of it)
        elif current.entries and n >= 2 and not lines[n - 2].strip() and _prose_line(text) \
                and not _expects_more(current.entries[-1]):
            current = None  # a paragraph after the list, under no heading: the list is over
        elif pending_name is not None:
            if _SENTENCE.search(text) or len(text.split()) >= 8:
                current = None  # the biography under a name heading: the list above is over
            # (a line under a name heading, "Germaine" under "ODILE RASQUIN", continues no
            # entry of the list above the heading)
        elif current.entries and n >= 2 and not lines[n - 2].strip() and LABELLED_LINE.match(text.strip()) \
                and not _section_words(text):
            current = None  # "Screenings:  Fri 12 Nov 19:30 — Cinema 3" after the list: not of it
        elif current.entries and (fold(text.strip()) in HEADINGS or re.match(r"\s*<(?:span|i|b|div|p)\b", text)):
            current = None  # "Related Research Articles", a related article's header: the list is over
        elif current.entries and UPCOMING.match(text.strip()):
            # "En production : T de A": a film in the making, of no year yet, not the last
            # entry's wrapped line
            current.entries.append(Entry(n, None, UPCOMING.match(text.strip()).group("rest"), current.sections[-1]))
        elif current.entries and n >= 2 and not lines[n - 2].strip() and len(text.split()) >= 6 and (
                BIO_OPENING.match(text.strip()) or CAPS_BIO_OPENING.match(text.strip())
                or len(text.split()) >= 8 and _SENTENCE.search(text) and not ENTRY.match(text)
                and not re.search(r"\s[-–—]\s+[A-ZÀ-Þ]", text.split(". ")[0])):  # ("T - A Name. Directed by B")
            # the next person's biography ("B NAME (Tadhg) broke through as ...", "C NAME
            # (Composer). Selected scores: ..."), a paragraph of prose: the list is over
            current = None
        elif current.entries and DECADE_HEADING.fullmatch(text.strip()):
            continue  # "Années 1980" between two entries: a decade's heading, no part's name
        elif current.entries and SCREENING.search(text):
            current = None  # "   Jeu. 3 oct. 18h00 – Grand Théâtre": a programme's screening, the list is over
        elif current.entries and _continues(current.entries[-1], text):
            _append(current.entries[-1], text, n)
        elif current.entries and TITLE.match(text.strip()) and _complete(current.entries[-1]) \
                and not _section_words(text):
            prev = current.entries[-1]
            current.entries.append(Entry(n, prev.year, text.strip(), current.sections[-1]))
        elif current.entries:
            _append(current.entries[-1], text, n)
    return blocks, trailing


UPCOMING = rx.compile(r"^(?:En\s+(?:cours\s+de\s+)?(?:production|développement|préparation|tournage|post-?production)|"
                      r"In\s+(?:production|development|pre-production|post-production)|TBA|À\s+venir|Upcoming)"
                      r"\s*[:–—-]?\s*(?P<rest>[A-ZÀ-Þ0-9«\"“].*)$")
VENUE = rx.compile(r"\b(?:Theatre|Theater|Théâtre|Rep|Playhouse|Stage|Company|Compagnie|Opera|Opéra|Festival|Centre|"
                   r"Center|Hall|Scène|Comédie|Odéon|Lyceum|Arts|Atelier|Rond-Point|Bouffes)\b")
_SENTENCE = rx.compile(r"\b(?:is|was|were|has|had|made|starred|appeared|est|a|était|joue|"
                       r"tourne)\b|[.;:]\s")


def _prose_line(text: str) -> bool:
    """A line of running prose, not an entry: eight words or more, a sentence's word, four
    words or more in lower case ('Devon Example was born in Bristol in 1995 and', not 'DANS
    LA NUIT, LA LIBERTÉ - Frédéric Example.')."""
    words = text.split()
    return len(words) >= 8 and bool(_SENTENCE.search(text)) and sum(w.islower() for w in words) >= 4


def _append(e: Entry, text: str, n: int = 0) -> None:
    """A wrapped line joins its entry; a name cut after its hyphen joins without a space."""
    e.rows.append((n, text.strip()))
    joiner = "" if re.search(r"\w-$", e.text.rstrip()) else " "
    e.text = f"{e.text.rstrip()}{joiner}{text.strip()}".strip()


def _expects_more(e: Entry) -> bool:
    """The entry stops mid-way: after a dash, a hyphen, a conjunction or a particle."""
    t = e.text.rstrip()
    return bool(re.search(r"(?:[-–,]|\b(?:and|et|&|von|van|de|du|le|la|der|di|da))$", t))


def _complete(e: Entry) -> bool:
    """An entry with its title and what follows it: a new capital line starts a new entry."""
    t = e.text.rstrip()
    return bool(re.search(r"\s-\s+\S", t) or re.search(r"[.)]$", t) or re.search(r"[a-z]", t))


DECADE_HEADING = rx.compile(r"(?:(?:Les\s+)?[Aa]nnées\s+|[Tt]he\s+)?(?:19|20)\d0s?|(?:19|20)\d0\s*[–-]\s*(?:19|20)\d9")


def _continues(e: Entry, text: str) -> bool:
    t = e.text.rstrip()
    nxt = text.strip()
    if nxt.startswith(("(", "»", "-")):
        return True
    if not _complete(e) and TITLE.match(nxt):
        return True  # a title in capitals cut in two
    return (bool(re.match(r"^[A-ZÀ-Þ][a-zà-ÿ]+\s*(?:\([^()]*\))?\s*$", nxt)) and " - " in t
            and not t.endswith("."))


CRAFTS = {"casting director": "casting_director", "directeur de casting": "casting_director",
          "directrice de casting": "casting_director", "composer": "composer", "film composer": "composer", "cinematographer": "cinematographer",
          "director of photography": "cinematographer", "editor": "editor", "film editor": "editor",
          "compositeur": "composer", "compositrice": "composer", "monteur": "editor", "monteuse": "editor",
          "directeur de la photographie": "cinematographer", "directrice de la photographie": "cinematographer",
          "chef operateur": "cinematographer", "cheffe operatrice": "cinematographer"}
# the lead's occupation: "is an English composer of film music", "est un directeur de la photographie"
LEAD_CRAFT = rx.compile(r"\b(?:(?:is|was)\s+an?\s+(?:[A-Z][\w-]+\s+)?(?:film\s+)?|(?:est|était)\s+une?\s+)"
                        r"(composer|cinematographer|editor|director\s+of\s+photography|compositeur|compositrice|"
                        r"monteur|monteuse|(?:directeur|directrice)\s+de\s+la\s+photographie|"
                        r"chef\s+opérateur|cheffe\s+opératrice)\b")


LEAD_ACTOR = rx.compile(r"\b(?:is|was|est|était)\s+(?:an?|une?)\s+(?:[\w'’-]+\s+){0,4}?(?:actor|actress|acteur|"
                        r"actrice|comédien|comédienne)\b(?P<rest>[^.]*)")


def _stated_actor(ctx: Context, person: Mention) -> bool:
    """The lead says the person acts, and not that they direct ("is a Scottish actor of stage
    and screen", not "is an actor and film director")."""
    # (a lead that wraps: "A Name, né le 7 mai 1931 à Liège et mort ... à" / "Paris, est un
    # directeur de la photographie belge")
    lines = ctx.doc.lines[:40]
    lead = next((t for k, line in enumerate(lines) if fold(person.name) in fold(line)
                 for t in [" ".join(x.strip() for x in lines[k:k + 3])]
                 if re.search(r"\b(?:is|was|est|était)\s+(?:an?|une?)\s", t)), "")
    m = LEAD_ACTOR.search(lead)
    return bool(m) and not re.search(r"\b(?:director|filmmaker|réalisat\w*|cinéaste)\b",
                                     lead[:m.end()] + "", re.I)


def stated_craft(ctx: Context, person: Mention) -> str | None:
    """The crew part a person's stated occupation gives ('Occupation: Composer, fiddler')."""
    said = [fold(c.object.value) for c in ctx.claims if c.prop == "occupation" and c.subject == person
            and isinstance(c.object, Value)]
    # (the lead says it too, before the prose reader reads it: "is an English composer of film music")
    # (a lead that wraps: "A Name, né le 7 mai 1931 à Liège et mort ... à" / "Paris, est un
    # directeur de la photographie belge")
    lines = ctx.doc.lines[:40]
    lead = next((t for k, line in enumerate(lines) if fold(person.name) in fold(line)
                 for t in [" ".join(x.strip() for x in lines[k:k + 3])]
                 if re.search(r"\b(?:is|was|est|était)\s+(?:an?|une?)\s", t)), "")
    said += [fold(m.group(1)) for m in LEAD_CRAFT.finditer(lead)]
    # a title page's occasion: "HANNE EXAMPLE" over "... her retirement from film editing"
    top = " ".join(x.strip() for x in lines[:12])
    if fold(person.name) in fold(top):
        said += [CRAFT_WORK[fold(m.group(1))] for m in TITLE_CRAFT.finditer(top)]
    return next((CRAFTS[o] for o in said if o in CRAFTS), None)


TITLE_CRAFT = rx.compile(r"\b(?:retirement|retraite|career|carrière)\s+(?:from|in|as|de|dans|comme)\s+(?:an?\s+|le\s+|la\s+)?"
                         r"(?:film\s+)?(editing|montage|cinematography|film\s+scoring|scoring|composer|editor|"
                         r"cinematographer|monteuse|monteur|compositeur|compositrice)\b", re.I)
CRAFT_WORK = {"editing": "editor", "montage": "editor", "cinematography": "cinematographer",
              "film scoring": "composer", "scoring": "composer", "composer": "composer", "editor": "editor",
              "cinematographer": "cinematographer", "monteuse": "monteuse", "monteur": "monteur",
              "compositeur": "compositeur", "compositrice": "compositrice"}


def _headed_trade(ctx: Context, b: Block) -> str | None:
    """The trade the owner's heading names beside the name ('JANE EXAMPLE — image',
    'JOHN SAMPLE — Editor'): the crew role of the films listed under it."""
    if not b.owner_line:
        return None
    parts = _DASH.split(ctx.doc.line(b.owner_line).strip(), maxsplit=1)
    key = label_key(parts[1]) if len(parts) == 2 else None
    return key if key in CREW_ROLES else None


def _craft_under(ctx: Context, b: Block) -> str | None:
    """The craft a line under the owner's name heading says ('HANNAH EXAMPLE' / 'Editor')."""
    if not b.owner or not b.owner_line:
        return None
    below = next((t.strip() for t in ctx.doc.lines[b.owner_line:b.owner_line + 2] if t.strip()), "")
    return CRAFTS.get(fold(re.sub(r"^(?:chief|lead|supervising|chef|cheffe)\s+", "", below, flags=re.I)))


# a numbered or bulleted line of a list of films: "No. 12  A Title (A Director, 1958)"
LISTED = rx.compile(r"^\s*(?:(?:No\.?|N°|n°|#)\s*\d+[.:)]?|\d{1,3}[.)]|[A-Z][.)](?=\s{2})|[•·*▪◦‣–-])?\s*(?P<entry>[^\s•·*].*)$")
LEADERS = rx.compile(r"\s*(?:\.{2,}|…+)\s*|\s\.\s(?=[A-ZÀ-Þ])")


# a disc's extras, a programme's line: "Dusk Revisited (2018, 24 min): a new documentary by
# A Name, ...", "A Title (1961, 18 min): A Name's first short film"
_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de|van|von|del|da|di|le|la|Mac|Mc)?\s*[A-ZÀ-Þ][\w'’-]+){1,3}"
DESCRIBED_FILM = rx.compile(
    rf"^(?P<title>[A-ZÀ-Þ0-9«\"“][^():]{{1,80}}?)\s*\((?P<year>{YEAR})(?:\s*,\s*(?P<min>\d{{1,3}})\s*(?:min|mins|minutes)\.?)?\)"
    rf"\s*[:–—-]\s*(?:(?:an?|the)\s+(?:new\s+|short\s+|feature-length\s+)?(?P<kind>documentary|short film|short|film)"
    rf"\s+by\s+(?P<who>{_NAME})\b(?![\w'’-])|(?P<whose>{_NAME})['’]s\s+(?:(?:first|last|second|only|early|final)\s+)?"
    rf"(?P<kind2>short film|short|documentary|film|feature)\b)")


def _described(ctx: Context, n: int, text: str) -> bool:
    """The claims of a DESCRIBED_FILM line, if it is one."""
    d = DESCRIBED_FILM.match(text)
    who = d and clean(d.group("who") or d.group("whose"))
    if not d or not looks_like_name(who, "person"):
        return False
    film = Mention("film", _tidy_title(d.group("title")), int(d.group("year")))
    ctx.add(film, "director", Mention("person", who), n, NAME)
    kind = (d.group("kind") or d.group("kind2")).split()[0]
    if kind in ("documentary", "short"):
        ctx.add(film, "kind", Value("text", kind), n, NAME)
    if d.group("min"):
        ctx.add(film, "duration", Value("minutes", d.group("min")), n, NAME)
    return True


def _listed(ctx: Context, taken: set[int]) -> None:
    """A list of films, each 'Title (Director, Year)', a line each ('ALSO AVAILABLE IN THE
    RANGE' / 'No. 12  A Title (A Director, 1958)'), under no person: the bracket names the
    film's director, as film writing does. Two such lines or more, one under the other."""
    lines = ctx.doc.lines
    run: list[tuple[int, re.Match]] = []
    for n, line in enumerate(list(lines) + [""], 1):
        m = LISTED.match(line) if line.strip() and n not in taken else None
        # ("A.  The lamp room ........ A TITLE (A Director, 2016)": a quiz's still, its answer
        # after the dotted leader)
        entry = LEADERS.split(m.group("entry"))[-1].strip() if m else ""
        if m and _described(ctx, n, entry):
            continue
        tw = TITLE_WHO_YEAR.match(entry) if m else None
        who = clean(tw.group("who")) if tw else ""
        if tw and looks_like_name(who, "person") and 2 <= len(who.split()) <= 4 and \
                not vocab.countries().get(fold(who)) and len(tw.group("title").split()) <= 12:
            run.append((n, tw))
            continue
        if len(run) >= 2:
            for k, hit in run:
                film = Mention("film", _tidy_title(hit.group("title")), int(hit.group("year")))
                ctx.add(film, "director", Mention("person", clean(hit.group("who"))), k, NAME)
        run = []


def read(ctx: Context) -> None:
    blocks, trailing = _blocks(ctx)
    _listed(ctx, {e.line for b in blocks for e in b.entries})
    for b in blocks:
        if b.owner is None and b.sections:
            # (the biography may stand under the block's first heading: "DIRECTOR" /
            # "Name (b. 1986) studied ..." / "FILMOGRAPHY")
            b.owner = next((o for o in (_bio_owner(ctx.doc.lines, s.line) for s in b.sections[:3]) if o), None)
    _shift(ctx, blocks, trailing)
    headless = [b for b in blocks if b.owner is None]
    if headless and len(trailing) == len(headless):
        for b, (line, owner) in zip(headless, trailing):  # names after the blocks, in order
            b.owner, b.owner_line = owner, line
    subject = article_person(ctx)
    for b in blocks:
        if b.owner is None and subject:
            b.owner = subject  # an article about a person: its filmography is that person's
        if ctx.film is not None and b.sections and (b.owner is None or b.owner_line < b.sections[0].line) \
                and SAME_DIRECTOR.match(fold(clean(ctx.doc.line(b.sections[0].line)))):
            # (a heading in capitals above, "SUPPORTS CONSERVÉS", is no owner of these)
            directors = {c.object.name for c in ctx.claims if c.subject == ctx.film and c.prop == "director"}
            if len({fold(d) for d in directors}) == 1:
                b.owner = sorted(directors)[0]  # "Du même réalisateur": the film's one director
        person = Mention("person", b.owner) if b.owner else None
        role_default = _default_role(b)
        # "JANE EXAMPLE BSC" / "Director of Photography" / "FEATURE FILMS" ... "SHORT FILMS": a
        # crew member's trade, said over the list, is their part in every section that says none
        trade = b.sections[0].role if b.sections and b.sections[0].role in CREW_ROLES and \
            not any(e.section is b.sections[0] for e in b.entries) else None
        # (or the person's stated craft: "est un directeur de la photographie français" over
        # "Longs métrages" / "1998 : Titre de A")
        trade = trade or (stated_craft(ctx, person) if person else None) or _craft_under(ctx, b) \
            or _headed_trade(ctx, b)
        if trade:
            role_default = {id(s): trade for s in b.sections}
        elif person and _stated_actor(ctx, person):
            # "A Name (born 1949) is a Scottish actor" over "Selected filmography" / "T (1987)":
            # the films an actor's article lists are the films the actor played in
            role_default = {k: "cast" for k in role_default}
        for e in b.entries:
            _entry(ctx, e, person, e.section.role or role_default.get(id(e.section), "cast"))
    for k, text in enumerate(ctx.doc.lines):
        if text.lstrip()[:1] in ("•", "*", "·", "-"):  # (in a list of its own too)
            _discovered(ctx, text, k + 1)


def _shift(ctx: Context, blocks: list[Block], trailing: list[tuple[int, str]]) -> None:
    """Filmographies set each above its person's name heading: the first block under no
    name, every other under the name of the person before, and one name after the last
    block ('FILMOGRAPHY' / entries / 'JANE EXAMPLE — Director' / her biography / 'FILM' /
    entries / 'JOHN EXAMPLE — Frank' / his biography ...). Each block goes to the name after
    it when the biographies say so: more of them name a film of the block below the name
    after it than below the name before it (the document's own film aside)."""
    blocks = [b for b in blocks if b.entries]  # (a credits' "RÉALISATION" heads no list)
    if len(blocks) < 2 or len(trailing) != 1 or blocks[0].owner is not None or \
            any(b.owner is None or not b.owner_line for b in blocks[1:]):
        return
    lines = ctx.doc.lines
    own = fold(ctx.film.name) if ctx.film else None
    heads = [(b.owner_line, b.owner) for b in blocks[1:]] + trailing
    starts = [min([s.line for s in b.sections] + [e.line for e in b.entries]) for b in blocks]

    def titles(b: Block) -> set[str]:
        out = set()
        for e in b.entries:
            found = _title_and_rest(e.text)
            t = fold(clean(found[0] if found else e.text))
            if len(t) >= 4 and t != own:
                out.add(t)
        return out

    def bio(k: int) -> str:  # the folded text below heading k, up to the next block
        line = heads[k][0]
        end = min(next((s for s in starts if s > line), len(lines) + 1), line + 30)
        return " " + " ".join(fold(lines[j - 1]) for j in range(line + 1, end)) + " "

    before = sum(any(f" {t} " in bio(i - 1) for t in titles(b)) for i, b in enumerate(blocks) if i)
    after = sum(any(f" {t} " in bio(i) for t in titles(b)) for i, b in enumerate(blocks))
    if after > before and after * 2 > len(blocks):
        for b, (line, name) in zip(blocks, heads):
            b.owner, b.owner_line = name, line
        trailing.clear()


BIO_OPENING = rx.compile(r"^(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){1,3}?)\s*(?:(?:\([^)]*\)\s*)?"
                         r"(?:,\s*)?(?:was|is|est|a|has|né|née|\(born|born)\b|\([^)]*\d[^)]*\)\s*,?\s*[a-zà-ÿ])")

# a press kit's "AOIFE EXAMPLE (Nora) trained at ...": a name in capitals, the part, any verb
CAPS_BIO_OPENING = rx.compile(r"^(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3})\s*"
                              r"(?:\([^()]{1,40}\)\s*)?,?\s+[a-zà-ÿ]")


def _bio_owner(lines, first: int) -> str | None:
    """The person a filmography with no name heading belongs to: the one whose biography
    ends just above it ('MOANA EXAMPLE (...) was born in ...' / 'FILMOGRAPHY')."""
    k = first - 1  # the section's line, 1-based; lines[k - 1] is the line above it
    while k >= 1 and not lines[k - 1].strip():
        k -= 1
    if k < 1 or first - k > 3:
        return None
    while k > 1 and lines[k - 2].strip():
        k -= 1  # the paragraph's first line
    m = BIO_OPENING.match(lines[k - 1].strip()) or CAPS_BIO_OPENING.match(lines[k - 1].strip())
    if not m and k < first - 1 and len(lines[k - 1].split()) <= 3:
        m = BIO_OPENING.match(lines[k].strip())  # "DIRECTOR" over "Name (b. 1986) studied ..."
    if not m:
        return None
    name = clean(m.group("name"))
    if not all(w[:1].isupper() for w in name.split()):
        return None
    name = name_case(name) if name.isupper() else name
    return name if looks_like_name(name) and not ORG_WORDS.search(name) else None


LABELLED_LINE = rx.compile(r"^[A-ZÀ-Þ][\w'’ -]{1,25}:\s")


def _default_role(b: Block) -> dict[int, str]:
    """A section that does not say the role: entries with a director after a dash are acting
    credits; entries without one are the person's own films."""
    out = {}
    for s in b.sections:
        es = [e for e in b.entries if e.section is s]
        # (a character after a colon or in brackets says the person acted: "Title de X :
        # Ali", "Title (Bok-nam)")
        dashed = sum(bool(_credit(e.text)) or bool(_split_char(e.text)[1]) or bool(_bracketed_role(e.text))
                     or bool(re.search(r"\b(?:dir\.|directed\s+by|réal\.|réalisé\s+par)\s*[A-ZÀ-Þ]", e.text))
                     for e in es)
        out[id(s)] = "cast" if dashed * 2 >= len(es) else "director"
    return out


# an entry whose title is not in capitals: "2006   Marée basse", "Le Bal - A Director",
# "Un dimanche à Briey de Jane Example" (a name at the end), "A Title (short)"
MIXED = rx.compile(r"^(?P<title>[A-ZÀ-Þ0-9«\"“][^()]*?)(?P<rest>\s+[-–—]\s+.*|\s*\(.*|"
                   r"\s*,\s*(?:dir\.|directed\s+by|réal\.|réalisé\s+par)\s*[A-ZÀ-Þ].*|,\s(?=[A-ZÀ-Þ])(?!.*\s[-–]\s).*|"
                   r",\s+(?=(?:téléfilm|court[- ]métrage|moyen[- ]métrage|documentaire|série|short|"
                   r"documentary|TV\s+(?:film|movie|series))\b).*|"
                   r"\s{3,}(?=[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ]).*|"
                   r"\s+(?:de|d['’]|by|dir\.|directed\s+by|réal\.|réalisé\s+par)\s*"
                   r"(?:[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:van|von|der|den|ter|da|di|del|della|dos)\s+)*"
                   r"[A-ZÀ-Þ][\w'’-]+){1,2}(?:\s+(?:et|and|&)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})?"
                   r"|lui-même|elle-même|himself|herself)"
                   r"(?:\s*\([^()]*\))*\s*|)$")


# "1981 : Title de A Director : Ali": the character after a colon at the end
CHARACTER_AFTER = rx.compile(r"\s+:\s+(?P<char>[^:()]{1,60}?)\s*$")
CHARACTER_NOTED = rx.compile(r"\s+:\s+(?P<char>[^:()]{1,60}?)\s*\([^():]{1,30}\)\s*$")
# ", mise en scène de X", ", directed by X" after a play: who staged it, not who wrote it
STAGED_BY = rx.compile(r",\s*(?:mise\s+en\s+scène|mis\s+en\s+scène|directed\s+by|staged\s+by|dir\.)\b.*$",
                       re.I)
# the person whose filmography it is, named as director or as the role played
SELF = rx.compile(r"^(?:herself|himself|themselves|themself|self|elle-même|lui-même|elle même|"
                  r"lui même)$", re.I)


def _bracketed_role(text: str) -> str | None:
    """'Persimmon Season (Bok-nam)', 'Fourteen Mornings (Grandmother)': a character in
    brackets at the end, not an original title ('(La Route du sel)'), a kind or a length."""
    m = re.search(r"\((?P<char>[^()]{2,40})\)\s*$", text)
    if not m or re.search(r"\d", m.group("char")) or any(p.search(m.group(0)) for p, _ in KINDS):
        return None
    char = m.group("char").strip()
    words = char.split()
    if len(words) > 3 or not char[:1].isupper() or fold(words[0]) in (
            "the", "a", "an", "le", "la", "les", "l", "het", "de", "der", "die", "das", "el", "il",
            "lo", "o", "os", "as", "un", "une", "en", "et", "tv", "voice", "voix", "uncredited") \
            or re.match(r"^(?:L['’]|D['’])", char) or fold(char) in _NOT_ROLES:
        return None
    return char


_NOT_ROLES = {"series", "serie", "short", "feature", "documentary", "documentaire", "cameo",
              "himself", "herself", "lui meme", "elle meme", "narrator", "voice"}


def _split_char(text: str) -> tuple[str, str | None]:
    """An entry's text without the character named after its last colon, and that name."""
    m = CHARACTER_AFTER.search(text)
    if m and not re.search(r"\d", m.group("char")) and re.search(r"\s(?:de|d['’]|by|-|–)\s*\S", text[:m.start()]) \
            or (m and TITLE.match(text) is None and " : " in text):
        return text[:m.start()], clean(m.group("char"))
    # "Title d'elle-même : la postière (caméo)": the part, then a note on it, after a director
    m = CHARACTER_NOTED.search(text)
    if m and not re.search(r"\d", m.group("char")) and re.search(r"\s(?:de|d['’]|by|-|–)\s*\S", text[:m.start()]):
        return text[:m.start()], clean(m.group("char"))
    return text, None


def _title_and_rest(text: str) -> tuple[str, str] | None:
    """An entry's title and what follows it, the title in capitals or not."""
    text = re.sub(r"\s+\|\s+", " — ", _split_char(text)[0])  # "T (1991) | dir. A Name | 35mm"
    if "\t" in text.strip():  # "Sister Kettle<TAB>dir. A Name<TAB>16mm": the title's column
        title, _, rest = text.strip().partition("\t")
        if title.strip()[:1].isupper() or title.strip()[:1].isdigit():
            return title.strip(), " — " + " — ".join(c.strip() for c in rest.split("\t") if c.strip())
    m = TITLE.match(text)
    if m and len(fold(m.group("title"))) >= 2:
        return m.group("title"), m.group("rest")
    m = MIXED.match(text.strip())
    if m and not text.strip().isupper() and len(m.group("title").split()) <= 12:
        return m.group("title"), m.group("rest")
    return None


KIND_WORDS = rx.compile(r"^\s*[-–,]?\s*(?:long|court|moyen)[- ]métrage\b|^\s*[-–,]?\s*(?:documentaire|"
                        r"téléfilm|feature|short|documentary|fiction|animation|série|series|tv\b|"
                        r"\d+\s*(?:min|mn)\b)", re.I)


def _credit(text: str) -> re.Match | None:
    """The director an entry names after its title: '- A Director', 'de A Director',
    "d'A Director", 'by A Director', after any '(short)' or '(téléfilm)'."""
    found = _title_and_rest(text)
    if not found:
        return None
    bracketed = re.match(rf"^\s*\(\s*(?:{DIRECTED}|de\s|by\s)\s*(?P<who>[^()]+?)\s*\)", found[1])
    if bracketed:  # "A TITLE (dir. A Director)"
        return bracketed
    said = re.search(rf"(?:^|[\s,(–-])(?:{DIRECTED}|Dirs?\.)\s*(?P<who>[{UPPER}](?:(?!\s[A-Z][a-zà-ÿ]{{1,7}}\.\s)[^,;()|\t—])+)",
                     found[1][:80])
    if said:  # "Title (1966) – short documentary, dir. A Director"
        return said
    rest = re.sub(r"^(?:\s*\([^()]*\))+", "", found[1])
    rest = re.sub(r"^,\s*(?:téléfilm|court[- ]métrage|moyen[- ]métrage|documentaire|short|documentary|"
                  r"TV\s+(?:film|movie))\s+(?=(?:de|d['’]|by)\b)", " ", rest, flags=re.I)
    if KIND_WORDS.match(re.sub(r"^\s*[-–—]\s*", "", rest)) and \
            not re.search(rf"\b(?:de|d['’]|by)\s*[A-ZÀ-Þ]|{DIRECTED}", rest):
        # "TERRILS – documentaire, 52 min", "A TITLE (Original Title) — feature, 96'": what
        # kind of film, not who made it
        return None
    # "2009   LOW TIDE      A Director": the director in a column of its own
    return re.match(rf"^\s*[-–—]\s*(?:{DIRECTED}\s*)?(?P<who>.*\S.*)$", rest) or \
        re.match(r"^\s{2,}(?P<who>[A-ZÀ-Þ][\w'’.-]+(?:\s[A-ZÀ-Þ][\w'’.-]+){1,3})\s*$", rest) or \
        re.match(rf"^\s*(?:de|d['’]|by|{DIRECTED})\s*(?P<who>[A-ZÀ-Þ].*|lui-même|elle-même|himself|herself)$",
                 rest) or \
        re.match(rf"^\s*,\s*(?:{DIRECTED}\s*)?(?P<who>[{UPPER}][{LOWER}'’.-]+(?:[\s-]+[{UPPER}]"
                 rf"[{LOWER}'’.-]+){{1,3}})\s*$",
                 ("," if found[0].rstrip().endswith(",") else "") + rest)  # "A TITLE, A Director"


# an actor's entry: the part, then the director in brackets ("— Karim (A Director)")
PART_THEN_DIRECTOR = rx.compile(rf"^\s+[-–—]\s+(?P<char>[^()\d]{{1,40}}?)\s*\((?P<who>{NAME_RE})\)\s*$")


# a casting director's discoveries: "MAIREAD QUILL – young Eliza in THE TITLE (2016), found at
# an open call; later Dot Brannigan in OTHER TITLE (2023)": an actor, then each part and film
DISCOVERED = rx.compile(r"^(?P<who>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){1,3})\s+[–—-]\s+(?P<rest>.+)$")
DISCOVERED_PART = rx.compile(r"(?:^|[,;]\s+(?:(?:and\s+)?later\s+|then\s+|puis\s+|et\s+)?)(?P<char>[^,;()]{2,60}?)(?:,\s+[^,;()]{2,40},)?,?\s+"
                             r"(?:in|dans)\s+(?P<t>[A-ZÀ-Þ0-9][^a-z()]{1,80}?)\s+\((?P<y>(?:18|19|20)\d\d)\)")


def _discovered(ctx: Context, text: str, line: int) -> bool:
    """A line that names an actor, then the parts they played, each in its film in
    capitals (a casting director's 'Discoveries'): the actor is in each film's cast."""
    m = DISCOVERED.match(text.strip().lstrip("•*·- ").strip())
    if not m or not m.group("who").isupper() or not looks_like_name(name_case(m.group("who")), "person"):
        return False
    parts = list(DISCOVERED_PART.finditer(m.group("rest")))
    if not parts or not parts[0].start() == 0:
        return False
    who = Mention("person", name_case(m.group("who")))
    for p in parts:
        title = _tidy_title(p.group("t"))
        film = Mention("film", title, int(p.group("y")), local=f"{NAME}:{line}:{fold(title)}")
        char = clean(p.group("char"))
        ctx.add(film, "cast", who, line, NAME, (("character", char),) if char[:1].isupper() or
                re.match(r"(?:young|old|little|le\s+jeune|la\s+jeune|petit|petite)\s+[A-ZÀ-Þ]", char) else ())
        ctx.add(film, "date", Value("year", p.group("y")), line, NAME)
    return True


def _entry(ctx: Context, e: Entry, person: Mention | None, role: str) -> None:
    if _discovered(ctx, e.text, e.line):
        return
    lines = ctx.doc.lines
    if 2 <= e.line < len(lines) and not re.match(r"\s*\d", lines[e.line - 1]) and all(
            re.fullmatch(r"[-=_─═~*]{4,}", lines[k].strip()) for k in (e.line - 2, e.line)):
        return  # "-----" / "DISCOVERIES – first screen roles" / "-----": the next section's heading
    if e.section.medium == "play":
        e.text = STAGED_BY.sub("", e.text)  # "X d'A Author, mise en scène de B": A wrote it
    char = _split_char(e.text)[1]
    found = _title_and_rest(e.text)
    if not found:
        return
    title = _tidy_title(found[0])
    rest = found[1]
    alt = None
    if " / " in title:  # "Kestrel Hour / Kerkenez Saati": the title and the original one
        title, alt = (_tidy_title(x) for x in title.split(" / ", 1))
    paren = re.fullmatch(r"(?P<t>.+?)\s*\((?P<alt>[^()\d]{2,60})\)", title)
    if paren and not alt and paren.group("alt")[:1].isupper() and not _bracketed_role(title) \
            and not any(p.search(title) for p, _ in KINDS):
        title, alt = paren.group("t"), paren.group("alt")  # "Night of X (Shab-e Anar)"
    if len(fold(title)) < 2:
        return
    medium = e.section.medium
    if medium == "other":
        return  # a commercial, a music video: no film
    kind = "play" if medium == "play" else "film"
    if medium == "tv" and re.search(r"\(series\)|\bepisodes?\b|\bs[eé]ries?\b|\bsaisons?\b|\bépisodes?\b", rest, re.I):
        kind = "series"  # a television series is not a film
    film = Mention(kind, title, e.year, local=f"{NAME}:{e.line}" + (f":{e.part}" if e.part else ""))
    if alt and len(fold(alt)) >= 2:
        ctx.add(film, "alias", Mention(kind, alt, e.year, local=film.local), e.line, NAME)
    if kind == "film":
        for pattern, k in KINDS:
            if pattern.search(rest):
                ctx.add(film, "kind", Value("text", k), e.line, NAME)
        if medium in ("short", "documentary"):
            ctx.add(film, "kind", Value("text", medium), e.line, NAME)
        if medium == "tv":
            ctx.add(film, "kind", Value("text", "tv film"), e.line, NAME)
        rt = RUNTIME.search(rest)
        hours = HOURS.search(rest)
        if rt or hours:
            minutes = int(rt.group(1)) if rt else int(hours.group(1)) * 60 + int(hours.group(2) or 0)
            ctx.add(film, "duration", Value("minutes", str(minutes)), e.line, NAME)
        avec = WITH_CAST.search(rest)
        if avec:  # "Les Mains nues (1965) – avec A, B – 1 h 28": its cast
            for n, _ in names(avec.group("who").strip(" ,."), ctx, "person"):
                ctx.add(film, "cast", Mention("person", n), e.line, NAME)
    # "— original screenplay", "— co-writer with A Name", "— writer-director": the person's
    # own part in the film, said after the dash (not a director's name)
    first = lines[e.line - 1] if 0 < e.line <= len(lines) else ""
    if first.rstrip().endswith((" with", " avec")) and e.line < len(lines):
        first = f"{first.rstrip()} {lines[e.line].strip()}"  # "co-written with" / "A Name, from ..."
    own = OWN_PART.search(first) if role == "cast" and person else None
    if own:
        part = fold(own.group("part"))
        for key in ["screenwriter", "director"] if re.search(r"director|realis", part) else ["screenwriter"]:
            ctx.add(film, key, person, e.line, NAME)
        if own.group("with"):
            who = re.split(r",\s+(?=[a-z])|\s+(?:from|d['’]après)\s", own.group("with"))[0]
            for n, _ in names(who, ctx, "person"):
                ctx.add(film, "screenwriter", Mention("person", n), e.line, NAME)
        _row_credits(ctx, film, e.rows, director=True)
        return
    # "- A Director", or in French "de A Director" / "d'A Director"
    dash = _credit(e.text)
    credited = None
    self_made = False
    part_by = PART_THEN_DIRECTOR.match(rest) if role == "cast" else None
    if part_by:  # "1961 — Le Port — Karim (A Director)": the part played, then the director
        char, dash = clean(part_by.group("char")), None
        credited = [clean(part_by.group("who"))]
    row_director = next((m.group("value") for _, row in e.rows for m in [ROW_CREDIT.match(ROW_SPLIT.split(row.strip())[0])]
                         if m and label_key(m.group("label").rstrip(": ")) == "director"), None)
    if row_director:  # "Dir. A Name" on a line of its own under the title
        dash = re.match(r"(?P<who>.*)", row_director)
    if dash:
        who = re.sub(r"\((?:[^()]*)\)|\bTVM\b.*|\d+\s*mn.*", "", dash.group("who"))
        who = re.split(r"(?<!\b[A-Z])\.(?:\s|$)|\bDirected by\b", who)[0]
        self_made = bool(SELF.match(who.strip()))  # "de lui-même": the person directed it
        credited = [] if self_made else [n for n, _ in names(who, ctx, "person")
                                         if not re.fullmatch(r"[A-Z]{1,4}\.?", n)]  # ("DOC", "TV": a kind)
    if kind == "play":
        if any(VENUE.search(n) for n in credited or []) or re.search(DIRECTED, dash.group(0) if dash else ""):
            credited = []  # "– Tron Theatre, Glasgow": where it played, not who wrote it;
            # "directed by X": who staged it
        for n in credited or []:
            ctx.add(film, "author", Mention("person", n), e.line, NAME)
        return  # a play's stage director is not a film director: nothing maps it yet
    if kind == "series":
        return  # film roles (P57, P161) would make it a film: nothing maps a series' credits yet
    for n in credited or []:
        ctx.add(film, "director", Mention("person", n), e.line, NAME)
    _row_credits(ctx, film, e.rows)
    if person is None or role == "assistant":
        return
    if self_made:
        ctx.add(film, "director", person, e.line, NAME)
    if re.search(r"\b(?:également|aussi|also)\s+(?:scénariste|screenwriter|writer|co-?writer|co-?scénariste)\b",
                 rest, re.I):
        ctx.add(film, "screenwriter", person, e.line, NAME)
    if re.search(r"\b(?:également|aussi|also)\s+(?:director|co-?director|réalisateur|réalisatrice)\b", rest, re.I):
        ctx.add(film, "director", person, e.line, NAME)
    co = re.search(rf"\b(?:co-?directed|co-?réalisé|coréalisé)\s+(?:with|avec)\s+(?P<who>{NAME_RE})", rest)
    if co:  # "documentary, co-directed with A Person"
        ctx.add(film, "director", person, e.line, NAME)
        ctx.add(film, "director", Mention("person", clean(co.group("who"))), e.line, NAME)
    if role == "cast":
        char = char or _bracketed_role(e.text)
        ctx.add(film, "cast", person, e.line, NAME, (("character", char),) if char else ())
    elif role in CREW_ROLES:
        ctx.add(film, role, person, e.line, NAME)
        if role == "director" and not credited:
            w = re.search(r"\b(?:written|co-written|écrit|co-écrit)\s+(?:with|avec)\s+(?P<who>[^.]+)", rest,
                          re.I)
            if w:
                ctx.add(film, "screenwriter", person, e.line, NAME)
                for n, _ in names(w.group("who"), ctx, "person"):
                    ctx.add(film, "screenwriter", Mention("person", n), e.line, NAME)


# (its credits set apart by dashes or middle dots: "dir. A Name · prod. B Name · with C")
ROW_SPLIT = rx.compile(r"\s+[–—·]\s+")
ROW_CREDIT = rx.compile(r"^(?P<label>[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]{1,7}s?\.(?:\s*[A-ZÀ-Þ][a-zà-ÿ]{1,7}\.)?|[A-ZÀ-Þ][\w ]{1,25}?\s*:|"
                       r"[Ss]tarring|[Ww]ith|[Aa]vec)\s*(?P<value>[A-ZÀ-Þ].*)$")


# a writer's own part in an entry: "— original screenplay", "— screenplay, co-written with A",
# "— co-writer with B", "— writer-director", "— scénario, avec C"
OWN_PART = rx.compile(r"(?:\)|\d)\s*(?:\([^()]*\)\s*)*[–—]\s*(?P<part>(?:original\s+)?screenplay|co-?writer|writer-director|"
                      r"writer|scénario(?:\s+original)?|co-?scénariste|scénariste(?:-réalisat(?:eur|rice))?)\b"
                      r"(?:,?\s*(?:co-?written\s+|coécrit\s+)?(?:with|avec)\s+(?P<with>[A-ZÀ-Þ].*))?")


def _row_credits(ctx: Context, film: Mention, rows: list, director: bool = False) -> None:
    """The credits on an entry's own lines under its title: 'Dir. A Name', 'Prod. B, C –
    D Films / E Pictures' (the companies after the producers), 'starring F', 'Dir. G –
    Editor: H'."""
    for n, row in rows:
        last = None
        for seg in ROW_SPLIT.split(row.strip()):
            m = ROW_CREDIT.match(seg.strip())
            key = label_key(m.group("label").rstrip(": ")) if m else None
            if key in vocab.roles():
                if key != "director" or director:  # (the director: _credit() has read it)
                    add_labelled(ctx, film, key, m.group("value"), n, NAME)
                last = key
            elif last == "producer" and all(ORG_WORDS.search(x) or len(x.split()) <= 3
                                            for x in re.split(r"\s*/\s*", seg)) or \
                    last == "director" and all(ORG_WORDS.search(x) for x in re.split(r"\s*/\s*", seg)):
                # ("dir. A Name · Greyhaven Pictures / Tollbridge Films": the companies too)
                # "Prod. A Name – Curlew Films / Les Films du Préau": the companies
                add_labelled(ctx, film, "production_company", seg.replace(" / ", ", "), n, NAME, bodies=True)
                last = None
            else:
                last = None


def _tidy_title(raw: str) -> str:
    """The title as written, without a trailing dash or comma (resolve() recases capitals)."""
    t = clean(raw.rstrip(" -–,"))
    return re.sub(r"\s+([!?])", r" \1", t)

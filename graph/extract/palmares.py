"""Palmarès: a festival's awards, each award's name in capitals over its winner.

    GOLDEN GULL – BEST FILM                  a film's award: the title, its director,
    THE TITLE (Other Title)                  its countries
    Dir. A Name
    Norway, Sweden

    SILVER GULL – BEST ACTRESS               a person's award: the name, then the film
    A Name                                   ("for her role as Character in THE TITLE
    for her role as Eva in THE TITLE (dir. B Name)     (dir. B Name)"); the award says
                                             the part (actress: cast, screenplay: writer)
    CRITICS' AWARD
    THE TITLE (Other Title) – A Name         the title, then its director
"""
from __future__ import annotations

import re

from .. import rx, vocab
from ..model import Mention, Value
from ..text import clean, fold, title_case
from .context import Context, edition_year
from .values import looks_like_name

NAME = "palmares"
AWARD = rx.compile(r"\b(?:PRIZE|AWARDS?|PRIX|MENTION|TROPHY|TROPHÉE|PALME|BEST|MEILLEURE?|GRAND\s+PRIX)\b")
# what an award says of its winner's part
PARTS = ((rx.compile(r"\b(?:DIRECTOR|DIRECTION|RÉALISATION|MISE EN SCÈNE)\b"), "director"),
         (rx.compile(r"\b(?:ACTRESS|ACTOR|PERFORMANCE|INTERPRÉTATION|ACTRICE|ACTEUR)\b"), "cast"),
         (rx.compile(r"\b(?:SCREENPLAY|SCRIPT|WRITING|SCÉNARIO|ADAPTATION)\b"), "screenwriter"),
         (rx.compile(r"\b(?:CINEMATOGRAPHY|PHOTOGRAPHY|PHOTOGRAPHIE)\b"), "cinematographer"),
         (rx.compile(r"\b(?:EDITING|MONTAGE)\b"), "editor"),
         (rx.compile(r"\b(?:MUSIC|SCORE|MUSIQUE)\b"), "composer"))
CAPS_TITLE = r"(?P<t>[A-ZÀ-Þ0-9][^a-z()–—]{1,80}?)(?:\s*\((?P<p>[^()]{1,80})\))?"
FOR = rx.compile(r"^(?:(?P<who>[^,]{3,80}),\s+)?(?:for|pour)\s+(?:(?:his|her|their|son|sa)\s+"
                 r"(?:(?:role|rôle)\s+(?:as|de)\s+(?P<char>[^()]{1,60}?)\s+(?:in|dans)|"
                 r"(?:performance|interprétation)\s+(?:in|dans))\s+)?" + CAPS_TITLE + r"\s*$")
TITLE = rx.compile(r"^" + CAPS_TITLE + r"(?:\s+[–—]\s+(?P<who>[^()]{3,60}))?\s*$")
# a nominee's line, the winner's marked: "★ A Name et B Name pour Le Titre", "C Name for The Title"
NOMINEE = rx.compile(r"^(?:[★☆*✓✔►•-]\s*)?(?P<who>[A-ZÀ-Þ][^()]{2,100}?)\s+(?:pour|for)\s+(?P<t>[A-ZÀ-Þ0-9«\"“][^()]{0,80}?)\s*$")
# a film nominee's line: "★ Le Titre de A Name, produit par B Name", "The Title by C Name (Spain)"
FILM_NOMINEE = rx.compile(r"^(?:[★☆*✓✔►•-]\s*)?(?!.*\s(?:dans|in|pour|for|avec|with)\s)(?P<t>[A-ZÀ-Þ0-9«\"“].{0,80})\s+(?:de|d['’]|by)\s*"
                          r"(?P<who>[A-ZÀ-Þ][^(),]{2,100}?)\s*(?:\((?P<c>[^()]{2,40})\))?"
                          r"(?:,\s*(?:produit\s+par|produced\s+by)\s+(?P<prod>[A-ZÀ-Þ].+?))?\s*$")
# the year the list is of: "films sortis en 2013", "films released in 2013"
LIST_YEAR = rx.compile(r"\bfilms?\s+(?:sortis?\s+en|released\s+in|of)\s+(?P<y>(?:19|20)\d\d)\b", re.I)
DIR = rx.compile(r"^(?:Dir\.|Directed\s+by|Réal\.|Réalisation\s*:|Un\s+film\s+de)\s*(?P<who>.+?)\s*$", re.I)


def heads(lines) -> list[int]:
    """The lines (0-based) that name an award over a winner."""
    out = []
    for k, text in enumerate(lines[:-1]):
        t = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())
        if t and t.isupper() and len(t) <= 80 and AWARD.search(t) and lines[k + 1].strip() and \
                (k == 0 or not lines[k - 1].strip()):
            out.append(k)
    return out


def is_palmares(doc) -> bool:
    return len(heads(doc.lines)) >= 3


def _people(text: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+(?:and|et|&)\s+", clean(text))
    return [p for p in parts if 2 <= len(p.split()) <= 5 and looks_like_name(p, "person")]


def _only_people(text: str) -> list[str]:
    """The names `text` lists ("A Name, B Name et C Name"), when every part is one; else []."""
    named = _people(text)
    return named if named and len(named) == len(re.split(r"\s*,\s*|\s+(?:and|et|&)\s+", text)) else []


def read(ctx: Context) -> None:
    if ctx.film is not None:
        return
    if not is_palmares(ctx.doc):
        if edition_year(ctx):
            _edition(ctx, edition_year(ctx))
        return
    lines = ctx.doc.lines
    for k in heads(lines):
        award = lines[k].strip().upper()
        part = next((p for rx_, p in PARTS if rx_.search(award)), None)
        block = []
        for j in range(k + 1, min(len(lines), k + 7)):
            if not lines[j].strip():
                break
            block.append((j + 1, clean(lines[j])))
        film, winners = None, []
        if _nominees(ctx, block, part, award):
            continue
        for n, text in block:
            m = FOR.match(text)
            if m and m.group("t").strip().isupper() and re.search(r"[A-ZÀ-Þ]{2}", m.group("t")):
                film = _film(ctx, m, n)
                who = _people(m.group("who")) if m.group("who") else winners
                # ("for her performance in T", "for his role as C in T": a part, whatever the award)
                role = part or ("cast" if re.search(r"\b(?:role|rôle|performance|interprétation)\b", text) else None)
                for p in who if role else ():
                    quals = (("character", clean(m.group("char"))),) if m.group("char") and role == "cast" else ()
                    ctx.add(film, role, Mention("person", p), n, NAME, quals)
                continue
            m = TITLE.match(text)
            if film is None and m and m.group("t").strip().isupper() and re.search(r"[A-ZÀ-Þ]{2}", m.group("t")) \
                    and not all(vocab.countries().get(fold(c)) for c in re.split(r"\s*[,/]\s*", m.group("t"))):
                film = _film(ctx, m, n)
                for p in _people(m.group("who") or ""):
                    ctx.add(film, part or "director", Mention("person", p), n, NAME)
                continue
            d = DIR.match(text)
            if d and film is not None:
                for p in _people(d.group("who")):
                    ctx.add(film, "director", Mention("person", p), n, NAME)
                continue
            places = [vocab.countries().get(fold(c)) for c in re.split(r"\s*[,/]\s*", text)]
            if film is not None and places and all(places):
                for code, country in places:
                    ctx.add(film, "country", Value("country", country, code), n, NAME)
                continue
            named = _people(text)
            if film is None and _only_people(text):
                winners = named  # "A Name" over "for THE TITLE": names only


def _nominees(ctx: Context, block: list[tuple[int, str]], part: str | None, award: str) -> bool:
    """An awards ceremony's nominees, a line each under the award ("★ A Name pour Le Titre",
    "Le Titre de B Name, produit par C Name"): each line names its film, and the award says
    what the people did for it. False when the block is no list of nominees."""
    rows = [(n, NOMINEE.match(t), FILM_NOMINEE.match(t)) for n, t in block]
    if len(rows) < 2 and not (rows and re.match(r"^[★☆*✓✔]", block[0][1])) or \
            not all(a or b for _, a, b in rows):
        return False
    year = next((int(m.group("y")) for t in ctx.doc.lines[:8] if (m := LIST_YEAR.search(t))), None)
    for n, person_row, film_row in rows:
        if person_row and (part or not film_row):
            title, who = person_row.group("t"), person_row.group("who")
            role = part
        else:
            title, who, role = film_row.group("t"), film_row.group("who"), "director"
        title = clean(title).strip("«»\"“” ")
        film = Mention("film", title, year, local=f"{NAME}:{fold(title)}")
        if year:
            ctx.add(film, "date", Value("year", str(year)), n, NAME)
        if "COURT" in award or "SHORT" in award:
            ctx.add(film, "kind", Value("text", "short"), n, NAME)
        elif "DOCUMENTAIRE" in award or "DOCUMENTARY" in award:
            ctx.add(film, "kind", Value("text", "documentary"), n, NAME)
        for p in _people(who) if role else ():
            ctx.add(film, role, Mention("person", p), n, NAME)
        if film_row and not (person_row and part):
            if film_row.group("prod"):
                for p in _people(film_row.group("prod")):
                    ctx.add(film, "producer", Mention("person", p), n, NAME)
            hit = vocab.countries().get(fold(film_row.group("c") or ""))
            if hit:
                ctx.add(film, "country", Value("country", hit[1], hit[0]), n, NAME)
    return True


def _film(ctx: Context, m: re.Match, n: int) -> Mention:
    title = title_case(clean(m.group("t")))
    film = Mention("film", title, None, local=f"{NAME}:{fold(title)}")
    for piece in re.split(r"\s*,\s*", m.group("p") or ""):
        said = re.match(r"(?:dir\.|réal\.)\s*(?P<who>.+)$", piece, re.I)
        if said:
            for p in _people(said.group("who")):
                ctx.add(film, "director", Mention("person", p), n, NAME)
        elif piece and not re.search(r"\d", piece) and not vocab.countries().get(fold(piece)):
            ctx.add(film, "alias", Mention("film", clean(piece), None, local=film.local), n, NAME)
    return film


# a festival edition's page lists its films a line each, under "Compétition officielle", "Out
# of competition", "Palmarès": "• T de A Name (France, Belgique)", "* T - A Name (opening
# film)", "* Golden Example: T by A Name", "• Prix du scénario : A et B pour T"
ITEM = rx.compile(r"^(?P<indent>\s*)[•·*▪◦‣–-]\s+(?P<text>\S.*)$")
AWARD_ITEM = rx.compile(r"^(?P<award>[A-ZÀ-Þ][^:()]{2,60}?(?:\s*\([^():]{2,40}\))?)\s*:\s+(?P<rest>\S.*)$")
DASH = rx.compile(r"\s+[-–—]\s+")
BY = rx.compile(r"\s+(?:de|d['’]|by|[-–—])\s*(?=[A-ZÀ-Þ])")


def _items(lines) -> list[tuple[int, str]]:
    """Each bulleted line with the lines it wraps onto (indented, no bullet of their own)."""
    out: list[tuple[int, str]] = []
    wrapped: set[int] = set()
    for k, text in enumerate(lines):
        m = ITEM.match(text)
        if m:
            out.append((k + 1, clean(m.group("text"))))
        elif out and text.strip() and text[:1].isspace() and k >= 1 and lines[k - 1].strip() and \
                (ITEM.match(lines[k - 1]) or k - 1 in wrapped):
            wrapped.add(k)
            n, before = out[-1]
            out[-1] = (n, clean(f"{before} {text.strip()}"))
    return out


def _title_by(text: str) -> tuple[str, list[str], str | None] | None:
    """'T de A Name (France)': the title, its directors and the bracket; the split at the
    last 'de' / 'by' / dash after which names follow ('Le Testament de Mathilde Roux de B')."""
    bracket = re.search(r"\s*\((?P<b>[^()]{2,60})\)\s*$", text)
    body = text[:bracket.start()] if bracket else text
    if re.search(r"\s(?:dans|in|pour|for|avec|with)\s", body):
        return None  # ("A dans T", "B with C": a part, no title and its directors)
    for m in reversed(list(BY.finditer(body))):
        head, tail = body[:m.start()].strip(), body[m.end():].strip()
        if not head or re.search(r",\s+[a-zà-ÿ]", head):
            return None  # ("A Name, comédienne, ...": a jury's member)
        who = _only_people(clean(tail))
        if who:
            return head.strip("«»\"“” "), who, bracket.group("b") if bracket else None
    return None


def _edition(ctx: Context, year: int) -> None:
    """A festival edition's films (of the edition's year), their directors and countries,
    and the parts its awards name ('Best Actress: A for T': A plays in T)."""
    # the films the page names elsewhere (its selection's table): their years
    known: dict[str, int | None] = {}
    for c in ctx.claims:
        if c.subject.kind == "film":
            known.setdefault(fold(c.subject.name), c.subject.year)
            if c.prop == "alias" and isinstance(c.object, Mention):
                known.setdefault(fold(c.object.name), c.subject.year)
    found = []
    for n, text in _items(ctx.doc.lines):
        award = AWARD_ITEM.match(text)
        part, rest = None, text
        if award and not vocab.countries().get(fold(award.group("award"))):
            part = next((p for rx_, p in PARTS if rx_.search(award.group("award").upper())), None)
            rest = award.group("rest")
        people = NOMINEE.match(rest)  # ("A et B pour T": a nominee's line)
        dashed = DASH.split(rest, maxsplit=1) if award and not people else []
        if len(dashed) == 2 and (fold(dashed[1]) in known or fold(dashed[0]) not in known and part
                                 and _only_people(dashed[0])):
            # "Best Actress: A Name – T": the person first, when the title is the film's
            found.append((n, clean(dashed[1]), _people(dashed[0]), part, None))
            continue
        if people:
            who, title, bracket = _people(people.group("who")), clean(people.group("t")), None
            role = part
            if not who:
                continue
        else:
            hit = _title_by(rest)
            if not hit:
                continue
            title, who, bracket = hit
            role = "director"
        found.append((n, title, who, role, bracket))
    if len(found) < 3:
        return  # (a line or two in passing: no list of the edition's films)
    for n, title, who, role, bracket in found:
        said = fold(title) in known
        film = Mention("film", title, known[fold(title)] if said else year, local=f"{NAME}:{fold(title)}")
        if not said:
            ctx.add(film, "date", Value("year", str(year)), n, NAME)
        for p in who if role else ():
            ctx.add(film, role, Mention("person", p), n, NAME)
        places = [vocab.countries().get(fold(c)) for c in re.split(r"\s*[,/]\s*", bracket or "")]
        if bracket and all(places):
            for code, country in places:
                ctx.add(film, "country", Value("country", country, code), n, NAME)

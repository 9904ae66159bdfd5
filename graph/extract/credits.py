"""Credits reader: the credit lines of press kits and end titles.

    Director: Jane Example                      Role: Name[, Name and Name]
    with the artistic collaboration of X        a role phrase without a colon
    Associate producers: A and                  a value that wraps to the next line
    B
    Music: A (music), B (lyrics), C (vocals)    a part in brackets gives its own role
    Anna: Marie de la Sample                    Character: Actor, in a run of such lines
    French distribution : Films et Cie.         French-style space before the colon

Labels come from the role table (graph/vocab/roles.toml), in English and French.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import rx, vocab
from ..model import Mention, Value
from ..text import clean, fold, in_capitals, name_case, parse_minutes, uninvert
from . import infobox, tables
from .companies import _phrases as company_phrases
from .context import HEADINGS, Context
from .values import _PARTICLES, BODY, DOTTED_LABEL, PRINT_FACTS, abbreviation, add_labelled, label_key, label_keys, looks_like_name

NAME = "credits"
COLON = rx.compile(r"^\s*(?P<label>[^:.!?]{1,60}?\.?)\s*:\s*(?P<value>.*?)\s*$")  # ("Réal. :")
CONTINUES = rx.compile(r"(?:,|\band|\bet|&)\s*$", re.I)
CONTINUATION = rx.compile(r"^\s*(?:and|et|&)\s+\S", re.I)
# a role phrase with no colon: "with the artistic collaboration of X", "Directed by X"
DOTS = rx.compile(r"^\s*(?P<a>[^.…\s](?:[^.…]|\.(?=\s))*?)\s*(?:\.{3,}|(?<=\s)\.\.(?=\s)|…+|·{3,}|_{3,}|\t+|\s{2,})\s*(?P<b>.+?)\s*$")
# a second field on a record's line, after a wide gap: "1962            COUNTRY ... Canada"
SECOND_FIELD = rx.compile(r"\s{4,}(?P<label>[A-ZÀ-Þ][\w'’. ]{1,24}?)\s*(?:\.{3,}|:)\s*(?P<value>\S.*)$")
NAME_DASH_ROLE = rx.compile(r"^\s*(?P<names>[A-ZÀ-Þ][^–—:]{2,80}?)\s+[–—]\s+(?P<role>[^\d–—]{2,80})$")
FACT_LINE = rx.compile(r"^\s*(?P<label>[^\d:]{3,40}?)\s+(?:le\s+|on\s+|:\s*)?(?P<value>\d{1,2}(?:er)?\s+"
                       r"[^\W\d_]+\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4})\s*$", re.I)
# what a line that gives the release date opens with ("Sortie en salles en Suisse le ...")
RELEASE_LABEL = rx.compile(r"^(?:au cinema|en salles?|dans les salles|in cinemas|in theaters|in theatres|"
                           r"sortie\b.*|release\b.*|released\b.*|out in cinemas)$")
SPOKEN = rx.compile(r"^(?:(?:Version\s+originale|Original\s+version)\s+(?:en|in)|In|En)\s+"
                    r"(?P<langs>[^\d.:;,]{3,80}?)(?:\s+(?:with|avec)\s+[^\d.:;]*"
                    r"(?:subtitles|sous-titres)[^\d.:;]*|,\s+(?:sous-titrée?s?|subtitled)[^\d.:;]*)?\.?$")
PHRASE_END = rx.compile(r"(?:\bof|\bby|\bwith|\bfrom|\bde|\bpar|\bavec)$", re.I)


def _phrase(text: str, bodies: bool = False) -> tuple[list[str], str] | None:
    """A line that starts with a role phrase ending in of/by/with, then names: the roles
    ('Written and directed by' gives two) and the names (with `bodies`, a body's role:
    'With support from A and B')."""
    words = text.strip().split()
    for n in range(min(8, len(words) - 1), 1, -1):
        label = " ".join(words[:n])
        if not PHRASE_END.search(label):
            continue
        # "Written and directed by": each verb with the preposition
        m = re.match(r"^(?P<verbs>.+?)\s+(?P<prep>by|par)$", label, re.I)
        parts = [label]
        if m and re.search(r",|\band\b|\bet\b", m.group("verbs")):
            verbs = re.split(r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+", m.group("verbs"))
            parts = [f"{v} {m.group('prep')}" for v in verbs if v]
        keys = [label_key(p) for p in parts]
        # bodies named in sentences are the companies reader's
        if all(k in vocab.roles() and (vocab.role(k).object == "person") != bodies for k in keys):
            return keys, " ".join(words[n:])
    return None


def _role_keys(label: str) -> list[str]:
    """The roles a label alone on its line names: 'Editor' -> [editor]; 'Written and
    directed by' -> [screenwriter, director]."""
    key = label_key(label)
    if key:
        return [key] if key in vocab.roles() else []
    hit = _phrase(f"{label} X")
    if hit and hit[1] == "X":
        return hit[0]
    # "direction artistique et décors", "Make-up and Prosthetics": each part a role
    parts = [p for p in re.split(r"\s+(?:et|and|&)\s+|\s*[/,]\s*", label.strip()) if p]
    keys = [label_key(p) for p in parts]
    if len(parts) >= 2 and keys[0] in vocab.roles() and not PRINT_FACTS.search(fold(label)):
        return list(dict.fromkeys(k for k in keys if k in vocab.roles()))
    return []


# a name with its part in brackets, its birth perhaps after it: 'A Name (director)', 'B Name
# (role: "Mary Pask"), DOB 17/05/1979', "C Name (rôle : Anna), né le 3 mai 1970"
NAMED_PART = rx.compile(r"^(?P<who>[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){1,3})\s*\((?:(?P<part>role|rôle|as|part)\s*:?\s*"
                            r"[\"“«‘']?\s*(?P<char>[^\"”»’()]{1,40}?)\s*[\"”»’']?|(?P<role>[a-zà-ÿ][\w' -]{1,30}))\)"
                            r"(?:\s*[,;]\s*(?:DOB|D\.O\.B\.|b\.|born|né(?:e)?(?:\s+le)?)\s*:?\s*(?P<born>[^,;]{4,30}?))?\s*[,;.]?\s*$")


def _named_part(ctx: Context, film: Mention, text: str, n: int) -> None:
    """The claims of a NAMED_PART line: the name's role or character, its birth year."""
    m = NAMED_PART.match(text)
    if not m or not looks_like_name(clean(m.group("who"))):
        return
    who = clean(m.group("who"))
    key = "cast" if m.group("part") else label_key(m.group("role"))
    if key not in vocab.roles():
        return
    if key == "cast":
        ctx.add(film, "cast", Mention("person", who), n, NAME, (("character", clean(m.group("char"))),))
    else:
        add_labelled(ctx, film, key, who, n, NAME)
    year = re.search(r"\b(?:18|19|20)\d\d\b", m.group("born") or "")
    if year:  # ("02/09/1971": day and month in an order the text does not say: the year)
        ctx.add(Mention("person", who), "birth_date", Value("year", year.group(0)), n, NAME)


def _in_column(lines: tuple[str, ...], k: int, at: int) -> bool:
    """Whether line k goes on, in its column, the value a dotted-leader line set at column
    `at` ('Cast ..... A (X);' / '             B (Y)'): indented as far, no leaders of its own."""
    return k < len(lines) and at >= 8 and bool(lines[k].strip()) and \
        len(lines[k]) - len(lines[k].lstrip()) >= min(at - 2, 12) and not DOTS.match(lines[k].strip())


BULLET_INDENT = rx.compile(r"^(\s*)[-–•*·]\s+")


def _value_with_continuations(lines: tuple[str, ...], i: int, value: str) -> tuple[str, int]:
    """Join wrapped lines onto a credit value; returns the value and the last line index."""
    j = i
    while j + 1 < len(lines):
        nxt = lines[j + 1].strip()
        if not nxt or COLON.match(nxt) and label_key(COLON.match(nxt).group("label")):
            break
        # (or a list set apart by semicolons, wrapped onto indented lines: "Interprètes : A
        # (Louise) ; B" / "  (Auguste) ; C (Mémé)"; a bracket left open)
        listed = ";" in value and lines[j + 1][:1].isspace() and not lines[i][:1].isspace()
        # (or a bulleted line's value, wrapped under its text: " - Distribution : A, B Films" /
        # "   Diffusion (Belgique)")
        bullet = BULLET_INDENT.match(lines[i])
        under = bullet is not None and not BULLET_INDENT.match(lines[j + 1]) and \
            len(lines[j + 1]) - len(lines[j + 1].lstrip()) > len(bullet.group(1))
        if CONTINUES.search(value) or CONTINUATION.match(nxt) or listed or under or value.rstrip().endswith(";") \
                or value.count("(") > value.count(")"):
            value = f"{value} {nxt}"
            j += 1
            continue
        break
    return value, j


def _character_line(text: str, loose: bool = False) -> tuple[str, str] | None:
    """'Character: Actor' (loose: or 'Actor : a character in lower case', which the run's
    orientation turns round)."""
    m = COLON.match(text)
    if not m or label_key(m.group("label")):
        return None
    char, actor = clean(m.group("label")), clean(m.group("value"))
    if BODY.search(actor):
        return None  # "AUSTRALIA: A RELEASING COMPANY": a territory's distributor
    # ("Philippine: An Actor" is a character named like a nationality)
    if loose and looks_like_name(char) and len(char.split()) >= 2 and not looks_like_name(actor):
        actor = re.sub(r"\s*\((?:non[- ]crédité(?:e)?|uncredited)\)\s*$", "", actor)
        return (char, actor) if 0 < len(actor) <= 40 and not re.search(r"\d", actor) else None
    if len(char.split()) > 5 or not char[:1].isupper() or not looks_like_name(actor):
        return None
    # a character is a name ("Anna") or a role ("Le père", "The Policeman")
    if len(actor.split()) < 2 or len(char) > 40 or re.search(r"\d", char):
        return None
    return char, actor


# a catalogue's key to its credits: "Abbreviations: D director · SCR screenplay · DOP
# cinematography", "Abréviations : R réalisation, Sc scénario" (on one line or more)
LEGEND = rx.compile(r"^\s*(?:abbreviations?|abréviations?|(?:credits?\s+)?key|légende|sigles?)\s*:\s*(?P<rest>\S.*)$", re.I)
LEGEND_PAIR = rx.compile(r"(?:^|(?<=[·•,;|]))\s*(?P<ab>[A-ZÀ-Þ][A-Za-zÀ-ÿ]{0,4}\.?)\s*(?:=|:|[–—-])?\s+"
                         r"(?P<label>[a-zà-ÿ][a-zà-ÿ'’ -]{1,40}?)\s*(?=[·•,;|]|$)")


def legend(doc) -> dict[str, str]:
    """A document's key to its abbreviated credits: abbreviation -> role ('DOP' ->
    'cinematographer'); {} when it states none."""
    out: dict[str, str] = {}
    lines = doc.lines
    for i, text in enumerate(lines):
        m = LEGEND.match(text)
        if not m:
            continue
        rest, k = m.group("rest"), i + 1
        while k < len(lines) and lines[k].strip() and re.search(r"[·•,;|]\s*$", rest):
            rest += " " + lines[k].strip()  # the key runs on: "... ED editing ·" / "M music"
            k += 1
        rest = re.sub(r"\(s\)", "s", rest)  # "P = producer(s)"
        for p in LEGEND_PAIR.finditer(rest.strip().rstrip("·•,;| ")):
            label = p.group("label").strip()
            # ("Prod. = production": its producers, and their companies by their names)
            key = "production" if fold(label) == "production" else label_key(label) or label_key(label.split()[-1])
            if key in vocab.roles() or key == "production":
                out[p.group("ab").rstrip(".")] = key
    return out


CAST_MARKS = {"Cast", "With", "Starring", "Avec", "Int"}


def _legend_credits(ctx: Context, film: Mention, skip: set[int]) -> set[int]:
    """Lines of credits in a catalogue's abbreviations: "D A Name  SCR A Name, B Name  DOP
    C Name", "D/SCR A Name", "C D Name, E Name" (each role as the key names it)."""
    key = ctx.memo.get("legend") or {}
    if not key:
        return set()
    ab = "|".join(re.escape(a) for a in sorted(key, key=lambda a: (-len(a), a)))
    # (re, not rx: the pattern is made of the document's own key)
    # ("D: A / S: B, C / Cast: D", "Réal. A • Scén. B • Int. C": each credit after a
    # separator; the cast may go without a key of its own)
    ab += "|Cast|With|Starring|Avec|Int"
    token = re.compile(rf"(?:^|\s{{2,}}|\s*[·|•]\s*|\s+/\s+|(?<=\s)(?=[A-Z]{{2,}}\b))(?P<abs>(?:{ab})\.?(?:\s*/\s*(?:{ab})\.?)*)"
                       rf"\s*:?\s+(?=[A-ZÀ-Þ0-9])")
    done: set[int] = set()
    for n, text in enumerate(ctx.doc.lines, 1):
        t = text.strip()
        if n in skip or not t:
            continue
        marks = list(token.finditer(t))
        if not marks or marks[0].start() != 0:
            continue
        for m, nxt in zip(marks, marks[1:] + [None]):
            value = t[m.end():nxt.start() if nxt else len(t)].strip().rstrip(".,;·|")
            for a in re.split(r"\s*/\s*", m.group("abs")):
                role = key.get(a.rstrip(".")) or ("cast" if a.rstrip(".") in CAST_MARKS else None)
                if role == "production" and value:
                    # companies, whatever their names ("P Kesari Talkies"); but producers
                    # when their companies stand in brackets ("Prod. A Name (A Films)")
                    add_labelled(ctx, film, "production_company", value, n, NAME, bodies="(" not in value)
                elif role and value:  # (under "Prod production company", companies whatever their names)
                    add_labelled(ctx, film, role, value, n, NAME, bodies=vocab.role(role).object == "organization")
        done.add(n)
    return done


# a credit's line that ends on a name's first word: "Scén. : A Name, Corinne" / "Jaquenoud ·
# Image : B", "Int. : C (Rosa), Ginette" / "Lombet (Madame Collignon)"
_BROKEN_NAME = rx.compile(r"(?:\s:\s|\S:\s|,\s)(?:[^:]*,\s)?[A-ZÀ-Þ][a-zà-ÿ'’-]+$")
_NAME_END = rx.compile(r"^(?P<end>[A-ZÀ-Þ][\w'’-]+(?:\s+\([^()]{1,60}\))?)\s*(?P<rest>(?:[·•|]\s*.*)?)$")


def _mend_broken_names(lines) -> list[str]:
    """The document's lines, a name that a credit's line broke after its first word made
    whole on the first line (the line after keeps what follows the name)."""
    out = list(lines)
    for k in range(len(out) - 1):
        here, there = out[k].rstrip(), out[k + 1].strip()
        if not there or not _BROKEN_NAME.search(here) or not (" : " in here or re.search(r"\w\.?\s?:\s", here)):
            continue
        m = _NAME_END.match(there)
        if m and not label_key(m.group("end")):
            out[k] = f"{here} {m.group('end')}"
            out[k + 1] = re.sub(r"^[·•|]\s*", "", m.group("rest"))
    return out


_EMPTY_LABEL = rx.compile(r"^(?P<label>\s*[^\W\d][^:]{1,40}?)\s*:\s*$")


WORN_BY = rx.compile(r"^(?:Portée?s?|Worn|Wielded|Carried|Utilisée?s?)\s+(?:par|by)\s+(?P<who>[A-ZÀ-Þ][\w'’.-]+(?:\s+"
                     r"(?:de\s+|du\s+|van\s+|von\s+|le\s+|la\s+)?[A-ZÀ-Þ][\w'’.-]+){1,3})\s+"
                     r"(?:dans\s+le\s+rôle\s+(?:de\s+|du\s+|d['’]|des\s+)|as\s+)(?P<char>\S.{0,60}?)\.?$")


def read(ctx: Context) -> None:
    film = ctx.film
    if film is None:
        return
    lines = _mend_broken_names(ctx.doc.lines)
    # "Acteurs principaux :" alone on its line, a name on each line under it: a label over
    # its names, as "Acteurs principaux" would be
    # (a role's label only: "Dates de sortie :" over "France : 19 septembre 2012" stays as it is)
    lines = [m.group("label") if (m := _EMPTY_LABEL.match(t)) and label_key(m.group("label").strip()) in vocab.roles()
             and k + 1 < len(lines) and lines[k + 1].strip() and not COLON.match(lines[k + 1]) else t
             for k, t in enumerate(lines)]
    skip = {n for a, b in infobox.blocks(ctx) for n in range(a, b + 1)} | tables.lines_of_tables(ctx)
    from .filmography import rows_of_entries  # (filmography imports credits' helpers)
    skip |= rows_of_entries(ctx)
    skip |= _legend_credits(ctx, film, skip)
    cast_run = _cast_runs(ctx, skip)
    skip |= _labels_run_on(ctx, film, skip)
    skip |= _names_over_roles(ctx, film, skip)
    i = 0
    last_credit = -10
    while i < len(lines):
        n = i + 1
        text = lines[i]
        if n in skip or not text.strip():
            i += 1
            continue
        worn = WORN_BY.match(text.strip())
        if worn and looks_like_name(clean(worn.group("who")), "person"):
            # a museum's label: "Portée par A Name dans le rôle d'Aurélie", "Worn by A as C"
            ctx.add(film, "cast", Mention("person", clean(worn.group("who"))), n, NAME,
                    (("character", clean(worn.group("char"))),))
            i += 1
            continue
        if n in cast_run:
            char, actor = cast_run[n]
            char = _full_character_name(ctx, char)
            ctx.add(film, "cast", Mention("person", actor), n, NAME, (("character", char),))
            last_credit = i
            i += 1
            continue
        listing = LISTING.match(text.strip()) if " (" in text else None
        if listing and _tech_line(listing.group("tech")):
            # "Drame de A Name (All.-Suisse, 2016, 1h49). Scénario : B et C. Avec D (Lena), E."
            _add_tech(ctx, film, _tech_line(listing.group("tech")), n)
            add_labelled(ctx, film, "director", listing.group("who"), n, NAME)
            _credit_sentences(ctx, film, listing.group("rest"), n)
            last_credit = i
            i += 1
            continue
        directed = directed_entry(text) if n == ctx.film_line else None
        if directed:
            # "THE TITLE (A Name, UK, 2018, 99 mins)" / "B Name, C Name, D Name": the director,
            # the facts, and the cast on the line below
            add_labelled(ctx, film, "director", directed.group("who"), n, NAME)
            _add_tech(ctx, film, _tech_line(directed.group("tech")), n)
            below = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if "," in below and _names_only(below) and not label_key(below.split(",")[0]):
                add_labelled(ctx, film, "cast", below, n + 1, NAME)
                i += 1
            last_credit = i
            i += 1
            continue
        award = award_entry(text) if n == ctx.film_line else None
        if award:  # "MAUVAISE SAISON de A Name (France)" under a prize: the director, the countries
            add_labelled(ctx, film, "director", award[0].group("who"), n, NAME)
            _add_tech(ctx, film, (award[1], "", award[2], []), n)
            if award[0].group("alt"):
                ctx.add(film, "alias", Mention("film", clean(award[0].group("alt")), local=film.local), n, NAME)
            last_credit = i
            i += 1
            continue
        notice = notice_entry(text) if n == ctx.film_line else None
        if notice:
            # "TITRE (LE). Réal. A. Scén. B. Int. C, D. Prod. E. France, 1972, 96 min, coul."
            _facts_and_credits(ctx, film, notice[2], n)
            last_credit = i
            i += 1
            continue
        season = facts_then_credits(text) if 0 < n - ctx.film_line <= 2 else None
        plus = SUPPORTING.match(text.strip()) if n == ctx.film_line else None
        season = season or (facts_then_credits(plus.group("inner")) if plus else None)
        if season:
            # a season's "THE TITLE" / "UK 1981. Dir. A Name. Scr. B. With C, D. 94 min. B&W."
            # (or its short: "+ THE SHORT (UK 1976. Dir. A Name. 21 min. 16mm.)")
            _facts_and_credits(ctx, film, season, n)
            last_credit = i
            i += 1
            continue
        said = [t for t in re.split(r"(?<!\b[A-Z])\.\s+(?=[A-ZÀ-Þ])", text.strip().rstrip("."))
                if _FACTS_SAID.search(t) and _tech_line(t) and not label_key(t.split(":")[0])] \
            if 0 < n - ctx.film_line <= 3 and ". " in text.strip() else []
        if said:
            # under an entry's title, its facts in a sentence of their own: "USA, 2023, 109 min.
            # Directed by A Name. Starring B, C." (its credits in the sentences after them), or
            # "A Name's second feature is ... Italy–Switzerland, 2023, 121 minutes, in Italian."
            _add_tech(ctx, film, _tech_line(said[0]), n)
            rest = text.strip()[len(said[0]):].lstrip(". ")
            if text.strip().startswith(said[0]) and rest:
                _credit_sentences(ctx, film, rest, n, bare_cast=True)
            last_credit = i
            i += 1
            continue
        paren = PAREN_FACTS.match(text.strip()) if 0 < n - ctx.film_line <= 3 and text.lstrip()[:1] == "(" else None
        won = WINNER_LEAD.match(text.strip()) if n == ctx.film_line and "(" in text else None
        if won and won.group(0):
            # an award's winner: "for THE TITLE (Ghana / 2019)", "in THE TITLE (Norway /
            # 2019), directed by A": the film's facts in its brackets
            tech = re.match(r"[^()]+\((?P<tech>[^()]{4,100})\)", text.strip()[won.end():])
            if tech and _tech_line(tech.group("tech")):
                _add_tech(ctx, film, _tech_line(tech.group("tech")), n)
        entry = PAREN_ENTRY.match(text.strip()) if n == ctx.film_line and "(" in text else None
        if entry:
            paren = PAREN_FACTS.match(entry.group("facts"))
        if paren and _tech_line(paren.group("tech")):
            # "(UK/Ireland, 2019, 118 min) Dir: A Name. With B Name," / "C Name, D Name." under
            # a festival programme's title: the facts, then credits in sentences that can run
            # onto the next lines (a name broken across two: "With Sanne van" / "der Linde")
            _add_tech(ctx, film, _tech_line(paren.group("tech")), n)
            rest, j = paren.group("rest").strip(), i
            made = re.match(rf"^{MADE_BY}(?P<who>[A-ZÀ-Þ][^,.;()]{{2,60}})$", rest)
            if made:  # "(Ireland / 2019 / 14 min), a documentary by A Name": its director
                add_labelled(ctx, film, "director", made.group("who"), n, NAME)
                rest = ""
            while rest and not rest.endswith(".") and j + 1 < len(lines) and lines[j + 1].strip():
                j += 1
                rest = f"{rest} {lines[j].strip()}"
            _credit_sentences(ctx, film, rest, n, bare_cast=True)
            last_credit = j
            i = j + 1
            continue
        by = BY_ENTRY.match(text.strip()) if 0 < n - ctx.film_line <= 3 else None
        said = _phrase(text.strip()) if by else None  # ("Narrated by A Name": no director)
        if by and not re.search(r"[a-zà-ÿ]\.\s", by.group("who")) and (not said or "director" in said[0]):
            # a programme's "De A Name • Avec B, C," / "D • France • 2022 • 1 h 38" under its title
            add_labelled(ctx, film, "director", by.group("who"), n, NAME)
            if by.group("year"):  # "de A Name (1958)"
                ctx.add(film, "date", Value("year", by.group("year")), n, NAME)
            if by.group("facts"):  # "d'A Name (France-Sénégal, 1964, N&B, 1 h 34)"
                _add_tech(ctx, film, _tech_line(by.group("facts")), n)
            rest, j = by.group("rest") or "", i
            while rest.rstrip().endswith(",") and j + 1 < len(lines) and lines[j + 1].strip():
                j += 1
                rest = f"{rest.rstrip()} {lines[j].strip()}"
            tech = []
            for seg in re.split(r"\s*•\s*", rest):
                avec = re.match(r"(?:[Aa]vec|[Ww]ith|Starring)\s+(?:les\s+voix\s+de\s+|the\s+voices\s+of\s+)?(?P<who>.+)", seg)
                if avec:
                    add_labelled(ctx, film, "cast", avec.group("who").rstrip(" ,."), n, NAME)
                elif seg:
                    tech.append(seg)
            _add_tech(ctx, film, _tech_line(" • ".join(tech)) if tech else None, j + 1)
            if j + 2 < len(lines) and _tech_line(lines[j + 1].strip()) and \
                    re.match(r"(?:avec|with)\s+[A-ZÀ-Þ]", lines[j + 2].strip()):
                j += 1  # "de A" / "Belgique · 2019 · 1 h 34" / "avec B (Sofie), C": the facts between
                _add_tech(ctx, film, _tech_line(lines[j].strip()), j + 1)
            avec = _WITH.match(lines[j + 1].strip()) if j + 1 < len(lines) else None
            if avec and _names_only(avec.group("who").rstrip(" ,.")):  # "un film d'A" / "avec B, C"
                j += 1
                add_labelled(ctx, film, "cast", avec.group("who").rstrip(" ,."), j + 1, NAME)
            last_credit = j
            i = j + 1
            continue
        company = COLON.match(text)
        if company and COMPANY_LABEL.search(company.group("label")) and \
                label_key(company.group("label")) in ("production_company", "distributor"):
            # "Sociétés de production : A, B ; coproduit par C (Belgique)": companies all,
            # whatever their names look like
            value, j = _value_with_continuations(lines, i, company.group("value"))
            value = COPRODUCED.sub(", ", value)
            add_labelled(ctx, film, label_key(company.group("label")), value, n, NAME, bodies=True)
            last_credit = j
            i = j + 1
            continue
        runs = _RUN_SEPARATORS.split(text.strip().rstrip(" ·•|/")) if (" / " in text or " • " in text or " | " in text
                                                       or " · " in text or "; " in text) else ()
        if not runs and "  " in text and len(_SPACED_LABEL.findall(text)) >= 2 and not _DASHED.search(text):
            # "Dir/Scr: A Name  Prod: B, C  DoP: D": a catalogue's credits set apart by spaces
            runs = _SPACED_LABEL_SPLIT.split(text.strip())
        if not runs and "   " in text and _SPACED_SHORT_SPLIT.search(text):
            shorts = _SPACED_SHORT_SPLIT.split(text.strip())
            if all(_short_credit(ctx, film, seg, n, dry=True) for seg in shorts):
                # "Phot. A Name   Ed. B Name   Mus. C Name": a catalogue's short credits side by side
                for seg in shorts:
                    _short_credit(ctx, film, seg, n)
                last_credit = i
                i += 1
                continue
        hits = sum(_run_credit(ctx, film, seg, n, dry=True) for seg in runs) if len(runs) >= 2 else 0
        if len(runs) >= 3 and hits * 2 >= len(runs) or len(runs) == 2 and hits == 2:
            # "Written and directed by A / Co-writer B / Editor C / ...": credits run on
            for seg in runs:
                _run_credit(ctx, film, seg, n)
            last_credit = i
            i += 1
            continue
        segments = re.split(r"\s+[–—]\s+", text.strip())
        labelled = [COLON.match(x) for x in segments] if len(segments) >= 2 else []
        if labelled and all(sm and label_key(sm.group("label")) in vocab.roles() for sm in labelled):
            # "Son : A Name – Mixage : B Name": two credits on a line, set apart by a dash
            for sm in labelled:
                add_labelled(ctx, film, label_key(sm.group("label")), sm.group("value"), n, NAME)
            last_credit = i
            i += 1
            continue
        if len(segments) >= 3 and any(COLON.match(x) for x in segments):
            # "Durée : 1 h 38 – France – 2016 – Image : 1.85": labelled and bare facts
            bare = []
            for seg in segments:
                sm = COLON.match(seg)
                skey = label_key(sm.group("label")) if sm else None
                if skey in ("duration", "country", "language", "date"):
                    add_labelled(ctx, film, skey, sm.group("value"), n, NAME)
                elif skey in vocab.roles():
                    # "Director: A Name — Italy — 108 min.": a credit among the facts
                    add_labelled(ctx, film, skey, sm.group("value"), n, NAME)
                elif not sm:
                    bare.append(seg)
            _add_tech(ctx, film, _tech_line(" – ".join(bare)) if bare else None, n)
            i += 1
            continue
        took = _entry_line(ctx, film, lines, i, n) if 0 < n - ctx.film_line <= 6 else 0
        if took:
            last_credit = i + took - 1
            i += took
            continue
        labels = list(LABEL_SENTENCE.finditer(text))
        told = [x for x in labels if label_key(x.group("label")) in vocab.roles()]
        if len(told) >= 2 and told[0].start() == 0 and text.count(":") == len(labels):
            # "Réal. : A Name. Scén. : A Name, B Name. Int. : C Name, D Name.": credits told
            # in sentences on one line
            _credit_sentences(ctx, film, text.strip(), n)
            last_credit = i
            i += 1
            continue
        m = COLON.match(text)
        key = label_key(m.group("label")) if m else None
        if m and not key:
            keys = _run_keys(m.group("label"))  # a catalogue's "D/SCR: A Name"
            if len(keys) > 1:
                value, j = _value_with_continuations(lines, i, m.group("value"))
                for k in keys:
                    add_labelled(ctx, film, k, value, n, NAME)
                last_credit = j
                i = j + 1
                continue
        if m and key == "date" and not m.group("value").strip():
            # "Dates de sortie :" over "◦ Belgique : 16 octobre 1958" lines (or indented
            # ones): the first date
            for j in range(i + 1, min(len(lines), i + 6)):
                sub = COLON.match(BULLETED.sub("", lines[j]))
                if not sub or not (BULLETED.match(lines[j]) or lines[j][:1] in (" ", "\t")
                                   or vocab.countries().get(fold(sub.group("label")))):
                    break  # ("France : 19 septembre 2012" at the margin: a country's date)
                if add_labelled(ctx, film, "date", sub.group("value"), j + 1, NAME):
                    break
            i += 1
            continue
        if m and key:
            value, j = _value_with_continuations(lines, i, m.group("value"))
            if value:
                add_labelled(ctx, film, key, value, n, NAME)
            last_credit = j
            i = j + 1
            continue
        short = SHORT_LABEL.match(text)
        parts = _DOTTED_LIST.split(text.strip()) if short else []
        if len(parts) >= 2 and all(_short_credit(ctx, film, p, n, dry=True) for p in parts):
            # "Dir. A Name · With B Name, C Name": two short credits on one line
            for p in parts:
                _short_credit(ctx, film, p, n)
            last_credit = i
            i += 1
            continue
        if short and _short_credit(ctx, film, text, n, dry=True):
            # "Prod. A Name (A Company)", "Réal. A Name", "With A, B, C", "Dir./Scr. D": a
            # short label, no colon
            value, j = _value_with_continuations(lines, i, _short_value(short.group("value")))
            if sum(add_labelled(ctx, film, k, value, n, NAME) for k in _short_keys(short.group("label"))):
                last_credit = j
                i = j + 1
                continue
        spoken = SPOKEN.match(text.strip())
        if spoken:  # "In Polish and Lithuanian with English subtitles"
            langs = [vocab.language(x) for x in re.split(r"\s*,\s*|\s+(?:and|et)\s+(?:en\s+|in\s+)?",
                                                          spoken.group("langs"))]
            if langs and all(langs):
                for code, language in langs:
                    ctx.add(film, "language", Value("language", language, code), n, NAME)
                i += 1
                continue
        inline = inline_entry(text) if n == ctx.film_line else None
        if inline:  # "TITLE de A Name – France, 2009, 1 h 22"
            add_labelled(ctx, film, "director", inline.group("who"), n, NAME)
            _add_tech(ctx, film, _tech_line(inline.group("f")), n)
            i += 1
            continue
        if n == ctx.film_line and (said := re.search(r"\((?P<y>(?:18|19|20)\d\d)\)\s*$", text)):
            ctx.add(film, "date", Value("year", said.group("y")), n, NAME)  # "(a) THE TITLE (2009)"
        labelled = re.fullmatch(r"(?P<label>[^:]{2,30}?)\s*:\s*(?P<who>[^—–|·:]+?)\s+[—–|·]\s+(?P<f>\S.*)", text.strip())
        if labelled and label_key(labelled.group("label")) in vocab.roles() and _tech_line(labelled.group("f")) \
                and vocab.role(label_key(labelled.group("label"))).object == "person":
            # "Director: A Name — Italy — 108 min.": the credit, then the film's facts
            add_labelled(ctx, film, label_key(labelled.group("label")), labelled.group("who"), n, NAME)
            _add_tech(ctx, film, _tech_line(labelled.group("f")), n)
            i += 1
            continue
        beside = re.fullmatch(r"\S.*?\s{2,}(?P<facts>\S.*)", text.strip()) if n == ctx.film_line else None
        tech = _tech_line(beside.group("facts")) if beside else None
        tech = tech or _tech_line(text)
        if tech:  # "France / Espagne - 2019 - 1h41 - couleur", and a catalogue's title line
            _add_tech(ctx, film, tech, n)  # with its facts: "PAPER DOGS  United Kingdom 2020 | 11'"
            i += 1
            while i < len(lines) and (more := _tech_line(lines[i], more=True)):
                # "United Kingdom · 1968" / "Black & White · 1.66:1 · 97 minutes" / "English":
                # the facts run on, a line each
                _add_tech(ctx, film, more, i + 1)
                i += 1
            continue
        fact = FACT_LINE.match(text)
        if fact and (label_key(fact.group("label")) == "date" or RELEASE_LABEL.match(fold(fact.group("label")))):
            # SORTIE NATIONALE LE 13 ..., AU CINÉMA LE 7 FÉVRIER 2024
            add_labelled(ctx, film, "date", fact.group("value"), n, NAME)
            i += 1
            continue
        dots = DOTS.match(text)
        if dots and "." in dots.group("a") and len(dots.group("a")) > 24:
            dots = None  # (a label shortened with a dot is short: "DIR. ....", "PROD. CO. ...")
        if dots:
            a, b = clean(dots.group("a")), clean(dots.group("b"))
            two = SECOND_FIELD.search(dots.group("b"))
            if two and label_key(clean(two.group("label"))) and label_key(a):
                # "YEAR ......... 1962            COUNTRY ... Canada": two fields on a line
                add_labelled(ctx, film, label_key(clean(two.group("label"))), clean(two.group("value")), n, NAME)
                b = clean(dots.group("b")[:two.start()])
            ka, kb = label_key(a) or label_key(dots.group("a").strip()), label_key(b)  # ("PHOT.")
            inner = COLON.match(b) if not ka and not kb and re.search(r"[a-z]", a) else None
            if inner and label_key(clean(inner.group("label"))) and clean(inner.group("value")):
                # "Key crew ......... DoP: A": the value is a credit with a label of its own
                a, b = clean(inner.group("label")), clean(inner.group("value"))
                ka, kb = label_key(a), None
            if ka and kb and "\t" not in text and not re.search(r"\.{3,}|…", text):
                # "DISTRIBUTION        RELATIONS PRESSE": two headings side by side, each
                # over its column; the first line below them names each one's body
                at = text.index(dots.group("b"), len(dots.group("a")))
                j = i + 1
                while j < len(lines) and not lines[j].strip():
                    j += 1
                if j < len(lines) and len(lines[j]) > at and lines[j][at - 1:at].isspace():
                    left, right = clean(lines[j][:at]), clean(lines[j][at:])
                    if left:
                        add_labelled(ctx, film, ka, left, j + 1, NAME)
                    if right:
                        add_labelled(ctx, film, kb, right, j + 1, NAME)
                i = j + 1
                continue
            if ka or kb:  # "Role ..... Name" or "Name ..... Role"
                if ka and ";" in dots.group("b"):
                    # "Cast ..... A, Cornelis (Klaas); B, Trui" / "     (Gerrit); C, Jo": names
                    # set apart by semicolons, wrapped in their column, read as one value
                    at = text.rindex(dots.group("b"))
                    j, b = i, dots.group("b").strip()
                    while _in_column(lines, j + 1, at):
                        j += 1
                        b = f"{b} {lines[j].strip()}"
                    add_labelled(ctx, film, ka, b, n, NAME)
                    last_credit, i = j, j + 1
                    continue
                names_ = b if ka else a
                if not ka and re.match(r"(?:&|and|et)\s+[A-ZÀ-Þ]", a) and i > 0 and lines[i - 1].strip() \
                        and not DOTS.match(lines[i - 1]) and looks_like_name(clean(lines[i - 1]), "person"):
                    names_ = f"{clean(lines[i - 1])} {a}"  # "A Name" / "& B Name ..... Screenplay"
                add_labelled(ctx, film, ka or kb, names_, n, NAME)
                last_credit = i
                i += 1
                if ka:  # more names below the first, in its column: "       & B NAME"
                    at = text.rindex(dots.group("b"))
                    while _in_column(lines, i, at):
                        more = re.sub(r"^(?:&|and|et)\s+", "", lines[i].strip(), flags=re.I)
                        add_labelled(ctx, film, ka, more, i + 1, NAME)
                        last_credit = i
                        i += 1
                continue
            kas, kbs = _role_keys(a), _role_keys(b)
            if kas or kbs:  # "Name ..... direction artistique et décors"
                for key in kas or kbs:
                    add_labelled(ctx, film, key, b if kas else a, n, NAME)
                last_credit = i
                i += 1
                continue
            if not ka and not kb and NAMED_PART.match(b):
                # "Essential Elements ..... A Name (director), DOB 02/09/1971" / "      B Name
                # (role: "Mary"), DOB ...": each name's part in its brackets, a line each
                at = text.rindex(dots.group("b"))
                j = i
                while True:
                    _named_part(ctx, film, clean(lines[j]) if j > i else b, j + 1)
                    if not (_in_column(lines, j + 1, at) and NAMED_PART.match(lines[j + 1].strip())):
                        break
                    j += 1
                last_credit, i = j, j + 1
                continue
        dash = NAME_DASH_ROLE.match(text)
        if dash:  # "Sabine Example – image", "A, B – scénario, d'après ..."
            role = clean(re.split(r",|;|\(", dash.group("role"))[0])
            key = label_key(role)
            if key in vocab.roles() and add_labelled(ctx, film, key, dash.group("names"), n, NAME):
                last_credit = i
                i += 1
                continue
        keys = _role_keys(clean(text)) if len(text.strip()) <= 40 else []
        if keys:  # a role alone ("Written and directed by"), the names on the next line
            j = i + 1
            while j < len(lines) and not lines[j].strip() and j - i <= 2:
                j += 1
            nxt = lines[j] if j < len(lines) else ""
            territory = COLON.match(nxt)
            if territory and keys == ["distributor"] and vocab.countries().get(fold(territory.group("label"))):
                # "DISTRIBUTION" / "AUSTRALIA: A COMPANY" / "NEW ZEALAND: ANOTHER": each
                # territory's distributor
                while territory and vocab.countries().get(fold(territory.group("label"))):
                    add_labelled(ctx, film, "distributor", territory.group("value"), j + 1, NAME)
                    j += 1
                    territory = COLON.match(lines[j]) if j < len(lines) else None
                last_credit = j - 1
                i = j
                continue
            # ("A Producer (Les Films X)": a company in brackets is no character; "Production"
            # / "Genèse et développement" / a paragraph: headings over a text, no credit)
            castlike = re.match(r"^\s*[•·*\-–]\s", nxt) or re.search(r"\s:\s|\sas\s", nxt) or \
                ("(" in nxt and not BODY.search(nxt))
            if nxt.strip() and not COLON.match(nxt) and not label_key(clean(nxt)) \
                    and not _sentence(nxt) \
                    and not (j + 1 < len(lines) and _paragraph_line(lines[j + 1])) \
                    and not DOTS.match(nxt) and fold(clean(nxt)) not in HEADINGS and not castlike:
                value, k = _value_with_continuations(lines, j, nxt.strip())
                # one name a line: "Produit par" / "A (Les Films X)" / "B (Studio Y)"
                # ("with the support of" / "the A Film Board" / "the B Fund": one body a line)
                bodies = all(vocab.roles()[key].object == "organization" for key in keys)
                one = _one_body if bodies else _one_name
                alone = one(value)
                while k + 1 < len(lines) and alone and one(lines[k + 1]):
                    value = f"{value}, {lines[k + 1].strip()}"
                    k += 1
                if sum(add_labelled(ctx, film, key, value, j + 1, NAME) for key in keys):
                    last_credit = k
                    i = k + 1
                    continue
        hit = _phrase(text)
        if hit and any(SONG_TITLE.match(lines[k]) for k in range(max(0, i - 2), i)):
            # '"The Hollow Field"' / "Written by A and B" / "Performed by C": a song's credits
            hit = (["songwriter"], hit[1]) if "screenwriter" in hit[0] or "composer" in hit[0] else None
        if not hit and i - last_credit <= 2:  # under credits: "With support from A (Chile) and B"
            hit = _phrase(text, bodies=True)
        title_page = i < 40 and hit and re.match(r"^\s*(?:a|an|un|une)\s+film\b", text, re.I)
        under_title = hit and ctx.film_line and 0 < n - ctx.film_line <= 3  # "TITLE" / facts / "Directed by A."
        if hit and (title_page or under_title or i - last_credit <= 2 or any(_credit_like(lines[k]) for k in
                                                 range(i + 1, min(len(lines), i + 3)))):
            value, j = _value_with_continuations(lines, i, hit[1])
            value, *after = SENTENCE_END.split(value)  # "... by A. With B, C."
            if vocab.role(hit[0][0]).object == "organization":
                # "Funded by A with the participation of" / "B.": A funds; B is the companies
                # reader's, after the next phrase
                value = value[:next((m.start() for m in company_phrases().finditer(value) if m.start()), len(value))]
            if sum(add_labelled(ctx, film, key, value, n, NAME) for key in hit[0]):
                _cast_after(ctx, film, after, n)
                last_credit = j
                i = j + 1
                continue
        i += 1


# a song's title alone on its line, in quotes, over its credits
SONG_TITLE = rx.compile(r'^\s*["“«]\s*[^"“”«»]{2,80}?\s*["”»]\s*$')
# a TV listing's line of facts: "Drame de A Name (All.-Suisse, 2016, 1h49, VOST). Avec ..."
LISTING = rx.compile(r"^(?!(?:Le|La|Les|L['’]|The|An?|Un|Une)\b)(?P<kind>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){0,3})"
                     r"\s+(?:de|d['’]|by)\s*(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
                     r"\s*\((?P<tech>[^()]{4,120})\)\.?\s*(?P<rest>.*)$")
def _short_sentences(text: str) -> list[str]:
    """A line's sentences, an abbreviated label kept with its names: 'UK 1981. Dir. A Name.
    Scr. B, C.' -> ['UK 1981', 'Dir. A Name', 'Scr. B, C']."""
    out: list[str] = []
    for piece in re.split(r"(?<=[\wà-ÿ)])\.\s+(?=[A-ZÀ-Þ0-9+(])", text.strip().rstrip(".")):
        if out and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{1,7}\.?", out[-1]) and label_key(out[-1].rstrip(".") + "."):
            out[-1] = f"{out[-1].rstrip('.')}. {piece}"  # "Dir" / "A Name": one credit
        else:
            out.append(piece)
    return out


# a filmography's notice: "*ANNÉES TRAMONTANE (LES) (The Tramontane Years). Réal. A. Scén.
# B, C. Int. D, E. Prod. F. France, 1991, 118 min, coul." (a bibliography's way: the title in
# capitals, its article after it, then the credits and the facts in short sentences)
NOTICE = rx.compile(r"^\*?\s*(?P<t>[^a-z.()]*[A-ZÀ-Þ][^a-z.()]*?(?:\s*\((?:LE|LA|LES|L['’]|UN|UNE|DES|THE|AN?)\))?)"
                    r"(?:\s*\((?P<alt>[^()]{2,80})\))?\.\s+(?P<rest>\S.*)$")


def notice_entry(text: str) -> tuple[str, str, list[str]] | None:
    """(title, second title, sentences) of a filmography's notice on one line, or None: the
    title in capitals, a director's credit first, a running time somewhere."""
    m = NOTICE.match(text.strip())
    if not m or not _DURATION_WORD.search(m.group("rest")) or len(m.group("t").split()) > 12:
        return None
    said = _short_sentences(m.group("rest"))
    lm = SHORT_LABEL.match(said[0]) or COLON.match(said[0])
    if len(said) < 2 or not (lm and label_key(lm.group("label")) == "director"):
        return None
    if not any(_tech_line(t) and re.search(r"\b(?:18|19|20)\d\d\b", t) for t in said[1:]):
        return None
    return uninvert(clean(m.group("t"))), clean(m.group("alt") or ""), said


def facts_then_credits(text: str) -> list[str] | None:
    """The sentences of a season programme's line of facts and credits, when it is one:
    'UK/Germany 1994. Dir. A Name. Scr. B, from the novel by C. Prod. D. Ph. E. Ed. F.
    Mus. G. With H, I. 118 min. Colour. 35mm.' (the country and the year first, then a
    director's credit, a running time somewhere); None when it is not."""
    t = text.strip()
    if not re.match(r"^[A-ZÀ-Þ][^.]{0,60}?\b(?:18|19|20)\d\d\.\s", t) or not _DURATION_WORD.search(t):
        return None
    said = _short_sentences(t)
    if len(said) < 3 or not _tech_line(said[0]):
        return None
    lm = SHORT_LABEL.match(said[1]) or COLON.match(said[1])
    if not (lm and label_key(lm.group("label")) == "director"):
        return None
    return said


def _facts_and_credits(ctx: Context, film: Mention, said: list[str], n: int) -> None:
    """The claims of facts_then_credits()'s sentences: the facts together, each credit."""
    facts = []
    for sent in said:
        lm = SHORT_LABEL.match(sent) or COLON.match(sent)
        key = label_key(lm.group("label")) if lm else None
        if key in vocab.roles():
            add_labelled(ctx, film, key, lm.group("value"), n, NAME)
        elif len(sent.split()) <= 4 or _tech_line(sent):  # "UK 1981", "94 min", "B&W", "35mm"
            facts.append(sent)
    _add_tech(ctx, film, _tech_line(" – ".join(facts)) if facts else None, n)


def _credit_sentences(ctx: Context, film: Mention, rest: str, n: int, bare_cast: bool = False) -> None:
    """Credits told in short sentences after an entry's facts: "Scénario : B et C. Avec D
    (Lena), E." (`bare_cast`: "With B, C" with no colon is the cast)."""
    for sent in re.split(r"(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-Þ])", rest):
        sent = sent.strip().rstrip(".")
        avec = re.match(r"(?:[Aa]vec|[Ww]ith|Starring)\s+(?P<who>[A-ZÀ-Þ].+)", sent) if bare_cast else None
        lm = COLON.match(sent) or SHORT_LABEL.match(sent)
        key = label_key(lm.group("label")) if lm and not avec else None
        if avec:
            add_labelled(ctx, film, "cast", avec.group("who"), n, NAME)
        elif key in vocab.roles():
            add_labelled(ctx, film, key, lm.group("value"), n, NAME)


def _bare_credits(text: str) -> list[tuple[str, str]] | None:
    """'Image A Name — Musique B Name', 'Réalisation C Name', 'Interprètes D, E': credits
    under a role's word with no colon, set apart by dashes, names only after each word."""
    out = []
    for seg in re.split(r"\s+[–—]\s+", text.strip()):
        words = seg.split()
        for k in (1, 2, 3):
            label, value = " ".join(words[:k]), " ".join(words[k:])
            key = label_key(label) if re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)*", label) and \
                value[:1].isupper() else None  # (a word, no abbreviation: "Dir./Scr. A" is not this)
            # ("Starring A Name as Sister Veronica": the names, a part named after one)
            parted = re.sub(r"\s+as\s+[A-ZÀ-Þ][^,]*?(?=,|\s+and\s|\.?$)", "", value) if key == "cast" else value
            if key in vocab.roles() and _names_only(parted.rstrip(".")):
                out.append((key, value.rstrip(".") if parted != value else value))
                break
        else:
            return None
    return out


def _entry_line(ctx: Context, film: Mention, lines, i: int, n: int) -> int:
    """A line of a programme's entry, just under its title, in a shape of its own:
    'A Name · France · 1995 · 1 h 38' (the director, then the facts); 'avec B, C' (the
    cast); 'Image D — Musique E' (bare labels). (A name alone under the title is not read:
    "Sakhli Mestiis Zemot", a second title, has a name's shape too.)
    How many lines it reads (0: none of those)."""
    t = lines[i].strip()
    if any(c.prop == "alias" and c.evidence.line == n for c in ctx.claims):
        return 0  # "A HOUSE ABOVE MESTIA" / "Sakhli Mestiis Zemot": the second title
    parts = re.split(r"\s+[·•|–—]\s+|,\s+(?=(?:1[89]|20)\d\d\b)", t, maxsplit=1)  # ("A Name, 1976 — 99 min")
    if len(parts) == 2 and _person_name(parts[0]) and _tech_line(parts[1]):
        add_labelled(ctx, film, "director", parts[0], n, NAME)
        _add_tech(ctx, film, _tech_line(parts[1]), n)
        return 1
    by = FILM_BY_FACTS.match(t)
    if by and _person_name(clean(by.group("who"))) and _tech_line(by.group("f")):
        add_labelled(ctx, film, "director", clean(by.group("who")), n, NAME)  # "Un film de A (France, 1967, 95 min)"
        _add_tech(ctx, film, _tech_line(by.group("f")), n)
        return 1
    avec = _WITH.match(t) if not re.search(r"\s{3,}", t) else None  # (not billing in columns)
    if avec:
        who, j = avec.group("who"), i
        if in_capitals(who):
            who = re.sub(r"\s{2,}(?!(?:et|and)\s)", ", ", who.strip())  # "avec ANN ACTOR  BOB ACTOR  et CY ACTOR"
        while who.rstrip().endswith(",") and j + 1 < len(lines) and _names_only(lines[j + 1].strip()):
            j += 1  # "Avec A, B," / "C": the list goes on
            who = f"{who.rstrip()} {lines[j].strip()}"
        if _names_only(who.rstrip(" ,.")):
            add_labelled(ctx, film, "cast", who.rstrip(" ,."), n, NAME)
            return j - i + 1
    bare = _bare_credits(t) if not t.endswith(",") else None  # (a list going on: the short label's)
    if bare:
        for key, value in bare:
            add_labelled(ctx, film, key, value, n, NAME)
        return 1
    return 0


_ARTICLES = {"le", "la", "les", "l", "the", "el", "los", "las", "il", "lo", "gli", "der", "die", "das",
             "de", "du", "des", "het", "een", "o", "os", "a", "as", "un", "une"}
_WITH = rx.compile(r"^(?:avec|with)\s+(?:les\s+voix\s+de\s+|the\s+voices\s+of\s+)?(?P<who>[A-ZÀ-Þ].+)$")
FILM_BY_FACTS = rx.compile(r"^(?:(?:Un|Une|A|An)\s+)?(?:film|documentaire|documentary)\s+(?:de\s+|d['’]\s*|by\s+)"
                            r"(?P<who>[^()]{3,60}?)\s*\((?P<f>[^()]+)\)\s*$", re.I)


def _person_name(text: str) -> bool:
    """A person's full name and nothing else: 'Aïssatou Ndiaye-Corbin'."""
    return 2 <= len(text.split()) <= 4 and looks_like_name(text) and not BODY.search(text) \
        and not label_key(text) and not text.isupper() and not re.search(r"[/,&]", text) \
        and all(w[:1].isupper() or w in _PARTICLES for w in text.split()) \
        and fold(text.split()[0]) not in _ARTICLES \
        and not any(vocab.countries().get(fold(w)) for w in [text, *text.split()])


# a credit told in a sentence: "Scén. : A Name, B Name." after "Réal. : C Name."
LABEL_SENTENCE = rx.compile(r"(?:^|(?<=[a-zà-ÿ)]\.)\s+)(?P<label>[A-ZÀ-Þ][\wÀ-ÿ'’/ -]{1,24}?\.?)\s*:\s")


# a line of facts in brackets, the entry's credits after it: "(Poland, 2019, 88 min) Dir: A."
# an award's winner under its name: "for THE TITLE (…)", "for his role as B in THE TITLE (…)"
WINNER_WORDS = (r"^(?:for|in|pour|dans)\s+(?:(?:his|her|their|son|sa)\s+(?:role|rôle)\s+(?:as|de)\s+"
                r"[^()]{1,60}?\s+(?:in|dans)\s+)?")
WINNER_LEAD = rx.compile(WINNER_WORDS + r"(?=[A-ZÀ-Þ0-9][^a-z()]{1,80}\()")
# "(Ireland / 2019 / 14 min), a documentary by A Name": after the facts, who made the film
MADE_BY = r"(?:(?:an?|une?)\s+(?:[\w-]+\s+){0,2})?(?:by|de|d['’])\s*"
PAREN_FACTS = rx.compile(r"^\((?P<tech>[^()]{4,100})\)(?=[\s,]|$),?\s*(?P<rest>.*)$")
# a short film's entry on one line: "Tidewater (UK, 2019, 14 min) Dir: A Name. With B."
PAREN_ENTRY = rx.compile(r"^(?P<t>[^()]{2,80}?)\s+(?P<facts>\((?P<tech>[^()]{4,100})\)\s+"
                         r"(?:Dirs?\.?:|Directed\s+by|Réal\.?\s*:|Réalisation\s*:|De|By)\s.*)$")
# the particles of a name after "de" or a dash: "de Luc Van der Name", "– Anna de Name"
NAME_PARTICLE = r"(?:van|von|der|den|de|du|le|la|da|di|del)"
# an entry on one line: "PAYSANS DU LÉON de A Name – France, 2009, 1 h 22, documentaire",
# "• MOUSSE – A Name – France – 2020 – 9'"
_INLINE_WHO = r"(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:" + NAME_PARTICLE + r"\s+)*[A-ZÀ-Þ][\w'’-]+){1,3})"
INLINE_BY = rx.compile(r"(?:[•·*]\s*)?(?P<t>[^a-zà-ÿ•·*]{2,80}?)\s+(?:(?:de|d['’]|by)\s*|[–—]\s+)" + _INLINE_WHO +
                       r"\s+(?P<sep>[–—-]|\|)\s+(?P<f>\S.*)")
INLINE_PIPED = rx.compile(r"(?:[•·*]\s*)?(?P<t>[A-ZÀ-Þ0-9«\"“][^|•·*–—]{1,80}?)\s+[–—]\s+" + _INLINE_WHO +
                          r"\s+(?P<sep>\|)\s+(?P<f>\S.*)")


# an award list's film: "MAUVAISE SAISON de A Name (France)", "L'HIVER (Zima) d'A Name
# (Pologne)", "RESSAC de A Name (France, 19 min)": a title in capitals, its director, its
# countries (and running time) in brackets
AWARD_ENTRY = rx.compile(r"^(?P<t>[^a-zà-ÿ()]{2,80}?)\s*(?:\((?P<alt>[^()]{2,80})\)\s*)?\s(?:de|d['’]|by)\s*"
                         r"(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:" + NAME_PARTICLE + r"\s+)*[A-ZÀ-Þ][\w'’-]+){1,3})\s*"
                         r"\((?P<c>[^()]{2,80})\)$")


def award_entry(text: str) -> tuple[re.Match, list[tuple[str, str]], str] | None:
    """(match, countries, minutes) of an award list's film line (AWARD_ENTRY), when its
    brackets hold countries only (and a running time)."""
    m = AWARD_ENTRY.match(text.strip())
    if not m or not m.group("t").strip().isupper() or not re.search(r"[A-ZÀ-Þ]{2}", m.group("t")):
        return None
    countries, minutes = [], ""
    for piece in re.split(r"\s*[,/]\s*", m.group("c")):
        c = vocab.countries().get(fold(piece))
        d = re.fullmatch(r"(\d{1,3})\s*(?:min|mn|minutes)\.?", piece)
        if c:
            countries.append(c)
        elif d:
            minutes = d.group(1)
        else:
            return None
    return (m, countries, minutes) if countries else None


# a back catalogue's entry: "THE TITLE (A Name, UK, 2018, 99 mins, Cert. 15)", the director
# first in the brackets, then the facts; the cast on the line below
DIRECTED_PAREN = rx.compile(r"^(?P<t>[^()]{2,80}?)\s+\((?P<who>[A-ZÀ-Þ][^(),\d]{2,60}?)\s*,\s*"
                            r"(?P<tech>[^()]{4,100})\)$")


def directed_entry(text: str) -> re.Match | None:
    """The match of a back catalogue's entry line, its title in capitals, or None."""
    m = DIRECTED_PAREN.match(text.strip()) if "(" in text else None
    if m and m.group("t").isupper() and looks_like_name(m.group("who")) \
            and not vocab.countries().get(fold(m.group("who"))) and _tech_line(m.group("tech")) is not None:
        return m
    return None


def inline_entry(text: str) -> re.Match | None:
    """An entry on one line (INLINE_BY): its title in capitals, its director (no country:
    not "TITLE – Costa Rica – 2020 – 9'") and its facts."""
    m = INLINE_BY.fullmatch(text.strip())
    if m is None or not m.group("t").strip().isupper():
        # (a title in any case when pipes part the facts: "Salt for the Horses – A Name |
        # Ireland | 2023 | 14'", a festival's list of shorts)
        m = INLINE_PIPED.fullmatch(text.strip())
        if m and (len(m.group("t").split()) > 12 or not looks_like_name(m.group("who"), "person")):
            m = None
    if m and (m.group("t").strip().isupper() or m.group("sep") == "|") \
            and not vocab.countries().get(fold(m.group("who"))) and _tech_line(m.group("f")) is not None:
        return m
    return None


# the line under a programme's title that opens with the director: "De A Name • Avec ...",
# "Documentaire de A Name • France • 2022", "Drame d'A Name"
# (a name's particles: "de Luc Van der Stappen"; after the names, "• Avec B" or ", avec B")
BY_ENTRY = rx.compile(r"^(?:(?:Un\s+)?(?!(?:Le|La|Les|The)\b)[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,2}\s+(?:de|d['’]|by)|"
                      r"un\s+(?:film|documentaire|court[- ]métrage)\s+(?:de|d['’])|a\s+film\s+by|"
                      r"[Dd]e|[Dd]['’]|[Bb]y)\s*(?P<who>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:et|and|&)\s+)?(?:" + NAME_PARTICLE +
                      r"\s+)*[A-ZÀ-Þ][\w'’-]+){1,5})\s*(?:\((?P<year>(?:18|19|20)\d\d)\)\s*|"
                      r"\((?P<facts>[^()]{4,100}\b(?:18|19|20)\d\d\b[^()]{0,100})\)\s*)?"
                      r"(?:(?:•|(?:,|\s[—–])(?=\s*(?:[Aa]vec|[Ww]ith)\s))\s*(?P<rest>.*))?$")
# a label of one short word before the names, with no colon: "Prod. A Name", "With A, B"
_DURATION_WORD = rx.compile(r"\b\d{1,3}\s*(?:mins?|mn|minutes)\b|\b\d\s*h\s*\d\d\b", re.I)
# a short shown before a season's feature: "+ COAL DUST LULLABY (UK 1976. Dir. A Name. 21 min.)"
SUPPORTING = rx.compile(r"^\+\s*(?P<t>[^()]{2,80}?)\s*\((?P<inner>[^()]{8,300})\)\.?$")
SHORT_LABEL = rx.compile(r"^\s*(?P<label>[A-Za-zÀ-ÿ]{2,8}\.(?:/[A-Za-zÀ-ÿ]{2,8}\.?)*|With|Avec|Starring|Cast)"
                         r"\s+(?P<value>[A-ZÀ-Þ].*?)\s*$")
# a festival catalogue's short credits side by side: "Phot. A Name   Ed. B Name   Mus. C"
_SPACED_SHORT_SPLIT = rx.compile(r"\s{3,}(?=[A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,7}\.(?:/[A-Za-zÀ-ÿ]{2,8}\.?)*\s+[A-ZÀ-Þ])")


# "Starring A Name · B Name · C Name": names set apart by middle dots
_DOTTED_LIST = rx.compile(r"\s+[·•]\s+")


def _short_keys(label: str) -> list[str]:
    """The roles a short label names: "Prod." -> producer, "Dir./Scr." -> director and
    screenwriter; none when one of its parts names no role."""
    if "/" not in label:
        key = label_key(label)
        return [key] if key in vocab.roles() else []
    keys = [_short_key(p if p.endswith(".") else f"{p}.") or _short_key(p) for p in label.split("/")]
    return list(dict.fromkeys(keys)) if all(k in vocab.roles() for k in keys) else []


def _short_credit(ctx: Context, film: Mention, text: str, n: int, dry: bool = False) -> bool:
    """A credit under a short label, no colon: "Prod. A Name (A Company)", "Dir./Scr. B",
    "Cast C, D, E" (names only after it, never a sentence)."""
    short = SHORT_LABEL.match(text)
    keys = _short_keys(short.group("label")) if short else []
    if not keys or not _names_only(_short_value(short.group("value"))):
        return False
    if short.group("label") == "Cast" and not all(
            len(x.split()) >= 2 for x in re.split(r"\s*,\s*|\s+(?:and|&)\s+", short.group("value")) if x):
        return False  # ("Cast Away", a title: "Cast" with no colon is a label before full names only)
    return dry or bool(sum(add_labelled(ctx, film, k, _short_value(short.group("value")), n, NAME) for k in keys))


# "Prod. A Name / A Company": the company after a slash
_SLASH_BODY = rx.compile(r"\s+/\s+(?P<body>[^/]+)$")


def _short_value(value: str) -> str:
    """A short credit's names: middle dots between names read as commas, a company after
    a slash as the company in brackets ('A Name / Les Films X' -> 'A Name (Les Films X)')."""
    value = _DOTTED_LIST.sub(", ", value)
    slash = _SLASH_BODY.search(value)
    if slash and BODY.search(slash.group("body")):
        value = f"{value[:slash.start()]} ({slash.group('body').strip()})"
    return value


def _names_only(text: str) -> bool:
    """Whether a text is a list of names (in brackets, a company or a character), not a
    sentence: 'A Name (A Company)', 'A, B and C'."""
    bare = re.sub(r"\b([A-Z][a-z]?)\.\s", r"\1 ", re.sub(r"\([^()]*\)", "", text))  # "Ma. Theresa"
    items = [x for x in re.split(r"\s*,\s*|\s+(?:and|et|&)\s+", bare.strip().rstrip(".")) if x]
    return bool(items) and all(looks_like_name(x.strip()) for x in items)


# a label inside a paragraph of credits: "... Soto. Editing: Martín Goycolea. Music: ..."
# (a label may carry a note, "Camera (color, widescreen): A"; a heading may stand before
# the run, "Crew: Director: A. Screenplay: B.")
RUN_LABEL = rx.compile(r"(?:^|(?<=[.;:])\s+|(?<=:\s))(?P<label>[A-ZÀ-Þ][\w’'/ -]{1,30}?)(?:\s*\([^()]{1,40}\))?\s*:\s+(?=\S)")
LINE_LABEL = rx.compile(r"(?P<label>[A-ZÀ-Þ][\w’'/ -]{1,30}?)(?:\s*\([^()]{1,40}\))?\s*:\s+(?=\S)")


# the end of a credit's sentence: "Musique : A. Avec B (Anna), C." (not "A. Name")
SENTENCE_END = rx.compile(r"(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-Þ])")


def _cast_after(ctx: Context, film: Mention, sentences: list[str], n: int) -> None:
    """The sentences after a credit's: the cast, if one opens with 'Avec' or 'With' and
    names people only ('With A, B.'); the rest is prose ('A widow refuses to sell ...')."""
    for sent in sentences:
        avec = SHORT_LABEL.match(sent.strip().rstrip("."))
        if avec and label_key(avec.group("label")) == "cast" and _names_only(avec.group("value")):
            add_labelled(ctx, film, "cast", avec.group("value"), n, NAME)


def _run_keys(label: str) -> list[str]:
    """The roles a label in a paragraph of credits names: 'Image' -> cinematographer,
    'Réalisation et scénario' -> director and screenwriter; none for another label."""
    key = label_key(label)
    if key:
        return [key] if key in vocab.roles() else []
    keys = label_keys(label) if re.search(r"/|\s(?:&|and|et)\s", label) else []
    return keys if len(keys) > 1 and all(k in vocab.roles() for k in keys) else []


def _labels_run_on(ctx: Context, film: Mention, skip: set[int]) -> set[int]:
    """Credits a paragraph runs on, sentence after sentence ('Cinematography: A. Editing:
    B. Music: C. Producers: D (Company), E.'), wrapped over lines: each with its label. The
    lines read, for the line reader to leave."""
    lines = ctx.doc.lines
    done: set[int] = set()
    i = 0
    while i < len(lines):
        if not lines[i].strip() or i + 1 in skip or ": " not in lines[i]:
            i += 1
            continue
        a = i
        while a > 0 and lines[a - 1].strip() and a not in skip:
            a -= 1
        b = i
        while b + 1 < len(lines) and lines[b + 1].strip() and b + 2 not in skip:
            b += 1
        i = b + 1
        starts, text = [], ""
        for k in range(a, b + 1):
            starts.append(len(text))
            text += lines[k].strip() + " "
        # (never a label across a line's start: "Country: France; Belgium" / "Director: A")
        found = {m.start("label"): m for m in RUN_LABEL.finditer(text)
                 if not any(m.start("label") < x < m.end("label") for x in starts)}
        for s in starts:  # a label opening a line, after a line with no full stop
            m = LINE_LABEL.match(text, s)
            if m and m.start("label") not in found:
                found[m.start("label")] = m
        found = [found[k] for k in sorted(found) if _run_keys(found[k].group("label"))]
        if len(found) < 2 or not any(m.start() > 0 and text[m.start() - 1] in ".; " and
                                     starts.count(m.start("label")) == 0 for m in found):
            continue  # one label a line is the line reader's
        # the lines above the first label's are the line reader's ("TITLE" / "France · 1963")
        first = sum(1 for x in starts if x <= found[0].start("label")) - 1
        # what comes before the first label: "Written and directed by A, co-written with B."
        for sent in re.split(r"(?<=[a-zà-ÿ])\.\s+", text[starts[first]:found[0].start("label")]):
            for piece in re.split(r",\s+(?=[a-z])", sent.strip().rstrip(".")):
                hit = _phrase(piece)
                if hit:
                    for key in hit[0]:
                        add_labelled(ctx, film, key, hit[1], a + first + 1, NAME)
        # (a value ends where a line with a dotted leader of its own starts: "Key crew ...
        # Editor: A" / "Strike Price ..... USD 3,200,000" / "Principal photography ... Place")
        leadered = [x for x in starts if re.match(DOTTED_LABEL, text[x:])]
        for m, nxt in zip(found, found[1:] + [None]):
            end = nxt.start() if nxt else len(text)
            end = min([x for x in leadered if m.end() < x < end] + [end])
            value = text[m.end():end].strip().rstrip(".;")
            line = a + sum(1 for x in starts if x <= m.start("label"))
            # the credit ends with its sentence: "Musique : A. Avec B (Anna), C." / "... D. Une
            # veuve de marin refuse ..." (a cast after it is read; the rest is prose)
            value, *after = SENTENCE_END.split(value)
            for key in _run_keys(m.group("label")):
                add_labelled(ctx, film, key, value, line, NAME)
            if after:
                at = text.find(after[0], m.end())
                _cast_after(ctx, film, after, a + sum(1 for x in starts if x <= at))
        # (a line with a dotted leader of its own and no label of the run is the line reader's)
        ends = starts[1:] + [len(text)]
        done.update(a + k + 1 for k in range(first, len(starts)) if starts[k] not in leadered
                    or any(starts[k] <= m.start("label") < ends[k] for m in found))
    return done


COMPANY_LABEL = rx.compile(r"\bsoci[ée]t[ée]s?\b|\bcompan(?:y|ies)\b", re.I)
COPRODUCED = rx.compile(r"\s*[;,]?\s+(?:(?:co-?produit|co-?produced|en\s+association)\s+(?:par|by|avec)|"
                        r"in\s+association\s+with|en\s+co-?production\s+avec|in\s+co-?production\s+with)\s+",
                        re.I)
_RUN_SEPARATORS = rx.compile(r"\s+[/•|·]\s+|;\s+")
_SPACED_LABEL = rx.compile(r"(?:^|\s{2,})[A-Z][\w/ .&-]{0,20}?:\s")
_DASHED = rx.compile(r"\s[–—]\s")  # ("Durée : 1 h 38  –  France  –  Image : 1.85": facts, read below)
_SPACED_LABEL_SPLIT = rx.compile(r"\s{2,}(?=[A-Z][\w/ .&-]{0,20}?:\s)")


def _short_key(label: str) -> str | None:
    """The role a label names, or its abbreviation ('Prod Co', 'Mus', 'Ed')."""
    label = label.strip()
    return label_key(label) or (abbreviation(fold(label)) if 2 <= len(label) <= 8 else None)


_ABBREVIATED_LABELS = rx.compile(r"^\s*(?P<labels>[^\W\d_][\w-]*\.?(?:\s*,\s*[^\W\d_][\w-]*\.?)+)\s*:\s*(?P<value>.+?)\s*$")


def _run_credit(ctx: Context, film: Mention, seg: str, n: int, dry: bool = False) -> bool:
    """One credit of a line of credits run on ('Director of Photography A PSC', 'Producers
    B, C', 'Music: D'): the longest role label its words open with, then the names."""
    m = COLON.match(seg)
    if m and label_key(m.group("label")) in vocab.roles():
        key = label_key(m.group("label"))
        if key == "producer" and all(BODY.search(x) for x in re.split(r",\s*|\s+(?:et|and|&)\s+", m.group("value"))):
            key = "production_company"  # "Prod. : Les Films de la Meuse, Lémanis Production"
        return dry or bool(add_labelled(ctx, film, key, m.group("value"), n, NAME))
    several = _ABBREVIATED_LABELS.match(seg)
    if several:  # "Réal., scén. : A Name": a credit for each abbreviated label
        keys = [label_key(x) for x in re.split(r"\s*,\s*", several.group("labels"))]
        if all(k in vocab.roles() for k in keys):
            return dry or bool(sum(add_labelled(ctx, film, k, several.group("value"), n, NAME)
                                   for k in dict.fromkeys(keys)))
    # a run's labels may be cut short without a full stop: "Dir/Scr: A  Prod Co: B  Ed: C"
    keys = [_short_key(p) for p in m.group("label").split("/")] if m else []
    if keys and all(k in vocab.roles() for k in keys):
        return dry or bool(sum(add_labelled(ctx, film, k, m.group("value"), n, NAME)
                               for k in dict.fromkeys(keys)))
    hit = _phrase(seg)
    if hit:
        return dry or bool(sum(add_labelled(ctx, film, k, hit[1], n, NAME) for k in hit[0]))
    words = seg.split()
    if len(words) > 2 and (vocab.language(words[0]) or vocab.countries().get(fold(words[0]))):
        words = words[1:]  # "Polish distribution Kino Example": the distributor in one country
    for k in range(min(5, len(words) - 1), 0, -1):
        key = label_key(" ".join(words[:k]))
        if key in vocab.roles() and key != "cast":
            return dry or bool(add_labelled(ctx, film, key, " ".join(words[k:]), n, NAME))
    return False


def _one_name(text: str) -> bool:
    """A line that holds one name, with a company or a note in brackets after it."""
    t = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())
    return bool(t) and looks_like_name(t) and 2 <= len(t.split()) <= 4 and not label_key(t)


def _one_body(text: str) -> bool:
    """A line that holds one company's or fund's name ("the Nordic Coast Film Fund")."""
    t = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())
    t = re.sub(r"^(?:(?:the|les|la|le)\s+|l['’]\s*)", "", t, flags=re.I)  # (not "s Films X" of "Les Films X")
    return bool(t) and looks_like_name(t, "organization") and len(t.split()) <= 7 and not label_key(t) \
        and not COLON.match(t) and bool(BODY.search(t) or _FUNDING_BODY.search(t)) and not re.search(r"\d", t)


# the words of a public body's name, which a company's do not use (an address or a town under a
# company's name is no second company)
_FUNDING_BODY = rx.compile(r"\b(?:Board|Council|Commission|Initiative|Institute|Institut|Cent(?:re|er)|Région|"
                           r"Region|Département|Ministry|Ministère|Trust|Programme|Program|Screen|Agency)\b")


BULLETED = rx.compile(r"^\s*[•·◦▪*\-–]\s+")


def _sentence(text: str) -> bool:
    """A line of prose, not a list of names: many words, a good share of them in lower case
    (a "Production" heading over a paragraph is no credit)."""
    words = text.split()
    return len(words) >= 7 and sum(w[:1].islower() for w in words) > len(words) * 0.3


def _paragraph_line(text: str) -> bool:
    """A paragraph's line: a sentence that opens with a capital and ends with a full stop
    (not "d'après une idée originale de A" under a credit)."""
    t = text.strip()
    return _sentence(t) and t[:1].isupper() and t[-1:] in ".!?»”)"


_DIGIT = rx.compile(r"\d")
_COLON_WORD = rx.compile(r":(?!\d)")
FORMAT_WORDS = {"couleur", "couleurs", "color", "colour", "noir et blanc", "black and white", "n b",
                "b w", "scope", "cinemascope", "dcp", "35mm", "35 mm", "16mm", "dolby", "5 1",
                "dolby 5 1", "vostf", "vf", "vo", "1 85", "2 39", "1 33", "flat", "stereo", "bw", "nb",
                "black white", "noir blanc", "sans dialogue", "without dialogue", "no dialogue",
                "noir", "blanc", "copie restauree", "version restauree", "restored", "restored print",
                # a home-video release's formats: "1974 / UK / 101 mins / English / Blu-ray"
                "blu ray", "dvd", "blu ray dvd", "4k uhd", "uhd", "4k", "hd", "vod",
                # a streaming tile's: "2016 · 1h 52m · 12A · HD · AD" (audio description)
                "sd", "hdr", "ad", "cc", "sdh", "dolby vision", "dolby atmos"}
# what kind of film a line of facts names ("Fiction · 19 min · khmer, français")
KIND_WORDS = {"fiction", "documentaire", "documentary", "animation", "court metrage", "short film",
              "short", "long metrage", "feature", "experimental", "experimental", "essai"}


# a genre beside the kind, in a line of facts: "Feature drama", "Comédie dramatique"
GENRE_WORDS = {"drama", "comedy", "thriller", "horror", "western", "romance", "musical", "animated",
               "crime", "war", "science", "family", "historical", "romantic", "black", "dark",
               "drame", "comedie", "dramatique", "policier", "historique", "musicale", "fantastique",
               "film", "films", "documentaries", "dramas", "action", "adventure", "fantasy", "mystery",
               "biopic", "sci-fi", "aventure", "aventures", "animation"}


_SUBTITLED_IN = rx.compile(r"\bVOST\w*\s*\(([^()]+)\)")
_WITH_SUBTITLES = rx.compile(r"\s(?:with|avec)\s+(?:\w+\s+){0,2}(?=subtitles|sous-titres)")
# a review's "Cert 15", "Cert. 12A", "PG-13" among the facts: the film's rating, no title
_CERTIFICATE = rx.compile(r"(?:cert(?:ificate)?\.?|rated)\s*(?:U|PG|\d{1,2}A?|R|X)|PG-13|NC-17|12A|PG|U|U/A|UA", re.I)
# "In Spanish and English", "en wolof": the languages the film speaks
_IN_LANGUAGE = rx.compile(r"^(?:in|en)\s+", re.I)
_SUBTITLES = rx.compile(r"(?:\b(?:ST|STF|VOSTF?|VOST\w*)\b|\b(?:sous-titres?|subtitles?|subtitled)\b)[^·•|–—]*")
_VO = rx.compile(r"\bVO\b")
_AUDIO = rx.compile(r"\b(?:Audio|Spoken\s+languages?)\s*:\s*(?P<l>[A-Z][^·•|–—:]*?)(?=\s*[·•|–—]|\s*$)")
_BW = rx.compile(r"\b[Bb]/[Ww]\b|\b[Nn]/[Bb]\b")
_NOTE = rx.compile(r"(?<=\S)\s*\((?:[^()\d]|\d[Kk]\b)[^()]{2,80}\)\s*$")
_FACT_SEPARATORS = rx.compile(r"\s[/–—-]\s|/|,|(?<=[a-zà-ÿ])[–—](?=[A-ZÀ-Þ])|(?<=[a-z\d])\.\s+|(?<=\.)-(?=[A-ZÀ-Þ])|\s[–—-]\s|\s[·•]\s|\s\|\s|\s+(?:and|&)\s+|"
                              r"\s+et\s+|\s+(?=(?:1[89]|20)\d\d\b)")


_REGION = rx.compile(r"(?<=[a-zà-ÿ])\s+\((?:[A-ZÀ-Þ][\wÀ-ÿ'’-]+(?:[ -][A-ZÀ-Þ][\wÀ-ÿ'’-]+)?)\)(?=\s*[|/,·•–—-])")


_FACTS_SAID = rx.compile(r"\b\d{1,3}\s*(?:min|mins|minutes|mn)\b")


def _tech_line(text: str, more: bool = False) -> tuple[list[tuple[str, str]], str, str, list[tuple[str, str]]] | None:
    """A press kit's line of facts: countries, a year, a running time, languages, a format,
    and nothing else ('Canada / Belgium, 2019', 'France / Espagne - 2019 - 1h41 - couleur',
    'Canada / France – 2022 – 104 min – English, French – Colour – 1.85:1 – 5.1').
    more: a line under such a line, that carries on its facts ('Black & White · 97 minutes',
    'English, with optional English subtitles'): any one fact, and nothing that is not one."""
    t = clean(text)
    if t[:1] == "(" and t[-1:] == ")":
        t = t[1:-1]  # "(Bolivie, 1997, 1 h 27, vostf)" under a programme note
    # a streaming tile's "Audio: German · Subtitles: English": the film speaks German
    if _AUDIO.search(t):  # (each language so: "Audio: English, Irish" names no country)
        t = _AUDIO.sub(lambda m: " · ".join("in " + x for x in re.split(r"\s*,\s*", m.group("l").strip())), t)
        t = re.sub(r"\b(?:Subtitles?|Sous-titres?)\s*:[^·•|–—]*", " ", t)
    if not t or len(t) > 160 or not (more or _DIGIT.search(t)) or _COLON_WORD.search(t):
        return None  # a year or a running time is a digit; a label's colon is not a ratio's
    # "ST fr / de / en", "with English subtitles": the subtitles' languages are not the film's
    t = _SUBTITLED_IN.sub(r" / \1", t)  # "VOSTF (persan)": the film speaks Persian
    t = _REGION.sub("", t)  # "Canada (Québec) | 2021": the country's region
    t = _WITH_SUBTITLES.sub(" ", t)
    t = _SUBTITLES.sub(" ", t)
    t = clean(_VO.sub(" ", t)).strip(" •·|/–—-")  # (a separator before "VOSTF", left)
    # "b/w", and a note after the format: "35mm (new print courtesy of an archive)"
    t = clean(_NOTE.sub(" ", _BW.sub("bw", t)))
    t = re.sub(r"\bblack\s+(?:and|&)\s+white\b|\bnoir\s+(?:et|&)\s+blanc\b", "bw", t, flags=re.I)
    t = re.sub(r"\b(Dir|Réal)\.\s+(?=[A-ZÀ-Þ])", r"\1~", t)  # ("Dir. A Name": no sentence's end)
    t = re.sub(r"\bU/A\b", "UA", t)  # (India's rating, no two tokens)
    tokens = [x.strip() for x in _FACT_SEPARATORS.split(t) if x.strip()]
    countries, year, minutes, languages = [], "", "", []
    unknown, kinds, directors = [], 0, []
    for k, tok in enumerate(tokens):
        said = _DIR_TOKEN.match(tok) or (_BY_TOKEN.match(tok) if k == 0 else None)
        if said and looks_like_name(said.group("who"), "person") and 2 <= len(said.group("who").split()) <= 4:
            directors.append(said.group("who"))  # "1967 · Dir. A Name · United Kingdom · 94 min"
            continue
        hit = vocab.countries().get(fold(tok)) or _country_abbreviation(tok)
        joined = [vocab.countries().get(fold(p)) for p in tok.split("-")] if "-" in tok and not hit else []
        if len(joined) >= 2 and all(joined) and tok[:1].isupper():
            countries.extend(joined)  # "France-Sénégal, 1964": a coproduction's countries, joined
            continue
        lang = vocab.languages().get(fold(tok)) or (
            vocab.languages().get(fold(_IN_LANGUAGE.sub("", tok))) if _IN_LANGUAGE.match(tok) else None)
        if _CERTIFICATE.fullmatch(tok):
            continue
        if hit and tok[:1].isupper() and not (lang and (countries or more) and tok == lang[1]):
            countries.append(hit)
        elif lang:
            languages.append(lang)
        elif re.fullmatch(r"(?:1[89]|20)\d\d", tok):
            year = tok
        elif re.fullmatch(r"\d{1,2}\s*h\s*\d{0,2}|\d{1,3}\s*(?:mins?|mn|minutes|')|\d\s*h\s+\d{1,2}\s*m(?:in)?", tok, re.I):
            minutes = parse_minutes(tok.replace("'", " min")) or ""
        elif fold(tok) in KIND_WORDS or all(w in KIND_WORDS or w in GENRE_WORDS for w in fold(tok).split()):
            kinds += 1  # "Feature drama · 92 min", "Comédie dramatique · 1 h 38"
        elif fold(tok) not in FORMAT_WORDS and not re.fullmatch(r"\d+(?:[.,:]\d+)*", tok):
            unknown.append(tok)  # "à partir de 6 ans", "Dolby Atmos", an original title
    if more:
        return (countries, year, minutes, languages, directors) \
            if not unknown and not directors and (countries or year or minutes or languages) else None
    if not (countries or minutes and (year or languages or kinds)) or not countries and any(u[:1].isupper() for u in unknown):
        return None  # ("1974 — A Short's Title — 14 min" in a programme is no film's facts)
    if year and minutes:
        if len(unknown) > 2:
            return None
    elif not year and not minutes or len(unknown) > 1 or any(looks_like_name(u) for u in unknown):
        return None
    return countries, year, minutes, languages, directors


# a director among a line's facts: "Dir. A Name", "Directed by A Name", "Réal. A Name"
_DIR_TOKEN = rx.compile(r"^(?:Dir~|Réal~|Dir\s*:|Directed\s+by|Director\s*:|Réal\s*:|Réalisation\s*:?|Réalisé\s+par)"
                        r"\s*(?P<who>[A-ZÀ-Þ][^\d()]+)$")
# (a programme's line under its title opens with the director: "de A Name – France, 2021 – 1h47")
_BY_TOKEN = rx.compile(r"^(?:de\s+|d['’]\s*|by\s+)(?P<who>[A-ZÀ-Þ][^\d()]+)$")


@lru_cache(maxsize=256)
def _country_abbreviation(tok: str):
    """The country a listing's abbreviation names ('All.', 'Fr.', 'It.'): the country most
    of the one-word names that begin so name."""
    if not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{1,5}\.", tok):
        return None
    head = fold(tok)
    found = Counter(v for k, v in vocab.countries().items() if " " not in k and k.startswith(head))
    best = found.most_common(1)
    return best[0][0] if best and best[0][1] * 2 > sum(found.values()) else None


def _add_tech(ctx: Context, film: Mention, tech, n: int) -> None:
    """The claims of a technical line read by _tech_line (None: nothing)."""
    if not tech:
        return
    for code, country in tech[0]:
        ctx.add(film, "country", Value("country", country, code), n, NAME)
    if tech[1]:
        ctx.add(film, "date", Value("year", tech[1]), n, NAME)
    if tech[2]:
        ctx.add(film, "duration", Value("minutes", tech[2]), n, NAME)
    for code, language in tech[3]:
        ctx.add(film, "language", Value("language", language, code), n, NAME)
    for who in tech[4] if len(tech) > 4 else ():
        ctx.add(film, "director", Mention("person", clean(who)), n, NAME)


def _credit_like(text: str) -> bool:
    """A line that reads as a credit: 'Role: Name', 'Role ..... Name', 'Directed by Name'."""
    m = COLON.match(text)
    if m and label_key(m.group("label")):
        return True
    d = DOTS.match(text)
    if d and (label_key(clean(d.group("a"))) or label_key(clean(d.group("b")))):
        return True
    return _phrase(text) is not None


BULLET_START = rx.compile(r"^\s*[•·*\-–]\s")


_JOB_NOUN = rx.compile(r"\b(?:supervisor|editor|designer|manager|co-?ordinator|consultant|operator|engineer|"
                      r"technician|assistant|advis[eo]r|mixer|grader|colou?rist|authoring|translator|"
                      r"superviseur|superviseuse|conseill[eè]re?|régisseu(?:r|se)|assistante?)\s*$", re.I)


_ROLE_COLUMN = rx.compile(r"\S\s{2,}(?:r[ôo]les?|personnage|character)\s*:\s*\S", re.I)


def _cast_runs(ctx: Context, skip: set[int]) -> dict[int, tuple[str, str]]:
    """'Character: Actor' lines that stand in runs of two or more; a run whose left column
    reads as the actors ('Yolande Example : la veuve Gendron', an encyclopedia's cast under
    'Distribution') is turned round, as the cast reader does."""
    found: dict[int, tuple[str, str]] = {}
    run: list[tuple[int, tuple[str, str]]] = []

    def close() -> None:
        if len(run) >= 2:
            from .cast import _charish  # (cast imports what credits does)
            left = sum(_charish(char) for _, (char, _) in run)
            right = sum(_charish(actor) for _, (_, actor) in run)
            for n, (char, actor) in run:
                if right > left and looks_like_name(char) and len(char.split()) >= 2:
                    found[n] = (actor, char)
                else:
                    found[n] = (char, actor)
        run.clear()

    for n, text in enumerate(ctx.doc.lines, 1):
        if ":" not in text:
            hit = None
        else:
            bulleted = BULLET_START.match(text)  # "• Actor : Character": the cast reader's
            hit = None if n in skip or bulleted else _character_line(text, loose=True)
            if hit and _JOB_NOUN.search(hit[0]):
                hit = None  # "Restoration supervisor: A Name", "Booklet editor: B": a job, no part
            if hit and _ROLE_COLUMN.search(text):
                hit = None  # "Léa Example    Rôle : Jeanne": the actor, then the part (the cast reader's)
        if hit:
            run.append((n, hit))
            continue
        close()
    close()
    return found


def _names_over_roles(ctx: Context, film: Mention, skip: set[int]) -> set[int]:
    """Credits set as the names over their role (name_role_pairs): each role takes the
    names above it. The lines read, to skip."""
    done: set[int] = set()
    for n, keys in name_role_pairs(ctx.doc.lines):
        if n in skip or n + 1 in skip:
            continue
        value = clean(ctx.doc.line(n))
        for key in keys:
            add_labelled(ctx, film, key, name_case(value) if value.isupper() else value, n, NAME)
        done.update((n, n + 1))
    return done


@lru_cache(maxsize=64)
def name_role_pairs(lines: tuple[str, ...]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Credits set as the names over their role, each pair apart ('LASSE EXAMPLE, KARIN
    SAMPLE' / 'Screenplay'), three pairs or more in a row with none the other way round:
    (line of the names, the role's keys) of each pair. (A biography's 'JANE EXAMPLE' /
    'Director' heading stands alone.)"""
    out: list[tuple[int, tuple[str, ...]]] = []
    pairs: list[tuple[int, tuple[str, ...]]] = []

    def close() -> None:
        if len(pairs) >= 3:
            out.extend(pairs)
        pairs.clear()

    n = 1
    while n < len(lines):
        top, role = lines[n - 1].strip(), lines[n].strip()
        gap_before = n == 1 or not lines[n - 2].strip()
        gap_after = n + 2 > len(lines) or not lines[n + 1].strip()
        if not (top and role and gap_before and gap_after):
            if top:
                close()
            n += 1
            continue
        keys = _role_keys(clean(role)) if len(role) <= 40 and ":" not in role else []
        if keys and not _role_keys(clean(top)) and ":" not in top and _names_only(
                name_case(clean(top)) if top.isupper() else clean(top)):
            pairs.append((n, tuple(keys)))
            n += 2
            continue
        close()
        n += 1
    close()
    return tuple(out)


def _full_character_name(ctx: Context, char: str) -> str:
    """'Anna' -> 'Anna Sample' when the document writes the full name elsewhere."""
    if len(char.split()) != 1:
        return char
    pattern = re.compile(rf"\b{re.escape(char)}\s+([A-ZÀ-Þ][a-zà-ÿ]+)\b(?!\s*[:])")
    common = {"and", "et", "is", "was", "who", "the", "she", "he", "her", "his", "in", "on",
              "at", "to", "le", "la", "les", "un", "une", "de", "du", "des", "but", "as"}
    seen = set()
    for m in pattern.finditer(ctx.doc.text):
        word = m.group(1)
        if fold(word) in common or fold(word) in vocab.labels():
            continue
        seen.add(word)
    if len(seen) == 1:
        return f"{char} {seen.pop()}"
    return char

"""Catalogues: one document, several films, each under its own title.

A festival catalogue, a film school's programme, a cinematheque's season or a film club's
leaflet describes one film after another. Each entry opens with the film's title on a
line of its own, and the entry's shape says it is one:

    LAS PIEDRAS QUE CANTAN                       (the title)
    The Singing Stones                           (perhaps a second title)
    Peru, Bolivia 2020 · 101 min · Quechua       (a line of facts, within three lines)

    01  LE JARDIN DE MADAME SOK                  (a numbered entry)
        Fiction · 19 min · khmer, français

    Ch'aska, l'étoile du matin                   (the title, then a lead paragraph that
                                                  opens with it: "Ch'aska, l'étoile du
    Ch'aska, l'étoile du matin (Ch'aska) est un   matin (Ch'aska) est un film ...")

A document with two entries or more is read entry by entry: each entry is a document of
its own for the readers, about its own film, with every other line blank, so that each
claim still points at the line it came from. What stands above the first entry (the
catalogue's foreword) is read about no film.
"""
from __future__ import annotations

import re

from .. import rx, vocab
from ..model import Document, Mention
from ..text import clean, fold, name_case, parse_date, title_case, uninvert, valid_date
from .context import HEADINGS, Context
from .credits import (BY_ENTRY, MADE_BY, NAME_PARTICLE, notice_entry, WINNER_WORDS, award_entry, FILM_BY_FACTS, LISTING, PAREN_ENTRY, PAREN_FACTS, SUPPORTING, _tech_line, directed_entry,
                      facts_then_credits, inline_entry)
from .values import DOTTED_LABEL, label_key, looks_like_name

NAME = "catalogue"
# "01  TITLE", "3. Title", "No. 4 – Title": an entry's number before its title
# (a letter too: "(a) TITLE", "b) TITLE")
NUMBER = rx.compile(r"^(?:(?:n[o°º]\.?\s*)?\d{1,3}(?:\s{2,}|[.)]\s+|\s+[–—-]\s+)|\(?[a-h]\)\s+)", re.I)
# what a title line is not: a sentence, a date or a time, a page's running head
NOT_TITLE = rx.compile(r"[.;!]$|\s[–—]\s+[a-z]|\b\d{1,2}[:h.]\d\d\b|\s{4,}|·|•|^[-–—=_*─═]|\bpage\s+\d", re.I)
# a lead sentence opening with the title: "Title (Other Title) est un film ...", "Title is a"
LEAD = rx.compile(r"(?:\s*\([^()]{1,120}\))?,?\s+(?:is|was|est|était|fut)\s+(?:an?|the|une?|le|la)\b")
# a line that names one of the film's other titles: "Titre de travail : X", "English title: Y"
TITLE_LABEL = rx.compile(r"^(?:titre|title|original\s+title|english\s+title|international\s+title|"
                         r"working\s+title|a\.?k\.?a\.?)\b[^:]{0,40}:\s*\S", re.I)
# an archive record's title line: "Titre : Bal des Tanneurs (Le)", "Title: Glass Orchard, The"
RECORD_TITLE = rx.compile(r"^(?:titre|title|titre\s+(?:français|principal|actuel)|(?:main|current)\s+title)\s*(?::|\.{3,})\s*"
                          r"(?P<t>[^:\s][^:]{0,119}?)\s*$", re.I)
# a label's line naming the film its object comes from: "Film : T (1959)", "From the film: T (1961)"
FILM_LABEL = rx.compile(r"^(?:Film|Œuvre|From\s+the\s+film|Extrait\s+du\s+film)\s*:\s*(?P<t>[^:()]{1,100}?)\s*"
                        r"\((?P<y>(?:18|19|20)\d\d)\)\s*$")
DIRECTOR_LABEL = rx.compile(r"^(?:Réalisation|Réalisateur|Réalisatrice|Réal\.|Director|Directed\s+by|Dir\.)\s*:?\s*\S")
# a programme's tag before a title: "RESTORED: THE TITLE", "UK PREMIERE: THE TITLE"
PROGRAMME_TAG = rx.compile(r"^(?:(?:UK|US|European|World|International|Paris|French|Scottish|Irish)\s+)?"
                           r"(?:RESTORED|RESTORATION|(?:NEW|4K)\s+RESTORATION|PREMI[EÈ]RE|PREVIEW|REVIVAL|"
                           r"CLASSIC|REDISCOVERY|SPECIAL\s+SCREENING|GALA|TRIBUTE|HOMMAGE|AVANT-PREMI[EÈ]RE|"
                           r"REPRISE|INÉDIT|VERSION\s+RESTAURÉE|RESTAURATION|SÉANCE\s+SPÉCIALE)\s*:\s+(?=\S)", re.I)
# a programme's rubric at the right of a title line, not its second title: "SORTIE NATIONALE",
# "CINÉ-MÔMES", "PATRIMOINE", "JEUNE PUBLIC", "NEW RELEASE", "FAMILY FAVOURITE"
RUBRIC_TAG = rx.compile(r"(?:SORTIE\s+NATIONALE|AVANT-PREMI[EÈ]RE|PATRIMOINE|CIN[EÉ][- ][A-ZÀ-Þ-]+|JEUNE\s+PUBLIC|"
                        r"REPRISE|COUP\s+DE\s+C(?:Œ|OE)UR|ART\s+ET\s+ESSAI|VERSION\s+RESTAUR[EÉ]E|IN[EÉ]DIT|"
                        r"R[EÉ]TROSPECTIVE|HOMMAGE|DERNI[EÈ]RE\s+SEMAINE|NOUVEAUT[EÉ]|EN\s+FAMILLE|"
                        r"(?:UK\s+|US\s+)?PREMIERE|PREVIEW|REVIVAL|CLASSIC|NEW\s+RELEASE|LAST\s+CHANCE|FAMILY"
                        r"(?:\s+FAVOURITE)?|KIDS|RESTORED|NEW\s+RESTORATION|SPECIAL\s+SCREENING|Q\s*&\s*A)")
# a listing's time: "20.50  La Belle de Tanger"
TIME = rx.compile(r"^\s*\d{1,2}[.:h]\d\d\s+(?=\S)")
# a rule across the page: "-----", "=====", "────"
RULE = rx.compile(r"[-–—=_*─═~]{4,}|(?:[·•*-]\s){4,}[·•*-]")  # ("· · · · · ·": dots spaced out)
# a title and its facts on one line, set apart by a middle dot or a bullet
INLINE = rx.compile(r"(?P<t>[^·•|]{2,80}?)\s+[·•|]\s+(?P<f>\S.*)")
DURATION = rx.compile(r"\b\d{1,3}\s*(?:mins?|mn|minutes)\b|\b\d\s*h\s*\d\d\b|\b\d{1,3}\s*['’]|"
                      r"\b\d\s*h\s+\d{1,2}\s*m\b|"  # "1h 52m", "2h 8m": a streaming tile's
                      r"\b\d{1,3}m\s*\d\ds\b", re.I)  # "104m 09s": a classification board's
# a rating in a column beside an entry's title: "Category 15", "Cert. 12A", "Classé : -12"
# what a distributor's title line says of the print beside the title: "Ressortie version
# restaurée 4K", "Restored 4K re-release", "Nouvelle copie"
EDITION_NOTE = rx.compile(r"(?:(?:re-?)?sortie|ressortie|re-?release|reprise|nouvelle\s+copie|new\s+print|"
                          r"version\s+restaurée|restored|restauration)\b.{0,60}", re.I)
# a distributor's release date beside the title: "Sortie : 15/11/2023", "Release: 8 Dec 2023"
RELEASE_COLUMN = rx.compile(r"(?:Sortie|Sortie\s+nationale|Date\s+de\s+sortie|En\s+salles?|Release(?:d|\s+date)?|"
                            r"In\s+cinemas|Out)\s*:?\s*(?:\d{1,2}[/.]\d{1,2}[/.](?:\d\d)?\d\d|"
                            r"\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?\s+(?:1[89]|20)\d\d)", re.I)
RATING_COLUMN = rx.compile(r"(?:Category|Cat\.|Cert(?:ificate)?\.?|Rated|Rating|Classification|Catégorie|"
                           r"Classé|Visa)\s*:?\s*[\w+-]{1,5}", re.I)


# a ranked list's entry, a top ten's: "10. Title, de A Name", "8. Title (Other Title), de B
# Name", "6. Title, de C Name (1971)", "3. Title, by D Name", "2. Title (dir. E Name, 2024)"
_RANK_WHO = r"(?P<who>[A-ZÀ-Þ][\w'’-]+(?:[\s-]+(?:" + NAME_PARTICLE + r"\s+)*[A-ZÀ-Þ][\w'’.-]+){1,3})"
RANKED = rx.compile(r"^(?:#\s*)?(?P<rank>\d{1,3})[.)]\s+(?P<t>[«\"“]?[A-ZÀ-Þ0-9][^,()]{0,80}?[»\"”]?)"
                    r"(?:\s+\((?P<alt>[^()\d]{2,80})\))?(?:,\s+(?:de|d['’]|by|dir\.?)\s*" + _RANK_WHO +
                    r"(?:\s+\((?P<y>(?:18|19|20)\d\d)\))?|\s+\((?:dir\.?|de|by)\s+" + _RANK_WHO.replace("who", "who2") +
                    r"(?:,\s*(?P<y2>(?:18|19|20)\d\d))?\))\s*$")


def ranked(doc: Document) -> dict[int, re.Match]:
    """The entries of a ranked list (a blog's or a magazine's top ten), by line number:
    three numbered lines or more, each a title and its director, one rank after another."""
    found = {i + 1: m for i, t in enumerate(doc.lines) if (m := RANKED.match(t.strip()))
             and looks_like_name(m.group("who") or m.group("who2"), "person")}
    ranks = [int(m.group("rank")) for m in found.values()]
    steps = sum(abs(a - b) == 1 for a, b in zip(ranks, ranks[1:]))
    return found if len(found) >= 3 and steps >= len(found) - 2 else {}


def _title_line(text: str) -> str | None:
    """The title a line holds, if it can be an entry's title line."""
    t = text.strip()
    if not t or len(t) > 80 or NOT_TITLE.search(t):
        return None
    t = clean(NUMBER.sub("", t))
    words = t.split()
    if not 1 <= len(words) <= 12 or not t[:1].isupper() and not t[:1].isdigit():
        return None
    if fold(t) in HEADINGS or re.fullmatch(r"[\d\s,./–-]+", t) or TITLE_LABEL.match(t):
        return None
    if LABELLED.match(t) and label_key(t.split(":")[0]):
        return None  # "Dir: A Name", "Starring: B, C": an entry's credit
    return re.sub(r"\s+\((?:18|19|20)\d\d\)$", "", t)  # "LARKSPUR (1988)": the year is a fact


def _titles(text: str) -> tuple[str, str] | None:
    """The title and second title a title line holds: 'GÉÉJ GI        THE SEA BETWEEN US',
    'THE LAST BOATMAN (Ang Huling Bangkero)', or a title alone ('' for the second); a
    listing's time before it is no part of it ('20.50  La Belle de Tanger')."""
    timed = TIME.match(text)
    text = TIME.sub("", text)
    if timed and text.isupper() and len(text.split()) <= 2:
        return None  # "20.55  CINÉMA": the listing's rubric, the title below it
    text = PROGRAMME_TAG.sub("", text.strip())  # "RESTORED: THE TITLE"
    text = re.sub(r"^\(?[a-h]\)\s+", "", text)  # "(a) THE TITLE": the entry's letter
    tag = re.match(r"^(?P<t>.*[a-zà-ÿ].*?)\s+[—–]\s+[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9 ]+$", text)
    if tag:
        text = tag.group("t")  # "Les Loups de Valmorel — NOUVELLE RESTAURATION 4K": the edition's tag
    edition = re.match(r"^(?P<t>[^a-zà-ÿ]*[A-ZÀ-Þ][^a-zà-ÿ]*?)\s+[—–]\s+(?:\d+\s*mm\b|[a-zà-ÿ0-9]).*[a-zà-ÿ].*$", text)
    if edition:
        text = edition.group("t")  # "THE TITLE (2016) — 35mm anniversary screening": the screening's note
    halves = re.split(r"\s{4,}", text.strip())
    if len(halves) == 2 and re.fullmatch(r"[A-Z]{2,4}", halves[1]):
        text, halves = halves[0], [halves[0]]  # "THE TITLE        WP": a premiere's code (WP = world premiere)
    if len(halves) != 2 and " / " in text:
        # "WOLVES OF THE ALENTEJO / Os Lobos do Alentejo": the title, then its original
        slashed = text.strip().split(" / ")
        if len(slashed) == 2 and slashed[0].isupper() and not slashed[1].isupper():
            halves = slashed
        elif len(slashed) == 2 and all(p[:1].isupper() and not p.isupper() and 2 <= len(p.split()) <= 10
                                       and label_key(p) is None for p in slashed):
            halves = slashed  # "Die Stille nach dem Hagel / The Silence After the Hail"
    if len(halves) == 2 and EDITION_NOTE.fullmatch(halves[1].strip()):
        text, halves = halves[0], [halves[0]]  # "THE TITLE        Ressortie version restaurée 4K": the print
    if len(halves) == 2 and RUBRIC_TAG.fullmatch(halves[1].strip(" ★*☆")):
        a = _title_line(halves[0])  # "POMPON ET LA BALEINE      CINÉ-MÔMES": the programme's rubric
        return (a, "") if a else None
    if len(halves) == 2:
        a, b = _title_line(halves[0]), _title_line(halves[1])
        return (a, b) if a and b else None
    t = _title_line(text)
    if t is None:
        return None
    m = re.fullmatch(r"(?P<t>.+?)\s+\((?P<alt>[^()\d]{2,80})\)", t)
    if m and m.group("t")[:1].isupper() and m.group("alt")[:1].isupper():
        return m.group("t"), m.group("alt")
    return t, ""


# an award's winner under its heading and name: "for HOUSE OF SAINTS (Ghana / 2019)", "in
# THE CENSUS (Norway / 2019), directed by A", "for his role as B in THE TITLE (France / 2019)"
WINNER_FOR = rx.compile(WINNER_WORDS + r"(?P<t>[A-ZÀ-Þ0-9][^a-z()]{1,80}?)\s*"
                        r"\((?P<f>[^()]*\b(?:18|19|20)\d\d\b[^()]*)\)")
# "(United Kingdom / 2019 / 84 min), a documentary by A Name": the facts, then who made it
FACTS_BY = rx.compile(r"^(?P<f>\([^()]+\))\s*,?\s+" + MADE_BY + r"[A-ZÀ-Þ]")


def _facts(text: str) -> bool:
    t = text.strip()
    if not t or DURATION.search(t) is None:
        return False
    by = FACTS_BY.match(t)
    if by:
        t = by.group("f")
    m = LISTING.match(t)  # "Drame de A Name (All.-Suisse, 2016, 1h49, VOST). Avec ..."
    if m:
        return _tech_line(m.group("tech")) is not None
    m = PAREN_FACTS.match(t)  # "(UK/Ireland, 2019, 118 min) Dir: A Name. With B Name,"
    if m:
        return _tech_line(m.group("tech")) is not None
    if len(t) <= 160 and _tech_line(t) is not None:
        return True
    # "Gilbert Example — France — 1962 — 87 min — noir et blanc", "A Name, 1976 — 99 min":
    # the director, then the facts; "Un film de A Name (France, 1967, 95 min)"
    m = NAMED_FACTS.match(t) or FILM_BY_FACTS.match(t)
    return bool(m and looks_like_name(clean(m.group("who")), "person") and _tech_line(m.group("f")))


NAMED_FACTS = rx.compile(r"^(?P<who>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){1,3})\s*(?:[—–·|,]|\s-\s)\s*(?P<f>.{4,120})$")


# a paragraph that describes a film without naming it, under the film's title: "Comédie
# française de A (1957).", "Film d'aventures franco-italien (1961) de B", "Premier long
# métrage de C (1972)", "Dernière production de D, réalisée par E", "A 1957 comedy by F."
FILM_DESCRIBED = rx.compile(r"^(?:(?:Premier|Deuxième|Second|Troisième|Dernier|Dernière|Nouveau|First|Last|Final)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:film|long[- ]métrage|production|feature|documentaire)\b|"
                            r"(?:Comédie|Film|Drame|Documentaire|Mélodrame|Thriller|Western|Téléfilm|Court[- ]métrage|"
                            r"Long[- ]métrage|Moyen[- ]métrage)\b[^.]{0,60}?(?:\b(?:de|d['’]|par)\s*[A-ZÀ-Þ]|\((?:1[89]|20)\d\d\))|"
                            r"An?\s+(?:1[89]|20)\d\d\s+(?:[\w-]+\s+){0,2}(?:film|comedy|drama|documentary|thriller|western)\b)")


def title_heading(text: str) -> bool:
    """A line that can be a related article's title: short, capitalised, not a sentence."""
    t = text.strip()
    return 1 <= len(t.split()) <= 10 and t[:1].isupper() and not re.search(r"[.:;,]$", t) \
        and not re.search(r"\b(?:1[89]|20)\d\d\b", t) and not t.isupper() and label_key(t) is None \
        and not (":" in t and label_key(t.split(":")[0].strip()))  # ("Durée : 1 h 34": a label's line)


POINTER = rx.compile(r"^\s*[▶►▸▷➤➜→]\s*")


def _pointed(text: str) -> bool:
    return bool(POINTER.match(text)) and POINTER.sub("", text).strip().isupper()


def heads(doc: Document) -> list[tuple[int, str, int, str]]:
    """(line number, title, line number, second title) of each entry's title line, in order
    (0 and "" when the entry gives one title only)."""
    lines = doc.lines
    found: list[tuple[int, str, int, str]] = []
    ranks = ranked(doc)
    for i, text in enumerate(lines):
        under_rubric = False
        if not text.strip():
            continue
        # "▶ POUSSIÈRE D'ATLAS": an entry's title in capitals, pointed at (not "▸ Jeudi 6 février")
        pointed = _pointed(text)
        text = POINTER.sub("", text) if pointed else text
        after = next((t for t in lines[i + 1:i + 4] if t.strip()), "")
        if not pointed and _pointed(after):
            continue  # "NOUVEAUTÉS" over "▶ A TITLE": the rubric over the entries
        if i + 1 in ranks:
            # "10. Un été à Tizi, de A Name": a top ten's entry, its title and its director
            m = ranks[i + 1]
            found.append((i + 1, clean(m.group("t").strip("«»\"“” ")), i + 1 if m.group("alt") else 0,
                          clean(m.group("alt") or "")))
            continue
        record = _record(lines, i)
        if record:
            # "=====" / "Record ID: NSHA-F-00412" / "Title: Glass Orchard, The" / "Director: A" /
            # ... / "Length: 12 min": an archive's record, from the line under its rule
            title = re.sub(r"\s*\((?:working\s+title|titre\s+de\s+travail|titre\s+provisoire|w/?t)\)$", "",
                           clean(record[1]), flags=re.I)  # "THE TITLE (working title)"
            found.append((record[0], uninvert(title), 0, ""))
            continue
        labelled = FILM_LABEL.match(text.strip())
        if labelled and i + 1 < len(lines) and DIRECTOR_LABEL.match(lines[i + 1].strip()):
            # a museum's label: "2." / "Uniforme de brigadier" / "Drap de laine" / "Film : T
            # (1959)" / "Réalisation : A" / "Costumes : B" / "Porté par C dans le rôle de D":
            # an entry from the paragraph's first line, about the film it names
            found.append((i + 1, clean(labelled.group("t")), 0, ""))
            continue
        if any(_record(lines, k) for k in range(i + 1, min(len(lines), i + 3))):
            continue  # ("FICHE N° 1952-0031" over "Titre : ...": the record's number, no title)
        inline = INLINE.fullmatch(text.strip())
        if inline:
            # "IRON MERIDIAN (2024)  ·  12  ·  2 h 14 min", "HARBOUR LIGHTS (Hangguui bulbit,
            # 2022)  ·  15  ·  1 h 58 min": the year in brackets after the title is a fact
            dated = re.fullmatch(r"(?P<t>[^()]+?)\s*\((?:(?P<alt>[^()\d]{2,80}),\s*)?(?:18|19|20)\d\d\)",
                                 inline.group("t").strip())
            head = dated.group("t") + (f" ({dated.group('alt')})" if dated.group("alt") else "") if dated \
                else inline.group("t")
        if inline and head.split("(")[0].isupper() and _facts(inline.group("f") + (
                " · " + re.search(r"(?:18|19|20)\d\d", inline.group("t")).group(0) if dated else "")) and not any(
                vocab.countries().get(fold(x)) for x in re.split(r"\s*[/,]\s*", head)) \
                and not re.search(r"\b(?:18|19|20)\d\d\b", head):
            # (not "USA | 2021 | 101 min", "UNITED KINGDOM / NETHERLANDS | 2021", "UK 2022 | 14 min")
            # "LES GOÉMONIERS · France · 1951 · 24 min · documentaire": a programme's entry on
            # one line, one under the other
            pair = _titles(head)
            if pair is not None:
                found.append((i + 1, pair[0], i + 1 if pair[1] else 0, pair[1]))
                continue
        notice = notice_entry(text) if not i or not lines[i - 1].strip() else None
        if notice:
            # "BAL DES CAUDRELIER (LE). Réal. A. Scén. B. ... France, 1938, 94 min, N&B.": a
            # filmography's notice, one paragraph a film
            found.append((i + 1, notice[0], i + 1 if notice[1] else 0, notice[1]))
            continue
        award = award_entry(text)
        if award and _titles(award[0].group("t").strip()):
            # "GRAND PRIX" / "MAUVAISE SAISON de A Name (France)": an award list's film
            found.append((i + 1, _titles(award[0].group("t").strip())[0], 0, ""))
            continue
        plus = SUPPORTING.match(text.strip()) if text.lstrip()[:1] == "+" else None
        if plus and _titles(plus.group("t")) and facts_then_credits(plus.group("inner")):
            # "+ COAL DUST LULLABY (UK 1976. Dir. A Name. 21 min. 16mm.)": the short before a feature
            found.append((i + 1, _titles(plus.group("t"))[0], 0, ""))
            continue
        short = PAREN_ENTRY.match(text.strip()) if "(" in text else None
        if short and _tech_line(short.group("tech")) and _titles(short.group("t")) and \
                not re.search(r"[.;:]\s|\b(?:is|was|est)\b", short.group("t")):
            # "Tidewater (UK, 2019, 14 min) Dir: A Name.": a short film's entry on one line
            found.append((i + 1, _titles(short.group("t"))[0], 0, ""))
            continue
        directed = directed_entry(text)
        if directed and _titles(directed.group("t").strip()):
            # "THE TITLE (A Name, UK, 2018, 99 mins, Cert. 15)": a back catalogue's entry
            found.append((i + 1, _titles(directed.group("t").strip())[0], 0, ""))
            continue
        by = inline_entry(text)
        if by and _titles(by.group("t").strip()):
            # "TITLE de A Name – France, 2009, 1 h 22, documentaire": an entry on one line
            found.append((i + 1, _titles(by.group("t").strip())[0], 0, ""))
            continue
        if i + 1 < len(lines) and not lines[i - 1].strip() and _rubric(lines, i) and \
                inline_entry(lines[i + 1]):
            continue  # "CINÉ-DÉBAT" over such an entry: its rubric
        if _award_head(lines, i):
            continue  # "SPECIAL JURY PRIZE" / "THE TITLE": the award, its film below
        won = WINNER_FOR.match(text.strip()) if i >= 2 and _award_head(lines, i - 2) else None
        if won and won.group("t").strip().isupper() and _titles(won.group("t").strip()):
            title = _titles(won.group("t").strip())[0]
            if fold(title) not in {fold(f[1]) for f in found}:  # (a film wins twice: one entry)
                found.append((i + 1, title, 0, ""))
            continue
        if i and lines[i - 1].strip() and not _slot(lines[i - 1]) and not TIME.match(text) \
                and not _award_head(lines, i - 1):
            # a title stands after a blank line, a rule or a date, or after its time; or, over
            # its director's line, under a programme's rubric ("JEUNE PUBLIC" / "TITLE" / "De A")
            if not _rubric(lines, i - 1) or not BY_ENTRY.match(lines[i + 1].strip() if i + 1 < len(lines) else ""):
                continue
            under_rubric = True
        beside = re.fullmatch(r"(?P<t>\S.*?)\s{2,}(?P<f>\S.*)", text.strip())
        if beside and beside.group("t").split("(")[0].isupper() and _facts(beside.group("f")):
            # "PAPER DOGS  United Kingdom 2020 | 11' | English": the title and its facts
            pair = _titles(beside.group("t"))
            if pair is not None and not under_rubric:
                found.append((i + 1, pair[0], i + 1 if pair[1] else 0, pair[1]))
                continue
        if beside and beside.group("t").isupper() and RATING_COLUMN.fullmatch(beside.group("f")):
            text = beside.group("t")  # "COLD EXAMPLE        Category 15": the title, its rating
        if beside and beside.group("t").split("(")[0].isupper() and RELEASE_COLUMN.fullmatch(beside.group("f")):
            text = beside.group("t")  # "TOUT L'EXEMPLE        Sortie : 15/11/2023": the title, its release
        pair = _titles(text) if not _slot(text) else None  # ("10 OCTOBER": the date over a title)
        if pair is None:
            continue
        title, same = pair  # (a second title on the title line itself)
        nxt = [k for k in range(i + 1, min(len(lines), i + 6)) if lines[k].strip()][:3]
        if nxt and nxt[0] == i + 1 and not under_rubric and (
                _facts(lines[nxt[0]]) or title.isupper() and facts_then_credits(lines[nxt[0]])):
            # ("THE TITLE" / "UK 1981. Dir. A Name. Scr. B. With C, D. 94 min. B&W.")
            found.append((i + 1, title, i + 1 if same else 0, same))
            continue
        past = [k for k in range(i + 1, min(len(lines), i + 8)) if lines[k].strip()]
        labelled = 0
        while labelled < len(past) and TITLE_LABEL.match(lines[past[labelled]].strip()):
            labelled += 1
        if 0 < labelled < len(past) and _facts(lines[past[labelled]]) and not under_rubric:
            # "TITLE" / "Titre de travail : A" / "Titre anglais : B" / "France / 1958 / 94 min"
            found.append((i + 1, title, 0, ""))
            continue
        block = []
        for k in range(i + 1, min(len(lines), i + 7)):
            if not lines[k].strip():
                break
            block.append(lines[k])
        if nxt and nxt[0] == i + 1 and not title.isupper() and i and not lines[i - 1].strip() and (
                BY_ENTRY.match(lines[i + 1].strip()) or DIRECTED_SENTENCE.match(lines[i + 1].strip())) \
                and any(DURATION.search(t) for t in block):
            # a video catalogue's "Title" / "de A Name — avec B, C" or "Réal. : A Name. Scén. : B"
            # / ... / "France — 1971 — 104 min": a title over its director, its facts in its block
            found.append((i + 1, title, i + 1 if same else 0, same))
            continue
        if nxt and nxt[0] == i + 1 and not title.isupper() and i and not lines[i - 1].strip() \
                and re.match(r"(?:Directed|Written\s+and\s+directed|Réalisé|Un\s+film)\s+(?:by|par|de|d['’])\s+[A-ZÀ-Þ]",
                             lines[i + 1].strip()) \
                and (any(re.match(r"(?:Starring|With|Cast|Avec)\b", t.strip()) for t in block[1:3]) or len(found) >= 2):
            # a company's slate: "Title" / "Directed by A Name" / "Starring B, C" (a film in
            # development has no running time yet)
            found.append((i + 1, title, i + 1 if same else 0, same))
            continue
        if nxt and nxt[0] == i + 1 and BY_ENTRY.match(lines[i + 1].strip()) and title.isupper() and any(
                DURATION.search(lines[k]) for k in range(i + 1, min(len(lines), i + 5)) if lines[k].strip()):
            # a programme's "TITLE" / "De A Name • Avec B, C" / "France • 2022 • 1 h 38"
            found.append((i + 1, title, i + 1 if same else 0, same))
            continue
        if under_rubric:
            continue
        if len(nxt) > 1 and nxt[1] <= i + 3 and _facts(lines[nxt[1]]) and not (
                BY_ENTRY.match(lines[nxt[1]].strip()) and lines[nxt[0]].strip().isupper()):
            # (not "JEUNE PUBLIC" / "TITLE" / "Animation de A • 2023 • 1 h 12": a rubric)
            # "LAS PIEDRAS QUE CANTAN" / "The Singing Stones" / facts: a second title
            alt = _title_line(lines[nxt[0]])
            if alt is not None and not title.isupper() and alt.isupper() and nxt[0] == i + 1 and not same \
                    and (i == 0 or not lines[i - 1].strip()) and len(title.split()) <= 4:
                # "Opening night gala" / "THE TITLE" / its facts: the slot's label, then the film
                found.append((nxt[0] + 1, alt, 0, ""))
                continue
            if alt is not None and title.isupper() and nxt[0] > i + 1 \
                    and nxt[1] == nxt[0] + 1 and _facts(lines[nxt[1]]) and not same:
                # "DOCUMENTARY STRAND" / (blank) / "THE TITLE" / its facts: a rubric (a second
                # title stands right under the first: "SØLVKYSTEN" / "THE SILVER COAST"); and
                # "NOUVEAUTÉS" / (blank) / "Title" / "A Name — France, 2003, 93 min"
                continue
            if alt is not None or re.fullmatch(r"\(.{2,80}\)", lines[nxt[0]].strip()):
                alt = clean(alt or lines[nxt[0]].strip()[1:-1])
                found.append((i + 1, title, nxt[0] + 1, alt if fold(alt) != fold(title) else ""))
                continue
        bare = re.sub(r"\s*\([^()]*\d[^()]*\)$", "", title)  # "TITLE (saison 1, 6 × 52 min)"
        if bare.isupper() and _labelled_block(lines, i + 1, directed=True):
            # "=====" / "TITLE" / "=====" / "Genre: Drama" / "Director: A Name" / ... /
            # "Running time: 112 min": a title over a block of labelled lines
            found.append((i + 1, bare, i + 1 if same else 0, same))
            continue
        if nxt and nxt[0] > i + 1 and _labelled_block(lines, nxt[0] + 1, directed=True) \
                and not _facts(lines[nxt[0]]):
            # "SÉRIES" / (blank) / "TITLE" / "Réalisation : A": the rubric over an entry (not
            # "THE TITLE" / (blank) / "UK — 2021 — 101 min" / "Director: A": the entry itself)
            continue
        if title.isupper() and _credited_entry(lines, i + 1):
            # "THE TITLE" / "Blu-ray | Release date: ..." / a blurb / "Dir: A Name" /
            # "Starring: B, C" / "1974 / UK, Norway / 101 mins / English": a title over its
            # blurb, its credits and its facts, up to the next rule
            found.append((i + 1, title, i + 1 if same else 0, same))
            continue
        if title.isupper() and re.search(r"\((?:18|19|20)\d\d\)\s*$", text) and nxt and nxt[0] == i + 1 \
                and LABELLED.match(lines[i + 1].strip()) and \
                label_key(lines[i + 1].strip().split(":")[0]) == "director":
            # "THE TITLE (1962)" / "Dir.: A Name. With B, C. Phot.: D.": a season's film
            # note, its credits in sentences right under its title
            found.append((i + 1, title, i + 1 if same else 0, same))
            continue
        if not _slot(text) and _ruled_entry(lines, i, strict=not title.isupper()):
            # "-----" / "THE TITLE" / "un film d'A Name" / "Portugal – 2022 – 1h52": a title
            # just under a rule, its director and its running time before the next rule; a
            # second title on the line below, alone or in brackets ("(Febre das Salinas)")
            below = lines[i + 1].strip() if i + 1 < len(lines) else ""
            after = lines[i + 2].strip() if i + 2 < len(lines) else ""
            alt = ""
            if not same and re.fullmatch(r"\((?P<a>[^()\d]{2,80})\)", below):
                alt = below[1:-1].strip()
            elif not same and below and not after and _title_line(below) and not DIRECTED_LINE.match(below) \
                    and not _facts(below) and not LABELLED.match(below) and not below.isupper():
                alt = clean(below)  # "Das Lied der Buche"
            found.append((i + 1, title, i + 2, alt) if alt else (i + 1, title, i + 1 if same else 0, same))
            continue
        # "Title" / (blank) / "Title (Other) est un film ..."
        lead = clean(lines[nxt[0]]) if nxt and nxt[0] >= i + 2 else ""
        if lead.startswith(title) and LEAD.match(lead, len(title)):
            found.append((i + 1, title, 0, ""))
        elif lead and FILM_DESCRIBED.match(lead) and title_heading(text) and not lines[i - 1].strip() \
                and (i + 1 >= len(lines) or not lines[i + 1].strip()):
            # "Title" / (blank) / "Comédie française de A (1957).": a related article's film
            found.append((i + 1, title, 0, ""))
    return found


LABELLED = rx.compile(r"^[A-ZÀ-Þ][\w'’ ./&-]{1,30}(?:\(s\)[\w'’ ./&-]{0,20})*\s?:\s*\S")
# an archive record's field with a dotted leader: "Year of production ... 1937"
LEADERED = rx.compile(rf"^{DOTTED_LABEL}\s*\S|^[A-ZÀ-Þ][\w'’ ()/&-]{{1,30}}?\s{{2,}}\S")
# a rule with the record's number in it: "=== Record 1 of 2 ====="
RULED = rx.compile(r"^[-=_*─═~]{3,}\s.{1,40}\s[-=_*─═~]{4,}$")


def _record(lines: tuple[str, ...], k: int) -> tuple[int, str] | None:
    """(first line, title) when line k is an archive record's title line: labelled
    'Titre :' / 'Title:', under a rule (past a record's number, at most two lines), over
    labelled lines with a running time."""
    m = RECORD_TITLE.match(lines[k].strip())
    if not m or not _labelled_block(lines, k):
        return None
    j, seen = k - 1, 1
    while j >= 0 and seen <= 3 and not RULE.fullmatch(lines[j].strip()) and not RULED.match(lines[j].strip()):
        # (a record number's line may wrap: "ŒUVRE N° 2021.0418     Catégorie : œuvre" / "   de longue durée")
        seen += not (lines[j][:1].isspace() and lines[j].strip() and lines[j - 1].strip())
        j -= 1
    if j < 0 or seen > 3:
        return None
    first = next(x for x in range(j + 1, k + 1) if lines[x].strip())
    return first + 1, m.group("t")


def _labelled_block(lines: tuple[str, ...], k: int, directed: bool = False) -> bool:
    """Whether the lines from k on (past a rule) are three labelled lines or more, one of
    them a running time ('Running time: 112 min', 'Durée : 1 h 38'); or, when `directed`,
    two or more right under the title, the first naming its director (a film commission's
    shoot, a film in preparation: 'Réalisation : A' / 'Production : B', no running time)."""
    block = []
    for text in lines[k:k + 25]:
        t = text.strip()
        if not t or not (LABELLED.match(t) or LEADERED.match(t)):
            if not block and RULE.fullmatch(t):
                continue  # (the rule under the title)
            if block and t and text[:1].isspace():
                continue  # (a value wrapped onto an indented line: "  (Auguste) ; C (Mémé)")
            break
        block.append(t)
    if directed and len(block) >= 2 and lines[k].strip() == block[0] and DIRECTOR_LABEL.match(block[0]) \
            and LABELLED.match(block[0]):
        return True
    # (a schedule's record has no running time but names its director: "Director ..... A")
    return len(block) >= 3 and any(DURATION.search(t) or DIRECTOR_LABEL.match(t) for t in block)


def _credited_entry(lines: tuple[str, ...], k: int) -> bool:
    """Whether the lines from k on, up to a rule or a line in capitals (at most 15), name a
    director on a labelled line ('Dir: A Name', 'Réalisation : B') and give a line of facts
    with a running time ('1974 / UK / 101 mins / English')."""
    director = facts = False
    for text in lines[k:k + 15]:
        t = text.strip()
        if RULE.fullmatch(t) or (t.isupper() and len(t) > 3 and not _facts(t)):
            break
        m = LABELLED.match(t)
        if m and label_key(t.split(":")[0]) == "director":
            director = True
        elif _facts(t):
            facts = True
    return director and facts


# a line that names an entry's director: "un film d'A Name", "Documentaire de B", "de C (1958)"
DIRECTED_LINE = rx.compile(r"^(?:(?:[Uu]n|[Aa]n?)\s+)?(?:(?:[\w-]+\s+){0,2}(?:[Ff]ilm|[Dd]ocumentaire|[Dd]ocumentary|"
                           r"[Cc]ourt[- ]métrage|[Ss]hort|[Aa]nimation)\s+)?(?:[Dd]e|[Dd]['’]|[Bb]y)\s*[A-ZÀ-Þ][\w'’-]+"
                           r"(?:\s+(?:ap|ab|de|da|di|du|del|della|van|von|der|den|ter|ten|le|la|bin|ibn|al|el|dos|y))*\s+[A-ZÀ-Þ]")


DIRECTED_SENTENCE = rx.compile(r"(?:^|[.;]\s+)(?:(?:(?:Written\s+and\s+)?[Dd]irected|[Rr]éalisé)\s+(?:by|par)\s+|"
                               r"(?:Réalisation|Réal\.|Director|Dir\.)\s*:\s*)[A-ZÀ-Þ]|"
                               r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}['’]s\s+(?:[a-z]+\s+)?(?:feature|film|"
                               r"debut|documentary)\b")


def _ruled_entry(lines: tuple[str, ...], k: int, strict: bool = False) -> bool:
    """Whether the title on line k stands just under a rule (past blank lines and one
    rubric in capitals), and the lines after it, up to the next rule (at most 25), name its
    director ('un film de A', 'Réalisation : A', 'Réalisation     A', 'USA, 2023, 109 min.
    Directed by A.', 'A Name's second feature is ...') and give a running time. `strict`
    (a title not in capitals): right under the rule, and a rule closes the entry too."""
    j = k - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if strict and (j != k - 1 or not any(RULE.fullmatch(t.strip()) for t in lines[k + 1:k + 26])):
        return False
    if j >= 0 and lines[j].strip().isupper() and not RULE.fullmatch(lines[j].strip()):
        j -= 1  # "PATRIMOINE – VERSION RESTAURÉE 4K"
        while j >= 0 and not lines[j].strip():
            j -= 1
    if j < 0 or not RULE.fullmatch(lines[j].strip()):
        return False
    director = duration = False
    for text in lines[k + 1:k + 26]:
        t = text.strip()
        if RULE.fullmatch(t):
            break
        spaced = re.match(r"^(?P<label>\S[\w'’ ]*?)(?:\s*:\s*|\s{3,})\S", t)
        if DIRECTED_LINE.match(t) or spaced and label_key(spaced.group("label")) == "director" \
                or DIRECTED_SENTENCE.search(t):
            director = True
        if DURATION.search(t) or not strict and _dated_in(t):
            duration = True
    return director and duration


def _dated_in(text: str) -> bool:
    """A line of facts with no running time yet, a film in post-production ('Drama  |
    Norway / Netherlands  |  2024  |  Norwegian'): its year and its country, apart."""
    pieces = [fold(p) for p in re.split(r"\s+[|·–—/]\s+|\s*[|·]\s*", text.strip())]
    return len(pieces) >= 3 and any(re.fullmatch(r"(?:19|20)\d\d", p) for p in pieces) \
        and any(vocab.countries().get(p) for p in pieces)


def _rubric(lines: tuple[str, ...], k: int) -> bool:
    """A programme's rubric over an entry: a short line in capitals after a blank line
    ('JEUNE PUBLIC', '★ SORTIE NATIONALE ★')."""
    t = re.split(r"\s+[–—-]\s+", lines[k].strip().strip("★*☆◆■►▶ "))[0]  # "JEUNE PUBLIC – dès 5 ans"
    return bool(t) and t.isupper() and len(t.split()) <= 4 and (k == 0 or not lines[k - 1].strip())


# an award's heading over its winner: "SPECIAL JURY PRIZE", "GOLDEN GULL FOR BEST FILM",
# "BEST ACTRESS", "PRIX DU PUBLIC", "MEILLEUR DOCUMENTAIRE"
AWARD_NAME = rx.compile(r"\b(?:PRIZE|AWARD|PRIX|MENTION|TROPHY|TROPHÉE|PALME)\b|^(?:BEST|MEILLEURE?)\s|\bFOR\s+BEST\b")


def _award_head(lines: tuple[str, ...], k: int) -> bool:
    """A line in capitals naming an award, its winner on the line below (a title or a name,
    not the facts of a film titled "BEST FRIENDS")."""
    t = re.sub(r"\s*\([^()]*\)\s*$", "", lines[k].strip())  # "CRITICS' PRIZE (awarded by ...)"
    below = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return bool(t) and t.isupper() and AWARD_NAME.search(t) is not None and bool(below) \
        and not _facts(below)


def _slot(text: str) -> bool:
    """A line that dates a screening or rules the page: 'SAT 6 APR · 18:00', 'MARDI 7
    OCTOBRE', '────'."""
    t = text.strip()
    return bool(RULE.fullmatch(t)) or (
        len(t) <= 60 and re.search(r"\b\d{1,2}\b", t) is not None and t == t.upper()
        and re.search(r"\b(?:\d{1,2}[:h.]\d\d|jan|feb|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|"
                      r"aug|août|sep|oct|nov|dec|déc|lun|mon|tue|mar|wed|mer|thu|jeu|fri|ven|"
                      r"sat|sam|sun|dim)", t, re.I) is not None)


def entries(doc: Document, side: Document | None = None
            ) -> list[tuple[Document, Mention | None, int, tuple[int, str]]] | None:
    """The document cut into its entries: (part, film, title line, (line, second title))
    for each, the foreword first with no film; None when the document is no catalogue
    (fewer than two entries).

    `side` is the right-hand column of a page set in two (columns.split): its own entries
    are entries too, and what it holds beside an entry of the left column belongs to that
    entry."""
    text = doc.text if side is None else doc.text + "\n" + side.text
    found = heads(doc)
    beside = heads(side) if side is not None else []
    # (an exhibition's labels, each naming its film, "Film : T (1959)": no running times, and
    # two objects may come from one film)
    labels = side is None and len(found) >= 2 and \
        sum(bool(FILM_LABEL.match(t.strip())) for t in doc.lines) >= len(found)
    durations = DURATION.finditer(text)
    # (a film commission's shoots, a slate of films in preparation: each title right over
    # its director's labelled line, no running time yet)
    ranks = ranked(doc)
    directed = sum(_labelled_block(doc.lines, n, directed=True) for n, _, _, _ in found) + len(ranks)
    if not labels and directed < max(2, len(found) - 1) and (
            next(durations, None) is None or next(durations, None) is None):
        return None  # a catalogue gives each film's running time: two at least
    titles = [fold(h[1]) for h in found + beside]
    if len(titles) < 2 or (len(set(titles)) < len(titles) and not labels):
        return None
    parts = []
    films = [(0, None)]  # (first line, film) of the foreword and each entry, in order
    for n, title, an, alt in found:
        film = Mention("film", title_case(title), None, local=f"entry{n}")
        films.append((n, film))
    # a section of the page after two blank lines ("CLOSING FILM", "ABOUT THE FESTIVAL")
    # ends the entry above it: what follows is about no entry's film
    heads_at = {n for n, _ in films}
    films += [(k, None) for k in range(4, len(doc.lines) + 1)
              if k > films[1][0] and k not in heads_at and _section(doc.lines, k - 1)]
    if all(n >= 2 and (RULE.fullmatch(doc.lines[n - 2].strip()) or n >= 3 and not doc.lines[n - 2].strip()
                       and RULE.fullmatch(doc.lines[n - 3].strip())) for n, _, _, _ in found):
        # entries each right under a rule (or one blank line below it): a rule ends the entry above it, so that what
        # stands between a rule and the next ("Series · 2012 · 1 season") is no entry's
        # (not a rule right under a title: "=====" / "TITLE" / "=====" / its lines)
        films += [(k, None) for k in range(films[1][0] + 1, len(doc.lines) + 1)
                  if k not in heads_at and k - 1 not in heads_at and RULE.fullmatch(doc.lines[k - 1].strip())]
    if ranks:
        # a top ten's rule ends its last entry: what follows ("Hors classement", "The
        # disappointment of the year") is no ranked film's
        films += [(k, None) for k in range(films[1][0] + 1, len(doc.lines) + 1)
                  if k not in heads_at and RULE.fullmatch(doc.lines[k - 1].strip())]
    if labels:
        # (the object's lines above its "Film :" line, "Robe de bal d'Aurélie", are no credits)
        for n, _, _, _ in found:
            k = n - 1
            while k > 1 and doc.lines[k - 2].strip() and n - k < 6:
                k -= 1
            if k < n:
                films.append((k, None))
    films.sort(key=lambda f: f[0])
    parts.extend(_cut(doc, films, found))
    if side is not None:
        # the right column: up to its first entry, beside the left column's entries
        first = beside[0][0] if beside else len(side.lines) + 1
        parts.extend(p for p in _cut(_part(side, 1, first), films, []) if p[0].text.strip())
        own = [(0, None)] + [(n, Mention("film", title_case(t), None, local=f"entry{n}r"))
                             for n, t, _, _ in beside]
        parts.extend(p for p in _cut(_part(side, first, len(side.lines) + 1), own, beside)[1:])
    return parts


def _section(lines: tuple[str, ...], k: int) -> bool:
    """A heading in capitals after two blank lines: a new section of the page."""
    t = lines[k].strip()
    return bool(t) and t.isupper() and len(t.split()) <= 6 and not re.search(r"\d", t) \
        and k >= 2 and not lines[k - 1].strip() and not lines[k - 2].strip()


def _cut(doc: Document, films: list[tuple[int, Mention | None]], found: list[tuple[int, str, int, str]]
         ) -> list[tuple[Document, Mention | None, int, tuple[int, str]]]:
    """The document cut at each film's first line: (part, film, line, (line, second title))."""
    alts = {n: (an, title_case(alt)) for n, _, an, alt in found}
    bounds = [n for n, _ in films[1:]] + [len(doc.lines) + 1]
    out = []
    for (n, film), end in zip(films, bounds):
        start = max(n, 1)
        if start < end:
            out.append((_part(doc, start, end), film, n, alts.get(n, (0, ""))))
    return out


def released(part: Document, french: bool) -> tuple[Document, list[tuple[int, tuple[str, str]]]]:
    """An entry's release date set beside its lines ("TITLE        Sortie : 15/11/2023",
    "de A Name        Sortie : 05/07/2023"): the entry without that column, and (line,
    date) of each."""
    dates = []
    lines = list(part.lines)
    for k, t in enumerate(lines):
        m = re.fullmatch(r"(?P<t>\S.*?)\s{4,}(?P<f>\S.*)", t.strip()) if "  " in t else None
        if m and RELEASE_COLUMN.fullmatch(m.group("f")):
            d = parse_date(m.group("f"), french)
            if d and (d[0] == "year" or valid_date(d[1])):
                dates.append((k + 1, d))
            lines[k] = t[:len(t) - len(t.lstrip())] + m.group("t")
    if not dates:
        return part, []
    return Document(id=part.id, name=part.name, text="\n".join(lines), lines=tuple(lines)), dates


def _part(doc: Document, start: int, end: int) -> Document:
    """The document with only lines start..end-1 kept, every other line blank."""
    lines = tuple(t if start <= k < end else "" for k, t in enumerate(doc.lines, 1))
    return Document(id=doc.id, name=doc.name, text="\n".join(lines), lines=lines)


# a distributor's name at the head of its catalogue: "MERIDIAN ARC RELEASING" over
# "Theatrical & Home Entertainment Catalogue – Autumn 2019" (not a festival's, a
# cinematheque's or a school's: they show the films, they do not distribute them)
DISTRIBUTOR_HEAD = rx.compile(r"^[A-ZÀ-Þ][\w&'’ .-]{1,60}\b(?:Releasing|Distribution|Distributors?|Pictures|Films|"
                              r"Entertainment|Verleih|Filmverleih|Distribución)(?:\s+(?:Ltd|Inc|SAS|SARL|GmbH)\.?)?$",
                              re.I)
NOT_DISTRIBUTOR = rx.compile(r"\b(?:festival|cin[ée]math[èe]que|archives?|museum|mus[ée]e|club|school|[ée]cole|"
                             r"institute?|society|soci[ée]t[ée]|library|biblioth[èe]que)\b", re.I)
# (or the list of films a distributor releases in a season: "THEATRICAL SLATE · AUTUMN 2021")
CATALOGUE_WORD = rx.compile(r"\bcatalog(?:ue)?\b|\b(?:theatrical\s+)?slate\b|\brelease\s+schedule\b|"
                            r"\bline-?up\b|\bprochaines\s+sorties\b|\bsorties\s+(?:en\s+salles|cinéma)\b", re.I)


def issuer(doc: Document) -> tuple[int, str] | None:
    """(line, name) of the distributor whose catalogue the document is: its first line
    names a distributor, and one of the two lines under it says it is a catalogue."""
    lines = [(n, clean(t)) for n, t in enumerate(doc.lines, 1) if t.strip()][:3]
    if len(lines) < 2:
        return None
    n, head = lines[0]
    # (or any name, over a line that says what the company does: "LES ÉCRANS DU X" /
    # "Distribution cinéma · 18, rue ..." / "CATALOGUE 2025")
    described = re.match(r"(?:distribution|distributeur|distributor|film\s+distribution)\b", lines[1][1], re.I)
    if not (DISTRIBUTOR_HEAD.match(head) or described) or NOT_DISTRIBUTOR.search(head) or len(head.split()) > 6 \
            or not any(CATALOGUE_WORD.search(t) for _, t in lines[1:]):
        return None
    if not head.isupper():
        return n, head
    # ("LES ÉCRANS DU LARGE" -> "Les Écrans du Large": the little words of a name in lower case)
    return n, re.sub(r"(?<=\s)(?:Du|De|Des|La|Le|Les|Et|Of|The|And|Aux?|En|Sur|D['’])(?=\s|(?<=['’]))",
                     lambda m: m.group(0).lower(), name_case(head))


def single(doc: Document, ctx: Context) -> Context:
    """A document about no film by its opening, that holds one catalogue entry (a title
    line over a line of facts): the entry's film is the document's."""
    if DURATION.search(doc.text) is None:
        return ctx
    found = heads(doc)
    if len(found) != 1:
        return ctx
    n, title, an, alt = found[0]
    film = Mention("film", title_case(title), None, local="film")
    out = Context(doc, ctx.french, film, n, "a title line over a line of facts")
    if alt:
        out.add(film, "alias", Mention("film", title_case(alt), local="film"), an, NAME)
    return out

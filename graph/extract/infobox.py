"""Infobox reader: the label lines of a flattened encyclopedia infobox.

    Directed by Jane Example
    Written byJane Example             (labels can be glued to their value)
    John Sample                        (a value can run over several lines or bullets)
    Release date
      • 16 November 2005 (2005-11-16)

A block counts as an infobox when it holds at least three label lines with no colon after
the label; the line above the first label (past an image file name) is the film's title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx, vocab
from ..model import Mention
from ..text import clean, fold
from .context import HEADINGS, IMAGE_LINE, TITLE_LINE, Context
from .values import add_labelled, label_key, looks_like_name

NAME = "infobox"


@lru_cache(maxsize=None)
def _label_re() -> re.Pattern:
    labels = {lab for r in vocab.roles().values() for lab in r.labels} | \
        {lab for row in vocab._table()["fact"] for lab in row["en"] + row["fr"]}
    # infobox labels are nouns or "X by"; phrases that open a sentence ("une production",
    # "with the participation of") are the companies reader's
    phrases = {lab for lab in labels
               if re.match(r"^(?:a|an|the|une?|with|avec|en|in|developed|original|"
                           r"soundtrack)\b", lab)
               or re.search(r"\b(?:of|with|avec|de|from|chez)$", lab)}
    labels -= phrases

    def alternation(found) -> str:
        return "|".join(re.escape(lab) for lab in sorted(found, key=len, reverse=True))
    long = alternation(x for x in labels if len(x) > 3)
    short = alternation(x for x in labels if len(x) <= 3)
    # a label, then nothing, a space or tab, or a value glued on (a capital, a digit, a
    # currency); a short label ("Son", "DP") is never glued: "Sonia" is no label. A
    # phrase is a label only in a column of labels, its value after a tab or a wide gap:
    # "Avec la participation de      Télé Nord" (press kits' credits)
    return rx.compile(rf"^\s*(?:({long})(?:\s*$|\s+(?=\S)|(?-i:(?=[A-ZÀ-Þ0-9$€£¥•])))|"
                      rf"({short})(?:\s*$|\s+(?=\S))|"
                      rf"({alternation(phrases)})(?:\t|\s{{3,}})(?=\S))(?!\s*:)(.*)$", re.I)


_LEADERS = rx.compile(r"\.{3,}|…{2,}|·{3,}|_{3,}")


@lru_cache(maxsize=8192)  # (a pure function of its text, asked of the same lines by several readers)
def label_line(text: str) -> tuple[str, str] | None:
    if _LEADERS.search(text):
        return None  # dotted leaders: the credits reader's
    m = _label_re().match(text)
    if not m:
        return None
    label, value = m.group(1) or m.group(2) or m.group(3), m.group(4)
    if "\t" in value and not value.startswith("\t"):
        # "Pays de production<TAB>Drapeau de la France France": the whole cell before the
        # tab is the label, when it is one ("Pays" alone would leave "de production" over)
        head, _, rest = text.strip().partition("\t")
        if label_key(head.strip()):
            label, value = head.strip(), rest
    gap = re.match(r"^\s*(?P<head>\S.*?)(?:\s{3,}|\t\s*)(?P<rest>\S.*)$", text)
    if gap and len(gap.group("head")) > len(label):
        # "Second Assistant Director      A Name", "Key Grip      B Name": the label is the
        # whole column, when it is one; a longer label than the one known is another's
        if not label_key(gap.group("head")):
            return None
        label, value = gap.group("head"), gap.group("rest")
    # infobox labels are capitalised, never in capitals (a press kit's DISTRIBUTION heading)
    # and never followed by a colon ("Production Manager: X" is a credit line)
    if not (label[:1].isupper() or label[:1].isdigit()) or (label.isupper() and len(label) > 3) or \
            re.match(r"^[^:]{0,40}:(?:\s|$)", value) or re.match(r"^(?:et|and|&)\s", value):
        return None  # ("Scénario et réalisation   A Name": one label, not "Scénario")
    return label, value.strip()


def blocks(ctx: Context) -> list[tuple[int, int]]:
    """(first, last) line numbers of runs of label lines with their continuation lines
    (worked out once per document: several readers skip these lines)."""
    if "infobox.blocks" not in ctx.memo:
        ctx.memo["infobox.blocks"] = _blocks(ctx)
    return ctx.memo["infobox.blocks"]


def _bare_label(text: str) -> bool:
    """A label line with its value below it ('Release date')."""
    hit = label_line(text)
    return bool(hit) and not hit[1]


def _blocks(ctx: Context) -> list[tuple[int, int]]:
    lines = ctx.doc.lines
    out = []
    i = 0
    while i < len(lines):
        if label_line(lines[i]) is None:
            i += 1
            continue
        start = end = i
        count = 0
        j = i
        while j < len(lines):
            text = lines[j]
            if not text.strip():
                # a blank line ends the box unless a label line follows it
                k = j + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and label_line(lines[k]) and k - j <= 2:
                    j = k
                    continue
                break
            if label_line(text):
                count += 1
            elif _LEADERS.search(text):
                break  # "Image ........ A Name": a credit list, the credits reader's
            elif (len(text.split()) >= 8 or re.search(r"\w[.!?]\s*$", text.strip())) and not (
                    COLUMNS.match(text) and COLUMNS.match(lines[j - 1])) and not (
                    re.match(r"^\s*[•·▪◦‣*]\s", text) and j > start and _bare_label(lines[j - 1])):
                break  # a sentence: the box is over ("Release date" / "  • 14 October 2011
                # (2011-10-14) (United Kingdom)" is a label and its value)
            end = j
            j += 1
        if count >= 3:
            out.append((start + 1, end + 1))
        i = j + 1
    return out


COLUMNS = rx.compile(r"^[A-ZÀ-Þ][\w'’ -]{0,30}?\S\s{3,}\S")
# a film page's row, its label and value two spaces apart ("Récompenses  3 prix et 4 nominations")
ROW = rx.compile(r"^[A-ZÀ-Þ][\w'’-]*(?: [\w'’-]+){0,3}  (?! )\S")
TITLE_LABEL = rx.compile(r"^(?:titre(?:\s+original)?|title|original\s+title)(?:\s*:\s*|\s{2,}|\t)", re.I)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def box_film(ctx: Context, start: int, first: bool) -> Mention | None:
    """The film the box describes: in a document about a film, its first box is that film's
    (whatever caption or image line stands above it); a later box names its own title."""
    if ctx.film and first:
        return ctx.film
    title = None
    for k in range(start - 1, max(0, start - 6), -1):
        text = ctx.doc.line(k).strip()
        if ctx.film and fold(text) in HEADINGS:
            return ctx.film  # a press kit's "LISTE TECHNIQUE" over the box: the document's film
        if not text or IMAGE_LINE.search(text):
            continue
        title = TITLE_LABEL.sub("", text)  # "Titre      Le Jardin": the title's own line
        # a name under a role label ("Original Score" / "A Person") is a credit's value,
        # not the title of another film
        # (or under "Written and directed by")
        from .credits import _role_keys
        above = ctx.doc.line(k - 1) if k > 1 else ""
        if ctx.film and looks_like_name(text) and re.search(r"\S\s{3,}\S", above.strip()) and \
                _indent(ctx.doc.line(k)) == len(above) - len(re.split(r"\s{3,}", above.strip())[-1]):
            # "Stunt Performers      A NAME" / "                      B NAME": the column's
            # second name, not another film's title
            return ctx.film
        if ctx.film and looks_like_name(text) and 2 <= len(text.split()) <= 4 and any(
                vocab.labels().get(fold(ctx.doc.line(j).strip())) or
                (ctx.doc.line(j).strip() and _role_keys(clean(ctx.doc.line(j))))
                for j in range(max(1, k - 2), k)):
            return ctx.film
        break
    # "et du Tax Shelter ..." above the box: the end of a credit, the document's film goes on
    if ctx.film and (title is None or title[:1].islower() or fold(title) == fold(ctx.film.name)
                     or fold(ctx.film.name).startswith(fold(title))
                     or vocab.labels().get(fold(title))):
        return ctx.film
    if title:
        m = TITLE_LINE.match(title)
        year = int(m.group("year")) if m and m.group("year") else None
        return Mention("film", clean(m.group("title") if m else title), year, local=f"box{start}")
    return ctx.film


# a person's infobox, as "Label<TAB>value" lines with values continued on the lines below:
#   Born<TAB>Birth Name / 9 April 1931 / Place       Died<TAB>17 November 2004 (aged 73)
#   Spouses<TAB>A Person / (m. 1956; div. 1967) / B Person (m. 1970)
PERSON_LABELS = {"born": "birth_date", "nee": "birth_date", "ne": "birth_date",
                 "naissance": "birth_date", "died": "death_date", "deces": "death_date",
                 "mort": "death_date", "spouse": "spouse", "spouses": "spouse",
                 "spouse s": "spouse", "conjoint": "spouse", "conjointe": "spouse",
                 "conjoints": "spouse", "partner": "spouse", "epoux": "spouse", "epouse": "spouse",
                 "other names": "alias", "also known as": "alias", "autres noms": "alias",
                 "autre nom": "alias", "pseudonyme": "alias", "pseudonym": "alias",
                 "occupation": "occupation", "occupations": "occupation", "profession": "occupation",
                 "professions": "occupation", "activite": "occupation", "activites": "occupation",
                 "metier": "occupation"}


def person_box(ctx: Context) -> None:
    """Birth, death and spouses from the box of an article about a person (its first line
    names the person; no film is the document's)."""
    from ..model import Value
    from ..text import parse_date, valid_date
    from .context import article_person, first_line
    if ctx.film is not None or "\t" not in ctx.doc.text[:6000]:
        return
    name = article_person(ctx)
    if not name:
        return
    lines = ctx.doc.lines
    first = first_line(ctx.doc)[0]
    person = Mention("person", name)
    n = first
    while n < min(len(lines), first + 60):
        text = lines[n]
        n += 1
        if "\t" not in text:
            continue
        label, value = text.split("\t", 1)
        prop = PERSON_LABELS.get(fold(label))
        if not prop:
            continue
        parts = [(n, value)]
        while n < len(lines) and lines[n].strip() and "\t" not in lines[n] and len(parts) < 8:
            parts.append((n + 1, lines[n]))
            n += 1
        if prop in ("birth_date", "death_date"):
            for line, v in parts:
                d = parse_date(re.sub(r"\(aged?\s+\d+\)|\(\d{4}-\d\d-\d\d\)", "", v))
                if d and (d[0] == "year" or valid_date(d[1])):
                    ctx.add(person, prop, Value(*d), line, NAME)
                    break
            continue
        if prop == "alias":
            # "Other names<TAB>Teddy Example": a name the person was credited under (a birth
            # name is no such name: "Nom de naissance" is left to the prose's "née X")
            for line, v in parts:
                for who in re.split(r"\s*[,;]\s*", clean(re.sub(r"\([^()]*\)|\[\d+\]", "", v))):
                    if who and looks_like_name(who) and 2 <= len(who.split()) <= 5 and fold(who) != fold(name):
                        ctx.add(person, "alias", Mention("person", who), line, NAME)
            continue
        if prop == "occupation":  # "Occupation<TAB>Actress, singer", "Cinematographer"
            from .prose import EN
            from . import prose_fr
            words = {**EN.occupations, **prose_fr.OCCUPATIONS}
            for line, v in parts:
                for w in re.split(r"\s*(?:,|;|/|\band\b|\bet\b)\s*", clean(re.sub(r"\([^()]*\)|\[\d+\]", "", v))):
                    hit = words.get(w.lower().strip())
                    if hit:
                        ctx.add(person, "occupation", Value("text", hit), line, NAME)
            continue
        for line, v in parts:  # "A Person (m. 1956; div. 1967)", or the dates on a line below
            who = clean(re.sub(r"[\u200b\u200e]", "", re.split(r"\(", v)[0]))
            if who and looks_like_name(who) and 2 <= len(who.split()) <= 5:
                ctx.add(person, "spouse", Mention("person", who), line, NAME)


# a release on another medium, named after a release label ("Date de sortie VOD  …")
_OTHER_RELEASE = rx.compile(r"^\s*(?:DVD|VOD|Blu-?ray|vid[ée]o|home\s+video|streaming|TV|t[ée]l[ée]vision)\b", re.I)

# a label that says its values are companies ("Production companies", "Sociétés de
# production"), whatever shape a name has ("Göta Example" is a company under it)
_COMPANY_LABEL = rx.compile(r"\bcompan(?:y|ies)\b|\bsoci[ée]t[ée]s?\b", re.I)

ROLE_COLON = rx.compile(r"^\s*([^\W\d][^:\t]{1,38}?)\s*:\s+(\S.*)$")


# the cast under the credits, the label a preposition: "With A Name, B Name"
WITH_CAST = rx.compile(r"^(?:With|Starring|Avec)\s+(?=[A-ZÀ-Þ])")


def read(ctx: Context) -> None:
    person_box(ctx)
    for k, (first, last) in enumerate(blocks(ctx)):
        film = box_film(ctx, first, k == 0)
        if film is None:
            continue
        label = None
        skip = 0
        for n in range(first, last + 1):
            text = ctx.doc.line(n)
            if not text.strip() or n == skip:
                continue
            hit = label_line(text)
            if hit:
                label, value = hit
                if not value:
                    # a label wrapped over two lines ("Production" / "company")
                    # (or "Production" / "companies<TAB>A Company", its value beside)
                    following = ctx.doc.line(n + 1).strip() if n < last else ""
                    following, _, beside = following.partition("\t")
                    joined = f"{label} {following}"
                    if following and len(following.split()) == 1 and \
                            vocab.labels().get(fold(joined)):
                        label, skip = joined, n + 1
                        key = vocab.labels()[fold(joined)]
                        if beside.strip():
                            add_labelled(ctx, film, key, clean(beside), n + 1, NAME,
                                         bodies=_COMPANY_LABEL.search(label) is not None)
                    continue
            elif label and "\t" not in text and len(text.split()) <= 3 and \
                    label_key(clean(text)) in vocab.roles():
                # "UK Distribution" / "Pellucid Films" / "Canadian Distribution" / "Elgin
                # Street Releasing": a label the box's pattern does not know (a nationality
                # before it) is the next label, not a value of the one above
                label = clean(text)
                continue
            elif label and (COLUMNS.match(text.lstrip()) and COLUMNS.match(ctx.doc.line(n - 1).lstrip()) or
                            ROW.match(text) and ROW.match(ctx.doc.line(n - 1))) \
                    and (not text.startswith((" ", "\t")) or
                         _indent(text) == _indent(ctx.doc.line(n - 1)) and "\t" not in text):
                # "Pays      France" / "Année      2024": in a sheet of two columns, a line that
                # opens at the margin (or where the line above opens: a credits roll's "Key
                # Grip       A Name") holds a label the box's pattern does not know, and its value
                label = None
                continue
            elif (credit := ROLE_COLON.match(text)) and label_key(clean(credit.group(1))) in vocab.roles():
                # "Editor: A Person" among labels with their values below ("Casting" / "B
                # Person"): a credit of its own, not one more value of the label above
                label, value = clean(credit.group(1)), credit.group(2)
            elif label and WITH_CAST.match(text):
                # "Written by A, B" / "With C, D, E": the cast on a line of its own, not one
                # more writer
                label, value = "Starring", WITH_CAST.sub("", text)
            else:
                value = text
            pieces = re.split(r"\s+·\s+", value.strip())
            if len(pieces) > 1 and all(label_line(p) for p in pieces[1:]):
                # "DoP A Name  ·  Music B Name": two credits on one line, each with its label
                value = pieces[0]
                for piece in pieces[1:]:
                    other, said = label_line(piece)
                    if label_key(other):
                        add_labelled(ctx, film, label_key(other), clean(said), n, NAME,
                                     bodies=_COMPANY_LABEL.search(other) is not None)
            key = label_key(label) if label else None
            if key == "date" and _OTHER_RELEASE.match(value):
                continue  # "Date de sortie DVD  14/02/2017": the video's release, not the film's
            if key and "@" in value and key in vocab.roles() and vocab.role(key).object == "organization":
                continue  # "Jane Example – jane@distrib.fr" under "Distribution": a contact
            if key:
                if re.search(r"[^\s.:]\s{3,}[A-ZÀ-Þ]", value.strip()):
                    value = ", ".join(re.split(r"\s{3,}", value.strip()))  # "A NAME     B NAME": a name a column
                add_labelled(ctx, film, key, clean(value), n, NAME, bodies=_COMPANY_LABEL.search(label or "") is not None)


__all__ = ["read", "label_line", "blocks"]

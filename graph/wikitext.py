"""Wikitext (MediaWiki markup, as an encyclopedia's edit box or a dump gives it) as the
plain text the readers know, line for line: line N of the result is what line N of the
markup says, so that every claim still points at the line it came from.

    {{Infobox film                          Harmattan Wedding (film)
    | name     = Harmattan Wedding
    | director = [[A Person]]               Directed by<TAB>A Person
    | starring = {{Plainlist|               Starring
    * [[B Person]]                          • B Person
    }}
    | studio   = {{ubl|X Films|Y Studio}}   Production company<TAB>X Films · Y Studio
    '''''T''''' is a 2011 [[film]]<ref>..</ref>   T is a 2011 film
    == Cast ==                              Cast
    {| class="wikitable"                    (a table: one line a row, cells set apart by tabs)

Templates it does not know are dropped: citations, notes, navigation boxes.
"""
from __future__ import annotations

import re

from . import rx

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# infobox parameters -> the labels an encyclopedia's page shows (the infobox reader's)
LABELS = {
    "director": "Directed by", "directors": "Directed by", "writer": "Written by",
    "writers": "Written by", "screenplay": "Screenplay by", "story": "Story by",
    "based_on": "Based on", "producer": "Produced by", "producers": "Produced by",
    "starring": "Starring", "narrator": "Narrated by", "music": "Music by",
    "cinematography": "Cinematography", "editing": "Edited by", "studio": "Production company",
    "studios": "Production companies", "production_companies": "Production companies",
    "production_company": "Production company", "company": "Production company",
    "distributor": "Distributed by", "distributors": "Distributed by", "released": "Release date",
    "release_date": "Release date", "runtime": "Running time", "country": "Country",
    "countries": "Countries", "language": "Language", "languages": "Languages",
    "budget": "Budget", "gross": "Box office",
    # a person's infobox
    "birth_date": "Born", "birth_place": "", "death_date": "Died", "death_place": "",
    "spouse": "Spouse", "spouses": "Spouse", "partner": "Partner", "occupation": "Occupation",
    "occupations": "Occupations", "years_active": "Years active", "nationality": "Nationality",
    # the French encyclopedia's "Infobox Cinéma (film)"
    "titre": "", "titre original": "Titre original", "réalisation": "Réalisation",
    "scénario": "Scénario", "musique": "Musique", "acteur": "Acteurs principaux",
    "acteurs": "Acteurs principaux", "production": "Sociétés de production",
    "pays": "Pays d'origine", "genre": "Genre", "durée": "Durée", "sortie": "Sortie",
    "langue": "Langue",
}
TITLE_KEYS = ("name", "titre", "title")
INFOBOX_START = rx.compile(r"^\s*\{\{\s*(?:Infobox|Fiche)\b\s*(?P<kind>[^|}]*)", re.I)
PARAM = rx.compile(r"^\s*\|\s*(?P<key>[^=|]+?)\s*=\s*(?P<value>.*)$")
LIST_TEMPLATES = {"ubl", "unbulleted list", "plainlist", "plain list", "hlist", "flatlist",
                  "flat list", "bulleted list", "ublist", "collapsible list"}
DATE_TEMPLATES = {"film date", "start date", "birth date", "birth date and age", "death date",
                  "death date and age", "release date", "dts", "date", "start date and age"}
TEXT_TEMPLATES = {"lang", "nowrap", "small", "infobox name module", "transl", "nobold", "noitalic",
                  "sortname", "nihongo", "korean", "zh", "ill", "interlanguage link", "abbr",
                  "langx", "native name", "title", "as written", "smallcaps", "sc"}


def is_wikitext(text: str) -> bool:
    """Markup, not text: an infobox template, or bold and links as an edit box has them."""
    head = text[:20000]
    return bool(re.search(r"^\s*\{\{\s*(?:Infobox|Fiche|Short description)\b", head, re.I | re.M)) or (
        head.count("[[") >= 3 and "'''" in head and bool(re.search(r"^==[^=].*==\s*$", head, re.M)))


def _date(args: list[str]) -> str:
    nums = [a.strip() for a in args if re.fullmatch(r"\s*\d{1,4}\s*", a)]
    if not nums or len(nums[0]) != 4:
        return ""
    y = nums[0]
    if len(nums) >= 3 and 1 <= int(nums[1]) <= 12:
        return f"{int(nums[2])} {MONTHS[int(nums[1]) - 1]} {y}"
    if len(nums) >= 2 and 1 <= int(nums[1]) <= 12:
        return f"{MONTHS[int(nums[1]) - 1]} {y}"
    return y


def _template(body: str) -> str:
    """What one template (without its braces) shows as text."""
    parts = [p for p in _split_args(body)]
    name = parts[0].strip().lower().replace("_", " ")
    args = [a for a in parts[1:] if not re.match(r"^\s*[\w -]+\s*=", a)]  # positional only
    if name in LIST_TEMPLATES:
        items = [a.strip() for a in args if a.strip()]
        return " · ".join(items)
    if name in DATE_TEMPLATES:
        return _date(args)
    if name.startswith("lang-") or name.startswith("langx"):
        return args[-1].strip() if args else ""
    if name in TEXT_TEMPLATES:
        if name in ("sortname",):
            return " ".join(a.strip() for a in args[:2])
        if name in ("lang", "infobox name module", "transl", "korean", "zh"):
            return args[-1].strip() if args else ""
        return args[0].strip() if args else ""
    return ""  # citations, notes, navigation: nothing of the text


def _split_args(body: str) -> list[str]:
    """A template's arguments, split at the pipes that are not inside links."""
    out, depth, cur = [], 0, []
    i = 0
    while i < len(body):
        if body.startswith("[[", i):
            depth += 1
            cur.append("[[")
            i += 2
            continue
        if body.startswith("]]", i) and depth:
            depth -= 1
            cur.append("]]")
            i += 2
            continue
        if body[i] == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(body[i])
        i += 1
    out.append("".join(cur))
    return out


INNER_TEMPLATE = rx.compile(r"\{\{([^{}]*)\}\}")


def inline(text: str) -> str:
    """One line's markup as text: templates, references, links, bold and italics."""
    text = re.sub(r"<ref[^>/]*/>", "", text)
    text = re.sub(r"<ref[^>]*>.*?</ref>", "", text)
    for _ in range(6):  # innermost templates first
        new = INNER_TEMPLATE.sub(lambda m: _template(m.group(1)), text)
        if new == text:
            break
        text = new
    text = re.sub(r"<br\s*/?>", ", ", text, flags=re.I)
    text = re.sub(r"<!--.*?-->", "", text)
    text = re.sub(r"</?[a-zA-Z][^>]*>", "", text)
    text = re.sub(r"\[\[(?:File|Image|Fichier|Category|Catégorie):[^\]]*\]\]", "", text, flags=re.I)
    text = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"\[(?:https?:)?//[^\s\]]+\s+([^\]]*)\]", r"\1", text)
    text = re.sub(r"\[(?:https?:)?//[^\s\]]+\]", "", text)
    text = re.sub(r"'{2,5}", "", text)
    text = text.replace("&nbsp;", " ").replace("&ndash;", "–").replace("&mdash;", "—")
    return re.sub(r"[ \t]{2,}", " ", text).strip() if "\t" not in text else text.strip()


def to_lines(lines: list[str]) -> list[str]:
    """The markup's lines as text lines, as many as there are (a construct over several
    lines gives its text on its first line and blank lines after it)."""
    out = [""] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        start = INFOBOX_START.match(line)
        if start:
            i = _infobox(lines, i, out, start.group("kind").strip().lower())
            continue
        if line.lstrip().startswith("{|"):
            i = _table(lines, i, out)
            continue
        if re.match(r"^\s*<ref[^>/]*>(?!.*</ref>)", line) or re.search(r"<ref[^>/]*>(?!.*</ref>)", line):
            # a reference over several lines: the text before it, nothing of the rest
            out[i] = inline(re.sub(r"<ref[^>/]*>.*$", "", line))
            i += 1
            while i < len(lines) and "</ref>" not in lines[i]:
                i += 1
            if i < len(lines):
                out[i] = inline(lines[i].split("</ref>", 1)[1])
                i += 1
            continue
        if line.lstrip().startswith("{{") and line.count("{{") > line.count("}}"):
            i = _block_template(lines, i, out)
            continue
        heading = re.match(r"^\s*(=+)\s*(.*?)\s*\1\s*$", line)
        if heading:
            out[i] = inline(heading.group(2))
        elif re.match(r"^\s*\[\[(?:Category|Catégorie):", line, re.I):
            out[i] = ""
        else:
            out[i] = inline(line)
        i += 1
    return out


def _block_template(lines: list[str], i: int, out: list[str]) -> int:
    """A template over several lines ('{{Plainlist|' ... '}}', a navigation box): its text
    when it is a list, nothing otherwise."""
    depth = 0
    j = i
    body = []
    while j < len(lines):
        depth += lines[j].count("{{") - lines[j].count("}}")
        body.append(lines[j])
        j += 1
        if depth <= 0:
            break
    name = re.match(r"^\s*\{\{\s*([^|}\n]*)", lines[i]).group(1).strip().lower()
    if name in LIST_TEMPLATES:
        for k, text in enumerate(body):
            item = re.match(r"^\s*[*#]\s*(.*)$", text)
            if item:
                out[i + k] = "• " + inline(item.group(1))
    return j


def _infobox(lines: list[str], i: int, out: list[str], kind: str) -> int:
    """'{{Infobox film' ... '}}': the page's title on the first line ('T (film)'), then one
    'Label<TAB>value' line a parameter; a list over lines gives a bullet a line."""
    depth = 0
    j = i
    title = ""
    label_at = None
    while j < len(lines):
        text = lines[j]
        depth += text.count("{{") - text.count("}}")
        p = PARAM.match(text) if j > i else None
        if p and depth >= 1:
            key = p.group("key").strip().lower().replace(" ", "_")
            value = p.group("value")
            opens = value.count("{{") - value.count("}}")
            shown = inline(value) if opens <= 0 else inline(re.sub(r"\{\{[^{}|]*\|?\s*$", "", value))
            if key in TITLE_KEYS or key.replace("_", " ") in TITLE_KEYS:
                title = title or shown
            label = LABELS.get(key, LABELS.get(key.replace("_", " ")))
            if label:
                out[j] = f"{label}\t{shown}" if shown else label
                label_at = j
            elif label == "" and shown and label_at is not None:
                out[j] = shown  # a birth place under "Born": the value's second line
            else:
                label_at = None
        elif j > i and label_at is not None:
            item = re.match(r"^\s*[*#]\s*(.*)$", text)
            if item:
                out[j] = "• " + inline(item.group(1))
        j += 1
        if depth <= 0:
            break
    if title:
        film = "film" in kind or "cinéma" in kind or "cinema" in kind
        out[i] = f"{title} (film)" if film else title
    return j


def _table(lines: list[str], i: int, out: list[str]) -> int:
    """'{|' ... '|}': a caption line, then one line a row, its cells set apart by tabs; a
    cell that spans rows ('rowspan=2') is repeated on the rows it spans."""
    j = i + 1
    rows: list[tuple[int, list[str]]] = []
    cur: list[str] | None = None
    at = i
    while j < len(lines) and not lines[j].lstrip().startswith("|}"):
        text = lines[j].strip()
        if text.startswith("|+"):
            out[j] = inline(text[2:])
        elif text.startswith("|-"):
            if cur is not None:
                rows.append((at, cur))
            cur = None
        elif text.startswith(("|", "!")):
            if cur is None:
                cur, at = [], j
            cells = re.split(r"\s*(?:\|\||!!)\s*", text[1:])
            cur.extend(cells)
        elif cur is not None and text:
            cur[-1] = f"{cur[-1]} {text}" if cur else text
        j += 1
    if cur is not None:
        rows.append((at, cur))
    spans: dict[int, tuple[int, str]] = {}  # column -> (rows left, value)
    for at, cells in rows:
        shown = []
        col = 0
        queue = list(cells)
        while queue or col in spans:
            if col in spans:
                left, value = spans[col]
                shown.append(value)
                spans[col] = (left - 1, value)
                if left - 1 <= 0:
                    del spans[col]
                col += 1
                continue
            cell = queue.pop(0)
            attrs, _, value = cell.rpartition("|") if "=" in cell.split("|")[0] else ("", "", cell)
            value = inline(value)
            span = re.search(r"rowspan\s*=\s*\"?(\d+)", attrs)
            if span and int(span.group(1)) > 1:
                spans[col] = (int(span.group(1)) - 1, value)
            shown.append(value)
            col += 1
        out[at] = "\t".join(shown)
    return j + 1


__all__ = ["is_wikitext", "to_lines", "inline"]

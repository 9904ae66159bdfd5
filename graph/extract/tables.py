"""Tables reader: a person's filmography as a table, its cells set apart by tabs, as an
encyclopedia page copied as text gives it (and as graph/wikitext.py renders a wikitable):

    As actress
    Year    Title               Role      Director         Language    Notes
    1979    Thazhvarayile ...   Radha     A Director       Malayalam   Debut
            Second Title        Leela     B Director       Malayalam          (a blank year: the one above)
    As director
    Year    Title     Credited as   Notes
    Director   Writer                                      (a second header row)
    1997    Third Title   Yes   Yes

The table's columns say what each cell is; the heading above it says what the person did
(acted, directed) and in what medium (film, television). A table without a title column
(awards, box office) is not a filmography.
"""
from __future__ import annotations

import re

from .. import rx, vocab
from ..model import Mention, Value
from ..text import MONTHS, clean, fold, name_case, valid_date
from .context import Context, article_person, edition_year, list_year
from .filmography import KINDS, SELF, Section, section_heading, stated_craft
from ..read import SUB_ROW
from .values import BODY, add_labelled, label_key, looks_like_name, names

NAME = "tables"
YEAR = rx.compile(r"^(?P<year>(?:1[89]|20)\d\d)(?:\s*[–—-]\s*(?P<end>(?:1[89]|20)\d\d|present|"
                  r"aujourd'hui))?$", re.I)
COLUMNS = {
    "year": ("year", "years", "année", "années", "date", "released", "sortie"),
    "title": ("title", "film", "films", "titre", "work", "titre original", "original title",
              "titre français", "titre francais", "french title", "english title", "titre anglais"),
    "role": ("role", "roles", "character", "characters", "rôle", "rôles", "personnage",
             "personnages", "part"),
    "director": ("director", "directors", "directed by", "réalisateur", "réalisatrice",
                 "réalisation", "réalisé par", "réalisateurs", "director(s)", "réalisateur(s)",
                 "réalisateur·rice(s)", "réalisatrice(s)"),
    "language": ("language", "languages", "langue", "langues"),
    "cast": ("cast", "starring", "actors", "interprètes", "interprétation", "acteurs", "avec"),
    "notes": ("notes", "note", "remarks", "remarques", "commentaires", "comments"),
    "credited": ("credited as", "crédité comme", "credit", "credits", "crédité en tant que"),
    "writer": ("writer", "screenwriter", "scénariste", "scénario"),
    "producer": ("producer", "producteur", "productrice", "production"),
    # a catalogue's table of prints or titles: one film a row, whoever made it
    "country": ("country", "countries", "pays", "origin", "origine", "country(ies)", "production country",
                "production countries", "country of production", "pays de production", "nationalité",
                "nationalités", "nationality"),
    "duration": ("runtime", "running time", "duration", "length", "durée", "duree", "minutes", "min.",
                 "runtime min", "runtime mins", "running time min", "duration min", "length min", "durée min"),
    "distributor": ("distributor", "distributeur", "distributrice", "ayant droit", "ayants droit",
                    "rights holder", "ayant droit / cédant", "cédant", "licensor", "rights holder / licensor"),
    "ref": ("ref.", "ref", "réf.", "réf", "référence", "reference", "no.", "n°", "#", "cote",
            "catalogue no.", "cat. no.", "accession no", "accession no.", "accession number", "id", "item id",
            "numéro d'inventaire", "inventaire"),
    # a list of a year's films: "Opening | Title | Director | Cast | Genre | Notes | Studio",
    # the opening's day under its month's row ("JANUARY" / "13")
    "opening": ("opening", "opens", "release date", "date de sortie", "jour", "day"),
    "production_company": ("studio", "studios", "production company", "production companies", "company",
                           "société de production", "sociétés de production", "production co."),
    # a box-office chart's: "Rank  Title (Distributor)  Weekend  Total  Wks"
    # a filmography's "Format" ("court métrage", "feature"), a catalogue's ("35 mm", "DCP")
    "format": ("format", "formats", "type"),
    "rank": ("rank", "rang", "pos", "pos.", "position"),
    "title_distributor": ("title (distributor)", "titre (distributeur)", "film (distributor)",
                          "title (studio)", "film (distributeur)"),
    "box_office": ("total", "total gross", "gross to date", "cumulative", "cumulative gross", "cume",
                   "domestic total", "to date", "box office", "recettes cumulées", "recettes totales"),
    "weeks": ("weeks", "wks", "wks.", "weeks in release", "semaines", "sem.", "nb semaines"),
    "other": ("weekend", "weekend gross", "week", "theaters", "theatres", "screens", "locations",
              "change", "% change", "écrans",
              "entrées", "entrées semaine", "cumul", "cumul entrées", "recettes",
              "support", "sous-titres", "subtitles", "version", "versions",
              "copies", "prints", "print", "genre", "aspect ratio", "ratio", "colour", "color",
              "couleur", "son", "sound", "condition", "état", "etat", "status", "statut", "location",
              "genres",
              "gauge", "reels", "bobines",
              # a rights schedule's window and runs: "Début | Fin | Pass. | Excl."
              "début", "fin", "start", "end", "window", "fenêtre", "expiry", "passages", "pass.", "runs",
              "plays", "excl.", "exclusivité", "exclusivity", "exclusive",
              # a cinema's report: "Title | Director | Distributor (UK) | Screenings | Admissions"
              "screenings", "séances", "admissions", "attendance", "spectateurs",
              # a studio's booking register: "Ref | Facility | In | Out | ... | St."
              "facility", "stage", "plateau", "in", "out", "st.", "booked", "from", "to"),
}
_COLUMN = {fold(v): k for k, vs in COLUMNS.items() for v in vs}
YES = rx.compile(r"^(?:yes|y|oui|✓|✔|x|\+)$", re.I)


def _cells(text: str) -> list[str]:
    return [clean(c) for c in text.split("\t")]


def _header(text: str) -> list[str] | None:
    """The columns of a header row, or None: a title column and two known others."""
    if "\t" not in text:
        return None
    cells = _cells(text)
    # (a column's note in brackets: "Distributor (UK)", "Runtime (min)")
    cols = [_COLUMN.get(fold(c)) or _COLUMN.get(fold(re.sub(r"\s*\([^()]{1,12}\)$", "", c))) for c in cells]
    cols = ["title" if c == "title_distributor" else c for c in cols]
    if "title" not in cols and cols.count("producer") + cols.count("production_company") >= 2:
        # a booking register's "Production | Type | Company | Producer": the production is
        # the film, the company and the producer make it
        k = next((k for k, c in enumerate(cells) if fold(c) == "production"), None)
        if k is not None:
            cols[k] = "title"
    titles = [k for k, c in enumerate(cols) if c == "title"]
    if len(titles) == 2:
        # "Titre français<TAB>Titre original": the first is the title, the original an alias
        orig = next((k for k in titles if fold(cells[k]) in ("titre original", "original title")),
                    titles[1])
        cols[orig] = "alias"
    known = [c for c in cols if c]
    if "title" not in known or len(known) < 2 or len(known) < len([c for c in cols]) - 2:
        return None
    if "title" not in cols:
        return None
    return [c or "" for c in cols]


def _owner(ctx: Context, start: int) -> str | None:
    """Whose filmography: the person the page is about (its first line, when the page is
    not about a film), or the name heading nearest above the table."""
    lines = ctx.doc.lines
    for k in range(start - 1, max(0, start - 40), -1):
        t = clean(lines[k - 1])
        if re.fullmatch(r"(?:filmograph(?:y|ie)|[\w ]*filmograph(?:y|ie)[\w ]*)", fold(t)):
            continue
        if 2 <= len(t.split()) <= 4 and t.isupper() and looks_like_name(name_case(t)) \
                and not _HEADING_WORD.search(t) and not BODY.search(name_case(t)):
            return name_case(t)  # a press kit's "JANE EXAMPLE" over her filmography
            # (not a heading that has words of a phrase: "HANNE IN BRIEF")
    owner = article_person(ctx)
    if owner and BODY.search(owner):
        owner = None  # (a company's letterhead: "EXAMPLE STUDIOS LTD" over its register)
    return owner or _title_page_person(ctx)  # (None when the page is about a film)


_HEADING_WORD = rx.compile(r"\b(?:IN|OF|THE|AT|AND|ON|FOR|WITH|BY|TO|ET|EN|AU|AUX|POUR|AVEC|SUR|BRIEF|BREF)\b")


def _title_page_person(ctx: Context) -> str | None:
    """The person a programme's title page honours: its first line with letters, a name in
    capitals ("✂ ✂ ✂" over "HANNE EXAMPLE" over "FORTY YEARS AT THE BENCH"), when the page
    is about no film."""
    if ctx.film is not None:
        return None
    t = next((clean(x) for x in ctx.doc.lines[:12] if re.search(r"[^\W\d_]", x)), "")
    if 2 <= len(t.split()) <= 4 and t.isupper() and looks_like_name(name_case(t)) and not BODY.search(name_case(t)):
        return name_case(t)  # (not a company's letterhead: "EXAMPLE STUDIOS LTD")
    return None


def lines_of_tables(ctx: Context) -> set[int]:
    """The line numbers of the document's filmography tables, header rows included (worked
    out once: the other readers leave these lines to this one)."""
    if "tables.lines" not in ctx.memo:
        ctx.memo["tables.lines"] = {n for _, rows in _tables(ctx) for n in rows}
        ctx.memo["tables.lines"] |= set(_notes(ctx))
    return ctx.memo["tables.lines"]


def _notes(ctx: Context) -> dict[int, list[str]]:
    """The lines of notes under a catalogue's table, each with the references it names
    ("ST-0440 : avec A Name"): only references of the table's "Ref." column count."""
    refs = set()
    rows = set()
    for cols, lines in _tables(ctx):
        rows |= set(lines)
        if "ref" in cols:
            k = cols.index("ref")
            refs |= {fold(c[k]) for c in (_cells(ctx.doc.lines[n - 1]) for n in lines[1:]) if len(c) > k and c[k]}
    found = {}
    if refs:
        for n, text in enumerate(ctx.doc.lines, 1):
            m = REF_NOTE.match(text) if n not in rows else None
            if m:
                named = [fold(r) for r in re.split(r"\s*(?:,|\bet\b|\band\b|&)\s*", m.group("refs"))]
                if all(r in refs for r in named):
                    found[n] = named
    return found


def _goes_on(lines: tuple[str, ...], j: int, cols: list[str]) -> tuple[int | None, Section | None]:
    """Where a table that stopped at line index j goes on, past blank lines and one
    sub-heading, and that heading's section (None, None when it does not go on): its rows
    must open with a year, in a table whose first column is the year."""
    if not cols or cols[0] != "year" or j >= len(lines) or lines[j].strip():
        return None, None
    heading = None
    k = j
    while k < len(lines) and k - j <= 4 and "\t" not in lines[k]:
        if lines[k].strip():
            if heading is not None:
                return None, None
            heading = section_heading(lines[k])
            if heading is None:
                return None, None
        k += 1
    if k >= len(lines) or "\t" not in lines[k] or _header(lines[k]) is not None \
            or not YEAR.match(_cells(lines[k])[0]):
        return None, None
    return k, heading


def _past_rule(lines: tuple[str, ...], j: int) -> int:
    """The first row of a table whose header is at line index j - 1: past the rule under a
    boxed table's header ("├────┼────┤"), which reads as a blank line."""
    if j + 1 < len(lines) and not lines[j].strip() and "\t" in lines[j + 1] and _header(lines[j + 1]) is None:
        return j + 1
    return j


def _row_note(lines: tuple[str, ...], j: int, cols: list[str]) -> bool:
    """A short line between two rows of a table by year ("2004<TAB>T<TAB>..." / "Golden
    Anchor for Best Actor" / "2008<TAB>..."): a note on the row above, inside the table."""
    return bool(cols and cols[0] == "year" and j + 1 < len(lines) and lines[j].strip() and "\t" not in lines[j]
                and len(lines[j]) <= 80 and "\t" in lines[j + 1] and _header(lines[j + 1]) is None
                and YEAR.match(_cells(lines[j + 1])[0]) and section_heading(lines[j]) is None)


def _tables(ctx: Context) -> list[tuple[list[str], list[int]]]:
    """(columns, line numbers of header and rows) of each table."""
    if "tables.found" in ctx.memo:
        return ctx.memo["tables.found"]
    lines = ctx.doc.lines
    found = []
    i = 0
    while i < len(lines):
        cols = _header(lines[i]) if "\t" in lines[i] else None
        if cols is None:
            i += 1
            continue
        j = i + 1
        rows = [i + 1]
        j = _past_rule(lines, j)
        while True:
            while j < len(lines) and ("\t" in lines[j] or SUB_ROW.match(lines[j]) or _row_note(lines, j, cols)):
                rows.append(j + 1)
                j += 1
            k, _ = _goes_on(lines, j, cols)
            if k is None:
                break
            j = k
        found.append((cols, rows))
        i = j
    ctx.memo["tables.found"] = found
    return found


def read(ctx: Context) -> None:
    if "\t" not in ctx.doc.text or not _tables(ctx):
        return
    lines = ctx.doc.lines
    section: Section | None = None
    refs: dict[str, Mention] = {}
    i = 0
    while i < len(lines):
        text = lines[i]
        sec = section_heading(text) if "\t" not in text else None
        if sec:
            section = sec
            i += 1
            continue
        cols = _header(text)
        if cols is None:
            i += 1
            continue
        chart = "rank" in cols and "title" in cols and (
            "box_office" in cols or any(_COLUMN.get(fold(c)) == "title_distributor" for c in _cells(text)))
        if not {"year", "director", "role"} & set(cols) and not chart:
            # a soundtrack's "No. / Title / Writer(s) / Length": a table, but its titles are
            # songs, not films (its lines are still this reader's, so no other reads them)
            i += 1
            while i < len(lines) and "\t" in lines[i]:
                i += 1
            continue
        owner = _owner(ctx, i + 1)
        person = Mention("person", owner) if owner else None
        j = i + 1
        j = _past_rule(lines, j)
        # "Credited as" over "Director  Writer": the second row names the columns
        if "credited" in cols and j < len(lines):
            sub = [_COLUMN.get(fold(c)) for c in _cells(lines[j]) if c]
            if sub and all(s in ("director", "writer", "producer") for s in sub):
                k = cols.index("credited")
                cols = cols[:k] + sub + cols[k + 1:]
                j += 1
        year, month = None, None
        last = None
        listed: list[Mention] = []
        while j < len(lines) and ("\t" in lines[j] or SUB_ROW.match(lines[j]) or _row_note(lines, j, cols)
                                  or _goes_on(lines, j, cols)[0] is not None):
            if SUB_ROW.match(lines[j]):
                j = _sub_rows(ctx, last, lines, j)
                continue
            if _row_note(lines, j, cols):
                j += 1  # ("Golden Anchor for Best Actor" under its row)
                continue
            if "\t" not in lines[j]:
                # past a blank line and a sub-heading ("Short films", "Television"), the table
                # goes on: its rows are of the heading's kind
                j, heading = _goes_on(lines, j, cols)
                if heading is not None and heading.role is None and section is not None \
                        and section.role not in (None, "cast"):
                    # "Short films" under "Feature films (as director of photography)": the
                    # same craft, on short films
                    heading = Section(heading.line, heading.medium, section.role)
                section = heading or section
                continue
            cells = _cells(lines[j])
            start = j
            # a cell that wraps onto the next line ("Kırık Testi" over "(The Broken Jug)<TAB>
            # Emine<TAB>..."): the row is short, and the next line finishes its last cell
            while len(cells) < len(cols) and j + 1 < len(lines) and "\t" in lines[j + 1]:
                more = _cells(lines[j + 1])
                if not more[0] or YEAR.match(more[0]) or len(cells) + len(more) - 1 > len(cols):
                    break
                cells = cells[:-1] + [clean(f"{cells[-1]} {more[0]}")] + more[1:]
                j += 1
            # a row of a drawn table whose cells wrap, each in its own column, onto a line with
            # no year ("Rejs do Helu (La Croisière | 1962 | Fernando Quintela" over "pour Hel),
            # VOSTF |  | Mota"): each column's cell goes on
            ycol = cols.index("year") if "year" in cols else None
            tcol = cols.index("title") if "title" in cols else 0
            while ycol is not None and ycol < len(cells) and cells[ycol] and j + 1 < len(lines) \
                    and "\t" in lines[j + 1]:
                more = _cells(lines[j + 1])
                if len(more) != len(cells) or more[ycol] or not any(more) or not (
                        re.match(r"[a-zà-ÿ(]", more[tcol]) or cells[tcol].count("(") > cells[tcol].count(")")):
                    break  # (a film of the same year, its year cell left empty, is a row of its own)
                cells = [clean(f"{a} {b}") if b else a for a, b in zip(cells, more)]
                j += 1
            # (in a table with no year, a line with no title finishes the row's cells above it:
            # "Il cortile delle" over "<TAB>rondini", "Birgit Example," over "<TAB><TAB>Jakob Example")
            # (in a register whose rows open with a reference, a line with none goes on the row
            # above, its title too: "LEDGER (w/t) – release title" over "WINTER ACCOUNTS")
            rcol = cols.index("ref") if "ref" in cols and "title" in cols else None
            while ycol is None and j + 1 < len(lines) and "\t" in lines[j + 1]:
                more = _cells(lines[j + 1])
                carried = rcol is not None and rcol < len(cells) and cells[rcol] and rcol < len(more) \
                    and not more[rcol]
                if tcol >= len(more) or (more[tcol] and not carried) or not any(more) or len(more) > len(cols) \
                        or fold(more[0]) in MONTHS:
                    break  # ("JANUARY": a month's row in a list of a year's films)
                cells = cells + [""] * (len(more) - len(cells))
                above = [c.strip() for c in lines[j].split("\t")] + [""] * len(cells)
                cells = [_joined(cols[k] if k < len(cols) else "", a, b, above[k]) if b else a
                         for k, (a, b) in enumerate(zip(cells, more + [""] * (len(cells) - len(more))))]
                j += 1
            row = dict(zip(cols, cells + [""] * (len(cols) - len(cells))))
            if chart:
                _chart_row(ctx, row)
            ym = YEAR.match(row.get("year", ""))
            if ym:
                year = int(ym.group("year"))
            elif row.get("year"):
                year = None  # "TBA", a cell that is no year
            elif chart:
                year = _chart_year(ctx, row.get("weeks", ""))
            elif "year" not in cols and (edition_year(ctx) or list_year(ctx)):
                # a festival edition's selection, a list of a year's films: films of its year
                year = edition_year(ctx) or list_year(ctx)
            if "opening" in cols:
                said = fold(row.get("opening", ""))
                if said in MONTHS:
                    month = MONTHS[said]  # "JANUARY": the rows under it open in January
                elif re.fullmatch(r"\d{1,2}", said) and month and year and "title" in row:
                    row["date"] = f"{year}-{month:02d}-{int(said):02d}"
            if row.get("title") and not re.fullmatch(r"[-–—=_:| ]+", row["title"]):  # (a rule under the header)
                film = _row(ctx, row, year, ym, person, section, start + 1)
                last = film
                if film is not None:
                    listed.append(film)
                if film is not None and row.get("ref"):
                    refs[fold(row["ref"])] = film
            j += 1
        _all_above(ctx, listed, j)
        i = j
    if refs:
        _ref_notes(ctx, refs)


# a sentence under a table about every film in it: "Toutes les œuvres ci-dessus ont été
# produites par Les Films X, seule ou en coproduction", "All the films above were produced by Y."
ALL_ABOVE = rx.compile(r"^(?:toutes\s+les\s+œuvres|tous\s+les\s+films|all\s+(?:the\s+)?(?:films|works|titles))\s+"
                       r"(?:ci-dessus|above|listed\s+above)\s+(?:ont\s+été|were|have\s+been)\s+"
                       r"(?P<verb>produit|distribu|produced|distributed)\w*\s+(?:par|by)\s+"
                       r"(?P<who>[A-ZÀ-Þ][^,.;]{1,60}?)\s*(?:[,.;]|$)", re.I)


def _all_above(ctx: Context, films: list[Mention], j: int) -> None:
    lines = ctx.doc.lines
    near = [(k, lines[k].strip()) for k in range(j, min(len(lines), j + 6)) if lines[k].strip()][:2]
    for k, text in near:
        m = ALL_ABOVE.match(text)
        if m and films:
            role = "distributor" if fold(m.group("verb")).startswith("distrib") else "production_company"
            for film in films:
                ctx.add(film, role, Mention("organization", clean(m.group("who"))), k + 1, NAME)
            return


def _sub_rows(ctx: Context, film: Mention | None, lines: tuple[str, ...], j: int) -> int:
    """A drawn table's labelled notes under a row ("    |   Producteur délégué : A" /
    "    |   Interprètes principaux : B, C," / "    |   D"): credits of the row's film. The
    index of the line past them."""
    notes: list[tuple[int, str]] = []
    while j < len(lines) and SUB_ROW.match(lines[j]):
        text = lines[j].split("|", 1)[1].strip()
        if notes and (notes[-1][1].endswith(",") or not re.match(r"[^:]{1,40}\s?:\s", text)):
            notes[-1] = (notes[-1][0], f"{notes[-1][1]} {text}")  # (a value that wraps)
        else:
            notes.append((j + 1, text))
        j += 1
    for n, text in notes:
        m = re.match(r"^(?P<label>[^:]{1,40}?)\s?:\s*(?P<value>\S.*)$", text)
        key = label_key(clean(m.group("label"))) if m else None
        if film is not None and key and key in vocab.roles():
            value = re.sub(r"\s*\((?:[^()]*\d[^()]*|part[^()]*)\)", "", m.group("value"))  # "(part cédée : 50 %)"
            add_labelled(ctx, film, key, value, n, NAME)
    return j


# a catalogue's notes under its table, by reference: "ST-0440 : avec A Name, B Name. Image :
# C Name." (the cast, and crew by their labels)
REF_NOTE = rx.compile(r"^\s*(?P<refs>[\w./-]+(?:\s*(?:,|et|and|&)\s*[\w./-]+)*)\s*:\s+(?P<rest>\S.*)$")
WITH = rx.compile(r"^(?:avec|with|starring|interprétation|int\.)\s+(?P<who>.+)$", re.I)
SENTENCE_END = rx.compile(r"(?<![\s.][A-ZÀ-Þ])(?<!\b(?:St|Dr|Mr|Jr))\.\s+(?=[A-ZÀ-Þ])")


def _ref_notes(ctx: Context, refs: dict) -> None:
    for n, named in sorted(_notes(ctx).items()):
        if len(named) != 1 or named[0] not in refs:
            continue  # several prints at once: what follows is about the copies, not a film
        film = refs[named[0]]
        m = REF_NOTE.match(ctx.doc.lines[n - 1])
        for part in SENTENCE_END.split(m.group("rest").strip()):
            part = part.strip().rstrip(".;")
            w = WITH.match(part)
            if w:
                add_labelled(ctx, film, "cast", w.group("who"), n, NAME)
                continue
            lab = re.match(r"^(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>\S.*)$", part)
            key = label_key(lab.group("label")) if lab else None
            if key and key in vocab.roles():
                add_labelled(ctx, film, key, lab.group("value"), n, NAME)


# what else the person did, in a row's notes: "also writer and director", "aussi scénariste",
# "Director" (the notes of a row whose role is "—")
ALSO = rx.compile(r"(?:\b(?:also|as|aussi|également)\s+|^\s*)(?P<roles>(?:co-?)?(?:writer|director|producer|screenwriter|"
                  r"réalisat(?:eur|rice)|scénariste|product(?:eur|rice))(?:(?:\s*,\s*|\s+(?:and|et)\s+|\s*/\s*)"
                  r"(?:co-?)?(?:writer|director|producer|screenwriter|réalisat(?:eur|rice)|scénariste|"
                  r"product(?:eur|rice)))*)\b(?=\s*(?:[;.,()]|$))", re.I)
ALSO_ROLES = (("co-writer", "screenwriter"), ("cowriter", "screenwriter"), ("co-director", "director"),
              ("codirector", "director"), ("co-producer", "producer"), ("coproducer", "producer"),
              ("writer", "screenwriter"), ("screenwriter", "screenwriter"), ("scenariste", "screenwriter"),
              ("director", "director"), ("realisat", "director"), ("producer", "producer"),
              ("product", "producer"))


# who else a row's notes name: "Directed by A Name", "Co-written with B Name", "Réalisé par C"
NOTE_BY = rx.compile(r"\b(?:(?P<director>[Dd]irected\s+by|[Rr]éalisée?\s+par)|(?P<screenwriter>(?:[Cc]o-?)?[Ww]ritten\s+with|"
                     r"[Cc]o-?écrite?\s+avec|[Éé]crite?\s+avec))\s+(?P<who>[^;,.()]+)")


def _joined(col: str, a: str, b: str, above: str) -> str:
    """A cell and the line that finishes it: "Birgit Example," and "Jakob Example" (a list
    that goes on), "Teodora Example-" and "Exemplar" (a word cut at its hyphen), a second
    producer's full name under the first's ("Rafe Example" over "Hanne Exemplar")."""
    if above.endswith(","):
        return f"{a}, {b}"
    if re.search(r"\w-$", a):
        return f"{a}{b}"
    if col in ("director", "producer", "writer", "cast") and len(a.split()) >= 2 and len(b.split()) >= 2 \
            and looks_like_name(a) and looks_like_name(re.sub(r"\s*\([^()]*\)$", "", b)):
        return f"{a}, {b}"
    return clean(f"{a} {b}")


def _row(ctx: Context, row: dict, year: int | None, ym, person: Mention | None,
         section: Section | None, n: int) -> Mention | None:
    """The row's film and its claims (None for a play or a series, which map nothing)."""
    title = re.sub(r"\s*\[\d+\]$", "", row["title"]).strip()
    title = re.sub(r",?\s+(?:VOSTF|VOST|VOSTA|VOSTFR|VF|VO)$", "", title)  # "T (Other), VOSTF": the print's version
    # "T*" (a footnote's mark), "T (4K)" (the print shown): no part of the title
    title = re.sub(r"\s*(?:[*†‡]+|\((?:4K|2K|DCP|(?:35|16|70)\s?mm|restored|restauré|re-?release|reprise)\))$",
                   "", title, flags=re.I)
    alt = None
    # a register's "LEDGER (w/t) – release title WINTER ACCOUNTS": the film, and the working
    # title it had; "(unnamed) "PROJECT HERON"": a code name in quotes; "T (2019)": its year
    worked = WORKING_TITLE.fullmatch(title)
    if worked:
        title, alt = (clean(worked.group("t")), clean(worked.group("wt"))) if worked.group("t") \
            else (clean(worked.group("wt")), None)
    title = re.sub(r"^\((?:unnamed|untitled|sans\s+titre)\)\s*", "", title, flags=re.I).strip()
    if re.fullmatch(r"[\"“”«»][^\"“”«»]{2,80}[\"“”«»]", title):
        title = title[1:-1].strip(" \u00a0")
    dated = re.fullmatch(r"(?P<t>.+?)\s*\((?P<y>(?:1[89]|20)\d\d)\)", title)
    if dated and (year is None or year == int(dated.group("y"))) and "year" not in row:
        title, year = dated.group("t"), int(dated.group("y"))
    if NOT_A_FEATURE.search(row.get("format", "")) or SERIES_TITLE.search(title):
        return None  # a register's commercial, music video or series, a CV's "T (Series 1–3)": no film
    if re.search(r"\s*\(single\s+film\)$", title, re.I):
        # an actor's CV's "T (single film)" under "Television": a film made for television
        title, row = re.sub(r"\s*\(single\s+film\)$", "", title, flags=re.I), {**row, "notes": f"{row.get('notes', '')} TV film"}
    noted = re.fullmatch(r"(?P<title>.+?)\s*\((?P<r>[^()]{2,30})\)", title)
    if noted and (re.match(r"(?:asst\.?|assistant|uncredited|non\s+crédité|voice|voix)\b", noted.group("r"), re.I)
                  or label_key(noted.group("r")) in vocab.roles()):
        # "Skjærgårdsnatt (asst. editor)": the part the person had, no second title
        title, row = noted.group("title"), {**row, "notes": f"{row.get('notes', '')} ({noted.group('r')})".strip()}
    m = re.fullmatch(r"(?P<title>.+?)\s*\((?P<alt>[^()]{2,80})\)", title)
    if m and m.group("alt")[:1].isupper() and not re.search(r"\d", m.group("alt")) \
            and not any(p.search(m.group(0)[len(m.group("title")):]) for p, _ in KINDS):
        title, alt = m.group("title"), m.group("alt")  # "Kırık Testi (The Broken Jug)"
    notes = row.get("notes", "")
    kind = re.fullmatch(r"(?P<title>.+?)\s*\((?P<k>[^()]{1,30})\)", title) if not alt else None
    said = {"c. m.": "court métrage", "cm": "court métrage", "m. m.": "moyen métrage"}.get(
        re.sub(r"\s+", " ", kind.group("k").lower())) if kind else None
    if kind and (said or any(p.search(f"({kind.group('k')})") for p, _ in KINDS)):
        # "LE TITRE (court métrage)", "T (c. m.)": the title, and the kind of film it is
        title, notes = kind.group("title"), f"{notes} ({said or kind.group('k')})"
    if not alt:
        alt = _title_in_notes(notes)  # "Kalkovnen" | ... | "The Limekiln": its English title
    medium = section.medium if section else "film"
    series = medium == "tv" and (bool(ym and ym.group("end")) or
                                 re.search(r"\bseries\b|\bsérie\b|\bepisodes?\b|\bépisodes?\b", notes, re.I)) \
        or re.search(r"\b(?:TV|television|web) (?:series|serial)\b|\bminiseries\b|\bsérie télévisée\b|"
                     r"\bfeuilleton\b", notes, re.I)
    if medium == "play":
        return None  # a stage play is not a film; nothing maps a play's cast
    if NOT_A_FILM.search(title) or NOT_A_FILM_NOTE.match(notes):
        return None  # an archive's "T (trailer)", "compilation programme incl. ...": no film
    kind = "series" if series else "film"
    film = Mention(kind, title, year, local=f"{NAME}:{n}")
    if kind == "series":
        return None  # film roles would make it a film: nothing maps a series' credits yet
    if alt:
        ctx.add(film, "alias", Mention(kind, alt, year, local=film.local), n, NAME)
    if row.get("date") and valid_date(row["date"]):
        ctx.add(film, "date", Value("date", row["date"]), n, NAME)
    elif year:
        ctx.add(film, "date", Value("year", str(year)), n, NAME)
    for pattern, k in KINDS:
        if pattern.search(notes) or pattern.search(row.get("format", "")):
            ctx.add(film, "kind", Value("text", k), n, NAME)
    if medium in ("short", "documentary"):
        ctx.add(film, "kind", Value("text", medium), n, NAME)
    if medium == "tv" or re.search(r"\btele-?film\b|\btéléfilm\b|\bTV film\b|\bTV movie\b", notes, re.I):
        ctx.add(film, "kind", Value("text", "tv film"), n, NAME)
    for part in re.split(r"\s*[,/·]\s*", row.get("language", "")):
        hit = vocab.language(part) if part else None
        if hit:
            ctx.add(film, "language", Value("language", hit[1], hit[0]), n, NAME)
    for key in ("alias", "country", "duration", "distributor", "cast", "box_office", "production_company"):
        cell = row.get(key, "")
        if key == "duration" and re.fullmatch(r"\d{1,3}\s*['’′]?", cell):
            cell = cell.rstrip("'’′ ") + " min"  # a "runtime_min" column's "89", a "Durée" column's "89'"
        if cell and cell not in ("—", "-", "–"):
            # (a "Studio" column names companies, whatever shape a name has: "Pennine Light")
            add_labelled(ctx, film, key, cell, n, NAME, bodies=key == "production_company")
    directed = row.get("director", "")
    if directed and SELF.match(directed):
        if person:
            ctx.add(film, "director", person, n, NAME)
    elif directed and directed not in ("—", "-", "–") and not YES.match(directed) \
            and not re.match(r"^(?:various|divers|several|plusieurs)\b", directed, re.I) \
            and not re.match(r"^(?:no|non)$", directed, re.I):
        for name, _ in names(directed, ctx, "person"):
            ctx.add(film, "director", Mention("person", name), n, NAME)
    if person is None:
        for key, role in (("producer", "producer"), ("writer", "screenwriter")):
            cell = row.get(key, "")
            if cell and not YES.match(cell) and not re.match(r"^(?:no|non|[—–-])$", cell, re.I):
                add_labelled(ctx, film, role, cell, n, NAME)
        _catalogue_notes(ctx, film, notes, n)
        return film
    for key in ("director", "writer", "producer"):
        if key in row and YES.match(row[key] or ""):
            ctx.add(film, "screenwriter" if key == "writer" else key, person, n, NAME)
    wrote = row.get("writer", "")
    if wrote and not YES.match(wrote) and not re.match(r"^(?:no|non|[—–-])$", wrote, re.I):
        # a director's "Year | Title | Format | Screenplay | Notes": who wrote each film
        for name, _ in names(wrote, ctx, "person"):
            ctx.add(film, "screenwriter", person if SELF.match(name) else Mention("person", name), n, NAME)
    for m in ALSO.finditer(notes):  # "Short film; also writer and director"
        for word in re.findall(r"[\wé-]+", m.group("roles")):
            key = next((k for w, k in ALSO_ROLES if fold(word).startswith(w)), None)
            if key:
                ctx.add(film, key, person, n, NAME)
    for m in NOTE_BY.finditer(notes):  # "Directed by A Name", "Co-written with B Name"
        key = "director" if m.group("director") else "screenwriter"
        for name, _ in names(m.group("who"), ctx, "person"):
            if looks_like_name(name) and len(name.split()) >= 2:
                ctx.add(film, key, Mention("person", name), n, NAME)
    role = re.sub(r"\s*\((?:lead|leading\s+role|series\s+regular|recurring|guest|principal|rôle\s+principal)\)$",
                  "", row.get("role", ""), flags=re.I)  # "Jory Example (lead)": the part, not its billing
    if role in ("—", "-", "–"):
        role = ""  # "—" in the role column: no part in it
    acting = (section is None or section.role in (None, "cast")) and "role" in row
    if role and acting and not re.match(r"^(?:narrator|narratrice|narrateur)$", role, re.I):
        quals = () if SELF.match(role) else (("character", role),)
        ctx.add(film, "cast", person, n, NAME, quals)
    elif role and acting:
        ctx.add(film, "narrator", person, n, NAME)
    elif section is not None and section.role in ("director", "screenwriter", "producer") \
            and {"director": "director", "screenwriter": "writer", "producer": "producer"}[section.role] not in row:
        ctx.add(film, section.role, person, n, NAME)  # "As director" over Year / Title
        if section.role == "director":
            lead = WITH.match(notes)  # "avec A Name": the director's lead actor in it
            for name, _ in names(lead.group("who"), ctx, "person") if lead else ():
                if looks_like_name(name) and len(name.split()) >= 2:
                    ctx.add(film, "cast", Mention("person", name), n, NAME)
    elif section is not None and section.role not in (None, "cast", "director", "screenwriter", "producer") \
            and section.role in vocab.roles() and vocab.role(section.role).object == "person":
        # "Feature films (as director of photography)" over Year / Title / Director: the
        # person's craft on each film; "with A Name" in the notes shared it
        ctx.add(film, section.role, person, n, NAME)
        _shared(ctx, film, section.role, notes, n)
    elif "role" not in row and (section is None or section.role is None):
        craft = stated_craft(ctx, person)
        helped = next((label_key(m.group(1)) for m in re.finditer(r"\(((?:asst\.?|assistant)\b[^()]*)\)", notes, re.I)
                       if label_key(m.group(1)) in vocab.roles()), None)
        if helped:
            ctx.add(film, helped, person, n, NAME)  # "T (asst. editor)": the part the person had in it
        elif craft:
            # a composer's (a cinematographer's) "Year / Title / Director / Notes": the person's
            # craft on each film; "Co-composed with A Name" in the notes shared it
            ctx.add(film, craft, person, n, NAME)
            _shared(ctx, film, craft, notes, n)
    return film


# a chart's key to its distributors' short names: "Distributors: Corvane = Corvane Pictures;
# Stillwater = Stillwater Distribution", "Distributeurs : A = A Films ; B = B Distribution"
CHART_KEY = rx.compile(r"^\s*(?:Distributors?|Distributeurs?|Studios?|Key)\s*:\s*(?P<pairs>.+?=.+)$", re.I)
CHART_PAIR = rx.compile(r"(?P<short>[^=;]{1,40}?)\s*=\s*(?P<full>[^=;]{2,80}?)\s*(?:;|\.?$)")


def _chart_key(ctx: Context) -> dict[str, str]:
    memo = ctx.memo.get("tables.chart_key")
    if memo is None:
        memo = {}
        lines = ctx.doc.lines
        for i, text in enumerate(lines):
            m = CHART_KEY.match(text)
            if not m:
                continue
            pairs, k = m.group("pairs"), i + 1
            while k < len(lines) and lines[k].strip() and "=" in pairs and k - i < 8:
                pairs, k = f"{pairs} {lines[k].strip()}", k + 1
            for p in CHART_PAIR.finditer(pairs):
                memo[fold(p.group("short"))] = clean(p.group("full"))
        ctx.memo["tables.chart_key"] = memo
    return memo


def _chart_row(ctx: Context, row: dict) -> None:
    """A box-office chart's row: "Iron Example (Corvane)" is the film and its distributor,
    under the name the chart's key gives it in full; the total is what it has grossed."""
    m = re.fullmatch(r"(?P<t>.+?)\s*\((?P<d>[^()]{2,60})\)", row.get("title", ""))
    if m:
        row["title"] = m.group("t")
        row["distributor"] = _chart_key(ctx).get(fold(m.group("d")), m.group("d"))
    if row.get("box_office") and not re.search(r"[$€£¥]|\b(?:USD|EUR|GBP)\b", row["box_office"]):
        row["box_office"] = ""  # (admissions, not money)


def _chart_year(ctx: Context, weeks: str) -> int | None:
    """The year a film of a chart came out: the chart's (the first its heading or byline
    gives), when its weeks in release since then do not reach back into the year before
    ("Weekend of March 10-12, 2006" and 9 weeks: 2006)."""
    for text in ctx.doc.lines[:12]:
        m = re.search(r"\b((?:19|20)\d\d)\b", text)
        if not m:
            continue
        if not weeks.strip():
            return int(m.group(1))
        if not re.fullmatch(r"\d{1,3}", weeks.strip()):
            return None
        when = re.search(r"\b(?P<month>[A-Za-zéû]{3,9})\.?\s+(?P<day>\d{1,2})\b|"
                         r"\b(?P<day2>\d{1,2})(?:er)?\s+(?P<month2>[a-zéû]{3,9})\b", text)
        month = MONTHS.get(fold(when.group("month") or when.group("month2"))) if when else None
        if month is None:
            return int(m.group(1)) if int(weeks) == 1 else None
        day_of_year = (month - 1) * 30.5 + int(when.group("day") or when.group("day2"))
        return int(m.group(1)) if (int(weeks) - 1) * 7 < day_of_year else None
    return None


# a row's notes that give its film's other title: "International title: The Amber Shore",
# "Greek title Nanourisma", "US release title The Dust of Saint-Rémy"
_NOTE_TITLE = rx.compile(r"^(?:(?:[A-Z][a-z]+|UK|US|US\s+release)\s+title|"
                         r"titre\s+(?:international|anglais|original|français)|also\s+known\s+as|a\.k\.a\.)"
                         r"\s*[:：]?\s*(?P<t>[^:;]{2,80}?)\.?$", re.I)
_SMALL = {"of", "the", "a", "an", "in", "on", "and", "to", "at", "for", "from", "by", "de", "la", "le",
          "les", "du", "des", "et", "à"}
_NOTE_WORDS = rx.compile(r"\b(?:film|films|series|serial|episodes?|award|awards|nominat\w*|prize|winner|won|"
                         r"uncredited|voice|short|documentary|also|credited|director|writer|role|cameo|"
                         r"segment|festival|TV|premiere|released|unreleased|lost|remake|sequel|co-\w+|"
                         r"série|épisodes?|prix|court|rôle|voix|non\s+crédité|"
                         # ("Set in the Outer Hebrides", "Tribute to A Name": what the row's film is)
                         r"^(?:set|shot|filmed|based|adapted|inspired|tribute|homage|debut|hommage|tourné|"
                         r"partly|mostly|largely|opened|closed|opens|closes|"
                         r"adapté|inspiré|d['’]après))\b", re.I)


def _title_in_notes(notes: str) -> str | None:
    """The film's other title a row's notes give: after 'International title:', or as the
    whole note when it reads as a title ('The Limekiln', 'Sand in the Pockets'), not as a
    note ('Short film', 'Robin Award nomination', 'Uncredited')."""
    notes = notes.strip()
    m = _NOTE_TITLE.match(notes)
    if m:
        return m.group("t").strip()
    words = notes.split()
    if 2 <= len(words) <= 8 and words[0][:1].isupper() and not re.search(r"[\d;:,()]", notes) \
            and not _NOTE_WORDS.search(notes) and all(w[:1].isupper() or w in _SMALL for w in words):
        return notes
    return None


# a catalogue row that is no film: "Kilmurry Bay (trailer)", a compilation of shorts
# a CV's series: "T (Series 1–3)", "T (Season 2)", "T (saison 4)"
SERIES_TITLE = rx.compile(r"\((?:series|season|saisons?|séries?|staffel)\s+\d+(?:\s*[–—-]\s*\d+)?\)$", re.I)
# "LEDGER (w/t) – release title WINTER ACCOUNTS", "ROOKERY (w/t)": a working title
WORKING_TITLE = rx.compile(r"(?P<wt>.+?)\s*\((?:w/t|wt|working\s+title|titre\s+de\s+travail|t\.\s?t\.)\)\s*"
                           r"(?:[–—-]\s*(?:release\s+title|titre\s+(?:définitif|de\s+sortie))?\s*:?\s*(?P<t>\S.*)|"
                           r"(?P<alone>))", re.I)
# a register's or a schedule's row that is no film: "Commercial", "Music video", "TV drama (6 × 60)"
NOT_A_FEATURE = rx.compile(r"\b(?:commercials?|advert\w*|music\s+video|pop\s+promo|TV\s+(?:drama|series|serial)|"
                           r"series|serial|publicité|clip|série)\b", re.I)
NOT_A_FILM = rx.compile(r"\((?:theatrical\s+)?(?:trailer|teaser|bande[- ]annonce|extract|extrait|rushes|"
                        r"programme|program|compilation)\)\s*$", re.I)
NOT_A_FILM_NOTE = rx.compile(r"^\s*(?:(?:theatrical\s+)?trailer|teaser|bande[- ]annonce|compilation\b|programme\s+of\s+shorts)", re.I)
# a catalogue row's note that credits someone: "with A Name, B Name", "score by C Name",
# "produced by D Films", "Distributed by E"
CATALOGUE_NOTE = rx.compile(r"^(?:(?P<cast>with|starring|featuring|avec)|(?P<producer>produced\s+by|produit\s+par)|"
                            r"(?P<composer>(?:score|music)\s+by|musique\s+(?:de|d['’]))|"
                            r"(?P<director>directed\s+by|réalisée?\s+par)|"
                            r"(?P<distributor>distributed\s+by|released\s+by|distribuée?\s+par))\s*:?\s*(?P<who>[A-ZÀ-Þ].*)$",
                            re.I)
# "Welsh-language version of Song of the Weir": the row is that film, in another version
VERSION_OF = rx.compile(r"^(?:[\w-]+\s+){0,2}version\s+of\s+(?P<t>[A-ZÀ-Þ].{1,80}?)\.?$", re.I)
# a company alone as a note: "Pinnacle-Crest Pictures" (its maker), "Lanternfish Releasing"
COMPANY_NOTE = rx.compile(r"^(?:[A-ZÀ-Þ][\w&'’-]*\s+){1,4}(?P<kind>Pictures|Films|Productions|Studios?|Releasing|"
                          r"Distribution|Distributors)$")


def _catalogue_notes(ctx: Context, film: Mention, notes: str, n: int) -> None:
    """What an archive's or a catalogue's notes say of its row's film, a note at a time
    ("silent; with A Name, B Name", "score by C Name", "English title: T")."""
    for part in re.split(r"\s*;\s*", notes.strip()):
        part = part.strip().rstrip(".")
        m = CATALOGUE_NOTE.match(part)
        if m:
            key = next(k for k in ("cast", "producer", "composer", "director", "distributor") if m.group(k))
            add_labelled(ctx, film, key, m.group("who"), n, NAME)
            continue
        if _labelled_notes(ctx, film, part, n):
            continue
        t = VERSION_OF.match(part) or (_NOTE_TITLE.match(part) if part != notes.strip() else None)
        if t:  # (a whole note that names a title is _row's)
            ctx.add(film, "alias", Mention(film.kind, clean(t.group("t")), film.year, local=film.local), n, NAME)
        c = COMPANY_NOTE.match(part)
        if c:
            key = "distributor" if c.group("kind") in ("Releasing", "Distribution", "Distributors") else "production_company"
            ctx.add(film, key, Mention("organization", part), n, NAME)


# a register's notes, a sentence each: "Cast on set: C. Name, N. Name", "Talent: A Name
# (Mayor)", "PD: B Name", "DoP K. Name" (a crew's short label, then the name)
NOTE_LABEL = rx.compile(r"^(?P<label>[A-Za-zÀ-ÿ][\w./'’ -]{0,24}?)\s*:\s*(?P<who>[A-ZÀ-Þ].*)$")
NOTE_CAST = rx.compile(r"^(?:cast|talent|voices?|voice\s+cast|actors?|avec|interprètes?)(?:\s+(?:on\s+set|booked|"
                       r"called|sur\s+le\s+plateau|convoqués?))?$", re.I)
NOTE_SHORT_LABEL = rx.compile(r"^(?P<label>[A-Z][A-Za-z]{1,3})\s+(?P<who>[A-ZÀ-Þ](?:\.|[\w'’-]+)\s*[A-ZÀ-Þ][\w'’-]+"
                              r"(?:\s+[A-ZÀ-Þ][\w'’-]+)?)$")


def _labelled_notes(ctx: Context, film: Mention, notes: str, n: int) -> bool:
    """Credits in a register's notes, sentence by sentence (True when there were any)."""
    found = False
    for sentence in SENTENCE_END.split(notes):
        sentence = sentence.strip().rstrip(".")
        m = NOTE_LABEL.match(sentence)
        if m:
            key = "cast" if NOTE_CAST.match(m.group("label").strip()) else label_key(m.group("label").strip())
            if key in vocab.roles():
                add_labelled(ctx, film, key, m.group("who"), n, NAME)
                found = True
            continue
        m = NOTE_SHORT_LABEL.match(sentence)
        key = label_key(m.group("label")) if m else None
        if key in vocab.roles() and vocab.role(key).object == "person" and key != "cast":
            ctx.add(film, key, Mention("person", clean(m.group("who"))), n, NAME)
            found = True
    return found


def _shared(ctx: Context, film: Mention, role: str, notes: str, n: int) -> None:
    """'with A Name', 'Co-composed with A Name' in a row's notes: A shared the person's part."""
    shared = re.match(r"^(?:(?:co-?[a-z]+\s+)?with|(?:co-?[a-zé]+\s+)?avec)\s+(?P<who>[A-ZÀ-Þ][^;,()]+?)\s*(?:[;,(]|$)",
                      notes, re.I)
    if shared and looks_like_name(clean(shared.group("who"))) and len(shared.group("who").split()) >= 2:
        ctx.add(film, role, Mention("person", clean(shared.group("who"))), n, NAME)


__all__ = ["read", "NAME"]

"""read: a path -> Document (decoding, line splitting, a content-hash id).

Archives hold broken files, so every way a path can fail to be a document ends in an
InputError naming it (and saying what to do); `sources()` turns folders into files and
reports what it cannot use instead of stopping. README "Bad input" is the contract.
"""
from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import os
import re
import stat
from pathlib import Path

from . import rx
from . import wikitext
from .errors import InputError
from .model import Document
from .outdir import MARKER
from .text import MONTHS, fold, printable

TEXT_SUFFIXES = {".txt", ".text", ".md", ".wiki", ".wikitext", ".mediawiki", ".csv", ".tsv", ""}
# One document is one article or press kit: a few hundred kB at most. A file past this is
# an archive dump to split, not a document; refusing it before reading keeps memory flat.
MAX_BYTES = 8_000_000
# Layout padding (pdftotext -layout, fixed-width exports) can leave thousands of spaces in
# a row; readers only care that there is a gap, and long runs make their regexes crawl.
MAX_SPACE_RUN = 96  # (enough to keep a page's columns where they were)

# known binary formats, by their first bytes: (magic, what to call it)
MAGIC = ((b"%PDF", "a PDF"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
         (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a zip archive (or .docx/.odt)"),
         (b"PK\x05\x06", "an empty zip archive"), (b"\x1f\x8b", "a gzip archive"),
         (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7z archive"),
         (b"Rar!", "a rar archive"), (b"\x7fELF", "a program"), (b"MZ", "a Windows program"),
         (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"), (b"OggS", "an audio file"),
         (b"RIFF", "a media file"), (b"ID3", "an MP3 file"), (b"\x00\x00\x01\x00", "an icon"),
         (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"), (b"SQLite format 3", "a database"),
         (b"\x1a\x45\xdf\xa3", "a video file"))
SAVE_AS_TEXT = "save it as plain text (.txt) first"

# characters that carry no text: C0/C1 controls but tab and newline, DEL, byte-order marks,
# and lone surrogates (they cannot be written as UTF-8, so no output could hold them)
_NO_TEXT = rx.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\ud800-\udfff]")
_SPACE_RUN = rx.compile(rf"([^\S\n]{{{MAX_SPACE_RUN}}})[^\S\n]+")


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, read as Windows-1252 (Latin-1 where 1252 has a hole)."""
    bad = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), err.end


codecs.register_error("filmgraph-cp1252", _cp1252_fallback)


def what_binary(data: bytes) -> str | None:
    """'a PDF', 'binary data', ... when `data` is not text; None when it may be."""
    return _magic(data) or _controls(data)


def _magic(data: bytes) -> str | None:
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    return "a video file" if data[4:8] == b"ftyp" else None


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b not in (26, 27))


def _controls(data: bytes) -> str | None:
    sample = data[:65536].replace(b"\x00", b"")  # NUL padding alone does not make a binary
    if not sample:
        return None
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return "binary data" if controls / len(sample) > 0.05 else None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' for BOM-less UTF-16 (NULs in every other byte), else None."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM or plain UTF-16, else Windows-1252.

    A file that is mostly UTF-8 with a few Windows-1252 bytes (two sources pasted together)
    keeps its UTF-8 and reads the stray bytes as Windows-1252, byte by byte.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="filmgraph-cp1252")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    kind = _magic(data)
    utf16 = None if kind else _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    kind = kind or _controls(data)
    if kind:
        raise InputError(path, f"not a text document ({kind}); {SAVE_AS_TEXT}")
    return data.decode("utf-8", errors="filmgraph-cp1252")


def clean_text(text: str) -> str:
    """Normalise line endings, drop characters that carry no text, shorten padding."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _NO_TEXT.sub("", text)
    return _SPACE_RUN.sub(r"\1", text)


def display(path: str | os.PathLike) -> str:
    """A path as messages and the graph show it: undecodable bytes and control characters
    escaped, so a file name can neither break a line nor drive the terminal."""
    return printable(os.fsencode(path).decode("utf-8", errors="backslashreplace"))


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))


def _not_regular(mode: int) -> str:
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "not a regular file"


def _os_problem(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "a symbolic link loop (following it never reaches a file); remove or fix the link"
    if e.errno == errno.ENOENT:
        return "no such file (or a symbolic link to a missing file)"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; make it readable (chmod +r) or leave it out"
    return f"cannot be read ({e.strerror or e})"


def read_bytes(path: str | os.PathLike, name: str | None = None) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES, or an InputError saying why not."""
    name = name or display(path)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a document") from None
    except OSError as e:
        raise InputError(name, _os_problem(e)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(name, f"is {_not_regular(st.st_mode)}, not a document")
        if st.st_size > MAX_BYTES:
            raise InputError(name, _too_large(st.st_size))
        chunks, size = [], 0
        while size <= MAX_BYTES:  # read to the end, whatever stat said (files grow)
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:
            raise InputError(name, _too_large(size))
        return b"".join(chunks)
    except OSError as e:
        raise InputError(name, _os_problem(e)) from None
    finally:
        os.close(fd)


def _too_large(size: int) -> str:
    return (f"too large for one document ({size / 1e6:.1f} MB; the limit is "
            f"{MAX_BYTES / 1e6:.0f} MB): filmgraph reads one article or press kit per file, "
            "so split an archive dump into one file per document")


def read(path: str | os.PathLike) -> Document:
    name = display(path)
    return from_bytes(read_bytes(path, name), name)


def from_bytes(data: bytes, name: str = "<bytes>") -> Document:
    """A Document from a file's bytes: the whole of read() but the file system."""
    if not data:
        raise InputError(name, "empty file")
    return from_text(decode(data, name), name, data)


# a table drawn with pipes, as Markdown and text-mode pages write it:
#     | Year | Title        | Role   |
#     |------|--------------|--------|
#     | 1957 | A Title      | Isidra |
PIPE_ROW = rx.compile(r"^[ \t]*\|[^\n]*\|[^\n]*\|[ \t]*$", re.M)
PIPE_RULE = rx.compile(r"^[\s|:+=-]*-[\s|:+=-]*$")


def pipe_tables(lines: list[str]) -> list[str]:
    """Pipe-table rows as the tab-separated rows the readers know, line for line (a rule
    under the header becomes a row of empty cells): `| 1957 | A Title | Isidra |` -> `1957<TAB>A
    Title<TAB>Isidra`. Empty cells are kept, so the columns stay in place."""
    out = []
    for k, line in enumerate(lines):
        s = line.strip()
        above = lines[k - 1].strip() if k else ""
        if above[:1] not in ("|", "") and above.count("|") == s.count("|") and line[:1] in (" ", "\t"):
            # (a bare table's row that goes on the row above, its first and last cells empty:
            # "WS-044 | A | Teodora Example-" over "       |   | Exemplar |")
            out.append(line)
            continue
        if len(s) > 2 and s[0] == "|" and s[-1] == "|" and s.count("|") >= 3:
            cells = [c.strip() for c in s[1:-1].split("|")]
            out.append("\t".join("" if PIPE_RULE.match(s) else c for c in cells))
        else:
            out.append(line)
    return out


# a pipe table without its outer pipes, as a page copied from a word processor writes it:
#     Year | Title | Role | Notes
#     1999 | A Title | A Character |
BARE_PIPE_HEAD = rx.compile(r"^[ ]*(?:Year|Année|Annee|YEAR|ANNÉE)[ ]*\|[ ]*(?:Title|Titre|Film|TITLE|TITRE|FILM)"
                            r"[ ]*(?:\|[^|\t\n]*){0,6}$", re.M)
BARE_PIPE_ROW = rx.compile(r"^[ ]*(?:1[89]|20)\d\d(?:[ ]*[–—-][ ]*(?:(?:1[89]|20)\d\d|present|aujourd'hui))?[ ]*\|",
                           re.I)


# (or a title first and a director's or year's column after it: "English title | Original
# title | Director(s) | Country | Year" over "----+----" and a row a film)
_BARE_TITLE = {"title", "titre", "film", "english title", "original title", "titre original", "titre francais"}
_BARE_OTHER = {"year", "annee", "director", "directors", "director(s)", "realisateur", "realisatrice",
               "realisation", "realisateur(s)"}


# a drawn table's note under a row, in the row's second column: "    |   Producteur : A"
SUB_ROW = rx.compile(r"^\s+\|\s+\S[^|]*$")


def _bare_title_head(line: str) -> bool:
    if line.count("|") < 2 or "\t" in line or line.strip()[:1] == "|":
        return False
    cells = [fold(c.strip()) for c in line.split("|")]
    if any(c in _BARE_TITLE for c in cells[:2]) and any(c in _BARE_OTHER for c in cells[1:]):
        return True
    # a studio's booking register: "Ref | Facility | In | Out | Production | Type | Company |
    # Producer | Director | Notes", its productions named under "Production"
    return "production" in cells and bool({"producer", "producers", "company"} & set(cells)) \
        and any(c in _BARE_OTHER for c in cells)


def _month_row(line: str) -> bool:
    """A month's name alone between a list's rows ("JANUARY"): the rows under it open then."""
    return fold(line.strip()) in MONTHS and (len(line.strip()) > 3 or fold(line.strip()) in ("may", "mai"))


def bare_pipe_tables(lines: list[str]) -> list[str]:
    """Rows of a pipe table without outer pipes, under a "Year | Title | ..." header, as
    the tab-separated rows the readers know, line for line: `1999 | A Title | A Part |` ->
    `1999<TAB>A Title<TAB>A Part<TAB>`. The table ends at the first line that does not open
    with a year and a pipe (under a header that opens with the title: at the first line with
    another number of pipes; a rule under the header becomes a row of empty cells)."""
    out = list(lines)
    i = 0
    while i < len(out):
        titled = _bare_title_head(out[i])
        if not titled and not BARE_PIPE_HEAD.match(out[i]):
            i += 1
            continue
        width = out[i].count("|")
        j = i + 1
        while j < len(out) and ((out[j].count("|") == width or j == i + 1 and PIPE_RULE.match(out[j])
                                 or _month_row(out[j]) or SUB_ROW.match(out[j])
                                 or "+" in out[j] and PIPE_RULE.match(out[j]))
                                and "\t" not in out[j] if titled else
                                BARE_PIPE_ROW.match(out[j]) and out[j].count("|") <= width
                                or j == i + 1 and PIPE_RULE.match(out[j])):
            if titled and _month_row(out[j]):
                out[j] = out[j].strip() + "|" * width  # "JANUARY" between the rows: the month's row
            elif PIPE_RULE.match(out[j]):
                out[j] = "|" * width
            j += 1
        if j > i + 1:
            for k in range(i, j):
                if SUB_ROW.match(out[k]):
                    continue  # (a row's note, the tables reader's: "    |   Producteur : A")
                out[k] = "\t".join(c.strip() for c in out[k].strip().split("|"))
        i = j
    return out


SPACED_DOTS = rx.compile(r"\s+\.(?:\s\.){3,}\s+")
# a spreadsheet's header row, its cells set apart by commas or semicolons, one of them a
# title's: "accession_no,title,year,director,country,runtime_min", "Titre;Année;Réalisateur"
DELIMITED_HEAD = rx.compile(r"^[ ]*(?:[^,;\t\n]*[,;]){2,}[^\t\n]*$", re.M)
DELIMITED_TITLE = rx.compile(r"^(?:title|titre|film|original[ _]title|titre[ _]original|english[ _]title)$", re.I)


def delimited_tables(lines: list[str]) -> list[str]:
    """A spreadsheet exported as text (CSV, or cells set apart by semicolons), under a header
    row that names a title column, as the tab-separated rows the readers know, line for line:
    `ARC-0019,Gaslight Serenade,1938,"with A Name, B Name"` -> `ARC-0019<TAB>Gaslight
    Serenade<TAB>1938<TAB>with A Name, B Name`. The table ends at the first line that does
    not parse into as many cells as the header has (a quoted cell over two lines, a note)."""
    out = list(lines)
    i = 0
    while i < len(out):
        line = out[i]
        sep = ";" if line.count(";") > line.count(",") else ","
        head = next(csv.reader([line], delimiter=sep), []) if DELIMITED_HEAD.match(line) else []
        if len(head) < 3 or not any(DELIMITED_TITLE.match(c.strip()) for c in head):
            i += 1
            continue
        j = i + 1
        rows = []
        while j < len(out) and out[j].strip():
            cells = next(csv.reader([out[j]], delimiter=sep), [])
            if len(cells) != len(head):
                break
            rows.append(cells)
            j += 1
        if len(rows) >= 2:
            out[i] = "\t".join(c.strip().replace("_", " ") for c in head)
            for k, cells in enumerate(rows, i + 1):
                out[k] = "\t".join(re.sub(r"\s+", " ", c).strip() for c in cells)
        i = max(j, i + 1)
    return out


SPACED_HEAD = rx.compile(r"^[ ]*(?:Year|Année|Annee|YEAR|ANNÉE|Rank|RANK|Rang|RANG|Pos\.?|Position)[ ]{2,}"
                         r"(?:Title|Titre|Film|TITLE|TITRE)(?: \((?:Distributor|Distributeur|Studio)\))?"
                         r"(?:[ ]{2,}\S[^\t]*?){1,6}[ ]*$|"
                         # (or a title first, a director's column after it: a festival's selection,
                         # "English title   Original title   Director(s)   Production country")
                         r"^[ ]*(?:(?:English |Original |French )?[Tt]itle|TITLE|Titre(?: original| français)?|TITRE|Film)"
                         r"(?:[ ]{2,}\S[^\t]*?){0,3}[ ]{2,}(?:Director(?:\(s\)|s)?|DIRECTOR|Réalisat(?:eur|rice|ion)[^ \t]*|"
                         r"RÉALISAT\w*)(?:[ ]{2,}\S[^\t]*?){0,4}[ ]*$", re.M)


def spaced_tables(lines: list[str]) -> list[str]:
    """A table whose columns are set apart by spaces, under a header row that names a year
    and a title column, as the tab-separated rows the readers know, line for line:
    `1995   The Title   Yes   No` -> `1995<TAB>The Title<TAB>Yes<TAB>No`. The header's
    columns say where each cell starts; a row whose cells do not line up with them is split
    at its runs of two spaces or more. The table ends at the first blank line, unless it
    goes on under a sub-heading ("Short films", "Television") with rows that open with a
    year and line up with the header."""
    out = list(lines)
    i = 0
    while i < len(out):
        head = out[i]
        if "\t" in head or not SPACED_HEAD.match(head):
            i += 1
            continue
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=  ))(?! )\S", head)]
        if i + 1 >= len(out) or not out[i + 1].strip() or "\t" in out[i + 1] \
                or not re.search(r"\S {2,}\S", out[i + 1]):
            i += 1
            continue  # a header with no rows under it
        j = _spaced_rows(out, i, starts)
        while True:
            k = j  # past blank lines and one short heading, at most four lines
            while k < len(out) and k - j <= 4 and (not out[k].strip() or (
                    len(out[k].split()) <= 6 and "  " not in out[k].strip() and "\t" not in out[k]
                    and not YEAR_ROW.match(out[k]))):
                k += 1
            if k == j or k >= len(out) or not YEAR_ROW.match(out[k]) or "\t" in out[k] \
                    or not _aligned(out[k], starts):
                break
            j = _spaced_rows(out, k, starts)
        i = j
    return out


YEAR_ROW = rx.compile(r"(?:1[89]|20)\d\d {2,}\S")


def _aligned(row: str, starts: list[int]) -> bool:
    """Whether each column of the header opens a cell of the row (after two spaces), or
    falls in a blank."""
    return all(a >= len(row) or row[a - 1] == " " and (row[a - 2] == " " or row[a] == " ")
               for a in starts[1:])


def _wrapped_cell(row: str, starts: list[int]) -> bool:
    """A line that goes on with one cell of the row above: its text alone, under a column's
    start that is not the first."""
    at = len(row) - len(row.lstrip())
    return at in starts[1:] and not re.search(r"\S {2,}\S", row)


def _spaced_rows(out: list[str], i: int, starts: list[int]) -> int:
    """Rows from line i on, each as its cells set apart by tabs, up to the first line that
    is no row; returns that line's index."""
    j = i
    while j < len(out) and out[j].strip() and "\t" not in out[j] and (
            re.search(r"\S {2,}\S", out[j]) or j > i and _wrapped_cell(out[j], starts)):
        j += 1
    for k in range(i, j):
        row = out[k]
        if _wrapped_cell(row, starts):  # "  ...  Nominated – Award for" / "            Best Actor"
            at = len(row) - len(row.lstrip())
            out[k] = "\t" * starts.index(at) + row.strip()
            continue
        if _aligned(row, starts):
            cells = [row[a:b].strip() for a, b in zip(starts, starts[1:] + [len(row)])]
        else:
            cells = re.split(r" {2,}", row.strip())
        out[k] = "\t".join(cells).rstrip("\t")
    return j


BOX = "│┃║┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╭╮╯╰"
_BOX_EDGES = rx.compile(rf"^[ \t]*[{BOX}]+[ \t]?|[ \t]*[{BOX}]+[ \t]*$")
_BOX_RULE = rx.compile(rf"^[\s{BOX}]*$")


def unboxed(lines: list[str]) -> list[str]:
    """A panel drawn with box characters, as text-mode pages frame a film's facts, as its
    text, line for line: `│ Avec A, B,     │` -> `Avec A, B,`; the frame's rules, blank. A
    table drawn so (three cells or more a row) keeps its cells, tab-separated."""
    out = []
    for line in lines:
        if not any(c in BOX for c in line):
            out.append(line)
        elif _BOX_RULE.match(line):
            out.append("")
        else:
            inner = _BOX_EDGES.sub("", line).rstrip()
            if len(re.findall(r"[│┃║]", inner)) >= 2:
                # a table drawn with boxes: "│ 01 │ Title │ A Name │ 1983 │": its cells, tab-separated
                inner = "\t".join(c.strip() for c in re.split(r"[│┃║]", inner))
            out.append(inner)
    return out


EDIT_LINKS = rx.compile(r"\[\s*(?:modifier(?:\s*\|\s*modifier le (?:code|wikicode))?|modifier le (?:code|wikicode)|"
                        r"edit(?:\s*\|\s*edit source)?|edit source|bearbeiten(?:\s*\|\s*Quelltext bearbeiten)?)\s*\]")


def _without_edit_links(lines: list[str]) -> list[str]:
    """An encyclopedia page's headings without their edit links ("Théâtre[modifier |
    modifier le code]" -> "Théâtre"), so that readers know them for headings; a heading
    whose subsection heading follows keeps its link ("Production[modifier]" over "Genèse et
    écriture[modifier]" is no credit label with its value on the next line)."""
    out = list(lines)
    marked = [i for i, line in enumerate(lines) if EDIT_LINKS.search(line)]
    for i in marked:
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if nxt is None or nxt not in marked:
            out[i] = EDIT_LINKS.sub("", lines[i])
    return out


def from_text(text: str, name: str = "<text>", raw: bytes | None = None) -> Document:
    text = clean_text(text)
    if not text.strip():
        raise InputError(name, "empty document (no text, only spaces or control characters)")
    digest = hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest()[:16]
    lines = text.split("\n")
    if "[" in text and EDIT_LINKS.search(text):
        lines = _without_edit_links(lines)
        text = "\n".join(lines)
    if " . . ." in text:  # "Kit Walsh . . . . . . A NAME": dotted leaders, their dots spaced
        lines = [SPACED_DOTS.sub(" ...... ", line) for line in lines]
        text = "\n".join(lines)
    if wikitext.is_wikitext(text):  # an edit box's markup: its text, line for line
        lines = wikitext.to_lines(lines)
        text = "\n".join(lines)
    elif "|" in text and PIPE_ROW.search(text):
        lines = pipe_tables(lines)
        text = "\n".join(lines)
    if "|" in text and (BARE_PIPE_HEAD.search(text) or any(_bare_title_head(t) for t in lines)):
        lines = bare_pipe_tables(lines)
        text = "\n".join(lines)
    if ("," in text or ";" in text) and "\t" not in text and DELIMITED_HEAD.search(text):
        lines = delimited_tables(lines)
        text = "\n".join(lines)
    if "  " in text and SPACED_HEAD.search(text):
        lines = spaced_tables(lines)
        text = "\n".join(lines)
    if any(c in text for c in "│║┃╔╚┌└╭╰") and re.search(rf"^[ \t]*[{BOX}]", text, re.M):
        # (a frame with sides, or only its top and bottom: "╔═══╗" over a film's sheet)
        lines = unboxed(lines)
        text = "\n".join(lines)
    return Document(id=digest, name=name, text=text, lines=tuple(lines))


def sources(paths: list[str | os.PathLike]) -> tuple[list[Path], list[str]]:
    """Expand files and folders into a list of files, in a stable order; what cannot be
    used comes back as one message per path (the build goes on without it).

    Folders are walked depth first in name order; links to folders are followed once
    (a link back to a folder already walked is reported, not followed); hidden files are
    left out silently, files with another suffix are listed as skipped.
    """
    walk = _Walk()
    for raw in paths:
        p = Path(raw)
        try:
            st = os.stat(p)
        except OSError as e:
            walk.problems.append(f"{display(raw)}: {_missing(p, e)}")
            continue
        if stat.S_ISDIR(st.st_mode):
            walk.folder(p, st)
        else:
            walk.file(p)  # named on the command line: read whatever its suffix
    return walk.files, walk.problems


def _missing(p: Path, e: OSError) -> str:
    if e.errno == errno.ENOENT and not os.path.lexists(p):
        return "no such file or folder"
    if e.errno == errno.ENOENT:
        return f"a symbolic link to a missing file ({display(os.readlink(p))})"
    return _os_problem(e)


class _Walk:
    def __init__(self) -> None:
        self.files: list[Path] = []
        self.problems: list[str] = []
        self._seen_files: set[tuple[int, int]] = set()
        self._seen_dirs: set[tuple[int, int]] = set()

    def file(self, p: Path) -> None:
        try:
            st = os.stat(p)
        except OSError:
            self.files.append(p)  # read() says what is wrong with it, in one place
            return
        key = (st.st_dev, st.st_ino)
        if key not in self._seen_files:  # the same file twice (a link, a repeated argument)
            self._seen_files.add(key)
            self.files.append(p)

    def folder(self, top: Path, st: os.stat_result) -> None:
        stack = [(top, st)]
        while stack:
            d, st = stack.pop()
            key = (st.st_dev, st.st_ino)
            if key in self._seen_dirs:
                self.problems.append(f"{display(d)}: a link back to a folder already read; "
                                     "not read twice")
                continue
            self._seen_dirs.add(key)
            if os.path.lexists(d / MARKER):  # `filmgraph build .` must not read its own out/
                self.problems.append(f"{display(d)}: an output folder of filmgraph; not read")
                continue
            try:
                with os.scandir(d) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as e:
                self.problems.append(f"{display(d)}: folder cannot be listed ({e.strerror})")
                continue
            subdirs = []
            for e in entries:
                if e.name.startswith("."):
                    continue  # .git, .DS_Store, editor backups
                p = Path(e.path)
                try:
                    sub = os.stat(p)  # follows links; a broken link or loop raises
                except OSError as err:
                    self.problems.append(f"{display(p)}: {_missing(p, err)}")
                    continue
                if stat.S_ISDIR(sub.st_mode):
                    subdirs.append((p, sub))
                elif p.suffix.lower() not in TEXT_SUFFIXES:
                    self.problems.append(f"{display(p)}: not read ({p.suffix} is not a text "
                                         "suffix; filmgraph reads .txt, .text, .md, .wiki and "
                                         "files without one)")
                else:
                    self.file(p)
            stack.extend(reversed(subdirs))

"""Turn a labelled value into claims: one function that the infobox and credits readers
share, so a label means the same wherever it stands."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx, vocab
from ..model import Mention, Value
from ..text import clean, fold, parse_date, parse_minutes, parse_money, split_names, uninvert, valid_date, name_case
from .context import POST_NOMINALS, Context

PAREN = rx.compile(r"\s*\(([^()]*)\)")


# a festival catalogue's credit codes, in capitals before a colon ("D: A Name", "DOP: ...")
CODES = {"D": "director", "DIR": "director", "SCR": "screenwriter", "SC": "screenwriter",
         "W": "screenwriter", "DOP": "cinematographer", "DP": "cinematographer",
         "PH": "cinematographer", "ED": "editor", "M": "composer", "MUS": "composer",
         "PD": "production_designer", "P": "producer", "PROD": "production_company",
         "WS": "sales_agent", "CAST": "cast", "C": "cast"}


# a field's label with a dotted leader: "Year of production ..... 1937", "Key crew ....."
DOTTED_LABEL = r"[A-ZÀ-Þ][\w'’ ()/&-]{1,30}?\s*\.{3,}"

def _side_keys(label: str) -> list[str | None]:
    """The key each side of 'A / B' or 'A & B' names (a bilingual 'Réalisation / Director',
    a catalogue's 'D/SCR', 'Director & cinematography'); [] for any other label."""
    if label.count("/") == 1:  # (a side cut short: "Dir/Scr")
        return [label_key(x) or (abbreviation(fold(x)) if len(x.strip()) <= 4 and not x.isupper() else None)
                for x in label.split("/")]  # (not "PT/FR": two countries' codes)
    if " & " not in label and " and " not in label and " et " not in label:
        return []
    sides = re.split(r"\s+(?:&|and|et)\s+", label)  # "Director & cinematography": both roles
    keys = [label_key(x) for x in sides] if len(sides) == 2 else []
    return keys if all(keys) else []  # ("Written and directed by" is a phrase of its own)


def label_keys(label: str) -> list[str]:
    """The roles a label names: one ('Editor'), or one a side for a catalogue's 'D/SCR'."""
    key = label_key(label)
    if key:
        return [key]
    keys = _side_keys(label)
    if keys and all(k in vocab.roles() for k in keys):
        return list(dict.fromkeys(keys))
    return []


# a print's facts beside a role's word: "Sound / colour" (silent, black and white)
PRINT_FACTS = rx.compile(r"\b(?:colou?rs?|couleurs?|format|ratio|gauge)\b")


@lru_cache(maxsize=8192)  # (a pure function of its text, asked of the same lines by several readers)
def label_key(label: str) -> str | None:
    """The role or fact key a label names, or None. 'French distribution' falls back to
    'distribution' when the leading word is a nationality or a scope."""
    key = fold(label)
    table = vocab.labels()
    if key in table:
        return table[key]
    if len(label) <= 4 and label.strip() in CODES:
        return CODES[label.strip()]
    # "UK distributor (pre-sale)", "Tournage (prévu)": the label without its note in brackets
    m = re.match(r"^(?P<label>[^()]{3,60}?)\s*\((?P<note>[^()]{2,30})\)$", label.strip())
    if m and not re.search(r"\d|\b(?:unit|équipe|equipe|assistant|additional|additionnel|trainee|stagiaire|"
                           r"associate|associé|co-|second|seconde|deuxième)", m.group("note"), re.I):
        found = label_key(m.group("label"))
        if found:
            return found
    m = re.fullmatch(r"(?:declared\s+)?(?P<label>.{3,40}?)\s+(?:déclarée?s?|declared|stated)", label.strip(), re.I)
    if m:  # a register's "Durée déclarée", "Nationalité déclarée": what the applicant declared
        return label_key(m.group("label"))
    bare = label.strip().lstrip("-–•*· ")  # ("- Réal. : A Name" on a bulleted sheet)
    if bare.endswith(".") and " " not in bare:
        return abbreviation(fold(bare))
    sides = {k for k in _side_keys(label) if k}
    if len(sides) == 1 and not PRINT_FACTS.search(key):
        # a bilingual catalogue's "Réalisation / Director": one role (not "Sound / colour",
        # a print's facts)
        return sides.pop()
    words = key.split()
    if len(words) > 2 and words[0] in vocab.countries() and (words[1] in ("and", "et") or "&" in label):
        # "UK & Ireland distribution", "France et Belgique sortie": two countries
        rest = words[2:] if words[1] in ("and", "et") else words[1:]
        for k in (2, 1):
            if len(rest) > k and " ".join(rest[:k]) in vocab.countries():
                return table.get(" ".join(rest[k:]))
    if len(words) > 1 and (words[0] in vocab.countries() or words[0] in
                           ("international", "original", "worldwide", "world", "additional")):
        return table.get(" ".join(words[1:]))
    if len(words) > 2 and " ".join(words[:2]) in vocab.countries():  # "South African release"
        return table.get(" ".join(words[2:]))
    for k in (1, 2):  # "DISTRIBUTION BELGIQUE", "Sortie Royaume-Uni": the country after
        if len(words) > k and " ".join(words[-k:]) in vocab.countries() and table.get(" ".join(words[:-k])):
            return table[" ".join(words[:-k])]
    # "Langues originales", "Pays de production", "Original languages": the noun alone
    bare = re.sub(r"\s+(?:originale?s?|d['’ ]?origine|principale?s?|de\s+production)$", "", key)
    if bare != key and len(bare.split()) == 1:
        return table.get(bare) or table.get(bare.rstrip("s")) or (
            table.get(bare[:-1]) if bare.endswith("x") else None)
    # "Sortie en Belgique", "Distribution au Luxembourg", "Release in France"
    m = re.match(r"^(?P<label>.+?)\s+(?:en|au|aux|in|dans|for)\s+\S.*$", key)
    if m and len(key.split()) <= 5:
        return table.get(m.group("label"))
    return None


# abbreviations that name people, not roles: "Ma. Theresa", "Dr. X"
NOT_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "jr", "sr", "st", "ma", "mme", "mlle", "m", "no", "vol", "p"}


@lru_cache(maxsize=256)
def abbreviation(prefix: str) -> str | None:
    """The role an abbreviated label names ('dir' of 'Dir.', 'scén' of 'Scén.', 'phot' of
    'Phot.'): the role most of the labels whose first word it begins name ('sc' ->
    'screenwriter', with 'scénario', 'script', 'screenplay', not 'composer' of 'score')."""
    prefix = prefix.strip(". ")
    if len(prefix) < 2 or prefix in NOT_ABBREVIATIONS or not prefix.replace(" ", "").isalpha():
        return None
    head = prefix.split()  # ("co prod" of "co-prod.": each word a label word's beginning)
    counts: dict[str, list[int]] = {}
    for lab, key in vocab.labels().items():
        words = lab.split()
        if len(words) >= len(head) and all(w.startswith(h) for w, h in zip(words, head)) \
                and key in vocab.roles():
            counts.setdefault(key, []).append(len(lab))
    best = sorted(counts.items(), key=lambda kv: (-len(kv[1]), min(kv[1]), kv[0]))
    return best[0][0] if best else None


def strip_descriptor(name: str) -> str:
    """'the Sofica Soficinéma' -> 'Soficinéma'; 'de la Région X' -> 'Région X'; 'Les Films
    du Y' stays (a capital article belongs to the name)."""
    table = vocab._table()["descriptors"]
    articles = sorted(table["articles"], key=len, reverse=True)
    words = sorted((fold(w) for w in table["words"]), key=len, reverse=True)
    lower = sorted(table.get("lower_words", []), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for a in articles:
            if name.isupper():
                if a in ("the", "la", "le", "les", "l'"):
                    continue  # ("LES FILMS DE X": in capitals the article may be the name's)
                a = a.upper()  # "DU TAX SHELTER ...": a list in capitals
            if name.startswith(a + " ") or (a.endswith("'") and name.startswith(a) and len(name) > len(a)):
                rest = name[len(a):].lstrip()
                if rest[:1].isupper():
                    name, changed = rest, True
                    break
        for d in words:
            if fold(name).startswith(d + " ") and len(name.split()) > len(d.split()):
                name = " ".join(name.split()[len(d.split()):])
                changed = True
        for d in lower:
            if name.startswith(d + " ") and len(name.split()) > len(d.split()):
                name = " ".join(name.split()[len(d.split()):])
                changed = True
        # "the Cypriot company Akamas Pictures", "the Dublin studio X": what it is, then who
        kind = _KIND_OF_BODY.match(name) or _BASED.match(name)
        if kind:
            name, changed = name[kind.end():], True
    return name


# "the Cologne-based Hafenkran Filmproduktion", "Paris-based X": where it is, then who
_BASED = rx.compile(r"^[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?-based\s+(?=[A-ZÀ-Þ])")


_KIND_OF_BODY = rx.compile(r"^(?:[A-Z][\w-]+\s+)?(?:production\s+company|company|studio|firm|outfit|"
                           r"label|broadcaster|distributor|producer)\s+(?=[A-ZÀ-Þ])")


_NICKNAME = rx.compile(r"[\"“'‘]([A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)[\"”'’]")
_SENTENCE_MARK = rx.compile(r"(?<!\b[A-Z])(?<!\bSt|\bJr|\bSr|\bDr|\bMr|\bMs|\bMa)(?<!\bMrs)[.!?;:\"“”]\s|"
                            r"[@/\\{}<>=]|https?")


# a company's words: no person, character or billed actor is called so ("A Producer (Les
# Ateliers X)", "ANATOLIA SCREEN SALES", "Brenner & Hahn Communications")
BODY = rx.compile(r"\b(?:Films?|Productions?|Pictures|Studios?|Ateliers?|Animation|Distribution|"
                  r"Sales|Entertainment|Media|Cinéma|Cinema|Télévision|Television|Releasing|Ltd|Inc|"
                  r"SARL|SAS|GmbH|Communications?|Agency|Agence|Publicity|Filmverleih|Filmproduktion|Filmi|Filmudlejning|"
                  r"Press|Presse|International|Bureau|Cine|Ciné|Kino|Producciones|Produzioni|Produções|"
                  r"Filmes|Verleih|Foundation|Fondation|Fund|Fonds|Images)\b", re.I)


_LETTER = rx.compile(r"[^\W\d_]")


@lru_cache(maxsize=8192)  # (a pure function of its text, asked of the same lines by several readers)
def looks_like_name(text: str, kind: str = "person") -> bool:
    """A person's or body's name: a few words, mostly capitalised, no sentence in it."""
    text = _NICKNAME.sub(r"\1", text)  # Don "Red" X
    words = text.split()
    if not words or len(words) > (6 if kind == "person" else 10) or len(text) > 80:
        return False
    if not _LETTER.search(text):
        return False  # "3", "4": a footnote or a table of contents' number, no name
    if _SENTENCE_MARK.search(text):
        return False
    if kind == "person" and (re.search(r"\d", text) or " - " in f" {text} " or text.lstrip()[:1] in "\"“«"):
        # ('"The Hollow Field"' under "SONGS": a song's title, in quotes)
        return False  # "1998 A TITLE - A Director" is a filmography line, not a name
    if kind == "organization" and (words[0][:1].isupper() or words[0][:1].isdigit()):
        # a body's name may hold lower-case words: "Région wallonne", "Centre national du
        # cinéma et de l'image animée"; a clause may not
        return not re.search(r"\b(?:is|was|are|were|has|have|est|sont|a été|which|who|qui|that)\b",
                             text)
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w in ("+",))
    small = {"de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del", "y",
             "et", "and", "of", "the", "d'", "wa", "ben", "bin", "al", "el", "&", "ap", "ab"}
    return caps >= 1 and all(w[:1].isupper() or w[:1].isdigit() or fold(w) in small or
                             w in ("+", "&", "-") or w.startswith(("d'", "l'", "d’", "l’"))
                             for w in words)


# letters of cinematographers', editors' and casting directors' societies after a name
_LETTERS = (r"(?:ASC|BSC|AFC|CSC|CDG|CSA|ACE|AIC|ACS|SBC|NZCS|GBCT|BFE|AAC|DFF|FNF|SASC|IMAGO|"
            r"ADG|SDSA|CAS|MPSE|PSC|ABC|ADF|AMC|HSC|ISC|TTC|SCC|LSC|NSC|(?i:p\.\s?g\.\s?a\.?))")
POST_NOMINAL = rx.compile(rf"(?:,?\s+{_LETTERS})+\s*$")
# what "Camera:" may name instead of a person: the camera, the lenses, the film stock
EQUIPMENT = rx.compile(r"\b(?:ARRI|Arriflex|Alexa|Amira|RED\s+(?:Epic|Dragon|Monstro|Komodo|Helium|V-Raptor)|"
                       r"Sony\s+(?:Venice|F\d+|FX\d+)|Panavision|Panaflex|Aaton|Bolex|Blackmagic|"
                       r"Canon\s+C\d+|Kodak|Fujifilm|Cooke|Zeiss|anamorphic|lenses|objectifs|"
                       r"(?:Super\s*)?(?:8|16|35|65)\s?mm)\b", re.I)
ONLY_LETTERS = rx.compile(rf"^\s*{_LETTERS}\s*$")  # ", ACE" split off a name by its comma


_SOURCE = rx.compile(r"^(?:d['’]\s*après|based\s+on|adapted\s+from)\s", re.I)


LEGAL_FORM = rx.compile(r"^(?:SARL|SAS|SASU|EURL|SA|SCOP|SNC|GIE|GmbH|Ltd|LLC|Inc\.?)\s+(?:au\s+capital|"
                        r"with\s+(?:a\s+)?(?:share\s+)?capital|unipersonnelle)\b|^(?:RCS|SIRET|SIREN)\s", re.I)
CIVILITY = rx.compile(r"^(?:M\.|Mme|Mlle|Mmes|MM\.|Me|Mr\.?|Mrs\.?|Ms\.?)\s+(?=[A-ZÀ-Þ])")


def names(text: str, ctx: Context, kind: str) -> list[tuple[str, str | None]]:
    """Names in a credit value, each with the role a parenthesis gives it ('(lyrics)')."""
    out = []
    if "(" in text:  # "A Releasing (UK and Ireland)": where, not who; no name to split
        text = _SCOPE.sub(lambda m: "" if _places(m.group(1)) else m.group(0), text)
    # "et" joins people in any language; in a body's name it may belong to the name
    # "avec la collaboration de A Name" under "Scénario": a writer all the same
    text = COLLABORATION.sub("", text)
    whole = _joined_names(ctx) if kind == "organization" else {}
    for phrase, glued in whole.items():
        if phrase in text:  # "Dune et Bruyère", alone on a line of a list: one company
            text = re.sub(rf"(?<![\w'’]){re.escape(phrase)}(?![\w'’])", glued, text)
    for part in split_names(text, ctx.french or kind == "person", bodies=kind == "organization"):
        part = part.replace(_GLUE, " ")
        if kind == "person":  # "   et Héloïse EXEMPLE": a credit's second name, on a line of its own
            part = re.sub(r"^(?:et|and|&)\s+(?=[A-ZÀ-Þ])", "", part)
        if kind == "person" and _SOURCE.match(part):
            continue  # "Scén. : A Name, d'après Lucien X": the novel's author wrote no script
        role = None
        for m in PAREN.finditer(part):
            k = label_key(m.group(1))
            if k and k in vocab.roles():
                role = k
        part = clean(PAREN.sub("", part))
        if kind == "person":  # "Jane Example ASC", "John Sample CDG": a guild's letters
            if ONLY_LETTERS.match(part) or EQUIPMENT.search(part):
                continue
            part = POST_NOMINAL.sub("", part)
            if re.sub(r"\bMa?c(?=[A-ZÀ-Þ])", "MC", part).isupper() and len(part.split()) >= 2:
                part = name_case(part)  # "AGNÈS EXAMPLE", "AILSA McCRINDLE", as title pages set names
            civil = CIVILITY.match(part)
            if civil and re.search(r"\b[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*$", part):
                # a register's "M. Youssef EXEMPLE", "Mme Héloïse MODÈLE-TAMISIER": the name,
                # its surname in capitals as French deeds write it
                part = " ".join(w if not re.fullmatch(r"[A-ZÀ-Þ]{2}[A-ZÀ-Þ'’-]*", w) else name_case(w)
                                for w in part[civil.end():].split())
            elif civil and len(part[civil.end():].split()) == 1:
                continue  # "Mme Héloïse" at a cell's end, the surname on the next line: no name
        if kind == "organization":
            part = strip_descriptor(part)
            if LEGAL_FORM.match(part):
                continue  # "A Films, SARL au capital de 45 000 €": what the company is, no company
            if re.match(r"^\d+[\s,]", part):
                break  # "12 Ropewalk Lane, Bristol": an address, and what follows it
        if part and looks_like_name(part, kind):
            out.append((part, role))
    return out


_COPRODUCTION_WITH = rx.compile(r"\s*[;,]?\s+(?:in\s+co-?production\s+with|en\s+co-?production\s+avec|"
                                r"in\s+association\s+with)\s+(?=[A-ZÀ-Þ])|"
                                r"\s*[;,]\s*(?:co-?productions?|co-?producteurs?|co-?producers?)\s*:\s*", re.I)
_GLUE = "\ue000"  # (no space: no split falls on it)
# a line that is only "Word et Word" / "Word and Word" / "Word & Word", in a list of names
_JOINED = rx.compile(r"^(?P<a>[A-ZÀ-Þ][\w'’-]+)\s+(?P<j>et|and|&)\s+(?P<b>[A-ZÀ-Þ][\w'’-]+)$")


def _joined_names(ctx: Context) -> dict[str, str]:
    """'Dune et Bruyère' where it stands alone on a line, in a list of a company's names one
    a line (an infobox's): one name, which a credit elsewhere in the document splits not."""
    found = ctx.memo.get("values.joined")
    if found is None:
        found = {}
        lines = ctx.doc.lines
        for k, line in enumerate(lines):
            m = _JOINED.match(line.strip())
            if m and not BODY.search(line) and k and lines[k - 1].strip() and \
                    k + 1 < len(lines) and lines[k + 1].strip():
                found[m.group(0)] = m.group(0).replace(" ", _GLUE)
        ctx.memo["values.joined"] = found
    return found


COLLABORATION = rx.compile(r"^\s*(?:avec\s+la\s+collaboration\s+d(?:e\s+|')|"
                           r"en\s+collaboration\s+avec\s+|with\s+the\s+collaboration\s+of\s+|"
                           r"in\s+collaboration\s+with\s+)(?=[A-ZÀ-Þ])", re.I)
_SCOPE = rx.compile(r"\s*\(([^()]{2,60})\)")
REGIONS = {"north america", "south america", "latin america", "europe", "asia", "africa", "oceania",
           "worldwide", "world", "international", "benelux", "scandinavia", "nordics",
           "amerique du nord", "amerique latine", "monde", "international sales"}


def _places(text: str) -> bool:
    """Whether a bracket names only countries or regions: 'UK and Ireland', 'North America'."""
    parts = [fold(p) for p in re.split(r"\s*(?:,|&|/|\band\b|\bet\b)\s*", text) if p.strip()]
    return bool(parts) and all(p in vocab.countries() or p in REGIONS or p in vocab.cities() for p in parts)


_PARTICLES = frozenset(("de", "du", "des", "van", "von", "der", "den", "da", "di", "dos", "das", "ten", "ter", "le", "la",
                        "ap", "ab"))


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words and no company word: 'Anne Example', not 'Films du
    Nord' or 'Films et Cie'."""
    words = [w for w in name.split() if w not in _PARTICLES]  # ("Riaan de Klerk", "Pieter van Wyk")
    return (2 <= len(words) <= 3 and len(name.split()) - len(words) <= 2 and name.split()[0] == words[0]
            and all(w[:1].isupper() for w in words)
            and not BODY.search(name)  # "Atelier Sablier", "Fondation X"
            and not re.search(r"film|prod|pictures|studio|ciné|cinema|media|distrib|company|"
                              r"entertainment|group|gmbh|ltd|inc\b|\bsa\b|sarl|\btv\b|télé|cine\b|kino|filmes|"
                              r"tele|canal|arte|france|europe|records|sales|screen", name, re.I))


# "…, avec le soutien de la Région Sud", "…, with the support of B Fund": a credit's funder
SUPPORTED = rx.compile(r",?\s+(?:avec\s+le\s+(?:soutien|concours)(?:\s+financier)?|avec\s+la\s+participation|"
                       r"avec\s+l['’]aide|with\s+the\s+(?:financial\s+)?(?:support|participation)|"
                       r"with\s+(?:financial\s+)?support\s+from|with\s+funding\s+from)"
                       r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)|\s+from)?\s*(?P<who>[A-ZÀ-Þ].+)$")


# a town or a country in brackets after a name: "Helvetia Lumen (Genève)"
PLACED = rx.compile(r"\(\s*([A-ZÀ-Þ][\wÀ-ÿ'’-]+(?:[ -][A-ZÀ-Þ][\wÀ-ÿ'’-]+)?)\s*\)\s*$")


# an archive's name filed under the surname: "Oberländer, Kurt", "Grinten-Opsomer, Willem van
# der", "Hartog, Louis (Dr.)", "Bakels, Trui (Aagje Verhage)"
INVERTED_NAME = rx.compile(r"^(?P<sur>[A-ZÀ-Þ][\w'’-]+),\s+"
                           r"(?P<first>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ]\.)?"
                           r"(?:\s+(?:van|von|der|den|de|du|da|di|le|la|ter|ten|dos|del)){0,3})"
                           r"(?P<note>\s*\([^()]*\))?$")


def _uninverted_names(value: str) -> str:
    """'Ruijsdael, Cornelis (Klaas); Bakels, Trui' -> 'Cornelis Ruijsdael (Klaas); Trui
    Bakels': names a catalogue files under the surname, each alone or set apart by
    semicolons, in the order they are said; any other value as it is."""
    chunks = [c.strip() for c in re.split(r"\s*;\s*(?![^()]*\))", value.strip().rstrip(";")) if c.strip()]
    found = [INVERTED_NAME.match(c) for c in chunks]
    if not chunks or not all(found) or any(POST_NOMINALS.search(c) or looks_like_name(m.group("sur")) is False or
                                           m.group("first").split()[0].rstrip(".") in ("Jr", "Sr")
                                           for c, m in zip(chunks, found)):
        return value
    # (a note that is an abbreviation is no character nor company: "(Dr.)", "(attrib.)")
    return "; ".join(f"{m.group('first')} {m.group('sur')}" + (
        "" if re.fullmatch(r"\s*\(\s*[^\W\d]{1,8}\.\s*\)", m.group("note") or "") else m.group("note") or "")
        for m in found)


# a list of actors and their parts: "A Name (le capitaine Le Hir) ; B Name (Anne)"
_CAST_LIST = rx.compile(r"^\s*(?:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}\s*\([^()]{1,60}\)\s*[;,]\s*){2,}")


_RELEASE_OF = rx.compile(r"^(?:An?\s+)?(?P<dist>[A-ZÀ-Þ].{1,60}?)\s+(?:release|presentation)\s+of\s+(?:an?\s+)?"
                         r"(?P<prod>[A-ZÀ-Þ].{1,60}?)\s+production(?P<rest>(?:[,;]|\s+in\s+association).*)?$")


def add_labelled(ctx: Context, film: Mention, key: str, value: str, line: int,
                 extractor: str, bodies: bool = False) -> int:
    """Claims for `film key value`; returns how many were added. `bodies`: the label said
    the names are companies ("Sociétés de production"), whatever shape a name has."""
    before = len(ctx.claims)
    if key in vocab.roles():
        r = vocab.role(key)
        value = _uninverted_names(value)
        if key == "distributor" and _CAST_LIST.match(value) and not BODY.search(value):
            # "Distribution : A Name (le capitaine) ; B Name (Anne)": in French, the cast
            key, r = "cast", vocab.role("cast")
        if key in ("production_company", "co_production", "producer"):
            # "Ferrybridge Pictures in co-production with Wydma Film", "A Films ; coproduction :
            # B (Belgique)": two companies
            value = _COPRODUCTION_WITH.sub(", ", value)
        if key in ("production_company", "co_production"):
            # "A Films (Ireland), with B Films (UK)", a register's "A Films (US) with B Pictures"
            value = re.sub(r"(?:\s*,|(?<=\)))\s+(?:with|avec)\s+(?=[A-ZÀ-Þ])", ", ", value)
            made_for = re.fullmatch(r"(?P<a>[A-ZÀ-Þ].+?)\s+(?:for|pour)\s+(?P<b>[A-ZÀ-Þ].+)", value)
            if made_for and BODY.search(made_for.group("a")) and BODY.search(made_for.group("b")):
                value = f"{made_for.group('a')}, {made_for.group('b')}"  # "A Films for B Television": both
        released = _RELEASE_OF.match(value) if key in ("production_company", "producer") else None
        if released:
            # "A Lanternfish release of a Pell Street production, in association with K":
            # a trade review's line names who distributes and who produced
            for name, _ in names(released.group("dist"), ctx, "organization"):
                ctx.add(film, "distributor", Mention("organization", name), line, extractor)
            value = released.group("prod") + (released.group("rest") or "")
            key, r = "production_company", vocab.role("production_company")
            bodies = True
        backed = SUPPORTED.search(value) if key in ("production_company", "co_production", "producer",
                                                     "co_producer", "distributor") else None
        if backed and value[:backed.start()].strip():
            # "Coproduction : B Images, avec le soutien de la Région Sud": the company, and
            # who funded the film
            for name, _ in names(backed.group("who"), ctx, "organization"):
                ctx.add(film, "funder", Mention("organization", name), line, extractor)
            value = value[:backed.start()]
        made = re.match(r"^(?P<who>[^()]+?)\s+(?:pour|for)\s+(?P<body>[A-ZÀ-Þ].+)$", value)
        if made and key in ("production_company", "producer", "co_producer", "co_production") and \
                _person_shaped(clean(made.group("who"))):
            # "Production Reza Example pour Studio X Films": the producer and the company
            person_key = "co_producer" if key.startswith("co_") else "producer"
            ctx.add(film, person_key, Mention("person", clean(made.group("who"))), line, extractor)
            org_key = "production_company"
            for name, _ in names(made.group("body"), ctx, "organization"):
                ctx.add(film, org_key, Mention("organization", name), line, extractor)
            return len(ctx.claims) - before
        if key in ("producer", "co_producer", "production_company") and not bodies:
            parts = re.split(r"\s*[,;]\s*(?![^()]*\))", value)
            placed = len(parts) > 1 and any(BODY.search(PAREN.sub("", x)) for x in parts) and (
                all((m := PLACED.search(x)) and not BODY.search(m.group(1)) for x in parts)
                # (or some with a known town or country, the others companies by their words:
                # "A Example (Casablanca), Les Films du Modèle")
                or all((m := PLACED.search(x)) and not BODY.search(m.group(1))
                       or BODY.search(x) and not _person_shaped(clean(PAREN.sub("", x))) for x in parts)
                and any((m := PLACED.search(x)) and _places(m.group(1)) for x in parts))
            if placed:
                # "Production : A Productions (Paris), Helvetia Lumen (Genève)": each with its
                # town, all companies
                for part in parts:
                    for name, _ in names(clean(PAREN.sub("", part)), ctx, "organization"):
                        ctx.add(film, "production_company", Mention("organization", name), line, extractor)
                return len(ctx.claims) - before
        if key in ("producer", "co_producer") and not bodies and BODY.search(value):
            # "Prod. : Ouest Horizon Cinéma", "Prod. : A Films (Genève), B & C Films": the
            # producing companies (a company in brackets after a person is the person's)
            keep = []
            for part in re.split(r"\s*[,;]\s*(?![^()]*\))", value):
                # (a line cut before its next: "Rochieu Film Company (United Kingdom) in")
                bare = re.sub(r"\s+(?:in|en|with|avec|and|et|for|pour)$", "", clean(PAREN.sub("", part)))
                if bare and BODY.search(bare) and not _person_shaped(bare):
                    for name, _ in names(bare, ctx, "organization"):
                        ctx.add(film, "production_company", Mention("organization", name), line, extractor)
                else:
                    keep.append(part)
            value = ", ".join(keep)
        if key == "cast" and "(" in value:
            # "Cast: A Name (Mai), B Name (the ferryman)": each actor with the character
            parts = [x for chunk in re.split(r"\s*;\s*(?![^()]*\))", value)  # ("A (Louise) ; B (Auguste)")
                     for x in ([chunk] if re.fullmatch(r"[^(),]+\([^()]{1,60}\)", chunk.strip())
                               else split_names(chunk, ctx.french))]  # ("C (Célestin, le sonneur)")
            for part in parts:
                pm = re.fullmatch(r"(?P<who>[^()]+?)\s*\((?P<char>[^()]{1,60})\)", part.strip())
                who = clean(pm.group("who")) if pm else clean(part)
                if looks_like_name(who):
                    ctx.add(film, "cast", Mention("person", who), line, extractor,
                            (("character", clean(pm.group("char"))),) if pm else ())
            return len(ctx.claims) - before
        if key == "cast" and re.search(r"\S\s+as\s+[A-ZÀ-Þ]", value):
            # "Starring A Name as Sister Veronica and B Name": each actor, and the part named
            parts = [re.fullmatch(r"(?P<who>.+?)(?:\s+as\s+(?P<char>[A-ZÀ-Þ][^()]{0,60}))?", clean(x))
                     for x in split_names(value, ctx.french)]
            if parts and all(pm and looks_like_name(clean(pm.group("who"))) for pm in parts):
                for pm in parts:
                    ctx.add(film, "cast", Mention("person", clean(pm.group("who"))), line, extractor,
                            (("character", clean(pm.group("char"))),) if pm.group("char") else ())
                return len(ctx.claims) - before
        if r.object == "organization":  # "A Cine (Chile) in co-production with B (Argentina)"
            value = re.sub(r"\s+(?:in\s+co-?production\s+with|en\s+co-?production\s+avec)\s+", ", ", value)
        if key in ("producer", "production_company") and "(" in value:
            # "Production : Les Films du Lacydon (Fabrice Mordelet)": the company and, in
            # brackets, its producer
            for pm in list(re.finditer(r"(?<=\S)\s*\((?P<who>[A-ZÀ-Þ][^()]{1,60})\)", value))[::-1]:
                body = clean(value[:pm.start()].split(",")[-1])
                if BODY.search(body) and not _person_shaped(body) and _person_shaped(clean(pm.group("who"))) \
                        and "," not in pm.group("who") and looks_like_name(clean(pm.group("who"))) \
                        and not vocab.countries().get(fold(clean(pm.group("who")))) \
                        and fold(clean(pm.group("who"))) not in vocab.cities():  # (not "(Buenos Aires)")
                    ctx.add(film, "producer", Mention("person", clean(pm.group("who"))), line, extractor)
                    value = value[:pm.start()] + value[pm.end():]
        if key in ("producer", "co_producer") + (() if bodies else ("production_company",)) and "(" in value:
            # "Producers: A Name (A Company), B Name (B Films)": each producer's company;
            # "Prod. A Name, B Name (A Company, B Films)": the producers' companies
            for pm in list(re.finditer(r"(?<=\S)\s*\((?P<body>[A-ZÀ-Þ][^()]{1,120})\)", value))[::-1]:
                who = value[:pm.start()].split(",")[-1]
                if _person_shaped(clean(who)) and not vocab.countries().get(fold(pm.group("body"))) \
                        and fold(clean(pm.group("body"))) not in vocab.cities() and (
                        BODY.search(pm.group("body")) or "," not in pm.group("body")):
                    for body, _ in names(pm.group("body"), ctx, "organization"):
                        ctx.add(film, "production_company", Mention("organization", body), line, extractor)
                    value = value[:pm.start()] + value[pm.end():]
        if r.object == "organization":  # "A (1937); B (re-release, 1946)": the years of each
            value = re.sub(r"\s*\((?:[^()]*[\s,])?(?:1[89]|20)\d\d\)", "", value)
        chunks = re.split(r"\s*;\s*(?![^()]*\))", value)
        if len(chunks) > 1 and not any(label_key(" ".join(c.split()[:k])) for c in chunks for k in (1, 2)):
            value = ", ".join(chunks)  # "Screenplay: A; B (attrib.)" (not "A; DoP B": another credit)
        for name, role in names(value, ctx, r.object):
            use = role or key
            if use == "production_company" and _person_shaped(name) and not bodies:
                use = "producer"  # "Production : A Person" in a French fiche technique
            kind = vocab.role(use).object
            ctx.add(film, use, Mention(kind, name), line, extractor)
    elif key == "date":
        if " | " in value:  # "12 octobre 2016 en salle | 1h 38min | Drame": a film page's header
            value, *rest = value.split(" | ")
            for part in rest:
                m = parse_minutes(part) if re.fullmatch(r"\s*\d{1,2}\s*h\s*\d{0,2}\s*(?:min\.?)?\s*|\s*\d{2,3}\s*min\.?\s*", part) else None
                if m:
                    ctx.add(film, "duration", Value("minutes", m), line, extractor)
        d = parse_date(PAREN.sub("", value), ctx.french) or parse_date(value, ctx.french)
        if d and (d[0] == "year" or valid_date(d[1])):
            ctx.add(film, "date", Value(*d), line, extractor)
    elif key == "duration":
        m = parse_minutes(value)
        if m:
            ctx.add(film, "duration", Value("minutes", m), line, extractor)
    elif key in ("budget", "box_office"):
        m = parse_money(value)
        if m:
            ctx.add(film, key, Value("money", m[0], m[1]), line, extractor)
    elif key in ("country", "language"):
        table = vocab.countries() if key == "country" else vocab.languages()
        value = PAREN.sub("", value)  # "Samoan (with English subtitles)"
        value = re.sub(r"\s+/\s+|\s*;\s*", ", ", value)  # "United Kingdom / Norway", "France; Belgium"
        # "Drapeau de la France France", "Flag of France France": the flag's alt text
        value = re.sub(r"(?:Drapeau|Flag)\s+(?:de\s+la|de\s+l['’]|du|des|d['’]|de|of(?:\s+the)?)\s*"
                       r"([^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?)\s+\1", r"\1", value)
        for part in split_names(value, ctx.french):
            hit = table.get(fold(part)) or table.get(fold(part).replace(".", ""))  # ("G.B.")
            if hit:
                ctx.add(film, key, Value(key, hit[1], hit[0]), line, extractor)
            elif looks_like_name(part, "organization"):
                ctx.add(film, key, Value(key, clean(part)), line, extractor)
    elif key == "alias":
        if re.fullmatch(r"\s*[-–—]*\s*", value):
            return 0  # "Titre alternatif : —": none
        title = uninvert(clean(PAREN.sub("", uninvert(value.strip())))).strip("«»\"“” ")
        if title.count(")") > title.count("("):
            title = title.rstrip(") ")  # "(titre original : X)" on a line of its own
        if title and fold(title) != fold(film.name):
            ctx.add(film, "alias", Mention(film.kind, title, film.year, local=film.local), line, extractor)
    elif key == "genre":
        for part in split_names(value, ctx.french):
            ctx.add(film, "genre", Value("text", part.lower()), line, extractor)
    elif key == "based_on":
        m = re.match(r"(?P<work>.+?)\s+(?:by|de|par)\s+(?P<author>.+)$", clean(value))
        if m:
            work = Mention("work", clean(m.group("work")).strip("\"“”«» "))
            ctx.add(film, "based_on", work, line, extractor)
            for name, _ in names(m.group("author"), ctx, "person"):
                ctx.add(work, "author", Mention("person", name), line, extractor)
        elif clean(value):
            ctx.add(film, "based_on", Mention("work", clean(value).strip("\"“”«» ")), line, extractor)
    return len(ctx.claims) - before

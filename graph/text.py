"""Text helpers shared by the readers: folding, name lists, dates, money, durations."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal, InvalidOperation

from . import rx
from functools import lru_cache
import unicodedata

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
FOOTNOTE = rx.compile(r"\s*\[(?:\d+|[a-z]|note \d+|citation needed)\]|(?<=[^\W\d_]|[.,;:)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+", re.I)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent-, punctuation- and space-insensitive key (as the scorer folds)."""
    text = unicodedata.normalize("NFKD", str(text))
    if not text.isascii():
        text = text.translate(_UNCOMBINED)
    text = _NON_WORD.sub(" ", text.casefold())
    return " ".join(text.split())


_NON_WORD = rx.compile(r"[^\w]+")


class _Uncombined(dict):
    """str.translate's table that drops every combining character (unicodedata.combining()
    != 0), filled one code point at a time as texts meet them (a scan of all of Unicode
    took 0.2 s of every start)."""

    def __missing__(self, code: int):
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNCOMBINED = _Uncombined()


def slug(text: str, limit: int = 60) -> str:
    """An IRI-safe path segment; never empty (falls back to a hash)."""
    s = fold(text).replace(" ", "-")
    s = re.sub(r"[^a-z0-9-]", "", s)[:limit].strip("-")
    return s or "x" + short_hash(text)


def short_hash(*parts: object, length: int = 10) -> str:
    # surrogatepass: a stray surrogate (from an undecodable file name) still hashes
    h = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()
    return h[:length]


# control characters, line separators, and the bidirectional controls that reorder what a
# terminal shows
_UNPRINTABLE = rx.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                          "\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` safe for one line of a terminal or a log: controls written as escapes, so a
    name from a document can neither break the line nor drive the terminal."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape", "backslashreplace")
                            .decode("ascii"), text)


_BULLET = rx.compile(r"^\s*[•·\-–*]\s*")
_SPACES = rx.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # every reader cleans the same lines
def clean(text: str) -> str:
    """Strip footnote marks, bullets and surrounding space and punctuation."""
    text = FOOTNOTE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = _BULLET.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.strip(" \t,;.:")


# capital and small letters of the Latin alphabets for character classes: ASCII, Latin-1 and
# Latin Extended-A/B ("İ", "Ş", "Ł", "Ő")
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
LOWER = "a-zß-öø-ÿ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).islower())


def in_capitals(text: str) -> bool:
    """Set in capitals but for the words that join names: 'ANN ACTOR  et BOB ACTOR',
    'A FILMS and B PICTURES'."""
    return re.sub(r"\b(?:et|and)\b", "", text).isupper()


def name_case(text: str) -> str:
    """'AGNÈS EXAMPLE' -> 'Agnès Example'; a Turkish capital İ lower-cases to a plain i
    ('EMRE GÖKDEMİR' -> 'Emre Gökdemir', not a dotted i and a combining dot)."""
    # (and 'ISLA McCARTHY' -> 'Isla McCarthy', not 'Mccarthy')
    return _MC.sub(lambda m: "Mc" + m.group(1).upper(), text.replace("İ", "I").title())


_MC = rx.compile(r"\bMc([a-zà-ÿ])(?=[a-zà-ÿ]{2})")


def split_names(text: str, french: bool = False, bodies: bool = False) -> list[str]:
    """'A, B and C' -> [A, B, C]; 'et' splits only in French text ('Films et Cie')."""
    out = []
    text = clean(text)
    if bodies:  # "Fonds régional Causses et Cévennes", "Council for Leith and Lorne": one body
        text = _ONE_BODY.sub(lambda m: m.group(1) + "\0" + m.group(2), text)
    for p in _name_separators(french, bodies).split(text):
        p = p.replace("\0", "")
        p = clean(_LEADING_AND.sub("", p.strip()))
        if p:
            out.append(p)
    return out


_LEADING_AND = rx.compile(r"^(?:and|&)\s+")
# a public body's name that joins two places: "Fonds régional Causses et Cévennes" (the
# part after "et" one word, no company of its own)
_ONE_BODY = rx.compile(r"(\b(?:Fonds|Région|Conseil|Fondation|Fund|Council|Commission|Département|Province|"
                       r"Agence|Agency)\b[^,;]{0,40}?\s(?:et|and))(\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+)"
                       r"(?=\s*(?:[,;.)]|$|\s(?:et|and)\s))")


@lru_cache(maxsize=None)
def _name_separators(french: bool, bodies: bool) -> re.Pattern:
    # "et" ends a name only where another begins: "A et B", not "cinéma et de l'image"
    conj = r"and|&|et(?=\s+(?:de\s+la\s+|de\s+|du\s+|des\s+)?[A-ZÀ-Þ])" if french else r"and|&"
    # in capitals ("A NAME ET B NAME", "A AND B"): not before an article, which in capitals
    # no longer says whether a name follows ("CINÉMA ET DE L'AUDIOVISUEL")
    conj += (r"|AND|ET(?!\s+(?:DE|D['’]|LA|LE|LES|L['’]|AUX?)\b)(?=\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\b)" if french
             else r"|AND")
    if bodies:  # "Harcourt & Vane Films" is one company
        conj = conj.replace("|&", "")
    dash = r"|\s+[–—/]\s+" if bodies else ""  # "Une coproduction A – B – C"
    # "A · B · C": an infobox's inline list
    return rx.compile(rf",\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+|\s+[·•]\s+{dash}")


# an archive's title filed under its first noun: "Bal des Tanneurs (Le)", "Glass Orchard, The"
_ARTICLE = r"(?:Le|La|Les|L['’]|The|An?|Une?|Der|Die|Das|El|Los|Las|Il|Lo|Gli|I|Os|As|De|Het|Een|" \
           r"LE|LA|LES|L['’]|THE|AN?|UNE?|DER|DIE|DAS|EL|LOS|LAS|IL|LO|GLI|OS|AS|DE|HET|EEN)"
_INVERTED = rx.compile(rf"^(?P<t>[^()]+?)(?:\s*\((?P<a>{_ARTICLE})\)|\s*,\s*(?P<b>{_ARTICLE}))$")


def uninvert(title: str) -> str:
    """'Bal des Tanneurs (Le)' -> 'Le Bal des Tanneurs'; 'Glass Orchard, The' -> 'The Glass
    Orchard'; any other title as it is."""
    m = _INVERTED.match(title.strip())
    if not m:
        return title
    a = m.group("a") or m.group("b")
    return a + ("" if a[-1] in "'’" else " ") + m.group("t")


def title_case(text: str) -> str:
    """'LA CLASSE DE NEIGE' -> 'La classe de neige': sentence case, as French titles are
    written (only for all-capital text; anything else is returned as it is)."""
    if not any(c.isalpha() for c in text) or text != text.upper():
        return text
    if re.fullmatch(r"[A-Z]{1,4}", text):
        return text  # an acronym: RPM, MASH
    low = text.lower()
    for i, c in enumerate(low):
        if c.isalpha():
            return low[:i] + c.upper() + low[i + 1:]
    return low


def parse_date(text: str, day_first: bool = False) -> tuple[str, str] | None:
    """('date', 'yyyy-mm-dd') or ('year', 'yyyy') from common written forms (`day_first`:
    "07/06/2023" is 7 June, as French writes dates)."""
    t = fold(text)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        return "date", m.group(0)
    m = re.search(r"\b(\d{1,2})([-./])(\d{1,2})\2(\d{4})\b", text)
    if m and (m.group(2) != "/" or int(m.group(1)) > 12 or day_first) and 1 <= int(m.group(3)) <= 12:
        # "22-10-1937", "22.10.1937": day, month, year ("10/22/1937" or "4/7/2019" is no
        # day first, or cannot be told)
        return "date", f"{int(m.group(4)):04d}-{int(m.group(3)):02d}-{int(m.group(1)):02d}"
    m = re.search(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)? ({_MONTH_RE}) (\d{{4}})\b", t)
    if m:
        return "date", f"{int(m.group(3)):04d}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.search(rf"\b({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)? (\d{{4}})\b", t)
    if m:
        return "date", f"{int(m.group(3)):04d}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", t)
    if m:
        return "year", m.group(1)
    return None


def valid_date(iso: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
              "usd": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR", "gbp": "GBP",
              "franc": "FRF", "francs": "FRF", "frf": "FRF", "ff": "FRF", "dollars": "USD",
              "dollar": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD",
              "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "hk$": "HKD",
              "ir£": "IEP", "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
              "jpy": "JPY", "yen": "JPY", "yens": "JPY", "livre": "GBP", "livres": "GBP",
              "pound": "GBP", "pounds": "GBP", "kroner": "NOK", "kronor": "SEK",
              "francs belges": "BEF", "franc belge": "BEF", "francs suisses": "CHF",
              "franc suisse": "CHF", "francs cfa": "XOF", "francs français": "FRF",
              "dollars canadiens": "CAD", "dollar canadien": "CAD", "dollars américains": "USD",
              "dollars us": "USD", "dollars australiens": "AUD", "livres sterling": "GBP",
              "couronnes norvégiennes": "NOK", "couronnes suédoises": "SEK",
              "couronnes danoises": "DKK", "pesetas": "ESP", "lires": "ITL", "marks": "DEM",
              "deutsche marks": "DEM", "r$": "BRL", "mx$": "MXN", "nt$": "TWD", "s$": "SGD",
              "₹": "INR", "₱": "PHP", "₦": "NGN", "₩": "KRW", "₺": "TRY", "₽": "RUB",
              "inr": "INR", "brl": "BRL", "php": "PHP", "ngn": "NGN", "krw": "KRW",
              "mxn": "MXN", "ars": "ARS", "pln": "PLN", "cny": "CNY", "zar": "ZAR", "try": "TRY",
              "rupees": "INR", "reais": "BRL", "naira": "NGN", "won": "KRW", "yuan": "CNY",
              "złoty": "PLN", "zloty": "PLN", "zlotys": "PLN", "rand": "ZAR", "rubles": "RUB",
              "roubles": "RUB", "ruble": "RUB", "rouble": "RUB"}
SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "m": 1e6,
          "bn": 1e9, "k": 1e3, "mn": 1e6, "milliard": 1e9, "milliards": 1e9}
# a currency before the amount ("C$1.2 million", "IR£3.4 million") or after it ("4,5
# millions de francs belges", "1,2 M€", "45 millions de francs CFA")
_MONEY = rx.compile(
    r"(us\$|c\$|ca\$|a\$|au\$|nz\$|hk\$|r\$|mx\$|nt\$|s\$|ir£|\$|€|£|¥|₹|₱|₦|₩|₺|₽|"
    r"(?:chf|sek|nok|dkk|inr|brl|php|ngn|krw|mxn|ars|pln|cny|zar|try)\s)?\s*"
    r"(\d[\d.,\u202f ]*\d|\d)\s*(thousand|millions?|billion|milliards?|bn|mn|m|k)?\b"
    r"\s*(?:d['’]\s*|de\s+)?(francs?\s+(?:belges?|suisses?|cfa|français)|dollars?\s+(?:"
    r"canadiens?|américains?|us|australiens?)|livres?\s+sterling|couronnes?\s+(?:norvégiennes|"
    r"suédoises|danoises)|deutsche\s+marks|usd|eur|euros?|gbp|cad|aud|nzd|chf|sek|nok|dkk|jpy|"
    r"francs?|frf|ff|dollars?|livres?|pounds?|kroner|kronor|yens?|pesetas|lires|marks|rupees|"
    r"reais|naira|won|yuan|złoty|zlotys?|rand|rubles?|roubles?|inr|brl|php|ngn|krw|mxn|ars|pln|"
    r"cny|zar|€|\$|£)?"
    r"(?![\w])")


def parse_money(text: str) -> tuple[str, str] | None:
    """('3800000', 'USD') from '$3.8 million'; '$272.000' is 272000 (dot groups thousands)."""
    t = clean(text).lower()
    m = _MONEY.search(t)
    if not m:
        return None
    symbol, number, scale, word = m.groups()
    number = number.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", number) and not scale:
        number = re.sub(r"[.,]", "", number)  # 272.000 / 272,000: grouped thousands
    elif "," in number and "." not in number and re.fullmatch(r"\d+,\d{1,2}", number):
        number = number.replace(",", ".")  # 3,8 millions (French decimal comma)
    else:
        number = number.replace(",", "")
    try:  # (in decimal: "4,1 millions" is 4100000, where a float makes 4099999.9999999995)
        amount = Decimal(number) * Decimal(int(SCALES.get(scale or "", 1)))
    except InvalidOperation:
        return None
    currency = CURRENCIES.get((symbol or "").strip()) or \
        CURRENCIES.get(re.sub(r"\s+", " ", word or "")) or ""
    return f"{amount:.0f}" if amount == amount.to_integral_value() else f"{amount.normalize():f}", currency


def parse_minutes(text: str) -> str | None:
    t = fold(text)
    m = re.search(r"\b(\d+)\s*h(?:ours?|rs?|eures?)?\.?\s*(?:and\s+|et\s+)?(\d+)?", t)
    if m and re.search(r"\d\s*h", t):
        return str(int(m.group(1)) * 60 + int(m.group(2) or 0))
    m = re.search(r"\b(\d{1,3})\s*(?:minutes?|mins?|mn)\b", t)
    if m:
        return str(int(m.group(1)))
    return None


_EN = {"the", "and", "of", "is", "with", "her", "his", "was", "for", "that", "by", "from"}
_FR = {"le", "la", "les", "et", "de", "des", "du", "est", "avec", "une", "un", "pour", "par"}


def is_french(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    en = sum(w in _EN for w in words)
    fr = sum(w in _FR for w in words)
    return fr > en

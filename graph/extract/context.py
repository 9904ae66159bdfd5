"""What every reader needs to know about a document before reading it: its language and
the film it is about."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .. import rx
from ..model import Claim, Document, Evidence, Mention, Value
from ..text import UPPER, clean, fold, in_capitals, is_french, name_case, title_case

# "Title (2005 film)", "Title (film)", "Title (2004 French film)"
TITLE_LINE = rx.compile(r"^(?P<title>.+?)\s*\((?:(?P<year>1[89]\d\d|20\d\d)\s+)?(?:[\w-]+\s+)*"
                        r"(?:film|movie|téléfilm)(?:,\s*(?P<year2>1[89]\d\d|20\d\d))?\)\s*$", re.I)
# section headings of articles and press kits: never a title or a name
HEADINGS = {"cast", "crew", "credits", "cast and crew", "technical crew", "technical credits",
            "fiche technique", "fiche artistique", "liste technique", "liste artistique",
            "generique", "synopsis", "contents", "references", "filmography", "filmographie",
            "biography", "biographie", "interview", "entretien", "production", "release",
            "reception", "plot", "see also", "external links", "last updated", "notes",
            "related research articles", "equipe technique", "equipe artistique",
            # an encyclopedia's sub-sections: no credit's value
            "development", "pre production", "post production", "filming", "principal photography",
            "writing", "background", "music", "soundtrack", "box office", "critical response",
            "critical reception", "accolades", "awards", "legacy", "home media", "marketing",
            "tournage", "genese", "accueil", "box office", "distinctions", "musique", "bande originale",
            "accueil critique", "sortie", "autour du film"}
# a catalogue's index of its directors: "INDEX DES RÉALISATEURS", "Index of directors"
DIRECTOR_INDEX = rx.compile(r"^\s*(?:index\s+(?:des|of|by)\s+(?:réalisat(?:eurs|rices)(?:\s+et\s+réalisat\w+)?|"
                            r"réalisat\w+·\w+s|cinéastes|directors?|filmmakers)|(?:directors?|filmmakers)['’]?\s+index|"
                            r"index\s+réalisateurs)\s*:?\s*$", re.I)
# the headings of a film's credits, under its title
SHEETS = {"fiche technique", "fiche artistique", "liste technique", "liste artistique", "generique",
          "cast", "crew", "credits", "cast and crew", "technical credits", "technical crew"}
# "Titre original : Les Ombres", "Original title: ..." on a technical sheet
TITLE_FIELD = rx.compile(r"^\s*(?:titre\s+original|original\s+title|titre\s+du\s+film|film\s+title)"
                         r"\s*[:：]\s*(?P<title>[^:]{2,120}?)\s*$", re.I)
# "Titre : L'Hiver à Paimpol" / "Title: The Salt Orchard" first under a technical sheet's heading
FORM_TITLE = rx.compile(r"^(?:(?:production|film|work|programme)\s+title|title\s+of\s+(?:the\s+)?(?:film|production|work)|"
                        r"titre\s+(?:de\s+l['’]œuvre|du\s+film|de\s+la\s+production))\s*(?:[:：]|\.{3,}|\t)\s*"
                        r"(?P<title>[^:.\t]{2,100}?)\s*$", re.I)
# a letter's subject line naming its film in quotes: "Film : « THE TITLE » (titre provisoire)"
QUOTED_FILM = rx.compile(r"^(?:Film|Œuvre|Production|Project|Projet)\s*:\s*[«\"“]\s*(?P<title>[^«»\"“”]{2,100}?)\s*[»\"”]"
                         r"(?:\s*\((?:titre\s+(?:provisoire|de\s+travail)|working\s+title|w/t)\))?\s*$", re.I)
SHEET_TITLE = rx.compile(r"^\s*(?:titre|title)\s*[:：]\s*(?P<title>[^:]{2,120}?)\s*$", re.I)
IMAGE_LINE = rx.compile(r"\.(?:png|jpe?g|gif|svg|webp|tiff?)\.?\s*$|^Description de l['’]image\b", re.I)
# runs of capitalised words as press kits write titles: BACKSTAGE, LA CLASSE DE NEIGE
CAPS_RUN = rx.compile(rf"\b[{UPPER}][{UPPER}'’\-]+(?:\s+[{UPPER}][{UPPER}'’\-]*)*\b")


@dataclass
class Context:
    doc: Document
    french: bool
    film: Mention | None = None  # the film the document is about, if any
    film_line: int = 0
    film_reason: str = ""
    claims: list[Claim] = field(default_factory=list)
    memo: dict = field(default_factory=dict)  # what one reader works out and others reuse

    def evidence(self, line: int, extractor: str) -> Evidence:
        return Evidence(self.doc.id, line, extractor, self.doc.name)

    def add(self, subject: Mention, prop: str, obj: Mention | Value, line: int, extractor: str,
            qualifiers: tuple[tuple[str, str], ...] = ()) -> Claim:
        c = Claim(subject, prop, obj, self.evidence(line, extractor), qualifiers)
        self.claims.append(c)
        return c


def first_line(doc: Document) -> tuple[int, str]:
    for i, line in enumerate(doc.lines, 1):
        if line.strip():
            return i, line.strip()
    return 0, ""


# a festival edition's page: "34th Example International Film Festival", "Festival du film de
# X 2017", "Mostra de Y 1998"
EDITION = rx.compile(r"\b(?:festival|mostra|biennale|berlinale|rencontres\s+(?:du|de|des|internationales)|"
                     r"film\s+awards|semaine\s+de\s+la\s+critique|quinzaine\s+des)\b", re.I)


def edition_year(ctx: "Context") -> int | None:
    """The year of the festival edition a page is about (its title names a festival; the
    year is the title's, or the first its opening paragraph gives), or None: no edition."""
    if "edition_year" not in ctx.memo:
        year = None
        n, first = first_line(ctx.doc)
        if ctx.film is None and first and len(first.split()) <= 14 and EDITION.search(first):
            m = re.search(r"\b(?:19[5-9]\d|20\d\d)\b", first)
            if not m:  # "34th Example Film Festival" / "... took place from 8 to 18 June 2017"
                for text in ctx.doc.lines[n:n + 10]:
                    m = re.search(r"\b(?:19[5-9]\d|20\d\d)\b", text)
                    if m:
                        break
            year = int(m.group(0)) if m else None
        ctx.memo["edition_year"] = year
    return ctx.memo["edition_year"]


# a list of a year's films: "List of British films of 2017", "Liste de films sortis en 2019"
LIST_OF_YEAR = rx.compile(r"\b(?:films?|movies)\b[^.]{0,40}?\s(?:of|released\s+in|sortis?\s+en|de)\s+"
                          r"(?:l['’]ann[ée]e\s+)?(?P<y>(?:19|20)\d\d)\s*$", re.I)


def list_year(ctx: "Context") -> int | None:
    """The year a list article's films came out, as its title says, or None."""
    _, first = first_line(ctx.doc)
    m = LIST_OF_YEAR.search(first) if ctx.film is None and len(first.split()) <= 10 else None
    return int(m.group("y")) if m else None


CREDITS_OF = rx.compile(r"(?i:\b(?:closing|end|opening|main|final)\s+credits|\bcredits\s+roll|\bgénérique"
                        r"(?:\s+(?:de\s+fin|de\s+début|final|d['’]ouverture))?)\s*(?:(?i:of|for|de|du|d['’])\s*|[—–:-]\s*)"
                        r"(?:(?i:the\s+film|le\s+film)\s+)?(?P<t>[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9 '’:,&.!?-]{1,80}?)\s*"
                        r"(?:\((?P<y>(?:1[89]|20)\d\d)\)|[—–,\]]|$)")
REVIEW_HEADLINE = rx.compile(r"^(?P<title>[A-ZÀ-Þ0-9«\"“][^–—:|]{0,80}?)\s+(?:review|film review)\s*(?:[–—:|-]\s+\S|$)")


# a trade paper's item: a headline that quotes a title ("A Name starts shoot on 'The Title'",
# "A Name tourne « Le Titre » en Limousin") over a byline with its date ("By A Writer |
# 3 March 2025", "Par A Writer — le 14 avril 2025"); the masthead above is the paper's
QUOTED = rx.compile(r"(?:(?<=\s)|^)(?:['‘](?P<title>[A-ZÀ-Þ0-9](?:[^'‘’«»\"“”]|['’](?=[a-z]))"
                    r"{0,80}?)['’]|"  # (an apostrophe within: 'The Ferryman's Tithe')
                    r"[\"“](?P<title2>[A-ZÀ-Þ0-9][^«»\"“”]{0,80}?)[\"”]|«\s*(?P<title3>[A-ZÀ-Þ0-9][^«»\"“”]{0,80}?)\s*»)"
                    r"(?=[\s;:,.!?]|$)")
REVIEW_QUOTED = rx.compile(r"\b(?i:review|critique)\s*[:–—|-]\s*" + QUOTED.pattern + r"\s*$")
NEWS_BYLINE = rx.compile(r"^(?:By|Par)\s+[A-ZÀ-Þ][^|—–]{2,60}?\s*[|—–,-].*\b(?:1[89]|20)\d\d\b")


def headline(text: str) -> str | None:
    """The title a headline quotes, when it quotes one: a short line, not a sentence."""
    text = text.strip()
    if not text or len(text.split()) > 22 or re.search(r"[.:]$", text):
        return None
    found = [(m.group("title") or m.group("title2") or m.group("title3")).strip() for m in QUOTED.finditer(text)]
    return found[0] if len(found) == 1 and 1 <= len(found[0].split()) <= 12 else None


def news_headline(doc: Document) -> tuple[int, str] | None:
    """(line, title) of a trade paper item's headline: a quoted title over a byline."""
    shown = [(i, t.strip()) for i, t in enumerate(doc.lines[:20], 1) if t.strip()]
    for k, (i, text) in enumerate(shown):
        title = headline(text)
        if title and any(NEWS_BYLINE.match(t) for _, t in shown[k + 1:k + 3]):
            return i, title
    return None


# the name of a body that shows films, no film: "CALDER FILM ARCHIVE", "Cinémathèque de X"
INSTITUTION = rx.compile(r"\b(?:film\s+archives?|archives?\s+(?:du\s+film|françaises\s+du\s+film)|"
                         r"cin[ée]math[èe]que|cinematheque|film\s+society|film\s+institute|"
                         r"film\s+museum|mus[ée]e\s+du\s+cin[ée]ma|ciné-club|film\s+club|"
                         r"film\s+festival|festival\s+(?:du|de|des|international)\b)", re.I)


def main_film(doc: Document) -> tuple[Mention | None, int, str]:
    """The film a document is about, recognised by the document's shape:

    - an article or lead paragraph opens with its title on a line of its own
      ("Some Title (2005 film)", or a short line that the next paragraph begins with);
    - a trade paper's item quotes its film's title in its headline, over a byline;
    - a press kit names its film in capitals, more often than anything else.
    """
    found = news_headline(doc)
    if found:
        return Mention("film", clean(found[1]), None, local="film"), found[0], \
            "a trade paper's headline that quotes the title, over a byline"
    for i, text in [(i, t) for i, t in enumerate(doc.lines[:20], 1) if t.strip()][:6]:
        m = REVIEW_QUOTED.search(text.strip())
        if m:  # a trade paper's review: "Sundown Film Review: 'The Title'"
            title = m.group("title") or m.group("title2") or m.group("title3")
            if 1 <= len(title.split()) <= 12:
                return Mention("film", clean(title), None, local="film"), i, \
                    "a review's headline that quotes the title ('Film Review: 'Title'')"
    n, line = first_line(doc)
    m = TITLE_LINE.match(line)
    if m:
        year = m.group("year") or m.group("year2")
        return (Mention("film", clean(m.group("title")), int(year) if year else None, local="film"), n,
                "a title line such as 'Title (2005 film)'")
    if line and len(line) <= 120 and not re.search(r"[.!?:]\s*$", line) and _about_a_person(doc, n, line):
        return None, 0, ""  # an article about a person: its films are other readers' business
    if line and len(line) <= 120 and not re.search(r"[.!?:]\s*$", line) and _about_a_body(doc, n, line):
        return None, 0, ""  # an article about a company: its films are its filmography's
    if line and len(line) <= 120 and not re.search(r"[.!?:]\s*$", line):
        rest = "\n".join(doc.lines[n:n + 12])
        head = fold(line)
        if head and (fold(rest).startswith(head) or f" {head} " in f" {fold(rest)[:400]} ") and \
                not INSTITUTION.search(line):  # ("CALDER FILM ARCHIVE" / "The Calder Film Archive, ...")
            return Mention("film", clean(line), None, local="film"), n, \
                "the first line, which the text below repeats"
        # a title in capitals over a technical sheet: "LE BARRAGE" / "(LA DIGA)" / "FICHE TECHNIQUE"
        below = [t.strip() for t in doc.lines[n:n + 6] if t.strip()]
        sheet = next((k for k, t in enumerate(below) if fold(t) in SHEETS), -1)
        if line.isupper() and len(line.split()) <= 10 and head not in HEADINGS and sheet >= 0 and \
                not re.search(r"\b(?:dossier|press|presse|kit|notes)\b", head) and all(
                re.fullmatch(r"\(.{2,80}\)", t) for t in below[:sheet]):
            return Mention("film", title_case(clean(line)), None, local="film"), n, \
                "the first line, in capitals, over a technical sheet"
        # a lead document: its title alone on the first line, a blank line, a paragraph
        # that names the film otherwise ("The Valiant Hombre is ..." under another title)
        nxt = doc.lines[n:n + 2]
        if (len(nxt) == 2 and not nxt[0].strip() and len(nxt[1].split()) >= 8
                and re.search(r"\b(?:is|was|est|était)\s+(?:an?|the|une?)\b.{0,80}\b(?:film|movie|"
                              r"short|documentary|cartoon|comedy|drama|serial|long-métrage)", nxt[1])
                and fold(line) not in HEADINGS):
            return Mention("film", clean(line), None, local="film"), n, \
                "the first line, above a paragraph about a film"
    # a newspaper's review: "The Title review – A Name makes every figure count"
    for i, text in enumerate(doc.lines[:12], 1):
        m = REVIEW_HEADLINE.match(text.strip())
        if m and 1 <= len(m.group("title").split()) <= 10:
            return Mention("film", clean(m.group("title")), None, local="film"), i, \
                "a review's headline ('Title review – ...')"
    # a form about one film (a cue sheet, a return): "Production title ........ THE TITLE"
    for i, text in [(i, t) for i, t in enumerate(doc.lines[:30], 1) if t.strip()][:12]:
        m = FORM_TITLE.match(text.strip()) or QUOTED_FILM.match(text.strip())
        if m and 1 <= len(m.group("title").split()) <= 12:
            title = clean(m.group("title"))
            return Mention("film", title_case(title) if title.isupper() else title, None, local="film"), i, \
                "the title a form gives its film ('Production title ..... T')"
    # a press kit's title page: "A Films and B Pictures / present / THE TITLE"
    found = _presented(doc)
    if found:
        return Mention("film", _recased(doc, found[1]), None, local="film"), found[0], \
            "the title under the title page's 'present(s)' line"
    # a title page without "presents": the title above "A FILM BY ..." / "un film de ..."
    found = _above_film_by(doc)
    if found:
        return Mention("film", _recased(doc, found[1]), None, local="film"), found[0], \
            "the title beside the title page's 'a film by' line"
    # a technical sheet that says which title is the film's
    for i, text in enumerate(doc.lines[:400], 1):
        m = TITLE_FIELD.match(text)
        if m and 1 <= len(m.group("title").split()) <= 12:
            return Mention("film", clean(m.group("title")), None, local="film"), i, \
                "a technical sheet's title line ('Original title: ...')"
    # a review's technical sheet: "Fiche technique" over "Titre : L'Hiver à Paimpol"
    for i, text in enumerate(doc.lines[:400], 1):
        if fold(text.strip()) in SHEETS:
            below = [(j, t) for j, t in enumerate(doc.lines[i:i + 4], i + 1) if t.strip()][:2]
            for j, t in below:
                m = SHEET_TITLE.match(t)
                if m and 1 <= len(m.group("title").split()) <= 12:
                    return Mention("film", clean(m.group("title")), None, local="film"), j, \
                        "the title line under a technical sheet's heading ('Titre : ...')"
    # a transcription of a film's credits: "[Transcribed from the closing credits of THE
    # TITLE (2019), DCP]", "[Générique de fin — LE TITRE — relevé sur copie DCP]"
    for i, text in [(i, t) for i, t in enumerate(doc.lines[:12], 1) if t.strip()][:3]:
        m = CREDITS_OF.search(text)
        if m and 1 <= len(m.group("t").split()) <= 10:
            year = int(m.group("y")) if m.group("y") else None
            return Mention("film", title_case(clean(m.group("t"))), year, local="film"), i, \
                "the film whose credits the document transcribes ('the closing credits of T')"
    from .palmares import is_palmares
    if is_palmares(doc):
        return None, 0, ""  # a festival's awards: many films, each under its award
    # press kit: the capitalised title that recurs most
    counts: Counter[str] = Counter()
    where: dict[str, int] = {}
    free: set[str] = set()
    acronyms = set(re.findall(rf"\(([{UPPER}]{{2,8}})\)", doc.text))  # "Archives ... (AAAJ)"
    # (a key's abbreviation: "Abréviations : LM = long métrage · DOC = documentaire")
    acronyms |= set(re.findall(rf"(?<![\w-])([{UPPER}]{{2,8}})\s*=\s*[\w(]", doc.text))
    for i, text in enumerate(doc.lines, 1):
        if re.match(r"^\s*(?:1[89]\d\d|20\d\d)\b", text):
            continue  # filmography lines are other films
        # (a bracket that dates a film says its kind, no title: "T (CM, DOC, 1959)")
        dated = re.sub(r"\([^()]*\b(?:1[89]|20)\d\d\)", "", text)
        for hit in CAPS_RUN.finditer(dated):
            run = hit.group(0)
            if dated[hit.end():hit.end() + 2].strip().startswith(":"):
                continue  # "STATUS: Released", "NOTE :": a label, no title
            if dated[hit.end():hit.end() + 1].isdigit() or run.endswith("-") or run in acronyms:
                continue  # "AAAJ-GV-001": a shelf mark; "(AAAJ)": a body's acronym
            words = run.split()
            if len(run) < 3 or len(words) > 8 or re.fullmatch(r"VOST?F?R?|VOSTA|VF|VO|DCP|3D|4K|HD", run):
                continue  # (a screening's version or format: "(VOSTF)")
            if re.fullmatch(r"ANNEXES?|ANNEX|APPENDIX|ARTICLE|CHAPITRE|CHAPTER|PARTIE|PART|SECTION|SCHEDULE|"
                            r"EXHIBIT|PIÈCE", run) and re.match(r"\s+(?:\d|[IVX]+\b)", dated[hit.end():]):
                continue  # "ANNEXE 1 — LISTE DES ŒUVRES", "SCHEDULE 2": a part of the document
            if re.fullmatch(r"SARL|SAS|SASU|EURL|SCOP|GMBH|LLC|LTD|INC|PLC", run):
                continue  # "la SARL X Films", "X Films SAS": a company's legal form, no title
            counts[run] += 1
            where.setdefault(run, i)
            if dated[:hit.start()].strip() or not re.match(r"\s+(?:[a-zà-ÿ]|[A-Z]\w*[a-zà-ÿ])", dated[hit.end():]):
                free.add(run)
    # (a word in capitals that only ever opens a line of running text is the line's verb:
    # a ruling's "CONDAMNE les intimés ...", "ORDONNE à ...", minutes' "RESOLVED that ...")
    ranked = [(c, -where[r], r) for r, c in counts.items() if c >= 2 and r in free]
    if ranked:
        c, _, run = max(ranked)
        if _profile_heading(doc, run):
            return None, 0, ""  # an agency's "HANNAH EXAMPLE" / "Editor": a person's page
        return Mention("film", _recased(doc, run), None, local="film"), where[run], \
            f"the title in capitals the text repeats most ({c} times)"
    return None, 0, ""


# what an article about a person says of its subject: "X (born 14 March 1961) is an Indian
# actress", "Indian actress and filmmaker (born 1961)", "X, née le 3 mai 1950, est une actrice"
_OCCUPATION = (r"(?:actress|actor|director|filmmaker|film-maker|screenwriter|producer|composer|"
               r"cinematographer|editor|singer|comedian|playwright|novelist|writer|dancer|"
               r"animator|photographer|critic|actrice|acteur|réalisatrice|réalisateur|cinéaste|"
               r"scénariste|comédienne|comédien|productrice|producteur|compositrice|compositeur|"
               r"chanteuse|chanteur|monteuse|monteur|directrice de la photographie|"
               r"directeur de la photographie|humoriste|danseuse|danseur|dramaturge)")
_PERSON_LEAD = rx.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:née?|born)\b[^,]*,\s*)?(?:is|was|est|était|fut)"
                          r"\s+(?:an?|the|une?|l['’]une?\s+des?)\s+(?:[\w'’-]+\s+){0,5}?" + _OCCUPATION + r"s?\b",
                          re.I)
_DESCRIPTION = rx.compile(r"^[\w'’ -]{0,60}\b" + _OCCUPATION + r"s?\b[\w'’ ,-]{0,60}(?:\((?:born|née?|b\.)?"
                          r"\s*\d{4}(?:\s*[–-]\s*\d{4})?\)|\(\d{4}\s*[–-]\s*\d{4}\))?\s*$", re.I)


_CRAFT = rx.compile(r"^(?:(?:chief|lead|supervising|first|chef|cheffe)\s+)?(?:" + _OCCUPATION +
                    r"|director of photography|production designer|sound designer|costume designer|"
                    r"casting director|chef opératrice|chef opérateur|chef monteuse|chef monteur)"
                    r"(?:\s*(?:[,/&]|and|et)\s*[\w' -]{2,30})?$", re.I)


def _profile_heading(doc: Document, run: str) -> bool:
    """A name in capitals on a line of its own, over the person's craft ('HANNAH EXAMPLE' /
    'Editor', 'JURGIS EXAMPLE' / 'Director of Photography'): a crew member's page."""
    from .values import looks_like_name
    lines = [t.strip() for t in doc.lines]
    for k, t in enumerate(lines[:-1]):
        if t == run and _CRAFT.match(lines[k + 1]) and looks_like_name(name_case(run), "person"):
            return True
    return False


def _about_a_person(doc: Document, n: int, title: str) -> bool:
    """The first line names a person the article is about: the line below it describes a
    person ('Indian actress (born 1961)'), or the paragraph that opens with the name says
    what the person does."""
    nxt = next((t.strip() for t in doc.lines[n:n + 3] if t.strip()), "")
    if _DESCRIPTION.match(nxt) and not re.search(r"\b(?:film|movie|téléfilm)\b", nxt, re.I):
        return True
    near = doc.lines[n:n + 40]
    labels = {fold(t.split("\t")[0]) for t in near if "\t" in t}
    # (or set apart by spaces: "    Born        Wendell Amos Example")
    labels |= {fold(m.group(1)) for t in near for m in [re.match(r"^\s*(\S.{0,30}?)\s{3,}\S", t)] if m}
    if labels & {"born", "nee", "ne", "naissance"} and not labels & {"directed by", "realisation",
                                                                    "realise par", "starring"}:
        return True  # a person's infobox: "Born<TAB>9 April 1931", no film's fields
    lead = _lead_after(near, title)
    return lead is not None and bool(_PERSON_LEAD.match(lead))


def _lead_after(near: list[str], title: str) -> str | None:
    """What the first paragraph that opens with the title says after it (None when none
    does)."""
    head = fold(title)
    words = title.split()
    # (or with the middle names the title leaves out: "Wendell Amos Example (March 2, ...")
    full = re.compile(rf"{re.escape(words[0])}(?:\s+[A-ZÀ-Þ][\w.'’-]*){{1,2}}\s+{re.escape(words[-1])}\b") \
        if 2 <= len(words) <= 3 else None
    for text in near:
        t = text.strip()
        if head and fold(t).startswith(head) and len(t) > len(title) + 20:
            return t[len(title):]
        m = full.match(t) if full else None
        if m and len(t) > m.end() + 20:
            return t[m.end():]
    return None


# what a company's article says first: "A Films Ltd is a British independent film production
# company", "A est une société française de production de cinéma"
BODY_LEAD = rx.compile(r"^\s*(?:Ltd\.?|Limited|Inc\.?|LLC|GmbH|S\.?A\.?S?\.?|SARL)?\s*,?\s*(?:\([^()]*\)\s*,?\s*)?"
                       r"(?:is|was|est|était)\s+(?:an?|une?|the|la|le|l['’])\s*(?:[\w'’-]+\s+){0,6}?"
                       r"(?:company|studio|distributor|société|maison|entreprise|distributeur)\b", re.I)
BODY_FIELDS = {"founded", "founders", "founder", "headquarters", "industry", "key people", "creation",
               "fondateurs", "fondateur", "fondatrice", "siege social", "forme juridique", "activite"}


def _about_a_body(doc: Document, n: int, title: str) -> bool:
    """The first line names a company the article is about: the paragraph that opens with
    the name says it is a company, or an infobox under it has a company's fields."""
    near = doc.lines[n:n + 40]
    labels = {fold(t.split("\t")[0]) for t in near if "\t" in t}
    if len(labels & BODY_FIELDS) >= 2 and not labels & {"directed by", "realisation", "realise par", "starring"}:
        return True
    lead = _lead_after(near, title)
    return lead is not None and bool(BODY_LEAD.match(lead))


def article_company(ctx: "Context") -> tuple[str, str] | None:
    """(name, role) of the company an article is about, its role in the films it lists
    ('production_company', or 'distributor' for a distributor's): None for other documents."""
    if ctx.film is not None:
        return None
    if "article_company" not in ctx.memo:
        n, first = first_line(ctx.doc)
        found = None
        if first and len(first) <= 120 and _about_a_body(ctx.doc, n, first):
            said = fold((first + (_lead_after(ctx.doc.lines[n:n + 40], first) or ""))[:300])
            role = "distributor" if re.search(r"\bdistribut", said) and not re.search(r"\bproduc|\bproduct", said) \
                else "production_company"
            found = (clean(first), role)
        ctx.memo["article_company"] = found
    return ctx.memo["article_company"]


# an encyclopedia page copied whole: its menus first ("Jump to content", "Main menu"), then
# its title, its tabs, "From Wikipedia, the free encyclopedia" and the title again
FROM_ENCYCLOPEDIA = rx.compile(r"^(?:From\s+Wikipedia,\s+the\s+free\s+encyclopedia|Un\s+article\s+de\s+"
                               r"Wikipédia,\s+l['’]encyclopédie\s+libre)\.?$", re.I)
HATNOTE = rx.compile(r"^(?:Pour\s+les\s+articles\s+homonymes|Pour\s+l['’]article|For\s+other\s+(?:uses|people)|"
                     r"Not\s+to\s+be\s+confused|This\s+article\s+is\s+about|Ne\s+doit\s+pas\s+être\s+confondu|"
                     r"«[^»]*»\s+redirige|.*\bredirects\s+here\b|\(Redirected\s+from)", re.I)


def _encyclopedia_title(doc: Document) -> str | None:
    """The title under "From Wikipedia, the free encyclopedia" (past a hatnote), in the
    first lines of a page copied whole."""
    lines = doc.lines[:60]
    for i, line in enumerate(lines):
        if FROM_ENCYCLOPEDIA.match(line.strip()):
            for after in lines[i + 1:i + 8]:
                after = clean(after)
                if after and not HATNOTE.match(after):
                    return after
            return None
    return None


# what follows a name on a crew member's page: "JANE EXAMPLE BSC", "A Name, ACE"
LETTERS = (r"(?:BSC|ASC|AFC|CSC|CSA|ACS|NZCS|SBC|AIC|DFF|FNF|BVK|AAC|ACE|CAS|ADG|AMPS|OBE|MBE|CBE|IMAGO|"
           r"(?i:p\.\s?g\.\s?a\.?))")
POST_NOMINALS = rx.compile(r"\s*,?\s+" + LETTERS + "$")


# a publication's name over its pages, no person's: "DICTIONNAIRE DES CINÉASTES", "The Example Film Guide"
PUBLICATION = rx.compile(r"\b(?:dictionnaire|dictionary|encyclop[ée]die|encyclopa?edia|guide|revue|magazine|journal|"
                         r"bulletin|gazette|newsletter|annuaire|yearbook|catalogue|catalog|almanac|almanach)\b", re.I)


def article_person(ctx: "Context") -> str | None:
    """The person an article is about: its first line, when the document is about no film
    and that line reads as a name."""
    if ctx.film is not None or article_company(ctx) is not None:
        return None
    if "article_person" not in ctx.memo:
        from .values import looks_like_name
        n, first = first_line(ctx.doc)
        name = POST_NOMINALS.sub("", clean(first))
        below = next((t.strip() for t in ctx.doc.lines[n:n + 3] if t.strip()), "")
        ok = bool(name) and 2 <= len(name.split()) <= 5 and looks_like_name(name) \
            and not _MENU.match(below) and not PUBLICATION.search(name)  # (a paper's name over its menu: "Home | News | Sport")
        dead = obituary_person(ctx)
        if dead and 2 <= len(dead.split()) <= 5 and looks_like_name(dead, "person"):
            name, ok = dead, True  # (a paper's name in capitals over the obituary's headline)
        if not ok:
            name = _encyclopedia_title(ctx.doc)
            ok = bool(name) and 2 <= len(name.split()) <= 5 and looks_like_name(name, "person")
        if not ok:
            name = obituary_person(ctx)
            ok = bool(name) and 2 <= len(name.split()) <= 5 and looks_like_name(name, "person")
        ctx.memo["article_person"] = name if ok else None
    return ctx.memo["article_person"]


# a newspaper's obituary: "A Name obituary", "Obituary: A Name", or its rubric
# ("DISPARITION", "Nécrologie") over a headline that opens with the name ("A Name,
# l'éternelle « T »", "A Name, actor, dies at 88")
OBITUARY_HEADLINE = rx.compile(r"^(?:(?P<a>[^,:;]+?)\s+obituary|obituary\s*[:–—-]\s*(?P<b>[^,:;]+))\s*$", re.I)
OBITUARY_RUBRIC = rx.compile(r"^(?:disparitions?|n[ée]crologie|hommage|obituar(?:y|ies)|in memoriam|"
                             r"d[ée]c[èe]s|deaths?)\s*$", re.I)
# a headline that says the death: "Mort de A Name, cinéaste des ...", "Death of A Name",
# "A Name, 84, Director Whose ... , Dies", "A Name, actrice de ..., est morte"
DEATH_OF = rx.compile(r"^(?:(?:la\s+)?mort|d[ée]c[èe]s|disparition|(?:the\s+)?death)\s+(?:de|d['’]|of)\s*"
                      r"(?P<name>[^,:;«»\"“”()]+?)(?:\s*,\s|\s+[:–—-]\s|\s+(?:à|at|aged?)\s|\s*$)", re.I)
DIES_HEADLINE = rx.compile(r"^(?P<name>[^,:;«»\"“”()]+?),\s.*[,\s](?:dies|is dead|has died|est morte?|meurt|"
                           r"s['’]est éteinte?)(?:\s+(?:at|à)\s+\d+(?:\s+ans)?)?\s*\.?$", re.I)
HEADLINE_NAME = rx.compile(r"^(?P<name>[^,:;«»\"“”()]+?)(?:\s*,\s|\s+[:–—-]\s|\s+(?:est mort|est morte|"
                           r"s['’]est éteinte?|n['’]est plus|dies|has died|died)\b)")


OCCUPATION_BEFORE = rx.compile(r"^(?:(?:le|la|l['’])\s*|(?:the\s+)?(?:veteran\s+|british\s+|french\s+|american\s+)?)"
                               r"(?:cinéaste|réalisat(?:eur|rice)|acteur|actrice|comédien(?:ne)?|producteur|"
                               r"productrice|scénariste|compositeur|compositrice|chef opérat(?:eur|rice)|"
                               r"monteuse|monteur|director|actor|actress|filmmaker|producer|screenwriter|"
                               r"composer|cinematographer|editor)\s+(?-i:(?=[A-ZÀ-Þ]))", re.I)


def obituary_person(ctx: "Context") -> str | None:
    """The person a newspaper's obituary is about, as its headline names them (None when
    the document is no obituary)."""
    if "obituary_person" not in ctx.memo:
        ctx.memo["obituary_person"] = _obituary_person(ctx.doc)
    return ctx.memo["obituary_person"]


_CHROME = rx.compile(r"^(?:skip\s+to\b|aller\s+au\s+contenu|abonnez-vous\b|se\s+connecter\b|sign\s+in\b|subscribe\b|"
                     r"menu\s*$|search\s*$|rechercher\s*$)", re.I)
_MENU = rx.compile(r"^[^|]{1,30}(?:\s+\|\s+[^|]{1,30}){3,}$")  # a site's menu: "Home | News | Sport | Culture"


def _obituary_person(doc: Document) -> str | None:
    lines = [line.strip() for line in doc.lines[:14] if line.strip()]
    # a site's chrome before the headline: "Skip to main content", "Abonnez-vous | Se connecter"
    lines = [line for line in lines if not _CHROME.match(line)]
    if not lines:
        return None
    # a section's word over the rubric ("Film" / "Obituaries")
    at = next((i for i, line in enumerate(lines[:4])
               if OBITUARY_RUBRIC.match(re.split(r"\s+[>›»/|·•]\s+", line)[-1])), 0)
    if 0 < at and all(len(line.split()) <= 3 or " | " in line or _CHROME.match(line) for line in lines[:at]):
        lines = lines[at:]
    # "A Name obituary", first or under the rubric ("OBITUARIES" / "A Name obituary"); the
    # rubric may stand under the paper's name and its menu ("Home | News | Obituaries")
    top = 0
    while top + 1 < min(len(lines), 4) and not OBITUARY_RUBRIC.match(re.split(r"\s+[>›»/|·•]\s+", lines[top])[-1]) \
            and (_MENU.match(lines[top + 1]) or _MENU.match(lines[top])):
        top += 1
    lines = lines[top:]
    rubric = re.split(r"\s+[>›»/|·•]\s+", lines[0])[-1]
    # (the rubric among a masthead's parts: "THE DAILY EXAMPLE  ·  Obituaries  ·  Saturday 6 May")
    ruled = any(OBITUARY_RUBRIC.match(p.strip()) for p in re.split(r"\s+[>›»/|·•—–]\s+", lines[0]))
    for line in lines[:2] if ruled else lines[:1]:
        m = OBITUARY_HEADLINE.match(line)
        if m and 1 <= len((m.group("a") or m.group("b")).split()) <= 5:
            return clean(m.group("a") or m.group("b"))
    # the rubric alone, or last of a site's breadcrumb ("Culture > Cinéma > Disparitions")
    rubric = re.split(r"\s+[>›»/|·•]\s+", lines[0])[-1]
    if OBITUARY_RUBRIC.match(rubric) and len(lines) > 1:
        m = HEADLINE_NAME.match(OCCUPATION_BEFORE.sub("", lines[1]))  # ("Le compositeur A Name est mort")
        if m:
            return clean(m.group("name"))
    # a headline that says the death, on one of the first lines (under a site's breadcrumb)
    for line in lines[:6]:
        line = OCCUPATION_BEFORE.sub("", line)  # "Le cinéaste A Name, enfant de X, est mort"
        m = DEATH_OF.match(line) or DIES_HEADLINE.match(line)
        if m and 2 <= len(m.group("name").split()) <= 5:
            return clean(m.group("name"))
    return None


PRESENT_LINE = rx.compile(r"(?:^|\s)(?:presents?|présente|présentent)\s*$", re.I)
FILM_BY_ALONE = rx.compile(r"^(?:a|an|un|une)\s+film\s+(?:by|de|from)$", re.I)
# (what follows "presents" before the title: "in association with", "a Sample Films
# production", "une coproduction ...", never a title that opens with an article: "UNE ANNÉE ...")
AFTER_PRESENT = rx.compile(r"^(?:in|en|with|avec|and|et|in association|en association|"
                           r"(?:a|an|une?)\b(?=.*\b(?:production|coproduction|co-production|film|"
                           r"presentation|présentation)s?\b))\b", re.I)


def _billing_line(text: str) -> bool:
    """Actors' names in columns ('ANN ACTOR    BOB ACTOR    CY ACTOR'), as a title page
    bills them between 'presents' and the title."""
    parts = [p for p in re.split(r"\s{3,}", text.strip()) if p]
    return len(parts) >= 2 and all(2 <= len(p.split()) <= 4 and
                                   all(len(w) >= 2 for w in p.split()) for p in parts)


def billed_over_two(lines, j: int) -> bool:
    """Line j is half of a billing set over two lines, first names over surnames
    ('SOLÈNE        KARIM' / 'DE LA EXEMPLE    MODÈLE'): as many pieces in capitals on
    each, apart."""
    def pieces(text: str) -> list[str]:
        return [p for p in re.split(r"\s{3,}", text.strip()) if p]
    for k in (j, j - 1):
        if 0 <= k < len(lines) - 1:
            a, b = pieces(lines[k]), pieces(lines[k + 1])
            if len(a) == len(b) >= 2 and all(p.isupper() and len(p.split()) == 1 for p in a) \
                    and all(p.isupper() and len(p.split()) <= 3 for p in b):
                return True
    return False


def _one_billed(text: str) -> bool:
    """The last actor of a billing, alone on its line under the others ('  ANN ACTOR')."""
    words = text.split()
    return 2 <= len(words) <= 4 and text.strip().isupper() and \
        not re.search(r"\s{3,}", text.strip()) and all(len(w) >= 2 for w in words)


_ARTICLES = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an", "of",
             "et", "and", "au", "aux", "en", "in", "on", "to", "for", "pour", "sur", "sous", "dans"}


def _billed_one_a_line(block: list[str], below) -> bool:
    """Actors billed one a line on a title page ('ANN ACTOR' / 'BOB ACTOR'): two lines or
    more, each a name in capitals, two of them named again further down (in the cast)."""
    if len(block) < 2 or not all(_one_billed(b) and fold(b).split()[0] not in _ARTICLES for b in block):
        return False  # ("LE SILENCE" / "DES ÉCLUSES": a title on two lines)
    rest = " " + " ".join(fold(t) for t in below) + " "
    return sum(f" {fold(b)} " in rest for b in block) >= 2


def _other_script(text: str) -> bool:
    """Mostly letters that are not Latin (Hangul, Kanji, Arabic, Cyrillic, Greek...)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) > 0x24F for c in letters) * 2 > len(letters)


def _above(lines, j: int) -> str:
    """The last line with text above line j ('ANN ACTOR    BOB ACTOR' over a blank line and
    the third actor, centred under them)."""
    k = j - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return lines[k] if k >= 0 else ""


def _third_billed(lines, j: int) -> bool:
    """'JACQUELINE ACTOR' centred under a blank line below 'ANN ACTOR    BOB ACTOR': one
    more actor billed when it reads as a person's name and the cast names it again below
    (a title in capitals does not: 'HARBOR OF SMALL LIGHTS', 'LE SILENCE')."""
    from .values import looks_like_name
    text = lines[j].strip()
    if not (_one_billed(text) and not lines[j - 1].strip() and _billing_line(_above(lines, j))) or \
            any(w in _ARTICLES for w in fold(text).split()) or not looks_like_name(text.title(), "person"):
        return False
    k = j + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and (FILM_BY_ALONE.match(lines[k].strip()) or FILM_BY_LINE.match(lines[k])):
        return False  # ("MADEMOISELLE SIROCCO" / "un film de": the title, over its director)
    return f" {fold(text)} " in " " + " ".join(fold(t) for t in lines[j + 1:]) + " "


COMPANY_WORD = rx.compile(r"\b(?:FILMS?|PICTURES|PRODUCTIONS?|STUDIOS?|ENTERTAINMENT|MEDIA)\b")


def _companies_billed(lines, j: int) -> bool:
    """'A FILMS et B PRODUCTIONS' in capitals under 'présente': the companies, billed
    above the title when the title's 'un film de ...' follows a few lines below."""
    text = lines[j].strip()
    if not (in_capitals(text) and COMPANY_WORD.search(text)):
        return False
    below = [t for t in lines[j + 1:j + 8] if t.strip()][:3]
    if below and re.match(r"^(?:en|in)\s+(?:co-?production|association)\s+(?:avec|with)\s+\S", below[0].strip(), re.I):
        return True  # "A FILMS" / "en coproduction avec B": the companies, the title further down
    return len(below) >= 2 and not (FILM_BY_LINE.match(below[0]) or FILM_BY_ALONE.match(below[0].strip())) \
        and any(FILM_BY_LINE.match(t) or FILM_BY_ALONE.match(t.strip()) for t in below[1:])


def _recased(doc: Document, title: str) -> str:
    """A title in capitals as the text itself writes it elsewhere in mixed case
    ("HARBOUR OF X" / "2025  Harbour of X"), else in sentence case."""
    if title != title.upper():
        return title
    words = title.split()
    if words:
        pattern = r"(?<![\w'’])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w'’])"
        for m in re.finditer(pattern, doc.text, re.I):
            if m.group(0) != m.group(0).upper() and m.group(0)[0].isupper():
                return re.sub(r"\s+", " ", m.group(0))
    return title_case(title)


def _carried_on(lines, j: int) -> bool:
    """A line that carries on the one above it ("with the support of A FUND," over "the B
    FUND and the C FUND"): the sentence is not over, so the line is no title."""
    above = lines[j - 1].strip() if j else ""
    return bool(lines[j].strip() and re.search(r"(?:,|\s(?:and|et|&|with|avec|of|de|du|des|the|la|le|les))$",
                                               above, re.I))


def _presented(doc: Document) -> tuple[int, str] | None:
    """(line, title) from a title page: the lines under 'present(s)' / 'présente(nt)', past
    any 'in co-production with ...' line, up to the next blank line. Letters spaced out
    ('B R I G H T   H O L L O W') are joined."""
    lines = doc.lines
    for i, text in enumerate(lines[:40]):
        if not PRESENT_LINE.search(text.strip()) or len(text.split()) > 12:
            continue
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or AFTER_PRESENT.match(lines[j].strip())
                                  or _billing_line(lines[j])
                                  or _one_billed(lines[j]) and _billing_line(lines[j - 1])
                                  or _third_billed(lines, j) or _companies_billed(lines, j)
                                  or billed_over_two(lines, j)
                                  or _carried_on(lines, j)):
            if FILM_BY_ALONE.match(lines[j].strip()):  # "a film by" / "ANN DIRECTOR": past the
                j += 1  # director's name, on the lines below, to the title
                while j < len(lines) and not lines[j].strip():
                    j += 1
                j += 1  # one line: "and BOB DIRECTOR" below it is skipped as the loop goes on
                continue
            j += 1
        for _ in range(2):
            block = []
            start = j + 1
            while j < len(lines) and lines[j].strip() and len(block) < 3:
                if block and _other_script(lines[j]) and not _other_script(block[0]):
                    break  # "PERSIMMON / SEASON / 감 따는 계절": the title in its own script below
                if block and re.fullmatch(r"\(.*\)", lines[j].strip()):
                    break  # "(L'Été des chamois)", "(titre international : ...)": another title
                block.append(lines[j].strip())
                j += 1
            if not _billed_one_a_line(block, lines[j:]):
                break
            while j < len(lines) and not lines[j].strip():
                j += 1  # "ANN ACTOR" / "BOB ACTOR" (both in the cast below): the title follows
        title = " ".join(block)
        if re.fullmatch(r"(?:\S(?: |$))+(?:\s{2,}(?:\S(?: |$))+)*", title.strip() + " "):
            title = " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", title))
        title = clean(title)
        words = title.split()
        if 1 <= len(words) <= 12 and not re.match(r"^(?:a|an|un|une)\s+film\b", title, re.I) \
                and not IMAGE_LINE.search(title) and fold(title) not in HEADINGS:
            return start, title
        return None
    return None


FILM_BY_LINE = rx.compile(r"^\s*(?:(?:a|an|un|une)\s+film|(?:a|an|un|une|le|la|the)\s+(?:(?:premier|deuxième|second|"
                          r"nouveau|first|new|debut)\s+)?(?:film|long[- ]métrage|feature(?:\s+film)?))"
                          r"\s+(?:(?:by|de|from)\s+|d['’]\s*)\S", re.I)
COMPANY_LINE = rx.compile(r"\b(?:FILMS?|FİLM|PICTURES|PRODUCTIONS?|PRODUKTION|FILMPRODUKTION|"
                          r"STUDIOS?|ENTERTAINMENT|MEDIA|PRÉSENTE|PRESENTS?)\b|&", re.I)


def _above_film_by(doc: Document) -> tuple[int, str] | None:
    """(line, title) from a title page that has no 'presents' line: the first line of the
    block of short lines just above 'A FILM BY ...' (a second line there is often the title
    in another language), never a line of company names."""
    lines = doc.lines
    for i, text in enumerate(lines[:40]):
        if not FILM_BY_LINE.match(text) or len(text.split()) > 10:
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        end = j
        while j >= 0 and lines[j].strip() and end - j < 3:
            j -= 1
        block = [lines[k].strip() for k in range(j + 1, end + 1)]
        if not block and not any(t.strip() for t in lines[:i]):
            # "UN FILM DE X" heads the page: the title is the first block below it
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k < len(lines) and len(lines[k].split()) <= 20:
                block, j = [lines[k].strip()], k - 1
        if not block or any(len(b.split()) > 10 and not re.fullmatch(r"(?:\S\s{1,3})+\S", b)
                            for b in block):
            return None
        title = block[0]
        if re.fullmatch(r"(?:\S(?: |$))+(?:\s{2,}(?:\S(?: |$))+)*", title + " "):
            title = " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", title))
        title = clean(title)
        if not title or COMPANY_LINE.search(title) or IMAGE_LINE.search(title) or \
                fold(title) in HEADINGS or title.endswith((".", ":")):
            return None
        return j + 2, title
    return None


def context(doc: Document) -> Context:
    film, line, reason = main_film(doc)
    return Context(doc, is_french(doc.text[:20000]), film, line, reason)

"""News reader: a trade paper's item about a film, and the briefs under it.

    A Name starts shoot on 'The Title'; B International boards sales
    By A Writer | 3 March 2025
    Cameras have started rolling on The Title, the fourth feature from director A Name.
    C Name leads the cast as Silas, with D Name as his daughter Hester. E is producing
    for F Pictures. ... director of photography G, editor H and composer I. London-based
    B International has taken worldwide sales. J Distribution will release the film.

A headline that quotes a title over a byline (context.news_headline) is about that film,
and so are the paragraphs under it, up to a heading in capitals ("IN BRIEF", "EN BREF");
a brief is a headline that quotes a title over its paragraph. Their sentences tell the
film's credits the way trade papers do, in English and in French.
"""
from __future__ import annotations

import re

from .. import rx
from ..model import Mention, Value
from ..text import UPPER, clean, fold, parse_money, split_names
from .context import NEWS_BYLINE, Context, headline, news_headline
from .filmography import PAGE_FURNITURE
from .prose import PERSON, sentences
from .values import BODY, _person_shaped, add_labelled, label_key, looks_like_name, names, strip_descriptor

NAME = "news"

# where an item ends: a heading in capitals, a web page's links ("Related articles",
# "À lire aussi"), the paper's footer
_END = rx.compile(r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{2,30}|©.*)$")
_CHAR = rf"[{UPPER}][\w'’-]+(?:\s+(?:[{UPPER}][\w'’-]+|de|du|des|von|van|le|la)){{0,3}}"
# names up to the clause's end: "Aldcroft and Judith Ashgrove, her co-writer on ..."
_LIST = rf"(?P<list>[{UPPER}][^.;:()]*?)(?=\s*,\s+(?![{UPPER}])|\s*[.;:(]|\s+(?:who|qui|déjà|already)\b|\s*$)"
_BODY = rf"(?P<body>[{UPPER}][^,;.()]*?)"
_WHO = rf"(?P<who>{PERSON})"

DIRECTOR = rx.compile(r"\b(?:feature|film|movie|documentary|picture|drama|comedy|thriller)\s+(?:from|by)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:director|filmmaker|writer-director|helmer|auteur)\s+" + _WHO)
DIRECTOR_FR = rx.compile(r"\b(?:(?:long|court|moyen)[- ]métrage|film|documentaire)\s+(?:de\s+|d['’])\s*" + _WHO)
HEADLINE_DIRECTOR = rx.compile(r"^" + _WHO + r"\s+(?:starts?\s+(?:shoot(?:ing)?|filming|production|principal\s+"
                               r"photography)\s+on|begins?\s+(?:shooting|filming)|wraps(?:\s+shoot\s+on)?|"
                               r"to\s+(?:direct|shoot)|tourne|commence\s+le\s+tournage\s+(?:de|du|d['’])|"
                               r"achève\s+le\s+tournage\s+(?:de|du|d['’]))\s")
LEADS = rx.compile(r"^" + _WHO + r"\b[^.]*?\b(?:leads|heads|headlines|fronts|will\s+lead|will\s+head)\s+the\s+"
                   r"(?:[a-z]+\s+)?cast(?:\s+as\s+(?P<char>" + _CHAR + r"))?")
# (a part described before its name: "as the island's postmistress Úna", "plays Orla's son Fionn")
_PART = r"(?:(?:the|his|her|their|a|an)\s+)?(?:[" + UPPER + r"]?[\w-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?"
STARS_AS = rx.compile(r"(?:^|,\s+and\s+(?:[a-z-]+\s+)?|;\s+)" + _WHO + r",?\s+(?:[^.]*?,\s+)?(?:stars|will\s+star|"
                      r"co-stars|will\s+co-star|plays|will\s+play|y\s+incarne|"
                      r"incarne|y\s+interprète|interprète|y\s+joue|y\s+campe|campe|incarnera|interprétera)\s+"
                      r"(?:as\s+)?" + _PART + r"(?P<char>" + _CHAR + r")")
WITH_AS = rx.compile(r"\bwith\s+" + _WHO + r"\s+as\s+(?:(?:his|her|their|the|a|an)\s+(?:[\w-]+['’]s\s+)?(?:[a-z-]+\s+){0,3})?"
                     r"(?P<char>" + _CHAR + r")")
TITLE_ROLE = rx.compile(_WHO + r"\s+(?:y\s+)?(?:tient|tiendra|plays|takes|will\s+play)\s+(?:le\s+rôle[- ]titre|"
                        r"the\s+title\s+role)")
COMPLETE = rx.compile(r"^(?P<list>.+?)\s+(?:complete|completes|round\s+out|rounds\s+out|complètent|complète)\s+"
                      r"(?:the\s+(?:[a-z]+\s+)?cast|la\s+distribution|le\s+casting|la\s+troupe)\b")
STARRING = rx.compile(r"\b(?:starring|featuring)\s+" + _LIST)
WITH_FR = rx.compile(r"^[^,]{0,120}?,\s+avec\s+(?P<list>[^,]+?),")
DESCRIBED = rx.compile(r"^(?:(?:the|le|la|les|l['’])\s+)?(?:[a-zà-ÿ-]+\s+){1,2}(?=[" + UPPER + "])")
LIST_DESCRIBED = rx.compile(r"(?:(?<=,\s)|(?<=\bet\s)|(?<=\band\s)|^)(?:(?:le|la|les|l['’]|the)\s+)?"
                            r"(?:[a-zà-ÿ-]+\s+){1,2}(?=[" + UPPER + "])")
SCRIPT = rx.compile(r"\b(?:[Tt]he\s+)?(?:screenplay|script)\s+(?:is|was|will\s+be|has\s+been)\s+"
                    r"(?:(?:written|penned|co-written)\s+)?by\s+" + _LIST + "|"
                    r"\b[Ll]e\s+scénario\s+(?:est\s+|a\s+été\s+|sera\s+)?(?:signé|écrit|cosigné|coécrit)\s+"
                    r"(?:par\s+)?" + _LIST.replace("list", "list2"))
PRODUCING_FOR = rx.compile(r"^" + _WHO + r"\s+(?:is|are|will\s+be)\s+(?P<role>producing|co-producing)\s+"
                           r"(?:for|through|via)\s+" + _BODY + r"(?=[,.;]|\s+(?:which|and|who)\b|$)"
                           # "... and B Name for Dublin's C Films": a second producer, for their company
                           r"(?:\s+and\s+(?P<who2>" + PERSON + r")\s+(?:for|through|via)\s+"
                           r"(?P<body2>[" + UPPER + r"][^,;.()]*?)(?=[,.;]|\s+(?:which|and|who)\b|$))?")
# who directs, writes, shoots, edits or scores it, said of them: "A Name is to direct T", "B
# has written the screenplay", "C is director of photography, D will edit and E is composing
# the score"
WILL_DIRECT = r"(?:is|are)\s+(?:set\s+|due\s+|attached\s+)?to\s+(?:direct|helm)|will\s+(?:direct|helm)|is\s+directing"
DOES = rx.compile(r"(?:^|[:;,]\s+|\band\s+)" + _WHO + r"\s+(?:(?P<screenwriter>has\s+written|wrote|is\s+writing|will\s+write|"
                  r"has\s+penned|penned)\s+(?:the\s+)?(?:screenplay|script)|"
                  r"(?:is|will\s+be|serves\s+as)\s+(?:the\s+)?(?:film['’]s\s+)?(?P<role>director\s+of\s+photography|"
                  r"cinematographer|DoP|editor|production\s+designer|composer|costume\s+designer|casting\s+director)|"
                  r"(?P<editor>will\s+edit|is\s+editing|edits)\b|"
                  r"(?P<composer>is\s+composing|will\s+compose|composes|is\s+writing|will\s+write)\s+the\s+(?:score|music))")
BUDGET = rx.compile(r"\b(?:[Tt]he|[Aa])\s+(?P<money>[£$€]\s?\d[\d.,]*\s*(?:million|m|bn|billion)?)\s+"
                    r"(?:production|film|feature|project|drama|thriller|comedy)\b")
WHO_OF = rx.compile(r"(?:^|;\s+|,\s+and\s+)" + _WHO + r"\s+of\s+" + _BODY + r"\s+(?:is|are|will\s+be|serves\s+as)\s+"
                    r"(?:the\s+)?(?P<role>co-producer|co-producing|executive\s+producer|executive\s+producing|"
                    r"line\s+producer|producer|producing)\b")
PRODUCED_BY = rx.compile(r"\bproduced\s+by\s+" + _LIST + r"|\bproduit\s+par\s+(?P<fr>[^.;]+)")
COPRODUCTION_FR = rx.compile(r",?\s+en\s+co-?production\s+avec\s+")
DEMONYM = rx.compile(r"\b(?:(?:le|la|les)\s+|l['’]\s*)(?:[a-zà-ÿ]+\s+|[" + UPPER + r"][a-zà-ÿ]+\s+(?:de|d['’])\s*)(?=[" +
                     UPPER + "])")
FINANCED = rx.compile(r"\b(?:financed|funded|backed|co-financed|supported)\s+by\s+(?:the\s+)?" + _LIST)
PROVIDING = rx.compile(r"\bwith\s+(?:the\s+)?" + _BODY + r"\s+(?:providing|putting\s+up|contributing|supplying)\b")
BENEFITS = rx.compile(r"\b(?:bénéficie|bénéficiera|a\s+bénéficié|a\s+reçu|reçoit|est\s+soutenu|est\s+financé)\s+"
                      r"(?P<rest>[^.]+)")
FROM_BODY = rx.compile(r"(?:\bdu|\bde\s+la|\bde\s+l['’]|\bdes|\bde|\bd['’]|\bpar)\s*(?P<body>[" + UPPER +
                       r"][\w'’-]*(?:\s+(?:[" + UPPER + r"][\w'’-]*|de|du|des|d['’][\w-]+)){0,5})")
ROLE_NAME = rx.compile(r"(?:^|:\s*|,\s*|\band\s+|\bwith\s+|\bet\s+)(?P<role>director\s+of\s+photography|"
                       r"cinematographer|DoP|editor|production\s+designer|composer|costume\s+designer|"
                       r"sound\s+designer|casting\s+director|line\s+producer|co-writer|screenwriter)\s+" + _WHO)
AT_ROLE_FR = rx.compile(_WHO + r"\s+(?:à\s+l['’]|au\s+|aux\s+|à\s+la\s+)(?P<role>image|montage|musique|son|décors|"
                        r"costumes|scénario|casting|mixage)\b")
GIVEN_TO_FR = rx.compile(r"\b[Ll][ae]s?\s+(?P<role>décors|costumes|musique|image|montage|photographie)\s+"
                         r"(?:sont|est|seront|sera)\s+(?:confiée?s?|signée?s?)\s+(?:à\s+|par\s+)?" + _WHO)
SALES = rx.compile(r"(?:^|;\s+)" + _BODY + r"(?:,\s+[^.]*?,)?\s+(?:has\s+taken|have\s+taken|takes|boards|has\s+boarded|"
                   r"is\s+handling|will\s+handle|handles|has\s+picked\s+up|picks\s+up|is\s+selling|"
                   r"assure|assurera|gère|gérera|a\s+pris|prend|s['’]occupe(?:ra)?\s+des)\s+(?:les\s+)?"
                   r"(?:(?:worldwide|international|world|foreign|global)\s+)?(?:sales|ventes\s+(?:internationales|"
                   r"à\s+l['’]international|mondiales))\b|"
                   r"(?:^|;\s+)" + _BODY.replace("body", "body2") + r"\s+(?:is\s+handling|will\s+handle|handles)\s+"
                   r"(?:worldwide|international|world|foreign|global)\s+rights\b")
RIGHTS = rx.compile(r"^" + _BODY + r"\s+(?:has\s+|have\s+|a\s+)?(?:acquired|acquires|picked\s+up|takes|taken|"
                    r"acquis|acquiert)\s+(?:les\s+)?(?P<what>[^.]{0,60}?)\s*(?:rights|droits)\b(?P<rest>[^.]*)")
FROM_SELLER = rx.compile(r"\bfrom\s+(?:the\s+)?" + _BODY + r"(?=[.,;]|$)|\bauprès\s+(?:de|du|d['’])\s*" +
                         _BODY.replace("body", "body2") + r"(?=[.,;]|$)")
RELEASES = rx.compile(r"(?:^|;\s+)" + _BODY + r"\s+(?:will\s+(?:release|distribute)|is\s+(?:releasing|distributing)|"
                      r"releases|distributes|sortira|distribuera|distribue|sort)\s+(?:the\s+film|it|le\s+film)\b")
DISTRIBUTOR_FR = rx.compile(r"\b(?:son|leur|le)\s+distributeur,?\s+" + _BODY + r"(?=[.,;]|$)")
HEADLINE_BODY = rx.compile(r"^" + _BODY + r"\s+(?:s['’]empare\s+(?:de|du|d['’])|acquiert|boards|takes|picks\s+up|"
                           r"acquires|nabs|lands|snaps\s+up)\s")
SELLER_WORDS = rx.compile(r"\b(?:vendeur|vendeuse|sales\s+(?:agent|company|outfit)|ventes|international|"
                          r"internationaux|worldwide|world|mondiaux)\b", re.I)


def items(ctx: Context) -> list[tuple[Mention, int, list[tuple[int, str]]]]:
    """(film, headline line, [(line, text)] of its body) for the item and each brief."""
    found = news_headline(ctx.doc)
    if found is None:
        return []
    lines = ctx.doc.lines
    out = []
    n, title = found
    film = ctx.film if ctx.film is not None and fold(ctx.film.name) == fold(title) else \
        Mention("film", clean(title), None, local=f"{NAME}:{n}")
    body: list[tuple[int, str]] = [(n, lines[n - 1].strip())]
    i = n
    while i < len(lines):
        text = lines[i].strip()
        i += 1
        if not text or NEWS_BYLINE.match(text):
            continue
        if _END.match(text) or PAGE_FURNITURE.match(text):
            break
        body.append((i, text))
    out.append((film, n, body))
    # the briefs: a headline quoting a title, its paragraph on the lines under it
    while i < len(lines):
        text = lines[i].strip()
        i += 1
        title = headline(text) if text else None
        if not title or i >= len(lines) or not lines[i].strip() or (i >= 2 and lines[i - 2].strip()):
            continue
        start = i
        para = []
        while i < len(lines) and lines[i].strip():
            para.append((i + 1, lines[i].strip()))
            i += 1
        if sum(len(t.split()) for _, t in para) >= 10:
            out.append((Mention("film", clean(title), None, local=f"{NAME}:{start}:{fold(title)}"),
                        start, [(start, text)] + para))
    return out


def read(ctx: Context) -> None:
    for film, n, body in items(ctx):
        _Item(ctx, film).read(body)


class _Item:
    def __init__(self, ctx: Context, film: Mention):
        self.ctx = ctx
        self.film = film
        self.people: list[str] = []  # the item's people named in full, for a surname alone
        self.named: list[str] = []  # every name in full the item's text gives

    def add(self, prop: str, obj: Mention, line: int, quals: tuple = ()) -> None:
        if obj.kind == "person":
            name = self.full(obj.name)
            if not looks_like_name(name) or not _person_shaped(name):
                return
            obj = Mention("person", name)
            if len(name.split()) >= 2 and name not in self.people:
                self.people.append(name)
        elif not looks_like_name(obj.name, "organization"):
            return
        self.ctx.add(self.film, prop, obj, line, NAME, quals)

    def full(self, name: str) -> str:
        """A surname alone ('The screenplay is by Aldcroft and B') is the item's person of
        that surname named in full before."""
        if len(name.split()) != 1:
            return name
        found = {p for p in self.people if p.split()[-1] == name} or \
            {p for p in self.named if p.split()[-1] == name}
        return found.pop() if len(found) == 1 else name

    def person(self, prop: str, who: str, line: int, char: str | None = None) -> None:
        who = clean(DESCRIBED.sub("", clean(who)))
        quals = (("character", clean(char)),) if char else ()
        self.add(prop, Mention("person", who), line, quals)

    def people_in(self, prop: str, text: str, line: int) -> None:
        # "A, B et le jeune C", "A and newcomer B": what each is, before the name
        text = LIST_DESCRIBED.sub("", text)
        for part in split_names(text, True):
            part = clean(DESCRIBED.sub("", part))
            if part and not BODY.search(part):
                self.person(prop, part, line)

    def bodies(self, prop: str, text: str, line: int) -> None:
        for name, _ in names(clean(DEMONYM.sub("", text)), self.ctx, "organization"):
            name = strip_descriptor(name)
            if name:  # (the role says it is a body, whatever shape its name has)
                self.add(prop, Mention("organization", name), line)

    def read(self, body: list[tuple[int, str]]) -> None:
        head_line, head = body[0]
        self.named = list(dict.fromkeys(
            clean(m.group(0)) for _, t in body for m in re.finditer(PERSON, t)
            if len(m.group(0).split()) >= 2 and looks_like_name(clean(m.group(0)), "person")))
        m = HEADLINE_DIRECTOR.match(head)
        if m:
            self.person("director", m.group("who"), head_line)
        seller = HEADLINE_BODY.match(head)
        for part in re.split(r"\s*;\s*", head)[1:]:
            self.sentence(part, head_line)
        # the paragraphs: sentences across the lines of each
        text, where = "", []
        for line, t in body[1:] + [(0, "")]:
            if t and text and where and line == where[-1][1] + 1:
                where.append((len(text) + 1, line))
                text += " " + t
                continue
            for start, sent in sentences(text) if text else ():
                at = max((ln for off, ln in where if off <= start), default=where[0][1])
                self.sentence(sent, at, seller)
            text, where = t, [(0, line)]

    def sentence(self, sent: str, line: int, seller: re.Match | None = None) -> None:
        film = self.film
        for m in DIRECTOR.finditer(sent):
            self.person("director", m.group("who"), line)
        if re.search(r"\b(?:premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|"
                         r"huitième|neuvième|dixième|nouveau|prochain|dernier)\s+(?:long|court|film)", sent):
            for m in DIRECTOR_FR.finditer(sent):
                self.person("director", m.group("who"), line)
        owned = re.search(_WHO + r"['’]s\s+" + re.escape(film.name) + r"\b", sent)
        if owned:
            self.person("director", owned.group("who"), line)
        for pattern in (LEADS, STARS_AS, WITH_AS):
            for m in pattern.finditer(sent):
                self.person("cast", m.group("who"), line, m.groupdict().get("char"))
        for m in TITLE_ROLE.finditer(sent):
            self.person("cast", m.group("who"), line)
        for m in re.finditer(_WHO + r"\s+(?:" + WILL_DIRECT + r")\s+(?:the\s+film\b|it\b|" +
                             re.escape(film.name) + ")", sent):
            self.person("director", m.group("who"), line)
        for m in DOES.finditer(sent):
            key = "screenwriter" if m.group("screenwriter") else "editor" if m.group("editor") else \
                "composer" if m.group("composer") else label_key(m.group("role"))
            if key:
                self.person(key, m.group("who"), line)
        m = BUDGET.search(sent)
        found = parse_money(m.group("money")) if m else None
        if found and float(found[0]) >= 10000:
            self.ctx.add(film, "budget", Value("money", found[0], found[1]), line, NAME)
        for pattern in (COMPLETE, STARRING, WITH_FR):
            m = pattern.search(sent)
            if m and pattern is STARRING and re.search(r"\(\d{4}\)\s*,?\s*$", sent[:m.start()]):
                continue  # ("Her last film, U (2020), starring A": another film's cast)
            if m:
                self.people_in("cast", m.group("list"), line)
        m = SCRIPT.search(sent)
        if m:
            self.people_in("screenwriter", m.group("list") or m.group("list2"), line)
        m = PRODUCING_FOR.match(sent)
        if m:
            for who, body in ((m.group("who"), m.group("body")), (m.group("who2"), m.group("body2"))):
                if who:
                    self.person("co_producer" if m.group("role").startswith("co") else "producer", who, line)
                    self.bodies("production_company", re.sub(r"^[" + UPPER + r"][\w-]*['’]s\s+", "", body), line)
        for m in WHO_OF.finditer(sent):
            role = m.group("role")
            key = "co_producer" if role.startswith("co") else "executive_producer" \
                if role.startswith("executive") else "production_manager" if role.startswith("line") else "producer"
            self.person(key, m.group("who"), line)
            if key != "executive_producer":  # (an executive producer's company may be the distributor)
                self.bodies("production_company", m.group("body"), line)
        m = PRODUCED_BY.search(sent)
        if m:
            value = m.group("list") or re.split(r"\s+et\s+(?!(?:le|la|les|l['’]|du|des|de)\b)(?=[a-zà-ÿ])|,\s+(?=[a-zà-ÿ](?!n\s+co))", m.group("fr"))[0]
            made, co = (COPRODUCTION_FR.split(value, maxsplit=1) + [""])[:2]
            add_labelled(self.ctx, film, "producer", clean(DEMONYM.sub("", made)), line, NAME)
            if co:
                add_labelled(self.ctx, film, "production_company", clean(DEMONYM.sub("", co)), line, NAME)
        m = FINANCED.search(sent)
        if m:
            self.bodies("funder", m.group("list"), line)
        for m in PROVIDING.finditer(sent):
            self.bodies("funder", m.group("body"), line)
        m = BENEFITS.search(sent)
        if m:
            for b in FROM_BODY.finditer(m.group("rest")):
                self.bodies("funder", b.group("body"), line)
        for m in ROLE_NAME.finditer(sent):
            key = label_key(m.group("role").replace("co-writer", "screenwriter"))
            if key:
                self.person(key, m.group("who"), line)
        for pattern in (AT_ROLE_FR, GIVEN_TO_FR):
            for m in pattern.finditer(sent):
                key = label_key(m.group("role"))
                if key:
                    self.person(key, m.group("who"), line)
        m = SALES.search(sent)
        if m:
            self.bodies("sales_agent", m.group("body") or m.group("body2"), line)
        m = RIGHTS.match(sent)
        if m:
            who = m.group("body")
            if not looks_like_name(clean(who), "organization") or re.match(r"(?:The|Le|La|Les)\s+[a-zà-ÿ]", who):
                who = seller.group("body") if seller else ""  # "Le vendeur nantais a acquis ..."
            key = "sales_agent" if SELLER_WORDS.search(m.group("what") + m.group("rest")[:25]) else "distributor"
            if who:
                self.bodies(key, who, line)
            s = FROM_SELLER.search(m.group("rest"))
            if s:
                self.bodies("sales_agent", s.group("body") or s.group("body2"), line)
        m = RELEASES.search(sent)
        if m:
            self.bodies("distributor", m.group("body"), line)
        for m in DISTRIBUTOR_FR.finditer(sent):
            self.bodies("distributor", m.group("body"), line)

"""Companies reader: the closing paragraph of a press kit that names the bodies behind a film.

    An A, B and C coproduction. With the participation of D, E and F. In association
    with the Sofica G. With the support of H. Original soundtrack released by I.

Each sentence opens with a role phrase from the role table (organization roles), or has
the "A, B and C coproduction" shape; what follows, to the sentence's end or the next role
phrase, is a list of bodies.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import rx, vocab
from ..model import Mention
from . import infobox
from .context import Context, article_company
from ..text import fold, split_names
from .values import BODY, _person_shaped, label_key, looks_like_name, names

NAME = "companies"
COPRODUCTION = rx.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Aa]n?|Une?)\s+(?P<list>[A-ZÀ-Þ][^.]+?)\s+(?:co-?production|production|CO-?PRODUCTION|PRODUCTION)\b")
# "A BELLWETHER PICTURES RELEASE": the body that releases the film
RELEASE = rx.compile(r"(?:^|(?<=[.!?]\s))(?:[Aa]n?)\s+(?P<list>[A-ZÀ-Þ][^.]+?)\s+(?:release|RELEASE)\s*(?:$|\.)")
# a credit block's "Released by A FILM DISTRIBUTORS LTD" (not a soundtrack's "... released by")
RELEASED_BY = rx.compile(r"(?<![a-zà-ÿ,]\s)(?<![a-zà-ÿ,])\b(?:Released|RELEASED)\s+(?:by|BY)\s+(?P<list>[A-ZÀ-Þ][^.]+?)\s*(?:$|\.)")
# "Produced by A Films (Canada)": bodies produce too; a person's name is the credits'
PRODUCED_BY = rx.compile(r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<label>(?:Produced|Co-?produced|Produit|Coproduit)\s+(?:by|par)|"
                         r"(?:Co-?produced|Coproduit)\s+(?:with|avec))\s+")
# "Distributed in Ireland and the UK by A Releasing": where, then the body
DISTRIBUTED_IN = rx.compile(r"(?:^|(?<=[.;]\s)|(?<=\n))(?:Distributed|Released|Distribué|Distribuée?s?)\s+(?:in|en|au|aux|across)\s+"
                            r"[^.;]{2,60}?\s+(?:by|par)\s+(?P<list>[A-ZÀ-Þ][^.;]+)")
# a sentence of its own that is a label and a list: "Distribution en Belgique : A."
LABELLED = rx.compile(r"(?:^|(?<=[.!?]\s))(?P<label>[A-ZÀ-Þ][\w'’ -]{2,40}?)\s*:\s*"
                      r"(?P<list>[A-ZÀ-Þ][^.:]*?)\.(?=\s|$)")
# "a Canada–France co-production between A (Halifax) and B (Paris)"
BETWEEN = rx.compile(r"\bco-?production\s+(?:between|of|by|de|entre)\s+(?P<list>[A-ZÀ-Þ][^.]+)", re.I)
# "A and B present", "A et B présentent": the bodies that present the film
PRESENT = rx.compile(r"(?:^|(?<=[.!?]\s))(?P<list>[A-ZÀ-Þ][^.]{2,200}?)\s+(?:presents?|présentent|présente)\b")
DESCRIBED = rx.compile(r"\b(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*(?:[a-zà-ÿ-]+\s+)?(?:broadcaster|company|"
                       r"société|diffuseur|chaîne|studio|distributor|distributeur)\s+(?:[a-zà-ÿ-]+\s+)?"
                       r"(?=[A-ZÀ-Þ])")
OWNED_BY = rx.compile(r"(?<!\bLes\s)(?<!\bLe\s)(?<!\bLa\s)(?<!\bThe\s)(?P<body>\b(?:Productions?|Films|Pictures|Studios?|Images|Cinéma|Media|Entertainment))"
                     r"\s+(?:de|d['’]|of)\s*[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+(?:-[\w'’-]+)?\b")
FRENCH_COPRODUCTION = rx.compile(r"\bune\s+(?:co-?production)\s+(?P<list>[^.]+)", re.I)


@lru_cache(maxsize=None)
def _phrases() -> re.Pattern:
    """Role phrases of two words or more for bodies: 'with the participation of', ..."""
    labels = {lab for r in vocab.roles().values() if r.object == "organization"
              for lab in r.labels if len(lab.split()) >= 2}
    def variants(lab: str) -> str:
        # "avec le soutien de" is also "avec le soutien du / de la / des / de l'"
        if lab.endswith(" de"):
            return re.escape(lab[:-3]) + r"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])"
        return re.escape(lab)
    alt = "|".join(variants(lab) for lab in sorted(labels, key=len, reverse=True))
    # a phrase may stand mid-sentence: "A (Canada) in coproduction with B"
    return rx.compile(rf"(?:^|(?<=\s))(?P<label>{alt})\b\s*(?!:)", re.I)


def _paragraphs(ctx: Context):
    """(text, where) for each blank-line separated paragraph: where[i] is the line number of
    the text's character i (a _Where, not a list of one number per character)."""
    buf: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    size = 0
    for n, line in enumerate(ctx.doc.lines + ("",), 1):
        if line.strip():
            piece = line.strip() + " "
            buf.append(piece)
            starts.append(size)
            numbers.append(n)
            size += len(piece)
            continue
        if buf:
            yield "".join(buf), _Where(starts, numbers, size)
        buf, starts, numbers, size = [], [], [], 0


def _lined(text: str, where) -> str:
    """The paragraph's text with a newline for the space that ends each of its lines."""
    starts = set(where.starts[1:])
    return "".join("\n" if k + 1 in starts and ch == " " else ch for k, ch in enumerate(text))


class _Where:
    """The line number of each character of a paragraph, as a sequence of them would give it
    (indexing, negative indexing, len; iterating gives each line once, which is all a set of
    them needs)."""

    __slots__ = ("starts", "numbers", "size")

    def __init__(self, starts: list[int], numbers: list[int], size: int):
        self.starts, self.numbers, self.size = starts, numbers, size

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("paragraph index out of range")
        return self.numbers[bisect_right(self.starts, i) - 1]

    def __iter__(self):
        return iter(self.numbers)


# a company's filmography note: "Co-production with A Films", "(coproduction avec A et B)",
# "production déléguée : C Productions"
CO_NOTE = rx.compile(r"\b(?:co-?production|coproduction)\s+(?:with|avec)\s+(?P<list>[A-ZÀ-Þ][^;()]*)|"
                     r"\bproduction\s+déléguée\s*:\s*(?P<list2>[A-ZÀ-Þ][^;()]*)", re.I)


def _company_films(ctx: Context) -> None:
    """In an article about a company, the films its filmography lists are the company's
    (made or distributed), and the bodies a note names beside them made them too."""
    found = article_company(ctx)
    if found is None:
        return
    name, role = found
    body = Mention("organization", name)
    films = {}
    for c in ctx.claims:
        if c.evidence.extractor in ("filmography", "tables") and c.subject.kind == "film":
            films.setdefault((c.subject, c.evidence.line), None)
    for film, line in films:
        ctx.add(film, role, body, line, NAME)
        for m in CO_NOTE.finditer(ctx.doc.line(line)):
            for n, _ in names((m.group("list") or m.group("list2")).strip(" .,"), ctx, "organization"):
                if fold(n) != fold(name):
                    ctx.add(film, "production_company", Mention("organization", n), line, NAME)


def read(ctx: Context) -> None:
    _company_films(ctx)
    about = ctx.memo.get("prose.films", {})
    if ctx.film is None:  # a document about no one film: only its entries about a film it names
        entries = ctx.memo.get("prose.entries", set())
        about = {k: f for k, f in about.items() if k in entries}
        if not about:
            return
    pattern = _phrases()
    boxed = {n for a, b in infobox.blocks(ctx) for n in range(a, b + 1)}
    todo = list(_paragraphs(ctx))
    while todo:
        text, where = todo.pop(0)
        if boxed.intersection(where):
            continue  # an infobox: the infobox reader's
        # (a related article's paragraph, perhaps under its title's line: its film's)
        film = next((about[k] for k in where.numbers[:2] if k in about), ctx.film)
        if film is None:
            continue
        if text.count(" / ") >= 3 or text.count(" • ") >= 3:
            # credits run on: each part a sentence of its own (same length, same offsets)
            text = re.sub(r" [/•] ", " . ", text)
        lines = set(where)
        colon_lines = {n for n in lines if ":" in ctx.doc.line(n)}
        entry = where.numbers[0] in ctx.memo.get("prose.entries", ())  # "T (A, 1979) : ...", prose
        if not entry and (len(colon_lines) * 2 > len(lines) and text.count(":") >= text.count(".")) \
                or len(text) > 3000:
            # a run of "Label: value" credit lines: the credits reader's, but for a line
            # without a label among them ("Avec la participation du Fonds X et de la Région Y")
            if len(lines) > 1 and len(text) <= 3000:
                todo[:0] = [(t + " ", _Where([0], [n], len(t) + 1)) for n in sorted(lines - colon_lines)
                            if (t := ctx.doc.line(n).strip())]
            continue
        # (a line's start is a sentence's in a block of credits: "Producer: A" / "A B Films
        # production in co-production with C"; "\n" keeps each offset where it was)
        lined = _lined(text, where)
        hits = list(pattern.finditer(text)) + list(PRODUCED_BY.finditer(lined))
        hits.sort(key=lambda m: m.start())
        copro = COPRODUCTION.search(lined) or FRENCH_COPRODUCTION.search(text) or \
            BETWEEN.search(text) or PRESENT.search(text)
        for m in list(RELEASE.finditer(text)) + list(RELEASED_BY.finditer(text)) + list(DISTRIBUTED_IN.finditer(lined)):
            _bodies(ctx, film, "distributor", m.group("list"), where[m.start("list")], bodies_only=True)
        if not hits and not copro:
            continue
        if copro:
            # the list ends where the next role phrase starts ("..., en coproduction avec")
            stop = min((m.start() for m in hits if m.start() > copro.start("list")),
                       default=copro.end("list"))
            listed = text[copro.start("list"):min(stop, copro.end("list"))]
            # "une coproduction belgo-luxembourgeoise de A et B"
            listed = re.sub(r"^(?:[\w-]+\s+)?(?:de|d['’])\s*(?=[A-ZÀ-Þ])", "", listed)
            distributing = r"\bdistribution\b|\bdistributors?\b|\breleasing\b"
            if copro.re is PRESENT and re.search(distributing, listed, re.I):
                # "A RELEASING and B FILMS present": the distributor, and the company that made it
                for part in split_names(listed, ctx.french, bodies=True):
                    key = "distributor" if re.search(distributing, part, re.I) else "production_company"
                    _bodies(ctx, film, key, part, where[copro.start("list")], bodies_only=True)
            else:
                _bodies(ctx, film, "production_company", listed, where[copro.start("list")],
                        bodies_only=copro.re is PRESENT)
        for m in LABELLED.finditer(text):  # "Distribution en Belgique : A."
            key = label_key(m.group("label")) or label_key(m.group("label").split()[0])
            if key and key in vocab.roles() and vocab.role(key).object == "organization":
                _bodies(ctx, film, key, m.group("list"), where[m.start("list")])
        for k, m in enumerate(hits):
            end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
            stop = re.search(r"\.(?:\[\d{1,3}\])*(?:\s|$)", text[m.end():end])  # (a note's mark: ".[5] Next")
            chunk = text[m.end(): m.end() + stop.start()] if stop else text[m.end():end]
            label = re.sub(r"\s+(?:de\s+la|de\s+l['’]|des|du|d['’])\s*$", " de", m.group("label").strip(),
                           flags=re.I)  # ("AVEC L'AIDE DU ...": in capitals too)
            if m.re is PRODUCED_BY and "\n" in lined[m.start("label"):m.end()]:
                continue  # "Produit par" alone on its line, the names under it: the credits reader's
            if m.re is PRODUCED_BY and re.search(r"(?:with|avec)$", m.group("label")) and not BODY.search(chunk):
                continue  # "Coproduit avec la France et le Burkina Faso": nations, no bodies
            if m.re is PRODUCED_BY and lined[m.start() - 1:m.start()] == "\n":
                # "Produit par Les Films X" / "Blu-ray — EAN ...": a line's end ends the
                # bodies, unless the list runs on ("A, B and" / "C")
                lined_chunk = lined[m.end(): m.end() + len(chunk)]
                for cut in re.finditer(r"\n", lined_chunk):
                    if not re.search(r"(?:,|\b(?:and|et|&|de|of|for|pour|with|avec|the|la|le|les|du|des|l['’]))\s*$",
                                     lined_chunk[:cut.start()]):
                        chunk = chunk[:cut.start()]
                        break
            lined_chunk = lined[m.end(): m.end() + len(chunk)]
            if m.re is not PRODUCED_BY and re.match(r" *:? *\n", lined_chunk):
                # "Sociétés de production :" alone on its line, a body on each line under it
                chunk = ", ".join(p.strip() for p in lined_chunk.lstrip(" :").split("\n") if p.strip())
            key = "production_company" if m.re is PRODUCED_BY else label_key(label)
            if key:
                _bodies(ctx, film, key, chunk, where[min(m.start(), len(where) - 1)],
                        bodies_only=m.re is PRODUCED_BY)


def _bodies(ctx: Context, film: Mention, key: str, chunk: str, line: int,
            bodies_only: bool = False) -> None:
    chunk = re.sub(r"(?:,|\s+(?:and|et|&))\s*$", "", chunk.strip())  # "A and" / "with the support of B"
    if bodies_only:  # "Produced by A Person for A Company"
        chunk = re.sub(r"\s+(?:for|pour)\s+", ", ", chunk)
        bracketed = [b for b in re.findall(r"\(([^()]+)\)", chunk) if BODY.search(b)]
        if bracketed:  # "Produit par A Person (Les Ateliers X) B Person (Studio Y)"
            chunk = ", ".join(bracketed)
    chunk = re.split(r"\s+(?:presents?|présentent|présente)\b", chunk, flags=re.I)[0]  # "A present a film"
    # "... Fonds Y" / "Distribution France : Z": the next line's label ends the list
    # (a label is not in capitals: "FONDS SUD HORIZONS International sales: X" ends at "International")
    # ("UK & Ireland distribution: Z": the label's first place in capitals is the label's)
    chunk = re.split(r"\s+(?=(?:[A-Z]{2,}\s+(?:&|and|et)\s+)?(?![A-Z]{2,}\b)[A-ZÀ-Þ][\w'’-]*(?:\s(?![A-Z]{2,}\b)[\w'’-]+){0,2}\s?:\s)", chunk)[0]
    # "A et la société belge B", "A and the broadcaster B": the bodies without what they are
    chunk = DESCRIBED.sub("", chunk)
    # "Versant Nord Productions de Pieter Claessens": the company, not who runs it ("Les
    # Films de Jean Exemple" is a company's whole name)
    chunk = OWNED_BY.sub(r"\g<body>", chunk)
    # "A and B, and the film was made ...": the sentence goes on about something else
    chunk = re.split(r",\s+(?:and|et|but|mais)\s+(?=(?:the|le|la|les|il|elle|it)\s+[a-zà-ÿ])", chunk)[0]
    # "A et d'une coproduction belge", "A and a grant": no body's name after the "et"
    chunk = re.split(r"\s+(?:et|and)\s+(?:d['’]\s*|de\s+|du\s+|des\s+)?(?:une?|la|le|les|an?|the)\s+[a-zà-ÿ]", chunk)[0]
    # "A Films et avec B": one list of bodies
    chunk = re.sub(r"\s+(?:et|and)\s+(?:avec|with)\s+", " et " if ctx.french else " and ", chunk)
    # "the production company X with A Person": the body, not the person it was founded with
    chunk = re.split(r"\s+(?:with|avec)\s+(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])", chunk)[0]
    # "les SOFICA Cinéfinance 8 et Sofidoc 5": funds numbered by the year they were raised
    sofica = re.match(r"^(?:les\s+|la\s+)?SOFICAS?\s+", chunk, re.I)
    chunk = chunk[sofica.end():] if sofica else chunk
    parts = split_names(chunk, ctx.french, bodies=True)
    if any(len(p.split()) >= 4 and not looks_like_name(p, "organization") for p in parts) and \
            any(_person_shaped(p) for p in parts):
        return  # "With the help of Father X, the priest who runs the mission, Rosa set out":
        # a story's sentence, no list of bodies
    for name, _ in names(chunk, ctx, "organization"):
        if bodies_only and _person_shaped(name):
            continue  # "Produced by A Person": a producer, the credits reader's
        if re.search(r"\d", name) and not (sofica and re.fullmatch(r"\D+\s\d{1,2}", name)):
            break  # an address ("14 Some Row, Town", "Dublin 2"), and the rest of it
        if (vocab.countries().get(fold(name)) or all(w in vocab.countries() for w in fold(name).split())) \
                and not BODY.search(name):  # ("A British–Irish co-production": two nations)
            continue  # "a co-production between Georgia and Germany": countries, no bodies
        ctx.add(film, key, Mention("organization", name), line, NAME)

"""explain: what each reader took from each line of a document, and why."""
from __future__ import annotations

from collections import defaultdict

from .extract import READERS, context, extract
from .model import Claim, Mention
from .read import read


def _term(x) -> str:
    if isinstance(x, Mention):
        year = f" ({x.year})" if x.year else ""
        return f"{x.kind} “{x.name}”{year}"
    unit = f" {x.unit}" if x.unit else ""
    return f"{x.value}{unit}"


def describe(c: Claim) -> str:
    quals = "".join(f" [{k}: {v}]" for k, v in c.qualifiers)
    return f"{c.evidence.extractor}: {_term(c.subject)} —{c.prop}→ {_term(c.object)}{quals}"


def explain(path: str, all_lines: bool = True) -> str:
    doc = read(path)
    ctx = context(doc)
    claims = extract(doc)
    by_line: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        by_line[c.evidence.line].append(c)
    film = f"{ctx.film.name} (line {ctx.film_line}: {ctx.film_reason})" if ctx.film else \
        "none found (no title line and no recurring title in capitals): credits are not read"
    out = [
        f"document: {doc.name} (id {doc.id}, {len(doc.lines)} lines, "
        f"{'French' if ctx.french else 'English'})",
        f"about the film: {film}",
        f"readers: {', '.join(READERS)}",
        f"claims: {len(claims)} from {len(by_line)} lines",
        "",
    ]
    width = len(str(len(doc.lines)))
    for n, text in enumerate(doc.lines, 1):
        got = by_line.get(n, [])
        if not got and not all_lines:
            continue
        out.append(f"{n:>{width}} | {text}")
        for c in got:
            out.append(f"{'':>{width}} |   -> {describe(c)}")
    return "\n".join(out) + "\n"

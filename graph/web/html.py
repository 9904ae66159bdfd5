"""HTML pages from the JSON-LD trees: what a page's JSON-LD says, as readable lists, with
the JSON-LD itself in a <script type="application/ld+json"> element.

Every piece of text from a document goes through `html.escape`; the JSON goes through
`trees.dumps`, whose escapes keep it from ending the script element.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from html import escape

from .. import vocab
from .trees import dumps

# labels for the facts a page lists; any other schema.org term is shown by its own name
FACT_LABELS = {
    "alternateName": "Also known as", "datePublished": "Released", "duration": "Running time",
    "countryOfOrigin": "Country", "inLanguage": "Language", "genre": "Genre",
    "isBasedOn": "Based on", "birthDate": "Born", "deathDate": "Died",
    "birthPlace": "Place of birth", "nationality": "Nationality", "spouse": "Spouse",
    "hasOccupation": "Occupation", "jobTitle": "Job title", "award": "Awards",
}
# relations a film page shows as credits, not as facts
CREDIT_KEYS = ("actor", "contributor")
STYLE = ("body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
         "padding:0 1rem;color:#222}h1{margin-bottom:0}.kind{color:#666;margin-top:0}"
         "dt{font-weight:600;float:left;clear:left;width:9rem}dd{margin-left:10rem}"
         ".role{color:#555}nav,footer{font-size:.9rem;color:#666}a{color:#1a5fb4}")
_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def _list(v) -> list:
    return v if isinstance(v, list) else [v]


def _words(term: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", term).lower()


@lru_cache(maxsize=None)
def _role_words() -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for r in vocab.roles().values():
        if r.schema != "Role":
            out.setdefault(r.schema, r.role)
    return tuple(out.items())


def role_words() -> dict[str, str]:
    """schema.org property -> the role in words, from the role table ("author" ->
    "screenwriter"), first row wins."""
    return dict(_role_words())


@lru_cache(maxsize=None)
def role_order() -> dict[str, int]:
    order: dict[str, int] = {}
    for r in vocab.roles().values():
        order.setdefault(r.role, len(order))
    return order


def duration_text(value: str) -> str:
    m = _DURATION.match(value)
    if not m or not any(m.groups()):
        return value
    d, h, mi, s = (float(x) if x else 0 for x in m.groups())
    minutes = round(d * 1440 + h * 60 + mi + s / 60)
    return f"{minutes} min"


def year(tree: dict) -> str:
    dates = _list(tree.get("datePublished", []))
    return min(dates)[:4] if dates else ""


class Links:
    """Where each entity's page is, so a page links to the others relatively."""

    def __init__(self, paths: dict[str, str], here: str):
        self.paths, self.here = paths, here

    def href(self, target: str) -> str:
        """`target` (a path under web/) as seen from this page: every page is at most one
        folder deep, so "../" per folder of `here` (posixpath.relpath costs 0.1 ms a link)."""
        return "../" * self.here.count("/") + target

    def name(self, node: dict) -> str:
        text = escape(_name(node))
        path = self.paths.get(node.get("@id", ""))
        return f'<a href="{escape(self.href(path + ".html"))}">{text}</a>' if path else text


def _name(node) -> str:
    if isinstance(node, str):
        return node
    names = _list(node.get("name", []))
    return names[0] if names else node.get("@id", "")


def _value_html(key: str, v, links: Links) -> str:
    if isinstance(v, dict):
        return links.name(v)
    return escape(duration_text(v) if key == "duration" else v)


def _facts(tree: dict, links: Links, credits: bool) -> str:
    """A <dl> of the tree's facts; with `credits`, people and companies are left to the
    credit lists."""
    rows = []
    keys = [k for k in FACT_LABELS if k in tree] + sorted(
        k for k in tree if not k.startswith("@") and k not in FACT_LABELS)
    for key in keys:
        if key in ("name", "description") or (credits and key in CREDIT_KEYS):
            continue
        values = _list(tree[key])
        if credits and key not in FACT_LABELS and any(isinstance(v, dict) and _kind(v)
                                                      for v in values):
            continue
        label = FACT_LABELS.get(key) or _words(key).capitalize()
        rows.append(f"<dt>{escape(label)}</dt><dd>"
                    + ", ".join(_value_html(key, v, links) for v in values) + "</dd>")
    return "<dl>\n" + "\n".join(rows) + "\n</dl>\n" if rows else ""


def _section(title: str, items: list[str]) -> str:
    if not items:
        return ""
    lis = "\n".join(f"<li>{i}</li>" for i in items)
    return f"<h2>{escape(title)}</h2>\n<ul>\n{lis}\n</ul>\n"


def _credits(tree: dict) -> tuple[list[tuple[dict, str | None]], dict[str, list[tuple[str, dict]]]]:
    """(cast: person and character), and (kind -> [(role in words, entity)]) of a film."""
    words = role_words()
    cast: list[tuple[dict, str | None]] = []
    in_role: set[str] = set()
    for v in _list(tree.get("actor", [])):
        if "PerformanceRole" in _list(v.get("@type", [])):
            for who in _list(v.get("actor", [])):
                for character in _list(v.get("characterName", [None])):
                    cast.append((who, character))
                in_role.add(who.get("@id", ""))
    for v in _list(tree.get("actor", [])):
        # a cast member the graph also states directly (wdt:P161 entails schema:actor)
        if "PerformanceRole" not in _list(v.get("@type", [])) and v.get("@id") not in in_role:
            cast.append((v, None))
    crew: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for v in _list(tree.get("contributor", [])):
        if isinstance(v, dict) and "contributor" in v:
            for who in _list(v["contributor"]):
                for role in _list(v.get("roleName", ["contributor"])):
                    crew[_kind(who)].append((role, who))
    for key, values in tree.items():
        if key.startswith("@") or key in CREDIT_KEYS or key in FACT_LABELS:
            continue
        for v in _list(values):
            if isinstance(v, dict) and _kind(v):
                crew[_kind(v)].append((words.get(key, _words(key)), v))
    cast.sort(key=lambda c: (_name(c[0]).casefold(), c[1] or ""))
    return cast, crew


def _kind(node: dict) -> str:
    t = _list(node.get("@type", []))
    return "Person" if "Person" in t else "Organization" if "Organization" in t else ""


def _grouped(entries: list[tuple[str, dict]], links: Links) -> list[str]:
    order = role_order()
    groups: dict[str, list[dict]] = defaultdict(list)
    for role, who in entries:
        if who not in groups[role]:
            groups[role].append(who)
    items = []
    for role in sorted(groups, key=lambda r: (order.get(r, len(order)), r)):
        names = sorted(groups[role], key=lambda w: _name(w).casefold())
        items.append(f'<span class="role">{escape(role)}</span>: '
                     + ", ".join(links.name(w) for w in names))
    return items


def _page(title: str, body: str, script_json: str | None, links: Links, jsonld: str | None) -> str:
    script = (f'<script type="application/ld+json">\n{script_json}\n</script>\n'
              if script_json is not None else "")
    data = (f'<footer><p>Structured data: <a href="{escape(links.href(jsonld))}">JSON-LD</a>'
            " (schema.org)</p></footer>\n" if jsonld else "")
    nav = (f'<nav><a href="{escape(links.href("index.html"))}">All films, people and '
           "companies</a></nav>\n" if links.here != "index.html" else "")
    return ("<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n{script}</head>\n"
            f"<body>\n{nav}<main>\n{body}</main>\n{data}</body>\n</html>\n")


def film_page(tree: dict, links: Links, text: str | None = None) -> str:
    """The page of a film; `text`: the tree as `trees.dumps` writes it, when at hand."""
    name, y = _name(tree), year(tree)
    cast, crew = _credits(tree)
    characters: dict[str, list[str]] = defaultdict(list)  # two documents, two names
    people: dict[str, dict] = {}
    for who, ch in cast:
        people.setdefault(who.get("@id", ""), who)
        if ch and ch not in characters[who.get("@id", "")]:
            characters[who.get("@id", "")].append(ch)
    cast_items = [links.name(who) + (' <span class="role">as</span> '
                                     + " / ".join(escape(c) for c in characters[key])
                                     if characters[key] else "")
                  for key, who in people.items()]
    kind = f"{y} film" if y else "Film"
    description = "".join(f"<p>{escape(d)}</p>\n" for d in _list(tree.get("description", [])))
    body = (f"<h1>{escape(name)}</h1>\n<p class=\"kind\">{escape(kind)}</p>\n"
            + _facts(tree, links, credits=True) + description
            + _section("Cast", cast_items)
            + _section("Crew", _grouped(crew.get("Person", []), links))
            + _section("Companies", _grouped(crew.get("Organization", []), links)))
    title = f"{name} ({y})" if y else name
    return _page(title, body, text or dumps(tree), links, links.here[:-len(".html")] + ".jsonld")


def _works(tree: dict) -> dict[str, tuple[dict, list[str]]]:
    """What an entity did, from its tree's @reverse: work id -> (work, roles in words)."""
    words = role_words()
    words["actor"] = "cast member"
    works: dict[str, tuple[dict, list[str]]] = {}

    def add(work: dict, what: str) -> None:
        entry = works.setdefault(work.get("@id", ""), (work, []))
        if what not in entry[1]:
            entry[1].append(what)

    for key, values in tree.get("@reverse", {}).items():
        for v in _list(values):
            rev = v.get("@reverse")
            if rev:  # a credit node: the film points to it
                for character in _list(v.get("characterName", [])):
                    what = f"as {character}"
                    for fv in rev.values():
                        for film in _list(fv):
                            add(film, what)
                if "characterName" not in v:
                    for role in _list(v.get("roleName", [words.get(key, _words(key))])):
                        for fv in rev.values():
                            for film in _list(fv):
                                add(film, role)
            else:
                add(v, words.get(key, _words(key)))
    order = role_order()
    for work, roles in works.values():
        if any(r.startswith("as ") for r in roles) and "cast member" in roles:
            roles.remove("cast member")  # "as Anna" says more
        roles.sort(key=lambda r: (not r.startswith("as "), order.get(r, len(order)), r))
    return works


def entity_page(tree: dict, links: Links, text: str | None = None) -> str:
    name = _name(tree)
    kind = {"Person": "Person", "Organization": "Company or organization"}.get(_kind(tree), "")
    items = []
    for work, roles in sorted(_works(tree).values(),
                              key=lambda w: (year(w[0]), _name(w[0]).casefold())):
        y = year(work)
        items.append(links.name(work) + (f" ({escape(y)})" if y else "") + ": "
                     + ", ".join(escape(r) for r in roles))
    description = "".join(f"<p>{escape(d)}</p>\n" for d in _list(tree.get("description", [])))
    body = (f"<h1>{escape(name)}</h1>\n" + (f'<p class="kind">{escape(kind)}</p>\n' if kind else "")
            + _facts(tree, links, credits=False) + description + _section("Films", items))
    return _page(name, body, text or dumps(tree), links, links.here[:-len(".html")] + ".jsonld")


def index_page(films: list[dict], people: list[dict], companies: list[dict], links: Links) -> str:
    def items(trees: list[dict], with_year: bool) -> list[str]:
        out = []
        for t in sorted(trees, key=lambda t: (_name(t).casefold(), t.get("@id", ""))):
            y = year(t) if with_year else ""
            out.append(links.name(t) + (f" ({escape(y)})" if y else ""))
        return out

    body = ("<h1>Films</h1>\n"
            + ("<ul>\n" + "\n".join(f"<li>{i}</li>" for i in items(films, True)) + "\n</ul>\n"
               if films else "<p>No films.</p>\n")
            + _section("People", items(people, False))
            + _section("Companies and organizations", items(companies, False)))
    return _page("Films", body, None, links, None)

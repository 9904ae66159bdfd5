"""The README's example queries stay honest (style.md #10): every query in graph/queries/
is in the section scripts/readme_queries.py writes, every command shown there runs and
exits 0, and every query says what it answers without naming anything of the seeds."""
from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest
from rdflib import RDF

from graph.cli import main
from graph.namespaces import SCHEMA
from graph.query import examples

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- queries:start -->", "<!-- queries:end -->"


def section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert START in text and END in text, "README.md has no example-query section"
    head, _, rest = text.partition(START)
    assert "## Example queries" in head
    return rest.partition(END)[0]


def _script():
    """scripts/readme_queries.py, imported."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import readme_queries
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return readme_queries


def commands() -> list[str]:
    return [line.strip() for block in re.findall(r"```sh\n(.*?)```", section(), re.S)
            for line in block.splitlines() if line.strip().startswith("filmgraph ")]


def test_there_are_example_queries_of_every_kind():
    kinds = {re.search(r"^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", p.read_text(encoding="utf-8"),
                       re.M | re.I).group(1).upper() for p in examples().values()}
    assert {"SELECT", "ASK", "CONSTRUCT"} <= kinds
    assert {"cast", "person", "company", "collaborators", "provenance",
            "disagreements"} <= set(examples())


@pytest.mark.parametrize("name", sorted(examples()))
def test_every_query_is_in_the_readme_section(name):
    text = section()
    assert f"### {name}\n" in text, f"{name}.rq has no heading in the README section"
    assert f"filmgraph query {name}" in commands(), f"{name}.rq has no command in the README"


@pytest.mark.parametrize("name", sorted(examples()))
def test_every_query_says_what_it_answers(name):
    lines = examples()[name].read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")][:3]
    assert lines[0].startswith("# ") and len(" ".join(header)) > 40, \
        f"{name}.rq: start with comment lines that say what the query answers"


def test_every_command_in_the_readme_runs_and_exits_0(seeds_build, monkeypatch, capsys):
    monkeypatch.chdir(seeds_build.root)  # where `out/graph.ttl` is the seeds' graph
    shown = commands()
    assert shown
    for command in shown:
        assert main(shlex.split(command)[1:]) == 0, f"`{command}` failed: {capsys.readouterr().err}"
        assert capsys.readouterr().out.strip(), f"`{command}` printed nothing"


def test_the_section_says_what_each_query_answers_as_its_file_does():
    """The script copies each query's leading comment; a changed comment means the
    section is stale (rerun scripts/readme_queries.py)."""
    readme_queries = _script()
    text = re.sub(r"\s+", " ", section())
    for name, path in examples().items():
        assert f"### {name} {readme_queries.describe(path)} " in text, \
            f"{name}: the README's description is stale; run scripts/readme_queries.py"


def test_the_queries_name_nothing_of_the_seeds(seeds_build):
    """Queries list for all films: a user filters. No film, person or company of the seed
    documents is written into them."""
    g = seeds_build.build.graph
    names = {str(n) for cls in (SCHEMA.Movie, SCHEMA.Person, SCHEMA.Organization)
             for s in g.subjects(RDF.type, cls) for n in g.objects(s, SCHEMA.name)}
    assert names
    for name, path in examples().items():
        text = path.read_text(encoding="utf-8")
        found = sorted(n for n in names
                       if len(n) > 3 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I))
        assert not found, f"{name}.rq names {found}"


def test_the_script_trims_long_tables_and_says_how_many_rows():
    readme_queries = _script()
    table = "\n".join(["name", "----"] + [f"row {i}" for i in range(40)] + ["(40 rows)"]) + "\n"
    lines = readme_queries.trim(table).splitlines()
    assert lines[:2] == ["name", "----"] and lines[2:17] == [f"row {i}" for i in range(15)]
    assert lines[17:] == ["...", "(40 rows)"]
    short = "name\n----\nrow 0\n(1 row)\n"
    assert readme_queries.trim(short) == short.rstrip("\n")
    with pytest.raises(SystemExit):
        readme_queries.rewrite("# a README without the markers\n", "new section")


# ---- the example queries answer what they say, on a small invented graph

@pytest.fixture(scope="module")
def small():
    from graph.infer import infer
    from graph.mapping import to_graph
    from graph.model import Claim, Evidence, Mention, Value
    from graph.resolve import resolve

    kit, article = Evidence("k" * 16, 5, "test", "kit.txt"), Evidence("a" * 16, 9, "test", "article.txt")
    film = Mention("film", "The Salt Road", 2011, local="film")
    other = Mention("film", "Night Ferry", 1988, local="other")
    mara, lena, teo = (Mention("person", n) for n in ("Mara Quillon", "Lena Vasko", "Teo Marsh"))
    claims = [
        Claim(film, "director", mara, kit),
        Claim(film, "cast", lena, kit, (("character", "Anna Vell"),)),
        Claim(film, "cast", lena, article, (("character", "Anna Bell"),)),
        Claim(film, "cast", teo, kit),
        Claim(film, "cinematographer", Mention("person", "Hugo Brenner"), kit),
        Claim(film, "production_company", Mention("organization", "Northlight Films"), kit),
        Claim(film, "distributor", Mention("organization", "Blue Heron Pictures"), kit),
        Claim(film, "date", Value("date", "2011-03-02"), article),
        Claim(film, "duration", Value("minutes", "98"), kit),
        Claim(film, "duration", Value("minutes", "102"), article),
        Claim(other, "director", mara, article),
        Claim(other, "cast", teo, article),
    ]
    return infer(to_graph(resolve(claims)))


def _rows(graph, name: str) -> set[tuple[str, ...]]:
    from graph.query import run

    return {tuple("" if v is None else str(v) for v in row)
            for row in run(graph, examples()[name].read_text(encoding="utf-8"))}


def test_cast_lists_actors_with_their_characters(small):
    assert _rows(small, "cast") == {
        ("Night Ferry", "1988", "Teo Marsh", ""),
        ("The Salt Road", "2011", "Lena Vasko", "Anna Bell"),
        ("The Salt Road", "2011", "Lena Vasko", "Anna Vell"),
        ("The Salt Road", "2011", "Teo Marsh", ""),
    }


def test_person_lists_both_kinds_of_credit(small):
    rows = _rows(small, "person")
    assert {r for r in rows if r[0] in ("Mara Quillon", "Teo Marsh", "Hugo Brenner")} == {
        ("Mara Quillon", "director", "The Salt Road", "2011"),
        ("Mara Quillon", "director", "Night Ferry", "1988"),
        ("Teo Marsh", "actor", "The Salt Road", "2011"),
        ("Teo Marsh", "actor", "Night Ferry", "1988"),
        ("Hugo Brenner", "director of photography", "The Salt Road", "2011"),
    }
    assert ("Lena Vasko", "actor (Anna Vell)", "The Salt Road", "2011") in rows


def test_company_gives_each_body_its_role(small):
    assert _rows(small, "company") == {
        ("Blue Heron Pictures", "distributor", "The Salt Road", "2011"),
        ("Northlight Films", "production company", "The Salt Road", "2011"),
    }


def test_collaborators_pairs_people_of_one_film_once(small):
    rows = {(a, b): (n, films) for a, b, n, films in _rows(small, "collaborators")}
    assert rows[("Mara Quillon", "Teo Marsh")][0] == "2"
    assert set(rows[("Mara Quillon", "Teo Marsh")][1].split(", ")) == {"The Salt Road", "Night Ferry"}
    assert rows[("Hugo Brenner", "Lena Vasko")] == ("1", "The Salt Road")
    assert not any(a == b or (b, a) in rows for a, b in rows)


def test_provenance_gives_each_fact_its_document_and_line(small):
    rows = _rows(small, "provenance")
    assert ("The Salt Road", "P57", "Mara Quillon", "kit.txt", "line 5") in rows
    assert ("The Salt Road", "P577", "2011-03-02", "article.txt", "line 9") in rows
    assert all(r[3] in ("kit.txt", "article.txt") and r[4].startswith("line ") for r in rows)


def test_disagreements_list_both_values_with_their_sources(small):
    assert _rows(small, "disagreements") == {
        ("The Salt Road", "character of Lena Vasko", "Anna Bell", "PreferredRank", "article.txt", "line 9"),
        ("The Salt Road", "character of Lena Vasko", "Anna Vell", "PreferredRank", "kit.txt", "line 5"),
        ("The Salt Road", "duration", "98.0", "NormalRank", "kit.txt", "line 5"),
        ("The Salt Road", "duration", "102.0", "PreferredRank", "article.txt", "line 9"),
    }


def test_unsourced_is_false_on_a_built_graph_and_true_without_references(small):
    from rdflib import Graph

    from graph.namespaces import PROV
    from graph.query import run

    text = examples()["unsourced"].read_text(encoding="utf-8")
    assert run(small, text).askAnswer is False
    bare = Graph()
    for t in small:
        if t[1] != PROV.wasDerivedFrom:
            bare.add(t)
    assert run(bare, text).askAnswer is True


def test_film_cards_construct_a_schema_org_card_per_film(small):
    from graph.query import run

    cards = run(small, examples()["film-cards"].read_text(encoding="utf-8")).graph
    films = set(cards.subjects(RDF.type, SCHEMA.Movie))
    assert {str(cards.value(f, SCHEMA.name)) for f in films} == {"The Salt Road", "Night Ferry"}
    assert {str(p) for p in cards.predicates()} <= {str(RDF.type)} | {
        str(SCHEMA[x]) for x in ("name", "datePublished", "duration", "inLanguage", "director", "author")}

"""The benchmark's corpus generator (bench/corpus.py): the same bytes for a seed, the size
asked for, every kind of document, text the readers recognise, and no name of the seeds;
and the README's Benchmark figures are those of bench/results/bench.json. The benchmark
itself (`make bench`) is not a test."""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402
from graph.extract import extract  # noqa: E402
from graph.read import read  # noqa: E402
from graph.text import fold  # noqa: E402


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_ones(tmp_path):
    corpus.generate(150, tmp_path / "a", seed=3)
    corpus.generate(150, tmp_path / "b", seed=3)
    corpus.generate(150, tmp_path / "c", seed=4)
    a, b, c = (_files(tmp_path / x) for x in "abc")
    assert a == b
    assert a != c


def test_it_writes_the_number_asked_for_with_every_kind_in_both_languages(tmp_path):
    m = corpus.generate(137, tmp_path, seed=1)
    files = _files(tmp_path)
    assert len(files) == 137 == m["documents"]
    assert len(set(files.values())) == 137  # no two documents alike (ids are content hashes)
    assert corpus.cached(tmp_path, 137, 1) and not corpus.cached(tmp_path, 137, 2)
    for kind in corpus.KINDS:
        names = [n for n in files if f"-{kind}-" in n]
        assert names, kind
    assert any("-fr-" in n for n in files) and any("-en-" in n for n in files)
    leads = sum("-lead-" in n for n in files) / len(files)
    assert 0.5 < leads < 0.7


def test_the_readers_find_each_documents_film_director_and_cast(tmp_path):
    n, seed = 120, 5
    world, docs = corpus.plan(n, seed)
    corpus.generate(n, tmp_path, seed)
    files = sorted(tmp_path.rglob("*.txt"))
    checked = set()
    for path in files:
        i = int(path.name.split("-")[0])
        kind, lang, film = docs[i]
        if (kind, lang) in checked:
            continue
        checked.add((kind, lang))
        claims = extract(read(path))
        about = [c for c in claims if c.subject.kind == "film"
                 and fold(c.subject.name) == fold(film.title)]
        assert about, (path.name, "the document's film")
        found = {(c.prop, fold(c.object.name)) for c in about if hasattr(c.object, "name")}
        for d in film.directors:
            assert ("director", fold(world.people[d].name)) in found, (path.name, "director")
        cast = [fold(world.people[p].name) for p, _ in film.cast]
        named = [a for a in cast if ("cast", a) in found]
        assert len(named) >= 2, (path.name, "cast")
    assert {k for k, _ in checked} == set(corpus.KINDS)


def test_no_name_of_the_seed_documents_is_generated():
    texts = [fold(p.read_text(encoding="utf-8")) for p in
             [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "unseen").glob("*/docs/*.txt")]]
    seeds = " ".join(f" {t} " for t in texts)
    world, _ = corpus.plan(3000, 1)
    names = [p.name for p in world.people] + [c.name for c in world.companies] + \
        [f.title for f in world.films if len(f.title.split()) >= 2]
    clash = [x for x in names if f" {fold(x)} " in seeds]
    assert not clash, clash[:10]


def test_films_share_their_people_across_documents():
    world, docs = corpus.plan(400, 2)
    films_of: dict[int, int] = {}
    for f in world.films:
        for p in {*f.directors, *(q for q, _ in f.cast)}:
            films_of[p] = films_of.get(p, 0) + 1
    counts = sorted(films_of.values(), reverse=True)
    assert counts[0] >= 5  # a few people in many films
    assert sum(c >= 2 for c in counts) > len(counts) // 4  # and many in more than one
    assert len({f.index for _, _, f in docs}) < len(docs)  # some films have two documents
    rng = random.Random(0)
    years = [world.films[rng.randrange(len(world.films))].year for _ in range(200)]
    assert min(years) >= 1920 and max(years) <= 2023


def test_the_readme_shows_the_figures_of_the_last_full_run():
    """README.md's Benchmark figures are bench/results/bench.json's, rendered by
    bench/report.py (`python -m bench.report` rewrites them; `make bench` does it itself)."""
    import json

    from bench import report

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = report.section(text)
    assert shown is not None, "README.md has no Benchmark figures between the bench markers"
    results = json.loads(report.RESULTS.read_text(encoding="utf-8"))
    assert shown == report.render(results), "stale: run python -m bench.report"
    assert (ROOT / "docs" / "bench.png").is_file()

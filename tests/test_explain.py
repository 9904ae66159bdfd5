"""filmgraph explain: what each reader took from each line of a document, and why."""
from __future__ import annotations

from graph.cli import main

DOC = """The Glass Orchard (1994 film)

The Glass Orchard is a 1994 Danish drama film directed by Ida Marstrand.

Cast

* Jonas Vedel as Anton
* Sara Holm as Maren
"""


def test_explain_names_the_film_and_each_line_s_claims(tmp_path, capsys):
    doc = tmp_path / "orchard.txt"
    doc.write_text(DOC, encoding="utf-8")
    assert main(["explain", str(doc)]) == 0
    out = capsys.readouterr().out
    assert "about the film: The Glass Orchard (line 1: a title line" in out
    lines = out.splitlines()
    i = lines.index("3 | The Glass Orchard is a 1994 Danish drama film directed by Ida Marstrand.")
    said = "\n".join(lines[i + 1:i + 4])
    assert "prose: film “The Glass Orchard” (1994) —director→ person “Ida Marstrand”" in said
    assert "cast: film “The Glass Orchard” (1994) —cast→ person “Jonas Vedel” [character: Anton]" in out
    assert "5 | Cast" in out  # every line is shown, with or without claims


def test_claims_only_leaves_out_silent_lines(tmp_path, capsys):
    doc = tmp_path / "orchard.txt"
    doc.write_text(DOC, encoding="utf-8")
    assert main(["explain", str(doc), "--claims-only"]) == 0
    out = capsys.readouterr().out
    assert "5 | Cast" not in out and "7 | * Jonas Vedel as Anton" in out


def test_a_document_without_a_film_says_why_nothing_is_credited(tmp_path, capsys):
    doc = tmp_path / "notes.txt"
    doc.write_text("Notes\n\nDirector: Someone Else\n", encoding="utf-8")
    assert main(["explain", str(doc)]) == 0
    assert "none found" in capsys.readouterr().out


def test_a_missing_document_is_a_one_line_error(tmp_path, capsys):
    assert main(["explain", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "nope.txt" in err

"""Loading into a triplestore: a real Oxigraph server on 127.0.0.1, the build loaded over the
Graph Store Protocol, and every example query answered by the server as by the file."""
from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import answers, concatenated, disagreement
from rdflib import Dataset, Graph

from graph.cli import _parser, main
from graph.load import graph_name, staging_name, valued
from graph.namespaces import DEFAULT_BASE
from graph.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "graph" / "queries").glob("*.rq"))
# queries of this test's own, so that every kind of answer is compared even while
# graph/queries/ has none of that kind; the undeclared prefixes are on purpose
OWN = {
    "own-select-undeclared-prefixes.rq": "SELECT ?f ?name ?date WHERE { ?f a schema:Movie ; "
                                         "schema:name ?name . OPTIONAL { ?f wdt:P577 ?date } }",
    "own-ask.rq": "ASK { ?s a schema:PerformanceRole ; schema:characterName ?c }",
    "own-construct.rq": "CONSTRUCT { ?f schema:director ?p . ?p schema:name ?n } "
                        "WHERE { ?f schema:director ?p . ?p schema:name ?n }",
}


# ------------------------------------------------------------------ a real Oxigraph server
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_exe() -> str:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).is_file():
        pytest.fail("the oxigraph server is not installed: pip install -e '.[test]' "
                    "(the PyPI package `oxigraph` ships it); make test does")
    return exe


class Oxigraph:
    """`oxigraph serve` (in memory) or `serve-read-only`, started and stopped by the test."""

    def __init__(self, tmp: Path, *args: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / f"oxigraph-{self.port}.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen([oxigraph_exe(), *args, "--bind", f"127.0.0.1:{self.port}"],
                                         stdout=log, stderr=subprocess.STDOUT, cwd=tmp)
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(self.url + "/", timeout=1).close()
                return
            except urllib.error.HTTPError:
                return  # it answers
            except (urllib.error.URLError, OSError):
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"oxigraph did not start: {self.log.read_text(errors='replace')}")
                time.sleep(0.05)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    @property
    def store(self) -> str:
        return self.url + "/store"

    @property
    def query(self) -> str:
        return self.url + "/query"

    @property
    def update(self) -> str:
        return self.url + "/update"

    def dataset(self) -> set[str]:
        """Every quad the server holds, as N-Quads lines."""
        req = urllib.request.Request(self.store, headers={"Accept": "application/n-quads"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return {line for line in r.read().decode("utf-8").splitlines() if line.strip()}

    def graph(self, name: str) -> set | None:
        req = urllib.request.Request(self.store + "?" + urllib.parse.urlencode({"graph": name}),
                                     headers={"Accept": "application/n-triples"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return valued(Graph().parse(data=r.read(), format="nt"))
        except urllib.error.HTTPError as e:
            if e.code == 404:
                return None
            raise


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Oxigraph(tmp_path_factory.mktemp("oxigraph"), "serve")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds, built as `make run` builds them: the folder holding out/."""
    tmp = tmp_path_factory.mktemp("build")
    build([ROOT / "seeds"], tmp / "out")
    return tmp


def triples(path: Path) -> set:
    """A graph file's triples, typed literals by value, as `server.graph` gives them."""
    return valued(Graph().parse(path, format="nt"))


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


# ------------------------------------------------------------------ N-Quads
def test_nquads_hold_the_build_in_its_named_graph(built):
    ds = Dataset()
    ds.parse(built / "out" / "graph.nq", format="nquads")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {graph_name(DEFAULT_BASE)} == {"https://example.org/filmgraph/graph"}
    assert valued(ds.graph(graph_name())) == triples(built / "out" / "graph.nt")
    nt = (built / "out" / "graph.nt").read_text("utf-8").splitlines()
    nq = (built / "out" / "graph.nq").read_text("utf-8").splitlines()
    assert nq == [line[:-1] + "<https://example.org/filmgraph/graph> ." for line in nt]


# ------------------------------------------------------------------ loading
def test_load_creates_the_graph_and_loading_again_changes_nothing(built, server, capsys):
    nq = str(built / "out" / "graph.nq")
    code, out, err = cli(capsys, "load", nq, "--endpoint", server.store, "--update", server.update)
    assert code == 0, err
    assert "created <https://example.org/filmgraph/graph>" in out
    assert server.graph(graph_name()) == triples(built / "out" / "graph.nt")
    assert server.graph(staging_name(graph_name())) is None, "the staging graph is gone"
    once = server.dataset()
    for extra in ([], ["--replace"]):
        code, out, err = cli(capsys, "load", nq, "--endpoint", server.store, "--update",
                             server.update, *extra)
        assert code == 0, err
        assert server.dataset() == once, "loading twice gave another store than loading once"
    assert "nothing sent" in out or "replaced" in out


def test_load_without_an_update_url_puts_the_graph(built, server, capsys):
    target = "https://example.org/tests/put-only"
    for _ in range(2):
        code, out, err = cli(capsys, "load", str(built / "out" / "graph.nq"), "--graph", target,
                             "--endpoint", server.store)
        assert code == 0, err
    assert server.graph(target) == triples(built / "out" / "graph.nt")


def test_another_graph_is_replaced_only_when_asked(built, server, capsys, tmp_path):
    target = "https://example.org/tests/replace"
    lines = (built / "out" / "graph.nt").read_text("utf-8").splitlines(keepends=True)
    smaller = tmp_path / "smaller.nt"
    smaller.write_text("".join(lines[::3]), encoding="utf-8")
    full = str(built / "out" / "graph.nt")
    assert cli(capsys, "load", full, "--graph", target, "--endpoint", server.store,
               "--update", server.update)[0] == 0
    code, out, err = cli(capsys, "load", str(smaller), "--graph", target, "--endpoint",
                         server.store, "--update", server.update)
    assert code == 2 and "--replace" in err and server.store in err
    assert server.graph(target) == triples(built / "out" / "graph.nt"), "refused, yet changed"
    code, out, err = cli(capsys, "load", str(smaller), "--graph", target, "--endpoint",
                         server.store, "--update", server.update, "--replace")
    assert code == 0 and "replaced" in out, err
    assert server.graph(target) == triples(smaller)


def test_a_failed_upload_leaves_the_loaded_graph_as_it_was(built, server, capsys, tmp_path):
    target = "https://example.org/tests/failed-upload"
    full = built / "out" / "graph.nt"
    assert cli(capsys, "load", str(full), "--graph", target, "--endpoint", server.store,
               "--update", server.update)[0] == 0
    broken = tmp_path / "broken.nt"  # a transfer cut short: good lines, then half a line
    broken.write_text(full.read_text("utf-8")[:-500] + "<https://example.org/cut", "utf-8")
    code, out, err = cli(capsys, "load", str(broken), "--graph", target, "--endpoint",
                         server.store, "--update", server.update, "--replace")
    assert code == 2 and server.store in err, err
    assert server.graph(target) == triples(full), "a failed load changed the graph"


# ------------------------------------------------------------------ the same answers
@pytest.fixture(scope="module")
def loaded(built, server) -> str:
    """The build in the server under its own graph name; the name."""
    name = "https://example.org/tests/queries"
    assert main(["load", str(built / "out" / "graph.nq"), "--graph", name, "--endpoint",
                 server.store, "--update", server.update]) == 0
    return name


@pytest.mark.parametrize("query", EXAMPLES + list(OWN), ids=lambda q: getattr(q, "name", q))
def test_the_store_answers_every_example_query_as_the_file_does(query, built, server, loaded,
                                                                 capsys, tmp_path):
    if isinstance(query, str):
        path = tmp_path / query
        path.write_text(OWN[query], encoding="utf-8")
        query = path
    # the file that was loaded: graph.ttl has the same graph, but writes decimals in
    # Turtle's short form (155.0), whose lexical form STR() then shows; see the README.
    # rdflib answers for the file: the reference, an engine other than the server's
    code, local, err = cli(capsys, "query", str(query), "--graph", str(built / "out" / "graph.nq"),
                           "--format", "json", "--engine", "rdflib")
    assert code == 0, err
    code, remote, err = cli(capsys, "query", str(query), "--endpoint", server.query, "--graph",
                            loaded, "--format", "json")
    assert code == 0, err
    concat = concatenated(query.read_text(encoding="utf-8"))
    why = disagreement(answers(local, concat), answers(remote, concat),
                       f"{query.name}: the store and the file", "the file", "the store")
    if why:
        pytest.fail(why)


def test_there_are_example_queries_and_they_find_things(built, capsys):
    assert EXAMPLES, "graph/queries/ has no example queries"
    found = 0
    for q in EXAMPLES:
        code, out, err = cli(capsys, "query", str(q), "--graph", str(built / "out" / "graph.ttl"),
                             "--format", "json")
        assert code == 0, err
        kind = answers(out)
        found += bool(kind[2]) if kind[0] == "SELECT" else 0
    assert found, "no example query finds anything in the seeds' graph"


def test_query_endpoint_defaults_to_the_graph_out_graph_nq_names(built, server, capsys, monkeypatch):
    assert main(["load", str(built / "out" / "graph.nq"), "--endpoint", server.store,
                 "--update", server.update, "--replace"]) == 0
    capsys.readouterr()
    monkeypatch.chdir(built)
    code, out, err = cli(capsys, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                         "--endpoint", server.query, "--format", "csv")
    assert code == 0, err
    assert out.splitlines()[1] == str(len(triples(built / "out" / "graph.nt")))


# ------------------------------------------------------------------ errors
def test_an_unreachable_endpoint_is_named(capsys, built):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    code, out, err = cli(capsys, "load", str(built / "out" / "graph.nq"), "--endpoint",
                         url + "/store", "--timeout", "5")
    assert code == 2 and f"{url}/store: cannot reach the endpoint" in err, err
    assert len(err.strip().splitlines()) == 1
    code, out, err = cli(capsys, "query", "ASK {}", "--endpoint", url + "/query")
    assert code == 2 and f"{url}/query: cannot reach the endpoint" in err, err


def test_a_read_only_store_refuses_and_says_so(built, capsys, tmp_path):
    location = tmp_path / "store"
    one = tmp_path / "one.nt"
    one.write_text("<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n")
    subprocess.run([oxigraph_exe(), "load", "--location", str(location), "--file", str(one)],
                   check=True, capture_output=True, timeout=60)
    ro = Oxigraph(tmp_path, "serve-read-only", "--location", str(location))
    try:
        code, out, err = cli(capsys, "load", str(built / "out" / "graph.nq"), "--endpoint",
                             ro.store)
    finally:
        ro.stop()
    assert code == 2 and f"{ro.store}: the endpoint refused" in err and "403" in err, err


class _Guarded(BaseHTTPRequestHandler):
    """A Graph Store that wants HTTP Basic credentials: 401 without them."""
    expected = ""
    seen: list = []
    bodies: list = []

    def log_message(self, *args):  # keep the test output clean
        pass

    def _allowed(self) -> bool:
        self.seen.append(self.headers.get("Authorization"))
        if self.headers.get("Authorization") == self.expected:
            return True
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="films"')
        self.send_header("Content-Length", "12")
        self.end_headers()
        self.wfile.write(b"unauthorized")
        return False

    def do_GET(self):
        if self._allowed():
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self._allowed():
            self.bodies.append(body)
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()


def test_credentials_come_from_the_environment_only(built, capsys, monkeypatch):
    assert not [a for a in _parser()._subparsers._group_actions[0].choices["load"]._actions
                if any(w in " ".join(a.option_strings) for w in ("user", "pass", "token"))]
    _Guarded.expected = "Basic " + base64.b64encode(b"loader:s3cret pass").decode()
    _Guarded.seen, _Guarded.bodies = [], []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Guarded)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/ds/data"
    nq = str(built / "out" / "graph.nq")
    try:
        for var in ("FILMGRAPH_ENDPOINT_USER", "FILMGRAPH_ENDPOINT_PASSWORD",
                    "FILMGRAPH_ENDPOINT_TOKEN"):
            monkeypatch.delenv(var, raising=False)
        code, out, err = cli(capsys, "load", nq, "--endpoint", url)
        assert code == 2 and "refused" in err and "FILMGRAPH_ENDPOINT_USER" in err, err
        monkeypatch.setenv("FILMGRAPH_ENDPOINT_USER", "loader")
        monkeypatch.setenv("FILMGRAPH_ENDPOINT_PASSWORD", "s3cret pass")
        code, out, err = cli(capsys, "load", nq, "--endpoint", url)
        assert code == 0, err
        assert _Guarded.seen[-1] == _Guarded.expected
        assert len(_Guarded.bodies) == 1 and _Guarded.bodies[0].count(b"\n") == \
            len(triples(built / "out" / "graph.nt"))
        sent = len(_Guarded.seen)
        code, out, err = cli(capsys, "load", nq, "--endpoint",
                             url.replace("http://", "http://loader:s3cret@"))
        assert code == 2 and "FILMGRAPH_ENDPOINT_USER" in err and "s3cret" not in err
        assert len(_Guarded.seen) == sent, "credentials in the URL must not be sent"
    finally:
        httpd.shutdown()
        httpd.server_close()

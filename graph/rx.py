"""Regular expressions compiled once per machine, not once per run.

The readers hold some 260 large regular expressions (a person's name, a list of names,
a film's title, in English and French). Python compiles each of them at every start:
0.55 s of the 0.69 s that `import graph.pipeline` took, paid by every `filmgraph` command,
before it reads a single document. Python's own compiler turns a pattern into a list of
integers (the program of its matching engine); this module keeps those lists in a file in
the user's cache folder and builds the patterns from them, as Python keeps the bytecode of
modules in `__pycache__`. The second run builds all of them in 15 ms.

    PATTERN = rx.compile(r"...", re.I)   # a pattern written in the code, not made of input

The cache is only ever a shortcut: a pattern comes out the same as `re.compile` gives
(tests/test_rx.py), and whatever goes wrong (another Python, a file unreadable, unwritable
or damaged, an engine that refuses a program) falls back to `re.compile` in silence. The
file is named after the Python that wrote it and the version of its matching engine, and
replaced atomically. `FILMGRAPH_CACHE` names another folder; `FILMGRAPH_CACHE=` (empty)
turns the cache off.

Only patterns written in the code go through here, never one made of a document's text:
the cache would grow with every document read.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:  # the engine's own compiler: what re.compile does, in two halves
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: re.compile it is
    _sre = None

FORMAT = 1
_LIMIT = 5000  # patterns kept: far more than the code writes, a bound should one be made of text

_loaded: dict[tuple[str, int], tuple] | None = None  # (pattern, flags) -> what _sre.compile takes
_added = False  # a pattern the file does not hold yet: write it at exit
_off = _sre is None


def _folder() -> Path | None:
    given = os.environ.get("FILMGRAPH_CACHE")
    if given is not None:
        return Path(given) if given else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "filmgraph"


def _file() -> Path | None:
    folder = _folder()
    if folder is None:
        return None
    version = "-".join(map(str, sys.version_info[:3]))
    return folder / f"re-{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}-v{FORMAT}.marshal"


def _load() -> dict:
    global _loaded
    _loaded = {}
    path = _file()
    if path is None:
        return _loaded
    try:
        with open(path, "rb") as fh:
            digest, data = fh.read(32), fh.read()
        if hashlib.sha256(data).digest() != digest:  # cut short or damaged: compile again
            return _loaded
        entries = marshal.loads(data)
        for entry in entries:  # a file of another shape is ignored, not trusted
            pattern, flags, final, code, groups, groupindex, indexgroup = entry
            if type(pattern) is str and type(flags) is int and type(code) is list:
                _loaded[(pattern, flags)] = (pattern, final, code, groups, groupindex, indexgroup)
    except (OSError, EOFError, ValueError, TypeError):
        _loaded = {}
    return _loaded


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the cache when it holds the pattern."""
    global _added, _off
    flags = int(flags)
    if _off or type(pattern) is not str or flags & re.DEBUG:
        return re.compile(pattern, flags)
    cache = _loaded if _loaded is not None else _load()
    args = cache.get((pattern, flags))
    if args is not None:
        try:
            return _sre.compile(*args)
        except (TypeError, ValueError, RuntimeError):  # an engine that reads programs otherwise
            _off = True
            return re.compile(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (pattern, flags | parsed.state.flags, list(code), parsed.state.groups - 1,
                groupindex, tuple(indexgroup))
        compiled = _sre.compile(*args)
    except re.error:
        raise
    except Exception:  # internals that moved: the public way
        _off = True
        return re.compile(pattern, flags)
    if len(cache) < _LIMIT:
        if not _added:
            atexit.register(save)
        cache[(pattern, flags)] = args
        _added = True
    return compiled


def save() -> None:
    """Write the patterns compiled so far, when there is one the file does not hold."""
    global _added
    path = _file() if _added and not _off and _loaded else None
    if path is None:
        return
    _added = False
    # the engine's opcodes are ints of a subclass, which marshal does not write
    entries = [(pattern, flags, int(final), list(map(int, code)), int(groups), groupindex, indexgroup)
               for (pattern, flags), (_, final, code, groups, groupindex, indexgroup)
               in sorted(_loaded.items())]
    data = marshal.dumps(entries)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(data).digest() + data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:  # a read-only home, a full disk: the next run compiles again
        pass

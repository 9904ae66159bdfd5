"""read: a path -> Document (decoding, line splitting, a content-hash id)."""
from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

from .errors import InputError
from .model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
MAX_BYTES = 512 * 1024 * 1024


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 / Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    if _looks_binary(sample):
        raise InputError(path, "not a text document (binary content)")
    return data.decode("cp1252", errors="replace").replace("\ufffd", "") if _cp1252_ok(data) \
        else data.decode("latin-1")


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
         b"\x7fELF", b"II*\x00", b"MM\x00*", b"OggS", b"RIFF", b"\x00\x00\x01\x00")


def _looks_binary(sample: bytes) -> bool:
    if sample.startswith(MAGIC):
        return True
    if not sample:
        return False
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    return controls / len(sample) > 0.05


def clean_text(text: str) -> str:
    """Normalise line endings and drop characters that carry no text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "").replace("\ufeff", "")
    text = "".join(c for c in text if c in "\n\t" or not (ord(c) < 32 or 0x7f <= ord(c) < 0xa0))
    return text


def read(path: str | os.PathLike) -> Document:
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"too large ({size} bytes; the limit is {MAX_BYTES})")
        data = p.read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a document") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None
    if data.startswith(MAGIC):
        raise InputError(name, "not a text document (binary content)")
    return from_text(decode(data, name), name, data)


def from_text(text: str, name: str = "<text>", raw: bytes | None = None) -> Document:
    text = clean_text(text)
    if not text.strip():
        raise InputError(name, "empty document (no text)")
    digest = hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest()[:16]
    return Document(id=digest, name=name, text=text, lines=tuple(text.split("\n")))


def sources(paths: list[str | os.PathLike]) -> tuple[list[Path], list[str]]:
    """Expand files and folders into a sorted list of files; problems come back as messages."""
    files: list[Path] = []
    problems: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            problems.append(f"{raw}: no such file or directory")
            continue
        if p.is_dir():
            for root, dirs, names in os.walk(p, followlinks=False, onerror=lambda e: problems.append(
                    f"{e.filename}: cannot be listed ({e.strerror})")):
                dirs.sort()
                for n in sorted(names):
                    f = Path(root) / n
                    if n.startswith(".") or f.suffix.lower() not in TEXT_SUFFIXES:
                        continue
                    key = os.path.realpath(f)
                    if key not in seen:
                        seen.add(key)
                        files.append(f)
        else:
            key = os.path.realpath(p)
            if key not in seen:
                seen.add(key)
                files.append(p)
    return files, problems

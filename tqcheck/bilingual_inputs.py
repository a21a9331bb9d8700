"""Bilingual files: TSV pairs, XLIFF 1.2/2.x, PO and TMX.

The translation formats are read with translate-toolkit, the library built
for them. Each side becomes a plain-text Document with one unit per line, so
every unit is a paragraph; the units are already paired, so the links come
from the file rather than from alignment. A unit whose text spans several
lines is joined with spaces (one line is one paragraph).
"""

from __future__ import annotations

import re
from pathlib import Path

from tqcheck.alignment.align import Link
from tqcheck.errors import InputError
from tqcheck.model import Document
from tqcheck.segment import segment

_TOOLKIT_SUFFIXES = {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".po": "po", ".pot": "po", ".tmx": "tmx"}
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def _one_line(text: str) -> str:
    return _BREAKS.sub(" ", text or "").strip()


def _read_tsv(path: Path, data: str) -> list[tuple[str, str]]:
    units = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise InputError(
                f"{path}:{number}: expected 2 tab-separated columns (source<TAB>target), found {len(cells)}"
            )
        units.append((cells[0].strip(), cells[1].strip()))
    return units


def _read_toolkit(path: Path, raw: bytes, kind: str) -> list[tuple[str, str]]:
    from translate.storage import factory  # lazy: translate-toolkit pulls in lxml

    try:
        if kind == "xliff" and b"urn:oasis:names:tc:xliff:document:2." in raw[:4000]:
            from translate.storage.xliff2 import Xliff2File

            store = Xliff2File.parsestring(raw)
        else:
            cls = factory.getclass(str(path))
            store = cls.parsestring(raw)
    except Exception as error:  # the toolkit raises lxml, ValueError, its own errors...
        raise InputError(f"{path}: not a readable {kind.upper()} file ({type(error).__name__}: {error})".rstrip()) from None
    units = []
    for unit in store.units:
        if unit.isheader() or not unit.source:
            continue
        units.append((_one_line(str(unit.source)), _one_line(str(unit.target or ""))))
    if not units:
        raise InputError(f"{path}: no translation units found")
    return units


def read_units(path: str | Path) -> list[tuple[str, str]]:
    """(source, target) text of every unit, in file order."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    kind = _TOOLKIT_SUFFIXES.get(path.suffix.lower())
    if kind:
        return _read_toolkit(path, raw, kind)
    if path.suffix.lower() in (".tsv", ".tab", ".txt"):
        try:
            data = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not UTF-8 (byte {error.start})") from None
        return _read_tsv(path, data)
    raise InputError(f"{path}: unknown bilingual format {path.suffix!r} (use .tsv, .xlf/.xliff, .po or .tmx)")


def load_pairs(
    path: str | Path, source_lang: str, target_lang: str
) -> tuple[Document, Document, tuple[Link, ...]]:
    """Source and target Documents (one unit per line) and the unit links.

    Links are between sentence segments as :func:`tqcheck.segment.segment`
    cuts the documents (plain text: each line a paragraph), unit i with
    unit i; an empty target makes a 1-0 link."""
    units = read_units(path)
    source_text = "\n".join(s for s, _ in units)
    target_text = "\n".join(t for _, t in units)
    source = Document(text=source_text, path=str(path), language=source_lang)
    target = Document(text=target_text, path=str(path), language=target_lang)
    source_segments = segment(source_text, source_lang)
    target_segments = segment(target_text, target_lang)
    links = []
    s_pos = t_pos = 0
    s_next = t_next = 0  # segments come in text order: walk both lists once
    for src, tgt in units:
        s_end, t_end = s_pos + len(src), t_pos + len(tgt)
        s_ids: tuple[int, ...] = ()
        while s_next < len(source_segments) and source_segments[s_next].end <= s_end:
            s_ids += (source_segments[s_next].id,)
            s_next += 1
        t_ids: tuple[int, ...] = ()
        while t_next < len(target_segments) and target_segments[t_next].end <= t_end:
            t_ids += (target_segments[t_next].id,)
            t_next += 1
        if s_ids or t_ids:
            links.append(
                Link(
                    s_ids, t_ids, 1.0,
                    (source_segments[s_ids[0]].start, source_segments[s_ids[-1]].end) if s_ids else None,
                    (target_segments[t_ids[0]].start, target_segments[t_ids[-1]].end) if t_ids else None,
                )
            )
        s_pos, t_pos = s_end + 1, t_end + 1
    return source, target, tuple(links)

"""Bilingual files: TSV pairs, XLIFF 1.2/2.x, PO and TMX.

The translation formats are read with translate-toolkit, the library built
for them. Each side becomes a plain-text Document with one unit per line, so
every unit is a paragraph; the units are already paired, so the links come
from the file rather than from alignment. A unit whose text spans several
lines is joined with spaces (one line is one paragraph).

Large files are read as a stream (:func:`iter_units`): TSV line by line,
TMX and XLIFF 1.x with lxml's ``iterparse``, each unit element turned into
translate-toolkit's own unit class (so its text is exactly what the toolkit
reads) and freed once read. PO and XLIFF 2 files are read whole by the
toolkit, which has no streaming reader for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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


def iter_units(path: str | Path) -> Iterator[tuple[str, str]]:
    """The units of ``path`` as :func:`read_units` reads them, one at a
    time: memory stays flat however many units the file holds (TSV, TMX,
    XLIFF 1.x; PO and XLIFF 2 are read whole)."""
    path = Path(path)
    suffix = path.suffix.lower()
    kind = _TOOLKIT_SUFFIXES.get(suffix)
    if suffix in (".tsv", ".tab", ".txt"):
        return _stream_tsv(path)
    if kind in ("tmx", "xliff") and not _is_xliff2(path):
        return _stream_xml(path, kind)
    return iter(read_units(path))


def _stream_tsv(path: Path) -> Iterator[tuple[str, str]]:
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        offset, number, bom = 0, 0, True
        for raw in handle:
            try:
                line_text = raw.decode("utf-8-sig" if bom else "utf-8")
            except UnicodeDecodeError as error:
                raise InputError(f"{path}: not UTF-8 (byte {offset + error.start})") from None
            offset += len(raw)
            bom = False
            # str.splitlines, as the whole-file reader splits: \r, \v, \x1c... break lines too.
            for line in line_text.splitlines():
                number += 1
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.split("\t")
                if len(cells) != 2:
                    raise InputError(
                        f"{path}:{number}: expected 2 tab-separated columns (source<TAB>target), found {len(cells)}"
                    )
                yield cells[0].strip(), cells[1].strip()


def _is_xliff2(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return b"urn:oasis:names:tc:xliff:document:2." in handle.read(4000)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None


def _stream_xml(path: Path, kind: str) -> Iterator[tuple[str, str]]:
    from lxml import etree  # lazy, like the toolkit
    from translate.storage import tmx, xliff

    unit_class = tmx.tmxunit if kind == "tmx" else xliff.xliffunit
    namespace, tag, found = None, None, 0
    try:
        for event, element in etree.iterparse(
            str(path), events=("start", "end"), resolve_entities=False, no_network=True, huge_tree=True
        ):
            if tag is None:  # the root element: its namespace names every unit's
                namespace = element.nsmap.get(None)
                if kind == "xliff":  # as the toolkit detects XLIFF 1.1 and 1.2
                    namespace = next(
                        (ns for ns in element.nsmap.values() if ns and ns.startswith(xliff.xlifffile.unversioned_namespace)),
                        namespace,
                    )
                tag = f"{{{namespace}}}{unit_class.rootNode}" if namespace else unit_class.rootNode
                continue
            if event != "end" or element.tag != tag:
                continue
            unit = unit_class.createfromxmlElement(element)
            unit.namespace = namespace
            if not unit.isheader() and unit.source:
                found += 1
                yield _one_line(str(unit.source)), _one_line(str(unit.target or ""))
            element.clear(keep_tail=True)  # read: free it and the siblings before it
            while element.getprevious() is not None:
                del element.getparent()[0]
    except etree.XMLSyntaxError as error:
        raise InputError(f"{path}: not a readable {kind.upper()} file (XMLSyntaxError: {error})".rstrip()) from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if not found:
        raise InputError(f"{path}: no translation units found")


def load_pairs(
    path: str | Path, source_lang: str, target_lang: str
) -> tuple[Document, Document, tuple[Link, ...]]:
    """Source and target Documents (one unit per line) and the unit links of
    the whole of ``path`` (see :func:`pairs_documents`)."""
    return pairs_documents(read_units(path), str(path), source_lang, target_lang)


def pairs_documents(
    units: Iterable[tuple[str, str]], path: str, source_lang: str, target_lang: str
) -> tuple[Document, Document, tuple[Link, ...]]:
    """Source and target Documents (one unit per line) and the unit links.

    Links are between sentence segments as :func:`tqcheck.segment.segment`
    cuts the documents (plain text: each line a paragraph), unit i with
    unit i; an empty target makes a 1-0 link."""
    units = list(units)
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

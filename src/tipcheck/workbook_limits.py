"""What is checked in a workbook file before openpyxl parses any of it.

`inspect_workbook` refuses, each with one line naming the file (`InputError`):

- a missing, unreadable, empty or oversized file (`MAX_WORKBOOK_BYTES`);
- a file that is not a zip: an old .xls or an .xlsx encrypted with a password to open it (both
  OLE2 files), a text file under an .xlsx name, a truncated or damaged zip; a zip that is an
  OpenDocument spreadsheet;
- a zip bomb, from the zip's directory alone, without inflating anything: too many parts, a
  total unpacked size over `MAX_UNCOMPRESSED_BYTES`, or a large part that unpacks more than
  `MAX_RATIO`-fold (zipfile never inflates a part beyond the size its directory declares);
- an XML document type declaration (DTD) in any XML part: entity expansion ("billion laughs")
  and external entities need one, and a workbook never has one. openpyxl parses with defusedxml
  as well (`openpyxl.xml.DEFUSEDXML`), but this check gives a clear message, and comes first;
- more than `MAX_CELLS` cells, `MAX_ROWS` rows or `MAX_ELEMENTS` XML elements, or rows whose
  cells reach so far right that reading them means building more than `MAX_GRID` cells, counted
  while the XML parts stream through expat in small blocks: a huge sheet is refused after
  reading at most that many, not after loading it.

The same pass records each sheet's layout (`SheetLayout`: hidden state, hidden rows and columns,
merged ranges), which openpyxl's read-only mode does not expose; `workbook_read` refuses hidden
or merged question rows with it.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.parsers import expat

from tipcheck.errors import InputError, Location
from tipcheck.i18n import t
from tipcheck.model import Lang
from tipcheck.workbook_layout import SheetLayout, note_layout

MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_PARTS = 10_000
#: A part that unpacks to more than this many bytes may not unpack more than MAX_RATIO-fold.
RATIO_FROM_BYTES = 1024 * 1024
MAX_RATIO = 100
MAX_CELLS = 200_000
MAX_ROWS = 200_000
MAX_ELEMENTS = 2_000_000
#: Cells openpyxl builds for the rows: each row up to its last cell, the empty ones included.
MAX_GRID = 2_000_000
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_BLOCK = 64 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # a stream of an encrypted workbook
_OFFICE_DOCUMENT = "/officeDocument"


def say(key: str, lang: Lang, **values: object) -> str:
    """An import message (`workbook.read_<key>`) in `lang`."""
    return t(f"workbook.read_{key}", lang, **values)


def refuse(path: Path, key: str, lang: Lang, **values: object) -> InputError:
    return InputError.at(Location(str(path)), say(key, lang, **values))


def not_xlsx(path: Path, error: BaseException, lang: Lang) -> InputError:
    text = str(error).strip()
    detail = text.splitlines()[0][:200] if text else ""
    reason = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    return refuse(path, "not_xlsx", lang, reason=reason)


def inspect_workbook(path: Path, lang: Lang) -> dict[str, SheetLayout]:
    """Check the file before parsing it (see the module); return each sheet's layout by title."""
    _check_file(path, lang)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = _check_parts(path, archive, lang)
            return _Scan(path, archive, lang).run(infos)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
            ValueError, NotImplementedError, RuntimeError) as error:
        raise not_xlsx(path, error, lang) from None


def _check_file(path: Path, lang: Lang) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise refuse(path, "missing", lang) from None
    except OSError as error:
        raise refuse(path, "unreadable", lang, error=error.strerror) from None
    if not path.is_file():
        raise refuse(path, "not_a_file", lang)
    if size == 0:
        raise refuse(path, "empty", lang)
    if size > MAX_WORKBOOK_BYTES:
        raise refuse(path, "too_big", lang, size=size, limit=MAX_WORKBOOK_BYTES,
                     mb=MAX_WORKBOOK_BYTES // (1024 * 1024))
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise refuse(path, "unreadable", lang, error=error.strerror) from None
    if head.startswith(_OLE2):  # an old .xls, or an .xlsx with a password to open it
        encrypted = _ENCRYPTED in path.read_bytes()
        raise refuse(path, "is_encrypted" if encrypted else "is_xls", lang)
    if not head.startswith(b"PK") and _is_text(head):
        raise refuse(path, "is_text", lang)


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return head.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 text has NULs
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start > len(head) - 4  # a character cut at the end of the block
    return True


def _check_parts(path: Path, archive: zipfile.ZipFile, lang: Lang) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise refuse(path, "too_many_parts", lang, count=len(infos), limit=MAX_PARTS)
    names = {info.filename for info in infos}
    if "mimetype" in names and "[Content_Types].xml" not in names:
        info = archive.getinfo("mimetype")
        if info.file_size < 200 and archive.read(info).startswith(b"application/vnd.oasis"):
            raise refuse(path, "is_ods", lang)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * info.compress_size:
            raise refuse(path, "zip_bomb", lang, part=info.filename, size=info.file_size,
                         packed=info.compress_size,
                         ratio=info.file_size // max(info.compress_size, 1))
    if total > MAX_UNCOMPRESSED_BYTES:
        raise refuse(path, "unpacks_too_big", lang, size=total, limit=MAX_UNCOMPRESSED_BYTES,
                     mb=MAX_UNCOMPRESSED_BYTES // (1024 * 1024))
    return infos


def _column(ref: str) -> int:
    """The column number of a cell reference such as AB12; 0 if it has none."""
    number = 0
    for char in ref:
        if not "A" <= char <= "Z":
            break
        number = number * 26 + ord(char) - 64
    return number


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


class _Scan:
    """One pass over every XML part of the zip, in small blocks, through expat."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, lang: Lang) -> None:
        self.path, self.archive, self.lang = path, archive, lang
        self.cells = self.rows = self.elements = self.grid = 0
        self.column = 0  # the column of the last cell seen in the current row
        self.comments: dict[str, list[str]] = {}  # comments part: the cells commented on

    def run(self, infos: list[zipfile.ZipInfo]) -> dict[str, SheetLayout]:
        names = {info.filename for info in infos}
        sheets = self._sheet_parts(names)
        layouts: dict[str, SheetLayout] = {}
        for info in infos:
            if not info.filename.lower().endswith(_XML_SUFFIXES) or info.is_dir():
                continue
            sheet = sheets.get(info.filename)
            layout = SheetLayout(state=sheet[1]) if sheet else None
            self._parse(info.filename, layout=layout)
            if sheet and layout is not None:
                layouts.setdefault(sheet[0], layout)
        for part, (title, _) in sheets.items():
            folder, base = posixpath.split(part)
            for kind, target, _ in self._relationships(
                    posixpath.join(folder, "_rels", base + ".rels"), folder, names):
                if kind.endswith("/comments") and title in layouts:
                    layouts[title].comments += self.comments.get(target, [])
        return layouts

    def _sheet_parts(self, names: set[str]) -> dict[str, tuple[str, str]]:
        """Each worksheet part's (sheet title, state), found as openpyxl finds them."""
        book = "xl/workbook.xml"
        for rel in self._relationships("_rels/.rels", "", names):
            if rel[0].endswith(_OFFICE_DOCUMENT):
                book = rel[1]
                break
        if book not in names:
            return {}
        folder = posixpath.dirname(book)
        rels_part = posixpath.join(folder, "_rels", posixpath.basename(book) + ".rels")
        targets = {rid: target for _, target, rid in self._relationships(rels_part, folder,
                                                                          names)}
        sheets: list[dict[str, str]] = []

        def sheet(local: str, attrs: dict[str, str]) -> None:
            if local == "sheet":
                sheets.append({_local(k): v for k, v in attrs.items()})

        self._parse(book, sheet)
        return {targets[s["id"]]: (s.get("name", ""), s.get("state", "visible"))
                for s in sheets if s.get("id") in targets}

    def _relationships(self, part: str, folder: str,
                       names: set[str]) -> list[tuple[str, str, str]]:
        """(type, target part, id) of each relationship of a .rels part."""
        found: list[tuple[str, str, str]] = []
        if part not in names:
            return found

        def relationship(local: str, attrs: dict[str, str]) -> None:
            if local == "Relationship" and "Target" in attrs:
                target = attrs["Target"]
                target = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                found.append((attrs.get("Type", ""), posixpath.normpath(target),
                              attrs.get("Id", "")))

        self._parse(part, relationship)
        return found

    def _parse(self, part: str, also: Any = None, layout: SheetLayout | None = None) -> None:
        """Stream one part through expat, counting its elements; refuse a DTD."""
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

        def dtd(*_: object) -> None:
            raise refuse(self.path, "dtd", self.lang, part=part)

        def start(name: str, attrs: dict[str, str]) -> None:
            self.elements += 1
            if self.elements > MAX_ELEMENTS:
                raise refuse(self.path, "too_many_elements", self.lang, limit=MAX_ELEMENTS)
            local = _local(name)
            if local == "c":
                self.cells += 1
                if self.cells > MAX_CELLS:
                    raise refuse(self.path, "too_many_cells", self.lang, limit=MAX_CELLS)
                column = _column(attrs.get("r", "")) or self.column + 1
                if column > self.column:
                    self.grid += column - self.column
                    self.column = column
                    if self.grid > MAX_GRID:
                        raise refuse(self.path, "too_wide", self.lang, limit=MAX_GRID)
            elif local == "comment" and "ref" in attrs:
                self.comments.setdefault(part, []).append(attrs["ref"])
            elif local == "row":
                self.column = 0
                self.rows += 1
                if self.rows > MAX_ROWS:
                    raise refuse(self.path, "too_many_rows", self.lang, limit=MAX_ROWS)
            if layout is not None:
                note_layout(layout, local, attrs)
            if also is not None:
                also(local, attrs)

        parser.StartDoctypeDeclHandler = dtd
        parser.EntityDeclHandler = dtd
        parser.StartElementHandler = start
        try:
            with self.archive.open(part) as stream:
                while block := stream.read(_BLOCK):
                    parser.Parse(block, False)
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise refuse(self.path, "bad_xml", self.lang, part=part,
                         error=expat.ErrorString(error.code)) from None

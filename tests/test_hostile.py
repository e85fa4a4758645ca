"""Wrong and hostile files: each is refused through the real command line with exit code 2, one
line on stderr that starts with the file's path, no traceback, no hang, and nothing written.

The files are built here: from a real filled workbook, edited with openpyxl or rewritten part by
part with zipfile (a huge sheet or a zip bomb is written directly, never through openpyxl).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import defusedxml
import openpyxl
import openpyxl.xml
import pytest

from tipcheck import workbook_limits
from tipcheck.answers import Answer, AnswerSet, State
from tipcheck.errors import InputError
from tipcheck.i18n import t
from tipcheck.questionnaire import Questionnaire
from tipcheck.workbook_fill import fill_workbook
from tipcheck.workbook_read import read_workbook

BOMB_PART = "xl/worksheets/sheet99.xml"


def answer_set(questionnaire: Questionnaire, lang: str = "en") -> AnswerSet:
    """Every choice question answered with its first choice, cited."""
    answers = {q.id: Answer(value=q.choices[0].value, citation="Act 1, art. 2")
               for q in questionnaire.questions if q.choices}
    return AnswerSet(state=State(code="XAA", name="Testland"),
                     reporting_date=dt.date(2026, 6, 30), language=lang, answers=answers)


@pytest.fixture(scope="module")
def filled(tmp_path_factory, questionnaire) -> Path:
    """A valid filled workbook, which imports without an error."""
    path = tmp_path_factory.mktemp("filled") / "filled.xlsx"
    fill_workbook(questionnaire, answer_set(questionnaire), path)
    read_workbook(path, questionnaire)
    return path


def first_question(workbook, questionnaire: Questionnaire) -> tuple[object, int, str]:
    """The sheet, row and id of the first question row."""
    qid = questionnaire.questions[0].id
    for sheet in workbook.worksheets:
        for cell in sheet["A"]:
            if cell.value == qid:
                return sheet, cell.row, qid
    raise AssertionError(qid)


_FIRST_ROWS: dict[Path, tuple[str, int, str]] = {}


def first_row(filled: Path, questionnaire: Questionnaire) -> tuple[str, int, str]:
    """The sheet title, row and id of the first question row of a workbook file."""
    if filled not in _FIRST_ROWS:
        sheet, row, qid = first_question(openpyxl.load_workbook(filled), questionnaire)
        _FIRST_ROWS[filled] = (sheet.title, row, qid)
    return _FIRST_ROWS[filled]


def edited(filled: Path, tmp_path: Path, questionnaire: Questionnaire,
           edit: Callable[..., None], name: str = "edited.xlsx") -> Path:
    """The filled workbook, edited with openpyxl: edit(workbook, sheet, row, qid)."""
    workbook = openpyxl.load_workbook(filled)
    edit(workbook, *first_question(workbook, questionnaire))
    path = tmp_path / name
    workbook.save(path)
    return path


def rewritten(filled: Path, path: Path, parts: dict[str, bytes | None],
              extra: Callable[[zipfile.ZipFile], None] | None = None) -> Path:
    """The filled workbook with some zip parts replaced (None drops one), and more added."""
    with zipfile.ZipFile(filled) as source, zipfile.ZipFile(path, "w",
                                                           zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in parts:
                content = parts.pop(info.filename)
                if content is not None:
                    target.writestr(info.filename, content)
            else:
                target.writestr(info, source.read(info))
        for name, content in parts.items():
            if content is not None:
                target.writestr(name, content)
        if extra:
            extra(target)
    return path


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def section_part(path: Path) -> str:
    """The zip part of the first section sheet (sheet3: after instructions and cover)."""
    with zipfile.ZipFile(path) as archive:
        assert "xl/worksheets/sheet3.xml" in archive.namelist()
    return "xl/worksheets/sheet3.xml"


LAUGHS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
          + b"".join(b'<!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;")
                                                     * 10) for n in range(1, 10))
          + b"]>\n")
XXE = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
       b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')
SML = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def with_dtd(text: bytes, dtd: bytes) -> bytes:
    """An XML part with a DTD before its root."""
    body = text.split(b"?>", 1)[1] if text.startswith(b"<?xml") else text
    return dtd + body.lstrip()


def shared_strings(filled: Path, dtd: bytes, entity: bytes) -> dict[str, bytes]:
    """A shared strings part whose one string is the entity, declared as openpyxl finds it."""
    types = part(filled, "[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    assert b"sharedStrings" not in part(filled, "[Content_Types].xml")  # openpyxl writes none
    strings = dtd + b"<sst " + SML + b' count="1" uniqueCount="1"><si><t>' + entity + (
        b"</t></si></sst>")
    return {"[Content_Types].xml": types, "xl/sharedStrings.xml": strings}


def huge_sheet(cells: int, columns: int = 10) -> bytes:
    rows = []
    for row in range(1, cells // columns + 2):
        rows.append(f'<row r="{row}">' + "".join(
            f'<c r="{chr(65 + c)}{row}"><v>{c}</v></c>' for c in range(columns)) + "</row>")
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ' + SML + b"><sheetData>"
            + "".join(rows).encode() + b"</sheetData></worksheet>")


def add_bomb(archive: zipfile.ZipFile) -> None:
    """A part that unpacks 64 MB of spaces from about 64 kB."""
    info = zipfile.ZipInfo(BOMB_PART)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w") as stream:
        stream.write(b'<?xml version="1.0"?><worksheet ' + SML + b">")
        block = b" " * (1 << 20)
        for _ in range(64):
            stream.write(block)
        stream.write(b"</worksheet>")


def bomb_info(path: Path) -> zipfile.ZipInfo:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(BOMB_PART)


# --- the files, each with what its one line says -------------------------------------------

def make(kind: str, filled: Path, tmp_path: Path, questionnaire: Questionnaire) -> Path:
    """Build the hostile file `kind` in `tmp_path`."""
    plain = {
        "xls": ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504),
        "xls-renamed": ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504),
        "encrypted": ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000
                      + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100),
        "csv": ("answers.csv", b"question,answer\nNP-1,yes\n"),
        "csv-renamed": ("answers.xlsx", b"question,answer\nNP-1,yes\n"),
        "text": ("notes.xlsx", "Réponses du ministère\n".encode()),
        "empty": ("empty.xlsx", b""),
    }
    if kind in plain:
        name, content = plain[kind]
        path = tmp_path / name
        path.write_bytes(content)
        return path
    if kind in ("ods", "ods-renamed"):
        path = tmp_path / ("sheet.ods" if kind == "ods" else "sheet.xlsx")
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                             compress_type=zipfile.ZIP_STORED)
            archive.writestr("content.xml", "<office:document-content/>")
        return path
    if kind == "truncated":
        path = tmp_path / "truncated.xlsx"
        path.write_bytes(filled.read_bytes()[: filled.stat().st_size * 2 // 3])
        return path
    if kind == "zip-bomb":
        return rewritten(filled, tmp_path / "bomb.xlsx", {}, extra=add_bomb)
    if kind in ("laughs-strings", "xxe-strings"):
        dtd, entity = (LAUGHS, b"&lol9;") if kind == "laughs-strings" else (XXE, b"&xxe;")
        return rewritten(filled, tmp_path / f"{kind}.xlsx", shared_strings(filled, dtd, entity))
    if kind == "laughs-sheet":
        name = section_part(filled)
        text = part(filled, name).replace(b"<sheetData>", b"<sheetData><row r=\"1000\">"
                                          b"<c r=\"H1000\" t=\"inlineStr\"><is><t>&lol9;</t>"
                                          b"</is></c></row>", 1)
        return rewritten(filled, tmp_path / "laughs-sheet.xlsx", {name: with_dtd(text, LAUGHS)})
    if kind == "huge-sheet":
        return rewritten(filled, tmp_path / "huge.xlsx",
                         {section_part(filled): huge_sheet(workbook_limits.MAX_CELLS + 10)})
    edits: dict[str, Callable[..., None]] = {
        "formula": lambda wb, ws, row, qid: ws.cell(row, 4, '=IF(1,"Yes","No")'),
        "merged": lambda wb, ws, row, qid: ws.merge_cells(f"D{row}:E{row}"),
        "hidden-row": lambda wb, ws, row, qid: setattr(ws.row_dimensions[row], "hidden", True),
        "hidden-column": lambda wb, ws, row, qid: setattr(ws.column_dimensions["E"], "hidden",
                                                          True),
        "hidden-sheet": lambda wb, ws, row, qid: setattr(ws, "sheet_state", "hidden"),
        "other-version": lambda wb, ws, row, qid: setattr(wb["_tipcheck"]["B2"], "value", "0.9"),
    }
    return edited(filled, tmp_path, questionnaire, edits[kind], f"{kind}.xlsx")


def expected(kind: str, filled: Path, questionnaire: Questionnaire) -> str:
    """What the one line says after the file's path (a prefix of it)."""
    title, row, qid = first_row(filled, questionnaire)
    dtd = "refused: its part {} declares an XML document type (DTD)"
    return {
        "xls": ": is an old Excel .xls file; save it as an .xlsx workbook",
        "xls-renamed": ": is not an Excel .xlsx workbook: it is an old Excel .xls file under an "
                       ".xlsx name",
        "encrypted": ": is an Excel workbook protected by a password to open it, which tipcheck "
                     "cannot read",
        "ods": ": is an OpenDocument spreadsheet; save it as an .xlsx workbook",
        "ods-renamed": ": is not an Excel .xlsx workbook: it is an OpenDocument spreadsheet (.ods)",
        "csv": ": is a CSV file",
        "csv-renamed": ": is not an Excel .xlsx workbook: it is a text file (CSV or other)",
        "text": ": is not an Excel .xlsx workbook: it is a text file (CSV or other)",
        "empty": ": is empty; expected an Excel .xlsx workbook",
        "truncated": ": is not an Excel .xlsx workbook (BadZipFile: ",
        "zip-bomb": f": refused without unpacking it: its part {BOMB_PART} would unpack ",
        "laughs-strings": ": " + dtd.format("xl/sharedStrings.xml"),
        "xxe-strings": ": " + dtd.format("xl/sharedStrings.xml"),
        "laughs-sheet": ": " + dtd.format("xl/worksheets/sheet3.xml"),
        "huge-sheet": f": has more than {workbook_limits.MAX_CELLS} cells (counted before "
                      "reading it)",
        "formula": f": {title}!D{row}: a formula is not an answer (=IF(1,\"Yes\",\"No\"))",
        "merged": f": {title}!D{row}:E{row}: merged cells in row {row} ({qid}): a merged "
                  "cell keeps only its first value",
        "hidden-row": f": {title}!A{row}: row {row} ({qid}) is hidden, so what it holds "
                      "may not have been seen",
        "hidden-column": f": {title}!E:E: column E is hidden",
        "hidden-sheet": f": {title}: the sheet is hidden, and with it row {row} ({qid})",
        "other-version": f": is questionnaire {questionnaire.id} version 0.9; this tipcheck "
                         f"expects {questionnaire.id} version {questionnaire.version}",
    }[kind]


KINDS = ("xls", "xls-renamed", "encrypted", "ods", "ods-renamed", "csv", "csv-renamed", "text",
         "empty", "truncated", "zip-bomb", "laughs-strings", "xxe-strings", "laughs-sheet",
         "huge-sheet", "formula", "merged", "hidden-row", "hidden-column", "hidden-sheet",
         "other-version")


def tipcheck(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TIPCHECK_LANG": "en"}
    env.pop("TIPCHECK_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "tipcheck", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def one_line(run: subprocess.CompletedProcess, path: Path, says: str) -> None:
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith(str(path) + says), line


@pytest.fixture(scope="module")
def runs(filled, tmp_path_factory, questionnaire) -> dict[tuple[str, str], tuple]:
    """Each file through `answers FILE` and `check FILE --out DIR`, a few at a time: {(kind,
    command): (path, out folder, what the line says, the finished process)}."""
    jobs = {}
    for kind in KINDS:
        folder = tmp_path_factory.mktemp(kind)
        path = make(kind, filled, folder, questionnaire)
        says = expected(kind, filled, questionnaire)
        jobs[kind, "answers"] = (path, None, says, ("answers", str(path)))
        out = folder / "out"
        jobs[kind, "check"] = (path, out, says, ("check", str(path), "--out", str(out)))
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        done = {key: pool.submit(tipcheck, *job[3]) for key, job in jobs.items()}
        return {key: (*jobs[key][:3], future.result()) for key, future in done.items()}


@pytest.mark.parametrize("kind", KINDS)
def test_answers_refuses_it_in_one_line(kind, runs):
    path, _, says, run = runs[kind, "answers"]
    one_line(run, path, says)
    assert run.stdout == ""


@pytest.mark.parametrize("kind", KINDS)
def test_check_refuses_it_in_one_line_and_writes_nothing(kind, runs):
    path, out, says, run = runs[kind, "check"]
    one_line(run, path, says)
    assert not out.exists() or not any(out.iterdir())


# --- in process: how each refusal comes about ----------------------------------------------

def refusal(path: Path, questionnaire: Questionnaire) -> str:
    with pytest.raises(InputError) as caught:
        read_workbook(path, questionnaire)
    (problem,) = caught.value.problems
    return str(problem)


def test_a_zip_bomb_is_refused_without_inflating_it(filled, tmp_path, questionnaire,
                                                   monkeypatch):
    path = make("zip-bomb", filled, tmp_path, questionnaire)
    info = bomb_info(path)
    assert info.file_size > 64 << 20 and info.file_size > 500 * info.compress_size
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    assert f"would unpack {info.file_size // info.compress_size}-fold" in refusal(path,
                                                                               questionnaire)
    assert BOMB_PART not in opened


def test_a_workbook_that_unpacks_too_big_is_refused_from_its_directory(filled, tmp_path,
                                                                       questionnaire,
                                                                       monkeypatch):
    """Many parts of ordinary ratios: the total declared size is what counts."""
    monkeypatch.setattr(workbook_limits, "MAX_UNCOMPRESSED_BYTES", 4 * filled.stat().st_size)

    def pad(archive):
        for n in range(10):
            archive.writestr(f"xl/media/pad{n}.bin", os.urandom(filled.stat().st_size))

    path = rewritten(filled, tmp_path / "padded.xlsx", {}, extra=pad)
    assert "a workbook may unpack to at most" in refusal(path, questionnaire)


@pytest.mark.parametrize("kind", ["laughs-strings", "xxe-strings", "laughs-sheet"])
def test_xml_attacks_are_refused_by_the_check_and_by_openpyxl_itself(kind, filled, tmp_path,
                                                                     questionnaire):
    path = make(kind, filled, tmp_path, questionnaire)
    assert "declares an XML document type (DTD)" in refusal(path, questionnaire)
    # openpyxl parses with defusedxml: without the check above, it refuses the entities too
    assert openpyxl.xml.DEFUSEDXML is True
    with pytest.raises(Exception) as caught:
        openpyxl.load_workbook(path)
    error: BaseException | None = caught.value
    while error is not None and not isinstance(error, defusedxml.DefusedXmlException):
        error = error.__cause__ or error.__context__
    assert isinstance(error, defusedxml.EntitiesForbidden), repr(caught.value)


def test_a_huge_sheet_is_refused_after_counting_not_loading(filled, tmp_path, questionnaire,
                                                            monkeypatch):
    """Refused once the count passes the limit: openpyxl never sees it."""
    path = make("huge-sheet", filled, tmp_path, questionnaire)
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("loaded"))
    assert refusal(path, questionnaire).endswith(
        f"has more than {workbook_limits.MAX_CELLS} cells (counted before reading it); a "
        "questionnaire workbook has far fewer")


def test_rows_reaching_far_right_are_refused(filled, tmp_path, questionnaire):
    rows = "".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 200))
    sheet = (b'<?xml version="1.0"?><worksheet ' + SML + b"><sheetData>" + rows.encode()
             + b"</sheetData></worksheet>")
    path = rewritten(filled, tmp_path / "wide.xlsx", {section_part(filled): sheet})
    assert f"reading them means more than {workbook_limits.MAX_GRID} cells" in refusal(
        path, questionnaire)


def test_too_many_rows_or_elements(filled, tmp_path, questionnaire, monkeypatch):
    monkeypatch.setattr(workbook_limits, "MAX_ROWS", 5)
    assert "has more than 5 rows" in refusal(filled, questionnaire)
    monkeypatch.setattr(workbook_limits, "MAX_ELEMENTS", 50)
    assert "has more than 50 XML elements" in refusal(filled, questionnaire)


def test_malformed_xml_names_the_part(filled, tmp_path, questionnaire):
    name = section_part(filled)
    path = rewritten(filled, tmp_path / "bad.xlsx", {name: part(filled, name)[:-40]})
    assert refusal(path, questionnaire).startswith(
        f"{path}: is not an Excel .xlsx workbook (the XML of its part {name} is malformed: ")


def test_a_hidden_or_merged_cover_row(filled, tmp_path, questionnaire):
    def hide(workbook, *_):
        cover = workbook[t("workbook.sheet_cover", "en")]
        cover.row_dimensions[4].hidden = True
        cover.merge_cells("A6:B6")  # the date in B6 is lost
        cover.merge_cells("D1:F2")  # away from the inputs: no harm

    path = edited(filled, tmp_path, questionnaire, hide)
    with pytest.raises(InputError) as caught:
        read_workbook(path, questionnaire)
    code, date = (t(f"workbook.cover_{key}", "en") for key in ("state_code", "reporting_date"))
    assert [str(p).removeprefix(f"{path}: ") for p in caught.value.problems] == [
        f"Cover!A4: row 4 ({code}) is hidden, so what it holds may not have been seen by "
        "whoever checked the file: unhide it, check it and save again",
        f"Cover!A6:B6: merged cells in row 6 ({date}): a merged cell keeps only its first "
        "value; unmerge them, check the values and save again",
        "Cover!B6: the reporting date is missing"]


@pytest.mark.parametrize("how", ["zero height", "hidden by default"])
def test_rows_hidden_by_their_height(how, filled, tmp_path, questionnaire):
    """Row attributes openpyxl does not write: the sheet's XML edited directly."""
    sheet, row, qid = first_question(openpyxl.load_workbook(filled), questionnaire)
    name, text = section_part(filled), part(filled, section_part(filled))
    assert sheet.title == openpyxl.load_workbook(filled).sheetnames[2]  # sheet3.xml
    mark = f'<row r="{row}"'.encode()
    assert text.count(mark) == 1
    if how == "zero height":
        text = text.replace(mark, mark + b' ht="0" customHeight="1"')
    else:  # rows are hidden unless they have a height of their own; the header row has one
        text = text.replace(b"<sheetFormatPr ", b'<sheetFormatPr zeroHeight="1" ')
        text = text.replace(b'<row r="1"', b'<row r="1" ht="20" customHeight="1"')
    path = rewritten(filled, tmp_path / "low.xlsx", {name: text})
    with pytest.raises(InputError) as caught:
        read_workbook(path, questionnaire)
    lines = [str(p) for p in caught.value.problems]  # by default: every question row
    assert lines[0].startswith(f"{path}: {sheet.title}!A{row}: row {row} ({qid}) is hidden")
    assert all(" is hidden, so what it holds" in line for line in lines)
    assert len(lines) == 1 if how == "zero height" else len(lines) == sheet.max_row - 1


def test_hidden_rows_and_columns_without_answers_do_no_harm(filled, tmp_path, questionnaire):
    def hide(workbook, sheet, row, qid):
        sheet.row_dimensions[sheet.max_row + 5].hidden = True  # an empty row
        sheet.column_dimensions["K"].hidden = True  # beyond G
        workbook.worksheets[0].row_dimensions[2].hidden = True  # the instructions

    path = edited(filled, tmp_path, questionnaire, hide)
    assert read_workbook(path, questionnaire).answer_set.answers


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_layout_messages_are_in_the_workbook_language(lang, tmp_path, questionnaire,
                                                      monkeypatch):
    monkeypatch.setenv("TIPCHECK_LANG", "fr" if lang == "en" else "en")
    source = tmp_path / "source.xlsx"
    fill_workbook(questionnaire, answer_set(questionnaire, lang), source)
    path = edited(source, tmp_path, questionnaire,
                  lambda wb, ws, row, qid: ws.merge_cells(f"D{row}:D{row + 1}"))
    message = refusal(path, questionnaire)
    assert ("merged cells in row" in message) == (lang == "en")
    assert ("des cellules fusionnées dans la ligne" in message) == (lang == "fr")


def test_file_messages_are_in_the_default_language(tmp_path, questionnaire, monkeypatch):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    monkeypatch.setenv("TIPCHECK_LANG", "fr")
    assert refusal(path, questionnaire) == (
        f"{path}: est vide ; un classeur Excel .xlsx est attendu")


def test_import_messages_exist_in_both_languages():
    from tipcheck.i18n import catalogue

    keys = {lang: {k for k in catalogue(lang) if k.startswith("workbook.read_")}
            for lang in ("en", "fr")}
    assert len(keys["en"]) > 30 and keys["en"] == keys["fr"]
    source = Path(workbook_limits.__file__).parent
    used = set()
    for name in ("workbook_read.py", "workbook_limits.py", "workbook_values.py"):
        text = (source / name).read_text(encoding="utf-8")
        used |= {k for k in keys["en"] if f'"{k.removeprefix("workbook.read_")}"' in text}
    assert used == keys["en"]  # every message is used, and none is missing

"""Workbooks as bytes that do not change from one run to the next.

openpyxl stamps a workbook with the clock when it saves it (the document's modification time,
and the date of every part of the zip). A report, a filled sample or a blank questionnaire must
be the same bytes for the same inputs: the stamp is replaced by one derived from the inputs.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook

_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def workbook_bytes(workbook: Workbook, stamp: dt.datetime) -> bytes:
    """The .xlsx bytes of a workbook, dated `stamp` throughout."""
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    buffer = io.BytesIO()
    workbook.save(buffer)
    return stable_zip(buffer.getvalue(), stamp)


def stable_zip(data: bytes, stamp: dt.datetime) -> bytes:
    """The same .xlsx with every zip entry dated `stamp`, so that reruns give the same bytes."""
    date_time = (stamp.year, stamp.month, stamp.day, 0, 0, 0)
    # openpyxl stamps the modification time with the clock when it saves: put the stamp back.
    modified = stamp.isoformat(timespec="seconds") + "Z"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>" + modified.encode() + rb"\g<2>", content)
            target.writestr(entry, content)
    return out.getvalue()

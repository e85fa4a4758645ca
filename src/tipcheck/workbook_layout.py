"""A sheet's layout as its XML says, which openpyxl's read-only mode does not expose: whether the
sheet is hidden, its hidden rows and columns, its merged ranges, its commented cells.
`workbook_limits` collects it while it counts cells; `workbook_read` refuses hidden or merged
question rows with it, and warns of the comments."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils.cell import range_boundaries

#: Columns whose layout matters: A (question id) to G (the last evidence column).
LAST_COLUMN = 7
_TRUE = ("1", "true")  # Excel writes 1, LibreOffice true


@dataclass
class SheetLayout:
    """What openpyxl's read-only mode does not tell about a sheet."""

    state: str = "visible"
    hidden_rows: set[int] = field(default_factory=set)
    #: Hidden columns among A..G, as numbers (1 is A).
    hidden_columns: set[int] = field(default_factory=set)
    #: Merged ranges: (reference, first column, first row, last column, last row).
    merges: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    #: Cells with a comment (an Excel note), which is not imported.
    comments: list[str] = field(default_factory=list)
    zero_height: bool = False
    last_row: int = 0


def _flag(attrs: dict[str, str], name: str) -> bool:
    return attrs.get(name, "").strip().lower() in _TRUE


def _zero(attrs: dict[str, str], name: str) -> bool:
    try:
        return float(attrs[name]) == 0
    except (KeyError, ValueError):
        return False


def note_layout(layout: SheetLayout, local: str, attrs: dict[str, str]) -> None:
    """Record what one element (its local name and attributes) says of the layout."""
    if local == "row":
        try:
            row = int(attrs["r"])
        except (KeyError, ValueError):
            row = layout.last_row + 1
        layout.last_row = row
        shown = _flag(attrs, "customHeight") and not _zero(attrs, "ht")
        if (_flag(attrs, "hidden") or _zero(attrs, "ht")
                or (layout.zero_height and not shown)):
            layout.hidden_rows.add(row)
    elif local == "col":
        if _flag(attrs, "hidden") or _zero(attrs, "width"):
            try:
                first, last = int(attrs["min"]), int(attrs["max"])
            except (KeyError, ValueError):
                return
            layout.hidden_columns.update(range(max(first, 1), min(last, LAST_COLUMN) + 1))
    elif local == "mergeCell":
        ref = attrs.get("ref", "")
        try:
            first_col, first_row, last_col, last_row = range_boundaries(ref)
        except (ValueError, TypeError):
            return
        if None not in (first_col, first_row, last_col, last_row):
            layout.merges.append((ref, first_col, first_row, last_col, last_row))  # type: ignore[arg-type]
    elif local == "sheetFormatPr":
        layout.zero_height = _flag(attrs, "zeroHeight")

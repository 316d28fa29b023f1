"""The text of a generated document, paragraph by paragraph and table row by table row.

`gen text` prints it (and git can diff department files by it, as a textconv driver); the golden
files of the tests are made of it.  `blocks` gives the same content with its structure — the
paragraphs, and each table with its title and its cells on the table's grid (merged cells kept) —
for `gen diff` and `gen export`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml.ns import qn


def _body(document):
    """The w:body of a python-docx Document, or of a w:document element (render.Output.root)."""
    element = getattr(document, "element", document)
    return element.find(qn("w:body")) if element.tag == qn("w:document") else element.body


def lines(document) -> list[str]:
    """Paragraphs and table rows in body order, one line each; a row is “| cell | cell |”."""
    lines: list[str] = []
    body = _body(document)
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            if text.strip():
                lines.append(text)
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                cells = []
                for tc in tr.findall(qn("w:tc")):
                    cells.append("".join(t.text or "" for t in tc.iter(qn("w:t"))).strip())
                lines.append("| " + " | ".join(cells) + " |")
    return lines


# ───────────────────────────── structure ─────────────────────────────

@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Cell:
    text: str
    column: int            # the first grid column it covers (0-based)
    span: int = 1          # grid columns it covers (w:gridSpan)
    merge: str = ""        # vertical merge: "" (none), "restart" (first cell of a merge) or "continue"

    def covers(self, column: int) -> bool:
        return self.column <= column < self.column + self.span


@dataclass(frozen=True)
class Table:
    title: str                          # the nearest paragraph above that names the table
    caption: tuple[str, ...]            # every paragraph between the previous table and this one
    rows: tuple[tuple[Cell, ...], ...]
    columns: int                        # grid columns

    def cell(self, row: int, column: int) -> Cell | None:
        return next((c for c in self.rows[row] if c.covers(column)), None)


_NOT_A_TITLE = re.compile(r"^(公开\s*\d+\s*表|单位[：:].*|金额单位[：:].*|附件\d*|注[：:].*|说明[：:].*|[（(]\s*\d{4}\s*年度?\s*[)）])$")


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _cells(tr) -> tuple[Cell, ...]:
    cells, column = [], 0
    grid_before = tr.find(f"{qn('w:trPr')}/{qn('w:gridBefore')}")
    if grid_before is not None:
        column = int(grid_before.get(qn("w:val")) or 0)
    for tc in tr.findall(qn("w:tc")):
        props = tc.find(qn("w:tcPr"))
        span, merge = 1, ""
        if props is not None:
            grid_span = props.find(qn("w:gridSpan"))
            if grid_span is not None:
                span = max(1, int(grid_span.get(qn("w:val")) or 1))
            v_merge = props.find(qn("w:vMerge"))
            if v_merge is not None:
                merge = "restart" if v_merge.get(qn("w:val")) == "restart" else "continue"
        cells.append(Cell(_text(tc).strip(), column, span, merge))
        column += span
    return tuple(cells)


def blocks(document) -> list[Paragraph | Table]:
    """Non-empty paragraphs and tables in body order; a table knows the paragraphs just above it.

    Tables with nothing between them are one table (a form's “部门名称 … 金额单位” line is often a table of its
    own above the form); each row keeps its own grid."""
    result: list[Paragraph | Table] = []
    caption: list[str] = []
    for child in _body(document).iterchildren():
        if child.tag == qn("w:p"):
            text = _text(child)
            if text.strip():
                result.append(Paragraph(text))
                caption.append(text.strip())
        elif child.tag == qn("w:tbl"):
            rows = tuple(_cells(tr) for tr in child.findall(qn("w:tr")))
            grid = child.find(qn("w:tblGrid"))
            width = len(grid.findall(qn("w:gridCol"))) if grid is not None else 0
            width = max([width] + [c.column + c.span for row in rows for c in row])
            if not caption and result and isinstance(result[-1], Table):
                above = result.pop()
                result.append(Table(above.title, above.caption, above.rows + rows, max(above.columns, width)))
                continue
            title = next((t for t in reversed(caption[-3:]) if not _NOT_A_TITLE.match(t) and len(t) <= 60), "")
            result.append(Table(title, tuple(caption[-3:]), rows, width))
            caption = []
    return result

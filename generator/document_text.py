"""The text of a generated document, paragraph by paragraph and table row by table row.

`gen text` prints it (and git can diff department files by it, as a textconv driver); the golden
files of the tests are made of it.
"""
from __future__ import annotations

from docx.oxml.ns import qn


def lines(document) -> list[str]:
    """Paragraphs and table rows in body order, one line each; a row is “| cell | cell |”."""
    lines: list[str] = []
    body = document.element.body
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

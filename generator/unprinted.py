"""Texts the template does not print.

Every text a clerk writes is meant for the document.  A template set that has no place for one — a
`无数据说明` under a table the set prints without a note, a reason the set's wording never uses — would
drop it silently; this stage says so instead (W612), after the document is filled.  A text is found when
each of its pieces between `{名称}` references stands in the document's text (spaces ignored); texts that
are not prose (codes, file names, the template's name) and reasons left out on purpose (W507) are not
asked for, nor values chosen from a list of the schema (单位性质: 行政单位).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from .document_text import lines
from .load import pointer_join
from .problems import Problem, Severity, make
from .references import REFERENCE

CJK = re.compile(r"[\u4e00-\u9fff]")
SPACE = re.compile(r"\s+")
NOT_PROSE = {"模板", "文档", "预算文件", "已核对"}         # top-level keys whose strings are not document text


def document_text(root) -> str:
    """All the text of a filled document (paragraphs and table rows, as `gen text` prints them), without spaces."""
    return "\n".join(SPACE.sub("", line) for line in lines(root))


def _strings(value, pointer: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if pointer or key not in NOT_PROSE:
                yield from _strings(item, pointer_join(pointer, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, pointer_join(pointer, i))
    elif isinstance(value, str):
        yield pointer, value


def pieces(text: str) -> list[str]:
    """The parts of a text the document must show: its lines, cut at each {名称}, without spaces."""
    return [p for line in text.splitlines() for p in (SPACE.sub("", part) for part in REFERENCE.split(line)[::3]) if p]


def check(data: dict, source, root, template: str, excused: Iterable[str] = (),
          choices: frozenset[str] = frozenset()) -> list[Problem]:
    printed = document_text(root)
    skip = set(excused)
    found = []
    for pointer, value in _strings(data):
        if pointer in skip or value in choices or not CJK.search(value):
            continue
        missing = next((p for p in pieces(value) if CJK.search(p) and p not in printed), None)
        if missing is not None:
            parts = pointer.split("/")
            field = f"{parts[-2]}第{int(parts[-1]) + 1}项" if parts[-1].isdigit() and len(parts) > 2 else parts[-1]
            found.append(make(612, Severity.WARNING, source.location(pointer), pointer, field=field,
                              text=missing if len(missing) <= 20 else missing[:20] + "…", template=template))
    return found

"""Fill a template set's .docx with docxtpl, then the OOXML post-pass, then write atomically.

docxtpl runs with StrictUndefined (a tag without a value is an error, never an empty
string) and autoescape (so “&” or “<” in a name cannot corrupt the file).
"""
from __future__ import annotations

import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jinja2
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from . import ooxml
from .templateset import Settings


class RenderError(Exception):
    """A template that cannot be filled; `tag` names the missing value when there is one."""

    def __init__(self, message: str, tag: str = ""):
        super().__init__(message)
        self.tag = tag


def environment() -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


_UNDEFINED = re.compile(r"'([^']*)' (?:is undefined|has no attribute '([^']*)')")
_TAG = re.compile(r"\{[{%].*?[%}]\}", re.S)


def _frames(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _missing_tag(exc: jinja2.UndefinedError, template: DocxTemplate) -> str:
    """The whole tag that uses the missing name, as the clerk sees it in Word: {{ n.income_totl }}."""
    m = _UNDEFINED.search(str(exc))
    if not m:
        return str(exc)
    name = m.group(2) or m.group(1)
    text = re.sub(r"<[^>]+>", "", template.get_xml())
    for tag in _TAG.findall(text):
        if re.search(rf"(?<![\w.]){re.escape(name)}\b|\.{re.escape(name)}\b", tag):
            return tag
    return name


@dataclass
class Rendered:
    document: object            # python-docx Document
    toc: list[ooxml.TocEntry]


def render(settings: Settings, context: dict) -> Rendered:
    template = DocxTemplate(str(settings.docx))
    try:
        template.render(context, environment(), autoescape=True)
    except jinja2.UndefinedError as exc:
        tag = _missing_tag(exc, template)
        raise RenderError(tag, tag) from exc
    except jinja2.TemplateSyntaxError as exc:
        lines = (exc.source or "").splitlines()
        line = re.sub(r"<[^>]+>", "", lines[exc.lineno - 1]) if exc.lineno and exc.lineno <= len(lines) else ""
        tags = _TAG.findall(line)
        shown = tags[-1] if tags else line.strip()[:60]
        raise RenderError(f"标签 {shown} 写法不对（{exc.message}）") from exc
    except jinja2.TemplateError as exc:
        raise RenderError(str(exc)) from exc
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:   # a tag that uses a value wrongly
        lineno = next((tb.tb_lineno for tb in _frames(exc.__traceback__) if tb.tb_frame.f_code.co_filename == "<template>"), None)
        raise RenderError(f"标签用法不对（{type(exc).__name__}: {exc}{f'，模板第{lineno}段附近' if lineno else ''}）") from exc
    document = template.docx
    ooxml.merge_marked_cells(document.element.body)
    toc = ooxml.collect_toc(document, settings.toc_levels)
    styles = {level: _toc_style_id(document, level) for level in range(1, settings.toc_levels + 1)}
    ooxml.fill_toc(document, toc, styles, settings.toc_levels)
    ooxml.normalize(document.element)
    return Rendered(document, toc)


def _toc_style_id(document, level: int) -> str:
    for style in document.styles:
        if (getattr(style, "name", "") or "").lower() == f"toc {level}":
            return style.style_id
    return f"TOC{level}"


def to_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: a failed build leaves nothing half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix + ".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def page_numbers(document, physical: dict[str, int], first_bookmark: str | None) -> dict[str, int]:
    """Displayed page numbers: pages count from 1 at the first 目录 entry (第一部分)."""
    if not physical:
        return {}
    start = physical.get(first_bookmark, min(physical.values())) if first_bookmark else min(physical.values())
    return {name: page - start + 1 for name, page in physical.items()}


def text_dump(document) -> list[str]:
    """Paragraphs and table rows in body order, one line each — for golden files and readers."""
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

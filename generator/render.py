"""Fill a template set's .docx, then the OOXML post-pass, then write atomically.

Jinja runs with StrictUndefined (a tag without a value is an error, never an empty string)
and autoescape (so “&” or “<” in a name cannot corrupt the file).

Plain docxtpl prepares the template anew for every document: it reloads the .docx,
re-patches the XML, recompiles the Jinja template and re-serializes every part.  A
`Prepared` template does that once per template set and process; each document then costs
one Jinja render, the post-pass on the body tree and a zip.  `render_naive` keeps the
plain docxtpl path as the reference: the two give the same document (tests/test_batch.py).
"""
from __future__ import annotations

import copy
import io
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate
from lxml import etree

from . import ooxml
from .templateset import Settings
from .wording import FILTERS


class RenderError(Exception):
    """A template that cannot be filled; `tag` names the missing value when there is one."""

    def __init__(self, message: str, tag: str = ""):
        super().__init__(message)
        self.tag = tag


def environment() -> jinja2.Environment:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)          # numbering a template may use: {{ loop.index|中文数字 }}
    return env


# ───────────────────────────── errors in Chinese ─────────────────────────────

_UNDEFINED = re.compile(r"'([^']*)' (?:is undefined|has no attribute '([^']*)')")
_TAG = re.compile(r"\{[{%].*?[%}]\}", re.S)


def _frames(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _missing_tag(exc: jinja2.UndefinedError, source_text: str) -> str:
    """The whole tag that uses the missing name, as the clerk sees it in Word: {{ n.income_totl }}."""
    m = _UNDEFINED.search(str(exc))
    if not m:
        return str(exc)
    name = m.group(2) or m.group(1)
    text = re.sub(r"<[^>]+>", "", source_text)
    for tag in _TAG.findall(text):
        if re.search(rf"(?<![\w.]){re.escape(name)}\b|\.{re.escape(name)}\b", tag):
            return tag
    return name


def _template_error(exc: Exception, source_text: str) -> RenderError:
    if isinstance(exc, jinja2.UndefinedError):
        tag = _missing_tag(exc, source_text)
        return RenderError(tag, tag)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        lines = (exc.source or "").splitlines()
        line = re.sub(r"<[^>]+>", "", lines[exc.lineno - 1]) if exc.lineno and exc.lineno <= len(lines) else ""
        tags = _TAG.findall(line)
        shown = tags[-1] if tags else line.strip()[:60]
        return RenderError(f"标签 {shown} 写法不对（{exc.message}）")
    if isinstance(exc, jinja2.TemplateError):
        return RenderError(str(exc))
    lineno = next((tb.tb_lineno for tb in _frames(exc.__traceback__) if tb.tb_frame.f_code.co_filename == "<template>"), None)
    return RenderError(f"标签用法不对（{type(exc).__name__}: {exc}{f'，模板第{lineno}段附近' if lineno else ''}）")


FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CORE_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")  # those docxtpl renders
_LISTING = re.compile(r"[\n\t\a\f]")
_TEMPLATE_FAULTS = (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError)


# ───────────────────────────── the rendered document ─────────────────────────────

ZIP_TIME = (1980, 1, 1, 0, 0, 0)     # fixed timestamps: the same input gives the same bytes
ZIP_LEVEL = 1                        # fast deflate: the parts are small text, level 6 saves ~10% for 3× the time


@dataclass
class Output:
    """A rendered document: the package parts, with the main document still editable as a tree."""
    parts: dict[str, bytes]                   # every part of the package, in zip order
    document_name: str                        # e.g. word/document.xml
    root: object                              # the w:document element
    toc: list[ooxml.TocEntry] = field(default_factory=list)

    def set_toc_pages(self, pages: dict[str, int]) -> int:
        return ooxml.set_toc_pages(self.root, pages)

    def ask_word_to_update_fields(self) -> None:
        name = "word/settings.xml"
        settings = etree.fromstring(self.parts[name])
        ooxml.set_update_fields(settings)
        self.parts[name] = serialize_part_xml(settings)

    def to_bytes(self) -> bytes:
        self.parts[self.document_name] = serialize_part_xml(self.root)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.parts.items():
                info = zipfile.ZipInfo(name, ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data, compresslevel=ZIP_LEVEL)
        return buffer.getvalue()

    def document(self):
        """The result as a python-docx Document (for tests and readers)."""
        from docx import Document
        return Document(io.BytesIO(self.to_bytes()))


def _read_package(data: bytes) -> tuple[dict[str, bytes], str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {info.filename: z.read(info.filename) for info in z.infolist()}
    rels = etree.fromstring(parts["_rels/.rels"])
    target = next(r.get("Target") for r in rels
                  if r.get("Type").endswith("/officeDocument"))
    return parts, target.lstrip("/")


def _post_process(root, heading_levels: dict[str, int], toc_styles: dict[int, str], levels: int) -> list[ooxml.TocEntry]:
    """The OOXML post-pass shared by both render paths: merged cells and the 目录.

    Everything it adds is written in schema order, and the template itself is normalized when it
    is authored, so the result needs no re-sorting (tests/test_golden.py checks it).
    """
    body = root.find(qn("w:body"))
    ooxml.merge_marked_cells(body)
    toc = ooxml.collect_toc(body, heading_levels, levels)
    ooxml.fill_toc(body, toc, toc_styles, levels)
    return toc


# ───────────────────────────── plain docxtpl (the reference path) ─────────────────────────────

def render_naive(settings: Settings, context: dict) -> Output:
    """docxtpl as documented: load, patch, compile, render, save — every time."""
    template = DocxTemplate(str(settings.docx))
    try:
        template.render(context, environment(), autoescape=True)
    except _TEMPLATE_FAULTS as exc:
        raise _template_error(exc, template.get_xml() if template.docx is not None else "") from exc
    buffer = io.BytesIO()
    template.docx.save(buffer)
    parts, name = _read_package(buffer.getvalue())
    root = etree.fromstring(parts[name])
    styles = etree.fromstring(parts["word/styles.xml"])
    levels = settings.toc_levels
    toc = _post_process(root, ooxml.heading_style_levels(styles, levels), ooxml.toc_style_ids(styles, levels), levels)
    return Output(parts, name, root, toc)


# ───────────────────────────── prepared once per template set ─────────────────────────────

class Prepared:
    """A template set ready to fill many documents: patched and compiled once."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.template = DocxTemplate(str(settings.docx))
        self.template.init_docx()
        env = environment()
        document = self.template.docx
        self.body_source = self._source(self.template.get_xml())
        self.body = self._compile(env, self.body_source)
        # docxtpl's table fix-up only changes tables whose rows were built with column tags ({%tc, {% colspan,
        # {% hm); whole-row loops copy rows that are already consistent, so such templates can skip it.
        self.fix_tables = bool(re.search(r"\{%\s*(tc|colspan|hm)\b", self.body_source))
        self.drawings = "docPr" in self.body_source
        shell = copy.deepcopy(document.element)
        shell.remove(shell.find(qn("w:body")))
        self.shell = shell
        self.document_name = document.part.partname.lstrip("/")
        self.parts_extra = []                   # (part name, compiled template, source) of headers and footers
        for rel in document.part.rels.values():
            if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
                part = rel.target_part
                source = self._source(self.template.get_part_xml(part))
                self.parts_extra.append((part.partname.lstrip("/"), self._compile(env, source), source))
        self.footnotes = []                     # (part name, compiled template, source), as docxtpl renders them
        for part in document.part.package.parts:
            if part.content_type == FOOTNOTES:
                source = self._source(part.blob.decode("utf-8"))
                self.footnotes.append((part.partname.lstrip("/"), self._compile(env, source), source))
        self.properties = [(prop, self._compile(env, getattr(document.core_properties, prop) or ""))
                           for prop in CORE_PROPERTIES]
        buffer = io.BytesIO()
        document.save(buffer)
        self.parts, _ = _read_package(buffer.getvalue())
        self.styles_root = etree.fromstring(self.parts["word/styles.xml"])
        self.heading_levels = ooxml.heading_style_levels(self.styles_root, settings.toc_levels)
        self.toc_styles = ooxml.toc_style_ids(self.styles_root, settings.toc_levels)

    def _core_properties(self, context: dict) -> bytes:
        """docxtpl renders the title, author … of the document as templates too; so do we."""
        element = parse_xml(self.parts["docProps/core.xml"])
        core = CoreProperties(element)
        for prop, compiled in self.properties:
            try:
                if isinstance(compiled, Exception):
                    raise compiled
                setattr(core, prop, compiled.render(context))
            except _TEMPLATE_FAULTS as exc:
                raise _template_error(exc, "") from exc
        return serialize_part_xml(element)

    def _source(self, xml: str) -> str:
        return re.sub(r"<w:p([ >])", r"\n<w:p\1", self.template.patch_xml(xml))

    @staticmethod
    def _compile(env, source: str):
        try:
            return env.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            return exc                      # raised when a document is rendered, with its Chinese message

    def _render(self, compiled, source: str, context: dict) -> str:
        try:
            if isinstance(compiled, Exception):
                raise compiled
            xml = compiled.render(context)
        except _TEMPLATE_FAULTS as exc:
            raise _template_error(exc, source) from exc
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        if _LISTING.search(xml):          # docxtpl turns \n \t \a \f in values into breaks; skip when there are none
            xml = self.template.resolve_listing(xml)
        return xml

    def render(self, context: dict) -> Output:
        xml = self._render(self.body, self.body_source, context)
        if self.fix_tables:
            body = self.template.fix_tables(xml)
        else:
            body = etree.fromstring(xml, etree.XMLParser(recover=True))
        if self.drawings:
            self.template.docx_ids_index = 1000
            self.template.fix_docpr_ids(body)
        root = copy.deepcopy(self.shell)
        root.append(body)
        parts = dict(self.parts)
        for name, compiled, source in self.parts_extra:
            xml = self._render(compiled, source, context)
            parts[name] = serialize_part_xml(etree.fromstring(xml.encode("utf-8")))
        for name, compiled, source in self.footnotes:
            parts[name] = self._render(compiled, source, context).encode("utf-8")
        parts["docProps/core.xml"] = self._core_properties(context)
        toc = _post_process(root, self.heading_levels, self.toc_styles, self.settings.toc_levels)
        return Output(parts, self.document_name, root, toc)


_PREPARED: dict[tuple, Prepared] = {}


def prepared(settings: Settings) -> Prepared:
    """The prepared template for a set, made once per process (and again if its files change)."""
    stat = settings.docx.stat()
    key = (str(settings.docx), stat.st_mtime_ns, stat.st_size, repr(settings))
    if key not in _PREPARED:
        _PREPARED[key] = Prepared(settings)
    return _PREPARED[key]


def render(settings: Settings, context: dict) -> Output:
    return prepared(settings).render(context)


# ───────────────────────────── writing ─────────────────────────────

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


def page_numbers(physical: dict[str, int], first_bookmark: str | None) -> dict[str, int]:
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

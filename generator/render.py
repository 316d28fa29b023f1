"""Fill a template set's .docx, then the OOXML post-pass, then write atomically.

Jinja runs sandboxed (a tag cannot reach Python internals: ``{{ cycler.__init__.__globals__ … }}``
is refused, not run), with StrictUndefined (a tag without a value is an error, never an empty
string) and autoescape (so “&” or “<” in a name cannot corrupt the file), under a time limit.

docxtpl lets a template print literal braces by writing ``{_{ … }_}`` and ``{_% … %_}``; docxtpl
itself turns them back after rendering, which also altered data that happened to contain them.
Here the escape is resolved in the template text before it is compiled, so data text is printed
exactly as written.

Plain docxtpl prepares the template anew for every document: it reloads the .docx,
re-patches the XML, recompiles the Jinja template and re-serializes every part.  A
`Prepared` template does that once per template set and process; each document then costs
one Jinja render, the post-pass on the body tree and a zip.  tests/plain_docxtpl.py keeps the
plain docxtpl path as the reference: the two give the same document (tests/test_batch.py).

A template fault is a `RenderError` carrying a `Fault`: the code (602 a tag without data, 603 a
tag written wrong or refused, 609 a file that is no Word document), the part, and the paragraph
and column where the offending tag stands in the template, with the tag as the clerk sees it.
"""
from __future__ import annotations

import copy
import datetime
import io
import os
import re
import signal
import tempfile
import threading
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.oxml import serialize_part_xml
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from lxml import etree

from . import ooxml, template_tags
from .templateset import Settings
from .wording import FILTERS

RENDER_SECONDS = 60                   # one document fills in ~0.02 s; a template that loops for a minute is broken
MAX_REPEAT = 1_000_000                # 'x' * n in a tag: longer results are refused


@dataclass(frozen=True)
class Fault:
    """Where and why a template cannot be filled."""
    number: int                       # 602, 603 or 609
    detail: str
    tag: str = ""
    part: str = ""                    # e.g. word/document.xml
    paragraph: int = 0                # 1-based, counting every paragraph of the part in document order
    column: int = 0                   # 1-based, in the paragraph's text

    @property
    def part_label(self) -> str:
        return part_label(self.part)


class RenderError(Exception):
    """A template that cannot be filled; `fault` says where and why."""

    def __init__(self, fault: Fault):
        super().__init__(fault.detail)
        self.fault = fault

    @property
    def tag(self) -> str:
        return self.fault.tag if self.fault.number == 602 else ""


class RenderTimeout(Exception):
    """Filling took longer than RENDER_SECONDS."""


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox, plus a bound on the two operators that can ask for huge values."""
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(right, (int, float)) and abs(right) > 100:
            raise SecurityError(f"乘方 ** {right} 过大")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_REPEAT:
                    raise SecurityError(f"重复 * {times} 过大")
        return super().call_binop(context, operator, left, right)


def environment() -> jinja2.Environment:
    env = _Sandbox(undefined=jinja2.StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)          # numbering a template may use: {{ loop.index|中文数字 }}
    return env


_LITERAL = re.compile(r"\{_\{|\}_\}|\{_%|%_\}")


def literal_braces(source: str) -> str:
    """docxtpl's escape for literal braces in a template ({_{ → {{ …), resolved in the template text itself."""
    return _LITERAL.sub(lambda m: "{{ '" + m.group(0).replace("_", "") + "' }}", source)


@contextmanager
def _deadline(seconds: float):
    """Raise RenderTimeout in this (main) thread after `seconds`; elsewhere no limit can be set."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise RenderTimeout()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# ───────────────────────────── errors in Chinese, located ─────────────────────────────

_UNDEFINED = re.compile(r"'([^']*)' (?:is undefined|has no attribute '([^']*)')")
_UNSAFE_ATTRIBUTE = re.compile(r"attribute '([^']*)'")
_TAG = re.compile(r"\{[{%].*?[%}]\}", re.S)
_XML_TAG = re.compile(r"<[^>]+>")
_MARKERS = re.compile(r"\{([{%])-?\s*(?:(?:p|tr|tc|r|vm|hm|colspan|cellbg)\s)?\s*")
_CLOSERS = re.compile(r"\s*-?([%}])\}")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_SPACES = re.compile(r"\s+")
_PART_LABELS = (("word/document", "正文"), ("word/header", "页眉"), ("word/footer", "页脚"),
                ("word/footnotes", "脚注"), ("docProps/core", "文档属性"))


def part_label(part: str) -> str:
    return next((label for prefix, label in _PART_LABELS if part.startswith(prefix)), part)


def _frames(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _normal(text: str) -> str:
    """A tag or paragraph text as compared: docxtpl's {%p / {%tr … markers and spacing do not count."""
    text = _MARKERS.sub(lambda m: "{" + m.group(1) + " ", text.translate(_QUOTES))
    text = _CLOSERS.sub(lambda m: " " + m.group(1) + "}", text)
    return _SPACES.sub(" ", text)


def _paragraphs(original: str) -> list[str]:
    try:
        root = etree.fromstring(original.encode("utf-8"), etree.XMLParser(recover=True, huge_tree=False))
    except (etree.LxmlError, ValueError):
        return []
    if root is None:
        return []
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in root.iter(qn("w:p"))]


def _locate(original: str, tag: str, fallback_line: int | None) -> tuple[int, int]:
    """(paragraph, column) of `tag` in the template part as Word shows it; else the source line."""
    if tag and original:
        wanted = _normal(tag).strip()
        for number, text in enumerate(_paragraphs(original), 1):
            at = _normal(text).find(wanted)
            if at >= 0:
                return number, at + 1
    return (max(fallback_line - 1, 1), 1) if fallback_line else (1, 1)


def _line_tags(source: str, lineno: int | None) -> list[str]:
    if not lineno:
        return []
    lines = source.split("\n")
    if lineno > len(lines):
        return []
    return _TAG.findall(_XML_TAG.sub("", lines[lineno - 1]))


def _pick(tags: list[str], needle: str, source: str) -> str:
    if needle:
        pattern = re.compile(rf"(?<![\w.]){re.escape(needle)}\b|\.{re.escape(needle)}\b")
        for tag in tags:
            if pattern.search(tag):
                return tag
        for tag in _TAG.findall(_XML_TAG.sub("", source)):
            if pattern.search(tag):
                return tag
    return tags[0] if tags else needle


_SYNTAX = [
    (re.compile(r"expected token '([^']*)', got '([^']*)'"), "此处应为“{0}”，实际是“{1}”"),
    (re.compile(r"(?i)unexpected end of template"), "标签没有结束：缺少与之配对的结束标签（如 {{% endfor %}}、{{% endif %}}）"),
    (re.compile(r"Encountered unknown tag '([^']*)'"), "不认识的标签“{0}”（或与之配对的开始标签缺失）"),
    (re.compile(r"unexpected char '([^']*)'"), "出现了不能用的字符“{0}”"),
    (re.compile(r"unexpected '([^']*)'"), "多余的“{0}”"),
    (re.compile(r"expected an expression"), "缺少名称或值"),
]
_TOKEN_WORDS = {"end of print statement": "}}", "end of statement block": "%}", "name": "名称",
                "end of template": "模板结尾", "block_end": "%}", "variable_end": "}}"}


def syntax_chinese(message: str) -> str:
    for pattern, chinese in _SYNTAX:
        m = pattern.search(message)
        if m:
            return chinese.format(*(_TOKEN_WORDS.get(g, g) for g in m.groups()))
    return "写法不对"


def _fault(exc: BaseException, source: str, original: str, part: str) -> Fault:
    """A Jinja (or other) exception raised while compiling or filling one part, as a located Fault."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        lineno = exc.lineno
    else:
        lineno = next((tb.tb_lineno for tb in _frames(exc.__traceback__)
                       if tb.tb_frame.f_code.co_filename == "<template>"), None)
    tags = _line_tags(source, lineno)
    where = "" if part.startswith("word/document") else f"{part_label(part)}中的"
    if isinstance(exc, jinja2.UndefinedError):
        m = _UNDEFINED.search(str(exc))
        tag = _pick(tags, (m.group(2) or m.group(1)) if m else "", source) or str(exc)
        number, detail = 602, "模板用到了数据中没有的名称，请核对标签拼写"
    elif isinstance(exc, SecurityError):
        m = _UNSAFE_ATTRIBUTE.search(str(exc))
        tag = _pick(tags, m.group(1) if m else "", source)
        if m:
            detail = (f"{where}标签 {tag} 要访问程序内部的“{m.group(1)}”，模板只能使用数据中的名称"
                      "（出于安全原因已拒绝，什么也没有执行）")
        else:
            detail = f"{where}标签 {tag} 被拒绝（出于安全原因：{exc}）"
        number = 603
    elif isinstance(exc, jinja2.TemplateSyntaxError):
        tag = tags[-1] if tags else _XML_TAG.sub("", (source.split("\n")[lineno - 1] if lineno else "")).strip()[:60]
        number, detail = 603, f"{where}标签 {tag} 写法不对（{syntax_chinese(exc.message or '')}）"
    elif isinstance(exc, RenderTimeout):
        tag = tags[0] if tags else ""
        number, detail = 603, f"填充超过 {RENDER_SECONDS} 秒仍未完成，{where}模板中可能有过大的循环{f'（{tag} 附近）' if tag else ''}"
    else:
        tag = tags[0] if tags else ""
        text = str(exc)
        text = text if len(text) <= 80 else text[:79] + "…"
        shown = f"标签 {tag} " if tag else "模板"
        number, detail = 603, f"{where}{shown}用法不对，无法填充（{type(exc).__name__}: {text}）"
    paragraph, column = _locate(original, tag, lineno)
    return Fault(number, detail, tag, part, paragraph, column)


FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CORE_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")  # those docxtpl renders
_LISTING = re.compile(r"[\n\t\a\f]")
_TEMPLATE_FAULTS = (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError,
                    ArithmeticError, RecursionError, MemoryError, RenderTimeout)


# ───────────────────────────── the rendered document ─────────────────────────────

ZIP_TIME = (1980, 1, 1, 0, 0, 0)     # fixed timestamps inside the zip: only the build date below varies
ZIP_LEVEL = 1                        # fast deflate: the parts are small text, level 6 saves ~10% for 3× the time


def build_time() -> datetime.datetime:
    """When the document was built: now, or SOURCE_DATE_EPOCH (the reproducible-builds convention) when set,
    so that the same input can give the same bytes on any day.  A value that names no date is ignored."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isascii() and epoch.isdigit():
        try:
            return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).replace(tzinfo=None)
        except (OverflowError, ValueError, OSError):
            pass
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None, microsecond=0)


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


def _drop_thumbnail(parts: dict[str, bytes]) -> None:
    """A template saved by Word may carry a picture of its first page: it would show the template, not the
    document, in file browsers — leave it out."""
    rels = etree.fromstring(parts["_rels/.rels"])
    for rel in list(rels):
        if rel.get("Type", "").endswith("/metadata/thumbnail"):
            rels.remove(rel)
            parts.pop(rel.get("Target", "").lstrip("/"), None)
    parts["_rels/.rels"] = serialize_part_xml(rels)


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

class _Template(DocxTemplate):
    """docxtpl, except that literal braces are resolved in the template text before compiling, not in the output."""

    def render_xml_part(self, src_xml, part, context, jinja_env=None):
        src_xml = literal_braces(re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml))
        self.current_rendering_part = part
        self._last_source = src_xml
        dst_xml = jinja_env.from_string(src_xml).render(context)
        dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
        return self.resolve_listing(dst_xml)


# ───────────────────────────── prepared once per template set ─────────────────────────────

_OPEN_FAULTS = (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, IndexError, TypeError, AttributeError,
                EOFError, OSError, etree.LxmlError, StopIteration)


class Prepared:
    """A template set ready to fill many documents: patched and compiled once.

    Opening a file that is no Word document raises RenderError (609); a tag written wrong is kept as
    a fault of its part (`faults`, for `gen check`) and raised when a document is filled.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        try:
            self._open(settings)
        except _OPEN_FAULTS as exc:
            raise RenderError(Fault(609, f"无法作为 Word 文档打开（{type(exc).__name__}），可能已损坏，请用 Word 打开后另存为 .docx",
                                    part="", paragraph=1, column=1)) from exc

    def _open(self, settings: Settings) -> None:
        self.template = DocxTemplate(str(settings.docx))
        self.template.init_docx()
        env = environment()
        document = self.template.docx
        self.faults: list[Fault] = []
        self.document_name = document.part.partname.lstrip("/")
        original = self.template.get_xml()
        self.body_source = self._source(original)
        self.body = self._compile(env, self.body_source, original, self.document_name)
        self.tags = set(template_tags.used(env, self.body_source))    # every dotted tag the template reaches
        # docxtpl's table fix-up only changes tables whose rows were built with column tags ({%tc, {% colspan,
        # {% hm); whole-row loops copy rows that are already consistent, so such templates can skip it.
        self.fix_tables = bool(re.search(r"\{%\s*(tc|colspan|hm)\b", self.body_source))
        self.drawings = "docPr" in self.body_source
        shell = copy.deepcopy(document.element)
        shell.remove(shell.find(qn("w:body")))
        self.shell = shell
        self.parts_extra = []                   # (part name, compiled template, source) of headers and footers
        for rel in document.part.rels.values():
            if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
                part = rel.target_part
                name = part.partname.lstrip("/")
                original = self.template.get_part_xml(part)
                source = self._source(original)
                self.parts_extra.append((name, self._compile(env, source, original, name), source))
                self.tags |= template_tags.used(env, source)
        self.footnotes = []                     # (part name, compiled template, source), as docxtpl renders them
        for part in document.part.package.parts:
            if part.content_type == FOOTNOTES:
                name = part.partname.lstrip("/")
                original = part.blob.decode("utf-8")
                source = self._source(original)
                self.footnotes.append((name, self._compile(env, source, original, name), source))
        self.properties = [(prop, self._compile(env, getattr(document.core_properties, prop) or "", "", "docProps/core.xml"))
                           for prop in CORE_PROPERTIES]
        buffer = io.BytesIO()
        document.save(buffer)
        self.parts, _ = _read_package(buffer.getvalue())
        _drop_thumbnail(self.parts)
        self.styles_root = etree.fromstring(self.parts["word/styles.xml"])
        self.heading_levels = ooxml.heading_style_levels(self.styles_root, settings.toc_levels)
        self.toc_styles = ooxml.toc_style_ids(self.styles_root, settings.toc_levels)

    def _core_properties(self, context: dict) -> bytes:
        """docxtpl renders the title, author … of the document as templates too; so do we.  The dates are the
        build's (not the template's), and nothing of the template's editing history is carried over."""
        element = parse_xml(self.parts["docProps/core.xml"])
        core = CoreProperties(element)
        for prop, compiled in self.properties:
            setattr(core, prop, self._render(compiled, "", context, "docProps/core.xml", listing=False))
        core.created = core.modified = build_time()
        core.last_modified_by = ""
        core.revision = 1
        return serialize_part_xml(element)

    def _source(self, xml: str) -> str:
        return literal_braces(re.sub(r"<w:p([ >])", r"\n<w:p\1", self.template.patch_xml(xml)))

    def _compile(self, env, source: str, original: str, part: str):
        try:
            return env.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            fault = _fault(exc, source, original, part)
            self.faults.append(fault)
            return RenderError(fault)       # raised when a document is filled

    def _render(self, compiled, source: str, context: dict, part: str, listing: bool = True) -> str:
        if isinstance(compiled, RenderError):
            raise compiled
        try:
            xml = compiled.render(context)
        except _TEMPLATE_FAULTS as exc:
            original = self._original(part)
            raise RenderError(_fault(exc, source, original, part)) from exc
        if not listing:
            return xml
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        if _LISTING.search(xml):          # docxtpl turns \n \t \a \f in values into breaks; skip when there are none
            xml = self.template.resolve_listing(xml)
        return xml

    def _original(self, part: str) -> str:
        """The part's XML before patching, to say in which paragraph a tag stands (only after an error)."""
        if part == self.document_name:
            return self.template.get_xml()
        for p in self.template.docx.part.package.parts:
            if p.partname.lstrip("/") == part:
                try:
                    return self.template.get_part_xml(p)
                except _OPEN_FAULTS:
                    return p.blob.decode("utf-8", "replace")
        return ""

    def render(self, context: dict) -> Output:
        try:
            with _deadline(RENDER_SECONDS):
                return self._fill(context)
        except RenderTimeout as exc:
            raise RenderError(_fault(exc, self.body_source, "", self.document_name)) from exc

    def _fill(self, context: dict) -> Output:
        xml = self._render(self.body, self.body_source, context, self.document_name)
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
            xml = self._render(compiled, source, context, name)
            parts[name] = serialize_part_xml(etree.fromstring(xml.encode("utf-8")))
        for name, compiled, source in self.footnotes:
            parts[name] = self._render(compiled, source, context, name).encode("utf-8")
        parts["docProps/core.xml"] = self._core_properties(context)
        toc = _post_process(root, self.heading_levels, self.toc_styles, self.settings.toc_levels)
        return Output(parts, self.document_name, root, toc)


_PREPARED: dict[tuple, Prepared | RenderError] = {}


def prepared(settings: Settings) -> Prepared:
    """The prepared template for a set, made once per process (and again if its files change).

    A template that cannot be opened is remembered too, so a batch does not retry it for every department.
    """
    try:
        stat = settings.docx.stat()
    except OSError as exc:
        raise RenderError(Fault(609, f"无法读取（{exc.strerror or exc}）", paragraph=1, column=1)) from exc
    key = (str(settings.docx), stat.st_mtime_ns, stat.st_size, repr(settings))
    if key not in _PREPARED:
        try:
            _PREPARED[key] = Prepared(settings)
        except RenderError as exc:
            _PREPARED[key] = exc
    found = _PREPARED[key]
    if isinstance(found, RenderError):
        raise found
    return found


def inspect(settings: Settings) -> list[Fault]:
    """Every fault `gen check` can find without data: the file opens, and every part's Jinja compiles."""
    try:
        return list(prepared(settings).faults)
    except RenderError as exc:
        return [exc.fault]


def render(settings: Settings, context: dict) -> Output:
    return prepared(settings).render(context)


# ───────────────────────────── writing ─────────────────────────────

_UMASK: int | None = None


def file_mode() -> int:
    """The mode a file the user writes gets: 0666 less the umask (0644 under umask 022)."""
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return 0o666 & ~_UMASK


TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: a failed build leaves nothing half-written.

    The temporary name carries the writer's process id (``.<name>.<pid>.<random><suffix>.tmp``), so the
    next run can tell a file left by a killed process from one being written right now (batch.clean).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.{os.getpid()}.", suffix=path.suffix + TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, file_mode())          # mkstemp makes 0600; an output is a normal file
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

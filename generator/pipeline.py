"""Stage order and gating: load → template set and kind → validate → model → compute → check
→ context → render → paginate → write.

The pipeline names no document kind: the department file's `文档:` (or the template set it
names) chooses one from generator.kinds, and the kind supplies its schema, model, computation,
checks and context.  Each stage returns what it made plus its problems and never raises for
bad user data; a stage runs only when the ones it depends on produced no error; nothing is
written while any error exists.
"""
from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from typing import Any

from . import (acknowledged, amounts, carried, kinds, paginate, reference, render, safepath, schema, template_tags,
               templateset, unprinted)
from .checking import CheckContext
from .load import SourceMap, load_bytes, load_file
from .ooxml import TOC_BOOKMARK_PREFIX
from .problems import Location, Problem, Problems, Severity, make

BUILD_TEMP_PREFIX = "gen-build-"        # <prefix><pid>-…: a run cleans those of dead processes (batch.clean_temp)


@dataclass
class Checked:
    file: str
    problems: Problems
    kind: kinds.Kind | None = None
    model: Any = None                  # the kind's typed department
    result: Any = None                 # the kind's computed result
    settings: templateset.Settings | None = None
    reference: reference.Classification | None = None
    output: safepath.OutputName | None = None        # where the document goes below --out
    linked: list[Path] = field(default_factory=list)   # the other files of the unit it was computed with
    rendered: render.Output | None = None            # the document, filled during the check

    @property
    def ok(self) -> bool:
        return self.result is not None and not self.problems.has_errors()

    @property
    def year(self) -> int:
        return self.kind.year(self.model)


def _template_set(data: dict, source, path: Path, templates: Path | None, problems: Problems):
    name = data.get("模板")
    if not isinstance(name, str) or not name.strip():
        return None                    # the schema reports the missing or mistyped 模板
    try:
        return templateset.find(name, templateset.search_dirs(path, templates))
    except templateset.TemplateSetError as exc:
        if exc.problems:           # the set was found and is faulty: located in its own files
            problems.extend(exc.problems)
        else:
            problems.add(make(601, Severity.ERROR, source.location("/模板"), "/模板", name=name, detail=str(exc)))
        return None


def _kind(data: dict, settings, source, problems: Problems) -> kinds.Kind | None:
    """The document kind: the file's 文档 when it says, else its template set's."""
    said = data.get("文档")
    name = said if isinstance(said, str) and said else (settings.document if settings else None)
    if name is None:
        return None
    kind = kinds.find(name)
    pointer = "/文档" if said else "/模板"
    if kind is None:
        problems.add(make(606, Severity.ERROR, source.location(pointer), pointer, name=name,
                          known="、".join(kinds.names())))
    elif settings is not None and settings.document != name:
        problems.add(make(607, Severity.ERROR, source.location(pointer), pointer, document=name,
                          template=settings.name, template_document=settings.document))
        return None                   # which schema would apply is unknown: say only this
    return kind


def kind_of(path: Path, templates: Path | None = None) -> tuple[kinds.Kind | None, Problems]:
    """The document kind of a department file (for commands that need only its schema, such as gen fmt)."""
    problems = Problems()
    loaded = load_file(path, str(path))
    problems.extend(loaded.problems)
    if loaded.data is None or problems.has_errors():
        return None, problems
    settings = _template_set(loaded.data, loaded.source, path, templates, problems)
    return _kind(loaded.data, settings, loaded.source, problems), problems


def _linked(kind: kinds.Kind, data: dict, where: SourceMap, path: Path, templates: Path | None, year: int,
            problems: Problems, paths: list[Path], links: Path | None = None) -> dict:
    """The other documents of the same unit a file names (e.g. a 决算's 预算文件): each checked on its own, and
    given to the kind's computation when it is usable.  A name is a plain file name beside this file (or in
    `links`, for a copy that stands elsewhere, such as the temporary file git gives a textconv driver)."""
    linked = {}
    for key, wanted in kind.links.items():
        name = data.get(key)
        if name is None:
            continue
        pointer = f"/{key}"
        at = where.location(pointer)
        if not safepath.plain_file_name(str(name)):
            problems.add(make(611, Severity.ERROR, at, pointer, key=key, name=name,
                              detail="只能写同一文件夹中的一个文件名，不能是路径"))
            continue
        other_path = (Path(links) if links is not None else Path(path).parent) / str(name)
        other = check(other_path, str(other_path), templates, fill=False, follow_links=False)
        if other.result is None or other.problems.has_errors():
            detail = "打不开或不是部门数据文件" if other.kind is None else f"有 {len(other.problems.errors)} 个错误，请先运行 gen check {name}"
            problems.add(make(611, Severity.ERROR, at, pointer, key=key, name=name, detail=detail))
        elif other.kind.name != wanted:
            problems.add(make(611, Severity.ERROR, at, pointer, key=key, name=name,
                              detail=f"它是{other.kind.name}文件，这里要的是{wanted}文件"))
        elif other.year != year:
            problems.add(make(611, Severity.ERROR, at, pointer, key=key, name=name,
                              detail=f"它是 {other.year} 年度的，本文件是 {year} 年度"))
        else:
            linked[key] = other.result
            paths.append(other_path)
    return linked


def check(path: Path, display: str | None = None, templates: Path | None = None, source: bytes | None = None,
          fill: bool = True, follow_links: bool = True, links: Path | None = None) -> Checked:
    """Load, validate, compute and check one department file; every problem found is collected.

    `source` is the file's content when the caller has read it already (a build fingerprints exactly the
    bytes it builds from).  With `fill`, a department without errors is also filled into its template, so
    that `gen check` finds every fault a build would (tags without data, refused tags, the output name)
    short of writing.  `links`: the folder where the files it names (预算文件) stand, when not beside `path`.
    """
    file = display or str(path)
    loaded = load_bytes(source, file) if source is not None else load_file(path, file)
    checked = _check(loaded, file, path, templates, fill, follow_links, links)
    if loaded.data is not None:        # 已核对: warnings get their place; acknowledged ones are marked (acknowledged.py)
        acknowledged.apply(checked.problems, loaded.data, loaded.source, complete=checked.result is not None)
    return checked


def _check(loaded, file: str, path: Path, templates: Path | None, fill: bool, follow_links: bool,
           links: Path | None = None) -> Checked:
    problems = Problems()
    problems.extend(loaded.problems)
    if loaded.data is None or problems.has_errors():
        return Checked(file, problems)
    data, where = loaded.data, loaded.source
    problems.extend(carried.carried_problems(loaded.text, data, where))
    settings = _template_set(data, where, path, templates, problems)
    kind = _kind(data, settings, where, problems)
    if kind is None:
        if not problems.has_errors():
            problems.extend(schema.validate(data, where, schema.COMMON_SCHEMA))
        return Checked(file, problems)
    problems.extend(schema.validate(data, where, kind.schema))
    if settings is not None and not problems.has_errors():
        problems.extend(needed_by_template(kind, settings, data, where))
    if problems.has_errors() or settings is None:
        return Checked(file, problems, kind, settings=settings)
    problems.extend(amounts.check(data, where, kind.schema))
    model, model_problems = kind.read(data, where)
    problems.extend(model_problems)
    classification = reference.for_year(kind.year(model))
    linked_paths: list[Path] = []
    if kind.links:
        before = len(problems.errors)
        linked = (_linked(kind, data, where, path, templates, kind.year(model), problems, linked_paths, links)
                  if follow_links else {})
        if len(problems.errors) > before:          # the figures it would take are not there
            return Checked(file, problems, kind, model, settings=settings)
        result = kind.compute(model, settings, classification, linked)
    else:
        result = kind.compute(model, settings, classification)
    ctx = CheckContext(where, classification, settings)
    for check_function in kind.checks:
        problems.extend(check_function(result, ctx))
    checked = Checked(file, problems, kind, model, result, settings, classification, linked=linked_paths)
    checked.output = _output_name(checked, path, where)
    if not fill:                    # gen context: the data and settings only, so tags can be listed while a template is being fixed
        return checked
    problems.extend(template_problem(settings, fault) for fault in render.inspect(settings))
    if checked.ok:
        try:
            checked.rendered = render.render(settings, context_of(checked))
        except render.RenderError as exc:
            problems.add(template_problem(settings, exc.fault))
        else:                       # every text the clerk wrote is in the document, or W612 says which is not
            excused = [p.pointer for p in problems if p.number == 507]
            problems.extend(unprinted.check(data, where, checked.rendered.root, settings.name, excused,
                                            schema.choices(kind.schema)))
    return checked


def _present(data, pointer: str) -> bool:
    node = data
    for part in pointer.strip("/").split("/"):
        if not isinstance(node, dict) or node.get(part) is None:
            return False
        node = node[part]
    return True


def needed_by_template(kind: kinds.Kind, settings: templateset.Settings, data: dict, where: SourceMap) -> list[Problem]:
    """E101 for a part of the file the schema lets be absent but the template set prints (Kind.template_needs)."""
    if not kind.template_needs:
        return []
    try:
        tags = frozenset(render.prepared(settings).tags)
    except render.RenderError:          # the template cannot be opened: E609 says so later
        return []
    found, missing = [], []
    for pointer, prefixes in sorted(kind.template_needs.items(), key=lambda item: item[0].count("/")):
        if _present(data, pointer) or any(pointer.startswith(m + "/") for m in missing):
            continue
        tag = next((t for t in (template_tags.uses(tags, p) for p in prefixes) if t), None)
        if tag is None:
            continue
        missing.append(pointer)
        parent, key = pointer.rsplit("/", 1)
        parts = [p for p in parent.split("/") if p]
        found.append(make(101, Severity.ERROR, where.location(parent, key=True), pointer,
                          where=f"{schema.describe_path(parts)}：" if parts else "", field=key,
                          title=f"（模板“{settings.name}”印出它：{{{{ {tag} }}}}）"))
    return found


def template_problem(settings: templateset.Settings, fault: render.Fault) -> Problem:
    """A template fault, located in 模板.docx at the paragraph (line) and column of the tag."""
    where = Location(safepath.shown(settings.docx), fault.paragraph or 1, fault.column or 1)
    if fault.number == 602:
        part = "" if fault.part.startswith("word/document") else f"{fault.part_label}中"
        return make(602, Severity.ERROR, where, template=settings.name, part=part, tag=fault.tag, detail=fault.detail)
    return make(fault.number, Severity.ERROR, where, template=settings.name, detail=fault.detail)


def _output_name(checked: Checked, path: Path, source: SourceMap) -> safepath.OutputName | None:
    """The output folder and file name, every piece checked (safepath); problems are E610 where the piece came from."""
    settings = checked.settings
    folder, why = safepath.folder_name(path)
    if why:
        checked.problems.add(make(610, Severity.ERROR, Location(checked.file, 1, 1),
                                  detail=f"数据文件名“{Path(path).name}”不能用作输出文件夹名：{why}，请给数据文件改名"))
    stem, why_stem = safepath.file_stem(settings.output_name, checked.year, checked.model.unit.name)
    if why_stem:
        from_unit = "{单位}" in settings.output_name
        where = source.location("/单位/名称") if from_unit else (settings.output_name_location or Location(checked.file, 1, 1))
        shown = stem if len(stem) <= 40 else stem[:39] + "…"
        checked.problems.add(make(610, Severity.ERROR, where, "/单位/名称" if from_unit else "",
                                  detail=f"模板“{settings.name}”的“输出文件名: {settings.output_name}”"
                                         f"{'用单位名称' if from_unit else ''}得到的文件名“{shown}”{why_stem}"))
    if why or why_stem:
        return None
    return safepath.OutputName(folder, stem)


@dataclass
class BuildOptions:
    out_dir: Path = Path("output")
    pdf: bool = False
    strict: bool = False
    templates: Path | None = None
    paginate: bool = True          # 目录 page numbers through LibreOffice when it is installed


@dataclass
class Built:
    checked: Checked
    outputs: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    paginated: bool = False           # made through LibreOffice (目录 page numbers, the PDF when asked)

    @property
    def problems(self) -> Problems:
        return self.checked.problems

    @property
    def ok(self) -> bool:
        return not self.problems.has_errors()


def output_path(checked: Checked, out_dir: Path, suffix: str = ".docx") -> Path:
    """<--out>/<数据文件名>/<模板的输出文件名>.docx, e.g. output/长治网信办/2024年度单位决算公开.docx;
    safepath.UnsafePath when it would resolve outside `out_dir`."""
    return checked.output.file(out_dir, suffix)


def context_of(checked: Checked) -> dict:
    """The template context of a checked department (its kind formats its computed result)."""
    return checked.kind.context(checked.result, checked.settings, checked.reference)


def build(path: Path, options: BuildOptions, display: str | None = None,
          office_session: "paginate.Session | None" = None, source: bytes | None = None) -> Built:
    session, own_session = office_session, False
    if (options.paginate or options.pdf) and session is None:
        office = paginate.find_office()
        if office is not None:            # LibreOffice starts while the department is checked and filled
            session, own_session = paginate.Session(office), True
    try:
        return _build(path, options, display, session, source)
    finally:
        if own_session:
            session.close(wait=False)


def _build(path: Path, options: BuildOptions, display: str | None, session: "paginate.Session | None",
           source: bytes | None) -> Built:
    checked = check(path, display, options.templates, source=source)
    result = Built(checked)
    if options.strict:
        checked.problems.make_strict()
    if not checked.ok or checked.rendered is None or checked.output is None:
        return result
    location = Location(checked.file, 1, 1)
    rendered = checked.rendered
    try:
        target = output_path(checked, options.out_dir)
        pdf_target = output_path(checked, options.out_dir, ".pdf") if options.pdf else None
    except safepath.UnsafePath as exc:
        checked.problems.add(make(610, Severity.ERROR, location, detail=str(exc)))
        return result
    try:
        if session is not None:
            try:
                _paginated(result, rendered, session, target, pdf_target, options)
                result.paginated = True
                return result
            except paginate.OfficeError as exc:      # LibreOffice failed on this document: the docx all the same
                office_failed = str(exc)
        else:
            office_failed = ""
        if options.pdf:         # no PDF: the docx is still written (W605), except under --strict (E605, nothing)
            from .libreoffice import missing_reason, not_found
            why = office_failed or missing_reason() or not_found()
            if options.strict:
                checked.problems.add(make(605, Severity.ERROR, location, detail=f"{why}；--strict：未生成任何文件"))
                return result
            checked.problems.add(make(605, Severity.WARNING, location,
                                      detail=f"{why}；已生成 docx，未生成 PDF，处理好后重新运行即可"))
        rendered.ask_word_to_update_fields()
        if options.paginate:
            why = office_failed or "未安装 LibreOffice"
            result.notes.append(f"{why}：目录页码未计算，Word 打开文件时会提示更新目录（选“是”）。")
        render.write_atomic(target, rendered.to_bytes())
        result.outputs.append(target)
    except OSError as exc:
        checked.problems.add(make(604, Severity.ERROR, location, path=str(target), detail=os_error_text(exc)))
    return result


def _paginated(result: Built, rendered, session: "paginate.Session", target: Path, pdf_target: Path | None,
               options: BuildOptions) -> None:
    """The docx with its 目录 page numbers from LibreOffice's layout, and the PDF from the same load."""
    with tempfile.TemporaryDirectory(prefix=f"{BUILD_TEMP_PREFIX}{os.getpid()}-") as tmp:
        draft = Path(tmp) / "draft.docx"
        draft.write_bytes(rendered.to_bytes())
        pdf_tmp = Path(tmp) / "final.pdf" if pdf_target is not None else None
        # one load: the 目录's pages from Writer's layout, and the PDF exported from that same layout
        paginated = options.paginate and bool(rendered.toc)
        answer = session.job(draft, TOC_BOOKMARK_PREFIX if paginated else None, pdf_tmp,
                             [entry.bookmark for entry in rendered.toc] if paginated else None)
        if answer.get("pages"):
            rendered.set_toc_pages(render.page_numbers(answer["pages"], rendered.toc[0].bookmark))
        if pdf_tmp is not None and not pdf_tmp.is_file():
            raise paginate.OfficeError("LibreOffice 没有导出 PDF")
        render.write_atomic(target, rendered.to_bytes())
        result.outputs.append(target)
        if pdf_tmp is not None:
            render.write_atomic(pdf_target, pdf_tmp.read_bytes())
            result.outputs.append(pdf_target)


def _shown(path: Path) -> str:
    return safepath.shown(path)


_OS_ERRORS = {errno.ENOTDIR: "路径中有一段是文件而不是文件夹", errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限",
              errno.ENOSPC: "磁盘空间不足", errno.EROFS: "磁盘是只读的", errno.EISDIR: "同名的文件夹已存在",
              errno.ENAMETOOLONG: "文件名太长"}


def os_error_text(exc: OSError) -> str:
    return _OS_ERRORS.get(exc.errno, exc.strerror or str(exc))

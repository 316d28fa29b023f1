"""Stage order and gating: load → schema → model → template set → checks → derive → render → write.

Each stage returns what it made plus its problems and never raises for bad user data.
A stage runs only when the ones it depends on produced no error; nothing is written
while any error exists.
"""
from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import amounts, checks, context, paginate, reference, render, safepath, schema, templateset
from .derive import Derived, derive
from .load import SourceMap, load_bytes, load_file
from .model import Department, build as build_model
from .ooxml import TOC_BOOKMARK_PREFIX
from .problems import Location, Problem, Problems, Severity, make

BUILD_TEMP_PREFIX = "gen-build-"        # <prefix><pid>-…: a run cleans those of dead processes (batch.clean_temp)


@dataclass
class Checked:
    file: str
    problems: Problems
    department: Department | None = None
    settings: templateset.Settings | None = None
    reference: reference.Classification | None = None
    output: safepath.OutputName | None = None        # where the document goes below --out
    rendered: render.Output | None = None            # the document, filled during the check

    @property
    def ok(self) -> bool:
        return self.department is not None and self.settings is not None and not self.problems.has_errors()


def check(path: Path, display: str | None = None, templates: Path | None = None, source: bytes | None = None,
          fill: bool = True) -> Checked:
    """Load, validate and check one department file; every problem found is collected.

    `source` is the file's content when the caller has read it already (a build fingerprints exactly the
    bytes it builds from).  With `fill`, a department without errors is also filled into its template, so
    that `gen check` finds every fault a build would (tags without data, refused tags, the output name)
    short of writing.
    """
    file = display or str(path)
    problems = Problems()
    loaded = load_bytes(source, file) if source is not None else load_file(path, file)
    problems.extend(loaded.problems)
    if loaded.data is None or problems.has_errors():
        return Checked(file, problems)
    problems.extend(schema.validate(loaded.data, loaded.source))
    if problems.has_errors():
        return Checked(file, problems)
    problems.extend(amounts.check(loaded.data, loaded.source))
    department, model_problems = build_model(loaded.data, loaded.source)
    problems.extend(model_problems)

    settings = None
    try:
        settings = templateset.find(department.template, templateset.search_dirs(path, templates))
    except templateset.TemplateSetError as exc:
        if exc.problems:
            problems.extend(exc.problems)
        else:
            problems.add(make(601, Severity.ERROR, loaded.source.location("/模板"), "/模板",
                              name=department.template, detail=str(exc)))
    classification = reference.for_year(department.year)
    ctx = checks.Context(loaded.source, classification, settings)
    problems.extend(checks.run(department, ctx))
    checked = Checked(file, problems, department, settings, classification)
    if settings is None:
        return checked
    checked.output = _output_name(checked, path, loaded.source)
    if not fill:                    # gen context: the data and settings only, so tags can be listed while a template is being fixed
        return checked
    problems.extend(template_problem(settings, fault) for fault in render.inspect(settings))
    if checked.ok:
        _, values = prepare(checked)
        try:
            checked.rendered = render.render(settings, values)
        except render.RenderError as exc:
            problems.add(template_problem(settings, exc.fault))
    return checked


def template_problem(settings: templateset.Settings, fault: render.Fault) -> Problem:
    """A template fault, located in 模板.docx at the paragraph (line) and column of the tag."""
    where = Location(safepath.shown(settings.docx), fault.paragraph or 1, fault.column or 1)
    if fault.number == 602:
        part = "" if fault.part.startswith("word/document") else f"{fault.part_label}中"
        return make(602, Severity.ERROR, where, template=settings.name, part=part, tag=fault.tag, detail=fault.detail)
    return make(fault.number, Severity.ERROR, where, template=settings.name, detail=fault.detail)


def _output_name(checked: Checked, path: Path, source: SourceMap) -> safepath.OutputName | None:
    """The output folder and file name, every piece checked (safepath); problems are E610 where the piece came from."""
    settings, department = checked.settings, checked.department
    folder, why = safepath.folder_name(path)
    if why:
        checked.problems.add(make(610, Severity.ERROR, Location(checked.file, 1, 1),
                                  detail=f"数据文件名“{Path(path).name}”不能用作输出文件夹名：{why}，请给数据文件改名"))
    stem, why_stem = safepath.file_stem(settings.output_name, department.year, department.name)
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


def prepare(checked: Checked) -> tuple[Derived, dict]:
    derived = derive(checked.department, checked.settings, checked.reference)
    return derived, context.build(checked.department, derived, checked.settings, checked.reference)


def build(path: Path, options: BuildOptions, display: str | None = None,
          office_session: "paginate.Session | None" = None, source: bytes | None = None) -> Built:
    checked = check(path, display, options.templates, source=source)
    result = Built(checked)
    if options.strict:
        checked.problems.items = [p.as_error() for p in checked.problems.items]
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
    session, own_session = office_session, False
    try:
        if (options.paginate or options.pdf) and session is None:
            office = paginate.find_office()
            if office is not None:
                session, own_session = paginate.Session(office), True
        if session is None:
            rendered.ask_word_to_update_fields()
            if options.paginate:
                result.notes.append("未安装 LibreOffice：目录页码未计算，Word 打开文件时会提示更新目录（选“是”）。")
            if options.pdf:
                checked.problems.add(make(605, Severity.ERROR, location,
                                          detail="未安装 LibreOffice（需要 libreoffice-writer 和 python3-uno），"
                                                 "请安装后重试，或去掉 --pdf 只生成 docx"))
                return result
            render.write_atomic(target, rendered.to_bytes())
            result.outputs.append(target)
            return result
        with tempfile.TemporaryDirectory(prefix=f"{BUILD_TEMP_PREFIX}{os.getpid()}-") as tmp:
            draft = Path(tmp) / "draft.docx"
            draft.write_bytes(rendered.to_bytes())
            if options.paginate and rendered.toc:
                physical = session.job(draft, TOC_BOOKMARK_PREFIX)["pages"]
                rendered.set_toc_pages(render.page_numbers(physical, rendered.toc[0].bookmark))
            data = rendered.to_bytes()
            if pdf_target is not None:
                final = Path(tmp) / "final.docx"
                final.write_bytes(data)
                pdf_tmp = Path(tmp) / "final.pdf"
                session.job(final, None, pdf_tmp)
                render.write_atomic(target, data)
                render.write_atomic(pdf_target, pdf_tmp.read_bytes())
                result.outputs += [target, pdf_target]
            else:
                render.write_atomic(target, data)
                result.outputs.append(target)
    except paginate.OfficeError as exc:
        checked.problems.add(make(605, Severity.ERROR, location, detail=str(exc)))
    except OSError as exc:
        checked.problems.add(make(604, Severity.ERROR, location, path=str(target), detail=os_error_text(exc)))
    finally:
        if own_session:
            session.close()
    return result


def _shown(path: Path) -> str:
    return safepath.shown(path)


_OS_ERRORS = {errno.ENOTDIR: "路径中有一段是文件而不是文件夹", errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限",
              errno.ENOSPC: "磁盘空间不足", errno.EROFS: "磁盘是只读的", errno.EISDIR: "同名的文件夹已存在",
              errno.ENAMETOOLONG: "文件名太长"}


def os_error_text(exc: OSError) -> str:
    return _OS_ERRORS.get(exc.errno, exc.strerror or str(exc))

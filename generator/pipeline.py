"""Stage order and gating: load → schema → model → template set → checks → derive → render → write.

Each stage returns what it made plus its problems and never raises for bad user data.
A stage runs only when the ones it depends on produced no error; nothing is written
while any error exists.
"""
from __future__ import annotations

import errno
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import amounts, checks, context, paginate, reference, render, schema, templateset
from .derive import Derived, derive
from .load import load_file
from .model import Department, build as build_model
from .ooxml import TOC_BOOKMARK_PREFIX
from .problems import Location, Problems, Severity, make


@dataclass
class Checked:
    file: str
    problems: Problems
    department: Department | None = None
    settings: templateset.Settings | None = None
    reference: reference.Classification | None = None

    @property
    def ok(self) -> bool:
        return self.department is not None and self.settings is not None and not self.problems.has_errors()


def check(path: Path, display: str | None = None, templates: Path | None = None) -> Checked:
    """Load, validate and check one department file; every problem found is collected."""
    file = display or str(path)
    problems = Problems()
    loaded = load_file(path, file)
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
        problems.add(make(601, Severity.ERROR, loaded.source.location("/模板"), "/模板",
                          name=department.template, detail=str(exc)))
    classification = reference.for_year(department.year)
    ctx = checks.Context(loaded.source, classification, settings)
    problems.extend(checks.run(department, ctx))
    return Checked(file, problems, department, settings, classification)


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


def output_path(department: Department, settings: templateset.Settings, source: Path, out_dir: Path) -> Path:
    """output/<文件名>/<模板的输出文件名>.docx, e.g. output/长治网信办/2024年度单位决算公开.docx"""
    name = settings.output_name.format(年度=department.year, 单位=department.name)
    return out_dir / source.stem / f"{name}.docx"


def prepare(checked: Checked) -> tuple[Derived, dict]:
    derived = derive(checked.department, checked.settings, checked.reference)
    return derived, context.build(checked.department, derived, checked.settings, checked.reference)


def build(path: Path, options: BuildOptions, display: str | None = None,
          office_session: "paginate.Session | None" = None) -> Built:
    checked = check(path, display, options.templates)
    result = Built(checked)
    if options.strict:
        checked.problems.items = [p.as_error() for p in checked.problems.items]
    if not checked.ok:
        return result
    location = Location(checked.file)
    _, ctx = prepare(checked)
    try:
        rendered = render.render(checked.settings, ctx)
    except render.RenderError as exc:
        where = Location(_shown(checked.settings.docx))
        if exc.tag:
            checked.problems.add(make(602, Severity.ERROR, where, template=checked.settings.name, tag=exc.tag,
                                      detail="模板用到了数据中没有的名称，请核对标签拼写"))
        else:
            checked.problems.add(make(603, Severity.ERROR, where, template=checked.settings.name, detail=str(exc)))
        return result

    target = output_path(checked.department, checked.settings, path, options.out_dir)
    pdf_target = target.with_suffix(".pdf") if options.pdf else None
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
        with tempfile.TemporaryDirectory(prefix="gen-build-") as tmp:
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
    """A path as the user would type it: relative to the working directory when it is below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


_OS_ERRORS = {errno.ENOTDIR: "路径中有一段是文件而不是文件夹", errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限",
              errno.ENOSPC: "磁盘空间不足", errno.EROFS: "磁盘是只读的", errno.EISDIR: "同名的文件夹已存在",
              errno.ENAMETOOLONG: "文件名太长"}


def os_error_text(exc: OSError) -> str:
    return _OS_ERRORS.get(exc.errno, exc.strerror or str(exc))

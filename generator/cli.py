"""The `gen` command: printing and exit codes only; the work is in pipeline.py and batch.py.

Exit codes: 0 no error (warnings allowed); 1 errors in data or templates (nothing written);
2 the command line itself is wrong (click's usage errors, in Chinese); 3 gen's own internal error.

Heavy modules (docxtpl, jsonschema, the pipeline) are imported inside the commands that
need them, so that a rebuild in which nothing changed starts and ends quickly.
"""
from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

import click

from . import __version__, clickzh, terminal

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
clickzh.install()          # before the decorators below: click translates some texts when a parameter is made
INTERNAL_MESSAGE = "gen 内部错误（不是数据问题）。请把命令和数据文件发给维护人员；设置 GEN_DEBUG=1 可看到详细信息。"


def _echo_problem(line: str) -> None:
    """A problem line on stdout; on a terminal its code is red (E) or yellow (W) unless NO_COLOR or TERM=dumb."""
    click.echo(terminal.paint(line) if terminal.colour_wanted(sys.stdout) else line)


def _summary(errors: int, warnings: int, acknowledged: int = 0, shown_all: bool = False) -> str:
    text = f"{errors} 个错误，{warnings} 个警告"
    if acknowledged:
        text += f"（其中 {acknowledged} 个已核对{'' if shown_all else '，未列出，--全部 可列出'}）"
    return text


def _show_all_option(function):
    return click.option("--全部", "--all", "show_all", is_flag=True,
                        help="也列出数据文件“已核对”了的警告（默认只计数）。")(function)


@click.group("gen", cls=clickzh.Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="gen", message="%(prog)s 版本 %(version)s",
                      help="显示版本并退出。")
def main() -> None:
    """gen：由部门数据文件（YAML）和省里的 Word 模板生成预决算公开等文档（模板决定文档类型）。

    每个命令的用法：gen 命令 -h。退出码：0 没有错误（可以有警告），1 数据或模板有错误，2 命令行写错，3 gen 内部错误。
    """


def _files(paths) -> tuple[list[Path], list[str]]:
    """The department files named; and a located line for each folder that holds none."""
    from . import batch
    from .problems import Location, Severity, make
    files, empty = [], []
    for p in paths:
        found = batch.collect([p])
        if not found and Path(p).is_dir():
            empty.append(str(make(9, Severity.ERROR, Location(str(p), 1, 1))))
        files += found
    return files, empty


@main.command("check")
@click.argument("paths", nargs=-1, required=True, metavar="数据文件或文件夹...")
@click.option("--strict", is_flag=True, help="把警告也当作错误（已核对的警告除外）。")
@_show_all_option
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def check_command(paths, strict, show_all, templates) -> None:
    """检查数据文件：读取、字段校验、审核公式、模板与输出文件名。不生成文档。"""
    from . import batch, pipeline
    files, empty = _files(paths)
    for line in empty:
        _echo_problem(line)
    failed, internal = bool(empty), False
    for path in files:
        try:
            problems = pipeline.check(path, str(path), templates).problems
        except Exception as exc:       # one file's fault of gen itself: say so, go on with the others
            result = batch.internal_failure(str(path), exc)
            _echo_problem(result.lines[0])
            click.echo(f"{path}：gen 内部错误，未能检查完", err=True)
            internal = True
            continue
        if strict:
            problems.make_strict()
        for problem in problems.shown(show_all):
            _echo_problem(str(problem))
        click.echo(f"{path}：{_summary(len(problems.errors), len(problems.warnings), len(problems.acknowledged), show_all)}",
                   err=True)
        failed |= problems.has_errors()
    sys.exit(EXIT_INTERNAL if internal else EXIT_ERRORS if failed else EXIT_OK)


@main.command("build")
@click.argument("paths", nargs=-1, required=True, metavar="数据文件或文件夹...")
@click.option("--pdf", is_flag=True, help="同时用 LibreOffice 生成 PDF（LibreOffice 不能用时只生成 docx，警告 W605）。")
@click.option("--strict", is_flag=True, help="有警告也不生成（已核对的警告除外）。")
@_show_all_option
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              metavar="文件夹", help="输出文件夹。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
@click.option("--no-paginate", is_flag=True, help="不用 LibreOffice 计算目录页码（更快；Word 打开时提示更新目录）。")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help="同时生成的进程数（默认：CPU 核数）。")
@click.option("--force", is_flag=True, help="输入没有变化的部门也重新生成。")
def build_command(paths, pdf, strict, show_all, out_dir, templates, no_paginate, jobs, force) -> None:
    """检查并生成文档：output/<文件名>/<年度>年度….docx（加 --pdf 同时生成 PDF）。

    可以给一个或多个数据文件，或一个文件夹（其中的全部 .yaml）。多个部门并行生成；
    输入没有变化的部门跳过（--force 强制重新生成）；某个部门出错不影响其他部门。
    """
    from . import batch
    options = batch.Options(out_dir=str(out_dir), pdf=pdf, strict=strict,
                            templates=str(templates) if templates else None, paginate=not no_paginate,
                            show_all=show_all)
    files, empty = _files(paths)
    for line in empty:
        _echo_problem(line)
    if not files:
        sys.exit(EXIT_ERRORS)
    progress = batch.Progress(len(files)) if len(files) > 1 else None

    def report(result: batch.Result) -> None:
        if progress is not None:
            progress.clear()
        for line in result.lines:
            _echo_problem(line)
        for note in result.notes:
            click.echo(f"{result.source}: 提示：{note}", err=True)
        if result.status == "built":
            for output in result.outputs:
                click.echo(f"已生成 {output}")
            click.echo(f"{result.source}：{_summary(result.errors, result.warnings, result.acknowledged, show_all)}",
                       err=True)
        elif result.status == "unchanged":
            if progress is None:
                click.echo(f"{result.source}：输入未变，跳过（{'；'.join(result.outputs)}）", err=True)
        elif result.internal:
            click.echo(f"{result.source}：gen 内部错误，未生成文件", err=True)
        else:
            click.echo(f"{result.source}：{_summary(result.errors, result.warnings, result.acknowledged, show_all)}，"
                       "未生成文件", err=True)

    results = batch.run(files, options, jobs=jobs, force=force, on_result=report, progress=progress)
    if len(results) > 1:
        for line in batch.summary(results):
            click.echo(line, err=True)
    if any(r.internal for r in results):
        sys.exit(EXIT_INTERNAL)
    sys.exit(EXIT_ERRORS if empty or any(r.status == "failed" for r in results) else EXIT_OK)


@main.command("context")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), metavar="数据文件")
@click.argument("group", required=False, metavar="[组]")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def context_command(path, group, templates) -> None:
    """列出模板可用的标签及其值（编写或修改模板时查阅）。

    按文档的顺序分组列出（单位、概况、各张表、说明、附件……）；给出“组”（例如“说明”或“说明.收支总计”）只列这一组。
    列表只列出第 1 项的标签和项数。
    """
    from . import pipeline, tags
    checked = pipeline.check(path, str(path), templates, fill=False)
    if not checked.ok:
        for problem in checked.problems.sorted():
            _echo_problem(str(problem))
        click.echo(f"{path}：{_summary(len(checked.problems.errors), len(checked.problems.warnings))}，无法列出标签",
                   err=True)
        sys.exit(EXIT_ERRORS)
    ctx = pipeline.context_of(checked)
    try:
        shown = tags.listing(ctx, group)
    except KeyError:
        click.echo(f"没有“{group}”这一组；可用的组：{'、'.join(tags.groups(ctx))}", err=True)
        sys.exit(EXIT_ERRORS)
    click.echo("\n".join(shown))


def _text_templates(path: Path, templates: Path | None) -> Path | None:
    """--templates for gen text and gen diff: as given; else, for a file with no templates/ folder above it (the
    temporary copy git hands a textconv driver), the templates/ of the current folder (git runs the driver at
    the top of the work tree)."""
    if templates is not None:
        return templates
    if any((parent / "templates").is_dir() for parent in Path(path).resolve().parents):
        return None
    here = Path.cwd() / "templates"
    return here if here.is_dir() else None


@main.command("text")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), metavar="数据文件")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认：离数据文件最近的 templates/，其次是当前文件夹的 templates/）。")
@click.option("--links", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="“预算文件:”等关联文件所在的文件夹（默认：数据文件所在的文件夹；作 git textconv 时写 departments）。")
def text_command(path, templates, links) -> None:
    """打印这个部门生成的文档的文字：每段一行，表格每行一行（“| 格 | 格 |”），不写任何文件。

    可作为 git 的 textconv 程序，让 git diff 显示数据改动对文档的影响（见 README）。数据有错误时，
    打印这些问题而不是文档，退出码仍为 0，以免 git diff 中断。
    """
    from . import pipeline, review
    checked = pipeline.check(path, str(path), _text_templates(path, templates), links=links)
    lines = [f"问题：{p.code} {p.message}" for p in checked.problems.shown()]      # no file:line: textconv sees a temp file
    lines += review.text_lines(checked)
    click.echo("\n".join(lines))


@main.command("diff")
@click.argument("old", metavar="旧文件或版本")
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path), metavar="新文件")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def diff_command(old, new, templates) -> None:
    """比较数据文件的两个版本对文档的影响。

    列出改了哪些数字、文档里哪些句子和表格的格变了、审核结果有什么变化。

    gen diff 旧文件.yaml 新文件.yaml 比较两个文件；gen diff HEAD 文件.yaml 比较 git 中的版本（HEAD、HEAD~1、
    分支名或提交号）与现在的文件。git 中的版本按现在文件的位置查找模板和预算文件。
    """
    from . import pipeline, review
    from .load import read_source
    old_path = Path(old)
    if old_path.is_file():
        old_bytes, problems = read_source(old_path, old)
        old_display, old_at = old, old_path
    else:
        try:
            old_bytes, problems = review.git_version(old, new), []
        except review.GitError as exc:
            click.echo(f"gen diff：{exc}", err=True)
            sys.exit(EXIT_ERRORS)
        old_display, old_at = f"{old}:{new.name}", new
    new_bytes, new_problems = read_source(new, str(new))
    if old_bytes is None or new_bytes is None:
        for problem in problems + new_problems:
            click.echo(str(problem))
        sys.exit(EXIT_ERRORS)
    templates = _text_templates(new, templates)
    before = pipeline.check(old_at, old_display, templates, source=old_bytes)
    after = pipeline.check(new, str(new), templates, source=new_bytes)
    for title, lines in (("输入的数字", _input_changes(before, after, old_display, str(new), old_bytes, new_bytes)),
                         ("文档", _document_changes(before, after, old_display, str(new))),
                         ("审核结果", review.problem_changes(before.problems, after.problems))):
        click.echo(f"{title}：{'没有变化' if not lines else f'{len(lines)} 处变化'}")
        for line in lines:
            click.echo(f"  {line}")


def _input_changes(before, after, old_name: str, new_name: str, old_bytes: bytes, new_bytes: bytes) -> list[str]:
    from . import review
    from .load import load_bytes
    a, b = load_bytes(old_bytes, old_name), load_bytes(new_bytes, new_name)
    if not isinstance(a.data, dict) or not isinstance(b.data, dict):
        return [f"{name} 无法读取，不能比较数字" for name, x in ((old_name, a), (new_name, b)) if not isinstance(x.data, dict)]
    return review.input_changes(a.data, b.data, b.source, a.source)


def _document_changes(before, after, old_name: str, new_name: str) -> list[str]:
    from . import review
    old_blocks, new_blocks = review.document_blocks(before), review.document_blocks(after)
    missing = [name for name, blocks in ((old_name, old_blocks), (new_name, new_blocks)) if blocks is None]
    if missing:
        return [f"{name} 有错误，生成不了文档，无法比较文档（见下面的审核结果）" for name in missing]
    return review.document_changes(old_blocks, new_blocks)


@main.command("fmt")
@click.argument("paths", nargs=-1, required=True, metavar="数据文件或文件夹…")
@click.option("--check", "check_only", is_flag=True, help="只检查格式，不改文件；有文件需要整理时退出码为 1。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def fmt_command(paths, check_only, templates) -> None:
    """把数据文件整理成统一的格式：键按表样顺序，表格每行一条、各列对齐，注释保留，数值不变。"""
    from . import batch, fmt, pipeline
    from .render import write_atomic
    failed = False
    for path in batch.collect(paths):
        kind, problems = pipeline.kind_of(path, templates)
        if kind is None:
            for problem in problems.sorted():
                _echo_problem(str(problem))
            click.echo(f"{path}：无法确定文档类型，未整理", err=True)
            failed = True
            continue
        try:
            result = fmt.format_text(path.read_text(encoding="utf-8-sig"), kind.schema)
        except fmt.FormatError as exc:
            click.echo(f"{path}: {exc}", err=True)
            failed = True
            continue
        if not result.changed:
            continue
        if check_only:
            click.echo(f"{path}：需要整理格式（运行 gen fmt {path}）")
            failed = True
        else:
            write_atomic(path, result.text.encode("utf-8"))
            click.echo(f"已整理 {path}")
    sys.exit(EXIT_ERRORS if failed else 0)


def _write_new(target: Path, text: str) -> None:
    """Write a file that must not exist yet (never overwritten), or say why not and exit 1."""
    from .pipeline import os_error_text
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        click.echo(f"gen：{target} 已经存在，不覆盖（换一个文件名，或用 --out 指定）", err=True)
        sys.exit(EXIT_ERRORS)
    except OSError as exc:
        click.echo(f"gen：无法写入 {target}：{os_error_text(exc)}", err=True)
        sys.exit(EXIT_ERRORS)


@main.command("new")
@click.argument("template", metavar="模板名")
@click.argument("unit", metavar="单位名")
@click.option("--年度", "year", type=click.IntRange(2000, 2100), required=True, metavar="年度", help="数据文件的年度，如 2025。")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), metavar="文件",
              help="写到哪个文件（默认 departments/<单位名>.yaml）；已有的文件不覆盖。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认：离新文件最近的 templates/）。")
def new_command(template, unit, year, out, templates) -> None:
    """按一套模板写一个新的部门数据文件（起始文件）。

    各部分、各张表和说明文字的字段都列好，每个字段上面是它的中文说明；科目表的行写成注释（去掉行首的“# ”再填数）。
    已有的文件不覆盖。

    例：gen new 山西-2024-单位决算 长治市某某局 --年度 2025
    """
    from . import kinds, safepath, starter, templateset
    name = safepath.clean_component(safepath.clean_value(unit))
    why = safepath.component_problem(f"{name}.yaml")
    if not unit.strip() or why:
        click.echo(f"gen new：单位名“{unit}”不能用作文件名：{why or '是空的'}（用 --out 指定文件名）", err=True)
        sys.exit(EXIT_ERRORS)
    target = out or Path("departments") / f"{name}.yaml"
    try:
        settings = templateset.find(template, templateset.search_dirs(target, templates))
    except templateset.TemplateSetError as exc:
        if exc.problems:
            for problem in exc.problems:
                click.echo(str(problem))
        click.echo(f"gen new：模板“{template}”无法使用：{exc}", err=True)
        sys.exit(EXIT_ERRORS)
    kind = kinds.find(settings.document)
    if kind is None:
        click.echo(f"gen new：模板“{template}”的文档类型“{settings.document}”未知", err=True)
        sys.exit(EXIT_ERRORS)
    _write_new(target, starter.starter_text(kind, settings, unit.strip(), year, target, template))
    click.echo(f"已写出 {target}（{kind.name}，模板 {template}）；填好后运行 gen check {target}")


@main.command("rollover")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), metavar="数据文件")
@click.option("--年度", "year", type=click.IntRange(2000, 2100), required=True, metavar="年度", help="新文件的年度，如 2025。")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), metavar="文件",
              help="写到哪个文件（默认：同一文件夹，文件名中的年度换成新年度，没有年度时加“-新年度”）；已有的文件不覆盖。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def rollover_command(path, year, out, templates) -> None:
    """由今年的数据文件开始下一年的文件。

    今年的决算（预算）数成为“上年”比较数，今年的表格清空（科目行变成注释），说明文字保留并标为待核对
    （改过之前 gen check 给出 W509），有新年度的模板时换用新模板。

    例：gen rollover departments/长治网信办.yaml --年度 2025
    """
    from . import pipeline, rollover, templateset
    from .load import read_source
    raw, problems = read_source(path, str(path))
    if raw is None:
        for problem in problems:
            click.echo(str(problem))
        sys.exit(EXIT_ERRORS)
    checked = pipeline.check(path, str(path), templates, source=raw, fill=False)
    if not checked.ok:
        for problem in checked.problems.sorted():
            click.echo(str(problem))
        click.echo(f"{path}：{_summary(len(checked.problems.errors), len(checked.problems.warnings))}，"
                   "请先改正错误再开始下一年的文件", err=True)
        sys.exit(EXIT_ERRORS)
    if year <= checked.year:
        click.echo(f"gen rollover：新年度 {year} 应晚于文件的年度 {checked.year}", err=True)
        sys.exit(EXIT_ERRORS)
    dirs = templateset.search_dirs(path, templates)
    name = checked.model.template
    moved = rollover.new_template_name(name, checked.year, year,
                                       lambda n: any((d / n / templateset.SETTINGS_FILE).is_file() for d in dirs))
    target = out or path.with_name(path.name.replace(str(checked.year), str(year)) if str(checked.year) in path.name
                                   else f"{path.stem}-{year}{path.suffix}")
    text = rollover.rollover_text(raw.decode("utf-8-sig"), checked, year, moved)
    _write_new(target, text)
    click.echo(f"已写出 {target}：{year} 年度，模板 {moved or name}" + ("" if moved else f"（没有找到 {year} 年度的模板，仍用原模板）"))


@main.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), metavar="数据文件")
@click.option("--xlsx", "xlsx", is_flag=True, default=True, help="写成 Excel 工作簿（.xlsx，目前唯一的格式）。")
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              metavar="文件夹", help="输出文件夹（与 gen build 相同：<文件夹>/<数据文件名>/<输出文件名>.xlsx）。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def export_command(path, xlsx, out_dir, templates) -> None:
    """把文档里的表格写成 Excel 工作簿（每张表一张工作表）。

    照印出的样子：表名、栏名、栏次、科目行（含计算出的类、款）、合并的单元格。可以改好数字再用 gen import 导回数据文件。
    """
    from . import pipeline, render, review, safepath, workbook
    checked = pipeline.check(path, str(path), templates)
    if not checked.ok or checked.rendered is None or checked.output is None:
        for problem in checked.problems.sorted():
            click.echo(str(problem))
        click.echo(f"{path}：{_summary(len(checked.problems.errors), len(checked.problems.warnings))}，未导出", err=True)
        sys.exit(EXIT_ERRORS)
    tables = [b for b in review.document_blocks(checked) if isinstance(b, review.Table)]
    try:
        target = checked.output.file(out_dir, ".xlsx")
        render.write_atomic(target, workbook.export(tables))
    except safepath.UnsafePath as exc:
        click.echo(f"gen export：{exc}", err=True)
        sys.exit(EXIT_ERRORS)
    except OSError as exc:
        click.echo(f"gen export：无法写入：{pipeline.os_error_text(exc)}", err=True)
        sys.exit(EXIT_ERRORS)
    click.echo(f"已导出 {target}（{len(tables)} 张表）")


@main.command("import")
@click.argument("book", type=click.Path(dir_okay=False, path_type=Path), metavar="工作簿.xlsx")
@click.option("--into", "into", required=True, type=click.Path(dir_okay=False, path_type=Path), metavar="数据文件",
              help="要更新数字的部门数据文件（文字和注释保留）。")
@click.option("--check", "check_only", is_flag=True, help="只列出会改动的数字，不改文件。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def import_command(book, into, check_only, templates) -> None:
    """从工作簿（gen export 导出的，或财务系统导出的同样格式的公开表）更新数据文件中的数字。

    按表名认出每张工作表，按栏名（而不是位置）找到各栏；文件里的文字和注释不变。放不进数据文件的单元格
    （认不出的栏、数字格里的文字、小数位过多）逐个列出“工作簿:工作表!单元格”，这时不改文件。
    """
    from . import fmt, pipeline, rollover, workbook
    from .load import load_text, read_source
    from .parts.items import file_names
    from .render import write_atomic
    raw, problems = read_source(into, str(into))
    if raw is None:
        for problem in problems:
            click.echo(str(problem))
        sys.exit(EXIT_ERRORS)
    checked = pipeline.check(into, str(into), templates, source=raw, fill=False)
    unreadable = [p for p in checked.problems.errors if p.number < 200]       # the file itself, or its schema
    if checked.kind is None or unreadable:
        for problem in (unreadable or checked.problems.sorted()):
            click.echo(str(problem))
        click.echo(f"{into}：数据文件本身有错误，请先改正再导入", err=True)
        sys.exit(EXIT_ERRORS)
    kind = checked.kind
    try:
        if book.stat().st_size > workbook.MAX_BOOK_BYTES:
            raise workbook.BookError(f"文件超过 {workbook.MAX_BOOK_BYTES // 1024 // 1024} MB")
        sheets = workbook.read_book(book.read_bytes())
    except OSError as exc:
        click.echo(f"gen import：{book} 无法读取：{pipeline.os_error_text(exc)}", err=True)
        sys.exit(EXIT_ERRORS)
    except workbook.BookError as exc:
        click.echo(f"gen import：{book}：{exc}", err=True)
        sys.exit(EXIT_ERRORS)
    y = rollover.yaml_with_decimals()
    text = raw.decode("utf-8-sig")
    data = y.load(text)
    importer = workbook.Importer(data, kind, file_names(load_text(text, str(into)).data))
    for sheet in sheets:
        importer.sheet(sheet)
    result = importer.result
    for issue in result.issues:
        click.echo(issue.line(str(book)))
    for name in result.skipped:
        click.echo(f"{book}:{name}: 提示：不是 gen 能导入的表，略过", err=True)
    if result.issues:
        click.echo(f"{book}：{len(result.issues)} 个单元格无法导入，未改动 {into}", err=True)
        sys.exit(EXIT_ERRORS)
    for change in result.changes:
        click.echo(change)
    if not result.changes:
        click.echo(f"{into}：数字与工作簿相同，没有改动", err=True)
        return
    if check_only:
        click.echo(f"{into}：{len(result.changes)} 处会改动（--check：未改文件）", err=True)
        return
    import io
    buffer = io.StringIO()
    y.dump(data, buffer)
    try:
        formatted = fmt.format_text(buffer.getvalue(), kind.schema).text
    except fmt.FormatError as exc:
        click.echo(f"gen import：{exc}", err=True)
        sys.exit(EXIT_INTERNAL)
    write_atomic(into, formatted.encode("utf-8"))
    click.echo(f"已更新 {into}：{len(result.changes)} 处；请运行 gen check {into}", err=True)


def run() -> None:
    """Entry point that turns an unexpected exception into a short Chinese message and exit code 3."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("gen：已中止。", err=True)
        sys.exit(130)
    except Exception:  # a bug, not bad data: say so, keep the traceback for developers
        if os.environ.get("GEN_DEBUG"):
            traceback.print_exc()
        click.echo(INTERNAL_MESSAGE, err=True)
        sys.exit(EXIT_INTERNAL)

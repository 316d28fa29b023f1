"""The `gen` command: printing and exit codes only; the work is in pipeline.py and batch.py.

Exit codes: 0 no error (warnings allowed); 1 errors in data or templates (nothing written);
2 the command line itself is wrong (click's usage errors, in Chinese); 3 gen's own internal error.

Heavy modules (docxtpl, jsonschema, the pipeline) are imported inside the commands that
need them, so that a rebuild in which nothing changed starts and ends quickly.
"""
from __future__ import annotations

import io
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


@main.command("text")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), metavar="数据文件")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), metavar="文件夹",
              help="模板所在的文件夹（默认 templates/）。")
def text_command(path, templates) -> None:
    """打印这个部门生成的文档的文字：每段一行，表格每行一行（“| 格 | 格 |”），不写任何文件。

    可作为 git 的 textconv 程序，让 git diff 显示数据改动对文档的影响（见 README）。数据有错误时，
    打印这些问题而不是文档，退出码仍为 0，以免 git diff 中断。
    """
    from docx import Document

    from . import document_text, pipeline
    checked = pipeline.check(path, str(path), templates)
    lines = [f"问题：{p.code} {p.message}" for p in checked.problems.shown()]      # no file:line: textconv sees a temp file
    if checked.rendered is not None and not checked.problems.has_errors():
        lines += document_text.lines(Document(io.BytesIO(checked.rendered.to_bytes())))
    click.echo("\n".join(lines))


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

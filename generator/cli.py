"""The `gen` command: printing and exit codes only; the work is in pipeline.py."""
from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

import click

from . import __version__, paginate, pipeline
from .problems import Problems


def _print_problems(problems: Problems) -> None:
    for problem in problems.sorted():
        click.echo(str(problem))


def _summary(problems: Problems) -> str:
    return f"{len(problems.errors)} 个错误，{len(problems.warnings)} 个警告"


def _files(paths: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        else:
            files.append(path)
    return files


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="gen")
def main() -> None:
    """gen：由部门数据文件（YAML）生成决算公开文档。"""


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="把警告也当作错误。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), help="模板所在的文件夹（默认 templates/）。")
def check_command(paths, strict, templates) -> None:
    """检查数据文件：读取、字段校验、审核公式。不生成文档。"""
    failed = False
    for path in _files(paths):
        checked = pipeline.check(path, str(path), templates)
        problems = checked.problems
        if strict:
            problems.items = [p.as_error() for p in problems.items]
        _print_problems(problems)
        click.echo(f"{path}：{_summary(problems)}", err=True)
        failed |= problems.has_errors()
    sys.exit(1 if failed else 0)


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--pdf", is_flag=True, help="同时用 LibreOffice 生成 PDF。")
@click.option("--strict", is_flag=True, help="有警告也不生成。")
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="输出文件夹。")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), help="模板所在的文件夹（默认 templates/）。")
@click.option("--no-paginate", is_flag=True, help="不用 LibreOffice 计算目录页码（更快；Word 打开时提示更新目录）。")
def build_command(paths, pdf, strict, out_dir, templates, no_paginate) -> None:
    """检查并生成文档：output/<文件名>/<年度>年度….docx（加 --pdf 同时生成 PDF）。"""
    options = pipeline.BuildOptions(out_dir=out_dir, pdf=pdf, strict=strict, templates=templates,
                                    paginate=not no_paginate)
    failed = False
    files = _files(paths)
    session = None
    if len(files) > 1 and (options.paginate or options.pdf):
        office = paginate.find_office()
        session = paginate.Session(office) if office else None     # one LibreOffice for the whole run
    try:
        for path in files:
            failed |= _build_one(path, options, session)
    finally:
        if session is not None:
            session.close()
    sys.exit(1 if failed else 0)


def _build_one(path: Path, options: pipeline.BuildOptions, session) -> bool:
    """Build one department and print its outcome; True when it failed."""
    built = pipeline.build(path, options, str(path), office_session=session)
    _print_problems(built.problems)
    for note in built.notes:
        click.echo(f"{path}: 提示：{note}", err=True)
    if built.ok:
        for output in built.outputs:
            click.echo(f"已生成 {output}")
        click.echo(f"{path}：{_summary(built.problems)}", err=True)
        return False
    click.echo(f"{path}：{_summary(built.problems)}，未生成文件", err=True)
    return True


@main.command("context")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path), help="模板所在的文件夹（默认 templates/）。")
def context_command(path, templates) -> None:
    """列出模板可用的全部标签及其值（编写或修改模板时查阅）。"""
    checked = pipeline.check(path, str(path), templates)
    if not checked.ok:
        _print_problems(checked.problems)
        click.echo(f"{path}：{_summary(checked.problems)}，无法列出标签", err=True)
        sys.exit(1)
    _, ctx = pipeline.prepare(checked)
    import yaml
    click.echo(yaml.safe_dump(ctx, allow_unicode=True, sort_keys=False, width=120))


def run() -> None:
    """Entry point that turns an unexpected exception into a short Chinese message."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception:  # a bug, not bad data: say so, keep the traceback for developers
        if os.environ.get("GEN_DEBUG"):
            traceback.print_exc()
        click.echo("gen 内部错误（不是数据问题）。请把命令和数据文件发给维护人员；设置 GEN_DEBUG=1 可看到详细信息。", err=True)
        sys.exit(2)

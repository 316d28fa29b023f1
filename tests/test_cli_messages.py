"""Issue 7, item 8: every message is one Chinese line; exit codes 0 clean, 1 data or template errors,
2 usage errors (in Chinese), 3 gen's own internal errors."""
from __future__ import annotations

import re
import shutil

import pytest

from conftest import MINIMAL, cli, gen
from generator import pipeline

CJK = re.compile(r"[\u4e00-\u9fff]")


def one_chinese_line(text: str) -> str:
    lines = text.strip("\n").splitlines()
    assert len(lines) == 1, text
    assert CJK.search(lines[0]), text
    assert not re.search(r"\b(Usage|Error|Try|Missing|Invalid|No such|Traceback)\b", lines[0]), text
    return lines[0]


@pytest.mark.parametrize("args, expected", [
    (["build"], "gen build：缺少参数 '数据文件或文件夹...'。（运行“gen build -h”查看用法）"),
    (["check"], "gen check：缺少参数 '数据文件或文件夹...'。（运行“gen check -h”查看用法）"),
    (["buld"], "gen：没有“buld”这个命令（可用：check、build、context、text、diff、fmt、new、rollover、export、import）。是否应为“build”？（运行“gen -h”查看用法）"),
    (["build", "--bogus", "x.yaml"], "gen build：没有“--bogus”这个选项。 （是否应为其中之一：'--jobs', '--out'？）（运行“gen build -h”查看用法）"),
    (["build", "-j", "0", "x.yaml"], "gen build：'-j' / '--jobs' 的值无效：0 不在允许的范围（x>=1）内。（运行“gen build -h”查看用法）"),
])
def test_usage_errors_are_one_chinese_line_with_exit_2(tmp_path, args, expected):
    result = cli(*args, cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert one_chinese_line(result.stderr) == expected


def test_out_naming_a_file_is_a_chinese_usage_error(tmp_path):
    (tmp_path / "占用").write_text("x", encoding="utf-8")
    result = cli("build", str(MINIMAL), "--out", "占用", cwd=tmp_path)
    assert result.exit_code == 2
    assert one_chinese_line(result.stderr) == ("gen build：'--out' 的值无效：文件夹“占用”是一个文件，不是文件夹。"
                                              "（运行“gen build -h”查看用法）")


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_folder_without_department_files_is_said_so_with_exit_1(tmp_path, command):
    (tmp_path / "空文件夹").mkdir()
    result = cli(command, "空文件夹", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout == "空文件夹:1:1: E009 没有找到部门数据文件：这个文件夹中没有 .yaml 或 .yml 文件\n"


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_missing_input_file_is_chinese(tmp_path, command):
    extra = ["--no-paginate"] if command == "build" else []
    result = cli(command, "没有这个文件.yaml", "--templates", str(tmp_path), *extra, cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout == "没有这个文件.yaml:1:1: E003 文件无法读取：文件不存在\n"


def test_an_internal_error_in_check_is_located_exit_3_and_the_other_files_are_checked(tmp_path, monkeypatch):
    shutil.copy(MINIMAL, tmp_path / "甲.yaml")
    shutil.copy(MINIMAL, tmp_path / "乙.yaml")
    real = pipeline.check

    def check(path, *args, **kw):
        if path.name == "甲.yaml":
            raise ZeroDivisionError("division by zero")
        return real(path, *args, **kw)

    monkeypatch.setattr(pipeline, "check", check)
    result = cli("check", "甲.yaml", "乙.yaml", cwd=tmp_path)
    assert result.exit_code == 3
    assert result.stdout == ("甲.yaml:1:1: E900 gen 内部错误（不是数据问题）：ZeroDivisionError: division by zero。"
                             "这个部门未生成；请把命令和数据文件发给维护人员（设置 GEN_DEBUG=1 可看到详细信息）\n")
    assert "乙.yaml：0 个错误，0 个警告" in result.stderr


def test_an_internal_error_of_the_command_itself_exits_3_not_2(tmp_path):
    """The real entry point: `gen context` on a department whose context cannot be built (simulated by
    a module that raises on import of the context builder is not possible from outside, so break PYTHONPATH)."""
    code = ("import sys; import generator.pipeline as p\n"
            "def boom(*a, **k):\n    raise RuntimeError('boom')\n"
            "p.context_of = boom\n"
            "from generator.cli import run\nsys.argv = ['gen', 'context', sys.argv[1]]\nrun()\n")
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-c", code, str(MINIMAL)], capture_output=True, text=True)
    assert done.returncode == 3
    assert one_chinese_line(done.stderr).startswith("gen 内部错误（不是数据问题）")


def test_usage_error_from_the_real_command_line_is_2_and_chinese():
    done = gen("build", "--out")
    assert done.returncode == 2
    line = one_chinese_line(done.stderr)
    assert "选项“--out”后面需要一个值" in line


def test_version_and_help_are_chinese():
    assert cli("--version").stdout == "gen 版本 0.1.0\n"
    text = cli("build", "-h").stdout
    assert text.startswith("用法：gen build [选项] 数据文件或文件夹...") or text.startswith("用法： gen build [选项]")
    assert "选项" in text and "Options" not in text and "Usage" not in text

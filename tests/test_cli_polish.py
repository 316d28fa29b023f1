"""Issue 12, item 10: the command line a user expects — click's own texts in Chinese, --version, shell
completion, E and W in colour only on a real terminal, the batch summary aligned for Chinese names."""
from __future__ import annotations

import io
import os
import pathlib
import re
import shutil
import subprocess
import sys
from importlib import metadata

import click
import pytest

from conftest import MINIMAL, ROOT, cli
from generator import __version__, batch, clickzh, terminal
from generator.cli import main


def click_texts() -> set[str]:
    """Every text click passes through gettext (``_("…")``, ``ngettext("…", "…", n)``) in its own source."""
    call = re.compile(r'\b(?:_|ngettext)\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)(?:,\s*((?:"(?:[^"\\]|\\.)*"\s*)+))?', re.S)
    texts = set()
    for source in pathlib.Path(click.__file__).parent.glob("*.py"):
        for match in call.finditer(source.read_text(encoding="utf-8")):
            for group in match.groups():
                if group:
                    texts.add("".join(eval(piece) for piece in re.findall(r'"(?:[^"\\]|\\.)*"', group)))
    return texts


def test_every_text_click_can_show_a_user_is_translated():
    texts = click_texts()
    assert len(texts) > 60                      # the scan found click's texts at all
    untranslated = sorted(t for t in texts if t not in clickzh.MESSAGES and t not in clickzh.DEVELOPER_ONLY)
    assert untranslated == []
    assert sorted(clickzh.DEVELOPER_ONLY - texts) == []     # no stale exemptions


@pytest.mark.parametrize("command", [None, *main.commands])
def test_every_help_page_is_chinese(command):
    text = cli(*([command] if command else []), "-h").stdout
    assert text.startswith("用法：")
    for english in ("Usage", "Options", "Commands", "Show this message", "Show the version"):
        assert english not in text, (command, english)


def test_the_command_list_is_in_the_order_a_clerk_uses_it():
    text = cli("-h").stdout
    listed = [line.split()[0] for line in text.split("命令：", 1)[1].splitlines() if re.match(r"  \S", line)]
    assert listed == list(main.commands) and listed[:2] == ["check", "build"]


def test_an_unknown_command_names_the_commands_there_are(tmp_path):
    result = cli("chek", "x.yaml", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (f"gen：没有“chek”这个命令（可用：{'、'.join(main.commands)}）。是否应为“check”？"
                             "（运行“gen -h”查看用法）\n")


def test_version_is_the_package_version():
    assert cli("--version").stdout == f"gen 版本 {__version__}\n"
    assert metadata.version("gen-yujuesuan") == __version__          # pyproject reads it from generator/__init__.py


def test_the_distribution_is_not_called_gen_but_the_command_is():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^name = "gen-yujuesuan"', text, re.M)
    assert re.search(r'^gen = "generator\.cli:run"', text, re.M)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install gen-yujuesuan" in readme and "pip install gen\n" not in readme


def completion(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator"], env={**os.environ, **env}, capture_output=True,
                          text=True, cwd=ROOT)


def test_shell_completion_script_and_answers():
    script = completion({"_GEN_COMPLETE": "bash_source"})
    assert script.returncode == 0 and "_gen_completion" in script.stdout and "complete " in script.stdout
    answer = completion({"_GEN_COMPLETE": "bash_complete", "COMP_WORDS": "gen bu", "COMP_CWORD": "1"})
    assert answer.stdout.split() == ["plain,build"]
    options = completion({"_GEN_COMPLETE": "bash_complete", "COMP_WORDS": "gen build --no", "COMP_CWORD": "2"})
    assert "plain,--no-paginate" in options.stdout.split()
    for shell in ("zsh", "fish"):
        assert completion({"_GEN_COMPLETE": f"{shell}_source"}).stdout.strip()


# ───────────── colour: E red, W yellow, on a terminal only ─────────────

WARNED = "W301"      # 最小单位 with a 类 row 0.01 off: one warning


def warned_department(tmp_path: pathlib.Path) -> pathlib.Path:
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "\n支出决算表:\n  科目:\n",
        "\n支出决算表:\n  科目:\n    - {科目编码: 201, 科目名称: 一般公共服务支出, 基本支出: 100.00, 项目支出: 10.01}\n", 1)
    path = tmp_path / "单位.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def on_a_terminal(args, cwd, env) -> str:
    """Run gen with its stdout on a pseudo-terminal, as in a clerk's terminal window."""
    import pty
    leader, follower = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    done = subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, stdout=follower, stderr=subprocess.PIPE,
                          env={**environ, "PYTHONPATH": str(ROOT), **env})
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert done.returncode == 0, done.stderr
    return out.decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_codes_are_coloured_on_a_terminal_and_plain_otherwise(tmp_path):
    path = warned_department(tmp_path)
    shown = on_a_terminal(["check", path.name], tmp_path, {"TERM": "xterm"})
    assert f": {terminal.YELLOW}{WARNED}{terminal.RESET} " in shown
    for env in ({"TERM": "xterm", "NO_COLOR": "1"}, {"TERM": "dumb"}):
        plain = on_a_terminal(["check", path.name], tmp_path, env)
        assert f": {WARNED} " in plain and "\x1b" not in plain, env
    piped = subprocess.run([sys.executable, "-m", "generator", "check", path.name], cwd=tmp_path, capture_output=True,
                           text=True, env={**os.environ, "TERM": "xterm"})
    assert f": {WARNED} " in piped.stdout and "\x1b" not in piped.stdout


def test_paint_tells_errors_from_warnings():
    assert terminal.paint("a.yaml:3:5: E301 差") == f"a.yaml:3:5: {terminal.RED}E301{terminal.RESET} 差"
    assert terminal.paint("a.yaml:3:5: W502 文：E301 ") == f"a.yaml:3:5: {terminal.YELLOW}W502{terminal.RESET} 文：E301 "


class Tty(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("environ, wanted", [({"TERM": "xterm"}, True), ({"TERM": "xterm", "NO_COLOR": "1"}, False),
                                             ({"TERM": "dumb"}, False), ({}, True)])
def test_colour_decision(environ, wanted, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert terminal.colour_wanted(Tty(), environ) is wanted
    assert terminal.colour_wanted(io.StringIO(), environ) is False


def test_a_dumb_terminal_gets_a_progress_line_without_escape_codes(monkeypatch):
    monkeypatch.setenv("TERM", "dumb")
    stream = Tty()
    progress = batch.Progress(2, stream)
    progress.step(batch.Result("甲.yaml", "built"))
    progress.clear()
    assert stream.getvalue() == "[1/2] 生成 甲.yaml\n"
    monkeypatch.setenv("TERM", "xterm")
    live = Tty()
    batch.Progress(2, live).step(batch.Result("甲.yaml", "built"))
    assert "\x1b[K" in live.getvalue() and live.getvalue().startswith("\r[")


# ───────────── the batch summary, aligned for Chinese names ─────────────

def test_summary_columns_line_up_for_chinese_and_latin_names():
    results = [batch.Result("departments/长治网信办.yaml", "built", outputs=["out/长治.docx"]),
               batch.Result("departments/a.yaml", "failed", errors=2),
               batch.Result("departments/延边州网络安全应急指挥保障中心.yaml", "built", outputs=["out/延边.docx"], warnings=1)]
    rows = batch.summary(results)[1:]
    starts = set()
    for row, result in zip(rows, results):
        before = row[:row.index(result.source) + len(result.source)]
        rest = row[len(before):]
        starts.add(terminal.width(before) + len(rest) - len(rest.lstrip(" ")))
    assert len(starts) == 1                    # every detail starts in the same screen column
    assert terminal.width("长治") == 4 and terminal.width("ab") == 2 and terminal.width("（）") == 4


def test_the_real_summary_on_cjk_files(tmp_path):
    for name in ("甲单位.yaml", "b.yaml"):
        shutil.copy(MINIMAL, tmp_path / name)
    result = cli("build", "甲单位.yaml", "b.yaml", "--out", "out", "--no-paginate", "-j", "1", cwd=tmp_path)
    rows = [line for line in result.stderr.splitlines() if line.startswith("  生成")]
    assert len(rows) == 2
    assert len({terminal.width(row[:row.index("out/")]) for row in rows}) == 1

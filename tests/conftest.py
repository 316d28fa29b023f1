from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "departments" / "长治网信办.yaml"
MINIMAL = ROOT / "tests" / "data" / "最小单位.yaml"
SHANXI = ROOT / "templates" / "山西-2024-单位决算"


def gen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command line, as a clerk runs it (exit code, stdout, stderr)."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd or ROOT, capture_output=True, text=True)


def cli(*args: str, cwd: Path | None = None):
    """The command in-process (faster); returns click's Result with stdout, stderr and exit_code."""
    from generator.cli import main
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args), catch_exceptions=False)
    import os
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def office_available() -> bool:
    from generator.paginate import find_office
    return find_office() is not None


needs_office = pytest.mark.skipif(
    not (shutil.which("soffice") and office_available()),
    reason="LibreOffice（soffice 与 python3-uno）未安装：跳过目录页码与 PDF 测试；.ci/run 会安装它们")


@pytest.fixture(scope="session")
def minimal_text() -> str:
    return MINIMAL.read_text(encoding="utf-8")


def write_variant(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"fixture text not unique or missing: {old!r} ({text.count(old)} times)"
    return text.replace(old, new)


# Statements a seed published that its own tables refute: the documents print them as published (the department's
# words) and the independent reader (tests/reader.py) finds each.  NOTES.md “Seed 004”: the 评价报告's 预算收支情况
# counts only 财政拨款 (公开04/05) where 收入/支出 are 公开01/03's.
PUBLISHED_DISAGREEMENTS = {
    "石峰网信办": ["报告：收入: 文中 34.34，按表计算 34.43", "报告：支出: 文中 34.34，按表计算 34.43",
                "报告：基本支出: 文中 33.34，按表计算 33.43"],
}

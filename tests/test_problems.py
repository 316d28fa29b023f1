"""One fixture per problem code (tests/fixtures/problems/*.yaml): the exact output and exit code.

Each fixture names a base department, the text changes that cause the problem (or changes to a copy
of the 山西 template set: 模板改动 in document.xml, 设置改动 in 设置.yaml, 模板文件: 截断), the
command, and the exact lines gen prints.  A build that fails must write nothing.
To regenerate the expected output after a deliberate wording change:
    UPDATE_FIXTURES=1 pytest tests/test_problems.py   — then review the diff before committing.
"""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SHANXI, cli

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "problems").glob("*.yaml"))
BASES = {"最小单位.yaml": ROOT / "tests" / "data" / "最小单位.yaml", "长治网信办.yaml": ROOT / "departments" / "长治网信办.yaml",
         "最小预算.yaml": ROOT / "tests" / "data" / "最小预算.yaml",
         "元氏网信办.yaml": ROOT / "departments" / "元氏网信办.yaml"}


def _edit_template(target_dir: Path, changes, settings_changes=(), docx_file: str | None = None) -> None:
    shutil.copytree(SHANXI, target_dir)
    if settings_changes:
        text = (target_dir / "设置.yaml").read_text(encoding="utf-8")
        for old, new in settings_changes:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        (target_dir / "设置.yaml").write_text(text, encoding="utf-8")
    docx = target_dir / "模板.docx"
    if docx_file == "截断":
        docx.write_bytes(docx.read_bytes()[:5000])
    if not changes:
        return
    with zipfile.ZipFile(docx) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    for old, new in changes:
        assert old in xml, old
        xml = xml.replace(old, new, 1)
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_problem_fixture(fixture: Path, tmp_path: Path, monkeypatch):
    spec = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    text = spec["内容"] if "内容" in spec else BASES[spec["基于"]].read_text(encoding="utf-8")
    for old, new in spec.get("替换", []):
        assert text.count(old) == 1, f"{fixture.name}: 替换原文不唯一或不存在：{old!r}"
        text = text.replace(old, new)
    if spec.get("填充字节"):
        text += "#" * spec["填充字节"] + "\n"
    name = f"{fixture.stem.split('-')[0]}.yaml"
    (tmp_path / name).write_bytes(text.encode(spec.get("编码", "utf-8")))
    args = [spec["命令"], name] + spec.get("参数", [])
    if "模板改动" in spec or "设置改动" in spec or "模板文件" in spec:
        _edit_template(tmp_path / "templates" / "山西-2024-单位决算", spec.get("模板改动", []),
                       spec.get("设置改动", []), spec.get("模板文件"))
        args += ["--templates", "templates"]
    if spec.get("预置文件"):
        (tmp_path / spec["预置文件"]).write_text("占位", encoding="utf-8")
    for other, base in (spec.get("同单位文件") or {}).items():      # another file of the same unit, beside it
        (tmp_path / other).write_text(BASES[base].read_text(encoding="utf-8"), encoding="utf-8")
    if spec.get("预置文件夹"):
        (tmp_path / spec["预置文件夹"]).mkdir()
    if spec.get("无LibreOffice"):
        monkeypatch.setattr("generator.paginate.find_office", lambda: None)
    if spec["命令"] == "build" and "--out" not in args:
        args += ["--out", "output", "--no-paginate"] if "--pdf" not in args else ["--out", "output"]

    result = cli(*args, cwd=tmp_path)

    if os.environ.get("UPDATE_FIXTURES") and "输出" not in spec:
        spec["输出"] = result.stdout
        spec["退出码"] = result.exit_code
        fixture.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    assert result.stdout == spec["输出"], result.stderr
    assert result.exit_code == spec["退出码"]
    number = fixture.stem.split("-")[0][1:]
    assert re.search(rf" [EW]{number} ", result.stdout), f"the fixture must show its own problem {number}"
    if result.exit_code != 0:
        written = [p for p in tmp_path.rglob("*") if p.suffix in (".docx", ".pdf") and "templates" not in p.parts]
        assert written == [], "a failed run must write nothing"


def test_the_readme_lists_every_code():
    """The README's table names each code with the identity it checks (ranges like E001–E009 allowed)."""
    from generator.problems import CATALOGUE
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    covered: set[int] = set()
    for line in readme.splitlines():
        m = re.match(r"\| ([EW]?)(\d{3})(?:–[EW]?(\d{3}))? \|", line)
        if m:
            first, last = int(m.group(2)), int(m.group(3) or m.group(2))
            covered.update(range(first, last + 1))
    assert sorted(set(CATALOGUE) - covered) == []


def test_every_code_has_a_fixture():
    from generator.problems import CATALOGUE
    named = {int(f.stem.split("-")[0][1:]) for f in FIXTURES}
    exempt = {900}                 # gen's own fault: data cannot cause it (tests/test_batch_boundary.py)
    assert sorted(set(CATALOGUE) - named - exempt) == []

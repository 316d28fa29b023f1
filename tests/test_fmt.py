"""gen fmt: one canonical layout that changes no value — check results and the document stay identical."""
from __future__ import annotations

import shutil

from docx import Document

from generator import pipeline, document_text
from generator.fmt import format_text

from conftest import EXAMPLE, MINIMAL, ROOT, cli

SCHEMA = ROOT / "schemas" / "final_accounts.schema.json"


def test_the_bundled_departments_are_formatted():
    result = cli("fmt", "--check", "departments/")
    assert result.exit_code == 0, result.stdout


def test_formatting_changes_no_value_and_is_idempotent(tmp_path):
    original = MINIMAL.read_text(encoding="utf-8")
    messy = original.replace("    - {科目编码: 2013701, 科目名称: 行政运行, 财政拨款收入: 100.00}",
                             "    - 科目名称: 行政运行      # 行政运行\n      财政拨款收入: 100.00\n      科目编码: 2013701")
    messy = messy.replace("年度: 2024\n单位:", "单位:").replace("模板: 山西-2024-单位决算\n", "模板: 山西-2024-单位决算\n年度: 2024\n")
    once = format_text(messy, SCHEMA)
    twice = format_text(once.text, SCHEMA)
    assert once.changed and not twice.changed
    assert "    - {科目编码: 2013701, 科目名称: 行政运行," in once.text          # the row on one line, keys in order
    assert "# 行政运行" in once.text                                      # comments kept
    (tmp_path / "a.yaml").write_text(messy, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(once.text, encoding="utf-8")
    a, b = pipeline.check(tmp_path / "a.yaml", "x.yaml"), pipeline.check(tmp_path / "b.yaml", "x.yaml")
    assert [p.message for p in a.problems] == [p.message for p in b.problems]
    assert pipeline.context_of(a) == pipeline.context_of(b)


def test_fmt_rewrites_the_file_and_the_document_is_the_same(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "长治网信办.yaml")
    text = (tmp_path / "长治网信办.yaml").read_text(encoding="utf-8").replace(", 科目名称: 行政运行,   ", ", 科目名称: 行政运行,", 1)
    (tmp_path / "长治网信办.yaml").write_text(text, encoding="utf-8")
    assert cli("fmt", "--check", "长治网信办.yaml", cwd=tmp_path).exit_code == 1
    before = pipeline.build(tmp_path / "长治网信办.yaml", pipeline.BuildOptions(out_dir=tmp_path / "a", paginate=False))
    assert cli("fmt", "长治网信办.yaml", cwd=tmp_path).exit_code == 0
    assert (tmp_path / "长治网信办.yaml").read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")
    after = pipeline.build(tmp_path / "长治网信办.yaml", pipeline.BuildOptions(out_dir=tmp_path / "b", paginate=False))
    dump = [document_text.lines(Document(str(o.outputs[0]))) for o in (before, after)]
    assert dump[0] == dump[1]

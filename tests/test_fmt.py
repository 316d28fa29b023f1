"""gen fmt: one canonical layout that changes no value — check results and the document stay identical."""
from __future__ import annotations

import re
import shutil

import pytest
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


# ───────────── issue 12, item 5: comments go with the keys they stand above ─────────────

BUDGET = ROOT / "schemas" / "budget.schema.json"
TOP_KEY = re.compile(r"^[^\s#-][^:]*:")


def test_a_section_heading_moves_with_its_key():
    messy = ("# 头注释\n模板: 山西-2024-单位决算\n\n# ── 单位 ──\n单位:\n  名称: 测试单位   # 行尾注释\n"
             "年度: 2024\n# ── 概况 ──\n概况:\n  职责: 某某\n")
    assert format_text(messy, SCHEMA).text == (
        "# 头注释\n模板: 山西-2024-单位决算\n年度: 2024\n\n# ── 单位 ──\n单位:\n  名称: 测试单位   # 行尾注释\n"
        "# ── 概况 ──\n概况:\n  职责: 某某\n")


def test_a_comment_above_a_nested_key_moves_with_it():
    messy = "模板: 山西-2024-单位决算\n年度: 2024\n单位:\n  # 编码照财政系统\n  预算单位编码: \"105001\"   # 六位\n  名称: 测试单位\n"
    assert format_text(messy, SCHEMA).text == (
        "模板: 山西-2024-单位决算\n年度: 2024\n单位:\n  名称: 测试单位\n  # 编码照财政系统\n  预算单位编码: \"105001\"   # 六位\n")


def test_in_a_list_item_the_dash_stays_on_the_first_line():
    messy = ("模板: 河北-2024-部门预算\n年度: 2024\n项目绩效目标表:\n  # 第一张\n  - 项目名称: 甲   # 名\n"
             "    # 编码照批复\n    项目编码: \"13010000\"\n    预算数: 1\n  - 项目编码: \"2\"\n    项目名称: 乙\n")
    once = format_text(messy, BUDGET)
    assert once.text == ("模板: 河北-2024-部门预算\n年度: 2024\n项目绩效目标表:\n  # 第一张\n    # 编码照批复\n"
                         "  - 项目编码: \"13010000\"\n    项目名称: 甲   # 名\n    预算数: 1\n"
                         "  - {项目编码: \"2\", 项目名称: 乙}\n")        # a row with comments inside stays a block
    assert not format_text(once.text, BUDGET).changed


def shuffled(text: str) -> str:
    """The file's top-level sections in reverse order, each with the blank and comment lines above it (the file's
    head comments stay first)."""
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if TOP_KEY.match(line))
    while first > 0 and not lines[first - 1].strip():
        first -= 1
    blocks, current, pending = [], [], []
    for line in lines[first:]:
        if TOP_KEY.match(line):
            if current:
                blocks.append(current)
            current, pending = pending + [line], []
        elif re.match(r"^(#.*)?$", line):
            pending.append(line)
        else:
            current, pending = current + pending + [line], []
    blocks.append(current)
    return "\n".join(lines[:first] + [line for block in reversed(blocks) for line in block] + pending)


DEPARTMENT_FILES = sorted((ROOT / "departments").glob("*.yaml")) + sorted((ROOT / "tests" / "data").glob("*.yaml"))


@pytest.mark.parametrize("path", DEPARTMENT_FILES, ids=[p.name for p in DEPARTMENT_FILES])
def test_sections_put_in_reverse_come_back_with_their_comments(path, tmp_path):
    kind, _ = pipeline.kind_of(path)
    canonical = format_text(path.read_text(encoding="utf-8"), kind.schema).text
    if path.parent.name == "departments":
        assert canonical == path.read_text(encoding="utf-8")                # the examples are formatted
    messy = shuffled(canonical)
    assert messy != canonical and messy.count("#") == canonical.count("#")
    once = format_text(messy, kind.schema)
    assert once.text == canonical                                          # every comment back in its place
    assert not format_text(once.text, kind.schema).changed                 # idempotent
    (tmp_path / path.name).write_text(messy, encoding="utf-8")
    (tmp_path / ("整理后-" + path.name)).write_text(once.text, encoding="utf-8")
    for linked in path.parent.glob("*.yaml"):                               # a 决算 may name its 预算 file
        if not (tmp_path / linked.name).exists():
            (tmp_path / linked.name).write_text(linked.read_text(encoding="utf-8"), encoding="utf-8")
    before = pipeline.check(tmp_path / path.name, "x.yaml")
    after = pipeline.check(tmp_path / ("整理后-" + path.name), "x.yaml")
    def said(checked):          # what gen check says, but for “见第N行”: the sections moved
        return [(p.code, re.sub(r"第\d+行", "第…行", p.message)) for p in checked.problems]
    assert said(before) == said(after)

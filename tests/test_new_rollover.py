"""Start a file (issue 12, item 1): gen new writes a starter for a template set; gen rollover starts next year's
file from this year's (上年 figures carried, tables emptied, texts marked W509 until changed)."""
from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from generator import kinds, pipeline, schema, templateset
from generator.fmt import format_text
from generator.load import load_text
from generator.starter import schema_at, types

from conftest import EXAMPLE, ROOT, SHANXI, cli

TEMPLATES = sorted(p.parent.name for p in (ROOT / "templates").glob("*/设置.yaml"))
BUDGET = ROOT / "departments" / "栾城网信办.yaml"


def _uncomment_rows(text: str) -> str:
    """What a clerk does to a 科目 table: every commented row back, the “[]” before them gone."""
    text = re.sub(r"^(\s*)# (- \{科目编码: \d)", r"\1\2", text, flags=re.M)
    return re.sub(r"^(\s*\S+): \[\](\s*#[^\n]*)?\n((?:\s*#[^\n]*\n)*\s*- \{科目编码)", r"\1:\n\3", text, flags=re.M)


def _fill(node, root: dict, path: list):
    """Every blank filled by its type in the schema: 0 for numbers, the first choice, or a sample text."""
    if isinstance(node, dict):
        for key in list(node):
            node[key] = _fill(node[key], root, path + [key])
        return node
    if isinstance(node, list):
        return [_fill(item, root, path + [i]) for i, item in enumerate(node)]
    if node is None or node == "":
        sub = schema_at(root, path)
        if "enum" in sub:
            return sub["enum"][0]
        kinds_ = types(sub)
        if kinds_ & {"number", "integer"}:          # an amount, or an amount that may name a figure ({项目支出})
            return 0
        return "示例文字" if node is None or sub.get("minLength") else node
    return node


def _new(tmp_path: Path, template: str, unit: str = "某某局", *extra, year: str = "2025") -> Path:
    result = cli("new", template, unit, "--年度", year, *extra, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    path = tmp_path / "departments" / f"{unit}.yaml" if "--out" not in extra else tmp_path / extra[-1]
    assert f"已写出 {path.relative_to(tmp_path)}" in result.stdout
    return path


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_starter_passes_the_schema_once_its_blanks_are_filled(tmp_path, template):
    path = _new(tmp_path, template, year="2024")           # a year with a reference classification: names checked
    text = path.read_text(encoding="utf-8")
    settings = templateset.find(template, [ROOT / "templates"])
    kind = kinds.find(settings.document)
    assert not format_text(text, kind.schema).changed                   # already in gen fmt's layout
    untouched = pipeline.check(path, "x.yaml")
    assert untouched.problems.has_errors()                              # required texts are still blank …
    assert {p.number // 100 for p in untouched.problems} == {1}         # … and only the schema says so
    filled_text = _uncomment_rows(text)
    loaded = load_text(filled_text, "x.yaml")
    assert loaded.problems == []
    root = yaml.safe_load(Path(kind.schema).read_text(encoding="utf-8"))
    data = _fill(loaded.data, root, [])
    assert schema.validate(data, loaded.source, kind.schema) == []
    filled = tmp_path / "filled.yaml"
    filled.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    checked = pipeline.check(filled, "filled.yaml")
    early = [p for p in checked.problems if p.number < 300]
    assert [p for p in early if p.is_error] == []                     # codes, names, columns all valid
    assert early == []


def test_the_starter_offers_the_rows_its_template_prints(tmp_path):
    text = _new(tmp_path, "山西-2024-单位决算").read_text(encoding="utf-8")
    assert "  名称: 某某局\n" in text and "模板: 山西-2024-单位决算\n年度: 2025\n" in text
    income = text.split("\n收入决算表:")[1].split("\n支出决算表:")[0]
    expense = text.split("\n支出决算表:")[1].split("\n财政拨款收入支出决算总表:")[0]
    assert "# - {科目编码: 2013701, 科目名称: 行政运行, 本年收入合计: , 财政拨款收入: ," in income
    assert "# - {科目编码: 2013701, 本年支出合计: , 基本支出: , 项目支出: ," in expense     # named once only
    rows = [line for line in expense.splitlines() if line.lstrip().startswith("# - {")]
    assert rows and not any("科目名称" in row for row in rows) and "科目编码: 2013701," in expense.split("# 行政运行")[1]
    basic = text.split("\n一般公共预算财政拨款基本支出决算明细表:")[1].split("\n政府性基金")[0]
    layout = templateset.find("山西-2024-单位决算", [ROOT / "templates"]).layout
    offered = re.findall(r"科目编码: (\d+)", basic)
    assert offered and all(c in layout.basic_codes and c not in layout.basic_not_applicable for c in offered)
    assert "30901" not in offered and "30101" in offered                # 不适用 left out
    jilin = _new(tmp_path, "吉林-2021-部门决算", "另一局").read_text(encoding="utf-8")
    classes = {c[:3] for c in re.findall(r"科目编码: (\d{7})", jilin)}
    assert classes and classes <= {"201", "204", "208", "210", "213", "221"}     # 吉林's 公开01 rows only
    assert "2050201" in text and "2050201" not in jilin
    assert "# 科目参考表：2025 年（其中没有收录的款、项取自较早年度的参考表" in text     # 2025 lists few 项 so far
    assert "说明文字" not in text.split("情况说明:")[0] or True
    assert "# 收支总计与上年相比变动的主要原因" in text                    # the schema's title as the comment


def test_gen_new_refuses_to_overwrite_and_names_unknown_templates(tmp_path):
    path = _new(tmp_path, "山西-2024-单位决算")
    before = path.read_bytes()
    again = cli("new", "山西-2024-单位决算", "某某局", "--年度", "2025", cwd=tmp_path)
    assert again.exit_code == 1 and "已经存在，不覆盖" in again.stderr and path.read_bytes() == before
    unknown = cli("new", "山西-2099-单位决算", "某某局", "--年度", "2025", "--out", "x.yaml", cwd=tmp_path)
    assert unknown.exit_code == 1 and "模板“山西-2099-单位决算”无法使用" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1 and not (tmp_path / "x.yaml").exists()
    slash = cli("new", "山西-2024-单位决算", "甲/乙局", "--年度", "2025", cwd=tmp_path)
    assert slash.exit_code == 0 and (tmp_path / "departments" / "甲／乙局.yaml").exists()
    out = _new(tmp_path, "河北-2024-部门预算", "某某办", "--out", "其他/某某办-2025预算.yaml")
    assert out.exists() and "文档类型：预算" in out.read_text(encoding="utf-8")


# ───────────────────────────── rollover ─────────────────────────────

def _rollover(tmp_path: Path, source: Path, *extra) -> tuple[Path, str]:
    shutil.copy(source, tmp_path / source.name)
    result = cli("rollover", source.name, "--年度", "2025", *extra, cwd=tmp_path)
    assert result.exit_code == 0, result.output
    target = tmp_path / f"{source.stem}-2025.yaml"
    return target, target.read_text(encoding="utf-8")


def _printed(text: str, pattern: str) -> list[str]:
    return re.findall(pattern, text)


def test_rollover_carries_this_years_printed_figures_into_last_years(tmp_path):
    document = cli("text", str(EXAMPLE)).stdout
    target, text = _rollover(tmp_path, EXAMPLE)
    data = load_text(text, "x").data
    prior = data["上年决算"]
    assert _printed(document, r"2024年度收入总计([\d.]+)万元，支出总计([\d.]+)万元")[0] == (
        str(prior["收入总计"]), str(prior["支出总计"]))
    classes = {str(r["科目编码"]): r["决算数"] for r in prior["一般公共预算财政拨款支出按科目"]}
    names = {r["科目名称"]: str(r["科目编码"]) for r in prior["一般公共预算财政拨款支出按科目"]}
    printed = [(n, a) for n, a in _printed(document, r"\n(\S+?)年初预算[\d.]+万元，支出决算([\d.]+)万元") if n in names]
    assert len(printed) == len(classes) == 5
    for name, amount in printed:
        assert classes[names[name]] == Decimal(amount)
    assert prior["三公经费"]["公务接待费"] == Decimal("0.05") and prior["机关运行经费"] == Decimal("71.20")
    assert data["年度"] == 2025
    assert data["收入决算表"]["科目"] == [] and data["年初预算"]["一般公共预算财政拨款支出按科目"] == []
    assert "    # - {科目编码: 2013701, 科目名称: 行政运行," in text                     # rows kept as comments
    assert data["收入支出决算总表"]["年初结转和结余"] is None                      # figures emptied
    assert data["情况说明"]["机关运行经费变动原因"] == "办公设施设备购置经费增加"      # texts kept
    assert "# ───────────────────────── 第二部分 决算表" in text                     # comments kept


def test_carried_texts_warn_until_changed(tmp_path):
    target, text = _rollover(tmp_path, EXAMPLE)
    def w509(t: str) -> list[int]:
        target.write_text(t, encoding="utf-8")
        return [p.location.line for p in pipeline.check(target, "x.yaml", fill=False).problems if p.code == "W509"]
    lines = text.split("\n")
    marked = [i + 1 for i, line in enumerate(lines) if "# 上年文字，待核对 #" in line]
    assert w509(text) == marked and len(marked) > 50
    reason = next(i for i, line in enumerate(lines) if line.startswith("  机关运行经费变动原因:"))
    changed = lines.copy()
    changed[reason] = changed[reason].replace("办公设施设备购置经费增加", "办公设备购置减少")
    assert w509("\n".join(changed)) == [m for m in marked if m != reason + 1]     # that line is quiet, the rest not
    unmarked = lines.copy()
    unmarked[reason] = re.sub(r"\s*# 上年文字.*$", "", unmarked[reason])
    assert reason + 1 not in w509("\n".join(unmarked))
    printed = [line for line in cli("text", str(target)).stdout.splitlines() if not line.startswith("问题：")]
    assert printed == [] or all("上年文字" not in line for line in printed)       # never printed


def test_rollover_moves_to_the_new_years_template_and_keeps_the_old_file(tmp_path):
    shutil.copytree(SHANXI, tmp_path / "templates" / "山西-2024-单位决算")
    shutil.copytree(SHANXI, tmp_path / "templates" / "山西-2025-单位决算")
    original = EXAMPLE.read_bytes()
    target, text = _rollover(tmp_path, EXAMPLE)
    assert "\n模板: 山西-2025-单位决算\n" in text
    assert (tmp_path / EXAMPLE.name).read_bytes() == original
    again = cli("rollover", EXAMPLE.name, "--年度", "2025", cwd=tmp_path)
    assert again.exit_code == 1 and "不覆盖" in again.stderr
    earlier = cli("rollover", EXAMPLE.name, "--年度", "2024", "--out", "y.yaml", cwd=tmp_path)
    assert earlier.exit_code == 1 and not (tmp_path / "y.yaml").exists()


def test_rollover_of_a_budget_carries_its_totals(tmp_path):
    target, text = _rollover(tmp_path, BUDGET)
    data = load_text(text, "x").data
    document = cli("text", str(BUDGET)).stdout
    total = re.search(r"收入总计([\d.]+)万元", document) or re.search(r"总计[^\d]*([\d.]+)", document)
    assert data["上年预算"]["收支总计"] == Decimal("384.34") and "384.34" in document and total
    assert data["上年预算"]["三公经费"]["公务用车运行维护费"] == Decimal("2.40")
    assert data["部门预算收入总表"]["科目"] == []


def test_rollover_refuses_a_file_with_errors(tmp_path):
    bad = tmp_path / "坏.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("本年收入合计: 196.40", "本年收入合计: 296.40"),
                   encoding="utf-8")
    result = cli("rollover", "坏.yaml", "--年度", "2025", cwd=tmp_path)
    assert result.exit_code == 1 and "E301" in result.stdout and "请先改正错误" in result.stderr
    assert not (tmp_path / "坏-2025.yaml").exists()

"""The 预算 kind: its shared parts compute what the checks compare, its schema speaks Chinese on every key,
`gen context` lists its groups in document order, and (with LibreOffice) its 目录 has true page numbers."""
import json
import re
import subprocess
from decimal import Decimal as D

from docx import Document

from generator import pipeline
from generator.parts.project_targets import ProjectTarget, TargetIndicator, compute_project, cost_cap
from generator.parts.three_public import (ABROAD, CAR, CAR_PURCHASE, CAR_RUNNING, RECEPTION, TOTAL, ThreePublicTable,
                                          compute_three_public_table, read_figures)

from conftest import ROOT, cli, needs_office

SEED = ROOT / "departments" / "栾城网信办.yaml"
DATES = ("3月底", "6月底", "10月底", "12月底")


def indicator(level2: str, value: str) -> TargetIndicator:
    return TargetIndicator("产出指标", level2, "", "", value, "", "/p")


def project(plan: dict, budget=D("2.40"), fiscal=D("2.40"), indicators=()) -> ProjectTarget:
    return ProjectTarget("P1", "项目", budget, fiscal, None, "", {k: D(v) for k, v in plan.items()}, (), tuple(indicators), "/p")


def test_a_cost_indicator_written_as_an_amount_is_read_in_wan_yuan():
    assert cost_cap(indicator("成本指标", "≤0.8万")).amount == D("0.8")
    assert cost_cap(indicator("成本指标", "≤14.06")).amount == D("14.06")        # no unit: the table's 万元
    assert cost_cap(indicator("成本指标", "≤2000元")).amount == D("0.2")
    assert cost_cap(indicator("成本指标", "不超预算")) is None
    assert cost_cap(indicator("数量指标", "≤3")) is None                          # only 成本指标


def test_a_spending_plan_must_not_fall_and_must_end_at_100():
    ok = compute_project(project({"3月底": 30, "6月底": 60, "10月底": 80, "12月底": 100}), DATES)
    assert ok.plan_reaches_full and not ok.plan_falls
    blank_end = compute_project(project({"3月底": 30, "6月底": 80, "10月底": 100}), DATES)
    assert not blank_end.plan_reaches_full and blank_end.plan_end.percent is None
    assert blank_end.last_full.date == "10月底"
    falling = compute_project(project({"3月底": 60, "6月底": 50, "10月底": 80, "12月底": 100}), DATES)
    assert [(a.date, b.date) for a, b in falling.plan_falls] == [("3月底", "6月底")]


def test_indicator_rows_merge_their_first_level_and_repeated_second_level():
    p = compute_project(project({}, indicators=[indicator("数量指标", "1"), indicator("数量指标", "2"),
                                                 indicator("质量指标", "3")]), DATES)
    assert [(r.first_of_level1, r.first_of_level2) for r in p.rows] == [(True, True), (False, False), (False, True)]


def test_the_three_public_table_sums_funds_and_items_and_compares_with_last_year():
    funds = ("一般公共预算财政拨款", "政府性基金预算拨款")
    table = ThreePublicTable(TOTAL, funds, {(CAR_RUNNING, funds[0]): D("2.4"), (RECEPTION, funds[1]): D("1"),
                                            (TOTAL, TOTAL): D("3.5")}, {(TOTAL, TOTAL): "/三公/合计/合计"})
    result = compute_three_public_table(table, read_figures({CAR_RUNNING: D("2.4"), RECEPTION: D(2)}, "/上年"))
    assert result.amount(CAR) == D("2.4") and result.amount(ABROAD) == 0 and result.amount(CAR_PURCHASE) == 0
    [(column, row, fig)] = result.column_sums
    assert (column, row, fig.entered, fig.computed) == (TOTAL, TOTAL, D("3.5"), D("3.4"))
    assert result.changes[RECEPTION].delta == D(-1) and result.changes[CAR_RUNNING].delta == 0
    assert result.changes[TOTAL].prior == D("4.4")


def test_every_key_of_the_budget_schema_has_a_chinese_title_and_description():
    schema = json.loads((ROOT / "schemas" / "budget.schema.json").read_text(encoding="utf-8"))
    missing = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, sub in (node.get("properties") or {}).items():
                if not (sub.get("title") and sub.get("description")):
                    missing.append(f"{path}/{key}")
                walk(sub, f"{path}/{key}")
            for key in ("items", "additionalProperties"):
                if isinstance(node.get(key), dict):
                    walk(node[key], path)
            for sub in node.get("allOf", []) + node.get("anyOf", []):
                walk(sub, path)
            for name, sub in (node.get("$defs") or {}).items():
                walk(sub, f"$defs/{name}")

    walk(schema, "")
    assert missing == []


def test_gen_context_lists_the_groups_in_document_order():
    result = cli("context", str(SEED))
    assert result.exit_code == 0, result.stderr
    groups = re.findall(r"^【(.+)】$", result.stdout, re.M)
    assert groups == ["单位", "年度", "上年度", "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表",
                      "基本支出表", "政府性基金表", "国有资本经营表", "三公表", "职责及机构", "总体情况", "机关运行经费", "三公",
                      "整体绩效", "专项资金", "项目绩效目标表", "政府采购", "国有资产", "其他事项"]
    one = cli("context", str(SEED), "总体情况.比上年")
    assert "{{ 总体情况.比上年.较上年 }}  减少130.40万元，下降25.33%" in one.stdout


def pdf_pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


@needs_office
def test_the_budget_toc_page_numbers_match_the_pdf(tmp_path):
    built = pipeline.build(SEED, pipeline.BuildOptions(out_dir=tmp_path, pdf=True))
    assert built.ok, [str(p) for p in built.problems]
    docx, pdf = built.outputs
    entries = [p.text.rsplit("\t", 1) for p in Document(str(docx)).paragraphs
               if p.style.name.startswith("toc") and "\t" in p.text]
    assert len(entries) == 21                     # 9 tables, 第一部分, 一–十一
    pages = pdf_pages(pdf)
    numbers = {i: int(m.group(1)) for i, page in enumerate(pages) if (m := re.search(r"—\s*(\d+)\s*—\s*$", page.strip()))}
    first = min(i for i, n in numbers.items() if n == 1)
    for title, page in entries:
        physical = first + int(page) - 1
        assert numbers.get(physical) == int(page), title
        assert re.sub(r"\s", "", title) in re.sub(r"\s", "", pages[physical]), f"{title} is not on page {page}"

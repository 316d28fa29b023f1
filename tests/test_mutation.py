"""Change one underlying figure, rebuild, and see every dependent narrative number move — and nothing else.

The minimal department enters only leaf figures; every subtotal, total, share, change and
completion rate is derived.  A raise of 基本工资 by 10万元 touches the one 科目 row in each
table that carries it; the 三公 paragraph must not move.  A cut in 公务接待费 moves only
the 三公 paragraph.
"""
from decimal import Decimal as D

from generator import pipeline

import reader
from conftest import MINIMAL, replace_once, write_variant


def build(tmp_path, text, name):
    path = write_variant(tmp_path, name, text)
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out", paginate=False))
    assert built.ok, [str(p) for p in built.problems]
    assert reader.verify(built.outputs[0]) == []
    return reader.narrative_numbers(built.outputs[0])


def raise_salary(text: str, by: str = "10.00") -> str:
    new = lambda old: f"{D(old) + D(by):.2f}"
    text = replace_once(text, "{科目编码: 30101, 科目名称: 基本工资, 决算数: 60.00}",
                        f"{{科目编码: 30101, 科目名称: 基本工资, 决算数: {new('60.00')}}}")
    text = replace_once(text, "{科目编码: 2013701, 科目名称: 行政运行, 财政拨款收入: 100.00}",
                        f"{{科目编码: 2013701, 科目名称: 行政运行, 财政拨款收入: {new('100.00')}}}")
    text = text.replace("{科目编码: 2013701, 科目名称: 行政运行, 基本支出: 100.00}",          # 公开03 and 公开05
                        f"{{科目编码: 2013701, 科目名称: 行政运行, 基本支出: {new('100.00')}}}")
    return replace_once(text, "本年收入: {一般公共预算财政拨款: 130.00}", f"本年收入: {{一般公共预算财政拨款: {new('130.00')}}}")


def test_a_salary_raise_moves_every_dependent_number(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    before = build(tmp_path, text, "before.yaml")
    after = build(tmp_path, raise_salary(text), "after.yaml")

    expected = {   # recomputed here by hand from the leaves: income 140, prior 125, basic 130, class 201 = 120
        "收入总计": "140.00", "收入总计变动": "15.00", "收入总计变动率": "12.00", "收入合计": "140.00",
        "支出合计": "140.00", "基本支出占比": "130.00/92.86", "财政拨款收入总计": "140.00",
        "一般公共预算支出": "140.00", "一般公共服务占比": "120.00/85.71", "年初预算完成率": "100.00",
        "一般公共服务完成率": "100.00", "一般公共服务变动": "15.00", "基本支出": "130.00",
        "人员经费": "90.00", "基本工资": "70.00", "财政拨款收入占比": "140.00/100.00",
    }
    for key, value in expected.items():
        assert after[key] == value, key
        assert before[key] != after[key], f"{key} did not move"
    for key in ("三公决算", "三公完成率", "三公变动率", "公务接待费"):
        assert before[key] == after[key], f"{key} moved but does not depend on 基本工资"


def test_a_reception_cut_moves_only_the_three_public_paragraph(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    before = build(tmp_path, text, "before.yaml")
    after = build(tmp_path, replace_once(text, "决算数: {公务接待费: 0.80}", "决算数: {公务接待费: 0.60}"), "after.yaml")
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"三公决算", "三公完成率", "三公变动率", "公务接待费"}
    assert (after["三公决算"], after["三公完成率"], after["三公变动率"]) == ("0.60", "60.00", "40.00")


# ───────────── the 吉林 and 湖南 documents: a leaf changes, its dependants move ─────────────

import re

from conftest import PUBLISHED_DISAGREEMENTS, ROOT


def narrative(tmp_path, text, name, department=""):
    path = write_variant(tmp_path, name, text)
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out", paginate=False))
    assert built.ok, [str(p) for p in built.problems]
    assert reader.verify(built.outputs[0]) == PUBLISHED_DISAGREEMENTS.get(department, [])
    return reader.read(built.outputs[0]).narrative()


def test_jilin_three_public_leaf(tmp_path):
    text = (ROOT / "departments" / "延边网安中心.yaml").read_text(encoding="utf-8")
    before = narrative(tmp_path, text, "a.yaml")
    after = narrative(tmp_path, replace_once(text, "决算数: {公务用车运行维护费: 0.54}", "决算数: {公务用车运行维护费: 0.50}"), "b.yaml")
    assert "支出决算为0.54万元，完成预算的100.0%" in before
    assert "“三公”经费财政拨款支出预算为0.54万元，支出决算为0.50万元，完成预算的92.6%" in after   # 0.50/0.54
    assert "公务用车运行支出0.50万元" in after and "公务用车购置及运行费支出决算为0.50万元，占100.0%" in after
    assert before.split("七、")[0] == after.split("七、")[0]          # nothing before section 七 moved


def test_jilin_budget_leaf(tmp_path):
    text = (ROOT / "departments" / "延边网安中心.yaml").read_text(encoding="utf-8")
    after = narrative(tmp_path, replace_once(text, "科目名称: 事业运行,                         预算数: 44.61}",
                                             "科目名称: 事业运行,                         预算数: 50.00}"), "b.yaml")
    assert "年初预算为63.82万元，支出决算为172.73万元，完成年初预算的270.7%" in after     # 58.43 − 44.61 + 50
    assert "网信事务—事业运行年初预算为50.00万元，支出决算为44.25万元，完成年初预算的88.5%。决算数小于预算数" in after


def test_hunan_budget_leaf(tmp_path):
    text = (ROOT / "departments" / "石峰网信办.yaml").read_text(encoding="utf-8")
    after = narrative(tmp_path, replace_once(text, "科目名称: 行政运行,         预算数: 30.85}",
                                             "科目名称: 行政运行,         预算数: 32.00}"), "b.yaml", "石峰网信办")
    assert "年初预算数为32.00万元，支出决算数为34.34万元，完成年初预算的107.3%" in after
    assert "年初预算为32.00万元，支出决算为33.34万元，完成年初预算的104.2%" in after


def test_hunan_reclassified_meeting_cost(tmp_path):
    text = (ROOT / "departments" / "石峰网信办.yaml").read_text(encoding="utf-8")
    text = replace_once(text, "{科目编码: 30239, 科目名称: 其他交通费用,                 决算数: 1.54}",
                        "{科目编码: 30239, 科目名称: 其他交通费用,                 决算数: 1.34}\n"
                        "    - {科目编码: 30215, 科目名称: 会议费,                       决算数: 0.20}")
    after = narrative(tmp_path, text, "b.yaml", "石峰网信办")
    assert "开支会议费0.20万元" in after
    assert re.search(r"公用经费3\.09万元，占基本支出的9\.3%，主要包括[^。]*会议费", after)

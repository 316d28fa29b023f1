"""预算: change one underlying figure, rebuild, and see every dependent narrative number move — and nothing else.

The minimal budget enters only leaf figures; every subtotal, total, change, rate and list of the
情况说明 is derived.  Each mutation changes one figure and the leaves that must change with it for
the tables to stay consistent (the same money in the 功能分类 and 经济分类 tables and in the income).
"""

import pytest

from generator import pipeline

import budget_reader
from conftest import ROOT, replace_once, write_variant

MINIMAL_BUDGET = ROOT / "tests" / "data" / "最小预算.yaml"


def numbers(tmp_path, text: str, name: str) -> dict[str, str]:
    path = write_variant(tmp_path, name, text)
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out", paginate=False))
    assert built.ok, [str(p) for p in built.problems]
    assert not built.problems.items, [str(p) for p in built.problems]          # the mutation keeps the file clean
    assert budget_reader.verify(built.outputs[0]) == []
    return budget_reader.narrative_numbers(built.outputs[0])



def raise_office_costs(text: str) -> str:
    """办公费 +10: 基本支出表 30201, the 行政运行 基本支出 it is spent under, its income, the 收支总表 income."""
    text = replace_once(text, "{科目编码: 30201, 科目名称: 办公费, 公用经费: 30.00}", "{科目编码: 30201, 科目名称: 办公费, 公用经费: 40.00}")
    text = replace_once(text, "{科目编码: 2013701, 科目名称: 行政运行, 财政拨款收入: 100.00}",
                        "{科目编码: 2013701, 科目名称: 行政运行, 财政拨款收入: 110.00}")
    assert text.count("{科目编码: 2013701, 科目名称: 行政运行, 基本支出: 100.00}") == 2
    text = text.replace("{科目编码: 2013701, 科目名称: 行政运行, 基本支出: 100.00}", "{科目编码: 2013701, 科目名称: 行政运行, 基本支出: 110.00}")
    return replace_once(text, "收入: {一般公共预算拨款收入: 130.00}", "收入: {一般公共预算拨款收入: 140.00}")


def raise_project(text: str) -> str:
    """The project +2: its table, the 一般行政管理事务 项目支出 it is spent under, its income, the 收支总表 income."""
    text = replace_once(text, "    预算数: 10.00\n    财政资金: 10.00\n", "    预算数: 12.00\n    财政资金: 12.00\n")
    text = replace_once(text, "{科目编码: 2013702, 科目名称: 一般行政管理事务, 财政拨款收入: 10.00}",
                        "{科目编码: 2013702, 科目名称: 一般行政管理事务, 财政拨款收入: 12.00}")
    assert text.count("{科目编码: 2013702, 科目名称: 一般行政管理事务, 项目支出: 10.00}") == 2
    text = text.replace("{科目编码: 2013702, 科目名称: 一般行政管理事务, 项目支出: 10.00}",
                        "{科目编码: 2013702, 科目名称: 一般行政管理事务, 项目支出: 12.00}")
    return replace_once(text, "收入: {一般公共预算拨款收入: 130.00}", "收入: {一般公共预算拨款收入: 132.00}")


ALL = {"预算收入", "一般公共预算收入", "支出预算", "基本支出", "人员经费", "日常公用经费", "项目支出", "项目列示", "收支总计",
       "收支总计变动", "机关运行经费", "机关运行经费各项", "三公", "三公变动", "公务接待费", "固定资产",
       "拟购置固定资产"}


@pytest.mark.parametrize("mutate, expected", [
    (raise_office_costs, {   # recomputed by hand: income 140, prior 125, basic 130, 公用经费 50
        "预算收入": "140.00", "一般公共预算收入": "140.00", "支出预算": "140.00", "基本支出": "130.00",
        "日常公用经费": "50.00", "收支总计": "140.00", "收支总计变动": "15.00",
        "机关运行经费": "50.00", "机关运行经费各项": "1、办公费40.00万元；2、差旅费10.00万元"}),
    (raise_project, {        # income 132, prior 125, project 12
        "预算收入": "132.00", "一般公共预算收入": "132.00", "支出预算": "132.00", "项目支出": "12.00",
        "项目列示": "网络安全宣传12.00万元", "收支总计": "132.00", "收支总计变动": "7.00"}),
    (lambda text: replace_once(text, "公务接待费: {一般公共预算财政拨款: 0.80}", "公务接待费: {一般公共预算财政拨款: 1.20}"), {
        "三公": "1.20", "三公变动": "较上年增加0.20万元，增长20.00%", "公务接待费": "1.20万元，较上年增加0.20万元，增长20.00%"}),
    (lambda text: replace_once(text, "  车辆: {数量: 1, 价值: 20.00}", "  车辆: {数量: 1, 价值: 25.00}").replace(
        "  资产总额: {价值: 30.00}", "  资产总额: {价值: 35.00}"), {"固定资产": "35.00"}),
], ids=["办公费", "项目", "公务接待费", "车辆"])
def test_one_figure_moves_its_dependants_and_nothing_else(tmp_path, mutate, expected):
    text = MINIMAL_BUDGET.read_text(encoding="utf-8")
    before = numbers(tmp_path, text, "before.yaml")
    after = numbers(tmp_path, mutate(text), "after.yaml")
    assert set(before) == ALL
    for key in ALL:
        if key in expected:
            assert after[key] == expected[key], key
            assert before[key] != after[key], f"{key} did not move"
        else:
            assert before[key] == after[key], f"{key} moved but does not depend on the change"

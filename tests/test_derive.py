"""Narrative numbers, computed once: shares, changes, completion, lists, sheet scores — and words for zero bases."""
from decimal import Decimal as D

from generator import pipeline
from generator.derive import Change, Completion, ratio

from conftest import replace_once, write_variant


def prepared(tmp_path, text, name="单位.yaml"):
    checked = pipeline.check(write_variant(tmp_path, name, text))
    assert checked.ok, [str(p) for p in checked.problems]
    derived, ctx = pipeline.prepare(checked)
    return derived, ctx


def test_ratio_and_change_with_zero_bases():
    assert ratio(D(1), D(0)) is None
    assert Change(D(5), D(0)).rate is None
    assert Change(D(5), None).known is False
    assert Completion(D(3), D(0)).rate is None
    assert Change(D("502.98"), D("561.61")).rate == D("58.63") / D("561.61")


def test_minimal_department_narrative(tmp_path, minimal_text):
    derived, ctx = prepared(tmp_path, minimal_text)
    n = ctx["n"]
    assert n["income_total"] == "130.00"
    assert [(i["name"], i["amount"], i["share"]) for i in n["expense_nonzero"]] == [
        ("基本支出", "120.00", "92.31%"), ("项目支出", "10.00", "7.69%")]
    assert n["overall_in"]["text"] == "增加5.00万元，增长4.00%"
    assert [(c["name"], c["share"]) for c in n["gpb_classes"]] == [("一般公共服务支出", "84.62%"), ("社会保障和就业支出", "15.38%")]
    general, social = n["gpb_details"]
    assert (general["budget"]["rate"], general["change"]["text"]) == ("91.67%", "增加5.00万元，增长4.76%")
    assert social["change"]["flat"] is True and social["change"]["text"] == "持平"
    assert [(i["name"], i["amount"]) for i in n["personnel_items"]] == [("基本工资", "60.00"), ("机关事业单位基本养老保险缴费", "20.00")]
    assert n["three"]["completion"]["rate"] == "80.00%"
    assert n["three"]["change"]["text"] == "减少0.20万元，下降20.00%"
    assert n["operating"]["text"] == "增加8.00万元，增长25.00%"
    assert (n["sme"]["share"], n["small"]["share"]) == ("100.00%", "75.00%")


def test_zero_budget_is_said_in_words_never_zero_percent(tmp_path, minimal_text):
    text = replace_once(minimal_text, "{科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 20.00}",
                        "{科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 0}")
    _, ctx = prepared(tmp_path, text)
    social = ctx["n"]["gpb_details"][1]
    assert social["budget"]["budget_zero"] is True
    assert social["budget"]["has_rate"] is False and social["budget"]["rate"] == ""


def test_zero_prior_year_gives_amount_without_rate(tmp_path, minimal_text):
    text = replace_once(minimal_text, "    - {科目编码: 208, 科目名称: 社会保障和就业支出, 决算数: 20.00}\n", "")
    _, ctx = prepared(tmp_path, text)
    change = ctx["n"]["gpb_details"][1]["change"]
    assert change["prior_zero"] is True
    assert change["text"] == "增加20.00万元"
    assert change["rate"] == ""


def test_no_prior_year_data_means_no_comparison(tmp_path, minimal_text):
    start = minimal_text.index("上年决算:")
    end = minimal_text.index("年初预算:")
    _, ctx = prepared(tmp_path, minimal_text[:start] + minimal_text[end:])
    assert ctx["n"]["overall_in"]["known"] is False
    assert ctx["n"]["gpb_details"][0]["change"]["known"] is False


def test_a_class_budgeted_but_not_spent_is_listed_with_a_true_zero_rate(tmp_path, minimal_text):
    text = replace_once(minimal_text, "    - {科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 20.00}\n",
                        "    - {科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 20.00}\n"
                        "    - {科目编码: 210, 科目名称: 卫生健康支出, 预算数: 5.00}\n")
    _, ctx = prepared(tmp_path, text)
    health = ctx["n"]["gpb_details"][2]
    assert (health["name"], health["actual"], health["budget"]["rate"]) == ("卫生健康支出", "0.00", "0.00%")


def test_sheet_rate_score_cap_and_grade(tmp_path, minimal_text):
    derived, ctx = prepared(tmp_path, minimal_text)
    [sheet] = derived.sheets
    assert sheet.total_fund.rate == D("0.8") and sheet.budget_score == D("8.0")
    assert sheet.total == D("95.0") and sheet.grade == "优"
    over = replace_once(minimal_text, "全年预算数: 10, 全年执行数: 8}", "全年预算数: 10, 全年执行数: 12}")
    derived, _ = prepared(tmp_path, over, "超支.yaml")
    assert derived.sheets[0].budget_score == D(10)          # capped at 分值


def test_grade_is_decided_on_the_displayed_total(tmp_path, minimal_text):
    # 87 + 10 × 2.9995/10 = 89.9995 → displayed 90.00 → 优 (the sheet must not print 90.00 beside 良)
    text = replace_once(minimal_text, "分值: 30, 得分: 27}", "分值: 30, 得分: 20}")
    text = replace_once(text, "全年预算数: 10, 全年执行数: 8}", "全年预算数: 10, 全年执行数: 2.9995}")
    text = replace_once(text, "分值: 50, 得分: 50}", "分值: 50, 得分: 50}\n      - {一级指标: 产出指标, 二级指标: 质量指标, "
                        "三级指标: 合格率, 调整后指标值: 100%, 实际完成值: 100%, 分值: 0, 得分: 0}")
    text = replace_once(text, "分值: 10, 得分: 10}", "分值: 10, 得分: 7}")
    derived, ctx = prepared(tmp_path, text)
    assert derived.sheets[0].total == D("79.9995")
    assert ctx["sheets"][0]["total"] == "80.00" and ctx["sheets"][0]["grade"] == "良"

"""Narrative numbers, computed once: shares, changes, completion, lists, sheet scores — and words for zero bases."""
from decimal import Decimal as D

from generator import pipeline
from generator.figures import Change, Completion, ratio

from conftest import replace_once, write_variant


def prepared(tmp_path, text, name="单位.yaml"):
    checked = pipeline.check(write_variant(tmp_path, name, text))
    assert checked.ok, [str(p) for p in checked.problems]
    return checked.result, pipeline.context_of(checked)


def test_ratio_and_change_with_zero_bases():
    assert ratio(D(1), D(0)) is None
    assert Change(D(5), D(0)).rate is None
    assert Change(D(5), None).known is False
    assert Completion(D(3), D(0)).rate is None
    assert Change(D("502.98"), D("561.61")).rate == D("58.63") / D("561.61")


def test_minimal_department_narrative(tmp_path, minimal_text):
    derived, ctx = prepared(tmp_path, minimal_text)
    n = ctx["说明"]
    assert n["收入"]["合计"] == "130.00"
    assert [(i["名称"], i["金额"], i["占比"]) for i in n["支出"]["非零构成"]] == [
        ("基本支出", "120.00", "92.31%"), ("项目支出", "10.00", "7.69%")]
    assert str(n["收支总计"]["收入较上年"]) == "增加5.00万元，增长4.00%"
    general_budget = n["一般公共预算支出"]
    assert [(c["名称"], c["占比"]) for c in general_budget["结构"]] == [("一般公共服务支出", "84.62%"), ("社会保障和就业支出", "15.38%")]
    general, social = general_budget["各类"]
    assert (general["年初预算"]["完成率"], str(general["较上年"])) == ("91.67%", "增加5.00万元，增长4.76%")
    assert social["较上年"]["持平"] is True and str(social["较上年"]) == "持平"
    assert [(i["名称"], i["金额"]) for i in n["基本支出"]["人员经费明细"]] == [("基本工资", "60.00"), ("机关事业单位基本养老保险缴费", "20.00")]
    assert ctx["三公"]["合计"]["完成预算"]["完成率"] == "80.00%"
    assert str(ctx["三公"]["合计"]["较上年"]) == "减少0.20万元，下降20.00%"
    assert str(n["机关运行经费"]["较上年"]) == "增加8.00万元，增长25.00%"
    assert (n["政府采购"]["中小企业"]["占比"], n["政府采购"]["小微企业"]["占比"]) == ("100.00%", "75.00%")


def test_zero_budget_is_said_in_words_never_zero_percent(tmp_path, minimal_text):
    text = replace_once(minimal_text, "{科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 20.00}",
                        "{科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 0}")
    _, ctx = prepared(tmp_path, text)
    social = ctx["说明"]["一般公共预算支出"]["各类"][1]
    assert social["年初预算"]["未安排预算"] is True
    assert social["年初预算"]["有完成率"] is False and social["年初预算"]["完成率"] == ""


def test_zero_prior_year_gives_amount_without_rate(tmp_path, minimal_text):
    text = replace_once(minimal_text, "    - {科目编码: 208, 科目名称: 社会保障和就业支出, 决算数: 20.00}\n", "")
    _, ctx = prepared(tmp_path, text)
    change = ctx["说明"]["一般公共预算支出"]["各类"][1]["较上年"]
    assert change["上年为零"] is True
    assert str(change) == "增加20.00万元"
    assert change["幅度"] == ""


def test_no_prior_year_data_means_no_comparison(tmp_path, minimal_text):
    start = minimal_text.index("上年决算:")
    end = minimal_text.index("年初预算:")
    _, ctx = prepared(tmp_path, minimal_text[:start] + minimal_text[end:])
    assert ctx["说明"]["收支总计"]["收入较上年"]["已知"] is False
    assert ctx["说明"]["一般公共预算支出"]["各类"][0]["较上年"]["已知"] is False


def test_a_class_budgeted_but_not_spent_is_listed_with_a_true_zero_rate(tmp_path, minimal_text):
    text = replace_once(minimal_text, "    - {科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 20.00}\n",
                        "    - {科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 20.00}\n"
                        "    - {科目编码: 210, 科目名称: 卫生健康支出, 预算数: 5.00}\n")
    _, ctx = prepared(tmp_path, text)
    health = ctx["说明"]["一般公共预算支出"]["各类"][2]
    assert (health["名称"], health["决算数"], health["年初预算"]["完成率"]) == ("卫生健康支出", "0.00", "0.00%")


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
    assert ctx["自评表"][0]["总分"] == "80.00" and ctx["自评表"][0]["等级"] == "良"


def test_figures_named_in_text_are_filled_from_the_computed_values(tmp_path, minimal_text):
    text = replace_once(minimal_text, "    年度目标: 开展网络安全宣传。",
                        "    年度目标: 开展网络安全宣传。\n    分析: {预算执行情况: '{年度}年项目预算总金额{全年预算数}万元，"
                        "项目支出{全年执行数}万元，预算执行率{执行率}，资金结余{结转结余:元}元。花括号{ 甲 }照印。'}")
    _, ctx = prepared(tmp_path, text)
    assert ctx["自评表"][0]["分析"]["预算执行情况"] == (
        "2024年项目预算总金额10.00万元，项目支出8.00万元，预算执行率80.00%，资金结余20,000.00元。花括号{ 甲 }照印。")


def test_a_reason_keyed_by_direction_is_printed_only_for_the_direction_that_happened(tmp_path, minimal_text):
    # 201: 决算 110.00 < 年初预算 120.00 → the 小于 reason; the 大于 one is not printed (W507)
    text = replace_once(minimal_text, "{科目编码: 201, 用途: 机关运行, 变动原因: 人员增加}",
                        "{科目编码: 201, 用途: 机关运行, 变动原因: {增加: 人员增加, 减少: 人员减少}, "
                        "预算差异原因: {大于: 追加项目, 小于: 节约开支}}")
    checked = pipeline.check(write_variant(tmp_path, "单位.yaml", text))
    general = pipeline.context_of(checked)["说明"]["一般公共预算支出"]["各类"][0]
    assert (general["变动原因"], general["预算差异原因"]) == ("人员增加", "节约开支")
    assert [p.code for p in checked.problems] == ["W507", "W507"]

"""Where seed 003's typed scores disagree with its own figures, gen check on the published values says so.

The department file holds the figures as published and no computed value: gen prints the rates
and scores it computes.  Here we add what the seed *printed* as 核对 values (each sheet's 预算执行进度
and 预算执行率指标 得分 and 总分, the report's 总得分 and 评价等级) to a copy and check that each wrong
one is refuted with both numbers — and that the right ones (58% for 57.80% at no places, 优秀) pass.
"""
from conftest import ROOT, cli, replace_once, write_variant

SOURCE = ROOT / "departments" / "元氏网信办.yaml"
# 项目名称: (预算执行进度 as printed, 预算执行率指标 实际完成值 as printed, its 得分, 总分)
PRINTED = {"党建活动经费": ('"100"', "100%", 10, 100), "网络安全防护及处置经费": ("99.99%", "100%", 10, 100),
           "网络宣传费用": ("100%", "100%", 10, 100), "信息化及人员培训费": ("58%", "100%", 10, 70),
           "舆情中心运行经费": ("100%", "100%", 10, 100)}


def published(rate_column: int) -> str:
    text = SOURCE.read_text(encoding="utf-8")
    for name, values in PRINTED.items():
        rate, _, score, total = values[rate_column], *values[1:]
        text = replace_once(text, f"  - 项目名称: {name}\n",
                            f"  - 项目名称: {name}\n    执行率: {rate}\n    预算执行得分: {score}\n    总分: {total}\n")
    return replace_once(text, "\n存在问题: ", "\n总得分: 94\n等级: 优秀\n存在问题: ")


def errors(tmp_path, text: str) -> list[str]:
    write_variant(tmp_path, "元氏网信办-原文.yaml", text)
    result = cli("check", "元氏网信办-原文.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert " W" not in result.stdout
    return [line.split(": ", 1)[1] for line in result.stdout.splitlines() if " E" in line]


def test_the_published_scores_are_refuted_with_both_numbers(tmp_path):
    assert errors(tmp_path, published(0)) == [
        "E412 绩效自评表“网络安全防护及处置经费”：执行率填写 99.99%，按全年执行数 29.99万元 ÷ 全年预算数 30万元计算应为 99.97%（差0.02个百分点）",
        "E413 绩效自评表“网络安全防护及处置经费”：预算执行得分填写 10，按分值 10 × 执行率 99.97%（不超过分值）计算应为 9.997（差0.003）",
        "E408 绩效自评表“网络安全防护及处置经费”：总分填写 100，按各指标得分与预算执行得分之和计算应为 99.997（差0.003）",
        "E413 绩效自评表“信息化及人员培训费”：预算执行得分填写 10，按分值 10 × 执行率 57.80%（不超过分值）计算应为 5.78（差4.22）",
        "E408 绩效自评表“信息化及人员培训费”：总分填写 70，按各指标得分与预算执行得分之和计算应为 65.78（差4.22）",
        "E410 自评报告：总得分填写 94，按各项目总分的算术平均计算应为 93.16（差0.84）",
    ]


def test_the_rate_printed_in_the_indicator_rows_is_refuted_too(tmp_path):
    """The seed prints 预算执行率指标 实际完成值 100% on every sheet, beside 99.99% and 58% above it."""
    wrong = [e for e in errors(tmp_path, published(1)) if e.startswith("E412")]
    assert wrong == [
        "E412 绩效自评表“网络安全防护及处置经费”：执行率填写 100%，按全年执行数 29.99万元 ÷ 全年预算数 30万元计算应为 99.97%（差0.03个百分点）",
        "E412 绩效自评表“信息化及人员培训费”：执行率填写 100%，按全年执行数 5.78万元 ÷ 全年预算数 10万元计算应为 57.80%（差42.2个百分点）",
    ]

"""Issue 7, item 5: numbers at the edges — a documented range checked when the file is read (E108),
the decimals rule by amount kind (W109), scores within 0–100 — and nothing crashes or is written."""
from __future__ import annotations

import pytest

from conftest import MINIMAL, cli, replace_once

AMOUNT = "{科目编码: 2013701, 科目名称: 行政运行, 财政拨款收入: 100.00}"
PRIOR = "  收入总计: 125.00"
SHEET_FUND = "全年预算数: 10, 全年执行数: 8}"
SCORE = "分值: 50, 得分: 50}"


def run(tmp_path, old, new, command="check", *extra):
    text = replace_once(MINIMAL.read_text(encoding="utf-8"), old, new)
    (tmp_path / "单位.yaml").write_text(text, encoding="utf-8")
    args = [command, "单位.yaml", *extra]
    if command == "build":
        args += ["--out", "output", "--no-paginate"]
    return cli(*args, cwd=tmp_path)


@pytest.mark.parametrize("command", ["check", "build"])
@pytest.mark.parametrize("old, new, expected", [
    (AMOUNT, AMOUNT.replace("100.00", "1.0e+22"),
     "单位.yaml:17:43: E108 数字 1.0e+22 超出范围：绝对值应小于 1000000000000（一万亿）"),
    (AMOUNT, AMOUNT.replace("100.00", "10000000000000000000000"),
     "单位.yaml:17:43: E108 数字 10000000000000000000000 超出范围：绝对值应小于 1000000000000（一万亿）"),
    (PRIOR, "  收入总计: 1.0e+30",
     "单位.yaml:46:9: E108 数字 1.0e+30 超出范围：绝对值应小于 1000000000000（一万亿）"),
    (AMOUNT, AMOUNT.replace("100.00", "1e22"),      # YAML 1.1 reads 1e22 (no dot) as text
     "单位.yaml:17:43: E102 收入决算表 › 科目 第1项：“财政拨款收入”应为数字（金额），实际是文字“1e22”"),
    (SCORE, "分值: 150, 得分: 50}",
     "单位.yaml:78:74: E107 项目支出绩效自评表 第1项 › 指标 第1项：“分值”不能大于 100，实际是 150"),
])
def test_out_of_range_numbers_are_located_errors_and_nothing_is_written(tmp_path, command, old, new, expected):
    result = run(tmp_path, old, new, command)
    assert result.exit_code == 1, result.output
    assert expected in result.stdout.splitlines()
    assert not (tmp_path / "output").exists() or not any((tmp_path / "output").rglob("*.docx"))


def test_a_table_amount_with_three_decimals_is_a_warning(tmp_path):
    result = run(tmp_path, AMOUNT, AMOUNT.replace("100.00", "100.001"))
    assert result.exit_code == 0
    assert ("单位.yaml:17:43: W109 收入决算表 › 科目 第1项：“财政拨款收入” 100.001 有3位小数：公开表的金额保留两位小数，"
            "表中印为 100.00，审核按 100.001 计算；请核对【位置：收入决算表/科目/2013701/财政拨款收入】") in result.stdout.splitlines()


def test_the_issue_payload_0_051_warns(tmp_path):
    result = run(tmp_path, "  政府采购: {货物: 5.00, 服务: 15.00}", "  政府采购: {货物: 0.051, 服务: 15.00}")
    assert " W109 相关信息统计表 › 政府采购：“货物” 0.051 有3位小数" in result.stdout
    strict = run(tmp_path, "  政府采购: {货物: 5.00, 服务: 15.00}", "  政府采购: {货物: 0.051, 服务: 15.00}",
                 "check", "--strict")
    assert strict.exit_code == 1 and " E109 " in strict.stdout


def test_sheet_funds_may_have_four_decimals_but_not_five(tmp_path):
    four = run(tmp_path, SHEET_FUND, "全年预算数: 10, 全年执行数: 4.9154}")
    assert "W109" not in four.stdout
    five = run(tmp_path, SHEET_FUND, "全年预算数: 10, 全年执行数: 4.91541}")
    assert ("W109 项目支出绩效自评表 第1项 › 资金 第1项：“全年执行数” 4.91541 有5位小数：自评表的资金精确到元（四位小数），"
            "表中印为 4.9154，审核按 4.91541 计算；请核对") in five.stdout


def test_trailing_zeros_are_not_decimals(tmp_path):
    result = run(tmp_path, AMOUNT, AMOUNT.replace("100.00", "100.000000"))
    assert result.exit_code == 0 and "W109" not in result.stdout


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_control_character_in_the_name_is_refused_before_it_reaches_the_footer(tmp_path, command):
    result = run(tmp_path, "  名称: 测试市委网信办", '  名称: "测试\\v市委网信办"', command)
    assert result.exit_code == 1
    assert result.stdout == ("单位.yaml:6:7: E005 文字中有控制字符 U+000B（垂直制表符）：Word 文档不能包含它，请删去"
                             "（常见于从其他软件复制来的文字）\n")
    assert not (tmp_path / "output").exists()

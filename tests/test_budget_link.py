"""The 预算 and the 决算 of one unit agree: a 决算 that names its year's 预算 file takes its 年初预算 from it."""
from __future__ import annotations

import shutil

from conftest import MINIMAL, ROOT, cli, replace_once

BUDGET = ROOT / "tests" / "data" / "最小预算.yaml"


def _pair(tmp_path, keep_budget_figures: bool = False):
    shutil.copy(BUDGET, tmp_path / "测试-2024预算.yaml")
    text = replace_once(MINIMAL.read_text(encoding="utf-8"), "年度: 2024\n", "年度: 2024\n预算文件: 测试-2024预算.yaml\n")
    if not keep_budget_figures:                     # nothing typed twice: 年初预算, 三公预算数 come from the 预算 file
        start, end = text.index("年初预算:"), text.index("情况说明:")
        text = replace_once(text[:start] + text[end:], "  预算数: {公务接待费: 1.00}", "  预算数: {}")
    (tmp_path / "测试-2024决算.yaml").write_text(text, encoding="utf-8")


def test_the_final_accounts_take_their_budget_from_the_budget_file(tmp_path):
    _pair(tmp_path)
    assert cli("check", "测试-2024决算.yaml", cwd=tmp_path).exit_code == 0
    text = cli("text", "测试-2024决算.yaml", cwd=tmp_path).stdout
    # the 预算's 一般公共预算 支出: 201 类 110.00 and 208 类 20.00 — the 决算 spent the same
    assert "2024年度一般公共预算财政拨款支出年初预算130.00万元，支出决算130.00万元，完成年初预算的100.00%。其中：" in text
    assert "一般公共服务支出年初预算110.00万元，支出决算110.00万元，完成年初预算的100.00%" in text
    assert "| 1.00 |  |  |  |  | 1.00 |" not in text and "| 0.80 |" in text      # 三公 预算数 is the 预算's 0.80


def test_a_figure_typed_in_both_places_is_checked_against_the_budget_file(tmp_path):
    _pair(tmp_path, keep_budget_figures=True)
    result = cli("check", "测试-2024决算.yaml", cwd=tmp_path)
    codes = sorted(line.split(": ")[1].split(" ")[0] for line in result.stdout.splitlines())
    assert codes == ["E360", "W361"]               # 201: 120.00 typed, 110.00 in the 预算; 三公 1.00 vs 0.80
    assert result.exit_code == 1


def test_a_budget_file_with_errors_or_of_another_year_is_refused_where_it_is_named(tmp_path):
    _pair(tmp_path)
    budget = tmp_path / "测试-2024预算.yaml"
    budget.write_text(budget.read_text(encoding="utf-8").replace("年度: 2024", "年度: 2023"), encoding="utf-8")
    result = cli("check", "测试-2024决算.yaml", cwd=tmp_path)
    assert result.stdout == ("测试-2024决算.yaml:5:7: E611 “预算文件: 测试-2024预算.yaml”无法使用："
                             "它是 2023 年度的，本文件是 2024 年度\n")
    budget.write_text(budget.read_text(encoding="utf-8").replace("年度: 2023", "年度: 2024").replace(
        "基本支出: 100.00}", "基本支出: 100.00, 项目支出: 一百}", 1), encoding="utf-8")
    result = cli("check", "测试-2024决算.yaml", cwd=tmp_path)
    assert "E611 “预算文件: 测试-2024预算.yaml”无法使用：有 1 个错误，请先运行 gen check 测试-2024预算.yaml" in result.stdout


def test_a_changed_budget_file_rebuilds_the_final_accounts(tmp_path):
    _pair(tmp_path)
    args = ("build", "测试-2024决算.yaml", "--no-paginate", "--out", "out")
    assert cli(*args, cwd=tmp_path).exit_code == 0
    assert "输入未变" in cli(*args, cwd=tmp_path).stderr
    budget = tmp_path / "测试-2024预算.yaml"
    budget.write_text(budget.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert "输入未变" not in cli(*args, cwd=tmp_path).stderr

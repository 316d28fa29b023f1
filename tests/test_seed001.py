"""Seed 001 (栾城网信办 2024 部门预算) as published: `gen check` names each of its inconsistencies where it
stands, every one of them a warning (the document prints what was published), and the build goes through.

NOTES.md “Seed 001” gives the proof of each from the document's own tables.
"""
import re

from conftest import cli

SEED = "departments/栾城网信办.yaml"


def test_gen_check_names_each_inconsistency_of_the_seed_with_its_location():
    result = cli("check", "--全部", SEED)                 # with the acknowledged ones
    assert result.exit_code == 0, result.stdout          # warnings only: the example builds
    lines = result.stdout.splitlines()
    tails = [l for l in lines if "尾数误差范围内" in l]
    breaks = [l for l in lines if l not in tails]
    # rounding tails (≤ 0.01 per summed part): 20137, 20827, 21011 in every 科目 table, 301/302, the 合计 rows;
    # the file acknowledges each of them (已核对), and nothing else
    assert len(tails) == 31 and all("（已核对：" in l and "财政系统元转万元的尾差" in l for l in tails)
    assert not any("（已核对：" in l for l in breaks)
    assert "36 个警告（其中 31 个已核对" in cli("check", SEED).stderr
    assert {re.search(r" (W\d{3}) ", l).group(1) for l in tails} == {"W301", "W302", "W303"}
    assert breaks == [
        "departments/栾城网信办.yaml:184:7: W344 情况说明“机关运行经费”合计 24.79万元 ≠ 所列13项之和 23.93万元（差0.86万元）："
        "基本支出表公用经费中未列 30208 取暖费 0.84万元；文中照原文列出这13项【位置：机关运行经费/合计】",
        "departments/栾城网信办.yaml:265:113: W350 项目绩效目标表第3张“劳务派遣人员经费”成本指标“成本指标”指标值“≤14.06”"
        "（14.06万元）超过项目预算数 14.03万元（差0.03万元）【位置：项目绩效目标表/劳务派遣人员经费/指标/成本指标/指标值】",
        "departments/栾城网信办.yaml:315:13: W349 项目绩效目标表第7张“网络宣传管理”资金支出计划 3月底30%、6月底80%、10月底100%、"
        "12月底空白：12月底为空，应为100%（10月底已达100%）【位置：项目绩效目标表/网络宣传管理/资金支出计划】",
        "departments/栾城网信办.yaml:325:11: W348 项目绩效目标表第8张“网络执法”没有预算数（预算数、财政资金、其他资金均为空）："
        "表中印空白，按0万元计；情况说明“项目支出列示”第9项列有该项目（第181行），文中照原文写的 0.20万元列示【位置：项目绩效目标表/网络执法/项目名称】",
        "departments/栾城网信办.yaml:333:104: W350 项目绩效目标表第8张“网络执法”成本指标“成本控制性”指标值“≤0.2万”（0.20万元）"
        "超过项目预算数 0.00万元（差0.20万元）【位置：项目绩效目标表/网络执法/指标/成本控制性/指标值】",
    ]


def test_with_strict_the_published_inconsistencies_stop_the_build(tmp_path):
    result = cli("build", SEED, "--strict", "--no-paginate", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert not list(tmp_path.rglob("*.docx"))

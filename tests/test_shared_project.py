"""One project, entered once, printed by three template sets in three layouts.

The project sheet is one shared component (generator/parts/sheets.py, one `自评表` definition in
both schemas).  Here a project block is cut verbatim from one department file and pasted,
unchanged, into a file of another kind: 元氏's 信息化及人员培训费 (河北 自评报告) into the 山西 and
湖南 决算 documents, and 长治's 办公场所保洁经费 (山西 决算) into the 河北 report.  Each document
prints the same figures — and computes the same rate, score and 总分 — in its own layout.
"""
import json
import re

import pytest
from docx import Document
from docx.oxml.ns import qn

from generator import pipeline

from conftest import ROOT, write_variant

DEPARTMENTS = ROOT / "departments"


def project(department: str, name: str) -> str:
    """The YAML text of one project of a department file, exactly as typed there."""
    text = (DEPARTMENTS / f"{department}.yaml").read_text(encoding="utf-8")
    m = re.search(rf"^  - 项目名称: {name}\n(?:    .*\n|      .*\n|\n(?=    ))*", text, re.M)
    return m.group(0)


def with_projects(department: str, blocks: list[str]) -> str:
    """The department file with its project sheets replaced by `blocks`."""
    text = (DEPARTMENTS / f"{department}.yaml").read_text(encoding="utf-8")
    m = re.search(r"^项目支出绩效自评表:\n(?:  .*\n|\n(?=  ))*", text, re.M)
    return text[:m.start()] + "项目支出绩效自评表:\n" + "".join(blocks) + "\n" + text[m.end():]


def build_rows(tmp_path, name: str, text: str) -> list[list[str]]:
    """Build the variant and return the rows of its project sheet (the last table with 一级指标), as printed."""
    path = write_variant(tmp_path, f"{name}.yaml", text)
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out", paginate=False))
    assert not built.problems.has_errors(), [str(p) for p in built.problems]
    tables, joined = [], False       # a sheet may be printed as several tables with only empty paragraphs between
    for child in Document(str(built.outputs[0])).element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            rows = [["".join(t.text or "" for t in tc.iter(qn("w:t"))).strip() for tc in tr.findall(qn("w:tc"))]
                    for tr in child.iter(qn("w:tr"))]
            if joined:
                tables[-1].extend(rows)
            else:
                tables.append(rows)
            joined = True
        elif "".join(t.text or "" for t in child.iter(qn("w:t"))).strip():
            joined = False
    return [rows for rows in tables if any("一级指标" in r for r in rows)][-1]


def row(rows, first: str) -> list[str]:
    return next(r for r in rows if first in r)


TRAINING = project("元氏网信办", "信息化及人员培训费")
CLEANING = project("长治网信办", "办公场所保洁经费")


def test_the_blocks_are_cut_whole():
    assert TRAINING.count("一级指标") == 9 and "全年执行数: 5.78" in TRAINING and "联系电话" in TRAINING
    assert CLEANING.count("一级指标") == 10 and "全年执行数: 3.43" in CLEANING and "改进措施及管理建议" in CLEANING


def test_a_hebei_project_in_the_shanxi_layout(tmp_path):
    rows = build_rows(tmp_path, "长治网信办", with_projects("长治网信办", [TRAINING]))
    #  资金总额： 目标申报数 预算编制数 全年预算数 全年执行数 结转(余) 执行率(%) 得分 偏差原因
    assert row(rows, "资金总额：")[1:] == ["资金总额：", "", "", "10", "5.78", "4.22", "57.80", "5.78", ""]
    assert row(rows, "总  分") == ["总  分", "65.78", "中"]
    #  年初指标值 调整后指标值 实际完成值 完成值情况说明 分值 得分
    assert row(rows, "信息化发展水平评价成果")[4:10] == ["", "1份", "1份", "", "10", "10"]


def test_a_hebei_project_in_the_hunan_layout(tmp_path):
    rows = build_rows(tmp_path, "石峰网信办", with_projects("石峰网信办", [TRAINING]))
    #  合计: 年初预算数 全年预算数 全年执行数 分值 执行率 得分(分值×执行率)
    assert row(rows, "合计")[-6:] == ["", "10", "5.78", "10", "57.8%", "5.78"]
    assert row(rows, "总分")[-3:] == ["100", "65.78", ""]        # 附件2 prints no 等级 (seed 004)
    assert row(rows, "信息化发展水平评价成果")[-5:-1] == ["1份", "1份", "10", "10"]


def test_the_same_project_in_the_hebei_layout(tmp_path):
    rows = build_rows(tmp_path, "元氏网信办", with_projects("元氏网信办", [TRAINING]))
    assert row(rows, "预算数：")[1:] == ["预算数：", "10", "到位数：", "10", "执行数：", "5.78", "57.80%"]
    assert row(rows, "预算执行率")[-3:] == ["100%", "57.80%", "5.78"]
    assert row(rows, "总分")[-1] == "65.78"


def test_a_shanxi_project_in_the_hebei_layout(tmp_path):
    rows = build_rows(tmp_path, "元氏网信办", with_projects("元氏网信办", [CLEANING]))
    assert row(rows, "预算数：")[1:] == ["预算数：", "5", "到位数：", "", "执行数：", "3.43", "68.60%"]
    assert row(rows, "预算执行率")[-3:] == ["100%", "68.60%", "6.86"]         # 10 × 3.43 / 5
    assert row(rows, "总分")[-1] == "79.86"                                  # 73 + 6.86
    assert row(rows, "指标2：聘用保洁人员数量")[-3:] == ["—1人", "—1人", "10"]    # two 三级指标 under one 二级指标
    assert row(rows, "产出指标（50）")[1] == "产出指标（50）"                # the 一级 weight its rows give (W416 says ≠ 40)


@pytest.mark.parametrize("key", ["自评表", "金额", "自评表金额", "说明", "个数"])
def test_both_kinds_validate_a_project_with_one_definition(key):
    """The 决算 and 自评报告 schemas hold the same project definition (and the definitions it uses)."""
    defs = [json.loads((ROOT / "schemas" / f"{n}.schema.json").read_text(encoding="utf-8"))["$defs"][key]
            for n in ("final_accounts", "self_evaluation")]
    assert defs[0] == defs[1]

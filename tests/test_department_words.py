"""The department's own words reach the document as written (issue 11): paragraphs the text splits stay split, a
report paragraph the department wrote replaces the template's sentence (its numbers checked: W508), and a sheet
cell keeps its final punctuation."""
from docx import Document

from generator import document_text, pipeline

from conftest import ROOT


def build_text(tmp_path, text: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "石峰网信办.yaml"
    path.write_text(text, encoding="utf-8")
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out", paginate=False))
    assert built.ok, [str(p) for p in built.problems]
    return document_text.lines(Document(str(built.outputs[0]))), [str(p) for p in built.problems]


SEED = (ROOT / "departments" / "石峰网信办.yaml").read_text(encoding="utf-8")


def test_the_report_says_what_the_department_said(tmp_path):
    lines, problems = build_text(tmp_path, SEED)
    assert "2020年收入34.34万元，其中：财政拨款收入34.34万元，其他资金来源0万元。" in lines
    assert "2020年支出34.34万元，其中：基本支出33.34万元，项目支出1.00万元。" in lines
    assert any("W508" in p and "33.34万元" in p and "33.43万元" in p for p in problems)
    # two paragraphs of 职责说明 stay two; the report's own 主要职能 paragraph is printed in the report
    assert "株洲市石峰区委网络安全和信息化委员会办公室（以下简称网信办）的主要职责是：" in lines
    assert any(line.startswith("根据《中共株洲市委办公室株洲市人民政府办公室关于印发<石峰区机构改革方案>") for line in lines)
    # the department's 机构情况 as written, no derived sentence after it
    assert "株洲市石峰区委网络安全和信息化委员会办公室为区一级全额拨款行政单位，无下设独立核算二级单位。" \
           "执行的是行政单位的会计制度。本单位无内设机构。" in lines
    # a sheet cell keeps its final 。
    assert any(line.endswith("| 网络舆论引导力度不够，需加强网络舆论引导。 |") for line in lines)


def test_without_the_departments_paragraphs_the_template_says_it(tmp_path):
    text = SEED
    start = text.index("  预算收支情况:")
    end = text.index("  整体支出绩效情况:")
    text = text[:start] + text[end:]
    text = text.replace(text[text.index("  主要职能:"):text.index("  机构情况:")], "")
    text = text.replace(text[text.index("  机构情况:"):text.index("  人员情况:")], "")
    lines, problems = build_text(tmp_path, text)
    assert "2020年收入34.43万元，其中：财政拨款收入34.34万元，其他资金来源0.09万元。" in lines
    assert "2020年支出34.43万元，其中：基本支出33.43万元，项目支出1.00万元。" in lines
    assert not any("W508" in p for p in problems)
    report = lines[lines.index("1. 主要职能。"):]
    assert report[1] == "株洲市石峰区委网络安全和信息化委员会办公室（以下简称网信办）的主要职责是："
    assert report[report.index("2. 机构情况，包括当年变动情况及原因。") + 1] == "本单位内设机构1个：综合办公室。"    # from 概况


def test_an_empty_jilin_table_prints_its_note(tmp_path):
    """吉林: an empty 公开08/09 says so; a 无数据说明 the department wrote is printed, never dropped (issue 11, item 4)."""
    text = (ROOT / "departments" / "延边网安中心.yaml").read_text(encoding="utf-8")
    lines, _ = build_text(tmp_path, text)
    assert lines.count("说明：本表无数据。") == 2                                # 公开08 and 公开09, nothing entered
    text = text.replace("政府性基金预算财政拨款收入支出决算表:     # 公开08\n  科目: []\n",
                        "政府性基金预算财政拨款收入支出决算表:     # 公开08\n  科目: []\n"
                        "  无数据说明: 本部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。\n")
    lines, _ = build_text(tmp_path, text)
    assert "说明：本部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。" in lines
    assert lines.count("说明：本表无数据。") == 1


def test_a_budget_paragraph_the_department_wrote_is_printed_and_its_figures_checked(tmp_path):
    """预算: the 三公 paragraph as the department wrote it, {名称} filled; a typed figure that is a figure is W502."""
    text = (ROOT / "departments" / "栾城网信办.yaml").read_text(encoding="utf-8")
    path = tmp_path / "栾城网信办.yaml"
    path.write_text(text, encoding="utf-8")
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out", paginate=False))
    lines = document_text.lines(Document(str(built.outputs[0])))
    assert "2024年，财政拨款“三公”经费预算安排2.40万元，其中：因公出国（境）费0.00万元，与上年持平，无增减变化；" \
           "公务用车购置及运维费2.40万元（其中：公务用车运行费2.40万元,同比减少0元。公务购车0元,无增减变化，与上年一致)，" \
           "公务接待费0.00万元，与上年持平，无增减变化。" in lines
    assert not any(" W50" in str(p) for p in built.problems)
    path.write_text(text.replace("预算安排{三公经费}万元", "预算安排2.4万元"), encoding="utf-8")
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out2", paginate=False))
    assert any("W502" in str(p) and "2.4万元" in str(p) and "{三公经费}" in str(p) for p in built.problems)

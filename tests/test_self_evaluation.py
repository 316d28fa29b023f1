"""The 自评报告's scoring rules live in the template set's 设置.yaml, not in Python."""
import shutil

from docx import Document

from conftest import ROOT, cli

SET = ROOT / "templates" / "河北-2022-整体支出绩效自评报告"
SOURCE = ROOT / "departments" / "元氏网信办.yaml"


def with_settings(tmp_path, old: str, new: str):
    target = tmp_path / "templates" / SET.name
    shutil.copytree(SET, target)
    settings = (target / "设置.yaml").read_text(encoding="utf-8")
    assert settings.count(old) == 1, old
    (target / "设置.yaml").write_text(settings.replace(old, new), encoding="utf-8")
    shutil.copy(SOURCE, tmp_path / SOURCE.name)


def test_the_budget_weighted_rule_is_a_setting(tmp_path):
    """(0.5×100 + 30×99.996667 + 30×100 + 10×65.78 + 10×100) / 80.5 = 7707.7 / 80.5 = 95.7478 → 95.75."""
    with_settings(tmp_path, "总得分规则: 各项目总分的算术平均", "总得分规则: 各项目总分按预算数加权平均")
    result = cli("build", SOURCE.name, "--templates", "templates", "--no-paginate", cwd=tmp_path)
    assert result.exit_code == 0, result.stdout
    [docx] = (tmp_path / "output" / "元氏网信办").glob("*.docx")
    assert "总得分95.75分为优秀" in [p.text for p in Document(str(docx)).paragraphs]


def test_the_grade_names_and_floors_are_settings(tmp_path):
    with_settings(tmp_path, "{等级: 优秀, 下限: 90}", "{等级: 优秀, 下限: 95}")
    result = cli("build", SOURCE.name, "--templates", "templates", "--no-paginate", cwd=tmp_path)
    assert result.exit_code == 0, result.stdout
    [docx] = (tmp_path / "output" / "元氏网信办").glob("*.docx")
    assert "总得分93.16分为良" in [p.text for p in Document(str(docx)).paragraphs]


def test_a_rule_gen_does_not_know_is_refused(tmp_path):
    with_settings(tmp_path, "总得分规则: 各项目总分的算术平均", "总得分规则: 各项目总分的中位数")
    result = cli("check", SOURCE.name, "--templates", "templates", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "templates/河北-2022-整体支出绩效自评报告/设置.yaml:18:8: E608 模板“河北-2022-整体支出绩效自评报告”的设置有误："
        "“总得分规则”应为 “各项目总分的算术平均”、“各项目总分按预算数加权平均” 之一，实际是“各项目总分的中位数”")


PROBLEMS = "存在问题及整改: 因疫原因2022年度未组织大型培训活动, 下一步加强预算编制的准确性, 按项目计划实施进行, 及时推进项目进度, 确保项目预算执行率。"


def test_a_sheet_text_names_its_figures_and_they_are_filled(tmp_path):
    """The 河北 sheet's texts are scoped like the 决算 sheets': {执行率} is this sheet's 57.80%."""
    text = SOURCE.read_text(encoding="utf-8")
    assert text.count(PROBLEMS) == 1
    (tmp_path / SOURCE.name).write_text(text.replace(PROBLEMS, PROBLEMS.replace("确保项目预算执行率。",
                                        "确保项目预算执行率（本年{执行率}，执行{全年执行数}万元）。")), encoding="utf-8")
    result = cli("build", SOURCE.name, "--no-paginate", cwd=tmp_path)
    assert result.exit_code == 0, result.stdout
    [docx] = (tmp_path / "output" / "元氏网信办").glob("*.docx")
    cells = [c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells]
    assert any(c.endswith("确保项目预算执行率（本年57.80%，执行5.78万元）。") for c in cells)


def test_a_typed_rate_or_an_unknown_name_in_a_sheet_text_is_reported(tmp_path):
    text = SOURCE.read_text(encoding="utf-8")
    (tmp_path / SOURCE.name).write_text(text.replace(PROBLEMS, PROBLEMS.replace("确保项目预算执行率。",
                                        "执行率57.80%，确保{预算执行率}。")), encoding="utf-8")
    result = cli("check", SOURCE.name, cwd=tmp_path)
    lines = [line.split(": ", 1)[1] for line in result.stdout.splitlines()]
    assert any(line.startswith("E501 “存在问题及整改”中的 {预算执行率} 不是绩效自评表“信息化及人员培训费”中的数") for line in lines), lines
    assert ("W502 “存在问题及整改”中的“57.80%”等于执行率：请写成 {执行率}，数由表格填入，不会与表不符"
            "【位置：项目支出绩效自评表/信息化及人员培训费/存在问题及整改】") in lines

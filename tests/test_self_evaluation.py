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

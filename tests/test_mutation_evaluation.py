"""Change one 执行数 of the 自评报告, rebuild: its rate, its 预算执行率指标 score, its 总分, the report's
总得分 — and, where a band is crossed, the 评价等级 — all move; nothing else does."""
from generator import pipeline

import reader_evaluation as reader
from conftest import ROOT, replace_once, write_variant
from test_reader_evaluation import verify

SOURCE = ROOT / "departments" / "元氏网信办.yaml"
TRAINING = "{来源: 财政资金, 全年预算数: 10, 到位数: 10, 全年执行数: 5.78}"


def figures(tmp_path, text: str, name: str) -> dict:
    """Every computed figure the document prints, by sheet and for the report (read back by the reader)."""
    path = write_variant(tmp_path, name, text)
    built = pipeline.build(path, pipeline.BuildOptions(out_dir=tmp_path / "out", paginate=False))
    assert built.ok, [str(p) for p in built.problems]
    assert verify(built.outputs[0]) == []
    doc = reader.read(built.outputs[0])
    out = {}
    for s in doc.sheets:
        budget_row = next(r for r in s.rows if len(r) > 2 and r[2] == "预算执行率")
        out[s.name] = (s.rows[s.row("预算数：", 1)][7], budget_row[5], budget_row[6], s.rows[s.row("总分")][1])
    conclusion = next(p for p in doc.paragraphs if p.startswith("总得分"))
    out["评价结论"] = conclusion
    return out


def test_one_spent_amount_moves_its_rate_score_total_and_the_overall_score(tmp_path):
    text = SOURCE.read_text(encoding="utf-8")
    before = figures(tmp_path, text, "before.yaml")
    after = figures(tmp_path, replace_once(text, TRAINING, TRAINING.replace("5.78", "2.5")), "after.yaml")

    # by hand: 2.5 / 10 = 25%; 10 × 0.25 = 2.5; 60 + 2.5 = 62.5;
    # (100 + 99.996667 + 100 + 62.5 + 100) / 5 = 92.499333 → 92.50, still 优秀 (≥ 90)
    assert before["信息化及人员培训费"] == ("57.80%", "57.80%", "5.78", "65.78")
    assert after["信息化及人员培训费"] == ("25.00%", "25.00%", "2.5", "62.5")
    assert (before["评价结论"], after["评价结论"]) == ("总得分93.16分为优秀", "总得分92.5分为优秀")
    unchanged = {k for k in before if before[k] == after[k]}
    assert unchanged == {"党建活动经费", "网络安全防护及处置经费", "网络宣传费用", "舆情中心运行经费"}


def only_training(text: str) -> str:
    """The 元氏 file with one project, 信息化及人员培训费, whose 效益 indicator scored 25 of 40."""
    head, rest = text.split("项目支出绩效自评表:\n", 1)
    sheets, tail = rest.split("\n# ───", 1)
    kept = next(s for s in sheets.split("\n  - ") if s.startswith("项目名称: 信息化及人员培训费"))
    text = head + "项目支出绩效自评表:\n  - " + kept.rstrip("\n") + "\n\n# ───" + tail
    return replace_once(text, "实际完成值: 95%, 分值: 40, 得分: 10}", "实际完成值: 95%, 分值: 40, 得分: 25}")


def test_a_spent_amount_that_crosses_a_band_moves_the_grade(tmp_path):
    text = only_training(SOURCE.read_text(encoding="utf-8"))
    before = figures(tmp_path, text, "one.yaml")
    after = figures(tmp_path, replace_once(text, TRAINING, TRAINING.replace("5.78", "4")), "one-after.yaml")
    # 75 + 5.78 = 80.78 (良, ≥ 80); 75 + 4 = 79 (中, ≥ 60)
    assert before["信息化及人员培训费"][2:] == ("5.78", "80.78") and before["评价结论"] == "总得分80.78分为良"
    assert after["信息化及人员培训费"] == ("40.00%", "40.00%", "4", "79")
    assert after["评价结论"] == "总得分79分为中"

"""Issue 12, item 6: warnings someone has looked at (`已核对:`), counted but not printed; errors never hidden."""
from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from conftest import EXAMPLE, MINIMAL, ROOT, cli, replace_once
from generator import acknowledged, pipeline
from generator.load import load_file

ROW = "\n支出决算表:\n  科目:\n"
TAIL_ROW = ROW + "    - {科目编码: 201, 科目名称: 一般公共服务支出, 基本支出: 100.00, 项目支出: 10.01}\n"
PLACE = re.compile(r"【位置：([^】]*)】")


def department(tmp_path, acknowledgements: str = "", row: str = TAIL_ROW, name: str = "单位.yaml"):
    text = replace_once(MINIMAL.read_text(encoding="utf-8"), ROW, row)
    if acknowledgements:
        text += "\n已核对:\n" + acknowledgements
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ───────────── the place: readable, stable, copied from the warning line ─────────────

def test_a_place_names_list_items_by_their_code_or_name():
    data = {"收入决算表": {"科目": [{"科目编码": 201}, {"科目编码": 20137}]},
            "项目支出绩效自评表": [{"项目名称": "网信长治", "指标": [{"三级指标": "甲"}, {"三级指标": "甲"}]}],
            "a/b": [{"x": 1}]}
    assert acknowledged.place(data, "/收入决算表/科目/1/本年收入合计") == "收入决算表/科目/20137/本年收入合计"
    assert acknowledged.place(data, "/项目支出绩效自评表/0") == "项目支出绩效自评表/网信长治"
    assert acknowledged.place(data, "/项目支出绩效自评表/0/指标/1/分值") == "项目支出绩效自评表/网信长治/指标/第2项/分值"
    assert acknowledged.place(data, "/a~1b/0/x") == "a/b/第1项/x"
    assert acknowledged.place(data, "") == ""


def test_the_place_copied_from_the_warning_line_acknowledges_it(tmp_path):
    path = department(tmp_path)
    first = cli("check", path.name, cwd=tmp_path)
    [line] = first.stdout.splitlines()
    code = re.search(r": (W\d{3}) ", line).group(1)
    where = PLACE.search(line).group(1)
    assert (code, where) == ("W301", "支出决算表/科目/201/项目支出")
    department(tmp_path, f"  - {{代码: {code}, 位置: {where}, 原因: 财政系统公开的尾差}}\n")
    again = cli("check", path.name, cwd=tmp_path)
    assert again.exit_code == 0 and again.stdout == ""
    assert again.stderr == "单位.yaml：0 个错误，1 个警告（其中 1 个已核对，未列出，--全部 可列出）\n"
    shown = cli("check", "--全部", path.name, cwd=tmp_path)
    assert shown.stdout == line + "（已核对：财政系统公开的尾差）\n"
    assert cli("check", "--all", path.name, cwd=tmp_path).stdout == shown.stdout


def test_a_place_survives_rows_added_above(tmp_path):
    ack = "  - {代码: W301, 位置: 支出决算表/科目/201/项目支出, 原因: 尾差}\n"
    moved = TAIL_ROW + "    # 一行注释\n"
    text = department(tmp_path, ack, row=moved).read_text(encoding="utf-8")
    (tmp_path / "单位.yaml").write_text("# 新加的一行说明\n\n" + text, encoding="utf-8")
    assert cli("check", "单位.yaml", cwd=tmp_path).stdout == ""


def test_a_json_pointer_also_names_the_place(tmp_path):
    path = department(tmp_path, "  - {代码: W301, 位置: /支出决算表/科目/0/项目支出, 原因: 尾差}\n")
    assert cli("check", path.name, cwd=tmp_path).stdout == ""


def test_strict_does_not_fail_on_what_was_acknowledged(tmp_path):
    path = department(tmp_path, "  - {代码: W301, 位置: 支出决算表/科目/201/项目支出, 原因: 尾差}\n")
    assert cli("check", "--strict", path.name, cwd=tmp_path).exit_code == 0
    built = cli("build", "--strict", path.name, "--out", "out", "--no-paginate", cwd=tmp_path)
    assert built.exit_code == 0 and list((tmp_path / "out").rglob("*.docx"))
    bare = department(tmp_path, name="另一.yaml")
    assert cli("check", "--strict", bare.name, cwd=tmp_path).exit_code == 1


def test_the_code_must_match_as_well_as_the_place(tmp_path):
    path = department(tmp_path, "  - {代码: W302, 位置: 支出决算表/科目/201/项目支出, 原因: 尾差}\n")
    lines = cli("check", path.name, cwd=tmp_path).stdout.splitlines()
    assert [re.search(r": ([EW]\d{3}) ", line).group(1) for line in lines] == ["W301", "W701"]


def test_an_acknowledgement_of_a_corrected_figure_is_a_warning(tmp_path):
    path = department(tmp_path, "  - {代码: W301, 位置: 支出决算表/科目/201/项目支出, 原因: 尾差}\n",
                      row=TAIL_ROW.replace("10.01", "10.00"))
    result = cli("check", path.name, cwd=tmp_path)
    assert result.exit_code == 0
    assert re.fullmatch(r"单位\.yaml:\d+:5: W701 已核对第1项（W301，支出决算表/科目/201/项目支出）没有对应的警告：.*\n", result.stdout)


def test_no_stale_acknowledgement_is_claimed_when_an_error_stopped_the_checks(tmp_path):
    path = department(tmp_path, "  - {代码: W301, 位置: 支出决算表/科目/201/项目支出, 原因: 尾差}\n")
    path.write_text(path.read_text(encoding="utf-8").replace("年度: 2024", "年度: 二〇二四"), encoding="utf-8")
    codes = re.findall(r": ([EW]\d{3}) ", cli("check", path.name, cwd=tmp_path).stdout)
    assert codes == ["E102"]                   # the schema error only: no W701 while the identities did not run


def test_errors_cannot_be_acknowledged(tmp_path):
    path = department(tmp_path, "  - {代码: W301, 位置: 支出决算表/科目/201/项目支出, 原因: 尾差}\n",
                      row=TAIL_ROW.replace("10.01", "10.05"))
    result = cli("check", path.name, cwd=tmp_path)
    assert result.exit_code == 1
    codes = re.findall(r": ([EW]\d{3}) ", result.stdout)
    assert codes == ["E301", "E702"]           # the error is printed all the same, and the acknowledgement refused
    assert "【位置" not in result.stdout.splitlines()[0]           # errors show no place: nothing to copy


def test_an_acknowledgement_needs_a_reason(tmp_path):
    path = department(tmp_path, "  - {代码: W301, 位置: 支出决算表/科目/201/项目支出}\n")
    result = cli("check", path.name, cwd=tmp_path)
    assert result.exit_code == 1 and "E101" in result.stdout and "“原因”" in result.stdout


def test_the_batch_summary_does_not_flag_acknowledged_warnings(tmp_path):
    department(tmp_path, "  - {代码: W301, 位置: 支出决算表/科目/201/项目支出, 原因: 尾差}\n", name="甲.yaml")
    department(tmp_path, name="乙.yaml")
    result = cli("build", "甲.yaml", "乙.yaml", "--out", "out", "--no-paginate", "-j", "1", cwd=tmp_path)
    assert result.exit_code == 0
    assert "汇总：生成 2，未变 0，有警告 1，失败 0（共 2 个）" in result.stderr
    rows = [line for line in result.stderr.splitlines() if line.startswith("  生成")]
    assert rows[0].endswith(".docx") and rows[1].endswith("（1 个警告）")
    assert result.stdout.count(" W301 ") == 1                       # only 乙's
    record = json.loads((tmp_path / "out" / "甲" / ".gen-build.json").read_text(encoding="utf-8"))
    assert (record["warnings"], record["acknowledged"]) == (1, 1)
    again = cli("build", "甲.yaml", "乙.yaml", "--out", "out", "--no-paginate", cwd=tmp_path)
    assert "有警告 1" in again.stderr                                  # unchanged departments keep their counts


# ───────────── the example: each acknowledged warning is a published tail difference ─────────────

def _is_a_published_tail(problem, seed_number: str, difference: Decimal | None = None) -> None:
    """A tail of rounding (≤ 0.01万元 per summed part, as the message says), acknowledged with the figures it names,
    the entered one as printed in the seed."""
    entered, summed = (Decimal(x) for x in re.findall(r" (\d+\.\d\d)万元", problem.message)[:2])
    assert entered != summed and "尾数误差范围内（每项≤0.01万元）" in problem.message
    if difference is not None:
        assert abs(entered - summed) == difference
    assert f"{entered}" in problem.acknowledged and f"{summed}" in problem.acknowledged
    seed = (ROOT.parent / "shared" / "seeds")
    if seed.is_dir():
        text = next(seed.glob(f"{seed_number}_*.txt")).read_text(encoding="utf-8")
        assert str(entered) in text


def test_the_budget_examples_acknowledgements_are_its_published_tails():
    path = ROOT / "departments" / "栾城网信办.yaml"
    checked = pipeline.check(path)
    hidden = checked.problems.acknowledged
    assert len(hidden) == len(acknowledged.read(load_file(path, str(path)).data)) == 31
    assert not [p for p in checked.problems if p.number == 701]
    assert {p.code for p in hidden} == {"W301", "W302", "W303"}
    for problem in hidden:
        _is_a_published_tail(problem, "001")


def test_the_examples_acknowledgements_are_the_published_tail_differences():
    checked = pipeline.check(EXAMPLE)
    data = load_file(EXAMPLE, str(EXAMPLE)).data
    acks = acknowledged.read(data)
    hidden = checked.problems.acknowledged
    assert len(acks) == len(hidden) == 11 and not [p for p in checked.problems if p.number == 701]
    assert sorted(p.code for p in hidden) == ["W301"] * 4 + ["W302"] * 6 + ["W506"]
    for problem in hidden:
        if problem.number == 506:
            assert "2022年" in problem.message and "补发2022年养老支出" in json.dumps(data["情况说明"], ensure_ascii=False, default=str)
            continue
        _is_a_published_tail(problem, "002", Decimal("0.01"))
    # not acknowledged: the sheet's weights (W401), the department's words against its tables (W508, NOTES.md) and
    # its 绩效 statement against its attached sheets (W425: 2 projects graded 良, 3 attached sheets say 良)
    assert sorted(p.code for p in checked.problems.shown()) == ["W401", "W425"] + ["W508"] * 5


def test_the_block_is_at_the_end_of_the_example_and_fmt_keeps_it_there():
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.rstrip().splitlines()[-12] == "已核对:"
    assert cli("fmt", "--check", str(EXAMPLE)).exit_code == 0


# ───────────── one definition, in every kind's schema ─────────────

@pytest.mark.parametrize("kind", ["final_accounts", "budget", "self_evaluation"])
def test_every_kind_takes_the_common_acknowledgement_block(kind):
    common = json.loads((ROOT / "schemas" / "common.schema.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["已核对"] == common["properties"]["已核对"]
    assert list(schema["properties"])[-1] == "已核对"           # gen fmt keeps the block at the end of a file

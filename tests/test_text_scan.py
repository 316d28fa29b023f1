"""Issue 7, item 6: every scan of user text is linear — a 1 MB text is checked in well under a second.

The old W501 pattern retried a run of digits from every position in it (80 s for 50,000 digits).
The bounds are generous: this is a test of complexity, not a benchmark."""
from __future__ import annotations

import time

import pytest

from conftest import MINIMAL, cli, replace_once
from generator.checks import FIGURE_IN_TEXT

MB = 1024 * 1024
ADVERSARIAL = {
    "digits": "1" * MB,
    "digits and commas": "1," * (MB // 2),
    "commas then a letter": "," * MB + "x",
    "digits and dots": "1." * (MB // 2),
    "a dot then digits": "1." + "1" * MB,
    "digit then spaces": "1" + " " * MB,
    "占 then spaces": "占" + " " * MB,
    "占为 then spaces": "占" + " " * (MB // 2) + "为" + " " * (MB // 2),
    "占 then digits": "占" + "1" * MB,
    "many 占": "占 " * (MB // 2),
    "mixed": ("12,345.6 占比为 7" * (MB // 16)),
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_the_figure_scan_is_linear(name):
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    FIGURE_IN_TEXT.search(text)
    assert time.perf_counter() - started < 1.0, name


@pytest.mark.parametrize("text, found", [
    ("共支出12,345.67万元", "12,345.67万元"),
    ("结余,5万元", ",5万元"),            # the scan may start at a comma; the message strips it (checks.py)
    ("执行率为 98.5%", "执行率为 98.5%"),
    ("占比 12%", "占比 12%"),
    ("完成年初预算的99%", "完成年初预算的99%"),
    ("1.2.3万元", "2.3万元"),
    ("2024年开展3次宣传", None),
    ("满意度95%", None),
])
def test_the_scan_still_finds_what_it_found(text, found):
    match = FIGURE_IN_TEXT.search(text)
    assert (match.group(0) if match else None) == found


def test_a_department_with_a_1_mb_text_is_checked_in_under_a_second(tmp_path):
    text = replace_once(MINIMAL.read_text(encoding="utf-8"), "  收支总计变动原因: 人员增加",
                        '  收支总计变动原因: "' + "1" * MB + '"')
    (tmp_path / "单位.yaml").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    result = cli("check", "单位.yaml", cwd=tmp_path)
    assert time.perf_counter() - started < 5.0      # load, schema, every check (and the template dry run)
    assert result.exit_code == 0, result.output


def test_a_1_mb_text_with_an_amount_is_flagged_once(tmp_path):
    text = replace_once(MINIMAL.read_text(encoding="utf-8"), "  收支总计变动原因: 人员增加",
                        "  收支总计变动原因: 共" + "1" * MB + "万元")
    (tmp_path / "单位.yaml").write_text(text, encoding="utf-8")
    result = cli("check", "单位.yaml", cwd=tmp_path)
    [line] = [l for l in result.stdout.splitlines() if " W501 " in l]
    assert line == ("单位.yaml:61:13: W501 “收支总计变动原因”是说明文字，不应含金额或百分比"
                    "（“11111111111111111111…1111111111万元”）：数字由表格生成，请删去或改写")

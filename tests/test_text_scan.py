"""Issue 7, item 6: every scan of user text is linear — a 1 MB text is checked in well under a second.

An old pattern retried a run of digits from every position in it (80 s for 50,000 digits).  The
scans now are the figure references and typed numbers (generator/references.py) and the text lint
(generator/parts/text_checks.py).  The bounds are generous: a test of complexity, not a benchmark."""
from __future__ import annotations

import time

import pytest

from conftest import MINIMAL, cli, replace_once
from generator.parts.text_checks import DOUBLED_PUNCTUATION, DOUBLED_WORD, PLACEHOLDER, YEAR
from generator.references import literals, references

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
    "open braces": "{" * MB,
    "brace words": "{名称" * (MB // 3),
    "doubled words": "用于" * (MB // 2),
    "punctuation": "，" * MB,
    "years": "2024" * (MB // 4) + "年",
}
SCANS = {"literals": literals, "references": references,
         **{name: (lambda p: (lambda text: list(p.finditer(text))))(pattern)
            for name, pattern in (("doubled words", DOUBLED_WORD), ("punctuation", DOUBLED_PUNCTUATION),
                                  ("placeholders", PLACEHOLDER), ("years", YEAR))}}


@pytest.mark.parametrize("scan", SCANS)
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_every_text_scan_is_linear(name, scan):
    started = time.perf_counter()
    SCANS[scan](ADVERSARIAL[name])
    assert time.perf_counter() - started < 1.0, (name, scan)


@pytest.mark.parametrize("text, found", [
    ("共支出12,345.67万元", ["12,345.67万元"]),
    ("资金结余1,000.00元", ["1,000.00元"]),
    ("执行率为 98.5%", ["98.5%"]),
    ("2024年开展3次宣传", []),
])
def test_the_number_scan_finds_amounts_and_percentages_with_their_unit(text, found):
    assert [f"{x.text}{x.unit}" for x in literals(text)] == found


def test_a_department_with_a_1_mb_text_is_checked_in_under_a_second(tmp_path):
    text = replace_once(MINIMAL.read_text(encoding="utf-8"), "  收支总计变动原因: 人员增加",
                        '  收支总计变动原因: "' + "1" * MB + '"')
    (tmp_path / "单位.yaml").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    result = cli("check", "单位.yaml", cwd=tmp_path)
    assert time.perf_counter() - started < 5.0      # load, schema, every check (and the template dry run)
    assert result.exit_code == 0, result.output


def test_a_1_mb_text_naming_a_figure_it_does_not_have_is_one_located_error(tmp_path):
    text = replace_once(MINIMAL.read_text(encoding="utf-8"), "  收支总计变动原因: 人员增加",
                        "  收支总计变动原因: 共" + "1" * MB + "{没有这个数}")
    (tmp_path / "单位.yaml").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    result = cli("check", "单位.yaml", cwd=tmp_path)
    assert time.perf_counter() - started < 5.0
    [line] = [l for l in result.stdout.splitlines() if " E501 " in l]
    assert line.startswith("单位.yaml:61:13: E501 “收支总计变动原因”中的 {没有这个数} 不是情况说明中的数")

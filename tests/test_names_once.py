"""A 科目编码 needs its 科目名称 once in a file: later rows may give the code alone (issue 12, item 2)."""
from __future__ import annotations

import re
import shutil

from generator import pipeline
from generator.fmt import format_text

from conftest import EXAMPLE, MINIMAL, ROOT, cli, replace_once, write_variant

SCHEMA = ROOT / "schemas" / "final_accounts.schema.json"
BUDGET = ROOT / "departments" / "栾城网信办.yaml"
NAMED = re.compile(r"(\{科目编码: *\d+, *)科目名称: *[^,}]+, *")


def _strip_names(text: str, keep_first: bool) -> tuple[str, int]:
    """Remove 科目名称 from every row whose code was named before (keep_first) or from every row."""
    seen: set[str] = set()
    removed = 0

    def strip(m: re.Match) -> str:
        nonlocal removed
        code = re.search(r"\d+", m.group(1)).group(0)
        if keep_first and code not in seen:
            seen.add(code)
            return m.group(0)
        removed += 1
        return m.group(1)
    return NAMED.sub(strip, text), removed


def _text(path) -> list[str]:
    result = cli("text", str(path))
    assert result.exit_code == 0
    return result.stdout.splitlines()


def _problems(path) -> list[str]:
    return sorted(f"{p.code} {p.message}" for p in pipeline.check(path, "x.yaml").problems)


def test_the_example_without_repeated_names_makes_the_same_document(tmp_path):
    original = EXAMPLE.read_text(encoding="utf-8")
    text, removed = _strip_names(original, keep_first=True)
    assert removed == 18 + 18 + 5 + 5                            # 公开03, 05, 上年决算, 年初预算 lose theirs
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    write_variant(tmp_path, "b.yaml", text)
    assert _text(tmp_path / "a.yaml") == _text(tmp_path / "b.yaml")
    assert _problems(tmp_path / "a.yaml") == _problems(tmp_path / "b.yaml")


def test_codes_of_the_reference_need_no_name_at_all(tmp_path):
    for source, prefix in ((MINIMAL, "最小"), (BUDGET, "预算")):
        original = source.read_text(encoding="utf-8")
        text, removed = _strip_names(original, keep_first=False)
        assert removed > 5
        a = write_variant(tmp_path, f"{prefix}a.yaml", original)
        b = write_variant(tmp_path, f"{prefix}b.yaml", text)
        assert "科目名称" not in re.sub(r"#.*", "", text.split("情况说明")[0]) or prefix == "预算"
        assert _text(a) == _text(b)
        assert _problems(a) == _problems(b)


def test_a_code_outside_the_reference_takes_the_name_it_was_first_given(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    assert text.count("科目编码: 2013702, 科目名称: 一般行政管理事务,") == 3
    text = text.replace("科目编码: 2013702, 科目名称: 一般行政管理事务,", "科目编码: 2013798, 科目名称: 网信专项事务,", 1)
    text = text.replace("科目编码: 2013702, 科目名称: 一般行政管理事务,", "科目编码: 2013798,")
    path = write_variant(tmp_path, "a.yaml", text)
    checked = pipeline.check(path, "a.yaml")
    assert [p.code for p in checked.problems] == ["W203"]     # once, at the row that names it; nameless rows say nothing
    assert checked.problems.items[0].location.line == text.split("\n").index(
        next(line for line in text.split("\n") if "网信专项事务" in line)) + 1
    lines = _text(path)
    assert sum("| 2013798 | 网信专项事务 |" in line for line in lines) == 3      # 公开02, 03 and 05 print the name


def test_a_code_named_nowhere_is_an_error_at_its_row(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    row = "    - {科目编码: 2013702, 科目名称: 一般行政管理事务, 项目支出: 10.00}"
    assert text.count(row) == 2                    # 公开03 and 公开05: change the first, 公开03
    text = text.replace(row, "    - {科目编码: 2013798, 项目支出: 10.00}", 1)
    write_variant(tmp_path, "a.yaml", text)
    line = text.split("\n").index("    - {科目编码: 2013798, 项目支出: 10.00}") + 1
    result = cli("check", "a.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert (f"a.yaml:{line}:7: E101 支出决算表 › 科目 第2项：缺少必填字段“科目名称”（科目编码 2013798 不在 2024 年"
            "政府收支分类参考表中，本文件中也没有写过它的名称：请在它第一次出现的地方写上名称）") in result.stdout
    assert not (tmp_path / "output").exists()


def test_a_wrong_name_is_reported_where_it_is_written_only(tmp_path):
    text, _ = _strip_names(MINIMAL.read_text(encoding="utf-8"), keep_first=True)
    text = replace_once(text, "科目名称: 行政运行,", "科目名称: 行政运营,")
    path = write_variant(tmp_path, "a.yaml", text)
    problems = [p for p in pipeline.check(path, "a.yaml").problems]
    assert [p.code for p in problems] == ["E201"]
    assert problems[0].location.line == text.split("\n").index(
        next(line for line in text.split("\n") if "行政运营" in line)) + 1


def test_fmt_keeps_nameless_rows_one_per_line_and_aligned():
    text, _ = _strip_names(EXAMPLE.read_text(encoding="utf-8"), keep_first=True)
    messy = text.replace("    - {科目编码: 2013701, 本年支出合计: 224.15, 基本支出: 224.15}",
                         "    - 科目编码: 2013701\n      本年支出合计: 224.15\n      基本支出: 224.15", 1)
    assert messy != text
    once = format_text(messy, SCHEMA)
    assert not format_text(once.text, SCHEMA).changed
    block = once.text.split("支出决算表:")[1].split("财政拨款收入支出决算总表")[0]
    rows = [line for line in block.split("\n") if line.strip().startswith("- {")]
    assert len(rows) == 18 and all(line.rstrip().endswith("}") for line in rows)
    assert "科目名称" not in block.split("科目:")[1]
    starts = {line.index("基本支出: ") for line in rows if "基本支出: " in line}
    assert len(starts) == 1                                             # the columns line up

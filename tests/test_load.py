"""The loader: Decimal never float, duplicate keys are errors, every value has a line and column."""
from decimal import Decimal

from generator.load import load_text


def test_numbers_are_decimal_from_their_text():
    r = load_text("a: 1.10\nb: 465.34\nc: 7\n", "x.yaml")
    assert r.data == {"a": Decimal("1.10"), "b": Decimal("465.34"), "c": 7}
    assert str(r.data["a"]) == "1.10"
    assert not any(isinstance(v, float) for v in r.data.values())


def test_duplicate_key_is_reported_at_the_second_occurrence():
    r = load_text("单位:\n  名称: 甲\n  名称: 乙\n", "x.yaml")
    [p] = r.problems
    assert str(p) == "x.yaml:3:3: E002 重复的键“名称”：同一层级已在第2行出现过，请删除或合并其中一个"


def test_syntax_error_is_located_and_in_chinese():
    r = load_text("a: [1, 2\nb: 3\n", "x.yaml")
    [p] = r.problems
    assert p.code == "E001"
    assert p.location.line == 2
    assert "方括号" in p.message


def test_yes_no_stay_text_and_codes_with_leading_zero_stay_text():
    r = load_text("a: no\nb: yes\nc: 0101\nd: true\n", "x.yaml")
    assert r.data == {"a": "no", "b": "yes", "c": "0101", "d": True}


def test_source_map_points_into_flow_mappings():
    r = load_text("rows:\n  - {code: 201, amount: 1.5}\n", "x.yaml")
    assert r.source.location("/rows/0/amount").line == 2
    assert r.source.location("/rows/0/amount").column == 25
    assert r.source.location("/rows/0/amount", key=True).column == 17

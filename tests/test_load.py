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


import pytest


@pytest.mark.parametrize("text, expected", [
    ("a:\n\tb: 1\n", "x.yaml:2:1: E001 YAML 语法错误：出现了制表符（Tab），YAML 只能用空格缩进"),
    ("a: 1\nb\nc: 2\n", "x.yaml:3:1: E001 YAML 语法错误：缺少冒号“:”（键与值之间需要“: ”）"),
    ('a: "abc\nb: 2\n', "x.yaml:3:1: E001 YAML 语法错误：文件意外结束：引号或括号没有闭合"),
    ("a: b: c\n", "x.yaml:1:5: E001 YAML 语法错误：这里不能出现“键: 值”：可能是冒号后缺少空格、缩进不对，或文字中的冒号需要加引号"),
    ("a:\n  - 1\n - 2\n", "x.yaml:3:2: E001 YAML 语法错误：缩进不对或缺少“键:”，请检查该行与上一行的对齐"),
])
def test_common_yaml_mistakes_are_explained_in_chinese(text, expected):
    [problem] = load_text(text, "x.yaml").problems
    assert str(problem) == expected

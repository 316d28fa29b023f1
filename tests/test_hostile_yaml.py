"""Issue 7, item 4 (and the load-time parts of 5 and 8): YAML that attacks the loader is refused fast,
with bounded memory, as one located Chinese line — never a hang, a RecursionError or a segfault."""
from __future__ import annotations

import re
import time
import tracemalloc
from decimal import Decimal

import pytest

from generator.load import MAX_BYTES, load_bytes, load_file, load_text

LOCATED = re.compile(r"^[^:]+:\d+:\d+: E\d{3} .*[\u4e00-\u9fff]")


def billion_laughs() -> str:
    """Nine anchors of nine aliases each: 9^9 strings once expanded."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


ATTACKS = {
    "billion laughs": (billion_laughs(), "x.yaml:1:4: E008 不支持 YAML 锚点和别名（“&a”）：请把每个值直接写出来"),
    "recursive alias": ("&r [*r]\n", "x.yaml:1:1: E008 不支持 YAML 锚点和别名（“&r”）：请把每个值直接写出来"),
    "alias only": ("a: 1\nb: *a\n", "x.yaml:2:4: E008 不支持 YAML 锚点和别名（“*a”）：请把每个值直接写出来"),
    "500 deep": ("a: " + "[" * 500 + "]" * 500 + "\n",
                 "x.yaml:1:103: E007 层级太深（超过100层）：数据文件用不到这么多层缩进或括号，请检查括号是否成对"),
    "30000 deep": ("a: " + "[" * 30000 + "]" * 30000 + "\n",
                   "x.yaml:1:103: E007 层级太深（超过100层）：数据文件用不到这么多层缩进或括号，请检查括号是否成对"),
    "30000 deep, unclosed": ("{" * 30000,
                             "x.yaml:1:101: E007 层级太深（超过100层）：数据文件用不到这么多层缩进或括号，请检查括号是否成对"),
    "30000 deep block sequence": ("- " * 30000 + "x\n",
                                  "x.yaml:1:201: E007 层级太深（超过100层）：数据文件用不到这么多层缩进或括号，请检查括号是否成对"),
    "deep indentation": ("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 300)),
                         "x.yaml:101:201: E007 层级太深（超过100层）：数据文件用不到这么多层缩进或括号，请检查括号是否成对"),
}


@pytest.mark.parametrize("name", ATTACKS)
def test_loader_attacks_are_refused_fast_with_bounded_memory(name):
    text, expected = ATTACKS[name]
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = load_text(text, "x.yaml")
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [str(p) for p in result.problems] == [expected]
    assert result.data is None
    assert seconds < 1.0, f"{name} took {seconds:.2f} s"
    assert peak < 20 * 1024 * 1024, f"{name} used {peak / 1e6:.0f} MB"


def test_the_c_parser_is_not_driven_into_its_recursive_composer(tmp_path):
    """The 30,000-deep file runs in a child process too: a segfault there would show as a signal exit."""
    import subprocess
    import sys
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 30000 + "]" * 30000 + "\n", encoding="utf-8")
    code = "import sys; from generator.load import load_file; print(load_file(sys.argv[1]).problems[0])"
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert " E007 " in done.stdout


def test_size_is_checked_on_the_bytes_before_parsing(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: [" + b"1, " * (MAX_BYTES // 3 + 10) + b"]\n")
    started = time.perf_counter()
    [problem] = load_file(path, "big.yaml").problems
    assert time.perf_counter() - started < 1.0
    assert str(problem) == "big.yaml:1:1: E006 文件太大（10.0 MB）：数据文件最大 10 MB"
    [problem] = load_bytes(b"#" * (MAX_BYTES + 1), "big.yaml").problems
    assert problem.code == "E006"


def test_a_device_is_not_read_forever():
    [problem] = load_file("/dev/zero", "zero.yaml").problems
    assert str(problem) == "zero.yaml:1:1: E003 文件无法读取：不是普通文件（例如设备或管道）"


@pytest.mark.parametrize("text, expected", [
    ("a: 1\nb: 甲\x0b乙\n", "x.yaml:2:5: E005 文字中有控制字符 U+000B（垂直制表符）：Word 文档不能包含它，请删去（常见于从其他软件复制来的文字）"),
    ("a: 1\n\n名称: \"甲\\v乙\"\n", "x.yaml:3:5: E005 文字中有控制字符 U+000B（垂直制表符）：Word 文档不能包含它，请删去（常见于从其他软件复制来的文字）"),
    ("a:\n  - \"\\x00\"\n", "x.yaml:2:5: E005 文字中有控制字符 U+0000（空字符）：Word 文档不能包含它，请删去（常见于从其他软件复制来的文字）"),
    ("\"键\\e\": 1\n", "x.yaml:1:1: E005 文字中有控制字符 U+001B（ESC 字符）：Word 文档不能包含它，请删去（常见于从其他软件复制来的文字）"),
    ("a: 1\nb: x\x7fy\n", "x.yaml:2:5: E005 文字中有控制字符 U+007F（删除符）：Word 文档不能包含它，请删去（常见于从其他软件复制来的文字）"),
])
def test_control_characters_are_refused_at_their_real_line(text, expected):
    result = load_text(text, "x.yaml")
    assert [str(p) for p in result.problems] == [expected]


def test_tab_and_line_break_in_text_are_fine():
    result = load_text('a: "甲\\t乙"\nb: |\n  第一行\n  第二行\n', "x.yaml")
    assert result.problems == []
    assert result.data == {"a": "甲\t乙", "b": "第一行\n第二行\n"}


@pytest.mark.parametrize("text, expected", [
    ("a: 1.0e+22\n", "x.yaml:1:4: E108 数字 1.0e+22 超出范围：绝对值应小于 1000000000000（一万亿）"),
    ("a: 1.0e+30\n", "x.yaml:1:4: E108 数字 1.0e+30 超出范围：绝对值应小于 1000000000000（一万亿）"),
    ("a: 10000000000000000000000\n", "x.yaml:1:4: E108 数字 10000000000000000000000 超出范围：绝对值应小于 1000000000000（一万亿）"),
    ("a: " + "9" * 5000 + "\n", "x.yaml:1:4: E108 数字 " + "9" * 29 + "… 超出范围：绝对值应小于 1000000000000（一万亿）"),
    ("a: -1000000000000\n", "x.yaml:1:4: E108 数字 -1000000000000 超出范围：绝对值应小于 1000000000000（一万亿）"),
    ("a: 0.00000000001\n", "x.yaml:1:4: E108 数字 0.00000000001 超出范围：最多 10 位小数"),
    ("a: 1.0e-999999999\n", "x.yaml:1:4: E108 数字 1.0e-999999999 超出范围：最多 10 位小数"),
])
def test_numbers_outside_the_documented_range_are_located_errors(text, expected):
    assert [str(p) for p in load_text(text, "x.yaml").problems] == [expected]


def test_numbers_inside_the_range_load_exactly():
    result = load_text("a: 999999999999.99\nb: 4.9154\nc: 1.50000000000000\nd: 999999999999\n", "x.yaml")
    assert result.problems == []
    assert result.data == {"a": Decimal("999999999999.99"), "b": Decimal("4.9154"), "c": Decimal("1.5"),
                           "d": 999999999999}


@pytest.mark.parametrize("text", [
    "a: [1, 2\n", "a: \"abc\n", "a: b: c\n", "a:\n  - 1\n - 2\n", "a: 1\n---\nb: 2\n", "a: @x\n",
    "a: !!python/object:os.system x\n", "a: 'x' y\n", "%FOO\n---\na: 1\n", "a: &\n", "a: \"\\q\"\n",
    "a: |x\n  y\n", "- a\nb: 1\n", "a:\n\t- 1\n",
])
def test_every_parser_error_is_one_located_chinese_line(text):
    for problem in load_text(text, "x.yaml").problems:
        line = str(problem)
        assert "\n" not in line
        assert LOCATED.match(line), line
        assert not re.search(r"[A-Za-z]{4,}", problem.message.replace("YAML", "").replace("Tab", "").replace("Word", "")), line

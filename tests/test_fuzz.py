"""Issue 7, item 11: a seeded fuzz of the example department — 200 mutations, each built in-process.

Whatever a mutation does, gen exits 0 or 1 (never 2 or 3, never an exception), every problem line is
`file:line:col: CODE message` in Chinese, an error writes nothing, and every document written opens.
The mutator is seeded, so a failure is reproducible: the test id names the mutation's number.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from docx import Document

from conftest import EXAMPLE, cli

SEED = 20261124
COUNT = 200
PROBLEM = re.compile(r"^[^:]+:\d+:\d+: [EW]\d{3} ")
CJK = re.compile(r"[\u3400-\u9fff]")

NUMBERS = ["0", "-1", "-0.01", "1e22", "1.0e+22", "1.0e+30", "0.051", "999999999999.99", "1000000000000", "1e-5",
           "0.00000000001", ".inf", "-.inf", ".nan", "99999999999999999999", "4.9154", "1_000", "0x1F", "00123",
           "12:30", "1.2.3", "+5", "1.", "3.14159265358979"]
TEXTS = ["{{ 甲 }}", "{_{ 甲 }_}", "{% if x %}", "{_% x %_}", "&<>\"'", "😀𠮷", '"\\v"', '"\\x00"', '"\\ud800"',
         "../../../X", "/etc/passwd", "CON", "", "~", "[]", "{}", "*a", "&a x", "!!python/object:os.system x",
         "'", '"', "- x", "a: b", "是", "no", "yes", "null", "true", "2024-01-01", "'" + "很长的文字" * 200 + "'",
         '"' + "1" * 5000 + '"', "&a [*a, *a]", "[[[[[[[[[[", "}", "？？", "\u3000", "#注释"]
CHARS = [":", "-", "[", "]", "{", "}", "#", "\t", "  ", "\x0b", "\u3000", "'", '"', "&", "*", "!", "%", "@", "`",
         "\\", ",", "?", "|", ">", "\x00", "\x85", "\ufeff", "\n", "\r\n"]
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")
VALUE = re.compile(r"(: |- )([^,{}\[\]\n]+)")


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(9)
        i = rng.randrange(len(lines))
        line = lines[i]
        if op == 0 and NUMBER.search(line):
            spans = [m.span() for m in NUMBER.finditer(line)]
            a, b = rng.choice(spans)
            lines[i] = line[:a] + rng.choice(NUMBERS) + line[b:]
        elif op == 1 and VALUE.search(line):
            m = rng.choice(list(VALUE.finditer(line)))
            lines[i] = line[:m.start(2)] + rng.choice(TEXTS) + line[m.end(2):]
        elif op == 2:
            del lines[i]
        elif op == 3:
            lines.insert(i, line)
        elif op == 4:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], line
        elif op == 5:
            at = rng.randint(0, len(line))
            lines[i] = line[:at] + rng.choice(CHARS) + line[at:]
        elif op == 6:
            lines[i] = ("  " + line) if rng.random() < 0.5 else line[2:]
        elif op == 7:
            cut = rng.randint(0, len(text))
            return "\n".join(lines)[:cut]
        else:
            lines[i] = line.replace("万元", "") if rng.random() < 0.5 else line + " 计12.5万元"
        if not lines:
            lines = [""]
    return "\n".join(lines)


def mutations() -> list[str]:
    rng = random.Random(SEED)
    base = EXAMPLE.read_text(encoding="utf-8")
    return [mutate(base, rng) for _ in range(COUNT)]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def test_two_hundred_mutations_exit_0_or_1_with_located_chinese_lines(workspace):
    outcomes = {0: 0, 1: 0}
    for n, text in enumerate(mutations()):
        folder = workspace / f"m{n:03d}"
        folder.mkdir()
        (folder / "长治网信办.yaml").write_bytes(text.encode("utf-8", "surrogatepass"))
        result = cli("build", "长治网信办.yaml", "--out", "out", "--no-paginate", cwd=folder)
        where = f"mutation {n} (seed {SEED})"
        assert result.exit_code in (0, 1), f"{where}: exit {result.exit_code}\n{result.output}"
        outcomes[result.exit_code] += 1
        for line in result.stdout.splitlines():
            if line.startswith("已生成 "):
                continue
            assert PROBLEM.match(line), f"{where}: not located: {line!r}"
            assert CJK.search(line.split(" ", 2)[-1]), f"{where}: not Chinese: {line!r}"
        for line in result.stderr.splitlines():
            assert "Traceback" not in line and "内部错误" not in line, f"{where}: {line}"
        written = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "长治网信办.yaml")
        outside = [p for p in written if (folder / "out") not in p.parents]
        assert outside == [], f"{where}: wrote outside --out: {outside}"
        docs = [p for p in written if p.suffix == ".docx"]
        if result.exit_code == 1:
            assert docs == [], f"{where}: an error must write nothing, wrote {docs}"
        else:
            assert len(docs) == 1, f"{where}: {written}"
            Document(str(docs[0]))                  # opens
    assert outcomes[0] > 10 and outcomes[1] > 10, outcomes      # the mutator reaches both outcomes

"""Texts carried over from last year's file (gen rollover) and not yet looked at: W509.

gen rollover ends each line that holds a text with “# 上年文字，待核对 #<fingerprint>”, the fingerprint of the
texts on that line.  While they are unchanged, gen check says W509 there; rewriting the text (or deleting the
comment) ends it.  A comment is not data, so the document never prints the mark.
"""
from __future__ import annotations

import hashlib
import re

from .load import SourceMap, pointer_join
from .problems import Location, Problem, Severity, make

MARK = "上年文字，待核对"
MARK_PATTERN = re.compile(r"#\s*" + MARK + r"\s*#([0-9a-f]{6})\s*$")
KEEP_TEXT_UNDER = ("单位", "模板", "文档", "预算文件")        # facts, not prose: not marked
NOT_PROSE = {"科目名称", "来源", "一级指标", "二级指标", "三级指标", "项目名称", "名称", "姓名", "职务", "填报人",
             "联系电话", "项目编码", "等级", "单位名称", "单位性质", "单位规格", "经费保障形式", "日期"}
MIN_PROSE = 6                                        # shorter texts (值 like “≥95%”, “一批”) are not marked


def fingerprint(texts: list[str]) -> str:
    return hashlib.sha1("\x1f".join(texts).encode("utf-8")).hexdigest()[:6]


def _texts(data, source: SourceMap) -> dict[int, list[tuple[int, str, str]]]:
    """Line → [(column, pointer, text)] of every text value a clerk wrote as prose."""
    out: dict[int, list[tuple[int, str, str]]] = {}
    stack = [(data, "", "")]
    while stack:
        node, pointer, key = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if not pointer and k in KEEP_TEXT_UNDER:
                    continue
                stack.append((v, pointer_join(pointer, k), str(k)))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                stack.append((v, pointer_join(pointer, i), key))
        elif isinstance(node, str) and key not in NOT_PROSE and len(node.strip()) >= MIN_PROSE:
            location = source.location(pointer)
            out.setdefault(location.line, []).append((location.column, pointer, node))
    for line in out.values():
        line.sort()
    return out


def mark_texts(text: str) -> str:
    from .load import load_text
    loaded = load_text(text, "x")
    lines = text.split("\n")
    for line, texts in _texts(loaded.data, loaded.source).items():
        i = line - 1
        if MARK_PATTERN.search(lines[i]):
            continue
        lines[i] = f"{lines[i].rstrip()}  # {MARK} #{fingerprint([t for _, _, t in texts])}"
    return "\n".join(lines)


def carried_problems(text: str, data, source: SourceMap) -> list[Problem]:
    """W509 on each marked line whose texts are still those that were carried over."""
    if MARK not in text or not isinstance(data, dict):
        return []
    lines = text.split("\n")
    texts = _texts(data, source)
    problems = []
    for line, found in sorted(texts.items()):
        m = MARK_PATTERN.search(lines[line - 1]) if line - 1 < len(lines) else None
        if m and m.group(1) == fingerprint([t for _, _, t in found]):
            column, pointer, _ = found[0]
            fields = "、".join(dict.fromkeys(p.rsplit("/", 1)[-1] for _, p, _ in found))
            problems.append(make(509, Severity.WARNING, Location(source.file, line, column), pointer, field=fields))
    return problems

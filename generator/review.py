"""`gen diff`: what a change to a department file does — to its figures, to the document, to the checks.

Three parts, each a list of one-line Chinese statements:
  1. the input figures that changed (where, label, old → new), matched by 科目编码 / 项目名称 rather than
     by position, so that a row inserted in a table is one change;
  2. every sentence and table cell of the generated document that changed (old → new);
  3. the problems that appeared or went away (matched by code and message, not by line).
The old version may come from git (`gen diff REV FILE`): its bytes are read with `git cat-file`, never
through a shell, and checked as if they stood where FILE stands (same template search, same links).
"""
from __future__ import annotations

import difflib
import re
import subprocess
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from . import document_text
from .document_text import Paragraph, Table
from .load import MAX_BYTES, SourceMap, pointer_join

# ───────────────────────────── 1. input figures ─────────────────────────────


@dataclass(frozen=True)
class Value:
    label: str            # 上年决算 › 一般公共预算财政拨款支出按科目 › 210 卫生健康支出 › 决算数
    pointer: str
    value: object
    shown: str = ""       # the label with the names of 科目 (the label itself uses codes only)


def _item_key(item, index: int) -> str:
    if isinstance(item, dict):
        code = item.get("科目编码")
        if code is not None:
            name = item.get("科目名称")
            return f"{code} {name}" if isinstance(name, str) else str(code)
        for key in ("项目名称", "名称", "三级指标", "来源"):
            if isinstance(item.get(key), str):
                return item[key] if key != "三级指标" else f"第{index + 1}项 {item[key]}"
    return f"第{index + 1}项"


def flatten(data) -> dict[str, Value]:
    """Every scalar of a department file by a label that survives reordering: list items are named by their
    科目编码 (or 项目名称, …) where they have one."""
    out: dict[str, Value] = {}
    stack = [(data, "", "", "")]
    while stack:
        node, label, shown, pointer = stack.pop()
        if isinstance(node, dict):
            for key, value in reversed(node.items()):
                stack.append((value, f"{label} › {key}" if label else str(key), f"{shown} › {key}" if shown else str(key),
                              pointer_join(pointer, key)))
        elif isinstance(node, list):
            codes = [str(i.get("科目编码")) for i in node if isinstance(i, dict) and "科目编码" in i]
            by_code = len(codes) == len(node) and len(set(codes)) == len(codes)
            for i, item in reversed(list(enumerate(node))):
                name = _item_key(item, i)
                key = str(item["科目编码"]) if by_code else name
                stack.append((item, f"{label} › {key}", f"{shown} › {name}", pointer_join(pointer, i)))
        else:
            base, n = label, 2
            while label in out:                      # two items with the same name: number them
                label = f"{base}（{n}）"
                n += 1
            out[label] = Value(label, pointer, node, shown)
    return out


def _is_figure(value) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _shown(value) -> str:
    if value is None:
        return "（空）"
    if isinstance(value, str):
        return f"“{value if len(value) <= 40 else value[:39] + '…'}”"
    return str(value)


def input_changes(old: dict, new: dict, where: SourceMap | None = None, old_where: SourceMap | None = None) -> list[str]:
    """Figures first (old → new), then the other fields whose text changed (named only: the document part
    shows what they do)."""
    a, b = flatten(old), flatten(new)
    figures, texts = [], []
    for label in list(b) + [k for k in a if k not in b]:
        before, after = a.get(label), b.get(label)
        old_value = before.value if before else None
        new_value = after.value if after else None
        if before and after and type(old_value) is type(new_value) and old_value == new_value:
            continue
        if before and after and _is_figure(old_value) and _is_figure(new_value) and old_value == new_value:
            continue
        at = ""
        if after and where is not None:
            at = f"{where.location(after.pointer)}: "
        elif before and old_where is not None:
            at = f"{old_where.location(before.pointer)}: "
        label = (after or before).shown or label
        if _is_figure(old_value) or _is_figure(new_value):
            state = "新增" if before is None else "删去" if after is None else ""
            figures.append(f"{at}{label}：{_shown(old_value)} → {_shown(new_value)}{'（' + state + '）' if state else ''}")
        else:
            state = "新增" if before is None else "删去" if after is None else "改动"
            texts.append(f"{at}{label}：文字{state}")
    return figures + texts


# ───────────────────────────── 2. the document ─────────────────────────────

_SENTENCE = re.compile(r"[^。；！？]*[。；！？]?")
_HEADING = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|附件)")
_NUMBER = re.compile(r"^[-+]?[\d,]*\.?\d+%?$|^[—-]+$")
_CODE = re.compile(r"^\d{3}(\d{2}){0,2}$")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _quote(text: str) -> str:
    return f"“{text}”"


@dataclass
class _Doc:
    paragraphs: list[tuple[str, str]] = field(default_factory=list)      # (section, text)
    tables: dict[str, Table] = field(default_factory=dict)                # "title（n）" → table


def _structure(blocks) -> _Doc:
    doc, top, sub, seen = _Doc(), "", "", {}
    for block in blocks:
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if _HEADING.match(text) and len(text) <= 40:
                if text.startswith("（"):
                    sub = text
                else:
                    top, sub = text, ""
            doc.paragraphs.append((" › ".join(p for p in (top, sub) if p), text))
        else:
            title = block.title or "表格"
            seen[title] = seen.get(title, 0) + 1
            key = title if seen[title] == 1 else f"{title}（第{seen[title]}张）"
            doc.tables[key] = block
    return doc


def _paragraph_changes(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> list[str]:
    out = []
    matcher = difflib.SequenceMatcher(None, [t for _, t in old], [t for _, t in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = list(zip(old[i1:i2], new[j1:j2]))
        for (section, before), (_, after) in pairs:
            out += _sentence_changes(section, before, after)
        for section, before in old[i1 + len(pairs):i2]:
            out.append(f"{section or '正文'}：删去 {_quote(before)}")
        for section, after in new[j1 + len(pairs):j2]:
            out.append(f"{section or '正文'}：新增 {_quote(after)}")
    return out


def _sentence_changes(section: str, before: str, after: str) -> list[str]:
    a, b = sentences(before), sentences(after)
    where = section or "正文"
    lead = b[0] if b else after
    out = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        context = "" if j1 == 0 or op == "delete" else f" › {lead[:20]}{'…' if len(lead) > 20 else ''}"
        old_text, new_text = "".join(a[i1:i2]), "".join(b[j1:j2])
        if not old_text:
            out.append(f"{where}{context}：新增 {_quote(new_text)}")
        elif not new_text:
            out.append(f"{where}{context}：删去 {_quote(old_text)}")
        else:
            out.append(f"{where}{context}：{_quote(old_text)} → {_quote(new_text)}")
    return out


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text.replace("万元", "").replace("万", "")))


def _row_label(row: tuple, upto: int) -> str:
    """The words naming a cell: the nearest text cell to its left (with the code before it, if any)."""
    texts = [c for c in row if c.column < upto and c.text and not (_is_number(c.text) and not _CODE.match(c.text))]
    if not texts:
        return ""
    last = texts[-1]
    if _CODE.match(last.text):
        return last.text
    before = [c for c in texts[:-1] if _CODE.match(c.text)]
    if before and before[-1].column + before[-1].span == last.column:
        return f"{before[-1].text} {last.text}"
    return last.text


def _header(table: Table, row_index: int, column: int) -> str:
    """The nearest header words above a cell in its grid column (up to two levels, top first)."""
    found: list[str] = []
    for r in range(row_index - 1, -1, -1):
        cell = table.cell(r, column)
        if cell is None or not cell.text or _is_number(cell.text) or _CODE.match(cell.text):
            continue
        if cell.text not in found:
            found.append(cell.text)
        if len(found) == 2 or cell.span == 1 and len(found) == 1 and cell.text not in ("小计", "合计"):
            break
    return " ".join(reversed(found))


def _row_key(row: tuple) -> str:
    words = [c.text for c in row if c.text and (not _is_number(c.text) or _CODE.match(c.text))][:2]
    return " ".join(words)


def _table_changes(key: str, old: Table, new: Table) -> list[str]:
    out = []
    a = [_row_key(r) for r in old.rows]
    b = [_row_key(r) for r in new.rows]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or op == "replace" and i2 - i1 == j2 - j1:
            for i, j in zip(range(i1, i2), range(j1, j2)):
                out += _cell_changes(key, old, i, new, j)
            continue
        for i in range(i1, i2):
            out.append(f"{key}：删去一行 {_row_text(old.rows[i])}")
        for j in range(j1, j2):
            out.append(f"{key}：新增一行 {_row_text(new.rows[j])}")
    return out


def _row_text(row: tuple) -> str:
    return "| " + " | ".join(c.text for c in row) + " |"


def _cell_changes(key: str, old: Table, i: int, new: Table, j: int) -> list[str]:
    out = []
    columns = sorted({c.column for c in old.rows[i]} | {c.column for c in new.rows[j]})
    for column in columns:
        before, after = old.cell(i, column), new.cell(j, column)
        if before is not None and before.column != column:
            before = None if after is not None and after.column == column else before
        x = before.text if before is not None else ""
        y = after.text if after is not None else ""
        if x == y:
            continue
        label = _row_label(new.rows[j], column) or _row_label(old.rows[i], column)
        header = _header(new, j, column)
        where = " › ".join(p for p in (key, label, header) if p)
        out.append(f"{where}：{x or '（空白）'} → {y or '（空白）'}")
    return out


def document_changes(old_blocks, new_blocks) -> list[str]:
    old, new = _structure(old_blocks), _structure(new_blocks)
    out = _paragraph_changes(old.paragraphs, new.paragraphs)
    for key, table in new.tables.items():
        if key in old.tables:
            out += _table_changes(key, old.tables[key], table)
        else:
            out.append(f"{key}：新增的表（{len(table.rows)} 行）")
    out += [f"{key}：删去的表" for key in old.tables if key not in new.tables]
    return out


# ───────────────────────────── 3. the checks ─────────────────────────────

def problem_changes(old, new) -> list[str]:
    """Problems that appeared or went away; matched by code and message (their lines move with any edit)."""
    def keyed(problems):
        return {(p.code, p.message): p for p in problems}
    a, b = keyed(old), keyed(new)
    out = [f"新出现：{p}" for k, p in b.items() if k not in a]
    out += [f"已消除：{p.code} {p.message}" for k, p in a.items() if k not in b]
    return out


# ───────────────────────────── the old version from git ─────────────────────────────

class GitError(Exception):
    """The old version cannot be read from git; the message is Chinese."""


def git_version(revision: str, path: Path) -> bytes:
    """The bytes of `path` at `revision` (git cat-file, no shell, no textconv), at most MAX_BYTES."""
    if not revision or revision.startswith("-") or any(c in revision for c in "\0\n:"):
        raise GitError(f"“{revision}”不是 git 的版本名（如 HEAD、HEAD~1、main、提交号）")
    folder = Path(path).resolve().parent
    try:
        inside = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-prefix"], capture_output=True,
                                timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"无法运行 git：{exc.__class__.__name__}") from exc
    if inside.returncode != 0:
        raise GitError(f"{path} 不在 git 仓库中")
    prefix = inside.stdout.decode("utf-8", "replace").strip()
    spec = f"{revision}:{prefix}{Path(path).name}"
    try:
        shown = subprocess.run(["git", "-C", str(folder), "cat-file", "blob", spec], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"无法运行 git：{exc.__class__.__name__}") from exc
    if shown.returncode != 0:
        raise GitError(f"git 中没有 {spec}（版本名写错了，或该版本还没有这个文件）")
    if len(shown.stdout) > MAX_BYTES:
        raise GitError(f"{spec} 超过 {MAX_BYTES // 1024 // 1024} MB")
    return shown.stdout


def text_lines(checked) -> list[str]:
    """The document's text of a checked department (empty when it could not be filled)."""
    if checked.rendered is None or checked.problems.has_errors():
        return []
    return document_text.lines(checked.rendered.root)


def document_blocks(checked):
    if checked.rendered is None or checked.problems.has_errors():
        return None
    return document_text.blocks(checked.rendered.root)

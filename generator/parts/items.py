"""科目 tables: rows by 功能分类 (类 3 digits, 款 5, 项 7) or 部门经济分类 (类 3, 款 5), a
total column that sums its part columns, and a 合计 row.

The model keeps only what the clerk entered.  `compute_table` works out every cell the
document prints: an entered cell is printed as entered (published totals win: the finance
system rounds each cell from 元), a blank 类/款 cell is the sum of the rows below it, a blank
total column the sum of the row's parts.  Beside each entered subtotal it keeps the computed
one (a `Figure`), so that the checks only compare.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Callable

from .. import reference
from ..figures import ZERO, Figure, Term, dec, figure
from ..load import SourceMap, pointer_join
from ..problems import Problem, Severity, make

FUNCTION_CODE_LENGTHS = (3, 5, 7)
ECONOMIC_CODE_LENGTHS = (3, 5)


def code_text(value) -> str:
    return str(value).strip()


def parent_code(code: str) -> str | None:
    return code[:-2] if len(code) > 3 else None


@dataclass(frozen=True)
class Columns:
    """The columns of a 科目 table: a total column and the columns that sum to it.

    `sub_parts` splits a part further (基本支出 = 人员经费 + 公用经费); `extra` columns are
    printed but are not part of the sum (年初结转和结余 …).
    """
    total: str
    parts: tuple[str, ...]
    sub_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extra: tuple[str, ...] = ()

    @property
    def all(self) -> tuple[str, ...]:
        cols = [self.total]
        for part in self.parts:
            cols.append(part)
            cols.extend(self.sub_parts.get(part, ()))
        return tuple(cols) + self.extra

    def sums(self) -> list[tuple[str, tuple[str, ...]]]:
        """(column, the columns that add up to it)."""
        groups = [(self.total, self.parts)] if self.parts else []
        return groups + list(self.sub_parts.items())


@dataclass(frozen=True)
class ItemRow:
    code: str
    name: str
    cells: dict[str, Decimal]      # entered cells only
    pointer: str                     # JSON pointer of the row
    named: bool = True               # the row gives its 科目名称 (else it came from Names)

    def cell_pointer(self, column: str) -> str:
        return pointer_join(self.pointer, column)


@dataclass(frozen=True)
class ItemTable:
    """A 科目 table as entered: its rows, its 合计 row, and the note printed when it is empty."""
    title: str                       # the YAML key, which is the official table title
    columns: Columns
    rows: tuple[ItemRow, ...]
    entered_total: dict
    pointer: str
    no_data_note: str = ""
    code_lengths: tuple[int, ...] = FUNCTION_CODE_LENGTHS
    total_key: str = "合计"            # where the 合计 row stands in the file

    @property
    def total_pointer(self) -> str:
        return pointer_join(self.pointer, self.total_key)

    def has(self, column: str) -> bool:
        """Whether any row (or the 合计 row) has `column` typed."""
        return column in self.entered_total or any(column in r.cells for r in self.rows)

    @cached_property
    def by_code(self) -> dict[str, ItemRow]:
        return {r.code: r for r in self.rows}


@dataclass(frozen=True)
class Names:
    """科目名称 within one file: a 科目编码 needs its name once.

    A row may give the code alone; its name is the one the file gives the same code first (in any
    table), else the year's reference classification.  Function codes (2xx…) and economic codes (3xx…)
    never share a code, so one table of entered names serves both."""
    entered: dict[str, str]
    classification: reference.Classification

    def name(self, code: str, economic: bool = False) -> str | None:
        if code in self.entered:
            return self.entered[code]
        ref = self.classification
        return (ref.economic_name(code) if economic else ref.function_name(code)) or None


def file_names(data: dict) -> Names:
    """The names a department file gives its codes (first appearance wins), and its year's classification."""
    entered: dict[str, str] = {}
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            name = node.get("科目名称")
            if "科目编码" in node and isinstance(name, str) and name.strip():
                entered.setdefault(code_text(node["科目编码"]), name)
            stack.extend(reversed([v for v in node.values() if isinstance(v, (dict, list))]))
        elif isinstance(node, list):
            stack.extend(reversed([v for v in node if isinstance(v, (dict, list))]))
    year = data.get("年度")
    classification = (reference.for_year(year) if isinstance(year, int)
                      else reference.Classification(None, {}, {}, False))
    return Names(entered, classification)


def read_name(raw: dict, code: str, pointer: str, source: SourceMap, problems: list[Problem], names: Names | None,
              economic: bool = False) -> tuple[str | None, bool]:
    """(name, named): the row's own 科目名称, or the file's / reference's name for its code; None with E101
    when there is none."""
    if "科目名称" in raw or names is None:
        return raw.get("科目名称"), True
    name = names.name(code, economic)
    if name is None:
        from ..schema import describe_path
        parts = [int(p) if p.isdigit() else p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        year = names.classification.year
        known = f"不在 {year} 年政府收支分类参考表中" if year else "没有该年度的政府收支分类参考表"
        problems.append(make(101, Severity.ERROR, source.location(pointer), pointer_join(pointer, "科目名称"),
                             where=f"{describe_path(parts)}：", field="科目名称",
                             title=f"（科目编码 {code} {known}，本文件中也没有写过它的名称：请在它第一次出现的地方写上名称）"))
    return name, False


def read_code(raw: dict, pointer: str, source: SourceMap, problems: list[Problem],
              lengths: tuple[int, ...] = FUNCTION_CODE_LENGTHS) -> str | None:
    """The 科目编码 of an entered row, or None (with E106) when it is not 3/5/7 digits."""
    code = code_text(raw["科目编码"])
    if code.isdigit() and len(code) in lengths:
        return code
    expected = "应为" + "、".join(f"{n}位" for n in lengths) + "数字"
    problems.append(make(106, Severity.ERROR, source.location(pointer_join(pointer, "科目编码")), pointer,
                         where="", field="科目编码", expected=expected, value=code))
    return None


def read_table(data: dict | None, title: str, columns: Columns, source: SourceMap, problems: list[Problem],
               lengths: tuple[int, ...] = FUNCTION_CODE_LENGTHS, pointer: str | None = None,
               total_keys: tuple[str, ...] = (), names: Names | None = None, rows_key: str = "科目",
               total_key: str = "合计") -> ItemTable:
    """A 科目 table from its YAML mapping {合计: {...}, 科目: [...], 无数据说明: …}.

    `total_keys`: for tables whose totals are entered beside the rows (公开06's 人员经费合计 …)
    rather than in a 合计 mapping.  `names`: where a row without 科目名称 takes its name.  `rows_key`,
    `total_key`: the keys of the rows and of the 合计 row when a section names them otherwise."""
    data = data or {}
    pointer = pointer if pointer is not None else pointer_join("", title)
    rows, seen = [], {}
    for i, raw in enumerate(data.get(rows_key) or []):
        row_pointer = pointer_join(pointer_join(pointer, rows_key), i)
        code = read_code(raw, row_pointer, source, problems, lengths)
        if code is None:
            continue
        if code in seen:
            problems.append(make(204, Severity.ERROR, source.location(pointer_join(row_pointer, "科目编码")), row_pointer,
                                 table=f"{title}：", code=code, other_line=source.location(seen[code]).line))
            continue
        seen[code] = row_pointer
        name, named = read_name(raw, code, row_pointer, source, problems, names, lengths == ECONOMIC_CODE_LENGTHS)
        if name is None:
            continue
        cells = {c: dec(v) for c, v in raw.items() if c not in ("科目编码", "科目名称") and v is not None}
        rows.append(ItemRow(code, name, cells, row_pointer, named))
    total = {c: dec(v) for c, v in (data.get(total_key) or {}).items() if v is not None}
    return ItemTable(title, columns, tuple(rows), total, pointer, data.get("无数据说明", "") or "", lengths, total_key)


# ───────────────────────────── computed ─────────────────────────────

@dataclass(frozen=True)
class TableResult:
    """Every cell a 科目 table prints, and each entered subtotal beside its computed sum."""
    table: ItemTable
    codes: tuple[str, ...]                          # entered codes and the 类/款 above them, in table order
    names: dict[str, str]
    cells: dict[tuple[str, str], Decimal]          # (code, column) → printed value
    totals: dict[str, Decimal]                     # 合计 row
    children: dict[str | None, tuple[str, ...]]
    parent_sums: tuple[tuple[ItemRow, str, Figure], ...]        # 上级科目 = Σ 下级科目 (entered 上级 cells)
    row_sums: tuple[tuple[ItemRow | None, str, Figure], ...]    # 合计栏 = Σ 各栏 (None: the 合计 row)
    class_sums: tuple[tuple[str, Figure], ...]                  # 合计行 = Σ 类

    @property
    def title(self) -> str:
        return self.table.title

    def value(self, code: str, column: str):
        return self.cells.get((code, column), ZERO)

    def total(self, column: str):
        return self.totals.get(column, ZERO)

    def name(self, code: str) -> str:
        return self.names.get(code, "")

    @property
    def class_codes(self) -> tuple[str, ...]:
        return self.children.get(None, ())

    @property
    def is_empty(self) -> bool:
        return all(v == ZERO for v in self.totals.values())

    def codes_at(self, length: int) -> list[str]:
        return [c for c in self.codes if len(c) == length]


def compute_table(table: ItemTable, name_of: Callable[[str], str]) -> TableResult:
    """`name_of(code)`: the official name of a code that was not entered (a 类 or 款 above entered rows)."""
    spec = table.columns
    codes: set[str] = set()
    for row in table.rows:
        code = row.code
        while code:
            codes.add(code)
            code = parent_code(code)
    ordered = tuple(sorted(codes))
    children: dict[str | None, list[str]] = {}
    for c in ordered:
        children.setdefault(parent_code(c), []).append(c)
    kids = {k: tuple(v) for k, v in children.items()}
    by_code = table.by_code
    cache: dict[tuple[str, str], Decimal] = {}

    def value(code: str, column: str):
        key = (code, column)
        if key in cache:
            return cache[key]
        row = by_code.get(code)
        if row is not None and column in row.cells:
            result = row.cells[column]
        elif kids.get(code):
            result = sum((value(c, column) for c in kids[code]), ZERO)
        elif column == spec.total and spec.parts:
            result = sum((value(code, p) for p in spec.parts), ZERO)
        elif column in spec.sub_parts and row is not None and any(s in row.cells for s in spec.sub_parts[column]):
            result = sum((value(code, s) for s in spec.sub_parts[column]), ZERO)
        else:
            result = ZERO
        cache[key] = result
        return result

    def total(column: str):
        if column in table.entered_total:
            return table.entered_total[column]
        if column == spec.total and spec.parts and any(p in table.entered_total for p in spec.parts):
            return sum((total(p) for p in spec.parts), ZERO)
        return sum((value(c, column) for c in kids.get(None, ())), ZERO)

    columns = spec.all
    cells = {(c, col): value(c, col) for c in ordered for col in columns}
    totals = {col: total(col) for col in columns}
    names = {c: (by_code[c].name if c in by_code else name_of(c)) for c in ordered}

    parent_sums = []
    row_sums = []
    for row in table.rows:
        below = kids.get(row.code, ())
        if below:
            for column, given in row.cells.items():
                terms = [Term(f"{c}", value(c, column)) for c in below]
                parent_sums.append((row, column, figure(given, terms, row.cell_pointer(column))))
        for column, parts in spec.sums():
            if column in row.cells and any(p in row.cells for p in parts):
                terms = [Term(p, value(row.code, p)) for p in parts]
                row_sums.append((row, column, figure(row.cells[column], terms, row.cell_pointer(column))))
    class_sums = []
    if table.entered_total:
        for column, parts in spec.sums():
            if column in table.entered_total and any(p in table.entered_total for p in parts):
                terms = [Term(p, total(p)) for p in parts]
                row_sums.append((None, column, figure(table.entered_total[column], terms,
                                                       pointer_join(table.total_pointer, column))))
        for column, given in table.entered_total.items():
            terms = [Term(c, value(c, column)) for c in kids.get(None, ())]
            class_sums.append((column, figure(given, terms, pointer_join(table.total_pointer, column))))
    return TableResult(table, ordered, names, cells, totals, kids, tuple(parent_sums), tuple(row_sums),
                       tuple(class_sums))

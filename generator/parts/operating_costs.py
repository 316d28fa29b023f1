"""机关运行经费 with its items.

机关运行经费 is the 公用经费 of a unit's 基本支出 (for 行政单位 and 参照公务员法管理事业单位 the
two are equal, DOMAIN §3); a document states its total and lists what it consists of — the
non-zero 公用经费 rows of the 基本支出 table by 部门经济分类 (款), in table order.

The department file may give the total and the items as its text published them (names as the
department wrote them, 工会费 for 30228 工会经费); gen prints the complete list from the table,
using the department's name for a row it listed, and keeps what was published beside it so that
the checks can say where the published list and the table part.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..figures import ZERO, Figure, Term, figure, optional
from ..load import pointer_join
from .items import TableResult, code_text

OPERATING_UNITS = ("行政单位", "参照公务员法管理事业单位")


@dataclass(frozen=True)
class ListedItem:
    """An item as the published text lists it."""
    code: str                        # 科目编码 (部门经济分类 款)
    name: str                        # the name the text uses
    amount: Decimal | None
    pointer: str


@dataclass(frozen=True)
class OperatingCosts:
    entered_total: Decimal | None    # 机关运行经费 合计, as published
    listed: tuple[ListedItem, ...]   # the items as published (may be empty: gen lists them all)
    pointer: str


def read_operating_costs(raw: dict | None, pointer: str) -> OperatingCosts:
    raw = raw or {}
    listed = tuple(ListedItem(code_text(i["科目编码"]), i.get("名称", "") or "", optional(i.get("金额")),
                              pointer_join(pointer_join(pointer, "项目"), n))
                   for n, i in enumerate(raw.get("项目") or []))
    return OperatingCosts(optional(raw.get("合计")), listed, pointer)


@dataclass(frozen=True)
class OperatingItem:
    code: str
    name: str                        # the department's name for the row when it listed it, else the 科目名称
    amount: Decimal                  # the table's 公用经费 of the row


@dataclass(frozen=True)
class OperatingResult:
    costs: OperatingCosts
    total: Figure                    # 机关运行经费 as entered vs the table's 公用经费 (printed: entered, else 公用经费)
    applies: bool                    # the unit is one whose 机关运行经费 equals its 公用经费
    items: tuple[OperatingItem, ...] # the complete list: non-zero 公用经费 rows (款), table order
    listed_total: Figure | None      # the published total vs Σ the published items (None: no items published)
    omitted: tuple[OperatingItem, ...]                       # non-zero rows the published list leaves out
    misquoted: tuple[tuple[ListedItem, Decimal | None], ...] # published items whose amount is not the table's (None: not a 公用经费 row)


def public_rows(table: TableResult, column: str, classes: tuple[str, ...] | None = None) -> list[str]:
    """款 codes (5 digits) with a non-zero `column`, in table order; `classes` limits them to those 类."""
    return [c for c in table.codes_at(5)
            if table.value(c, column) != ZERO and (classes is None or c[:3] in classes)]


def compute_operating_costs(costs: OperatingCosts, table: TableResult, column: str, public_total: Decimal,
                            unit_nature: str, classes: tuple[str, ...] | None = None) -> OperatingResult:
    """`table`: the 基本支出 table by 经济分类; `column`: its 公用经费 (or 决算数) column; `public_total`: the 公用经费 total."""
    names = {i.code: i.name for i in costs.listed if i.name}
    codes = public_rows(table, column, classes)
    items = tuple(OperatingItem(c, names.get(c) or table.name(c), table.value(c, column)) for c in codes)
    total = Figure(public_total, costs.entered_total, pointer_join(costs.pointer, "合计"),
                   (Term("公用经费", public_total),))
    listed_total = None
    if costs.listed:
        listed_total = figure(costs.entered_total if costs.entered_total is not None else public_total,
                              [Term(f"{i.code} {i.name}", i.amount or ZERO) for i in costs.listed],
                              pointer_join(costs.pointer, "合计") if costs.entered_total is not None else costs.pointer)
    listed_codes = {i.code for i in costs.listed}
    omitted = tuple(i for i in items if i.code not in listed_codes) if costs.listed else ()
    misquoted = tuple((i, table.value(i.code, column) if i.code in codes else None) for i in costs.listed
                      if i.code not in codes or (i.amount is not None and i.amount != table.value(i.code, column)))
    return OperatingResult(costs, total, unit_nature in OPERATING_UNITS, items, listed_total, omitted, misquoted)

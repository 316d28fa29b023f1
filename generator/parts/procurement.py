"""政府采购预算: the items a department plans to buy through government procurement.

Each item (采购物品) is entered as its row prints it: the project it comes from with that
project's 预算资金, the goods, 政府采购目录序号, 计量单位, 数量, 单价, the 政府采购金额 by source of
funds (its 合计 the sum of the sources), and the share reserved for small and micro firms.
An empty table is printed with its note.  `compute_procurement` adds up each item's sources,
the table's total, and the part that buys fixed assets (the 国有资产 paragraph states it).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..figures import ZERO, Figure, Term, dec, figure, optional
from ..load import pointer_join

SOURCES = ("一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "上年结转结余")


@dataclass(frozen=True)
class ProcurementItem:
    project: str                     # 政府采购项目来源·项目名称
    project_budget: Decimal | None   # 政府采购项目来源·预算资金
    goods: str                       # 采购物品名称
    catalogue: str                   # 政府采购目录序号
    unit: str                        # 计量单位
    quantity: Decimal | None         # 数量
    price: Decimal | None            # 单价
    sources: dict[str, Decimal]      # 政府采购金额 by source, as entered
    entered_total: Decimal | None    # 合计, as entered
    reserved: Decimal | None         # 预留中小微企业份额
    fixed_asset: bool                # the goods are fixed assets (counted in 本年度拟购置固定资产)
    pointer: str


@dataclass(frozen=True)
class Procurement:
    items: tuple[ProcurementItem, ...]
    entered_total: Decimal | None    # 合计 of the whole table, as entered
    no_data_note: str
    pointer: str


def read_procurement(raw: dict | None, pointer: str) -> Procurement:
    raw = raw or {}
    items = []
    for i, r in enumerate(raw.get("项目") or []):
        items.append(ProcurementItem(
            r.get("项目名称", "") or "", optional(r.get("预算资金")), r.get("采购物品名称", "") or "",
            str(r.get("政府采购目录序号", "") or ""), r.get("计量单位", "") or "", optional(r.get("数量")),
            optional(r.get("单价")), {s: dec(r[s]) for s in SOURCES if r.get(s) is not None}, optional(r.get("合计")),
            optional(r.get("预留中小微企业份额")), bool(r.get("固定资产")), pointer_join(pointer_join(pointer, "项目"), i)))
    return Procurement(tuple(items), optional(raw.get("合计")), raw.get("无数据说明", "") or "", pointer)


@dataclass(frozen=True)
class ProcurementItemResult:
    item: ProcurementItem
    total: Figure                    # 合计 as entered vs Σ sources

    def source(self, name: str) -> Decimal:
        return self.item.sources.get(name, ZERO)


@dataclass(frozen=True)
class ProcurementResult:
    procurement: Procurement
    items: tuple[ProcurementItemResult, ...]
    total: Figure                    # the table's 合计 as entered vs Σ items
    source_totals: dict[str, Decimal]
    fixed_assets: Decimal            # Σ items that buy fixed assets

    @property
    def empty(self) -> bool:
        return not self.items


def compute_procurement(procurement: Procurement) -> ProcurementResult:
    items = tuple(ProcurementItemResult(i, figure(i.entered_total, [Term(s, i.sources.get(s, ZERO)) for s in SOURCES],
                                                  pointer_join(i.pointer, "合计")))
                  for i in procurement.items)
    total = figure(procurement.entered_total, [Term(r.item.goods or r.item.project, r.total.value) for r in items],
                   pointer_join(procurement.pointer, "合计"))
    sources = {s: sum((r.source(s) for r in items), ZERO) for s in SOURCES}
    fixed = sum((r.total.value for r in items if r.item.fixed_asset), ZERO)
    return ProcurementResult(procurement, items, total, sources, fixed)

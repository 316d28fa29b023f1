"""部门固定资产占用情况表: 资产总额 and its kinds, each with a 数量 and a 价值 (万元).

The rows are the form's (the template prints their labels); a row may be a “其中” row of the
one above it (办公用房 of 房屋), which is not added again.  `compute_fixed_assets` sets the
entered 资产总额 beside the sum of the kinds' 价值.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..figures import ZERO, Figure, Term, figure, optional
from ..load import pointer_join

TOTAL = "资产总额"


@dataclass(frozen=True)
class AssetRow:
    key: str                         # the row's key in the department file (房屋, 车辆 …)
    quantity: Decimal | None         # 数量
    value: Decimal | None            # 价值（万元）
    of_row: str | None               # the row it is a “其中” of, or None
    pointer: str


@dataclass(frozen=True)
class FixedAssets:
    total: AssetRow                  # 资产总额 as entered
    rows: tuple[AssetRow, ...]       # the kinds and their “其中” rows, in printed order
    pointer: str


def read_fixed_assets(raw: dict | None, pointer: str, kinds: tuple[str, ...], sub_rows: dict[str, str]) -> FixedAssets:
    """`kinds`: the rows that add up to 资产总额; `sub_rows`: “其中” row → the row it belongs to."""
    raw = raw or {}

    def row(key: str, of_row: str | None = None) -> AssetRow:
        cells = raw.get(key) or {}
        return AssetRow(key, optional(cells.get("数量")), optional(cells.get("价值")), of_row, pointer_join(pointer, key))

    rows = []
    for kind in kinds:
        rows.append(row(kind))
        rows.extend(row(sub, kind) for sub, parent in sub_rows.items() if parent == kind)
    return FixedAssets(row(TOTAL), tuple(rows), pointer)


@dataclass(frozen=True)
class FixedAssetsResult:
    assets: FixedAssets
    total: Figure                    # 资产总额 价值 as entered vs Σ kinds

    @property
    def value(self) -> Decimal:
        return self.total.value


def compute_fixed_assets(assets: FixedAssets) -> FixedAssetsResult:
    terms = [Term(r.key, r.value or ZERO) for r in assets.rows if r.of_row is None]
    return FixedAssetsResult(assets, figure(assets.total.value, terms, pointer_join(assets.total.pointer, "价值")))

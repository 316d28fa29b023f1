"""The keys of 设置.yaml only a 决算 template set has: which rows its fixed forms print."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    summary_classes: tuple[str, ...]                 # 支出功能分类类: 公开01/04 class rows, in printed order
    basic_groups: tuple[tuple[str, ...], ...]        # 公开06 栏组: the 经济分类 codes of each column group
    basic_not_applicable: frozenset[str]             # 公开06 不适用: printed as “———”

    @property
    def basic_codes(self) -> set[str]:
        return {c for group in self.basic_groups for c in group}


def _codes(values) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def read_settings(data: dict) -> Layout:
    basic = data.get("公开06") or {}
    return Layout(_codes(data.get("支出功能分类类")), tuple(_codes(g) for g in basic.get("栏组") or ()),
                  frozenset(_codes(basic.get("不适用"))))

"""The keys of 设置.yaml only a 决算 template set has: which rows its fixed forms print, and what its
情况说明 compares the 决算 with."""
from __future__ import annotations

from dataclasses import dataclass

INITIAL_BUDGET, ADJUSTED_BUDGET = "年初预算", "全年预算"
EXPENSE_SHAPE, FLOW_SHAPE = "本年支出", "收入支出"          # 国有资本经营预算财政拨款决算表 shapes
OMIT_ZEROS, PRINT_ZEROS = "略去", "印出"
STATE_CAPITAL_TABLE = "国有资本经营预算财政拨款支出决算表"
FLOW_COLUMNS = ("年初结转和结余", "本年收入", "年末结转和结余")


@dataclass(frozen=True)
class Layout:
    summary_classes: tuple[str, ...] = ()            # 支出功能分类类: 公开01/04 class rows, in printed order
    basic_groups: tuple[tuple[str, ...], ...] = ()   # 公开06 栏组: the 经济分类 codes of each column group
    basic_not_applicable: frozenset[str] = frozenset()   # 公开06 不适用: printed as “———”
    budget_base: str = INITIAL_BUDGET                # 完成预算.基数: 年初预算 or 全年预算 (调整预算)
    budget_name: str = INITIAL_BUDGET                # 完成预算.称为: how the text names it (“完成全年预算的…”)
    state_capital_shape: str = EXPENSE_SHAPE         # 国有资本经营预算表样: 本年支出 or 收入支出 (年初, 收入, 支出, 年末)
    zero_items: str = OMIT_ZEROS                     # 零值: whether the 情况说明's lists (…列示) print zero items

    @property
    def basic_codes(self) -> set[str]:
        return {c for group in self.basic_groups for c in group}

    @property
    def prints_zeros(self) -> bool:
        return self.zero_items == PRINT_ZEROS

    @property
    def unprinted_columns(self) -> frozenset[tuple[str, str]]:
        """(table, column) of 科目 tables the set's forms have no column for (gen new leaves them out; E206)."""
        if self.state_capital_shape == EXPENSE_SHAPE:
            return frozenset((STATE_CAPITAL_TABLE, c) for c in FLOW_COLUMNS)
        return frozenset()


def _codes(values) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def read_settings(data: dict) -> Layout:
    basic = data.get("公开06") or {}
    completion = data.get("完成预算") or {}
    base = completion.get("基数") or INITIAL_BUDGET
    return Layout(_codes(data.get("支出功能分类类")), tuple(_codes(g) for g in basic.get("栏组") or ()),
                  frozenset(_codes(basic.get("不适用"))), base, completion.get("称为") or base,
                  data.get("国有资本经营预算表样") or EXPENSE_SHAPE, data.get("零值") or OMIT_ZEROS)

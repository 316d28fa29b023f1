"""What compute.py works out for a 预算 document: one frozen `BudgetResult`.

Checks compare its entered figures with their computed ones, the context formats it; both
import these types and nothing that computes.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...figures import Change, Figure
from ...parts.fixed_assets import FixedAssetsResult
from ...parts.items import ItemRow, TableResult
from ...parts.operating_costs import OperatingResult
from ...parts.procurement import ProcurementResult
from ...parts.project_targets import ProjectResult
from ...parts.three_public import ThreePublicTableResult
from ...references import Scope
from .model import Budget, ListedProject


@dataclass(frozen=True)
class Agreement:
    """One figure printed in two places: `figure.entered` is the left table's, `figure.computed` the right's."""
    left_table: str
    left_label: str
    right_table: str
    right_label: str
    figure: Figure
    right_pointer: str | None = None
    parts: int = 1


@dataclass(frozen=True)
class Unprinted:
    """An entered line for a 类 the template's table has no row for."""
    table: str
    code: str
    name: str
    pointer: str


@dataclass(frozen=True)
class SummaryResult:
    """部门预算收支总表."""
    income: dict[str, Decimal]             # the five income lines
    income_total: Figure                   # 本年收入合计: entered vs Σ income lines
    expense: dict[str, Decimal]            # 类 code → printed amount (entered, else 支出总表)
    expense_agreements: tuple[Agreement, ...]   # entered class lines and 本年支出合计 vs 支出总表
    expense_total: Decimal                 # 本年支出合计 as printed
    carried_in: Decimal                    # 上年结转结余
    carried_out: Decimal                   # 年终结转结余
    income_grand: Figure                   # 收入总计: entered vs 本年收入合计 + 上年结转结余
    expense_grand: Figure                  # 支出总计: entered vs 本年支出合计 + 年终结转结余
    unprinted: tuple[Unprinted, ...]


@dataclass(frozen=True)
class FiscalResult:
    """部门预算财政拨款收支总表."""
    income: dict[str, Decimal]             # by fund line, as printed
    income_agreements: tuple[Agreement, ...]    # entered fund lines vs 收支总表
    income_total: Figure                   # 本年收入合计: entered vs Σ fund lines
    by_class: dict[str, dict[str, Decimal]]     # 类 code → {合计, 一般公共预算财政拨款, …}
    expense_agreements: tuple[Agreement, ...]   # entered fund cells vs the fund's 支出表
    row_sums: tuple[tuple[str, Figure], ...]    # (row, entered 合计 vs Σ funds)
    expense_total: dict[str, Decimal]      # 本年支出合计 by column
    opening: dict[str, Decimal]            # 年初财政拨款结转和结余 by income line
    opening_total: Decimal
    closing: dict[str, Decimal]            # 年末财政拨款结转和结余 by column
    expense_grand_by_column: dict[str, Decimal]
    income_grand: Figure                   # 收入总计: entered vs 本年收入合计 + 年初
    expense_grand: Figure                  # 支出总计 合计: entered vs 本年支出合计 + 年末
    unprinted: tuple[Unprinted, ...]


@dataclass(frozen=True)
class BasicResult:
    """部门预算一般公共预算财政拨款基本支出表 by 部门经济分类."""
    table: TableResult
    personnel_rows: tuple[tuple[ItemRow, Figure], ...]   # each row's 人员经费 vs its 合计 (301/303) or 0 (the others)
    public_rows: tuple[tuple[ItemRow, Figure], ...]      # each row's 公用经费 vs its 合计 (302, 310 …) or 0 (301/303)
    general_basic: Agreement               # 一般公共预算支出表 合计行 基本支出 vs this table's 合计

    @property
    def personnel(self) -> Decimal:
        return self.table.total("人员经费")

    @property
    def public(self) -> Decimal:
        return self.table.total("公用经费")


@dataclass(frozen=True)
class ListedResult:
    """A project of the 支出说明 list, and the 项目绩效目标表 it names (None: no table of that name)."""
    listed: ListedProject
    project: ProjectResult | None
    index: int                             # 0-based position of that table (−1 when none)


@dataclass(frozen=True)
class NarrativeItem:
    called: str                            # the name the sentence uses
    amount: Decimal


@dataclass(frozen=True)
class BudgetResult:
    budget: Budget
    summary: SummaryResult
    income: TableResult
    expense: TableResult
    fiscal: FiscalResult
    general_budget: TableResult
    basic: BasicResult
    government_fund: TableResult
    state_capital: TableResult
    three_public: ThreePublicTableResult
    income_agreements: tuple[Agreement, ...]    # 收入总表 vs 收支总表
    operating: OperatingResult
    projects: tuple[ProjectResult, ...]
    project_total: Figure                  # 支出总表 合计行 项目支出 vs Σ 项目绩效目标表 预算数
    listed: tuple[ListedResult, ...]       # the department's 项目支出列示, each with its table
    procurement: ProcurementResult
    fixed_assets: FixedAssetsResult

    # 情况说明
    income_total: Decimal                  # 本年收入合计
    general_income: Decimal                # 一般公共预算拨款收入
    fund_income: Decimal                   # 政府性基金预算拨款收入 (“基金预算收入”)
    special_account_income: Decimal        # 财政专户管理资金收入 (“财政专户核拨收入”)
    other_income: Decimal                  # the rest of 本年收入合计 (国有资本经营 + 单位资金: “其他来源收入”)
    expense_total: Decimal                 # 支出总表 合计
    basic_total: Decimal                   # 支出总表 合计行 基本支出
    project_expense: Decimal               # 支出总表 合计行 项目支出
    personnel: Decimal                     # 基本支出表 人员经费
    public: Decimal                        # 基本支出表 公用经费
    project_list: tuple[NarrativeItem, ...]     # “主要为……”: non-zero projects, as listed (or all, table order)
    project_list_complete: bool            # the list names every project with money
    total_change: Change                   # 收支总计 vs 上年预算
    has_subordinate_units: bool            # 部门机构设置情况 lists more than the department itself
    has_subordinate_institutions: bool     # … and one of the others is a 事业 unit
    planned_fixed_assets: Decimal          # 本年度拟购置固定资产 (政府采购预算 items that are fixed assets)
    asset_date: str                        # 截止时间 of the 固定资产 table: the end of the previous year
    text_scope: Scope | None = None        # the 情况说明 texts the department wrote, and the figures they may name

"""What compute.py works out for a 决算 document: one frozen `FinalAccounts`.

Checks compare its entered figures with their computed ones, the context formats it; both
import these types and nothing that computes.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...figures import Change, Completion, Figure, Share
from ...parts.items import TableResult
from ...parts.performance import ManagementResult
from ...parts.reasons import VERSUS_BUDGET, Resolved
from ...parts.sheets import Performance, SheetResult
from ...parts.three_public import ThreePublicResult
from ...references import Scope
from .model import Department, ItemNote


# ───────────────────────────── tables ─────────────────────────────

@dataclass(frozen=True)
class ClassAgreement:
    """A 类 row typed in 公开01 or 公开04 beside the same 类 of the table it is taken from."""
    code: str
    name: str
    column: str                            # 公开04's fund column; "" for 公开01
    figure: Figure                         # entered (公开01/04) vs computed (公开03, or 公开05/07/08 for 公开04)
    source_table: str                      # the table the 类 comes from
    source_column: str                     # its column there
    source_pointer: str | None             # where that table's rows of the 类 stand (None: it has none)


@dataclass(frozen=True)
class Agreement:
    """A figure of one table typed beside the same figure of another."""
    table: str
    label: str
    figure: Figure                         # entered: this table's; computed: the other table's
    other_table: str
    other_label: str
    other_pointer: str | None


@dataclass(frozen=True)
class FlowBalance:
    """年初结转和结余 + 本年收入 = 本年支出合计 + 年末结转和结余, in a row (or the 合计 row) of a 收入支出 table."""
    table: str
    row: str
    pointer: str
    income_side: Decimal                   # 年初结转和结余 + 本年收入
    expense_side: Decimal                  # 本年支出合计 + 年末结转和结余


@dataclass(frozen=True)
class UnplacedLine:
    """A line typed in a fixed form that the template's form has no row for."""
    table: str
    code: str                              # the 类 code of the name, "" when the name is no 类
    name: str
    pointer: str


@dataclass(frozen=True)
class SummaryResult:
    """公开01 收入支出决算总表."""
    income_sources: dict[str, Decimal]     # the eight income lines, in printed order
    income_total: Figure                   # 本年收入合计: entered vs Σ income lines
    expense_total: Figure                  # 本年支出合计: entered vs 公开03 合计
    expense_by_class: dict[str, Decimal]   # 功能分类 类 → as typed, else 公开03 本年支出合计
    class_agreements: tuple[ClassAgreement, ...]   # 类 rows typed here vs 公开03
    unplaced: tuple[UnplacedLine, ...]     # 类 typed here that the template's form does not list
    lines: dict[str, Decimal]              # 使用非财政拨款结余, 年初结转和结余, 结余分配, 年末结转和结余
    income_side: Decimal                   # 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余
    expense_side: Decimal                  # 本年支出合计 + 结余分配 + 年末结转和结余
    entered_grand_total: Decimal | None
    grand_total_pointer: str
    income_grand_total: Decimal            # 总计 (收入方)
    expense_grand_total: Decimal           # 总计 (支出方)


@dataclass(frozen=True)
class FundColumns:
    """One 公开04 expenditure row split by fund."""
    total: Decimal
    by_fund: tuple[Decimal, Decimal, Decimal]


@dataclass(frozen=True)
class FiscalResult:
    """公开04 财政拨款收入支出决算总表."""
    income: dict[str, Decimal]             # by fund
    opening: dict[str, Decimal]
    closing: dict[str, Decimal]
    income_total: Figure                   # 本年收入合计: entered vs Σ funds
    income_vs_income_table: Figure         # 公开02 合计“财政拨款收入” (entered or computed) vs 公开04 本年收入合计
    expense_total: Figure                  # 本年支出合计: entered vs 公开05 + 07 + 08
    by_class: dict[str, FundColumns]       # as typed, else from 公开05/07/08
    class_agreements: tuple[ClassAgreement, ...]   # 类 cells typed here vs 公开05/07/08
    class_row_sums: tuple[tuple[str, Figure], ...]  # (类 name, typed 合计 vs Σ its fund columns)
    unplaced: tuple[UnplacedLine, ...]
    fund_totals: FundColumns               # 本年支出合计 by fund
    fund_grand_totals: FundColumns         # 总计 by fund (支出 + 年末)
    opening_total: Decimal
    closing_total: Decimal
    income_side: Decimal
    expense_side: Decimal
    entered_grand_total: Decimal | None
    grand_total_pointer: str
    income_grand_total: Decimal
    expense_grand_total: Decimal
    income_pointer: str                    # where 公开04's 本年收入 stands


@dataclass(frozen=True)
class BasicResult:
    """公开06 by 部门经济分类."""
    table: TableResult
    personnel_total: Figure                # entered 人员经费合计 vs 301 + 303
    public_total: Figure                   # entered 公用经费合计 vs the other classes
    general_budget_basic: Figure           # 公开05 合计“基本支出” vs 人员经费合计 + 公用经费合计
    personnel_items: list[Share]           # 款 of 人员经费, non-zero, table order, share of 人员经费
    public_items: list[Share]

    @property
    def personnel(self) -> Decimal:
        return self.personnel_total.value

    @property
    def public(self) -> Decimal:
        return self.public_total.value

    def value(self, code: str) -> Decimal:
        return self.table.value(code, "决算数")


@dataclass(frozen=True)
class InfoResult:
    """公开10 and the 其他重要事项 figures."""
    procurement_total: Figure              # 合计: entered vs 货物 + 工程 + 服务
    procurement_parts: list[Share]         # 货物, 工程, 服务 with their share of the total
    sme: Share | None                      # 授予中小企业合同金额, share of the total
    small: Share | None                    # 授予小微企业合同金额
    small_of_sme: Share | None             # 授予小微企业合同金额, share of 授予中小企业合同金额
    reserved_sme: Decimal | None           # 预留中小企业采购份额
    reserved_small: Share | None           # 预留小微企业采购份额, share of 预留中小企业采购份额
    other_sme: Share | None                # 其他项目授予中小企业合同金额, share of 授予中小企业合同金额
    sme_by_kind: list[Share]               # 货物/工程/服务 授予中小企业合同金额, share of that kind's 政府采购支出 (typed only)
    sme_by_kind_total: Figure | None       # 授予中小企业合同金额 vs Σ 各类 (when both are typed)
    operating: Decimal                     # 机关运行经费 (行政单位 + 参照公务员法管理事业单位)
    operating_vs_public: Figure | None     # 机关运行经费 vs 公用经费 (every unit a 行政 or 参公 unit)
    operating_limit: Decimal | None        # 公用经费合计, the most 机关运行经费 can be (only some units 行政/参公)
    vehicle_total: int                     # as entered, else counted
    entered_vehicle_total: int | None
    counted_vehicles: int                  # Σ 各类车辆
    vehicles: tuple[tuple[str, int], ...]
    reception_split: Figure | None         # 国内接待 + 国（境）外接待 vs 公开09 公务接待费
    total_batches: int
    total_people: int


# ───────────────────────────── 情况说明 ─────────────────────────────

@dataclass(frozen=True)
class ClassDetail:
    """One 科目 of 五（三）: actual, budget, change on last year, and its notes."""
    code: str
    name: str
    actual: Decimal
    budget: Completion                     # against the budget the template set compares with (完成预算.基数)
    change: Change
    note: ItemNote | None
    path: tuple[str, ...]                  # names of 类, 款, 项 down to this code
    change_reason: Resolved                # the reason for the change on last year, as it happened
    budget_reason: Resolved                # the reason for 决算 ≠ 预算 (the compared budget), as it happened
    initial: Completion                    # against 年初预算数
    adjusted: Completion                   # against 全年预算数 (调整预算)

    @property
    def over_budget(self) -> bool:
        """决算数大于预算数, as shown (the direction its reason was chosen by)."""
        return self.budget_reason.direction == VERSUS_BUDGET[0]

    @property
    def under_budget(self) -> bool:
        return self.budget_reason.direction == VERSUS_BUDGET[1]


@dataclass(frozen=True)
class ClassGroup:
    """A 类 with its 项-level details (templates that explain every 项)."""
    code: str
    name: str
    items: tuple[ClassDetail, ...]


@dataclass(frozen=True)
class BudgetLink:
    """年初预算 figures from the same year's 预算 file (`预算文件:`), and those typed here beside them."""
    classes: tuple                          # CodedAmount by 科目: the 预算's 一般公共预算财政拨款支出表 合计
    typed_classes: tuple[tuple[str, Figure], ...]   # (code, typed 年初预算 vs the 预算 file's)
    three_public: dict[str, Decimal]        # “三公” items of the 预算 file
    typed_three_public: tuple[tuple[str, Figure], ...]   # (item, typed 预算数 vs the 预算 file's)
    operating: Decimal                      # 机关运行经费 of the 预算 file
    typed_operating: Figure | None          # typed 年初预算 机关运行经费 vs the 预算 file's


@dataclass(frozen=True)
class FinalAccounts:
    department: Department
    flow_balances: tuple[FlowBalance, ...]     # 政府性基金 / 国有资本经营 tables in the 收入支出 shape
    flow_agreements: tuple[Agreement, ...]     # their 年初, 本年收入, 年末 against 公开04's fund columns
    income: TableResult                    # 公开02
    expense: TableResult                   # 公开03
    general_budget: TableResult            # 公开05
    government_fund: TableResult           # 公开07
    state_capital: TableResult             # 公开08
    summary: SummaryResult                 # 公开01
    fiscal: FiscalResult                   # 公开04
    basic: BasicResult                     # 公开06
    three_public: ThreePublicResult        # 公开09 and 说明 九
    info: InfoResult                       # 公开10

    income_total: Decimal                  # 本年收入合计
    expense_total: Decimal                 # 本年支出合计
    total_income_change: Change            # 收入总计 vs 上年
    total_expense_change: Change           # 支出总计 vs 上年
    income_parts: list[Share]              # 收入 by source, all sources
    expense_parts: list[Share]             # 支出 by nature (基本/项目/…), all
    expense_basic_split: list[Share]       # 公开03 基本支出 = 人员经费 + 公用经费 (when entered)
    fiscal_income: Decimal                 # 财政拨款本年收入
    other_income: Decimal                  # 本年收入合计 − 财政拨款收入
    fiscal_income_change: Change
    fiscal_expense_change: Change
    general_budget_total: Decimal
    general_budget_share: Decimal | None   # of 本年支出合计
    general_budget_change: Change
    general_budget_classes: list[Share]    # 05 classes, share of 05 total (non-zero)
    general_budget_completion: Completion  # 决算 vs the compared budget (完成预算.基数), total
    general_budget_initial: Completion     # 决算 vs 年初预算数, total
    general_budget_adjusted: Completion    # 决算 vs 全年预算数, total
    budget: TableResult                    # 年初预算数 and 全年预算数 by 科目 (typed, or from the 预算 file)
    adjusted_given: bool                   # the file types a 全年预算数
    class_details: list[ClassDetail]
    item_groups: list[ClassGroup]          # 项-level details by 类
    basic_total: Decimal                   # 公开06 人员经费 + 公用经费
    personnel: Share
    public: Share
    operating_change: Change               # 机关运行经费 vs 上年
    operating_budget_change: Change        # 机关运行经费 vs its 年初预算
    meetings: Decimal                      # 一般性支出: 会议费 (30215)
    training: Decimal                      # 培训费 (30216)
    sheets: tuple[SheetResult, ...]
    overall_sheet: SheetResult | None
    performance: Performance
    management: ManagementResult           # 预算绩效管理情况 as the department states it, beside the attached sheets
    weak_sheets: int                       # sheets in the two lowest grades
    budget_link: BudgetLink | None         # 年初预算 taken from the same year's 预算 file, when the file names one
    reasons: dict[str, Resolved]           # 收支总计, 财政拨款收支, 一般公共预算支出, 机关运行经费 and each 三公 item (and 合计)
    text_scope: Scope                      # the 情况说明's texts and the figures they may name
    sheet_scopes: tuple[Scope, ...]        # each sheet's texts and its figures (the overall sheet last, if any)



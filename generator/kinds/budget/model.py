"""The 预算 department as entered: typed, immutable, nothing computed.

`read_department` turns a schema-valid department file into a `Budget`.  The keys are the
document's own: the nine tables under their printed titles (部门预算收支总表 …), 上年预算 (the
bases of “比上年”), 情况说明, 机关运行经费, 部门整体绩效目标, 项目绩效目标表, 部门政府采购预算,
部门固定资产占用情况表.  What gen works out from these figures is in compute.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...figures import Entered, dec, optional, read_entered
from ...load import SourceMap, pointer_join
from ...parts.fixed_assets import FixedAssets, read_fixed_assets
from ...parts.items import ECONOMIC_CODE_LENGTHS, Columns, ItemTable, file_names, read_table
from ...parts.operating_costs import OperatingCosts, read_operating_costs
from ...parts.procurement import Procurement, read_procurement
from ...parts.project_targets import ProjectTarget, read_project
from ...parts.three_public import (ABROAD, CAR, CAR_PURCHASE, CAR_RUNNING, RECEPTION, TOTAL, ThreePublicFigures,
                                   ThreePublicTable, read_figures)
from ...parts.unit import Overview, Unit, read_overview, read_unit
from ...problems import Problem

# the nine tables, under their printed titles
SUMMARY = "部门预算收支总表"
INCOME = "部门预算收入总表"
EXPENSE = "部门预算支出总表"
FISCAL = "部门预算财政拨款收支总表"
GENERAL = "部门预算一般公共预算财政拨款支出表"
BASIC = "部门预算一般公共预算财政拨款基本支出表"
FUND = "部门预算政府性基金预算财政拨款支出表"
CAPITAL = "部门预算国有资本经营预算财政拨款支出表"
THREE = "部门预算财政拨款“三公”经费支出表"

INCOME_SOURCES = ("财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入")
INCOME_COLUMNS = Columns("合计", ("小计", "上年结转"), {"小计": INCOME_SOURCES})
EXPENSE_COLUMNS = Columns("合计", ("基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"))
GENERAL_COLUMNS = Columns("合计", ("基本支出", "项目支出"))
BASIC_COLUMNS = Columns("合计", ("人员经费", "公用经费"))
PERSONNEL_CLASSES = ("301", "303")     # 人员经费 = 工资福利支出 + 对个人和家庭的补助; the other classes are 公用经费

# 部门预算收支总表: the income lines, in printed order
SUMMARY_INCOME = ("一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入", "单位资金")
UNIT_FUNDS_SOURCES = ("事业收入", "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入")   # 单位资金 in 收入总表
# 部门预算财政拨款收支总表: income by fund, expenditure columns by fund
FISCAL_INCOME = ("一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款")
FISCAL_FUNDS = ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
# 部门预算财政拨款“三公”经费支出表: its rows and fund columns as printed
THREE_ROWS = {TOTAL: TOTAL, ABROAD: ABROAD, "公务用车购置及运维费": CAR, CAR_PURCHASE: CAR_PURCHASE,
              CAR_RUNNING: CAR_RUNNING, RECEPTION: RECEPTION}
THREE_FUNDS = ("一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款")
# 部门固定资产占用情况表: the kinds that add up to 资产总额, and the “其中” row
ASSET_KINDS = ("房屋", "车辆", "单价在20万元以上的设备", "其他固定资产")
ASSET_SUB_ROWS = {"办公用房": "房屋"}


Lines = Entered                      # a flat set of named figures as entered
read_lines = read_entered


@dataclass(frozen=True)
class Summary:
    """部门预算收支总表 as entered: income lines, expenditure by class (by the class's name), totals."""
    income: Lines
    expense: Lines                   # 一般公共服务支出 → amount (entered lines only; the rest comes from 支出总表)
    totals: Lines                    # 本年收入合计, 本年支出合计, 上年结转结余, 年终结转结余, 收入总计, 支出总计
    pointer: str


@dataclass(frozen=True)
class FiscalSummary:
    """部门预算财政拨款收支总表 as entered."""
    income: Lines                    # 一般公共预算拨款, 政府性基金预算拨款, 国有资本经营预算拨款
    expense: dict[str, Lines]        # class name → {合计, 一般公共预算财政拨款, …}
    totals: Lines                    # 本年收入合计, 收入总计
    expense_total: Lines             # 本年支出合计 by column
    opening: Lines                   # 年初财政拨款结转和结余: 合计 and by fund (一般公共预算拨款 …)
    closing: Lines                   # 年末财政拨款结转和结余 by column
    expense_grand: Lines             # 支出总计 by column
    pointer: str


@dataclass(frozen=True)
class UnitRow:
    """部门机构设置情况: one unit of the department."""
    name: str                        # 单位名称
    nature: str                      # 单位性质: 行政, 事业 …
    rank: str                        # 单位规格
    funding: str                     # 经费保障形式


@dataclass(frozen=True)
class GoalItem:
    """分项绩效目标."""
    name: str
    goal: str                        # 绩效目标
    indicator: str                   # 绩效指标


@dataclass(frozen=True)
class OverallPerformance:
    """五、部门整体绩效目标."""
    overall: str                     # 总体绩效目标
    items: tuple[GoalItem, ...]
    measures_intro: str              # 工作保障措施 before the list
    measures: tuple[str, ...]


@dataclass(frozen=True)
class SpecialFund:
    """六、部门主管专项资金: one fund."""
    name: str
    amount: Decimal | None
    goal: str
    pointer: str


@dataclass(frozen=True)
class ListedProject:
    """支出说明“主要为……等”: a project as the department names it there."""
    project: str                     # 项目名称, as in its 项目绩效目标表
    called: str                      # the name the sentence uses
    pointer: str
    amount: Decimal | None = None    # the amount the sentence writes (printed as written; checked against the table)


@dataclass(frozen=True)
class Explanations:
    change_reason: str               # 比上年增减原因
    listed_projects: tuple[ListedProject, ...]
    three_public_reason: str         # “三公”经费增减变化原因
    pointer: str = "/情况说明"
    three_public_text: str = ""      # 三公经费说明: the department's own paragraph ({名称} names a figure)


@dataclass(frozen=True)
class Budget:
    file: str
    template: str
    year: int
    unit: Unit
    overview: Overview
    units: tuple[UnitRow, ...]       # 部门机构设置情况

    summary: Summary
    income: ItemTable
    expense: ItemTable
    fiscal: FiscalSummary
    general_budget: ItemTable
    basic: ItemTable
    government_fund: ItemTable
    state_capital: ItemTable
    three_public: ThreePublicTable
    three_public_note: str

    prior_total: Decimal | None      # 上年预算 收支总计
    prior_three_public: ThreePublicFigures

    explanations: Explanations
    operating: OperatingCosts
    performance: OverallPerformance
    special_funds: tuple[SpecialFund, ...]
    special_funds_note: str
    projects: tuple[ProjectTarget, ...]
    procurement: Procurement
    fixed_assets: FixedAssets
    other_matters: str


# ───────────────────────────── reading ─────────────────────────────

def _three_public(raw: dict | None, pointer: str) -> ThreePublicTable:
    raw = raw or {}
    cells, pointers = {}, {}
    for key, row in THREE_ROWS.items():
        for column, value in (raw.get(key) or {}).items():
            if value is not None:
                cells[(row, column)] = dec(value)
                pointers[(row, column)] = pointer_join(pointer_join(pointer, key), column)
    return ThreePublicTable(TOTAL, THREE_FUNDS, cells, pointers)


def _fiscal(raw: dict, pointer: str) -> FiscalSummary:
    expense = raw.get("支出") or {}
    return FiscalSummary(
        income=read_lines(raw.get("收入"), pointer_join(pointer, "收入")),
        expense={name: read_lines(cells, pointer_join(pointer_join(pointer, "支出"), name)) for name, cells in expense.items()},
        totals=read_lines({k: raw.get(k) for k in ("本年收入合计", "收入总计")}, pointer),
        expense_total=read_lines(raw.get("本年支出合计"), pointer_join(pointer, "本年支出合计")),
        opening=read_lines(raw.get("年初财政拨款结转和结余"), pointer_join(pointer, "年初财政拨款结转和结余")),
        closing=read_lines(raw.get("年末财政拨款结转和结余"), pointer_join(pointer, "年末财政拨款结转和结余")),
        expense_grand=read_lines(raw.get("支出总计"), pointer_join(pointer, "支出总计")),
        pointer=pointer)


def _performance(raw: dict | None) -> OverallPerformance:
    raw = raw or {}
    measures = raw.get("工作保障措施") or {}
    return OverallPerformance(
        raw.get("总体绩效目标", "") or "",
        tuple(GoalItem(i["名称"], i.get("绩效目标", "") or "", i.get("绩效指标", "") or "")
              for i in raw.get("分项绩效目标") or ()),
        measures.get("说明", "") or "", tuple(measures.get("措施") or ()))


def read_department(data: dict, source: SourceMap) -> tuple[Budget, list[Problem]]:
    problems: list[Problem] = []
    names = file_names(data)

    def table(key: str, columns: Columns, lengths=None) -> ItemTable:
        if lengths:
            return read_table(data.get(key), key, columns, source, problems, lengths, names=names)
        return read_table(data.get(key), key, columns, source, problems, names=names)

    summary = data[SUMMARY]
    overview = data["概况"]
    texts = data.get("情况说明") or {}
    prior = data.get("上年预算") or {}
    special = data.get("部门主管专项资金") or {}
    unit = read_unit(data["单位"])
    budget = Budget(
        file=source.file,
        template=data["模板"],
        year=int(data["年度"]),
        unit=unit,
        overview=read_overview(overview, unit),
        units=tuple(UnitRow(u["单位名称"], u.get("单位性质", "") or "", u.get("单位规格", "") or "",
                            u.get("经费保障形式", "") or "") for u in overview.get("部门机构设置情况") or ()),
        summary=Summary(read_lines(summary.get("收入"), f"/{SUMMARY}/收入"),
                        read_lines(summary.get("支出"), f"/{SUMMARY}/支出"),
                        read_lines(summary, f"/{SUMMARY}"), f"/{SUMMARY}"),
        income=table(INCOME, INCOME_COLUMNS),
        expense=table(EXPENSE, EXPENSE_COLUMNS),
        fiscal=_fiscal(data.get(FISCAL) or {}, f"/{FISCAL}"),
        general_budget=table(GENERAL, GENERAL_COLUMNS),
        basic=table(BASIC, BASIC_COLUMNS, ECONOMIC_CODE_LENGTHS),
        government_fund=table(FUND, GENERAL_COLUMNS),
        state_capital=table(CAPITAL, GENERAL_COLUMNS),
        three_public=_three_public(data.get(THREE), f"/{THREE}"),
        three_public_note=(data.get(THREE) or {}).get("无数据说明", "") or "",
        prior_total=optional(prior.get("收支总计")),
        prior_three_public=read_figures(prior.get("三公经费"), "/上年预算/三公经费"),
        explanations=Explanations(
            texts.get("比上年增减原因", "") or "",
            tuple(ListedProject(p["项目名称"], p.get("称为", "") or p["项目名称"], f"/情况说明/项目支出列示/{i}",
                                optional(p.get("金额")))
                  for i, p in enumerate(texts.get("项目支出列示") or ())),
            texts.get("三公经费增减原因", "") or "",
            three_public_text=texts.get("三公经费说明", "") or ""),
        operating=read_operating_costs(data.get("机关运行经费"), "/机关运行经费"),
        performance=_performance(data.get("部门整体绩效目标")),
        special_funds=tuple(SpecialFund(f["名称"], optional(f.get("预算数")), f.get("绩效目标", "") or "",
                                        f"/部门主管专项资金/项目/{i}") for i, f in enumerate(special.get("项目") or ())),
        special_funds_note=special.get("无数据说明", "") or "",
        projects=tuple(read_project(p, f"/项目绩效目标表/{i}") for i, p in enumerate(data.get("项目绩效目标表") or ())),
        procurement=read_procurement(data.get("部门政府采购预算"), "/部门政府采购预算"),
        fixed_assets=read_fixed_assets(data.get("部门固定资产占用情况表"), "/部门固定资产占用情况表", ASSET_KINDS,
                                       ASSET_SUB_ROWS),
        other_matters=data.get("其他需要说明的事项", "") or "",
    )
    return budget, problems

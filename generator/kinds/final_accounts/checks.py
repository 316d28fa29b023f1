"""审核公式 of a 决算 document: one function per identity, one code per identity.

Every check compares a figure as entered with the same figure as computed by compute.py
(a `Figure`) and says where both stand; none adds anything up.  The README's table lists
each code with the identity it checks.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ...checking import CheckContext, balance, cross, figure_severity, given_figure, money, tail
from ...figures import ZERO
from ...load import pointer_join
from ...numfmt import amount
from ...parts.item_checks import (check_class_sums, check_function_code, check_parent_sums, check_printed_classes,
                                  check_row_sum, check_row_sums, check_table_codes)
from ...parts.sheet_checks import check_sheets
from ...parts.text_checks import check_lint, check_reason_directions, check_texts
from ...problems import Problem, Severity, make
from .result import FinalAccounts


def _tables(result: FinalAccounts):
    return (result.income, result.expense, result.general_budget, result.government_fund, result.state_capital,
            result.basic.table)








def _grand_total(code: int, ctx: CheckContext, table: str, entered, pointer: str, parent_pointer: str,
                 in_label: str, income_side, out_label: str, expense_side, parts: int) -> Iterable[Problem]:
    """收入方 = 总计 = 支出方: against the entered 总计 when there is one, else the two sides against each other."""
    if entered is not None:
        yield from balance(code, ctx, pointer, table, "总计", entered, in_label, income_side, parts)
        yield from balance(code, ctx, pointer, table, "总计", entered, out_label, expense_side, parts)
    else:
        yield from balance(code, ctx, parent_pointer, table, f"收入总计（{in_label}）", income_side,
                           f"支出总计（{out_label}）", expense_side, 2 * parts)


# ───────────────────────────── codes and in-table sums ─────────────────────────────

def check_codes(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """201–203: every 科目 against the year's 政府收支分类."""
    dept = result.department
    if not ctx.reference.available:
        yield make(203, Severity.WARNING, ctx.source.location("/年度"), "/年度", table="", code="全部科目",
                   name="", year=dept.year, kind="政府收支分类科目")
        return
    for table in _tables(result) + (result.budget,):
        yield from check_table_codes(table, dept.year, ctx)
    for item in dept.prior_classes:
        if item.named:
            yield from check_function_code(item.code, item.name, item.pointer, "上年决算：", dept.year, ctx)


def check_template_rows(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """205: figures the template has no row for would silently vanish."""
    settings, layout = ctx.settings, ctx.settings.layout
    if layout.basic_groups:
        allowed = layout.basic_codes
        for row in result.basic.table.table.rows:
            if row.code not in allowed or (row.code in layout.basic_not_applicable and result.basic.value(row.code)):
                yield make(205, Severity.ERROR, ctx.source.location(pointer_join(row.pointer, "科目编码")), row.pointer,
                           table="一般公共预算财政拨款基本支出决算明细表：", code=row.code, name=row.name,
                           template=settings.name)
    if layout.summary_classes:
        for table in (result.expense, result.general_budget, result.government_fund, result.state_capital):
            yield from check_printed_classes(table, layout.summary_classes, settings.name, ctx)
    for line in result.summary.unplaced + result.fiscal.unplaced:
        yield make(205, Severity.ERROR, ctx.source.location(line.pointer, key=True), line.pointer,
                   table=f"{line.table}：", code=line.code or "（无）", name=line.name, template=settings.name)


def check_parent_sums_all(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """301: in the 科目 tables and in 年初预算 (年初预算数 and 全年预算数 of a 类 or 款 typed above its 项)."""
    for table in _tables(result) + (result.budget,):
        yield from check_parent_sums(table, ctx)


def check_row_sums_all(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """302: in the 科目 tables, and in the 类 rows typed in 公开04 (合计 = the three funds)."""
    for table in _tables(result):
        yield from check_row_sums(table, ctx)
    for name, fig in result.fiscal.class_row_sums:
        yield from check_row_sum("财政拨款收入支出决算总表", f"“{name}”", "合计", fig, ctx)


def check_class_sums_all(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """303: in the 科目 tables and in 年初预算 (its typed 一般公共预算财政拨款支出合计)."""
    for table in _tables(result) + (result.budget,):
        yield from check_class_sums(table, ctx)


# ───────────────────────────── 公开01 ─────────────────────────────

def check_summary_expense(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """304: 收入支出决算总表 本年支出合计 = 支出决算表 合计."""
    fig = result.summary.expense_total
    if fig.is_entered:
        table = result.department.expense
        yield from cross(304, ctx, fig, "收入支出决算总表", "本年支出合计", "支出决算表", "合计行“本年支出合计”",
                         table.total_pointer if table.entered_total else None)


def _class_agreements(code: int, ctx: CheckContext, table: str, agreements) -> Iterable[Problem]:
    for a in agreements:
        label = f"“{a.name}”" + (f"“{a.column}”" if a.column else "")
        yield from cross(code, ctx, a.figure, table, label, a.source_table, f" {a.code} {a.name}“{a.source_column}”",
                         a.source_pointer)


def check_summary_classes(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """323: a 类 typed in 收入支出决算总表 = that 类 of 支出决算表."""
    yield from _class_agreements(323, ctx, "收入支出决算总表", result.summary.class_agreements)


def check_summary_balance(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """305: 收入支出决算总表 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余."""
    s = result.summary
    yield from _grand_total(305, ctx, "收入支出决算总表：", s.entered_grand_total, s.grand_total_pointer,
                            "/收入支出决算总表", "本年收入合计 + 使用非财政拨款结余 + 年初结转和结余", s.income_side,
                            "本年支出合计 + 结余分配 + 年末结转和结余", s.expense_side, 3)


def check_summary_income(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """306: 收入支出决算总表 本年收入合计 = Σ 各项收入."""
    yield from given_figure(306, ctx, result.summary.income_total, "收入支出决算总表：", "本年收入合计",
                            "各项收入（收入决算表合计行、财政拨款收入支出决算总表）之和")


# ───────────────────────────── 公开04 ─────────────────────────────

def check_fiscal_income(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """307: 财政拨款收入支出决算总表 本年收入合计 = Σ 三类财政拨款."""
    yield from given_figure(307, ctx, result.fiscal.income_total, "财政拨款收入支出决算总表：", "本年收入合计",
                            "三类财政拨款之和", 3)


def check_income_table_fiscal(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """308: 收入决算表 合计“财政拨款收入” = 财政拨款收入支出决算总表 本年收入合计."""
    yield from cross(308, ctx, result.fiscal.income_vs_income_table, "收入决算表", "合计行“财政拨款收入”",
                     "财政拨款收入支出决算总表", "本年收入合计", result.fiscal.income_pointer)


def check_fiscal_expense(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """309: 财政拨款收入支出决算总表 本年支出合计 = 一般公共预算 + 政府性基金 + 国有资本经营 支出表合计."""
    fig = result.fiscal.expense_total
    if fig.is_entered:
        yield from cross(309, ctx, fig, "财政拨款收入支出决算总表", "本年支出合计",
                         "一般公共预算、政府性基金、国有资本经营支出表", "合计之和", None, 3)


def check_fiscal_classes(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """324: a 类 typed in 财政拨款收入支出决算总表 = that 类 of the fund's table (公开05, 07 or 08)."""
    yield from _class_agreements(324, ctx, "财政拨款收入支出决算总表", result.fiscal.class_agreements)


def check_fiscal_balance(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """310: 财政拨款收入支出决算总表 本年收入合计 + 年初 = 总计 = 本年支出合计 + 年末."""
    f = result.fiscal
    yield from _grand_total(310, ctx, "财政拨款收入支出决算总表：", f.entered_grand_total, f.grand_total_pointer,
                            "/财政拨款收入支出决算总表", "本年收入合计 + 年初财政拨款结转和结余", f.income_side,
                            "本年支出合计 + 年末财政拨款结转和结余", f.expense_side, 2)


def check_flow_balances(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """325: 政府性基金 / 国有资本经营 (收入支出 shape): 年初结转和结余 + 本年收入 = 本年支出合计 + 年末结转和结余."""
    for b in result.flow_balances:
        yield from balance(325, ctx, b.pointer, f"{b.table}{b.row}：", "年初结转和结余 + 本年收入", b.income_side,
                           "本年支出合计 + 年末结转和结余", b.expense_side, 2)


def check_flow_sources(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """326: 政府性基金 / 国有资本经营 (收入支出 shape) 合计 年初, 本年收入, 年末 = 财政拨款收入支出决算总表 for the fund."""
    for a in result.flow_agreements:
        yield from cross(326, ctx, a.figure, a.table, a.label, a.other_table, a.other_label, a.other_pointer)


def check_flow_columns(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """206: a column typed in a 科目 table whose form in the set has no such column (国有资本经营 in its 本年支出 shape)."""
    settings = ctx.settings
    unprinted = settings.layout.unprinted_columns
    for table in _tables(result):
        for row in table.table.rows:
            for column in row.cells:
                if (table.title, column) in unprinted:
                    pointer = row.cell_pointer(column)
                    yield make(206, Severity.ERROR, ctx.source.location(pointer), pointer, table=f"{table.title}：",
                               row=f"{row.code} {row.name}", column=column, template=settings.name,
                               setting=f"国有资本经营预算表样: {settings.layout.state_capital_shape}")


# ───────────────────────────── 公开05/06 ─────────────────────────────

def check_personnel_total(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """311: 人员经费合计 = 301 + 303."""
    fig = result.basic.personnel_total
    yield from given_figure(311, ctx, fig, "一般公共预算财政拨款基本支出决算明细表：", "人员经费合计", "301、303 类之和",
                            len(fig.terms))


def check_public_total(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """312: 公用经费合计 = 302、307、310 等其余各类."""
    fig = result.basic.public_total
    yield from given_figure(312, ctx, fig, "一般公共预算财政拨款基本支出决算明细表：", "公用经费合计",
                            "302、307、310 等类之和", len(fig.terms))


def check_basic_expense(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """313: 一般公共预算财政拨款支出决算表 基本支出 = 基本支出明细表 人员经费合计 + 公用经费合计."""
    yield from cross(313, ctx, result.basic.general_budget_basic, "一般公共预算财政拨款支出决算表", "合计行“基本支出”",
                     "一般公共预算财政拨款基本支出决算明细表", "人员经费合计 + 公用经费合计",
                     result.basic.personnel_total.pointer, 2)


def check_operating_cost(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """314: 机关运行经费 = 公用经费, for 行政单位 and 参照公务员法管理事业单位."""
    fig = result.info.operating_vs_public
    if fig is not None:
        yield from cross(314, ctx, fig, "相关信息统计表", "机关运行经费", "一般公共预算财政拨款基本支出决算明细表",
                         "公用经费合计", result.basic.public_total.pointer)


def check_operating_cost_limit(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """371: 机关运行经费 ≤ 公用经费合计, for a department of 行政/参公 units and other units (their 公用经费 is not 机关运行经费)."""
    info = result.info
    if info.operating_limit is not None and info.operating > info.operating_limit:
        pointer = "/相关信息统计表/机关运行经费"
        yield make(371, Severity.ERROR, ctx.source.location(pointer), pointer, table="相关信息统计表：", label="机关运行经费",
                   given=f"{money(info.operating)}万元", basis="一般公共预算财政拨款基本支出决算明细表公用经费合计",
                   computed=f"{money(info.operating_limit)}万元")


# ───────────────────────────── 公开10 and 其他重要事项 ─────────────────────────────

def check_procurement_total(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """315: 政府采购 合计 = 货物 + 工程 + 服务."""
    yield from given_figure(315, ctx, result.info.procurement_total, "相关信息统计表：", "政府采购合计", "货物 + 工程 + 服务", 3)


def _limit(code: int, ctx: CheckContext, pointer: str, label: str, value, basis: str, limit) -> Iterable[Problem]:
    if value is not None and limit is not None and value > limit:
        yield make(code, Severity.ERROR, ctx.source.location(pointer), pointer, table="情况说明：", label=label,
                   given=f"{money(value)}万元", basis=basis, computed=f"{money(limit)}万元")


def check_sme_awards(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """316: 授予中小企业合同金额 ≤ 政府采购支出总额."""
    sme = result.info.sme
    yield from _limit(316, ctx, "/情况说明/政府采购/授予中小企业合同金额", "授予中小企业合同金额",
                      sme.amount if sme else None, "政府采购支出总额", result.info.procurement_total.value)


def check_small_awards(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """317: 授予小微企业合同金额 ≤ 授予中小企业合同金额 (or the 政府采购支出总额 when that is not given)."""
    info = result.info
    basis, limit = (("授予中小企业合同金额", info.sme.amount) if info.sme
                    else ("政府采购支出总额", info.procurement_total.value))
    yield from _limit(317, ctx, "/情况说明/政府采购/授予小微企业合同金额", "授予小微企业合同金额",
                      info.small.amount if info.small else None, basis, limit)


def check_reserved_small(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """327: 预留小微企业采购份额 ≤ 预留中小企业采购份额."""
    info = result.info
    yield from _limit(327, ctx, "/情况说明/政府采购/预留小微企业采购份额", "预留小微企业采购份额",
                      info.reserved_small.amount if info.reserved_small else None, "预留中小企业采购份额",
                      info.reserved_sme)


def check_other_sme_awards(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """328: 其他项目授予中小企业合同金额 ≤ 授予中小企业合同金额."""
    info = result.info
    yield from _limit(328, ctx, "/情况说明/政府采购/其他项目授予中小企业合同金额", "其他项目授予中小企业合同金额",
                      info.other_sme.amount if info.other_sme else None, "授予中小企业合同金额",
                      info.sme.amount if info.sme else None)


def check_sme_awards_by_kind(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """329: 授予中小企业合同金额 = 货物 + 工程 + 服务 授予中小企业合同金额 (when both are typed)."""
    fig = result.info.sme_by_kind_total
    if fig is not None:
        yield from given_figure(329, ctx, fig, "情况说明：", "授予中小企业合同金额", "各类授予中小企业合同金额之和（货物 + 工程 + 服务）")


def check_sme_award_of_kind(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """370: 货物/工程/服务 授予中小企业合同金额 ≤ that kind's 政府采购支出."""
    spent = {p.name: p.amount for p in result.info.procurement_parts}
    for share in result.info.sme_by_kind:
        yield from _limit(370, ctx, f"/情况说明/政府采购/各类授予中小企业合同金额/{share.name}",
                          f"{share.name}授予中小企业合同金额", share.amount, f"政府采购{share.name}支出", spent[share.name])


def check_vehicles(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """318: 车辆数合计 = Σ 各类车辆."""
    info = result.info
    counted = info.counted_vehicles
    if info.entered_vehicle_total is not None and counted != info.entered_vehicle_total:
        pointer = "/相关信息统计表/车辆数合计"
        yield make(318, Severity.ERROR, ctx.source.location(pointer), pointer, table="相关信息统计表：",
                   label="车辆数合计", given=f"{info.entered_vehicle_total}辆", basis="各类车辆之和", computed=f"{counted}辆")


def check_reception(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """319: 公务接待费 = 国内接待 + 国（境）外接待."""
    fig = result.info.reception_split
    if fig is not None:
        yield from cross(319, ctx, fig, "情况说明", "国内接待 + 国（境）外接待", "财政拨款三公经费支出决算表",
                         "决算数“公务接待费”", "/财政拨款三公经费支出决算表/决算数/公务接待费", 2)


def check_foreign_reception(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """320: 其中外事接待 ≤ 国内接待."""
    visits = result.department.explanations.three_public
    if visits.foreign.amount is not None:
        yield from _limit(320, ctx, pointer_join(visits.foreign.pointer, "金额"), "外事接待金额", visits.foreign.amount,
                          "国内接待金额", visits.home.amount or ZERO)


def check_three_public_total(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """321: “三公”经费 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费 (when entered)."""
    three = result.three_public
    for label, fig in (("预算数", three.budget_total), ("决算数", three.actual_total)):
        yield from given_figure(321, ctx, fig, f"财政拨款三公经费支出决算表{label}：", "合计", "各项之和", 4)


def check_three_public_car(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """322: 公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费 (when entered)."""
    three = result.three_public
    for label, fig in (("预算数", three.budget_car), ("决算数", three.actual_car)):
        yield from given_figure(322, ctx, fig, f"财政拨款三公经费支出决算表{label}：", "公务用车购置及运行维护费",
                                "购置费 + 运行维护费", 2)


# ───────────────────────────── the same year's 预算 file ─────────────────────────────

def _budget_file(result: FinalAccounts) -> str:
    return result.department.budget_file


def check_budget_by_item(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """360: 年初预算 of a 科目 typed here = the 预算 file's 一般公共预算财政拨款支出表."""
    link = result.budget_link
    if link is None:
        return
    for code, fig in link.typed_classes:
        severity = figure_severity(fig, 1)
        if severity:
            yield make(360, severity, ctx.source.location(fig.pointer), fig.pointer, label=f"科目 {code} 的年初预算",
                       given=money(fig.entered), computed=money(fig.computed), diff=money(fig.difference),
                       file=_budget_file(result), tail=tail(severity))


def check_budget_three_public(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """361: “三公”经费 预算数 typed here = the 预算 file's (a warning: 全年预算数 may have been adjusted)."""
    link = result.budget_link
    if link is None:
        return
    for item, fig in link.typed_three_public:
        if fig.difference:
            yield make(361, Severity.WARNING, ctx.source.location(fig.pointer), fig.pointer, label=item,
                       given=money(fig.entered), computed=money(fig.computed), diff=money(fig.difference),
                       file=_budget_file(result))


def check_budget_operating(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """362: 机关运行经费 年初预算 typed here = the 预算 file's."""
    link = result.budget_link
    fig = link.typed_operating if link else None
    severity = figure_severity(fig, 1) if fig else None
    if severity:
        yield make(362, severity, ctx.source.location(fig.pointer), fig.pointer, given=money(fig.entered),
                   computed=money(fig.computed), diff=money(fig.difference), file=_budget_file(result),
                   tail=tail(severity))


# ───────────────────────────── sheets and the 绩效 paragraph ─────────────────────────────

def check_attached_sheets(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """401–404, 408, 409: each self-evaluation sheet."""
    sheets = result.sheets + ((result.overall_sheet,) if result.overall_sheet else ())
    yield from check_sheets(sheets, ctx)


def check_performance_count(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """405: the 绩效 paragraph's 项目个数 = the number of attached sheets."""
    claims = result.department.explanations.claims
    if claims and claims.count is not None and claims.count != result.performance.count:
        pointer = pointer_join(claims.pointer, "项目个数")
        yield make(405, Severity.ERROR, ctx.source.location(pointer), pointer, label="项目个数", given=str(claims.count),
                   computed=str(result.performance.count), basis="附件自评表张数")


def check_performance_grades(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """406: the 绩效 paragraph's count per grade = the sheets graded so."""
    claims = result.department.explanations.claims
    if not claims:
        return
    for grade, given in claims.grades.items():
        computed = result.performance.grade_counts.get(grade, 0)
        if given != computed:
            pointer = pointer_join(claims.pointer, grade)
            yield make(406, Severity.ERROR, ctx.source.location(pointer), pointer, label=f"等级为“{grade}”的项目个数",
                       given=str(given), computed=str(computed), basis="各表总分按等级规则计数")


def check_performance_money(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """407: the 绩效 paragraph's amount = the sheets' 全年预算数 or 全年执行数."""
    claims = result.department.explanations.claims
    perf = result.performance
    if claims and claims.money is not None and claims.money not in (perf.budget, perf.spent):
        pointer = pointer_join(claims.pointer, "资金")
        yield make(407, Severity.ERROR, ctx.source.location(pointer), pointer, label="资金", given=f"{money(claims.money)}万元",
                   computed=f"全年预算数{amount(perf.budget)}万元、全年执行数{amount(perf.spent)}万元", basis="各表资金之和")


def check_performance_example(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """420: the project the 绩效 paragraph names (“××项目等5个”) is one of the attached sheets."""
    named = result.department.explanations.performance_example.strip()
    names = [s.sheet.name for s in result.sheets]
    if named and result.sheets and named.removesuffix("项目") not in {n.removesuffix("项目") for n in names}:
        pointer = "/情况说明/绩效所举项目"
        yield make(420, Severity.WARNING, ctx.source.location(pointer), pointer, project=named, sheets="、".join(names))


# ───────────────────────────── 预算绩效管理情况 (the department's statement) ─────────────────────────────

STAGE_LABELS = {"绩效目标编报": "绩效目标编报", "绩效监控": "绩效监控", "重点评价": "重点评价",
                "项目支出": "项目支出绩效自评", "部门整体支出": "部门整体支出绩效自评"}


def check_management_grades(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """105: a grade the template set's scale does not have (it could not be printed in the scale's order)."""
    scale = "、".join(g.name for g in ctx.settings.grades)
    for key, stage in result.management.stages.items():
        for grade in stage.unknown_grades:
            pointer = pointer_join(pointer_join(stage.work.pointer, "等级"), grade)
            yield make(105, Severity.ERROR, ctx.source.location(pointer, key=True), pointer,
                       where=f"情况说明 › 预算绩效管理情况 › {STAGE_LABELS[key]}：", field="等级",
                       allowed=f"{scale}（模板“{ctx.settings.name}”的等级）", value=grade)


def check_management_graded(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """427: the counts per grade add up to no more than the count of projects evaluated."""
    for key, stage in result.management.stages.items():
        count = stage.work.count
        if count is not None and stage.graded > count:
            pointer = pointer_join(stage.work.pointer, "等级")
            yield make(427, Severity.ERROR, ctx.source.location(pointer), pointer, label=STAGE_LABELS[key],
                       graded=str(stage.graded), count=str(count))


def check_management_sheet_count(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """424: the attached sheets are some of the projects evaluated: no more of them than the count stated."""
    m, sheets = result.management, result.management.sheets
    project = m.stage("项目支出")
    if sheets is not None and project.work.count is not None and sheets.count > project.work.count:
        pointer = pointer_join(project.work.pointer, "个数")
        yield make(424, Severity.WARNING, ctx.source.location(pointer), pointer, given=str(project.work.count),
                   count=str(sheets.count))


def check_management_sheet_grades(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """425: no more attached sheets of a grade than the projects the department says reached it."""
    m, sheets = result.management, result.management.sheets
    project = m.stage("项目支出")
    if sheets is None or not project.work.grades:
        return
    for grade, count in project.grades:
        names = sheets.grades.get(grade, ())
        if len(names) > count:
            pointer = pointer_join(pointer_join(project.work.pointer, "等级"), grade)
            yield make(425, Severity.WARNING, ctx.source.location(pointer), pointer, grade=grade, given=str(count),
                       count=str(len(names)), names="、".join(names))


def check_management_sheet_money(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """426: the money of all projects evaluated covers the attached sheets' (and is theirs when all are attached)."""
    m, sheets = result.management, result.management.sheets
    project = m.stage("项目支出")
    if sheets is None or project.money is None:
        return
    every = project.work.count is not None and project.work.count == sheets.count
    if every and project.money not in (sheets.budget, sheets.spent):
        detail = (f"自评的{sheets.count}个项目都附有自评表，其全年预算数之和为{amount(sheets.budget)}万元、"
                  f"全年执行数之和为{amount(sheets.spent)}万元")
    elif not every and project.money < sheets.spent:
        detail = f"少于附件{sheets.count}张自评表的全年执行数之和{amount(sheets.spent)}万元"
    else:
        return
    pointer = pointer_join(project.work.pointer, "资金")
    yield make(426, Severity.WARNING, ctx.source.location(pointer), pointer, given=f"{money(project.money)}万元",
               detail=detail)


# ───────────────────────────── human text ─────────────────────────────

def check_human_texts(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """501, 502: the figures the 情况说明 and the sheets name, or type instead of naming."""
    yield from check_texts((result.text_scope,) + result.sheet_scopes, ctx)


def check_text_lint(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """503–506: doubled words and punctuation, placeholders, unexpected years in what the clerk wrote."""
    for scope in (result.text_scope,) + result.sheet_scopes:
        yield from check_lint(scope, result.department.year, ctx)


def check_reasons(result: FinalAccounts, ctx: CheckContext) -> Iterable[Problem]:
    """507: reasons keyed by a direction the figures did not take."""
    compared = ctx.settings.layout.budget_name
    pairs = [(label.replace("与预算", f"与{compared}"), r) for label, r in result.reasons.items()]
    for c in result.class_details + [i for g in result.item_groups for i in g.items]:
        pairs += [(f"{c.code} {c.name}较上年", c.change_reason), (f"{c.code} {c.name}决算与{compared}", c.budget_reason)]
    seen, unique = set(), []
    for label, resolved in pairs:
        if id(resolved) not in seen:
            seen.add(id(resolved))
            unique.append((label, resolved))
    yield from check_reason_directions(unique, ctx)


CHECKS: list[Callable[[FinalAccounts, CheckContext], Iterable[Problem]]] = [
    check_codes,
    check_template_rows,
    check_parent_sums_all,
    check_row_sums_all,
    check_class_sums_all,
    check_summary_expense,
    check_summary_classes,
    check_summary_balance,
    check_summary_income,
    check_fiscal_income,
    check_income_table_fiscal,
    check_fiscal_expense,
    check_fiscal_classes,
    check_fiscal_balance,
    check_flow_balances,
    check_flow_sources,
    check_flow_columns,
    check_personnel_total,
    check_public_total,
    check_basic_expense,
    check_operating_cost,
    check_operating_cost_limit,
    check_procurement_total,
    check_sme_awards,
    check_small_awards,
    check_reserved_small,
    check_other_sme_awards,
    check_sme_awards_by_kind,
    check_sme_award_of_kind,
    check_vehicles,
    check_reception,
    check_foreign_reception,
    check_three_public_total,
    check_three_public_car,
    check_budget_by_item,
    check_budget_three_public,
    check_budget_operating,
    check_attached_sheets,
    check_performance_count,
    check_performance_grades,
    check_performance_money,
    check_performance_example,
    check_management_grades,
    check_management_graded,
    check_management_sheet_count,
    check_management_sheet_grades,
    check_management_sheet_money,
    check_human_texts,
    check_text_lint,
    check_reasons,
]

"""审核公式 of a 预算 document: one function per identity, one code per identity.

Every check compares a figure as entered with the same figure as computed by compute.py (a
`Figure`, or an `Agreement` of two tables) and says where both stand; none adds anything up.

Severity.  Table arithmetic follows the tail rule of every kind (≤ 0.01万元 per summed part is a
warning, more is an error).  What the department's own text and project tables *state* about the
tables — the 机关运行经费 items, a project without 预算数, a spending plan, a cost indicator — is
printed as published and said as a warning: the figures disagree, the document prints what was
published (and the 情况说明 what the tables give).  An error means gen cannot make a truthful
document (NOTES.md, “Warnings and errors”).
"""
from __future__ import annotations

from typing import Callable, Iterable

from ...checking import CheckContext, balance, cross, given_figure, money
from ...figures import ZERO
from ...load import pointer_join
from ...numfmt import plain
from ...parts.item_checks import (check_class_sums, check_parent_sums, check_printed_classes, check_row_sum,
                                  check_row_sums, check_table_codes)
from ...parts.text_checks import check_lint, check_texts
from ...problems import Problem, Severity, make
from .result import Agreement, BudgetResult


def _tables(result: BudgetResult):
    return (result.income, result.expense, result.general_budget, result.government_fund, result.state_capital,
            result.basic.table)


def _agreement(code: int, ctx: CheckContext, a: Agreement) -> Iterable[Problem]:
    return cross(code, ctx, a.figure, a.left_table, a.left_label, a.right_table, a.right_label, a.right_pointer,
                 a.parts)






# ───────────────────────────── codes and in-table sums ─────────────────────────────

def check_codes(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """201–203: every 科目 against the year's 政府收支分类."""
    year = result.budget.year
    if not ctx.reference.available:
        yield make(203, Severity.WARNING, ctx.source.location("/年度"), "/年度", table="", code="全部科目",
                   name="", year=year, kind="政府收支分类科目")
        return
    for table in _tables(result):
        yield from check_table_codes(table, year, ctx)


def check_template_rows(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """205: a 类 the 收支总表 and 财政拨款收支总表 of the template have no row for would vanish from them."""
    settings = ctx.settings
    printed = settings.layout.summary_classes
    if printed:
        for table in (result.expense, result.general_budget, result.government_fund, result.state_capital):
            yield from check_printed_classes(table, printed, settings.name, ctx)
    for line in result.summary.unprinted + result.fiscal.unprinted:
        yield make(205, Severity.ERROR, ctx.source.location(line.pointer, key=True), line.pointer,
                   table=f"{line.table}：", code=line.code or "（无）", name=line.name, template=settings.name)


def check_parent_sums_all(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    for table in _tables(result):
        yield from check_parent_sums(table, ctx)


def check_row_sums_all(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """302: in the 科目 tables, and in the rows of 财政拨款收支总表, the 三公 table and the procurement items."""
    for table in _tables(result):
        yield from check_row_sums(table, ctx)
    for row, fig in result.fiscal.row_sums:
        yield from check_row_sum("部门预算财政拨款收支总表", row, "合计", fig, ctx)
    for row, fig in result.three_public.row_sums:
        yield from check_row_sum("部门预算财政拨款“三公”经费支出表", row, "合计", fig, ctx)
    for item in result.procurement.items:
        yield from check_row_sum("部门政府采购预算", item.item.goods or item.item.project, "合计", item.total, ctx)


def check_class_sums_all(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    for table in _tables(result):
        yield from check_class_sums(table, ctx)


# ───────────────────────────── 收支总表 ─────────────────────────────

def check_summary_income(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """330: 收支总表 本年收入合计 = Σ 各项收入."""
    yield from given_figure(330, ctx, result.summary.income_total, "部门预算收支总表：", "本年收入合计", "五项收入之和", 5)


def check_summary_expense(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """331: 收支总表 each 类 and 本年支出合计 = 支出总表."""
    for agreement in result.summary.expense_agreements:
        yield from _agreement(331, ctx, agreement)


def check_summary_balance(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """332: 收入总计 = 本年收入合计 + 上年结转结余; 支出总计 = 本年支出合计 + 年终结转结余; 收入总计 = 支出总计."""
    s = result.summary
    table = "部门预算收支总表："
    if s.income_grand.is_entered:
        yield from balance(332, ctx, s.income_grand.pointer, table, "收入总计", s.income_grand.entered,
                           "本年收入合计 + 上年结转结余", s.income_grand.computed, 2)
    if s.expense_grand.is_entered:
        yield from balance(332, ctx, s.expense_grand.pointer, table, "支出总计", s.expense_grand.entered,
                           "本年支出合计 + 年终结转结余", s.expense_grand.computed, 2)
    pointer = s.income_grand.pointer if s.income_grand.is_entered else result.budget.summary.pointer
    yield from balance(332, ctx, pointer, table, "收入总计", s.income_grand.value, "支出总计", s.expense_grand.value, 2)


def check_income_table(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """333: 收入总表 合计行 = 收支总表 (财政拨款, 财政专户, 单位资金, 上年结转, 合计)."""
    for agreement in result.income_agreements:
        yield from _agreement(333, ctx, agreement)


# ───────────────────────────── 财政拨款收支总表 ─────────────────────────────

def check_fiscal_income_total(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """334: 财政拨款收支总表 本年收入合计 = Σ 三类拨款."""
    yield from given_figure(334, ctx, result.fiscal.income_total, "部门预算财政拨款收支总表：", "本年收入合计", "三类拨款之和", 3)


def check_fiscal_income(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """335: 财政拨款收支总表 each 拨款 = 收支总表 的同一项收入."""
    for agreement in result.fiscal.income_agreements:
        yield from _agreement(335, ctx, agreement)


def check_fiscal_expense(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """336: 财政拨款收支总表 each fund column = that fund's 支出表 (by 类 and in total)."""
    for agreement in result.fiscal.expense_agreements:
        yield from _agreement(336, ctx, agreement)


def check_fiscal_balance(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """337: 收入总计 = 本年收入合计 + 年初结转和结余; 支出总计 = 本年支出合计 + 年末; 收入总计 = 支出总计."""
    f = result.fiscal
    table = "部门预算财政拨款收支总表："
    if f.income_grand.is_entered:
        yield from balance(337, ctx, f.income_grand.pointer, table, "收入总计", f.income_grand.entered,
                           "本年收入合计 + 年初财政拨款结转和结余", f.income_grand.computed, 2)
    if f.expense_grand.is_entered:
        yield from balance(337, ctx, f.expense_grand.pointer, table, "支出总计", f.expense_grand.entered,
                           "本年支出合计 + 年末财政拨款结转和结余", f.expense_grand.computed, 2)
    pointer = f.income_grand.pointer if f.income_grand.is_entered else result.budget.fiscal.pointer
    yield from balance(337, ctx, pointer, table, "收入总计", f.income_grand.value, "支出总计", f.expense_grand.value, 2)


# ───────────────────────────── 基本支出 ─────────────────────────────

def check_general_basic(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """338: 一般公共预算支出表 基本支出 = 基本支出表 合计."""
    yield from _agreement(338, ctx, result.basic.general_basic)


def _split(code: int, ctx: CheckContext, rows, column: str, basis_in: str, basis_out: str) -> Iterable[Problem]:
    for row, fig in rows:
        basis = basis_in if fig.computed != ZERO or fig.entered == ZERO else basis_out
        yield from given_figure(code, ctx, fig, "部门预算一般公共预算财政拨款基本支出表：", f"{row.code} {row.name}“{column}”",
                                basis, 1)


def check_personnel(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """339: 人员经费 is 301 工资福利支出 and 303 对个人和家庭的补助: their rows' 人员经费 = 合计, the others' blank."""
    yield from _split(339, ctx, result.basic.personnel_rows, "人员经费", "人员经费类（301、303）该行的合计",
                      "公用经费类（302 等）不列人员经费")


def check_public(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """340: 公用经费 is 302 商品和服务支出, 310 … : their rows' 公用经费 = 合计, 301/303 rows' blank."""
    yield from _split(340, ctx, result.basic.public_rows, "公用经费", "公用经费类（302 等）该行的合计",
                      "人员经费类（301、303）不列公用经费")


# ───────────────────────────── 三公 ─────────────────────────────

def check_three_public_total(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """321: “三公”经费 合计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费 (each column)."""
    for column, row, fig in result.three_public.column_sums:
        if row == "合计":
            yield from given_figure(321, ctx, fig, f"部门预算财政拨款“三公”经费支出表“{column}”栏：", "合计",
                                    "因公出国（境）费、公务用车购置及运维费、公务接待费之和", 3)


def check_three_public_car(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """322: 公务用车购置及运维费 = 公务用车购置费 + 公务用车运行维护费 (each column)."""
    for column, row, fig in result.three_public.column_sums:
        if row != "合计":
            yield from given_figure(322, ctx, fig, f"部门预算财政拨款“三公”经费支出表“{column}”栏：", "公务用车购置及运维费",
                                    "公务用车购置费 + 公务用车运行维护费", 2)


# ───────────────────────────── 机关运行经费 ─────────────────────────────

def check_operating_public(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """343: 机关运行经费 = 公用经费, for 行政单位 and 参照公务员法管理事业单位."""
    op = result.operating
    if op.applies and op.total.is_entered:
        basic = result.budget.basic
        entered = "公用经费" in basic.entered_total
        yield from _agreement(343, ctx, Agreement("情况说明", "“机关运行经费”合计", "部门预算一般公共预算财政拨款基本支出表",
                                                  "合计行“公用经费”", op.total,
                                                  pointer_join(basic.total_pointer, "公用经费") if entered else None))


def check_operating_items(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """344: 机关运行经费 合计 = Σ the items the text lists (a published list that leaves rows out)."""
    op = result.operating
    fig = op.listed_total
    if fig is None or fig.difference == ZERO:
        return
    omitted = "、".join(f"{i.code} {i.name} {money(i.amount)}万元" for i in op.omitted)
    yield make(344, Severity.WARNING, ctx.source.location(fig.pointer), fig.pointer, total=money(fig.value),
               count=len(op.costs.listed), listed=money(fig.computed), diff=money(fig.difference),
               omitted=f"：基本支出表公用经费中未列 {omitted}" if omitted else "", items=len(op.items))


def check_operating_quotes(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """345: each item the text lists = its row of the 基本支出表 (公用经费)."""
    for item, table_value in result.operating.misquoted:
        found = ("基本支出表公用经费中没有此科目" if table_value is None
                 else f"基本支出表该科目公用经费为 {money(table_value)}万元")
        pointer = pointer_join(item.pointer, "金额")
        yield make(345, Severity.WARNING, ctx.source.location(pointer), pointer, code=item.code, name=item.name,
                   amount=money(item.amount) if item.amount is not None else "（未填）", found=found)


# ───────────────────────────── 项目 ─────────────────────────────

def check_project_total(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """346: 支出总表 合计行 项目支出 = Σ 项目绩效目标表 预算数."""
    yield from _agreement(346, ctx, Agreement("部门预算支出总表", "合计行“项目支出”", "项目绩效目标表", "预算数之和",
                                              result.project_total, "/项目绩效目标表" if result.projects else None,
                                              max(len(result.projects), 1)))


def check_project_funds(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """347: 预算数 = 财政资金 + 其他资金 (when both sides are entered)."""
    for i, p in enumerate(result.projects):
        if p.project.fiscal is not None or p.project.other is not None:
            yield from given_figure(347, ctx, p.amount, f"项目绩效目标表第{i + 1}张“{p.project.name}”：", "预算数",
                                    "财政资金 + 其他资金", 2)


def check_project_budget(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """348: a 项目绩效目标表 without 预算数 (and where the 支出说明 names that project)."""
    for i, p in enumerate(result.projects):
        if p.has_budget:
            continue
        notes = [f"；情况说明“项目支出列示”第{n + 1}项列有该项目（第{ctx.source.location(l.listed.pointer).line}行），"
                 + (f"文中照原文写的 {money(l.listed.amount)}万元列示" if l.listed.amount is not None else "文中不列示")
                 for n, l in enumerate(result.listed) if l.index == i]
        pointer = pointer_join(p.project.pointer, "项目名称")
        yield make(348, Severity.WARNING, ctx.source.location(pointer), pointer, index=i + 1, name=p.project.name,
                   listed="".join(notes))


def check_spending_plan(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """349: 资金支出计划 cumulative: never falling, 100% at the last date."""
    for i, p in enumerate(result.projects):
        problems = [f"{b.date}（{plain(b.percent)}%）低于{a.date}（{plain(a.percent)}%），计划是累计数，应逐期不减"
                    for a, b in p.plan_falls]
        end = p.plan_end
        if end is not None and not p.plan_reaches_full:
            if end.percent is None:
                reached = f"（{p.last_full.date}已达100%）" if p.last_full else ""
                problems.append(f"{end.date}为空，应为100%{reached}")
            else:
                problems.append(f"{end.date}为{plain(end.percent)}%，应为100%")
        if problems:
            plan = "、".join(f"{s.date}{plain(s.percent)}%" if s.percent is not None else f"{s.date}空白" for s in p.plan)
            pointer = pointer_join(p.project.pointer, "资金支出计划")
            yield make(349, Severity.WARNING, ctx.source.location(pointer), pointer, index=i + 1, name=p.project.name,
                       plan=plan, problem="；".join(problems))


def check_cost_caps(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """350: a cost indicator written as an amount (≤ X万元) is not above the project's 预算数."""
    for i, p in enumerate(result.projects):
        for cap, fig in p.cost_caps:
            if fig.entered > fig.computed:
                yield make(350, Severity.WARNING, ctx.source.location(fig.pointer), fig.pointer, index=i + 1,
                           name=p.project.name, level3=cap.indicator.level3, written=cap.written,
                           cap=money(fig.entered), budget=money(fig.computed), diff=money(fig.difference))


def check_listed_projects(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """353: every project the 支出说明 names has its 项目绩效目标表."""
    for n, listed in enumerate(result.listed):
        if listed.project is None:
            pointer = pointer_join(listed.listed.pointer, "项目名称")
            yield make(353, Severity.ERROR, ctx.source.location(pointer), pointer, index=n + 1,
                       name=listed.listed.project)


def check_listed_amounts(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """354: an amount the 支出说明 writes for a project = that project's 预算数 (when its table has one)."""
    for n, listed in enumerate(result.listed):
        amount, project = listed.listed.amount, listed.project
        if amount is not None and project is not None and project.has_budget and amount != project.budget:
            pointer = pointer_join(listed.listed.pointer, "金额")
            yield make(354, Severity.WARNING, ctx.source.location(pointer), pointer, index=n + 1,
                       name=listed.listed.called, amount=money(amount), budget=money(project.budget),
                       project=project.project.name)


# ───────────────────────────── 文字 ─────────────────────────────

def check_human_texts(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """501–506: the texts the department wrote ({名称}, typed figures, doubled words, placeholders, years)."""
    if result.text_scope is not None:
        yield from check_texts((result.text_scope,), ctx)
        yield from check_lint(result.text_scope, result.budget.year, ctx)


# ───────────────────────────── 资产与采购 ─────────────────────────────

def check_fixed_assets(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """351: 固定资产 资产总额 = 房屋 + 车辆 + 设备 + 其他 (其中 rows not added again)."""
    fig = result.fixed_assets.total
    yield from given_figure(351, ctx, fig, "部门固定资产占用情况表：", "资产总额“价值”", "各类资产价值之和", len(fig.terms))


def check_procurement_total(result: BudgetResult, ctx: CheckContext) -> Iterable[Problem]:
    """352: 政府采购预算 合计 = Σ items."""
    fig = result.procurement.total
    yield from given_figure(352, ctx, fig, "部门政府采购预算：", "合计", "各采购项目之和", max(len(fig.terms), 1))


CHECKS: list[Callable[[BudgetResult, CheckContext], Iterable[Problem]]] = [
    check_codes,
    check_template_rows,
    check_parent_sums_all,
    check_row_sums_all,
    check_class_sums_all,
    check_summary_income,
    check_summary_expense,
    check_summary_balance,
    check_income_table,
    check_fiscal_income_total,
    check_fiscal_income,
    check_fiscal_expense,
    check_fiscal_balance,
    check_general_basic,
    check_personnel,
    check_public,
    check_three_public_total,
    check_three_public_car,
    check_operating_public,
    check_operating_items,
    check_operating_quotes,
    check_project_total,
    check_project_funds,
    check_project_budget,
    check_spending_plan,
    check_cost_caps,
    check_listed_projects,
    check_listed_amounts,
    check_human_texts,
    check_fixed_assets,
    check_procurement_total,
]

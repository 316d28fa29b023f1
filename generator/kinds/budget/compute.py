"""Every figure of a 预算 document that the clerk does not type, computed once.

`compute` returns one frozen `BudgetResult` (result.py): each table's printed cells, each entered
total beside the total computed from its parts (a `Figure`), the figures printed in two tables
side by side (an `Agreement`), and every number of the 情况说明.  Values are exact ``Decimal``;
rounding happens only in numfmt, when the context formats them.
"""
from __future__ import annotations

from decimal import Decimal

from ...figures import ZERO, Change, Figure, Term, figure
from ...load import pointer_join
from ...parts.fixed_assets import compute_fixed_assets
from ...parts.items import TableResult, compute_table
from ...parts.operating_costs import compute_operating_costs
from ...parts.procurement import compute_procurement
from ...parts.project_targets import compute_project
from ...parts.three_public import ABROAD, CAR, CAR_PURCHASE, CAR_RUNNING, RECEPTION, TOTAL, compute_three_public_table
from ...reference import Classification
from ...references import AMOUNT, PLAIN, Quantity, Scope, TextField
from ...templateset import Settings
from .model import (BASIC, EXPENSE, FISCAL, FISCAL_FUNDS, FISCAL_INCOME, GENERAL, INCOME, PERSONNEL_CLASSES, SUMMARY,
                    SUMMARY_INCOME, UNIT_FUNDS_SOURCES, Budget, Lines)
from .result import (Agreement, BasicResult, BudgetResult, FiscalResult, ListedResult, NarrativeItem, SummaryResult,
                     Unprinted)

def _pointer_or_table(table: TableResult, column: str) -> str | None:
    """Where a 合计-row figure of a 科目 table stands: its cell when entered, else nowhere (computed)."""
    return pointer_join(table.table.total_pointer, column) if column in table.table.entered_total else None


def _class_codes(reference: Classification) -> dict[str, str]:
    """功能分类 类 name → code."""
    return {name: code for code, name in reference.function.items() if len(code) == 3}


def _unprinted(table: str, lines: dict, printed: tuple[str, ...], codes: dict[str, str], pointer) -> tuple[Unprinted, ...]:
    return tuple(Unprinted(table, codes.get(name, ""), name, pointer(name)) for name in lines
                 if codes.get(name) not in printed)


def _summary(dept: Budget, expense: TableResult, classes: tuple[str, ...], codes: dict[str, str]) -> SummaryResult:
    s = dept.summary
    income = {k: s.income.get(k) for k in SUMMARY_INCOME}
    income_total = figure(s.totals.entered("本年收入合计"), [Term(k, v) for k, v in income.items()],
                          s.totals.pointer_of("本年收入合计"))
    names = {code: name for name, code in codes.items()}
    printed = {}
    agreements = []
    for code in classes:
        entered = s.expense.entered(names.get(code, ""))
        table_value = expense.value(code, "合计")
        printed[code] = table_value if entered is None else entered
        if entered is not None:
            agreements.append(Agreement(SUMMARY, f"“{names[code]}”", EXPENSE, f" {code} {names[code]}“合计”",
                                        Figure(table_value, entered, s.expense.pointer_of(names[code])),
                                        expense.table.by_code[code].pointer if code in expense.table.by_code else None))
    entered_total = s.totals.entered("本年支出合计")
    if entered_total is not None:
        agreements.append(Agreement(SUMMARY, "“本年支出合计”", EXPENSE, "合计行“合计”",
                                    Figure(expense.total("合计"), entered_total, s.totals.pointer_of("本年支出合计")),
                                    _pointer_or_table(expense, "合计")))
    expense_total = expense.total("合计") if entered_total is None else entered_total
    carried_in, carried_out = s.totals.get("上年结转结余"), s.totals.get("年终结转结余")
    income_grand = figure(s.totals.entered("收入总计"), [Term("本年收入合计", income_total.value),
                                                       Term("上年结转结余", carried_in)], s.totals.pointer_of("收入总计"))
    expense_grand = figure(s.totals.entered("支出总计"), [Term("本年支出合计", expense_total),
                                                        Term("年终结转结余", carried_out)], s.totals.pointer_of("支出总计"))
    unprinted = _unprinted(SUMMARY, s.expense.values, classes, codes, s.expense.pointer_of)
    return SummaryResult(income, income_total, printed, tuple(agreements), expense_total, carried_in, carried_out,
                         income_grand, expense_grand, unprinted)


def _income_agreements(summary: SummaryResult, income: TableResult, dept: Budget) -> tuple[Agreement, ...]:
    """收入总表 合计行 against the 收支总表 income lines: 财政拨款, 财政专户, 单位资金, 上年结转, 合计."""
    s = summary.income
    lines = dept.summary

    def left(columns: tuple[str, ...]) -> str:
        """Where the 收入总表 figure stands: its 合计-row cell when entered, else the table."""
        entered = [c for c in columns if c in dept.income.entered_total]
        return pointer_join(dept.income.total_pointer, entered[0]) if entered else dept.income.pointer

    def right(key: str) -> str | None:
        for group in (lines.income, lines.totals):
            if key in group.values:
                return group.pointer_of(key)
        return None

    def agree(columns: tuple[str, ...], left_label: str, right_label: str, right_value: Decimal, right_key: str,
              parts: int = 0):
        value = sum((income.total(c) for c in columns), ZERO)
        return Agreement(INCOME, left_label, SUMMARY, right_label, Figure(right_value, value, left(columns)),
                         right(right_key), parts or len(columns))

    fiscal = sum((s[k] for k in SUMMARY_INCOME[:3]), ZERO)
    return (
        agree(("财政拨款收入",), "合计行“财政拨款收入”", "一般公共预算、政府性基金、国有资本经营预算拨款收入之和", fiscal,
              SUMMARY_INCOME[0], 3),
        agree(("财政专户收入",), "合计行“财政专户收入”", "“财政专户管理资金收入”", s["财政专户管理资金收入"], "财政专户管理资金收入"),
        agree(UNIT_FUNDS_SOURCES, "合计行事业、经营、上级补助、附属单位上缴、其他收入之和", "“单位资金”", s["单位资金"], "单位资金"),
        agree(("上年结转",), "合计行“上年结转”", "“上年结转结余”", summary.carried_in, "上年结转结余"),
        agree(("合计",), "合计行“合计”", "“收入总计”", summary.income_grand.value, "收入总计"),
    )


def _fiscal(dept: Budget, summary: SummaryResult, tables: tuple[TableResult, ...], classes: tuple[str, ...],
            codes: dict[str, str]) -> FiscalResult:
    f = dept.fiscal
    names = {code: name for name, code in codes.items()}
    income, income_agreements = {}, []
    for line, summary_line in zip(FISCAL_INCOME, SUMMARY_INCOME[:3]):
        entered = f.income.entered(line)
        income[line] = summary.income[summary_line] if entered is None else entered
        if entered is not None:
            income_agreements.append(Agreement(FISCAL, f"“{line}”", SUMMARY, f"“{summary_line}”",
                                               Figure(summary.income[summary_line], entered, f.income.pointer_of(line)),
                                               dept.summary.income.pointer_of(summary_line)
                                               if summary_line in dept.summary.income.values else None))
    income_total = figure(f.totals.entered("本年收入合计"), [Term(k, v) for k, v in income.items()],
                          f.totals.pointer_of("本年收入合计"))

    expense_agreements, row_sums = [], []

    def columns(lines: Lines, row_label: str, from_tables: list[Decimal], right_labels: list[str],
                right_pointers: list[str | None]) -> dict[str, Decimal]:
        """A row by column: each fund cell entered (set beside its table) or from its table; 合计 = Σ funds."""
        cells = {}
        for fund, table_value, right_label, right_pointer in zip(FISCAL_FUNDS, from_tables, right_labels, right_pointers):
            entered = lines.entered(fund)
            cells[fund] = table_value if entered is None else entered
            if entered is not None:
                expense_agreements.append(Agreement(FISCAL, f" {row_label}“{fund}”", right_label[0], right_label[1],
                                                    Figure(table_value, entered, lines.pointer_of(fund)), right_pointer))
        fund_sum = figure(lines.entered("合计"), [Term(k, cells[k]) for k in FISCAL_FUNDS], lines.pointer_of("合计"))
        if lines.entered("合计") is not None and any(lines.entered(k) is not None for k in FISCAL_FUNDS):
            row_sums.append((row_label, fund_sum))
        cells["合计"] = fund_sum.value
        return cells

    by_class = {}
    for code in classes:
        name = names.get(code, "")
        lines = f.expense.get(name) or Lines({}, pointer_join(pointer_join(f.pointer, "支出"), name))
        by_class[code] = columns(
            lines, name, [t.value(code, "合计") for t in tables],
            [(t.title, f" {code} {name}“合计”") for t in tables],
            [t.table.by_code[code].pointer if code in t.table.by_code else None for t in tables])
    expense_total = columns(f.expense_total, "本年支出合计", [t.total("合计") for t in tables],
                            [(t.title, "合计行“合计”") for t in tables], [_pointer_or_table(t, "合计") for t in tables])
    opening = {line: f.opening.get(line) for line in FISCAL_INCOME}
    opening_total = f.opening.entered("合计") if f.opening.entered("合计") is not None else sum(opening.values(), ZERO)
    closing = {fund: f.closing.get(fund) for fund in FISCAL_FUNDS}
    closing["合计"] = f.closing.entered("合计") if f.closing.entered("合计") is not None else sum(closing.values(), ZERO)
    grand_by_column = {k: f.expense_grand.entered(k) if f.expense_grand.entered(k) is not None
                       else expense_total[k] + closing[k] for k in ("合计",) + FISCAL_FUNDS}
    income_grand = figure(f.totals.entered("收入总计"), [Term("本年收入合计", income_total.value),
                                                       Term("年初财政拨款结转和结余", opening_total)],
                          f.totals.pointer_of("收入总计"))
    expense_grand = figure(f.expense_grand.entered("合计"), [Term("本年支出合计", expense_total["合计"]),
                                                           Term("年末财政拨款结转和结余", closing["合计"])],
                           f.expense_grand.pointer_of("合计"))
    unprinted = _unprinted(FISCAL, f.expense, classes, codes,
                           lambda name: pointer_join(pointer_join(f.pointer, "支出"), name))
    return FiscalResult(income, tuple(income_agreements), income_total, by_class, tuple(expense_agreements),
                        tuple(row_sums), expense_total, opening, opening_total, closing, grand_by_column, income_grand,
                        expense_grand, unprinted)


def _basic(basic: TableResult, general: TableResult, dept: Budget) -> BasicResult:
    """人员经费 is the 合计 of 301 and 303 rows, 公用经费 that of the other classes: each row is set beside that."""
    personnel_rows, public_rows = [], []
    for row in dept.basic.rows:
        whole = basic.value(row.code, "合计")
        personnel = row.code[:3] in PERSONNEL_CLASSES
        for column, expected, rows in (("人员经费", whole if personnel else ZERO, personnel_rows),
                                       ("公用经费", ZERO if personnel else whole, public_rows)):
            pointer = row.cell_pointer(column) if column in row.cells else row.pointer
            rows.append((row, Figure(expected, basic.value(row.code, column), pointer,
                                     (Term(f"{row.code} {row.name}“合计”", whole),))))
    general_basic = Agreement(GENERAL, "合计行“基本支出”", BASIC, "合计行“合计”",
                              Figure(basic.total("合计"), general.total("基本支出"),
                                     _pointer_or_table(general, "基本支出") or dept.general_budget.pointer),
                              _pointer_or_table(basic, "合计"))
    return BasicResult(basic, tuple(personnel_rows), tuple(public_rows), general_basic)


def compute(dept: Budget, settings: Settings, reference: Classification) -> BudgetResult:
    name_fn = reference.function_name
    income = compute_table(dept.income, name_fn)
    expense = compute_table(dept.expense, name_fn)
    general = compute_table(dept.general_budget, name_fn)
    fund = compute_table(dept.government_fund, name_fn)
    capital = compute_table(dept.state_capital, name_fn)
    basic_table = compute_table(dept.basic, reference.economic_name)
    layout = settings.layout
    codes = _class_codes(reference)

    summary = _summary(dept, expense, layout.summary_classes, codes)
    fiscal = _fiscal(dept, summary, (general, fund, capital), layout.summary_classes, codes)
    basic = _basic(basic_table, general, dept)
    three = compute_three_public_table(dept.three_public, dept.prior_three_public)
    operating = compute_operating_costs(dept.operating, basic_table, "公用经费", basic.public, dept.unit.nature)

    projects = tuple(compute_project(p, layout.plan_dates) for p in dept.projects)
    project_total = Figure(sum((p.budget for p in projects), ZERO), expense.total("项目支出"),
                           _pointer_or_table(expense, "项目支出") or dept.expense.pointer,
                           tuple(Term(p.project.name, p.budget) for p in projects))
    index = {}
    for i, p in enumerate(projects):
        index.setdefault(p.project.name, i)

    def listed_result(item) -> ListedResult:
        i = index.get(item.project, -1)
        return ListedResult(item, projects[i] if i >= 0 else None, i)

    listed = tuple(listed_result(item) for item in dept.explanations.listed_projects)
    if listed:
        # as the text lists them: the amount it writes, else the table's 预算数 (a project with neither is left out)
        project_list = tuple(NarrativeItem(l.listed.called, l.listed.amount if l.listed.amount is not None
                                           else l.project.budget) for l in listed
                             if l.project is not None and (l.listed.amount is not None or l.project.budget != ZERO))
        named = {l.project.project.name for l in listed if l.project is not None}
        complete = all(p.project.name in named for p in projects if p.budget != ZERO)
    else:
        project_list = tuple(NarrativeItem(p.project.name, p.budget) for p in projects if p.budget != ZERO)
        complete = True

    procurement = compute_procurement(dept.procurement)
    fixed_assets = compute_fixed_assets(dept.fixed_assets)
    income_lines = summary.income
    income_total = summary.income_total.value
    stated = income_lines["一般公共预算拨款收入"] + income_lines["政府性基金预算拨款收入"] + income_lines["财政专户管理资金收入"]
    units = dept.units
    named = {"三公经费": three.amount(TOTAL), "因公出国费": three.amount(ABROAD), "公务用车购置及运维费": three.amount(CAR),
             "公务用车运行维护费": three.amount(CAR_RUNNING), "公务用车购置费": three.amount(CAR_PURCHASE),
             "公务接待费": three.amount(RECEPTION),
             "收支总计": summary.income_grand.value, "本年收入合计": income_total,
             "一般公共预算拨款收入": income_lines["一般公共预算拨款收入"], "支出预算": expense.total("合计"),
             "基本支出": expense.total("基本支出"), "项目支出": expense.total("项目支出"),
             "人员经费": basic.personnel, "公用经费": basic.public, "机关运行经费": operating.total.value}
    figures = {"年度": Quantity(str(dept.year), PLAIN), "上年度": Quantity(str(dept.year - 1), PLAIN)}
    figures.update({k: Quantity(v, AMOUNT) for k, v in named.items() if v is not None})
    texts = tuple(TextField(f"/情况说明/{k}", v) for k, v in (("三公经费说明", dept.explanations.three_public_text),)
                  if v)
    return BudgetResult(
        budget=dept, summary=summary, income=income, expense=expense, fiscal=fiscal, general_budget=general,
        basic=basic, government_fund=fund, state_capital=capital, three_public=three,
        income_agreements=_income_agreements(summary, income, dept), operating=operating, projects=projects,
        project_total=project_total, listed=listed, procurement=procurement, fixed_assets=fixed_assets,
        income_total=income_total,
        general_income=income_lines["一般公共预算拨款收入"],
        fund_income=income_lines["政府性基金预算拨款收入"],
        special_account_income=income_lines["财政专户管理资金收入"],
        other_income=income_total - stated,
        expense_total=expense.total("合计"),
        basic_total=expense.total("基本支出"),
        project_expense=expense.total("项目支出"),
        personnel=basic.personnel,
        public=basic.public,
        project_list=project_list,
        project_list_complete=complete,
        total_change=Change(summary.income_grand.value, dept.prior_total),
        has_subordinate_units=len(units) > 1,
        has_subordinate_institutions=any("事业" in u.nature for u in units[1:]),
        planned_fixed_assets=procurement.fixed_assets,
        asset_date=f"{dept.year - 1}-12-31",
        text_scope=Scope("情况说明", figures, texts),
    )

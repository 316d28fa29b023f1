"""Every figure of a 决算 document that the clerk does not type, computed once.

`compute` returns one frozen `FinalAccounts` (result.py): each table's printed cells, each entered total
beside the total computed from its parts (a `Figure`), the cross-table identities, and every
number of the 情况说明 (shares, changes, completions, the lists).  Values are exact
``Decimal``; rounding happens only in numfmt, when the context formats them.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ...figures import ZERO, Change, Completion, Figure, Share, Term, figure, ratio, shares
from ...load import pointer_join
from ...numfmt import direction
from ...parts.items import ItemRow, ItemTable, TableResult, compute_table
from ...parts.performance import AttachedSheets, compute_management
from ...parts.reasons import VERSUS_BUDGET, VERSUS_PRIOR, Reason, resolve
from ...parts.sheets import ScoringRule, compute_sheet, performance, sheet_scope
from ...parts.three_public import ITEMS as THREE_PUBLIC_ITEMS, compute_three_public
from ...reference import Classification
from ...references import AMOUNT, PLAIN, Quantity, Scope
from ...templateset import Settings
from .model import (FISCAL_FUNDS, FUND_FLOWS, PERSONNEL_CLASSES, PROCUREMENT_KINDS, VEHICLE_KINDS, CodedAmount,
                    Department)
from .settings import ADJUSTED_BUDGET

BUDGET, ADJUSTED = "预算数", "全年预算数"          # the columns of 年初预算: 年初预算数, 全年预算数 (调整预算)
from .result import (Agreement, BasicResult, BudgetLink, ClassAgreement, FlowBalance, ClassDetail, ClassGroup, FinalAccounts, FiscalResult,
                     FundColumns, InfoResult, SummaryResult, UnplacedLine)

INCOME_SOURCES = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入",
                  "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")
INCOME_GROUPS = [("财政拨款收入", INCOME_SOURCES[:3]), ("上级补助收入", ("上级补助收入",)), ("事业收入", ("事业收入",)),
                 ("经营收入", ("经营收入",)), ("附属单位上缴收入", ("附属单位上缴收入",)), ("其他收入", ("其他收入",))]
EXPENSE_NATURES = ("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")
OPERATING_UNITS = ("行政单位", "参照公务员法管理事业单位")


def scoring_rule(settings: Settings) -> ScoringRule:
    return ScoringRule(settings.budget_weight, settings.grades, settings.grade_on_printed_total)


def _by_code(entries: tuple[CodedAmount, ...], code: str) -> Decimal | None:
    """The amount for `code`: entered for it, or the sum of the highest entered levels below it."""
    codes = {e.code: e.amount for e in entries}
    if code in codes:
        return codes[code]
    below = [c for c in codes if c.startswith(code) and len(c) > len(code)]
    top = [c for c in below if not any(o != c and c.startswith(o) for o in below)]
    return sum((codes[c] for c in top), ZERO) if top else None


def _rows_pointer(table: ItemTable, code: str, column: str) -> str | None:
    """Where a table's rows of a 类 stand: its own row (the cell, when typed), else the first row below it."""
    row = table.by_code.get(code)
    if row is not None:
        return row.cell_pointer(column) if column in row.cells else row.pointer
    first = next((r for r in table.rows if r.code.startswith(code)), None)
    return first.pointer if first else None


def _unplaced(table: str, typed, printed_names: dict[str, str], class_codes: dict[str, str], pointer_of) -> tuple:
    printed = set(printed_names.values())
    return tuple(UnplacedLine(table, class_codes.get(name, ""), name, pointer_of(name)) for name in typed
                 if name not in printed)


def _summary_classes(dept: Department, expense: TableResult, printed_names: dict[str, str]):
    """公开01's 支出 by 类: as typed (published figures win), else 公开03's; each typed one beside 公开03's."""
    typed = dept.summary_classes
    values, agreements = {}, []
    for code, name in printed_names.items():
        computed, entered = expense.value(code, "本年支出合计"), typed.entered(name)
        values[code] = computed if entered is None else entered
        if entered is not None:
            agreements.append(ClassAgreement(code, name, "", Figure(computed, entered, typed.pointer_of(name)),
                                             expense.title, "本年支出合计",
                                             _rows_pointer(dept.expense, code, "本年支出合计")))
    return values, tuple(agreements)


def _fiscal_classes(dept: Department, tables: tuple[TableResult, ...], printed_names: dict[str, str]):
    """公开04's 支出 by 类 and fund: as typed, else from 公开05/07/08; typed cells beside those tables' figures."""
    by_class, agreements, row_sums = {}, [], []
    for code, name in printed_names.items():
        typed = dept.fiscal_classes.get(name)
        funds = []
        for fund, table in zip(FISCAL_FUNDS, tables):
            computed = table.value(code, "本年支出合计")
            entered = typed.entered(fund) if typed else None
            funds.append(computed if entered is None else entered)
            if entered is not None:
                agreements.append(ClassAgreement(code, name, fund, Figure(computed, entered, typed.pointer_of(fund)),
                                                 table.title, "本年支出合计",
                                                 _rows_pointer(table.table, code, "本年支出合计")))
        total = figure(typed.entered("合计") if typed else None, [Term(f, v) for f, v in zip(FISCAL_FUNDS, funds)],
                       typed.pointer_of("合计") if typed else "")
        if total.is_entered:
            row_sums.append((name, total))
        by_class[code] = FundColumns(total.value, tuple(funds))
    return by_class, tuple(agreements), tuple(row_sums)


FLOW_SOURCES = (("年初结转和结余", "年初财政拨款结转和结余"), ("本年收入", "本年收入"),
                ("年末结转和结余", "年末财政拨款结转和结余"))


def _flows(dept: Department, tables: tuple[tuple[TableResult, str], ...]):
    """The 收入支出 shape of the 政府性基金 and 国有资本经营 tables: once a table types a 年初, 本年收入 or 年末, each of
    its rows balances (so does its 合计, the sum of the rows); the 合计 of each typed column beside 公开04's column of
    its fund."""
    balances, agreements = [], []
    for table, fund in tables:
        typed = table.table
        if not any(typed.has(c) for c in FUND_FLOWS):
            continue
        for r in typed.rows:
            balances.append(FlowBalance(table.title, f"{r.code} {table.name(r.code)}", r.pointer,
                                        table.value(r.code, "年初结转和结余") + table.value(r.code, "本年收入"),
                                        table.value(r.code, "本年支出合计") + table.value(r.code, "年末结转和结余")))
        where = typed.total_pointer if typed.entered_total else pointer_join(typed.pointer, "科目")
        for column, line in FLOW_SOURCES:
            if typed.has(column):
                source = dept.fiscal[line]
                agreements.append(Agreement(table.title, f"合计行“{column}”",
                                            Figure(source.get(fund), table.total(column), where),
                                            "财政拨款收入支出决算总表", f"“{line}”“{fund}”", source.pointer_of(fund)))
    return tuple(balances), tuple(agreements)


def _document_scope(result_parts: dict, texts, year: int) -> Scope:
    figures = {"年度": Quantity(str(year), PLAIN), "上年度": Quantity(str(year - 1), PLAIN)}
    figures.update({name: Quantity(value, AMOUNT) for name, value in result_parts.items() if value is not None})
    return Scope("情况说明", figures, texts)


def _from_budget(dept: Department, budget) -> BudgetLink:
    """The 年初预算 figures this 决算 takes from the same year's 预算 file, and each one typed here set beside it.

    By 科目: the 预算's 一般公共预算财政拨款支出表 合计; 三公: its “三公”经费表 合计 column; 机关运行经费: its total."""
    table = budget.general_budget
    classes = tuple(CodedAmount(code, table.name(code), table.value(code, "合计"), "") for code in table.codes)
    typed_classes = tuple((row.code, Figure(_by_code(classes, row.code) or ZERO, row.cells[BUDGET],
                                            row.cell_pointer(BUDGET)))
                          for row in dept.budget.rows if BUDGET in row.cells)
    three_values = {item: budget.three_public.amount(item) for item in THREE_PUBLIC_ITEMS}
    typed_three = tuple((item, Figure(three_values[item], value, pointer_join(dept.three_public_budget.pointer, item)))
                        for item, value in dept.three_public_budget.values.items())
    operating = budget.operating.total.value
    typed_operating = (Figure(operating, dept.budget_operating, "/年初预算/机关运行经费")
                       if dept.budget_operating is not None else None)
    return BudgetLink(classes, typed_classes, three_values, typed_three, operating, typed_operating)


def _budget_table(dept: Department, link: BudgetLink | None) -> ItemTable:
    """年初预算数 and 全年预算数 by 科目, as the 情况说明 compares them with the 决算.

    The rows typed here; when none gives a 年初预算数 and the file names its 预算 file, the 年初预算数 of every
    科目 of that file.  A row with nothing typed below it and no 全年预算数 was not adjusted: its 全年预算数 is
    its 年初预算数 (a row with rows below it sums them, as every 科目 table does)."""
    typed = dept.budget
    rows = list(typed.rows)
    if link is not None and not typed.has(BUDGET):
        at = {r.code: i for i, r in enumerate(rows)}
        for c in link.classes:
            if c.code in at:
                row = rows[at[c.code]]
                rows[at[c.code]] = replace(row, cells={BUDGET: c.amount, **row.cells})
            else:
                rows.append(ItemRow(c.code, c.name, {BUDGET: c.amount}, "", named=False))
    codes = {r.code for r in rows}
    filled = []
    for row in rows:
        leaf = not any(len(c) > len(row.code) and c.startswith(row.code) for c in codes)
        if leaf and ADJUSTED not in row.cells and BUDGET in row.cells:
            row = replace(row, cells={**row.cells, ADJUSTED: row.cells[BUDGET]})
        filled.append(row)
    return replace(typed, rows=tuple(filled))


def compute(dept: Department, settings: Settings, reference: Classification, linked: dict | None = None) -> FinalAccounts:
    link = _from_budget(dept, linked["预算文件"]) if linked and "预算文件" in linked else None
    # 年初预算: typed in this file, else taken from the 预算 file (typed figures are checked against it)
    layout = settings.layout
    three_budget = dept.three_public_budget
    if link and not three_budget.given:
        three_budget = replace(three_budget, values=dict(link.three_public))
    budget_operating = dept.budget_operating if dept.budget_operating is not None else (link.operating if link else None)
    name_fn = reference.function_name
    income = compute_table(dept.income, name_fn)
    expense = compute_table(dept.expense, name_fn)
    general = compute_table(dept.general_budget, name_fn)
    fund = compute_table(dept.government_fund, name_fn)
    capital = compute_table(dept.state_capital, name_fn)
    basic_table = compute_table(dept.basic.table, reference.economic_name)
    budget = compute_table(_budget_table(dept, link), name_fn)
    base = ADJUSTED if layout.budget_base == ADJUSTED_BUDGET else BUDGET

    # 公开04 first: 公开01's fiscal income lines come from it
    fiscal_in = dept.fiscal["本年收入"]
    totals = dept.fiscal_totals
    fund_terms = [Term(f, fiscal_in.get(f)) for f in FISCAL_FUNDS]
    fiscal_income_total = figure(totals.entered("本年收入合计"), fund_terms, totals.pointer_of("本年收入合计"))
    by_fund_tables = (general, fund, capital)
    expense_terms = [Term(t.title, t.total("本年支出合计")) for t in by_fund_tables]
    fiscal_expense_total = figure(totals.entered("本年支出合计"), expense_terms, totals.pointer_of("本年支出合计"))
    opening = {f: dept.fiscal["年初财政拨款结转和结余"].get(f) for f in FISCAL_FUNDS}
    closing = {f: dept.fiscal["年末财政拨款结转和结余"].get(f) for f in FISCAL_FUNDS}
    opening_total, closing_total = sum(opening.values(), ZERO), sum(closing.values(), ZERO)
    fiscal_income_side = fiscal_income_total.value + opening_total
    fiscal_expense_side = fiscal_expense_total.value + closing_total
    fiscal_grand = totals.entered("总计")

    def fund_columns(values: list[Decimal]) -> FundColumns:
        return FundColumns(sum(values, ZERO), tuple(values))

    class_codes = {name: code for code, name in reference.function.items() if len(code) == 3}
    printed_names = {code: reference.function_name(code) for code in settings.layout.summary_classes}
    fiscal_by_class, fiscal_agreements, fiscal_row_sums = _fiscal_classes(dept, by_fund_tables, printed_names)

    income_fiscal_entered = "财政拨款收入" in dept.income.entered_total
    fiscal = FiscalResult(
        income={f: fiscal_in.get(f) for f in FISCAL_FUNDS}, opening=opening, closing=closing,
        income_total=fiscal_income_total,
        income_vs_income_table=Figure(fiscal_income_total.value, income.total("财政拨款收入"),
                                      pointer_join(dept.income.total_pointer, "财政拨款收入") if income_fiscal_entered
                                      else dept.income.total_pointer),
        expense_total=fiscal_expense_total,
        by_class=fiscal_by_class, class_agreements=fiscal_agreements, class_row_sums=fiscal_row_sums,
        unplaced=_unplaced("财政拨款收入支出决算总表", dept.fiscal_classes, printed_names, class_codes,
                           lambda name: pointer_join("/财政拨款收入支出决算总表/支出", name)),
        fund_totals=fund_columns([t.total("本年支出合计") for t in by_fund_tables]),
        fund_grand_totals=fund_columns([t.total("本年支出合计") + closing[f] for t, f in zip(by_fund_tables, FISCAL_FUNDS)]),
        opening_total=opening_total, closing_total=closing_total,
        income_side=fiscal_income_side, expense_side=fiscal_expense_side,
        entered_grand_total=fiscal_grand, grand_total_pointer=totals.pointer_of("总计"),
        income_grand_total=fiscal_grand if fiscal_grand is not None else fiscal_income_side,
        expense_grand_total=fiscal_grand if fiscal_grand is not None else fiscal_expense_side,
        income_pointer=totals.pointer_of("本年收入合计") if totals.entered("本年收入合计") is not None else fiscal_in.pointer)

    # 公开01
    s = dept.summary
    sources = dict(zip(INCOME_SOURCES, [fiscal_in.get(f) for f in FISCAL_FUNDS]
                       + [income.total(k) for k in ("上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")]))
    income_total = figure(s.entered("本年收入合计"), [Term(k, v) for k, v in sources.items()], s.pointer_of("本年收入合计"))
    expense_total = Figure(expense.total("本年支出合计"), s.entered("本年支出合计"), s.pointer_of("本年支出合计"))
    lines = {k: s.get(k) for k in ("使用非财政拨款结余", "年初结转和结余", "结余分配", "年末结转和结余")}
    income_side = income_total.value + lines["使用非财政拨款结余"] + lines["年初结转和结余"]
    expense_side = expense_total.value + lines["结余分配"] + lines["年末结转和结余"]
    grand = s.entered("总计")
    summary_by_class, summary_agreements = _summary_classes(dept, expense, printed_names)
    summary = SummaryResult(
        income_sources=sources, income_total=income_total, expense_total=expense_total,
        expense_by_class=summary_by_class, class_agreements=summary_agreements,
        unplaced=_unplaced("收入支出决算总表", dept.summary_classes.values, printed_names, class_codes,
                           dept.summary_classes.pointer_of),
        lines=lines, income_side=income_side, expense_side=expense_side,
        entered_grand_total=grand, grand_total_pointer=s.pointer_of("总计"),
        income_grand_total=grand if grand is not None else income_side,
        expense_grand_total=grand if grand is not None else expense_side)

    # 公开06
    class_codes = basic_table.class_codes
    personnel_classes = [c for c in class_codes if c[:3] in PERSONNEL_CLASSES]
    public_classes = [c for c in class_codes if c[:3] not in PERSONNEL_CLASSES]
    personnel_total = figure(dept.basic.personnel_total, [Term(c, basic_table.value(c, "决算数")) for c in personnel_classes],
                             pointer_join(dept.basic.pointer, "人员经费合计"))
    public_total = figure(dept.basic.public_total, [Term(c, basic_table.value(c, "决算数")) for c in public_classes],
                          pointer_join(dept.basic.pointer, "公用经费合计"))
    basic_entered = "基本支出" in dept.general_budget.entered_total

    def leaf_items(personnel: bool, whole: Decimal) -> list[Share]:
        return [Share(basic_table.name(c), basic_table.value(c, "决算数"), ratio(basic_table.value(c, "决算数"), whole), c)
                for c in basic_table.codes_at(5)
                if basic_table.value(c, "决算数") != ZERO and (c[:3] in PERSONNEL_CLASSES) == personnel]

    basic = BasicResult(
        basic_table, personnel_total, public_total,
        Figure(personnel_total.value + public_total.value, general.total("基本支出"),
               pointer_join(dept.general_budget.total_pointer, "基本支出") if basic_entered else dept.general_budget.total_pointer,
               (Term("人员经费合计", personnel_total.value), Term("公用经费合计", public_total.value))),
        leaf_items(True, personnel_total.value), leaf_items(False, public_total.value))

    # 公开09
    three = compute_three_public(three_budget, dept.three_public_actual, dept.prior_three_public)

    # 公开10 and 其他重要事项
    info = dept.info
    p = info.procurement
    procurement_total = figure(p.entered("合计"), [Term(k, p.get(k)) for k in PROCUREMENT_KINDS], p.pointer_of("合计"))
    explanations = dept.explanations
    sme, small = explanations.sme_awarded, explanations.small_awarded
    bought = explanations.procurement
    operating = sum((info.operating.get(k) for k in OPERATING_UNITS), ZERO)
    operating_units = dept.overview.operating_units
    vehicles = tuple((k, info.vehicles.get(k, 0)) for k in VEHICLE_KINDS)
    visits = explanations.three_public
    reception_split = None
    if visits.home.amount is not None or visits.abroad.amount is not None:
        split = (visits.home.amount or ZERO) + (visits.abroad.amount or ZERO)
        reception_split = Figure(three.items["公务接待费"].actual, split, pointer_join(visits.home.pointer, "金额"),
                                 (Term("国内接待", visits.home.amount or ZERO), Term("国（境）外接待", visits.abroad.amount or ZERO)))
    info_result = InfoResult(
        procurement_total=procurement_total,
        procurement_parts=shares([(k, p.get(k)) for k in PROCUREMENT_KINDS], procurement_total.value),
        sme=None if sme is None else Share("授予中小企业合同金额", sme, ratio(sme, procurement_total.value)),
        small=None if small is None else Share("授予小微企业合同金额", small, ratio(small, procurement_total.value)),
        small_of_sme=None if small is None or sme is None else Share("授予小微企业合同金额", small, ratio(small, sme)),
        reserved_sme=bought.reserved_sme,
        reserved_small=None if bought.reserved_small is None else Share(
            "预留小微企业采购份额", bought.reserved_small, ratio(bought.reserved_small, bought.reserved_sme or ZERO)),
        other_sme=None if bought.other_sme is None else Share(
            "其他项目授予中小企业合同金额", bought.other_sme, ratio(bought.other_sme, sme or ZERO)),
        sme_by_kind=[Share(k, bought.sme_by_kind[k], ratio(bought.sme_by_kind[k], p.get(k))) for k in PROCUREMENT_KINDS
                     if k in bought.sme_by_kind],
        sme_by_kind_total=figure(sme, [Term(k, v) for k, v in bought.sme_by_kind.items()],
                                 pointer_join(bought.pointer, "授予中小企业合同金额"))
        if sme is not None and bought.sme_by_kind else None,
        operating=operating,
        operating_vs_public=Figure(public_total.value, operating, info.operating.pointer,
                                   (Term("公用经费合计", public_total.value),))
        if info.operating_given and all(operating_units) else None,
        operating_limit=public_total.value if info.operating_given and any(operating_units) and not all(operating_units)
        else None,
        vehicle_total=info.vehicle_total if info.vehicle_total is not None else sum(n for _, n in vehicles),
        entered_vehicle_total=info.vehicle_total,
        counted_vehicles=sum(n for _, n in vehicles),
        vehicles=vehicles,
        reception_split=reception_split,
        total_batches=visits.home.batches + visits.abroad.batches,
        total_people=visits.home.people + visits.abroad.people)

    # 情况说明
    income_grand_total = summary.income_grand_total
    income_parts = shares([(name, sum((sources[k] for k in keys), ZERO)) for name, keys in INCOME_GROUPS],
                          income_total.value)
    expense_parts = shares([(name, expense.total(name)) for name in EXPENSE_NATURES], expense_total.value)
    has_split = any(k in r.cells for r in dept.expense.rows for k in ("人员经费", "公用经费"))
    expense_basic = expense.total("基本支出")
    general_total = general.total("本年支出合计")
    general_classes = [p for p in shares([(general.name(c), general.value(c, "本年支出合计")) for c in general.class_codes],
                                         general_total, list(general.class_codes)) if p.amount != ZERO]

    def name_of(code: str) -> str:
        return general.name(code) if code in general.names else budget.name(code) or reference.function_name(code)

    def prior_of(code: str) -> Decimal | None:
        if not dept.prior_classes:
            return None
        value = _by_code(dept.prior_classes, code)
        return ZERO if value is None else value

    places = settings.amount_places

    def versus_prior(reason: Reason, change: Change):
        return resolve(reason, direction(change.delta, places), VERSUS_PRIOR)

    def versus_budget(reason: Reason, completion: Completion):
        return resolve(reason, direction(completion.actual - completion.budget, places), VERSUS_BUDGET)

    def detail(code: str) -> ClassDetail:
        actual = general.value(code, "本年支出合计") if code in general.names else ZERO
        path = tuple(name_of(code[:n]) for n in (3, 5, 7) if n <= len(code))
        initial, adjusted = Completion(actual, budget.value(code, BUDGET)), Completion(actual, budget.value(code, ADJUSTED))
        compared = adjusted if base == ADJUSTED else initial
        change = Change(actual, prior_of(code))
        note = explanations.note(code)
        return ClassDetail(code, name_of(code), actual, compared, change, note, path,
                           versus_prior(note.change_reason if note else Reason(), change),
                           versus_budget(note.budget_reason if note else Reason(), compared), initial, adjusted)

    budgeted = {r.code for r in budget.table.rows}
    spent_codes = {c for c in general.codes if general.value(c, "本年支出合计") != ZERO}
    details = [detail(c) for c in sorted({c for c in spent_codes | budgeted if len(c) == 3} | {c[:3] for c in budgeted})]
    items = sorted({c for c in spent_codes | budgeted if len(c) == 7})
    item_groups = [ClassGroup(g, name_of(g), tuple(detail(c) for c in items if c.startswith(g)))
                   for g in sorted({c[:3] for c in items})]
    initial_total, adjusted_total = Completion(general_total, budget.total(BUDGET)), Completion(general_total,
                                                                                               budget.total(ADJUSTED))
    compared_total = adjusted_total if base == ADJUSTED else initial_total
    basic_total = personnel_total.value + public_total.value

    rule = scoring_rule(settings)
    sheet_results = tuple(compute_sheet(s, rule) for s in dept.sheets)
    perf = performance(sheet_results, explanations.planned_projects)
    weak_grades = {g.name for g in settings.grades[-2:]}
    prior = dept.prior
    overall = compute_sheet(dept.overall_sheet, rule) if dept.overall_sheet else None
    named = {"收入总计": summary.income_grand_total, "支出总计": summary.expense_grand_total,
             "本年收入合计": income_total.value, "本年支出合计": expense_total.value,
             "财政拨款收入": fiscal_income_total.value, "财政拨款收入总计": fiscal.income_grand_total,
             "财政拨款支出总计": fiscal.expense_grand_total, "一般公共预算财政拨款支出": general_total,
             "基本支出": expense.total("基本支出"), "项目支出": expense.total("项目支出"),
             "人员经费": personnel_total.value, "公用经费": public_total.value,
             "三公经费": three.total.actual, "因公出国费": three.items["因公出国（境）费"].actual,
             "公务用车购置费": three.items["公务用车购置费"].actual, "公务用车运行维护费": three.items["公务用车运行维护费"].actual,
             "公务接待费": three.items["公务接待费"].actual, "机关运行经费": operating,
             "政府采购总额": procurement_total.value}
    all_sheets = sheet_results + ((overall,) if overall else ())
    graded: dict[str, tuple[str, ...]] = {}
    for i, r in enumerate(sheet_results):
        if r.grade:
            graded[r.grade] = graded.get(r.grade, ()) + (f"第{i + 1}张“{r.sheet.name}”",)
    management = compute_management(explanations.management, named, tuple(g.name for g in settings.grades),
                                    AttachedSheets(perf.count, perf.budget, perf.spent, graded))
    total_income_change = Change(income_grand_total, prior.entered("收入总计"))
    fiscal_income_change = Change(fiscal.income_grand_total, prior.entered("财政拨款收入总计"))
    general_budget_change = Change(general_total, prior.entered("一般公共预算财政拨款支出"))
    operating_change = Change(operating, prior.entered("机关运行经费"))
    facts = explanations.three_public
    reasons = {"收支总计": versus_prior(explanations.total_reason, total_income_change),
               "财政拨款收支": versus_prior(explanations.fiscal_reason, fiscal_income_change),
               "一般公共预算支出": versus_prior(explanations.general_budget_reason, general_budget_change),
               "一般公共预算支出决算与预算": versus_budget(explanations.general_budget_budget_reason, compared_total),
               "机关运行经费": versus_prior(explanations.operating_reason, operating_change),
               "“三公”经费": versus_prior(facts.reason, three.total.change)}
    reasons.update({k: versus_prior(facts.reasons.get(k, Reason()), three.items[k].change) for k in three.items})
    flow_balances, flow_agreements = _flows(dept, ((fund, FISCAL_FUNDS[1]), (capital, FISCAL_FUNDS[2])))
    return FinalAccounts(
        department=dept, flow_balances=flow_balances, flow_agreements=flow_agreements, income=income, expense=expense, general_budget=general, government_fund=fund,
        state_capital=capital, summary=summary, fiscal=fiscal, basic=basic, three_public=three, info=info_result,
        income_total=income_total.value,
        expense_total=expense_total.value,
        total_income_change=total_income_change,
        total_expense_change=Change(summary.expense_grand_total, prior.entered("支出总计")),
        income_parts=income_parts,
        expense_parts=expense_parts,
        expense_basic_split=shares([(k, expense.total(k)) for k in ("人员经费", "公用经费")], expense_basic)
        if has_split else [],
        fiscal_income=fiscal_income_total.value,
        other_income=income_total.value - fiscal_income_total.value,
        fiscal_income_change=fiscal_income_change,
        fiscal_expense_change=Change(fiscal.expense_grand_total, prior.entered("财政拨款支出总计")),
        general_budget_total=general_total,
        general_budget_share=ratio(general_total, expense_total.value),
        general_budget_change=general_budget_change,
        general_budget_classes=general_classes,
        general_budget_completion=compared_total,
        general_budget_initial=initial_total,
        general_budget_adjusted=adjusted_total,
        budget=budget,
        adjusted_given=dept.budget.has(ADJUSTED),
        class_details=details,
        item_groups=item_groups,
        basic_total=basic_total,
        personnel=Share("人员经费", personnel_total.value, ratio(personnel_total.value, basic_total)),
        public=Share("公用经费", public_total.value, ratio(public_total.value, basic_total)),
        operating_change=operating_change,
        operating_budget_change=Change(operating, budget_operating),
        budget_link=link,
        meetings=basic_table.value("30215", "决算数"),
        training=basic_table.value("30216", "决算数"),
        sheets=sheet_results,
        overall_sheet=overall,
        performance=perf,
        management=management,
        weak_sheets=sum(n for g, n in perf.grade_counts.items() if g in weak_grades),
        reasons=reasons,
        text_scope=_document_scope(named, dept.texts, dept.year),
        sheet_scopes=tuple(sheet_scope(r, texts, dept.year) for r, texts in zip(all_sheets, dept.sheet_texts)),
    )

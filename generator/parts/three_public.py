"""财政拨款“三公”经费: 因公出国（境）费, 公务用车购置及运行维护费 (购置 + 运行维护), 公务接待费.

The same four figures appear as budget, as actual and as last year's, in the 决算 and in the
预算; `compute_three_public` adds them up once: the total, the car subtotal, each item's
share of the total, its change on last year and its completion of the budget.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..figures import ZERO, Change, Completion, Figure, Term, dec, figure, ratio
from ..load import pointer_join

ABROAD, CAR_PURCHASE, CAR_RUNNING, RECEPTION = "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"
ITEMS = (ABROAD, CAR_PURCHASE, CAR_RUNNING, RECEPTION)
CAR = "公务用车购置及运行维护费"


@dataclass(frozen=True)
class ThreePublicFigures:
    """One column of the 三公 table (预算数, 决算数 or 上年): the four items, and an entered 合计."""
    values: dict[str, Decimal]
    pointer: str
    entered_total: Decimal | None = None
    entered_car: Decimal | None = None    # 公务用车购置及运行维护费 as entered

    def get(self, item: str) -> Decimal:
        return self.values.get(item, ZERO)

    @property
    def given(self) -> bool:
        return bool(self.values)


def read_figures(raw: dict | None, pointer: str) -> ThreePublicFigures:
    raw = raw or {}
    values = {k: dec(raw[k]) for k in ITEMS if raw.get(k) is not None}
    return ThreePublicFigures(values, pointer, None if raw.get("合计") is None else dec(raw["合计"]),
                              None if raw.get(CAR) is None else dec(raw[CAR]))


@dataclass(frozen=True)
class ThreePublicItem:
    name: str
    budget: Decimal
    actual: Decimal
    prior: Decimal | None
    share: Decimal | None           # of the actual total

    @property
    def completion(self) -> Completion:
        return Completion(self.actual, self.budget)

    @property
    def change(self) -> Change:
        return Change(self.actual, self.prior)


@dataclass(frozen=True)
class ThreePublicResult:
    items: dict[str, ThreePublicItem]     # the four items by name
    car: ThreePublicItem              # 公务用车购置及运行维护费
    total: ThreePublicItem            # “三公”经费
    budget_total: Figure              # 预算数 合计 (entered vs Σ items)
    actual_total: Figure              # 决算数 合计
    budget_car: Figure
    actual_car: Figure

    @property
    def empty(self) -> bool:
        return self.total.actual == ZERO and self.total.budget == ZERO


def compute_three_public(budget: ThreePublicFigures, actual: ThreePublicFigures,
                         prior: ThreePublicFigures | None) -> ThreePublicResult:
    actual_sum = sum((actual.get(k) for k in ITEMS), ZERO)
    known = prior is not None and prior.given

    def item(name: str, keys: tuple[str, ...]) -> ThreePublicItem:
        spent = sum((actual.get(k) for k in keys), ZERO)
        return ThreePublicItem(name, sum((budget.get(k) for k in keys), ZERO), spent,
                               sum((prior.get(k) for k in keys), ZERO) if known else None, ratio(spent, actual_sum))

    def totals(fig: ThreePublicFigures) -> tuple[Figure, Figure]:
        car = figure(fig.entered_car, [Term(k, fig.get(k)) for k in (CAR_PURCHASE, CAR_RUNNING)],
                     pointer_join(fig.pointer, CAR))
        whole = figure(fig.entered_total, [Term(k, fig.get(k)) for k in ITEMS], pointer_join(fig.pointer, "合计"))
        return whole, car

    budget_total, budget_car = totals(budget)
    actual_total, actual_car = totals(actual)
    return ThreePublicResult({k: item(k, (k,)) for k in ITEMS}, item(CAR, (CAR_PURCHASE, CAR_RUNNING)),
                             item("“三公”经费", ITEMS), budget_total, actual_total, budget_car, actual_car)


# ───────────────── a 三公 table by fund (the 预算's): rows are the items, columns the funds ─────────────────

TOTAL = "合计"
TABLE_ROWS = (TOTAL, ABROAD, CAR, CAR_PURCHASE, CAR_RUNNING, RECEPTION)   # as the form prints them
_PARTS = {TOTAL: (ABROAD, CAR, RECEPTION), CAR: (CAR_PURCHASE, CAR_RUNNING)}


@dataclass(frozen=True)
class ThreePublicTable:
    """The cells as entered: (row, column) → amount; the total column is `total_column`, the others are funds."""
    total_column: str
    funds: tuple[str, ...]
    cells: dict[tuple[str, str], Decimal]
    pointers: dict[tuple[str, str], str]

    def entered(self, row: str, column: str) -> Decimal | None:
        return self.cells.get((row, column))


@dataclass(frozen=True)
class ThreePublicTableResult:
    table: ThreePublicTable
    cells: dict[tuple[str, str], Decimal]                  # every printed cell
    column_sums: tuple[tuple[str, str, Figure], ...]       # (column, 合计 or the car row, entered vs Σ its items)
    row_sums: tuple[tuple[str, Figure], ...]               # (row, its entered total-column cell vs Σ funds)
    changes: dict[str, Change]                             # each row's total-column amount vs last year (when known)

    def amount(self, row: str) -> Decimal:
        return self.cells[(row, self.table.total_column)]

    @property
    def empty(self) -> bool:
        return self.amount(TOTAL) == ZERO


def compute_three_public_table(table: ThreePublicTable, prior: ThreePublicFigures | None) -> ThreePublicTableResult:
    """Blank cells: an item of a fund is 0; 合计 and the car row of a column are the sum of its items; an item of the
    total column is the sum of the funds.  Entered cells print as entered and are set beside those sums."""
    columns = (table.total_column,) + table.funds
    cells: dict[tuple[str, str], Decimal] = {}

    def value(row: str, column: str) -> Decimal:
        key = (row, column)
        if key not in cells:
            entered = table.entered(row, column)
            if entered is not None:
                cells[key] = entered
            elif row in _PARTS:
                cells[key] = sum((value(p, column) for p in _PARTS[row]), ZERO)
            elif column == table.total_column:
                cells[key] = sum((value(row, f) for f in table.funds), ZERO)
            else:
                cells[key] = ZERO
        return cells[key]

    for row in TABLE_ROWS:
        for column in columns:
            value(row, column)
    column_sums = []
    for column in columns:
        for row, parts in _PARTS.items():
            entered = table.entered(row, column)
            if entered is not None:
                column_sums.append((column, row, figure(entered, [Term(p, value(p, column)) for p in parts],
                                                        table.pointers.get((row, column), ""))))
    row_sums = []
    for row in TABLE_ROWS:
        entered = table.entered(row, table.total_column)
        if entered is not None and any(table.entered(row, f) is not None for f in table.funds):
            row_sums.append((row, figure(entered, [Term(f, value(row, f)) for f in table.funds],
                                         table.pointers.get((row, table.total_column), ""))))
    known = prior is not None and prior.given

    def prior_of(row: str) -> Decimal | None:
        if not known:
            return None
        if row == TOTAL:
            return sum((prior.get(k) for k in ITEMS), ZERO)
        if row == CAR:
            return prior.get(CAR_PURCHASE) + prior.get(CAR_RUNNING)
        return prior.get(row)

    changes = {row: Change(value(row, table.total_column), prior_of(row)) for row in TABLE_ROWS}
    return ThreePublicTableResult(table, cells, tuple(column_sums), tuple(row_sums), changes)

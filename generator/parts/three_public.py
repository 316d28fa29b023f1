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

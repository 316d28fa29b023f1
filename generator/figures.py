"""The value types every kind computes with: exact amounts, ratios, changes, and figures that
pair what the clerk entered with what gen computed.

Nothing here rounds (numfmt does, at display) and nothing here knows a document kind.
A ratio whose base is zero is ``None``: the template says it in words, never “0%”.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .load import pointer_join

ZERO = Decimal(0)
HUNDRED = Decimal(100)


def dec(value) -> Decimal:
    """An entered amount as Decimal; a blank (None) is 0."""
    if value is None:
        return ZERO
    return value if isinstance(value, Decimal) else Decimal(value)


def optional(value) -> Decimal | None:
    """An entered amount that may be absent (None stays None)."""
    return None if value is None else dec(value)


def total(values) -> Decimal:
    return sum(values, ZERO)


def ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole, or None when the whole is zero."""
    if whole == ZERO:
        return None
    return part / whole


@dataclass(frozen=True)
class Term:
    """One summand of a computed figure, kept so that a message can show the sum."""
    label: str
    value: Decimal


@dataclass(frozen=True)
class Figure:
    """A figure as entered beside the same figure as computed from other figures.

    `value` is what the document prints: the entered figure when there is one (published totals
    win: the finance system rounds each cell from 元), otherwise the computed one.  Checks
    compare `entered` with `computed`; `terms` are the summands, for the message.
    """
    computed: Decimal
    entered: Decimal | None = None
    pointer: str = ""                   # where the entered figure stands in the department file
    terms: tuple[Term, ...] = ()

    @property
    def value(self) -> Decimal:
        return self.computed if self.entered is None else self.entered

    @property
    def is_entered(self) -> bool:
        return self.entered is not None

    @property
    def difference(self) -> Decimal:
        return ZERO if self.entered is None else abs(self.entered - self.computed)

    @property
    def used_terms(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.value != ZERO)


def figure(entered: Decimal | None, terms: list[Term] | tuple[Term, ...], pointer: str = "") -> Figure:
    """A figure whose computed value is the sum of `terms`."""
    terms = tuple(terms)
    return Figure(total(t.value for t in terms), entered, pointer, terms)


@dataclass(frozen=True)
class Change:
    """与上年相比: Δ = current − prior; rate = |Δ| / prior, None when prior is 0 or unknown."""
    current: Decimal
    prior: Decimal | None

    @property
    def known(self) -> bool:
        return self.prior is not None

    @property
    def delta(self) -> Decimal:
        return self.current - (self.prior or ZERO)

    @property
    def rate(self) -> Decimal | None:
        if self.prior is None:
            return None
        return ratio(abs(self.delta), self.prior)


@dataclass(frozen=True)
class Completion:
    """完成预算: actual / budget, None when the budget is 0."""
    actual: Decimal
    budget: Decimal

    @property
    def rate(self) -> Decimal | None:
        return ratio(self.actual, self.budget)


@dataclass(frozen=True)
class Share:
    """A named amount with its share of a whole."""
    name: str
    amount: Decimal
    share: Decimal | None
    code: str = ""


def shares(items: list[tuple[str, Decimal]], whole: Decimal, codes: list[str] | None = None) -> list[Share]:
    codes = codes or [""] * len(items)
    return [Share(name, value, ratio(value, whole), code) for (name, value), code in zip(items, codes)]


@dataclass(frozen=True)
class Entered:
    """A flat set of named figures as entered (blank → not entered), with where they stand."""
    values: dict[str, Decimal]
    pointer: str

    def get(self, key: str) -> Decimal:
        return self.values.get(key, ZERO)

    def entered(self, key: str) -> Decimal | None:
        return self.values.get(key)

    def pointer_of(self, key: str) -> str:
        return pointer_join(self.pointer, key)


def read_entered(data: dict | None, pointer: str, keys=None) -> Entered:
    """The numbers of a mapping (texts, lists and sub-mappings left out), only `keys` when given."""
    data = data or {}
    return Entered({k: dec(v) for k, v in data.items() if v is not None and (keys is None or k in keys)
                    and not isinstance(v, (dict, list, str))}, pointer)

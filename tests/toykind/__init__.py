"""A toy document kind, to prove that a kind is a package and not a fork of the core.

One table (收入: 项目 and 金额, with an entered 合计), one derived sentence (each item's share of
the total), one check (the entered 合计 against the sum, code 901).  A test registers it with
generator.kinds (and its code with generator.problems); no shared module changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from generator.figures import Figure, Share, Term, dec, figure, shares
from generator.kinds import Kind
from generator.load import pointer_join
from generator.problems import Entry, Severity, make
from generator.wording import Wording

HERE = Path(__file__).resolve().parent
CODE = Entry(901, "玩具表合计与各项之和不等", "收入表：合计填写 {given}万元，各项之和为 {computed}万元")


@dataclass(frozen=True)
class Toy:
    year: int
    unit: "Unit"
    items: tuple[tuple[str, Decimal], ...]
    entered_total: Decimal | None


@dataclass(frozen=True)
class Unit:
    name: str


@dataclass(frozen=True)
class ToyResult:
    toy: Toy
    total: Figure
    parts: list[Share]


def read(data: dict, source) -> tuple[Toy, list]:
    items = tuple((row["项目"], dec(row["金额"])) for row in data["收入"])
    return Toy(int(data["年度"]), Unit(data["单位"]["名称"]), items,
               None if data.get("合计") is None else dec(data["合计"])), []


def compute(toy: Toy, settings, reference) -> ToyResult:
    total = figure(toy.entered_total, [Term(name, amount) for name, amount in toy.items], pointer_join("", "合计"))
    return ToyResult(toy, total, shares(list(toy.items), total.computed))


def check_total(result: ToyResult, ctx):
    fig = result.total
    if fig.entered is not None and fig.difference:
        yield make(CODE.number, Severity.ERROR, ctx.source.location(fig.pointer), fig.pointer,
                   given=f"{fig.entered:.2f}", computed=f"{fig.computed:.2f}")


def context(result: ToyResult, settings, reference) -> dict:
    w = Wording(settings)
    return {"单位": {"名称": result.toy.unit.name}, "年度": str(result.toy.year),
            "收入表": [{"项目": name, "金额": w.cell(amount)} for name, amount in result.toy.items],
            "说明": {"合计": w.amount(result.total.value), "构成": [w.share(s) for s in result.parts]}}


KIND = Kind(name="玩具", schema=HERE / "schema.json", read=read, compute=compute, checks=(check_total,), context=context)

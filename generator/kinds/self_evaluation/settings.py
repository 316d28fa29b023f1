"""The keys of 设置.yaml only a 自评报告 template set has: its scoring rules and its sheet's 表样.

    预算执行得分规则: 分值×执行率，不超过分值        # the 预算执行率指标's 得分
    总得分规则: 各项目总分的算术平均                  # or 各项目总分按预算数加权平均
    自评表一级指标:                                   # the form's 一级指标, top to bottom
      - {名称: 产出指标, 分值: 40, 印作: "{名称}（{分值}）"}
      - {名称: 预算执行率指标, 分值: 10, 印作: "{名称}（{分值}分）", 预算执行: true}
      …

A rule gen does not know is refused when the set is read, so a set never states one rule
while gen applies another.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

BUDGET_SCORE_RULES = ("分值×执行率，不超过分值",)
MEAN, BUDGET_WEIGHTED = "各项目总分的算术平均", "各项目总分按预算数加权平均"
OVERALL_RULES = (MEAN, BUDGET_WEIGHTED)


@dataclass(frozen=True)
class Level:
    """One 一级指标 row group of the form: its name, its weight on the form, how its cell is printed."""
    name: str
    weight: Decimal
    label: str                      # e.g. "{名称}（{分值}）": 分值 is the weight computed from the sheet
    budget: bool = False            # the 预算执行率指标: computed from the funds, not entered


@dataclass(frozen=True)
class Layout:
    budget_score_rule: str
    overall_rule: str
    levels: tuple[Level, ...]

    @property
    def weighted(self) -> bool:
        return self.overall_rule == BUDGET_WEIGHTED

    @property
    def budget_level(self) -> Level | None:
        return next((level for level in self.levels if level.budget), None)


def _one_of(data: dict, key: str, allowed: tuple[str, ...]) -> str:
    value = str(data.get(key, "")).strip()
    if value not in allowed:
        raise ValueError(f"“{key}”应为 {'、'.join(allowed)} 之一，实际是“{value}”")
    return value


def read_settings(data: dict) -> Layout:
    levels = tuple(Level(str(row["名称"]), Decimal(str(row["分值"])), str(row.get("印作") or "{名称}（{分值}）"),
                         bool(row.get("预算执行", False)))
                   for row in data.get("自评表一级指标") or ())
    budget = [level for level in levels if level.budget]
    if len(budget) > 1:
        raise ValueError("“自评表一级指标”中只能有一项“预算执行: true”")
    if budget and budget[0].weight != Decimal(str(data.get("预算执行分值", 10))):
        raise ValueError(f"“自评表一级指标”中{budget[0].name}的分值 {budget[0].weight} 与“预算执行分值”不同")
    return Layout(_one_of(data, "预算执行得分规则", BUDGET_SCORE_RULES), _one_of(data, "总得分规则", OVERALL_RULES),
                  levels)

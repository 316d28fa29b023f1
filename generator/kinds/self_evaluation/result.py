"""What compute.py works out for a 自评报告: one frozen `SelfEvaluation`.

Checks compare its entered figures with the computed ones, the context formats it; both
import these types and nothing that computes.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ...figures import Figure
from ...parts.sheets import Indicator, SheetResult
from ...references import Scope
from .model import Report
from .settings import Level


@dataclass(frozen=True)
class FormRow:
    """One indicator row of the 河北 sheet, in the form's order of 一级指标."""
    indicator: Indicator | None     # None: the 预算执行率指标 row, computed from the funds
    level: Level | None             # the form's 一级指标 (None: one the form does not have)
    level1: str
    level1_weight: Decimal | None   # Σ 分值 of its rows; the 预算执行率指标's is the 预算执行分值
    first_of_level1: bool
    first_of_level2: bool
    position: int                   # the 三级指标's number within its 二级指标 (“指标1：”)


@dataclass(frozen=True)
class LevelWeight:
    """An 一级指标 of the form beside the weight the sheet's indicators give it."""
    level: Level
    weight: Decimal                 # Σ 分值 of the sheet's rows under it


@dataclass(frozen=True)
class EvaluatedSheet:
    result: SheetResult             # the shared sheet computation (funds, rate, scores, 总分)
    rows: tuple[FormRow, ...]
    level_weights: tuple[LevelWeight, ...]   # each entered 一级指标 of the form (not the 预算执行 row)
    off_form: tuple[str, ...]       # 一级指标 the form does not have, in entered order


@dataclass(frozen=True)
class SelfEvaluation:
    report: Report
    sheets: tuple[EvaluatedSheet, ...]
    score: Decimal | None           # 总得分 by the set's 总得分规则, unrounded (None: no scored sheet)
    declared_score: Figure | None   # 总得分 as published beside ours as printed
    grade: str                      # 评价等级 of the 总得分 by the set's bands
    rule: str                       # the 总得分规则 applied
    project_budget: Figure          # Σ 项目预算数, with each project as a term
    text_scope: Scope               # the report's texts and the figures they may name ({年度}, {调整预算数} …)
    sheet_scopes: tuple[Scope, ...] # each sheet's texts and its figures ({执行率}, {到位数} …)

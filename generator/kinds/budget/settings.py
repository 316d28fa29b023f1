"""The keys of 设置.yaml only a 预算 template set has: which rows its fixed forms print."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    summary_classes: tuple[str, ...]     # 支出功能分类类: the class rows of 收支总表 and 财政拨款收支总表, printed order
    plan_dates: tuple[str, ...]          # 资金支出计划: the dates of a 项目绩效目标表's spending plan (3月底 …)


def read_settings(data: dict) -> Layout:
    return Layout(tuple(str(v) for v in data.get("支出功能分类类") or ()),
                  tuple(str(v) for v in data.get("资金支出计划") or ()))

"""Next year's comparison figures from this year's 预算 (gen rollover): 上年预算 as the document printed it."""
from __future__ import annotations

THREE_PUBLIC = ("因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费")


def carry(result) -> dict:
    """{top-level key: value} of the next year's file: its 上年预算 are this year's 收支总计 and “三公” figures."""
    return {"上年预算": {
        "收支总计": result.total_change.current,
        "三公经费": {name: result.three_public.amount(name) for name in THREE_PUBLIC},
    }}

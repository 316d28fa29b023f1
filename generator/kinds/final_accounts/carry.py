"""Next year's comparison figures from this year's 决算 (gen rollover): 上年决算 as the document printed it."""
from __future__ import annotations

from .result import FinalAccounts


def carry(result: FinalAccounts) -> dict:
    """{top-level key: value} of the next year's file: its 上年决算 are this year's printed 决算 figures."""
    by_code = [{"科目编码": d.code, "科目名称": d.name, "决算数": d.actual} for d in result.class_details]
    if not by_code:
        table = result.general_budget
        by_code = [{"科目编码": c, "科目名称": table.name(c), "决算数": table.value(c, "本年支出合计")}
                   for c in table.class_codes]
    return {"上年决算": {
        "收入总计": result.total_income_change.current,
        "支出总计": result.total_expense_change.current,
        "财政拨款收入总计": result.fiscal_income_change.current,
        "财政拨款支出总计": result.fiscal_expense_change.current,
        "一般公共预算财政拨款支出": result.general_budget_change.current,
        "一般公共预算财政拨款支出按科目": by_code,
        "三公经费": {name: item.actual for name, item in result.three_public.items.items()},
        "机关运行经费": result.operating_change.current,
    }}

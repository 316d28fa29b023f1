"""The 预算 tables `gen import` reads from a workbook in the published layout (see generator/workbook.py)."""
from __future__ import annotations

from ...workbook import Cell, FormSpec, ItemSpec
from .model import (BASIC, BASIC_COLUMNS, CAPITAL, EXPENSE, EXPENSE_COLUMNS, FUND, GENERAL, GENERAL_COLUMNS, INCOME,
                    INCOME_COLUMNS, SUMMARY, SUMMARY_INCOME, THREE, THREE_FUNDS, THREE_ROWS)

WORKBOOK = (
    FormSpec(SUMMARY, (), tuple(
        [Cell((SUMMARY, "收入", line), (line,)) for line in SUMMARY_INCOME]
        + [Cell((SUMMARY, key), (key,), check_only=True) for key in ("本年收入合计", "本年支出合计", "收入总计", "支出总计")])),
    ItemSpec(INCOME, (), INCOME_COLUMNS),
    ItemSpec(EXPENSE, (), EXPENSE_COLUMNS),
    ItemSpec(GENERAL, (), GENERAL_COLUMNS),
    ItemSpec(BASIC, (), BASIC_COLUMNS, economic=True),
    ItemSpec(FUND, (), GENERAL_COLUMNS),
    ItemSpec(CAPITAL, (), GENERAL_COLUMNS),
    FormSpec(THREE, (), tuple(Cell((THREE, key, column), (key,), column=((column,),),
                                   check_only=key in ("合计", "公务用车购置及运维费") or column == "合计")
                              for key in THREE_ROWS for column in ("合计",) + THREE_FUNDS)),
)

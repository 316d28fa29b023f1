"""The 决算 tables `gen import` reads from a workbook in the published layout (see generator/workbook.py)."""
from __future__ import annotations

from ...workbook import Cell, FormSpec, ItemSpec
from .model import (BASIC_DETAIL_COLUMNS, EXPENSE_COLUMNS, FISCAL_FUNDS, GENERAL_BUDGET_COLUMNS, GOVERNMENT_FUND_COLUMNS,
                    INCOME_COLUMNS, STATE_CAPITAL_COLUMNS, VEHICLE_KINDS)

SUMMARY = "收入支出决算总表"
FISCAL = "财政拨款收入支出决算总表"
THREE = "财政拨款三公经费支出决算表"
INFO = "相关信息统计表"
THREE_ITEMS = {"因公出国（境）费": ("因公出国（境）费",), "公务用车购置费": ("公务用车购置费",),
               "公务用车运行维护费": ("公务用车运行维护费", "公务用车运行费"), "公务接待费": ("公务接待费",)}


def _three(column: str) -> tuple[Cell, ...]:
    cells = [Cell((THREE, column, item), column=tuple((column, n) for n in printed))
             for item, printed in THREE_ITEMS.items()]
    return tuple(cells)


WORKBOOK = (
    FormSpec(SUMMARY, (), (
        Cell((SUMMARY, "使用非财政拨款结余"), ("使用非财政拨款结余（专用结余）", "使用非财政拨款结余（含专用结余）",
                                            "使用非财政拨款结余", "用事业基金弥补收支差额")),
        Cell((SUMMARY, "年初结转和结余"), ("年初结转和结余",)),
        Cell((SUMMARY, "结余分配"), ("结余分配",)),
        Cell((SUMMARY, "年末结转和结余"), ("年末结转和结余",)),
        Cell((SUMMARY, "本年收入合计"), ("本年收入合计",), check_only=True),
        Cell((SUMMARY, "本年支出合计"), ("本年支出合计",), check_only=True),
        Cell((SUMMARY, "总计"), ("总计",), check_only=True))),
    ItemSpec("收入决算表", (), INCOME_COLUMNS),
    ItemSpec("支出决算表", (), EXPENSE_COLUMNS),
    FormSpec(FISCAL, (), tuple(
        [Cell((FISCAL, "本年收入", fund), (fund,)) for fund in FISCAL_FUNDS]
        + [Cell((FISCAL, "年初财政拨款结转和结余", fund), (fund,), under="年初财政拨款结转和结余") for fund in FISCAL_FUNDS]
        + [Cell((FISCAL, "年末财政拨款结转和结余", fund), ("年末财政拨款结转和结余",), column=((fund,),))
           for fund in FISCAL_FUNDS]
        + [Cell((FISCAL, "本年收入合计"), ("本年收入合计",), check_only=True),
           Cell((FISCAL, "本年支出合计"), ("本年支出合计",), column=(("合计",),), check_only=True),
           Cell((FISCAL, "总计"), ("总计",), check_only=True)])),
    ItemSpec("一般公共预算财政拨款支出决算表", (), GENERAL_BUDGET_COLUMNS),
    ItemSpec("一般公共预算财政拨款基本支出决算明细表", ("一般公共预算财政拨款基本支出决算表",), BASIC_DETAIL_COLUMNS,
             economic=True, totals=("人员经费合计", "公用经费合计")),
    ItemSpec("政府性基金预算财政拨款收入支出决算表", (), GOVERNMENT_FUND_COLUMNS),
    ItemSpec("国有资本经营预算财政拨款支出决算表", (), STATE_CAPITAL_COLUMNS),
    FormSpec(THREE, ("财政拨款“三公”经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表"),
             _three("预算数") + _three("决算数")),
    FormSpec(INFO, ("部门决算公开相关信息统计表",), tuple(
        [Cell((INFO, "政府采购", k), (k,)) for k in ("货物", "工程", "服务")]
        + [Cell((INFO, "政府采购", "合计"), ("合计",), check_only=True)]
        + [Cell((INFO, "机关运行经费", k), (k,)) for k in ("行政单位", "参照公务员法管理事业单位")]
        + [Cell((INFO, "车辆", k), (k,)) for k in VEHICLE_KINDS]
        + [Cell((INFO, "车辆数合计"), ("车辆数合计（辆）", "车辆数合计"), check_only=True),
           Cell((INFO, "单价100万元（含）以上设备"), ("单价100万元（含）以上设备（不含车辆）", "单价100万元（含）以上设备")),
           Cell((INFO, "单价50万元（含）以上通用设备"), ("单价50万元（含）以上通用设备",))])),
)

"""部门预算公开 (budget): the nine 预算 tables, 情况说明 一–十一 with 项目绩效目标表, 政府采购预算,
部门固定资产占用情况表 and 名词解释 (河北 2024, seed 001)."""
from __future__ import annotations

from ...paths import SCHEMA_DIR
from .. import Kind, register
from .carry import carry
from .checks import CHECKS
from .compute import compute
from .context import template_context
from .model import read_department
from .settings import read_settings
from .workbook import WORKBOOK

KIND = register(Kind(
    name="预算",
    schema=SCHEMA_DIR / "budget.schema.json",
    read=read_department,
    compute=compute,
    checks=tuple(CHECKS),
    context=template_context,
    read_settings=read_settings,
    economic_tables=("部门预算一般公共预算财政拨款基本支出表",),
    carry=carry,
    workbook=WORKBOOK,
    settings_schema=SCHEMA_DIR / "budget.settings.schema.json",
))

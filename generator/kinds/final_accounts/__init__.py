"""部门决算公开 (final accounts): 公开01–10, 情况说明, 名词解释, attached self-evaluation sheets."""
from __future__ import annotations

from ...paths import SCHEMA_DIR
from .. import Kind, register
from .carry import carry
from .checks import CHECKS
from .compute import compute
from .context import TEMPLATE_NEEDS, template_context
from .model import read_department
from .settings import read_settings
from .workbook import WORKBOOK

KIND = register(Kind(
    name="决算",
    schema=SCHEMA_DIR / "final_accounts.schema.json",
    read=read_department,
    compute=compute,
    checks=tuple(CHECKS),
    context=template_context,
    read_settings=read_settings,
    links={"预算文件": "预算"},
    economic_tables=("一般公共预算财政拨款基本支出决算明细表",),
    carry=carry,
    workbook=WORKBOOK,
    settings_schema=SCHEMA_DIR / "final_accounts.settings.schema.json",
    template_needs=TEMPLATE_NEEDS,
))

"""部门整体支出绩效自评报告 (self-evaluation report, 河北 2022): report text, one 部门预算项目绩效自评表
per project (the shared project sheet), 总得分 and 评价等级 — every rate and score computed."""
from __future__ import annotations

from ...paths import SCHEMA_DIR
from .. import Kind, register
from .checks import CHECKS
from .compute import compute
from .context import template_context
from .model import read_report
from .settings import read_settings

KIND = register(Kind(
    name="自评报告",
    schema=SCHEMA_DIR / "self_evaluation.schema.json",
    read=read_report,
    compute=compute,
    checks=tuple(CHECKS),
    context=template_context,
    read_settings=read_settings,
    settings_schema=SCHEMA_DIR / "self_evaluation.settings.schema.json",
))

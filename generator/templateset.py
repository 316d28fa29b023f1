"""Template sets: a folder under templates/ with the .docx and a small settings file.

Everything that differs between provinces and years lives here, not in Python:
the Word template (layout and wording) and 设置.yaml (the document kind, percentage places,
the sheet scoring rule, the 措辞, the output file name, and what the kind itself reads —
its `read_settings` turns those keys into `Settings.layout`).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from . import kinds
from .parts.sheets import Grade

PROJECT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SETTINGS_FILE = "设置.yaml"
TEMPLATE_FILE = "模板.docx"


class TemplateSetError(Exception):
    """A template set that cannot be used; the message is Chinese and names the file."""


@dataclass(frozen=True)
class Words:
    """措辞: the words and sentence shapes a province may phrase its own way."""
    increase: str               # 增加
    decrease: str               # 减少
    rise: str                   # 增长
    fall: str                   # 下降
    flat: str                   # 持平
    change_with_rate: str       # 有幅度的变动, e.g. "{增减}{金额}万元，{升降}{幅度}"
    change_without_rate: str    # 无幅度的变动 (上年为零), e.g. "{增减}{金额}万元"


WORD_KEYS = {"增加": "increase", "减少": "decrease", "增长": "rise", "下降": "fall", "持平": "flat",
             "有幅度的变动": "change_with_rate", "无幅度的变动": "change_without_rate"}


@dataclass(frozen=True)
class Settings:
    name: str
    title: str
    directory: Path
    output_name: str                       # e.g. "{年度}年度部门决算公开"
    document: str = "决算"                  # the document kind the set prints (文档)
    percent_places: int = 2
    amount_places: int = 2
    budget_weight: Decimal = Decimal(10)   # 预算执行 分值 on a sheet
    grades: tuple[Grade, ...] = ()
    grade_on_printed_total: bool = True    # 等级依据: 印出的总分 (two places) or 未舍入的总分
    toc_levels: int = 2
    wording: Words | None = None
    layout: Any = None                     # the settings only the set's document kind reads (its read_settings)

    @property
    def docx(self) -> Path:
        return self.directory / TEMPLATE_FILE


def search_dirs(department_file: Path | None, explicit: Path | None = None) -> list[Path]:
    dirs: list[Path] = []
    if explicit:
        dirs.append(explicit)
    if department_file is not None:
        for parent in Path(department_file).resolve().parents:
            if (parent / "templates").is_dir():
                dirs.append(parent / "templates")
                break
    dirs.append(PROJECT_TEMPLATES)
    unique = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def available(dirs: list[Path]) -> list[str]:
    names = set()
    for d in dirs:
        if d.is_dir():
            names.update(p.parent.name for p in d.glob(f"*/{SETTINGS_FILE}"))
    return sorted(names)


def find(name: str, dirs: list[Path]) -> Settings:
    for d in dirs:
        candidate = d / name
        if (candidate / SETTINGS_FILE).is_file():
            return load(candidate)
    names = available(dirs)
    listing = "、".join(names) if names else "（没有）"
    raise TemplateSetError(f"模板文件夹中没有这套模板（可用 --templates 指定文件夹）；可用的模板：{listing}")


def _words(data, path: Path) -> Words:
    data = data or {}
    missing = [k for k in WORD_KEYS if k not in data]
    if missing:
        raise TemplateSetError(f"{path} 的“措辞”缺少：{'、'.join(missing)}")
    return Words(**{attr: str(data[k]) for k, attr in WORD_KEYS.items()})


_LOADED: dict[tuple, Settings] = {}


def load(directory: Path) -> Settings:
    """The settings of a template set, read once per process (and again when the file changes)."""
    path = directory / SETTINGS_FILE
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = None
    if key is not None and key in _LOADED:
        return _LOADED[key]
    settings = _load(directory)
    if key is not None:
        _LOADED[key] = settings
    return settings


def _load(directory: Path) -> Settings:
    path = directory / SETTINGS_FILE
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise TemplateSetError(f"{path} 无法读取：{exc}") from exc
    if not (directory / TEMPLATE_FILE).is_file():
        raise TemplateSetError(f"{directory} 中缺少 {TEMPLATE_FILE}")
    try:
        grades = tuple(Grade(str(g["等级"]), Decimal(str(g["下限"]))) for g in data.get("等级", []))
        document = str(data.get("文档", "决算"))
        kind = kinds.find(document)
        return Settings(
            name=directory.name,
            title=str(data.get("名称", directory.name)),
            directory=directory,
            output_name=str(data["输出文件名"]),
            percent_places=int(data.get("百分比小数位", 2)),
            amount_places=int(data.get("金额小数位", 2)),
            budget_weight=Decimal(str(data.get("预算执行分值", 10))),
            grades=tuple(sorted(grades, key=lambda g: g.floor, reverse=True)),
            grade_on_printed_total=str(data.get("等级依据", "印出的总分")) != "未舍入的总分",
            toc_levels=int(data.get("目录级数", 2)),
            document=document,
            wording=_words(data.get("措辞"), path),
            layout=kind.read_settings(data) if kind is not None and kind.read_settings else None,
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise TemplateSetError(f"{path} 的设置有误：{exc}") from exc

"""Template sets: a folder under templates/ with the .docx and a small settings file.

Everything that differs between provinces and years lives here, not in Python:
the Word template (layout and wording) and 设置.yaml (the document kind, percentage places,
the sheet scoring rule, the 措辞, the output file name, and what the kind itself reads —
its `read_settings` turns those keys into `Settings.layout`).  设置.yaml is validated against
schemas/settings.schema.json joined with the kind's own settings schema.
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import kinds
from .parts.sheets import Grade
from .paths import SCHEMA_DIR, data_dir
from .problems import Location, Problem, Severity, make

PROJECT_TEMPLATES = data_dir("templates")
SETTINGS_FILE = "设置.yaml"
TEMPLATE_FILE = "模板.docx"
SETTINGS_SCHEMA = SCHEMA_DIR / "settings.schema.json"
MAX_DOCX_BYTES = 50 * 1024 * 1024           # the file itself; real templates are ~1 MB
MAX_DOCX_UNPACKED = 200 * 1024 * 1024       # all parts once unpacked: a zip bomb stops here


class TemplateSetError(Exception):
    """A template set that cannot be used.

    Either the name found no set (the message says why, for an E601 at the department's 模板:), or the
    set was found and is faulty: then `problems` holds located E608/E609/E610 in the set's own files.
    """

    def __init__(self, message: str, problems: list | None = None):
        super().__init__(message)
        self.problems = list(problems or [])


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
    output_name_location: Location | None = None     # where 输出文件名 stands in 设置.yaml

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


NAME_RULE = "模板名只能是模板文件夹（templates/）中的一个文件夹名，不能是路径（不能含 /、\\、..，也不能是绝对路径）"


def name_problem(name) -> str | None:
    """Why `模板:` is not a plain template name, or None."""
    text = str(name)
    if (not text.strip() or "/" in text or "\\" in text or text.strip() in (".", "..") or ":" in text
            or any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text) or Path(text).is_absolute()):
        return NAME_RULE
    return None


def find(name: str, dirs: list[Path]) -> Settings:
    """The template set called `name` in the first search folder that has it.

    A name is a plain folder name, never a path: `模板: /abs/dir` or `模板: ../elsewhere` is refused.
    """
    problem = name_problem(name)
    if problem:
        raise TemplateSetError(problem)
    for d in dirs:
        candidate = d / name
        if candidate.parent != d:
            continue
        if (candidate / SETTINGS_FILE).is_file():
            return load(candidate)
    names = available(dirs)
    listing = "、".join(names) if names else "（没有）"
    raise TemplateSetError(f"模板文件夹中没有这套模板（可用 --templates 指定文件夹）；可用的模板：{listing}")


_LOADED: dict[tuple, Settings] = {}


def load(directory: Path) -> Settings:
    """The settings of a template set, read once per process (and again when the file changes)."""
    path = directory / SETTINGS_FILE
    try:
        stat = path.stat()
        docx = (directory / TEMPLATE_FILE).stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, docx.st_mtime_ns, docx.st_size)
    except OSError:
        key = None
    if key is not None and key in _LOADED:
        return _LOADED[key]
    settings = _load(directory)
    if key is not None:
        _LOADED[key] = settings
    return settings


@lru_cache(maxsize=8)
def _settings_validator(kind_schema: Path | None):
    """The shared settings schema, joined with the document kind's own keys when it has some."""
    import jsonschema
    schema = json.loads(SETTINGS_SCHEMA.read_text(encoding="utf-8"))
    if kind_schema is not None:
        extra = json.loads(Path(kind_schema).read_text(encoding="utf-8"))
        schema["properties"] = {**schema["properties"], **extra.get("properties", {})}
        schema["$defs"] = {**schema.get("$defs", {}), **extra.get("$defs", {})}
        schema["required"] = sorted(set(schema.get("required", [])) | set(extra.get("required", [])))
    return jsonschema.Draft202012Validator(schema), schema


def _settings_problem(template: str, problem: Problem) -> Problem:
    """A problem found in 设置.yaml (by the loader or the schema), told as a fault of the template set."""
    return make(608, Severity.ERROR, problem.location, problem.pointer, template=template, detail=problem.message)


def validate_settings(data, source, template: str, kind_schema: Path | None = None) -> list[Problem]:
    """设置.yaml against schemas/settings.schema.json (and the kind's part): Chinese messages at the value's line."""
    from .schema import _convert       # the same conversion as for department files
    validator, root = _settings_validator(kind_schema)
    problems: list[Problem] = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        problems += [_settings_problem(template, p) for p in _convert(error, source, root)]
    return problems


def docx_problem(path: Path) -> str | None:
    """Why 模板.docx cannot be a Word template (not there, empty, not a zip, truncated, a zip bomb), or None."""
    try:
        size = path.stat().st_size
    except OSError:
        return f"缺少 {TEMPLATE_FILE}"
    if size == 0:
        return f"{TEMPLATE_FILE} 是空文件"
    if size > MAX_DOCX_BYTES:
        return f"{TEMPLATE_FILE} 太大（{size / 1024 / 1024:.0f} MB，最多 {MAX_DOCX_BYTES // 1024 // 1024} MB）"
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            if sum(i.file_size for i in infos) > MAX_DOCX_UNPACKED:
                return f"{TEMPLATE_FILE} 解压后超过 {MAX_DOCX_UNPACKED // 1024 // 1024} MB，不是正常的 Word 文档"
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                return f"{TEMPLATE_FILE} 不是 Word 文档（缺少 word/document.xml）"
            bad = z.testzip()
            if bad is not None:
                return f"{TEMPLATE_FILE} 已损坏（{bad} 校验失败）"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError):
        return f"{TEMPLATE_FILE} 不是有效的 Word 文档（.docx），可能已损坏或不完整，请用 Word 另存为 .docx"
    except OSError as exc:
        return f"{TEMPLATE_FILE} 无法读取（{exc.strerror or exc}）"
    return None


def _load(directory: Path) -> Settings:
    from .load import load_file
    from .safepath import pattern_problem, shown
    path = directory / SETTINGS_FILE
    name = directory.name
    loaded = load_file(path, shown(path))
    problems = [_settings_problem(name, p) for p in loaded.problems]
    data = loaded.data if isinstance(loaded.data, dict) else {}
    kind = kinds.find(data["文档"]) if isinstance(data.get("文档"), str) else None
    if loaded.data is not None and not problems:
        problems = validate_settings(loaded.data, loaded.source, name, kind.settings_schema if kind else None)
    output_at = loaded.source.location("/输出文件名")
    if not problems and "输出文件名" in data:
        detail = pattern_problem(data["输出文件名"])
        if detail:
            problems.append(make(610, Severity.ERROR, output_at, "/输出文件名",
                                 detail=f"模板“{name}”的设置“输出文件名: {data['输出文件名']}”{detail}"))
    docx = directory / TEMPLATE_FILE
    detail = docx_problem(docx)
    if detail:
        problems.append(make(609, Severity.ERROR, Location(shown(docx), 1, 1), template=name, detail=detail))
    if problems:
        raise TemplateSetError(f"模板“{name}”有错误", problems)
    grades = tuple(Grade(str(g["等级"]), Decimal(str(g["下限"]))) for g in data.get("等级", []))
    words = data["措辞"]
    return Settings(
        name=name,
        title=str(data.get("名称", name)),
        directory=directory,
        output_name=str(data["输出文件名"]),
        document=str(data["文档"]),
        percent_places=int(data.get("百分比小数位", 2)),
        amount_places=int(data.get("金额小数位", 2)),
        budget_weight=Decimal(str(data.get("预算执行分值", 10))),
        grades=tuple(sorted(grades, key=lambda g: g.floor, reverse=True)),
        grade_on_printed_total=str(data.get("等级依据", "印出的总分")) != "未舍入的总分",
        toc_levels=int(data.get("目录级数", 2)),
        wording=Words(**{attr: str(words[k]) for k, attr in WORD_KEYS.items()}),
        layout=kind.read_settings(data) if kind is not None and kind.read_settings else None,
        output_name_location=output_at,
    )

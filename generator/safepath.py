"""Every path gen writes is built here, from pieces checked one by one.

The output of a department is ``<--out>/<数据文件名>/<输出文件名>.docx``.  The folder comes from
the data file's name, the file name from the template setting 输出文件名 filled with data
(``{年度}``, ``{单位}``).  None of them may lead anywhere but one file directly inside one folder
directly inside the output folder:

- the setting 输出文件名 is a file-name pattern: no path separator, no character Windows refuses,
  only the fields {年度} and {单位}, nothing that formats or reaches attributes — checked when the
  template set is read (E610 at 输出文件名 in 设置.yaml);
- a value from data is made safe for a file name: the characters a file name cannot hold
  (/ \\ : * ? " < > |) become their full-width forms (／ ＼ ：…), which read the same in Chinese;
- every component is then trimmed of dots and spaces at either end (Windows drops trailing ones;
  a leading dot hides a file), and refused when empty, ``.``/``..``, a reserved Windows device
  name (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without extension) or longer than
  MAX_NAME_BYTES (E610, at the data that made it);
- finally the resolved path must lie inside the resolved output folder (symbolic links included).
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

FIELDS = ("年度", "单位")
MAX_NAME_BYTES = 200          # ext4 and NTFS allow 255; the rest is for ".docx", ".pdf" and the temporary name
WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
                             | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)})
_UNSAFE = '/\\:*?"<>|'
_FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in _UNSAFE})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_EDGES = " .\t\u3000"


class UnsafePath(Exception):
    """A path piece that cannot be used; the message is Chinese."""


def shown(path) -> str:
    """A path as the user would type it: relative to the working directory when it is below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


# ───────────────────────────── the setting 输出文件名 ─────────────────────────────

def pattern_problem(pattern) -> str | None:
    """Why the setting 输出文件名 cannot be used, or None.  Only {年度} and {单位}; no separators."""
    if not isinstance(pattern, str) or not pattern.strip():
        return "不能为空"
    try:
        pieces = list(string.Formatter().parse(pattern))
    except ValueError:
        return "花括号不成对：字段写成 {年度} 或 {单位}，文字中的花括号写成 {{ 或 }}"
    sample = []
    for literal, name, spec, conversion in pieces:
        bad = next((c for c in literal if c in _UNSAFE or _CONTROL.match(c)), None)
        if bad is not None:
            what = "路径分隔符" if bad in "/\\" else "文件名不能含有的字符"
            return (f"不能含有{what}“{bad if not _CONTROL.match(bad) else f'U+{ord(bad):04X}'}”：输出位置固定为"
                    f"“输出文件夹/数据文件名/”，这里只写文件名")
        sample.append(literal)
        if name is None:
            continue
        if name not in FIELDS:
            return f"有未知的字段“{{{name}}}”，可用的字段：{{年度}}、{{单位}}"
        if spec or conversion:
            return f"字段“{{{name}}}”只能原样写成 {{{name}}}，不能带格式"
        sample.append("2024" if name == "年度" else "单位")
    problem = component_problem("".join(sample))
    return problem


def _fill(pattern: str, values: dict[str, str]) -> str:
    out = []
    for literal, name, _, _ in string.Formatter().parse(pattern):
        out.append(literal)
        if name is not None:
            out.append(values[name])
    return "".join(out)


# ───────────────────────────── one component ─────────────────────────────

def clean_value(value) -> str:
    """A value from data made fit for a file name: unsafe characters become full-width, controls go."""
    return _CONTROL.sub("", str(value).translate(_FULL_WIDTH))


def clean_component(name: str) -> str:
    return name.strip(_EDGES)


def component_problem(name: str) -> str | None:
    """Why `name` (already cleaned) cannot be one file or folder name, or None."""
    name = clean_component(name)
    if not name or name in (".", ".."):
        return "去掉首尾的点和空格后为空"
    if any(c in _UNSAFE for c in name) or _CONTROL.search(name):
        return "含有文件名不能含有的字符"
    if name.split(".")[0].strip().upper() in WINDOWS_RESERVED:
        return f"“{name}”是 Windows 保留的设备名，不能用作文件名"
    size = len(name.encode("utf-8"))
    if size > MAX_NAME_BYTES:
        return f"太长（{size} 字节，最多 {MAX_NAME_BYTES} 字节，约 {MAX_NAME_BYTES // 3} 个汉字）"
    return None


# ───────────────────────────── the whole output path ─────────────────────────────

@dataclass(frozen=True)
class OutputName:
    folder: str        # <数据文件名>
    stem: str          # <输出文件名>, filled and cleaned

    def file(self, out_dir: Path, suffix: str) -> Path:
        """The output file below `out_dir`; UnsafePath when it would resolve anywhere else."""
        target = Path(out_dir) / self.folder / f"{self.stem}{suffix}"
        inside(target, out_dir)
        return target

    def folder_path(self, out_dir: Path) -> Path:
        target = Path(out_dir) / self.folder
        inside(target, out_dir)
        return target


def folder_name(source: Path) -> tuple[str, str | None]:
    """The output folder of a data file (its name without .yaml), cleaned; and why it cannot be used."""
    name = clean_component(clean_value(Path(source).stem))
    return name, component_problem(name)


def file_stem(pattern: str, year, unit) -> tuple[str, str | None]:
    """The output file name (without suffix) for a department; and why it cannot be used."""
    name = clean_component(_fill(pattern, {"年度": clean_value(year), "单位": clean_value(unit)}))
    return name, component_problem(name)


def inside(target: Path, out_dir: Path) -> None:
    base = Path(out_dir).resolve()
    resolved = Path(target).resolve()
    if resolved != base and base not in resolved.parents:
        raise UnsafePath(f"{target} 指向输出文件夹 {out_dir} 之外（{resolved}），已拒绝写入")


def plain_file_name(name: str) -> bool:
    """A file name with no folder in it (no separators, not . or .., no control characters, not absolute)."""
    return bool(name.strip()) and "/" not in name and "\\" not in name and name not in (".", "..") \
        and ":" not in name and not any(ord(c) < 32 for c in name)

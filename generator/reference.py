"""政府收支分类科目 by year, kept as data in reference/."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .paths import data_dir

REFERENCE_DIR = data_dir("reference")


@dataclass(frozen=True)
class Classification:
    year: int | None
    function: dict[str, str]        # 功能分类 code → name
    economic: dict[str, str]        # 部门经济分类 code → name
    classes_complete: bool

    def function_name(self, code: str) -> str:
        return self.function.get(code, "")

    def economic_name(self, code: str) -> str:
        return self.economic.get(code, "")

    @property
    def available(self) -> bool:
        return self.year is not None


@lru_cache(maxsize=8)
def for_year(year: int, directory: Path = REFERENCE_DIR) -> Classification:
    path = directory / f"政府收支分类-{year}.yaml"
    if not path.exists():
        return Classification(None, {}, {}, False)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Classification(
        int(data["年度"]),
        {str(k): str(v) for k, v in (data.get("功能分类") or {}).items()},
        {str(k): str(v) for k, v in (data.get("经济分类") or {}).items()},
        bool(data.get("类完整")),
    )


def years(directory: Path = REFERENCE_DIR) -> list[int]:
    return sorted(int(p.stem.rsplit("-", 1)[1]) for p in directory.glob("政府收支分类-*.yaml"))

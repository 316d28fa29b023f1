"""Document kinds: each is one package with its schema, model, computation, checks and context.

A kind is chosen by the department file's `文档:` or, when it does not say, by the template
set it names.  The shared stages (load, validate, render, paginate, batch, the CLI) call a
kind only through `Kind`; they name none.  A kind registers itself when its package is
imported; `register` lets a kind that lives elsewhere (a test, a plug-in) do the same.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable


@dataclass(frozen=True)
class Kind:
    name: str                                          # as in `文档:`, e.g. 决算
    schema: Path                                       # JSON Schema of its department files
    read: Callable[[dict, Any], tuple[Any, list]]      # (data, source map) → (model, problems)
    compute: Callable[..., Any]                        # (model, settings, classification[, linked]) → result
    checks: tuple[Callable[[Any, Any], Iterable], ...] # (result, CheckContext) → problems
    context: Callable[[Any, Any, Any], dict]           # (result, settings, classification) → template context
    read_settings: Callable[[dict], Any] | None = None   # its own keys of 设置.yaml → Settings.layout
    settings_schema: Path | None = None                 # JSON Schema of those keys
    links: dict[str, str] = field(default_factory=dict) # key naming another file of the same unit → its kind
    year: Callable[[Any], int] = field(default=lambda model: model.year)
    economic_tables: tuple[str, ...] = ()               # its 科目 tables by 部门经济分类 (the others: 功能分类)
    carry: Callable[[Any], dict] | None = None          # result → next year's comparison figures {key: value} (gen rollover)
    workbook: tuple = ()                                 # the tables gen import reads (generator.workbook ItemSpec/FormSpec)
    template_needs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a part of the file (JSON pointer) the schema lets be absent → the tags that print its figures: a template
    # set using any of them needs the part (E101 names the tag); one using none does not


_KINDS: dict[str, Kind] = {}
BUILT_IN = ("final_accounts", "budget", "self_evaluation")


def register(kind: Kind) -> Kind:
    _KINDS[kind.name] = kind
    return kind


def _load_built_in() -> None:
    for package in BUILT_IN:
        importlib.import_module(f"{__name__}.{package}")


def find(name: str) -> Kind | None:
    if name not in _KINDS:
        _load_built_in()
    return _KINDS.get(name)


def names() -> list[str]:
    _load_built_in()
    return sorted(_KINDS)

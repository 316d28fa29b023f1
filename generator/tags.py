"""The tags a template can use, listed the way a clerk writes them, with their values.

`gen context FILE` prints every group of the context in document order; `gen context FILE 说明`
(or `说明.收支总计`) prints one.  A list shows how many items it has and the tags of its
first item, so a long table takes a few lines, not hundreds.
"""
from __future__ import annotations

from typing import Iterator

from .wording import Said

MAX_TEXT = 40
LOOP_VARIABLE = "项"


def _name(path: str, key) -> str:
    key = str(key)
    if key.isidentifier():
        return f"{path}.{key}" if path else key
    return f"{path}['{key}']"


def _shown(value) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return "（无）"
    text = str(value).replace("\n", " ")
    if text == "":
        return "（空）"
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"


def lines(value, path: str, indent: str = "") -> Iterator[str]:
    """`{{ tag }}  value` lines for everything under `value`, which the template reaches as `path`."""
    if isinstance(value, Said):
        yield f"{indent}{{{{ {path} }}}}  {_shown(str(value))}"
        for key, item in value.items():
            if key != "文字":
                yield from lines(item, _name(path, key), indent)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from lines(item, _name(path, key), indent)
    elif isinstance(value, (list, tuple)):
        if not value:
            yield f"{indent}{{% for {LOOP_VARIABLE} in {path} %}}  （共0项）"
            return
        yield f"{indent}{{% for {LOOP_VARIABLE} in {path} %}}  （共{len(value)}项，下面是第1项）"
        yield from lines(value[0], LOOP_VARIABLE, indent + "    ")
    else:
        yield f"{indent}{{{{ {path} }}}}  {_shown(value)}"


def groups(context: dict) -> list[str]:
    return list(context)


def select(context: dict, path: str):
    """The part of the context at `说明.收支总计` (a dotted path of keys), or KeyError."""
    value = context
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            raise KeyError(path)
        value = value[key]
    return value


def listing(context: dict, path: str | None = None) -> list[str]:
    if path:
        return list(lines(select(context, path), path))
    out: list[str] = []
    for key, value in context.items():
        out.append(f"【{key}】")
        out.extend(lines(value, key, "  "))
    return out

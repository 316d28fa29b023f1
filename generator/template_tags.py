"""Which tags a template uses: the dotted names its Jinja code reaches, read from the code, not from a fill.

`{{ 说明.政府采购.总额 }}` uses ``说明.政府采购.总额``; inside `{% for c in 说明.一般公共预算支出.各类 %}`,
`{{ c.决算数 }}` uses ``说明.一般公共预算支出.各类.决算数``.  A kind says which parts of a department file feed
which tags (Kind.template_needs), so that a template set that prints none of a part's figures does not make
the department fill it — and one that prints them says, by the tag, why it is needed.
"""
from __future__ import annotations

from jinja2 import nodes


def _path(node, aliases: dict[str, str]) -> str | None:
    if isinstance(node, nodes.Name):
        return aliases.get(node.name, node.name)
    if isinstance(node, nodes.Getattr):
        base = _path(node.node, aliases)
        return f"{base}.{node.attr}" if base else None
    if isinstance(node, nodes.Getitem):
        base = _path(node.node, aliases)
        if base and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, (str, int)):
            return f"{base}.{node.arg.value}"
        return base
    if isinstance(node, nodes.Filter) and node.node is not None:
        return _path(node.node, aliases)
    return None


def _targets(target) -> list[str]:
    if isinstance(target, nodes.Name):
        return [target.name]
    if isinstance(target, nodes.Tuple):
        return [n for item in target.items for n in _targets(item)]
    return []


def _collect(node, aliases: dict[str, str], found: set[str]) -> None:
    if isinstance(node, nodes.For):
        _collect(node.iter, aliases, found)
        inner = dict(aliases)
        for name in _targets(node.target):
            inner[name] = _path(node.iter, aliases) or ""
        for child in list(node.body) + list(node.else_) + ([node.test] if node.test is not None else []):
            _collect(child, inner, found)
        return
    if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
        path = _path(node, aliases)
        if path:
            found.add(path)
        if isinstance(node, nodes.Getitem):          # an index that is itself a tag ({{ 表[代码] }})
            _collect(node.arg, aliases, found)
        if not isinstance(node, nodes.Name) and _path(node, aliases) is not None:
            return
    for child in node.iter_child_nodes():
        _collect(child, aliases, found)


def used(environment, source: str) -> frozenset[str]:
    """The dotted tags a Jinja source reaches; a source that does not parse uses none (its fault is reported
    where it is compiled)."""
    try:
        tree = environment.parse(source)
    except Exception:      # noqa: BLE001 — a syntax error is E603 from the compile step, not ours to report
        return frozenset()
    found: set[str] = set()
    _collect(tree, {}, found)
    return frozenset(found)


def uses(tags: frozenset[str], prefix: str) -> str | None:
    """The first tag (in name order) at or under `prefix`, or None."""
    hits = sorted(t for t in tags if t == prefix or t.startswith(prefix + "."))
    return hits[0] if hits else None

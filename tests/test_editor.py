"""Issue 12, item 8: the editor helps the clerk — every schema property explained in Chinese, the schemas
associated with the department files, and `gen check` lines in VS Code's Problems panel."""
from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT

SCHEMAS = sorted((ROOT / "schemas").glob("*.json"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def properties(node, path=""):
    """Every property a schema defines (under `properties`, at any depth): (its path, its schema)."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{path}/properties/{name}", sub
        for key, value in node.items():
            yield from properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from properties(value, f"{path}/{i}")


@pytest.mark.parametrize("schema", SCHEMAS, ids=[s.name for s in SCHEMAS])
def test_every_property_has_a_chinese_title_and_description(schema):
    found = list(properties(json.loads(schema.read_text(encoding="utf-8"))))
    assert found                                             # the walk reached the schema's properties
    lacking = [path for path, sub in found
               if not (isinstance(sub, dict) and CJK.search(sub.get("title", "")) and CJK.search(sub.get("description", "")))]
    assert lacking == []

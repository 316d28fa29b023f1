"""Golden dumps of the generated documents: paragraphs and table rows, in order.

Each expected file was reviewed against its seed before it was committed (长治网信办 ↔ 002, 栾城网信办 ↔ 001,
延边网安中心 ↔ 000, 石峰网信办 ↔ 004, 元氏网信办 ↔ 003; NOTES.md lists the deliberate differences: where a
seed's text disagrees with its own tables, ours follows the tables).  After a deliberate change:
    UPDATE_GOLDEN=1 pytest tests/test_golden.py   — then read the diff before committing.
"""
import os
from pathlib import Path

import pytest
from docx import Document

from generator import pipeline, document_text

from conftest import EXAMPLE, ROOT

DEPARTMENTS = ["长治网信办", "延边网安中心", "石峰网信办", "栾城网信办", "元氏网信办"]


@pytest.mark.parametrize("name", DEPARTMENTS)
def test_generated_document_matches_the_reviewed_golden_dump(name: str, tmp_path: Path):
    golden = ROOT / "tests" / "golden" / f"{name}.txt"
    source = ROOT / "departments" / f"{name}.yaml"
    built = pipeline.build(source, pipeline.BuildOptions(out_dir=tmp_path, paginate=False), f"{name}.yaml")
    assert built.ok, [str(p) for p in built.problems]
    [docx] = built.outputs
    dump = "\n".join(document_text.lines(Document(str(docx)))) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(dump, encoding="utf-8")
    assert dump == golden.read_text(encoding="utf-8")


def test_generated_xml_is_in_schema_order(tmp_path: Path):
    """Word refuses property elements out of schema order; the output must already be normalized."""
    from lxml import etree
    from generator import ooxml
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path, paginate=False), "长治网信办.yaml")
    document = Document(str(built.outputs[0]))
    before = etree.tostring(document.element)
    ooxml.normalize(document.element)
    assert etree.tostring(document.element) == before

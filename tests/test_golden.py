"""Golden dump of the generated 长治网信办 document: paragraphs and table rows, in order.

The expected file was reviewed against seed 002 before it was committed (see NOTES.md for
the differences that are deliberate: where the seed's text disagrees with its own tables,
ours follows the tables).  After a deliberate change:
    UPDATE_GOLDEN=1 pytest tests/test_golden.py   — then read the diff before committing.
"""
import os
from pathlib import Path

from docx import Document

from generator import pipeline, render

from conftest import EXAMPLE, ROOT

GOLDEN = ROOT / "tests" / "golden" / "长治网信办.txt"


def test_generated_document_matches_the_reviewed_golden_dump(tmp_path: Path):
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path, paginate=False), "长治网信办.yaml")
    assert built.ok, [str(p) for p in built.problems]
    [docx] = built.outputs
    dump = "\n".join(render.text_dump(Document(str(docx)))) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(dump, encoding="utf-8")
    assert dump == GOLDEN.read_text(encoding="utf-8")


def test_generated_xml_is_in_schema_order(tmp_path: Path):
    """Word refuses property elements out of schema order; the output must already be normalized."""
    from lxml import etree
    from generator import ooxml
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path, paginate=False), "长治网信办.yaml")
    document = Document(str(built.outputs[0]))
    before = etree.tostring(document.element)
    ooxml.normalize(document.element)
    assert etree.tostring(document.element) == before

"""The independent reader re-checks the generated document against itself."""
from pathlib import Path

import pytest

from generator import pipeline

import reader
from conftest import EXAMPLE, MINIMAL


@pytest.fixture(scope="module")
def example_docx(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("example")
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=out, paginate=False))
    assert built.ok
    return built.outputs[0]


def test_every_narrative_number_agrees_with_the_tables_of_the_same_document(example_docx):
    assert reader.verify(example_docx) == []


def test_the_reader_finds_all_eleven_sheets_and_the_ten_tables(example_docx):
    doc = reader.read(example_docx)
    assert sorted(doc.tables) == [f"公开{i:02d}" for i in range(1, 11)]
    assert len(doc.sheets) == 11


def test_the_reader_would_catch_a_wrong_share(example_docx, tmp_path):
    """The reader is not a rubber stamp: corrupt one stated share and it objects."""
    from docx import Document
    doc = Document(str(example_docx))
    for p in doc.paragraphs:
        if p.text.startswith("基本支出278.49万元，占比55.37%"):
            for run in p.runs:
                run.text = run.text.replace("55.37", "55.38")
    bad = tmp_path / "bad.docx"
    doc.save(str(bad))
    assert reader.verify(bad) == ["三、基本支出 占比: 文中 55.38，按表计算 55.37"]


def test_minimal_department_is_consistent_too(tmp_path):
    built = pipeline.build(MINIMAL, pipeline.BuildOptions(out_dir=tmp_path, paginate=False))
    assert reader.verify(built.outputs[0]) == []

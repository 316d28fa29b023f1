"""The independent reader re-checks each generated document against itself, in all three formats."""
from pathlib import Path

import pytest
from docx import Document

from generator import pipeline

import reader
from conftest import MINIMAL, PUBLISHED_DISAGREEMENTS, ROOT

DEPARTMENTS = {"长治网信办": "山西", "延边网安中心": "吉林", "石峰网信办": "湖南"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("docs")
    result = {}
    for name in DEPARTMENTS:
        b = pipeline.build(ROOT / "departments" / f"{name}.yaml", pipeline.BuildOptions(out_dir=out, paginate=False))
        assert b.ok, [str(p) for p in b.problems]
        result[name] = b.outputs[0]
    return result


@pytest.mark.parametrize("name", DEPARTMENTS)
def test_every_narrative_number_agrees_with_the_tables_of_the_same_document(built, name):
    assert reader.verify(built[name]) == PUBLISHED_DISAGREEMENTS.get(name, [])


def test_the_reader_finds_the_tables_and_sheets_of_each_format(built):
    assert sorted(reader.read(built["长治网信办"]).tables) == [f"公开{i:02d}" for i in range(1, 11)]
    assert len(reader.read(built["长治网信办"]).sheets) == 11
    assert sorted(reader.read(built["延边网安中心"]).tables) == [f"公开{i:02d}" for i in range(1, 10)]
    assert len(reader.read(built["延边网安中心"]).sheets) == 5
    assert len(reader.read(built["石峰网信办"]).sheets) == 2          # 附件1 整体 + 附件2 项目


def corrupt(docx: Path, tmp_path: Path, old: str, new: str) -> Path:
    doc = Document(str(docx))
    hits = 0
    for p in doc.paragraphs:
        for run in p.runs:
            if old in run.text:
                run.text = run.text.replace(old, new)
                hits += 1
    assert hits == 1, old
    bad = tmp_path / "bad.docx"
    doc.save(str(bad))
    return bad


@pytest.mark.parametrize("name, old, new, complaint", [
    ("长治网信办", "基本支出278.49万元，占比55.37%", "基本支出278.49万元，占比55.38%", "三、基本支出 占比: 文中 55.38，按表计算 55.37"),
    # the seeds' own slips, put back into our documents, are caught:
    ("延边网安中心", "住房保障支出4.50万元，占2.6%", "住房保障支出4.50万元，占2.5%", "五（二）住房保障支出 占比: 文中 2.5，按表计算 2.6"),
    ("石峰网信办", "增加5.24万元,增长18.0%", "增加5.24万元,增长17.9%", "一、收支总计 变动率: 文中 17.9，按表计算 18.0"),
    ("石峰网信办", "完成年初预算的111.3%", "完成年初预算的113.1%", "五（三）完成率: 文中 113.1，按表计算 111.3"),
    ("延边网安中心", "财政拨款收入154.44万元，占99.97%", "财政拨款收入154.44万元，占100.0%", "二、财政拨款收入 占比: 100.0% 掩盖了实际数 154.44/154.48"),
])
def test_the_reader_is_not_a_rubber_stamp(built, tmp_path, name, old, new, complaint):
    assert complaint in reader.verify(corrupt(built[name], tmp_path, old, new))


def test_minimal_department_is_consistent_too(tmp_path):
    b = pipeline.build(MINIMAL, pipeline.BuildOptions(out_dir=tmp_path, paginate=False))
    assert reader.verify(b.outputs[0]) == []

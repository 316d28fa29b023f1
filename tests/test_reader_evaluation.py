"""The independent reader re-derives every rate and score of the 自评报告 from the document itself."""
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn

from generator import pipeline

import reader_evaluation as reader
from conftest import ROOT

SOURCE = ROOT / "departments" / "元氏网信办.yaml"
SETTINGS = ROOT / "templates" / "河北-2022-整体支出绩效自评报告" / "设置.yaml"


def rules() -> tuple[str, list[tuple[str, Decimal]]]:
    """The 总得分 rule and grade bands, read from the template set's settings as a clerk reads them."""
    data = yaml.safe_load(SETTINGS.read_text(encoding="utf-8"))
    return data["总得分规则"], [(g["等级"], Decimal(str(g["下限"]))) for g in data["等级"]]


def verify(path: Path) -> list[str]:
    return reader.verify(path, *rules())


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    b = pipeline.build(SOURCE, pipeline.BuildOptions(out_dir=tmp_path_factory.mktemp("docs"), paginate=False))
    assert b.ok, [str(p) for p in b.problems]
    return b.outputs[0]


def test_every_rate_and_score_agrees_with_the_figures_of_the_same_document(built):
    assert verify(built) == []


def test_the_reader_finds_the_five_sheets_and_their_totals(built):
    doc = reader.read(built)
    assert [s.name for s in doc.sheets] == ["党建活动经费", "网络安全防护及处置经费", "网络宣传费用", "信息化及人员培训费",
                                            "舆情中心运行经费"]
    assert [s.rows[s.row("总分")][1] for s in doc.sheets] == ["100", "99.997", "100", "65.78", "100"]
    assert "总得分93.16分为优秀" in doc.paragraphs


def corrupt(docx: Path, tmp_path: Path, old: str, new: str, nth: int = 0) -> Path:
    """Replace the `nth` text run (paragraph or table cell) that is exactly `old` by `new`."""
    doc = Document(str(docx))
    runs = [t for t in doc.element.body.iter(qn("w:t")) if t.text == old]
    runs[nth].text = new
    bad = tmp_path / "bad.docx"
    doc.save(str(bad))
    return bad


@pytest.mark.parametrize("old, new, nth, complaint", [
    # the seed's own figures, put back into our document, are caught:
    ("99.97%", "99.99%", 0, "网络安全防护及处置经费 预算执行进度: 文中 99.99，按表计算 99.97"),
    ("99.97%", "100%", 1, "网络安全防护及处置经费 预算执行率指标 实际完成值: 100% 掩盖了实际数 99.9666"),
    ("57.80%", "100%", 1, "信息化及人员培训费 预算执行率指标 实际完成值: 文中 100，按表计算 58"),
    ("5.78", "10", -1, "信息化及人员培训费 预算执行率指标 得分: 文中 10，按表计算 6"),
    ("65.78", "70", 0, "信息化及人员培训费 总分: 文中 70，按表计算 66"),
    ("总得分93.16分为优秀", "总得分94分为优秀", 0, "四、总得分: 文中 94，按表计算 93"),
    # a score short of full marks printed as full marks:
    ("9.997", "10", 0, "网络安全防护及处置经费 预算执行率指标 得分: 10 掩盖了实际数 9.99666"),
    ("99.997", "100", 0, "网络安全防护及处置经费 总分: 100 掩盖了实际数 99.99666"),
    ("总得分93.16分为优秀", "总得分93.16分为良", 0, "四、评价等级: 文中 良，按表计算 优秀"),
    # an entered amount changed: the totals no longer hold
    ("29.99", "29.9", 1, "网络安全防护及处置经费 执行数合计: 文中 29.99，按表计算 29.9"),
])
def test_the_reader_is_not_a_rubber_stamp(built, tmp_path, old, new, nth, complaint):
    problems = verify(corrupt(built, tmp_path, old, new, nth))
    assert any(p.startswith(complaint) for p in problems), problems


def test_a_rate_printed_with_fewer_places_is_still_right(built, tmp_path):
    """Seed 003 prints 5.78 / 10 as 58%: at the places it is printed with, that is correct."""
    assert verify(corrupt(built, tmp_path, "57.80%", "58%", 0)) == []

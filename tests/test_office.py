"""With LibreOffice: the 目录's page numbers in the docx equal the pages in the PDF, and the PDF is written."""
import re
import subprocess
from pathlib import Path

from docx import Document

from generator import pipeline

from conftest import EXAMPLE, needs_office


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def toc_entries(docx: Path) -> list[tuple[str, int]]:
    entries = []
    for p in Document(str(docx)).paragraphs:
        if p.style.name.startswith("toc") and "\t" in p.text:
            title, page = p.text.rsplit("\t", 1)
            entries.append((title, int(page)))
    return entries


@needs_office
def test_toc_page_numbers_match_the_pdf(tmp_path):
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path, pdf=True))
    assert built.ok, [str(p) for p in built.problems]
    docx, pdf = built.outputs
    assert pdf.suffix == ".pdf" and pdf.stat().st_size > 50_000
    pages = pdf_pages(pdf)
    entries = toc_entries(docx)
    assert len(entries) == 27
    # the footer prints “— N —”; find the physical page of displayed page 1
    numbers = {i: int(m.group(1)) for i, page in enumerate(pages) if (m := re.search(r"—\s*(\d+)\s*—\s*$", page.strip()))}
    first = min(i for i, n in numbers.items() if n == 1)
    for title, page in entries:
        physical = first + page - 1
        assert numbers.get(physical) == page, f"{title}: footer of physical page {physical + 1} is not — {page} —"
        body = pages[physical]
        # a part title or heading appears on its page; table titles appear without their 一、… numbering
        probe = re.sub(r"^[一二三四五六七八九十]+、", "", title)
        assert probe.replace(" ", "") in body.replace(" ", ""), f"{title} is not on page {page}"


@needs_office
def test_the_pdf_is_made_in_the_same_load_and_its_toc_equals_the_docx(tmp_path):
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path, pdf=True))
    docx, pdf = built.outputs
    pages = pdf_pages(pdf)
    toc_pages = [p for p in pages if re.search(r"\.{6,}\s*\d+\s*$", p, re.M)]      # dot leaders: only the 目录 has them
    printed = [(re.sub(r"[\s.]+$", "", m.group(1)).replace(" ", ""), int(m.group(2)))
               for p in toc_pages for m in re.finditer(r"^\s*(\S.*?)\.{3,}\s*(\d+)\s*$", p, re.M)]
    assert printed == [(title.replace(" ", ""), page) for title, page in toc_entries(docx)]


@needs_office
def test_no_punctuation_is_lost_at_a_line_end(tmp_path):
    """LibreOffice hangs a 。 or ； past the margin of a justified line and then does not draw it; gen switches
    hanging punctuation off in the document it exports (Writer ignores w:overflowPunct in a docx)."""
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path, pdf=True))
    text = subprocess.run(["pdftotext", "-raw", str(built.outputs[1]), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s", "", text)
    assert "各项收入。主要是" in flat
    assert "一般公共服务的支出；" in flat


@needs_office
def test_pdf_uses_cjk_fonts_for_the_windows_font_names(tmp_path):
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path, pdf=True))
    pdf = built.outputs[1]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSerifCJK" in fonts          # 仿宋_GB2312 / 方正小标宋简体 → Noto Serif CJK SC
    assert "NotoSansCJK" in fonts           # 黑体 → Noto Sans CJK SC


def test_without_libreoffice_the_docx_asks_word_to_update_the_toc(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.paginate.find_office", lambda: None)
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path))
    assert built.ok
    assert any("目录页码未计算" in note for note in built.notes)
    settings = Document(str(built.outputs[0])).settings.element.xml
    assert 'w:updateFields w:val="true"' in settings

"""With LibreOffice: the 目录's page numbers in the docx equal the pages in the PDF, and the PDF's pages follow
GB/T 9704 (22 lines of 28 characters, page numbers outside) in faces that look like the named ones."""
import re
import subprocess
from pathlib import Path

import pytest
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


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """长治 built once with its PDF for the tests of this module."""
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path_factory.mktemp("office"), pdf=True))
    assert built.ok, [str(p) for p in built.problems]
    return built


def lines_of(pdf: Path, page: int) -> tuple[float, list[tuple[float, float, str]]]:
    """The page's width and its text lines as (xMin, yMin, text), from pdftotext's layout boxes."""
    html = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    lines = []
    for m in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</line>', html, re.S):
        words = re.findall(r">([^<]+)</word>", m.group(3))
        lines.append((float(m.group(1)), float(m.group(2)), "".join(words)))
    return width, lines


@needs_office
def test_toc_page_numbers_match_the_pdf(built):
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
def test_the_pdf_is_made_in_the_same_load_and_its_toc_equals_the_docx(built):
    docx, pdf = built.outputs
    pages = pdf_pages(pdf)
    toc_pages = [p for p in pages if re.search(r"\.{6,}\s*\d+\s*$", p, re.M)]      # dot leaders: only the 目录 has them
    printed = [(re.sub(r"[\s.]+$", "", m.group(1)).replace(" ", ""), int(m.group(2)))
               for p in toc_pages for m in re.finditer(r"^\s*(\S.*?)\.{3,}\s*(\d+)\s*$", p, re.M)]
    assert printed == [(title.replace(" ", ""), page) for title, page in toc_entries(docx)]


@needs_office
def test_no_punctuation_is_lost_at_a_line_end(built):
    """LibreOffice hangs a 。 or ； past the margin of a justified line and then does not draw it; gen switches
    hanging punctuation off in the document it exports (Writer ignores w:overflowPunct in a docx)."""
    text = subprocess.run(["pdftotext", "-raw", str(built.outputs[1]), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s", "", text)
    assert "各项收入。主要是" in flat
    assert "一般公共服务的支出；" in flat


def installed(family: str) -> bool:
    return family in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout


@needs_office
def test_pdf_uses_faces_that_look_like_the_named_ones(built):
    """仿宋 → FandolFang, 楷体 → FandolKai, 黑体 → Noto Sans CJK, 小标宋 → Noto Serif CJK Bold (fontconfig/gov-cjk.conf);
    without the Fandol faces (texlive-lang-chinese) 仿宋 and 楷体 fall back to Noto Serif CJK."""
    fonts = subprocess.run(["pdffonts", str(built.outputs[1])], capture_output=True, text=True, check=True).stdout
    assert "NotoSansCJK" in fonts                   # 黑体
    assert re.search(r"NotoSerifCJK\S*-Bold", fonts)  # 方正小标宋简体
    fandol = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"
    if Path(fandol).exists():
        assert "FandolFang" in fonts and "FandolKai" in fonts
    else:
        assert "NotoSerifCJK" in fonts


@needs_office
def test_pages_hold_22_lines_of_28_characters(built):
    """GB/T 9704: 三号仿宋, 22 lines of 28 characters in the 156 × 225 mm 版心.  A full page of the 情况说明 has 22
    lines; no line of the 情况说明 holds more than 28 characters, and lines of only Chinese characters hold 28."""
    pages = pdf_pages(built.outputs[1])
    first = next(i for i, p in enumerate(pages) if "第三部分" in p and "情况说明" in p and "....." not in p) + 1
    last = next(i for i, p in enumerate(pages) if "第四部分" in p and "....." not in p)
    full, widths = 0, []
    for page in range(first, last):                 # pages before the part's last are full
        _, lines = lines_of(built.outputs[1], page)
        body = [line for line in lines if not re.fullmatch(r"—\s*\d+\s*—", line[2])]
        full = max(full, len(body))
        for x, y, text in body:
            wide = sum(1 for c in text if ord(c) > 0x2E80)
            narrow = sum(1 for c in text if ord(c) <= 0x2E80)
            widths.append((wide + narrow / 2, x, text))
    assert full == 22
    assert max(w for w, _, _ in widths) <= 28.5
    left = min(x for _, x, _ in widths)
    assert any(w == 28 and x == left for w, x, text in widths if all(ord(c) > 0x2E80 for c in text))


@needs_office
def test_page_numbers_are_outside(built):
    """“— N —” one character in from the outer edge: odd pages on the right, even pages on the left."""
    pages = pdf_pages(built.outputs[1])
    seen: dict[bool, set] = {True: set(), False: set()}
    for physical, page in enumerate(pages, 1):
        m = re.search(r"—\s*(\d+)\s*—\s*$", page.strip())
        if not m or physical > 20:
            continue
        width, lines = lines_of(built.outputs[1], physical)
        x, _, _ = next(line for line in lines if re.fullmatch(r"—\s*\d+\s*—", line[2]))
        odd = int(m.group(1)) % 2 == 1
        assert (x > width / 2) == odd, f"page {m.group(1)}"
        if width < 600 and not odd:                     # portrait: text pages and table pages alike
            seen[odd].add(round(x))
        elif width < 600:
            seen[odd].add(round(width - x))             # measured from the outer edge (x is the left end)
    assert len(seen[False]) == 1, seen                  # every even portrait page: the same place
    assert seen[True] and max(seen[True]) - min(seen[True]) <= 20, seen   # odd: numbers differ in width only


def test_without_libreoffice_the_docx_asks_word_to_update_the_toc(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.paginate.find_office", lambda: None)
    built = pipeline.build(EXAMPLE, pipeline.BuildOptions(out_dir=tmp_path))
    assert built.ok
    assert any("目录页码未计算" in note for note in built.notes)
    settings = Document(str(built.outputs[0])).settings.element.xml
    assert 'w:updateFields w:val="true"' in settings


@needs_office
def test_libreoffice_is_restarted_past_its_memory_ceiling(tmp_path, monkeypatch):
    """A long batch must not let soffice grow without bound: past GEN_OFFICE_MEMORY_MB (here 1 MB, so after
    every document) the helper starts a fresh one, and the batch summary reports the memory and the restarts."""
    from generator import batch, paginate
    monkeypatch.setattr(paginate, "MEMORY_CEILING_MB", 1)
    batch.close_session()                   # a session of an earlier test has the default ceiling
    sources = []
    for k in range(2):
        copy = tmp_path / f"单位{k}.yaml"
        copy.write_bytes(EXAMPLE.read_bytes())
        sources.append(str(copy))
    options = batch.Options(out_dir=str(tmp_path / "out"), templates=str(EXAMPLE.parent.parent / "templates"),
                            paginate=True, pdf=False)
    try:
        results = batch.run(sources, options, jobs=1)
    finally:
        batch.close_session()
    assert all(r.status == "built" for r in results), [r.lines for r in results]
    assert all(r.office_mb > 1 for r in results)
    assert results[-1].office_restarts >= 1
    text = "\n".join(batch.summary(results))
    assert "LibreOffice：每个进程最多占用" in text and "上限 1 MB" in text and "已换" in text


def test_a_memory_ceiling_that_is_not_a_number_of_mb_keeps_the_default(monkeypatch):
    from generator import paginate
    for value, expected in (("abc", 1500), ("-3", 1500), ("0", 1500), ("１２", 1500), ("800", 800)):
        monkeypatch.setenv("GEN_OFFICE_MEMORY_MB", value)
        assert paginate._memory_ceiling() == expected, value

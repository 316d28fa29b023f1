"""OOXML for authoring a template set: fonts, paragraph properties, tables, footers.

Only the authoring kit uses this; a build needs none of it (generator/ooxml.py has what a
build does to a document).
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from generator.ooxml import _child, _el, _field_runs, normalize


def set_run_fonts(rpr, east_asia: str, latin: str | None = None) -> None:
    """Explicit fonts on an rPr: eastAsia for Chinese, ascii/hAnsi for Latin and digits.

    Theme font attributes are removed: they override explicit names in Word.
    """
    fonts = _child(rpr, "w:rFonts")
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    latin = latin or east_asia
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def style_fonts(style, east_asia: str, latin: str | None = None, size_pt: float | None = None, bold: bool | None = None):
    rpr = style.element.get_or_add_rPr()
    set_run_fonts(rpr, east_asia, latin)
    if size_pt is not None:
        style.font.size = Pt(size_pt)
        style.element.get_or_add_rPr()
        szcs = _child(rpr, "w:szCs")
        szcs.set(qn("w:val"), str(int(size_pt * 2)))
    if bold is not None:
        style.font.bold = bold


def document_defaults(document, east_asia: str, latin: str) -> None:
    """docDefaults: Chinese language (so SC glyph forms are chosen) and explicit fonts."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults")
    rpr_default = _child(defaults, "w:rPrDefault")
    rpr = _child(rpr_default, "w:rPr")
    set_run_fonts(rpr, east_asia, latin)
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


@dataclass(frozen=True)
class FontSpec:
    name: str
    alt_name: str           # what Word/WPS substitute when `name` is not installed
    family: str             # roman / modern / swiss
    panose: str


def register_fonts(document, fonts: list[FontSpec]) -> None:
    """Add fonts to word/fontTable.xml with an altName fallback and GB2312 charset."""
    part = None
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/fontTable"):
            part = rel.target_part
    if part is None:
        return
    from lxml import etree
    root = etree.fromstring(part.blob)
    existing = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for spec in fonts:
        if spec.name in existing:
            continue
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), spec.name)
        etree.SubElement(font, qn("w:altName")).set(qn("w:val"), spec.alt_name)
        etree.SubElement(font, qn("w:panose1")).set(qn("w:val"), spec.panose)
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), spec.family)
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def first_line_chars(paragraph_format_element, chars: int) -> None:
    """Indent the first line by `chars` characters (w:firstLineChars, in 1/100 char)."""
    ind = _child(paragraph_format_element, "w:ind")
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(chars * 320))


def no_indent(ppr) -> None:
    ind = _child(ppr, "w:ind")
    for attr in ("w:firstLineChars", "w:firstLine", "w:hangingChars", "w:hanging"):
        ind.set(qn(attr), "0")



def page_break_before(ppr) -> None:
    _child(ppr, "w:pageBreakBefore")


def append_field(paragraph_element, instr: str, cached: str = "", rpr=None) -> None:
    """A complex field (PAGE, TC, PAGEREF …) with a cached result."""
    for run in _field_runs(instr, cached, rpr):
        paragraph_element.append(run)


def append_hidden_field(paragraph_element, instr: str) -> None:
    """A field that displays nothing, such as TC (a 目录 entry with its own text)."""
    r = OxmlElement("w:r")
    r.append(_el("w:fldChar", w_fldCharType="begin"))
    paragraph_element.append(r)
    r = OxmlElement("w:r")
    t = _el("w:instrText")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = f" {instr} "
    r.append(t)
    paragraph_element.append(r)
    r = OxmlElement("w:r")
    r.append(_el("w:fldChar", w_fldCharType="end"))
    paragraph_element.append(r)


@dataclass
class Cell:
    text: str = ""
    span: int = 1
    vmerge: str | None = None          # "restart" / "continue"
    align: str = "center"              # left / center / right / both
    bold: bool = False
    valign: str = "center"
    style: str | None = None


@dataclass
class Row:
    cells: list[Cell]
    header: bool = False               # repeat on each page
    cant_split: bool = True
    height_twips: int | None = None


def make_table(body_element, anchor_paragraph, widths_twips: list[int], rows: list[Row], cell_style_id: str,
               borders: bool = True):
    """Insert a fixed-layout table before `anchor_paragraph`.

    Widths are in twips (1/20 pt).  Each Row lists its cells left to right; a cell's
    `span` is its gridSpan.  Returns the w:tbl element.
    """
    tbl = OxmlElement("w:tbl")
    tblpr = OxmlElement("w:tblPr")
    tblpr.append(_el("w:tblW", w_w=sum(widths_twips), w_type="dxa"))
    tblpr.append(_el("w:jc", w_val="center"))
    if borders:
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            b.append(_el(f"w:{side}", w_val="single", w_sz=4, w_space=0, w_color="000000"))
        tblpr.append(b)
    tblpr.append(_el("w:tblLayout", w_type="fixed"))
    margins = OxmlElement("w:tblCellMar")
    margins.append(_el("w:left", w_w=57, w_type="dxa"))
    margins.append(_el("w:right", w_w=57, w_type="dxa"))
    tblpr.append(margins)
    tblpr.append(_el("w:tblLook", w_val="0000", w_firstRow=0, w_lastRow=0, w_firstColumn=0, w_lastColumn=0,
                     w_noHBand=1, w_noVBand=1))
    tbl.append(tblpr)
    grid = OxmlElement("w:tblGrid")
    for w in widths_twips:
        grid.append(_el("w:gridCol", w_w=w))
    tbl.append(grid)
    for row in rows:
        tr = OxmlElement("w:tr")
        trpr = OxmlElement("w:trPr")
        if row.cant_split:
            trpr.append(OxmlElement("w:cantSplit"))
        if row.height_twips:
            trpr.append(_el("w:trHeight", w_val=row.height_twips, w_hRule="atLeast"))
        if row.header:
            trpr.append(OxmlElement("w:tblHeader"))
        tr.append(trpr)
        col = 0
        for cell in row.cells:
            width = sum(widths_twips[col: col + cell.span])
            col += cell.span
            tc = OxmlElement("w:tc")
            tcpr = OxmlElement("w:tcPr")
            tcpr.append(_el("w:tcW", w_w=width, w_type="dxa"))
            if cell.span > 1:
                tcpr.append(_el("w:gridSpan", w_val=cell.span))
            if cell.vmerge:
                tcpr.append(_el("w:vMerge", w_val=cell.vmerge))
            tcpr.append(_el("w:vAlign", w_val=cell.valign))
            tc.append(tcpr)
            for line in (cell.text.split("\n") if cell.text else [""]):
                p = OxmlElement("w:p")
                ppr = OxmlElement("w:pPr")
                ppr.append(_el("w:pStyle", w_val=cell.style or cell_style_id))
                ppr.append(_el("w:jc", w_val=cell.align))
                p.append(ppr)
                if line:
                    r = OxmlElement("w:r")
                    if cell.bold:
                        rpr = OxmlElement("w:rPr")
                        rpr.append(OxmlElement("w:b"))
                        r.append(rpr)
                    t = OxmlElement("w:t")
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    t.text = line
                    r.append(t)
                    p.append(r)
                tc.append(p)
            tr.append(tc)
        if col != len(widths_twips):
            raise ValueError(f"row spans {col} grid columns, the table has {len(widths_twips)}: "
                             + " | ".join(c.text for c in row.cells))
        tbl.append(tr)
    anchor_paragraph.addprevious(tbl)
    return tbl


def restart_page_numbering(section, start: int = 1) -> None:
    _child(section._sectPr, "w:pgNumType", before=("w:cols", "w:docGrid")).set(qn("w:start"), str(start))


def page_number_footer(section, style_name: str) -> None:
    """A centred “— N —” footer (GB/T 9704), unlinked from the previous section."""
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.style = style_name
    p.alignment = 1
    p.add_run("— ")
    append_field(p._p, "PAGE", "1")
    p.add_run(" —")


def empty_footer(section) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    for p in footer.paragraphs:
        for r in list(p.runs):
            r._r.getparent().remove(r._r)



def page_break_paragraph(paragraph) -> None:
    r = OxmlElement("w:r")
    r.append(_el("w:br", w_type="page"))
    paragraph._p.append(r)


def normalize_document(document) -> None:
    normalize(document.styles.element)
    normalize(document.element)
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                normalize(part._element)

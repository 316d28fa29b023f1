"""Every raw OOXML edit lives here: fonts, tables and merges, fields, bookmarks, the 目录.

Above this module code talks in named operations (make_table, merge_marked_cells,
fill_toc …); nothing else builds w:… elements by hand.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# A cell whose rendered text is exactly this joins the cell above it (vertical merge).
MERGE_UP = "\u2060⇡\u2060"
TOC_MARKER = "〔目录〕"
TOC_BOOKMARK_PREFIX = "_Toc"


def _el(tag: str, **attrs) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(key.replace("_", ":", 1)), str(value))
    return element


def _child(parent, tag: str, before: tuple[str, ...] = ()):
    """The first `tag` child of parent, created (before any of `before`) if missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    for name in before:
        anchor = parent.find(qn(name))
        if anchor is not None:
            anchor.addprevious(element)
            return element
    parent.append(element)
    return element


# ───────────────────────────── fonts ─────────────────────────────

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


# ───────────────────────────── paragraphs ─────────────────────────────

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


def add_bookmark(paragraph_element, name: str, bookmark_id: int) -> None:
    start = _el("w:bookmarkStart", w_id=bookmark_id, w_name=name)
    end = _el("w:bookmarkEnd", w_id=bookmark_id)
    ppr = paragraph_element.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph_element.insert(0, start)
    paragraph_element.append(end)


def _field_runs(instr: str, cached: str, rpr=None) -> list:
    runs = []
    for kind in ("begin", None, "separate", "text", "end"):
        r = OxmlElement("w:r")
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        if kind in ("begin", "separate", "end"):
            r.append(_el("w:fldChar", w_fldCharType=kind))
        elif kind is None:
            t = _el("w:instrText")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = f" {instr} "
            r.append(t)
        else:
            t = OxmlElement("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = cached
            r.append(t)
        runs.append(r)
    return runs


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


# ───────────────────────────── tables ─────────────────────────────

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


def _grid_columns(tr):
    """(grid column, tc) for each cell of a row, honouring gridSpan and gridBefore."""
    col = 0
    trpr = tr.find(qn("w:trPr"))
    if trpr is not None:
        before = trpr.find(qn("w:gridBefore"))
        if before is not None:
            col = int(before.get(qn("w:val")))
    for tc in tr.findall(qn("w:tc")):
        yield col, tc
        span = tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
        col += int(span.get(qn("w:val"))) if span is not None else 1


def _cell_text(tc) -> str:
    return "".join(t.text or "" for t in tc.iter(qn("w:t")))


def _set_vmerge(tc, value: str) -> None:
    tcpr = _child(tc, "w:tcPr")
    _child(tcpr, "w:vMerge", before=("w:tcBorders", "w:shd", "w:noWrap", "w:tcMar", "w:vAlign")).set(qn("w:val"), value)


def merge_marked_cells(body_element) -> int:
    """Cells rendered as MERGE_UP join the cell above them in the same grid column.

    This is how a template merges runs of equal values (一级指标, 二级指标) inside a row
    loop, which docxtpl's own {% vm %} cannot do.  Returns the number of merged cells.
    """
    tc_tag, tr_tag = qn("w:tc"), qn("w:tr")
    merged = 0
    for t in [t for t in body_element.iter(qn("w:t")) if t.text == MERGE_UP]:
        tc = next(a for a in t.iterancestors(tc_tag))
        tr = tc.getparent()
        col = next(c for c, cell in _grid_columns(tr) if cell is tc)
        t.text = ""
        _set_vmerge(tc, "continue")
        row = tr.getprevious()
        while row is not None:                          # the nearest cell above that starts a merge
            if row.tag == tr_tag:
                above = next((cell for c, cell in _grid_columns(row) if c == col), None)
                if above is not None and _vmerge(above) != "continue" and _cell_text(above) != MERGE_UP:
                    _set_vmerge(above, "restart")
                    break
            row = row.getprevious()
        merged += 1
    return merged


def _vmerge(tc) -> str | None:
    vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
    return None if vm is None else vm.get(qn("w:val"))


# ───────────────────────────── the 目录 ─────────────────────────────

@dataclass
class TocEntry:
    text: str
    level: int
    bookmark: str
    page: int | None = None


_TC = re.compile(r'^\s*TC\s+"([^"]*)"(?:.*?\\l\s+(\d))?', re.S)


def _paragraph_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _heading_level(p, styles_by_id: dict[str, int]) -> int | None:
    style = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    if style is None:
        return None
    return styles_by_id.get(style.get(qn("w:val")))


def style_ids(styles_root) -> dict[str, str]:
    """Lower-cased style name → style id, from word/styles.xml (“heading 1” → “Heading1”, “toc 1” → “TOC1”)."""
    ids = {}
    for style in styles_root.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            ids[name.get(qn("w:val")).lower()] = style.get(qn("w:styleId"))
    return ids


def heading_style_levels(styles_root, max_level: int) -> dict[str, int]:
    """style id → outline level (1-based) for the built-in Heading 1..n styles."""
    ids = style_ids(styles_root)
    return {ids[f"heading {n}"]: n for n in range(1, max_level + 1) if f"heading {n}" in ids}


def toc_style_ids(styles_root, levels: int) -> dict[int, str]:
    ids = style_ids(styles_root)
    return {n: ids.get(f"toc {n}", f"TOC{n}") for n in range(1, levels + 1)}


def collect_toc(body, levels: dict[str, int], max_level: int) -> list[TocEntry]:
    """Headings (Heading 1..max_level) and TC fields of body-level paragraphs, in order, each bookmarked."""
    entries: list[TocEntry] = []
    bookmark_id = 9000
    for p in body.iterchildren(qn("w:p")):
        found = None
        level = _heading_level(p, levels)
        if level is not None and _paragraph_text(p).strip() and TOC_MARKER not in _paragraph_text(p):
            found = (_paragraph_text(p).strip(), level)
        else:
            instr = "".join(t.text or "" for t in p.iter(qn("w:instrText")))
            m = _TC.match(instr)
            if m:
                found = (m.group(1), int(m.group(2) or 1))
        if found and found[1] <= max_level:
            name = f"{TOC_BOOKMARK_PREFIX}{len(entries) + 1:04d}"
            add_bookmark(p, name, bookmark_id)
            bookmark_id += 1
            entries.append(TocEntry(found[0], found[1], name))
    return entries


def fill_toc(body, entries: list[TocEntry], toc_style_ids: dict[int, str], levels: int) -> bool:
    """Replace the 〔目录〕 paragraph by a TOC field whose cached entries carry page numbers.

    Each entry is a hyperlink to its bookmark with a PAGEREF field, as Word writes them,
    so a clerk can also update the 目录 in Word.  Returns False when there is no marker.
    """
    marker = None
    for p in body.iterchildren(qn("w:p")):
        if _paragraph_text(p).strip() == TOC_MARKER:
            marker = p
            break
    if marker is None:
        return False
    new_paragraphs = []
    for i, entry in enumerate(entries):
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        ppr.append(_el("w:pStyle", w_val=toc_style_ids.get(entry.level, toc_style_ids[1])))
        p.append(ppr)
        if i == 0:
            for r in _field_runs(f'TOC \\o "1-{levels}" \\h \\z \\u \\f', "")[:3]:
                p.append(r)
        link = _el("w:hyperlink", w_anchor=entry.bookmark, w_history=1)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = entry.text
        r.append(t)
        link.append(r)
        r = OxmlElement("w:r")
        r.append(OxmlElement("w:tab"))
        link.append(r)
        for run in _field_runs(f"PAGEREF {entry.bookmark} \\h", str(entry.page) if entry.page else ""):
            link.append(run)
        p.append(link)
        if i == len(entries) - 1:
            r = OxmlElement("w:r")
            r.append(_el("w:fldChar", w_fldCharType="end"))
            p.append(r)
        new_paragraphs.append(p)
    for p in new_paragraphs:
        marker.addprevious(p)
    marker.getparent().remove(marker)
    return True


def set_toc_pages(root, pages: dict[str, int]) -> int:
    """Write page numbers into the cached results of the PAGEREF fields of the 目录."""
    changed = 0
    for link in root.iter(qn("w:hyperlink")):
        anchor = link.get(qn("w:anchor"))
        if anchor not in pages:
            continue
        in_result = False
        for r in link.iter(qn("w:r")):
            fld = r.find(qn("w:fldChar"))
            if fld is not None:
                kind = fld.get(qn("w:fldCharType"))
                in_result = kind == "separate"
                continue
            if in_result:
                t = r.find(qn("w:t"))
                if t is not None:
                    t.text = str(pages[anchor])
                    changed += 1
                    in_result = False
    return changed


def set_update_fields(settings, on: bool = True) -> None:
    """Ask Word to refresh fields (the 目录) when the file is opened (`settings`: the w:settings element)."""
    update = settings.find(qn("w:updateFields"))
    if on:
        if update is None:
            update = OxmlElement("w:updateFields")
            later = [c for c in settings if c.tag in {qn(f"w:{n}") for n in _SETTINGS_AFTER_UPDATE_FIELDS}]
            if later:
                later[0].addprevious(update)
            else:
                settings.append(update)
        update.set(qn("w:val"), "true")
    elif update is not None:
        settings.remove(update)


# ───────────────────────────── sections ─────────────────────────────

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


# ───────────────────────────── schema order ─────────────────────────────
# Word rejects a file whose property elements are out of the order the OOXML schema
# gives (LibreOffice does not mind); everything written above goes through this.

_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
              "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
              "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
_PARAGRAPH_MARK_RPR_ORDER = _RPR_ORDER + ["ins", "del", "moveFrom", "moveTo"]
_SETTINGS_AFTER_UPDATE_FIELDS = ["hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                                 "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
                                 "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
                                 "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                                 "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"]


_RANKS: dict[int, dict[str, int]] = {}


def _sort_children(element, order: list[str]) -> None:
    rank = _RANKS.get(id(order))
    if rank is None:
        rank = _RANKS[id(order)] = {qn(f"w:{name}"): i for i, name in enumerate(order)}
    children = list(element)
    ordered = sorted(children, key=lambda c: rank.get(c.tag, len(order)))
    if ordered != children:
        for child in children:
            element.remove(child)
        for child in ordered:
            element.append(child)


def normalize(root) -> None:
    """Put every pPr and rPr under `root` (an lxml element) in schema order."""
    for ppr in root.iter(qn("w:pPr")):
        _sort_children(ppr, _PPR_ORDER)
    for rpr in root.iter(qn("w:rPr")):
        parent = rpr.getparent()
        _sort_children(rpr, _PARAGRAPH_MARK_RPR_ORDER if parent is not None and parent.tag == qn("w:pPr") else _RPR_ORDER)


def normalize_document(document) -> None:
    normalize(document.styles.element)
    normalize(document.element)
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                normalize(part._element)

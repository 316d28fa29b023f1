"""The raw OOXML edits a build makes: merged cells, bookmarks and fields of the 目录, the
update-fields flag, and schema order.

Above this module code talks in named operations (merge_marked_cells, fill_toc …); nothing
else in the generator builds w:… elements by hand.  Authoring a template set (styles, fonts,
tables) is not a build step: that code lives in tools/templatekit.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

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


# ───────────────────────────── fields and bookmarks ─────────────────────────────

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


# ───────────────────────────── merged cells ─────────────────────────────

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



"""`gen export --xlsx` and `gen import`: the document's tables as a workbook, and figures back from one.

Export: every table of the generated document becomes one sheet, laid out as printed — the table's title, the
lines under it (公开02表 …), each cell in its grid column, merged cells merged, figures as numbers (shown with the
places the document prints), codes and other words as text.  It is made from the filled document itself, so each
template's own layout (columns, 栏次, the 科目 rows including the 类 and 款 gen computed) is what the sheet shows.

Import: a workbook in that layout — ours, or a finance system's 公开表 export — updates the figures of a
department file.  A sheet is recognised by its table's title; header rows are found by their words (科目编码,
the column names), never by position; merged header cells count for every column they cover.  What each kind
can import is declared by the kind (`Kind.workbook`: `ItemSpec` for a 科目 table, `FormSpec` for a fixed form).
The file keeps its texts and comments (ruamel round trip, then gen fmt's layout); only figures change, by this rule:
  - a figure the file has is replaced by the workbook's, unless they agree to the places the workbook shows;
  - a figure the file lacks is added unless it is 0 or gen computes it anyway (a 类 = Σ its 款, a total = Σ its
    parts), so that importing our own export changes nothing;
  - a 科目 row the file has and the sheet lacks is deleted; columns the sheet does not print are left alone.
Every cell that cannot be placed (an unknown column, a text in a number cell, too many places) is reported as
`BOOK:工作表!单元格: …`, and then nothing is written.  Workbooks are untrusted: size and zip limits are checked
before openpyxl opens them (read-only; formulas are never evaluated — their cached values are used, a formula
without one is reported).
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from xml.etree import ElementTree

from .document_text import Table
from .parts.items import Columns, parent_code

MAX_BOOK_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 100 * 1024 * 1024
MAX_SHEETS = 100
MAX_ROWS = 3000
MAX_COLUMNS = 80
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
CODE = re.compile(r"^\d{3}(\d{2}){0,2}$")
NOT_APPLICABLE = re.compile(r"^[—\-－_ ]+$")


# ───────────────────────────── what a kind can import ─────────────────────────────

@dataclass(frozen=True)
class ItemSpec:
    """A 科目 table: its key in the department file, the titles it is printed under, its columns."""
    key: str
    titles: tuple[str, ...]
    columns: Columns
    economic: bool = False
    aliases: dict[str, str] = field(default_factory=dict)     # printed header → column key
    totals: tuple[str, ...] = ()                               # table-level figures printed as “label | value”


@dataclass(frozen=True)
class Cell:
    """One figure of a fixed form: found by the label of its row (numbering ignored; `under`: the first such
    label below that one) and the header of its column (`column`: header words, the last one matching; None:
    the first figure to the right of the label, 行次 skipped), or by its column alone (label None: the form's
    last row)."""
    pointer: tuple[str, ...]
    labels: tuple[str, ...] = ()
    column: tuple[tuple[str, ...], ...] = ()
    under: str = ""
    check_only: bool = False       # a total only checked: imported only where the file has it


@dataclass(frozen=True)
class FormSpec:
    key: str
    titles: tuple[str, ...]
    cells: tuple[Cell, ...]


# ───────────────────────────── words ─────────────────────────────

_NUMBERING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[、.．]|（\d+）)")


def words(text) -> str:
    """A label or title compared without numbering, spaces and quote styles: “一、收入决算表” = 收入决算表."""
    text = re.sub(r"[\s\u3000“”\"'「」]", "", str(text or ""))
    text = _NUMBERING.sub("", text)
    return re.sub(r"公开\d+表$", "", text)


# ───────────────────────────── export ─────────────────────────────

def sheet_name(index: int, title: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "", title) or "表格"
    name = f"{index:02d} {base}"[:31]
    n = 2
    while name in used:
        name = f"{index:02d}-{n} {base}"[:31]
        n += 1
    used.add(name)
    return name


def export(tables: list[Table]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for index, table in enumerate(tables, 1):
        sheet = book.create_sheet(sheet_name(index, table.title, used))
        width = max(table.columns, 1)
        sheet.cell(1, 1, table.title).font = Font(bold=True, size=14)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        row = 2
        for line in table.caption:
            if line != table.title and len(line) <= 60 and re.match(r"^(公开\s*\d+\s*表|单位[：:]|金额单位|[（(]\d{4})", line):
                sheet.cell(row, 1, line)
                row += 1
        starts: dict[int, int] = {}            # grid column → the row its vertical merge started
        for cells in table.rows:
            for cell in cells:
                target = sheet.cell(row, cell.column + 1)
                if cell.merge == "continue" and cell.column in starts:
                    sheet.merge_cells(start_row=starts[cell.column], start_column=cell.column + 1, end_row=row,
                                      end_column=cell.column + cell.span)
                    continue
                text = cell.text
                if NUMBER.match(text) and "." in text:
                    target.value = float(text)
                    target.number_format = "0." + "0" * len(text.split(".")[1])
                    target.alignment = Alignment(horizontal="right")
                else:
                    target.value = text or None
                    target.number_format = "@"
                if cell.span > 1:
                    sheet.merge_cells(start_row=row, start_column=cell.column + 1, end_row=row,
                                      end_column=cell.column + cell.span)
                if cell.merge == "restart":
                    starts[cell.column] = row
                elif cell.column in starts and cell.merge == "":
                    del starts[cell.column]
            row += 1
        for column in range(1, width + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 14
    book.properties.creator = "gen"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ───────────────────────────── reading a workbook ─────────────────────────────

class BookError(Exception):
    """The workbook cannot be read at all; the message is Chinese."""


@dataclass
class Sheet:
    name: str
    values: dict[tuple[int, int], object]              # (row, column), 1-based, non-empty cells only
    merged: list[tuple[int, int, int, int]]            # (min_row, min_col, max_row, max_col)
    rows: int
    columns: int

    def text(self, row: int, column: int) -> str:
        """The words of a cell; a cell inside a merged range reads the range's first cell."""
        for r1, c1, r2, c2 in self.merged:
            if r1 <= row <= r2 and c1 <= column <= c2:
                row, column = r1, c1
                break
        value = self.values.get((row, column))
        return "" if value is None else _plain(value)


def _plain(value) -> str:
    if isinstance(value, float):
        return repr(value).removesuffix(".0") if value.is_integer() else repr(value)
    return str(value).strip()


def cell_name(row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter
    return f"{get_column_letter(column)}{row}"


def _check_zip(raw: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BookError("不是 Excel 工作簿（.xlsx）或文件已损坏") from exc
    if sum(i.file_size for i in infos) > MAX_UNPACKED or len(infos) > 1000:
        raise BookError(f"工作簿解压后超过 {MAX_UNPACKED // 1024 // 1024} MB，不像是公开表（拒绝读取）")
    return archive


def _merges(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, int, int]]:
    from openpyxl.utils.cell import range_boundaries
    out = []
    try:
        with archive.open(part.lstrip("/")) as handle:
            for _, element in ElementTree.iterparse(handle):
                if element.tag.endswith("}mergeCell"):
                    c1, r1, c2, r2 = range_boundaries(element.get("ref", "A1"))
                    out.append((r1, c1, r2, c2))
                element.clear()
    except (KeyError, ElementTree.ParseError, ValueError):
        return out
    return out


def read_book(raw: bytes) -> list[Sheet]:
    if len(raw) > MAX_BOOK_BYTES:
        raise BookError(f"文件超过 {MAX_BOOK_BYTES // 1024 // 1024} MB")
    archive = _check_zip(raw)
    from openpyxl import load_workbook
    try:
        formulas = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
        cached = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:                       # openpyxl raises many kinds for a broken file
        raise BookError(f"无法打开工作簿：{exc.__class__.__name__}") from exc
    if len(formulas.sheetnames) > MAX_SHEETS:
        raise BookError(f"工作表超过 {MAX_SHEETS} 张")
    sheets = []
    for name in formulas.sheetnames:
        source, values = formulas[name], {}
        cached_rows = cached[name].iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS + 1, values_only=True)
        rows = columns = 0
        for r, (row, cached_row) in enumerate(zip(source.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS + 1,
                                                                   values_only=True), cached_rows), 1):
            for c, value in enumerate(row, 1):
                if value is None or value == "":
                    continue
                if isinstance(value, str) and value.startswith("="):
                    computed = cached_row[c - 1] if c - 1 < len(cached_row) else None
                    value = Formula(value) if computed is None else computed
                values[(r, c)] = value
                rows, columns = max(rows, r), max(columns, c)
        if rows > MAX_ROWS or columns > MAX_COLUMNS:
            raise BookError(f"工作表“{name}”超过 {MAX_ROWS} 行或 {MAX_COLUMNS} 列，不像是公开表")
        sheets.append(Sheet(name, values, _merges(archive, source._worksheet_path), rows, columns))
    return sheets


@dataclass(frozen=True)
class Formula:
    text: str

    def __str__(self) -> str:
        return self.text


# ───────────────────────────── figures ─────────────────────────────

@dataclass(frozen=True)
class Issue:
    sheet: str
    row: int
    column: int
    value: object
    detail: str

    def line(self, book: str) -> str:
        shown = _plain(self.value)
        shown = shown if len(shown) <= 30 else shown[:29] + "…"
        return f"{book}:{self.sheet}!{cell_name(self.row, self.column)}: “{shown}”{self.detail}"


def figure(sheet: Sheet, row: int, column: int, places: int, issues: list[Issue]) -> Decimal | None:
    """The cell as a figure: blank and “———” are 0; None (with an issue) when it is not one."""
    value = sheet.values.get((row, column))
    if value is None or isinstance(value, str) and (not value.strip() or NOT_APPLICABLE.match(value)):
        return Decimal(0)
    if isinstance(value, Formula):
        issues.append(Issue(sheet.name, row, column, value, "是公式，没有计算结果：请在表格软件中打开并保存，或粘贴为数值"))
        return None
    if isinstance(value, bool):
        issues.append(Issue(sheet.name, row, column, value, "不是数字"))
        return None
    text = repr(value) if isinstance(value, float) else str(value).strip().replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        issues.append(Issue(sheet.name, row, column, value, "不是数字，未导入"))
        return None
    if not number.is_finite() or number < 0 or abs(number) >= Decimal(10) ** 12:
        issues.append(Issue(sheet.name, row, column, value, "不是可用的金额（不能为负，须小于 10^12）"))
        return None
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        issues.append(Issue(sheet.name, row, column, value, f"小数位多于 {places} 位（表格里的数要四舍五入到分）"))
        return None
    if isinstance(exponent, int) and exponent == -1:
        number = number.quantize(Decimal("0.01"))            # 196.5 shown as 196.50: written with two places
    return number


def same(entered, value: Decimal) -> bool:
    """The file's figure and the workbook's agree to the places the workbook shows (4.9154 shown as 4.92)."""
    if entered is None:
        return value == 0
    entered = Decimal(str(entered))
    if entered == value:
        return True
    shown = max(0, -value.normalize().as_tuple().exponent)
    return entered.quantize(Decimal(1).scaleb(-max(shown, 2)), ROUND_HALF_UP) == value


# ───────────────────────────── finding a table in a sheet ─────────────────────────────

def title_of(sheet: Sheet, titles: dict[str, object]):
    """The spec whose title the sheet shows in its first rows (or in its name)."""
    candidates = [sheet.name.split(" ", 1)[-1]] + [sheet.text(r, c) for r in range(1, 5) for c in range(1, 4)]
    for text in candidates:
        spec = titles.get(words(text))
        if spec is not None:
            return spec
    return None


def header_path(sheet: Sheet, column: int, first: int, last: int) -> list[str]:
    """The header words of a column between two rows, top first, numbers and repeats left out."""
    out = []
    for r in range(first, last):
        text = sheet.text(r, column)
        if text and not NUMBER.match(text) and text not in out and text != "栏次":
            out.append(text)
    return out


# ───────────────────────────── importing ─────────────────────────────

@dataclass
class Result:
    changes: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)         # sheets that are no table gen imports
    imported: list[str] = field(default_factory=list)


def _skip_header(text: str) -> bool:
    return "：" in text or ":" in text or bool(re.match(r"^\d{4}年", text)) or text in ("项目", "序号", "项  目")


def _body_start(sheet: Sheet) -> int:
    """The first row below the header: after the 栏次 row (or the row “1 2 3 …”), else row 2."""
    for r in range(1, min(sheet.rows, 20) + 1):
        texts = [sheet.values.get((r, c)) for c in range(1, sheet.columns + 1)]
        texts = [_plain(t) for t in texts if t is not None and _plain(t)]
        if "栏次" in texts or len(texts) >= 3 and texts == [str(i) for i in range(1, len(texts) + 1)]:
            return r + 1
    return 2


def _number_cell(sheet: Sheet, row: int, column: int) -> bool:
    text = sheet.text(row, column)
    return not text or bool(NUMBER.match(text.replace(",", ""))) or bool(NOT_APPLICABLE.match(text))


def _get(data, path):
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def _set(data, path, value) -> None:
    from ruamel.yaml.comments import CommentedMap
    for key in path[:-1]:
        if not isinstance(data.get(key), dict):
            data[key] = CommentedMap()
        data = data[key]
    data[path[-1]] = value


def _shown(value) -> str:
    """A figure as the tables print it: at least two places unless it is a whole count."""
    if value is None:
        return "（空）"
    number = Decimal(str(value))
    if number == number.to_integral_value() and not isinstance(value, float) and "." not in str(value):
        return str(number)
    return str(number.quantize(Decimal("0.01")) if number.as_tuple().exponent > -2 else number)


class Importer:
    def __init__(self, data, kind, names, places: int = 2):
        import json
        self.data, self.kind, self.names, self.places = data, kind, names, places
        self.schema = json.loads(kind.schema.read_text(encoding="utf-8"))
        self.result = Result()
        self.titles = {}
        for spec in getattr(kind, "workbook", ()):
            for title in (spec.key,) + spec.titles:
                self.titles[words(title)] = spec

    def sheet(self, sheet: Sheet) -> None:
        spec = title_of(sheet, self.titles)
        if spec is None:
            self.result.skipped.append(sheet.name)
            return
        if spec.key in self.result.imported:
            self.result.issues.append(Issue(sheet.name, 1, 1, sheet.name, f"：“{spec.key}”已经由前面的工作表导入过，这张表重复"))
            return
        self.result.imported.append(spec.key)
        if isinstance(spec, ItemSpec):
            self.items(sheet, spec)
        else:
            self.form(sheet, spec)

    # ── a 科目 table ──
    def items(self, sheet: Sheet, spec: ItemSpec) -> None:
        issues = self.result.issues
        code_columns, header_row = [], 0
        for r in range(1, min(sheet.rows, 15) + 1):
            for c in range(1, sheet.columns + 1):
                text = sheet.text(r, c)
                if ("编码" in text or "代码" in text) and c not in code_columns and not _skip_header(text):
                    code_columns.append(c)
                    header_row = header_row or r
        if not code_columns:
            issues.append(Issue(sheet.name, 1, 1, sheet.name, "：找不到“科目编码”栏，无法导入这张表"))
            return
        code_columns.sort()
        first = next((r for r in range(header_row + 1, sheet.rows + 1)
                      if any(CODE.match(sheet.text(r, c)) or sheet.text(r, c) == "合计"
                             or sheet.text(r, c + 1) == "合计" for c in code_columns)), sheet.rows + 1)
        top = max(2, header_row - 3)
        keys: dict[int, str] = {}
        names: dict[int, int] = {}
        unknown: set[int] = set()
        for i, code_column in enumerate(code_columns):
            end = code_columns[i + 1] if i + 1 < len(code_columns) else sheet.columns + 1
            for c in range(code_column + 1, end):
                path = [t for t in header_path(sheet, c, top, first) if not _skip_header(t)]
                if path and path[-1] == "科目名称":
                    names[code_column] = c
                    continue
                key = self._column_key(path, spec)
                if key is None:
                    unknown.add(c)
                else:
                    keys[c] = key
        rows: dict[str, dict[str, Decimal]] = {}
        book_names: dict[str, str] = {}
        where: dict[str, tuple[int, int]] = {}
        total: dict[str, Decimal] = {}
        used: set[tuple[int, int]] = set()
        for r in range(first, sheet.rows + 1):
            for i, code_column in enumerate(code_columns):
                end = code_columns[i + 1] if i + 1 < len(code_columns) else sheet.columns + 1
                code = sheet.text(r, code_column)
                name_column = names.get(code_column)
                label = sheet.text(r, name_column) if name_column else ""
                if CODE.match(code):
                    target = rows.setdefault(code, {})
                    book_names[code] = label
                    where[code] = (r, code_column)
                elif code == "合计" or not code and label == "合计":
                    target = total
                else:
                    continue
                used.update({(r, code_column), (r, name_column or 0)})
                for c in range(code_column + 1, end):
                    if c in keys:
                        value = figure(sheet, r, c, self.places, issues)
                        used.add((r, c))
                        if value is not None:
                            target[keys[c]] = value
        for r in range(first, sheet.rows + 1):
            for c in range(1, sheet.columns + 1):
                text = sheet.text(r, c)
                if words(text) in spec.totals:
                    value_column = next((x for x in range(c + 1, sheet.columns + 1)
                                         if (r, x) in sheet.values and sheet.text(r, x) != text), None)
                    used.add((r, c))
                    if value_column is not None:
                        used.add((r, value_column))
                        value = figure(sheet, r, value_column, self.places, issues)
                        if value is not None:
                            self._figure((spec.key, words(text)), value, True, f"{spec.key} › {words(text)}")
        for (r, c), value in sorted(sheet.values.items()):
            if r >= first and (r, c) not in used and (c in unknown or c in keys) and _plain(value):
                if c in unknown and not NOT_APPLICABLE.match(_plain(value)):
                    header = " ".join(t for t in header_path(sheet, c, top, first) if not _skip_header(t)) or "（无栏名）"
                    issues.append(Issue(sheet.name, r, c, value, f"所在的栏“{header}”不是“{spec.key}”的栏，无法对应"))
        self._apply_items(spec, rows, book_names, total, set(keys.values()))

    def allows_total(self, key: str) -> bool:
        from .starter import schema_at
        return "合计" in schema_at(self.schema, [key]).get("properties", {})

    @staticmethod
    def _column_key(path: list[str], spec: ItemSpec) -> str | None:
        columns = set(spec.columns.all)
        names = [spec.aliases.get(p, p) for p in path]
        if not names:
            return None
        last = names[-1]
        if last in columns:
            return last
        if last in ("小计", "合计"):
            parent = names[-2] if len(names) >= 2 else ""
            if parent in columns:
                return parent
            if parent + "合计" in columns:
                return parent + "合计"
            return spec.columns.total
        return None

    def _apply_items(self, spec: ItemSpec, rows, book_names, total, printed: set[str]) -> None:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq
        table = self.data.get(spec.key)
        if not isinstance(table, dict):
            table = self.data[spec.key] = CommentedMap()
        if not isinstance(table.get("科目"), list):
            table["科目"] = CommentedSeq()
        seq = table["科目"]
        sums = spec.columns.sums()

        def derived(code: str | None, column: str, value: Decimal, cells: dict) -> bool:
            """gen computes this very value both ways it could: from the rows below and from the row's parts."""
            routes = []
            kids = [k for k in rows if parent_code(k) == code] if code else [k for k in rows if len(k) == 3]
            if kids:
                routes.append(sum((rows[k].get(column, Decimal(0)) for k in kids), Decimal(0)))
            for whole, parts in sums:
                if column == whole and any(p in printed for p in parts):
                    routes.append(sum((cells.get(p, Decimal(0)) for p in parts), Decimal(0)))
            return bool(routes) and all(value == r for r in routes)

        def update(target, cells: dict, code: str | None, label: str) -> None:
            for column, value in cells.items():
                old = target.get(column)
                if old is None:
                    if value == 0 or derived(code, column, value, cells):
                        continue
                elif same(old, value):
                    continue
                target[column] = value
                self.result.changes.append(f"{label} › {column}：{_shown(old)} → {value}")

        existing = {str(r.get("科目编码")).strip(): r for r in seq if isinstance(r, dict)}
        for code, cells in rows.items():
            row = existing.get(code)
            name = book_names.get(code, "")
            label = f"{spec.key} › {code} {name}".rstrip()
            if row is None:
                new = {c: v for c, v in cells.items() if v != 0 and not derived(code, c, v, cells)}
                if not new:
                    continue
                row = CommentedMap()
                row["科目编码"] = int(code)
                known = self.names.name(code, spec.economic)
                if name and (known is None or known != name):
                    row["科目名称"] = name
                for column in spec.columns.all:
                    if column in new:
                        row[column] = new[column]
                row.fa.set_flow_style()
                at = next((i for i, r in enumerate(seq) if str(r.get("科目编码")) > code), len(seq))
                seq.insert(at, row)
                self.result.changes.append(f"{label}：新增一行（{'、'.join(f'{c} {v}' for c, v in new.items())}）")
                continue
            update(row, cells, code, label)
        for code, row in existing.items():
            if code not in rows:
                seq.remove(row)
                self.result.changes.append(f"{spec.key} › {code}：工作表中没有这一行，删去")
        if total and not self.allows_total(spec.key):
            sums_ok = all(derived(None, c, v, total) or v == 0 for c, v in total.items())
            if not sums_ok:
                self.result.changes.append(f"{spec.key} › 合计：数据文件不填这张表的合计行，由各行计算（工作簿的合计行未导入）")
        elif total:
            if not isinstance(table.get("合计"), dict):
                holder = CommentedMap()
                holder.fa.set_flow_style()
                update(holder, total, None, f"{spec.key} › 合计")
                if holder:
                    table.insert(0, "合计", holder)
            else:
                update(table["合计"], total, None, f"{spec.key} › 合计")

    # ── a fixed form ──
    def form(self, sheet: Sheet, spec: FormSpec) -> None:
        start = _body_start(sheet)
        last = max((r for (r, _c) in sheet.values), default=1)
        for cell in spec.cells:
            found = self._locate(sheet, cell, start, last)
            if found is None:
                continue
            value = figure(sheet, *found, self.places_of(cell.pointer), self.result.issues)
            if value is not None:
                self._figure(cell.pointer, value, cell.check_only, " › ".join(cell.pointer))

    def places_of(self, pointer: tuple) -> int:
        """Decimals a figure may have: 0 for a count (integer in the schema), else the amount's x-小数位."""
        from .starter import schema_at, types
        sub = schema_at(self.schema, list(pointer))
        if "integer" in types(sub) and "number" not in types(sub):
            return 0
        return int(sub.get("x-小数位", self.places))

    def _locate(self, sheet: Sheet, cell: Cell, start: int, last: int) -> tuple[int, int] | None:
        if cell.labels:
            wanted = {words(label) for label in cell.labels}
            row = column = None
            after = start
            if cell.under:
                anchor = next(((r, c) for r in range(start, sheet.rows + 1) for c in range(1, sheet.columns + 1)
                               if words(sheet.text(r, c)) == words(cell.under)), None)
                if anchor is None:
                    return None
                after = anchor[0] + 1
            for r in range(after, sheet.rows + 1):
                column = next((c for c in range(1, sheet.columns + 1) if words(sheet.text(r, c)) in wanted
                               and (r, c) in sheet.values), None)
                if column is not None:
                    row = r
                    break
            if row is None:
                return None
            if not cell.column:
                for c in range(column + 1, sheet.columns + 1):
                    if "行次" in header_path(sheet, c, 1, row) or not _number_cell(sheet, row, c):
                        continue
                    return row, c
                return None
            return next(((row, c) for c in range(column + 1, sheet.columns + 1)
                         if self._column_matches(header_path(sheet, c, 1, start), cell.column)), None)
        row = start if start > 2 else last          # the row under the 栏次 row (“1 2 3 …”), else the last one
        return next(((row, c) for c in range(1, sheet.columns + 1)
                     if self._column_matches(header_path(sheet, c, 1, start), cell.column)), None)

    @staticmethod
    def _column_matches(path: list[str], wanted: tuple[tuple[str, ...], ...]) -> bool:
        said = [words(p) for p in path]
        for alternative in wanted:
            *above, name = [words(w) for w in alternative]
            if said and said[-1] == name and all(a in said for a in above):
                return True
        return False

    def _figure(self, path: tuple, value: Decimal, check_only: bool, label: str) -> None:
        old = _get(self.data, path)
        if old is None and (check_only or value == 0):
            return
        if old is not None and same(old, value):
            return
        _set(self.data, path, value)
        self.result.changes.append(f"{label}：{_shown(old)} → {value}")

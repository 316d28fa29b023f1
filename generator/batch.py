"""Build many departments: in parallel, incrementally, with progress and a closing summary.

Each finished department leaves a small record beside its outputs
(output/<文件名>/.gen-build.json, written atomically) naming the fingerprints of everything
the document came from: the department file, its template set, the classification year,
the generator itself and the build options.  The next run skips a department whose
fingerprints and outputs are unchanged.  Records are per department, so a crash midway
keeps those of the departments already done.

This module imports the heavy pipeline only when something has to be built: a run in
which nothing changed stays fast.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import __version__
from .paths import SCHEMA_DIR
from .safepath import folder_name
from .terminal import escapes_allowed, ljust, width

STATE_FILE = ".gen-build.json"
PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Options:
    out_dir: str = "output"
    pdf: bool = False
    strict: bool = False
    templates: str | None = None
    paginate: bool = True
    show_all: bool = False            # --全部: also print the warnings the file acknowledges (not fingerprinted)

    def pipeline(self):
        from .pipeline import BuildOptions
        return BuildOptions(out_dir=Path(self.out_dir), pdf=self.pdf, strict=self.strict,
                            templates=Path(self.templates) if self.templates else None, paginate=self.paginate)

    def fingerprint(self) -> dict:
        return {"pdf": self.pdf, "strict": self.strict, "paginate": self.paginate}


@dataclass
class Result:
    source: str                       # the path as the user gave it
    status: str                       # built / unchanged / failed
    lines: list[str] = field(default_factory=list)     # problems, file:line:col: CODE message
    errors: int = 0
    warnings: int = 0
    outputs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    internal: str = ""                # failed by a fault of gen itself, not of the data (exit code 3): what it was
    office_mb: int = 0                # resident memory of this worker's LibreOffice after the document (0: not used)
    office_restarts: int = 0          # times that LibreOffice was restarted past its ceiling, so far
    acknowledged: int = 0             # of the warnings, those the file acknowledges (已核对): not in `lines`


# ───────────────────────────── fingerprints ─────────────────────────────

def _hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str:
    """A file's SHA-256, read in chunks (a file replaced by a huge one is not read into memory)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=64)
def dir_hash(path: str) -> str:
    """A template set or other folder: every file's name and content."""
    digest = hashlib.sha256()
    for p in sorted(Path(path).rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            digest.update(p.relative_to(path).as_posix().encode())
            digest.update(p.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=64)
def cached_file_hash(path: str) -> str:
    return file_hash(Path(path))


@lru_cache(maxsize=1)
def generator_hash() -> str:
    """The generator's own code and schema: a new version of gen rebuilds everything."""
    digest = hashlib.sha256(__version__.encode())
    for folder, pattern in ((PACKAGE_DIR, "*.py"), (PACKAGE_DIR / "fontconfig", "*"), (SCHEMA_DIR, "*.json")):
        for p in sorted(folder.glob(pattern)):
            digest.update(p.name.encode())
            digest.update(p.read_bytes())
    return digest.hexdigest()


def state_path(out_dir: Path, source: Path) -> Path:
    return Path(out_dir) / folder_name(source)[0] / STATE_FILE


def _outputs_intact(record: dict) -> bool:
    for out in record.get("outputs", []):
        try:
            stat = os.stat(out["path"])
        except OSError:
            return False
        if stat.st_size != out["size"] or stat.st_mtime_ns != out["mtime_ns"]:
            return False
    return bool(record.get("outputs"))


def unchanged(source: Path, options: Options) -> dict | None:
    """The record of a previous build that still holds, or None when the department must be built."""
    try:
        record = json.loads(state_path(Path(options.out_dir), source).read_text(encoding="utf-8"))
        if (record["generator"] != generator_hash() or record["options"] != options.fingerprint()
                or record["source_hash"] != file_hash(source)
                or record["template_hash"] != dir_hash(record["template"])
                or record["reference_hash"] != (cached_file_hash(record["reference"]) if record["reference"] else "")
                or any(file_hash(Path(link["path"])) != link["hash"] for link in record.get("links", []))):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if options.paginate and not record.get("paginated") and _office_now():
        return None                   # built without LibreOffice before; now the 目录 can get its page numbers
    return record if _outputs_intact(record) else None


@lru_cache(maxsize=1)
def _office_now() -> bool:
    from .paginate import find_office
    return find_office() is not None


def _write_record(source: Path, options: Options, built, paginated: bool, source_hash: str) -> None:
    from .reference import REFERENCE_DIR
    from .render import write_atomic
    checked = built.checked
    reference = REFERENCE_DIR / f"政府收支分类-{checked.year}.yaml"
    record = {
        "generator": generator_hash(),
        "source": str(source),
        "source_hash": source_hash,             # of the bytes the document was built from, read once
        "template": str(checked.settings.directory),
        "template_hash": dir_hash(str(checked.settings.directory)),
        "reference": str(reference) if reference.exists() else "",
        "reference_hash": file_hash(reference) if reference.exists() else "",
        "links": [{"path": str(p), "hash": file_hash(p)} for p in checked.linked],   # e.g. the 预算 file a 决算 names
        "options": options.fingerprint(),
        "paginated": paginated,
        "warnings": len(built.problems.warnings),
        "acknowledged": len(built.problems.acknowledged),
        "outputs": [{"path": str(p), "size": p.stat().st_size, "mtime_ns": p.stat().st_mtime_ns} for p in built.outputs],
    }
    write_atomic(state_path(Path(options.out_dir), source), json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))


# ───────────────────────────── one department (in a worker) ─────────────────────────────

_SESSION = None


def _session(options: Options):
    """One LibreOffice per worker process, started the first time a document needs it."""
    global _SESSION
    if _SESSION is None and (options.paginate or options.pdf):
        from . import paginate
        office = paginate.find_office()
        if office is not None:
            _SESSION = paginate.Session(office)
            try:
                from multiprocessing import util
                util.Finalize(None, close_session, exitpriority=10)
            except ImportError:
                pass
    return _SESSION


def close_session() -> None:
    global _SESSION
    if _SESSION is not None:
        _SESSION.close()
        _SESSION = None


INTERNAL = ("gen 内部错误（不是数据问题）：{detail}。这个部门未生成；请把命令和数据文件发给维护人员"
            "（设置 GEN_DEBUG=1 可看到详细信息）")


def internal_failure(source: str, exc: BaseException) -> Result:
    """A department whose build raised: reported as failed with a located line, the batch goes on."""
    if os.environ.get("GEN_DEBUG"):
        traceback.print_exception(type(exc), exc, exc.__traceback__)
    text = str(exc).splitlines()[0] if str(exc) else ""
    text = text if len(text) <= 120 else text[:119] + "…"
    detail = f"{type(exc).__name__}{f': {text}' if text else ''}"
    return Result(source, "failed", [f"{source}:1:1: E900 {INTERNAL.format(detail=detail)}"], errors=1, internal=detail)


def build_one(source: str, options: Options) -> Result:
    """One department, start to end; whatever happens inside stays inside (the department boundary)."""
    started = time.perf_counter()
    try:
        result = _build_one(source, options)
    except Exception as exc:          # a bug of gen or a fault nobody foresaw: this department fails, not the batch
        result = internal_failure(source, exc)
        _forget_record(source, options)
    result.seconds = time.perf_counter() - started
    return result


def _build_one(source: str, options: Options) -> Result:
    from .load import read_source
    from .pipeline import build
    path = Path(source)
    raw, _ = read_source(path, source)          # read once: these bytes are built and fingerprinted
    built = build(path, options.pipeline(), source, office_session=_session(options), source=raw)
    problems = built.problems
    result = Result(source, "built" if built.ok else "failed", [str(p) for p in problems.shown(options.show_all)],
                    len(problems.errors), len(problems.warnings), [str(p) for p in built.outputs], list(built.notes),
                    acknowledged=len(problems.acknowledged))
    pdf_missing = options.pdf and not any(str(o).endswith(".pdf") for o in built.outputs)
    if _SESSION is not None:
        result.office_mb, result.office_restarts = _SESSION.memory_mb, _SESSION.restarts
    if built.ok and not pdf_missing:
        _write_record(path, options, built, paginated=options.paginate and built.paginated,
                      source_hash=_hash_bytes(raw))
    else:                   # failed, or the PDF could not be made: the next run tries again
        _forget_record(source, options)
    return result


def _forget_record(source: str, options: Options) -> None:
    try:
        state_path(Path(options.out_dir), Path(source)).unlink()
    except OSError:
        pass


def _worker_init() -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the parent's to handle


# ───────────────────────────── leftovers of killed runs ─────────────────────────────

# render.write_atomic: .<name>.<pid>.<random>.docx.tmp (older gens: without the pid)
_TEMP_FILE = re.compile(r"^\..*\.(?:docx|pdf|json)\.tmp$")
_TEMP_PID = re.compile(r"\.(\d+)\.[A-Za-z0-9_]+\.(?:docx|pdf|json)\.tmp$")
# pipeline (gen-build-<pid>-…), paginate (gen-office-<pid>-…), and older names without the pid (also gen-lo-…)
_TEMP_DIR = re.compile(r"^gen-(?:build|office|lo)-")
_TEMP_DIR_PID = re.compile(r"^gen-(?:build|office)-(\d+)-")
STALE_SECONDS = 3600           # a leftover whose owner cannot be told is removed after an hour


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True            # exists, owned by someone else
    return True


def _stale(name: str, pid_pattern: re.Pattern, mtime: float, now: float) -> bool:
    m = pid_pattern.search(name)
    if m:
        return not _alive(int(m.group(1)))
    return now - mtime > STALE_SECONDS


def clean_temp(out_dir: Path, temp_dir: Path | None = None) -> list[Path]:
    """Remove what killed runs left: temporary outputs in the output folder's department folders, and
    gen's temporary folders in TMPDIR — only those whose process is gone (or, unnamed, an hour old),
    only our own, never following a symbolic link.  Returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        folders = [d for d in Path(out_dir).iterdir() if d.is_dir() and not d.is_symlink()]
    except OSError:
        folders = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not _TEMP_FILE.match(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            try:
                if _stale(entry.name, _TEMP_PID, entry.stat(follow_symlinks=False).st_mtime, now):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            except OSError:
                pass
    temp = Path(temp_dir or tempfile.gettempdir())
    try:
        entries = list(os.scandir(temp))
    except OSError:
        entries = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        if not _TEMP_DIR.match(entry.name) or not entry.is_dir(follow_symlinks=False):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if uid is not None and info.st_uid != uid:
                continue
            if _stale(entry.name, _TEMP_DIR_PID, info.st_mtime, now):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


# ───────────────────────────── the run ─────────────────────────────

def collect(paths) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        else:
            files.append(path)
    return files


class Progress:
    """A one-line bar on a terminal; a plain line per department otherwise."""

    def __init__(self, total: int, stream=None):
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = escapes_allowed(self.stream)     # a redrawn bar; TERM=dumb and pipes get plain lines
        self.done = 0

    def step(self, result: Result) -> None:
        self.done += 1
        if not self.tty and result.status == "unchanged":
            return                          # a skipped department is not news; the summary counts it
        if self.tty:
            bar = 30
            filled = bar * self.done // max(self.total, 1)
            self.stream.write(f"\r[{'#' * filled}{'-' * (bar - filled)}] {self.done}/{self.total} {Path(result.source).name}\x1b[K")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{self.done}/{self.total}] {STATUS[result.status]} {result.source}\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.tty and self.done < self.total:
            self.stream.write("\r\x1b[K")


STATUS = {"built": "生成", "unchanged": "未变", "failed": "失败"}


def run(paths, options: Options, jobs: int | None = None, force: bool = False, on_result=None,
        progress: Progress | None = None) -> list[Result]:
    """Build every department named by `paths`; results in input order."""
    files = collect(paths)
    clean_temp(Path(options.out_dir))
    results: dict[int, Result] = {}
    todo: list[int] = []
    folders: dict[str, int] = {}
    for i, path in enumerate(files):
        source = str(path)
        folder = folder_name(path)[0]
        if folder in folders:
            results[i] = Result(source, "failed", [f"{source}:1:1: E604 输出位置与 {files[folders[folder]]} 相同"
                                                  f"（{Path(options.out_dir) / folder}/），请给数据文件改名"], errors=1)
        elif not force and path.is_file() and (record := _unchanged(path, options)) is not None:
            results[i] = Result(source, "unchanged", outputs=[o["path"] for o in record["outputs"]],
                                warnings=record.get("warnings", 0), acknowledged=record.get("acknowledged", 0))
        else:
            todo.append(i)
        folders.setdefault(folder, i)

    def finished(i: int, result: Result) -> None:
        results[i] = result
        if on_result:
            on_result(result)
        if progress:
            progress.step(result)

    for i in sorted(results):
        finished(i, results[i])
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if workers == 1:
        try:
            for i in todo:
                finished(i, build_one(str(files[i]), options))
        finally:
            close_session()
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
            futures = {pool.submit(build_one, str(files[i]), options): i for i in todo}
            for future in as_completed(futures):
                i = futures[future]
                try:
                    result = future.result()
                except Exception as exc:      # the worker died (killed, out of memory) or the result did not come back
                    result = internal_failure(str(files[i]), exc)
                finished(i, result)
    return [results[i] for i in range(len(files))]


def _unchanged(path: Path, options: Options) -> dict | None:
    try:
        return unchanged(path, options)
    except Exception:                 # a record that cannot be read means: build again
        return None


def summary(results: list[Result], list_unchanged_up_to: int = 50) -> list[str]:
    """The closing table: counts, then one line per department with its outputs.

    In a large run the departments that were skipped are counted, not listed one by one.
    """
    count = {s: sum(1 for r in results if r.status == s) for s in STATUS}
    warned = sum(1 for r in results if r.status != "failed" and r.warnings > r.acknowledged)
    lines = [f"汇总：生成 {count['built']}，未变 {count['unchanged']}，有警告 {warned}，失败 {count['failed']}（共 {len(results)} 个）"]
    shown = [r for r in results if r.status != "unchanged" or len(results) <= list_unchanged_up_to]
    columns = max((width(r.source) for r in shown), default=0)
    for r in shown:
        if r.internal:
            detail = f"gen 内部错误，未生成文件（{r.internal}）"
        elif r.status == "failed":
            detail = f"{r.errors} 个错误，未生成文件"
        else:
            detail = "；".join(r.outputs)
        open_warnings = r.warnings - r.acknowledged          # acknowledged ones (已核对) are not news
        flag = f"（{open_warnings} 个警告）" if open_warnings and r.status != "failed" else ""
        lines.append(f"  {STATUS[r.status]}  {ljust(r.source, columns)}  {detail}{flag}")
    if len(shown) < len(results):
        lines.append(f"  未变  其余 {len(results) - len(shown)} 个部门的输入没有变化，文件仍在原处")
    peak = max((r.office_mb for r in results), default=0)
    if peak:
        from .paginate import MEMORY_CEILING_MB
        restarts = max(r.office_restarts for r in results)
        lines.append(f"LibreOffice：每个进程最多占用 {peak} MB 内存（上限 {MEMORY_CEILING_MB} MB，超过后换一个新的"
                     f"{f'，已换 {restarts} 次' if restarts else ''}；环境变量 GEN_OFFICE_MEMORY_MB 可改）")
    return lines


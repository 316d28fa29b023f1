"""LibreOffice, when installed: 目录 page numbers from Writer's layout, and PDFs.

The venv's Python cannot import `uno`; the helper `uno_worker.py` runs under the system
Python that has python3-uno and answers one JSON job per line.  One helper (one soffice)
serves every document of a run.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WORKER = Path(__file__).resolve().parent / "uno_worker.py"
FONT_ALIASES = Path(__file__).resolve().parent / "fontconfig" / "gov-cjk.conf"
SYSTEM_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")
# soffice grows over a long batch; past this resident size (MB) the helper restarts it between documents
DEFAULT_MEMORY_CEILING_MB = 1500


def _memory_ceiling() -> int:
    """GEN_OFFICE_MEMORY_MB when it is a whole number of MB, else the default."""
    value = os.environ.get("GEN_OFFICE_MEMORY_MB", "")
    return int(value) if value.isascii() and value.isdigit() and 0 < int(value) < 10**6 else DEFAULT_MEMORY_CEILING_MB


MEMORY_CEILING_MB = _memory_ceiling()


class OfficeError(Exception):
    """LibreOffice could not do what was asked; the message is Chinese."""


@dataclass(frozen=True)
class Office:
    python: str
    soffice: str


@lru_cache(maxsize=1)
def find_office() -> Office | None:
    """soffice and a Python that has `uno` — or None when LibreOffice cannot be used (asked once per process).

    Where it looks (PATH, GEN_SOFFICE, the Windows/macOS/Linux install places and the Python LibreOffice
    bundles) is generator/libreoffice.py; libreoffice.missing_reason() says why nothing was found."""
    from . import libreoffice
    found = libreoffice.found()
    return Office(found.python, found.soffice) if found.soffice else None


def _fontconfig(workdir: Path) -> str:
    """A fonts.conf with the system's fonts plus the Windows-name → Noto CJK aliases (仿宋_GB2312 …)."""
    conf = workdir / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f'  <include ignore_missing="yes">{FONT_ALIASES}</include>\n'
        '</fontconfig>\n', encoding="utf-8")
    return str(conf)


class Session:
    """One running helper with its soffice; use as a context manager.

    Starting LibreOffice takes a second or more: the helper is launched at once and waited for only when
    the first document needs it, so that it starts while that document is checked and filled."""

    def __init__(self, office: Office):
        self.office = office
        # gen-office-<pid>-…: a later run removes it if this process was killed (batch.clean_temp); the
        # helper's own temporary files (its LibreOffice profile) go inside it through TMPDIR
        self.workdir = Path(tempfile.mkdtemp(prefix=f"gen-office-{os.getpid()}-"))
        env = dict(os.environ)
        env["FONTCONFIG_FILE"] = _fontconfig(self.workdir)
        env["HOME"] = str(self.workdir)
        env["TMPDIR"] = str(self.workdir)
        env["GEN_OFFICE_WORKDIR"] = str(self.workdir)      # the helper removes it when it ends
        env["GEN_OFFICE_MEMORY_MB"] = str(MEMORY_CEILING_MB)
        env["GEN_SOFFICE"] = office.soffice                # the helper starts the soffice found, not the one on PATH
        env["TEMP"] = env["TMP"] = str(self.workdir)       # TMPDIR's names on Windows
        env.pop("PYTHONPATH", None)
        env.pop("PYTHONHOME", None)
        self.proc = subprocess.Popen([office.python, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, env=env, bufsize=1)
        self.ready = False
        self.memory_mb = 0            # soffice's resident memory after the last document
        self.restarts = 0             # times the helper restarted soffice past its memory ceiling

    def _wait_ready(self) -> None:
        if self.ready:
            return
        ready = self._read()
        if not ready.get("ready"):
            self.close()
            raise OfficeError(f"LibreOffice 无法启动：{ready.get('error', '')}")
        self.ready = True

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise OfficeError("LibreOffice 辅助进程意外退出")
        return json.loads(line)

    def job(self, docx: Path, bookmark_prefix: str | None = None, pdf: Path | None = None,
            toc: list[str] | None = None) -> dict:
        """One load of `docx`: the pages of the bookmarks starting with `bookmark_prefix`, and the PDF when asked,
        exported from the same load with the 目录 entries (`toc`, their bookmarks in order) numbered from those pages."""
        self._wait_ready()
        request = {"docx": str(Path(docx).resolve()), "bookmark_prefix": bookmark_prefix,
                   "pdf": str(Path(pdf).resolve()) if pdf else None, "toc": toc}
        try:
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
        except BrokenPipeError as exc:
            raise OfficeError("LibreOffice 辅助进程意外退出") from exc
        result = self._read()
        self.memory_mb = result.get("rss_mb", 0)
        self.restarts += bool(result.get("restarted"))
        if result.get("error"):
            raise OfficeError(f"LibreOffice 处理 {Path(docx).name} 失败：{result['error']}")
        return result

    def close(self, wait: bool = True) -> None:
        """End the helper.  Without `wait`, the helper stops LibreOffice and removes its folder on its own
        while the caller goes on (a one-document command need not wait ~0.2 s for soffice to exit)."""
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                if not wait:
                    return
                self.proc.wait(timeout=60)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

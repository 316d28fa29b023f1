"""Where LibreOffice is on this computer: its `soffice` and a Python that can `import uno`.

gen's helper (uno_worker.py) must run under a Python that has LibreOffice's `uno` module: on Windows and
macOS that is the Python LibreOffice bundles, on Debian/Ubuntu the system's python3 with python3-uno.
Looked for, in this order (the first soffice found that has such a Python wins):

1. ``GEN_SOFFICE``: the soffice program or the LibreOffice folder (``C:\\Program Files\\LibreOffice``,
   ``/Applications/LibreOffice.app``, ``/opt/libreoffice24.8``); when it is set nothing else is tried.
   ``GEN_SOFFICE_PYTHON`` names the Python, when the bundled one is not wanted.
2. ``soffice`` or ``libreoffice`` on PATH;
3. the standard install places: Windows ``%ProgramFiles%\\LibreOffice\\program\\soffice.exe`` (and
   ``%ProgramFiles(x86)%``, ``%LOCALAPPDATA%\\Programs``); macOS ``/Applications/LibreOffice.app/Contents/MacOS/soffice``
   (and ``~/Applications``); Linux ``/usr/lib/libreoffice/program/soffice``, ``/opt/libreoffice*/program/soffice``.

For a soffice the Python is the one beside it (Windows ``program\\python.exe``, macOS
``Contents/Resources/python``, a LibreOffice tarball's ``program/python``), else the system's python3.
Everything the search touches (platform, environment, PATH lookup, the ``import uno`` probe) is a
parameter, so that tests can point it at fake install trees.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath, PureWindowsPath

SYSTEM_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")
INSTALL_HINT = {
    "win32": "从 libreoffice.org 下载安装 LibreOffice（安装在默认位置即可），或设置 GEN_SOFFICE 为 soffice.exe 的位置",
    "darwin": "从 libreoffice.org 下载 LibreOffice 并拖入“应用程序”文件夹，或设置 GEN_SOFFICE 为 LibreOffice.app 的位置",
    "linux": "sudo apt-get install libreoffice-writer-nogui python3-uno，或设置 GEN_SOFFICE 为 soffice 的位置",
}


@dataclass(frozen=True)
class Found:
    soffice: str | None          # None: nothing usable found
    python: str | None
    reason: str = ""             # why nothing usable was found (Chinese, for the clerk)


def _has_uno(python: str) -> bool:
    try:
        done = subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _kind(platform: str) -> str:
    return "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "linux"


def _path(text: str, kind: str) -> PurePath:
    return PureWindowsPath(text) if kind == "win32" else PurePath(text)


def _program(kind: str) -> str:
    return "soffice.exe" if kind == "win32" else "soffice"


def _soffice_in(folder: PurePath, kind: str) -> list[PurePath]:
    """Where soffice sits inside a LibreOffice folder the user named (install root, program folder, .app)."""
    name = _program(kind)
    return [folder / name, folder / "program" / name, folder / "Contents" / "MacOS" / name]


def bundled_pythons(soffice: PurePath, kind: str) -> list[PurePath]:
    """The Python a LibreOffice install carries beside its soffice."""
    if kind == "win32":
        return [soffice.parent / "python.exe"]
    if kind == "darwin":
        return [soffice.parent.parent / "Resources" / "python"]
    return [soffice.parent / "python"]


def standard_places(kind: str, environ) -> list[PurePath]:
    if kind == "win32":
        roots = [environ.get(k) for k in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
        roots = [r for r in roots if r] or ["C:\\Program Files", "C:\\Program Files (x86)"]
        places = [PureWindowsPath(r) / "LibreOffice" / "program" / "soffice.exe" for r in roots]
        if environ.get("LOCALAPPDATA"):
            places.append(PureWindowsPath(environ["LOCALAPPDATA"]) / "Programs" / "LibreOffice" / "program" / "soffice.exe")
        return places
    if kind == "darwin":
        apps = [PurePath("/Applications")]
        if environ.get("HOME"):
            apps.append(PurePath(environ["HOME"]) / "Applications")
        return [a / "LibreOffice.app" / "Contents" / "MacOS" / "soffice" for a in apps]
    places = [PurePath("/usr/lib/libreoffice/program/soffice"), PurePath("/usr/lib64/libreoffice/program/soffice")]
    places += [PurePath(p) for p in sorted(glob.glob("/opt/libreoffice*/program/soffice"), reverse=True)]
    return places


def locate(platform: str | None = None, environ=None, which=shutil.which, has_uno=_has_uno,
           is_file=os.path.isfile) -> Found:
    """The first soffice that has a Python with `uno`, and that Python (see the module's docstring)."""
    kind = _kind(platform or sys.platform)
    environ = os.environ if environ is None else environ
    chosen_python = environ.get("GEN_SOFFICE_PYTHON")

    def python_for(soffice: str) -> str | None:
        if chosen_python:
            return chosen_python if is_file(chosen_python) and has_uno(chosen_python) else None
        candidates = [str(p) for p in bundled_pythons(_path(soffice, kind), kind)]
        real = os.path.realpath(soffice) if kind != "win32" else soffice
        if real != soffice:               # /usr/bin/soffice → /usr/lib/libreoffice/program/soffice
            candidates += [str(p) for p in bundled_pythons(_path(real, kind), kind)]
        if kind != "win32":
            candidates += list(SYSTEM_PYTHONS)
        for python in dict.fromkeys(candidates):
            if is_file(python) and has_uno(python):
                return python
        return None

    named = environ.get("GEN_SOFFICE")
    if named:
        given = _path(named, kind)
        for soffice in [given] + _soffice_in(given, kind):
            if is_file(str(soffice)):
                python = python_for(str(soffice))
                if python:
                    return Found(str(soffice), python)
                return Found(None, None, _no_python(str(soffice), chosen_python, kind))
        return Found(None, None, f"GEN_SOFFICE 指向的“{named}”不是 LibreOffice 的 soffice 程序或安装文件夹")

    candidates = [which("soffice"), which("libreoffice")] + [str(p) for p in standard_places(kind, environ)]
    seen: list[str] = []
    for soffice in candidates:
        if not soffice or soffice in seen or not is_file(soffice):
            continue
        seen.append(soffice)
        python = python_for(soffice)
        if python:
            return Found(soffice, python)
    if seen:
        return Found(None, None, _no_python(seen[0], chosen_python, kind))
    return Found(None, None, not_found(kind))


def _no_python(soffice: str, chosen: str | None, kind: str) -> str:
    if chosen:
        return f"GEN_SOFFICE_PYTHON 指向的“{chosen}”不存在或不能使用 LibreOffice 的 uno 模块"
    if kind == "linux":
        return (f"找到了 LibreOffice（{soffice}），但没有能使用它的 Python（uno 模块）：请安装 python3-uno，"
                "或设置 GEN_SOFFICE_PYTHON")
    return f"找到了 LibreOffice（{soffice}），但它自带的 Python 不能使用（请重新安装 LibreOffice）"


@lru_cache(maxsize=1)
def found() -> Found:
    """This computer's LibreOffice, looked for once per process."""
    return locate()


def not_found(kind: str | None = None) -> str:
    return f"未找到 LibreOffice（{INSTALL_HINT[kind or _kind(sys.platform)]}）"


def missing_reason() -> str:
    """Why no LibreOffice can be used here, for a clerk ("" when one was found)."""
    return found().reason

"""What the terminal can show: colour for E and W, and column widths of Chinese text.

Colour only on a terminal (not when the output goes to a file, a pipe or an editor's problem matcher),
and never when NO_COLOR is set (https://no-color.org) or TERM=dumb.  Chinese characters take two
columns (Unicode East Asian Width W/F), so padding by `len()` would misalign a table of CJK names.
"""
from __future__ import annotations

import os
import re
import sys
import unicodedata

RED, YELLOW, RESET = "\x1b[1;31m", "\x1b[1;33m", "\x1b[0m"
_CODE = re.compile(r"(?P<before>: )(?P<code>(?P<severity>[EW])\d{3})(?P<after> )")


def width(text: str) -> int:
    """Columns `text` takes on a terminal or in an editor: two for each wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def ljust(text: str, columns: int) -> str:
    """`text` padded with spaces to `columns` display columns."""
    return text + " " * max(0, columns - width(text))


def colour_wanted(stream, environ=None) -> bool:
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    try:
        if not stream.isatty():
            return False
    except (AttributeError, ValueError):
        return False
    if sys.platform.startswith("win"):      # a console that understands escape codes (Windows Terminal, VS Code, ANSICON)
        return bool(environ.get("WT_SESSION") or environ.get("TERM_PROGRAM") or environ.get("ANSICON"))
    return True


def escapes_allowed(stream, environ=None) -> bool:
    """Cursor movement (a progress bar redrawn in place): on a terminal that is not TERM=dumb."""
    environ = os.environ if environ is None else environ
    try:
        return stream.isatty() and environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def paint(line: str) -> str:
    """A problem line `file:line:col: E301 …` with its code in red (error) or yellow (warning)."""
    return _CODE.sub(lambda m: f"{m['before']}{RED if m['severity'] == 'E' else YELLOW}{m['code']}{RESET}{m['after']}",
                     line, count=1)

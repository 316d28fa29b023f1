"""Where gen's own data is: schemas/, templates/ and reference/.

In a checkout (and an editable install) they stand beside the generator package.  An installed gen
(`pip install gen-yujuesuan`, a pre-commit hook's environment) carries them inside the package as
generator/data/, copied there when the wheel is built (setup.py).
"""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """schemas, templates or reference: inside the installed package when it is there, else beside it."""
    inside = PACKAGE / "data" / name
    return inside if inside.is_dir() else PACKAGE.parent / name


SCHEMA_DIR = data_dir("schemas")

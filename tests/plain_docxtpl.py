"""docxtpl as documented — load, patch, compile, render, save, every time: the reference the prepared
templates of generator/render.py are compared with (tests/test_batch.py) and measured against (bench/)."""
from __future__ import annotations

import io

from lxml import etree

from generator import ooxml
from generator.render import (RENDER_SECONDS, _TEMPLATE_FAULTS, Output, RenderError, _deadline, _fault, _post_process,
                              _read_package, _Template, environment)
from generator.templateset import Settings


def render_naive(settings: Settings, context: dict) -> Output:
    """docxtpl as documented: load, patch, compile, render, save — every time."""
    template = _Template(str(settings.docx))
    template._last_source = ""
    try:
        with _deadline(RENDER_SECONDS):
            template.render(context, environment(), autoescape=True)
    except _TEMPLATE_FAULTS as exc:
        original = template.get_xml() if template.docx is not None else ""
        raise RenderError(_fault(exc, template._last_source, original, "word/document.xml")) from exc
    buffer = io.BytesIO()
    template.docx.save(buffer)
    parts, name = _read_package(buffer.getvalue())
    root = etree.fromstring(parts[name])
    styles = etree.fromstring(parts["word/styles.xml"])
    levels = settings.toc_levels
    toc = _post_process(root, ooxml.heading_style_levels(styles, levels), ooxml.toc_style_ids(styles, levels), levels)
    return Output(parts, name, root, toc)

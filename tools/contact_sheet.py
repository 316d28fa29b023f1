"""Dev tool: PDF → page PNGs (pdftoppm) → contact sheets, to look at a document page by page.

    python tools/contact_sheet.py output/长治网信办/2024年度单位决算公开.pdf /tmp/pages [--dpi 60] [--per 6]

Needs poppler-utils (pdftoppm) and Pillow (`pip install pillow`), which gen itself does not use.
"""
import argparse
import subprocess
import sys
from pathlib import Path

from PIL import Image


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("outdir")
    ap.add_argument("--dpi", type=int, default=60)
    ap.add_argument("--per", type=int, default=6)
    ap.add_argument("--cols", type=int, default=3)
    a = ap.parse_args()
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("p-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(a.dpi), "-png", a.pdf, str(out / "p")], check=True)
    pages = sorted(out.glob("p-*.png"))
    for k in range(0, len(pages), a.per):
        ims = [Image.open(p) for p in pages[k:k + a.per]]
        w = max(i.width for i in ims)
        h = max(i.height for i in ims)
        rows = (len(ims) + a.cols - 1) // a.cols
        sheet = Image.new("RGB", (a.cols * w, rows * h), "white")
        for i, im in enumerate(ims):
            sheet.paste(im, ((i % a.cols) * w, (i // a.cols) * h))
        sheet.save(out / f"sheet-{k // a.per + 1:02d}.png")
    print(f"{len(pages)} pages → {out}", file=sys.stderr)


if __name__ == "__main__":
    main()

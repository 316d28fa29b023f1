"""Benchmark: how fast gen builds documents (run it; it is not a test).

    python bench/run.py [--count 200] [--noop 1000]

Generates synthetic departments that are valid by construction (bench/synthetic.py, 山西
template set), then measures in one run:

1. documents per second with 1 and 2 workers — `gen build <folder> -j N --force --no-paginate`,
   the command line a finance bureau runs, interpreter start included;
2. the same figure for naive docxtpl (template loaded, patched and compiled for every document)
   on the same template and departments, with 1 and 2 processes;
3. the wall time of one `gen build` of one department, interpreter start included
   (docx only; and with LibreOffice: 目录 page numbers, and docx + PDF);
4. with LibreOffice: seconds per document of `gen build <folder> --pdf -j 2` over `--pdf-count`
   departments (docx + PDF, one LibreOffice per worker), and the most memory one LibreOffice used;
5. the wall time of a no-op rebuild of `--noop` departments (nothing changed, everything skipped).

It prints a Markdown table for the README.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))      # plain_docxtpl: docxtpl as documented, the baseline
sys.path.insert(0, str(ROOT))

import synthetic  # noqa: E402

GEN = [sys.executable, "-m", "generator"]


def timed(cmd: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return elapsed


def naive_one(path: str, out_dir: str) -> None:
    """What a build costs when docxtpl prepares the template for every document."""
    import plain_docxtpl
    from generator import pipeline, render
    checked = pipeline.check(Path(path))
    context = pipeline.context_of(checked)
    output = plain_docxtpl.render_naive(checked.settings, context)
    target = Path(out_dir) / f"{Path(path).stem}.docx"
    render.write_atomic(target, output.to_bytes())


def naive_rate(paths: list[Path], workers: int, out_dir: Path) -> float:
    started = time.perf_counter()
    if workers == 1:
        for p in paths:
            naive_one(str(p), str(out_dir))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(naive_one, [str(p) for p in paths], [str(out_dir)] * len(paths)))
    return len(paths) / (time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=200, help="departments for the throughput runs")
    ap.add_argument("--naive-count", type=int, default=40, help="departments for the naive docxtpl baseline")
    ap.add_argument("--noop", type=int, default=1000, help="departments for the no-op rebuild")
    ap.add_argument("--pdf-count", type=int, default=20, help="departments for the docx + PDF batch")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="gen-bench-"))
    try:
        depts = synthetic.write(work / "departments", args.count)
        rows = []
        for workers in (1, 2):
            out = work / f"out{workers}"
            seconds = timed(GEN + ["build", str(work / "departments"), "-j", str(workers), "--force", "--no-paginate",
                                   "--out", str(out)], ROOT)
            rows.append((f"gen build，{workers} 个进程（{args.count} 个部门，含启动）", f"{args.count / seconds:.1f} 份/秒"))
        sample = depts[: args.naive_count]
        for workers in (1, 2):
            rate = naive_rate(sample, workers, work / f"naive{workers}")
            rows.append((f"对照：docxtpl 逐份准备模板，{workers} 个进程（{len(sample)} 个部门）", f"{rate:.1f} 份/秒"))

        one = depts[0]
        single = [timed(GEN + ["build", str(one), "--force", "--no-paginate", "--out", str(work / "one")], ROOT)
                  for _ in range(5)]
        rows.append(("一个部门 gen build（docx，含解释器启动，5 次中位数）", f"{statistics.median(single):.2f} 秒"))
        if shutil.which("soffice"):
            paged = [timed(GEN + ["build", str(one), "--force", "--out", str(work / "one-paged")], ROOT) for _ in range(3)]
            rows.append(("一个部门 gen build（含 LibreOffice 计算目录页码，3 次中位数）", f"{statistics.median(paged):.2f} 秒"))
            pdf = [timed(GEN + ["build", str(one), "--force", "--pdf", "--out", str(work / "one-pdf")], ROOT) for _ in range(3)]
            rows.append(("一个部门 gen build --pdf（docx + PDF，含解释器和 LibreOffice 启动，3 次中位数）",
                         f"{statistics.median(pdf):.2f} 秒"))
            batch = work / "pdf-batch"
            batch.mkdir()
            for path in depts[: args.pdf_count]:
                shutil.copy(path, batch / path.name)
            started = time.perf_counter()
            run = subprocess.run(GEN + ["build", str(batch), "--pdf", "-j", "2", "--force", "--out", str(work / "pdf-out")],
                                 cwd=ROOT, capture_output=True, text=True)
            seconds = time.perf_counter() - started
            if run.returncode != 0:
                raise SystemExit(run.stdout + run.stderr)
            rows.append((f"gen build --pdf，2 个进程（{args.pdf_count} 个部门，docx + PDF，含启动）",
                         f"{seconds / args.pdf_count:.2f} 秒/份"))
            memory = re.search(r"最多占用 (\d+) MB", run.stdout + run.stderr)
            if memory:
                rows.append(("其中一个 LibreOffice 最多占用的内存", f"{memory.group(1)} MB"))

        many = synthetic.write(work / "noop", args.noop)
        timed(GEN + ["build", str(work / "noop"), "-j", "2", "--no-paginate", "--out", str(work / "noop-out")], ROOT)
        noop = [timed(GEN + ["build", str(work / "noop"), "--no-paginate", "--out", str(work / "noop-out")], ROOT)
                for _ in range(3)]
        rows.append((f"{len(many)} 个部门全部未变时的重新生成（3 次中位数）", f"{statistics.median(noop):.2f} 秒"))

        print(f"\n机器：{platform.machine()}，{os.cpu_count()} 核，Python {platform.python_version()}，"
              f"{time.strftime('%Y-%m-%d')}\n")
        print("| 测量 | 结果 |\n| --- | --- |")
        for name, value in rows:
            print(f"| {name} | {value} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

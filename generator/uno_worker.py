"""LibreOffice helper, run by the *system* Python (the one that has python3-uno).

It is a standalone script: it must not import the rest of the generator (the venv's
packages are not on this interpreter's path).  It starts one soffice and then serves
jobs, one JSON object per line on stdin, one JSON answer per line on stdout:

    job:     {"docx": "/abs/in.docx", "bookmark_prefix": "_Toc", "pdf": "/abs/out.pdf" | null,
              "toc": ["_Toc0001", …] | null}
    answer:  {"pages": {"_Toc0001": 3, …}, "pdf": "/abs/out.pdf" | null, "rss_mb": 612, "restarted": false,
              "error": null | "…"}

One load serves both: the bookmarks' pages are read from Writer's layout, the 目录's page numbers
(counted from the first entry's page, as gen writes them into its docx) are written into the loaded
document's 目录, and the PDF is exported from it.  Hanging
punctuation is switched off in every paragraph style first (Writer's docx import ignores
w:overflowPunct, and a hanging “。” at the end of a justified line is not drawn in the PDF).
After each job the soffice memory is measured; past the ceiling it is restarted.

The first line it writes is {"ready": true} once soffice answers (or an error).

"pages" are physical page numbers (1 = first page) of each bookmark, read from Writer's
own layout, so they agree with the PDF that the same process exports.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile_dir, pipe_name):
    soffice = os.environ.get("GEN_SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("soffice not found")
    env = dict(os.environ)
    env.setdefault("HOME", profile_dir)
    args = [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.join(profile_dir, "profile")),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name)
            break
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("LibreOffice did not start")
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


def bookmark_pages(doc, prefix):
    controller = doc.getCurrentController()
    cursor = controller.getViewCursor()
    pages = {}
    bookmarks = doc.getBookmarks()
    for name in bookmarks.getElementNames():
        if not name.startswith(prefix):
            continue
        anchor = bookmarks.getByName(name).getAnchor()
        cursor.gotoRange(anchor.getStart(), False)
        pages[name] = cursor.getPage()
    return pages


def no_hanging_punctuation(doc):
    """Off in the default paragraph style, which every style of a gen template inherits from."""
    styles = doc.getStyleFamilies().getByName("ParagraphStyles")
    if styles.hasByName("Standard"):
        styles.getByName("Standard").setPropertyValue("ParaIsHangingPunctuation", False)


def fill_toc(doc, toc, pages):
    """Write each 目录 entry's page number at the end of its line, counted from the first entry's page."""
    indexes = doc.getDocumentIndexes()
    if not toc or indexes.getCount() == 0 or toc[0] not in pages:
        return
    start = pages[toc[0]]
    index = indexes.getByIndex(0)
    index.setPropertyValue("IsProtected", False)
    lines = index.getAnchor().createEnumeration()
    for name in toc:
        if not lines.hasMoreElements():
            break
        line = lines.nextElement()
        if name in pages:
            line.getText().insertString(line.getEnd(), str(pages[name] - start + 1), False)


def do_job(desktop, job):
    """Returns (answer, the loaded document): the caller answers first and closes the document after."""
    result = {"pages": {}, "pdf": None, "error": None}
    doc = None
    try:
        started = time.time()
        url = uno.systemPathToFileUrl(os.path.abspath(job["docx"]))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        result["seconds"] = {"load": round(time.time() - started, 3)}
        if doc is None:
            raise RuntimeError("LibreOffice could not open the file")
        started = time.time()
        no_hanging_punctuation(doc)
        result["seconds"]["punct"] = round(time.time() - started, 3)
        if job.get("bookmark_prefix"):
            started = time.time()
            result["pages"] = bookmark_pages(doc, job["bookmark_prefix"])
            result["seconds"]["pages"] = round(time.time() - started, 3)
            fill_toc(doc, job.get("toc"), result["pages"])
        if job.get("pdf"):
            started = time.time()
            out = uno.systemPathToFileUrl(os.path.abspath(job["pdf"]))
            doc.storeToURL(out, (prop("FilterName", "writer_pdf_Export"),))
            result["pdf"] = job["pdf"]
            result["seconds"]["pdf"] = round(time.time() - started, 3)
    except Exception as exc:  # report per document, keep serving
        result["error"] = "%s: %s" % (type(exc).__name__, exc)
    return result, doc


def close(doc):
    if doc is not None:
        try:
            doc.close(True)
        except Exception:
            pass


# set by paginate.Session (its MEMORY_CEILING_MB); 0 = no ceiling
MEMORY_CEILING_MB = int(os.environ.get("GEN_OFFICE_MEMORY_MB") or 0)


def office_rss_mb(profile_dir):
    """Resident memory of the soffice processes using this profile (soffice.bin and its launcher), in MB."""
    total = 0
    try:
        pids = os.listdir("/proc")
    except OSError:               # no /proc (Windows, macOS): not measured, never restarted
        return 0
    for pid in pids:
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmdline = f.read()
            if profile_dir.encode() not in cmdline:
                continue
            with open("/proc/%s/status" % pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total // 1024


def stop_office(proc, desktop):
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass
    if proc is not None:
        try:
            proc.wait(timeout=20)
        except Exception:
            proc.kill()


def main():
    profile_dir = tempfile.mkdtemp(prefix="gen-lo-")
    pipe_name = "gen%d" % os.getpid()
    proc = None
    desktop = None
    restarts = 0
    try:
        try:
            proc, desktop = start_office(profile_dir, pipe_name)
        except Exception as exc:
            print(json.dumps({"ready": False, "error": str(exc)}), flush=True)
            return
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            if not line.strip():
                continue
            result, doc = do_job(desktop, json.loads(line))
            result["rss_mb"] = office_rss_mb(profile_dir)
            restart = 0 < MEMORY_CEILING_MB < result["rss_mb"]     # a long batch: start afresh before memory piles up
            result["restarted"] = restart
            print(json.dumps(result), flush=True)              # answer first: closing the document takes a while
            close(doc)
            if restart:
                stop_office(proc, desktop)
                restarts += 1
                proc, desktop = start_office(profile_dir, "%s-%d" % (pipe_name, restarts))
    finally:
        stop_office(proc, desktop)
        shutil.rmtree(profile_dir, ignore_errors=True)
        workdir = os.environ.get("GEN_OFFICE_WORKDIR")
        if workdir and os.path.basename(workdir).startswith("gen-office-"):
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

"""LibreOffice helper, run by the *system* Python (the one that has python3-uno).

It is a standalone script: it must not import the rest of the generator (the venv's
packages are not on this interpreter's path).  It starts one soffice and then serves
jobs, one JSON object per line on stdin, one JSON answer per line on stdout:

    job:     {"docx": "/abs/in.docx", "bookmark_prefix": "_Toc", "pdf": "/abs/out.pdf" | null}
    answer:  {"pages": {"_Toc0001": 3, …}, "pdf": "/abs/out.pdf" | null, "error": null | "…"}

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
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("soffice not found")
    env = dict(os.environ)
    env.setdefault("HOME", profile_dir)
    args = [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
            "-env:UserInstallation=file://" + os.path.join(profile_dir, "profile"),
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


def do_job(desktop, job):
    result = {"pages": {}, "pdf": None, "error": None}
    doc = None
    try:
        url = uno.systemPathToFileUrl(os.path.abspath(job["docx"]))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError("LibreOffice could not open the file")
        if job.get("bookmark_prefix"):
            result["pages"] = bookmark_pages(doc, job["bookmark_prefix"])
        if job.get("pdf"):
            out = uno.systemPathToFileUrl(os.path.abspath(job["pdf"]))
            doc.storeToURL(out, (prop("FilterName", "writer_pdf_Export"),))
            result["pdf"] = job["pdf"]
    except Exception as exc:  # report per document, keep serving
        result["error"] = "%s: %s" % (type(exc).__name__, exc)
    finally:
        if doc is not None:
            try:
                doc.close(True)
            except Exception:
                pass
    return result


def main():
    profile_dir = tempfile.mkdtemp(prefix="gen-lo-")
    pipe_name = "gen%d" % os.getpid()
    proc = None
    desktop = None
    try:
        try:
            proc, desktop = start_office(profile_dir, pipe_name)
        except Exception as exc:
            print(json.dumps({"ready": False, "error": str(exc)}), flush=True)
            return
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            if line.strip():
                print(json.dumps(do_job(desktop, json.loads(line))), flush=True)
    finally:
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
        shutil.rmtree(profile_dir, ignore_errors=True)


if __name__ == "__main__":
    main()

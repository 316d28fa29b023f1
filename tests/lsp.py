"""A minimal Language Server Protocol client, to ask the real yaml-language-server (what VS Code's YAML
extension runs) what it makes of a department file under the shipped .vscode/settings.json."""
from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCAL = ROOT / ".cache" / "yaml-ls" / "node_modules" / ".bin" / "yaml-language-server"     # .ci/run installs it here


def server_command() -> list[str] | None:
    """yaml-language-server from GEN_YAML_LANGUAGE_SERVER, .cache/yaml-ls or PATH; None when there is none."""
    named = os.environ.get("GEN_YAML_LANGUAGE_SERVER")
    for candidate in (named, str(LOCAL) if LOCAL.exists() else None, shutil.which("yaml-language-server")):
        if candidate and Path(candidate).exists() and shutil.which("node"):
            return [candidate, "--stdio"]
    return None


class Client:
    def __init__(self, command: list[str], root: Path, settings: dict):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.settings = settings
        self.messages: queue.Queue = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        self.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(),
                                    "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                                    "capabilities": {"workspace": {"configuration": True},
                                                     "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]},
                                                                      "publishDiagnostics": {}}}})
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": settings})

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            self.messages.put(json.loads(stream.read(length)))

    def _send(self, message: dict) -> None:
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict, timeout: float = 60):
        self.next_id += 1
        wanted = self.next_id
        self._send({"jsonrpc": "2.0", "id": wanted, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == wanted and "method" not in m, timeout).get("result")

    def wait(self, matches, timeout: float = 60) -> dict:
        """The next message that `matches`; the server's own requests are answered meanwhile."""
        while True:
            message = self.messages.get(timeout=timeout)
            if "method" in message and "id" in message:              # the server asks: configuration, registrations
                result = None
                if message["method"] == "workspace/configuration":
                    result = [self.settings.get(item.get("section", ""), None) for item in message["params"]["items"]]
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
                continue
            if matches(message):
                return message

    def open(self, path: Path, text: str | None = None) -> list[dict]:
        """Open a file and return the diagnostics the server publishes for it once its schema is applied."""
        uri = path.resolve().as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1,
                                                              "text": text if text is not None else path.read_text(encoding="utf-8")}})
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri)["params"]["diagnostics"]

    def hover(self, path: Path, line: int, character: int) -> str:
        result = self.request("textDocument/hover", {"textDocument": {"uri": path.resolve().as_uri()},
                                                     "position": {"line": line, "character": character}})
        if not result:
            return ""
        contents = result["contents"]
        return contents["value"] if isinstance(contents, dict) else json.dumps(contents, ensure_ascii=False)

    def formatting(self, path: Path):
        return self.request("textDocument/formatting", {"textDocument": {"uri": path.resolve().as_uri()},
                                                        "options": {"tabSize": 2, "insertSpaces": True}})

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()

"""Run in a subprocess by the kill test: open a workspace and autosave a note forever,
printing the revision each time a save is acknowledged (committed)."""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator_desktop.workspace import Workspace


def main(data_dir: str, passphrase: str, note_id: str, marker: str) -> None:
    ws = Workspace.open(Path(data_dir), passphrase)
    body = ""
    for i in range(1_000_000):
        body += f" {marker}-{i}"
        info = ws.notes.save_body(int(note_id), body[-5000:])
        print(f"{i}", flush=True)
        _ = info


if __name__ == "__main__":
    main(*sys.argv[1:5])

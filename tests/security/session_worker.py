"""Run in a subprocess by the kill test: start a session, let a member speak, and keep
sending heartbeats until killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from facilitator_desktop.workspace import Workspace


def main(data_dir: str, passphrase: str, group_id: str) -> None:
    ws = Workspace.open(Path(data_dir), passphrase)
    live = ws.sessions.start(int(group_id))
    live.mark_all_unmarked_present()
    live.toggle()
    live.next_speaker()  # a round with a random first member
    print("speaking", flush=True)
    while True:
        time.sleep(0.05)
        print(repr(live.heartbeat()), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])

"""Start the built bundle offscreen on a fresh temporary workspace and check it works.

Run by `make bundle-test` after `make bundle`. The bundle's hidden `--self-test DIR` creates
and unlocks a workspace, loads the rule library, prints handouts with names in every script,
verifies a backup, finds the translations, shows the main window and quits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

EXPECTED = (
    "workspace created",
    "workspace unlocked",
    "rule library loaded",
    "handout built",
    "names in every script printed with",
    "backup verified",
    "translations found",
    "main window shown and closed",
)


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    name = "facilitator-desktop.exe" if os.name == "nt" else "facilitator-desktop"
    binary = root / "dist" / "facilitator-desktop" / name
    if not binary.exists():
        print(f"no bundle at {binary.relative_to(root)}: run `make bundle` first")
        return 2
    with tempfile.TemporaryDirectory(prefix="fd-bundle-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(
            [str(binary), "--self-test", str(Path(folder) / "data")],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
    print(result.stdout, end="")
    missing = [step for step in EXPECTED if f"self-test: {step}" not in result.stdout]
    if result.returncode != 0 or missing:
        print(result.stderr[-3000:], file=sys.stderr)
        print(f"bundle smoke test FAILED (exit {result.returncode}, missing: {missing})")
        return 1
    # PyInstaller links many libraries into the folder twice (a file and a symlink to it).
    files = (p for p in binary.parent.rglob("*") if p.is_file() and not p.is_symlink())
    size = sum(p.stat().st_size for p in files)
    print(f"bundle smoke test passed; bundle folder is {size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

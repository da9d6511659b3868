"""What a change of secrets did, in the facilitator's words: the same sentences wherever the
passphrase or the recovery key changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.services.key_changes import KeyChangeReport


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyChange", text)


def stage_text(stage: str, done: int, total: int) -> str:
    if stage == "calibrating":
        return _tr("Tuning the lock to this computer…")
    if stage == "resealing":
        return _tr("Re-encrypting private details: {done} of {total}…").format(
            done=done, total=total
        )
    return _tr("Bringing backups in line: {done} of {total}…").format(done=done, total=total)


def out_of_reach() -> str:
    """Said before and after every change: what the app cannot reach."""
    return _tr(
        "Out of reach: files already exported (copies for another laptop, member records, "
        "CSV files) and printed pages. A copy for another laptop still opens with the secret "
        "it was made with; delete those you can."
    )


def report_text(report: KeyChangeReport) -> str:
    lines = []
    if report.rotated:
        lines.append(
            _tr("A new workspace key was made; {n} private details were re-encrypted.").format(
                n=report.values_resealed
            )
        )
    if report.copies_reencrypted:
        lines.append(
            _tr("{n} backups were re-encrypted with the new key.").format(
                n=report.copies_reencrypted
            )
        )
    if report.copies_updated:
        lines.append(
            _tr("{n} backups now open only with the new secret.").format(n=report.copies_updated)
        )
    if report.copies_removed:
        lines.append(
            _tr(
                "{n} backups could not be updated and were removed; a fresh, checked backup "
                "takes their place."
            ).format(n=len(report.copies_removed))
        )
    if report.copies_pending:
        lines.append(
            _tr(
                "The backups could not be brought in line just now; that is finished the next "
                "time the workspace is unlocked."
            )
        )
    if report.damaged_values:
        lines.append(
            _tr(
                "{n} damaged records could not be read, so they stay as they were (still "
                "unreadable)."
            ).format(n=report.damaged_values)
        )
    lines.append(out_of_reach())
    return " ".join(lines)

"""What a change of secrets did, in the facilitator's words: the same sentences wherever the
passphrase or the recovery key changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.services.key_changes import KeyChangeReport


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyChange", text)


def _count(n: int, one: str, many: str) -> str:
    """`one` and `many` come translated (literal tr() calls, so lupdate finds them)."""
    return (one if n == 1 else many).format(n=n)


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
            _count(
                report.copies_reencrypted,
                _tr("1 backup was re-encrypted with the new key."),
                _tr("{n} backups were re-encrypted with the new key."),
            )
        )
    if report.copies_updated:
        lines.append(
            _count(
                report.copies_updated,
                _tr("1 backup now opens only with the new secret."),
                _tr("{n} backups now open only with the new secret."),
            )
        )
    if report.copies_removed:
        lines.append(
            _count(
                len(report.copies_removed),
                _tr(
                    "1 backup could not be updated and was removed; a fresh, checked backup "
                    "takes its place."
                ),
                _tr(
                    "{n} backups could not be updated and were removed; a fresh, checked backup "
                    "takes their place."
                ),
            )
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
            _count(
                report.damaged_values,
                _tr("1 damaged record could not be read, so it stays as it was (unreadable)."),
                _tr(
                    "{n} damaged records could not be read, so they stay as they were (unreadable)."
                ),
            )
        )
    lines.append(out_of_reach())
    return " ".join(lines)

"""What a change of secrets did, in the facilitator's words: the same sentences wherever the
passphrase or the recovery key changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.services.key_changes import KeyChangeReport
from facilitator_desktop.ui.formatting import number


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyChange", text)


def _trn(text: str, n: int) -> str:
    """A sentence with a count: Qt picks the language's plural form for `n` (%Ln)."""
    return QCoreApplication.translate("KeyChange", text, None, n)


def stage_text(stage: str, done: int, total: int) -> str:
    if stage == "calibrating":
        return _tr("Tuning the lock to this computer…")
    if stage == "resealing":
        return _tr("Re-encrypting private details: {done} of {total}…").format(
            done=number(done), total=number(total)
        )
    return _tr("Bringing backups in line: {done} of {total}…").format(
        done=number(done), total=number(total)
    )


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
            _trn(
                "A new workspace key was made; %Ln private details were re-encrypted.",
                report.values_resealed,
            )
        )
    if report.copies_reencrypted:
        lines.append(
            _trn("%Ln backups were re-encrypted with the new key.", report.copies_reencrypted)
        )
    if report.copies_updated:
        lines.append(_trn("%Ln backups now open only with the new secret.", report.copies_updated))
    if report.copies_removed:
        lines.append(
            _trn(
                "%Ln backups could not be updated and were removed; a fresh, checked backup "
                "takes their place.",
                len(report.copies_removed),
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
            _trn(
                "%Ln damaged records could not be read, so they stay as they were (unreadable).",
                report.damaged_values,
            )
        )
    lines.append(out_of_reach())
    return " ".join(lines)

"""Settings → Sharing → Your card: this laptop's public keys, to send or read out to a
co-facilitator. Nothing secret in it: the private halves stay sealed in the workspace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.sharing import SharingService
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingCard", text)


def grouped_fingerprint(fingerprint: str) -> str:
    """ "3f2a91c0…" as "3F2A 91C0 …": easier to compare by eye."""
    upper = fingerprint.upper()
    return " ".join(upper[i : i + 4] for i in range(0, len(upper), 4))


def copy_text(text: str) -> None:
    """To the clipboard (the lock's clipboard guard clears what this app put there)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)


class CardBox(QGroupBox):
    def __init__(self, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Your card"), parent)
        self._sharing = sharing
        intro = ToneLabel(
            _tr(
                "Send this card to a co-facilitator, or let them copy it: it holds only "
                "this laptop's public keys. Before any group is shared, you both compare a "
                "safety number."
            ),
            Tone.NORMAL,
            self,
        )
        self.card = QPlainTextEdit(self)
        self.card.setReadOnly(True)
        self.card.setAccessibleName(_tr("Your card"))
        self.card.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.card.setMaximumHeight(self.card.fontMetrics().lineSpacing() * 4 + 16)
        self.fingerprint = ToneLabel("", Tone.MUTED, self)
        self.copy_button = QPushButton(_tr("&Copy card"), self)
        self.copy_button.clicked.connect(self.copy_card)
        self.copied = ToneLabel("", Tone.SUCCESS, self)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.card)
        layout.addWidget(self.fingerprint)
        layout.addLayout(row)

    def show_card(self) -> None:
        """Made the first time it is shown (key pairs, sealed by the data key)."""
        try:
            card = self._sharing.identity()
        except FacilitatorError as exc:
            self.card.setPlainText("")
            self.fingerprint.set_tone(Tone.ERROR)
            self.fingerprint.setText(error_text(exc))
            self.copy_button.setEnabled(False)
            return
        self.card.setPlainText(card.text)
        self.fingerprint.set_tone(Tone.MUTED)
        self.fingerprint.setText(
            _tr("This laptop: {fingerprint}").format(
                fingerprint=grouped_fingerprint(card.fingerprint)
            )
        )
        self.copy_button.setEnabled(True)

    def card_text(self) -> str:
        return self.card.toPlainText()

    @Slot()
    def copy_card(self) -> None:
        copy_text(self.card_text())
        self.copied.setText(_tr("Copied."))

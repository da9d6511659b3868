"""A new passphrase, typed twice, judged as it is typed, with a strong one on offer: shared by
every form that sets one (create the workspace, change passphrase, unlock with the recovery
key). A guessable passphrase is refused here, with the reason in plain words; the backend
does not judge (tests and the demo use short passphrases on purpose)."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.passphrase_strength import (
    MIN_LENGTH,
    STRONG_GUESSES_LOG10,
    PassphraseCheck,
    Verdict,
    Weakness,
    check_passphrase,
    generate_passphrase,
)
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.fit import grow_to_fit
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

_TONES = {
    Verdict.EMPTY: Tone.MUTED,
    Verdict.REFUSED: Tone.ERROR,
    Verdict.ACCEPTED: Tone.NORMAL,
    Verdict.STRONG: Tone.SUCCESS,
}
_BAR_STEPS = 100


class PassphraseMeter(QWidget):
    """A thin bar and one sentence under the passphrase: why it is refused, or how it holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, _BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = ToneLabel("", Tone.MUTED, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.show_check(check_passphrase(""))

    def show_check(self, check: PassphraseCheck) -> None:
        share = min(check.guesses_log10 / STRONG_GUESSES_LOG10, 1.0)
        # A refused passphrase keeps a sliver of bar, so "weak" never reads as "empty".
        steps = round(share * _BAR_STEPS)
        self.bar.setValue(max(steps, 5) if check.verdict is Verdict.REFUSED else steps)
        self.label.setText(self.explanation(check))
        self.label.set_tone(_TONES[check.verdict])

    def explanation(self, check: PassphraseCheck) -> str:
        if check.verdict is Verdict.EMPTY:
            return self.tr("Tip: several unrelated words, like “lantern orbit velvet seven”.")
        if check.verdict is Verdict.STRONG:
            return self.tr("Strong.")
        if check.verdict is Verdict.ACCEPTED:
            return self.tr("Good enough. One more unrelated word would make it strong.")
        assert check.weakness is not None
        return " ".join(
            (
                self._reason(check.weakness),
                self.tr("Try four or more unrelated words, or let the app suggest some."),
            )
        )

    def _reason(self, weakness: Weakness) -> str:
        # One literal per reason, so that translators see every sentence.
        match weakness:
            case Weakness.TOO_SHORT:
                return self.tr("Too short: use at least %Ln characters.", "", MIN_LENGTH)
            case Weakness.COMMON_PASSWORD:
                return self.tr(
                    "This is one of the most common passwords; anyone trying to open the "
                    "file would try it early."
                )
            case Weakness.BUILT_ON_COMMON_PASSWORD:
                return self.tr(
                    "It is built on a common password; anyone trying to open the file would "
                    "try those early, with the usual additions."
                )
            case Weakness.DISGUISED_WORD:
                return self.tr(
                    "Look-alike symbols (like @ for a) or a word spelled backwards fool "
                    "nobody: they are among the first things tried."
                )
            case Weakness.NAME:
                return self.tr(
                    "Names, alone or with a year, are among the first things anyone trying "
                    "to open the file would guess."
                )
            case Weakness.COMMON_WORDS:
                return self.tr("A common word or two on their own are easy to guess.")
            case Weakness.ABOUT_THE_APP:
                return self.tr(
                    "Words about this app or its work, like “group” or “facilitator”, are "
                    "the first anyone would try here."
                )
            case Weakness.KEYBOARD_PATTERN:
                return self.tr(
                    "Keys next to each other on the keyboard, like “qwerty” or “asdfgh”, "
                    "are tried early."
                )
            case Weakness.REPEATED:
                return self.tr("Repeated letters or words, like “aaaaaaaa”, add almost nothing.")
            case Weakness.SEQUENCE:
                return self.tr("Sequences like “12345678” or “abcdef” are tried early.")
            case Weakness.DATE:
                return self.tr("Dates and years, like a birthday, are easy to guess.")
            case Weakness.GUESSABLE:
                return self.tr("A computer trying every possibility would find this before long.")


class NewPassphraseFields(QObject):
    """Not a widget itself: its fields live in the caller's form, on `parent`.

    `creating` words the fields for a new workspace ("Passphrase") rather than for a
    replacement ("New passphrase").
    """

    # The fields changed; read `acceptable()`.
    changed = Signal()

    def __init__(self, parent: QWidget, *, creating: bool = False) -> None:
        super().__init__(parent)
        self._creating = creating
        self._check = check_passphrase("")
        self._checked_text = ""
        # The passphrase last suggested, while the fields still hold it.
        self._suggested = ""
        self.passphrase = PassphraseEdit(
            self.tr("Passphrase") if creating else self.tr("New passphrase"), parent
        )
        self.passphrase.setPlaceholderText(self.tr("Several unrelated words"))
        self.strength = PassphraseMeter(parent)
        self.repeat = PassphraseEdit(
            self.tr("Repeat passphrase") if creating else self.tr("Repeat the new passphrase"),
            parent,
        )
        self.repeat_error = FieldError(self.repeat, parent)
        self.suggest_button = QPushButton(self.tr("Su&ggest one"), parent)
        self.suggest_button.setToolTip(
            self.tr("Fill in a strong passphrase of six random words, for you to write down")
        )
        # Enter in a field must not make a suggestion replace what was typed.
        self.suggest_button.setAutoDefault(False)
        self.suggestion = ToneLabel("", Tone.NORMAL, parent)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setObjectName("passphraseSuggestion")
        self.suggestion.hide()
        self.passphrase.textChanged.connect(self._on_text_changed)
        self.repeat.textChanged.connect(self._on_text_changed)
        self.suggest_button.clicked.connect(self.suggest)

    def add_rows(self, form: QFormLayout) -> None:
        """Put the fields into the caller's form, so labels line up with its other rows."""
        parent = self.passphrase.parentWidget()
        label = QLabel(
            self.tr("&Passphrase:") if self._creating else self.tr("&New passphrase:"), parent
        )
        label.setBuddy(self.passphrase)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.suggest_button)
        form.addRow(label, row)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        form.addRow("", self.repeat_error)
        form.addRow("", self.suggestion)

    def text(self) -> str:
        return self.passphrase.text()

    def check(self) -> PassphraseCheck:
        """The judgement of the passphrase as it is now (computed once per change)."""
        text = self.passphrase.text()
        if text != self._checked_text:
            self._check = check_passphrase(text)
            self._checked_text = text
        return self._check

    def acceptable(self) -> bool:
        return self.check().acceptable and self.repeat.text() == self.passphrase.text()

    def wipe(self) -> None:
        self._forget_suggestion()
        self.passphrase.wipe()
        self.repeat.wipe()
        self._check = check_passphrase("")
        self._checked_text = ""

    @Slot()
    def suggest(self) -> None:
        """Fill both fields with random words and show them, to be written down."""
        try:
            phrase = generate_passphrase()
        except OSError:
            # Only if the word list is missing from an install: say so, keep what was typed.
            self._show_suggestion(
                html.escape(
                    self.tr(
                        "No passphrase can be suggested: the word list is missing from this "
                        "installation. Four or more unrelated words of your own work as well."
                    )
                )
            )
            return
        self._suggested = phrase
        self.passphrase.setText(phrase)
        self.repeat.setText(phrase)
        self._show_suggestion(
            "{intro}<br><span style='font-size:large'><b>{phrase}</b></span><br>{advice}".format(
                intro=html.escape(self.tr("Your new passphrase, filled in above:")),
                phrase=html.escape(phrase),
                advice=html.escape(
                    self.tr("Write it down now, exactly as shown, and keep it somewhere safe.")
                ),
            )
        )

    def _show_suggestion(self, rich_text: str) -> None:
        self.suggestion.setText(rich_text)
        self.suggestion.show()
        window = self.suggestion.window()
        if isinstance(window, QDialog) and window.isVisible():
            grow_to_fit(window)

    def _forget_suggestion(self) -> None:
        self._suggested = ""
        self.suggestion.setText("")
        self.suggestion.hide()

    def _mismatch(self) -> bool:
        first, second = self.passphrase.text(), self.repeat.text()
        if not second:
            return False
        # Quiet while the second copy is still being typed and agrees so far.
        if len(second) < len(first) and first.startswith(second):
            return False
        return first != second

    @Slot()
    def _on_text_changed(self) -> None:
        if self.suggestion.text() and self.passphrase.text() != self._suggested:
            self._forget_suggestion()  # typed over: the words shown are not the passphrase
        check = self.check()
        self.strength.show_check(check)
        # Screen readers hear why, from the field itself.
        refusal = self.strength.label.text() if check.verdict is Verdict.REFUSED else ""
        self.passphrase.setAccessibleDescription(refusal)
        self.repeat_error.show_message(
            self.tr("The two passphrases do not match.") if self._mismatch() else ""
        )
        emit(self.changed)

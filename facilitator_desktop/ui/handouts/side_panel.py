"""The left column of the Handouts page: which handout, its options, and the facilitator's
details printed on them. Widgets only: it says what the user changed and reads back as one
`HandoutChoices`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.handouts.data import Paper
from facilitator_desktop.ui.handouts.choices import KINDS, HandoutChoices
from facilitator_desktop.ui.handouts.options import (
    GroundRulesOptions,
    ProfileBox,
    RuleCardsOptions,
    SessionSummaryOptions,
    SignInOptions,
)
from facilitator_desktop.ui.handouts.requests import HandoutKind
from facilitator_desktop.ui.signals import emit

PANEL_WIDTH = 384

OptionForm = GroundRulesOptions | RuleCardsOptions | SignInOptions | SessionSummaryOptions


def _tr(text: str) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("HandoutsPage", text)


class HandoutSidePanel(QScrollArea):
    # Another handout was chosen.
    kindChosen = Signal()
    # The paper combo's data (checked by the presenter).
    paperChosen = Signal(object)
    largePrintChosen = Signal(bool)
    # An option or the facilitator's details changed: the preview follows after a pause.
    optionChanged = Signal()
    # The user finished editing their details: keep them.
    profileEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Handout options"))
        self.setAccessibleName(self.tr("Handout options"))
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(14)
        layout.addWidget(self._kind_box(side))
        layout.addWidget(self._options_box(side))
        self.profile_box = ProfileBox(side)
        self.profile_box.changed.connect(self._on_option_changed)
        self.profile_box.edited.connect(self._on_profile_edited)
        layout.addWidget(self.profile_box)
        layout.addStretch(1)
        self.setWidget(side)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        # PANEL_WIDTH, or what the options need at a large font (a fixed width cut them off
        # on the right: nothing scrolls sideways here).
        content = self.widget()
        inner = content.minimumSizeHint().width() if content is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        width = max(PANEL_WIDTH, inner + bar + 2 * self.frameWidth())
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def _kind_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(_tr("Handout"), parent)
        self.kind_buttons = QButtonGroup(self)
        layout = QVBoxLayout(box)
        layout.setSpacing(6)
        texts = {
            HandoutKind.GROUND_RULES: _tr("Groun&d rules"),
            HandoutKind.RULE_CARDS: _tr("&Rule cards"),
            HandoutKind.SIGN_IN_SHEET: _tr("S&ign-in sheet"),
            HandoutKind.SESSION_SUMMARY: _tr("Session summar&y"),
        }
        tips = {
            HandoutKind.GROUND_RULES: _tr("The group's rules on one page, to read and sign"),
            HandoutKind.RULE_CARDS: _tr("One rule per card in large type, to cut or fold"),
            HandoutKind.SIGN_IN_SHEET: _tr("Members in seat order with a signature column"),
            HandoutKind.SESSION_SUMMARY: _tr("A finished session, for your records"),
        }
        for number, kind in enumerate(KINDS):
            button = QRadioButton(texts[kind], box)
            button.setToolTip(tips[kind])
            self.kind_buttons.addButton(button, number)
            layout.addWidget(button)
        self.kind_buttons.button(0).setChecked(True)
        self.kind_buttons.idToggled.connect(self._on_kind_toggled)
        return box

    def _options_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(_tr("Options"), parent)
        self.paper_combo = QComboBox(box)
        self.paper_combo.addItem(_tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(_tr("Letter (8.5 × 11 in)"), "Letter")
        self.paper_combo.setCurrentIndex(-1)
        self.paper_combo.setPlaceholderText(_tr("Checking…"))
        self.paper_combo.currentIndexChanged.connect(self._on_paper_changed)
        paper_form = QFormLayout()
        paper_form.setContentsMargins(0, 0, 0, 0)
        paper_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        paper_form.addRow(_tr("&Paper:"), self.paper_combo)
        self.large_print_box = QCheckBox(_tr("&Large print (14 pt text)"), box)
        self.large_print_box.setToolTip(
            _tr("Bigger type for members who find small print hard to read")
        )
        self.large_print_box.toggled.connect(self._on_large_print_toggled)
        paper_form.addRow(self.large_print_box)
        self.ground_rules_options = GroundRulesOptions(box)
        self.rule_cards_options = RuleCardsOptions(box)
        self.sign_in_options = SignInOptions(box)
        self.summary_options = SessionSummaryOptions(box)
        self.options_stack = QStackedWidget(box)
        for form in self.forms():
            self.options_stack.addWidget(form)
            form.changed.connect(self._on_option_changed)
        layout = QVBoxLayout(box)
        layout.setSpacing(10)
        layout.addLayout(paper_form)
        layout.addWidget(self.options_stack)
        return box

    def forms(self) -> tuple[OptionForm, ...]:
        """One form per handout, in the order of `KINDS`."""
        return (
            self.ground_rules_options,
            self.rule_cards_options,
            self.sign_in_options,
            self.summary_options,
        )

    # --- reading -------------------------------------------------------------------------------

    def kind(self) -> HandoutKind:
        return KINDS[max(self.kind_buttons.checkedId(), 0)]

    def choices(self) -> HandoutChoices:
        rules, cards = self.ground_rules_options, self.rule_cards_options
        sheet, summary = self.sign_in_options, self.summary_options
        return HandoutChoices(
            kind=self.kind(),
            day=sheet.day(),
            welcome=rules.welcome(),
            acknowledgement=rules.acknowledgement(),
            member_id=rules.member_id(),
            card_layout=cards.card_layout(),
            per_page=cards.per_page(),
            show_why=cards.show_why(),
            guest_lines=sheet.guest_lines(),
            session_id=summary.session_id(),
            include_notes=summary.include_notes(),
            profile=self.profile_box.profile(),
        )

    # --- setting (as a program does) -----------------------------------------------------------

    def set_kind(self, kind: HandoutKind) -> None:
        """Choose a handout as a click would (the preview follows)."""
        self.kind_buttons.button(KINDS.index(kind)).setChecked(True)

    def show_paper(self, paper: Paper) -> None:
        with QSignalBlocker(self.paper_combo):
            self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))

    def show_large_print(self, large: bool) -> None:
        with QSignalBlocker(self.large_print_box):
            self.large_print_box.setChecked(large)

    def show_form(self, kind: HandoutKind) -> None:
        """The options of `kind`; the box takes the height of that form, not the tallest."""
        index = KINDS.index(kind)
        if index != self.options_stack.currentIndex():
            self.options_stack.setCurrentIndex(index)
        for number, form in enumerate(self.forms()):
            vertical = (
                QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            )
            form.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)

    def focus_kind(self) -> None:
        button = self.kind_buttons.checkedButton()
        if button is not None:
            button.setFocus()

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int, bool)
    def _on_kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            emit(self.kindChosen)

    @Slot(int)
    def _on_paper_changed(self, index: int) -> None:
        emit(self.paperChosen, self.paper_combo.itemData(index))

    @Slot(bool)
    def _on_large_print_toggled(self, checked: bool) -> None:
        emit(self.largePrintChosen, checked)

    @Slot()
    def _on_option_changed(self) -> None:
        emit(self.optionChanged)

    @Slot()
    def _on_profile_edited(self) -> None:
        emit(self.profileEdited)

"""Settings → Sharing → Shared groups: each group with its co-facilitators' laptops;
remove a co-facilitator, or stop sharing a group from this laptop.

Each question says what happens: removal makes a new group key for everything written
afterwards; what the removed laptop already holds stays with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.sharing import CoFacilitator, SharedGroupInfo, SharingService
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import short_date, short_time
from facilitator_desktop.ui.sharing.words import children, laptop_words, top_items
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # the local group id (None: not arrived yet)
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 2  # a co-facilitator's device id

Ask = Callable[[QWidget | None, str, str, str, str], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharedGroups", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("SharedGroups", text, "", n)


class SharedGroupsBox(QGroupBox):
    # Something changed here (a removal, a group no longer shared): lists and sync refresh.
    changed = Signal()

    def __init__(
        self,
        sharing: SharingService,
        group_names: Callable[[], dict[int, str]],
        parent: QWidget | None = None,
        *,
        ask: Ask = confirm,
    ) -> None:
        super().__init__(_tr("Shared groups"), parent)
        self._sharing = sharing
        self._group_names = group_names
        self._ask = ask  # the question before a removal (tests answer it)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_tr("Group and co-facilitators"), _tr("State")])
        self.tree.setAccessibleName(_tr("Shared groups and their co-facilitators"))
        self.tree.setRootIsDecorated(True)
        self.tree.setMinimumHeight(160)
        self.tree.currentItemChanged.connect(self._on_selection)
        self.empty = ToneLabel(
            _tr("No group is shared. Nothing leaves this laptop."), Tone.MUTED, self
        )
        self.remove_button = QPushButton(_tr("&Remove co-facilitator…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.stop_button = QPushButton(_tr("S&top sharing this group…"), self)
        self.stop_button.clicked.connect(self.stop_selected)
        self.message = ToneLabel("", Tone.SUCCESS, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.groups: list[SharedGroupInfo] = []

    # --- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.groups = self._sharing.shared_groups()
        except FacilitatorError as exc:
            self._say(error_text(exc), Tone.ERROR)
            self.groups = []
        names = self._group_names()
        self.tree.clear()
        for info in self.groups:
            top = QTreeWidgetItem(self.tree, [_group_title(info, names), _group_state(info)])
            top.setData(0, GROUP_ROLE, info.group_id)
            for peer in info.co_facilitators:
                child = QTreeWidgetItem(top, [laptop_words(peer.fingerprint, peer.state), ""])
                child.setData(0, GROUP_ROLE, info.group_id)
                child.setData(0, DEVICE_ROLE, peer.device_id)
                if peer.state != "self":
                    child.setText(
                        1, _tr("safety number {number}").format(number=peer.safety_number)
                    )
                    child.setToolTip(
                        0, _tr("Safety number: {number}").format(number=peer.safety_number)
                    )
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.empty.setVisible(not self.groups)
        self.tree.setVisible(bool(self.groups))
        self._on_selection()

    def group_titles(self) -> list[str]:
        return [item.text(0) for item in top_items(self.tree)]

    def co_facilitators(self, group_id: int) -> list[CoFacilitator]:
        for info in self.groups:
            if info.group_id == group_id:
                return list(info.co_facilitators)
        return []

    def select(self, group_id: int, device_id: str | None = None) -> bool:
        """Select a group's row, or one of its co-facilitators (as a click would)."""
        for top in top_items(self.tree):
            if top.data(0, GROUP_ROLE) != group_id:
                continue
            if device_id is None:
                self.tree.setCurrentItem(top)
                return True
            for child in children(top):
                if child.data(0, DEVICE_ROLE) == device_id:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    @Slot()
    def _on_selection(self) -> None:
        item = self.tree.currentItem()
        info = self._info(item)
        active = info is not None and info.state == "active"
        peer = self._peer(item)
        self.remove_button.setEnabled(
            active and peer is not None and peer.state in ("trusted", "introduced")
        )
        self.stop_button.setEnabled(
            info is not None and info.state not in ("left", "removed") and info.group_id is not None
        )

    def _info(self, item: QTreeWidgetItem | None) -> SharedGroupInfo | None:
        if item is None:
            return None
        top = item.parent() or item
        index = self.tree.indexOfTopLevelItem(top)
        return self.groups[index] if 0 <= index < len(self.groups) else None

    def _peer(self, item: QTreeWidgetItem | None) -> CoFacilitator | None:
        info = self._info(item)
        if item is None or info is None or item.parent() is None:
            return None
        device = item.data(0, DEVICE_ROLE)
        return next((p for p in info.co_facilitators if p.device_id == device), None)

    # --- removing, stopping ----------------------------------------------------------------

    @Slot()
    def remove_selected(self) -> None:
        item = self.tree.currentItem()
        info, peer = self._info(item), self._peer(item)
        if info is None or peer is None or info.group_id is None:
            return
        laptop = laptop_words(peer.fingerprint, "trusted")
        if not self._ask(
            self,
            _tr("Remove co-facilitator"),
            _tr("Remove {laptop} from this group?").format(laptop=laptop),
            _tr(
                "A new group key seals everything written from now on, on every laptop that "
                "stays; that laptop cannot read any of it, and its later changes are refused. "
                "What it already has stays with it: nothing can be taken back from a laptop."
            ),
            _tr("&Remove"),
        ):
            return
        try:
            self._sharing.remove_co_facilitator(info.group_id, peer.device_id)
        except FacilitatorError as exc:
            self._say(error_text(exc), Tone.ERROR)
            return
        self._say(
            _tr("Removed. The new group key goes to the others at the next sync."), Tone.SUCCESS
        )
        self.reload()
        emit(self.changed)

    @Slot()
    def stop_selected(self) -> None:
        info = self._info(self.tree.currentItem())
        if info is None or info.group_id is None:
            return
        if not self._ask(
            self,
            _tr("Stop sharing"),
            _tr("Stop sharing this group from this laptop?"),
            _tr(
                "Nothing more is sent or received for it. What this laptop holds stays here "
                "as a group of its own; the co-facilitators keep what they have."
            ),
            _tr("S&top sharing"),
        ):
            return
        try:
            self._sharing.stop_sharing(info.group_id)
        except FacilitatorError as exc:
            self._say(error_text(exc), Tone.ERROR)
            return
        self._say(_tr("This group is no longer shared from this laptop."), Tone.SUCCESS)
        self.reload()
        emit(self.changed)

    def _say(self, text: str, tone: Tone) -> None:
        self.message.set_tone(tone)
        self.message.setText(text)


def _group_title(info: SharedGroupInfo, names: dict[int, str]) -> str:
    if info.group_id is None:
        return _tr("A group shared with you (arrives at the next sync)")
    return names.get(info.group_id, _tr("A group"))


def _group_state(info: SharedGroupInfo) -> str:
    others = sum(1 for p in info.co_facilitators if p.state in ("trusted", "introduced"))
    if info.state == "removed":
        return _tr("this laptop was removed from the group")
    if info.state == "left":
        return _tr("no longer shared from here")
    if info.state == "pending":
        return _tr("waiting for the first sync")
    with_whom = _trn("%n co-facilitators", others)
    if info.synced_at is None:
        return _tr("{whom} · not synced yet").format(whom=with_whom)
    local = info.synced_at.replace(tzinfo=UTC).astimezone()
    return _tr("{whom} · synced {date} {time}").format(
        whom=with_whom, date=short_date(local), time=short_time(local)
    )

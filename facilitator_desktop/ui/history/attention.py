"""Follow-ups: one place for what needs attention across the groups — members who missed
two or more sessions in a row without notice, members who have been quiet for three
sessions or more, and open note follow-ups by due date. Each line leads to the member's
page or to the note.

Each member line carries their last few attendance marks as lettered chips; the line in
focus shows the member's airtime over recent sessions as bars. Everything here is private
(aliases, note text): it is dropped when the workspace locks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QBrush, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.follow_ups import FollowUpItem
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.history import look, navigation
from facilitator_desktop.ui.history.charts.share_history import ShareBar, ShareHistory
from facilitator_desktop.ui.history.page import HistoryPage
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import PageHeader, heading
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel, tone_color

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
RECENT_ROLE = Qt.ItemDataRole.UserRole + 2
KINDS = ("absence", "silence", "note")
RECENT = 8  # attendance chips per member line
CHART_SESSIONS = 12  # bars in the detail chart
WHAT, RECENT_COLUMN, GROUP, DUE = range(4)


@dataclass(frozen=True, slots=True)
class Line:
    kind: str
    group_id: int
    member_id: int | None
    note_id: int | None
    text: str  # the whole sentence
    label: str  # what the list shows under its section heading
    due_on: date | None
    count: int = 0  # sessions missed, or quiet, in a row
    recent: tuple[str | None, ...] = ()  # the member's last attendance marks, oldest first


class RecentDelegate(QStyledItemDelegate):
    """A member's last attendance marks as small lettered chips (RECENT_ROLE)."""

    CHIP_W = 22

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # selection and hover backgrounds, as in the other columns
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        statuses = index.data(RECENT_ROLE)
        if not statuses:
            return
        palette = opt.palette
        rect = opt.rect
        font = QFont(opt.font)
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        height = min(rect.height() - 8, 20)
        top = rect.top() + (rect.height() - height) / 2
        for i, status in enumerate(statuses):
            chip = QRectF(rect.left() + 4 + i * self.CHIP_W, top, self.CHIP_W - 3, height)
            if status is None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(look.track(palette))
                painter.drawEllipse(chip.center(), 2, 2)
                continue
            fill, ink = look.status_colours(status, palette)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(ink)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, look.status_letter(status))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(RECENT * self.CHIP_W + 8, size.height() + 10)


class AttentionPage(Page):
    key = "attention"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._lines: list[Line] = []

        self.header = PageHeader(self.title(), self)
        self.only_group_box = QCheckBox(self.tr("Only the &current group"), self)
        self.only_group_box.toggled.connect(self._on_scope_toggled)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("What"), self.tr("Last sessions"), self.tr("Group"), self.tr("Due")]
        )
        self.tree.headerItem().setToolTip(
            RECENT_COLUMN, self.tr("Their last attendance marks, oldest on the left")
        )
        self.tree.setAccessibleName(self.tr("What needs attention"))
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(RoomyItemDelegate(self.tree))
        self.tree.setItemDelegateForColumn(RECENT_COLUMN, RecentDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RECENT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RECENT_COLUMN, RECENT * RecentDelegate.CHIP_W + 12)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.hint = ToneLabel(
            self.tr("Double-click a line, or select it and press Enter, to open it."),
            Tone.MUTED,
            self,
        )

        # --- the line in focus ----------------------------------------------------------------
        self.detail_caption = caption(self.tr("Selected"), self)
        self.detail_title = heading("", 3, self)
        self.detail_title.setWordWrap(True)
        self.detail_chart = ShareHistory(self)
        self.detail_chart_hint = ToneLabel(
            self.tr("Their airtime share in recent sessions; letters: attendance."),
            Tone.MUTED,
            self,
        )
        self.detail_text = QPlainTextEdit(self)
        self.detail_text.setReadOnly(True)
        self.detail_text.setUndoRedoEnabled(False)
        self.detail_text.setAccessibleName(self.tr("The selected note"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self._on_open)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setToolTip(self.tr("The note's follow-up is done; it leaves this list"))
        self.done_button.clicked.connect(self._on_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.setSpacing(6)
        detail_layout.addWidget(self.detail_caption)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_chart)
        detail_layout.addWidget(self.detail_chart_hint)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.detail_text, 10)
        detail_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 320])

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.only_group_box, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        ctx.currentGroupChanged.connect(self._on_group_changed)
        self._update_subtitle()
        self._show_detail(None)

    def title(self) -> str:
        return self.tr("Follow-ups")

    # --- Page contract -------------------------------------------------------------------------

    def workspace_locked(self) -> bool:
        self.clear()
        return False

    def workspace_unlocked(self) -> None:
        if self.isVisible():
            self.reload()

    def focus_first(self) -> None:
        self.tree.setFocus()

    # --- loading -------------------------------------------------------------------------------

    def clear(self) -> None:
        self._lines = []
        self.tree.clear()
        self._show_detail(None)
        self._update_subtitle()

    def lines(self) -> list[Line]:
        return list(self._lines)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the follow-ups again: the last few sessions of each group, and notes."""
        keep = self._current_line()
        self.tree.blockSignals(True)
        self.clear()
        self.tree.blockSignals(False)
        if self.ctx.workspace.locked:
            return
        group = self.ctx.current_group_id()
        only = self.only_group_box.isChecked() and group != NO_GROUP
        ws = self.ctx.workspace
        try:
            items = ws.history.follow_ups(group_id=group if only else None)
            aliases: dict[int, str] = {}
            recent: dict[int, tuple[str | None, ...]] = {}
            for group_id in sorted({i.group_id for i in items if i.member_id is not None}):
                grid = ws.history.attendance_grid(group_id, last=RECENT)
                for member, statuses in grid.rows:
                    aliases[member.id] = member.alias
                    recent[member.id] = statuses
                missing = {i.member_id for i in items if i.group_id == group_id} - set(aliases)
                if missing - {None}:
                    for member in ws.members.list(group_id, include_left=True):
                        aliases.setdefault(member.id, member.alias)
            group_names = {g.id: g.name for g in ws.groups.list(include_archived=True)}
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        self._lines = [self._line(item, aliases, recent) for item in items]
        self._fill(group_names)
        self._select(keep)

    def _line(
        self,
        item: FollowUpItem,
        aliases: dict[int, str],
        recent: dict[int, tuple[str | None, ...]],
    ) -> Line:
        alias = aliases.get(item.member_id or 0, "?")
        if item.kind == "absence":
            text = self.tr(
                "{alias} missed %Ln sessions in a row without notice", "", item.count
            ).format(alias=alias)
            label = self.tr("{alias} · %Ln in a row", "", item.count).format(alias=alias)
        elif item.kind == "silence":
            text = self.tr(
                "{alias} has said little for %Ln sessions in a row", "", item.count
            ).format(alias=alias)
            label = self.tr("{alias} · %Ln sessions", "", item.count).format(alias=alias)
        else:
            text = label = item.text
            if item.member_id is not None:
                text = label = self.tr("{alias}: {note}").format(alias=alias, note=item.text)
        marks = recent.get(item.member_id or 0, ()) if item.kind != "note" else ()
        return Line(
            item.kind,
            item.group_id,
            item.member_id,
            item.note_id,
            text,
            label,
            item.due_on,
            item.count,
            marks,
        )

    def _fill(self, group_names: dict[int, str]) -> None:
        sections = {
            "absence": self.tr("Missed sessions without notice"),
            "silence": self.tr("Quiet lately"),
            "note": self.tr("Notes to follow up"),
        }
        bold = QFont(self.tree.font())
        bold.setBold(True)
        today = self.ctx.today()
        warning = QBrush(tone_color(Tone.WARNING, self.palette()))
        for kind in KINDS:
            lines = [line for line in self._lines if line.kind == kind]
            if kind == "note":
                lines.sort(key=lambda x: (x.due_on is None, x.due_on or today))
            else:  # the longest run first
                lines.sort(key=lambda x: (-x.count, x.label))
            if not lines:
                continue
            heading_text = self.tr("{section} ({n})").format(
                section=sections[kind], n=look.number(len(lines))
            )
            section = QTreeWidgetItem(self.tree, [heading_text])
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            section.setFont(WHAT, bold)
            section.setFirstColumnSpanned(True)
            for line in lines:
                due = ""
                if line.due_on is not None:
                    due = look.day(line.due_on)
                    if line.due_on < today:
                        due = self.tr("{date} · overdue").format(date=due)
                item = QTreeWidgetItem(
                    section, [line.label, "", group_names.get(line.group_id, ""), due]
                )
                item.setData(WHAT, LINE_ROLE, self._lines.index(line))
                item.setToolTip(WHAT, f"{line.text}\n{self._open_hint(line)}")
                if line.recent:
                    item.setData(RECENT_COLUMN, RECENT_ROLE, line.recent)
                    item.setToolTip(
                        RECENT_COLUMN,
                        ", ".join(look.status_word(s) for s in line.recent if s is not None),
                    )
                if line.due_on is not None and line.due_on < today:
                    item.setForeground(DUE, warning)
        self.tree.expandAll()
        if not self._lines:
            nothing = self.tr("Nothing needs following up right now.")
            empty = QTreeWidgetItem(self.tree, [nothing])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            empty.setFirstColumnSpanned(True)
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        if self._lines:
            self.header.set_subtitle(
                self.tr("Across your groups: %Ln things to follow up.", "", len(self._lines))
            )
        else:
            self.header.set_subtitle(self.tr("Who to call, who to draw in, what you promised."))

    def _open_hint(self, line: Line) -> str:
        if line.kind == "note":
            if navigation.notes_page_can_open(self):
                return self.tr("Open the note")
            if line.member_id is not None:
                return self.tr("Open the member's page (the note is listed there)")
            return self.tr("The note is shown on the right")
        return self.tr("Open the member's page")

    # --- selection and opening -----------------------------------------------------------------

    def _line_of(self, item: QTreeWidgetItem | None) -> Line | None:
        if item is None:
            return None
        index = item.data(WHAT, LINE_ROLE)
        return self._lines[int(index)] if isinstance(index, int) else None

    def _current_line(self) -> Line | None:
        return self._line_of(self.tree.currentItem())

    def item_for(self, line: Line) -> QTreeWidgetItem | None:
        index = self._lines.index(line) if line in self._lines else -1
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            for child in range(section.childCount() if section is not None else 0):
                item = section.child(child) if section is not None else None
                if item is not None and item.data(WHAT, LINE_ROLE) == index:
                    return item
        return None

    def _select(self, line: Line | None) -> None:
        item = self.item_for(line) if line is not None else None
        if item is None and self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            item = first.child(0) if first is not None and first.childCount() else None
        if item is not None:
            self.tree.setCurrentItem(item)

    def open_line(self, line: Line) -> bool:
        """Lead to what the line is about: the member's page, or the note."""
        if line.kind == "note" and line.note_id is not None:
            if navigation.open_note(self, self.ctx, line.note_id):
                return True
            if line.member_id is None:
                self.detail_text.setFocus()
                return True
        if line.member_id is None:
            return False
        page = navigation.page_of(self, HistoryPage.key)
        if not isinstance(page, HistoryPage):
            return False
        if line.group_id != self.ctx.current_group_id() and not self.ctx.request_group(
            line.group_id
        ):
            return False
        if navigation.show_page(self, HistoryPage.key) is None:
            return False
        opened = page.open_member(line.member_id, line.group_id)
        if opened and line.note_id is not None:
            page.member_view.select_note(line.note_id)
        return opened

    def _show_detail(self, line: Line | None) -> None:
        self.detail_text.clear()
        self.detail_title.clear()
        self.detail_chart.set_bars(())
        self.open_button.setEnabled(line is not None)
        self.done_button.setVisible(line is not None and line.kind == "note")
        is_note = line is not None and line.kind == "note"
        self.detail_text.setVisible(is_note)
        self.detail_chart.setVisible(line is not None and not is_note)
        self.detail_chart_hint.setVisible(line is not None and not is_note)
        self.detail_caption.setVisible(line is not None)
        if line is None:
            return
        self.detail_title.setText(line.text)
        if is_note and line.note_id is not None:
            try:
                note = self.ctx.workspace.notes.get(line.note_id)
            except FacilitatorError as exc:
                self.detail_text.setPlainText(exc.message)
                return
            body = note.body
            if note.due_on is not None:
                body += "\n\n" + self.tr("Follow up by {date}.").format(date=look.day(note.due_on))
            self.detail_text.setPlainText(body)
            self.open_button.setText(
                self.tr("&Open note")
                if navigation.notes_page_can_open(self)
                else self.tr("&Open member")
            )
            self.open_button.setEnabled(
                navigation.notes_page_can_open(self) or line.member_id is not None
            )
            return
        self.open_button.setText(self.tr("&Open their page"))
        if line.member_id is None:
            return
        try:
            record = self.ctx.workspace.history.member_record(line.member_id)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        self.detail_chart.set_bars(
            [
                ShareBar(
                    s.session_id, s.started_at, s.status, s.share, s.seconds, s.turns, s.passes
                )
                for s in record.sessions[-CHART_SESSIONS:]
            ]
        )

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._show_detail(self._line_of(current))

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        line = self._line_of(item)
        if line is not None:
            self.open_line(line)

    @Slot()
    def _on_open(self) -> None:
        line = self._current_line()
        if line is not None:
            self.open_line(line)

    @Slot()
    def _on_done(self) -> None:
        line = self._current_line()
        if line is None or line.note_id is None:
            return
        try:
            self.ctx.workspace.notes.set_done(line.note_id, True)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        emit(self.ctx.statusMessage, self.tr("Follow-up marked as done."))
        self.reload()

    @Slot(bool)
    def _on_scope_toggled(self, _checked: bool) -> None:
        if self.isVisible():
            self.reload()

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        if self.isVisible() and self.only_group_box.isChecked():
            self.reload()

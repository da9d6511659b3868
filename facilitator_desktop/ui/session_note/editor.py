"""The session note, on one calm screen: the session's facts on the left; on the right the
group narrative in the template's sections, the themes, and a line or two per member
present under their facts.

Everything typed is saved sealed within two seconds (the notes' Autosaver), when the
dialog closes, and before signing. A signed note is read-only; addenda are added under the
narrative or a member's entry. Keys: Tab moves from section to section and member to
member, Ctrl+S saves now, Ctrl+P makes a member's copy, Esc closes.

On a lock the dialog closes with its text emptied (and undo history); lines the disk would
not take are held sealed in memory and come back when this note is opened again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.session_note import (
    NoteBody,
    Section,
    lay_out,
    split_themes,
)
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.session_notes import SessionNoteView
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.notes.autosave import Autosaver
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.session_note import words
from facilitator_desktop.ui.session_note.across_lock import NoteAcrossLock
from facilitator_desktop.ui.session_note.addenda import AddendaList
from facilitator_desktop.ui.session_note.addendum_dialog import AddendumDialog
from facilitator_desktop.ui.session_note.facts_panel import FactsPanel
from facilitator_desktop.ui.session_note.member_entry import MemberEntry
from facilitator_desktop.ui.session_note.section_editor import SectionEditor, scrolling
from facilitator_desktop.ui.session_note.template_words import shown
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class SessionNoteDialog(QDialog):
    # A save, a signature or an addendum changed the note of this session.
    changed = Signal(int)

    def __init__(self, ctx: UiContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.view: SessionNoteView | None = None
        self._body_dirty = False
        self._dirty: set[int] = set()
        self._template_pending: int | None = None
        self._filling = False
        self.across_lock = NoteAcrossLock(self)
        self.setObjectName("sessionNote")
        # The group and the members stay inside the dialog, never in its title.
        self.setWindowTitle(self.tr("Session note"))
        self.autosaver = Autosaver(self._save_now, monotonic=ctx.monotonic, parent=self)

        self.title = heading(self.tr("Session note"), 1, self)
        self.subtitle = ToneLabel("", Tone.MUTED, self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = ToneLabel("", Tone.MUTED, self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.damaged_label = ToneLabel(
            self.tr(
                "This note is damaged and cannot be shown or changed. The session's facts "
                "are fine; a backup may hold an intact copy of the note."
            ),
            Tone.ERROR,
            self,
        )
        self.damaged_label.setWordWrap(True)
        self.damaged_label.hide()

        # --- the facts -------------------------------------------------------------------------
        self.facts = FactsPanel(self)

        # --- the writing -----------------------------------------------------------------------
        self.template_box = QComboBox(self)
        self.template_box.setAccessibleName(self.tr("Template"))
        self.template_box.activated.connect(self._on_template_chosen)
        template_label = QLabel(self.tr("&Template:"), self)
        template_label.setBuddy(self.template_box)
        self.templates_button = QPushButton(self.tr("Edit &templates…"), self)
        self.templates_button.clicked.connect(self._on_edit_templates)
        self.template_row = QWidget(self)
        template_layout = QHBoxLayout(self.template_row)
        template_layout.setContentsMargins(0, 0, 0, 0)
        template_layout.addWidget(template_label)
        template_layout.addWidget(self.template_box, 1)
        template_layout.addWidget(self.templates_button)

        self.themes_edit = QLineEdit(self)
        self.themes_edit.setPlaceholderText(self.tr("Themes, separated by commas"))
        self.themes_edit.setAccessibleName(self.tr("Themes"))
        self.themes_edit.textEdited.connect(self._on_body_edited)
        themes_label = QLabel(self.tr("T&hemes:"), self)
        themes_label.setBuddy(self.themes_edit)
        themes_row = QHBoxLayout()
        themes_row.addWidget(themes_label)
        themes_row.addWidget(self.themes_edit, 1)

        self.sections_box = QVBoxLayout()
        self.sections_box.setSpacing(2)
        self.section_editors: list[SectionEditor] = []
        self.group_addenda = AddendaList(self)
        self.group_addendum_button = QPushButton(
            self.tr("Add an &addendum to the group note…"), self
        )
        self.group_addendum_button.clicked.connect(self._on_group_addendum)
        self.entries_box = QVBoxLayout()
        self.entries_box.setSpacing(0)
        self.entries: dict[int, MemberEntry] = {}
        self.no_members_label = ToneLabel(
            self.tr("Nobody was present: there are no progress entries."), Tone.MUTED, self
        )

        writing = QWidget(self)
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(8, 0, 8, 0)
        writing_layout.setSpacing(6)
        writing_layout.addWidget(self.template_row)
        writing_layout.addLayout(themes_row)
        writing_layout.addWidget(caption(self.tr("The group"), self))
        writing_layout.addLayout(self.sections_box)
        writing_layout.addWidget(self.group_addenda)
        group_buttons = QHBoxLayout()
        group_buttons.addStretch(1)
        group_buttons.addWidget(self.group_addendum_button)
        writing_layout.addLayout(group_buttons)
        writing_layout.addSpacing(8)
        writing_layout.addWidget(caption(self.tr("Each member present"), self))
        writing_layout.addWidget(self.no_members_label)
        writing_layout.addLayout(self.entries_box)
        writing_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scrolling(self.facts, self))
        splitter.addWidget(scrolling(writing, self))
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 700])

        # --- actions ---------------------------------------------------------------------------
        self.print_button = QPushButton(self.tr("&Copy for a member…"), self)
        self.print_button.setToolTip(
            self.tr("A member's progress entry as a PDF, the others reduced to initials")
        )
        self.print_button.clicked.connect(self._on_member_copy)
        self.sign_button = QPushButton(self.tr("&Sign…"), self)
        self.sign_button.setToolTip(self.tr("Signed, the note no longer changes"))
        self.sign_button.clicked.connect(self._on_sign)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.close_button)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.damaged_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_now)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_member_copy)
        self.resize(1100, 720)

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> bool:
        """Read the note again; False (with the reason in a message) when it cannot open."""
        try:
            view = self.ctx.workspace.session_notes.open(self.session_id)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        self.show_view(view)
        self.across_lock.take_back()
        return True

    def show_view(self, view: SessionNoteView) -> None:
        self.view = view
        self._filling = True
        facts = view.facts
        self.subtitle.setText(f"{facts.group_name} · {words.when(facts)}")
        self.facts.show_facts(facts)
        self._fill_templates(view)
        self.themes_edit.setText(", ".join(view.body.themes))
        self.themes_edit.setReadOnly(view.read_only)
        self._show_sections(view.body, view)
        self.group_addenda.show_addenda(tuple(a for a in view.addenda if a.member_id is None))
        self._show_entries(view)
        self._filling = False
        self._body_dirty = False
        self._dirty.clear()
        self._template_pending = None
        self.autosaver.forget()
        self.damaged_label.setVisible(view.damaged)
        self.template_row.setVisible(not view.read_only)
        self.sign_button.setVisible(not view.read_only)
        self.group_addendum_button.setVisible(view.signed and not view.damaged)
        self._show_state()

    def _fill_templates(self, view: SessionNoteView) -> None:
        self.template_box.clear()
        if view.read_only:
            return
        try:
            templates = self.ctx.workspace.note_templates.list()
        except FacilitatorError:
            templates = [view.template]
        for template in templates:
            self.template_box.addItem(shown(template.name), template.id)
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(view.template.id)))

    def _show_sections(self, body: NoteBody, view: SessionNoteView) -> None:
        for editor in self.section_editors:
            self.sections_box.removeWidget(editor)
            editor.deleteLater()
        self.section_editors = []
        sections = body.sections or (() if view.read_only else (Section(view.template.titles[0]),))
        for section in sections:
            editor = SectionEditor(section.title, view.template.guidance_for(section.title), self)
            editor.editor.setPlainText(section.text)
            editor.editor.document().clearUndoRedoStacks()
            editor.editor.setReadOnly(view.read_only)
            editor.editor.textChanged.connect(self._on_body_edited)
            self.sections_box.addWidget(editor)
            self.section_editors.append(editor)
        self._chain_tab_order()

    def _show_entries(self, view: SessionNoteView) -> None:
        for entry in self.entries.values():
            self.entries_box.removeWidget(entry)
            entry.deleteLater()
        self.entries = {}
        facts = view.facts
        # Everyone present, then anyone else the facilitator wrote lines about.
        ids = [m.member_id for m in facts.members]
        ids += [m for m in (*view.entries, *view.damaged_entries) if m not in ids]
        for member_id in ids:
            entry = MemberEntry(member_id, facts.alias(member_id), self)
            entry.show_entry(
                facts.member(member_id),
                view.entry(member_id),
                tuple(a for a in view.addenda if a.member_id == member_id),
                read_only=view.read_only,
                signed=view.signed,
                damaged=member_id in view.damaged_entries,
            )
            entry.edited.connect(self._on_entry_edited)
            entry.addendumRequested.connect(self._on_member_addendum)
            self.entries_box.addWidget(entry)
            self.entries[member_id] = entry
        self.no_members_label.setVisible(not ids)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = [self.themes_edit]
        chain += [s.editor for s in self.section_editors]
        chain += [e.editor for e in self.entries.values()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- what is typed -------------------------------------------------------------------------

    def current_body(self) -> NoteBody:
        return NoteBody(
            tuple(Section(s.title, s.editor.toPlainText()) for s in self.section_editors),
            split_themes(self.themes_edit.text()),
        )

    @Slot()
    def _on_body_edited(self) -> None:
        if self._filling or self.view is None or self.view.read_only:
            return
        self._body_dirty = True
        self.autosaver.changed()
        self._show_state()

    @Slot(int)
    def _on_entry_edited(self, member_id: int) -> None:
        if self._filling or self.view is None or self.view.read_only:
            return
        self._dirty.add(member_id)
        self.autosaver.changed()
        self._show_state()

    @Slot(int)
    def _on_template_chosen(self, index: int) -> None:
        template_id = self.template_box.itemData(index)
        view = self.view
        if view is None or view.read_only or not isinstance(template_id, int):
            return
        if template_id == view.template.id:
            return
        try:
            template = self.ctx.workspace.note_templates.get(template_id)
        except FacilitatorError as exc:
            self._say(error_text(exc), Tone.ERROR)
            return
        body = lay_out(self.current_body(), template.titles)
        self.view = view = replace(view, template=template, body=body)
        self._filling = True
        self._show_sections(body, view)
        self._filling = False
        self._template_pending = template_id
        self._body_dirty = True
        self.autosaver.changed()
        self._show_state()

    @Slot()
    def save_now(self) -> bool:
        return self.autosaver.flush()

    def _save_now(self) -> bool:
        """The Autosaver's save: what changed, sealed, in one transaction."""
        if not (self._body_dirty or self._dirty or self._template_pending is not None):
            return True
        entries = {m: self.entries[m].text() for m in self._dirty if m in self.entries}
        try:
            self.ctx.workspace.session_notes.save(
                self.session_id,
                body=self.current_body() if self._body_dirty else None,
                entries=entries,
                template_id=self._template_pending,
            )
        except FacilitatorError as exc:
            self._say(self.tr("Not saved: {why}").format(why=error_text(exc)), Tone.ERROR)
            return False
        self._body_dirty = False
        self._dirty.clear()
        self._template_pending = None
        self._say(
            self.tr("Saved {time}").format(time=formatting.local_time(self.ctx.now())),
            Tone.MUTED,
        )
        emit(self.changed, self.session_id)
        return True

    def _show_state(self) -> None:
        view = self.view
        if view is None:
            return
        if view.signed and view.signed_at is not None:
            signed = to_local(view.signed_at)
            self._say(
                self.tr("Signed {date}, {time}: read-only").format(
                    date=formatting.short_date(signed), time=formatting.short_time(signed)
                ),
                Tone.MUTED,
            )
        elif self.autosaver.pending:
            self._say(self.tr("Saving…"), Tone.MUTED)
        elif view.note_id is None:
            self._say(self.tr("Not written yet"), Tone.MUTED)

    def _say(self, text: str, tone: Tone) -> None:
        self.state_label.setText(text)
        self.state_label.set_tone(tone)

    # --- signing and addenda -------------------------------------------------------------------

    @Slot()
    def _on_sign(self) -> None:
        if self.view is None or self.view.read_only:
            return
        if not confirm(
            self,
            self.tr("Sign the session note"),
            self.tr("Sign this session note?"),
            self.tr(
                "Signed, it can no longer change, as in a clinical record. What you add "
                "later is a dated addendum under it."
            ),
            self.tr("&Sign"),
        ):
            return
        if not self.autosaver.flush():
            return  # the reason is shown; nothing is signed unsaved
        try:
            self.ctx.workspace.session_notes.sign(self.session_id)
        except FacilitatorError as exc:
            self._say(error_text(exc), Tone.ERROR)
            return
        emit(self.changed, self.session_id)
        self.load()

    @Slot()
    def _on_group_addendum(self) -> None:
        self._ask_addendum(None, self.tr("An addendum to the group note."))

    @Slot(int)
    def _on_member_addendum(self, member_id: int) -> None:
        alias = self.view.facts.alias(member_id) if self.view else "?"
        self._ask_addendum(
            member_id, self.tr("An addendum to {name}'s progress entry.").format(name=alias)
        )

    def _ask_addendum(self, member_id: int | None, about: str) -> None:
        def save(text: str) -> None:
            self.ctx.workspace.session_notes.add_addendum(self.session_id, text, member_id)

        dialog = AddendumDialog(about, save, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_addendum_added)
        self.addendum_dialog = dialog
        dialog.open()

    @Slot()
    def _on_addendum_added(self) -> None:
        emit(self.changed, self.session_id)
        self.load()

    # --- a member's copy and the templates -----------------------------------------------------

    @Slot()
    def _on_member_copy(self) -> None:
        from facilitator_desktop.ui.session_note.member_copy import MemberCopyDialog

        if self.view is None or not self.autosaver.flush():
            return
        dialog = MemberCopyDialog(self.ctx, self.view.facts.group_id, self, self.session_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.copy_dialog = dialog
        dialog.open()

    @Slot()
    def _on_edit_templates(self) -> None:
        from facilitator_desktop.ui.session_note.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_templates_edited)
        self.templates_dialog = dialog
        dialog.open()

    @Slot()
    def _on_templates_edited(self) -> None:
        if self.view is not None and not self.view.read_only:
            current = self.template_box.currentData()
            self._fill_templates(self.view)
            index = self.template_box.findData(current)
            self.template_box.setCurrentIndex(max(0, index))

    # --- closing and locking -------------------------------------------------------------------

    @property
    def holds_text(self) -> bool:
        return bool(self.across_lock)

    def done(self, result: int) -> None:
        """Closing saves first. What the disk refuses is sealed and held in memory (also on
        a lock, when the key is still there) and comes back when the note opens again."""
        if not self.autosaver.flush():
            self.across_lock.hold()
        self.autosaver.forget()
        self.across_lock.forget_text()
        super().done(result)
        if self.across_lock:
            QTimer.singleShot(0, self.across_lock.tell)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

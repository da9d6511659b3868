"""What the sync engine's names mean to a facilitator: a record's kind and field, a laptop,
why a change from another laptop was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from facilitator_desktop.ui.sharing.card_box import grouped_fingerprint


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingWords", text)


def record_words(table: str) -> str:
    words = {
        "groups": _tr("The group"),
        "members": _tr("A member"),
        "rule_sets": _tr("The ground rules"),
        "acknowledgements": _tr("A signed ground rule"),
        "sessions": _tr("A session"),
        "session_events": _tr("A session's timeline"),
        "attendance": _tr("Attendance"),
        "turns": _tr("A turn"),
        "checkin_scores": _tr("A check-in score"),
        "session_notes": _tr("A session note"),
        "note_addenda": _tr("A session note's addendum"),
        "notes": _tr("A note for co-facilitators"),
    }
    return words.get(table, table)


def field_words(field: str) -> str:
    words = {
        "name": _tr("name"),
        "description": _tr("description"),
        "alias": _tr("first name"),
        "full_name": _tr("full name"),
        "contact": _tr("contact"),
        "remarks": _tr("private remarks"),
        "seat": _tr("seat"),
        "joined_on": _tr("joined on"),
        "left_on": _tr("left on"),
        "status": _tr("status"),
        "body": _tr("text"),
        "score": _tr("score"),
        "follow_up": _tr("follow-up"),
        "due_on": _tr("due date"),
        "done_at": _tr("follow-up done"),
        "cards": _tr("rule cards"),
        "agenda": _tr("agenda"),
        "weekday": _tr("weekday"),
        "start_time": _tr("start time"),
        "checkin_question": _tr("check-in question"),
        "entries": _tr("progress entries"),
        "members": _tr("members it is about"),
    }
    return words.get(field, field.replace("_", " "))


def reason_words(reason: str) -> str:
    """Why another laptop's change was refused (nothing of it was used)."""
    words = {
        "gap": _tr("Changes are missing before it (the server held some back); it waits."),
        "replay": _tr("A change sent again: refused (the server replayed it)."),
        "signature": _tr("Not signed by the laptop it claims: refused as forged."),
        "sealed": _tr("Altered or not sealed with the group's key: refused."),
        "malformed": _tr("Damaged or unreadable: refused."),
        "removed": _tr("Written after that laptop was removed from the group: refused."),
        "epoch": _tr("Sealed with a group key that is no longer in use: refused."),
        "key": _tr("A group key from a laptop not trusted for this group: refused."),
        "diverged": _tr("The server's copy of this laptop's changes differs: not trusted."),
        "unknown": _tr("From a laptop not in the group: not read."),
        "unusable": _tr("Could not be applied here: kept out, everything else applied."),
    }
    return words.get(reason, _tr("Refused ({reason}).").format(reason=reason))


def laptop_words(device_fingerprint: str, state: str) -> str:
    laptop = _tr("Laptop {fingerprint}").format(
        fingerprint=grouped_fingerprint(device_fingerprint)[:14]
    )
    states = {
        "self": _tr("{laptop} (this laptop)"),
        "trusted": _tr("{laptop} (compared safety number)"),
        "introduced": _tr("{laptop} (added by a co-facilitator)"),
        "removed": _tr("{laptop} (removed)"),
    }
    return states.get(state, "{laptop}").format(laptop=laptop)


def short_device(device_id: str) -> str:
    """A laptop as the server names it (problems list): its id's first digits."""
    return _tr("Laptop {id}").format(id=device_id[:8].upper())


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """A tree's top-level rows, in order."""
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]

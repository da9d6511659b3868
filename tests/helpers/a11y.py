"""An accessibility audit of a shown window, as a screen reader and a keyboard meet it.

    problems = audit(window)          # [] when the window passes
    assert not problems, report(problems)

What fails, each said as a `Problem` naming the object by its path of classes and names:

* ``unnamed``: an interactive object (button, box, field, list, tab) whose accessible name
  is empty, so a screen reader says only its role.
* ``unnamed-container``: something else that takes Tab focus (a scroll area, a page, a tab
  widget, a line edit's clear button) without a name: the reader lands on "blank".
* ``painted-without-text``: a widget that paints its own content (a chart, a bar) with no
  accessible name, description or value: nothing of what it shows reaches the reader.
* ``unreachable``: an interactive object, shown and enabled, that Tab never reaches.
* ``tab-trap``: Tab stays put (a table's Tab moving between its cells) or circles among a
  few objects without coming back to where it started.

Tab is pressed for real (QTest.keyClick on the focus), so what the walk finds is what a
keyboard user meets, with every event filter and shortcut of the app in the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

Role = QAccessible.Role
Text = QAccessible.Text

#: Roles a user acts on: each needs a name a screen reader can say.
INTERACTIVE_ROLES = frozenset(
    {
        Role.Button,
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.Table,
        Role.Tree,
        Role.PageTab,
        Role.Link,
        Role.ButtonMenu,
        Role.ButtonDropDown,
    }
)

#: Widgets a keyboard user must be able to reach with Tab when shown and enabled.
INTERACTIVE_WIDGETS: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    where: str
    detail: str = ""

    def __str__(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.kind}: {self.where}{extra}"


def report(problems: list[Problem]) -> str:
    return "\n".join(str(p) for p in problems)


def describe(widget: QWidget) -> str:
    """The widget's path from its window: class names, with object names or texts."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        label = type(current).__name__
        name = current.objectName() or _short(current.accessibleName())
        if not name and isinstance(current, QAbstractButton):
            name = _short(current.text())
        parts.append(f"{label}[{name}]" if name else label)
        if current.isWindow():
            break
        current = current.parentWidget()
    return " > ".join(reversed(parts[:4]))


def _short(text: str) -> str:
    text = text.replace("&", "").replace("\n", " ")
    return text if len(text) <= 30 else text[:29] + "…"


# --- the accessible tree ---------------------------------------------------------------------


def accessible(widget: QWidget) -> QAccessibleInterface:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid(), f"no accessible interface for {widget!r}"
    return face


def walk(face: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    """`face` and every shown object below it (item views' cells are left out: their
    names are the model's data, checked by each view's own tests)."""
    if face.state().invisible:
        return
    yield face
    if depth > 60 or face.role() in (Role.Table, Role.List, Role.Tree):
        return
    for index in range(face.childCount()):
        child = face.child(index)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def name_of(face: QAccessibleInterface) -> str:
    return face.text(Text.Name).strip()


def says_something(face: QAccessibleInterface) -> bool:
    texts = (face.text(Text.Name), face.text(Text.Description), face.text(Text.Value))
    return any(t.strip() for t in texts)


def _widget(face: QAccessibleInterface) -> QWidget | None:
    target = face.object()
    return target if isinstance(target, QWidget) else None


def _where(face: QAccessibleInterface) -> str:
    widget = _widget(face)
    if widget is not None:
        return describe(widget)
    parent = face.parent()
    owner = _widget(parent) if parent is not None else None
    role = face.role().name
    return f"{describe(owner)} > {role}" if owner is not None else role


def unnamed_interactive(window: QWidget) -> list[Problem]:
    problems = []
    for face in walk(accessible(window)):
        if face.role() in INTERACTIVE_ROLES and not name_of(face):
            problems.append(Problem("unnamed", _where(face), face.role().name))
    return problems


def paints_itself(widget: QWidget) -> bool:
    """True when a class of ours (not Qt's) draws the widget's content."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith(("PySide6", "shiboken6", "builtins")):
            return False
        if "paintEvent" in vars(cls):
            return True
    return False


def _shown_children(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisibleTo(widget)
    ]


def painted_without_text(window: QWidget) -> list[Problem]:
    """Self-painted widgets that hold no shown child of their own (what they show is their
    painting alone) and say nothing to assistive technology."""
    problems = []
    for widget in _shown_widgets(window):
        if not paints_itself(widget) or _shown_children(widget):
            continue
        if not says_something(accessible(widget)):
            problems.append(Problem("painted-without-text", describe(widget)))
    return problems


def unnamed_focusable(window: QWidget) -> list[Problem]:
    """Anything that takes Tab focus without a name (interactive roles are reported by
    `unnamed_interactive`; this catches the containers)."""
    problems = []
    for widget in tab_focusable(window):
        face = accessible(widget)
        if face.role() in INTERACTIVE_ROLES:
            continue
        if not name_of(face):
            problems.append(Problem("unnamed-container", describe(widget), face.role().name))
    return problems


# --- the keyboard ------------------------------------------------------------------------------


def _shown_widgets(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.window() is window and widget.isVisibleTo(window):
            yield widget


def _usable(widget: QWidget, window: QWidget) -> bool:
    return widget.isEnabled() and widget.isVisibleTo(window) and widget.focusProxy() is None


def tab_focusable(window: QWidget) -> list[QWidget]:
    """Shown, enabled widgets whose focus policy takes Tab."""
    return [
        w
        for w in _shown_widgets(window)
        if _usable(w, window) and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ]


def should_be_reachable(window: QWidget) -> list[QWidget]:
    """What a keyboard user must reach: every shown, enabled control (scroll bars and a tab
    bar's scroll arrows have their own keys), and everything that takes Tab focus."""
    wanted = []
    for widget in _shown_widgets(window):
        if not _usable(widget, window) or isinstance(widget, QScrollBar | QHeaderView):
            continue  # scroll bars and a table's headers belong to their view's keys
        parent = widget.parentWidget()
        if isinstance(parent, QTabBar | QAbstractScrollArea) and parent.focusPolicy() != (
            Qt.FocusPolicy.NoFocus
        ):
            continue  # a tab bar's arrows, an editor open inside a view
        if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
            continue  # a line edit's clear button: the edit's own Esc/keys clear it
        if isinstance(widget, INTERACTIVE_WIDGETS) or widget.focusPolicy() & (
            Qt.FocusPolicy.TabFocus
        ):
            wanted.append(widget)
    return wanted


def tab_walk(window: QWidget, start: QWidget | None = None) -> tuple[list[QWidget], list[Problem]]:
    """Press Tab from `start` (default: the first Tab stop) until the focus is back where
    it started; returns the stops in order and any trap met on the way."""
    stops = tab_focusable(window)
    if len(stops) < 2:
        return stops, []  # one stop: Tab has nowhere else to go
    first = start or stops[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    origin = QApplication.focusWidget()
    if origin is None:
        return [], [Problem("tab-trap", describe(first), "it does not take the focus")]
    seen: list[QWidget] = [origin]
    stays: dict[QWidget, int] = {}
    for _ in range(4 * len(stops) + 8):
        before = QApplication.focusWidget()
        assert before is not None
        QTest.keyClick(before, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        if after is None or after.window() is not window:
            where = describe(before)
            return seen, [Problem("tab-trap", where, "Tab takes the focus out of the window")]
        if after is before:
            stays[after] = stays.get(after, 0) + 1
            if stays[after] > _allowed_stays(after):
                return seen, [Problem("tab-trap", describe(before), "Tab does not move the focus")]
            continue
        if after is origin:
            return seen, []
        if after in seen:
            loop = seen[seen.index(after) :]
            return seen, [Problem("tab-trap", describe(after), f"Tab circles {len(loop)} stops")]
        seen.append(after)
    return seen, [Problem("tab-trap", describe(seen[-1]), "Tab never comes back")]


def _allowed_stays(widget: QWidget) -> int:
    """Tabs a widget may keep before Tab leaves it: a date or time field steps through its
    sections first (day, month, year), as every platform's date field does; nothing else."""
    if isinstance(widget, QDateTimeEdit):
        return widget.sectionCount()
    return 0


def _reached_by_group(widget: QWidget, reached: set[QWidget]) -> bool:
    """An unchecked radio of an exclusive group is reached through the group: Tab stops on
    its checked radio and the arrow keys move the choice (Qt takes Tab focus off the others)."""
    if not isinstance(widget, QRadioButton) or not widget.autoExclusive():
        return False
    group = widget.group()
    if group is not None:
        siblings = list(group.buttons())
    else:
        parent = widget.parentWidget()
        siblings = parent.findChildren(QRadioButton) if parent is not None else []
    return any(s in reached for s in siblings)


def keyboard_problems(window: QWidget) -> list[Problem]:
    seen, problems = tab_walk(window)
    reached = set(seen)
    for widget in should_be_reachable(window):
        if widget not in reached and not _reached_by_group(widget, reached):
            problems.append(Problem("unreachable", describe(widget), _policy(widget)))
    return problems


def _policy(widget: QWidget) -> str:
    return f"focus policy {widget.focusPolicy().name}"


def audit(window: QWidget, *, keyboard: bool = True) -> list[Problem]:
    """Every problem above, for a window that is shown (and active, for the keyboard)."""
    QApplication.processEvents()
    problems = unnamed_interactive(window)
    problems += unnamed_focusable(window)
    problems += painted_without_text(window)
    if keyboard:
        problems += keyboard_problems(window)
    return problems

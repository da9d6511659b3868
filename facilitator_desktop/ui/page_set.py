"""The main window's pages, built when they are first wanted.

Unlocking loads what the first page shows, and nothing else, before the window paints: the
page the window opens on is built first (`build`), the others right after the first paint
(`build_all`). Looking any page up by its key builds every page still missing, so pages
that reach each other through the context (a note opened from Follow-ups, a handout asked
for on the Session page) always find each other. Until then the navigation only needs each
page's key and title, which the classes give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from facilitator_desktop.ui.page import Page


class PageSet(Mapping[str, Page]):
    def __init__(self, classes: Sequence[type[Page]], make: Callable[[type[Page]], Page]) -> None:
        self._classes = {page_class.key: page_class for page_class in classes}
        self._make = make
        self._built: dict[str, Page] = {}

    # --- Mapping: every page, built when looked up --------------------------------------------

    def __getitem__(self, key: str) -> Page:
        if key not in self._classes:
            raise KeyError(key)
        self.build_all()
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def __contains__(self, key: object) -> bool:
        return key in self._classes

    # --- building ------------------------------------------------------------------------------

    def classes(self) -> list[type[Page]]:
        return list(self._classes.values())

    def build(self, key: str) -> Page:
        """The page `key` alone (built now unless it was)."""
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._make(self._classes[key])
        return page

    def build_all(self) -> None:
        for key in self._classes:
            self.build(key)

    @property
    def complete(self) -> bool:
        return len(self._built) == len(self._classes)

    def built(self) -> list[Page]:
        """The pages built so far, in navigation order: only they hold anything to save or
        to drop on lock."""
        return [self._built[key] for key in self._classes if key in self._built]

    def page_class(self, key: str) -> type[Page] | None:
        return self._classes.get(key)

    def built_page(self, key: str) -> Page | None:
        """The page `key` if it is built, without building anything."""
        return self._built.get(key)

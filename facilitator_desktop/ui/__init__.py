"""Qt screens. Only this package (and app.py) imports Qt."""

from facilitator_desktop.ui.feature_scan import answer_for_own_modules

# Before any screen is imported: PySide6 would read each one's source (see feature_scan).
answer_for_own_modules()

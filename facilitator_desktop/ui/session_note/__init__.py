"""The session note: the group narrative written once, a progress entry per member present,
signing and addenda, a member's copy, and the templates (see editor.py)."""

"""Outcome measures on screen: entering one from paper, a member's trajectory, the
instruments a facilitator defines, a member's scores as CSV, and the not-on-track lines of
Follow-ups."""

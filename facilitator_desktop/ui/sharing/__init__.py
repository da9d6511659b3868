"""Sharing a group with a co-facilitator: Settings → Sharing, the status line, the note's
"For co-facilitators" box. Built on services.sharing (the flow) and services.sharing_runner
(the background sync); nothing here talks to the server itself but the connection test."""

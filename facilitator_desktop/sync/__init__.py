"""Sharing a group through the agency's PostgreSQL server: the only package that talks to a
network (tests/unit/test_import_rules.py confines psycopg and sockets here).

`server` speaks to PostgreSQL (a plain schema, no server-side code of ours); `protocol`
says what a change is on the wire and how one is checked before anything of it is used.
What to send and how to apply what arrives lives in services/sharing*.py.
"""

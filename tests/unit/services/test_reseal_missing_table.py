"""A copy made before some tables existed: its sealed columns in the tables it has are all
found for resealing, whichever table in the list it lacks."""

from __future__ import annotations

import sqlite3

from facilitator_desktop.services.reseal import SEALED_COLUMNS, present_columns, sqlite_run


def test_a_missing_table_does_not_hide_the_columns_listed_after_it() -> None:
    last = SEALED_COLUMNS[-1]
    assert SEALED_COLUMNS[0].table != last.table
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE {last.table} (id INTEGER PRIMARY KEY, rev INTEGER, {last.column})")
    assert present_columns(sqlite_run(conn)) == [
        c for c in SEALED_COLUMNS if c.table == last.table and c.column == last.column
    ]
    conn.close()

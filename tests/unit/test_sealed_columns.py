"""Every ciphertext column of the models is known to re-keying (SEALED_COLUMNS): a column
left out would become unreadable after a change of the data key."""

from __future__ import annotations

from facilitator_desktop import models
from facilitator_desktop.services.sealed_columns import SEALED_COLUMNS


def test_every_ciphertext_column_is_listed_and_nothing_else() -> None:
    in_models = {
        (table.name, column.name)
        for table in models.Base.metadata.sorted_tables
        for column in table.columns
        if column.name.endswith("_ct")
    }
    listed = {(c.table, c.column) for c in SEALED_COLUMNS}
    assert listed == in_models


def test_every_listed_table_has_a_revision_and_an_id() -> None:
    tables = {t.name: t for t in models.Base.metadata.sorted_tables}
    for sealed in SEALED_COLUMNS:
        names = {c.name for c in tables[sealed.table].columns}
        assert {"id", "rev", sealed.column} <= names, sealed

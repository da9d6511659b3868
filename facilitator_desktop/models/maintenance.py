from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.types import CheckedDateTime


class MaintenanceJob(Base):
    """Work that must finish even across a crash: re-keying backups after the data key
    changed, erasing a member from every backup. Written in the same transaction as the
    change that needs it and deleted when done; an unlock finishes what a crash left.

    `payload_ct` is sealed with the data key (it may hold an old key or the words to
    redact); `rev` is bound into its AAD like every sealed row.
    """

    __tablename__ = "maintenance_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    rev: Mapped[int] = mapped_column(Integer, default=0)
    payload_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)


class SealedSetting(Base):
    """A workspace preference that may name people (the handout welcome line): sealed."""

    __tablename__ = "sealed_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    rev: Mapped[int] = mapped_column(Integer, default=0)
    value_ct: Mapped[bytes | None] = mapped_column(LargeBinary)

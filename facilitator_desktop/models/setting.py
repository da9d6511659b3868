from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_desktop.models.base import Base


class Setting(Base):
    """Workspace preferences that are not private (auto-lock minutes, display privacy...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

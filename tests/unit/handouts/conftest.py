"""Fixtures for the handout tests: deterministic PDFs and text extraction with pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable

import pypdf
import pytest
from reportlab import rl_config


@pytest.fixture(autouse=True)
def _invariant_pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same input, same bytes: no timestamps or random ids in the PDFs of these tests."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _pages(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [_normalise(page.extract_text()) for page in reader.pages]


@pytest.fixture
def pdf_pages() -> Callable[[bytes], list[str]]:
    """The text of each page, whitespace collapsed to single spaces."""
    return _pages


@pytest.fixture
def pdf_text() -> Callable[[bytes], str]:
    """The text of the whole document, whitespace collapsed to single spaces."""
    return lambda pdf: " ".join(_pages(pdf))

"""Fixtures for knowledge-sync tests: real servers (subprocesses) and real cache files."""

from __future__ import annotations

from tests.support.server_proc import server_factory

__all__ = ["server_factory"]

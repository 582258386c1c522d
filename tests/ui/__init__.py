"""Tests of the desk's Qt shell (pytest-qt, offscreen)."""

"""Tests for Frontline: they mirror the source tree."""

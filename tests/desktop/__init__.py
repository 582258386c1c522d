"""Tests of the desk core (no Qt)."""

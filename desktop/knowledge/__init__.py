"""Frontline."""

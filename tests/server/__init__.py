"""Tests of the reference server, against real server processes."""

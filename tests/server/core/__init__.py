"""Tests of server/core: the event log, registry, snapshots, auth, limits, log safety."""

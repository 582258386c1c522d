"""The house: what every domain relies on and none owns.

Settings and the context, the event log (interface and its SQLite implementation, with
the live fan-out), visibility, snapshots, mutation and command dispatch through the
domains' registrations, sign-in sessions, limits and log safety. The core imports no
domain and no API module (an import-linter contract says so).
"""

"""Test helpers shared by server and desktop tests: real server processes and waiting."""

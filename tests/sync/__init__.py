"""The desk sync engine against the real server."""

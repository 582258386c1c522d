"""Inbound email: the SMTP listener, parsing every charset, sanitising, threading, loops,
attachments and the quarantine."""

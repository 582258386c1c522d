"""Presence: each agent's state (available, on a break, offline...), set by the agent with
``presence.set``, by work (busy, after-call work) and by the connection (away after the
grace period, back on reconnect). Registration in :mod:`.domain`."""

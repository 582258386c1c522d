"""Conversations: customers, their conversations and messages, and the queues and agents
that work them. Registration in :mod:`.domain`."""

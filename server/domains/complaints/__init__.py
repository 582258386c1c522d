"""Complaints: a record opened from a conversation and followed through new ->
investigating -> awaiting customer -> resolved -> closed, with escalation and follow-up
tasks that remind their assignee; replicated to the complaint's queue (and each task to
its assignee wherever they work)."""

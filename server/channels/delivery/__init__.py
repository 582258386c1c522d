"""Outbound delivery (issue 12): every agent reply on a channel that delivers (email, chat)
goes queued -> sent -> delivered | failed, retried with backoff; never lost silently."""

"""Routing and calls on the desk: the ringing offer, the call panel, after-call work,
callbacks, and the command runner they share."""

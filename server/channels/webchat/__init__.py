"""The customer-facing web chat (issue 12): ``GET /chat``, its own websocket with a
customer session token (never the agent protocol), typing, queue position, rating."""

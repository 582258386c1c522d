"""One module per domain of replicated entities; :mod:`protocol.entities` registers them."""

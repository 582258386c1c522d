"""Shift trades (swaps, giveaways, pick-ups) and time off, checked against the rules."""

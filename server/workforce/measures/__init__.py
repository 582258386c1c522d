"""Measures: presence history, adherence and conformance per day, the agent's KPIs."""

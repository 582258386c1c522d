"""The Team page: supervisors see every agent's presence."""

"""The My KPIs page: the agent's own figures against the centre's targets, with charts."""

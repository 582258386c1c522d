"""Schedules: shifts made of activities, published per week; the centre's policy."""

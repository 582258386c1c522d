"""Surveys (issue 10 part 6): CSAT, NPS and CES answers a customer gives after a contact,
carried by a signed token instead of a sign-in."""

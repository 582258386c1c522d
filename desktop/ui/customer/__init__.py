"""The Customers page (issue 10): find a customer, their profile, history, orders,
notes, promises and complaints."""

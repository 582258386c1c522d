"""Canned replies: shared ones supervisors import as files, personal ones agents save from
the desk; replicated to exactly the desks that may use them."""

"""Customers (issue 10): every handle a person reaches us by (identities), notes about
the person, the find-customer search terms and the record of merges. The ``customers``
table itself is the conversations domain's (every conversation joins it); this domain
names it through ``sa.table`` clauses, as domains never import each other."""

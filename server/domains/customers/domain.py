"""The customers domain's registration: the ``customer_note`` kind and find-customer.

The ``customer`` kind stays registered by the conversations domain, beside the table it
lives in: its visibility is the conversations' own rule and intake and CTI build it from
the row they just read. The ops that change a customer (``customer.note``,
``customer.update``) and the merge are registered by ``server.customer360``, which may
import both domains; this domain keeps the tables, the search terms and the rules.
"""

from __future__ import annotations

from protocol.kinds.customers import CustomerNoteData
from server.core.registry import Domain, KindRegistration
from server.domains.customers import router
from server.domains.customers import tables as t
from server.domains.customers.entities import note_from_row, visible_notes

DOMAIN = Domain(
    name="customers",
    kinds=(
        KindRegistration(CustomerNoteData, t.customer_notes, note_from_row, visible_notes, "queue"),
    ),
    routers=(router.router,),
)

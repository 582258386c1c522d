"""Commerce: the shop's orders, their items and refunds, fed by an import as a real
centre's shop would feed it, and read by agents who may see the customer."""

"""Demo data: the seed for an empty database and the multilingual content it draws on."""

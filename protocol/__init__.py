"""Wire format shared by the desk and the server: the one source of truth for frames."""

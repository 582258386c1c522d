"""Where customers come in: the intake (and its HTTP route) and the simulator; later the
email, web chat and telephony adapters."""

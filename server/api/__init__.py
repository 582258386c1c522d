"""The transport every domain shares: the desk websocket, sign-in routes and their
throttle, health. Domains' own REST routers live in their domains."""

"""Tests of server/api: the websocket, sign-in and logout, REST over real servers."""

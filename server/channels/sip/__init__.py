"""Phone over SIP (issue 12): the centre's number is a baresip endpoint driven over its
``ctrl_tcp`` interface; its events feed the call state machine through the CTI recording,
and agents' buttons reach the line through ``server.core.lines``. Also browser calls
(WebRTC through aiortc) from the chat page's "Call us" button."""

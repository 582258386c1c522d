"""Browser calls (issue 12): the chat page's "Call us" button places a WebRTC call that
aiortc answers on the server; the call enters the provider-neutral call state machine as
provider ``webrtc`` and rings an agent's desk like any phone call. See
``docs/telephony.md`` (browser calls)."""

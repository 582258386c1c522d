"""The open conversation: the shared current-conversation object, the conversation pane
(header, messages, reply box) and the context column beside it (facts, assist, scripts)."""

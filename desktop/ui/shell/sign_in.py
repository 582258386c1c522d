"""The sign-in dialog: server address, username, password.

The request runs through :class:`Ops` (never on the Qt thread's back), errors become a
sentence the agent can act on, and the password lives only in the line edit: it is cleared
after each attempt and never logged (the :class:`Session` hides its token from ``repr``).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.sync.auth import (
    ServerUnreachableError,
    Session,
    SignInError,
    TooManyAttemptsError,
)
from desktop.ui.shell.ops import Ops
from desktop.widgets.plain import PlainLabel

SignInFunc = Callable[[str, str, str], Coroutine[Any, Any, Session]]


class SignInDialog(QDialog):
    """Asks for credentials and signs in.

    Signals:
        signedIn(Session): the server accepted the credentials (the dialog then accepts).
    """

    signedIn = Signal(object)  # noqa: N815 - Qt naming

    def __init__(
        self,
        sign_in: SignInFunc,
        ops: Ops,
        *,
        server_url: str = "",
        username: str = "",
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signIn")
        self.setWindowTitle(self.tr("Sign in to Frontline"))
        self.setModal(True)
        self._sign_in = sign_in
        self.ops = ops
        self.session: Session | None = None
        self.server = QLineEdit(server_url)
        self.server.setObjectName("serverUrl")
        self.server.setAccessibleName(self.tr("Server"))
        self.server.setPlaceholderText("https://frontline.example.com")
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = PlainLabel(message)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(message))
        form = QFormLayout()
        form.addRow(PlainLabel(self.tr("Server")), self.server)
        form.addRow(PlainLabel(self.tr("Username")), self.username)
        form.addRow(PlainLabel(self.tr("Password")), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.buttons.accepted.connect(self.on_submit)
        self.buttons.rejected.connect(self.reject)
        for field in (self.server, self.username, self.password):
            field.textChanged.connect(self._on_edited)
        self._on_edited()
        (self.password if server_url and username else self.server).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def on_submit(self) -> None:
        server = self.server.text().strip().rstrip("/")
        username = self.username.text().strip()
        password = self.password.text()
        if not (server and username and password):
            return
        if "://" not in server:
            server = "http://" + server if server.startswith("127.") else "https://" + server
            self.server.setText(server)
        self._set_busy(busy=True)
        self.error.hide()
        self.fit_contents()
        self.ops.run(
            self._sign_in(server, username, password),
            what="sign in",
            on_done=self._on_signed_in,
            on_error=self._on_failed,
        )

    def _on_signed_in(self, session: Session) -> None:
        self.password.clear()
        self._set_busy(busy=False)
        self.session = session
        self.signedIn.emit(session)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.password.clear()
        self._set_busy(busy=False)
        self.error.setText(self.explain(error))
        self.error.show()
        self.fit_contents()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_contents(self) -> None:
        """Make the dialog tall enough for every field and the wrapped error at its width.

        A top-level window's minimum size comes from its layout's minimum, which does not
        know that a word-wrapped label needs more height the narrower it is; without this
        an error squeezed the fields until they were cut."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        needed = max(needed, layout.totalMinimumSize().height())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if self.height() != needed and (self.height() < needed or self.error.isHidden()):
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_contents()  # a message given at construction (a session that ended)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_contents()  # the error wraps anew at another width

    def explain(self, error: BaseException) -> str:
        """A sentence for ``error`` that says what to do next."""
        if isinstance(error, SignInError):
            return self.tr("Wrong username or password. Check them and try again.")
        if isinstance(error, TooManyAttemptsError):
            return self.tr("Too many sign-in attempts. Try again in {0} seconds.").format(
                error.retry_after
            )
        if isinstance(error, ServerUnreachableError):
            return self.tr(
                "Cannot reach the server ({0}). Check the address and your network."
            ).format(str(error))
        return self.tr("Sign-in failed: {0}").format(str(error) or type(error).__name__)

    def _set_busy(self, *, busy: bool) -> None:
        for field in (self.server, self.username, self.password):
            field.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _on_edited(self, _text: str = "") -> None:
        ready = all(f.text().strip() for f in (self.server, self.username, self.password))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

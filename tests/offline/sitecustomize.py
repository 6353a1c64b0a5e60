"""Network guard for test runs: every Python process started with this folder on
PYTHONPATH (pytest itself and the notebook kernels nbval starts) may only connect to
loopback addresses or Unix sockets. Any other connection raises before a packet is sent."""

import ipaddress
import socket

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


class NetworkBlocked(OSError):
    """Raised for a connection to anything but loopback during the tests."""


def _check(sock, address):
    if sock.family == getattr(socket, "AF_UNIX", None):
        return
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost",):
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise NetworkBlocked(f"network access blocked in tests: {host!r}")


def connect(self, address):
    _check(self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex

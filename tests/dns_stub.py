"""A DNS server on 127.0.0.1 for SMTPDESK_DNS (CONTRACT §3), in a thread.

It answers A records from a table and NXDOMAIN for every other name; `closed_dns_port()`
is a port where nothing answers at all (a computer without a network).
"""

from __future__ import annotations

import socket
import threading

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
from servers import free_port

# the names smtpdesk looks up to tell "offline" from "a wrong name" resolve here
INTERNET = {"a.root-servers.net": "198.41.0.4", "smtp.gmail.com": "142.250.102.108"}


class DnsStub:
    def __init__(self, records: dict[str, str]) -> None:
        self.records = {name.lower().rstrip(".") + ".": address
                        for name, address in records.items()}
        self.questions: list[str] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._stopping = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        """The value for SMTPDESK_DNS."""
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stopping:
            try:
                data, peer = self._sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            query = dns.message.from_wire(data)
            question = query.question[0]
            name = question.name.to_text().lower()
            self.questions.append(name.rstrip("."))
            response = dns.message.make_response(query)
            if name in self.records:
                if question.rdtype == dns.rdatatype.A:
                    response.answer.append(dns.rrset.from_text(
                        question.name, 60, "IN", "A", self.records[name]))
            else:
                response.set_rcode(dns.rcode.NXDOMAIN)
            self._sock.sendto(response.to_wire(), peer)

    def stop(self) -> None:
        self._stopping = True
        self._thread.join(2)
        self._sock.close()


def closed_dns_port() -> str:
    """An SMTPDESK_DNS value where no DNS server listens."""
    return f"127.0.0.1:{free_port()}"


@pytest.fixture
def dns_server(monkeypatch):
    """`dns_server(records, internet=True)` → a DnsStub that SMTPDESK_DNS points at; with
    `internet` it also knows the well-known names (the computer is online)."""
    started: list[DnsStub] = []

    def start(records: dict[str, str] | None = None, *, internet: bool = True) -> DnsStub:
        stub = DnsStub({**(INTERNET if internet else {}), **(records or {})})
        started.append(stub)
        monkeypatch.setenv("SMTPDESK_DNS", stub.address)
        return stub

    yield start
    for stub in started:
        stub.stop()

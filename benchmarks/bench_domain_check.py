"""How long does `check-domain` take against a local DNS server? (target: under 1 s a domain)

Serves test zones from the DNS server of the tests (tests/dns_stub.py, 127.0.0.1) and times
`check_domain()` for a good domain, a domain with an include chain near the 10-lookup limit,
and a domain with no records at all; next to it, one bare TXT look-up of the same server as
the baseline (what one round trip costs on this machine).

    .venv/bin/python benchmarks/bench_domain_check.py [--quick]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from dns_stub import DnsStub

from smtpdesk.core.domaincheck import check_domain
from smtpdesk.core.resolver import dns_resolver

TARGET_S = 1.0
SERVER, SERVER_IP = "smtp.host.test", "192.0.2.10"
KEY = "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1TaNgLlSyQMNWVLNLvyY"


def zones() -> dict:
    records = {
        SERVER: SERVER_IP,
        "good.test": {"TXT": f"v=spf1 ip4:{SERVER_IP} -all", "MX": "10 mx.good.test."},
        "mx.good.test": "192.0.2.25",
        "default._domainkey.good.test": {"TXT": KEY},
        "_dmarc.good.test": {"TXT": "v=DMARC1; p=reject"},
        "deep.test": {
            "TXT": " ".join(["v=spf1"] + [f"include:i{n}.deep.test" for n in range(9)] + ["-all"])
        },
        "empty.test": {},
    }
    for n in range(9):
        records[f"i{n}.deep.test"] = {"TXT": f"v=spf1 ip4:203.0.113.{n} -all"}
    records["i8.deep.test"] = {"TXT": f"v=spf1 ip4:{SERVER_IP} -all"}
    return records


async def timed(coro_factory, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await coro_factory()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def main(runs: int) -> int:
    stub = DnsStub(zones())
    os.environ["SMTPDESK_DNS"] = stub.address
    try:
        baseline = await timed(lambda: dns_resolver().resolve("good.test", "TXT"), runs)
        rows = []
        for domain in ("good.test", "deep.test", "empty.test"):
            seconds = await timed(lambda d=domain: check_domain(f"info@{d}", SERVER), runs)
            result = await check_domain(f"info@{domain}", SERVER)
            rows.append((domain, seconds, result.verdict))
    finally:
        stub.stop()
    print(f"{'domain':<12} {'median s':>9} {'× one look-up':>14}  verdict")
    print(f"{'(1 TXT)':<12} {baseline:>9.4f} {1.0:>14.1f}")
    worst = 0.0
    for domain, seconds, verdict in rows:
        worst = max(worst, seconds)
        print(f"{domain:<12} {seconds:>9.4f} {seconds / baseline:>14.1f}  {verdict}")
    print(
        f"worst {worst:.3f} s; target under {TARGET_S:.0f} s: "
        f"{'met' if worst < TARGET_S else 'NOT met'}"
    )
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(3 if "--quick" in sys.argv else 15)))

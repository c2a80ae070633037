"""The workers' shared TLS context."""

from __future__ import annotations

import ssl

from transmitsms_sim.workers.tls import tls_context


def test_one_verifying_context_is_shared() -> None:
    context = tls_context()
    assert context is tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.get_ca_certs() or context.cert_store_stats()["x509_ca"] > 0

"""The words for `check-domain`'s findings (smtpdesk.core.domaincheck): what was found and the
next step, for the CLI and the window alike (QtCore translation, like smtpdesk.texts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smtpdesk.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "DomainCheck"

# per code (and variant): the sentence with the next step; {domain} {server} {include} {add}
# {name} {record} {provider} {selectors} may appear
_HINTS = {
    "spf_ok": QT_TRANSLATE_NOOP(
        "DomainCheck", "The SPF record of {domain} allows the server to send its mail."
    ),
    "spf_missing": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "{domain} has no SPF record, so receivers cannot tell its mail from "
        "forgeries and often put it in spam. Ask whoever runs your domain's DNS to publish "
        "this TXT record at {name}: {record}",
    ),
    "spf_missing/no_server": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "{domain} has no SPF record, so receivers cannot tell its mail from "
        "forgeries and often put it in spam. Ask whoever runs your domain's DNS to publish "
        "one for the servers that send your mail.",
    ),
    "spf_invalid/several": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "{domain} has more than one SPF record, and receivers then ignore "
        "them all. Ask whoever runs your domain's DNS to merge them into one record.",
    ),
    "spf_invalid": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "The SPF record of {domain} cannot be used: it has a mistake or needs "
        "more than 10 DNS lookups. Ask whoever runs your domain's DNS to correct it (for "
        "example, with fewer include: entries).",
    ),
    "spf_not_authorizing/problem": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "The SPF record of {domain} does not allow {server} to send its mail: "
        "receivers will likely refuse your messages. Ask whoever runs your domain's DNS to "
        "add {add} to the SPF record.",
    ),
    "spf_not_authorizing/warning": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "The SPF record of {domain} does not allow {server} to send its mail: "
        "your messages may end up in spam. Ask whoever runs your domain's DNS to add {add} "
        "to the SPF record.",
    ),
    "dkim_ok": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "{domain} publishes a DKIM key (selector {selector}), so its mail can be signed.",
    ),
    "dkim_not_found": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "No DKIM key was found for {domain} (selectors tried: {selectors}). If "
        "your mail provider signs your mail, its help pages give the record: ask whoever runs "
        "your domain's DNS to publish it. Gmail and Yahoo expect it from bulk senders.",
    ),
    "dmarc_ok": QT_TRANSLATE_NOOP(
        "DomainCheck", "{domain} has a DMARC policy: receivers know what to do with forged mail."
    ),
    "dmarc_policy_none": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "The DMARC policy of {domain} is p=none: receivers only report forged "
        "mail. Nothing to do before sending; later, p=quarantine protects your name "
        "better.",
    ),
    "dmarc_missing": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "{domain} has no DMARC record; Gmail and Yahoo expect one from bulk "
        "senders. Ask whoever runs your domain's DNS to publish this TXT record at {name}: "
        "{record}",
    ),
    "dmarc_invalid": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "The DMARC record at {name} cannot be read, so receivers ignore it. "
        "Ask whoever runs your domain's DNS to replace it with this TXT record: {record}",
    ),
    "mx_missing": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "{domain} has no MX record, so replies to your messages cannot arrive. "
        "Ask whoever runs your domain's DNS to add one, or set a Reply-to address that "
        "receives mail.",
    ),
    "freemail_sender": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "{domain} is a free mailbox service ({provider}). Many messages from a "
        "free address often end in spam or are refused: send them from your organization's "
        "own domain.",
    ),
    "dns_failed": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "The DNS records could not be looked up, so nothing could be judged. "
        "Check that this computer is online, then check again.",
    ),
}

_VERDICTS = {
    "ok": QT_TRANSLATE_NOOP("DomainCheck", "Will it arrive? The sender's domain looks right."),
    "warning": QT_TRANSLATE_NOOP(
        "DomainCheck",
        "Will it arrive? Probably, but something in the sender's domain should be improved.",
    ),
    "problem": QT_TRANSLATE_NOOP(
        "DomainCheck", "Will it arrive? Maybe not: the sender's domain has a problem."
    ),
}

_SEVERITIES = {
    "ok": QT_TRANSLATE_NOOP("DomainCheck", "OK"),
    "info": QT_TRANSLATE_NOOP("DomainCheck", "Note"),
    "warning": QT_TRANSLATE_NOOP("DomainCheck", "Warning"),
    "problem": QT_TRANSLATE_NOOP("DomainCheck", "Problem"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _key(finding) -> str:
    code = finding.code
    if code == "spf_missing" and finding.fix is None:
        return "spf_missing/no_server"
    if code == "spf_invalid" and finding.params.get("reason") == "several":
        return "spf_invalid/several"
    if code == "spf_not_authorizing":
        return f"{code}/{'problem' if finding.severity == 'problem' else 'warning'}"
    return code


def hint(finding) -> str:
    """The finding's sentence with its next step, in the current language."""
    params = {
        "domain": "",
        "server": "",
        "include": "",
        "add": "",
        "name": "",
        "record": "",
        "provider": "",
        "selector": "",
        "selectors": "",
    }
    params.update({k: v for k, v in finding.params.items() if isinstance(v, str)})
    if finding.fix is not None:
        params["name"], params["record"] = finding.fix.name, finding.fix.value
    if finding.code == "spf_not_authorizing":
        params["add"] = (
            f"include:{params['include']}"
            if params["include"]
            else " ".join(
                ("ip6:" if ":" in a else "ip4:") + a
                for a in params.get("addresses", "").split(", ")
                if a
            )
        )
        if not params["server"]:
            params["server"] = params["include"]
    return _tr(_HINTS[_key(finding)]).format(**params)


def verdict_text(verdict: str) -> str:
    return _tr(_VERDICTS[verdict]) if verdict in _VERDICTS else ""


def severity_text(severity: str) -> str:
    return _tr(_SEVERITIES[severity])

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>Cli</name>
    <message>
        <source>Warning: the password is sent without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {name} stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password stored in the system keyring for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: smtpdesk profiles import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings found for {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again with --probe to ask the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the inbox of {to}: the test message should arrive in a minute. Your settings are ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server (for example smtp.gmail.com) and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port: usually 465 for SSL/TLS, 587 for STARTTLS, 25 without encryption. Your provider&apos;s help page lists the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} did not answer in time on port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or your network may block this port. Try port 587 (STARTTLS) or 465 (SSL/TLS), or ask your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption does not match port {port}: the server expects the other kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS for port 465 and STARTTLS for port 587, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS encryption on port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465. smtpdesk never falls back to sending without encryption on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed, from an unknown authority, or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your company&apos;s own server, ask IT whether it uses a self-signed certificate and turn on &quot;Allow self-signed certificate&quot;. Never do that for a public provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is different from the one you accepted before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Do not send until IT confirms the server&apos;s certificate was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid, but for another server name than {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server name your provider gives (the one in the certificate), not an alias or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires encryption before it accepts mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only sends mail for users who sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &quot;Server requires sign-in&quot; and enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no sign-in method smtpdesk can use on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most servers allow sign-in only over an encrypted connection: choose STARTTLS (587) or SSL/TLS (465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name ({user}) and the password. Gmail, Yahoo and Microsoft accounts with two-step verification need an app password instead of the normal one; Microsoft 365 may need sign-in with Microsoft (OAuth2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let this account send as {sender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the address that belongs to the account you sign in with, or ask your provider to allow this sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the test recipient {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, or send the test to another address of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make attachments smaller or send them as a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is refusing for now because too much was sent or too quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and try again later; lower the sending limits in the advanced settings to stay under the provider&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s reply below. If it does not help, copy the details and send them to your provider or IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

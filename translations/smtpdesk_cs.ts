<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>Cli</name>
    <message>
        <source>Warning: the password is sent without encryption.</source>
        <translation>Upozornění: heslo bude odesláno bez šifrování.</translation>
    </message>
    <message>
        <source>Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}</source>
        <translation>Certifikát pro {host}:{port} byl přijat a uložen jako důvěryhodný: SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>Odpověď serveru:</translation>
    </message>
    <message>
        <source>Profile {name} stored.</source>
        <translation>Profil {name} byl uložen.</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>Profil {name} byl smazán.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring for {name}.</source>
        <translation>Heslo pro {name} bylo uloženo do systémového úložiště hesel.</translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: smtpdesk profiles import FILE</source>
        <translation>Zatím tu nejsou žádné profily. Profil importujte příkazem: smtpdesk profiles import FILE</translation>
    </message>
    <message>
        <source>No settings found for {address}.</source>
        <translation>Pro {address} nebylo nalezeno žádné nastavení.</translation>
    </message>
    <message>
        <source>Try again with --probe to ask the network.</source>
        <translation>Zkuste to znovu s volbou --probe, která nastavení zjistí přes síť.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Přerušeno.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation>Server přijal testovací zprávu.</translation>
    </message>
    <message>
        <source>Check the inbox of {to}: the test message should arrive in a minute. Your settings are ready to use.</source>
        <translation>Zkontrolujte schránku {to}: testovací zpráva by měla dorazit zhruba do minuty. Nastavení je připraveno k použití.</translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation>Server {host} se nepodařilo najít.</translation>
    </message>
    <message>
        <source>Check the spelling of the server (for example smtp.gmail.com) and that this computer is online.</source>
        <translation>Zkontrolujte, zda je název serveru napsán správně (například smtp.gmail.com) a zda je tento počítač připojen k internetu.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}.</source>
        <translation>Na adrese {host} na portu {port} nic neodpovídá.</translation>
    </message>
    <message>
        <source>Check the port: usually 465 for SSL/TLS, 587 for STARTTLS, 25 without encryption. Your provider&apos;s help page lists the right one.</source>
        <translation>Zkontrolujte port: obvykle 465 pro SSL/TLS, 587 pro STARTTLS a 25 bez zabezpečení. Správný port najdete na stránkách nápovědy svého poskytovatele.</translation>
    </message>
    <message>
        <source>The server {host} did not answer in time on port {port}.</source>
        <translation>Server {host} na portu {port} neodpověděl včas.</translation>
    </message>
    <message>
        <source>A firewall or your network may block this port. Try port 587 (STARTTLS) or 465 (SSL/TLS), or ask your IT support.</source>
        <translation>Tento port může blokovat firewall nebo vaše síť. Zkuste port 587 (STARTTLS) nebo 465 (SSL/TLS), případně se obraťte na IT podporu.</translation>
    </message>
    <message>
        <source>The encryption does not match port {port}: the server expects the other kind.</source>
        <translation>Zabezpečení komunikace neodpovídá portu {port}: server očekává jiný druh zabezpečení.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS for port 465 and STARTTLS for port 587, then verify again.</source>
        <translation>Pro port 465 zvolte SSL/TLS a pro port 587 STARTTLS a potom nastavení znovu ověřte.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS encryption on port {port}.</source>
        <translation>Server na portu {port} nenabízí zabezpečení STARTTLS.</translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465. smtpdesk never falls back to sending without encryption on its own.</source>
        <translation>Zkuste SSL/TLS na portu 465. smtpdesk nikdy sám od sebe nepřejde na odesílání bez zabezpečení.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed, from an unknown authority, or expired).</source>
        <translation>Certifikát serveru není důvěryhodný (je podepsaný sám sebou, vydala ho neznámá certifikační autorita nebo mu vypršela platnost).</translation>
    </message>
    <message>
        <source>If this is your company&apos;s own server, ask IT whether it uses a self-signed certificate and turn on &quot;Allow self-signed certificate&quot;. Never do that for a public provider.</source>
        <translation>Pokud jde o vlastní server vaší firmy, zeptejte se IT podpory, zda používá certifikát podepsaný sám sebou, a zapněte „Povolit certifikát podepsaný sám sebou“. U veřejného poskytovatele to nikdy nedělejte.</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is different from the one you accepted before.</source>
        <translation>Upozornění: certifikát serveru se liší od toho, který jste přijali dříve.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Do not send until IT confirms the server&apos;s certificate was replaced.</source>
        <translation>Spojení může někdo odposlouchávat. Nic neodesílejte, dokud IT podpora nepotvrdí, že byl certifikát serveru vyměněn.</translation>
    </message>
    <message>
        <source>The certificate is valid, but for another server name than {host}.</source>
        <translation>Certifikát je platný, ale pro jiný název serveru než {host}.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives (the one in the certificate), not an alias or an IP address.</source>
        <translation>Použijte název serveru, který uvádí váš poskytovatel (ten z certifikátu), ne alias ani IP adresu.</translation>
    </message>
    <message>
        <source>The server requires encryption before it accepts mail.</source>
        <translation>Server vyžaduje zabezpečení komunikace, než přijme poštu.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Zvolte STARTTLS (port 587) nebo SSL/TLS (port 465).</translation>
    </message>
    <message>
        <source>The server only sends mail for users who sign in.</source>
        <translation>Server odesílá poštu pouze přihlášeným uživatelům.</translation>
    </message>
    <message>
        <source>Turn on &quot;Server requires sign-in&quot; and enter your user name and password.</source>
        <translation>Zapněte „SMTP server vyžaduje autentizaci“ a zadejte přihlašovací jméno a heslo.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method smtpdesk can use on this connection.</source>
        <translation>Server na tomto spojení nenabízí žádný způsob přihlášení, který by smtpdesk mohl použít.</translation>
    </message>
    <message>
        <source>Most servers allow sign-in only over an encrypted connection: choose STARTTLS (587) or SSL/TLS (465).</source>
        <translation>Většina serverů povoluje přihlášení jen přes zabezpečené spojení: zvolte STARTTLS (587) nebo SSL/TLS (465).</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Server odmítl přihlašovací jméno nebo heslo.</translation>
    </message>
    <message>
        <source>Check the user name ({user}) and the password. Gmail, Yahoo and Microsoft accounts with two-step verification need an app password instead of the normal one; Microsoft 365 may need sign-in with Microsoft (OAuth2).</source>
        <translation>Zkontrolujte přihlašovací jméno ({user}) a heslo. Účty Gmail, Yahoo a Microsoft s dvoufázovým ověřením vyžadují místo běžného hesla heslo aplikace; Microsoft 365 může vyžadovat přihlášení účtem Microsoft (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not let this account send as {sender}.</source>
        <translation>Server tomuto účtu nedovolí odesílat jako {sender}.</translation>
    </message>
    <message>
        <source>Use the address that belongs to the account you sign in with, or ask your provider to allow this sender address.</source>
        <translation>Použijte adresu, která patří k účtu, kterým se přihlašujete, nebo požádejte poskytovatele, aby tuto adresu odesílatele povolil.</translation>
    </message>
    <message>
        <source>The server refused the test recipient {to}.</source>
        <translation>Server odmítl testovacího příjemce {to}.</translation>
    </message>
    <message>
        <source>Check the address, or send the test to another address of yours.</source>
        <translation>Zkontrolujte adresu, nebo pošlete testovací zprávu na jinou svou adresu.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>Zpráva je větší, než server přijímá.</translation>
    </message>
    <message>
        <source>Make attachments smaller or send them as a link.</source>
        <translation>Zmenšete přílohy, nebo je pošlete jako odkaz.</translation>
    </message>
    <message>
        <source>The server is refusing for now because too much was sent or too quickly.</source>
        <translation>Server teď zprávy dočasně odmítá, protože jich bylo odesláno příliš mnoho nebo příliš rychle.</translation>
    </message>
    <message>
        <source>Wait and try again later; lower the sending limits in the advanced settings to stay under the provider&apos;s limit.</source>
        <translation>Počkejte a zkuste to později znovu; v rozšířených nastaveních snižte limity odesílání, abyste nepřekračovali limit poskytovatele.</translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation>Server ohlásil problém.</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply below. If it does not help, copy the details and send them to your provider or IT support.</source>
        <translation>Přečtěte si odpověď serveru níže. Pokud to nepomůže, zkopírujte podrobnosti a pošlete je svému poskytovateli nebo IT podpoře.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Zabezpečení</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Pozdrav</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Odesílatel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
</context>
</TS>

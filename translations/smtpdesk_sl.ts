<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>Cli</name>
    <message>
        <source>Warning: the password is sent without encryption.</source>
        <translation>Opozorilo: geslo bo poslano brez šifriranja.</translation>
    </message>
    <message>
        <source>Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}</source>
        <translation>Certifikat za {host}:{port} je sprejet in shranjen kot zaupanja vreden: SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>Odgovor strežnika:</translation>
    </message>
    <message>
        <source>Profile {name} stored.</source>
        <translation>Profil {name} je shranjen.</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>Profil {name} je izbrisan.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring for {name}.</source>
        <translation>Geslo za {name} je shranjeno v sistemski shrambi gesel.</translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: smtpdesk profiles import FILE</source>
        <translation>Ni še nobenega profila. Uvozite ga z ukazom: smtpdesk profiles import FILE</translation>
    </message>
    <message>
        <source>No settings found for {address}.</source>
        <translation>Za {address} ni bilo mogoče najti nastavitev.</translation>
    </message>
    <message>
        <source>Try again with --probe to ask the network.</source>
        <translation>Poskusite znova z možnostjo --probe, ki nastavitve poišče prek omrežja.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Prekinjeno.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation>Strežnik je sprejel testno sporočilo.</translation>
    </message>
    <message>
        <source>Check the inbox of {to}: the test message should arrive in a minute. Your settings are ready to use.</source>
        <translation>Preverite nabiralnik {to}: testno sporočilo bi moralo prispeti v približno minuti. Nastavitve so pripravljene za uporabo.</translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation>Strežnika z imenom {host} ni bilo mogoče najti.</translation>
    </message>
    <message>
        <source>Check the spelling of the server (for example smtp.gmail.com) and that this computer is online.</source>
        <translation>Preverite, ali je ime strežnika pravilno zapisano (na primer smtp.gmail.com) in ali je računalnik povezan z internetom.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}.</source>
        <translation>Na naslovu {host} se na portu {port} nič ne odziva.</translation>
    </message>
    <message>
        <source>Check the port: usually 465 for SSL/TLS, 587 for STARTTLS, 25 without encryption. Your provider&apos;s help page lists the right one.</source>
        <translation>Preverite port: običajno je 465 za SSL/TLS, 587 za STARTTLS in 25 brez šifriranja. Pravi port je naveden na straneh s pomočjo vašega ponudnika.</translation>
    </message>
    <message>
        <source>The server {host} did not answer in time on port {port}.</source>
        <translation>Strežnik {host} se na portu {port} ni pravočasno odzval.</translation>
    </message>
    <message>
        <source>A firewall or your network may block this port. Try port 587 (STARTTLS) or 465 (SSL/TLS), or ask your IT support.</source>
        <translation>Ta port morda blokira požarni zid ali vaše omrežje. Poskusite port 587 (STARTTLS) ali 465 (SSL/TLS) ali se obrnite na IT-podporo.</translation>
    </message>
    <message>
        <source>The encryption does not match port {port}: the server expects the other kind.</source>
        <translation>Šifriranje se ne ujema s portom {port}: strežnik pričakuje drugo vrsto šifriranja.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS for port 465 and STARTTLS for port 587, then verify again.</source>
        <translation>Za port 465 izberite SSL/TLS, za port 587 pa STARTTLS, nato znova preverite nastavitve.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS encryption on port {port}.</source>
        <translation>Strežnik na portu {port} ne ponuja šifriranja STARTTLS.</translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465. smtpdesk never falls back to sending without encryption on its own.</source>
        <translation>Poskusite SSL/TLS na portu 465. smtpdesk nikoli sam od sebe ne preklopi na pošiljanje brez šifriranja.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed, from an unknown authority, or expired).</source>
        <translation>Certifikatu strežnika ni mogoče zaupati (je samopodpisan, izdal ga je neznan izdajatelj ali je potekel).</translation>
    </message>
    <message>
        <source>If this is your company&apos;s own server, ask IT whether it uses a self-signed certificate and turn on &quot;Allow self-signed certificate&quot;. Never do that for a public provider.</source>
        <translation>Če gre za lasten strežnik vašega podjetja, vprašajte IT-podporo, ali uporablja samopodpisan certifikat, in vklopite „Dovoli samopodpisane certifikate“. Pri javnem ponudniku tega nikoli ne storite.</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is different from the one you accepted before.</source>
        <translation>Opozorilo: certifikat strežnika se razlikuje od tistega, ki ste ga sprejeli prej.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Do not send until IT confirms the server&apos;s certificate was replaced.</source>
        <translation>Nekdo morda prestreza povezavo. Ne pošiljajte ničesar, dokler IT-podpora ne potrdi, da je bil certifikat strežnika zamenjan.</translation>
    </message>
    <message>
        <source>The certificate is valid, but for another server name than {host}.</source>
        <translation>Certifikat je veljaven, vendar za drugo ime strežnika, ne za {host}.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives (the one in the certificate), not an alias or an IP address.</source>
        <translation>Uporabite ime strežnika, ki ga navaja vaš ponudnik (tisto iz certifikata), in ne nadomestnega imena ali naslova IP.</translation>
    </message>
    <message>
        <source>The server requires encryption before it accepts mail.</source>
        <translation>Strežnik zahteva šifriranje, preden sprejme pošto.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Izberite STARTTLS (port 587) ali SSL/TLS (port 465).</translation>
    </message>
    <message>
        <source>The server only sends mail for users who sign in.</source>
        <translation>Strežnik pošilja pošto samo za prijavljene uporabnike.</translation>
    </message>
    <message>
        <source>Turn on &quot;Server requires sign-in&quot; and enter your user name and password.</source>
        <translation>Vklopite „Strežnik zahteva prijavo“ ter vnesite uporabniško ime in geslo.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method smtpdesk can use on this connection.</source>
        <translation>Strežnik na tej povezavi ne ponuja nobenega načina prijave, ki bi ga smtpdesk lahko uporabil.</translation>
    </message>
    <message>
        <source>Most servers allow sign-in only over an encrypted connection: choose STARTTLS (587) or SSL/TLS (465).</source>
        <translation>Večina strežnikov dovoli prijavo samo prek šifrirane povezave: izberite STARTTLS (587) ali SSL/TLS (465).</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Strežnik je zavrnil uporabniško ime ali geslo.</translation>
    </message>
    <message>
        <source>Check the user name ({user}) and the password. Gmail, Yahoo and Microsoft accounts with two-step verification need an app password instead of the normal one; Microsoft 365 may need sign-in with Microsoft (OAuth2).</source>
        <translation>Preverite uporabniško ime ({user}) in geslo. Za račune Gmail, Yahoo in Microsoft z dvostopenjskim preverjanjem potrebujete geslo za aplikacijo namesto običajnega gesla; za Microsoft 365 bo morda potrebna prijava z Microsoftovim računom (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not let this account send as {sender}.</source>
        <translation>Strežnik temu računu ne dovoli pošiljanja v imenu {sender}.</translation>
    </message>
    <message>
        <source>Use the address that belongs to the account you sign in with, or ask your provider to allow this sender address.</source>
        <translation>Uporabite naslov, ki pripada računu, s katerim se prijavljate, ali prosite ponudnika, naj dovoli ta naslov pošiljatelja.</translation>
    </message>
    <message>
        <source>The server refused the test recipient {to}.</source>
        <translation>Strežnik je zavrnil testnega prejemnika {to}.</translation>
    </message>
    <message>
        <source>Check the address, or send the test to another address of yours.</source>
        <translation>Preverite naslov ali pošljite testno sporočilo na kakšen drug svoj naslov.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>Sporočilo je večje, kot ga strežnik sprejme.</translation>
    </message>
    <message>
        <source>Make attachments smaller or send them as a link.</source>
        <translation>Zmanjšajte priponke ali jih pošljite kot povezavo.</translation>
    </message>
    <message>
        <source>The server is refusing for now because too much was sent or too quickly.</source>
        <translation>Strežnik trenutno zavrača pošiljanje, ker je bilo poslanih preveč sporočil ali so bila poslana prehitro.</translation>
    </message>
    <message>
        <source>Wait and try again later; lower the sending limits in the advanced settings to stay under the provider&apos;s limit.</source>
        <translation>Počakajte in poskusite znova pozneje. V naprednih nastavitvah znižajte omejitve pošiljanja, da ne boste presegli omejitve ponudnika.</translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation>Strežnik je javil težavo.</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply below. If it does not help, copy the details and send them to your provider or IT support.</source>
        <translation>Preberite odgovor strežnika spodaj. Če vam ne pomaga, kopirajte podrobnosti in jih pošljite ponudniku ali IT-podpori.</translation>
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
        <translation>Povezava</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Šifriranje</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Pozdrav</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pošiljatelj</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Prejemnik</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Končano</translation>
    </message>
</context>
</TS>

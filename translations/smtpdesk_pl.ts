<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Cli</name>
    <message>
        <source>Warning: the password is sent without encryption.</source>
        <translation>Uwaga: hasło zostanie wysłane bez szyfrowania.</translation>
    </message>
    <message>
        <source>Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}</source>
        <translation>Certyfikat dla {host}:{port} został zaakceptowany i zapamiętany jako zaufany: SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>Odpowiedź serwera:</translation>
    </message>
    <message>
        <source>Profile {name} stored.</source>
        <translation>Profil {name} został zapisany.</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>Profil {name} został usunięty.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring for {name}.</source>
        <translation>Hasło dla {name} zostało zapisane w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: smtpdesk profiles import FILE</source>
        <translation>Nie ma jeszcze żadnych profili. Zaimportuj profil poleceniem: smtpdesk profiles import FILE</translation>
    </message>
    <message>
        <source>No settings found for {address}.</source>
        <translation>Nie znaleziono ustawień dla {address}.</translation>
    </message>
    <message>
        <source>Try again with --probe to ask the network.</source>
        <translation>Spróbuj ponownie z opcją --probe, aby wyszukać ustawienia przez sieć.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Przerwano.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation>Serwer przyjął wiadomość testową.</translation>
    </message>
    <message>
        <source>Check the inbox of {to}: the test message should arrive in a minute. Your settings are ready to use.</source>
        <translation>Sprawdź skrzynkę odbiorczą {to}: wiadomość testowa powinna dotrzeć w ciągu minuty. Ustawienia są gotowe do użycia.</translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation>Nie znaleziono serwera {host}.</translation>
    </message>
    <message>
        <source>Check the spelling of the server (for example smtp.gmail.com) and that this computer is online.</source>
        <translation>Sprawdź pisownię nazwy serwera (na przykład smtp.gmail.com) i czy ten komputer ma połączenie z internetem.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}.</source>
        <translation>Połączenie odrzucone: pod adresem {host} na porcie {port} nic nie odpowiada.</translation>
    </message>
    <message>
        <source>Check the port: usually 465 for SSL/TLS, 587 for STARTTLS, 25 without encryption. Your provider&apos;s help page lists the right one.</source>
        <translation>Sprawdź port: zwykle 465 dla SSL/TLS, 587 dla STARTTLS i 25 bez szyfrowania. Właściwy port znajdziesz na stronie pomocy swojego dostawcy poczty.</translation>
    </message>
    <message>
        <source>The server {host} did not answer in time on port {port}.</source>
        <translation>Serwer {host} nie odpowiedział na czas na porcie {port}.</translation>
    </message>
    <message>
        <source>A firewall or your network may block this port. Try port 587 (STARTTLS) or 465 (SSL/TLS), or ask your IT support.</source>
        <translation>Ten port może być blokowany przez zaporę sieciową lub Twoją sieć. Spróbuj portu 587 (STARTTLS) lub 465 (SSL/TLS) albo zwróć się do działu IT.</translation>
    </message>
    <message>
        <source>The encryption does not match port {port}: the server expects the other kind.</source>
        <translation>Szyfrowanie nie pasuje do portu {port}: serwer oczekuje innego rodzaju szyfrowania.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS for port 465 and STARTTLS for port 587, then verify again.</source>
        <translation>Wybierz SSL/TLS dla portu 465 i STARTTLS dla portu 587, a następnie ponownie sprawdź ustawienia.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS encryption on port {port}.</source>
        <translation>Serwer nie oferuje szyfrowania STARTTLS na porcie {port}.</translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465. smtpdesk never falls back to sending without encryption on its own.</source>
        <translation>Spróbuj SSL/TLS na porcie 465. smtpdesk nigdy samoczynnie nie przechodzi na wysyłanie bez szyfrowania.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (self-signed, from an unknown authority, or expired).</source>
        <translation>Certyfikat serwera nie jest zaufany (ma podpis własny, pochodzi od nieznanego wystawcy lub wygasł).</translation>
    </message>
    <message>
        <source>If this is your company&apos;s own server, ask IT whether it uses a self-signed certificate and turn on &quot;Allow self-signed certificate&quot;. Never do that for a public provider.</source>
        <translation>Jeśli to własny serwer Twojej firmy, zapytaj dział IT, czy używa certyfikatu z podpisem własnym, i włącz opcję „Zezwalaj na certyfikat z podpisem własnym”. Nigdy nie rób tego w przypadku publicznego dostawcy poczty.</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate is different from the one you accepted before.</source>
        <translation>Uwaga: certyfikat serwera różni się od tego, który został wcześniej zaakceptowany.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection. Do not send until IT confirms the server&apos;s certificate was replaced.</source>
        <translation>Ktoś może przechwytywać połączenie. Nie wysyłaj wiadomości, dopóki dział IT nie potwierdzi, że certyfikat serwera został wymieniony.</translation>
    </message>
    <message>
        <source>The certificate is valid, but for another server name than {host}.</source>
        <translation>Certyfikat jest ważny, ale dla innej nazwy serwera niż {host}.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives (the one in the certificate), not an alias or an IP address.</source>
        <translation>Użyj nazwy serwera podanej przez dostawcę (tej z certyfikatu), a nie aliasu ani adresu IP.</translation>
    </message>
    <message>
        <source>The server requires encryption before it accepts mail.</source>
        <translation>Serwer wymaga szyfrowania, zanim przyjmie pocztę.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (port 587) or SSL/TLS (port 465).</source>
        <translation>Wybierz STARTTLS (port 587) lub SSL/TLS (port 465).</translation>
    </message>
    <message>
        <source>The server only sends mail for users who sign in.</source>
        <translation>Serwer wysyła pocztę tylko dla zalogowanych użytkowników.</translation>
    </message>
    <message>
        <source>Turn on &quot;Server requires sign-in&quot; and enter your user name and password.</source>
        <translation>Włącz opcję „Serwer wymaga logowania” i wpisz nazwę użytkownika oraz hasło.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method smtpdesk can use on this connection.</source>
        <translation>Serwer nie oferuje w tym połączeniu żadnej metody logowania, której smtpdesk mógłby użyć.</translation>
    </message>
    <message>
        <source>Most servers allow sign-in only over an encrypted connection: choose STARTTLS (587) or SSL/TLS (465).</source>
        <translation>Większość serwerów pozwala logować się tylko przez połączenie szyfrowane: wybierz STARTTLS (587) lub SSL/TLS (465).</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Serwer odrzucił nazwę użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>Check the user name ({user}) and the password. Gmail, Yahoo and Microsoft accounts with two-step verification need an app password instead of the normal one; Microsoft 365 may need sign-in with Microsoft (OAuth2).</source>
        <translation>Sprawdź nazwę użytkownika ({user}) i hasło. Konta Gmail, Yahoo i Microsoft z weryfikacją dwuetapową wymagają hasła do aplikacji zamiast zwykłego hasła; Microsoft 365 może wymagać logowania kontem Microsoft (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not let this account send as {sender}.</source>
        <translation>Adres nadawcy został odrzucony: serwer nie pozwala temu kontu wysyłać jako {sender}.</translation>
    </message>
    <message>
        <source>Use the address that belongs to the account you sign in with, or ask your provider to allow this sender address.</source>
        <translation>Użyj adresu należącego do konta, na które się logujesz, lub poproś dostawcę o zezwolenie na ten adres nadawcy.</translation>
    </message>
    <message>
        <source>The server refused the test recipient {to}.</source>
        <translation>Serwer odrzucił adres odbiorcy testu {to}.</translation>
    </message>
    <message>
        <source>Check the address, or send the test to another address of yours.</source>
        <translation>Sprawdź adres albo wyślij wiadomość testową na inny swój adres.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>Wiadomość jest większa, niż akceptuje serwer.</translation>
    </message>
    <message>
        <source>Make attachments smaller or send them as a link.</source>
        <translation>Zmniejsz załączniki lub wyślij je jako link.</translation>
    </message>
    <message>
        <source>The server is refusing for now because too much was sent or too quickly.</source>
        <translation>Serwer chwilowo odmawia przyjęcia wiadomości, ponieważ wysłano ich za dużo lub za szybko.</translation>
    </message>
    <message>
        <source>Wait and try again later; lower the sending limits in the advanced settings to stay under the provider&apos;s limit.</source>
        <translation>Poczekaj i spróbuj ponownie później; obniż limity wysyłania w ustawieniach zaawansowanych, aby nie przekraczać limitu dostawcy.</translation>
    </message>
    <message>
        <source>The server reported a problem.</source>
        <translation>Serwer zgłosił problem.</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply below. If it does not help, copy the details and send them to your provider or IT support.</source>
        <translation>Przeczytaj odpowiedź serwera poniżej. Jeśli to nie pomoże, skopiuj szczegóły i wyślij je do dostawcy poczty lub działu IT.</translation>
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
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About smtpdesk</source>
        <translation>O programie smtpdesk</translation>
    </message>
    <message>
        <source>Set up outgoing mail, verify it with one button, and send personal batches.</source>
        <translation>Skonfiguruj pocztę wychodzącą, sprawdź ją jednym przyciskiem i wysyłaj spersonalizowane wiadomości seryjne.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>pokazuje wersję programu i kończy działanie</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokazuje tę pomoc i kończy działanie</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nieznane argumenty: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nie można użyć razem z %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>wartość %r jest tu zbędna</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>brakuje wymaganych argumentów: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>podaj jeden z argumentów %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>brakuje wartości</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>dozwolona jest najwyżej jedna wartość</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>potrzebna jest co najmniej jedna wartość</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s pasuje do %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>nieoczekiwana opcja: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r nie jest liczbą</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (wybierz spośród %(choices)s)</translation>
    </message>
</context>
<context>
    <name>AttachmentCheck</name>
    <message>
        <source>it has no text, only an image (a scan?)</source>
        <translation>nie zawiera tekstu, tylko obraz (to skan?)</translation>
    </message>
    <message>
        <source>it is locked with a password</source>
        <translation>jest zabezpieczony hasłem</translation>
    </message>
    <message>
        <source>its type cannot be checked (PDF, Word, Excel, OpenDocument, XML and text files can)</source>
        <translation>tego typu pliku nie da się sprawdzić (można sprawdzić pliki PDF, Word, Excel, OpenDocument, XML i pliki tekstowe)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>jest uszkodzony</translation>
    </message>
    <message>
        <source>it is too large to check</source>
        <translation>jest za duży, aby go sprawdzić</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>odczyt trwał zbyt długo</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>nie można go otworzyć</translation>
    </message>
    <message>
        <source>The attachment {file} cannot be checked: {reason}</source>
        <translation>Nie można sprawdzić załącznika {file}: {reason}</translation>
    </message>
    <message>
        <source>The attachment {file} also goes to row {row}, {who}: is the file column shifted or copied?</source>
        <translation>Załącznik {file} jest też w wierszu {row}, {who}: czy kolumna z plikami nie jest przesunięta lub skopiowana?</translation>
    </message>
    <message>
        <source>The attachment {file} cannot be checked: the row has nothing in the column it must mention</source>
        <translation>Nie można sprawdzić załącznika {file}: wiersz nie ma nic w kolumnie, którą musi zawierać</translation>
    </message>
    <message>
        <source>The attachment {file} does not mention {value}: it belongs to row {row}, {who}</source>
        <translation>Załącznik {file} nie zawiera {value}: należy do wiersza {row}, {who}</translation>
    </message>
    <message>
        <source>The attachment {file} does not mention {value}</source>
        <translation>Załącznik {file} nie zawiera {value}</translation>
    </message>
    <message>
        <source>There is no column {column} to check the attachments against</source>
        <translation>Nie ma kolumny {column}, według której można sprawdzić załączniki</translation>
    </message>
    <message>
        <source>Each attachment must me&amp;ntion:</source>
        <translation>Każdy załącz&amp;nik musi zawierać:</translation>
    </message>
    <message>
        <source>Before sending, each recipient&apos;s own file is opened and must contain this column&apos;s value of its row (the invoice number), so a shifted column cannot send one client&apos;s invoice to another</source>
        <translation>Przed wysłaniem otwierany jest własny załącznik każdego odbiorcy, który musi zawierać wartość tej kolumny z jego wiersza (numer faktury). Dzięki temu przesunięta kolumna nie wyśle faktury jednego klienta innemu.</translation>
    </message>
    <message>
        <source>Checking the attachments ({done} of {total})…</source>
        <translation>Sprawdzanie załączników ({done} z {total})…</translation>
    </message>
    <message>
        <source>Choose a column the attachments must mention, or “(do not check)”, to send.</source>
        <translation>Aby wysłać, wybierz kolumnę, którą muszą zawierać załączniki, albo „(nie sprawdzaj)”.</translation>
    </message>
    <message>
        <source>(do not check)</source>
        <translation>(nie sprawdzaj)</translation>
    </message>
    <message>
        <source>✓ Every attachment mentions its row&apos;s {column}.</source>
        <translation>✓ Każdy załącznik zawiera wartość kolumny {column} ze swojego wiersza.</translation>
    </message>
    <message>
        <source>✗ Some attachments do not mention their row&apos;s {column}: see the rows marked red.</source>
        <translation>✗ Niektóre załączniki nie zawierają wartości kolumny {column} ze swojego wiersza: zobacz wiersze oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>This list has no own files per recipient to check.</source>
        <translation>Ta lista nie ma własnych załączników odbiorców do sprawdzenia.</translation>
    </message>
    <message>
        <source>This list has no column {column}.</source>
        <translation>Ta lista nie ma kolumny {column}.</translation>
    </message>
    <message>
        <source>The attachments could not be checked.</source>
        <translation>Nie udało się sprawdzić załączników.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(i jeszcze %n)</numerusform>
            <numerusform>(i jeszcze %n)</numerusform>
            <numerusform>(i jeszcze %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Batch {batch}: {sent} sent, {failed} failed, {uncertain} uncertain, {left} left.</source>
        <translation>Wysyłka {batch}: wysłane: {sent}, nieudane: {failed}, niepewne: {uncertain}, pozostało: {left}.</translation>
    </message>
    <message>
        <source>Sending limit reached; continue with: smtpdesk resume {batch} (from {time})</source>
        <translation>Osiągnięto limit wysyłania; kontynuuj poleceniem: smtpdesk resume {batch} (od {time})</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived (the connection broke after sending). They are not sent again unless you run resume with --resend-uncertain.</source>
        <translation>
            <numerusform>%n wiadomość mogła, ale nie musiała dotrzeć (połączenie zostało przerwane po wysłaniu). Nie zostanie wysłana ponownie, chyba że uruchomisz resume z opcją --resend-uncertain.</numerusform>
            <numerusform>%n wiadomości mogły, ale nie musiały dotrzeć (połączenie zostało przerwane po wysłaniu). Nie zostaną wysłane ponownie, chyba że uruchomisz resume z opcją --resend-uncertain.</numerusform>
            <numerusform>%n wiadomości mogło, ale nie musiało dotrzeć (połączenie zostało przerwane po wysłaniu). Nie zostaną wysłane ponownie, chyba że uruchomisz resume z opcją --resend-uncertain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n message(s) built, nothing sent.</source>
        <translation>
            <numerusform>Próba bez wysyłania: przygotowano %n wiadomość, nic nie zostało wysłane.</numerusform>
            <numerusform>Próba bez wysyłania: przygotowano %n wiadomości, nic nie zostało wysłane.</numerusform>
            <numerusform>Próba bez wysyłania: przygotowano %n wiadomości, nic nie zostało wysłane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}) goes to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}) trafi do %n odbiorcy</numerusform>
            <numerusform>{file} ({size}) trafi do %n odbiorców</numerusform>
            <numerusform>{file} ({size}) trafi do %n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain message(s) will be sent again.</source>
        <translation>
            <numerusform>%n niepewna wiadomość zostanie wysłana ponownie.</numerusform>
            <numerusform>%n niepewne wiadomości zostaną wysłane ponownie.</numerusform>
            <numerusform>%n niepewnych wiadomości zostanie wysłanych ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>%n wiersz zapisano w {file}</numerusform>
            <numerusform>%n wiersze zapisano w {file}</numerusform>
            <numerusform>%n wierszy zapisano w {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n wiadomość na minutę</numerusform>
            <numerusform>%n wiadomości na minutę</numerusform>
            <numerusform>%n wiadomości na minutę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n wiadomość na godzinę</numerusform>
            <numerusform>%n wiadomości na godzinę</numerusform>
            <numerusform>%n wiadomości na godzinę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n wiadomość na dzień</numerusform>
            <numerusform>%n wiadomości na dzień</numerusform>
            <numerusform>%n wiadomości na dzień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused more after %n message(s) in {window}: sending at {pace} from now on (kept for this profile&apos;s next batches).</source>
        <translation>
            <numerusform>Serwer po %n wiadomości w ciągu {window} odrzucił kolejne: od teraz wysyłanie w tempie {pace} (obowiązuje też kolejne wysyłki tego profilu).</numerusform>
            <numerusform>Serwer po %n wiadomościach w ciągu {window} odrzucił kolejne: od teraz wysyłanie w tempie {pace} (obowiązuje też kolejne wysyłki tego profilu).</numerusform>
            <numerusform>Serwer po %n wiadomościach w ciągu {window} odrzucił kolejne: od teraz wysyłanie w tempie {pace} (obowiązuje też kolejne wysyłki tego profilu).</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowana</translation>
    </message>
    <message>
        <source>Batch {batch} is being sent by another process.</source>
        <translation>Wysyłkę {batch} wysyła już inny proces.</translation>
    </message>
    <message>
        <source>--rate {rate}: write N/min, N/h or N/day, e.g. 30/min</source>
        <translation>--rate {rate}: wpisz N/min, N/h lub N/day, np. 30/min</translation>
    </message>
    <message>
        <source>--{option} {file}: the file does not exist.</source>
        <translation>--{option} {file}: plik nie istnieje.</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to 8.</source>
        <translation>--concurrency musi wynosić od 1 do 8.</translation>
    </message>
    <message>
        <source>--only-status {state}: use one of {states}</source>
        <translation>--only-status {state}: użyj jednej z wartości {states}</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: plik nie istnieje.</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read (is it a folder, or open in another program?).</source>
        <translation>{file}: nie można odczytać pliku (czy to nie folder albo plik otwarty w innym programie?).</translation>
    </message>
    <message>
        <source>{file}: this is not a list of recipients that can be read (CSV, XLSX or ODS).</source>
        <translation>{file}: to nie jest lista odbiorców, którą można odczytać (CSV, XLSX lub ODS).</translation>
    </message>
    <message>
        <source>There is no batch {batch} (see: smtpdesk status).</source>
        <translation>Nie ma wysyłki {batch} (zobacz: smtpdesk status).</translation>
    </message>
    <message>
        <source>an attachment cannot be read</source>
        <translation>nie można odczytać załącznika</translation>
    </message>
    <message>
        <source>sent: {n}</source>
        <translation>wysłano: {n}</translation>
    </message>
    <message>
        <source>failed: {n}</source>
        <translation>nieudane: {n}</translation>
    </message>
    <message>
        <source>to retry: {n}</source>
        <translation>do ponowienia: {n}</translation>
    </message>
    <message>
        <source>{rate}/min</source>
        <translation>{rate}/min</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>zostało około {time}</translation>
    </message>
    <message>
        <source>waiting until {time} ({reason})</source>
        <translation>czeka do {time} ({reason})</translation>
    </message>
    <message>
        <source>the limit per minute</source>
        <translation>limit na minutę</translation>
    </message>
    <message>
        <source>the limit per hour</source>
        <translation>limit na godzinę</translation>
    </message>
    <message>
        <source>the limit per day</source>
        <translation>limit na dzień</translation>
    </message>
    <message>
        <source>the even pace</source>
        <translation>równomierne tempo</translation>
    </message>
    <message>
        <source>the server&apos;s pace</source>
        <translation>tempo serwera</translation>
    </message>
    <message>
        <source>the server asked to slow down</source>
        <translation>serwer poprosił o zwolnienie</translation>
    </message>
    <message>
        <source>messages to retry</source>
        <translation>wiadomości do ponowienia</translation>
    </message>
    <message>
        <source>Starting at the pace the server allowed this profile: {pace} (learned {when}).</source>
        <translation>Start w tempie, na które serwer pozwolił temu profilowi: {pace} (ustalono {when}).</translation>
    </message>
    <message>
        <source>Give either --recipients FILE or --from-batch ID (one of them).</source>
        <translation>Podaj --recipients FILE albo --from-batch ID (jedno z nich).</translation>
    </message>
    <message>
        <source>--only-status and --exclude go with --from-batch.</source>
        <translation>--only-status i --exclude używa się razem z --from-batch.</translation>
    </message>
    <message>
        <source>--attach {file}: the file does not exist.</source>
        <translation>--attach {file}: plik nie istnieje.</translation>
    </message>
    <message>
        <source>There are no recipients to send to.</source>
        <translation>Nie ma odbiorców, do których można wysłać.</translation>
    </message>
    <message>
        <source>{total} KiB, the largest message {largest} KiB</source>
        <translation>{total} KiB, największa wiadomość {largest} KiB</translation>
    </message>
    <message>
        <source>The profile {profile} of batch {batch} is gone; give --profile or --profile-file.</source>
        <translation>Profil {profile} wysyłki {batch} już nie istnieje; podaj --profile lub --profile-file.</translation>
    </message>
    <message>
        <source>--export needs a batch number.</source>
        <translation>--export wymaga numeru wysyłki.</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Nie ma jeszcze żadnych wysyłek.</translation>
    </message>
    <message>
        <source>sent {sent} of {total}, failed: {failed}, uncertain: {uncertain}, left: {left}</source>
        <translation>wysłano {sent} z {total}, nieudane: {failed}, niepewne: {uncertain}, pozostało: {left}</translation>
    </message>
    <message>
        <source>--export {file}: the file cannot be written.</source>
        <translation>--export {file}: nie można zapisać pliku.</translation>
    </message>
    <message>
        <source>Batch {batch} ({status}): recipients: {total}, sent: {sent}, failed: {failed}, to retry: {deferred}, uncertain: {uncertain}, cancelled: {cancelled}, waiting: {pending}</source>
        <translation>Wysyłka {batch} ({status}): odbiorców: {total}, wysłane: {sent}, nieudane: {failed}, do ponowienia: {deferred}, niepewne: {uncertain}, anulowane: {cancelled}, oczekujące: {pending}</translation>
    </message>
    <message>
        <source>The server&apos;s pace for the profile {profile}: {pace} (learned {when} from a refusal after {seen} messages in {window}).</source>
        <translation>Tempo serwera dla profilu {profile}: {pace} (ustalono {when} na podstawie odmowy po {seen} wiadomościach w ciągu {window}).</translation>
    </message>
    <message>
        <source>send a personalized batch from a CSV, XLSX or ODS file</source>
        <translation>wysyła spersonalizowane wiadomości do odbiorców z pliku CSV, XLSX lub ODS</translation>
    </message>
    <message>
        <source>the list of recipients (CSV, XLSX or ODS, one row per recipient)</source>
        <translation>lista odbiorców (CSV, XLSX lub ODS, jeden wiersz na odbiorcę)</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>odbiorcy</translation>
    </message>
    <message>
        <source>the recipients of an earlier batch (a reminder)</source>
        <translation>odbiorcy wcześniejszej wysyłki (przypomnienie)</translation>
    </message>
    <message>
        <source>with --from-batch: only rows in this state (repeatable; default “sent”)</source>
        <translation>z --from-batch: tylko wiersze w tym stanie (można powtarzać; domyślnie „sent”)</translation>
    </message>
    <message>
        <source>with --from-batch: leave out every address in this file</source>
        <translation>z --from-batch: pomija wszystkie adresy z tego pliku</translation>
    </message>
    <message>
        <source>the subject; may hold {{ column }} fields</source>
        <translation>temat; może zawierać pola {{ kolumna }}</translation>
    </message>
    <message>
        <source>the text of the message (UTF-8)</source>
        <translation>treść wiadomości (UTF-8)</translation>
    </message>
    <message>
        <source>an HTML version of the message</source>
        <translation>wersja wiadomości w HTML</translation>
    </message>
    <message>
        <source>a file for every recipient (repeatable)</source>
        <translation>plik dla wszystkich odbiorców (można powtarzać)</translation>
    </message>
    <message>
        <source>add a List-Unsubscribe header (mailto: the reply-to or sender)</source>
        <translation>dodaje nagłówek List-Unsubscribe (mailto: adres do odpowiedzi lub nadawca)</translation>
    </message>
    <message>
        <source>each recipient&apos;s own files must mention the row&apos;s value of COLUMN</source>
        <translation>własne pliki każdego odbiorcy muszą zawierać wartość kolumny COLUMN z jego wiersza</translation>
    </message>
    <message>
        <source>build every message, send nothing</source>
        <translation>przygotowuje wszystkie wiadomości, niczego nie wysyła</translation>
    </message>
    <message>
        <source>continue a batch after a stop or a crash</source>
        <translation>wznawia wysyłkę po zatrzymaniu lub awarii</translation>
    </message>
    <message>
        <source>send the uncertain messages again (they may arrive twice)</source>
        <translation>ponownie wysyła niepewne wiadomości (mogą dotrzeć dwa razy)</translation>
    </message>
    <message>
        <source>try deferred messages now instead of at their set time</source>
        <translation>odłożone wiadomości próbuje wysłać od razu, a nie o wyznaczonej porze</translation>
    </message>
    <message>
        <source>show batches, or one batch; export its rows</source>
        <translation>pokazuje wysyłki lub jedną wysyłkę; eksportuje jej wiersze</translation>
    </message>
    <message>
        <source>write one CSV row per recipient</source>
        <translation>zapisuje jeden wiersz CSV na odbiorcę</translation>
    </message>
    <message>
        <source>export only rows in this state (repeatable)</source>
        <translation>eksportuje tylko wiersze w tym stanie (można powtarzać)</translation>
    </message>
    <message>
        <source>at most this many messages per minute, hour or day</source>
        <translation>najwyżej tyle wiadomości na minutę, godzinę lub dzień</translation>
    </message>
    <message>
        <source>connections at once (1 to 8)</source>
        <translation>jednoczesnych połączeń (od 1 do 8)</translation>
    </message>
    <message>
        <source>stop (exit 3) rather than wait longer (default 600)</source>
        <translation>zatrzymuje się (kod 3) zamiast czekać dłużej (domyślnie 600)</translation>
    </message>
    <message>
        <source>first wait before retrying a temporary failure (default 30; doubles each time)</source>
        <translation>pierwsze oczekiwanie przed ponowieniem po błędzie tymczasowym (domyślnie 30; za każdym razem dwa razy dłuższe)</translation>
    </message>
    <message>
        <source>checking attachments {done}/{total}</source>
        <translation>sprawdzanie załączników {done}/{total}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Uwaga: {problem}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Batch</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <source>A CSV or Excel file: one row per recipient, the first row names the columns (you can also drop the file on the window)</source>
        <translation>Plik CSV lub Excel: jeden wiersz na odbiorcę, pierwszy wiersz zawiera nazwy kolumn (plik możesz też przeciągnąć na okno)</translation>
    </message>
    <message>
        <source>Read the file again after you fixed it</source>
        <translation>Wczytaj plik jeszcze raz po jego poprawieniu</translation>
    </message>
    <message numerus="yes">
        <source>(recipient {position} of %n)</source>
        <translation>
            <numerusform>(odbiorca {position} z %n)</numerusform>
            <numerusform>(odbiorca {position} z %n)</numerusform>
            <numerusform>(odbiorca {position} z %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(not sent; %n recipient(s) in all)</source>
        <translation>
            <numerusform>(nie zostanie wysłany; łącznie %n odbiorca)</numerusform>
            <numerusform>(nie zostanie wysłany; łącznie %n odbiorców)</numerusform>
            <numerusform>(nie zostanie wysłany; łącznie %n odbiorców)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Put a column of the recipients file into the subject or the message</source>
        <translation>Wstaw kolumnę z pliku odbiorców do tematu lub treści wiadomości</translation>
    </message>
    <message>
        <source>Dear {{ Name }},

write the message here; fields in double braces are replaced for each recipient.</source>
        <translation>{{ Zwrot grzecznościowy }},

tutaj wpisz treść wiadomości; pola w podwójnych nawiasach klamrowych zostaną zastąpione danymi każdego odbiorcy.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dear {{ Name }}, …&lt;/p&gt;</source>
        <translation>&lt;p&gt;{{ Zwrot grzecznościowy }}, …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Previe&amp;w of row</source>
        <translation>P&amp;odgląd wiersza</translation>
    </message>
    <message>
        <source>The row number as the spreadsheet shows it, as in the table&apos;s Row column</source>
        <translation>Numer wiersza taki jak w arkuszu kalkulacyjnym – ten sam co w kolumnie Wiersz w tabeli</translation>
    </message>
    <message>
        <source>Send with</source>
        <translation>Wyślij z profilu</translation>
    </message>
    <message>
        <source>The profile this batch is sent with; it starts as the one selected in the Profiles list</source>
        <translation>Profil, z którego pójdzie ta wysyłka; na początku jest to profil zaznaczony na liście Profile</translation>
    </message>
    <message>
        <source>Each recipient&apos;s own files, named in the column:</source>
        <translation>Własne załączniki każdego odbiorcy, wskazane w kolumnie:</translation>
    </message>
    <message>
        <source>The column that names each recipient&apos;s own files (an invoice, a contract)</source>
        <translation>Kolumna wskazująca własne pliki każdego odbiorcy (fakturę, umowę)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Look for the files next to the recipients file again</source>
        <translation>Znów szukaj plików w folderze, w którym jest plik z odbiorcami</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Poprzedni odbiorca</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Następny odbiorca</translation>
    </message>
    <message>
        <source>Show the HTML part as code</source>
        <translation>Pokaż część HTML jako kod</translation>
    </message>
    <message>
        <source>Send this recipient&apos;s message to your own address</source>
        <translation>Wyślij wiadomość dla tego odbiorcy na swój własny adres</translation>
    </message>
    <message>
        <source>&amp;Load recipients…</source>
        <translation>Wc&amp;zytaj odbiorców…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Wczyta&amp;j ponownie</translation>
    </message>
    <message>
        <source>Leave out the rows with &amp;problems</source>
        <translation>Pom&amp;iń wiersze z błędami</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>Wstaw &amp;pole</translation>
    </message>
    <message>
        <source>M&amp;essage (plain text)</source>
        <translation>Wiadomość (zwy&amp;kły tekst)</translation>
    </message>
    <message>
        <source>Also send an HTML &amp;version</source>
        <translation>W&amp;yślij również wersję HTML</translation>
    </message>
    <message>
        <source>Load HTML &amp;file…</source>
        <translation>W&amp;czytaj plik HTML…</translation>
    </message>
    <message>
        <source>Atta&amp;chments for everybody:</source>
        <translation>Z&amp;ałączniki dla wszystkich:</translation>
    </message>
    <message>
        <source>&amp;HTML source</source>
        <translation>Źródło &amp;HTML</translation>
    </message>
    <message>
        <source>Send &amp;test to me</source>
        <translation>Wyślij wiadomość t&amp;estową do siebie</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Wyślij…</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Podgląd wiadomości</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Wczytywanie pliku {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>Nie można otworzyć pliku {file}: {reason}</translation>
    </message>
    <message>
        <source>Reminder to batch {batch}</source>
        <translation>Przypomnienie do wysyłki {batch}</translation>
    </message>
    <message>
        <source>Each recipient also gets the file in {folder} named by the column {column} (the name as written, or with any extension).</source>
        <translation>Każdy odbiorca otrzyma też plik z folderu {folder} wskazany w kolumnie {column} (nazwa dokładnie tak, jak wpisano, lub z dowolnym rozszerzeniem).</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(żadna kolumna)</translation>
    </message>
    <message>
        <source>Choose the folder with the files; each value of the column names one file in it, with or without its extension (2026-0142 finds 2026-0142.pdf)</source>
        <translation>Wybierz folder z plikami; każda wartość w kolumnie wskazuje jeden plik w nim, z rozszerzeniem lub bez (2026-0142 znajdzie 2026-0142.pdf)</translation>
    </message>
    <message>
        <source>Folder with each recipient&apos;s files</source>
        <translation>Folder z plikami poszczególnych odbiorców</translation>
    </message>
    <message>
        <source>HTML message</source>
        <translation>Wiadomość HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Pliki HTML (*.html *.htm);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku {file}: {reason}</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Załącznik</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak pliku</translation>
    </message>
    <message>
        <source>Together {size} per message</source>
        <translation>Razem {size} na wiadomość</translation>
    </message>
    <message>
        <source>Each recipient also gets the files named in the column {column}.</source>
        <translation>Każdy odbiorca otrzyma też pliki wskazane w kolumnie {column}.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.csv *.xlsx *.ods);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>{file} is not text smtpdesk can read. Save it again as UTF-8.</source>
        <translation>Plik {file} nie jest tekstem, który smtpdesk potrafi odczytać. Zapisz go ponownie jako UTF-8.</translation>
    </message>
    <message>
        <source>The placeholder {{{{ {name} }}}} has no column of that name.</source>
        <translation>Nie ma kolumny odpowiadającej polu {{{{ {name} }}}}.</translation>
    </message>
    <message>
        <source>No recipients yet: load a CSV or Excel file, or drop it on the window.</source>
        <translation>Brak odbiorców: wczytaj plik CSV lub Excel albo przeciągnij go na okno.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) ready.</source>
        <translation>
            <numerusform>%n odbiorca gotowy.</numerusform>
            <numerusform>%n odbiorców gotowych.</numerusform>
            <numerusform>%n odbiorców gotowych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (marked red).</source>
        <translation>
            <numerusform>%n wiersz z problemami (oznaczony na czerwono).</numerusform>
            <numerusform>%n wiersze z problemami (oznaczone na czerwono).</numerusform>
            <numerusform>%n wierszy z problemami (oznaczonych na czerwono).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (marked yellow).</source>
        <translation>
            <numerusform>%n ostrzeżenie (oznaczone na żółto).</numerusform>
            <numerusform>%n ostrzeżenia (oznaczone na żółto).</numerusform>
            <numerusform>%n ostrzeżeń (oznaczonych na żółto).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a few previews, then press Send. Messages go out in the Queue tab, where you can pause them.</source>
        <translation>Sprawdź kilka podglądów, a następnie naciśnij „Wyślij…”. Wiadomości są wysyłane na karcie Kolejka, gdzie możesz wstrzymać wysyłanie.</translation>
    </message>
    <message numerus="yes">
        <source>Storing the batch of %n message(s)…</source>
        <translation>
            <numerusform>Zapisywanie wysyłki z %n wiadomością…</numerusform>
            <numerusform>Zapisywanie wysyłki z %n wiadomościami…</numerusform>
            <numerusform>Zapisywanie wysyłki z %n wiadomościami…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recipients…</source>
        <translation>Wczytywanie odbiorców…</translation>
    </message>
    <message>
        <source>Load recipients to send.</source>
        <translation>Aby wysłać, wczytaj odbiorców.</translation>
    </message>
    <message>
        <source>Fix the file and load it again to send.</source>
        <translation>Aby wysłać, popraw plik i wczytaj go ponownie.</translation>
    </message>
    <message>
        <source>Fix the rows marked red and press Reload, or leave them out, to send.</source>
        <translation>Aby wysłać, popraw wiersze oznaczone na czerwono i naciśnij „Wczytaj ponownie” albo je pomiń.</translation>
    </message>
    <message>
        <source>Write a subject to send.</source>
        <translation>Aby wysłać, wpisz temat.</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red to send.</source>
        <translation>Aby wysłać, popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>An attachment cannot be read: {reason}</source>
        <translation>Nie można odczytać załącznika: {reason}</translation>
    </message>
    <message>
        <source>The profile&apos;s sender address cannot be used: {reason}</source>
        <translation>Nie można użyć adresu nadawcy z profilu: {reason}</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>Temat musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>This message cannot be built: {reason}</source>
        <translation>Nie można utworzyć tej wiadomości: {reason}</translation>
    </message>
    <message>
        <source>Row {row} is not sent:</source>
        <translation>Wiersz {row} nie zostanie wysłany:</translation>
    </message>
    <message>
        <source>The preview shows each recipient&apos;s message once recipients are loaded.</source>
        <translation>Po wczytaniu odbiorców podgląd pokaże wiadomość dla każdego z nich.</translation>
    </message>
    <message>
        <source>Choose a profile on the Settings page to see the preview.</source>
        <translation>Aby zobaczyć podgląd, wybierz profil na stronie Ustawienia.</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red to see the preview.</source>
        <translation>Aby zobaczyć podgląd, popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red first.</source>
        <translation>Najpierw popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>Press Sign in on the Settings page first.</source>
        <translation>Najpierw na stronie Ustawienia naciśnij „Zaloguj się”.</translation>
    </message>
    <message>
        <source>Enter the password on the Settings page first.</source>
        <translation>Najpierw wpisz hasło na stronie Ustawienia.</translation>
    </message>
    <message>
        <source>Sending a test to {address}…</source>
        <translation>Wysyłanie wiadomości testowej na adres {address}…</translation>
    </message>
    <message>
        <source>✓ Test sent to {address}.</source>
        <translation>✓ Wiadomość testową wysłano na adres {address}.</translation>
    </message>
    <message>
        <source>✗ The test was not sent: {reason}</source>
        <translation>✗ Wiadomość testowa nie została wysłana: {reason}</translation>
    </message>
    <message>
        <source>The profile {name} has settings to fix on the Settings page first.</source>
        <translation>Najpierw popraw ustawienia profilu {name} na stronie Ustawienia.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page, then press Send.</source>
        <translation>Profil {name} nie jest zalogowany. Na stronie Ustawienia naciśnij „Zaloguj się”, a potem „Wyślij…”.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page, then press Send.</source>
        <translation>Brak hasła dla profilu {name}. Wpisz je na stronie Ustawienia, a następnie naciśnij „Wyślij…”.</translation>
    </message>
    <message>
        <source>Send the same batch again?</source>
        <translation>Wysłać tę samą wysyłkę ponownie?</translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} went to the same %n recipient(s) with the same subject {when}.</source>
        <translation>
            <numerusform>Wysyłka {batch} z tym samym tematem trafiła {when} do tych samych odbiorców (%n).</numerusform>
            <numerusform>Wysyłka {batch} z tym samym tematem trafiła {when} do tych samych odbiorców (%n).</numerusform>
            <numerusform>Wysyłka {batch} z tym samym tematem trafiła {when} do tych samych odbiorców (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it were sent.</source>
        <translation>
            <numerusform>Wysłano z niej %n wiadomość.</numerusform>
            <numerusform>Wysłano z niej %n wiadomości.</numerusform>
            <numerusform>Wysłano z niej %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) again with the profile {profile}?</source>
        <translation>
            <numerusform>Wysłać ponownie %n wiadomość z profilu {profile}?</numerusform>
            <numerusform>Wysłać ponownie %n wiadomości z profilu {profile}?</numerusform>
            <numerusform>Wysłać ponownie %n wiadomości z profilu {profile}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the batch?</source>
        <translation>Rozpocząć wysyłkę?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) with the profile {profile}?</source>
        <translation>
            <numerusform>Wysłać %n wiadomość z profilu {profile}?</numerusform>
            <numerusform>Wysłać %n wiadomości z profilu {profile}?</numerusform>
            <numerusform>Wysłać %n wiadomości z profilu {profile}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}): to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}): do %n odbiorcy</numerusform>
            <numerusform>{file} ({size}): do %n odbiorców</numerusform>
            <numerusform>{file} ({size}): do %n odbiorców</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… i jeszcze %n plik</numerusform>
            <numerusform>… i jeszcze %n pliki</numerusform>
            <numerusform>… i jeszcze %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Załączone pliki:</translation>
    </message>
    <message>
        <source>⚠ The profile {profile} was never verified: press Verify on the Settings page to test it before sending.</source>
        <translation>⚠ Profil {profile} nie był jeszcze sprawdzony: przed wysłaniem naciśnij „Sprawdź” na stronie Ustawienia.</translation>
    </message>
    <message>
        <source>⚠ The last Verify of the profile {profile} failed {when}{code}: {reason} Press Verify on the Settings page once it is fixed.</source>
        <translation>⚠ Ostatnie sprawdzenie profilu {profile} {when} nie powiodło się{code}: {reason} Po usunięciu problemu naciśnij „Sprawdź” na stronie Ustawienia.</translation>
    </message>
    <message>
        <source>⚠ The profile {profile} passed Verify {when}, but its server or sign-in settings have changed since: press Verify again.</source>
        <translation>⚠ Profil {profile} został pomyślnie sprawdzony {when}, ale jego ustawienia serwera lub logowania od tego czasu się zmieniły: naciśnij ponownie „Sprawdź”.</translation>
    </message>
    <message>
        <source>✓ The profile {profile} passed Verify {when}.</source>
        <translation>✓ Profil {profile} został pomyślnie sprawdzony {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n a minute</source>
        <translation>
            <numerusform>%n na minutę</numerusform>
            <numerusform>%n na minutę</numerusform>
            <numerusform>%n na minutę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n an hour</source>
        <translation>
            <numerusform>%n na godzinę</numerusform>
            <numerusform>%n na godzinę</numerusform>
            <numerusform>%n na godzinę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a day</source>
        <translation>
            <numerusform>%n na dzień</numerusform>
            <numerusform>%n na dzień</numerusform>
            <numerusform>%n na dzień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per connection</source>
        <translation>
            <numerusform>%n na połączenie</numerusform>
            <numerusform>%n na połączenie</numerusform>
            <numerusform>%n na połączenie</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender: {sender}</source>
        <translation>Nadawca: {sender}</translation>
    </message>
    <message>
        <source>Sending limits: {limits}.</source>
        <translation>Limity wysyłania: {limits}.</translation>
    </message>
    <message>
        <source>No sending limits are set for this profile.</source>
        <translation>Dla tego profilu nie ustawiono limitów wysyłania.</translation>
    </message>
    <message>
        <source>The server allowed this profile {pace} (learned {when}): the batch starts at that pace.</source>
        <translation>Serwer pozwolił temu profilowi na {pace} (ustalono {when}): wysyłka zacznie w tym tempie.</translation>
    </message>
    <message numerus="yes">
        <source>About {duration} at %n message(s) a minute.</source>
        <translation>
            <numerusform>Około {duration} przy %n wiadomości na minutę.</numerusform>
            <numerusform>Około {duration} przy %n wiadomościach na minutę.</numerusform>
            <numerusform>Około {duration} przy %n wiadomościach na minutę.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The daily limit allows %n more message(s) today; the rest continue tomorrow by themselves while smtpdesk is open, or with Continue.</source>
        <translation>
            <numerusform>Dzienny limit pozwala dziś wysłać jeszcze %n wiadomość; pozostałe zostaną wysłane jutro automatycznie, jeśli smtpdesk będzie otwarty, lub po naciśnięciu „Kontynuuj”.</numerusform>
            <numerusform>Dzienny limit pozwala dziś wysłać jeszcze %n wiadomości; pozostałe zostaną wysłane jutro automatycznie, jeśli smtpdesk będzie otwarty, lub po naciśnięciu „Kontynuuj”.</numerusform>
            <numerusform>Dzienny limit pozwala dziś wysłać jeszcze %n wiadomości; pozostałe zostaną wysłane jutro automatycznie, jeśli smtpdesk będzie otwarty, lub po naciśnięciu „Kontynuuj”.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause or cancel at any time in the Queue tab.</source>
        <translation>Wysyłanie możesz w każdej chwili wstrzymać lub anulować na karcie Kolejka.</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch history {file} cannot be read ({reason}).</source>
        <translation>Nic nie zostało wysłane: nie można odczytać historii wysyłek {file} ({reason}).</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch could not be stored in {file} ({reason}). Free some disk space, then press Send again.</source>
        <translation>Nic nie zostało wysłane: nie udało się zapisać wysyłki w {file} ({reason}). Zwolnij trochę miejsca na dysku, a potem ponownie naciśnij „Wyślij…”.</translation>
    </message>
</context>
<context>
    <name>BatchPages</name>
    <message>
        <source>Batch history</source>
        <translation>Historia wysyłek</translation>
    </message>
    <message>
        <source>The file could not be moved: {reason}</source>
        <translation>Nie udało się przenieść pliku: {reason}</translation>
    </message>
    <message>
        <source>The damaged file is now {file}. A new batch history has started.</source>
        <translation>Uszkodzony plik to teraz {file}. Rozpoczęto nową historię wysyłek.</translation>
    </message>
    <message>
        <source>smtpdesk cannot read its batch history ({file}): {reason}</source>
        <translation>smtpdesk nie może odczytać historii wysyłek ({file}): {reason}</translation>
    </message>
    <message>
        <source>Move the file aside and start a new history? Nothing is deleted. If you choose No, batches you send now are kept only until smtpdesk closes.</source>
        <translation>Odłożyć plik na bok i zacząć nową historię? Nic nie zostanie usunięte. Jeśli wybierzesz Nie, wysyłki zrobione teraz zostaną zachowane tylko do zamknięcia smtpdesk.</translation>
    </message>
    <message>
        <source>A batch is being sent</source>
        <translation>Trwa wysyłanie wiadomości</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of this batch are not sent yet. Close anyway?</source>
        <translation>
            <numerusform>%n wiadomość z tej wysyłki nie została jeszcze wysłana. Mimo to zamknąć?</numerusform>
            <numerusform>%n wiadomości z tej wysyłki nie zostały jeszcze wysłane. Mimo to zamknąć?</numerusform>
            <numerusform>%n wiadomości z tej wysyłki nie zostało jeszcze wysłanych. Mimo to zamknąć?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stops after the messages on their way right now. The next time you open smtpdesk it offers to continue.</source>
        <translation>Wysyłanie zatrzyma się po wysłaniu wiadomości, które są już w drodze. Przy następnym uruchomieniu smtpdesk zaproponuje kontynuowanie.</translation>
    </message>
    <message>
        <source>Keep the batch?</source>
        <translation>Zachować wysyłkę?</translation>
    </message>
    <message>
        <source>The batch you are composing was not sent. Keep it for the next time you open smtpdesk?</source>
        <translation>Przygotowywana wysyłka nie została wysłana. Zachować ją do następnego uruchomienia smtpdesk?</translation>
    </message>
    <message>
        <source>Kept: the recipients file, subject, message, attachments and profile come back as they are now.</source>
        <translation>Po zachowaniu plik z odbiorcami, temat, treść, załączniki i profil wrócą w obecnej postaci.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Niedokończona wysyłka</translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} ({subject}) was not finished: %n message(s) are not sent yet.</source>
        <translation>
            <numerusform>Wysyłka {batch} ({subject}) nie została dokończona: %n wiadomość nie została jeszcze wysłana.</numerusform>
            <numerusform>Wysyłka {batch} ({subject}) nie została dokończona: %n wiadomości nie zostały jeszcze wysłane.</numerusform>
            <numerusform>Wysyłka {batch} ({subject}) nie została dokończona: %n wiadomości nie zostało jeszcze wysłanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue sending it now? Messages already sent are not sent again.</source>
        <translation>Kontynuować wysyłanie teraz? Wiadomości już wysłane nie zostaną wysłane ponownie.</translation>
    </message>
</context>
<context>
    <name>BouncesControl</name>
    <message>
        <source>Chec&amp;k for bounces</source>
        <translation>Sprawdź n&amp;iedoręczone</translation>
    </message>
    <message>
        <source>Checking for bounces…</source>
        <translation>Sprawdzanie niedoręczonych…</translation>
    </message>
    <message>
        <source>Read the delivery reports in your inbox (IMAP) and mark the messages that came back as bounced</source>
        <translation>Odczytuje raporty doręczenia ze skrzynki odbiorczej (IMAP) i oznacza wiadomości, które wróciły, jako niedoręczone</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page.</source>
        <translation>Profil {name} nie jest zalogowany. Na stronie Ustawienia naciśnij „Zaloguj się”.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page.</source>
        <translation>Profil {name} nie ma hasła. Wpisz je na stronie Ustawienia.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Trust this server&apos;s certificate?</source>
        <translation>Zaufać certyfikatowi tego serwera?</translation>
    </message>
    <message>
        <source>The server {host}:{port} presents a certificate no authority vouches for. Accept it only if this is your own server and the fingerprint below is the one your IT support gave you. smtpdesk will remember it and warn you if it ever changes.</source>
        <translation>Serwer {host}:{port} używa certyfikatu, którego nie potwierdza żaden urząd certyfikacji. Zaakceptuj go tylko wtedy, gdy to Twój własny serwer, a poniższy odcisk jest taki sam jak ten, który przekazał Ci dział IT. smtpdesk zapamięta certyfikat i ostrzeże Cię, jeśli kiedykolwiek się zmieni.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Odcisk SHA-256</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Wystawiony dla</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Wystawca</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Zaufaj i zapamiętaj</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no profile named {name} (see: smtpdesk profiles).</source>
        <translation>Nie ma profilu o nazwie {name} (zobacz: smtpdesk profiles).</translation>
    </message>
    <message>
        <source>The profile file {file} does not exist.</source>
        <translation>Plik profilu {file} nie istnieje.</translation>
    </message>
    <message>
        <source>The certificate pin file {file} cannot be read ({reason}); move it aside and run verify again.</source>
        <translation>Nie można odczytać pliku z przypiętymi certyfikatami {file} ({reason}); przenieś go w inne miejsce i ponownie uruchom verify.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but nothing came on standard input.</source>
        <translation>Podano --password-stdin, ale na standardowe wejście nic nie przyszło.</translation>
    </message>
    <message>
        <source>Warning: the password is sent without encryption.</source>
        <translation>Uwaga: hasło zostanie wysłane bez szyfrowania.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so no stored password can be read; give the password with --password-stdin or SMTPDESK_PASSWORD.</source>
        <translation>Systemowy magazyn haseł jest niedostępny, więc nie można odczytać zapisanego hasła; podaj hasło przez --password-stdin lub SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}: store one with “smtpdesk profiles set-password {name} --password-stdin”, or give it with --password-stdin or SMTPDESK_PASSWORD.</source>
        <translation>Profil {name} nie ma hasła: zapisz je poleceniem „smtpdesk profiles set-password {name} --password-stdin” albo podaj je przez --password-stdin lub SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in: run “smtpdesk login --profile {name}” first.</source>
        <translation>Profil {name} nie jest zalogowany: najpierw uruchom „smtpdesk login --profile {name}”.</translation>
    </message>
    <message>
        <source>The sign-in of the profile {name} cannot be used ({reason}): run “smtpdesk login --profile {name}” again.</source>
        <translation>Nie można użyć logowania profilu {name} ({reason}): ponownie uruchom „smtpdesk login --profile {name}”.</translation>
    </message>
    <message>
        <source>a stored profile</source>
        <translation>zapisany profil</translation>
    </message>
    <message>
        <source>a profile TOML file, not stored</source>
        <translation>plik profilu TOML, bez zapisywania</translation>
    </message>
    <message>
        <source>the result as JSON on the last line of standard output</source>
        <translation>wynik jako JSON w ostatnim wierszu standardowego wyjścia</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>odczytuje hasło z pierwszego wiersza standardowego wejścia</translation>
    </message>
    <message>
        <source>The profile {name} signs in with a password; to sign in with Google or Microsoft, set auth_method = &quot;oauth2&quot; and oauth_provider in it.</source>
        <translation>Profil {name} loguje się hasłem; aby logować się przez Google lub Microsoft, ustaw w nim auth_method = &quot;oauth2&quot; i oauth_provider.</translation>
    </message>
    <message>
        <source>Opening the browser to sign in. If it does not open, visit this address:</source>
        <translation>Otwieranie przeglądarki w celu zalogowania. Jeśli się nie otworzy, przejdź pod ten adres:</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <source>smtpdesk is signed in. You can close this tab.</source>
        <translation>smtpdesk jest zalogowany. Możesz zamknąć tę kartę.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Logowanie nie zostało dokończone</translation>
    </message>
    <message>
        <source>smtpdesk was not signed in. You can close this tab and try again.</source>
        <translation>smtpdesk nie został zalogowany. Możesz zamknąć tę kartę i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The profile&apos;s sign-in settings cannot be used ({reason}).</source>
        <translation>Nie można użyć ustawień logowania z profilu ({reason}).</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>Logowanie zostało odrzucone w przeglądarce.</translation>
    </message>
    <message>
        <source>Sign-in was not finished in time.</source>
        <translation>Logowanie nie zostało dokończone na czas.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in.</source>
        <translation>Dostawca odrzucił logowanie.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached.</source>
        <translation>Nie można połączyć się z serwerem logowania.</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <translation>Zalogowano jako {account}.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Zalogowano.</translation>
    </message>
    <message>
        <source>Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}</source>
        <translation>Certyfikat dla {host}:{port} został zaakceptowany i zapamiętany jako zaufany: SHA-256 {sha}</translation>
    </message>
    <message>
        <source>check a profile by sending a real test message</source>
        <translation>sprawdza profil, wysyłając prawdziwą wiadomość testową</translation>
    </message>
    <message>
        <source>where the test message goes (default: the sender)</source>
        <translation>dokąd trafi wiadomość testowa (domyślnie: do nadawcy)</translation>
    </message>
    <message>
        <source>print the dialogue with the server</source>
        <translation>wypisuje komunikację z serwerem</translation>
    </message>
    <message>
        <source>accept (pin) the server&apos;s self-signed certificate with this SHA-256 fingerprint (64 hex digits; colons and case ignored)</source>
        <translation>akceptuje (przypina) samopodpisany certyfikat serwera z tym odciskiem SHA-256 (64 cyfry szesnastkowe; dwukropki i wielkość liter bez znaczenia)</translation>
    </message>
    <message>
        <source>sign in with Google or Microsoft (OAuth2) in the browser and keep the sign-in in the system keyring</source>
        <translation>loguje przez Google lub Microsoft (OAuth2) w przeglądarce i zapisuje logowanie w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>this is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>to nie jest odcisk SHA-256 (64 cyfry szesnastkowe)</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>Odpowiedź serwera:</translation>
    </message>
    <message>
        <source>list, import, delete profiles</source>
        <translation>wyświetla, importuje, usuwa profile</translation>
    </message>
    <message>
        <source>store a profile file</source>
        <translation>zapisuje plik profilu</translation>
    </message>
    <message>
        <source>store it under this name</source>
        <translation>zapisuje go pod tą nazwą</translation>
    </message>
    <message>
        <source>delete a stored profile</source>
        <translation>usuwa zapisany profil</translation>
    </message>
    <message>
        <source>store the password in the system keyring</source>
        <translation>zapisuje hasło w systemowym magazynie haseł</translation>
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
        <source>set-password reads the password from standard input: add --password-stdin.</source>
        <translation>set-password odczytuje hasło ze standardowego wejścia: dodaj --password-stdin.</translation>
    </message>
    <message>
        <source>The system keyring is not available; the password can still be given with --password-stdin or SMTPDESK_PASSWORD when sending.</source>
        <translation>Systemowy magazyn haseł jest niedostępny; hasło można nadal podać przy wysyłaniu przez --password-stdin lub SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring for {name}.</source>
        <translation>Hasło dla {name} zostało zapisane w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: plik nie istnieje.</translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: smtpdesk profiles import FILE</source>
        <translation>Nie ma jeszcze żadnych profili. Zaimportuj profil poleceniem: smtpdesk profiles import FILE</translation>
    </message>
    <message>
        <source>from the provider database</source>
        <translation>z bazy dostawców</translation>
    </message>
    <message>
        <source>from the domain&apos;s DNS (SRV)</source>
        <translation>z DNS domeny (SRV)</translation>
    </message>
    <message>
        <source>from the domain&apos;s mail server (MX)</source>
        <translation>z serwera pocztowego domeny (MX)</translation>
    </message>
    <message>
        <source>found by probing</source>
        <translation>znalezione przez sprawdzanie</translation>
    </message>
    <message>
        <source>propose settings for an address</source>
        <translation>proponuje ustawienia dla adresu</translation>
    </message>
    <message>
        <source>also ask DNS (SRV, MX) and probe the candidate servers</source>
        <translation>pyta też DNS (SRV, MX) i sprawdza możliwe serwery</translation>
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
        <source>limits:</source>
        <translation>limity:</translation>
    </message>
    <message>
        <source>The provider does not publish the port: {port} is a guess. `detect --probe` or `verify` tells whether it is right.</source>
        <translation>Dostawca nie publikuje portu, więc {port} to tylko propozycja. Czy jest prawidłowy, pokaże `detect --probe` lub `verify`.</translation>
    </message>
    <message>
        <source>The batch database {file} cannot be written ({reason}); free some disk space, then run the command again.</source>
        <translation>Nie można zapisać bazy wysyłek {file} ({reason}); zwolnij trochę miejsca na dysku i uruchom polecenie ponownie.</translation>
    </message>
    <message>
        <source>The batch database {file} cannot be used ({reason}); move it aside (rename it) and smtpdesk starts a new one; nothing was sent.</source>
        <translation>Nie można użyć bazy wysyłek {file} ({reason}); przenieś ją w inne miejsce (zmień jej nazwę), a smtpdesk utworzy nową; nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>This could not be done ({code}).</source>
        <translation>Nie udało się tego wykonać ({code}).</translation>
    </message>
    <message>
        <source>Outgoing mail that works: check your SMTP settings and send personalized batches.</source>
        <translation>Poczta wychodząca, która działa: sprawdź ustawienia SMTP i wysyłaj spersonalizowane wiadomości do wielu odbiorców.</translation>
    </message>
    <message>
        <source>open the window with the built-in local test inbox</source>
        <translation>otwiera okno z wbudowaną lokalną testową skrzynką</translation>
    </message>
    <message>
        <source>the language of the words (also after the command)</source>
        <translation>język komunikatów (także po poleceniu)</translation>
    </message>
    <message>
        <source>choose a command (see smtpdesk --help)</source>
        <translation>wybierz polecenie (zobacz smtpdesk --help)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Przerwano.</translation>
    </message>
    <message>
        <source>read delivery reports (bounces) from the inbox over IMAP and mark those rows bounced</source>
        <translation>odczytuje ze skrzynki (IMAP) raporty o niedostarczeniu i oznacza te wiersze jako niedoręczone</translation>
    </message>
    <message>
        <source>move the matched reports to this folder (never deleted)</source>
        <translation>przenosi dopasowane raporty do tego folderu (nigdy ich nie usuwa)</translation>
    </message>
    <message>
        <source>will mail from this sender arrive? (SPF, DKIM, DMARC, MX)</source>
        <translation>czy poczta od tego nadawcy dotrze? (SPF, DKIM, DMARC, MX)</translation>
    </message>
    <message>
        <source>a sender address (its provider&apos;s server, if known)</source>
        <translation>adres nadawcy (serwer jego dostawcy, jeśli jest znany)</translation>
    </message>
    <message>
        <source>SMTPDESK_DNS is not a DNS server address ({detail}).</source>
        <translation>SMTPDESK_DNS nie jest adresem serwera DNS ({detail}).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>smtpdesk ran into a problem</source>
        <translation>W programie smtpdesk wystąpił problem</translation>
    </message>
    <message>
        <source>Something went wrong inside smtpdesk. Your batches are safe in the queue and can be resumed. Please send the report below to whoever helps you with smtpdesk; it contains no password.</source>
        <translation>W programie smtpdesk wystąpił błąd. Twoje wysyłki są bezpieczne w kolejce i można je wznowić. Wyślij poniższy raport osobie, która pomaga Ci w obsłudze smtpdesk; raport nie zawiera hasła.</translation>
    </message>
    <message>
        <source>Report saved as: {path}</source>
        <translation>Raport zapisano jako: {path}</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopiuj do schowka</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainCheck</name>
    <message>
        <source>The SPF record of {domain} allows the server to send its mail.</source>
        <translation>Rekord SPF domeny {domain} pozwala serwerowi wysyłać jej pocztę.</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell its mail from forgeries and often put it in spam. Ask whoever runs your domain&apos;s DNS to publish this TXT record at {name}: {record}</source>
        <translation>Domena {domain} nie ma rekordu SPF, więc odbiorcy nie potrafią odróżnić jej poczty od podróbek i często trafia ona do spamu. Poproś osobę, która zarządza DNS Twojej domeny, o opublikowanie tego rekordu TXT pod nazwą {name}: {record}</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell its mail from forgeries and often put it in spam. Ask whoever runs your domain&apos;s DNS to publish one for the servers that send your mail.</source>
        <translation>Domena {domain} nie ma rekordu SPF, więc odbiorcy nie potrafią odróżnić jej poczty od podróbek i często trafia ona do spamu. Poproś osobę, która zarządza DNS Twojej domeny, o opublikowanie go dla serwerów, które wysyłają Twoją pocztę.</translation>
    </message>
    <message>
        <source>{domain} has more than one SPF record, and receivers then ignore them all. Ask whoever runs your domain&apos;s DNS to merge them into one record.</source>
        <translation>Domena {domain} ma więcej niż jeden rekord SPF, a wtedy odbiorcy ignorują je wszystkie. Poproś osobę, która zarządza DNS Twojej domeny, o połączenie ich w jeden rekord.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} cannot be used: it has a mistake or needs more than 10 DNS lookups. Ask whoever runs your domain&apos;s DNS to correct it (for example, with fewer include: entries).</source>
        <translation>Rekordu SPF domeny {domain} nie da się użyć: zawiera błąd albo wymaga więcej niż 10 zapytań DNS. Poproś osobę, która zarządza DNS Twojej domeny, o jego poprawienie (na przykład przez zmniejszenie liczby wpisów include:).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not allow {server} to send its mail: receivers will likely refuse your messages. Ask whoever runs your domain&apos;s DNS to add {add} to the SPF record.</source>
        <translation>Rekord SPF domeny {domain} nie pozwala serwerowi {server} wysyłać jej poczty: odbiorcy prawdopodobnie odrzucą Twoje wiadomości. Poproś osobę, która zarządza DNS Twojej domeny, o dodanie {add} do rekordu SPF.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not allow {server} to send its mail: your messages may end up in spam. Ask whoever runs your domain&apos;s DNS to add {add} to the SPF record.</source>
        <translation>Rekord SPF domeny {domain} nie pozwala serwerowi {server} wysyłać jej poczty: Twoje wiadomości mogą trafić do spamu. Poproś osobę, która zarządza DNS Twojej domeny, o dodanie {add} do rekordu SPF.</translation>
    </message>
    <message>
        <source>{domain} publishes a DKIM key (selector {selector}), so its mail can be signed.</source>
        <translation>Domena {domain} publikuje klucz DKIM (selektor {selector}), więc jej poczta może być podpisywana.</translation>
    </message>
    <message>
        <source>No DKIM key was found for {domain} (selectors tried: {selectors}). If your mail provider signs your mail, its help pages give the record: ask whoever runs your domain&apos;s DNS to publish it. Gmail and Yahoo expect it from bulk senders.</source>
        <translation>Nie znaleziono klucza DKIM dla domeny {domain} (sprawdzone selektory: {selectors}). Jeśli Twój dostawca poczty podpisuje Twoją pocztę, podaje rekord na swoich stronach pomocy: poproś osobę, która zarządza DNS Twojej domeny, o jego opublikowanie. Gmail i Yahoo oczekują go od nadawców masowej poczty.</translation>
    </message>
    <message>
        <source>{domain} has a DMARC policy: receivers know what to do with forged mail.</source>
        <translation>Domena {domain} ma politykę DMARC: odbiorcy wiedzą, co zrobić ze sfałszowaną pocztą.</translation>
    </message>
    <message>
        <source>The DMARC policy of {domain} is p=none: receivers only report forged mail. Nothing to do before sending; later, p=quarantine protects your name better.</source>
        <translation>Polityka DMARC domeny {domain} to p=none: odbiorcy jedynie zgłaszają sfałszowaną pocztę. Przed wysyłką nie trzeba nic robić; później p=quarantine lepiej ochroni Twoje dobre imię.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record; Gmail and Yahoo expect one from bulk senders. Ask whoever runs your domain&apos;s DNS to publish this TXT record at {name}: {record}</source>
        <translation>Domena {domain} nie ma rekordu DMARC; Gmail i Yahoo oczekują go od nadawców masowej poczty. Poproś osobę, która zarządza DNS Twojej domeny, o opublikowanie tego rekordu TXT pod nazwą {name}: {record}</translation>
    </message>
    <message>
        <source>The DMARC record at {name} cannot be read, so receivers ignore it. Ask whoever runs your domain&apos;s DNS to replace it with this TXT record: {record}</source>
        <translation>Rekordu DMARC pod nazwą {name} nie da się odczytać, więc odbiorcy go ignorują. Poproś osobę, która zarządza DNS Twojej domeny, o zastąpienie go tym rekordem TXT: {record}</translation>
    </message>
    <message>
        <source>{domain} has no MX record, so replies to your messages cannot arrive. Ask whoever runs your domain&apos;s DNS to add one, or set a Reply-to address that receives mail.</source>
        <translation>Domena {domain} nie ma rekordu MX, więc odpowiedzi na Twoje wiadomości nie mogą dotrzeć. Poproś osobę, która zarządza DNS Twojej domeny, o jego dodanie albo wpisz w polu Adres do odpowiedzi adres, który odbiera pocztę.</translation>
    </message>
    <message>
        <source>{domain} is a free mailbox service ({provider}). Many messages from a free address often end in spam or are refused: send them from your organization&apos;s own domain.</source>
        <translation>{domain} to darmowa usługa pocztowa ({provider}). Wiele wiadomości wysłanych z darmowego adresu trafia do spamu lub zostaje odrzuconych: wysyłaj je z własnej domeny Twojej organizacji.</translation>
    </message>
    <message>
        <source>The DNS records could not be looked up, so nothing could be judged. Check that this computer is online, then check again.</source>
        <translation>Nie udało się odczytać rekordów DNS, więc nie można było niczego ocenić. Sprawdź, czy ten komputer ma połączenie z internetem, a potem sprawdź ponownie.</translation>
    </message>
    <message>
        <source>Will it arrive? The sender&apos;s domain looks right.</source>
        <translation>Czy wiadomości dotrą? Domena nadawcy wygląda poprawnie.</translation>
    </message>
    <message>
        <source>Will it arrive? Probably, but something in the sender&apos;s domain should be improved.</source>
        <translation>Czy wiadomości dotrą? Prawdopodobnie tak, ale coś w domenie nadawcy warto poprawić.</translation>
    </message>
    <message>
        <source>Will it arrive? Maybe not: the sender&apos;s domain has a problem.</source>
        <translation>Czy wiadomości dotrą? Być może nie: w domenie nadawcy jest problem.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DomainCheckPanel</name>
    <message>
        <source>Check domain</source>
        <translation>Sprawdź domenę</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s SPF, DKIM, DMARC and MX records and check that they let this server&apos;s mail arrive</source>
        <translation>Odczytuje rekordy SPF, DKIM, DMARC i MX domeny nadawcy i sprawdza, czy pozwalają dotrzeć poczcie z tego serwera</translation>
    </message>
    <message>
        <source>Checking the sender&apos;s domain…</source>
        <translation>Sprawdzanie domeny nadawcy…</translation>
    </message>
    <message>
        <source>The sender&apos;s domain could not be checked: check the sender&apos;s address.</source>
        <translation>Nie udało się sprawdzić domeny nadawcy: sprawdź adres nadawcy.</translation>
    </message>
    <message>
        <source>Will it arrive? After a successful verify, the sender&apos;s domain is checked here (SPF, DKIM, DMARC).</source>
        <translation>Czy wiadomości dotrą? Po udanym sprawdzeniu ustawień domena nadawcy zostanie tu sprawdzona (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Copy DNS record</source>
        <translation>Kopiuj rekord DNS</translation>
    </message>
    <message>
        <source>Copy {record} to paste it at {name} (TXT)</source>
        <translation>Kopiuje {record}, aby wkleić go pod nazwą {name} (TXT)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>dziś o {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>jutro o {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>{date} o {time}</translation>
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
        <translation>Sprawdź, czy nazwa serwera jest poprawnie wpisana (na przykład smtp.gmail.com) i czy ten komputer ma połączenie z internetem.</translation>
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
        <translation>Ten port może być blokowany przez zaporę sieciową lub Twoją sieć. Spróbuj użyć portu 587 (STARTTLS) lub 465 (SSL/TLS) albo zwróć się do działu IT.</translation>
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
        <translation>Serwer przyjmuje pocztę do wysłania tylko od zalogowanych użytkowników.</translation>
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
        <translation>Sprawdź nazwę użytkownika ({user}) i hasło. Konta Gmail, Yahoo i Microsoft z weryfikacją dwuetapową wymagają hasła do aplikacji zamiast zwykłego hasła; Microsoft 365 może wymagać logowania za pomocą konta Microsoft (OAuth2).</translation>
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
        <translation>Serwer odrzucił adres odbiorcy wiadomości testowej {to}.</translation>
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
    <message>
        <source>The server name {host} could not be looked up: this computer seems to have no internet connection.</source>
        <translation>Nie można odnaleźć nazwy serwera {host}: ten komputer najwyraźniej nie ma połączenia z internetem.</translation>
    </message>
    <message>
        <source>Check that this computer is online (network cable or Wi-Fi), then try again. If other programs can reach the internet, the network&apos;s name service (DNS) is not working: ask your IT support.</source>
        <translation>Sprawdź, czy komputer jest połączony z internetem (kabel sieciowy lub Wi-Fi), i spróbuj ponownie. Jeśli inne programy łączą się z internetem, w sieci nie działa usługa nazw (DNS): zwróć się do działu IT.</translation>
    </message>
    <message>
        <source>The server name {host} does not exist.</source>
        <translation>Serwer o nazwie {host} nie istnieje.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name. Your provider&apos;s help page gives the right one.</source>
        <translation>Sprawdź, czy nazwa serwera jest poprawnie wpisana. Właściwą nazwę podaje strona pomocy Twojego dostawcy.</translation>
    </message>
    <message>
        <source>The sign-in with your provider (OAuth2) was refused, has expired, or was revoked.</source>
        <translation>Logowanie u dostawcy poczty (OAuth2) zostało odrzucone, wygasło lub zostało cofnięte.</translation>
    </message>
    <message>
        <source>Sign in again (&quot;Sign in&quot; button, or smtpdesk login). If it keeps failing, check that {user} is the account you signed in with; for Microsoft 365 an administrator must also allow SMTP AUTH for the mailbox.</source>
        <translation>Zaloguj się ponownie (przycisk „Zaloguj się” lub polecenie smtpdesk login). Jeśli to nadal nie działa, sprawdź, czy {user} to konto użyte do logowania; w przypadku Microsoft 365 administrator musi też zezwolić na SMTP AUTH dla tej skrzynki pocztowej.</translation>
    </message>
    <message>
        <source>Google accepts no normal password from mail programs: choose &quot;Sign in with Google instead of a password&quot;, or turn on 2-Step Verification in your Google Account and enter an app password instead.</source>
        <translation>Google nie przyjmuje zwykłego hasła z programów pocztowych: wybierz „Użyj logowania przez Google zamiast hasła” albo włącz weryfikację dwuetapową na koncie Google i zamiast hasła wpisz hasło do aplikacji.</translation>
    </message>
    <message>
        <source>Look in Spam too. A test message to your own Gmail address is filed under Sent, not in the inbox.</source>
        <translation>Zajrzyj też do folderu Spam. Wiadomość testowa wysłana na własny adres Gmail trafia do folderu Wysłane, a nie do skrzynki odbiorczej.</translation>
    </message>
    <message>
        <source>Outlook.com has accepted no passwords from mail programs since September 2024: choose &quot;Sign in with Microsoft instead of a password&quot;.</source>
        <translation>Outlook.com od września 2024 nie przyjmuje haseł z programów pocztowych: wybierz „Użyj logowania przez Microsoft zamiast hasła”.</translation>
    </message>
    <message>
        <source>Microsoft 365 lets a mail program send only when an administrator has switched on Authenticated SMTP for this mailbox (Microsoft 365 admin center: the user, Mail, Manage email apps). Or choose &quot;Sign in with Microsoft instead of a password&quot;.</source>
        <translation>Microsoft 365 pozwala programowi pocztowemu wysyłać tylko wtedy, gdy administrator włączył dla tej skrzynki Authenticated SMTP (centrum administracyjne Microsoft 365: użytkownik, Poczta, Zarządzaj aplikacjami poczty e-mail). Możesz też wybrać „Użyj logowania przez Microsoft zamiast hasła”.</translation>
    </message>
    <message>
        <source>Yahoo accepts an app password, not your normal password: create one in the security settings of your Yahoo account and enter it here.</source>
        <translation>Yahoo przyjmuje hasło do aplikacji, a nie zwykłe hasło: utwórz je w ustawieniach bezpieczeństwa konta Yahoo i wpisz tutaj.</translation>
    </message>
    <message>
        <source>iCloud Mail always needs an app-specific password: create one at account.apple.com (Sign-In and Security, App-Specific Passwords) and enter it instead of your Apple Account password.</source>
        <translation>iCloud Mail zawsze wymaga hasła do aplikacji: utwórz je na account.apple.com (Logowanie i bezpieczeństwo, Hasła do aplikacji) i wpisz je zamiast hasła do Apple Account.</translation>
    </message>
    <message>
        <source>If two-factor authentication is on for your Seznam account, mail programs need a separate application password: set it in your Seznam account under two-factor authentication and enter it here.</source>
        <translation>Jeśli na koncie Seznam jest włączona weryfikacja dwuetapowa, programy pocztowe potrzebują osobnego hasła do aplikacji: ustaw je na koncie Seznam w sekcji weryfikacji dwuetapowej i wpisz tutaj.</translation>
    </message>
    <message>
        <source>{provider_name} lets mail programs send only when access for them is switched on: in webmail, open the settings and switch on access for mail programs (IMAP, POP3, SMTP), then check the password and verify again.</source>
        <translation>{provider_name} pozwala programom pocztowym wysyłać tylko wtedy, gdy dostęp dla nich jest włączony: w poczcie przez przeglądarkę otwórz ustawienia i włącz dostęp dla programów pocztowych (IMAP, POP3, SMTP), a potem sprawdź hasło i zweryfikuj ponownie.</translation>
    </message>
    <message>
        <source>The real certificate of {provider_name} is trusted everywhere, so something between this computer and the server replaced it: usually antivirus e-mail scanning (turn off its scanning of encrypted e-mail) or a company proxy (ask IT). Never allow a self-signed certificate for {provider_name}.</source>
        <translation>Prawdziwy certyfikat {provider_name} jest zaufany wszędzie, więc coś między tym komputerem a serwerem go podmieniło: zwykle skanowanie poczty przez program antywirusowy (wyłącz w nim skanowanie szyfrowanej poczty) albo firmowy serwer proxy (zapytaj dział IT). Nigdy nie zezwalaj na certyfikat z podpisem własnym dla {provider_name}.</translation>
    </message>
    <message>
        <source>No certificate of {host} has been accepted yet, and a batch never accepts one on its own.</source>
        <translation>Dla {host} nie zaakceptowano jeszcze żadnego certyfikatu, a wysyłka seryjna nigdy nie akceptuje go sama.</translation>
    </message>
    <message>
        <source>Press Verify first: it shows the server&apos;s certificate and asks whether you trust it (on the command line: smtpdesk verify --trust-certificate with its SHA-256).</source>
        <translation>Najpierw naciśnij „Sprawdź”: pokaże certyfikat serwera i zapyta, czy mu ufasz (w wierszu poleceń: smtpdesk verify --trust-certificate z jego SHA-256).</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>The demo inbox: messages sent with the Demo profile arrive here and nothing leaves this computer.</source>
        <translation>Skrzynka demonstracyjna: tutaj trafiają wiadomości wysłane z profilu Demo i nic nie opuszcza tego komputera.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) received.</source>
        <translation>
            <numerusform>Odebrano %n wiadomość.</numerusform>
            <numerusform>Odebrano %n wiadomości.</numerusform>
            <numerusform>Odebrano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Odebrane wiadomości</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>No messages yet. Press Verify with the Demo profile to send a test message here.</source>
        <translation>Nie ma jeszcze wiadomości. Wybierz profil Demo i naciśnij „Sprawdź”, aby wysłać tutaj wiadomość testową.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
</context>
<context>
    <name>IncomingRows</name>
    <message>
        <source>{provider} keeps a copy of every message it sends in Sent itself; smtpdesk adds no second one.</source>
        <translation>{provider} sam zapisuje kopię każdej wysłanej wiadomości w Wysłanych; smtpdesk nie dodaje drugiej.</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Serwer poczty przychodzącej (IMAP)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keep a copy of every message in Sent</source>
        <translation>Zapisuj kopię każdej wiadomości w Wysłanych</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): a copy in Sent, bounces</source>
        <translation>Poczta przychodząca (IMAP): kopia w Wysłanych, zwroty</translation>
    </message>
    <message>
        <source>SSL/TLS (993)</source>
        <translation>SSL/TLS (993)</translation>
    </message>
    <message>
        <source>STARTTLS (143)</source>
        <translation>STARTTLS (143)</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of every message in Sent</source>
        <translation>Zapisuj kop&amp;ię każdej wiadomości w Wysłanych</translation>
    </message>
    <message>
        <source>The server you read this mailbox from, as your provider&apos;s help page names it. smtpdesk signs in with the same user name and password.</source>
        <translation>Serwer, z którego odczytujesz tę skrzynkę, tak jak podaje go strona pomocy Twojego dostawcy. smtpdesk loguje się tą samą nazwą użytkownika i hasłem.</translation>
    </message>
    <message>
        <source>Every message of a batch and Verify&apos;s test message go into the mailbox&apos;s Sent folder too, exactly as sent: proof for you and your colleagues.</source>
        <translation>Każda wiadomość z wysyłki i wiadomość testowa ze sprawdzania trafiają też do folderu Wysłane, dokładnie w takiej postaci, w jakiej zostały wysłane: dowód dla Ciebie i Twoich współpracowników.</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <source>This profile has no incoming server (IMAP). Add imap_host (and imap_port, imap_encryption) to its profile file to read bounces and keep copies in Sent.</source>
        <translation>Ten profil nie ma serwera poczty przychodzącej (IMAP). Dodaj imap_host (oraz imap_port, imap_encryption) do pliku profilu, aby odczytywać niedoręczone wiadomości i zapisywać kopie w Wysłanych.</translation>
    </message>
    <message>
        <source>The incoming server {host} could not be found.</source>
        <translation>Nie znaleziono serwera poczty przychodzącej {host}.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}. Check the incoming server and its port (993 for SSL/TLS, 143 for STARTTLS).</source>
        <translation>Pod adresem {host} na porcie {port} nic nie odpowiada. Sprawdź serwer poczty przychodzącej i jego port (993 dla SSL/TLS, 143 dla STARTTLS).</translation>
    </message>
    <message>
        <source>The incoming server {host} did not answer in time.</source>
        <translation>Serwer poczty przychodzącej {host} nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The incoming server {host} does not offer STARTTLS, and smtpdesk never signs in without encryption. Choose SSL/TLS and port 993.</source>
        <translation>Serwer poczty przychodzącej {host} nie oferuje STARTTLS, a smtpdesk nigdy nie loguje się bez szyfrowania. Wybierz SSL/TLS i port 993.</translation>
    </message>
    <message>
        <source>The certificate of the incoming server {host} is not trusted.</source>
        <translation>Certyfikat serwera poczty przychodzącej {host} nie jest zaufany.</translation>
    </message>
    <message>
        <source>The certificate of the incoming server is issued for another name than {host}.</source>
        <translation>Certyfikat serwera poczty przychodzącej wystawiono dla innej nazwy niż {host}.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed. Check that SSL/TLS or STARTTLS matches the port.</source>
        <translation>Szyfrowane połączenie z {host} nie powiodło się. Sprawdź, czy SSL/TLS lub STARTTLS pasuje do portu.</translation>
    </message>
    <message>
        <source>The incoming server refused the user name or password (the same ones as for sending).</source>
        <translation>Serwer poczty przychodzącej odrzucił nazwę użytkownika lub hasło (te same co do wysyłania).</translation>
    </message>
    <message>
        <source>The incoming server offers no way to sign in that smtpdesk can use.</source>
        <translation>Serwer poczty przychodzącej nie oferuje sposobu logowania, którego smtpdesk mógłby użyć.</translation>
    </message>
    <message>
        <source>No Sent folder was found in the mailbox.</source>
        <translation>W skrzynce nie znaleziono folderu Wysłane.</translation>
    </message>
    <message>
        <source>The incoming server reported a problem.</source>
        <translation>Serwer poczty przychodzącej zgłosił problem.</translation>
    </message>
    <message>
        <source>Delivery reports read: {reports}. Bounced: {bounced}. Delayed (still being retried, not counted as bounces): {delayed}.</source>
        <translation>Odczytane raporty doręczenia: {reports}. Niedoręczone: {bounced}. Opóźnione (doręczenie jest ponawiane, nie liczą się jako niedoręczone): {delayed}.</translation>
    </message>
    <message>
        <source>Reports moved to {folder}: {moved}.</source>
        <translation>Raporty przeniesione do {folder}: {moved}.</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>niedoręczona</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>opóźniona</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Inbox ({count})</source>
        <translation>Skrzynka odbiorcza ({count})</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Skrzynka odbiorcza</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>tryb demonstracyjny</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>About smtpdesk (F1)</source>
        <translation>O programie smtpdesk (F1)</translation>
    </message>
    <message>
        <source>About smtpdesk</source>
        <translation>O programie smtpdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be read.</source>
        <translation>
            <numerusform>Nie można odczytać %n pliku profilu.</numerusform>
            <numerusform>Nie można odczytać %n plików profili.</numerusform>
            <numerusform>Nie można odczytać %n plików profili.</numerusform>
        </translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mój profil</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The profile {name} has changes that are not saved.</source>
        <translation>Profil {name} ma niezapisane zmiany.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Zapisać je przed kontynuowaniem?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain &lt; &gt; : &quot; / \ | ? *.</source>
        <translation>Nazwa profilu nie może być pusta ani zawierać znaków &lt; &gt; : &quot; / \ | ? *.</translation>
    </message>
    <message>
        <source>A profile named {name} exists already.</source>
        <translation>Profil o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>Profil {name} został usunięty.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Delete the profile {name}?</source>
        <translation>Usunąć profil {name}?</translation>
    </message>
    <message>
        <source>Its settings and its stored password are removed. Sent batches are kept.</source>
        <translation>Jego ustawienia i zapisane hasło zostaną usunięte. Historia wysyłek zostanie zachowana.</translation>
    </message>
    <message>
        <source>Profile {name} saved.</source>
        <translation>Profil {name} został zapisany.</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n wiadomość na minutę</numerusform>
            <numerusform>%n wiadomości na minutę</numerusform>
            <numerusform>%n wiadomości na minutę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n wiadomość na godzinę</numerusform>
            <numerusform>%n wiadomości na godzinę</numerusform>
            <numerusform>%n wiadomości na godzinę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n wiadomość na dzień</numerusform>
            <numerusform>%n wiadomości na dzień</numerusform>
            <numerusform>%n wiadomości na dzień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileWords</name>
    <message>
        <source>missing or empty</source>
        <translation>brak lub puste</translation>
    </message>
    <message>
        <source>this name cannot be used: a name cannot contain &lt; &gt; : &quot; / \ | ? * or start or end with a space, and cannot be a name Windows keeps for itself</source>
        <translation>tej nazwy nie można użyć: nazwa nie może zawierać &lt; &gt; : &quot; / \ | ? *, zaczynać się ani kończyć spacją ani być nazwą zastrzeżoną przez system Windows</translation>
    </message>
    <message>
        <source>this is not a server name (write it like smtp.example.com)</source>
        <translation>to nie jest nazwa serwera (wpisz ją w postaci smtp.example.com)</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>port musi być liczbą od 1 do 65535</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>użyj jednej z wartości: {choices}</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>to nie jest adres e-mail</translation>
    </message>
    <message>
        <source>the user name starts or ends with a space</source>
        <translation>nazwa użytkownika zaczyna się lub kończy spacją</translation>
    </message>
    <message>
        <source>must be a whole number above 0</source>
        <translation>musi być liczbą całkowitą większą od 0</translation>
    </message>
    <message>
        <source>must be a number of seconds from 1 to 600</source>
        <translation>musi być liczbą sekund od 1 do 600</translation>
    </message>
    <message>
        <source>needs the incoming server (imap_host)</source>
        <translation>wymaga serwera poczty przychodzącej (imap_host)</translation>
    </message>
    <message>
        <source>must be an https:// address</source>
        <translation>musi być adresem https://</translation>
    </message>
    <message>
        <source>must be a tenant ID, a domain, common, organizations or consumers</source>
        <translation>musi być identyfikatorem dzierżawy, domeną, common, organizations lub consumers</translation>
    </message>
    <message>
        <source>smtpdesk does not know this key</source>
        <translation>smtpdesk nie zna tego klucza</translation>
    </message>
    <message>
        <source>the value has the wrong type (a whole number, true or false, or text in quotes)</source>
        <translation>wartość ma niewłaściwy typ (liczba całkowita, true lub false albo tekst w cudzysłowie)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>nie można odczytać pliku</translation>
    </message>
    <message>
        <source>the file is not a valid profile (TOML)</source>
        <translation>plik nie jest prawidłowym profilem (TOML)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a profile (brackets within brackets)</source>
        <translation>plik jest zbyt głęboko zagnieżdżony, by mógł być profilem (nawiasy w nawiasach)</translation>
    </message>
    <message>
        <source>an address in the message is not valid</source>
        <translation>adres w wiadomości jest nieprawidłowy</translation>
    </message>
    <message>
        <source>a line break or a control character would land in a header</source>
        <translation>podział wiersza lub znak sterujący trafiłby do nagłówka wiadomości</translation>
    </message>
    <message>
        <source>text that cannot be written as UTF-8</source>
        <translation>tekst, którego nie można zapisać w UTF-8</translation>
    </message>
    <message>
        <source>an attachment cannot be read</source>
        <translation>nie można odczytać załącznika</translation>
    </message>
    <message>
        <source>an attachment is a folder or a device, not a file</source>
        <translation>załącznik jest folderem lub urządzeniem, a nie plikiem</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, wiersz {line}</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>nie podano adresu</translation>
    </message>
    <message>
        <source>“{address}” has no valid domain after the @</source>
        <translation>„{address}” nie ma prawidłowej domeny po @</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address</source>
        <translation>„{address}” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Nie można odczytać pliku {file}.</translation>
    </message>
    <message>
        <source>The file {file} is not a text file.</source>
        <translation>Plik {file} nie jest plikiem tekstowym.</translation>
    </message>
    <message>
        <source>The file {file} mixes two encodings (line {utf8} is UTF-8, line {other} is not); save it again as UTF-8.</source>
        <translation>Plik {file} miesza dwa kodowania (wiersz {utf8} jest w UTF-8, wiersz {other} nie); zapisz go ponownie w UTF-8.</translation>
    </message>
    <message>
        <source>The file {file} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>Plik {file} nie jest tekstem w UTF-8; zapisz go ponownie w UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Add a new sending profile</source>
        <translation>Dodaj nowy profil wysyłania</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>Skopiuj zaznaczony profil</translation>
    </message>
    <message>
        <source>Rename the selected profile (F2)</source>
        <translation>Zmień nazwę zaznaczonego profilu (F2)</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;likuj</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Z&amp;mień nazwę</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Delete the selected profile and its stored password</source>
        <translation>Usuń zaznaczony profil i jego zapisane hasło</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze niezapisany</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Other / own server</source>
        <translation>Inny / własny serwer</translation>
    </message>
    <message>
        <source>Choose your provider to fill in its server settings</source>
        <translation>Wybierz dostawcę poczty, aby uzupełnić ustawienia jego serwera</translation>
    </message>
    <message>
        <source>{provider} uses the server {host}. &lt;a href=&quot;apply&quot;&gt;Use its settings&lt;/a&gt;</source>
        <translation>{provider} używa serwera {host}. &lt;a href=&quot;apply&quot;&gt;Użyj tych ustawień&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Looking for the settings of {domain}… &lt;a href=&quot;cancel&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Wyszukiwanie ustawień dla {domain}… &lt;a href=&quot;cancel&quot;&gt;Zatrzymaj&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No settings found for {domain}. Your provider&apos;s help page lists the outgoing mail (SMTP) server; enter it below.</source>
        <translation>Nie znaleziono ustawień dla {domain}. Serwer poczty wychodzącej (SMTP) znajdziesz na stronie pomocy swojego dostawcy poczty; wpisz go poniżej.</translation>
    </message>
    <message>
        <source>Settings for {provider} filled in.</source>
        <translation>Uzupełniono ustawienia dla {provider}.</translation>
    </message>
    <message>
        <source>Found a mail server at {host}, port {port}.</source>
        <translation>Znaleziono serwer poczty {host}, port {port}.</translation>
    </message>
    <message>
        <source>Checking which port {host} answers on… &lt;a href=&quot;cancel&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Sprawdzanie, na którym porcie odpowiada {host}… &lt;a href=&quot;cancel&quot;&gt;Zatrzymaj&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{provider} does not publish the port: {port} is a guess. Verify tells whether it is right.</source>
        <translation>{provider} nie publikuje portu, więc {port} to tylko propozycja. Czy jest prawidłowy, pokaże przycisk „Sprawdź”.</translation>
    </message>
    <message numerus="yes">
        <source>Limit: %n message(s) a day.</source>
        <translation>
            <numerusform>Limit: %n wiadomość na dzień.</numerusform>
            <numerusform>Limit: %n wiadomości na dzień.</numerusform>
            <numerusform>Limit: %n wiadomości na dzień.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with Google instead of a password</source>
        <translation>Użyj logowania przez Google zamiast hasła</translation>
    </message>
    <message>
        <source>Sign in with Microsoft instead of a password</source>
        <translation>Użyj logowania przez Microsoft zamiast hasła</translation>
    </message>
    <message>
        <source>Provider&apos;s help page</source>
        <translation>Strona pomocy dostawcy</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Plik %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Dysk</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel boczny</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Czy na pewno usunąć „%1”?</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Nie zapisuj</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ie dla wszystkich</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiuj adres &amp;odnośnika</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Do ponowienia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudana</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Niepewna</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Niedoręczona</translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation>Przyjęta przez serwer</translation>
    </message>
    <message>
        <source>Marked as sent by you</source>
        <translation>Oznaczona przez Ciebie jako wysłana</translation>
    </message>
    <message>
        <source>Came back: not delivered</source>
        <translation>Wróciła: nie doręczono</translation>
    </message>
    <message>
        <source>Accepted; no copy in Sent</source>
        <translation>Przyjęto; bez kopii w Wysłanych</translation>
    </message>
    <message>
        <source>Accepted; the provider keeps the copy in Sent</source>
        <translation>Przyjęto; kopię w Wysłanych zapisuje dostawca</translation>
    </message>
    <message>
        <source>The connection broke before the server confirmed</source>
        <translation>Połączenie zostało przerwane przed potwierdzeniem przez serwer</translation>
    </message>
    <message>
        <source>Interrupted while sending (the app was closed)</source>
        <translation>Przerwano podczas wysyłania (program został zamknięty)</translation>
    </message>
    <message>
        <source>The server refused this address</source>
        <translation>Serwer odrzucił ten adres</translation>
    </message>
    <message>
        <source>The server asked to slow down</source>
        <translation>Serwer poprosił o zwolnienie tempa</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Brak odpowiedzi na czas</translation>
    </message>
    <message>
        <source>Message too large for the server</source>
        <translation>Wiadomość jest za duża dla serwera</translation>
    </message>
    <message>
        <source>An attachment file is missing</source>
        <translation>Brak pliku załącznika</translation>
    </message>
    <message>
        <source>An attachment is no longer a regular file</source>
        <translation>Załącznik nie jest już zwykłym plikiem</translation>
    </message>
    <message>
        <source>A merge value has a line break where none may be</source>
        <translation>Wartość pola zawiera niedozwolony podział wiersza</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>Adres nadawcy został odrzucony</translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation>Serwer zgłosił problem</translation>
    </message>
    <message>
        <source>The server name was not found</source>
        <translation>Nie znaleziono nazwy serwera</translation>
    </message>
    <message>
        <source>Nothing answers on the server&apos;s port</source>
        <translation>Na porcie serwera nic nie odpowiada</translation>
    </message>
    <message>
        <source>The encryption does not match the port</source>
        <translation>Szyfrowanie nie pasuje do portu</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Serwer nie oferuje STARTTLS</translation>
    </message>
    <message>
        <source>The certificate is for another server name</source>
        <translation>Certyfikat wystawiono dla innej nazwy serwera</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>Serwer odrzucił nazwę użytkownika lub hasło</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Odpowiedź serwera</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Batch {number}</source>
        <translation>Wysyłka {number}</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemy</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID wiadomości</translation>
    </message>
    <message>
        <source>Queue ({done}/{total})</source>
        <translation>Kolejka ({done}/{total})</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Batches sent so far</source>
        <translation>Dotychczasowe wysyłki</translation>
    </message>
    <message>
        <source>Send a follow-up to this batch&apos;s recipients, e.g. only to those who have not answered yet</source>
        <translation>Wyślij kolejną wiadomość do odbiorców tej wysyłki, np. tylko do tych, którzy jeszcze nie odpowiedzieli</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Usuń wysyłkę</translation>
    </message>
    <message>
        <source>Remove this batch and its recipients&apos; data</source>
        <translation>Usuń tę wysyłkę i dane jej odbiorców</translation>
    </message>
    <message>
        <source>Stop after the messages being sent right now; nothing is lost</source>
        <translation>Zatrzymaj po wysłaniu wiadomości, które są już w drodze; nic nie zostanie utracone</translation>
    </message>
    <message>
        <source>Continue sending this batch</source>
        <translation>Kontynuuj tę wysyłkę</translation>
    </message>
    <message>
        <source>Do not send the messages still waiting</source>
        <translation>Nie wysyłaj wiadomości, które jeszcze oczekują</translation>
    </message>
    <message>
        <source>Send the failed and postponed messages again</source>
        <translation>Wyślij ponownie nieudane i odłożone wiadomości</translation>
    </message>
    <message>
        <source>All rows to CSV…</source>
        <translation>Wszystkie wiersze do CSV…</translation>
    </message>
    <message>
        <source>Failed and uncertain rows to CSV…</source>
        <translation>Nieudane i niepewne wiersze do CSV…</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>Wszyscy odbiorcy</translation>
    </message>
    <message>
        <source>Problems (failed, uncertain, retrying)</source>
        <translation>Problemy (nieudane, niepewne, ponawiane)</translation>
    </message>
    <message>
        <source>Recipients of the batch</source>
        <translation>Odbiorcy wysyłki</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Postęp wysyłki</translation>
    </message>
    <message>
        <source>No batch yet. Load recipients and write the message on the Batch page, then press Send.</source>
        <translation>Nie ma jeszcze żadnej wysyłki. Wczytaj odbiorców i napisz wiadomość na stronie Wysyłka, a następnie naciśnij „Wyślij…”.</translation>
    </message>
    <message>
        <source>#{batch} · {when} · {subject} · {sent}/{total} sent</source>
        <translation>#{batch} · {when} · {subject} · wysłano {sent}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n message(s) sent</source>
        <translation>
            <numerusform>Wysłano {done} z %n wiadomości</numerusform>
            <numerusform>Wysłano {done} z %n wiadomości</numerusform>
            <numerusform>Wysłano {done} z %n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nieudana</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n niepewna</numerusform>
            <numerusform>%n niepewne</numerusform>
            <numerusform>%n niepewnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n do ponowienia</numerusform>
            <numerusform>%n do ponowienia</numerusform>
            <numerusform>%n do ponowienia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n anulowana</numerusform>
            <numerusform>%n anulowane</numerusform>
            <numerusform>%n anulowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n jeszcze niewysłana</numerusform>
            <numerusform>%n jeszcze niewysłane</numerusform>
            <numerusform>%n jeszcze niewysłanych</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch cannot be sent: {reason}</source>
        <translation>Nie można przeprowadzić tej wysyłki: {reason}</translation>
    </message>
    <message>
        <source>Batch {batch} is being sent by another smtpdesk right now (another window or the command line). Wait until it ends.</source>
        <translation>Wysyłka {batch} jest właśnie realizowana przez inną kopię smtpdesk (inne okno lub wiersz poleceń). Poczekaj, aż się zakończy.</translation>
    </message>
    <message>
        <source>The profile {name} of this batch no longer exists. Create it again on the Settings page to continue.</source>
        <translation>Profil {name} tej wysyłki już nie istnieje. Aby kontynuować, utwórz go ponownie na stronie Ustawienia.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page, then press Continue.</source>
        <translation>Profil {name} nie jest zalogowany. Na stronie Ustawienia naciśnij „Zaloguj się”, a potem „Kontynuuj”.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page, then press Continue.</source>
        <translation>Brak hasła dla profilu {name}. Wpisz je na stronie Ustawienia, a następnie naciśnij „Kontynuuj”.</translation>
    </message>
    <message>
        <source>Cancel the batch?</source>
        <translation>Anulować wysyłkę?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet will not be sent.</source>
        <translation>
            <numerusform>%n jeszcze niewysłana wiadomość nie zostanie wysłana.</numerusform>
            <numerusform>%n jeszcze niewysłane wiadomości nie zostaną wysłane.</numerusform>
            <numerusform>%n jeszcze niewysłanych wiadomości nie zostanie wysłanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages already sent stay sent. You can send the cancelled ones later with a reminder.</source>
        <translation>Wiadomości już wysłane pozostaną wysłane. Anulowane możesz wysłać później jako przypomnienie.</translation>
    </message>
    <message>
        <source>Sending stopped because of an error in smtpdesk: {error}</source>
        <translation>Wysyłanie zostało zatrzymane z powodu błędu w programie smtpdesk: {error}</translation>
    </message>
    <message>
        <source>{done} of {total} ({percent} %)</source>
        <translation>{done} z {total} ({percent} %)</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Wstrzymano.</translation>
    </message>
    <message>
        <source>keeping to the server&apos;s pace of {pace}</source>
        <translation>z zachowaniem tempa serwera: {pace}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n wiadomość na minutę</numerusform>
            <numerusform>%n wiadomości na minutę</numerusform>
            <numerusform>%n wiadomości na minutę</numerusform>
        </translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>pozostało około {duration}</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>W&amp;ysyłka:</translation>
    </message>
    <message>
        <source>Ne&amp;w reminder…</source>
        <translation>&amp;Nowe przypomnienie…</translation>
    </message>
    <message>
        <source>De&amp;lete batch</source>
        <translation>Usuń &amp;wysyłkę</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>W&amp;strzymaj</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
        <source>Ca&amp;ncel batch</source>
        <translation>&amp;Anuluj wysyłkę</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>P&amp;onów nieudane</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>D&amp;ecide…</source>
        <translation>&amp;Zdecyduj…</translation>
    </message>
    <message>
        <source>Not finished: press Continue to send the rest.</source>
        <translation>Nie zakończono: naciśnij „Kontynuuj”, aby wysłać resztę.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n wiadomość na godzinę</numerusform>
            <numerusform>%n wiadomości na godzinę</numerusform>
            <numerusform>%n wiadomości na godzinę</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily sending limit reached: continues {when}.</source>
        <translation>Osiągnięto dzienny limit wysyłania: wysyłanie zostanie wznowione {when}.</translation>
    </message>
    <message>
        <source>Keeping to the sending limit: next message {when}.</source>
        <translation>Przestrzeganie limitu wysyłania: następna wiadomość {when}.</translation>
    </message>
    <message>
        <source>Keeping to the server&apos;s pace: next message {when}.</source>
        <translation>Przestrzeganie tempa serwera: następna wiadomość {when}.</translation>
    </message>
    <message>
        <source>The server asked to slow down: continuing {when}.</source>
        <translation>Serwer poprosił o zwolnienie tempa: wysyłanie zostanie wznowione {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be retried {when}.</source>
        <translation>
            <numerusform>%n wiadomość zostanie wysłana ponownie {when}.</numerusform>
            <numerusform>%n wiadomości zostaną wysłane ponownie {when}.</numerusform>
            <numerusform>%n wiadomości zostanie wysłanych ponownie {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Sending stopped: {what}{reply} {step}</source>
        <translation>Wysyłanie zostało zatrzymane: {what}{reply} {step}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived: the connection broke before the server confirmed. Nothing is sent twice unless you say so.</source>
        <translation>
            <numerusform>%n wiadomość mogła, ale nie musiała dotrzeć: połączenie zostało przerwane przed potwierdzeniem przez serwer. Nic nie zostanie wysłane dwa razy bez Twojej decyzji.</numerusform>
            <numerusform>%n wiadomości mogły, ale nie musiały dotrzeć: połączenie zostało przerwane przed potwierdzeniem przez serwer. Nic nie zostanie wysłane dwa razy bez Twojej decyzji.</numerusform>
            <numerusform>%n wiadomości mogło, ale nie musiało dotrzeć: połączenie zostało przerwane przed potwierdzeniem przez serwer. Nic nie zostanie wysłane dwa razy bez Twojej decyzji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Eksportuj wiersze</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>Nie można zapisać pliku {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n row(s) in {file}.</source>
        <translation>
            <numerusform>Zapisano %n wiersz w pliku {file}.</numerusform>
            <numerusform>Zapisano %n wiersze w pliku {file}.</numerusform>
            <numerusform>Zapisano %n wierszy w pliku {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Delete batch {batch} and its recipients&apos; data?</source>
        <translation>Usunąć wysyłkę {batch} i dane jej odbiorców?</translation>
    </message>
    <message>
        <source>The list of recipients, their merge fields and the results are removed from this computer. Sent messages cannot be called back.</source>
        <translation>Lista odbiorców, ich pola korespondencji seryjnej i wyniki zostaną usunięte z tego komputera. Wysłanych wiadomości nie można wycofać.</translation>
    </message>
    <message>
        <source>Batch {batch} ended</source>
        <translation>Wysyłka {batch} zakończona</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>“{address}” is not a valid e-mail address</source>
        <translation>„{address}” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>The row has no e-mail address</source>
        <translation>Wiersz nie zawiera adresu e-mail</translation>
    </message>
    <message>
        <source>The attachment {file} does not exist</source>
        <translation>Załącznik {file} nie istnieje</translation>
    </message>
    <message>
        <source>The attachment {file} is not in the list&apos;s folder: only files in that folder or below it are sent</source>
        <translation>Załącznik {file} nie jest w folderze listy: wysyłane są tylko pliki z tego folderu lub jego podfolderów</translation>
    </message>
    <message>
        <source>The attachment {file} is a folder or a device, not a file</source>
        <translation>Załącznik {file} jest folderem lub urządzeniem, a nie plikiem</translation>
    </message>
    <message>
        <source>The attachment {file} is larger than 25 MB</source>
        <translation>Załącznik {file} jest większy niż 25 MB</translation>
    </message>
    <message>
        <source>A cell in {column} has a line break; merge values must be one line</source>
        <translation>Komórka w kolumnie {column} zawiera podział wiersza; wartości pól muszą mieścić się w jednym wierszu</translation>
    </message>
    <message>
        <source>The same as row {row}: sent once</source>
        <translation>Ten sam adres co w wierszu {row}: wiadomość zostanie wysłana tylko raz</translation>
    </message>
    <message>
        <source>The column name {column} appears more than once</source>
        <translation>Nazwa kolumny {column} występuje więcej niż raz</translation>
    </message>
    <message>
        <source>No column holds the e-mail addresses: name one “email” or “e-mail”</source>
        <translation>Żadna kolumna nie zawiera adresów e-mail: nazwij jedną z nich „E-mail” lub „Adres e-mail”</translation>
    </message>
    <message>
        <source>The file has no recipients</source>
        <translation>Plik nie zawiera odbiorców</translation>
    </message>
    <message>
        <source>The file has no column {column} to name each recipient&apos;s files</source>
        <translation>Plik nie ma kolumny {column} wskazującej pliki poszczególnych odbiorców</translation>
    </message>
    <message>
        <source>There is no column named {name}</source>
        <translation>Nie ma kolumny o nazwie {name}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>wiersz {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Own files</source>
        <translation>Własne załączniki</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation>Nowe przypomnienie</translation>
    </message>
    <message>
        <source>A reminder goes to recipients of batch {batch} with the same merge fields. Choose who gets it, and leave out the people who already answered.</source>
        <translation>Przypomnienie trafi do odbiorców wysyłki {batch} z tymi samymi polami korespondencji seryjnej. Wybierz, kto ma je otrzymać, i pomiń osoby, które już odpowiedziały.</translation>
    </message>
    <message>
        <source>Send to the recipients whose message was:</source>
        <translation>Wyślij do odbiorców, których wiadomość była:</translation>
    </message>
    <message>
        <source>Leave out addresses in a file…</source>
        <translation>Pomiń adresy z pliku…</translation>
    </message>
    <message>
        <source>Nobody left out.</source>
        <translation>Nikt nie jest pominięty.</translation>
    </message>
    <message>
        <source>Reminder: {subject}</source>
        <translation>Przypomnienie: {subject}</translation>
    </message>
    <message>
        <source>Prepare reminder</source>
        <translation>Przygotuj przypomnienie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n address(es) from {file}.</source>
        <translation>
            <numerusform>Pominięty zostanie %n adres z pliku {file}.</numerusform>
            <numerusform>Pominięte zostaną %n adresy z pliku {file}.</numerusform>
            <numerusform>Pominiętych zostanie %n adresów z pliku {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses to leave out</source>
        <translation>Adresy do pominięcia</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.csv *.xlsx *.ods *.txt);;All files (*)</source>
        <translation>Arkusze kalkulacyjne i pliki tekstowe (*.csv *.xlsx *.ods *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <source>The reminder will go to %n recipient(s).</source>
        <translation>
            <numerusform>Przypomnienie trafi do %n odbiorcy.</numerusform>
            <numerusform>Przypomnienie trafi do %n odbiorców.</numerusform>
            <numerusform>Przypomnienie trafi do %n odbiorców.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Messages per minute</source>
        <translation>Wiadomości na minutę</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Wiadomości na godzinę</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Wiadomości na dzień</translation>
    </message>
    <message>
        <source>Messages per connection</source>
        <translation>Wiadomości na połączenie</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Limit czasu</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klucz tajny klienta</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Dzierżawa (tenant)</translation>
    </message>
    <message>
        <source>Outgoing mail settings (SMTP)</source>
        <translation>Ustawienia wysyłania poczty (SMTP)</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not to the sender</source>
        <translation>Opcjonalnie: adres, na który mają trafiać odpowiedzi, jeśli nie do nadawcy</translation>
    </message>
    <message>
        <source>Optional: a copy of every message sent goes to this address (your archive)</source>
        <translation>Opcjonalnie: kopia każdej wysłanej wiadomości trafi na ten adres (Twoje archiwum)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Bez szyfrowania</translation>
    </message>
    <message>
        <source>SSL/TLS (465)</source>
        <translation>SSL/TLS (465)</translation>
    </message>
    <message>
        <source>STARTTLS (587)</source>
        <translation>STARTTLS (587)</translation>
    </message>
    <message>
        <source>Only for your own or your company&apos;s server. smtpdesk accepts the server&apos;s certificate the first time after showing you its fingerprint, remembers it, and warns you if it ever changes. Never turn this on for a public provider such as Gmail or Seznam.</source>
        <translation>Tylko dla Twojego własnego serwera lub serwera Twojej firmy. Przy pierwszym połączeniu smtpdesk pokaże odcisk certyfikatu serwera, a po jego zaakceptowaniu zapamięta certyfikat i ostrzeże Cię, jeśli kiedykolwiek się zmieni. Nigdy nie włączaj tej opcji dla publicznego dostawcy poczty, takiego jak Gmail czy Onet.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Advanced: sending &amp;limits, timeouts, incoming server</source>
        <translation>Zaawansowane: limity wysyłania, limity &amp;czasu, serwer poczty przychodzącej</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>Zapisz ten profil (Ctrl+S)</translation>
    </message>
    <message>
        <source>please fill this in.</source>
        <translation>uzupełnij to pole.</translation>
    </message>
    <message>
        <source>this is not a server name. Write it like smtp.example.com, without http:// or a port.</source>
        <translation>to nie jest nazwa serwera. Wpisz ją w postaci smtp.example.com, bez http:// i bez portu.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>port musi być liczbą od 1 do 65535.</translation>
    </message>
    <message>
        <source>remove the spaces at the start or the end.</source>
        <translation>usuń spacje na początku lub na końcu.</translation>
    </message>
    <message>
        <source>must be a whole number above 0.</source>
        <translation>musi być liczbą całkowitą większą od 0.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 seconds.</source>
        <translation>musi wynosić od 1 do 600 sekund.</translation>
    </message>
    <message>
        <source>write the tenant&apos;s domain or ID, or leave it empty.</source>
        <translation>wpisz domenę lub identyfikator dzierżawy albo pozostaw to pole puste.</translation>
    </message>
    <message>
        <source>a copy in Sent needs the incoming server above.</source>
        <translation>kopia w Wysłanych wymaga podania powyżej serwera poczty przychodzącej.</translation>
    </message>
    <message>
        <source>this value cannot be used.</source>
        <translation>tej wartości nie można użyć.</translation>
    </message>
    <message>
        <source>To save, fill in: {fields}.</source>
        <translation>Aby zapisać, uzupełnij: {fields}.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save.</source>
        <translation>Aby zapisać, popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Pokaż lub ukryj hasło</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>Zapisane — wpisz nowe, aby je zastąpić</translation>
    </message>
    <message>
        <source>A profile named {name} exists already. Rename this one in the list.</source>
        <translation>Profil o nazwie {name} już istnieje. Zmień nazwę tego profilu na liście.</translation>
    </message>
    <message>
        <source>The profile could not be saved: {error}</source>
        <translation>Nie można zapisać profilu: {error}</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store), so the password was not saved. smtpdesk keeps it until you close the program.</source>
        <translation>Ten komputer nie ma magazynu haseł, więc hasło nie zostało zapisane. smtpdesk zachowa je do zamknięcia programu.</translation>
    </message>
    <message>
        <source>enter the password to verify.</source>
        <translation>wpisz hasło, aby sprawdzić ustawienia.</translation>
    </message>
    <message>
        <source>Sign in without encryption?</source>
        <translation>Zalogować się bez szyfrowania?</translation>
    </message>
    <message>
        <source>Your user name and password would cross the network readable by anyone on the way.</source>
        <translation>Nazwa użytkownika i hasło zostałyby przesłane przez sieć w postaci, którą każdy po drodze mógłby odczytać.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS unless this is a test server on your own network. Send the password anyway?</source>
        <translation>Wybierz STARTTLS lub SSL/TLS, chyba że to serwer testowy w Twojej własnej sieci. Mimo to wysłać hasło?</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>The name and address your recipients see, for example {example}</source>
        <translation>Nazwa i adres widoczne dla odbiorców, na przykład {example}</translation>
    </message>
    <message>
        <source>Se&amp;nder</source>
        <translation>Adres &amp;nadawcy</translation>
    </message>
    <message>
        <source>Prov&amp;ider</source>
        <translation>Dos&amp;tawca poczty</translation>
    </message>
    <message>
        <source>Repl&amp;y-to</source>
        <translation>&amp;Adres do odpowiedzi</translation>
    </message>
    <message>
        <source>Us&amp;er name</source>
        <translation>Nazwa uż&amp;ytkownika</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>En&amp;cryption</source>
        <translation>Szy&amp;frowanie</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Ser&amp;wer poczty wychodzącej</translation>
    </message>
    <message>
        <source>&amp;BCC archive</source>
        <translation>&amp;Kopia archiwalna (UDW)</translation>
    </message>
    <message>
        <source>Sign-in met&amp;hod</source>
        <translation>M&amp;etoda logowania</translation>
    </message>
    <message>
        <source>Server re&amp;quires sign-in</source>
        <translation>Serwer wyma&amp;ga logowania</translation>
    </message>
    <message>
        <source>Allo&amp;w self-signed certificate (own server only)</source>
        <translation>Zezwala&amp;j na certyfikat z podpisem własnym (tylko własny serwer)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Jan Novák &lt;info@novak.cz&gt;</source>
        <comment>a sample sender: a name and an address as written in your country</comment>
        <translation>Jan Kowalski &lt;biuro@kowalski.pl&gt;</translation>
    </message>
    <message>
        <source>this is not an e-mail address. Write it like {address} or {example}.</source>
        <translation>to nie jest adres e-mail. Wpisz go w postaci {address} lub {example}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop the verify (Ctrl+Enter)</source>
        <translation>Przerwij sprawdzanie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Connect, sign in and send a test message to the sender (Ctrl+Enter)</source>
        <translation>Połącz się, zaloguj i wyślij wiadomość testową na adres nadawcy (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SignInRows</name>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>OAuth2: sign in with Google</source>
        <translation>OAuth2: logowanie przez Google</translation>
    </message>
    <message>
        <source>OAuth2: sign in with Microsoft 365</source>
        <translation>OAuth2: logowanie przez Microsoft 365</translation>
    </message>
    <message>
        <source>OAuth2: the profile&apos;s own sign-in server</source>
        <translation>OAuth2: własny serwer logowania z profilu</translation>
    </message>
    <message>
        <source>Google and Microsoft 365 accounts sign in through your browser (OAuth2) instead of with a password</source>
        <translation>Logowanie do kont Google i Microsoft 365 odbywa się przez przeglądarkę (OAuth2) zamiast za pomocą hasła</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <source>Si&amp;gn in with Google</source>
        <translation>Zal&amp;oguj się przez Google</translation>
    </message>
    <message>
        <source>Si&amp;gn in with Microsoft</source>
        <translation>Zal&amp;oguj się przez Microsoft</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>Zal&amp;oguj się</translation>
    </message>
    <message>
        <source>Opens your browser; after you allow access, smtpdesk keeps the sign-in in the system keyring</source>
        <translation>Otwiera przeglądarkę; po udzieleniu dostępu smtpdesk przechowuje dane logowania w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>The application&apos;s client ID, registered by whoever set up smtpdesk for your organisation (README: Setting up OAuth2)</source>
        <translation>Identyfikator klienta aplikacji, zarejestrowany przez osobę, która skonfigurowała smtpdesk dla Twojej organizacji (README: Setting up OAuth2)</translation>
    </message>
    <message>
        <source>Provided by this build</source>
        <translation>Wbudowany w tę wersję programu</translation>
    </message>
    <message>
        <source>Signed in. The sign-in is kept in the system keyring.</source>
        <translation>Zalogowano. Dane logowania są przechowywane w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Jeszcze nie zalogowano.</translation>
    </message>
    <message>
        <source>Signed in until smtpdesk closes: this computer has no keyring (password store) to keep the sign-in, so you will sign in again next time.</source>
        <translation>Zalogowanie obowiązuje do zamknięcia programu smtpdesk: ten komputer nie ma magazynu haseł, w którym można by je zachować, więc następnym razem trzeba będzie zalogować się ponownie.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <source>smtpdesk is signed in. You can close this tab.</source>
        <translation>smtpdesk jest zalogowany. Możesz zamknąć tę kartę.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Logowanie nie zostało dokończone</translation>
    </message>
    <message>
        <source>smtpdesk was not signed in. You can close this tab and try again.</source>
        <translation>smtpdesk nie został zalogowany. Możesz zamknąć tę kartę i spróbować ponownie.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Oczekiwanie na zalogowanie w przeglądarce…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser… If no browser opened, &lt;a href=&quot;{url}&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Oczekiwanie na zalogowanie w przeglądarce… Jeśli przeglądarka się nie otworzyła, &lt;a href=&quot;{url}&quot;&gt;otwórz stronę logowania&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>✓ Signed in as {account}.</source>
        <translation>✓ Zalogowano jako {account}.</translation>
    </message>
    <message>
        <source>✓ Signed in.</source>
        <translation>✓ Zalogowano.</translation>
    </message>
    <message>
        <source>✗ Access was not allowed in the browser.</source>
        <translation>✗ W przeglądarce nie udzielono dostępu.</translation>
    </message>
    <message>
        <source>✗ The sign-in was not finished in time. Try again.</source>
        <translation>✗ Logowanie nie zostało dokończone na czas. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>✗ The provider refused the sign-in ({detail}). Check the client ID.</source>
        <translation>✗ Dostawca odrzucił logowanie ({detail}). Sprawdź identyfikator klienta.</translation>
    </message>
    <message>
        <source>✗ This profile cannot sign in yet: {detail}</source>
        <translation>✗ Ten profil nie może się jeszcze zalogować: {detail}</translation>
    </message>
    <message>
        <source>✗ The sign-in server could not be reached ({detail}).</source>
        <translation>✗ Nie można połączyć się z serwerem logowania ({detail}).</translation>
    </message>
    <message>
        <source>sign in first (the button above).</source>
        <translation>najpierw zaloguj się (przycisk powyżej).</translation>
    </message>
</context>
<context>
    <name>SmimeRow</name>
    <message>
        <source>The signing certificate file cannot be found or read.</source>
        <translation>Nie można znaleźć ani odczytać pliku certyfikatu podpisu.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 certificate file (.p12, .pfx).</source>
        <translation>To nie jest plik certyfikatu PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>The signing certificate needs its password.</source>
        <translation>Certyfikat podpisu wymaga hasła.</translation>
    </message>
    <message>
        <source>The password of the signing certificate is wrong.</source>
        <translation>Hasło do certyfikatu podpisu jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>The file holds no private key for its certificate. Export the certificate again together with its private key.</source>
        <translation>Plik nie zawiera klucza prywatnego do certyfikatu. Wyeksportuj certyfikat ponownie razem z kluczem prywatnym.</translation>
    </message>
    <message>
        <source>This kind of key cannot sign e-mail. Use an RSA or EC certificate.</source>
        <translation>Kluczem tego rodzaju nie można podpisywać poczty e-mail. Użyj certyfikatu RSA lub EC.</translation>
    </message>
    <message>
        <source>The signing certificate has expired. Choose a new one or remove it.</source>
        <translation>Certyfikat podpisu wygasł. Wybierz nowy lub usuń obecny.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation>Certyfikat podpisu nie jest jeszcze ważny.</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store) for the certificate&apos;s password. Enter it in Settings (it is kept until smtpdesk closes) or set the environment variable SMTPDESK_SMIME_PASSWORD.</source>
        <translation>Ten komputer nie ma magazynu haseł na hasło certyfikatu. Wpisz je w Ustawieniach (smtpdesk zachowa je do zamknięcia programu) albo ustaw zmienną środowiskową SMTPDESK_SMIME_PASSWORD.</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store): the certificate&apos;s password is kept only until smtpdesk closes.</source>
        <translation>Ten komputer nie ma magazynu haseł: smtpdesk zachowa hasło certyfikatu tylko do zamknięcia programu.</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Wybierz certyfikat podpisu</translation>
    </message>
    <message>
        <source>Certificates with private key (*.p12 *.pfx);;All files (*)</source>
        <translation>Certyfikaty z kluczem prywatnym (*.p12 *.pfx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Password of the signing certificate</source>
        <translation>Hasło do certyfikatu podpisu</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file {name}. smtpdesk keeps it in the system keyring.</source>
        <translation>Wpisz hasło do pliku certyfikatu {name}. smtpdesk przechowa je w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file {name}. This computer has no keyring, so smtpdesk keeps it only until it closes.</source>
        <translation>Wpisz hasło do pliku certyfikatu {name}. Ten komputer nie ma magazynu haseł, więc smtpdesk zachowa je tylko do zamknięcia programu.</translation>
    </message>
    <message>
        <source>Signing certificate (S/MIME)</source>
        <translation>Certyfikat podpisu (S/MIME)</translation>
    </message>
    <message>
        <source>None: messages are not signed</source>
        <translation>Brak: wiadomości nie są podpisywane</translation>
    </message>
    <message>
        <source>A personal certificate with its private key (.p12 or .pfx file). Every message is signed with it, so recipients can see it really comes from you.</source>
        <translation>Osobisty certyfikat z kluczem prywatnym (plik .p12 lub .pfx). Każda wiadomość jest nim podpisywana, dzięki czemu odbiorcy widzą, że naprawdę pochodzi od Ciebie.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Hasło…</translation>
    </message>
    <message>
        <source>Enter the password of the certificate</source>
        <translation>Wpisz hasło do certyfikatu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Stop signing messages</source>
        <translation>Przestań podpisywać wiadomości</translation>
    </message>
    <message>
        <source>Valid {start} to {end}</source>
        <translation>Ważny od {start} do {end}</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) left)</source>
        <translation>
            <numerusform>(pozostał %n dzień)</numerusform>
            <numerusform>(pozostały %n dni)</numerusform>
            <numerusform>(pozostało %n dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by {issuer}</source>
        <translation>Wystawca: {issuer}</translation>
    </message>
    <message>
        <source>This certificate expired on {date}; messages cannot be signed with it.</source>
        <translation>Ten certyfikat wygasł {date}; nie można nim podpisywać wiadomości.</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date}.</source>
        <translation>Ten certyfikat jest ważny dopiero od {date}.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires in %n day(s), on {date}. Ask for a new one in time.</source>
        <translation>
            <numerusform>Ten certyfikat wygaśnie za %n dzień, {date}. Poproś w porę o nowy.</numerusform>
            <numerusform>Ten certyfikat wygaśnie za %n dni, {date}. Poproś w porę o nowy.</numerusform>
            <numerusform>Ten certyfikat wygaśnie za %n dni, {date}. Poproś w porę o nowy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate names no e-mail address; recipients&apos; mail programs will warn about the signature.</source>
        <translation>Certyfikat nie zawiera adresu e-mail; programy pocztowe odbiorców wyświetlą ostrzeżenie dotyczące podpisu.</translation>
    </message>
    <message>
        <source>The certificate is for {emails}, not for the sender {sender}; recipients&apos; mail programs will warn about the signature.</source>
        <translation>Certyfikat jest wystawiony dla {emails}, a nie dla nadawcy {sender}; programy pocztowe odbiorców wyświetlą ostrzeżenie dotyczące podpisu.</translation>
    </message>
    <message>
        <source>This certificate is not meant for signing e-mail; recipients&apos; mail programs may reject the signature.</source>
        <translation>Ten certyfikat nie jest przeznaczony do podpisywania poczty e-mail; programy pocztowe odbiorców mogą odrzucić podpis.</translation>
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
<context>
    <name>TestMessage</name>
    <message>
        <source>smtpdesk test message</source>
        <translation>Wiadomość testowa smtpdesk</translation>
    </message>
    <message>
        <source>This is a test message from smtpdesk.

Your outgoing mail settings work: profile {profile}, server {host}:{port} ({encryption}).
You can delete this message.
</source>
        <translation>To jest wiadomość testowa z programu smtpdesk.

Ustawienia poczty wychodzącej działają: profil {profile}, serwer {host}:{port} ({encryption}).
Tę wiadomość możesz usunąć.
</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>bez szyfrowania</translation>
    </message>
</context>
<context>
    <name>UncertainDialog</name>
    <message>
        <source>Messages that may have arrived</source>
        <translation>Wiadomości, które mogły dotrzeć</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived.</source>
        <translation>
            <numerusform>%n wiadomość mogła, ale nie musiała dotrzeć.</numerusform>
            <numerusform>%n wiadomości mogły, ale nie musiały dotrzeć.</numerusform>
            <numerusform>%n wiadomości mogło, ale nie musiało dotrzeć.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server broke after the message was handed over and before the server confirmed it. The message may well have been delivered. smtpdesk never sends such a message again on its own, so nobody gets it twice.</source>
        <translation>Połączenie z serwerem zostało przerwane po przekazaniu wiadomości, a przed jej potwierdzeniem przez serwer. Wiadomość mogła zostać dostarczona. smtpdesk nigdy sam nie wysyła takiej wiadomości ponownie, więc nikt nie otrzyma jej dwa razy.</translation>
    </message>
    <message>
        <source>Look in your mail program&apos;s Sent folder or ask the recipient, then choose: send it again (the recipient may get it twice), or mark it as sent.</source>
        <translation>Sprawdź folder Wysłane w swoim programie pocztowym lub zapytaj odbiorcę, a następnie wybierz: wyślij ponownie (odbiorca może otrzymać wiadomość dwa razy) albo oznacz jako wysłaną.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Oznacz jako wysłaną</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Zdecyduj później</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Hide details</source>
        <translation>Ukryj szczegóły</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the transcript (the password is never in it) to send it to your provider or IT support</source>
        <translation>Skopiuj zapis połączenia (nigdy nie zawiera hasła), aby wysłać go do dostawcy poczty lub działu IT</translation>
    </message>
    <message>
        <source>Verify result</source>
        <translation>Wynik sprawdzania</translation>
    </message>
    <message>
        <source>{stage} failed: {summary}</source>
        <translation>Etap „{stage}” nie powiódł się: {summary}</translation>
    </message>
    <message>
        <source>The server&apos;s reply: {reply}</source>
        <translation>Odpowiedź serwera: {reply}</translation>
    </message>
    <message>
        <source>What happened: {detail}</source>
        <translation>Co się stało: {detail}</translation>
    </message>
    <message>
        <source>Verify was cancelled. Nothing was sent.</source>
        <translation>Sprawdzanie zostało anulowane. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>The list of certificates you accepted ({file}) cannot be read: {reason}. smtpdesk never overwrites it. Move it aside (rename it) and press Verify again; nothing was sent.</source>
        <translation>Nie można odczytać listy zaakceptowanych certyfikatów ({file}): {reason}. smtpdesk nigdy jej nie nadpisuje. Odłóż plik na bok (zmień jego nazwę) i ponownie naciśnij „Sprawdź”; nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Verify stopped because of an error in smtpdesk: {error}</source>
        <translation>Sprawdzanie zostało przerwane z powodu błędu w programie smtpdesk: {error}</translation>
    </message>
    <message>
        <source>The server now presents the certificate with SHA-256 fingerprint {sha256}, valid until {expiry}.</source>
        <translation>Serwer używa teraz certyfikatu z odciskiem SHA-256 {sha256}, ważnego do {expiry}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 {sha256}) is now remembered for {host}.</source>
        <translation>Certyfikat serwera (SHA-256 {sha256}) został zapamiętany dla {host}.</translation>
    </message>
    <message>
        <source>Open the provider&apos;s page on app passwords</source>
        <translation>Otwórz stronę dostawcy o hasłach do aplikacji</translation>
    </message>
    <message>
        <source>Open the provider&apos;s help page</source>
        <translation>Otwórz stronę pomocy dostawcy</translation>
    </message>
    <message>
        <source>Verify progress</source>
        <translation>Postęp sprawdzania</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>on Monday at {time}</source>
        <translation>w poniedziałek o {time}</translation>
    </message>
    <message>
        <source>on Tuesday at {time}</source>
        <translation>we wtorek o {time}</translation>
    </message>
    <message>
        <source>on Wednesday at {time}</source>
        <translation>w środę o {time}</translation>
    </message>
    <message>
        <source>on Thursday at {time}</source>
        <translation>w czwartek o {time}</translation>
    </message>
    <message>
        <source>on Friday at {time}</source>
        <translation>w piątek o {time}</translation>
    </message>
    <message>
        <source>on Saturday at {time}</source>
        <translation>w sobotę o {time}</translation>
    </message>
    <message>
        <source>on Sunday at {time}</source>
        <translation>w niedzielę o {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>dziś o {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>wczoraj o {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>{date} o {time}</translation>
    </message>
</context>
</TS>

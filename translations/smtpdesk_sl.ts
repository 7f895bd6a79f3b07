<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About smtpdesk</source>
        <translation>O programu smtpdesk</translation>
    </message>
    <message>
        <source>Set up outgoing mail, verify it with one button, and send personal batches.</source>
        <translation>Nastavite odhodno pošto, jo preverite z enim klikom in pošiljajte prilagojena sporočila številnim prejemnikom hkrati.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>prikaže različico programa in konča</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uporaba: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>obvezni argumenti</translation>
    </message>
    <message>
        <source>options</source>
        <translation>možnosti</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>prikaže to pomoč in konča</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>neznani argumenti: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ni dovoljeno skupaj z %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>vrednost %r je tu odveč</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>manjkajo obvezni argumenti: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>navedite enega od argumentov %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>manjka vrednost</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>dovoljena je največ ena vrednost</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>potrebna je vsaj ena vrednost</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>nejasna možnost: %(option)s se ujema z %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>nepričakovana možnost: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r ni število</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>neveljavna izbira: %(value)r (izberite med %(choices)s)</translation>
    </message>
</context>
<context>
    <name>AttachmentCheck</name>
    <message>
        <source>it has no text, only an image (a scan?)</source>
        <translation>nima besedila, le sliko (je skenirana?)</translation>
    </message>
    <message>
        <source>it is locked with a password</source>
        <translation>zaklenjena je z geslom</translation>
    </message>
    <message>
        <source>its type cannot be checked (PDF, Word, Excel, OpenDocument, XML and text files can)</source>
        <translation>te vrste datotek ni mogoče preveriti (mogoče je preveriti datoteke PDF, Word, Excel, OpenDocument, XML in besedilne datoteke)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>je poškodovana</translation>
    </message>
    <message>
        <source>it is too large to check</source>
        <translation>je prevelika za preverjanje</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>branje je trajalo predolgo</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>ni je mogoče odpreti</translation>
    </message>
    <message>
        <source>The attachment {file} cannot be checked: {reason}</source>
        <translation>Priponke {file} ni mogoče preveriti: {reason}</translation>
    </message>
    <message>
        <source>The attachment {file} also goes to row {row}, {who}: is the file column shifted or copied?</source>
        <translation>Priponka {file} je tudi v vrstici {row}, {who}: je stolpec z datotekami zamaknjen ali kopiran?</translation>
    </message>
    <message>
        <source>The attachment {file} cannot be checked: the row has nothing in the column it must mention</source>
        <translation>Priponke {file} ni mogoče preveriti: v vrstici je prazen stolpec, ki ga mora vsebovati</translation>
    </message>
    <message>
        <source>The attachment {file} does not mention {value}: it belongs to row {row}, {who}</source>
        <translation>Priponka {file} ne vsebuje {value}: pripada vrstici {row}, {who}</translation>
    </message>
    <message>
        <source>The attachment {file} does not mention {value}</source>
        <translation>Priponka {file} ne vsebuje {value}</translation>
    </message>
    <message>
        <source>There is no column {column} to check the attachments against</source>
        <translation>Ni stolpca {column}, s katerim bi lahko preverili priponke</translation>
    </message>
    <message>
        <source>Each attachment must me&amp;ntion:</source>
        <translation>Vsaka priponka mora vse&amp;bovati:</translation>
    </message>
    <message>
        <source>Before sending, each recipient&apos;s own file is opened and must contain this column&apos;s value of its row (the invoice number), so a shifted column cannot send one client&apos;s invoice to another</source>
        <translation>Pred pošiljanjem se odpre lastna priponka vsakega prejemnika, ki mora vsebovati vrednost tega stolpca iz njegove vrstice (številko računa). Tako zamaknjen stolpec ne more poslati računa ene stranke drugi.</translation>
    </message>
    <message>
        <source>Checking the attachments ({done} of {total})…</source>
        <translation>Preverjanje priponk ({done} od {total})…</translation>
    </message>
    <message>
        <source>Choose a column the attachments must mention, or “(do not check)”, to send.</source>
        <translation>Za pošiljanje izberite stolpec, ki ga morajo priponke vsebovati, ali „(ne preverjaj)“.</translation>
    </message>
    <message>
        <source>(do not check)</source>
        <translation>(ne preverjaj)</translation>
    </message>
    <message>
        <source>✓ Every attachment mentions its row&apos;s {column}.</source>
        <translation>✓ Vsaka priponka vsebuje vrednost stolpca {column} iz svoje vrstice.</translation>
    </message>
    <message>
        <source>✗ Some attachments do not mention their row&apos;s {column}: see the rows marked red.</source>
        <translation>✗ Nekatere priponke ne vsebujejo vrednosti stolpca {column} iz svoje vrstice: glejte rdeče označene vrstice.</translation>
    </message>
    <message>
        <source>This list has no own files per recipient to check.</source>
        <translation>Ta seznam nima lastnih priponk prejemnikov, ki bi jih lahko preverili.</translation>
    </message>
    <message>
        <source>This list has no column {column}.</source>
        <translation>Ta seznam nima stolpca {column}.</translation>
    </message>
    <message>
        <source>The attachments could not be checked.</source>
        <translation>Priponk ni bilo mogoče preveriti.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(in še %n)</numerusform>
            <numerusform>(in še %n)</numerusform>
            <numerusform>(in še %n)</numerusform>
            <numerusform>(in še %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Batch {batch}: {sent} sent, {failed} failed, {uncertain} uncertain, {left} left.</source>
        <translation>Paket {batch}: poslano: {sent}, neuspešno: {failed}, negotovo: {uncertain}, preostalo: {left}.</translation>
    </message>
    <message>
        <source>Sending limit reached; continue with: smtpdesk resume {batch} (from {time})</source>
        <translation>Dosežena je omejitev pošiljanja; nadaljujte z ukazom: smtpdesk resume {batch} (od {time})</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived (the connection broke after sending). They are not sent again unless you run resume with --resend-uncertain.</source>
        <translation>
            <numerusform>%n sporočilo je morda prispelo, morda pa ne (povezava se je prekinila po pošiljanju). Znova ne bo poslano, razen če zaženete resume z --resend-uncertain.</numerusform>
            <numerusform>%n sporočili sta morda prispeli, morda pa ne (povezava se je prekinila po pošiljanju). Znova ne bosta poslani, razen če zaženete resume z --resend-uncertain.</numerusform>
            <numerusform>%n sporočila so morda prispela, morda pa ne (povezava se je prekinila po pošiljanju). Znova ne bodo poslana, razen če zaženete resume z --resend-uncertain.</numerusform>
            <numerusform>%n sporočil je morda prispelo, morda pa ne (povezava se je prekinila po pošiljanju). Znova ne bodo poslana, razen če zaženete resume z --resend-uncertain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n message(s) built, nothing sent.</source>
        <translation>
            <numerusform>Preizkus: %n sporočilo pripravljeno, nič ni bilo poslano.</numerusform>
            <numerusform>Preizkus: %n sporočili pripravljeni, nič ni bilo poslano.</numerusform>
            <numerusform>Preizkus: %n sporočila pripravljena, nič ni bilo poslano.</numerusform>
            <numerusform>Preizkus: %n sporočil pripravljenih, nič ni bilo poslano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}) goes to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}) prejme %n prejemnik</numerusform>
            <numerusform>{file} ({size}) prejmeta %n prejemnika</numerusform>
            <numerusform>{file} ({size}) prejmejo %n prejemniki</numerusform>
            <numerusform>{file} ({size}) prejme %n prejemnikov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain message(s) will be sent again.</source>
        <translation>
            <numerusform>%n negotovo sporočilo bo poslano znova.</numerusform>
            <numerusform>%n negotovi sporočili bosta poslani znova.</numerusform>
            <numerusform>%n negotova sporočila bodo poslana znova.</numerusform>
            <numerusform>%n negotovih sporočil bo poslanih znova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>%n vrstica zapisana v {file}</numerusform>
            <numerusform>%n vrstici zapisani v {file}</numerusform>
            <numerusform>%n vrstice zapisane v {file}</numerusform>
            <numerusform>%n vrstic zapisanih v {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n sporočilo na minuto</numerusform>
            <numerusform>%n sporočili na minuto</numerusform>
            <numerusform>%n sporočila na minuto</numerusform>
            <numerusform>%n sporočil na minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n sporočilo na uro</numerusform>
            <numerusform>%n sporočili na uro</numerusform>
            <numerusform>%n sporočila na uro</numerusform>
            <numerusform>%n sporočil na uro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n sporočilo na dan</numerusform>
            <numerusform>%n sporočili na dan</numerusform>
            <numerusform>%n sporočila na dan</numerusform>
            <numerusform>%n sporočil na dan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused more after %n message(s) in {window}: sending at {pace} from now on (kept for this profile&apos;s next batches).</source>
        <translation>
            <numerusform>Strežnik je po %n sporočilu v {window} začel zavračati nadaljnja: odslej se pošilja s hitrostjo {pace} (velja tudi za naslednje pakete tega profila).</numerusform>
            <numerusform>Strežnik je po %n sporočilih v {window} začel zavračati nadaljnja: odslej se pošilja s hitrostjo {pace} (velja tudi za naslednje pakete tega profila).</numerusform>
            <numerusform>Strežnik je po %n sporočilih v {window} začel zavračati nadaljnja: odslej se pošilja s hitrostjo {pace} (velja tudi za naslednje pakete tega profila).</numerusform>
            <numerusform>Strežnik je po %n sporočilih v {window} začel zavračati nadaljnja: odslej se pošilja s hitrostjo {pace} (velja tudi za naslednje pakete tega profila).</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>odprt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>končan</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>preklican</translation>
    </message>
    <message>
        <source>Batch {batch} is being sent by another process.</source>
        <translation>Paket {batch} že pošilja drug proces.</translation>
    </message>
    <message>
        <source>--rate {rate}: write N/min, N/h or N/day, e.g. 30/min</source>
        <translation>--rate {rate}: vpišite N/min, N/h ali N/day, npr. 30/min</translation>
    </message>
    <message>
        <source>--{option} {file}: the file does not exist.</source>
        <translation>--{option} {file}: datoteka ne obstaja.</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to 8.</source>
        <translation>--concurrency mora biti od 1 do 8.</translation>
    </message>
    <message>
        <source>--only-status {state}: use one of {states}</source>
        <translation>--only-status {state}: uporabite eno od {states}</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: datoteka ne obstaja.</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read (is it a folder, or open in another program?).</source>
        <translation>{file}: datoteke ni mogoče prebrati (je to morda mapa ali pa je odprta v drugem programu?).</translation>
    </message>
    <message>
        <source>{file}: this is not a list of recipients that can be read (CSV, XLSX or ODS).</source>
        <translation>{file}: to ni seznam prejemnikov, ki bi ga bilo mogoče prebrati (CSV, XLSX ali ODS).</translation>
    </message>
    <message>
        <source>There is no batch {batch} (see: smtpdesk status).</source>
        <translation>Paketa {batch} ni (glejte: smtpdesk status).</translation>
    </message>
    <message>
        <source>an attachment cannot be read</source>
        <translation>priponke ni mogoče prebrati</translation>
    </message>
    <message>
        <source>sent: {n}</source>
        <translation>poslano: {n}</translation>
    </message>
    <message>
        <source>failed: {n}</source>
        <translation>neuspešno: {n}</translation>
    </message>
    <message>
        <source>to retry: {n}</source>
        <translation>za ponovni poskus: {n}</translation>
    </message>
    <message>
        <source>{rate}/min</source>
        <translation>{rate}/min</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>še približno {time}</translation>
    </message>
    <message>
        <source>waiting until {time} ({reason})</source>
        <translation>čaka do {time} ({reason})</translation>
    </message>
    <message>
        <source>the limit per minute</source>
        <translation>omejitev na minuto</translation>
    </message>
    <message>
        <source>the limit per hour</source>
        <translation>omejitev na uro</translation>
    </message>
    <message>
        <source>the limit per day</source>
        <translation>omejitev na dan</translation>
    </message>
    <message>
        <source>the even pace</source>
        <translation>enakomeren tempo</translation>
    </message>
    <message>
        <source>the server&apos;s pace</source>
        <translation>hitrost strežnika</translation>
    </message>
    <message>
        <source>the server asked to slow down</source>
        <translation>strežnik je prosil za počasnejše pošiljanje</translation>
    </message>
    <message>
        <source>messages to retry</source>
        <translation>sporočila za ponovni poskus</translation>
    </message>
    <message>
        <source>Starting at the pace the server allowed this profile: {pace} (learned {when}).</source>
        <translation>Začetek s hitrostjo, ki jo je strežnik dovolil temu profilu: {pace} (ugotovljeno {when}).</translation>
    </message>
    <message>
        <source>Give either --recipients FILE or --from-batch ID (one of them).</source>
        <translation>Navedite --recipients FILE ali --from-batch ID (eno od obeh).</translation>
    </message>
    <message>
        <source>--only-status and --exclude go with --from-batch.</source>
        <translation>--only-status in --exclude se uporabljata skupaj z --from-batch.</translation>
    </message>
    <message>
        <source>--attach {file}: the file does not exist.</source>
        <translation>--attach {file}: datoteka ne obstaja.</translation>
    </message>
    <message>
        <source>There are no recipients to send to.</source>
        <translation>Ni prejemnikov, ki bi jim lahko poslali.</translation>
    </message>
    <message>
        <source>{total} KiB, the largest message {largest} KiB</source>
        <translation>{total} KiB, največje sporočilo {largest} KiB</translation>
    </message>
    <message>
        <source>The profile {profile} of batch {batch} is gone; give --profile or --profile-file.</source>
        <translation>Profila {profile} paketa {batch} ni več; navedite --profile ali --profile-file.</translation>
    </message>
    <message>
        <source>--export needs a batch number.</source>
        <translation>--export potrebuje številko paketa.</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Ni še nobenega paketa.</translation>
    </message>
    <message>
        <source>sent {sent} of {total}, failed: {failed}, uncertain: {uncertain}, left: {left}</source>
        <translation>poslano {sent} od {total}, neuspešno: {failed}, negotovo: {uncertain}, preostalo: {left}</translation>
    </message>
    <message>
        <source>--export {file}: the file cannot be written.</source>
        <translation>--export {file}: datoteke ni mogoče zapisati.</translation>
    </message>
    <message>
        <source>Batch {batch} ({status}): recipients: {total}, sent: {sent}, failed: {failed}, to retry: {deferred}, uncertain: {uncertain}, cancelled: {cancelled}, waiting: {pending}</source>
        <translation>Paket {batch} ({status}): prejemnikov: {total}, poslano: {sent}, neuspešno: {failed}, za ponovni poskus: {deferred}, negotovo: {uncertain}, preklicano: {cancelled}, čaka: {pending}</translation>
    </message>
    <message>
        <source>The server&apos;s pace for the profile {profile}: {pace} (learned {when} from a refusal after {seen} messages in {window}).</source>
        <translation>Hitrost strežnika za profil {profile}: {pace} (ugotovljeno {when} iz zavrnitve po {seen} sporočilih v {window}).</translation>
    </message>
    <message>
        <source>send a personalized batch from a CSV, XLSX or ODS file</source>
        <translation>pošlje prilagojena sporočila prejemnikom iz datoteke CSV, XLSX ali ODS</translation>
    </message>
    <message>
        <source>the list of recipients (CSV, XLSX or ODS, one row per recipient)</source>
        <translation>seznam prejemnikov (CSV, XLSX ali ODS, ena vrstica za vsakega prejemnika)</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>prejemniki</translation>
    </message>
    <message>
        <source>the recipients of an earlier batch (a reminder)</source>
        <translation>prejemniki prejšnjega paketa (opomnik)</translation>
    </message>
    <message>
        <source>with --from-batch: only rows in this state (repeatable; default “sent”)</source>
        <translation>z --from-batch: samo vrstice v tem stanju (lahko večkrat; privzeto „sent“)</translation>
    </message>
    <message>
        <source>with --from-batch: leave out every address in this file</source>
        <translation>z --from-batch: izpusti vse naslove iz te datoteke</translation>
    </message>
    <message>
        <source>the subject; may hold {{ column }} fields</source>
        <translation>zadeva; lahko vsebuje polja {{ stolpec }}</translation>
    </message>
    <message>
        <source>the text of the message (UTF-8)</source>
        <translation>besedilo sporočila (UTF-8)</translation>
    </message>
    <message>
        <source>an HTML version of the message</source>
        <translation>različica sporočila v HTML</translation>
    </message>
    <message>
        <source>a file for every recipient (repeatable)</source>
        <translation>datoteka za vse prejemnike (lahko večkrat)</translation>
    </message>
    <message>
        <source>add a List-Unsubscribe header (mailto: the reply-to or sender)</source>
        <translation>doda glavo List-Unsubscribe (mailto: naslov za odgovor ali pošiljatelj)</translation>
    </message>
    <message>
        <source>each recipient&apos;s own files must mention the row&apos;s value of COLUMN</source>
        <translation>lastne datoteke vsakega prejemnika morajo omenjati vrednost stolpca COLUMN v njegovi vrstici</translation>
    </message>
    <message>
        <source>build every message, send nothing</source>
        <translation>pripravi vsa sporočila, ne pošlje ničesar</translation>
    </message>
    <message>
        <source>continue a batch after a stop or a crash</source>
        <translation>nadaljuje paket po ustavitvi ali sesutju</translation>
    </message>
    <message>
        <source>send the uncertain messages again (they may arrive twice)</source>
        <translation>znova pošlje negotova sporočila (lahko prispejo dvakrat)</translation>
    </message>
    <message>
        <source>try deferred messages now instead of at their set time</source>
        <translation>odložena sporočila poskusi poslati takoj, ne ob določenem času</translation>
    </message>
    <message>
        <source>show batches, or one batch; export its rows</source>
        <translation>prikaže pakete ali en paket; izvozi njegove vrstice</translation>
    </message>
    <message>
        <source>write one CSV row per recipient</source>
        <translation>zapiše eno vrstico CSV za vsakega prejemnika</translation>
    </message>
    <message>
        <source>export only rows in this state (repeatable)</source>
        <translation>izvozi samo vrstice v tem stanju (lahko večkrat)</translation>
    </message>
    <message>
        <source>at most this many messages per minute, hour or day</source>
        <translation>največ toliko sporočil na minuto, uro ali dan</translation>
    </message>
    <message>
        <source>connections at once (1 to 8)</source>
        <translation>hkratnih povezav (od 1 do 8)</translation>
    </message>
    <message>
        <source>stop (exit 3) rather than wait longer (default 600)</source>
        <translation>ustavi se (izhod 3), namesto da bi čakal dlje (privzeto 600)</translation>
    </message>
    <message>
        <source>first wait before retrying a temporary failure (default 30; doubles each time)</source>
        <translation>prvo čakanje pred ponovnim poskusom po začasni napaki (privzeto 30; vsakič dvakrat daljše)</translation>
    </message>
    <message>
        <source>checking attachments {done}/{total}</source>
        <translation>preverjanje priponk {done}/{total}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Opozorilo: {problem}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Batch</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>A CSV or Excel file: one row per recipient, the first row names the columns (you can also drop the file on the window)</source>
        <translation>Datoteka CSV ali Excel: ena vrstica za vsakega prejemnika, prva vrstica vsebuje imena stolpcev (datoteko lahko tudi povlečete na okno)</translation>
    </message>
    <message>
        <source>Read the file again after you fixed it</source>
        <translation>Znova preberite datoteko, ko jo popravite</translation>
    </message>
    <message numerus="yes">
        <source>(recipient {position} of %n)</source>
        <translation>
            <numerusform>(prejemnik {position} od %n)</numerusform>
            <numerusform>(prejemnik {position} od %n)</numerusform>
            <numerusform>(prejemnik {position} od %n)</numerusform>
            <numerusform>(prejemnik {position} od %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(not sent; %n recipient(s) in all)</source>
        <translation>
            <numerusform>(se ne pošlje; skupaj %n prejemnik)</numerusform>
            <numerusform>(se ne pošlje; skupaj %n prejemnika)</numerusform>
            <numerusform>(se ne pošlje; skupaj %n prejemniki)</numerusform>
            <numerusform>(se ne pošlje; skupaj %n prejemnikov)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
    </message>
    <message>
        <source>Put a column of the recipients file into the subject or the message</source>
        <translation>Vstavi stolpec iz datoteke s prejemniki v zadevo ali sporočilo</translation>
    </message>
    <message>
        <source>Dear {{ Name }},

write the message here; fields in double braces are replaced for each recipient.</source>
        <translation>{{ Nagovor }},

sporočilo napišite tukaj; polja v dvojnih zavitih oklepajih se za vsakega prejemnika nadomestijo z njegovimi podatki.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dear {{ Name }}, …&lt;/p&gt;</source>
        <translation>&lt;p&gt;{{ Nagovor }}, …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <source>Previe&amp;w of row</source>
        <translation>Predo&amp;gled vrstice</translation>
    </message>
    <message>
        <source>The row number as the spreadsheet shows it, as in the table&apos;s Row column</source>
        <translation>Številka vrstice, kot jo kaže preglednica – enaka kot v stolpcu Vrstica v tabeli</translation>
    </message>
    <message>
        <source>Send with</source>
        <translation>Pošlji s profilom</translation>
    </message>
    <message>
        <source>The profile this batch is sent with; it starts as the one selected in the Profiles list</source>
        <translation>Profil, s katerim bo paket poslan; na začetku je to profil, izbran na seznamu Profili</translation>
    </message>
    <message>
        <source>Each recipient&apos;s own files, named in the column:</source>
        <translation>Lastne priponke vsakega prejemnika, navedene v stolpcu:</translation>
    </message>
    <message>
        <source>The column that names each recipient&apos;s own files (an invoice, a contract)</source>
        <translation>Stolpec, ki za vsakega prejemnika navaja njegove datoteke (račun, pogodbo)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Mapa…</translation>
    </message>
    <message>
        <source>Look for the files next to the recipients file again</source>
        <translation>Datoteke znova iskati v mapi, kjer je datoteka s prejemniki</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Prejšnji prejemnik</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Naslednji prejemnik</translation>
    </message>
    <message>
        <source>Show the HTML part as code</source>
        <translation>Prikaži del HTML kot kodo</translation>
    </message>
    <message>
        <source>Send this recipient&apos;s message to your own address</source>
        <translation>Pošljite sporočilo za tega prejemnika na svoj naslov</translation>
    </message>
    <message>
        <source>&amp;Load recipients…</source>
        <translation>&amp;Naloži prejemnike…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Zn&amp;ova naloži</translation>
    </message>
    <message>
        <source>Leave out the rows with &amp;problems</source>
        <translation>Izp&amp;usti vrstice s težavami</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>Z&amp;adeva</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Vstavi polje</translation>
    </message>
    <message>
        <source>M&amp;essage (plain text)</source>
        <translation>&amp;Sporočilo (navadno besedilo)</translation>
    </message>
    <message>
        <source>Also send an HTML &amp;version</source>
        <translation>Pošlji tudi različico &amp;HTML</translation>
    </message>
    <message>
        <source>Load HTML &amp;file…</source>
        <translation>Na&amp;loži datoteko HTML…</translation>
    </message>
    <message>
        <source>Atta&amp;chments for everybody:</source>
        <translation>Pr&amp;iponke za vse prejemnike:</translation>
    </message>
    <message>
        <source>&amp;HTML source</source>
        <translation>&amp;Koda HTML</translation>
    </message>
    <message>
        <source>Send &amp;test to me</source>
        <translation>Pošlji &amp;testno sporočilo sebi</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Pošlji…</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Predogled sporočila</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Prejemniki</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Branje datoteke {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>Datoteke {file} ni mogoče odpreti: {reason}</translation>
    </message>
    <message>
        <source>Reminder to batch {batch}</source>
        <translation>Opomnik za paket {batch}</translation>
    </message>
    <message>
        <source>Each recipient also gets the file in {folder} named by the column {column} (the name as written, or with any extension).</source>
        <translation>Vsak prejemnik dobi tudi datoteko iz mape {folder}, ki jo navaja stolpec {column} (ime, kot je zapisano, ali z dodano katero koli končnico).</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(noben stolpec)</translation>
    </message>
    <message>
        <source>Choose the folder with the files; each value of the column names one file in it, with or without its extension (2026-0142 finds 2026-0142.pdf)</source>
        <translation>Izberite mapo z datotekami; vsaka vrednost v stolpcu poimenuje eno datoteko v njej, s končnico ali brez nje (2026-0142 najde 2026-0142.pdf)</translation>
    </message>
    <message>
        <source>Folder with each recipient&apos;s files</source>
        <translation>Mapa z datotekami posameznih prejemnikov</translation>
    </message>
    <message>
        <source>HTML message</source>
        <translation>Sporočilo HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Datoteke HTML (*.html *.htm);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Datoteke {file} ni mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Priponka</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Vse datoteke (*)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manjka</translation>
    </message>
    <message>
        <source>Together {size} per message</source>
        <translation>Skupaj {size} na sporočilo</translation>
    </message>
    <message>
        <source>Each recipient also gets the files named in the column {column}.</source>
        <translation>Vsak prejemnik dobi tudi datoteke, navedene v stolpcu {column}.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Preglednice (*.csv *.xlsx *.ods);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>{file} is not text smtpdesk can read. Save it again as UTF-8.</source>
        <translation>Datoteka {file} ni besedilo, ki bi ga smtpdesk znal prebrati. Shranite jo znova kot UTF-8.</translation>
    </message>
    <message>
        <source>The placeholder {{{{ {name} }}}} has no column of that name.</source>
        <translation>Za polje {{{{ {name} }}}} ni stolpca s tem imenom.</translation>
    </message>
    <message>
        <source>No recipients yet: load a CSV or Excel file, or drop it on the window.</source>
        <translation>Ni še prejemnikov: naložite datoteko CSV ali Excel ali jo povlecite na okno.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) ready.</source>
        <translation>
            <numerusform>%n prejemnik je pripravljen.</numerusform>
            <numerusform>%n prejemnika sta pripravljena.</numerusform>
            <numerusform>%n prejemniki so pripravljeni.</numerusform>
            <numerusform>%n prejemnikov je pripravljenih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (marked red).</source>
        <translation>
            <numerusform>%n vrstica s težavami (označena rdeče).</numerusform>
            <numerusform>%n vrstici s težavami (označeni rdeče).</numerusform>
            <numerusform>%n vrstice s težavami (označene rdeče).</numerusform>
            <numerusform>%n vrstic s težavami (označenih rdeče).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (marked yellow).</source>
        <translation>
            <numerusform>%n opozorilo (označeno rumeno).</numerusform>
            <numerusform>%n opozorili (označeni rumeno).</numerusform>
            <numerusform>%n opozorila (označena rumeno).</numerusform>
            <numerusform>%n opozoril (označenih rumeno).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a few previews, then press Send. Messages go out in the Queue tab, where you can pause them.</source>
        <translation>Preglejte nekaj predogledov in nato kliknite „Pošlji…“. Sporočila se pošiljajo na zavihku Čakalna vrsta, kjer lahko pošiljanje tudi začasno ustavite.</translation>
    </message>
    <message numerus="yes">
        <source>Storing the batch of %n message(s)…</source>
        <translation>
            <numerusform>Shranjujem paket s %n sporočilom…</numerusform>
            <numerusform>Shranjujem paket s %n sporočiloma…</numerusform>
            <numerusform>Shranjujem paket s %n sporočili…</numerusform>
            <numerusform>Shranjujem paket s %n sporočili…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recipients…</source>
        <translation>Branje prejemnikov…</translation>
    </message>
    <message>
        <source>Load recipients to send.</source>
        <translation>Za pošiljanje naložite prejemnike.</translation>
    </message>
    <message>
        <source>Fix the file and load it again to send.</source>
        <translation>Za pošiljanje popravite datoteko in jo znova naložite.</translation>
    </message>
    <message>
        <source>Fix the rows marked red and press Reload, or leave them out, to send.</source>
        <translation>Za pošiljanje popravite rdeče označene vrstice in kliknite „Znova naloži“ ali pa jih izpustite.</translation>
    </message>
    <message>
        <source>Write a subject to send.</source>
        <translation>Za pošiljanje vpišite zadevo.</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red to send.</source>
        <translation>Za pošiljanje popravite rdeče označena polja.</translation>
    </message>
    <message>
        <source>An attachment cannot be read: {reason}</source>
        <translation>Priponke ni mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>The profile&apos;s sender address cannot be used: {reason}</source>
        <translation>Naslova pošiljatelja iz profila ni mogoče uporabiti: {reason}</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>Zadeva mora biti v eni vrstici.</translation>
    </message>
    <message>
        <source>This message cannot be built: {reason}</source>
        <translation>Tega sporočila ni mogoče sestaviti: {reason}</translation>
    </message>
    <message>
        <source>Row {row} is not sent:</source>
        <translation>Vrstica {row} ne bo poslana:</translation>
    </message>
    <message>
        <source>The preview shows each recipient&apos;s message once recipients are loaded.</source>
        <translation>Ko naložite prejemnike, predogled prikaže sporočilo za vsakega prejemnika.</translation>
    </message>
    <message>
        <source>Choose a profile on the Settings page to see the preview.</source>
        <translation>Za predogled izberite profil na strani Nastavitve.</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red to see the preview.</source>
        <translation>Za predogled popravite rdeče označena polja.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priponke</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red first.</source>
        <translation>Najprej popravite rdeče označena polja.</translation>
    </message>
    <message>
        <source>Press Sign in on the Settings page first.</source>
        <translation>Najprej na strani Nastavitve kliknite „Prijava“.</translation>
    </message>
    <message>
        <source>Enter the password on the Settings page first.</source>
        <translation>Najprej vnesite geslo na strani Nastavitve.</translation>
    </message>
    <message>
        <source>Sending a test to {address}…</source>
        <translation>Pošiljanje testnega sporočila na {address}…</translation>
    </message>
    <message>
        <source>✓ Test sent to {address}.</source>
        <translation>✓ Testno sporočilo je poslano na {address}.</translation>
    </message>
    <message>
        <source>✗ The test was not sent: {reason}</source>
        <translation>✗ Testno sporočilo ni bilo poslano: {reason}</translation>
    </message>
    <message>
        <source>The profile {name} has settings to fix on the Settings page first.</source>
        <translation>Najprej popravite nastavitve profila {name} na strani Nastavitve.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page, then press Send.</source>
        <translation>Profil {name} ni prijavljen. Na strani Nastavitve kliknite „Prijava“, nato kliknite „Pošlji…“.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page, then press Send.</source>
        <translation>Za profil {name} ni gesla. Vnesite ga na strani Nastavitve, nato kliknite „Pošlji…“.</translation>
    </message>
    <message>
        <source>Send the same batch again?</source>
        <translation>Ali želite isti paket poslati znova?</translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} went to the same %n recipient(s) with the same subject {when}.</source>
        <translation>
            <numerusform>Paket {batch} z isto zadevo je bil {when} poslan istim prejemnikom (%n).</numerusform>
            <numerusform>Paket {batch} z isto zadevo je bil {when} poslan istim prejemnikom (%n).</numerusform>
            <numerusform>Paket {batch} z isto zadevo je bil {when} poslan istim prejemnikom (%n).</numerusform>
            <numerusform>Paket {batch} z isto zadevo je bil {when} poslan istim prejemnikom (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it were sent.</source>
        <translation>
            <numerusform>%n sporočilo iz njega je bilo poslano.</numerusform>
            <numerusform>%n sporočili iz njega sta bili poslani.</numerusform>
            <numerusform>%n sporočila iz njega so bila poslana.</numerusform>
            <numerusform>%n sporočil iz njega je bilo poslanih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) again with the profile {profile}?</source>
        <translation>
            <numerusform>Ali želite %n sporočilo znova poslati s profilom {profile}?</numerusform>
            <numerusform>Ali želite %n sporočili znova poslati s profilom {profile}?</numerusform>
            <numerusform>Ali želite %n sporočila znova poslati s profilom {profile}?</numerusform>
            <numerusform>Ali želite %n sporočil znova poslati s profilom {profile}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the batch?</source>
        <translation>Ali želite poslati paket?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) with the profile {profile}?</source>
        <translation>
            <numerusform>Ali želite poslati %n sporočilo s profilom {profile}?</numerusform>
            <numerusform>Ali želite poslati %n sporočili s profilom {profile}?</numerusform>
            <numerusform>Ali želite poslati %n sporočila s profilom {profile}?</numerusform>
            <numerusform>Ali želite poslati %n sporočil s profilom {profile}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}): to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}): %n prejemniku</numerusform>
            <numerusform>{file} ({size}): %n prejemnikoma</numerusform>
            <numerusform>{file} ({size}): %n prejemnikom</numerusform>
            <numerusform>{file} ({size}): %n prejemnikom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… in še %n datoteka</numerusform>
            <numerusform>… in še %n datoteki</numerusform>
            <numerusform>… in še %n datoteke</numerusform>
            <numerusform>… in še %n datotek</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Priložene datoteke:</translation>
    </message>
    <message>
        <source>⚠ The profile {profile} was never verified: press Verify on the Settings page to test it before sending.</source>
        <translation>⚠ Profil {profile} še ni bil preverjen: pred pošiljanjem na strani Nastavitve kliknite „Preveri nastavitve“.</translation>
    </message>
    <message>
        <source>⚠ The last Verify of the profile {profile} failed {when}{code}: {reason} Press Verify on the Settings page once it is fixed.</source>
        <translation>⚠ Zadnje preverjanje profila {profile} {when} ni uspelo{code}: {reason} Ko težavo odpravite, na strani Nastavitve kliknite „Preveri nastavitve“.</translation>
    </message>
    <message>
        <source>⚠ The profile {profile} passed Verify {when}, but its server or sign-in settings have changed since: press Verify again.</source>
        <translation>⚠ Profil {profile} je bil uspešno preverjen {when}, a so se njegove nastavitve strežnika ali prijave od takrat spremenile: znova kliknite „Preveri nastavitve“.</translation>
    </message>
    <message>
        <source>✓ The profile {profile} passed Verify {when}.</source>
        <translation>✓ Profil {profile} je bil uspešno preverjen {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n a minute</source>
        <translation>
            <numerusform>%n na minuto</numerusform>
            <numerusform>%n na minuto</numerusform>
            <numerusform>%n na minuto</numerusform>
            <numerusform>%n na minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n an hour</source>
        <translation>
            <numerusform>%n na uro</numerusform>
            <numerusform>%n na uro</numerusform>
            <numerusform>%n na uro</numerusform>
            <numerusform>%n na uro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a day</source>
        <translation>
            <numerusform>%n na dan</numerusform>
            <numerusform>%n na dan</numerusform>
            <numerusform>%n na dan</numerusform>
            <numerusform>%n na dan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per connection</source>
        <translation>
            <numerusform>%n na povezavo</numerusform>
            <numerusform>%n na povezavo</numerusform>
            <numerusform>%n na povezavo</numerusform>
            <numerusform>%n na povezavo</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender: {sender}</source>
        <translation>Pošiljatelj: {sender}</translation>
    </message>
    <message>
        <source>Sending limits: {limits}.</source>
        <translation>Omejitve pošiljanja: {limits}.</translation>
    </message>
    <message>
        <source>No sending limits are set for this profile.</source>
        <translation>Za ta profil ni nastavljenih omejitev pošiljanja.</translation>
    </message>
    <message>
        <source>The server allowed this profile {pace} (learned {when}): the batch starts at that pace.</source>
        <translation>Strežnik je temu profilu dovolil {pace} (ugotovljeno {when}): paket začne s to hitrostjo.</translation>
    </message>
    <message numerus="yes">
        <source>About {duration} at %n message(s) a minute.</source>
        <translation>
            <numerusform>Približno {duration} pri %n sporočilu na minuto.</numerusform>
            <numerusform>Približno {duration} pri %n sporočilih na minuto.</numerusform>
            <numerusform>Približno {duration} pri %n sporočilih na minuto.</numerusform>
            <numerusform>Približno {duration} pri %n sporočilih na minuto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The daily limit allows %n more message(s) today; the rest continue tomorrow by themselves while smtpdesk is open, or with Continue.</source>
        <translation>
            <numerusform>Dnevna omejitev danes dovoljuje še %n sporočilo; preostala bodo poslana jutri samodejno, če bo smtpdesk odprt, ali z gumbom „Nadaljuj“.</numerusform>
            <numerusform>Dnevna omejitev danes dovoljuje še %n sporočili; preostala bodo poslana jutri samodejno, če bo smtpdesk odprt, ali z gumbom „Nadaljuj“.</numerusform>
            <numerusform>Dnevna omejitev danes dovoljuje še %n sporočila; preostala bodo poslana jutri samodejno, če bo smtpdesk odprt, ali z gumbom „Nadaljuj“.</numerusform>
            <numerusform>Dnevna omejitev danes dovoljuje še %n sporočil; preostala bodo poslana jutri samodejno, če bo smtpdesk odprt, ali z gumbom „Nadaljuj“.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause or cancel at any time in the Queue tab.</source>
        <translation>Pošiljanje lahko kadar koli začasno ustavite ali prekličete na zavihku Čakalna vrsta.</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch history {file} cannot be read ({reason}).</source>
        <translation>Nič ni bilo poslano: zgodovine paketov {file} ni mogoče prebrati ({reason}).</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch could not be stored in {file} ({reason}). Free some disk space, then press Send again.</source>
        <translation>Nič ni bilo poslano: paketa ni bilo mogoče shraniti v {file} ({reason}). Sprostite nekaj prostora na disku, nato znova kliknite „Pošlji…“.</translation>
    </message>
</context>
<context>
    <name>BatchPages</name>
    <message>
        <source>Batch history</source>
        <translation>Zgodovina paketov</translation>
    </message>
    <message>
        <source>The file could not be moved: {reason}</source>
        <translation>Datoteke ni bilo mogoče premakniti: {reason}</translation>
    </message>
    <message>
        <source>The damaged file is now {file}. A new batch history has started.</source>
        <translation>Poškodovana datoteka je zdaj {file}. Začela se je nova zgodovina paketov.</translation>
    </message>
    <message>
        <source>smtpdesk cannot read its batch history ({file}): {reason}</source>
        <translation>smtpdesk ne more prebrati zgodovine paketov ({file}): {reason}</translation>
    </message>
    <message>
        <source>Move the file aside and start a new history? Nothing is deleted. If you choose No, batches you send now are kept only until smtpdesk closes.</source>
        <translation>Želite datoteko umakniti in začeti novo zgodovino? Nič ne bo izbrisano. Če izberete Ne, bodo paketi, ki jih pošljete zdaj, shranjeni le do zaprtja programa smtpdesk.</translation>
    </message>
    <message>
        <source>A batch is being sent</source>
        <translation>Pošiljanje paketa poteka</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of this batch are not sent yet. Close anyway?</source>
        <translation>
            <numerusform>%n sporočilo tega paketa še ni poslano. Ali želite vseeno zapreti?</numerusform>
            <numerusform>%n sporočili tega paketa še nista poslani. Ali želite vseeno zapreti?</numerusform>
            <numerusform>%n sporočila tega paketa še niso poslana. Ali želite vseeno zapreti?</numerusform>
            <numerusform>%n sporočil tega paketa še ni poslanih. Ali želite vseeno zapreti?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stops after the messages on their way right now. The next time you open smtpdesk it offers to continue.</source>
        <translation>Pošiljanje se ustavi, ko bodo poslana sporočila, ki so trenutno na poti. Ko boste naslednjič odprli smtpdesk, vam bo ponudil nadaljevanje.</translation>
    </message>
    <message>
        <source>Keep the batch?</source>
        <translation>Ali želite obdržati paket?</translation>
    </message>
    <message>
        <source>The batch you are composing was not sent. Keep it for the next time you open smtpdesk?</source>
        <translation>Paket, ki ga pripravljate, ni bil poslan. Ali ga želite obdržati za naslednji zagon programa smtpdesk?</translation>
    </message>
    <message>
        <source>Kept: the recipients file, subject, message, attachments and profile come back as they are now.</source>
        <translation>Če ga obdržite, se datoteka s prejemniki, zadeva, sporočilo, priponke in profil vrnejo takšni, kot so zdaj.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Obdrži</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Nedokončan paket</translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} ({subject}) was not finished: %n message(s) are not sent yet.</source>
        <translation>
            <numerusform>Paket {batch} ({subject}) ni bil dokončan: %n sporočilo še ni poslano.</numerusform>
            <numerusform>Paket {batch} ({subject}) ni bil dokončan: %n sporočili še nista poslani.</numerusform>
            <numerusform>Paket {batch} ({subject}) ni bil dokončan: %n sporočila še niso poslana.</numerusform>
            <numerusform>Paket {batch} ({subject}) ni bil dokončan: %n sporočil še ni poslanih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue sending it now? Messages already sent are not sent again.</source>
        <translation>Ali želite zdaj nadaljevati pošiljanje? Že poslana sporočila ne bodo poslana znova.</translation>
    </message>
</context>
<context>
    <name>BouncesControl</name>
    <message>
        <source>Chec&amp;k for bounces</source>
        <translation>&amp;Preveri vrnjena sporočila</translation>
    </message>
    <message>
        <source>Checking for bounces…</source>
        <translation>Preverjanje vrnjenih sporočil…</translation>
    </message>
    <message>
        <source>Read the delivery reports in your inbox (IMAP) and mark the messages that came back as bounced</source>
        <translation>Prebere poročila o dostavi v vašem nabiralniku (IMAP) in označi sporočila, ki so se vrnila, kot vrnjena</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page.</source>
        <translation>Profil {name} ni prijavljen. Na strani Nastavitve kliknite „Prijava“.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page.</source>
        <translation>Za profil {name} ni gesla. Vnesite ga na strani z nastavitvami.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Trust this server&apos;s certificate?</source>
        <translation>Ali zaupate certifikatu tega strežnika?</translation>
    </message>
    <message>
        <source>The server {host}:{port} presents a certificate no authority vouches for. Accept it only if this is your own server and the fingerprint below is the one your IT support gave you. smtpdesk will remember it and warn you if it ever changes.</source>
        <translation>Strežnik {host}:{port} uporablja certifikat, za katerega ne jamči noben overitelj. Sprejmite ga samo, če gre za vaš lastni strežnik in je spodnji prstni odtis enak tistemu, ki vam ga je posredovala IT-podpora. smtpdesk si ga bo zapomnil in vas opozoril, če se kdaj spremeni.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Prstni odtis SHA-256</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Izdan za</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Izdajatelj</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Velja do</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Zaupaj in zapomni si</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no profile named {name} (see: smtpdesk profiles).</source>
        <translation>Profila z imenom {name} ni (glejte: smtpdesk profiles).</translation>
    </message>
    <message>
        <source>The profile file {file} does not exist.</source>
        <translation>Datoteka s profilom {file} ne obstaja.</translation>
    </message>
    <message>
        <source>The certificate pin file {file} cannot be read ({reason}); move it aside and run verify again.</source>
        <translation>Datoteke s potrjenimi certifikati {file} ni mogoče prebrati ({reason}); premaknite jo drugam in znova zaženite verify.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but nothing came on standard input.</source>
        <translation>Navedeno je --password-stdin, a na standardni vhod ni prišlo nič.</translation>
    </message>
    <message>
        <source>Warning: the password is sent without encryption.</source>
        <translation>Opozorilo: geslo bo poslano brez šifriranja.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so no stored password can be read; give the password with --password-stdin or SMTPDESK_PASSWORD.</source>
        <translation>Sistemska shramba gesel ni na voljo, zato shranjenega gesla ni mogoče prebrati; geslo podajte z --password-stdin ali SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}: store one with “smtpdesk profiles set-password {name} --password-stdin”, or give it with --password-stdin or SMTPDESK_PASSWORD.</source>
        <translation>Za profil {name} ni gesla: shranite ga z ukazom „smtpdesk profiles set-password {name} --password-stdin“ ali ga podajte z --password-stdin ali SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in: run “smtpdesk login --profile {name}” first.</source>
        <translation>Profil {name} ni prijavljen: najprej zaženite „smtpdesk login --profile {name}“.</translation>
    </message>
    <message>
        <source>The sign-in of the profile {name} cannot be used ({reason}): run “smtpdesk login --profile {name}” again.</source>
        <translation>Prijave profila {name} ni mogoče uporabiti ({reason}): znova zaženite „smtpdesk login --profile {name}“.</translation>
    </message>
    <message>
        <source>a stored profile</source>
        <translation>shranjen profil</translation>
    </message>
    <message>
        <source>a profile TOML file, not stored</source>
        <translation>datoteka s profilom TOML, ki se ne shrani</translation>
    </message>
    <message>
        <source>the result as JSON on the last line of standard output</source>
        <translation>rezultat kot JSON v zadnji vrstici standardnega izhoda</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>prebere geslo iz prve vrstice standardnega vhoda</translation>
    </message>
    <message>
        <source>The profile {name} signs in with a password; to sign in with Google or Microsoft, set auth_method = &quot;oauth2&quot; and oauth_provider in it.</source>
        <translation>Profil {name} se prijavlja z geslom; za prijavo z Googlom ali Microsoftom v njem nastavite auth_method = &quot;oauth2&quot; in oauth_provider.</translation>
    </message>
    <message>
        <source>Opening the browser to sign in. If it does not open, visit this address:</source>
        <translation>Za prijavo se odpira brskalnik. Če se ne odpre, obiščite ta naslov:</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Prijava je uspela</translation>
    </message>
    <message>
        <source>smtpdesk is signed in. You can close this tab.</source>
        <translation>smtpdesk je prijavljen. Ta zavihek lahko zaprete.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Prijava ni dokončana</translation>
    </message>
    <message>
        <source>smtpdesk was not signed in. You can close this tab and try again.</source>
        <translation>smtpdesk ni bil prijavljen. Ta zavihek lahko zaprete in poskusite znova.</translation>
    </message>
    <message>
        <source>The profile&apos;s sign-in settings cannot be used ({reason}).</source>
        <translation>Nastavitev prijave v profilu ni mogoče uporabiti ({reason}).</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>Prijava je bila v brskalniku zavrnjena.</translation>
    </message>
    <message>
        <source>Sign-in was not finished in time.</source>
        <translation>Prijava ni bila pravočasno dokončana.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in.</source>
        <translation>Ponudnik je zavrnil prijavo.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached.</source>
        <translation>Strežnika za prijavo ni bilo mogoče doseči.</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <translation>Prijavljeni ste kot {account}.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Prijavljeni ste.</translation>
    </message>
    <message>
        <source>Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}</source>
        <translation>Certifikat za {host}:{port} je sprejet in shranjen kot zaupanja vreden: SHA-256 {sha}</translation>
    </message>
    <message>
        <source>check a profile by sending a real test message</source>
        <translation>preveri profil s pravim testnim sporočilom</translation>
    </message>
    <message>
        <source>where the test message goes (default: the sender)</source>
        <translation>kam gre testno sporočilo (privzeto: pošiljatelju)</translation>
    </message>
    <message>
        <source>print the dialogue with the server</source>
        <translation>izpiše pogovor s strežnikom</translation>
    </message>
    <message>
        <source>accept (pin) the server&apos;s self-signed certificate with this SHA-256 fingerprint (64 hex digits; colons and case ignored)</source>
        <translation>sprejme (pripne) samopodpisani certifikat strežnika s tem prstnim odtisom SHA-256 (64 šestnajstiških števk; dvopičja in velikost črk niso pomembni)</translation>
    </message>
    <message>
        <source>sign in with Google or Microsoft (OAuth2) in the browser and keep the sign-in in the system keyring</source>
        <translation>prijava z Googlom ali Microsoftom (OAuth2) v brskalniku; prijava se shrani v sistemsko shrambo gesel</translation>
    </message>
    <message>
        <source>this is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>to ni prstni odtis SHA-256 (64 šestnajstiških števk)</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>Odgovor strežnika:</translation>
    </message>
    <message>
        <source>list, import, delete profiles</source>
        <translation>izpiše, uvozi, izbriše profile</translation>
    </message>
    <message>
        <source>store a profile file</source>
        <translation>shrani datoteko s profilom</translation>
    </message>
    <message>
        <source>store it under this name</source>
        <translation>shrani ga pod tem imenom</translation>
    </message>
    <message>
        <source>delete a stored profile</source>
        <translation>izbriše shranjen profil</translation>
    </message>
    <message>
        <source>store the password in the system keyring</source>
        <translation>shrani geslo v sistemsko shrambo gesel</translation>
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
        <source>set-password reads the password from standard input: add --password-stdin.</source>
        <translation>set-password prebere geslo s standardnega vhoda: dodajte --password-stdin.</translation>
    </message>
    <message>
        <source>The system keyring is not available; the password can still be given with --password-stdin or SMTPDESK_PASSWORD when sending.</source>
        <translation>Sistemska shramba gesel ni na voljo; geslo lahko ob pošiljanju še vedno podate z --password-stdin ali SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring for {name}.</source>
        <translation>Geslo za {name} je shranjeno v sistemski shrambi gesel.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: datoteka ne obstaja.</translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: smtpdesk profiles import FILE</source>
        <translation>Ni še nobenega profila. Uvozite ga z ukazom: smtpdesk profiles import FILE</translation>
    </message>
    <message>
        <source>from the provider database</source>
        <translation>iz baze ponudnikov</translation>
    </message>
    <message>
        <source>from the domain&apos;s DNS (SRV)</source>
        <translation>iz DNS domene (SRV)</translation>
    </message>
    <message>
        <source>from the domain&apos;s mail server (MX)</source>
        <translation>iz poštnega strežnika domene (MX)</translation>
    </message>
    <message>
        <source>found by probing</source>
        <translation>najdeno s preizkušanjem</translation>
    </message>
    <message>
        <source>propose settings for an address</source>
        <translation>predlaga nastavitve za naslov</translation>
    </message>
    <message>
        <source>also ask DNS (SRV, MX) and probe the candidate servers</source>
        <translation>vpraša tudi DNS (SRV, MX) in preizkusi možne strežnike</translation>
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
        <source>limits:</source>
        <translation>omejitve:</translation>
    </message>
    <message>
        <source>The provider does not publish the port: {port} is a guess. `detect --probe` or `verify` tells whether it is right.</source>
        <translation>Ponudnik ne objavlja porta, zato je {port} le predlog. Ali je pravi, pove `detect --probe` ali `verify`.</translation>
    </message>
    <message>
        <source>The batch database {file} cannot be written ({reason}); free some disk space, then run the command again.</source>
        <translation>V zbirko paketov {file} ni mogoče pisati ({reason}); sprostite nekaj prostora na disku in znova zaženite ukaz.</translation>
    </message>
    <message>
        <source>The batch database {file} cannot be used ({reason}); move it aside (rename it) and smtpdesk starts a new one; nothing was sent.</source>
        <translation>Zbirke paketov {file} ni mogoče uporabiti ({reason}); premaknite jo drugam (preimenujte jo) in smtpdesk bo začel novo; nič ni bilo poslano.</translation>
    </message>
    <message>
        <source>This could not be done ({code}).</source>
        <translation>Tega ni bilo mogoče narediti ({code}).</translation>
    </message>
    <message>
        <source>Outgoing mail that works: check your SMTP settings and send personalized batches.</source>
        <translation>Odhodna pošta, ki deluje: preverite nastavitve SMTP in pošljite prilagojena sporočila številnim prejemnikom hkrati.</translation>
    </message>
    <message>
        <source>open the window with the built-in local test inbox</source>
        <translation>odpre okno z vgrajenim lokalnim testnim nabiralnikom</translation>
    </message>
    <message>
        <source>the language of the words (also after the command)</source>
        <translation>jezik besedil (tudi za ukazom)</translation>
    </message>
    <message>
        <source>choose a command (see smtpdesk --help)</source>
        <translation>izberite ukaz (glejte smtpdesk --help)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Prekinjeno.</translation>
    </message>
    <message>
        <source>read delivery reports (bounces) from the inbox over IMAP and mark those rows bounced</source>
        <translation>prebere poročila o nedostavljivosti iz nabiralnika (IMAP) in te vrstice označi kot vrnjene</translation>
    </message>
    <message>
        <source>move the matched reports to this folder (never deleted)</source>
        <translation>najdena poročila premakne v to mapo (nikoli jih ne izbriše)</translation>
    </message>
    <message>
        <source>will mail from this sender arrive? (SPF, DKIM, DMARC, MX)</source>
        <translation>ali bo pošta tega pošiljatelja prispela? (SPF, DKIM, DMARC, MX)</translation>
    </message>
    <message>
        <source>a sender address (its provider&apos;s server, if known)</source>
        <translation>naslov pošiljatelja (strežnik njegovega ponudnika, če je znan)</translation>
    </message>
    <message>
        <source>SMTPDESK_DNS is not a DNS server address ({detail}).</source>
        <translation>SMTPDESK_DNS ni naslov strežnika DNS ({detail}).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>smtpdesk ran into a problem</source>
        <translation>Pri delovanju programa smtpdesk je prišlo do težave</translation>
    </message>
    <message>
        <source>Something went wrong inside smtpdesk. Your batches are safe in the queue and can be resumed. Please send the report below to whoever helps you with smtpdesk; it contains no password.</source>
        <translation>V programu smtpdesk je prišlo do napake. Vaši paketi so varno shranjeni v čakalni vrsti in jih lahko nadaljujete. Spodnje poročilo pošljite osebi, ki vam pomaga s programom smtpdesk; ne vsebuje nobenega gesla.</translation>
    </message>
    <message>
        <source>Report saved as: {path}</source>
        <translation>Poročilo je shranjeno kot: {path}</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopiraj v odložišče</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajta</numerusform>
            <numerusform>%n bajti</numerusform>
            <numerusform>%n bajtov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainCheck</name>
    <message>
        <source>The SPF record of {domain} allows the server to send its mail.</source>
        <translation>Zapis SPF domene {domain} dovoljuje, da strežnik pošilja njeno pošto.</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell its mail from forgeries and often put it in spam. Ask whoever runs your domain&apos;s DNS to publish this TXT record at {name}: {record}</source>
        <translation>Domena {domain} nima zapisa SPF, zato prejemniki njene pošte ne morejo ločiti od ponaredkov in jo pogosto uvrstijo med neželeno pošto. Prosite skrbnika DNS vaše domene, naj pri imenu {name} objavi ta zapis TXT: {record}</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell its mail from forgeries and often put it in spam. Ask whoever runs your domain&apos;s DNS to publish one for the servers that send your mail.</source>
        <translation>Domena {domain} nima zapisa SPF, zato prejemniki njene pošte ne morejo ločiti od ponaredkov in jo pogosto uvrstijo med neželeno pošto. Prosite skrbnika DNS vaše domene, naj ga objavi za strežnike, ki pošiljajo vašo pošto.</translation>
    </message>
    <message>
        <source>{domain} has more than one SPF record, and receivers then ignore them all. Ask whoever runs your domain&apos;s DNS to merge them into one record.</source>
        <translation>Domena {domain} ima več zapisov SPF, zato jih prejemniki ne upoštevajo. Prosite skrbnika DNS vaše domene, naj jih združi v en sam zapis.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} cannot be used: it has a mistake or needs more than 10 DNS lookups. Ask whoever runs your domain&apos;s DNS to correct it (for example, with fewer include: entries).</source>
        <translation>Zapisa SPF domene {domain} ni mogoče uporabiti: vsebuje napako ali zahteva več kot 10 poizvedb DNS. Prosite skrbnika DNS vaše domene, naj ga popravi (na primer z manj vnosi include:).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not allow {server} to send its mail: receivers will likely refuse your messages. Ask whoever runs your domain&apos;s DNS to add {add} to the SPF record.</source>
        <translation>Zapis SPF domene {domain} strežniku {server} ne dovoljuje pošiljanja njene pošte: prejemniki bodo vaša sporočila verjetno zavrnili. Prosite skrbnika DNS vaše domene, naj v zapis SPF doda {add}.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not allow {server} to send its mail: your messages may end up in spam. Ask whoever runs your domain&apos;s DNS to add {add} to the SPF record.</source>
        <translation>Zapis SPF domene {domain} strežniku {server} ne dovoljuje pošiljanja njene pošte: vaša sporočila lahko končajo med neželeno pošto. Prosite skrbnika DNS vaše domene, naj v zapis SPF doda {add}.</translation>
    </message>
    <message>
        <source>{domain} publishes a DKIM key (selector {selector}), so its mail can be signed.</source>
        <translation>Domena {domain} objavlja ključ DKIM (selektor {selector}), zato je njena pošta lahko podpisana.</translation>
    </message>
    <message>
        <source>No DKIM key was found for {domain} (selectors tried: {selectors}). If your mail provider signs your mail, its help pages give the record: ask whoever runs your domain&apos;s DNS to publish it. Gmail and Yahoo expect it from bulk senders.</source>
        <translation>Za domeno {domain} ni bil najden noben ključ DKIM (preizkušeni selektorji: {selectors}). Če vaš ponudnik e-pošte podpisuje vašo pošto, je zapis naveden na njegovih straneh za pomoč: prosite skrbnika DNS vaše domene, naj ga objavi. Gmail in Yahoo ga pričakujeta od pošiljateljev velikih količin pošte.</translation>
    </message>
    <message>
        <source>{domain} has a DMARC policy: receivers know what to do with forged mail.</source>
        <translation>Domena {domain} ima pravilnik DMARC: prejemniki vedo, kaj storiti s ponarejeno pošto.</translation>
    </message>
    <message>
        <source>The DMARC policy of {domain} is p=none: receivers only report forged mail. Nothing to do before sending; later, p=quarantine protects your name better.</source>
        <translation>Pravilnik DMARC domene {domain} je p=none: prejemniki ponarejeno pošto le prijavijo. Pred pošiljanjem ni treba storiti ničesar; pozneje bo p=quarantine bolje zaščitil vaše ime.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record; Gmail and Yahoo expect one from bulk senders. Ask whoever runs your domain&apos;s DNS to publish this TXT record at {name}: {record}</source>
        <translation>Domena {domain} nima zapisa DMARC; Gmail in Yahoo ga pričakujeta od pošiljateljev velikih količin pošte. Prosite skrbnika DNS vaše domene, naj pri imenu {name} objavi ta zapis TXT: {record}</translation>
    </message>
    <message>
        <source>The DMARC record at {name} cannot be read, so receivers ignore it. Ask whoever runs your domain&apos;s DNS to replace it with this TXT record: {record}</source>
        <translation>Zapisa DMARC pri imenu {name} ni mogoče prebrati, zato ga prejemniki ne upoštevajo. Prosite skrbnika DNS vaše domene, naj ga zamenja s tem zapisom TXT: {record}</translation>
    </message>
    <message>
        <source>{domain} has no MX record, so replies to your messages cannot arrive. Ask whoever runs your domain&apos;s DNS to add one, or set a Reply-to address that receives mail.</source>
        <translation>Domena {domain} nima zapisa MX, zato odgovori na vaša sporočila ne morejo prispeti. Prosite skrbnika DNS vaše domene, naj ga doda, ali v polje Odgovor za vpišite naslov, ki prejema pošto.</translation>
    </message>
    <message>
        <source>{domain} is a free mailbox service ({provider}). Many messages from a free address often end in spam or are refused: send them from your organization&apos;s own domain.</source>
        <translation>{domain} je brezplačna e-poštna storitev ({provider}). Veliko sporočil z brezplačnega naslova pogosto konča med neželeno pošto ali pa jih prejemniki zavrnejo: pošljite jih z lastne domene vaše organizacije.</translation>
    </message>
    <message>
        <source>The DNS records could not be looked up, so nothing could be judged. Check that this computer is online, then check again.</source>
        <translation>Zapisov DNS ni bilo mogoče poiskati, zato ni bilo mogoče ničesar oceniti. Preverite, ali ima ta računalnik internetno povezavo, nato preverite znova.</translation>
    </message>
    <message>
        <source>Will it arrive? The sender&apos;s domain looks right.</source>
        <translation>Ali bo pošta prispela? Domena pošiljatelja je videti pravilno nastavljena.</translation>
    </message>
    <message>
        <source>Will it arrive? Probably, but something in the sender&apos;s domain should be improved.</source>
        <translation>Ali bo pošta prispela? Verjetno, vendar bi bilo treba nekaj v domeni pošiljatelja izboljšati.</translation>
    </message>
    <message>
        <source>Will it arrive? Maybe not: the sender&apos;s domain has a problem.</source>
        <translation>Ali bo pošta prispela? Morda ne: domena pošiljatelja ima težavo.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Opozorilo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
</context>
<context>
    <name>DomainCheckPanel</name>
    <message>
        <source>Check domain</source>
        <translation>Preveri domeno</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s SPF, DKIM, DMARC and MX records and check that they let this server&apos;s mail arrive</source>
        <translation>Poišče zapise SPF, DKIM, DMARC in MX domene pošiljatelja in preveri, ali omogočajo, da pošta s tega strežnika prispe</translation>
    </message>
    <message>
        <source>Checking the sender&apos;s domain…</source>
        <translation>Preverjanje domene pošiljatelja …</translation>
    </message>
    <message>
        <source>The sender&apos;s domain could not be checked: check the sender&apos;s address.</source>
        <translation>Domene pošiljatelja ni bilo mogoče preveriti: preverite naslov pošiljatelja.</translation>
    </message>
    <message>
        <source>Will it arrive? After a successful verify, the sender&apos;s domain is checked here (SPF, DKIM, DMARC).</source>
        <translation>Ali bo pošta prispela? Po uspešnem preverjanju nastavitev se tukaj preveri domena pošiljatelja (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Copy DNS record</source>
        <translation>Kopiraj zapis DNS</translation>
    </message>
    <message>
        <source>Copy {record} to paste it at {name} (TXT)</source>
        <translation>Kopira {record}, da ga prilepite pri imenu {name} (TXT)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundi</numerusform>
            <numerusform>%n sekunde</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuti</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ura</numerusform>
            <numerusform>%n uri</numerusform>
            <numerusform>%n ure</numerusform>
            <numerusform>%n ur</numerusform>
        </translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>danes ob {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>jutri ob {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>{date} ob {time}</translation>
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
        <translation>Preverite nabiralnik {to}: testno sporočilo bi moralo prispeti v minuti ali dveh. Nastavitve so pripravljene za uporabo.</translation>
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
        <translation>Preverite port: običajno je 465 za SSL/TLS, 587 za STARTTLS in 25 brez šifriranja. Pravi port je naveden na straneh za pomoč vašega ponudnika.</translation>
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
        <translation>Preverite uporabniško ime ({user}) in geslo. Za račune Gmail, Yahoo in Microsoft s preverjanjem v dveh korakih potrebujete geslo za aplikacijo namesto običajnega gesla; za Microsoft 365 bo morda potrebna prijava z Microsoftovim računom (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not let this account send as {sender}.</source>
        <translation>Strežnik temu računu ne dovoli pošiljanja z naslova {sender}.</translation>
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
    <message>
        <source>The server name {host} could not be looked up: this computer seems to have no internet connection.</source>
        <translation>Imena strežnika {host} ni bilo mogoče poiskati: računalnik očitno nima internetne povezave.</translation>
    </message>
    <message>
        <source>Check that this computer is online (network cable or Wi-Fi), then try again. If other programs can reach the internet, the network&apos;s name service (DNS) is not working: ask your IT support.</source>
        <translation>Preverite, ali je računalnik povezan v internet (omrežni kabel ali Wi-Fi), in poskusite znova. Če drugi programi internet dosežejo, v omrežju ne deluje iskanje imen (DNS): obrnite se na IT-podporo.</translation>
    </message>
    <message>
        <source>The server name {host} does not exist.</source>
        <translation>Strežnik z imenom {host} ne obstaja.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name. Your provider&apos;s help page gives the right one.</source>
        <translation>Preverite, ali je ime strežnika pravilno zapisano. Pravo ime najdete na straneh za pomoč vašega ponudnika.</translation>
    </message>
    <message>
        <source>The sign-in with your provider (OAuth2) was refused, has expired, or was revoked.</source>
        <translation>Prijava pri vašem ponudniku (OAuth2) je bila zavrnjena, je potekla ali je bila preklicana.</translation>
    </message>
    <message>
        <source>Sign in again (&quot;Sign in&quot; button, or smtpdesk login). If it keeps failing, check that {user} is the account you signed in with; for Microsoft 365 an administrator must also allow SMTP AUTH for the mailbox.</source>
        <translation>Znova se prijavite (kliknite „Prijava“ ali uporabite ukaz smtpdesk login). Če težava ostaja, preverite, ali je {user} račun, s katerim ste se prijavili; pri Microsoft 365 mora skrbnik tudi omogočiti SMTP AUTH za ta nabiralnik.</translation>
    </message>
    <message>
        <source>Google accepts no normal password from mail programs: choose &quot;Sign in with Google instead of a password&quot;, or turn on 2-Step Verification in your Google Account and enter an app password instead.</source>
        <translation>Google ne sprejema običajnega gesla iz poštnih programov: izberite „Prijava z Googlom namesto gesla“ ali v Google Računu vklopite preverjanje v dveh korakih in namesto gesla vnesite geslo za aplikacijo.</translation>
    </message>
    <message>
        <source>Look in Spam too. A test message to your own Gmail address is filed under Sent, not in the inbox.</source>
        <translation>Poglejte tudi med neželeno pošto. Testno sporočilo na vaš lastni naslov Gmail se shrani med poslano pošto, ne med prejeto.</translation>
    </message>
    <message>
        <source>Outlook.com has accepted no passwords from mail programs since September 2024: choose &quot;Sign in with Microsoft instead of a password&quot;.</source>
        <translation>Outlook.com od septembra 2024 ne sprejema gesel iz poštnih programov: izberite „Prijava z Microsoftovim računom namesto gesla“.</translation>
    </message>
    <message>
        <source>Microsoft 365 lets a mail program send only when an administrator has switched on Authenticated SMTP for this mailbox (Microsoft 365 admin center: the user, Mail, Manage email apps). Or choose &quot;Sign in with Microsoft instead of a password&quot;.</source>
        <translation>Microsoft 365 poštnemu programu dovoli pošiljanje le, če je skrbnik za ta nabiralnik vklopil Authenticated SMTP (skrbniško središče Microsoft 365: uporabnik, Pošta, Upravljanje e-poštnih aplikacij). Lahko pa izberete „Prijava z Microsoftovim računom namesto gesla“.</translation>
    </message>
    <message>
        <source>Yahoo accepts an app password, not your normal password: create one in the security settings of your Yahoo account and enter it here.</source>
        <translation>Yahoo sprejme geslo za aplikacijo, ne vašega običajnega gesla: ustvarite ga v varnostnih nastavitvah svojega računa Yahoo in ga vnesite tukaj.</translation>
    </message>
    <message>
        <source>iCloud Mail always needs an app-specific password: create one at account.apple.com (Sign-In and Security, App-Specific Passwords) and enter it instead of your Apple Account password.</source>
        <translation>iCloud Mail vedno potrebuje geslo za aplikacijo: ustvarite ga na account.apple.com (Prijava in varnost, Gesla za aplikacije) in ga vnesite namesto gesla za Apple Account.</translation>
    </message>
    <message>
        <source>If two-factor authentication is on for your Seznam account, mail programs need a separate application password: set it in your Seznam account under two-factor authentication and enter it here.</source>
        <translation>Če imate v računu Seznam vklopljeno preverjanje v dveh korakih, poštni programi potrebujejo posebno geslo za aplikacijo: nastavite ga v računu Seznam pod preverjanjem v dveh korakih in ga vnesite tukaj.</translation>
    </message>
    <message>
        <source>{provider_name} lets mail programs send only when access for them is switched on: in webmail, open the settings and switch on access for mail programs (IMAP, POP3, SMTP), then check the password and verify again.</source>
        <translation>{provider_name} poštnim programom dovoli pošiljanje le, če je dostop zanje vklopljen: v spletni pošti odprite nastavitve in vklopite dostop za poštne programe (IMAP, POP3, SMTP), nato preverite geslo in nastavitve preverite znova.</translation>
    </message>
    <message>
        <source>The real certificate of {provider_name} is trusted everywhere, so something between this computer and the server replaced it: usually antivirus e-mail scanning (turn off its scanning of encrypted e-mail) or a company proxy (ask IT). Never allow a self-signed certificate for {provider_name}.</source>
        <translation>Pravemu certifikatu ponudnika {provider_name} zaupajo povsod, zato ga je zamenjalo nekaj med tem računalnikom in strežnikom: navadno pregledovanje e-pošte v protivirusnem programu (izklopite pregledovanje šifrirane e-pošte) ali proxy v podjetju (vprašajte IT-podporo). Za {provider_name} nikoli ne dovolite samopodpisanega certifikata.</translation>
    </message>
    <message>
        <source>No certificate of {host} has been accepted yet, and a batch never accepts one on its own.</source>
        <translation>Za {host} še niste sprejeli nobenega potrdila, paketno pošiljanje pa ga nikoli ne sprejme samo.</translation>
    </message>
    <message>
        <source>Press Verify first: it shows the server&apos;s certificate and asks whether you trust it (on the command line: smtpdesk verify --trust-certificate with its SHA-256).</source>
        <translation>Najprej kliknite „Preveri nastavitve“: pokaže potrdilo strežnika in vas vpraša, ali mu zaupate (v ukazni vrstici: smtpdesk verify --trust-certificate z njegovim SHA-256).</translation>
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
        <translation>Za</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>The demo inbox: messages sent with the Demo profile arrive here and nothing leaves this computer.</source>
        <translation>Predstavitveni nabiralnik: sporočila, poslana s profilom Demo, prispejo sem in nič ne zapusti tega računalnika.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) received.</source>
        <translation>
            <numerusform>Prejeto %n sporočilo.</numerusform>
            <numerusform>Prejeti %n sporočili.</numerusform>
            <numerusform>Prejeta %n sporočila.</numerusform>
            <numerusform>Prejetih %n sporočil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Prejeta sporočila</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>No messages yet. Press Verify with the Demo profile to send a test message here.</source>
        <translation>Ni še sporočil. Izberite profil Demo in kliknite „Preveri nastavitve“, da sem pošljete testno sporočilo.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Prejeto</translation>
    </message>
</context>
<context>
    <name>IncomingRows</name>
    <message>
        <source>{provider} keeps a copy of every message it sends in Sent itself; smtpdesk adds no second one.</source>
        <translation>{provider} sam shrani kopijo vsakega poslanega sporočila v Poslano; smtpdesk ne doda druge.</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Strežnik za dohodno pošto (IMAP)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Šifriranje</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keep a copy of every message in Sent</source>
        <translation>Shrani kopijo vsakega sporočila v Poslano</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): a copy in Sent, bounces</source>
        <translation>Dohodna pošta (IMAP): kopija v Poslano, vrnjena sporočila</translation>
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
        <translation>Shrani kop&amp;ijo vsakega sporočila v Poslano</translation>
    </message>
    <message>
        <source>The server you read this mailbox from, as your provider&apos;s help page names it. smtpdesk signs in with the same user name and password.</source>
        <translation>Strežnik, s katerega berete ta nabiralnik, kot ga navaja stran s pomočjo vašega ponudnika. smtpdesk se prijavi z istim uporabniškim imenom in geslom.</translation>
    </message>
    <message>
        <source>Every message of a batch and Verify&apos;s test message go into the mailbox&apos;s Sent folder too, exactly as sent: proof for you and your colleagues.</source>
        <translation>Vsako sporočilo razpošiljanja in testno sporočilo ob preverjanju nastavitev gresta tudi v mapo Poslano, natanko takšna, kot sta bila poslana: dokaz za vas in vaše sodelavce.</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <source>This profile has no incoming server (IMAP). Add imap_host (and imap_port, imap_encryption) to its profile file to read bounces and keep copies in Sent.</source>
        <translation>Ta profil nima strežnika za dohodno pošto (IMAP). V datoteko profila dodajte imap_host (in imap_port, imap_encryption), da bo mogoče brati vrnjena sporočila in shranjevati kopije med poslana.</translation>
    </message>
    <message>
        <source>The incoming server {host} could not be found.</source>
        <translation>Strežnika za dohodno pošto {host} ni bilo mogoče najti.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}. Check the incoming server and its port (993 for SSL/TLS, 143 for STARTTLS).</source>
        <translation>Na {host} na vratih {port} se nič ne odziva. Preverite strežnik za dohodno pošto in njegova vrata (993 za SSL/TLS, 143 za STARTTLS).</translation>
    </message>
    <message>
        <source>The incoming server {host} did not answer in time.</source>
        <translation>Strežnik za dohodno pošto {host} ni odgovoril pravočasno.</translation>
    </message>
    <message>
        <source>The incoming server {host} does not offer STARTTLS, and smtpdesk never signs in without encryption. Choose SSL/TLS and port 993.</source>
        <translation>Strežnik za dohodno pošto {host} ne ponuja STARTTLS, smtpdesk pa se nikoli ne prijavi brez šifriranja. Izberite SSL/TLS in vrata 993.</translation>
    </message>
    <message>
        <source>The certificate of the incoming server {host} is not trusted.</source>
        <translation>Certifikat strežnika za dohodno pošto {host} ni zaupanja vreden.</translation>
    </message>
    <message>
        <source>The certificate of the incoming server is issued for another name than {host}.</source>
        <translation>Certifikat strežnika za dohodno pošto je izdan za drugo ime kot {host}.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed. Check that SSL/TLS or STARTTLS matches the port.</source>
        <translation>Šifrirana povezava s {host} ni uspela. Preverite, ali SSL/TLS oziroma STARTTLS ustreza vratom.</translation>
    </message>
    <message>
        <source>The incoming server refused the user name or password (the same ones as for sending).</source>
        <translation>Strežnik za dohodno pošto je zavrnil uporabniško ime ali geslo (isti kot za pošiljanje).</translation>
    </message>
    <message>
        <source>The incoming server offers no way to sign in that smtpdesk can use.</source>
        <translation>Strežnik za dohodno pošto ne ponuja načina prijave, ki bi ga smtpdesk lahko uporabil.</translation>
    </message>
    <message>
        <source>No Sent folder was found in the mailbox.</source>
        <translation>V nabiralniku ni bilo mogoče najti mape Poslano.</translation>
    </message>
    <message>
        <source>The incoming server reported a problem.</source>
        <translation>Strežnik za dohodno pošto je sporočil težavo.</translation>
    </message>
    <message>
        <source>Delivery reports read: {reports}. Bounced: {bounced}. Delayed (still being retried, not counted as bounces): {delayed}.</source>
        <translation>Prebrana poročila o dostavi: {reports}. Vrnjena: {bounced}. Zakasnjena (dostava se še poskuša, ne štejejo kot vrnjena): {delayed}.</translation>
    </message>
    <message>
        <source>Reports moved to {folder}: {moved}.</source>
        <translation>Poročila, premaknjena v {folder}: {moved}.</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>vrnjeno</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>zakasnjeno</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Inbox ({count})</source>
        <translation>Nabiralnik ({count})</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Nabiralnik</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>predstavitveni način</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>About smtpdesk (F1)</source>
        <translation>O programu smtpdesk (F1)</translation>
    </message>
    <message>
        <source>About smtpdesk</source>
        <translation>O programu smtpdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strani</translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be read.</source>
        <translation>
            <numerusform>%n datoteke s profilom ni bilo mogoče prebrati.</numerusform>
            <numerusform>%n datotek s profili ni bilo mogoče prebrati.</numerusform>
            <numerusform>%n datotek s profili ni bilo mogoče prebrati.</numerusform>
            <numerusform>%n datotek s profili ni bilo mogoče prebrati.</numerusform>
        </translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Moj profil</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neshranjene spremembe</translation>
    </message>
    <message>
        <source>The profile {name} has changes that are not saved.</source>
        <translation>Profil {name} ima neshranjene spremembe.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Ali jih želite shraniti, preden nadaljujete?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nov profil</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopija)</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain &lt; &gt; : &quot; / \ | ? *.</source>
        <translation>Ime profila ne sme biti prazno in ne sme vsebovati znakov &lt; &gt; : &quot; / \ | ? *.</translation>
    </message>
    <message>
        <source>A profile named {name} exists already.</source>
        <translation>Profil z imenom {name} že obstaja.</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>Profil {name} je izbrisan.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Izbriši profil</translation>
    </message>
    <message>
        <source>Delete the profile {name}?</source>
        <translation>Ali želite izbrisati profil {name}?</translation>
    </message>
    <message>
        <source>Its settings and its stored password are removed. Sent batches are kept.</source>
        <translation>Njegove nastavitve in shranjeno geslo bodo odstranjeni. Poslani paketi ostanejo.</translation>
    </message>
    <message>
        <source>Profile {name} saved.</source>
        <translation>Profil {name} je shranjen.</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n sporočilo na minuto</numerusform>
            <numerusform>%n sporočili na minuto</numerusform>
            <numerusform>%n sporočila na minuto</numerusform>
            <numerusform>%n sporočil na minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n sporočilo na uro</numerusform>
            <numerusform>%n sporočili na uro</numerusform>
            <numerusform>%n sporočila na uro</numerusform>
            <numerusform>%n sporočil na uro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n sporočilo na dan</numerusform>
            <numerusform>%n sporočili na dan</numerusform>
            <numerusform>%n sporočila na dan</numerusform>
            <numerusform>%n sporočil na dan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileWords</name>
    <message>
        <source>missing or empty</source>
        <translation>manjka ali je prazno</translation>
    </message>
    <message>
        <source>this name cannot be used: a name cannot contain &lt; &gt; : &quot; / \ | ? * or start or end with a space, and cannot be a name Windows keeps for itself</source>
        <translation>tega imena ni mogoče uporabiti: ime ne sme vsebovati &lt; &gt; : &quot; / \ | ? *, se začeti ali končati s presledkom, niti biti ime, ki ga Windows rezervira zase</translation>
    </message>
    <message>
        <source>this is not a server name (write it like smtp.example.com)</source>
        <translation>to ni ime strežnika (vpišite ga v obliki smtp.example.com)</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>port mora biti število od 1 do 65535</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>uporabite eno od: {choices}</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>to ni e-poštni naslov</translation>
    </message>
    <message>
        <source>the user name starts or ends with a space</source>
        <translation>uporabniško ime se začne ali konča s presledkom</translation>
    </message>
    <message>
        <source>must be a whole number above 0</source>
        <translation>mora biti celo število, večje od 0</translation>
    </message>
    <message>
        <source>must be a number of seconds from 1 to 600</source>
        <translation>mora biti število sekund od 1 do 600</translation>
    </message>
    <message>
        <source>needs the incoming server (imap_host)</source>
        <translation>potrebuje strežnik za dohodno pošto (imap_host)</translation>
    </message>
    <message>
        <source>must be an https:// address</source>
        <translation>mora biti naslov https://</translation>
    </message>
    <message>
        <source>must be a tenant ID, a domain, common, organizations or consumers</source>
        <translation>mora biti ID najemnika, domena, common, organizations ali consumers</translation>
    </message>
    <message>
        <source>smtpdesk does not know this key</source>
        <translation>smtpdesk tega ključa ne pozna</translation>
    </message>
    <message>
        <source>the value has the wrong type (a whole number, true or false, or text in quotes)</source>
        <translation>vrednost je napačne vrste (celo število, true ali false ali besedilo v narekovajih)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>datoteke ni mogoče prebrati</translation>
    </message>
    <message>
        <source>the file is not a valid profile (TOML)</source>
        <translation>datoteka ni veljaven profil (TOML)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a profile (brackets within brackets)</source>
        <translation>datoteka je pregloboko gnezdena, da bi bila profil (oklepaji v oklepajih)</translation>
    </message>
    <message>
        <source>an address in the message is not valid</source>
        <translation>naslov v sporočilu ni veljaven</translation>
    </message>
    <message>
        <source>a line break or a control character would land in a header</source>
        <translation>prelom vrstice ali kontrolni znak bi prišel v glavo sporočila</translation>
    </message>
    <message>
        <source>text that cannot be written as UTF-8</source>
        <translation>besedilo, ki ga ni mogoče zapisati v UTF-8</translation>
    </message>
    <message>
        <source>an attachment cannot be read</source>
        <translation>priponke ni mogoče prebrati</translation>
    </message>
    <message>
        <source>an attachment is a folder or a device, not a file</source>
        <translation>priponka je mapa ali naprava, ne datoteka</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, vrstica {line}</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>naslov ni podan</translation>
    </message>
    <message>
        <source>“{address}” has no valid domain after the @</source>
        <translation>„{address}“ nima veljavne domene za @</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address</source>
        <translation>„{address}“ ni veljaven e-poštni naslov</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Datoteke {file} ni mogoče prebrati.</translation>
    </message>
    <message>
        <source>The file {file} is not a text file.</source>
        <translation>Datoteka {file} ni besedilna datoteka.</translation>
    </message>
    <message>
        <source>The file {file} mixes two encodings (line {utf8} is UTF-8, line {other} is not); save it again as UTF-8.</source>
        <translation>Datoteka {file} meša dve kodiranji (vrstica {utf8} je v UTF-8, vrstica {other} ne); znova jo shranite v UTF-8.</translation>
    </message>
    <message>
        <source>The file {file} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>Datoteka {file} ni besedilo v UTF-8; znova jo shranite v UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Add a new sending profile</source>
        <translation>Dodaj nov profil za pošiljanje</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>Kopiraj izbrani profil</translation>
    </message>
    <message>
        <source>Rename the selected profile (F2)</source>
        <translation>Preimenuj izbrani profil (F2)</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>P&amp;rofili</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Podvo&amp;ji</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Pr&amp;eimenuj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>I&amp;zbriši</translation>
    </message>
    <message>
        <source>Delete the selected profile and its stored password</source>
        <translation>Izbriši izbrani profil in njegovo shranjeno geslo</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Še ni shranjeno</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Other / own server</source>
        <translation>Drug / lasten strežnik</translation>
    </message>
    <message>
        <source>Choose your provider to fill in its server settings</source>
        <translation>Izberite ponudnika, da se izpolnijo nastavitve njegovega strežnika</translation>
    </message>
    <message>
        <source>{provider} uses the server {host}. &lt;a href=&quot;apply&quot;&gt;Use its settings&lt;/a&gt;</source>
        <translation>{provider} uporablja strežnik {host}. &lt;a href=&quot;apply&quot;&gt;Uporabi te nastavitve&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Looking for the settings of {domain}… &lt;a href=&quot;cancel&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Iskanje nastavitev za {domain}… &lt;a href=&quot;cancel&quot;&gt;Ustavi&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No settings found for {domain}. Your provider&apos;s help page lists the outgoing mail (SMTP) server; enter it below.</source>
        <translation>Za {domain} ni bilo mogoče najti nastavitev. Strežnik za odhodno pošto (SMTP) je naveden na straneh za pomoč vašega ponudnika; vpišite ga spodaj.</translation>
    </message>
    <message>
        <source>Settings for {provider} filled in.</source>
        <translation>Nastavitve za {provider} so izpolnjene.</translation>
    </message>
    <message>
        <source>Found a mail server at {host}, port {port}.</source>
        <translation>Najden je poštni strežnik {host}, port {port}.</translation>
    </message>
    <message>
        <source>Checking which port {host} answers on… &lt;a href=&quot;cancel&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Preverjanje, na katerem portu se oglasi {host}… &lt;a href=&quot;cancel&quot;&gt;Ustavi&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{provider} does not publish the port: {port} is a guess. Verify tells whether it is right.</source>
        <translation>{provider} ne objavlja porta, zato je {port} le predlog. Ali je pravi, pokaže „Preveri nastavitve“.</translation>
    </message>
    <message numerus="yes">
        <source>Limit: %n message(s) a day.</source>
        <translation>
            <numerusform>Omejitev: %n sporočilo na dan.</numerusform>
            <numerusform>Omejitev: %n sporočili na dan.</numerusform>
            <numerusform>Omejitev: %n sporočila na dan.</numerusform>
            <numerusform>Omejitev: %n sporočil na dan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with Google instead of a password</source>
        <translation>Prijava z Googlom namesto gesla</translation>
    </message>
    <message>
        <source>Sign in with Microsoft instead of a password</source>
        <translation>Prijava z Microsoftovim računom namesto gesla</translation>
    </message>
    <message>
        <source>Provider&apos;s help page</source>
        <translation>Pomoč ponudnika</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Datoteka %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Pogon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Poišči v:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Vrsta datotek:</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Stranska vrstica</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ali res želite izbrisati „%1“?</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zavrzi</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ne shrani</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;vse</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ne za v&amp;se</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uporabi</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ponastavi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoč</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Shrani vse</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Prezri</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovi privzete</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Razveljavi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>P&amp;onovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj &amp;naslov povezave</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Prilepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izberi vse</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Čaka</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pošiljanje</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslano</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Ponovni poskus</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Negotovo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Vrnjeno</translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation>Strežnik je sporočilo sprejel</translation>
    </message>
    <message>
        <source>Marked as sent by you</source>
        <translation>Ročno označeno kot poslano</translation>
    </message>
    <message>
        <source>Came back: not delivered</source>
        <translation>Vrnjeno: ni dostavljeno</translation>
    </message>
    <message>
        <source>Accepted; no copy in Sent</source>
        <translation>Sprejeto; brez kopije med poslanimi</translation>
    </message>
    <message>
        <source>Accepted; the provider keeps the copy in Sent</source>
        <translation>Sprejeto; kopijo med poslanimi hrani ponudnik</translation>
    </message>
    <message>
        <source>The connection broke before the server confirmed</source>
        <translation>Povezava se je prekinila pred potrditvijo strežnika</translation>
    </message>
    <message>
        <source>Interrupted while sending (the app was closed)</source>
        <translation>Prekinjeno med pošiljanjem (program je bil zaprt)</translation>
    </message>
    <message>
        <source>The server refused this address</source>
        <translation>Strežnik je zavrnil ta naslov</translation>
    </message>
    <message>
        <source>The server asked to slow down</source>
        <translation>Strežnik je zahteval počasnejše pošiljanje</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Ni pravočasnega odziva</translation>
    </message>
    <message>
        <source>Message too large for the server</source>
        <translation>Sporočilo je preveliko za strežnik</translation>
    </message>
    <message>
        <source>An attachment file is missing</source>
        <translation>Datoteka priponke manjka</translation>
    </message>
    <message>
        <source>An attachment is no longer a regular file</source>
        <translation>Priloga ni več običajna datoteka</translation>
    </message>
    <message>
        <source>A merge value has a line break where none may be</source>
        <translation>Vrednost polja vsebuje nedovoljen prelom vrstice</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>Strežnik je zavrnil naslov pošiljatelja</translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation>Strežnik je javil težavo</translation>
    </message>
    <message>
        <source>The server name was not found</source>
        <translation>Imena strežnika ni bilo mogoče najti</translation>
    </message>
    <message>
        <source>Nothing answers on the server&apos;s port</source>
        <translation>Na portu strežnika se nič ne odziva</translation>
    </message>
    <message>
        <source>The encryption does not match the port</source>
        <translation>Šifriranje se ne ujema s portom</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Strežnik ne ponuja šifriranja STARTTLS</translation>
    </message>
    <message>
        <source>The certificate is for another server name</source>
        <translation>Certifikat je izdan za drugo ime strežnika</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>Strežnik je zavrnil uporabniško ime ali geslo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Prejemnik</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Odgovor strežnika</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Batch {number}</source>
        <translation>Paket {number}</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>težave</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Vrstica</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID sporočila</translation>
    </message>
    <message>
        <source>Queue ({done}/{total})</source>
        <translation>Čakalna vrsta ({done}/{total})</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Čakalna vrsta</translation>
    </message>
    <message>
        <source>Batches sent so far</source>
        <translation>Doslej poslani paketi</translation>
    </message>
    <message>
        <source>Send a follow-up to this batch&apos;s recipients, e.g. only to those who have not answered yet</source>
        <translation>Pošlji nadaljnje sporočilo prejemnikom tega paketa, npr. samo tistim, ki še niso odgovorili</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Izbriši paket</translation>
    </message>
    <message>
        <source>Remove this batch and its recipients&apos; data</source>
        <translation>Odstrani ta paket in podatke o njegovih prejemnikih</translation>
    </message>
    <message>
        <source>Stop after the messages being sent right now; nothing is lost</source>
        <translation>Ustavi pošiljanje, ko bodo poslana sporočila, ki se pošiljajo zdaj; nič se ne izgubi</translation>
    </message>
    <message>
        <source>Continue sending this batch</source>
        <translation>Nadaljuj pošiljanje tega paketa</translation>
    </message>
    <message>
        <source>Do not send the messages still waiting</source>
        <translation>Ne pošlji sporočil, ki še čakajo</translation>
    </message>
    <message>
        <source>Send the failed and postponed messages again</source>
        <translation>Znova pošlji neuspešna in odložena sporočila</translation>
    </message>
    <message>
        <source>All rows to CSV…</source>
        <translation>Vse vrstice v CSV…</translation>
    </message>
    <message>
        <source>Failed and uncertain rows to CSV…</source>
        <translation>Neuspešne in negotove vrstice v CSV…</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>Vsi prejemniki</translation>
    </message>
    <message>
        <source>Problems (failed, uncertain, retrying)</source>
        <translation>Težave (neuspešno, negotovo, ponovni poskus)</translation>
    </message>
    <message>
        <source>Recipients of the batch</source>
        <translation>Prejemniki paketa</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Napredek paketa</translation>
    </message>
    <message>
        <source>No batch yet. Load recipients and write the message on the Batch page, then press Send.</source>
        <translation>Ni še nobenega paketa. Na strani Paket naložite prejemnike in napišite sporočilo, nato kliknite „Pošlji…“.</translation>
    </message>
    <message>
        <source>#{batch} · {when} · {subject} · {sent}/{total} sent</source>
        <translation>#{batch} · {when} · {subject} · poslano {sent}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n message(s) sent</source>
        <translation>
            <numerusform>Poslano {done} od %n sporočila</numerusform>
            <numerusform>Poslano {done} od %n sporočil</numerusform>
            <numerusform>Poslano {done} od %n sporočil</numerusform>
            <numerusform>Poslano {done} od %n sporočil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n neuspešno</numerusform>
            <numerusform>%n neuspešni</numerusform>
            <numerusform>%n neuspešna</numerusform>
            <numerusform>%n neuspešnih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n negotovo</numerusform>
            <numerusform>%n negotovi</numerusform>
            <numerusform>%n negotova</numerusform>
            <numerusform>%n negotovih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n bo poslano znova</numerusform>
            <numerusform>%n bosta poslani znova</numerusform>
            <numerusform>%n bodo poslana znova</numerusform>
            <numerusform>%n bo poslanih znova</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n preklicano</numerusform>
            <numerusform>%n preklicani</numerusform>
            <numerusform>%n preklicana</numerusform>
            <numerusform>%n preklicanih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n še ni poslano</numerusform>
            <numerusform>%n še nista poslani</numerusform>
            <numerusform>%n še niso poslana</numerusform>
            <numerusform>%n še ni poslanih</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch cannot be sent: {reason}</source>
        <translation>Tega paketa ni mogoče poslati: {reason}</translation>
    </message>
    <message>
        <source>Batch {batch} is being sent by another smtpdesk right now (another window or the command line). Wait until it ends.</source>
        <translation>Paket {batch} trenutno pošilja drug primerek programa smtpdesk (drugo okno ali ukazna vrstica). Počakajte, da se pošiljanje konča.</translation>
    </message>
    <message>
        <source>The profile {name} of this batch no longer exists. Create it again on the Settings page to continue.</source>
        <translation>Profil {name} tega paketa ne obstaja več. Za nadaljevanje ga znova ustvarite na strani Nastavitve.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page, then press Continue.</source>
        <translation>Profil {name} ni prijavljen. Na strani Nastavitve kliknite „Prijava“, nato kliknite „Nadaljuj“.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page, then press Continue.</source>
        <translation>Za profil {name} ni gesla. Vnesite ga na strani Nastavitve, nato kliknite „Nadaljuj“.</translation>
    </message>
    <message>
        <source>Cancel the batch?</source>
        <translation>Ali želite preklicati paket?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet will not be sent.</source>
        <translation>
            <numerusform>%n sporočilo, ki še ni bilo poslano, ne bo poslano.</numerusform>
            <numerusform>%n sporočili, ki še nista bili poslani, ne bosta poslani.</numerusform>
            <numerusform>%n sporočila, ki še niso bila poslana, ne bodo poslana.</numerusform>
            <numerusform>%n sporočil, ki še niso bila poslana, ne bo poslanih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages already sent stay sent. You can send the cancelled ones later with a reminder.</source>
        <translation>Že poslana sporočila ostanejo poslana. Preklicana sporočila lahko pozneje pošljete z opomnikom.</translation>
    </message>
    <message>
        <source>Sending stopped because of an error in smtpdesk: {error}</source>
        <translation>Pošiljanje se je ustavilo zaradi napake v programu smtpdesk: {error}</translation>
    </message>
    <message>
        <source>{done} of {total} ({percent} %)</source>
        <translation>{done} od {total} ({percent} %)</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Začasno ustavljeno.</translation>
    </message>
    <message>
        <source>keeping to the server&apos;s pace of {pace}</source>
        <translation>ob upoštevanju hitrosti strežnika: {pace}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n sporočilo na minuto</numerusform>
            <numerusform>%n sporočili na minuto</numerusform>
            <numerusform>%n sporočila na minuto</numerusform>
            <numerusform>%n sporočil na minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>še približno {duration}</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>P&amp;aket:</translation>
    </message>
    <message>
        <source>Ne&amp;w reminder…</source>
        <translation>No&amp;v opomnik…</translation>
    </message>
    <message>
        <source>De&amp;lete batch</source>
        <translation>Iz&amp;briši paket</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Začasno u&amp;stavi</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Nadaljuj</translation>
    </message>
    <message>
        <source>Ca&amp;ncel batch</source>
        <translation>Prek&amp;liči paket</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Znova pošlji ne&amp;uspešna</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Izvozi</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Pri&amp;kaži:</translation>
    </message>
    <message>
        <source>D&amp;ecide…</source>
        <translation>&amp;Odloči se…</translation>
    </message>
    <message>
        <source>Not finished: press Continue to send the rest.</source>
        <translation>Ni dokončano: za pošiljanje preostalih sporočil kliknite „Nadaljuj“.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n sporočilo na uro</numerusform>
            <numerusform>%n sporočili na uro</numerusform>
            <numerusform>%n sporočila na uro</numerusform>
            <numerusform>%n sporočil na uro</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily sending limit reached: continues {when}.</source>
        <translation>Dosežena je dnevna omejitev pošiljanja: nadaljevanje {when}.</translation>
    </message>
    <message>
        <source>Keeping to the sending limit: next message {when}.</source>
        <translation>Upoštevanje omejitve pošiljanja: naslednje sporočilo {when}.</translation>
    </message>
    <message>
        <source>Keeping to the server&apos;s pace: next message {when}.</source>
        <translation>Upoštevanje hitrosti strežnika: naslednje sporočilo {when}.</translation>
    </message>
    <message>
        <source>The server asked to slow down: continuing {when}.</source>
        <translation>Strežnik je zahteval počasnejše pošiljanje: nadaljevanje {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be retried {when}.</source>
        <translation>
            <numerusform>%n sporočilo bo znova poslano {when}.</numerusform>
            <numerusform>%n sporočili bosta znova poslani {when}.</numerusform>
            <numerusform>%n sporočila bodo znova poslana {when}.</numerusform>
            <numerusform>%n sporočil bo znova poslanih {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Končano.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Preklicano.</translation>
    </message>
    <message>
        <source>Sending stopped: {what}{reply} {step}</source>
        <translation>Pošiljanje se je ustavilo: {what}{reply} {step}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived: the connection broke before the server confirmed. Nothing is sent twice unless you say so.</source>
        <translation>
            <numerusform>Za %n sporočilo ni znano, ali je prispelo: povezava se je prekinila, preden ga je strežnik potrdil. Nič ne bo poslano dvakrat, razen če se tako odločite.</numerusform>
            <numerusform>Za %n sporočili ni znano, ali sta prispeli: povezava se je prekinila, preden ju je strežnik potrdil. Nič ne bo poslano dvakrat, razen če se tako odločite.</numerusform>
            <numerusform>Za %n sporočila ni znano, ali so prispela: povezava se je prekinila, preden jih je strežnik potrdil. Nič ne bo poslano dvakrat, razen če se tako odločite.</numerusform>
            <numerusform>Za %n sporočil ni znano, ali so prispela: povezava se je prekinila, preden jih je strežnik potrdil. Nič ne bo poslano dvakrat, razen če se tako odločite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Izvoz vrstic</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>Datoteke {file} ni mogoče zapisati: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n row(s) in {file}.</source>
        <translation>
            <numerusform>Shranjeno: %n vrstica v datoteko {file}.</numerusform>
            <numerusform>Shranjeno: %n vrstici v datoteko {file}.</numerusform>
            <numerusform>Shranjeno: %n vrstice v datoteko {file}.</numerusform>
            <numerusform>Shranjeno: %n vrstic v datoteko {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Odpri mapo</translation>
    </message>
    <message>
        <source>Delete batch {batch} and its recipients&apos; data?</source>
        <translation>Ali želite izbrisati paket {batch} in podatke o njegovih prejemnikih?</translation>
    </message>
    <message>
        <source>The list of recipients, their merge fields and the results are removed from this computer. Sent messages cannot be called back.</source>
        <translation>Seznam prejemnikov, vrednosti njihovih polj in rezultati bodo odstranjeni s tega računalnika. Poslanih sporočil ni mogoče priklicati nazaj.</translation>
    </message>
    <message>
        <source>Batch {batch} ended</source>
        <translation>Paket {batch} je končan</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>“{address}” is not a valid e-mail address</source>
        <translation>„{address}“ ni veljaven e-poštni naslov</translation>
    </message>
    <message>
        <source>The row has no e-mail address</source>
        <translation>Vrstica nima e-poštnega naslova</translation>
    </message>
    <message>
        <source>The attachment {file} does not exist</source>
        <translation>Priponka {file} ne obstaja</translation>
    </message>
    <message>
        <source>The attachment {file} is not in the list&apos;s folder: only files in that folder or below it are sent</source>
        <translation>Priloga {file} ni v mapi seznama: pošljejo se le datoteke v tej mapi ali njenih podmapah</translation>
    </message>
    <message>
        <source>The attachment {file} is a folder or a device, not a file</source>
        <translation>Priloga {file} je mapa ali naprava, ne datoteka</translation>
    </message>
    <message>
        <source>The attachment {file} is larger than 25 MB</source>
        <translation>Priloga {file} je večja od 25 MB</translation>
    </message>
    <message>
        <source>A cell in {column} has a line break; merge values must be one line</source>
        <translation>Celica v stolpcu {column} vsebuje prelom vrstice; vrednosti polj morajo biti v eni vrstici</translation>
    </message>
    <message>
        <source>The same as row {row}: sent once</source>
        <translation>Enako kot vrstica {row}: poslano samo enkrat</translation>
    </message>
    <message>
        <source>The column name {column} appears more than once</source>
        <translation>Ime stolpca {column} se pojavi večkrat</translation>
    </message>
    <message>
        <source>No column holds the e-mail addresses: name one “email” or “e-mail”</source>
        <translation>Noben stolpec ne vsebuje e-poštnih naslovov: enega poimenujte „E-pošta“ ali „email“</translation>
    </message>
    <message>
        <source>The file has no recipients</source>
        <translation>Datoteka ne vsebuje prejemnikov</translation>
    </message>
    <message>
        <source>The file has no column {column} to name each recipient&apos;s files</source>
        <translation>Datoteka nima stolpca {column}, ki bi navajal datoteke posameznih prejemnikov</translation>
    </message>
    <message>
        <source>There is no column named {name}</source>
        <translation>Ni stolpca z imenom {name}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>vrstica {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>Vrstica</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
    <message>
        <source>Own files</source>
        <translation>Lastne priponke</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation>Nov opomnik</translation>
    </message>
    <message>
        <source>A reminder goes to recipients of batch {batch} with the same merge fields. Choose who gets it, and leave out the people who already answered.</source>
        <translation>Opomnik prejmejo prejemniki paketa {batch} z enakimi vrednostmi polj. Izberite, kdo ga prejme, in izpustite tiste, ki so že odgovorili.</translation>
    </message>
    <message>
        <source>Send to the recipients whose message was:</source>
        <translation>Pošlji prejemnikom, katerih sporočilo je bilo:</translation>
    </message>
    <message>
        <source>Leave out addresses in a file…</source>
        <translation>Izpusti naslove iz datoteke…</translation>
    </message>
    <message>
        <source>Nobody left out.</source>
        <translation>Nihče ni izpuščen.</translation>
    </message>
    <message>
        <source>Reminder: {subject}</source>
        <translation>Opomnik: {subject}</translation>
    </message>
    <message>
        <source>Prepare reminder</source>
        <translation>Pripravi opomnik</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Datoteke {file} ni mogoče prebrati: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n address(es) from {file}.</source>
        <translation>
            <numerusform>Izpuščen bo %n naslov iz datoteke {file}.</numerusform>
            <numerusform>Izpuščena bosta %n naslova iz datoteke {file}.</numerusform>
            <numerusform>Izpuščeni bodo %n naslovi iz datoteke {file}.</numerusform>
            <numerusform>Izpuščenih bo %n naslovov iz datoteke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses to leave out</source>
        <translation>Naslovi, ki jih želite izpustiti</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.csv *.xlsx *.ods *.txt);;All files (*)</source>
        <translation>Preglednice in besedilo (*.csv *.xlsx *.ods *.txt);;Vse datoteke (*)</translation>
    </message>
    <message numerus="yes">
        <source>The reminder will go to %n recipient(s).</source>
        <translation>
            <numerusform>Opomnik bo poslan %n prejemniku.</numerusform>
            <numerusform>Opomnik bo poslan %n prejemnikoma.</numerusform>
            <numerusform>Opomnik bo poslan %n prejemnikom.</numerusform>
            <numerusform>Opomnik bo poslan %n prejemnikom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Messages per minute</source>
        <translation>Največ sporočil na minuto</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Največ sporočil na uro</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Največ sporočil na dan</translation>
    </message>
    <message>
        <source>Messages per connection</source>
        <translation>Največ sporočil na povezavo</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Časovna omejitev</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID odjemalca</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Skrivnost odjemalca</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Najemnik</translation>
    </message>
    <message>
        <source>Outgoing mail settings (SMTP)</source>
        <translation>Nastavitve e-pošte (SMTP)</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not to the sender</source>
        <translation>Neobvezno: kam naj gredo odgovori, če ne k pošiljatelju</translation>
    </message>
    <message>
        <source>Optional: a copy of every message sent goes to this address (your archive)</source>
        <translation>Neobvezno: kopija vsakega poslanega sporočila gre na ta naslov (vaš arhiv)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brez šifriranja</translation>
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
        <translation>Samo za lasten strežnik ali strežnik vašega podjetja. smtpdesk vam ob prvi povezavi prikaže prstni odtis certifikata strežnika, nato certifikat sprejme, si ga zapomni in vas opozori, če se kdaj spremeni. Tega nikoli ne vklopite za javnega ponudnika, kot sta Gmail ali Seznam.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Opozorilo</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Brez omejitve</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Advanced: sending &amp;limits, timeouts, incoming server</source>
        <translation>N&amp;apredno: omejitve pošiljanja, časovne omejitve, strežnik za dohodno pošto</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>Shrani ta profil (Ctrl+S)</translation>
    </message>
    <message>
        <source>please fill this in.</source>
        <translation>izpolnite to polje.</translation>
    </message>
    <message>
        <source>this is not a server name. Write it like smtp.example.com, without http:// or a port.</source>
        <translation>to ni ime strežnika. Vpišite ga v obliki smtp.example.com, brez http:// in brez porta.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>port mora biti število od 1 do 65535.</translation>
    </message>
    <message>
        <source>remove the spaces at the start or the end.</source>
        <translation>odstranite presledke na začetku ali koncu.</translation>
    </message>
    <message>
        <source>must be a whole number above 0.</source>
        <translation>mora biti celo število, večje od 0.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 seconds.</source>
        <translation>mora biti med 1 in 600 sekundami.</translation>
    </message>
    <message>
        <source>write the tenant&apos;s domain or ID, or leave it empty.</source>
        <translation>vpišite domeno ali ID najemnika ali pustite polje prazno.</translation>
    </message>
    <message>
        <source>a copy in Sent needs the incoming server above.</source>
        <translation>za kopijo v Poslano je potreben strežnik za dohodno pošto zgoraj.</translation>
    </message>
    <message>
        <source>this value cannot be used.</source>
        <translation>te vrednosti ni mogoče uporabiti.</translation>
    </message>
    <message>
        <source>To save, fill in: {fields}.</source>
        <translation>Za shranjevanje izpolnite: {fields}.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save.</source>
        <translation>Za shranjevanje popravite rdeče označena polja.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skrij</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaži</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Pokaži ali skrij geslo</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>Shranjeno — za zamenjavo vpišite novo geslo</translation>
    </message>
    <message>
        <source>A profile named {name} exists already. Rename this one in the list.</source>
        <translation>Profil z imenom {name} že obstaja. Ta profil preimenujte na seznamu.</translation>
    </message>
    <message>
        <source>The profile could not be saved: {error}</source>
        <translation>Profila ni bilo mogoče shraniti: {error}</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store), so the password was not saved. smtpdesk keeps it until you close the program.</source>
        <translation>Ta računalnik nima sistemske shrambe gesel, zato geslo ni bilo shranjeno. smtpdesk si ga zapomni, dokler ne zaprete programa.</translation>
    </message>
    <message>
        <source>enter the password to verify.</source>
        <translation>za preverjanje vnesite geslo.</translation>
    </message>
    <message>
        <source>Sign in without encryption?</source>
        <translation>Ali se želite prijaviti brez šifriranja?</translation>
    </message>
    <message>
        <source>Your user name and password would cross the network readable by anyone on the way.</source>
        <translation>Vaše uporabniško ime in geslo bi potovala po omrežju nešifrirana, tako da bi ju lahko prebral kdor koli na poti.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS unless this is a test server on your own network. Send the password anyway?</source>
        <translation>Izberite STARTTLS ali SSL/TLS, razen če gre za testni strežnik v vašem lastnem omrežju. Ali želite geslo vseeno poslati?</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Preveri nastavitve</translation>
    </message>
    <message>
        <source>The name and address your recipients see, for example {example}</source>
        <translation>Ime in naslov, ki ju vidijo prejemniki, na primer {example}</translation>
    </message>
    <message>
        <source>Se&amp;nder</source>
        <translation>Poši&amp;ljatelj</translation>
    </message>
    <message>
        <source>Prov&amp;ider</source>
        <translation>Pon&amp;udnik</translation>
    </message>
    <message>
        <source>Repl&amp;y-to</source>
        <translation>Odgo&amp;vor za</translation>
    </message>
    <message>
        <source>Us&amp;er name</source>
        <translation>Upora&amp;bniško ime</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Geslo</translation>
    </message>
    <message>
        <source>En&amp;cryption</source>
        <translation>Ši&amp;friranje</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>S&amp;trežnik</translation>
    </message>
    <message>
        <source>&amp;BCC archive</source>
        <translation>Kopije poslani&amp;h sporočil</translation>
    </message>
    <message>
        <source>Sign-in met&amp;hod</source>
        <translation>&amp;Način prijave</translation>
    </message>
    <message>
        <source>Server re&amp;quires sign-in</source>
        <translation>Strežni&amp;k zahteva prijavo</translation>
    </message>
    <message>
        <source>Allo&amp;w self-signed certificate (own server only)</source>
        <translation>Dovoli samopodpisane &amp;certifikate (samo za lasten strežnik)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Shrani</translation>
    </message>
    <message>
        <source>Jan Novák &lt;info@novak.cz&gt;</source>
        <comment>a sample sender: a name and an address as written in your country</comment>
        <translation>Računovodstvo Novak &lt;info@novak.si&gt;</translation>
    </message>
    <message>
        <source>this is not an e-mail address. Write it like {address} or {example}.</source>
        <translation>to ni e-poštni naslov. Vpišite ga v obliki {address} ali {example}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Stop the verify (Ctrl+Enter)</source>
        <translation>Ustavi preverjanje (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Connect, sign in and send a test message to the sender (Ctrl+Enter)</source>
        <translation>Poveži se, prijavi se in pošlji testno sporočilo pošiljatelju (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SignInRows</name>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>OAuth2: sign in with Google</source>
        <translation>OAuth2: prijava z Googlom</translation>
    </message>
    <message>
        <source>OAuth2: sign in with Microsoft 365</source>
        <translation>OAuth2: prijava z računom Microsoft 365</translation>
    </message>
    <message>
        <source>OAuth2: the profile&apos;s own sign-in server</source>
        <translation>OAuth2: strežnik za prijavo, določen v profilu</translation>
    </message>
    <message>
        <source>Google and Microsoft 365 accounts sign in through your browser (OAuth2) instead of with a password</source>
        <translation>Z računi Google in Microsoft 365 se prijavite prek brskalnika (OAuth2) namesto z geslom</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Prekliči prijavo</translation>
    </message>
    <message>
        <source>Si&amp;gn in with Google</source>
        <translation>Prijava z &amp;Googlom</translation>
    </message>
    <message>
        <source>Si&amp;gn in with Microsoft</source>
        <translation>Prijava z &amp;Microsoftom</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>Pr&amp;ijava</translation>
    </message>
    <message>
        <source>Opens your browser; after you allow access, smtpdesk keeps the sign-in in the system keyring</source>
        <translation>Odpre brskalnik; ko dovolite dostop, smtpdesk shrani prijavo v sistemsko shrambo gesel</translation>
    </message>
    <message>
        <source>The application&apos;s client ID, registered by whoever set up smtpdesk for your organisation (README: Setting up OAuth2)</source>
        <translation>ID odjemalca aplikacije, ki ga je registriral tisti, ki je smtpdesk nastavil za vašo organizacijo (README: Setting up OAuth2)</translation>
    </message>
    <message>
        <source>Provided by this build</source>
        <translation>Že vključeno v to različico programa</translation>
    </message>
    <message>
        <source>Signed in. The sign-in is kept in the system keyring.</source>
        <translation>Prijavljeni ste. Prijava je shranjena v sistemski shrambi gesel.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Še niste prijavljeni.</translation>
    </message>
    <message>
        <source>Signed in until smtpdesk closes: this computer has no keyring (password store) to keep the sign-in, so you will sign in again next time.</source>
        <translation>Prijava velja, dokler ne zaprete programa smtpdesk: ta računalnik nima sistemske shrambe gesel, v kateri bi jo ohranil, zato se boste naslednjič morali prijaviti znova.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Prijava je uspela</translation>
    </message>
    <message>
        <source>smtpdesk is signed in. You can close this tab.</source>
        <translation>smtpdesk je prijavljen. Ta zavihek lahko zaprete.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Prijava ni dokončana</translation>
    </message>
    <message>
        <source>smtpdesk was not signed in. You can close this tab and try again.</source>
        <translation>smtpdesk ni bil prijavljen. Ta zavihek lahko zaprete in poskusite znova.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Čakanje na vašo prijavo v brskalniku…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser… If no browser opened, &lt;a href=&quot;{url}&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Čakanje na vašo prijavo v brskalniku… Če se brskalnik ni odprl, &lt;a href=&quot;{url}&quot;&gt;odprite stran za prijavo&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>✓ Signed in as {account}.</source>
        <translation>✓ Prijavljeni ste kot {account}.</translation>
    </message>
    <message>
        <source>✓ Signed in.</source>
        <translation>✓ Prijavljeni ste.</translation>
    </message>
    <message>
        <source>✗ Access was not allowed in the browser.</source>
        <translation>✗ Dostop v brskalniku ni bil dovoljen.</translation>
    </message>
    <message>
        <source>✗ The sign-in was not finished in time. Try again.</source>
        <translation>✗ Prijava ni bila pravočasno dokončana. Poskusite znova.</translation>
    </message>
    <message>
        <source>✗ The provider refused the sign-in ({detail}). Check the client ID.</source>
        <translation>✗ Ponudnik je zavrnil prijavo ({detail}). Preverite ID odjemalca.</translation>
    </message>
    <message>
        <source>✗ This profile cannot sign in yet: {detail}</source>
        <translation>✗ S tem profilom se še ni mogoče prijaviti: {detail}</translation>
    </message>
    <message>
        <source>✗ The sign-in server could not be reached ({detail}).</source>
        <translation>✗ Strežnika za prijavo ni bilo mogoče doseči ({detail}).</translation>
    </message>
    <message>
        <source>sign in first (the button above).</source>
        <translation>najprej se prijavite (z gumbom zgoraj).</translation>
    </message>
</context>
<context>
    <name>SmimeRow</name>
    <message>
        <source>The signing certificate file cannot be found or read.</source>
        <translation>Datoteke s certifikatom za podpisovanje ni mogoče najti ali prebrati.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 certificate file (.p12, .pfx).</source>
        <translation>To ni datoteka s certifikatom PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>The signing certificate needs its password.</source>
        <translation>Certifikat za podpisovanje zahteva geslo.</translation>
    </message>
    <message>
        <source>The password of the signing certificate is wrong.</source>
        <translation>Geslo certifikata za podpisovanje je napačno.</translation>
    </message>
    <message>
        <source>The file holds no private key for its certificate. Export the certificate again together with its private key.</source>
        <translation>Datoteka ne vsebuje zasebnega ključa za svoj certifikat. Certifikat znova izvozite skupaj z zasebnim ključem.</translation>
    </message>
    <message>
        <source>This kind of key cannot sign e-mail. Use an RSA or EC certificate.</source>
        <translation>S to vrsto ključa ni mogoče podpisovati e-pošte. Uporabite certifikat RSA ali EC.</translation>
    </message>
    <message>
        <source>The signing certificate has expired. Choose a new one or remove it.</source>
        <translation>Certifikat za podpisovanje je potekel. Izberite novega ali ga odstranite.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation>Certifikat za podpisovanje še ni veljaven.</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store) for the certificate&apos;s password. Enter it in Settings (it is kept until smtpdesk closes) or set the environment variable SMTPDESK_SMIME_PASSWORD.</source>
        <translation>Ta računalnik nima sistemske shrambe gesel za geslo certifikata. Vnesite ga v Nastavitvah (smtpdesk si ga zapomni, dokler ne zaprete programa) ali ga nastavite v spremenljivki okolja SMTPDESK_SMIME_PASSWORD.</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store): the certificate&apos;s password is kept only until smtpdesk closes.</source>
        <translation>Ta računalnik nima sistemske shrambe gesel: smtpdesk si geslo certifikata zapomni le, dokler ne zaprete programa.</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Izberite certifikat za podpisovanje</translation>
    </message>
    <message>
        <source>Certificates with private key (*.p12 *.pfx);;All files (*)</source>
        <translation>Certifikati z zasebnim ključem (*.p12 *.pfx);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Password of the signing certificate</source>
        <translation>Geslo certifikata za podpisovanje</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file {name}. smtpdesk keeps it in the system keyring.</source>
        <translation>Vnesite geslo datoteke s certifikatom {name}. smtpdesk ga shrani v sistemsko shrambo gesel.</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file {name}. This computer has no keyring, so smtpdesk keeps it only until it closes.</source>
        <translation>Vnesite geslo datoteke s certifikatom {name}. Ta računalnik nima sistemske shrambe gesel, zato si ga smtpdesk zapomni le, dokler ne zaprete programa.</translation>
    </message>
    <message>
        <source>Signing certificate (S/MIME)</source>
        <translation>Certifikat za podpisovanje (S/MIME)</translation>
    </message>
    <message>
        <source>None: messages are not signed</source>
        <translation>Brez: sporočila niso podpisana</translation>
    </message>
    <message>
        <source>A personal certificate with its private key (.p12 or .pfx file). Every message is signed with it, so recipients can see it really comes from you.</source>
        <translation>Osebni certifikat z zasebnim ključem (datoteka .p12 ali .pfx). Z njim je podpisano vsako sporočilo, tako da prejemniki vidijo, da ga res pošiljate vi.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izberi…</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Geslo…</translation>
    </message>
    <message>
        <source>Enter the password of the certificate</source>
        <translation>Vnesite geslo certifikata</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <source>Stop signing messages</source>
        <translation>Ne podpisuj več sporočil</translation>
    </message>
    <message>
        <source>Valid {start} to {end}</source>
        <translation>Velja od {start} do {end}</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) left)</source>
        <translation>
            <numerusform>(še %n dan)</numerusform>
            <numerusform>(še %n dneva)</numerusform>
            <numerusform>(še %n dnevi)</numerusform>
            <numerusform>(še %n dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by {issuer}</source>
        <translation>Izdajatelj: {issuer}</translation>
    </message>
    <message>
        <source>This certificate expired on {date}; messages cannot be signed with it.</source>
        <translation>Ta certifikat je potekel {date}; z njim ni mogoče podpisovati sporočil.</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date}.</source>
        <translation>Ta certifikat velja šele od {date}.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires in %n day(s), on {date}. Ask for a new one in time.</source>
        <translation>
            <numerusform>Ta certifikat poteče čez %n dan ({date}). Pravočasno zaprosite za novega.</numerusform>
            <numerusform>Ta certifikat poteče čez %n dneva ({date}). Pravočasno zaprosite za novega.</numerusform>
            <numerusform>Ta certifikat poteče čez %n dni ({date}). Pravočasno zaprosite za novega.</numerusform>
            <numerusform>Ta certifikat poteče čez %n dni ({date}). Pravočasno zaprosite za novega.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate names no e-mail address; recipients&apos; mail programs will warn about the signature.</source>
        <translation>Certifikat ne navaja nobenega e-poštnega naslova; poštni programi prejemnikov bodo ob podpisu prikazali opozorilo.</translation>
    </message>
    <message>
        <source>The certificate is for {emails}, not for the sender {sender}; recipients&apos; mail programs will warn about the signature.</source>
        <translation>Certifikat je izdan za {emails}, ne za pošiljatelja {sender}; poštni programi prejemnikov bodo ob podpisu prikazali opozorilo.</translation>
    </message>
    <message>
        <source>This certificate is not meant for signing e-mail; recipients&apos; mail programs may reject the signature.</source>
        <translation>Ta certifikat ni namenjen podpisovanju e-pošte; poštni programi prejemnikov lahko podpis zavrnejo.</translation>
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
<context>
    <name>TestMessage</name>
    <message>
        <source>smtpdesk test message</source>
        <translation>smtpdesk – testno sporočilo</translation>
    </message>
    <message>
        <source>This is a test message from smtpdesk.

Your outgoing mail settings work: profile {profile}, server {host}:{port} ({encryption}).
You can delete this message.
</source>
        <translation>To je testno sporočilo programa smtpdesk.

Vaše nastavitve odhodne pošte delujejo: profil {profile}, strežnik {host}:{port} ({encryption}).
To sporočilo lahko izbrišete.
</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>brez šifriranja</translation>
    </message>
</context>
<context>
    <name>UncertainDialog</name>
    <message>
        <source>Messages that may have arrived</source>
        <translation>Sporočila, ki so morda prispela</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived.</source>
        <translation>
            <numerusform>Za %n sporočilo ni znano, ali je prispelo.</numerusform>
            <numerusform>Za %n sporočili ni znano, ali sta prispeli.</numerusform>
            <numerusform>Za %n sporočila ni znano, ali so prispela.</numerusform>
            <numerusform>Za %n sporočil ni znano, ali so prispela.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server broke after the message was handed over and before the server confirmed it. The message may well have been delivered. smtpdesk never sends such a message again on its own, so nobody gets it twice.</source>
        <translation>Povezava s strežnikom se je prekinila, potem ko je bilo sporočilo že predano, a preden ga je strežnik potrdil. Sporočilo je bilo morda kljub temu dostavljeno. smtpdesk takega sporočila nikoli ne pošlje znova sam od sebe, zato ga nihče ne prejme dvakrat.</translation>
    </message>
    <message>
        <source>Look in your mail program&apos;s Sent folder or ask the recipient, then choose: send it again (the recipient may get it twice), or mark it as sent.</source>
        <translation>Preverite mapo Poslano v svojem poštnem programu ali vprašajte prejemnika, nato izberite: pošlji znova (prejemnik ga bo morda prejel dvakrat) ali označi kot poslano.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Pošlji znova</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Označi kot poslano</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Odloči se pozneje</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Hide details</source>
        <translation>Skrij podrobnosti</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Pokaži podrobnosti</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Copy the transcript (the password is never in it) to send it to your provider or IT support</source>
        <translation>Kopirajte zapis komunikacije (gesla v njem nikoli ni) in ga pošljite ponudniku ali IT-podpori</translation>
    </message>
    <message>
        <source>Verify result</source>
        <translation>Rezultat preverjanja</translation>
    </message>
    <message>
        <source>{stage} failed: {summary}</source>
        <translation>Korak {stage} ni uspel: {summary}</translation>
    </message>
    <message>
        <source>The server&apos;s reply: {reply}</source>
        <translation>Odgovor strežnika: {reply}</translation>
    </message>
    <message>
        <source>What happened: {detail}</source>
        <translation>Kaj se je zgodilo: {detail}</translation>
    </message>
    <message>
        <source>Verify was cancelled. Nothing was sent.</source>
        <translation>Preverjanje je bilo preklicano. Nič ni bilo poslano.</translation>
    </message>
    <message>
        <source>The list of certificates you accepted ({file}) cannot be read: {reason}. smtpdesk never overwrites it. Move it aside (rename it) and press Verify again; nothing was sent.</source>
        <translation>Seznama potrdil, ki ste jih sprejeli ({file}), ni mogoče prebrati: {reason}. smtpdesk ga nikoli ne prepiše. Umaknite ga (preimenujte) in znova kliknite „Preveri nastavitve“; nič ni bilo poslano.</translation>
    </message>
    <message>
        <source>Verify stopped because of an error in smtpdesk: {error}</source>
        <translation>Preverjanje se je ustavilo zaradi napake v programu smtpdesk: {error}</translation>
    </message>
    <message>
        <source>The server now presents the certificate with SHA-256 fingerprint {sha256}, valid until {expiry}.</source>
        <translation>Strežnik zdaj uporablja certifikat s prstnim odtisom SHA-256 {sha256}, ki velja do {expiry}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 {sha256}) is now remembered for {host}.</source>
        <translation>Certifikat strežnika (SHA-256 {sha256}) je zdaj shranjen kot zaupanja vreden za {host}.</translation>
    </message>
    <message>
        <source>Open the provider&apos;s page on app passwords</source>
        <translation>Odpri stran ponudnika o geslih za aplikacije</translation>
    </message>
    <message>
        <source>Open the provider&apos;s help page</source>
        <translation>Odpri strani za pomoč ponudnika</translation>
    </message>
    <message>
        <source>Verify progress</source>
        <translation>Potek preverjanja</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopirano</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>on Monday at {time}</source>
        <translation>v ponedeljek ob {time}</translation>
    </message>
    <message>
        <source>on Tuesday at {time}</source>
        <translation>v torek ob {time}</translation>
    </message>
    <message>
        <source>on Wednesday at {time}</source>
        <translation>v sredo ob {time}</translation>
    </message>
    <message>
        <source>on Thursday at {time}</source>
        <translation>v četrtek ob {time}</translation>
    </message>
    <message>
        <source>on Friday at {time}</source>
        <translation>v petek ob {time}</translation>
    </message>
    <message>
        <source>on Saturday at {time}</source>
        <translation>v soboto ob {time}</translation>
    </message>
    <message>
        <source>on Sunday at {time}</source>
        <translation>v nedeljo ob {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>danes ob {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>včeraj ob {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>{date} ob {time}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About smtpdesk</source>
        <translation>O programu smtpdesk</translation>
    </message>
    <message>
        <source>Set up outgoing mail, verify it with one button, and send personal batches.</source>
        <translation>Nastavte odchozí poštu, ověřte ji jedním tlačítkem a posílejte personalizované hromadné e-maily.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>zobrazí verzi programu a skončí</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>použití: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>poziční argumenty</translation>
    </message>
    <message>
        <source>options</source>
        <translation>volby</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>zobrazí tuto nápovědu a skončí</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>neznámé argumenty: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nelze použít spolu s %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>hodnota %r zde nepatří</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>chybí povinné argumenty: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>zadejte jeden z argumentů %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>chybí hodnota</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>povolena je nejvýše jedna hodnota</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>je třeba alespoň jedna hodnota</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>nejednoznačná volba: %(option)s odpovídá %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>nečekaná volba: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r není číslo</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>neplatná volba: %(value)r (vyberte z %(choices)s)</translation>
    </message>
</context>
<context>
    <name>AttachmentCheck</name>
    <message>
        <source>it has no text, only an image (a scan?)</source>
        <translation>neobsahuje text, jen obrázek (je naskenovaná?)</translation>
    </message>
    <message>
        <source>it is locked with a password</source>
        <translation>je zamčená heslem</translation>
    </message>
    <message>
        <source>its type cannot be checked (PDF, Word, Excel, OpenDocument, XML and text files can)</source>
        <translation>tento typ souboru nelze zkontrolovat (lze zkontrolovat soubory PDF, Word, Excel, OpenDocument, XML a textové soubory)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>je poškozená</translation>
    </message>
    <message>
        <source>it is too large to check</source>
        <translation>je příliš velká na kontrolu</translation>
    </message>
    <message>
        <source>reading it took too long</source>
        <translation>čtení trvalo příliš dlouho</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>nelze ji otevřít</translation>
    </message>
    <message>
        <source>The attachment {file} cannot be checked: {reason}</source>
        <translation>Přílohu {file} nelze zkontrolovat: {reason}</translation>
    </message>
    <message>
        <source>The attachment {file} also goes to row {row}, {who}: is the file column shifted or copied?</source>
        <translation>Příloha {file} je také v řádku {row}, {who}: není sloupec se soubory posunutý nebo zkopírovaný?</translation>
    </message>
    <message>
        <source>The attachment {file} cannot be checked: the row has nothing in the column it must mention</source>
        <translation>Přílohu {file} nelze zkontrolovat: řádek nemá nic ve sloupci, který musí obsahovat</translation>
    </message>
    <message>
        <source>The attachment {file} does not mention {value}: it belongs to row {row}, {who}</source>
        <translation>Příloha {file} neobsahuje {value}: patří k řádku {row}, {who}</translation>
    </message>
    <message>
        <source>The attachment {file} does not mention {value}</source>
        <translation>Příloha {file} neobsahuje {value}</translation>
    </message>
    <message>
        <source>There is no column {column} to check the attachments against</source>
        <translation>Neexistuje sloupec {column}, podle kterého by se daly přílohy zkontrolovat</translation>
    </message>
    <message>
        <source>Each attachment must me&amp;ntion:</source>
        <translation>Každá příloha musí o&amp;bsahovat:</translation>
    </message>
    <message>
        <source>Before sending, each recipient&apos;s own file is opened and must contain this column&apos;s value of its row (the invoice number), so a shifted column cannot send one client&apos;s invoice to another</source>
        <translation>Před odesláním se otevře vlastní příloha každého příjemce a musí obsahovat hodnotu tohoto sloupce z jeho řádku (číslo faktury). Posunutý sloupec tak nemůže poslat fakturu jednoho klienta jinému.</translation>
    </message>
    <message>
        <source>Checking the attachments ({done} of {total})…</source>
        <translation>Kontrola příloh ({done} z {total})…</translation>
    </message>
    <message>
        <source>Choose a column the attachments must mention, or “(do not check)”, to send.</source>
        <translation>Pro odeslání vyberte sloupec, který musí přílohy obsahovat, nebo „(nekontrolovat)“.</translation>
    </message>
    <message>
        <source>(do not check)</source>
        <translation>(nekontrolovat)</translation>
    </message>
    <message>
        <source>✓ Every attachment mentions its row&apos;s {column}.</source>
        <translation>✓ Každá příloha obsahuje hodnotu sloupce {column} ze svého řádku.</translation>
    </message>
    <message>
        <source>✗ Some attachments do not mention their row&apos;s {column}: see the rows marked red.</source>
        <translation>✗ Některé přílohy neobsahují hodnotu sloupce {column} ze svého řádku: viz červeně označené řádky.</translation>
    </message>
    <message>
        <source>This list has no own files per recipient to check.</source>
        <translation>Tento seznam nemá žádné vlastní přílohy příjemců ke kontrole.</translation>
    </message>
    <message>
        <source>This list has no column {column}.</source>
        <translation>Tento seznam nemá sloupec {column}.</translation>
    </message>
    <message>
        <source>The attachments could not be checked.</source>
        <translation>Přílohy se nepodařilo zkontrolovat.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(a ještě %n)</numerusform>
            <numerusform>(a ještě %n)</numerusform>
            <numerusform>(a ještě %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Batch {batch}: {sent} sent, {failed} failed, {uncertain} uncertain, {left} left.</source>
        <translation>Rozesílka {batch}: odesláno: {sent}, neúspěšných: {failed}, nejistých: {uncertain}, zbývá: {left}.</translation>
    </message>
    <message>
        <source>Sending limit reached; continue with: smtpdesk resume {batch} (from {time})</source>
        <translation>Bylo dosaženo limitu odesílání; pokračujte příkazem: smtpdesk resume {batch} (od {time})</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived (the connection broke after sending). They are not sent again unless you run resume with --resend-uncertain.</source>
        <translation>
            <numerusform>%n zpráva možná dorazila, možná ne (spojení se přerušilo po odeslání). Znovu se neodešle, pokud nespustíte resume s --resend-uncertain.</numerusform>
            <numerusform>%n zprávy možná dorazily, možná ne (spojení se přerušilo po odeslání). Znovu se neodešlou, pokud nespustíte resume s --resend-uncertain.</numerusform>
            <numerusform>%n zpráv možná dorazilo, možná ne (spojení se přerušilo po odeslání). Znovu se neodešlou, pokud nespustíte resume s --resend-uncertain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n message(s) built, nothing sent.</source>
        <translation>
            <numerusform>Zkouška: připravena %n zpráva, nic nebylo odesláno.</numerusform>
            <numerusform>Zkouška: připraveny %n zprávy, nic nebylo odesláno.</numerusform>
            <numerusform>Zkouška: připraveno %n zpráv, nic nebylo odesláno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}) goes to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}) půjde %n příjemci</numerusform>
            <numerusform>{file} ({size}) půjde %n příjemcům</numerusform>
            <numerusform>{file} ({size}) půjde %n příjemcům</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain message(s) will be sent again.</source>
        <translation>
            <numerusform>%n nejistá zpráva bude odeslána znovu.</numerusform>
            <numerusform>%n nejisté zprávy budou odeslány znovu.</numerusform>
            <numerusform>%n nejistých zpráv bude odesláno znovu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>%n řádek zapsán do {file}</numerusform>
            <numerusform>%n řádky zapsány do {file}</numerusform>
            <numerusform>%n řádků zapsáno do {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n zpráva za minutu</numerusform>
            <numerusform>%n zprávy za minutu</numerusform>
            <numerusform>%n zpráv za minutu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n zpráva za hodinu</numerusform>
            <numerusform>%n zprávy za hodinu</numerusform>
            <numerusform>%n zpráv za hodinu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n zpráva za den</numerusform>
            <numerusform>%n zprávy za den</numerusform>
            <numerusform>%n zpráv za den</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused more after %n message(s) in {window}: sending at {pace} from now on (kept for this profile&apos;s next batches).</source>
        <translation>
            <numerusform>Server po %n zprávě za {window} odmítl další: od teď se odesílá tempem {pace} (platí i pro další rozesílky tohoto profilu).</numerusform>
            <numerusform>Server po %n zprávách za {window} odmítl další: od teď se odesílá tempem {pace} (platí i pro další rozesílky tohoto profilu).</numerusform>
            <numerusform>Server po %n zprávách za {window} odmítl další: od teď se odesílá tempem {pace} (platí i pro další rozesílky tohoto profilu).</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>otevřená</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>dokončená</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušená</translation>
    </message>
    <message>
        <source>Batch {batch} is being sent by another process.</source>
        <translation>Rozesílku {batch} už odesílá jiný proces.</translation>
    </message>
    <message>
        <source>--rate {rate}: write N/min, N/h or N/day, e.g. 30/min</source>
        <translation>--rate {rate}: zadejte N/min, N/h nebo N/day, např. 30/min</translation>
    </message>
    <message>
        <source>--{option} {file}: the file does not exist.</source>
        <translation>--{option} {file}: soubor neexistuje.</translation>
    </message>
    <message>
        <source>--concurrency must be from 1 to 8.</source>
        <translation>--concurrency musí být od 1 do 8.</translation>
    </message>
    <message>
        <source>--only-status {state}: use one of {states}</source>
        <translation>--only-status {state}: použijte jednu z hodnot {states}</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: soubor neexistuje.</translation>
    </message>
    <message>
        <source>{file}: the file cannot be read (is it a folder, or open in another program?).</source>
        <translation>{file}: soubor nelze přečíst (není to složka nebo není otevřený v jiném programu?).</translation>
    </message>
    <message>
        <source>{file}: this is not a list of recipients that can be read (CSV, XLSX or ODS).</source>
        <translation>{file}: toto není seznam příjemců, který by šlo načíst (CSV, XLSX nebo ODS).</translation>
    </message>
    <message>
        <source>There is no batch {batch} (see: smtpdesk status).</source>
        <translation>Rozesílka {batch} neexistuje (viz: smtpdesk status).</translation>
    </message>
    <message>
        <source>an attachment cannot be read</source>
        <translation>přílohu nelze přečíst</translation>
    </message>
    <message>
        <source>sent: {n}</source>
        <translation>odesláno: {n}</translation>
    </message>
    <message>
        <source>failed: {n}</source>
        <translation>neúspěšné: {n}</translation>
    </message>
    <message>
        <source>to retry: {n}</source>
        <translation>k opakování: {n}</translation>
    </message>
    <message>
        <source>{rate}/min</source>
        <translation>{rate}/min</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>zbývá asi {time}</translation>
    </message>
    <message>
        <source>waiting until {time} ({reason})</source>
        <translation>čeká do {time} ({reason})</translation>
    </message>
    <message>
        <source>the limit per minute</source>
        <translation>limit za minutu</translation>
    </message>
    <message>
        <source>the limit per hour</source>
        <translation>limit za hodinu</translation>
    </message>
    <message>
        <source>the limit per day</source>
        <translation>limit za den</translation>
    </message>
    <message>
        <source>the even pace</source>
        <translation>rovnoměrné tempo</translation>
    </message>
    <message>
        <source>the server&apos;s pace</source>
        <translation>tempo serveru</translation>
    </message>
    <message>
        <source>the server asked to slow down</source>
        <translation>server požádal o zpomalení</translation>
    </message>
    <message>
        <source>messages to retry</source>
        <translation>zprávy k opakování</translation>
    </message>
    <message>
        <source>Starting at the pace the server allowed this profile: {pace} (learned {when}).</source>
        <translation>Začíná se tempem, které server tomuto profilu povolil: {pace} (zjištěno {when}).</translation>
    </message>
    <message>
        <source>Give either --recipients FILE or --from-batch ID (one of them).</source>
        <translation>Zadejte --recipients FILE, nebo --from-batch ID (jedno z nich).</translation>
    </message>
    <message>
        <source>--only-status and --exclude go with --from-batch.</source>
        <translation>--only-status a --exclude se používají spolu s --from-batch.</translation>
    </message>
    <message>
        <source>--attach {file}: the file does not exist.</source>
        <translation>--attach {file}: soubor neexistuje.</translation>
    </message>
    <message>
        <source>There are no recipients to send to.</source>
        <translation>Nejsou žádní příjemci, kterým by se dalo odeslat.</translation>
    </message>
    <message>
        <source>{total} KiB, the largest message {largest} KiB</source>
        <translation>{total} KiB, největší zpráva {largest} KiB</translation>
    </message>
    <message>
        <source>The profile {profile} of batch {batch} is gone; give --profile or --profile-file.</source>
        <translation>Profil {profile} rozesílky {batch} už neexistuje; zadejte --profile nebo --profile-file.</translation>
    </message>
    <message>
        <source>--export needs a batch number.</source>
        <translation>--export potřebuje číslo rozesílky.</translation>
    </message>
    <message>
        <source>No batches yet.</source>
        <translation>Zatím nejsou žádné rozesílky.</translation>
    </message>
    <message>
        <source>sent {sent} of {total}, failed: {failed}, uncertain: {uncertain}, left: {left}</source>
        <translation>odesláno {sent} z {total}, neúspěšných: {failed}, nejistých: {uncertain}, zbývá: {left}</translation>
    </message>
    <message>
        <source>--export {file}: the file cannot be written.</source>
        <translation>--export {file}: soubor nelze zapsat.</translation>
    </message>
    <message>
        <source>Batch {batch} ({status}): recipients: {total}, sent: {sent}, failed: {failed}, to retry: {deferred}, uncertain: {uncertain}, cancelled: {cancelled}, waiting: {pending}</source>
        <translation>Rozesílka {batch} ({status}): příjemců: {total}, odesláno: {sent}, neúspěšných: {failed}, k opakování: {deferred}, nejistých: {uncertain}, zrušených: {cancelled}, čeká: {pending}</translation>
    </message>
    <message>
        <source>The server&apos;s pace for the profile {profile}: {pace} (learned {when} from a refusal after {seen} messages in {window}).</source>
        <translation>Tempo serveru pro profil {profile}: {pace} (zjištěno {when} z odmítnutí po {seen} zprávách za {window}).</translation>
    </message>
    <message>
        <source>send a personalized batch from a CSV, XLSX or ODS file</source>
        <translation>odešle personalizovanou rozesílku ze souboru CSV, XLSX nebo ODS</translation>
    </message>
    <message>
        <source>the list of recipients (CSV, XLSX or ODS, one row per recipient)</source>
        <translation>seznam příjemců (CSV, XLSX nebo ODS, jeden řádek na příjemce)</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>příjemci</translation>
    </message>
    <message>
        <source>the recipients of an earlier batch (a reminder)</source>
        <translation>příjemci dřívější rozesílky (připomínka)</translation>
    </message>
    <message>
        <source>with --from-batch: only rows in this state (repeatable; default “sent”)</source>
        <translation>s --from-batch: jen řádky v tomto stavu (lze opakovat; výchozí „sent“)</translation>
    </message>
    <message>
        <source>with --from-batch: leave out every address in this file</source>
        <translation>s --from-batch: vynechá všechny adresy z tohoto souboru</translation>
    </message>
    <message>
        <source>the subject; may hold {{ column }} fields</source>
        <translation>předmět; může obsahovat pole {{ sloupec }}</translation>
    </message>
    <message>
        <source>the text of the message (UTF-8)</source>
        <translation>text zprávy (UTF-8)</translation>
    </message>
    <message>
        <source>an HTML version of the message</source>
        <translation>verze zprávy v HTML</translation>
    </message>
    <message>
        <source>a file for every recipient (repeatable)</source>
        <translation>soubor pro všechny příjemce (lze opakovat)</translation>
    </message>
    <message>
        <source>add a List-Unsubscribe header (mailto: the reply-to or sender)</source>
        <translation>přidá hlavičku List-Unsubscribe (mailto: adresa pro odpověď nebo odesílatel)</translation>
    </message>
    <message>
        <source>each recipient&apos;s own files must mention the row&apos;s value of COLUMN</source>
        <translation>vlastní soubory každého příjemce musí uvádět hodnotu sloupce COLUMN z jeho řádku</translation>
    </message>
    <message>
        <source>build every message, send nothing</source>
        <translation>připraví všechny zprávy, nic neodešle</translation>
    </message>
    <message>
        <source>continue a batch after a stop or a crash</source>
        <translation>pokračuje v rozesílce po zastavení nebo pádu</translation>
    </message>
    <message>
        <source>send the uncertain messages again (they may arrive twice)</source>
        <translation>znovu odešle nejisté zprávy (mohou přijít dvakrát)</translation>
    </message>
    <message>
        <source>try deferred messages now instead of at their set time</source>
        <translation>odložené zprávy zkusí odeslat hned, ne v naplánovaný čas</translation>
    </message>
    <message>
        <source>show batches, or one batch; export its rows</source>
        <translation>zobrazí rozesílky nebo jednu rozesílku; exportuje její řádky</translation>
    </message>
    <message>
        <source>write one CSV row per recipient</source>
        <translation>zapíše jeden řádek CSV na příjemce</translation>
    </message>
    <message>
        <source>export only rows in this state (repeatable)</source>
        <translation>exportuje jen řádky v tomto stavu (lze opakovat)</translation>
    </message>
    <message>
        <source>at most this many messages per minute, hour or day</source>
        <translation>nejvýše tolik zpráv za minutu, hodinu nebo den</translation>
    </message>
    <message>
        <source>connections at once (1 to 8)</source>
        <translation>souběžných připojení (1 až 8)</translation>
    </message>
    <message>
        <source>stop (exit 3) rather than wait longer (default 600)</source>
        <translation>zastaví se (kód 3), místo aby čekal déle (výchozí 600)</translation>
    </message>
    <message>
        <source>first wait before retrying a temporary failure (default 30; doubles each time)</source>
        <translation>první čekání před dalším pokusem po dočasné chybě (výchozí 30; pokaždé dvojnásobné)</translation>
    </message>
    <message>
        <source>checking attachments {done}/{total}</source>
        <translation>kontrola příloh {done}/{total}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Upozornění: {problem}</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>Batch</source>
        <translation>Rozesílka</translation>
    </message>
    <message>
        <source>A CSV or Excel file: one row per recipient, the first row names the columns (you can also drop the file on the window)</source>
        <translation>Soubor CSV nebo Excel: jeden řádek na příjemce, v prvním řádku jsou názvy sloupců (soubor můžete také přetáhnout do okna)</translation>
    </message>
    <message>
        <source>Read the file again after you fixed it</source>
        <translation>Po opravě soubor načtěte znovu</translation>
    </message>
    <message numerus="yes">
        <source>(recipient {position} of %n)</source>
        <translation>
            <numerusform>(příjemce {position} z %n)</numerusform>
            <numerusform>(příjemce {position} z %n)</numerusform>
            <numerusform>(příjemce {position} z %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(not sent; %n recipient(s) in all)</source>
        <translation>
            <numerusform>(neodešle se; celkem %n příjemce)</numerusform>
            <numerusform>(neodešle se; celkem %n příjemci)</numerusform>
            <numerusform>(neodešle se; celkem %n příjemců)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Put a column of the recipients file into the subject or the message</source>
        <translation>Vloží sloupec ze souboru příjemců do předmětu nebo do textu zprávy</translation>
    </message>
    <message>
        <source>Dear {{ Name }},

write the message here; fields in double braces are replaced for each recipient.</source>
        <translation>{{ Oslovení }},

sem napište text zprávy; pole ve dvojitých složených závorkách se pro každého příjemce nahradí jeho údaji.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dear {{ Name }}, …&lt;/p&gt;</source>
        <translation>&lt;p&gt;{{ Oslovení }}, …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Přidat…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Previe&amp;w of row</source>
        <translation>Náhl&amp;ed řádku</translation>
    </message>
    <message>
        <source>The row number as the spreadsheet shows it, as in the table&apos;s Row column</source>
        <translation>Číslo řádku tak, jak ho ukazuje tabulkový procesor – stejné jako ve sloupci Řádek v tabulce</translation>
    </message>
    <message>
        <source>Send with</source>
        <translation>Odeslat z profilu</translation>
    </message>
    <message>
        <source>The profile this batch is sent with; it starts as the one selected in the Profiles list</source>
        <translation>Profil, ze kterého se rozesílka odešle; na začátku je to profil vybraný v seznamu Profily</translation>
    </message>
    <message>
        <source>Each recipient&apos;s own files, named in the column:</source>
        <translation>Vlastní přílohy každého příjemce, uvedené ve sloupci:</translation>
    </message>
    <message>
        <source>The column that names each recipient&apos;s own files (an invoice, a contract)</source>
        <translation>Sloupec, který pro každého příjemce uvádí jeho vlastní soubory (fakturu, smlouvu)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Složka…</translation>
    </message>
    <message>
        <source>Look for the files next to the recipients file again</source>
        <translation>Hledat soubory opět ve složce, kde je soubor příjemců</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Předchozí příjemce</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Další příjemce</translation>
    </message>
    <message>
        <source>Show the HTML part as code</source>
        <translation>Zobrazí část HTML jako kód</translation>
    </message>
    <message>
        <source>Send this recipient&apos;s message to your own address</source>
        <translation>Pošle zprávu pro tohoto příjemce na vaši vlastní adresu</translation>
    </message>
    <message>
        <source>&amp;Load recipients…</source>
        <translation>&amp;Načíst příjemce…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Načíst &amp;znovu</translation>
    </message>
    <message>
        <source>Leave out the rows with &amp;problems</source>
        <translation>V&amp;ynechat řádky s problémy</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Předmět</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Vložit pole</translation>
    </message>
    <message>
        <source>M&amp;essage (plain text)</source>
        <translation>Zp&amp;ráva (prostý text)</translation>
    </message>
    <message>
        <source>Also send an HTML &amp;version</source>
        <translation>Posla&amp;t také verzi HTML</translation>
    </message>
    <message>
        <source>Load HTML &amp;file…</source>
        <translation>Načíst so&amp;ubor HTML…</translation>
    </message>
    <message>
        <source>Atta&amp;chments for everybody:</source>
        <translation>Přílo&amp;hy pro všechny:</translation>
    </message>
    <message>
        <source>&amp;HTML source</source>
        <translation>Zdrojový &amp;kód HTML</translation>
    </message>
    <message>
        <source>Send &amp;test to me</source>
        <translation>Pos&amp;lat testovací zprávu sobě</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Odeslat…</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Náhled zprávy</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Příjemci</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Načítá se {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>Soubor {file} nelze otevřít: {reason}</translation>
    </message>
    <message>
        <source>Reminder to batch {batch}</source>
        <translation>Připomínka k rozesílce {batch}</translation>
    </message>
    <message>
        <source>Each recipient also gets the file in {folder} named by the column {column} (the name as written, or with any extension).</source>
        <translation>Každý příjemce dostane také soubor ze složky {folder}, který uvádí sloupec {column} (název tak, jak je napsán, nebo s libovolnou příponou).</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(žádný sloupec)</translation>
    </message>
    <message>
        <source>Choose the folder with the files; each value of the column names one file in it, with or without its extension (2026-0142 finds 2026-0142.pdf)</source>
        <translation>Vyberte složku se soubory; každá hodnota ve sloupci označuje jeden soubor v ní, s příponou nebo bez ní (2026-0142 najde 2026-0142.pdf)</translation>
    </message>
    <message>
        <source>Folder with each recipient&apos;s files</source>
        <translation>Složka se soubory jednotlivých příjemců</translation>
    </message>
    <message>
        <source>HTML message</source>
        <translation>Zpráva HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Soubory HTML (*.html *.htm);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Soubor {file} nelze přečíst: {reason}</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Příloha</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>chybí</translation>
    </message>
    <message>
        <source>Together {size} per message</source>
        <translation>Celkem {size} na zprávu</translation>
    </message>
    <message>
        <source>Each recipient also gets the files named in the column {column}.</source>
        <translation>Každý příjemce dostane také soubory uvedené ve sloupci {column}.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Tabulky (*.csv *.xlsx *.ods);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>{file} is not text smtpdesk can read. Save it again as UTF-8.</source>
        <translation>Soubor {file} není text, který smtpdesk umí přečíst. Uložte jej znovu jako UTF-8.</translation>
    </message>
    <message>
        <source>The placeholder {{{{ {name} }}}} has no column of that name.</source>
        <translation>Pro pole {{{{ {name} }}}} neexistuje sloupec s tímto názvem.</translation>
    </message>
    <message>
        <source>No recipients yet: load a CSV or Excel file, or drop it on the window.</source>
        <translation>Zatím nejsou načteni žádní příjemci: načtěte soubor CSV nebo Excel, nebo ho přetáhněte do okna.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) ready.</source>
        <translation>
            <numerusform>%n příjemce je připraven.</numerusform>
            <numerusform>%n příjemci jsou připraveni.</numerusform>
            <numerusform>%n příjemců je připraveno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (marked red).</source>
        <translation>
            <numerusform>%n řádek s problémy (označen červeně).</numerusform>
            <numerusform>%n řádky s problémy (označeny červeně).</numerusform>
            <numerusform>%n řádků s problémy (označeny červeně).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (marked yellow).</source>
        <translation>
            <numerusform>%n upozornění (označeno žlutě).</numerusform>
            <numerusform>%n upozornění (označena žlutě).</numerusform>
            <numerusform>%n upozornění (označena žlutě).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a few previews, then press Send. Messages go out in the Queue tab, where you can pause them.</source>
        <translation>Zkontrolujte několik náhledů a potom klikněte na „Odeslat…“. Zprávy se odesílají na kartě Fronta, kde je můžete pozastavit.</translation>
    </message>
    <message numerus="yes">
        <source>Storing the batch of %n message(s)…</source>
        <translation>
            <numerusform>Ukládá se rozesílka s %n zprávou…</numerusform>
            <numerusform>Ukládá se rozesílka s %n zprávami…</numerusform>
            <numerusform>Ukládá se rozesílka s %n zprávami…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recipients…</source>
        <translation>Načítají se příjemci…</translation>
    </message>
    <message>
        <source>Load recipients to send.</source>
        <translation>Pro odeslání načtěte příjemce.</translation>
    </message>
    <message>
        <source>Fix the file and load it again to send.</source>
        <translation>Pro odeslání opravte soubor a načtěte ho znovu.</translation>
    </message>
    <message>
        <source>Fix the rows marked red and press Reload, or leave them out, to send.</source>
        <translation>Pro odeslání opravte červeně označené řádky a klikněte na „Načíst znovu“, nebo je vynechejte.</translation>
    </message>
    <message>
        <source>Write a subject to send.</source>
        <translation>Pro odeslání napište předmět.</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red to send.</source>
        <translation>Pro odeslání opravte červeně označená pole.</translation>
    </message>
    <message>
        <source>An attachment cannot be read: {reason}</source>
        <translation>Přílohu nelze přečíst: {reason}</translation>
    </message>
    <message>
        <source>The profile&apos;s sender address cannot be used: {reason}</source>
        <translation>Adresu odesílatele z profilu nelze použít: {reason}</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>Předmět musí být na jednom řádku.</translation>
    </message>
    <message>
        <source>This message cannot be built: {reason}</source>
        <translation>Tuto zprávu nelze sestavit: {reason}</translation>
    </message>
    <message>
        <source>Row {row} is not sent:</source>
        <translation>Řádek {row} se neodešle:</translation>
    </message>
    <message>
        <source>The preview shows each recipient&apos;s message once recipients are loaded.</source>
        <translation>Po načtení příjemců se zde zobrazí zpráva pro každého z nich.</translation>
    </message>
    <message>
        <source>Choose a profile on the Settings page to see the preview.</source>
        <translation>Pro zobrazení náhledu vyberte profil na stránce Nastavení.</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red to see the preview.</source>
        <translation>Pro zobrazení náhledu opravte červeně označená pole.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Correct the placeholders marked red first.</source>
        <translation>Nejdříve opravte červeně označená pole.</translation>
    </message>
    <message>
        <source>Press Sign in on the Settings page first.</source>
        <translation>Nejprve na stránce Nastavení klikněte na „Přihlásit se“.</translation>
    </message>
    <message>
        <source>Enter the password on the Settings page first.</source>
        <translation>Nejdříve zadejte heslo na stránce Nastavení.</translation>
    </message>
    <message>
        <source>Sending a test to {address}…</source>
        <translation>Odesílá se testovací zpráva na {address}…</translation>
    </message>
    <message>
        <source>✓ Test sent to {address}.</source>
        <translation>✓ Testovací zpráva byla odeslána na {address}.</translation>
    </message>
    <message>
        <source>✗ The test was not sent: {reason}</source>
        <translation>✗ Testovací zpráva nebyla odeslána: {reason}</translation>
    </message>
    <message>
        <source>The profile {name} has settings to fix on the Settings page first.</source>
        <translation>Profil {name} má nastavení, která je třeba nejdříve opravit na stránce Nastavení.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page, then press Send.</source>
        <translation>Profil {name} není přihlášen. Na stránce Nastavení klikněte na „Přihlásit se“ a potom na „Odeslat…“.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page, then press Send.</source>
        <translation>Pro profil {name} není zadáno heslo. Zadejte ho na stránce Nastavení a potom klikněte na „Odeslat…“.</translation>
    </message>
    <message>
        <source>Send the same batch again?</source>
        <translation>Odeslat stejnou rozesílku znovu?</translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} went to the same %n recipient(s) with the same subject {when}.</source>
        <translation>
            <numerusform>Rozesílka {batch} se stejným předmětem odešla {when} stejným příjemcům (%n).</numerusform>
            <numerusform>Rozesílka {batch} se stejným předmětem odešla {when} stejným příjemcům (%n).</numerusform>
            <numerusform>Rozesílka {batch} se stejným předmětem odešla {when} stejným příjemcům (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it were sent.</source>
        <translation>
            <numerusform>Odeslána byla %n zpráva.</numerusform>
            <numerusform>Odeslány byly %n zprávy.</numerusform>
            <numerusform>Odesláno bylo %n zpráv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) again with the profile {profile}?</source>
        <translation>
            <numerusform>Odeslat %n zprávu znovu z profilu {profile}?</numerusform>
            <numerusform>Odeslat %n zprávy znovu z profilu {profile}?</numerusform>
            <numerusform>Odeslat %n zpráv znovu z profilu {profile}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the batch?</source>
        <translation>Odeslat rozesílku?</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) with the profile {profile}?</source>
        <translation>
            <numerusform>Odeslat %n zprávu z profilu {profile}?</numerusform>
            <numerusform>Odeslat %n zprávy z profilu {profile}?</numerusform>
            <numerusform>Odeslat %n zpráv z profilu {profile}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}): to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}): %n příjemci</numerusform>
            <numerusform>{file} ({size}): %n příjemcům</numerusform>
            <numerusform>{file} ({size}): %n příjemcům</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… a ještě %n soubor</numerusform>
            <numerusform>… a ještě %n soubory</numerusform>
            <numerusform>… a ještě %n souborů</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Přiložené soubory:</translation>
    </message>
    <message>
        <source>⚠ The profile {profile} was never verified: press Verify on the Settings page to test it before sending.</source>
        <translation>⚠ Profil {profile} ještě nebyl ověřen: před odesláním klikněte na stránce Nastavení na „Ověřit“.</translation>
    </message>
    <message>
        <source>⚠ The last Verify of the profile {profile} failed {when}{code}: {reason} Press Verify on the Settings page once it is fixed.</source>
        <translation>⚠ Poslední ověření profilu {profile} {when} selhalo{code}: {reason} Po opravě klikněte na stránce Nastavení na „Ověřit“.</translation>
    </message>
    <message>
        <source>⚠ The profile {profile} passed Verify {when}, but its server or sign-in settings have changed since: press Verify again.</source>
        <translation>⚠ Profil {profile} byl úspěšně ověřen {when}, ale nastavení serveru nebo přihlášení se od té doby změnilo: klikněte znovu na „Ověřit“.</translation>
    </message>
    <message>
        <source>✓ The profile {profile} passed Verify {when}.</source>
        <translation>✓ Profil {profile} byl úspěšně ověřen {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n a minute</source>
        <translation>
            <numerusform>%n za minutu</numerusform>
            <numerusform>%n za minutu</numerusform>
            <numerusform>%n za minutu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n an hour</source>
        <translation>
            <numerusform>%n za hodinu</numerusform>
            <numerusform>%n za hodinu</numerusform>
            <numerusform>%n za hodinu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a day</source>
        <translation>
            <numerusform>%n za den</numerusform>
            <numerusform>%n za den</numerusform>
            <numerusform>%n za den</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per connection</source>
        <translation>
            <numerusform>%n na jedno spojení</numerusform>
            <numerusform>%n na jedno spojení</numerusform>
            <numerusform>%n na jedno spojení</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender: {sender}</source>
        <translation>Odesílatel: {sender}</translation>
    </message>
    <message>
        <source>Sending limits: {limits}.</source>
        <translation>Limity odesílání: {limits}.</translation>
    </message>
    <message>
        <source>No sending limits are set for this profile.</source>
        <translation>Pro tento profil nejsou nastaveny žádné limity odesílání.</translation>
    </message>
    <message>
        <source>The server allowed this profile {pace} (learned {when}): the batch starts at that pace.</source>
        <translation>Server tomuto profilu povolil {pace} (zjištěno {when}): rozesílka začne tímto tempem.</translation>
    </message>
    <message numerus="yes">
        <source>About {duration} at %n message(s) a minute.</source>
        <translation>
            <numerusform>Doba odeslání: asi {duration} (%n zpráva za minutu).</numerusform>
            <numerusform>Doba odeslání: asi {duration} (%n zprávy za minutu).</numerusform>
            <numerusform>Doba odeslání: asi {duration} (%n zpráv za minutu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The daily limit allows %n more message(s) today; the rest continue tomorrow by themselves while smtpdesk is open, or with Continue.</source>
        <translation>
            <numerusform>Denní limit dnes dovolí odeslat ještě %n zprávu; zbytek se odešle zítra automaticky, pokud bude smtpdesk spuštěný, nebo tlačítkem „Pokračovat“.</numerusform>
            <numerusform>Denní limit dnes dovolí odeslat ještě %n zprávy; zbytek se odešle zítra automaticky, pokud bude smtpdesk spuštěný, nebo tlačítkem „Pokračovat“.</numerusform>
            <numerusform>Denní limit dnes dovolí odeslat ještě %n zpráv; zbytek se odešle zítra automaticky, pokud bude smtpdesk spuštěný, nebo tlačítkem „Pokračovat“.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause or cancel at any time in the Queue tab.</source>
        <translation>Odesílání můžete kdykoli pozastavit nebo zrušit na kartě Fronta.</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch history {file} cannot be read ({reason}).</source>
        <translation>Nic nebylo odesláno: historii rozesílek {file} nelze přečíst ({reason}).</translation>
    </message>
    <message>
        <source>Nothing was sent: the batch could not be stored in {file} ({reason}). Free some disk space, then press Send again.</source>
        <translation>Nic nebylo odesláno: rozesílku nebylo možné uložit do {file} ({reason}). Uvolněte místo na disku a potom znovu klikněte na „Odeslat…“.</translation>
    </message>
</context>
<context>
    <name>BatchPages</name>
    <message>
        <source>Batch history</source>
        <translation>Historie rozesílek</translation>
    </message>
    <message>
        <source>The file could not be moved: {reason}</source>
        <translation>Soubor se nepodařilo přesunout: {reason}</translation>
    </message>
    <message>
        <source>The damaged file is now {file}. A new batch history has started.</source>
        <translation>Poškozený soubor je nyní {file}. Začala nová historie rozesílek.</translation>
    </message>
    <message>
        <source>smtpdesk cannot read its batch history ({file}): {reason}</source>
        <translation>smtpdesk nemůže přečíst historii rozesílek ({file}): {reason}</translation>
    </message>
    <message>
        <source>Move the file aside and start a new history? Nothing is deleted. If you choose No, batches you send now are kept only until smtpdesk closes.</source>
        <translation>Odložit soubor stranou a začít novou historii? Nic se nesmaže. Když zvolíte Ne, rozesílky odeslané teď se uchovají jen do zavření programu smtpdesk.</translation>
    </message>
    <message>
        <source>A batch is being sent</source>
        <translation>Probíhá rozesílka</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of this batch are not sent yet. Close anyway?</source>
        <translation>
            <numerusform>%n zpráva této rozesílky ještě nebyla odeslána. Přesto zavřít?</numerusform>
            <numerusform>%n zprávy této rozesílky ještě nebyly odeslány. Přesto zavřít?</numerusform>
            <numerusform>%n zpráv této rozesílky ještě nebylo odesláno. Přesto zavřít?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending stops after the messages on their way right now. The next time you open smtpdesk it offers to continue.</source>
        <translation>Odesílání se zastaví, jakmile se dokončí zprávy, které se právě odesílají. Při příštím spuštění vám smtpdesk nabídne pokračování.</translation>
    </message>
    <message>
        <source>Keep the batch?</source>
        <translation>Ponechat rozesílku?</translation>
    </message>
    <message>
        <source>The batch you are composing was not sent. Keep it for the next time you open smtpdesk?</source>
        <translation>Rozesílka, kterou připravujete, nebyla odeslána. Ponechat ji pro příští spuštění smtpdesk?</translation>
    </message>
    <message>
        <source>Kept: the recipients file, subject, message, attachments and profile come back as they are now.</source>
        <translation>Když ji ponecháte, soubor příjemců, předmět, zpráva, přílohy a profil se vrátí tak, jak jsou teď.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechat</translation>
    </message>
    <message>
        <source>Unfinished batch</source>
        <translation>Nedokončená rozesílka</translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} ({subject}) was not finished: %n message(s) are not sent yet.</source>
        <translation>
            <numerusform>Rozesílka {batch} ({subject}) nebyla dokončena: %n zpráva ještě nebyla odeslána.</numerusform>
            <numerusform>Rozesílka {batch} ({subject}) nebyla dokončena: %n zprávy ještě nebyly odeslány.</numerusform>
            <numerusform>Rozesílka {batch} ({subject}) nebyla dokončena: %n zpráv ještě nebylo odesláno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue sending it now? Messages already sent are not sent again.</source>
        <translation>Pokračovat v odesílání hned teď? Zprávy, které už byly odeslány, se znovu neodešlou.</translation>
    </message>
</context>
<context>
    <name>BouncesControl</name>
    <message>
        <source>Chec&amp;k for bounces</source>
        <translation>Z&amp;kontrolovat vrácené zprávy</translation>
    </message>
    <message>
        <source>Checking for bounces…</source>
        <translation>Kontrola vrácených zpráv…</translation>
    </message>
    <message>
        <source>Read the delivery reports in your inbox (IMAP) and mark the messages that came back as bounced</source>
        <translation>Přečte zprávy o doručení ve vaší schránce (IMAP) a označí zprávy, které se vrátily, jako vrácené</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page.</source>
        <translation>Profil {name} není přihlášen. Na stránce Nastavení klikněte na „Přihlásit se“.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page.</source>
        <translation>Profil {name} nemá heslo. Zadejte ho na stránce Nastavení.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Trust this server&apos;s certificate?</source>
        <translation>Důvěřovat certifikátu tohoto serveru?</translation>
    </message>
    <message>
        <source>The server {host}:{port} presents a certificate no authority vouches for. Accept it only if this is your own server and the fingerprint below is the one your IT support gave you. smtpdesk will remember it and warn you if it ever changes.</source>
        <translation>Server {host}:{port} předkládá certifikát, za který neručí žádná certifikační autorita. Přijměte ho, jen pokud jde o váš vlastní server a otisk níže je ten, který vám sdělila IT podpora. smtpdesk si certifikát zapamatuje a upozorní vás, pokud se někdy změní.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Otisk SHA-256</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Vystaveno pro</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Vystavitel</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Platný do</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>Důvěřovat a zapamatovat</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no profile named {name} (see: smtpdesk profiles).</source>
        <translation>Profil s názvem {name} neexistuje (viz: smtpdesk profiles).</translation>
    </message>
    <message>
        <source>The profile file {file} does not exist.</source>
        <translation>Soubor s profilem {file} neexistuje.</translation>
    </message>
    <message>
        <source>The certificate pin file {file} cannot be read ({reason}); move it aside and run verify again.</source>
        <translation>Soubor s připnutými certifikáty {file} nelze přečíst ({reason}); přesuňte ho jinam a znovu spusťte verify.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but nothing came on standard input.</source>
        <translation>Bylo zadáno --password-stdin, ale na standardní vstup nic nepřišlo.</translation>
    </message>
    <message>
        <source>Warning: the password is sent without encryption.</source>
        <translation>Upozornění: heslo bude odesláno bez šifrování.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so no stored password can be read; give the password with --password-stdin or SMTPDESK_PASSWORD.</source>
        <translation>Systémové úložiště hesel není k dispozici, takže uložené heslo nelze přečíst; zadejte heslo pomocí --password-stdin nebo SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}: store one with “smtpdesk profiles set-password {name} --password-stdin”, or give it with --password-stdin or SMTPDESK_PASSWORD.</source>
        <translation>Pro profil {name} není uloženo heslo: uložte ho příkazem „smtpdesk profiles set-password {name} --password-stdin“, nebo ho zadejte pomocí --password-stdin či SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in: run “smtpdesk login --profile {name}” first.</source>
        <translation>Profil {name} není přihlášen: nejprve spusťte „smtpdesk login --profile {name}“.</translation>
    </message>
    <message>
        <source>The sign-in of the profile {name} cannot be used ({reason}): run “smtpdesk login --profile {name}” again.</source>
        <translation>Přihlášení profilu {name} nelze použít ({reason}): znovu spusťte „smtpdesk login --profile {name}“.</translation>
    </message>
    <message>
        <source>a stored profile</source>
        <translation>uložený profil</translation>
    </message>
    <message>
        <source>a profile TOML file, not stored</source>
        <translation>soubor s profilem TOML, který se neuloží</translation>
    </message>
    <message>
        <source>the result as JSON on the last line of standard output</source>
        <translation>výsledek jako JSON na posledním řádku standardního výstupu</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>přečte heslo z prvního řádku standardního vstupu</translation>
    </message>
    <message>
        <source>The profile {name} signs in with a password; to sign in with Google or Microsoft, set auth_method = &quot;oauth2&quot; and oauth_provider in it.</source>
        <translation>Profil {name} se přihlašuje heslem; pro přihlášení přes Google nebo Microsoft v něm nastavte auth_method = &quot;oauth2&quot; a oauth_provider.</translation>
    </message>
    <message>
        <source>Opening the browser to sign in. If it does not open, visit this address:</source>
        <translation>Otevírá se prohlížeč pro přihlášení. Pokud se neotevře, přejděte na tuto adresu:</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Přihlášeno</translation>
    </message>
    <message>
        <source>smtpdesk is signed in. You can close this tab.</source>
        <translation>smtpdesk je přihlášen. Tuto kartu můžete zavřít.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Přihlášení nebylo dokončeno</translation>
    </message>
    <message>
        <source>smtpdesk was not signed in. You can close this tab and try again.</source>
        <translation>smtpdesk se nepřihlásil. Tuto kartu můžete zavřít a zkusit to znovu.</translation>
    </message>
    <message>
        <source>The profile&apos;s sign-in settings cannot be used ({reason}).</source>
        <translation>Nastavení přihlášení v profilu nelze použít ({reason}).</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>Přihlášení bylo v prohlížeči odmítnuto.</translation>
    </message>
    <message>
        <source>Sign-in was not finished in time.</source>
        <translation>Přihlášení nebylo dokončeno včas.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in.</source>
        <translation>Poskytovatel přihlášení odmítl.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached.</source>
        <translation>K přihlašovacímu serveru se nepodařilo připojit.</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <translation>Přihlášeno jako {account}.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Přihlášeno.</translation>
    </message>
    <message>
        <source>Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}</source>
        <translation>Certifikát pro {host}:{port} byl přijat a uložen jako důvěryhodný: SHA-256 {sha}</translation>
    </message>
    <message>
        <source>check a profile by sending a real test message</source>
        <translation>ověří profil odesláním skutečné testovací zprávy</translation>
    </message>
    <message>
        <source>where the test message goes (default: the sender)</source>
        <translation>kam testovací zpráva půjde (výchozí: odesílateli)</translation>
    </message>
    <message>
        <source>print the dialogue with the server</source>
        <translation>vypíše komunikaci se serverem</translation>
    </message>
    <message>
        <source>accept (pin) the server&apos;s self-signed certificate with this SHA-256 fingerprint (64 hex digits; colons and case ignored)</source>
        <translation>přijme (připne) certifikát serveru podepsaný sám sebou s tímto otiskem SHA-256 (64 šestnáctkových číslic; dvojtečky a velikost písmen nehrají roli)</translation>
    </message>
    <message>
        <source>sign in with Google or Microsoft (OAuth2) in the browser and keep the sign-in in the system keyring</source>
        <translation>přihlásí se přes Google nebo Microsoft (OAuth2) v prohlížeči a uloží přihlášení do systémového úložiště hesel</translation>
    </message>
    <message>
        <source>this is not a SHA-256 fingerprint (64 hex digits)</source>
        <translation>toto není otisk SHA-256 (64 šestnáctkových číslic)</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>Odpověď serveru:</translation>
    </message>
    <message>
        <source>list, import, delete profiles</source>
        <translation>vypíše, importuje, smaže profily</translation>
    </message>
    <message>
        <source>store a profile file</source>
        <translation>uloží soubor s profilem</translation>
    </message>
    <message>
        <source>store it under this name</source>
        <translation>uloží ho pod tímto názvem</translation>
    </message>
    <message>
        <source>delete a stored profile</source>
        <translation>smaže uložený profil</translation>
    </message>
    <message>
        <source>store the password in the system keyring</source>
        <translation>uloží heslo do systémového úložiště hesel</translation>
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
        <source>set-password reads the password from standard input: add --password-stdin.</source>
        <translation>set-password čte heslo ze standardního vstupu: přidejte --password-stdin.</translation>
    </message>
    <message>
        <source>The system keyring is not available; the password can still be given with --password-stdin or SMTPDESK_PASSWORD when sending.</source>
        <translation>Systémové úložiště hesel není k dispozici; heslo můžete při odesílání zadat pomocí --password-stdin nebo SMTPDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Password stored in the system keyring for {name}.</source>
        <translation>Heslo pro {name} bylo uloženo do systémového úložiště hesel.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: soubor neexistuje.</translation>
    </message>
    <message>
        <source>No profiles yet. Import one with: smtpdesk profiles import FILE</source>
        <translation>Zatím tu nejsou žádné profily. Profil importujte příkazem: smtpdesk profiles import FILE</translation>
    </message>
    <message>
        <source>from the provider database</source>
        <translation>z databáze poskytovatelů</translation>
    </message>
    <message>
        <source>from the domain&apos;s DNS (SRV)</source>
        <translation>z DNS domény (SRV)</translation>
    </message>
    <message>
        <source>from the domain&apos;s mail server (MX)</source>
        <translation>z poštovního serveru domény (MX)</translation>
    </message>
    <message>
        <source>found by probing</source>
        <translation>nalezeno zkoušením</translation>
    </message>
    <message>
        <source>propose settings for an address</source>
        <translation>navrhne nastavení pro adresu</translation>
    </message>
    <message>
        <source>also ask DNS (SRV, MX) and probe the candidate servers</source>
        <translation>zeptá se i DNS (SRV, MX) a vyzkouší možné servery</translation>
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
        <source>limits:</source>
        <translation>limity:</translation>
    </message>
    <message>
        <source>The provider does not publish the port: {port} is a guess. `detect --probe` or `verify` tells whether it is right.</source>
        <translation>Poskytovatel port nezveřejňuje, {port} je proto jen odhad. Zda je správný, zjistí `detect --probe` nebo `verify`.</translation>
    </message>
    <message>
        <source>The batch database {file} cannot be written ({reason}); free some disk space, then run the command again.</source>
        <translation>Do databáze rozesílek {file} nelze zapisovat ({reason}); uvolněte místo na disku a spusťte příkaz znovu.</translation>
    </message>
    <message>
        <source>The batch database {file} cannot be used ({reason}); move it aside (rename it) and smtpdesk starts a new one; nothing was sent.</source>
        <translation>Databázi rozesílek {file} nelze použít ({reason}); přesuňte ji jinam (přejmenujte ji) a smtpdesk založí novou; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>This could not be done ({code}).</source>
        <translation>To nebylo možné provést ({code}).</translation>
    </message>
    <message>
        <source>Outgoing mail that works: check your SMTP settings and send personalized batches.</source>
        <translation>Odchozí pošta, která funguje: ověřte nastavení SMTP a posílejte personalizované hromadné e-maily.</translation>
    </message>
    <message>
        <source>open the window with the built-in local test inbox</source>
        <translation>otevře okno s vestavěnou místní testovací schránkou</translation>
    </message>
    <message>
        <source>the language of the words (also after the command)</source>
        <translation>jazyk textů (i za příkazem)</translation>
    </message>
    <message>
        <source>choose a command (see smtpdesk --help)</source>
        <translation>zvolte příkaz (viz smtpdesk --help)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Přerušeno.</translation>
    </message>
    <message>
        <source>read delivery reports (bounces) from the inbox over IMAP and mark those rows bounced</source>
        <translation>načte ze schránky (IMAP) zprávy o nedoručení a označí tyto řádky jako vrácené</translation>
    </message>
    <message>
        <source>move the matched reports to this folder (never deleted)</source>
        <translation>nalezené zprávy přesune do této složky (nikdy je nesmaže)</translation>
    </message>
    <message>
        <source>will mail from this sender arrive? (SPF, DKIM, DMARC, MX)</source>
        <translation>dorazí pošta od tohoto odesílatele? (SPF, DKIM, DMARC, MX)</translation>
    </message>
    <message>
        <source>a sender address (its provider&apos;s server, if known)</source>
        <translation>adresa odesílatele (server jejího poskytovatele, je-li znám)</translation>
    </message>
    <message>
        <source>SMTPDESK_DNS is not a DNS server address ({detail}).</source>
        <translation>SMTPDESK_DNS není adresa serveru DNS ({detail}).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>smtpdesk ran into a problem</source>
        <translation>V programu smtpdesk došlo k problému</translation>
    </message>
    <message>
        <source>Something went wrong inside smtpdesk. Your batches are safe in the queue and can be resumed. Please send the report below to whoever helps you with smtpdesk; it contains no password.</source>
        <translation>V programu smtpdesk se něco pokazilo. Vaše rozesílky jsou ve frontě v bezpečí a lze v nich pokračovat. Pošlete prosím níže uvedené hlášení tomu, kdo vám se smtpdeskem pomáhá; neobsahuje žádné heslo.</translation>
    </message>
    <message>
        <source>Report saved as: {path}</source>
        <translation>Hlášení bylo uloženo jako: {path}</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopírovat do schránky</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtů</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainCheck</name>
    <message>
        <source>The SPF record of {domain} allows the server to send its mail.</source>
        <translation>Záznam SPF domény {domain} povoluje serveru odesílat její poštu.</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell its mail from forgeries and often put it in spam. Ask whoever runs your domain&apos;s DNS to publish this TXT record at {name}: {record}</source>
        <translation>Doména {domain} nemá záznam SPF, takže příjemci nedokážou rozlišit její poštu od podvrhů a často ji označí jako spam. Požádejte správce DNS vaší domény, aby u názvu {name} zveřejnil tento záznam TXT: {record}</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell its mail from forgeries and often put it in spam. Ask whoever runs your domain&apos;s DNS to publish one for the servers that send your mail.</source>
        <translation>Doména {domain} nemá záznam SPF, takže příjemci nedokážou rozlišit její poštu od podvrhů a často ji označí jako spam. Požádejte správce DNS vaší domény, aby jej zveřejnil pro servery, které vaši poštu odesílají.</translation>
    </message>
    <message>
        <source>{domain} has more than one SPF record, and receivers then ignore them all. Ask whoever runs your domain&apos;s DNS to merge them into one record.</source>
        <translation>Doména {domain} má více než jeden záznam SPF, a příjemci je pak všechny ignorují. Požádejte správce DNS vaší domény, aby je sloučil do jednoho záznamu.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} cannot be used: it has a mistake or needs more than 10 DNS lookups. Ask whoever runs your domain&apos;s DNS to correct it (for example, with fewer include: entries).</source>
        <translation>Záznam SPF domény {domain} nelze použít: obsahuje chybu nebo vyžaduje více než 10 dotazů DNS. Požádejte správce DNS vaší domény, aby jej opravil (například s menším počtem položek include:).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not allow {server} to send its mail: receivers will likely refuse your messages. Ask whoever runs your domain&apos;s DNS to add {add} to the SPF record.</source>
        <translation>Záznam SPF domény {domain} nepovoluje serveru {server} odesílat její poštu: příjemci vaše zprávy nejspíš odmítnou. Požádejte správce DNS vaší domény, aby do záznamu SPF přidal {add}.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not allow {server} to send its mail: your messages may end up in spam. Ask whoever runs your domain&apos;s DNS to add {add} to the SPF record.</source>
        <translation>Záznam SPF domény {domain} nepovoluje serveru {server} odesílat její poštu: vaše zprávy mohou skončit ve spamu. Požádejte správce DNS vaší domény, aby do záznamu SPF přidal {add}.</translation>
    </message>
    <message>
        <source>{domain} publishes a DKIM key (selector {selector}), so its mail can be signed.</source>
        <translation>Doména {domain} zveřejňuje klíč DKIM (selektor {selector}), takže její pošta může být podepsaná.</translation>
    </message>
    <message>
        <source>No DKIM key was found for {domain} (selectors tried: {selectors}). If your mail provider signs your mail, its help pages give the record: ask whoever runs your domain&apos;s DNS to publish it. Gmail and Yahoo expect it from bulk senders.</source>
        <translation>Pro doménu {domain} nebyl nalezen žádný klíč DKIM (zkoušené selektory: {selectors}). Pokud váš poskytovatel e-mailu vaši poštu podepisuje, najdete záznam v jeho nápovědě: požádejte správce DNS vaší domény, aby jej zveřejnil. Gmail a Yahoo ho od hromadných odesílatelů očekávají.</translation>
    </message>
    <message>
        <source>{domain} has a DMARC policy: receivers know what to do with forged mail.</source>
        <translation>Doména {domain} má zásady DMARC: příjemci vědí, co dělat s podvrženou poštou.</translation>
    </message>
    <message>
        <source>The DMARC policy of {domain} is p=none: receivers only report forged mail. Nothing to do before sending; later, p=quarantine protects your name better.</source>
        <translation>Zásady DMARC domény {domain} jsou p=none: příjemci podvrženou poštu jen nahlásí. Před odesláním není třeba nic dělat; později vaše jméno lépe ochrání p=quarantine.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record; Gmail and Yahoo expect one from bulk senders. Ask whoever runs your domain&apos;s DNS to publish this TXT record at {name}: {record}</source>
        <translation>Doména {domain} nemá záznam DMARC; Gmail a Yahoo ho od hromadných odesílatelů očekávají. Požádejte správce DNS vaší domény, aby u názvu {name} zveřejnil tento záznam TXT: {record}</translation>
    </message>
    <message>
        <source>The DMARC record at {name} cannot be read, so receivers ignore it. Ask whoever runs your domain&apos;s DNS to replace it with this TXT record: {record}</source>
        <translation>Záznam DMARC u názvu {name} nelze přečíst, a proto ho příjemci ignorují. Požádejte správce DNS vaší domény, aby jej nahradil tímto záznamem TXT: {record}</translation>
    </message>
    <message>
        <source>{domain} has no MX record, so replies to your messages cannot arrive. Ask whoever runs your domain&apos;s DNS to add one, or set a Reply-to address that receives mail.</source>
        <translation>Doména {domain} nemá záznam MX, takže odpovědi na vaše zprávy nemohou dorazit. Požádejte správce DNS vaší domény, aby jej přidal, nebo vyplňte Adresu pro odpovědi, na kterou pošta chodí.</translation>
    </message>
    <message>
        <source>{domain} is a free mailbox service ({provider}). Many messages from a free address often end in spam or are refused: send them from your organization&apos;s own domain.</source>
        <translation>{domain} je bezplatná e-mailová služba ({provider}). Hromadné zprávy z bezplatné adresy často končí ve spamu nebo jsou odmítnuty: odesílejte je z vlastní domény vaší organizace.</translation>
    </message>
    <message>
        <source>The DNS records could not be looked up, so nothing could be judged. Check that this computer is online, then check again.</source>
        <translation>Záznamy DNS nebylo možné zjistit, takže nebylo možné nic posoudit. Zkontrolujte, zda je tento počítač připojen k internetu, a pak kontrolu zopakujte.</translation>
    </message>
    <message>
        <source>Will it arrive? The sender&apos;s domain looks right.</source>
        <translation>Dorazí zprávy? Doména odesílatele vypadá v pořádku.</translation>
    </message>
    <message>
        <source>Will it arrive? Probably, but something in the sender&apos;s domain should be improved.</source>
        <translation>Dorazí zprávy? Nejspíš ano, ale něco v doméně odesílatele je třeba vylepšit.</translation>
    </message>
    <message>
        <source>Will it arrive? Maybe not: the sender&apos;s domain has a problem.</source>
        <translation>Dorazí zprávy? Možná ne: doména odesílatele má problém.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>V pořádku</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Upozornění</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
</context>
<context>
    <name>DomainCheckPanel</name>
    <message>
        <source>Check domain</source>
        <translation>Zkontrolovat doménu</translation>
    </message>
    <message>
        <source>Look up the sender domain&apos;s SPF, DKIM, DMARC and MX records and check that they let this server&apos;s mail arrive</source>
        <translation>Vyhledá záznamy SPF, DKIM, DMARC a MX domény odesílatele a zkontroluje, zda umožní doručení pošty z tohoto serveru</translation>
    </message>
    <message>
        <source>Checking the sender&apos;s domain…</source>
        <translation>Kontroluje se doména odesílatele…</translation>
    </message>
    <message>
        <source>The sender&apos;s domain could not be checked: check the sender&apos;s address.</source>
        <translation>Doménu odesílatele nebylo možné zkontrolovat: zkontrolujte adresu odesílatele.</translation>
    </message>
    <message>
        <source>Will it arrive? After a successful verify, the sender&apos;s domain is checked here (SPF, DKIM, DMARC).</source>
        <translation>Dorazí zprávy? Po úspěšném ověření se zde zkontroluje doména odesílatele (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Copy DNS record</source>
        <translation>Kopírovat záznam DNS</translation>
    </message>
    <message>
        <source>Copy {record} to paste it at {name} (TXT)</source>
        <translation>Zkopíruje {record}, abyste ho mohli vložit u názvu {name} (TXT)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hodina</numerusform>
            <numerusform>%n hodiny</numerusform>
            <numerusform>%n hodin</numerusform>
        </translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>dnes v {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>zítra v {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>{date} v {time}</translation>
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
        <translation>Server přijímá poštu k odeslání jen od přihlášených uživatelů.</translation>
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
    <message>
        <source>The server name {host} could not be looked up: this computer seems to have no internet connection.</source>
        <translation>Název serveru {host} nelze vyhledat: počítač zřejmě není připojen k internetu.</translation>
    </message>
    <message>
        <source>Check that this computer is online (network cable or Wi-Fi), then try again. If other programs can reach the internet, the network&apos;s name service (DNS) is not working: ask your IT support.</source>
        <translation>Zkontrolujte, zda je počítač připojen k internetu (síťový kabel nebo Wi-Fi), a zkuste to znovu. Pokud se jiné programy k internetu připojí, nefunguje v síti překlad názvů (DNS): obraťte se na správce IT.</translation>
    </message>
    <message>
        <source>The server name {host} does not exist.</source>
        <translation>Server s názvem {host} neexistuje.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name. Your provider&apos;s help page gives the right one.</source>
        <translation>Zkontrolujte, zda je název serveru správně napsaný. Správný název najdete na stránkách nápovědy vašeho poskytovatele.</translation>
    </message>
    <message>
        <source>The sign-in with your provider (OAuth2) was refused, has expired, or was revoked.</source>
        <translation>Přihlášení u vašeho poskytovatele (OAuth2) bylo odmítnuto, vypršelo nebo bylo odvoláno.</translation>
    </message>
    <message>
        <source>Sign in again (&quot;Sign in&quot; button, or smtpdesk login). If it keeps failing, check that {user} is the account you signed in with; for Microsoft 365 an administrator must also allow SMTP AUTH for the mailbox.</source>
        <translation>Přihlaste se znovu (tlačítko „Přihlásit se“ nebo příkaz smtpdesk login). Pokud se to stále nedaří, zkontrolujte, že {user} je účet, kterým jste se přihlásili; u Microsoft 365 musí správce pro tuto schránku také povolit SMTP AUTH.</translation>
    </message>
    <message>
        <source>Google accepts no normal password from mail programs: choose &quot;Sign in with Google instead of a password&quot;, or turn on 2-Step Verification in your Google Account and enter an app password instead.</source>
        <translation>Google nepřijímá z poštovních programů běžné heslo: zvolte „Přihlásit se účtem Google místo hesla“, nebo si v účtu Google zapněte dvoufázové ověření a místo hesla zadejte heslo aplikace.</translation>
    </message>
    <message>
        <source>Look in Spam too. A test message to your own Gmail address is filed under Sent, not in the inbox.</source>
        <translation>Podívejte se i do složky Spam. Testovací zpráva na vaši vlastní adresu Gmail se uloží mezi odeslanou poštu, ne do doručené pošty.</translation>
    </message>
    <message>
        <source>Outlook.com has accepted no passwords from mail programs since September 2024: choose &quot;Sign in with Microsoft instead of a password&quot;.</source>
        <translation>Outlook.com od září 2024 nepřijímá hesla z poštovních programů: zvolte „Přihlásit se účtem Microsoft místo hesla“.</translation>
    </message>
    <message>
        <source>Microsoft 365 lets a mail program send only when an administrator has switched on Authenticated SMTP for this mailbox (Microsoft 365 admin center: the user, Mail, Manage email apps). Or choose &quot;Sign in with Microsoft instead of a password&quot;.</source>
        <translation>Microsoft 365 dovolí poštovnímu programu odesílat, jen když správce pro tuto schránku zapnul Authenticated SMTP (Centrum pro správu Microsoft 365: uživatel, Pošta, Spravovat e-mailové aplikace). Nebo zvolte „Přihlásit se účtem Microsoft místo hesla“.</translation>
    </message>
    <message>
        <source>Yahoo accepts an app password, not your normal password: create one in the security settings of your Yahoo account and enter it here.</source>
        <translation>Yahoo přijímá heslo aplikace, ne vaše běžné heslo: vytvořte si ho v nastavení zabezpečení svého účtu Yahoo a zadejte ho sem.</translation>
    </message>
    <message>
        <source>iCloud Mail always needs an app-specific password: create one at account.apple.com (Sign-In and Security, App-Specific Passwords) and enter it instead of your Apple Account password.</source>
        <translation>iCloud Mail vždy vyžaduje heslo pro konkrétní aplikaci: vytvořte si ho na account.apple.com (Přihlašování a zabezpečení, Hesla pro aplikace) a zadejte ho místo hesla k Apple Accountu.</translation>
    </message>
    <message>
        <source>If two-factor authentication is on for your Seznam account, mail programs need a separate application password: set it in your Seznam account under two-factor authentication and enter it here.</source>
        <translation>Pokud máte v účtu Seznam zapnuté dvoufázové ověření, poštovní programy potřebují samostatné heslo pro aplikace: nastavte ho v účtu Seznam v části Dvoufázové ověření a zadejte ho sem.</translation>
    </message>
    <message>
        <source>{provider_name} lets mail programs send only when access for them is switched on: in webmail, open the settings and switch on access for mail programs (IMAP, POP3, SMTP), then check the password and verify again.</source>
        <translation>{provider_name} dovolí poštovním programům odesílat, jen když je pro ně přístup zapnutý: ve webové poště otevřete nastavení a zapněte přístup pro poštovní programy (IMAP, POP3, SMTP), pak zkontrolujte heslo a ověřte znovu.</translation>
    </message>
    <message>
        <source>The real certificate of {provider_name} is trusted everywhere, so something between this computer and the server replaced it: usually antivirus e-mail scanning (turn off its scanning of encrypted e-mail) or a company proxy (ask IT). Never allow a self-signed certificate for {provider_name}.</source>
        <translation>Skutečnému certifikátu poskytovatele {provider_name} se důvěřuje všude, takže ho nahradilo něco mezi tímto počítačem a serverem: obvykle kontrola e-mailů v antiviru (vypněte v něm kontrolu šifrované pošty) nebo firemní proxy (zeptejte se IT podpory). Pro {provider_name} nikdy nepovolujte certifikát podepsaný sám sebou.</translation>
    </message>
    <message>
        <source>No certificate of {host} has been accepted yet, and a batch never accepts one on its own.</source>
        <translation>Pro {host} jste zatím nepřijali žádný certifikát a hromadné odesílání ho nikdy nepřijme samo.</translation>
    </message>
    <message>
        <source>Press Verify first: it shows the server&apos;s certificate and asks whether you trust it (on the command line: smtpdesk verify --trust-certificate with its SHA-256).</source>
        <translation>Nejprve klikněte na „Ověřit“: zobrazí certifikát serveru a zeptá se, zda mu důvěřujete (na příkazové řádce: smtpdesk verify --trust-certificate s jeho SHA-256).</translation>
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
        <translation>Komu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
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
        <translation>Ukázková schránka: sem přicházejí zprávy odeslané z profilu Demo a nic neopustí tento počítač.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) received.</source>
        <translation>
            <numerusform>Přijata %n zpráva.</numerusform>
            <numerusform>Přijaty %n zprávy.</numerusform>
            <numerusform>Přijato %n zpráv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Přijaté zprávy</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>No messages yet. Press Verify with the Demo profile to send a test message here.</source>
        <translation>Zatím žádné zprávy. Vyberte profil Demo a klikněte na „Ověřit“ – testovací zpráva přijde sem.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
</context>
<context>
    <name>IncomingRows</name>
    <message>
        <source>{provider} keeps a copy of every message it sends in Sent itself; smtpdesk adds no second one.</source>
        <translation>{provider} sám ukládá kopii každé odeslané zprávy do Odeslaných; smtpdesk druhou nepřidává.</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Server příchozí pošty (IMAP)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Zabezpečení komunikace</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keep a copy of every message in Sent</source>
        <translation>Uložit kopii každé zprávy do Odeslaných</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): a copy in Sent, bounces</source>
        <translation>Příchozí pošta (IMAP): kopie v Odeslaných, vrácené zprávy</translation>
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
        <translation>Uložit kop&amp;ii každé zprávy do Odeslaných</translation>
    </message>
    <message>
        <source>The server you read this mailbox from, as your provider&apos;s help page names it. smtpdesk signs in with the same user name and password.</source>
        <translation>Server, ze kterého čtete tuto schránku, jak ho uvádí nápověda vašeho poskytovatele. smtpdesk se přihlásí stejným přihlašovacím jménem a heslem.</translation>
    </message>
    <message>
        <source>Every message of a batch and Verify&apos;s test message go into the mailbox&apos;s Sent folder too, exactly as sent: proof for you and your colleagues.</source>
        <translation>Každá zpráva rozesílky i testovací zpráva při ověření se uloží také do složky Odeslané, přesně tak, jak byla odeslána: doklad pro vás i vaše kolegy.</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <source>This profile has no incoming server (IMAP). Add imap_host (and imap_port, imap_encryption) to its profile file to read bounces and keep copies in Sent.</source>
        <translation>Tento profil nemá server příchozí pošty (IMAP). Do souboru profilu doplňte imap_host (a imap_port, imap_encryption), aby bylo možné číst vrácené zprávy a ukládat kopie do Odeslaných.</translation>
    </message>
    <message>
        <source>The incoming server {host} could not be found.</source>
        <translation>Server příchozí pošty {host} se nepodařilo najít.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}. Check the incoming server and its port (993 for SSL/TLS, 143 for STARTTLS).</source>
        <translation>Na {host} na portu {port} nic neodpovídá. Zkontrolujte server příchozí pošty a jeho port (993 pro SSL/TLS, 143 pro STARTTLS).</translation>
    </message>
    <message>
        <source>The incoming server {host} did not answer in time.</source>
        <translation>Server příchozí pošty {host} neodpověděl včas.</translation>
    </message>
    <message>
        <source>The incoming server {host} does not offer STARTTLS, and smtpdesk never signs in without encryption. Choose SSL/TLS and port 993.</source>
        <translation>Server příchozí pošty {host} nenabízí STARTTLS a smtpdesk se nikdy nepřihlašuje bez zabezpečení. Zvolte SSL/TLS a port 993.</translation>
    </message>
    <message>
        <source>The certificate of the incoming server {host} is not trusted.</source>
        <translation>Certifikát serveru příchozí pošty {host} není důvěryhodný.</translation>
    </message>
    <message>
        <source>The certificate of the incoming server is issued for another name than {host}.</source>
        <translation>Certifikát serveru příchozí pošty je vydán pro jiný název než {host}.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed. Check that SSL/TLS or STARTTLS matches the port.</source>
        <translation>Zabezpečené spojení s {host} selhalo. Zkontrolujte, zda SSL/TLS nebo STARTTLS odpovídá portu.</translation>
    </message>
    <message>
        <source>The incoming server refused the user name or password (the same ones as for sending).</source>
        <translation>Server příchozí pošty odmítl přihlašovací jméno nebo heslo (stejné jako pro odesílání).</translation>
    </message>
    <message>
        <source>The incoming server offers no way to sign in that smtpdesk can use.</source>
        <translation>Server příchozí pošty nenabízí žádný způsob přihlášení, který by smtpdesk mohl použít.</translation>
    </message>
    <message>
        <source>No Sent folder was found in the mailbox.</source>
        <translation>Ve schránce nebyla nalezena složka Odeslané.</translation>
    </message>
    <message>
        <source>The incoming server reported a problem.</source>
        <translation>Server příchozí pošty ohlásil problém.</translation>
    </message>
    <message>
        <source>Delivery reports read: {reports}. Bounced: {bounced}. Delayed (still being retried, not counted as bounces): {delayed}.</source>
        <translation>Přečtené zprávy o doručení: {reports}. Vrácené: {bounced}. Zpožděné (doručení se ještě zkouší, nepočítají se jako vrácené): {delayed}.</translation>
    </message>
    <message>
        <source>Reports moved to {folder}: {moved}.</source>
        <translation>Zprávy přesunuté do {folder}: {moved}.</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>vrácená</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>zpožděná</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Inbox ({count})</source>
        <translation>Doručená pošta ({count})</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Doručená pošta</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>ukázkový režim</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
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
        <translation>Stránky</translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be read.</source>
        <translation>
            <numerusform>%n soubor s profilem nelze přečíst.</numerusform>
            <numerusform>%n soubory s profily nelze přečíst.</numerusform>
            <numerusform>%n souborů s profily nelze přečíst.</numerusform>
        </translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Můj profil</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>The profile {name} has changes that are not saved.</source>
        <translation>Profil {name} obsahuje neuložené změny.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Chcete je před pokračováním uložit?</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nový profil</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <source>A profile name cannot be empty or contain &lt; &gt; : &quot; / \ | ? *.</source>
        <translation>Název profilu nesmí být prázdný ani obsahovat &lt; &gt; : &quot; / \ | ? *.</translation>
    </message>
    <message>
        <source>A profile named {name} exists already.</source>
        <translation>Profil s názvem {name} už existuje.</translation>
    </message>
    <message>
        <source>Profile {name} deleted.</source>
        <translation>Profil {name} byl smazán.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Smazat profil</translation>
    </message>
    <message>
        <source>Delete the profile {name}?</source>
        <translation>Smazat profil {name}?</translation>
    </message>
    <message>
        <source>Its settings and its stored password are removed. Sent batches are kept.</source>
        <translation>Odstraní se jeho nastavení i uložené heslo. Odeslané rozesílky zůstanou zachovány.</translation>
    </message>
    <message>
        <source>Profile {name} saved.</source>
        <translation>Profil {name} byl uložen.</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n zpráva za minutu</numerusform>
            <numerusform>%n zprávy za minutu</numerusform>
            <numerusform>%n zpráv za minutu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n zpráva za hodinu</numerusform>
            <numerusform>%n zprávy za hodinu</numerusform>
            <numerusform>%n zpráv za hodinu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n zpráva za den</numerusform>
            <numerusform>%n zprávy za den</numerusform>
            <numerusform>%n zpráv za den</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileWords</name>
    <message>
        <source>missing or empty</source>
        <translation>chybí nebo je prázdné</translation>
    </message>
    <message>
        <source>this name cannot be used: a name cannot contain &lt; &gt; : &quot; / \ | ? * or start or end with a space, and cannot be a name Windows keeps for itself</source>
        <translation>tento název nelze použít: název nesmí obsahovat &lt; &gt; : &quot; / \ | ? *, začínat ani končit mezerou a nesmí to být název, který si Windows vyhrazují pro sebe</translation>
    </message>
    <message>
        <source>this is not a server name (write it like smtp.example.com)</source>
        <translation>toto není název serveru (zadejte ho ve tvaru smtp.example.com)</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>port musí být číslo od 1 do 65535</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>použijte jednu z hodnot: {choices}</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>toto není e-mailová adresa</translation>
    </message>
    <message>
        <source>the user name starts or ends with a space</source>
        <translation>přihlašovací jméno začíná nebo končí mezerou</translation>
    </message>
    <message>
        <source>must be a whole number above 0</source>
        <translation>musí být celé číslo větší než 0</translation>
    </message>
    <message>
        <source>must be a number of seconds from 1 to 600</source>
        <translation>musí být počet sekund od 1 do 600</translation>
    </message>
    <message>
        <source>needs the incoming server (imap_host)</source>
        <translation>potřebuje server příchozí pošty (imap_host)</translation>
    </message>
    <message>
        <source>must be an https:// address</source>
        <translation>musí být adresa https://</translation>
    </message>
    <message>
        <source>must be a tenant ID, a domain, common, organizations or consumers</source>
        <translation>musí být ID tenanta, doména, common, organizations nebo consumers</translation>
    </message>
    <message>
        <source>smtpdesk does not know this key</source>
        <translation>smtpdesk tento klíč nezná</translation>
    </message>
    <message>
        <source>the value has the wrong type (a whole number, true or false, or text in quotes)</source>
        <translation>hodnota má nesprávný typ (celé číslo, true nebo false, nebo text v uvozovkách)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>soubor nelze přečíst</translation>
    </message>
    <message>
        <source>the file is not a valid profile (TOML)</source>
        <translation>soubor není platný profil (TOML)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a profile (brackets within brackets)</source>
        <translation>soubor je příliš hluboko vnořený, než aby mohl být profilem (závorky v závorkách)</translation>
    </message>
    <message>
        <source>an address in the message is not valid</source>
        <translation>adresa ve zprávě není platná</translation>
    </message>
    <message>
        <source>a line break or a control character would land in a header</source>
        <translation>zalomení řádku nebo řídicí znak by se dostal do hlavičky zprávy</translation>
    </message>
    <message>
        <source>text that cannot be written as UTF-8</source>
        <translation>text, který nelze zapsat v UTF-8</translation>
    </message>
    <message>
        <source>an attachment cannot be read</source>
        <translation>přílohu nelze přečíst</translation>
    </message>
    <message>
        <source>an attachment is a folder or a device, not a file</source>
        <translation>příloha je složka nebo zařízení, ne soubor</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, řádek {line}</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>nebyla zadána adresa</translation>
    </message>
    <message>
        <source>“{address}” has no valid domain after the @</source>
        <translation>„{address}“ nemá za @ platnou doménu</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address</source>
        <translation>„{address}“ není platná e-mailová adresa</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Soubor {file} nelze přečíst.</translation>
    </message>
    <message>
        <source>The file {file} is not a text file.</source>
        <translation>Soubor {file} není textový soubor.</translation>
    </message>
    <message>
        <source>The file {file} mixes two encodings (line {utf8} is UTF-8, line {other} is not); save it again as UTF-8.</source>
        <translation>Soubor {file} míchá dvě kódování (řádek {utf8} je v UTF-8, řádek {other} ne); uložte ho znovu v UTF-8.</translation>
    </message>
    <message>
        <source>The file {file} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>Soubor {file} není text v UTF-8; uložte ho znovu v UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Add a new sending profile</source>
        <translation>Přidá nový profil pro odesílání</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>Zkopíruje vybraný profil</translation>
    </message>
    <message>
        <source>Rename the selected profile (F2)</source>
        <translation>Přejmenuje vybraný profil (F2)</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>Pro&amp;fily</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Přid&amp;at</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikovat</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Pře&amp;jmenovat</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>Delete the selected profile and its stored password</source>
        <translation>Smaže vybraný profil i jeho uložené heslo</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Zatím neuloženo</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Other / own server</source>
        <translation>Jiný / vlastní server</translation>
    </message>
    <message>
        <source>Choose your provider to fill in its server settings</source>
        <translation>Vyberte svého poskytovatele, nastavení serveru se vyplní samo</translation>
    </message>
    <message>
        <source>{provider} uses the server {host}. &lt;a href=&quot;apply&quot;&gt;Use its settings&lt;/a&gt;</source>
        <translation>{provider} používá server {host}. &lt;a href=&quot;apply&quot;&gt;Použít jeho nastavení&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Looking for the settings of {domain}… &lt;a href=&quot;cancel&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Hledá se nastavení pro {domain}… &lt;a href=&quot;cancel&quot;&gt;Zastavit&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No settings found for {domain}. Your provider&apos;s help page lists the outgoing mail (SMTP) server; enter it below.</source>
        <translation>Pro {domain} nebylo nalezeno žádné nastavení. Adresu serveru odchozí pošty (SMTP) najdete na stránkách nápovědy svého poskytovatele; zadejte ji níže.</translation>
    </message>
    <message>
        <source>Settings for {provider} filled in.</source>
        <translation>Nastavení pro {provider} bylo vyplněno.</translation>
    </message>
    <message>
        <source>Found a mail server at {host}, port {port}.</source>
        <translation>Na adrese {host} byl nalezen poštovní server, port {port}.</translation>
    </message>
    <message>
        <source>Checking which port {host} answers on… &lt;a href=&quot;cancel&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Zjišťuje se, na kterém portu odpovídá {host}… &lt;a href=&quot;cancel&quot;&gt;Zastavit&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{provider} does not publish the port: {port} is a guess. Verify tells whether it is right.</source>
        <translation>{provider} port nezveřejňuje, {port} je proto jen odhad. Zda je správný, zjistíte tlačítkem „Ověřit“.</translation>
    </message>
    <message numerus="yes">
        <source>Limit: %n message(s) a day.</source>
        <translation>
            <numerusform>Limit: %n zpráva za den.</numerusform>
            <numerusform>Limit: %n zprávy za den.</numerusform>
            <numerusform>Limit: %n zpráv za den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with Google instead of a password</source>
        <translation>Přihlásit se účtem Google místo hesla</translation>
    </message>
    <message>
        <source>Sign in with Microsoft instead of a password</source>
        <translation>Přihlásit se účtem Microsoft místo hesla</translation>
    </message>
    <message>
        <source>Provider&apos;s help page</source>
        <translation>Nápověda poskytovatele</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Složka</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Soubor %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Jednotka</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Hledat v:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Typ souborů:</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Postranní panel</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Opravdu chcete smazat „%1“?</translation>
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
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Neukládat</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ano &amp;všem</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e všem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Uložit vše</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Přerušit</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opakovat</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorovat</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Obnovit výchozí</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opakovat</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Vyj&amp;mout</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopírovat &amp;adresu odkazu</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Vložit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vybrat vše</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Odesílá se</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odeslaná</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Bude odeslána znovu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neúspěšná</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Nejistá</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušená</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Vrácená</translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation>Přijato serverem</translation>
    </message>
    <message>
        <source>Marked as sent by you</source>
        <translation>Ručně označeno jako odeslané</translation>
    </message>
    <message>
        <source>Came back: not delivered</source>
        <translation>Vráceno: nedoručeno</translation>
    </message>
    <message>
        <source>Accepted; no copy in Sent</source>
        <translation>Přijato; bez kopie v Odeslaných</translation>
    </message>
    <message>
        <source>Accepted; the provider keeps the copy in Sent</source>
        <translation>Přijato; kopii v Odeslaných ukládá poskytovatel</translation>
    </message>
    <message>
        <source>The connection broke before the server confirmed</source>
        <translation>Spojení se přerušilo před potvrzením serveru</translation>
    </message>
    <message>
        <source>Interrupted while sending (the app was closed)</source>
        <translation>Přerušeno během odesílání (program byl zavřen)</translation>
    </message>
    <message>
        <source>The server refused this address</source>
        <translation>Server tuto adresu odmítl</translation>
    </message>
    <message>
        <source>The server asked to slow down</source>
        <translation>Server požádal o zpomalení</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Žádná odpověď v časovém limitu</translation>
    </message>
    <message>
        <source>Message too large for the server</source>
        <translation>Zpráva je pro server příliš velká</translation>
    </message>
    <message>
        <source>An attachment file is missing</source>
        <translation>Chybí soubor přílohy</translation>
    </message>
    <message>
        <source>An attachment is no longer a regular file</source>
        <translation>Příloha už není běžný soubor</translation>
    </message>
    <message>
        <source>A merge value has a line break where none may be</source>
        <translation>Hodnota pole obsahuje nepovolené zalomení řádku</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>Server odmítl adresu odesílatele</translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation>Server ohlásil problém</translation>
    </message>
    <message>
        <source>The server name was not found</source>
        <translation>Název serveru nebyl nalezen</translation>
    </message>
    <message>
        <source>Nothing answers on the server&apos;s port</source>
        <translation>Na portu serveru nic neodpovídá</translation>
    </message>
    <message>
        <source>The encryption does not match the port</source>
        <translation>Zabezpečení neodpovídá portu</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Server nenabízí STARTTLS</translation>
    </message>
    <message>
        <source>The certificate is for another server name</source>
        <translation>Certifikát je vystaven pro jiný název serveru</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>Server odmítl přihlašovací jméno nebo heslo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Odpověď serveru</translation>
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
        <translation>Rozesílka {number}</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problémy</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID zprávy</translation>
    </message>
    <message>
        <source>Queue ({done}/{total})</source>
        <translation>Fronta ({done}/{total})</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fronta</translation>
    </message>
    <message>
        <source>Batches sent so far</source>
        <translation>Dosud odeslané rozesílky</translation>
    </message>
    <message>
        <source>Send a follow-up to this batch&apos;s recipients, e.g. only to those who have not answered yet</source>
        <translation>Pošle navazující zprávu příjemcům této rozesílky, např. jen těm, kteří ještě neodpověděli</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Smazat rozesílku</translation>
    </message>
    <message>
        <source>Remove this batch and its recipients&apos; data</source>
        <translation>Odstraní tuto rozesílku i údaje jejích příjemců</translation>
    </message>
    <message>
        <source>Stop after the messages being sent right now; nothing is lost</source>
        <translation>Zastaví se, jakmile se dokončí zprávy, které se právě odesílají; nic se neztratí</translation>
    </message>
    <message>
        <source>Continue sending this batch</source>
        <translation>Pokračuje v odesílání této rozesílky</translation>
    </message>
    <message>
        <source>Do not send the messages still waiting</source>
        <translation>Zprávy, které ještě čekají, se neodešlou</translation>
    </message>
    <message>
        <source>Send the failed and postponed messages again</source>
        <translation>Znovu odešle neúspěšné a odložené zprávy</translation>
    </message>
    <message>
        <source>All rows to CSV…</source>
        <translation>Všechny řádky do CSV…</translation>
    </message>
    <message>
        <source>Failed and uncertain rows to CSV…</source>
        <translation>Neúspěšné a nejisté řádky do CSV…</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>Všichni příjemci</translation>
    </message>
    <message>
        <source>Problems (failed, uncertain, retrying)</source>
        <translation>Problémy (neúspěšné, nejisté, k opakování)</translation>
    </message>
    <message>
        <source>Recipients of the batch</source>
        <translation>Příjemci rozesílky</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Průběh rozesílky</translation>
    </message>
    <message>
        <source>No batch yet. Load recipients and write the message on the Batch page, then press Send.</source>
        <translation>Zatím žádná rozesílka. Na stránce Rozesílka načtěte příjemce a napište zprávu, potom klikněte na „Odeslat…“.</translation>
    </message>
    <message>
        <source>#{batch} · {when} · {subject} · {sent}/{total} sent</source>
        <translation>#{batch} · {when} · {subject} · odesláno {sent}/{total}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n message(s) sent</source>
        <translation>
            <numerusform>Odesláno {done} z %n zprávy</numerusform>
            <numerusform>Odesláno {done} z %n zpráv</numerusform>
            <numerusform>Odesláno {done} z %n zpráv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n neúspěšná</numerusform>
            <numerusform>%n neúspěšné</numerusform>
            <numerusform>%n neúspěšných</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n nejistá</numerusform>
            <numerusform>%n nejisté</numerusform>
            <numerusform>%n nejistých</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n bude zopakována</numerusform>
            <numerusform>%n budou zopakovány</numerusform>
            <numerusform>%n bude zopakováno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n zrušená</numerusform>
            <numerusform>%n zrušené</numerusform>
            <numerusform>%n zrušených</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n zatím neodeslaná</numerusform>
            <numerusform>%n zatím neodeslané</numerusform>
            <numerusform>%n zatím neodeslaných</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch cannot be sent: {reason}</source>
        <translation>Tuto rozesílku nelze odeslat: {reason}</translation>
    </message>
    <message>
        <source>Batch {batch} is being sent by another smtpdesk right now (another window or the command line). Wait until it ends.</source>
        <translation>Rozesílku {batch} právě odesílá jiná instance smtpdesk (jiné okno nebo příkazový řádek). Počkejte, až skončí.</translation>
    </message>
    <message>
        <source>The profile {name} of this batch no longer exists. Create it again on the Settings page to continue.</source>
        <translation>Profil {name} této rozesílky už neexistuje. Pro pokračování ho znovu vytvořte na stránce Nastavení.</translation>
    </message>
    <message>
        <source>The profile {name} is not signed in. Press Sign in on the Settings page, then press Continue.</source>
        <translation>Profil {name} není přihlášen. Na stránce Nastavení klikněte na „Přihlásit se“ a potom na „Pokračovat“.</translation>
    </message>
    <message>
        <source>There is no password for the profile {name}. Enter it on the Settings page, then press Continue.</source>
        <translation>Pro profil {name} není zadáno heslo. Zadejte ho na stránce Nastavení a potom klikněte na „Pokračovat“.</translation>
    </message>
    <message>
        <source>Cancel the batch?</source>
        <translation>Zrušit rozesílku?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet will not be sent.</source>
        <translation>
            <numerusform>%n zatím neodeslaná zpráva se neodešle.</numerusform>
            <numerusform>%n zatím neodeslané zprávy se neodešlou.</numerusform>
            <numerusform>%n zatím neodeslaných zpráv se neodešle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages already sent stay sent. You can send the cancelled ones later with a reminder.</source>
        <translation>Již odeslané zprávy zůstanou odeslané. Zrušené zprávy můžete odeslat později pomocí připomínky.</translation>
    </message>
    <message>
        <source>Sending stopped because of an error in smtpdesk: {error}</source>
        <translation>Odesílání se zastavilo kvůli chybě v programu smtpdesk: {error}</translation>
    </message>
    <message>
        <source>{done} of {total} ({percent} %)</source>
        <translation>{done} z {total} ({percent} %)</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pozastaveno.</translation>
    </message>
    <message>
        <source>keeping to the server&apos;s pace of {pace}</source>
        <translation>dodržuje se tempo serveru: {pace}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n zpráva za minutu</numerusform>
            <numerusform>%n zprávy za minutu</numerusform>
            <numerusform>%n zpráv za minutu</numerusform>
        </translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>ještě asi {duration}</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Rozesílka:</translation>
    </message>
    <message>
        <source>Ne&amp;w reminder…</source>
        <translation>&amp;Nová připomínka…</translation>
    </message>
    <message>
        <source>De&amp;lete batch</source>
        <translation>S&amp;mazat rozesílku</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>P&amp;ozastavit</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Pokračovat</translation>
    </message>
    <message>
        <source>Ca&amp;ncel batch</source>
        <translation>Zr&amp;ušit rozesílku</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Zno&amp;vu odeslat neúspěšné</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exportovat</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zobrazit:</translation>
    </message>
    <message>
        <source>D&amp;ecide…</source>
        <translation>Roz&amp;hodnout…</translation>
    </message>
    <message>
        <source>Not finished: press Continue to send the rest.</source>
        <translation>Nedokončeno: zbytek odešlete tlačítkem „Pokračovat“.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n zpráva za hodinu</numerusform>
            <numerusform>%n zprávy za hodinu</numerusform>
            <numerusform>%n zpráv za hodinu</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily sending limit reached: continues {when}.</source>
        <translation>Byl dosažen denní limit odesílání: pokračuje se {when}.</translation>
    </message>
    <message>
        <source>Keeping to the sending limit: next message {when}.</source>
        <translation>Dodržuje se limit odesílání: další zpráva {when}.</translation>
    </message>
    <message>
        <source>Keeping to the server&apos;s pace: next message {when}.</source>
        <translation>Dodržuje se tempo serveru: další zpráva {when}.</translation>
    </message>
    <message>
        <source>The server asked to slow down: continuing {when}.</source>
        <translation>Server požádal o zpomalení: pokračuje se {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be retried {when}.</source>
        <translation>
            <numerusform>%n zpráva se zkusí odeslat znovu {when}.</numerusform>
            <numerusform>%n zprávy se zkusí odeslat znovu {when}.</numerusform>
            <numerusform>%n zpráv se zkusí odeslat znovu {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hotovo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>Sending stopped: {what}{reply} {step}</source>
        <translation>Odesílání se zastavilo: {what}{reply} {step}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived: the connection broke before the server confirmed. Nothing is sent twice unless you say so.</source>
        <translation>
            <numerusform>%n zpráva možná dorazila, možná ne: spojení se přerušilo dřív, než ji server potvrdil. Nic se neodešle dvakrát, pokud to sami nezvolíte.</numerusform>
            <numerusform>%n zprávy možná dorazily, možná ne: spojení se přerušilo dřív, než je server potvrdil. Nic se neodešle dvakrát, pokud to sami nezvolíte.</numerusform>
            <numerusform>%n zpráv možná dorazilo, možná ne: spojení se přerušilo dřív, než je server potvrdil. Nic se neodešle dvakrát, pokud to sami nezvolíte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Export řádků</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Soubory CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>Soubor {file} nelze zapsat: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n row(s) in {file}.</source>
        <translation>
            <numerusform>Uloženo: %n řádek do souboru {file}.</numerusform>
            <numerusform>Uloženo: %n řádky do souboru {file}.</numerusform>
            <numerusform>Uloženo: %n řádků do souboru {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otevřít složku</translation>
    </message>
    <message>
        <source>Delete batch {batch} and its recipients&apos; data?</source>
        <translation>Smazat rozesílku {batch} i údaje jejích příjemců?</translation>
    </message>
    <message>
        <source>The list of recipients, their merge fields and the results are removed from this computer. Sent messages cannot be called back.</source>
        <translation>Seznam příjemců, jejich pole a výsledky odeslání budou z tohoto počítače odstraněny. Odeslané zprávy už nelze vzít zpět.</translation>
    </message>
    <message>
        <source>Batch {batch} ended</source>
        <translation>Rozesílka {batch} skončila</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>“{address}” is not a valid e-mail address</source>
        <translation>„{address}“ není platná e-mailová adresa</translation>
    </message>
    <message>
        <source>The row has no e-mail address</source>
        <translation>Řádek neobsahuje e-mailovou adresu</translation>
    </message>
    <message>
        <source>The attachment {file} does not exist</source>
        <translation>Příloha {file} neexistuje</translation>
    </message>
    <message>
        <source>The attachment {file} is not in the list&apos;s folder: only files in that folder or below it are sent</source>
        <translation>Příloha {file} není ve složce seznamu: odesílají se jen soubory v této složce nebo jejích podsložkách</translation>
    </message>
    <message>
        <source>The attachment {file} is a folder or a device, not a file</source>
        <translation>Příloha {file} je složka nebo zařízení, ne soubor</translation>
    </message>
    <message>
        <source>The attachment {file} is larger than 25 MB</source>
        <translation>Příloha {file} je větší než 25 MB</translation>
    </message>
    <message>
        <source>A cell in {column} has a line break; merge values must be one line</source>
        <translation>Buňka ve sloupci {column} obsahuje zalomení řádku; hodnoty polí musí být na jednom řádku</translation>
    </message>
    <message>
        <source>The same as row {row}: sent once</source>
        <translation>Stejné jako řádek {row}: odešle se jen jednou</translation>
    </message>
    <message>
        <source>The column name {column} appears more than once</source>
        <translation>Název sloupce {column} se vyskytuje vícekrát</translation>
    </message>
    <message>
        <source>No column holds the e-mail addresses: name one “email” or “e-mail”</source>
        <translation>Žádný sloupec neobsahuje e-mailové adresy: pojmenujte jeden „e-mail“ nebo „email“</translation>
    </message>
    <message>
        <source>The file has no recipients</source>
        <translation>Soubor neobsahuje žádné příjemce</translation>
    </message>
    <message>
        <source>The file has no column {column} to name each recipient&apos;s files</source>
        <translation>Soubor nemá sloupec {column}, který by uváděl soubory jednotlivých příjemců</translation>
    </message>
    <message>
        <source>There is no column named {name}</source>
        <translation>Neexistuje sloupec s názvem {name}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>řádek {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Own files</source>
        <translation>Vlastní přílohy</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation>Nová připomínka</translation>
    </message>
    <message>
        <source>A reminder goes to recipients of batch {batch} with the same merge fields. Choose who gets it, and leave out the people who already answered.</source>
        <translation>Připomínka se pošle příjemcům rozesílky {batch} se stejnými poli. Vyberte, kdo ji dostane, a vynechejte ty, kteří už odpověděli.</translation>
    </message>
    <message>
        <source>Send to the recipients whose message was:</source>
        <translation>Poslat příjemcům, jejichž zpráva je ve stavu:</translation>
    </message>
    <message>
        <source>Leave out addresses in a file…</source>
        <translation>Vynechat adresy ze souboru…</translation>
    </message>
    <message>
        <source>Nobody left out.</source>
        <translation>Nikdo není vynechán.</translation>
    </message>
    <message>
        <source>Reminder: {subject}</source>
        <translation>Připomínka: {subject}</translation>
    </message>
    <message>
        <source>Prepare reminder</source>
        <translation>Připravit připomínku</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Soubor {file} nelze přečíst: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n address(es) from {file}.</source>
        <translation>
            <numerusform>Vynechává se %n adresa ze souboru {file}.</numerusform>
            <numerusform>Vynechávají se %n adresy ze souboru {file}.</numerusform>
            <numerusform>Vynechává se %n adres ze souboru {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses to leave out</source>
        <translation>Adresy k vynechání</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.csv *.xlsx *.ods *.txt);;All files (*)</source>
        <translation>Tabulky a text (*.csv *.xlsx *.ods *.txt);;Všechny soubory (*)</translation>
    </message>
    <message numerus="yes">
        <source>The reminder will go to %n recipient(s).</source>
        <translation>
            <numerusform>Připomínka bude odeslána %n příjemci.</numerusform>
            <numerusform>Připomínka bude odeslána %n příjemcům.</numerusform>
            <numerusform>Připomínka bude odeslána %n příjemcům.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Messages per minute</source>
        <translation>Zpráv za minutu</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Zpráv za hodinu</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Zpráv za den</translation>
    </message>
    <message>
        <source>Messages per connection</source>
        <translation>Zpráv na spojení</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Časový limit</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID klienta</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Tajný klíč klienta</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Outgoing mail settings (SMTP)</source>
        <translation>Nastavení připojení k SMTP serveru</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not to the sender</source>
        <translation>Nepovinné: kam mají chodit odpovědi, pokud ne odesílateli</translation>
    </message>
    <message>
        <source>Optional: a copy of every message sent goes to this address (your archive)</source>
        <translation>Nepovinné: kopie každé odeslané zprávy půjde na tuto adresu (váš archiv)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Bez zabezpečení</translation>
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
        <translation>Jen pro váš vlastní nebo firemní server. smtpdesk při prvním připojení zobrazí otisk certifikátu serveru, po přijetí si ho zapamatuje a upozorní vás, pokud se někdy změní. U veřejného poskytovatele, jako je Gmail nebo Seznam, tuto volbu nikdy nezapínejte.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Upozornění</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Bez omezení</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Advanced: sending &amp;limits, timeouts, incoming server</source>
        <translation>Rozšířené: &amp;limity odesílání, časové limity, server příchozí pošty</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>Uloží tento profil (Ctrl+S)</translation>
    </message>
    <message>
        <source>please fill this in.</source>
        <translation>vyplňte prosím.</translation>
    </message>
    <message>
        <source>this is not a server name. Write it like smtp.example.com, without http:// or a port.</source>
        <translation>toto není název serveru. Zadejte ho ve tvaru smtp.example.com, bez http:// a bez portu.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>port musí být číslo od 1 do 65535.</translation>
    </message>
    <message>
        <source>remove the spaces at the start or the end.</source>
        <translation>odstraňte mezery na začátku nebo na konci.</translation>
    </message>
    <message>
        <source>must be a whole number above 0.</source>
        <translation>musí být celé číslo větší než 0.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 seconds.</source>
        <translation>musí být v rozmezí 1 až 600 sekund.</translation>
    </message>
    <message>
        <source>write the tenant&apos;s domain or ID, or leave it empty.</source>
        <translation>zadejte doménu nebo ID tenanta, nebo pole nechte prázdné.</translation>
    </message>
    <message>
        <source>a copy in Sent needs the incoming server above.</source>
        <translation>kopie v Odeslaných potřebuje výše uvedený server příchozí pošty.</translation>
    </message>
    <message>
        <source>this value cannot be used.</source>
        <translation>tuto hodnotu nelze použít.</translation>
    </message>
    <message>
        <source>To save, fill in: {fields}.</source>
        <translation>Pro uložení vyplňte: {fields}.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red to save.</source>
        <translation>Pro uložení opravte červeně označená pole.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skrýt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Zobrazí nebo skryje heslo</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>Uloženo — pro změnu zadejte nové heslo</translation>
    </message>
    <message>
        <source>A profile named {name} exists already. Rename this one in the list.</source>
        <translation>Profil s názvem {name} už existuje. Přejmenujte tento profil v seznamu.</translation>
    </message>
    <message>
        <source>The profile could not be saved: {error}</source>
        <translation>Profil nelze uložit: {error}</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store), so the password was not saved. smtpdesk keeps it until you close the program.</source>
        <translation>Tento počítač nemá úložiště hesel, proto heslo nebylo uloženo. smtpdesk si ho pamatuje, dokud program nezavřete.</translation>
    </message>
    <message>
        <source>enter the password to verify.</source>
        <translation>pro ověření zadejte heslo.</translation>
    </message>
    <message>
        <source>Sign in without encryption?</source>
        <translation>Přihlásit se bez zabezpečení?</translation>
    </message>
    <message>
        <source>Your user name and password would cross the network readable by anyone on the way.</source>
        <translation>Vaše přihlašovací jméno a heslo by šly sítí nešifrovaně a mohl by si je přečíst kdokoli po cestě.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS unless this is a test server on your own network. Send the password anyway?</source>
        <translation>Pokud nejde o testovací server ve vaší vlastní síti, zvolte STARTTLS nebo SSL/TLS. Přesto heslo odeslat?</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Ověřit</translation>
    </message>
    <message>
        <source>The name and address your recipients see, for example {example}</source>
        <translation>Jméno a adresa, které uvidí příjemci, například {example}</translation>
    </message>
    <message>
        <source>Se&amp;nder</source>
        <translation>Adr&amp;esa odesílatele</translation>
    </message>
    <message>
        <source>Prov&amp;ider</source>
        <translation>Posky&amp;tovatel</translation>
    </message>
    <message>
        <source>Repl&amp;y-to</source>
        <translation>Ad&amp;resa pro odpovědi</translation>
    </message>
    <message>
        <source>Us&amp;er name</source>
        <translation>Přihlašova&amp;cí jméno</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Heslo</translation>
    </message>
    <message>
        <source>En&amp;cryption</source>
        <translation>Zabezpečení &amp;komunikace</translation>
    </message>
    <message>
        <source>Por&amp;t</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Adresa S&amp;MTP serveru</translation>
    </message>
    <message>
        <source>&amp;BCC archive</source>
        <translation>Skr&amp;ytá kopie do archivu</translation>
    </message>
    <message>
        <source>Sign-in met&amp;hod</source>
        <translation>&amp;Způsob přihlášení</translation>
    </message>
    <message>
        <source>Server re&amp;quires sign-in</source>
        <translation>SMTP ser&amp;ver vyžaduje autentizaci</translation>
    </message>
    <message>
        <source>Allo&amp;w self-signed certificate (own server only)</source>
        <translation>Povolit certifikát podepsa&amp;ný sám sebou (jen vlastní server)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Jan Novák &lt;info@novak.cz&gt;</source>
        <comment>a sample sender: a name and an address as written in your country</comment>
        <translation>Jan Novák &lt;info@novak.cz&gt;</translation>
    </message>
    <message>
        <source>this is not an e-mail address. Write it like {address} or {example}.</source>
        <translation>toto není e-mailová adresa. Zadejte ji ve tvaru {address} nebo {example}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Stop the verify (Ctrl+Enter)</source>
        <translation>Zastaví ověřování (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Connect, sign in and send a test message to the sender (Ctrl+Enter)</source>
        <translation>Připojí se, přihlásí a pošle testovací zprávu odesílateli (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SignInRows</name>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>OAuth2: sign in with Google</source>
        <translation>OAuth2: přihlášení účtem Google</translation>
    </message>
    <message>
        <source>OAuth2: sign in with Microsoft 365</source>
        <translation>OAuth2: přihlášení účtem Microsoft 365</translation>
    </message>
    <message>
        <source>OAuth2: the profile&apos;s own sign-in server</source>
        <translation>OAuth2: vlastní přihlašovací server profilu</translation>
    </message>
    <message>
        <source>Google and Microsoft 365 accounts sign in through your browser (OAuth2) instead of with a password</source>
        <translation>Účty Google a Microsoft 365 se nepřihlašují heslem, ale přes prohlížeč (OAuth2)</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Zrušit přihlášení</translation>
    </message>
    <message>
        <source>Si&amp;gn in with Google</source>
        <translation>Přihlásit se účtem &amp;Google</translation>
    </message>
    <message>
        <source>Si&amp;gn in with Microsoft</source>
        <translation>Př&amp;ihlásit se účtem Microsoft</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>Př&amp;ihlásit se</translation>
    </message>
    <message>
        <source>Opens your browser; after you allow access, smtpdesk keeps the sign-in in the system keyring</source>
        <translation>Otevře prohlížeč; po povolení přístupu si smtpdesk uloží přihlášení do systémového úložiště hesel</translation>
    </message>
    <message>
        <source>The application&apos;s client ID, registered by whoever set up smtpdesk for your organisation (README: Setting up OAuth2)</source>
        <translation>ID klienta aplikace, které zaregistroval ten, kdo smtpdesk pro vaši organizaci nastavoval (README: Setting up OAuth2)</translation>
    </message>
    <message>
        <source>Provided by this build</source>
        <translation>Součást této verze programu</translation>
    </message>
    <message>
        <source>Signed in. The sign-in is kept in the system keyring.</source>
        <translation>Přihlášeno. Přihlášení je uloženo v systémovém úložišti hesel.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Zatím nepřihlášeno.</translation>
    </message>
    <message>
        <source>Signed in until smtpdesk closes: this computer has no keyring (password store) to keep the sign-in, so you will sign in again next time.</source>
        <translation>Přihlášení platí, dokud smtpdesk nezavřete: tento počítač nemá úložiště hesel, kam by se přihlášení dalo uložit, takže se příště budete muset přihlásit znovu.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Přihlášeno</translation>
    </message>
    <message>
        <source>smtpdesk is signed in. You can close this tab.</source>
        <translation>smtpdesk je přihlášen. Tuto kartu můžete zavřít.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Přihlášení nebylo dokončeno</translation>
    </message>
    <message>
        <source>smtpdesk was not signed in. You can close this tab and try again.</source>
        <translation>smtpdesk se nepřihlásil. Tuto kartu můžete zavřít a zkusit to znovu.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Čeká se na vaše přihlášení v prohlížeči…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser… If no browser opened, &lt;a href=&quot;{url}&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Čeká se na vaše přihlášení v prohlížeči… Pokud se prohlížeč neotevřel, &lt;a href=&quot;{url}&quot;&gt;otevřete přihlašovací stránku&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>✓ Signed in as {account}.</source>
        <translation>✓ Přihlášeno jako {account}.</translation>
    </message>
    <message>
        <source>✓ Signed in.</source>
        <translation>✓ Přihlášeno.</translation>
    </message>
    <message>
        <source>✗ Access was not allowed in the browser.</source>
        <translation>✗ Přístup nebyl v prohlížeči povolen.</translation>
    </message>
    <message>
        <source>✗ The sign-in was not finished in time. Try again.</source>
        <translation>✗ Přihlášení nebylo dokončeno včas. Zkuste to znovu.</translation>
    </message>
    <message>
        <source>✗ The provider refused the sign-in ({detail}). Check the client ID.</source>
        <translation>✗ Poskytovatel přihlášení odmítl ({detail}). Zkontrolujte ID klienta.</translation>
    </message>
    <message>
        <source>✗ This profile cannot sign in yet: {detail}</source>
        <translation>✗ Tento profil se zatím nemůže přihlásit: {detail}</translation>
    </message>
    <message>
        <source>✗ The sign-in server could not be reached ({detail}).</source>
        <translation>✗ K přihlašovacímu serveru se nepodařilo připojit ({detail}).</translation>
    </message>
    <message>
        <source>sign in first (the button above).</source>
        <translation>nejdříve se přihlaste (tlačítkem výše).</translation>
    </message>
</context>
<context>
    <name>SmimeRow</name>
    <message>
        <source>The signing certificate file cannot be found or read.</source>
        <translation>Soubor s podpisovým certifikátem nelze najít nebo přečíst.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 certificate file (.p12, .pfx).</source>
        <translation>Toto není soubor s certifikátem PKCS#12 (.p12, .pfx).</translation>
    </message>
    <message>
        <source>The signing certificate needs its password.</source>
        <translation>Podpisový certifikát vyžaduje heslo k certifikátu.</translation>
    </message>
    <message>
        <source>The password of the signing certificate is wrong.</source>
        <translation>Heslo k podpisovému certifikátu je nesprávné.</translation>
    </message>
    <message>
        <source>The file holds no private key for its certificate. Export the certificate again together with its private key.</source>
        <translation>Soubor neobsahuje soukromý klíč k certifikátu. Vyexportujte certifikát znovu i se soukromým klíčem.</translation>
    </message>
    <message>
        <source>This kind of key cannot sign e-mail. Use an RSA or EC certificate.</source>
        <translation>Tímto typem klíče nelze podepisovat e-maily. Použijte certifikát RSA nebo EC.</translation>
    </message>
    <message>
        <source>The signing certificate has expired. Choose a new one or remove it.</source>
        <translation>Platnost podpisového certifikátu vypršela. Vyberte nový, nebo ho odeberte.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation>Podpisový certifikát ještě není platný.</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store) for the certificate&apos;s password. Enter it in Settings (it is kept until smtpdesk closes) or set the environment variable SMTPDESK_SMIME_PASSWORD.</source>
        <translation>Tento počítač nemá úložiště hesel pro heslo k certifikátu. Zadejte ho v Nastavení (smtpdesk si ho pamatuje, dokud program nezavřete) nebo ho nastavte v proměnné prostředí SMTPDESK_SMIME_PASSWORD.</translation>
    </message>
    <message>
        <source>This computer has no keyring (password store): the certificate&apos;s password is kept only until smtpdesk closes.</source>
        <translation>Tento počítač nemá úložiště hesel: smtpdesk si heslo k certifikátu pamatuje jen do zavření programu.</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Vyberte podpisový certifikát</translation>
    </message>
    <message>
        <source>Certificates with private key (*.p12 *.pfx);;All files (*)</source>
        <translation>Certifikáty se soukromým klíčem (*.p12 *.pfx);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Password of the signing certificate</source>
        <translation>Heslo k podpisovému certifikátu</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file {name}. smtpdesk keeps it in the system keyring.</source>
        <translation>Zadejte heslo k souboru s certifikátem {name}. smtpdesk ho uloží do systémového úložiště hesel.</translation>
    </message>
    <message>
        <source>Enter the password of the certificate file {name}. This computer has no keyring, so smtpdesk keeps it only until it closes.</source>
        <translation>Zadejte heslo k souboru s certifikátem {name}. Tento počítač nemá úložiště hesel, proto si ho smtpdesk pamatuje jen do zavření programu.</translation>
    </message>
    <message>
        <source>Signing certificate (S/MIME)</source>
        <translation>Podpisový certifikát (S/MIME)</translation>
    </message>
    <message>
        <source>None: messages are not signed</source>
        <translation>Žádný: zprávy se elektronicky nepodepisují</translation>
    </message>
    <message>
        <source>A personal certificate with its private key (.p12 or .pfx file). Every message is signed with it, so recipients can see it really comes from you.</source>
        <translation>Osobní certifikát se soukromým klíčem (soubor .p12 nebo .pfx). Každá zpráva je jím elektronicky podepsána, takže příjemci vidí, že opravdu pochází od vás.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Heslo…</translation>
    </message>
    <message>
        <source>Enter the password of the certificate</source>
        <translation>Otevře zadání hesla k certifikátu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Stop signing messages</source>
        <translation>Ukončí elektronické podepisování zpráv</translation>
    </message>
    <message>
        <source>Valid {start} to {end}</source>
        <translation>Platný od {start} do {end}</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) left)</source>
        <translation>
            <numerusform>(zbývá %n den)</numerusform>
            <numerusform>(zbývají %n dny)</numerusform>
            <numerusform>(zbývá %n dní)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by {issuer}</source>
        <translation>Vystavitel: {issuer}</translation>
    </message>
    <message>
        <source>This certificate expired on {date}; messages cannot be signed with it.</source>
        <translation>Platnost tohoto certifikátu vypršela dne {date}; zprávy jím nelze podepisovat.</translation>
    </message>
    <message>
        <source>This certificate is valid only from {date}.</source>
        <translation>Tento certifikát je platný až od {date}.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires in %n day(s), on {date}. Ask for a new one in time.</source>
        <translation>
            <numerusform>Platnost tohoto certifikátu vyprší za %n den, dne {date}. Požádejte včas o nový.</numerusform>
            <numerusform>Platnost tohoto certifikátu vyprší za %n dny, dne {date}. Požádejte včas o nový.</numerusform>
            <numerusform>Platnost tohoto certifikátu vyprší za %n dní, dne {date}. Požádejte včas o nový.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate names no e-mail address; recipients&apos; mail programs will warn about the signature.</source>
        <translation>Certifikát neuvádí žádnou e-mailovou adresu; poštovní programy příjemců budou u podpisu zobrazovat varování.</translation>
    </message>
    <message>
        <source>The certificate is for {emails}, not for the sender {sender}; recipients&apos; mail programs will warn about the signature.</source>
        <translation>Certifikát je vydán pro {emails}, ne pro odesílatele {sender}; poštovní programy příjemců budou u podpisu zobrazovat varování.</translation>
    </message>
    <message>
        <source>This certificate is not meant for signing e-mail; recipients&apos; mail programs may reject the signature.</source>
        <translation>Tento certifikát není určen k podepisování e-mailů; poštovní programy příjemců mohou podpis odmítnout.</translation>
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
<context>
    <name>TestMessage</name>
    <message>
        <source>smtpdesk test message</source>
        <translation>Testovací zpráva ze smtpdesk</translation>
    </message>
    <message>
        <source>This is a test message from smtpdesk.

Your outgoing mail settings work: profile {profile}, server {host}:{port} ({encryption}).
You can delete this message.
</source>
        <translation>Toto je testovací zpráva z programu smtpdesk.

Vaše nastavení odchozí pošty funguje: profil {profile}, server {host}:{port} ({encryption}).
Tuto zprávu můžete smazat.
</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>bez zabezpečení</translation>
    </message>
</context>
<context>
    <name>UncertainDialog</name>
    <message>
        <source>Messages that may have arrived</source>
        <translation>Zprávy, které možná dorazily</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived.</source>
        <translation>
            <numerusform>%n zpráva možná dorazila, možná ne.</numerusform>
            <numerusform>%n zprávy možná dorazily, možná ne.</numerusform>
            <numerusform>%n zpráv možná dorazilo, možná ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server broke after the message was handed over and before the server confirmed it. The message may well have been delivered. smtpdesk never sends such a message again on its own, so nobody gets it twice.</source>
        <translation>Spojení se serverem se přerušilo poté, co byla zpráva předána, ale dříve, než ji server potvrdil. Zpráva tedy mohla být doručena. smtpdesk takovou zprávu nikdy sám znovu neodešle, aby ji nikdo nedostal dvakrát.</translation>
    </message>
    <message>
        <source>Look in your mail program&apos;s Sent folder or ask the recipient, then choose: send it again (the recipient may get it twice), or mark it as sent.</source>
        <translation>Podívejte se do složky Odeslaná pošta ve svém poštovním programu nebo se zeptejte příjemce a potom zvolte: odeslat znovu (příjemce ji může dostat dvakrát), nebo označit jako odeslané.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Odeslat znovu</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Označit jako odeslané</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Rozhodnout později</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Hide details</source>
        <translation>Skrýt podrobnosti</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Zobrazit podrobnosti</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the transcript (the password is never in it) to send it to your provider or IT support</source>
        <translation>Zkopíruje záznam komunikace (heslo v něm nikdy není), abyste ho mohli poslat poskytovateli nebo IT podpoře</translation>
    </message>
    <message>
        <source>Verify result</source>
        <translation>Výsledek ověření</translation>
    </message>
    <message>
        <source>{stage} failed: {summary}</source>
        <translation>Krok „{stage}“ selhal: {summary}</translation>
    </message>
    <message>
        <source>The server&apos;s reply: {reply}</source>
        <translation>Odpověď serveru: {reply}</translation>
    </message>
    <message>
        <source>What happened: {detail}</source>
        <translation>Co se stalo: {detail}</translation>
    </message>
    <message>
        <source>Verify was cancelled. Nothing was sent.</source>
        <translation>Ověření bylo zrušeno. Nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>The list of certificates you accepted ({file}) cannot be read: {reason}. smtpdesk never overwrites it. Move it aside (rename it) and press Verify again; nothing was sent.</source>
        <translation>Seznam certifikátů, které jste přijali ({file}), nelze přečíst: {reason}. smtpdesk ho nikdy nepřepíše. Odložte ho stranou (přejmenujte) a znovu klikněte na „Ověřit“; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>Verify stopped because of an error in smtpdesk: {error}</source>
        <translation>Ověření se zastavilo kvůli chybě v programu smtpdesk: {error}</translation>
    </message>
    <message>
        <source>The server now presents the certificate with SHA-256 fingerprint {sha256}, valid until {expiry}.</source>
        <translation>Server nyní předkládá certifikát s otiskem SHA-256 {sha256}, platný do {expiry}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 {sha256}) is now remembered for {host}.</source>
        <translation>Certifikát serveru (SHA-256 {sha256}) je nyní pro {host} zapamatován jako důvěryhodný.</translation>
    </message>
    <message>
        <source>Open the provider&apos;s page on app passwords</source>
        <translation>Otevřít stránku poskytovatele o heslech pro aplikace</translation>
    </message>
    <message>
        <source>Open the provider&apos;s help page</source>
        <translation>Otevřít nápovědu poskytovatele</translation>
    </message>
    <message>
        <source>Verify progress</source>
        <translation>Průběh ověření</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>on Monday at {time}</source>
        <translation>v pondělí v {time}</translation>
    </message>
    <message>
        <source>on Tuesday at {time}</source>
        <translation>v úterý v {time}</translation>
    </message>
    <message>
        <source>on Wednesday at {time}</source>
        <translation>ve středu v {time}</translation>
    </message>
    <message>
        <source>on Thursday at {time}</source>
        <translation>ve čtvrtek v {time}</translation>
    </message>
    <message>
        <source>on Friday at {time}</source>
        <translation>v pátek v {time}</translation>
    </message>
    <message>
        <source>on Saturday at {time}</source>
        <translation>v sobotu v {time}</translation>
    </message>
    <message>
        <source>on Sunday at {time}</source>
        <translation>v neděli v {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>dnes v {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>včera v {time}</translation>
    </message>
    <message>
        <source>on {date} at {time}</source>
        <translation>{date} v {time}</translation>
    </message>
</context>
</TS>

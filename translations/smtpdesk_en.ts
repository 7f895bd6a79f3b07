<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentCheck</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message numerus="yes">
        <source>Dry run: %n message(s) built, nothing sent.</source>
        <translation>
            <numerusform>Dry run: %n message built, nothing sent.</numerusform>
            <numerusform>Dry run: %n messages built, nothing sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}) goes to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}) goes to %n recipient</numerusform>
            <numerusform>{file} ({size}) goes to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain message(s) will be sent again.</source>
        <translation>
            <numerusform>%n uncertain message will be sent again.</numerusform>
            <numerusform>%n uncertain messages will be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}</source>
        <translation>
            <numerusform>%n row written to {file}</numerusform>
            <numerusform>%n rows written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n message a minute</numerusform>
            <numerusform>%n messages a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n message an hour</numerusform>
            <numerusform>%n messages an hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n message a day</numerusform>
            <numerusform>%n messages a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused more after %n message(s) in {window}: sending at {pace} from now on (kept for this profile&apos;s next batches).</source>
        <translation>
            <numerusform>The server refused more after %n message in {window}: sending at {pace} from now on (kept for this profile&apos;s next batches).</numerusform>
            <numerusform>The server refused more after %n messages in {window}: sending at {pace} from now on (kept for this profile&apos;s next batches).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived (the connection broke after sending). They are not sent again unless you run resume with --resend-uncertain.</source>
        <translation>
            <numerusform>%n message may or may not have arrived (the connection broke after sending). It is not sent again unless you run resume with --resend-uncertain.</numerusform>
            <numerusform>%n messages may or may not have arrived (the connection broke after sending). They are not sent again unless you run resume with --resend-uncertain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message numerus="yes">
        <source>%n recipient(s) ready.</source>
        <translation>
            <numerusform>%n recipient ready.</numerusform>
            <numerusform>%n recipients ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (marked red).</source>
        <translation>
            <numerusform>%n row with problems (marked red).</numerusform>
            <numerusform>%n rows with problems (marked red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) (marked yellow).</source>
        <translation>
            <numerusform>%n warning (marked yellow).</numerusform>
            <numerusform>%n warnings (marked yellow).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(recipient {position} of %n)</source>
        <translation>
            <numerusform>(recipient {position} of %n)</numerusform>
            <numerusform>(recipient {position} of %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(not sent; %n recipient(s) in all)</source>
        <translation>
            <numerusform>(not sent; %n recipient in all)</numerusform>
            <numerusform>(not sent; %n recipients in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storing the batch of %n message(s)…</source>
        <translation>
            <numerusform>Storing the batch of %n message…</numerusform>
            <numerusform>Storing the batch of %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} went to the same %n recipient(s) with the same subject {when}.</source>
        <translation>
            <numerusform>Batch {batch} went to the same %n recipient with the same subject {when}.</numerusform>
            <numerusform>Batch {batch} went to the same %n recipients with the same subject {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of it were sent.</source>
        <translation>
            <numerusform>%n message of it was sent.</numerusform>
            <numerusform>%n messages of it were sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) again with the profile {profile}?</source>
        <translation>
            <numerusform>Send %n message again with the profile {profile}?</numerusform>
            <numerusform>Send %n messages again with the profile {profile}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) with the profile {profile}?</source>
        <translation>
            <numerusform>Send %n message with the profile {profile}?</numerusform>
            <numerusform>Send %n messages with the profile {profile}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({size}): to %n recipient(s)</source>
        <translation>
            <numerusform>{file} ({size}): to %n recipient</numerusform>
            <numerusform>{file} ({size}): to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… and %n more file</numerusform>
            <numerusform>… and %n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a minute</source>
        <translation>
            <numerusform>%n a minute</numerusform>
            <numerusform>%n a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n an hour</source>
        <translation>
            <numerusform>%n an hour</numerusform>
            <numerusform>%n an hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n a day</source>
        <translation>
            <numerusform>%n a day</numerusform>
            <numerusform>%n a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per connection</source>
        <translation>
            <numerusform>%n per connection</numerusform>
            <numerusform>%n per connection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About {duration} at %n message(s) a minute.</source>
        <translation>
            <numerusform>About {duration} at %n message a minute.</numerusform>
            <numerusform>About {duration} at %n messages a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The daily limit allows %n more message(s) today; the rest continue tomorrow by themselves while smtpdesk is open, or with Continue.</source>
        <translation>
            <numerusform>The daily limit allows %n more message today; the rest continue tomorrow by themselves while smtpdesk is open, or with Continue.</numerusform>
            <numerusform>The daily limit allows %n more messages today; the rest continue tomorrow by themselves while smtpdesk is open, or with Continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPages</name>
    <message numerus="yes">
        <source>%n message(s) of this batch are not sent yet. Close anyway?</source>
        <translation>
            <numerusform>%n message of this batch is not sent yet. Close anyway?</numerusform>
            <numerusform>%n messages of this batch are not sent yet. Close anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch {batch} ({subject}) was not finished: %n message(s) are not sent yet.</source>
        <translation>
            <numerusform>Batch {batch} ({subject}) was not finished: %n message is not sent yet.</numerusform>
            <numerusform>Batch {batch} ({subject}) was not finished: %n messages are not sent yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>%n message(s) received.</source>
        <translation>
            <numerusform>%n message received.</numerusform>
            <numerusform>%n messages received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n profile file(s) could not be read.</source>
        <translation>
            <numerusform>%n profile file could not be read.</numerusform>
            <numerusform>%n profile files could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n message a minute</numerusform>
            <numerusform>%n messages a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n message an hour</numerusform>
            <numerusform>%n messages an hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day</source>
        <translation>
            <numerusform>%n message a day</numerusform>
            <numerusform>%n messages a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message numerus="yes">
        <source>Limit: %n message(s) a day.</source>
        <translation>
            <numerusform>Limit: %n message a day.</numerusform>
            <numerusform>Limit: %n messages a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>{done} of %n message(s) sent</source>
        <translation>
            <numerusform>{done} of %n message sent</numerusform>
            <numerusform>{done} of %n messages sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n will be retried</numerusform>
            <numerusform>%n will be retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n not sent yet</numerusform>
            <numerusform>%n not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet will not be sent.</source>
        <translation>
            <numerusform>%n message not sent yet will not be sent.</numerusform>
            <numerusform>%n messages not sent yet will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a minute</source>
        <translation>
            <numerusform>%n message a minute</numerusform>
            <numerusform>%n messages a minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) an hour</source>
        <translation>
            <numerusform>%n message an hour</numerusform>
            <numerusform>%n messages an hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) will be retried {when}.</source>
        <translation>
            <numerusform>%n message will be retried {when}.</numerusform>
            <numerusform>%n messages will be retried {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived: the connection broke before the server confirmed. Nothing is sent twice unless you say so.</source>
        <translation>
            <numerusform>%n message may or may not have arrived: the connection broke before the server confirmed. Nothing is sent twice unless you say so.</numerusform>
            <numerusform>%n messages may or may not have arrived: the connection broke before the server confirmed. Nothing is sent twice unless you say so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n row(s) in {file}.</source>
        <translation>
            <numerusform>Saved: %n row in {file}.</numerusform>
            <numerusform>Saved: %n rows in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message numerus="yes">
        <source>Leaving out %n address(es) from {file}.</source>
        <translation>
            <numerusform>Leaving out %n address from {file}.</numerusform>
            <numerusform>Leaving out %n addresses from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reminder will go to %n recipient(s).</source>
        <translation>
            <numerusform>The reminder will go to %n recipient.</numerusform>
            <numerusform>The reminder will go to %n recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmimeRow</name>
    <message numerus="yes">
        <source>(%n day(s) left)</source>
        <translation>
            <numerusform>(%n day left)</numerusform>
            <numerusform>(%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires in %n day(s), on {date}. Ask for a new one in time.</source>
        <translation>
            <numerusform>This certificate expires in %n day, on {date}. Ask for a new one in time.</numerusform>
            <numerusform>This certificate expires in %n days, on {date}. Ask for a new one in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UncertainDialog</name>
    <message numerus="yes">
        <source>%n message(s) may or may not have arrived.</source>
        <translation>
            <numerusform>%n message may or may not have arrived.</numerusform>
            <numerusform>%n messages may or may not have arrived.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessLogView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="234"/>
        <source>%n entries, the oldest reached.</source>
        <translation>
            <numerusform>%n entry, the oldest reached.</numerusform>
            <numerusform>%n entries, the oldest reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="236"/>
        <source>%n newest entries.</source>
        <translation>
            <numerusform>The newest entry.</numerusform>
            <numerusform>%n newest entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/service.py" line="304"/>
        <source>and %n more due</source>
        <translation>
            <numerusform>and %n more due</numerusform>
            <numerusform>and %n more due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="81"/>
        <source>Frontline: %n unread</source>
        <translation>
            <numerusform>Frontline: %n unread</numerusform>
            <numerusform>Frontline: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="85"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelExtras</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/conversation/channel.py" line="135"/>
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Uploading %n file…</numerusform>
            <numerusform>Uploading %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="341"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Timeline (%n)</numerusform>
            <numerusform>Timeline (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="342"/>
        <source>Orders (%n)</source>
        <translation>
            <numerusform>Orders (%n)</numerusform>
            <numerusform>Orders (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="343"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="346"/>
        <source>Promises (%n overdue)</source>
        <translation>
            <numerusform>Promises (%n overdue)</numerusform>
            <numerusform>Promises (%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="348"/>
        <source>Promises (%n)</source>
        <translation>
            <numerusform>Promises (%n)</numerusform>
            <numerusform>Promises (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="350"/>
        <source>Complaints (%n)</source>
        <translation>
            <numerusform>Complaints (%n)</numerusform>
            <numerusform>Complaints (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_picker.py" line="100"/>
        <source>Type at least %n character(s).</source>
        <translation>
            <numerusform>Type at least %n character.</numerusform>
            <numerusform>Type at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="132"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>Offline — %n change queued</numerusform>
            <numerusform>Offline — %n changes queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="143"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="156"/>
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n change queued</numerusform>
            <numerusform>%n changes queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/find.py" line="117"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxControls</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/controls.py" line="252"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/kpi/page.py" line="457"/>
        <source>The latest %n contacts.</source>
        <translation>
            <numerusform>The latest %n contact.</numerusform>
            <numerusform>The latest %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_merge.py" line="223"/>
        <source>%n record(s) moved.</source>
        <translation>
            <numerusform>%n record moved.</numerusform>
            <numerusform>%n records moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="176"/>
        <source>Saved: messages are kept for %n day(s).</source>
        <translation>
            <numerusform>Saved: messages are kept for %n day.</numerusform>
            <numerusform>Saved: messages are kept for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="200"/>
        <source>Redact the messages of every conversation resolved more than %n day(s) ago, on the server and on every desk? This cannot be undone.</source>
        <translation>
            <numerusform>Redact the messages of every conversation resolved more than %n day ago, on the server and on every desk? This cannot be undone.</numerusform>
            <numerusform>Redact the messages of every conversation resolved more than %n days ago, on the server and on every desk? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="243"/>
        <source>Applied: %n conversation(s) redacted.</source>
        <translation>
            <numerusform>Applied: %n conversation redacted.</numerusform>
            <numerusform>Applied: %n conversations redacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="245"/>
        <source>%n message(s) redacted.</source>
        <translation>
            <numerusform>%n message redacted.</numerusform>
            <numerusform>%n messages redacted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="347"/>
        <source>{0} at {1}: in %n minute(s)</source>
        <translation>
            <numerusform>{0} at {1}: in %n minute</numerusform>
            <numerusform>{0} at {1}: in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="350"/>
        <source>Your shift ends at {0}: in %n minute(s)</source>
        <translation>
            <numerusform>Your shift ends at {0}: in %n minute</numerusform>
            <numerusform>Your shift ends at {0}: in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="402"/>
        <source>Published %n shift(s) of the week.</source>
        <translation>
            <numerusform>Published %n shift of the week.</numerusform>
            <numerusform>Published %n shifts of the week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="474"/>
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/page.py" line="172"/>
        <source>Requests (%n)</source>
        <translation>
            <numerusform>Requests (%n)</numerusform>
            <numerusform>Requests (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>

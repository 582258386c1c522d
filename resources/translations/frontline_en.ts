<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessLogView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="250"/>
        <source>%n entries, the oldest reached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="252"/>
        <source>%n newest entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/service.py" line="304"/>
        <source>and %n more due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="341"/>
        <source>Timeline (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="342"/>
        <source>Orders (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="343"/>
        <source>Notes (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="346"/>
        <source>Promises (%n overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="348"/>
        <source>Promises (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="350"/>
        <source>Complaints (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_picker.py" line="100"/>
        <source>Type at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>MergeView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_merge.py" line="237"/>
        <source>%n record(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="176"/>
        <source>Saved: messages are kept for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="200"/>
        <source>Redact the messages of every conversation resolved more than %n day(s) ago, on the server and on every desk? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="243"/>
        <source>Applied: %n conversation(s) redacted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="245"/>
        <source>%n message(s) redacted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

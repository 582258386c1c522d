<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertTray</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="78"/>
        <source>Frontline: %n unread</source>
        <translation>
            <numerusform>Frontline: %n unread</numerusform>
            <numerusform>Frontline: %n unread</numerusform>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="166"/>
        <source>Select a conversation in the inbox</source>
        <translation>Valitse keskustelu saapuneista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="198"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="207"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="270"/>
        <source>Queueing the reply</source>
        <translation>Vastauksen jonoon lisääminen</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="140"/>
        <location filename="../../desktop/app.py" line="367"/>
        <source>connect</source>
        <translation>yhdistä</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="197"/>
        <source>Starting the local server…</source>
        <translation>Käynnistetään paikallista palvelinta…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="202"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="213"/>
        <source>Signed out — sign in again</source>
        <translation>Kirjautunut ulos — kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="236"/>
        <source>sync</source>
        <translation>synkronoi</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="291"/>
        <source>The local server stopped; restarting it…</source>
        <translation>Paikallinen palvelin pysähtyi; käynnistetään uudelleen…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="313"/>
        <source>restart the local server</source>
        <translation>käynnistä paikallinen palvelin uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="353"/>
        <source>sign in again</source>
        <translation>kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="376"/>
        <source>sign in</source>
        <translation>kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="426"/>
        <location filename="../../desktop/app.py" line="457"/>
        <source>Unexpected error: {0}</source>
        <translation>Odottamaton virhe: {0}</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="38"/>
        <source>Reconnect now</source>
        <translation>Yhdistä nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="40"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="61"/>
        <source>Starting…</source>
        <translation>Käynnistetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="91"/>
        <source>No keyring: you will sign in again next time</source>
        <translation>Ei avainnippua: kirjaudut uudelleen ensi kerralla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="103"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>Ei yhteyttä — %n muutos jonossa</numerusform>
            <numerusform>Ei yhteyttä — %n muutosta jonossa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="104"/>
        <source>Offline</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="106"/>
        <source>Signed out — sign in again</source>
        <translation>Kirjautunut ulos — kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="109"/>
        <location filename="../../desktop/ui/status_bar.py" line="116"/>
        <source>Reconnecting…</source>
        <translation>Yhdistetään uudelleen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="114"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Yhdistetään uudelleen %n s kuluttua</numerusform>
            <numerusform>Yhdistetään uudelleen %n s kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="119"/>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="121"/>
        <source>Online</source>
        <translation>Yhteydessä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="123"/>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="125"/>
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n muutos jonossa</numerusform>
            <numerusform>%n muutosta jonossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/ui/details.py" line="54"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="56"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="61"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="62"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="63"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="64"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="69"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="70"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="71"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="72"/>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="73"/>
        <source>Last activity</source>
        <translation>Viimeksi aktiivinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="74"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox_view.py" line="185"/>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_view.py" line="191"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_view.py" line="192"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_view.py" line="193"/>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_view.py" line="194"/>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_view.py" line="197"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Snoozed</source>
        <translation>Torkutettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>now</source>
        <translation>nyt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Yesterday</source>
        <translation>Eilen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>Could not {0}: {1}</source>
        <translation>Toiminto epäonnistui ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122"/>
        <source>Your reply was not sent and has been removed: {0}</source>
        <translation>Vastaustasi ei lähetetty, ja se poistettiin: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>The status change was undone: {0}</source>
        <translation>Tilan muutos peruttiin: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>The server refused a change: {0}</source>
        <translation>Palvelin hylkäsi muutoksen: {0}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="139"/>
        <source>Internal note · %1</source>
        <translation>Sisäinen muistiinpano · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="149"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="150"/>
        <source>Queued — will send when online</source>
        <translation>Jonossa — lähtee, kun yhteys palaa</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="68"/>
        <source>Write a reply…  (Ctrl+Enter sends)</source>
        <translation>Kirjoita vastaus…  (Ctrl+Enter lähettää)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="72"/>
        <source>Internal note</source>
        <translation>Sisäinen muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="74"/>
        <source>Only colleagues see internal notes</source>
        <translation>Vain kollegat näkevät sisäiset muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="75"/>
        <location filename="../../desktop/ui/conversation.py" line="121"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation.py" line="121"/>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="51"/>
        <source>Sign in to Frontline</source>
        <translation>Kirjaudu Frontlineen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="69"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="70"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="71"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="75"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="126"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>Väärä käyttäjätunnus tai salasana. Tarkista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="129"/>
        <source>Cannot reach the server ({0}). Check the address and your network.</source>
        <translation>Palvelimeen ei saada yhteyttä ({0}). Tarkista osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="131"/>
        <source>Sign-in failed: {0}</source>
        <translation>Kirjautuminen epäonnistui: {0}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/widgets/toast.py" line="42"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
</context>
</TS>

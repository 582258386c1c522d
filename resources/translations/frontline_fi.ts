<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="82"/>
        <source>Article</source>
        <translation>Artikkeli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="98"/>
        <source>Search or browse to open an article</source>
        <translation>Avaa artikkeli hakemalla tai selaamalla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="116"/>
        <source>Article language</source>
        <translation>Artikkelin kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="120"/>
        <source>Keep this article in your favourites</source>
        <translation>Pidä tämä artikkeli suosikeissasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="121"/>
        <source>Copy paragraph</source>
        <translation>Kopioi kappale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="122"/>
        <source>Copy the selection or the paragraph at the cursor</source>
        <translation>Kopioi valinta tai kohdistimen kohdalla oleva kappale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="123"/>
        <source>Insert into reply</source>
        <translation>Lisää vastaukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="126"/>
        <source>Insert the selection or the paragraph at the cursor into the reply</source>
        <translation>Lisää valinta tai kohdistimen kohdalla oleva kappale vastaukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="128"/>
        <source>Insert link</source>
        <translation>Lisää linkki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="129"/>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>Lisää artikkelin otsikko ja linkki vastaukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="151"/>
        <source>Optional comment for the authors</source>
        <translation>Vapaaehtoinen kommentti kirjoittajille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="157"/>
        <source>Was this helpful?</source>
        <translation>Oliko tästä apua?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="178"/>
        <source>image not downloaded yet</source>
        <translation>kuvaa ei ole vielä ladattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="188"/>
        <source>{0} · version {1}</source>
        <translation>{0} · versio {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="195"/>
        <source>Voting is possible once signed in</source>
        <translation>Voit äänestää, kun olet kirjautunut sisään</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="218"/>
        <source>{0} (knowledge base: {1})</source>
        <translation>{0} (tietopankki: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="281"/>
        <source>★ Favourite</source>
        <translation>★ Suosikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="281"/>
        <source>☆ Favourite</source>
        <translation>☆ Suosikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="284"/>
        <source>Yes · {0}</source>
        <translation>Kyllä · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="285"/>
        <source>No · {0}</source>
        <translation>Ei · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="291"/>
        <source>Your vote is waiting to be sent</source>
        <translation>Äänesi odottaa lähettämistä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="293"/>
        <source>Thanks for your vote</source>
        <translation>Kiitos äänestäsi</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="93"/>
        <source>Suggested for this conversation</source>
        <translation>Ehdotukset tähän keskusteluun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="103"/>
        <source>Suggestions</source>
        <translation>Ehdotukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="106"/>
        <location filename="../../desktop/ui/conversation/assist.py" line="174"/>
        <source>No suggestions yet</source>
        <translation>Ei vielä ehdotuksia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="108"/>
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="109"/>
        <source>Insert the selected article&apos;s summary and link</source>
        <translation>Lisää valitun artikkelin tiivistelmä ja linkki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="182"/>
        <source>(knowledge base: {0})</source>
        <translation>(tietopankki: {0})</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="172"/>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="185"/>
        <source>Select a conversation in the inbox</source>
        <translation>Valitse keskustelu saapuneista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="220"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="229"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="311"/>
        <source>Queueing the reply</source>
        <translation>Vastauksen jonoon lisääminen</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="179"/>
        <source>The key of your local cache is in the system keyring, which cannot be reached now ({0}). Unlock the keyring and start Frontline again; nothing was changed.</source>
        <translation>Paikallisen välimuistisi avain on järjestelmän avainnipussa, johon ei nyt saada yhteyttä ({0}). Avaa avainnippu ja käynnistä Frontline uudelleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="97"/>
        <location filename="../../desktop/session.py" line="322"/>
        <source>connect</source>
        <translation>yhdistä</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="112"/>
        <source>Starting the local server…</source>
        <translation>Käynnistetään paikallista palvelinta…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="117"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="129"/>
        <location filename="../../desktop/session.py" line="238"/>
        <source>Signed out — sign in again</source>
        <translation>Kirjautunut ulos — kirjaudu uudelleen</translation>
    </message>
    <message>
        <source>knowledge images</source>
        <translation type="vanished">tietopankin kuvat</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="160"/>
        <source>sync</source>
        <translation>synkronoi</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="260"/>
        <source>The local server stopped; restarting it…</source>
        <translation>Paikallinen palvelin pysähtyi; käynnistetään uudelleen…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="285"/>
        <source>restart the local server</source>
        <translation>käynnistä paikallinen palvelin uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="307"/>
        <source>sign in again</source>
        <translation>kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="331"/>
        <source>sign in</source>
        <translation>kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="334"/>
        <source>sign out</source>
        <translation>kirjautua ulos</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="325"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="345"/>
        <location filename="../../desktop/app.py" line="377"/>
        <source>Unexpected error: {0}</source>
        <translation>Odottamaton virhe: {0}</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="39"/>
        <source>Reconnect now</source>
        <translation>Yhdistä nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="41"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="67"/>
        <source>Starting…</source>
        <translation>Käynnistetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="97"/>
        <source>No keyring: you will sign in again next time</source>
        <translation>Ei avainnippua: kirjaudut uudelleen ensi kerralla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="102"/>
        <source>Cache key kept in a file (no keyring)</source>
        <translation>Välimuistin avain on tiedostossa (ei avainnippua)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="106"/>
        <source>The cache could not be decrypted; kept aside as {0}, syncing anew</source>
        <translation>Välimuistin salausta ei voitu purkaa; se on siirretty sivuun nimellä {0}, synkronoidaan alusta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="125"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>Ei yhteyttä — %n muutos jonossa</numerusform>
            <numerusform>Ei yhteyttä — %n muutosta jonossa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="126"/>
        <source>Offline</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="128"/>
        <source>Signed out — sign in again</source>
        <translation>Kirjautunut ulos — kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="131"/>
        <location filename="../../desktop/ui/shell/status_bar.py" line="138"/>
        <source>Reconnecting…</source>
        <translation>Yhdistetään uudelleen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="136"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Yhdistetään uudelleen %n s kuluttua</numerusform>
            <numerusform>Yhdistetään uudelleen %n s kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="141"/>
        <source>the local cache cannot be written (is the disk full?)</source>
        <translation>paikalliseen välimuistiin ei voi kirjoittaa (onko levy täynnä?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="143"/>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="145"/>
        <source>Online</source>
        <translation>Yhteydessä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="147"/>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="149"/>
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
        <location filename="../../desktop/ui/conversation/details.py" line="37"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="39"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="44"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="45"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="46"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="47"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="52"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="53"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="54"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="55"/>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="56"/>
        <source>Last activity</source>
        <translation>Viimeksi aktiivinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="57"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="191"/>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="197"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="198"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="199"/>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="200"/>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="203"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="225"/>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="112"/>
        <source>Articles</source>
        <translation>Artikkelit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="170"/>
        <source>Search articles  (Ctrl+K)</source>
        <translation>Hae artikkeleita  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="171"/>
        <source>Search the knowledge base</source>
        <translation>Hae tietopankista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="174"/>
        <source>Browse language</source>
        <translation>Selauskieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="175"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="189"/>
        <source>Categories</source>
        <translation>Luokat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="200"/>
        <source>Browse</source>
        <translation>Selaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="201"/>
        <source>Favourites</source>
        <translation>Suosikit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="202"/>
        <source>Recently viewed</source>
        <translation>Viimeksi katsotut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="274"/>
        <source>{0} results</source>
        <translation>Tuloksia: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="274"/>
        <source>No articles found</source>
        <translation>Artikkeleita ei löytynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="288"/>
        <source>remember the article</source>
        <translation>tallenna artikkeli viimeksi katsottuihin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="371"/>
        <source>change your favourites</source>
        <translation>muuta suosikkeja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="380"/>
        <source>send your vote</source>
        <translation>lähetä ääni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="413"/>
        <source>Pick a category, or search</source>
        <translation>Valitse luokka tai hae</translation>
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
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>%n h</source>
        <translation>%n t</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56"/>
        <source>Yesterday</source>
        <translation>Eilen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="88"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="138"/>
        <source>Open a conversation first, then insert the text</source>
        <translation>Avaa ensin keskustelu ja lisää teksti sitten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="144"/>
        <source>Inserted into the reply to {0}</source>
        <translation>Lisätty vastaukseen asiakkaalle {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="231"/>
        <source>Could not {0}: {1}</source>
        <translation>Toiminto epäonnistui ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="237"/>
        <source>Your reply was not sent and has been removed: {0}</source>
        <translation>Vastaustasi ei lähetetty, ja se poistettiin: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="241"/>
        <source>The status change was undone: {0}</source>
        <translation>Tilan muutos peruttiin: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="242"/>
        <source>The server refused a change: {0}</source>
        <translation>Palvelin hylkäsi muutoksen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="167"/>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="168"/>
        <source>Conversations (Ctrl+1)</source>
        <translation>Keskustelut (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/page.py" line="24"/>
        <source>Knowledge</source>
        <translation>Tietopankki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/page.py" line="19"/>
        <source>Knowledge base (Ctrl+3 or Ctrl+K)</source>
        <translation>Tietopankki (Ctrl+3 tai Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="299"/>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="301"/>
        <source>Sign out (Ctrl+Shift+L): queued replies stay and are sent after sign-in</source>
        <translation>Kirjaudu ulos (Ctrl+Shift+L): jonossa olevat vastaukset säilyvät ja lähetetään kirjautumisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="74"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="75"/>
        <source>Your agents&apos; presence (Ctrl+T)</source>
        <translation>Agenttiesi tila (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="146"/>
        <source>Internal note · %1</source>
        <translation>Sisäinen muistiinpano · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="156"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="157"/>
        <source>Queued — will send when online</source>
        <translation>Jonossa — lähtee, kun yhteys palaa</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="54"/>
        <source>Available</source>
        <translation>Tavoitettavissa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="55"/>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="56"/>
        <source>After-call work</source>
        <translation>Jälkityö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="57"/>
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="58"/>
        <source>Lunch</source>
        <translation>Lounas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="59"/>
        <source>Meeting</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="60"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="61"/>
        <source>Offline</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="62"/>
        <source>Not responding</source>
        <translation>Ei vastaa</translation>
    </message>
</context>
<context>
    <name>PresenceControl</name>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="151"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="157"/>
        <source>Your presence: routing offers work when Available ({0})</source>
        <translation>Tilasi: työtä tarjotaan, kun olet tavoitettavissa ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="165"/>
        <location filename="../../desktop/ui/shell/presence.py" line="197"/>
        <source>Not connected: presence not changed</source>
        <translation>Ei yhteyttä: tilaa ei muutettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="169"/>
        <source>change presence</source>
        <translation>muuttaa tilaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="187"/>
        <source>You are on a contact: {0} starts when it ends</source>
        <translation>Sinulla on yhteydenotto kesken: {0} alkaa, kun se päättyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="199"/>
        <location filename="../../desktop/ui/shell/presence.py" line="201"/>
        <source>Presence not changed: {0}</source>
        <translation>Tilaa ei muutettu: {0}</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="61"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="62"/>
        <source>Write a reply…  (Ctrl+Enter sends)</source>
        <translation>Kirjoita vastaus…  (Ctrl+Enter lähettää)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="66"/>
        <source>Internal note</source>
        <translation>Sisäinen muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="68"/>
        <source>Only colleagues see internal notes</source>
        <translation>Vain kollegat näkevät sisäiset muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="69"/>
        <location filename="../../desktop/ui/conversation/pane.py" line="126"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="126"/>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="61"/>
        <source>Script: {0} ({1})</source>
        <translation>Käsikirjoitus: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="69"/>
        <source>- {0}: compliance statement confirmed</source>
        <translation>- {0}: pakollisen ilmoituksen lukeminen vahvistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="71"/>
        <source>Path: {0}</source>
        <translation>Polku: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="105"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="109"/>
        <source>Call script</source>
        <translation>Puhelukäsikirjoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="110"/>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="137"/>
        <source>Read to the customer</source>
        <translation>Lue asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="139"/>
        <source>Tick once you have read this statement to the customer</source>
        <translation>Rastita, kun olet lukenut tämän ilmoituksen asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="145"/>
        <source>Back</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="146"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="330"/>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="230"/>
        <source>start the script</source>
        <translation>aloita käsikirjoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="318"/>
        <source>Finished — the answers are saved as an internal note</source>
        <translation>Valmis — vastaukset tallennettiin sisäisenä muistiinpanona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="324"/>
        <source>To continue: {0}</source>
        <translation>Ennen jatkamista: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="328"/>
        <source>Finish</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="339"/>
        <source>confirm that you have read the compliance statement to the customer</source>
        <translation>vahvista, että olet lukenut pakollisen ilmoituksen asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="341"/>
        <source>“{0}” is required</source>
        <translation>”{0}” on pakollinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="347"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="351"/>
        <source>save the script answers</source>
        <translation>tallenna käsikirjoituksen vastaukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="347"/>
        <source>not signed in</source>
        <translation>et ole kirjautunut sisään</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="56"/>
        <source>Sign in to Frontline</source>
        <translation>Kirjaudu Frontlineen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="74"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="75"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="76"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="80"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="131"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>Väärä käyttäjätunnus tai salasana. Tarkista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="133"/>
        <source>Too many sign-in attempts. Try again in {0} seconds.</source>
        <translation>Liian monta kirjautumisyritystä. Yritä uudelleen {0} sekunnin kuluttua.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="138"/>
        <source>Cannot reach the server ({0}). Check the address and your network.</source>
        <translation>Palvelimeen ei saada yhteyttä ({0}). Tarkista osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="140"/>
        <source>Sign-in failed: {0}</source>
        <translation>Kirjautuminen epäonnistui: {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="61"/>
        <source>Script</source>
        <translation>Käsikirjoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="61"/>
        <source>Article</source>
        <translation>Artikkeli</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="111"/>
        <source>Agent</source>
        <translation>Agentti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="112"/>
        <source>Presence</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="113"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="114"/>
        <source>Requested</source>
        <translation>Pyydetty</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="42"/>
        <source>No agent has chosen a presence yet: everyone is Offline</source>
        <translation>Kukaan agentti ei ole vielä valinnut tilaa: kaikki ovat poissa</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/widgets/toast.py" line="44"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
</context>
</TS>

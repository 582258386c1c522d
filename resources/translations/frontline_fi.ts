<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="60"/>
        <source>Pick up a shift</source>
        <translation>Ota vuoro itsellesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="62"/>
        <source>Offer a shift in return</source>
        <translation>Tarjoa vuoro vastineeksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="68"/>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="73"/>
        <source>Your shift in return</source>
        <translation>Vuorosi vastineeksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="75"/>
        <source>You have no published shifts ahead to give in return.</source>
        <translation>Sinulla ei ole tulevia julkaistuja vuoroja annettavaksi vastineeksi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="85"/>
        <source>Pick up</source>
        <translation>Ota vuoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="85"/>
        <source>Accept</source>
        <translation>Ota vastaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="114"/>
        <source>{0} offers their shift {1}.</source>
        <translation>{0} tarjoaa vaihtoon vuoronsa {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="116"/>
        <source>{0} gives away their shift {1}.</source>
        <translation>{0} luovuttaa vuoronsa {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="121"/>
        <source>Note: {0}</source>
        <translation>Huomio: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="149"/>
        <source>Checking the rules...</source>
        <translation>Tarkistetaan sääntöjä...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="162"/>
        <source>No rule stands in the way.</source>
        <translation>Mikään sääntö ei estä tätä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="164"/>
        <source>A supervisor will review this.</source>
        <translation>Esihenkilö käsittelee tämän.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="169"/>
        <source>The rules could not be checked: {0}</source>
        <translation>Sääntöjä ei voitu tarkistaa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="193"/>
        <source>accept the swap</source>
        <translation>ottaa vaihto vastaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="198"/>
        <source>The server refused; nothing changed.</source>
        <translation>Palvelin hylkäsi pyynnön; mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="71"/>
        <source>Customer id</source>
        <translation>Asiakastunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="72"/>
        <source>Any customer</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="78"/>
        <source>Customer id:</source>
        <translation>Asiakastunnus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="82"/>
        <location filename="../../desktop/ui/team/privacy_log.py" line="127"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="83"/>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="87"/>
        <source>Action:</source>
        <translation>Toiminto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="89"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="104"/>
        <source>Load more</source>
        <translation>Lataa lisää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="123"/>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="125"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="126"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="128"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="129"/>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="146"/>
        <source>A customer id is a whole number from 1 up.</source>
        <translation>Asiakastunnus on kokonaisluku 1:stä alkaen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="173"/>
        <source>Not connected to the server yet.</source>
        <translation>Palvelimeen ei ole vielä yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="180"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="201"/>
        <source>read the access log</source>
        <translation>lukea käyttölokia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="232"/>
        <source>No entries match.</source>
        <translation>Mikään merkintä ei vastaa hakua.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="234"/>
        <source>%n entries, the oldest reached.</source>
        <translation>
            <numerusform>%n merkintä, vanhin saavutettu.</numerusform>
            <numerusform>%n merkintää, vanhin saavutettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="236"/>
        <source>%n newest entries.</source>
        <translation>
            <numerusform>%n uusin merkintä.</numerusform>
            <numerusform>%n uusinta merkintää.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceTab</name>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="154"/>
        <source>Nobody is scheduled today.</source>
        <translation>Kenelläkään ei ole vuoroa tänään.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="189"/>
        <source>Team adherence now</source>
        <translation>Tiimin aikataulussa pysyminen nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="181"/>
        <source>Agent</source>
        <translation>Agentti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="182"/>
        <source>Scheduled now</source>
        <translation>Suunniteltu nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="183"/>
        <source>Presence</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="184"/>
        <source>Adherence now</source>
        <translation>Aikataulussa pysyminen nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="185"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="186"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="187"/>
        <source>Conformance</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="260"/>
        <source>{0} until {1}</source>
        <translation>{0} klo {1} asti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="264"/>
        <source>Off shift (starts {0})</source>
        <translation>Ei vuorossa (alkaa klo {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="266"/>
        <source>Shift ended {0}</source>
        <translation>Vuoro päättyi klo {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="268"/>
        <source>In adherence</source>
        <translation>Aikataulussa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="269"/>
        <source>Not matching (within the grace)</source>
        <translation>Poikkeaa (sallitun jouston sisällä)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="270"/>
        <source>Out of adherence</source>
        <translation>Poikkeaa aikataulusta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="271"/>
        <source>Not scheduled now</source>
        <translation>Ei vuorossa nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="333"/>
        <source>read the team&apos;s adherence</source>
        <translation>lukea tiimin aikataulussa pysymistä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="344"/>
        <source>Today&apos;s adherence and conformance as of {0}.</source>
        <translation>Tämän päivän aikataulussa pysyminen ja toteuma, tilanne {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="353"/>
        <source>The figures shown are from earlier.</source>
        <translation>Näkyvät luvut on haettu aiemmin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="355"/>
        <source>No figures yet.</source>
        <translation>Ei vielä lukuja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="358"/>
        <source>Today&apos;s adherence could not be read: {0} {1}</source>
        <translation>Tämän päivän aikataulussa pysymistä ei voitu lukea: {0} {1}</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/service.py" line="304"/>
        <source>and %n more due</source>
        <translation>
            <numerusform>ja %n muu erääntyy</numerusform>
            <numerusform>ja %n muuta erääntyy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="49"/>
        <source>Show desk</source>
        <translation>Näytä työpöytä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="52"/>
        <source>Mute for 1 hour</source>
        <translation>Mykistä tunniksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="59"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="81"/>
        <source>Frontline: %n unread</source>
        <translation>
            <numerusform>Frontline: %n lukematon</numerusform>
            <numerusform>Frontline: %n lukematonta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="83"/>
        <source>Frontline: nothing new</source>
        <translation>Frontline: ei mitään uutta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="85"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n seurantatehtävä myöhässä</numerusform>
            <numerusform>%n seurantatehtävää myöhässä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="66"/>
        <source>A customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="69"/>
        <source>Incoming call</source>
        <translation>Saapuva puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="71"/>
        <source>New email offered to you</source>
        <translation>Sinulle tarjottu uusi sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="73"/>
        <source>New chat offered to you</source>
        <translation>Sinulle tarjottu uusi chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="77"/>
        <source>{0} mentioned you</source>
        <translation>{0} mainitsi sinut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="79"/>
        <source>New message from {0}</source>
        <translation>Uusi viesti: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="301"/>
        <source>Follow-up due</source>
        <translation>Seurantatehtävä erääntyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/task_reminders.py" line="44"/>
        <source>a customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/task_reminders.py" line="45"/>
        <source>Follow-up due: {0} ({1})</source>
        <translation>Seurantatehtävä erääntyy: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="37"/>
        <source>Ring</source>
        <translation>Soitto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="38"/>
        <source>Pop</source>
        <translation>Poksahdus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="39"/>
        <source>Chime</source>
        <translation>Kilahdus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="40"/>
        <source>Bell</source>
        <translation>Kello</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="41"/>
        <source>Knock</source>
        <translation>Koputus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="48"/>
        <source>Offers and calls</source>
        <translation>Tarjoukset ja puhelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="49"/>
        <source>Chat messages</source>
        <translation>Chat-viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="50"/>
        <source>Emails</source>
        <translation>Sähköpostit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="51"/>
        <source>Mentions of you</source>
        <translation>Maininnat sinusta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="70"/>
        <source>Show a notification for offers, new messages and mentions</source>
        <translation>Näytä ilmoitus tarjouksista, uusista viesteistä ja maininnoista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="74"/>
        <source>Play a sound</source>
        <translation>Soita ääni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="77"/>
        <source>Volume:</source>
        <translation>Äänenvoimakkuus:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="84"/>
        <source>Repeat until seen every</source>
        <translation>Toistoväli, kunnes huomattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="86"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="87"/>
        <source>Play once</source>
        <translation>Soita kerran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="88"/>
        <source>An unseen alert sounds again after this many seconds</source>
        <translation>Huomaamaton hälytys soi uudelleen näin monen sekunnin välein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="89"/>
        <source>Repeat until seen every:</source>
        <translation>Toistoväli, kunnes huomattu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="91"/>
        <source>Only visual alerts while I am on a call</source>
        <translation>Vain näkyvät hälytykset puhelun aikana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="96"/>
        <source>A tone in your headset would interrupt the caller. Offers and messages still show in the notification, the title bar and the work strip.</source>
        <translation>Kuulokkeisiin soiva ääni keskeyttäisi soittajan. Tarjoukset ja viestit näkyvät silti ilmoituksessa, otsikkorivillä ja työpalkissa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="111"/>
        <source>Volume</source>
        <translation>Äänenvoimakkuus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="117"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="125"/>
        <source>Quiet hours (no sound) from</source>
        <translation>Hiljaiset tunnit (ei ääntä) klo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="130"/>
        <source>Quiet hours start</source>
        <translation>Hiljaiset tunnit alkavat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="134"/>
        <source>Quiet hours end</source>
        <translation>Hiljaiset tunnit päättyvät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="138"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="154"/>
        <source>Play</source>
        <translation>Soita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="155"/>
        <source>Play the tone for {0}</source>
        <translation>Soita ääni: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="156"/>
        <source>Hear this tone at the chosen volume</source>
        <translation>Kuuntele tämä ääni valitulla voimakkuudella</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="20"/>
        <source>Same as the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="21"/>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="22"/>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="32"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="36"/>
        <source>Same as the system follows the light or dark setting of your computer, also when it changes during the day.</source>
        <translation>Järjestelmän mukaan -valinta seuraa tietokoneesi vaaleaa tai tummaa asetusta, myös kun se vaihtuu päivän aikana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="50"/>
        <source>Theme: {0}</source>
        <translation>Teema: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="92"/>
        <source>Article</source>
        <translation>Artikkeli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="109"/>
        <source>Search or browse to open an article</source>
        <translation>Avaa artikkeli hakemalla tai selaamalla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="127"/>
        <source>Article language</source>
        <translation>Artikkelin kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="130"/>
        <source>Favourite</source>
        <translation>Suosikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="132"/>
        <source>Keep this article in your favourites</source>
        <translation>Pidä tämä artikkeli suosikeissasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="133"/>
        <source>Copy paragraph</source>
        <translation>Kopioi kappale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="134"/>
        <source>Copy the selection or the paragraph at the cursor</source>
        <translation>Kopioi valinta tai kohdistimen kohdalla oleva kappale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="135"/>
        <source>Insert into reply</source>
        <translation>Lisää vastaukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="139"/>
        <source>Insert the selection or the paragraph at the cursor into the reply; with neither, the part of the article written for the customer</source>
        <translation>Lisää vastaukseen valinta tai kohdistimen kappale; jos kumpaakaan ei ole, artikkelin asiakkaalle kirjoitettu osa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="143"/>
        <source>Insert link</source>
        <translation>Lisää linkki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="144"/>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>Lisää artikkelin otsikko ja linkki vastaukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="167"/>
        <source>This article helped</source>
        <translation>Tästä artikkelista oli apua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="171"/>
        <source>This article did not help</source>
        <translation>Tästä artikkelista ei ollut apua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="175"/>
        <source>Comment for the authors</source>
        <translation>Kommentti kirjoittajille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="176"/>
        <source>Optional comment for the authors</source>
        <translation>Vapaaehtoinen kommentti kirjoittajille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="182"/>
        <source>Was this helpful?</source>
        <translation>Oliko tästä apua?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="203"/>
        <source>image not downloaded yet</source>
        <translation>kuvaa ei ole vielä ladattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="213"/>
        <source>{0} · version {1}</source>
        <translation>{0} · versio {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="235"/>
        <source>Voting is possible once signed in</source>
        <translation>Voit äänestää, kun olet kirjautunut sisään</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="276"/>
        <source>{0} (knowledge base: {1})</source>
        <translation>{0} (tietopankki: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="339"/>
        <source>★ Favourite</source>
        <translation>★ Suosikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="339"/>
        <source>☆ Favourite</source>
        <translation>☆ Suosikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="342"/>
        <source>Yes · {0}</source>
        <translation>Kyllä · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="343"/>
        <source>No · {0}</source>
        <translation>Ei · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="349"/>
        <source>Your vote is waiting to be sent</source>
        <translation>Äänesi odottaa lähettämistä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="351"/>
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
        <location filename="../../desktop/ui/conversation/assist.py" line="104"/>
        <source>Suggestions</source>
        <translation>Ehdotukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="109"/>
        <location filename="../../desktop/ui/conversation/assist.py" line="177"/>
        <source>No suggestions yet</source>
        <translation>Ei vielä ehdotuksia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="111"/>
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="112"/>
        <source>Insert the selected article&apos;s summary and link</source>
        <translation>Lisää valitun artikkelin tiivistelmä ja linkki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="185"/>
        <source>(knowledge base: {0})</source>
        <translation>(tietopankki: {0})</translation>
    </message>
</context>
<context>
    <name>AttachStrip</name>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="46"/>
        <source>You are offline; nothing was sent.</source>
        <translation>Ei yhteyttä; mitään ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="48"/>
        <source>You are signed out.</source>
        <translation>Olet kirjautunut ulos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="50"/>
        <source>The file is larger than the server accepts.</source>
        <translation>Tiedosto on suurempi kuin palvelin hyväksyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="54"/>
        <source>It is gone, or not visible to you.</source>
        <translation>Sitä ei enää ole, tai se ei näy sinulle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="56"/>
        <source>The server refused it: {0}</source>
        <translation>Palvelin hylkäsi pyynnön: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="79"/>
        <source>Attach…</source>
        <translation>Liitä…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="81"/>
        <source>Attach files to this email reply</source>
        <translation>Liitä tiedostoja tähän sähköpostivastaukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="96"/>
        <source>Up to {0} a file, {1} files</source>
        <translation>Enintään {1} tiedostoa, kukin enintään {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="120"/>
        <source>Attach files</source>
        <translation>Liitä tiedostoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="141"/>
        <source>{0} cannot be read</source>
        <translation>Tiedostoa {0} ei voi lukea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="144"/>
        <source>{0} is larger than {1}</source>
        <translation>{0} on suurempi kuin {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="147"/>
        <source>A reply carries at most {0} files</source>
        <translation>Vastaukseen voi liittää enintään {0} tiedostoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="174"/>
        <source>Remove {0} from the reply</source>
        <translation>Poista {0} vastauksesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="175"/>
        <source>Attached: {0}</source>
        <translation>Liitetty: {0}</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="203"/>
        <source>The desk is still starting; try again in a moment.</source>
        <translation>Työpöytä käynnistyy vielä; yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="103"/>
        <source>Muted</source>
        <translation>Mykistetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="107"/>
        <source>Talk time</source>
        <translation>Puheaika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="120"/>
        <location filename="../../desktop/ui/calls/call_panel.py" line="299"/>
        <source>Hold</source>
        <translation>Pito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="120"/>
        <source>Hold or resume ({0})</source>
        <translation>Pitoon tai jatka ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="123"/>
        <location filename="../../desktop/ui/calls/call_panel.py" line="300"/>
        <source>Mute</source>
        <translation>Mykistä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="123"/>
        <source>Mute or unmute your microphone ({0})</source>
        <translation>Mykistä mikrofoni tai palauta se ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="126"/>
        <source>Keypad</source>
        <translation>Näppäimistö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="126"/>
        <source>Send tones, e.g. for a menu ({0})</source>
        <translation>Lähetä äänitaajuusvalintoja, esim. valikkoon ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="129"/>
        <source>Transfer…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="129"/>
        <source>Blind transfer to a queue or a colleague</source>
        <translation>Suora siirto jonoon tai kollegalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="132"/>
        <source>Consult…</source>
        <translation>Konsultoi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="132"/>
        <source>Talk to a queue or a colleague first, then hand over</source>
        <translation>Puhu ensin jonon tai kollegan kanssa, siirrä sitten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="135"/>
        <source>Complete transfer</source>
        <translation>Viimeistele siirto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="135"/>
        <source>Hand the customer over and leave the call</source>
        <translation>Siirrä asiakas ja poistu puhelusta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="137"/>
        <source>Cancel transfer</source>
        <translation>Peru siirto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="137"/>
        <source>Take the customer back</source>
        <translation>Ota asiakas takaisin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="139"/>
        <source>Hang up</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="139"/>
        <source>End the call ({0})</source>
        <translation>Lopeta puhelu ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="284"/>
        <source>Inbound</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="284"/>
        <source>Outbound</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="288"/>
        <source>Consulting {0}</source>
        <translation>Konsultoidaan: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="299"/>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="300"/>
        <source>Unmute</source>
        <translation>Poista mykistys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="326"/>
        <source>On hold {0}</source>
        <translation>Pidossa {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="364"/>
        <source>The call was not put on hold</source>
        <translation>Puhelua ei asetettu pitoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="365"/>
        <source>The call was not resumed</source>
        <translation>Puhelua ei jatkettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="366"/>
        <source>Not muted</source>
        <translation>Ei mykistetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="367"/>
        <source>Not unmuted</source>
        <translation>Mykistystä ei poistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="368"/>
        <source>The tones were not sent</source>
        <translation>Ääniä ei lähetetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="369"/>
        <source>The call was not hung up</source>
        <translation>Puhelua ei lopetettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="370"/>
        <source>The call was not transferred</source>
        <translation>Puhelua ei siirretty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="371"/>
        <source>The consultation did not start</source>
        <translation>Konsultointi ei alkanut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="372"/>
        <source>The transfer was not completed</source>
        <translation>Siirtoa ei viimeistelty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="373"/>
        <source>The transfer was not cancelled</source>
        <translation>Siirtoa ei peruttu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="375"/>
        <source>The call did not change</source>
        <translation>Puhelu ei muuttunut</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="261"/>
        <source>Schedule a callback</source>
        <translation>Ajoita takaisinsoitto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="262"/>
        <source>Call {0} back at</source>
        <translation>Soita takaisin asiakkaalle {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="266"/>
        <source>Callback date and time</source>
        <translation>Takaisinsoiton päivä ja aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="275"/>
        <source>Note for whoever calls</source>
        <translation>Huomio soittajalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="276"/>
        <source>Note for whoever calls (optional)</source>
        <translation>Huomio soittajalle (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="279"/>
        <source>Offer it to me first</source>
        <translation>Tarjoa ensin minulle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="285"/>
        <source>Schedule</source>
        <translation>Ajoita</translation>
    </message>
</context>
<context>
    <name>CallbackSection</name>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="47"/>
        <source>Callbacks</source>
        <translation>Takaisinsoitot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="50"/>
        <source>Schedule callback…</source>
        <translation>Ajoita takaisinsoitto…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="52"/>
        <source>Promise the customer a call back at a time</source>
        <translation>Lupaa asiakkaalle takaisinsoitto tiettynä aikana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="53"/>
        <source>None scheduled</source>
        <translation>Ei ajoitettuja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="97"/>
        <source>{0} · offered to you first</source>
        <translation>{0} · tarjotaan ensin sinulle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="99"/>
        <source>{0} · calling now</source>
        <translation>{0} · soitetaan nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="105"/>
        <source>Cancel</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="137"/>
        <source>The callback was not scheduled</source>
        <translation>Takaisinsoittoa ei ajoitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="139"/>
        <source>Callback scheduled for {0}</source>
        <translation>Takaisinsoitto ajoitettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="147"/>
        <source>The callback was not cancelled</source>
        <translation>Takaisinsoittoa ei peruttu</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="31"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="33"/>
        <source>{0} d {1} h</source>
        <translation>{0} vrk {1} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="46"/>
        <source>Ringing</source>
        <translation>Soi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="47"/>
        <source>Connected</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="48"/>
        <source>On hold</source>
        <translation>Pidossa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="49"/>
        <source>Consulting</source>
        <translation>Konsultoidaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="50"/>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="58"/>
        <source>Busy with another customer</source>
        <translation>Palvelen toista asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="59"/>
        <source>Not my language or skill</source>
        <translation>Ei minun kieleni tai osaamiseni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="60"/>
        <source>Technical problem</source>
        <translation>Tekninen ongelma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="61"/>
        <source>Stepping away</source>
        <translation>Olen poistumassa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="69"/>
        <source>your skill level {0}</source>
        <translation>osaamistasosi {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="71"/>
        <source>your skill</source>
        <translation>osaamisesi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="74"/>
        <source>You are the only available agent with {0}</source>
        <translation>Olet ainoa vapaa agentti; sinulla on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="78"/>
        <source>You have been idle the longest of {0} agents with {1}</source>
        <translation>Olet ollut vapaana pisimpään {0} agentista; sinulla on {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="82"/>
        <source>Offered more widely after a long wait; you have {0}</source>
        <translation>Tarjottu laajemmin pitkän odotuksen jälkeen; sinulla on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="86"/>
        <source>Kept for you: a callback you promised or a transfer to you</source>
        <translation>Varattu sinulle: lupaamasi takaisinsoitto tai siirto sinulle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="90"/>
        <source>You took the next waiting email</source>
        <translation>Otit seuraavan odottavan sähköpostin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="92"/>
        <source>You claimed it from the queue</source>
        <translation>Otit sen jonosta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="94"/>
        <source>A colleague transferred it to your queue</source>
        <translation>Kollega siirsi sen jonoosi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="96"/>
        <source>Routed to you</source>
        <translation>Ohjattu sinulle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="98"/>
        <source>the customer waited {0}</source>
        <translation>asiakas odotti {0}</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="371"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="408"/>
        <source>Not saved: {0}</source>
        <translation>Ei tallennettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="425"/>
        <source>Deleting the canned reply</source>
        <translation>Vastauspohjan poistaminen</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="95"/>
        <source>Personal</source>
        <translation>Omat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="96"/>
        <source>Shared</source>
        <translation>Yhteiset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="233"/>
        <source>Canned replies</source>
        <translation>Vastauspohjat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="241"/>
        <source>Matching canned replies</source>
        <translation>Sopivat vastauspohjat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="253"/>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ valitse · Enter lisää · Esc sulkee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="282"/>
        <source>No canned reply matches</source>
        <translation>Mikään vastauspohja ei vastaa hakua</translation>
    </message>
</context>
<context>
    <name>ChannelExtras</name>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="70"/>
        <source>open the attachment</source>
        <translation>avata liitettä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="73"/>
        <source>attach the file</source>
        <translation>liittää tiedostoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="78"/>
        <source>Customer is typing…</source>
        <translation>Asiakas kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="133"/>
        <source>the desk is still starting</source>
        <translation>työpöytä käynnistyy vielä</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/conversation/channel.py" line="135"/>
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Ladataan %n tiedosto…</numerusform>
            <numerusform>Ladataan %n tiedostoa…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="142"/>
        <source>{0} was not uploaded: {1}</source>
        <translation>Tiedoston {0} lataus epäonnistui: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="170"/>
        <source>retry the delivery</source>
        <translation>yrittää toimitusta uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="172"/>
        <source>You are offline; try again when connected.</source>
        <translation>Ei yhteyttä; yritä uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="249"/>
        <source>Retry delivery</source>
        <translation>Yritä toimitusta uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="252"/>
        <source>Hide quoted text</source>
        <translation>Piilota lainattu teksti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="252"/>
        <source>Show quoted text</source>
        <translation>Näytä lainattu teksti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="255"/>
        <source>View formatted</source>
        <translation>Näytä muotoiltuna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="257"/>
        <source>Open {0} ({1})</source>
        <translation>Avaa {0} ({1})</translation>
    </message>
</context>
<context>
    <name>ColleaguesLabel</name>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="80"/>
        <source>{0} is typing…</source>
        <translation>{0} kirjoittaa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="81"/>
        <source>{0} is typing… (and 1 other here)</source>
        <translation>{0} kirjoittaa… (ja 1 muu paikalla)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="82"/>
        <source>{0} is typing… (and {1} others here)</source>
        <translation>{0} kirjoittaa… (ja {1} muuta paikalla)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="85"/>
        <source>{0} is viewing</source>
        <translation>{0} katsoo keskustelua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="86"/>
        <source>{0} and 1 other are here</source>
        <translation>{0} ja 1 muu ovat paikalla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="87"/>
        <source>{0} and {1} others are here</source>
        <translation>{0} ja {1} muuta ovat paikalla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="98"/>
        <source>{0}: typing</source>
        <translation>{0}: kirjoittaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="100"/>
        <source>{0}: viewing</source>
        <translation>{0}: katsoo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="277"/>
        <source>A colleague</source>
        <translation>Työtoveri</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../../desktop/ui/calls/commands.py" line="112"/>
        <location filename="../../desktop/ui/calls/commands.py" line="137"/>
        <source>Not connected: {0}</source>
        <translation>Ei yhteyttä: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/commands.py" line="139"/>
        <source>{0}: the server did not answer in time</source>
        <translation>{0}: palvelin ei vastannut ajoissa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/commands.py" line="141"/>
        <location filename="../../desktop/ui/calls/commands.py" line="142"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="225"/>
        <source>Approve request</source>
        <translation>Hyväksy pyyntö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="225"/>
        <source>Deny request</source>
        <translation>Hylkää pyyntö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="230"/>
        <source>Comment for the agents</source>
        <translation>Kommentti agenteille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="231"/>
        <source>A comment for the agents (optional)</source>
        <translation>Kommentti agenteille (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="235"/>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="235"/>
        <source>Deny</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="242"/>
        <source>Comment:</source>
        <translation>Kommentti:</translation>
    </message>
</context>
<context>
    <name>ComplaintLauncher</name>
    <message>
        <location filename="../../desktop/ui/conversation/complaint_action.py" line="49"/>
        <source>Complaint…</source>
        <translation>Reklamaatio…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/complaint_action.py" line="51"/>
        <source>Open a complaint for this customer</source>
        <translation>Avaa reklamaatio tälle asiakkaalle</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="13"/>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="14"/>
        <source>Delivery</source>
        <translation>Toimitus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="15"/>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="16"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="17"/>
        <source>Conduct</source>
        <translation>Käytös</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="18"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="25"/>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="26"/>
        <source>Medium</source>
        <translation>Keskitaso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="27"/>
        <source>High</source>
        <translation>Korkea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="28"/>
        <source>Critical</source>
        <translation>Kriittinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="35"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="36"/>
        <source>Investigating</source>
        <translation>Selvitetään</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="37"/>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="60"/>
        <source>Waiting for customer</source>
        <translation>Odottaa asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="38"/>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="39"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="47"/>
        <source>Escalated to supervisor</source>
        <translation>Eskaloitu esihenkilölle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="48"/>
        <source>Escalated to second level</source>
        <translation>Eskaloitu toiselle tasolle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="57"/>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="58"/>
        <source>Start investigating</source>
        <translation>Aloita selvitys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="61"/>
        <source>Resolve…</source>
        <translation>Ratkaise…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="62"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="55"/>
        <source>{0} d {1} h</source>
        <translation>{0} vrk {1} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="57"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="58"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="77"/>
        <source>Complaints</source>
        <translation>Reklamaatiot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="81"/>
        <source>No complaints from this customer. To record one, open their conversation and use Complaint… in its header.</source>
        <translation>Tältä asiakkaalta ei ole reklamaatioita. Kirjaa reklamaatio avaamalla asiakkaan keskustelu ja valitsemalla sen otsikkorivillä Reklamaatio…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="111"/>
        <source>Complaint</source>
        <translation>Reklamaatio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="112"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="113"/>
        <source>Escalation</source>
        <translation>Eskalointi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="114"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="115"/>
        <source>Customer wants</source>
        <translation>Asiakas haluaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="116"/>
        <source>Contact</source>
        <translation>Yhteydenpito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="117"/>
        <source>Resolution</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="118"/>
        <source>Satisfaction</source>
        <translation>Tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="129"/>
        <source>Tasks</source>
        <translation>Tehtävät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="140"/>
        <source>Escalate…</source>
        <translation>Eskaloi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="142"/>
        <source>Add task…</source>
        <translation>Lisää tehtävä…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="170"/>
        <source>The server refused: {0}</source>
        <translation>Palvelin hylkäsi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="207"/>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="254"/>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="294"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="251"/>
        <source>{0}, since {1}</source>
        <translation>{0}, alkaen {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="258"/>
        <source>Not escalated</source>
        <translation>Ei eskaloitu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="263"/>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="266"/>
        <source>confirmed with the customer</source>
        <translation>vahvistettu asiakkaan kanssa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="268"/>
        <source>not confirmed</source>
        <translation>ei vahvistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="290"/>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="292"/>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="300"/>
        <source>Not done</source>
        <translation>Ei tehty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="300"/>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="302"/>
        <source>Mark task done: {0}</source>
        <translation>Merkitse tehtävä tehdyksi: {0}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="167"/>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="144"/>
        <source>Select a conversation in the inbox</source>
        <translation>Valitse keskustelu saapuneista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="213"/>
        <source>Claim</source>
        <translation>Ota itselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="215"/>
        <source>Take this waiting email: it becomes yours</source>
        <translation>Ota tämä odottava sähköposti: siitä tulee sinun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="220"/>
        <source>Conversation status</source>
        <translation>Keskustelun tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="241"/>
        <source>open a complaint</source>
        <translation>avata reklamaatiota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="244"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="266"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="483"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="505"/>
        <source>Assigned to a colleague. Reply anyway?</source>
        <translation>Osoitettu työtoverille. Vastataanko silti?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="506"/>
        <source>Assigned to {0}. Reply anyway?</source>
        <translation>Osoitettu: {0}. Vastataanko silti?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="532"/>
        <source>Queueing the reply</source>
        <translation>Vastauksen jonoon lisääminen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="564"/>
        <source>change the status</source>
        <translation>muuttaa tilaa</translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="136"/>
        <source>Internal note</source>
        <translation>Sisäinen muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="139"/>
        <source>{0} messages</source>
        <translation>{0} viestiä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="273"/>
        <source>Search conversations and messages</source>
        <translation>Hae keskusteluista ja viesteistä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="274"/>
        <source>Search conversations</source>
        <translation>Hae keskusteluja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="275"/>
        <source>Channel filter</source>
        <translation>Kanavasuodatin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="276"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="279"/>
        <source>Status filter</source>
        <translation>Tilasuodatin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="280"/>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="283"/>
        <source>Queue filter</source>
        <translation>Jonosuodatin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="284"/>
        <source>Language filter</source>
        <translation>Kielisuodatin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="285"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="293"/>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="345"/>
        <source>All queues</source>
        <translation>Kaikki jonot</translation>
    </message>
</context>
<context>
    <name>CustomerEntry</name>
    <message>
        <location filename="../../desktop/ui/customer/entry.py" line="23"/>
        <source>Customer profile</source>
        <translation>Asiakasprofiili</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="114"/>
        <source>Customer profile sections</source>
        <translation>Asiakasprofiilin osiot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="115"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="116"/>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="117"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="118"/>
        <source>Promises</source>
        <translation>Lupaukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="119"/>
        <source>Complaints</source>
        <translation>Reklamaatiot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="136"/>
        <source>Find a customer by name, email, phone or order number, or open one from a conversation or a ringing call.</source>
        <translation>Hae asiakasta nimen, sähköpostin, puhelinnumeron tai tilausnumeron perusteella tai avaa asiakas keskustelusta tai soivasta puhelusta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="225"/>
        <location filename="../../desktop/ui/customer/page.py" line="241"/>
        <source>Offline: customers this desk holds.</source>
        <translation>Ei yhteyttä: tämän työpöydän tallentamat asiakkaat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="248"/>
        <source>find a customer</source>
        <translation>hakea asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="326"/>
        <source>Contacts and orders come with the profile from the server.</source>
        <translation>Yhteydenotot ja tilaukset tulevat palvelimelta profiilin mukana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="330"/>
        <source>No contacts with this customer yet.</source>
        <translation>Tämän asiakkaan kanssa ei ole vielä yhteydenottoja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="331"/>
        <source>No orders: the shop has sent none for this customer.</source>
        <translation>Ei tilauksia: verkkokauppa ei ole lähettänyt tälle asiakkaalle yhtään.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="341"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>Aikajana (%n)</numerusform>
            <numerusform>Aikajana (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="342"/>
        <source>Orders (%n)</source>
        <translation>
            <numerusform>Tilaukset (%n)</numerusform>
            <numerusform>Tilaukset (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="343"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Muistiinpanot (%n)</numerusform>
            <numerusform>Muistiinpanot (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="346"/>
        <source>Promises (%n overdue)</source>
        <translation>
            <numerusform>Lupaukset (%n myöhässä)</numerusform>
            <numerusform>Lupaukset (%n myöhässä)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="348"/>
        <source>Promises (%n)</source>
        <translation>
            <numerusform>Lupaukset (%n)</numerusform>
            <numerusform>Lupaukset (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="350"/>
        <source>Complaints (%n)</source>
        <translation>
            <numerusform>Reklamaatiot (%n)</numerusform>
            <numerusform>Reklamaatiot (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="390"/>
        <source>read the customer&apos;s profile</source>
        <translation>lukea asiakkaan profiilia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="400"/>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>Tämän asiakkaan henkilötiedot on poistettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="420"/>
        <source>Sign in to add notes.</source>
        <translation>Kirjaudu sisään lisätäksesi muistiinpanoja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="428"/>
        <source>add a note</source>
        <translation>lisätä muistiinpanoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="446"/>
        <source>Sign in to change a customer.</source>
        <translation>Kirjaudu sisään muuttaaksesi asiakkaan tietoja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="453"/>
        <source>change the customer</source>
        <translation>muuttaa asiakkaan tietoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="462"/>
        <source>Save the customer&apos;s data</source>
        <translation>Tallenna asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="464"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="483"/>
        <source>export the customer</source>
        <translation>viedä asiakkaan tietoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="485"/>
        <source>Saved to {0}</source>
        <translation>Tallennettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="506"/>
        <source>erase the customer</source>
        <translation>poistaa asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="508"/>
        <source>The customer was erased.</source>
        <translation>Asiakas poistettiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="532"/>
        <source>Something went wrong: {0}</source>
        <translation>Jokin meni vikaan: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="535"/>
        <source>Sign in to reach the server.</source>
        <translation>Kirjaudu sisään, jotta palvelimeen saadaan yhteys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="536"/>
        <source>Type at least two characters.</source>
        <translation>Kirjoita vähintään kaksi merkkiä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="537"/>
        <source>The server does not know this customer (merged or erased?).</source>
        <translation>Palvelin ei tunne tätä asiakasta (yhdistetty tai poistettu?).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="538"/>
        <source>The server could not answer ({0}).</source>
        <translation>Palvelin ei pystynyt vastaamaan ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="544"/>
        <source>You are offline; this desk has not seen this customer&apos;s profile yet.</source>
        <translation>Ei yhteyttä; tämä työpöytä ei ole vielä nähnyt tämän asiakkaan profiilia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="547"/>
        <source>The server refused.</source>
        <translation>Palvelin hylkäsi pyynnön.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="53"/>
        <source>Name, email, phone or order number</source>
        <translation>Nimi, sähköposti, puhelinnumero tai tilausnumero</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="64"/>
        <source>Customers found</source>
        <translation>Löydetyt asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="75"/>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="171"/>
        <source>None chosen yet.</source>
        <translation>Ei vielä valittu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_picker.py" line="100"/>
        <source>Type at least %n character(s).</source>
        <translation>
            <numerusform>Kirjoita vähintään %n merkki.</numerusform>
            <numerusform>Kirjoita vähintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="108"/>
        <source>Not connected to the server yet.</source>
        <translation>Palvelimeen ei ole vielä yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="124"/>
        <source>find a customer</source>
        <translation>hakea asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="140"/>
        <source>customer {0}</source>
        <translation>asiakas {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="149"/>
        <source>No customer matches.</source>
        <translation>Mikään asiakas ei vastaa hakua.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="162"/>
        <source>Chosen: {0} (customer {1})</source>
        <translation>Valittu: {0} (asiakas {1})</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="49"/>
        <source>Decline the offer</source>
        <translation>Hylkää tarjous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="51"/>
        <source>Why are you declining?</source>
        <translation>Miksi hylkäät?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="59"/>
        <source>Other:</source>
        <translation>Muu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="64"/>
        <source>Your reason</source>
        <translation>Syysi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="66"/>
        <source>Your reason (a supervisor reads it)</source>
        <translation>Syysi (esihenkilö lukee sen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="72"/>
        <source>Decline</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="101"/>
        <source>the channel gave no reason</source>
        <translation>kanava ei ilmoittanut syytä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="104"/>
        <source>Not delivered: {0}</source>
        <translation>Ei toimitettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="106"/>
        <source>Queued</source>
        <translation>Jonossa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="107"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="108"/>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="116"/>
        <source>Attempts: {0}</source>
        <translation>Yrityksiä: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="120"/>
        <source>Not delivered. {0}. {1}</source>
        <translation>Ei toimitettu. {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="124"/>
        <source>{0}. Last error: {1}</source>
        <translation>{0}. Viimeisin virhe: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="143"/>
        <source>attachment</source>
        <translation>liite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="174"/>
        <source>Hide quoted text</source>
        <translation>Piilota lainattu teksti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="176"/>
        <source>Show quoted text</source>
        <translation>Näytä lainattu teksti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="180"/>
        <source>View formatted</source>
        <translation>Näytä muotoiltuna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="216"/>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="254"/>
        <source>The key of your local cache is in the system keyring, which cannot be reached now ({0}). Unlock the keyring and start Frontline again; nothing was changed.</source>
        <translation>Paikallisen välimuistisi avain on järjestelmän avainnipussa, johon ei nyt saada yhteyttä ({0}). Avaa avainnippu ja käynnistä Frontline uudelleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="99"/>
        <location filename="../../desktop/session.py" line="349"/>
        <source>connect</source>
        <translation>yhdistä</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="114"/>
        <source>Starting the local server…</source>
        <translation>Käynnistetään paikallista palvelinta…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="119"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="133"/>
        <location filename="../../desktop/session.py" line="244"/>
        <source>Signed out — sign in again</source>
        <translation>Kirjautunut ulos — kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="166"/>
        <source>sync</source>
        <translation>synkronoi</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="266"/>
        <source>The local server stopped; restarting it…</source>
        <translation>Paikallinen palvelin pysähtyi; käynnistetään uudelleen…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="291"/>
        <source>restart the local server</source>
        <translation>käynnistä paikallinen palvelin uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="334"/>
        <source>sign in again</source>
        <translation>kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="358"/>
        <source>sign in</source>
        <translation>kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="361"/>
        <source>sign out</source>
        <translation>kirjautua ulos</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="505"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="525"/>
        <location filename="../../desktop/app.py" line="575"/>
        <source>Unexpected error: {0}</source>
        <translation>Odottamaton virhe: {0}</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="37"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="41"/>
        <source>Reconnect now</source>
        <translation>Yhdistä nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="43"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="73"/>
        <source>Starting…</source>
        <translation>Käynnistetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="97"/>
        <source>Signed in as {0}</source>
        <translation>Kirjautunut: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="104"/>
        <source>No keyring: you will sign in again next time</source>
        <translation>Ei avainnippua: kirjaudut uudelleen ensi kerralla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="109"/>
        <source>Cache key kept in a file (no keyring)</source>
        <translation>Välimuistin avain on tiedostossa (ei avainnippua)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="113"/>
        <source>The cache could not be decrypted; kept aside as {0}, syncing anew</source>
        <translation>Välimuistin salausta ei voitu purkaa; se on siirretty sivuun nimellä {0}, synkronoidaan alusta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="132"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>Ei yhteyttä — %n muutos jonossa</numerusform>
            <numerusform>Ei yhteyttä — %n muutosta jonossa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="133"/>
        <source>Offline</source>
        <translation>Ei yhteyttä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="135"/>
        <source>Signed out — sign in again</source>
        <translation>Kirjautunut ulos — kirjaudu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="138"/>
        <location filename="../../desktop/ui/shell/status_bar.py" line="145"/>
        <source>Reconnecting…</source>
        <translation>Yhdistetään uudelleen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="143"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Yhdistetään uudelleen %n s kuluttua</numerusform>
            <numerusform>Yhdistetään uudelleen %n s kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="148"/>
        <source>the local cache cannot be written (is the disk full?)</source>
        <translation>paikalliseen välimuistiin ei voi kirjoittaa (onko levy täynnä?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="150"/>
        <source>Syncing…</source>
        <translation>Synkronoidaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="152"/>
        <source>Online</source>
        <translation>Yhteydessä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="154"/>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="156"/>
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n muutos jonossa</numerusform>
            <numerusform>%n muutosta jonossa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="164"/>
        <source>Connection: {0}</source>
        <translation>Yhteys: {0}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="42"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="45"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="51"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="52"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="53"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="54"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="55"/>
        <source>Tags</source>
        <translation>Tagit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="56"/>
        <source>Contact allowed</source>
        <translation>Yhteydenotto sallittu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="59"/>
        <source>Open profile</source>
        <translation>Avaa profiili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="61"/>
        <source>The customer&apos;s history, orders and notes</source>
        <translation>Asiakkaan historia, tilaukset ja muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="66"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="67"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="68"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="69"/>
        <source>Messages</source>
        <translation>Viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="70"/>
        <source>Last activity</source>
        <translation>Viimeksi aktiivinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="71"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="138"/>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="139"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="140"/>
        <source>marketing</source>
        <translation>markkinointi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="144"/>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/ui/conversation/drafts.py" line="106"/>
        <source>Saving the draft</source>
        <translation>Luonnosta tallennetaan</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="48"/>
        <source>Edit customer</source>
        <translation>Muokkaa asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="53"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="102"/>
        <source>Tags</source>
        <translation>Tagit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="54"/>
        <source>vip, at-risk</source>
        <translation>vip, at-risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="55"/>
        <source>May be contacted by email</source>
        <translation>Saa ottaa yhteyttä sähköpostitse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="57"/>
        <source>May be contacted by phone</source>
        <translation>Saa ottaa yhteyttä puhelimitse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="59"/>
        <source>Agreed to marketing</source>
        <translation>Suostunut markkinointiin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="63"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="107"/>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="70"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="116"/>
        <source>Identities</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="73"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="75"/>
        <source>Kind of identity</source>
        <translation>Tunnisteen tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="77"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="78"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="79"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="83"/>
        <source>New identity</source>
        <translation>Uusi tunniste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="84"/>
        <source>name@example.com, +358 40 123 4567, handle</source>
        <translation>nimi@esimerkki.fi, +358 40 123 4567, käyttäjänimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="85"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="106"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="215"/>
        <source>Erase customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="219"/>
        <source>Erasing anonymises {0} everywhere: name, contact details and identities, messages redacted, also in every desk&apos;s cache. An audit record without personal data is kept. This cannot be undone.

Type the customer&apos;s name to confirm:</source>
        <translation>Poistaminen anonymisoi asiakkaan {0} kaikkialla: nimi, yhteystiedot ja tunnisteet poistetaan ja viestien sisältö poistetaan, myös jokaisen työpöydän välimuistista. Tarkastusmerkintä ilman henkilötietoja säilytetään. Tätä ei voi perua.

Vahvista kirjoittamalla asiakkaan nimi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="228"/>
        <source>The customer&apos;s name, to confirm</source>
        <translation>Asiakkaan nimi vahvistukseksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="231"/>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="207"/>
        <source>Escalate the complaint</source>
        <translation>Eskaloi reklamaatio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="210"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="219"/>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="211"/>
        <source>Supervisor</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="212"/>
        <source>Second level</source>
        <translation>Toinen taso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="213"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="220"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="215"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="221"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="216"/>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="65"/>
        <source>Name, email, phone, order…</source>
        <translation>Nimi, sähköposti, puhelin, tilaus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="66"/>
        <source>Find customer</source>
        <translation>Hae asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="70"/>
        <source>Customers found</source>
        <translation>Löydetyt asiakkaat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/find.py" line="117"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n asiakas löytyi</numerusform>
            <numerusform>%n asiakasta löytyi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="121"/>
        <source>No customer matches “{0}”. Try part of the phone number, the whole email address, the order number, or the surname alone.</source>
        <translation>Mikään asiakas ei vastaa hakua ”{0}”. Kokeile osaa puhelinnumerosta, koko sähköpostiosoitetta, tilausnumeroa tai pelkkää sukunimeä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="135"/>
        <source>Recent customers</source>
        <translation>Viimeaikaiset asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="166"/>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="167"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="168"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="169"/>
        <source>order</source>
        <translation>tilaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="171"/>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="173"/>
        <source>last contact {0}</source>
        <translation>viimeisin yhteydenotto: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="190"/>
        <source>Type at least two characters: a name, an email, a phone number or part of it, or an order number.</source>
        <translation>Kirjoita vähintään kaksi merkkiä: nimi, sähköposti, puhelinnumero tai sen osa tai tilausnumero.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="207"/>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
</context>
<context>
    <name>FormattedMailDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="117"/>
        <source>Formatted email from {0}</source>
        <translation>Muotoiltu sähköposti – lähettäjä {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="119"/>
        <source>Formatted email</source>
        <translation>Muotoiltu sähköposti</translation>
    </message>
</context>
<context>
    <name>InboxControls</name>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="57"/>
        <source>Mine</source>
        <translation>Omat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="59"/>
        <source>Unassigned</source>
        <translation>Vapaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="61"/>
        <source>Mentions</source>
        <translation>Maininnat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="62"/>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="67"/>
        <source>Open and pending conversations assigned to you</source>
        <translation>Sinulle osoitetut avoimet ja odottavat keskustelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="71"/>
        <source>Conversations of your queues nobody has taken</source>
        <translation>Jonojesi keskustelut, joita kukaan ei ole ottanut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="75"/>
        <source>Conversations whose internal notes mention you, newest first</source>
        <translation>Keskustelut, joiden sisäisissä muistiinpanoissa sinut mainitaan, uusimmat ensin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="78"/>
        <source>Every conversation of your queues</source>
        <translation>Kaikki jonojesi keskustelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="85"/>
        <source>Waiting</source>
        <translation>Odotus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="87"/>
        <source>SLA due</source>
        <translation>SLA-raja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="88"/>
        <source>Newest</source>
        <translation>Uusimmat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="93"/>
        <source>The customer waiting longest first; nothing to answer last</source>
        <translation>Pisimpään odottanut asiakas ensin; ne, joihin ei tarvitse vastata, viimeisinä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="97"/>
        <source>The response due soonest first; no SLA timer last</source>
        <translation>Aikaisimmin erääntyvä vastaus ensin; ne, joilla ei ole SLA-ajastinta, viimeisinä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="100"/>
        <source>Latest activity first</source>
        <translation>Viimeisin toiminta ensin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="140"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="141"/>
        <source>Sort conversations</source>
        <translation>Lajittele keskustelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="152"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="154"/>
        <source>Show every conversation of this view</source>
        <translation>Näytä kaikki tämän näkymän keskustelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="157"/>
        <source>Put new and changed conversations in their place</source>
        <translation>Siirrä uudet ja muuttuneet keskustelut paikoilleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="181"/>
        <source>Inbox views</source>
        <translation>Saapuneiden näkymät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="199"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="231"/>
        <source>Filter</source>
        <translation>Suodata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="200"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="201"/>
        <source>Filter by channel, queue or language</source>
        <translation>Suodata kanavan, jonon tai kielen mukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="227"/>
        <source>Queue {0}</source>
        <translation>Jono {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="231"/>
        <source>Filter •</source>
        <translation>Suodata •</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/controls.py" line="252"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="254"/>
        <source>Update list</source>
        <translation>Päivitä lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="264"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="274"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="275"/>
        <source>All queues</source>
        <translation>Kaikki jonot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="285"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="287"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="291"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="319"/>
        <source>SLA at risk</source>
        <translation>SLA vaarassa</translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <location filename="../../desktop/ui/inbox/delegate.py" line="176"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="111"/>
        <source>Customer and conversation details</source>
        <translation>Asiakkaan ja keskustelun tiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="293"/>
        <source>No email is waiting</source>
        <translation>Yksikään sähköposti ei odota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="298"/>
        <source>No email was taken</source>
        <translation>Sähköpostia ei otettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="306"/>
        <source>The email was not claimed</source>
        <translation>Sähköpostia ei otettu itselle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="308"/>
        <source>The email is yours</source>
        <translation>Sähköposti on nyt sinun</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="86"/>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="90"/>
        <source>Take next email</source>
        <translation>Ota seuraava sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="96"/>
        <location filename="../../desktop/ui/inbox/view.py" line="98"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="99"/>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="100"/>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="101"/>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="102"/>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="103"/>
        <source>SLA at risk</source>
        <translation>SLA vaarassa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="106"/>
        <source>Open conversations whose response is nearly or already overdue</source>
        <translation>Avoimet keskustelut, joiden vastausaika on umpeutumassa tai jo ylittynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="160"/>
        <source>Take the oldest waiting email of your queues</source>
        <translation>Ota jonojesi pisimpään odottanut sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="183"/>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
</context>
<context>
    <name>InboxSla</name>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="42"/>
        <source>{0} d</source>
        <translation>{0} pv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="77"/>
        <source>First response overdue by {0}</source>
        <translation>Ensivastaus myöhässä: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="80"/>
        <source>First response due in {0}</source>
        <translation>Ensivastaus erääntyy: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="82"/>
        <source>Next response overdue by {0}</source>
        <translation>Seuraava vastaus myöhässä: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="85"/>
        <source>Next response due in {0}</source>
        <translation>Seuraava vastaus erääntyy: {0}</translation>
    </message>
</context>
<context>
    <name>KeyboardTab</name>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="82"/>
        <source>Click a key field and press the new keys; its clear button removes them. New keys replace the action&apos;s keys.</source>
        <translation>Napsauta näppäinkenttää ja paina uusia näppäimiä; kentän tyhjennyspainike poistaa ne. Uudet näppäimet korvaavat toiminnon näppäimet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="90"/>
        <source>Search actions</source>
        <translation>Hae toimintoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="91"/>
        <source>Search actions or keys</source>
        <translation>Hae toimintoja tai näppäimiä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="97"/>
        <source>Why the keys were refused</source>
        <translation>Miksi näppäimet hylättiin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="106"/>
        <source>Actions and their keys</source>
        <translation>Toiminnot ja niiden näppäimet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="155"/>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="156"/>
        <source>Reset {0}</source>
        <translation>Palauta {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="160"/>
        <source>Handled by the part of the desk it belongs to; not changeable here yet</source>
        <translation>Tätä hoitaa työpöydän osa, johon se kuuluu; ei vielä muutettavissa täällä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="232"/>
        <source>{0} already belongs to “{1}” ({2}): give that action other keys first.</source>
        <translation>{0} on jo toiminnon ”{1}” ({2}) käytössä: anna sille ensin muut näppäimet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="260"/>
        <source>also {0}</source>
        <translation>myös {0}</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="29"/>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="30"/>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="31"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="32"/>
        <source>Offers and calls</source>
        <translation>Tarjoukset ja puhelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="33"/>
        <source>Presence</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="34"/>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="35"/>
        <source>Desk</source>
        <translation>Työpöytä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="98"/>
        <source>Next conversation</source>
        <translation>Seuraava keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="104"/>
        <source>Previous conversation</source>
        <translation>Edellinen keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="110"/>
        <source>Next conversation (in the inbox list)</source>
        <translation>Seuraava keskustelu (saapuneiden listassa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="117"/>
        <source>Previous conversation (in the inbox list)</source>
        <translation>Edellinen keskustelu (saapuneiden listassa)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="124"/>
        <source>Search conversations</source>
        <translation>Hae keskusteluja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="130"/>
        <source>Show new and updated conversations</source>
        <translation>Näytä uudet ja päivittyneet keskustelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="136"/>
        <source>Take the next waiting email</source>
        <translation>Ota seuraava odottava sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="142"/>
        <source>Resolve the conversation</source>
        <translation>Ratkaise keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="148"/>
        <source>Set pending (waiting on the customer)</source>
        <translation>Aseta odottamaan (asiakkaan vastausta)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="154"/>
        <source>Snooze the conversation</source>
        <translation>Torkuta keskustelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="160"/>
        <source>Reopen the conversation</source>
        <translation>Avaa keskustelu uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="166"/>
        <source>Open a complaint for the customer</source>
        <translation>Avaa reklamaatio asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="172"/>
        <source>Write a reply</source>
        <translation>Kirjoita vastaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="178"/>
        <source>Send the reply</source>
        <translation>Lähetä vastaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="185"/>
        <source>Switch between reply and internal note</source>
        <translation>Vaihda vastauksen ja sisäisen muistiinpanon välillä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="191"/>
        <source>Insert a canned reply</source>
        <translation>Lisää vastauspohja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="197"/>
        <source>Accept the offer</source>
        <translation>Hyväksy tarjous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="203"/>
        <source>Decline the offer</source>
        <translation>Hylkää tarjous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="209"/>
        <source>Hold or resume the call</source>
        <translation>Pitoon tai jatka puhelua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="215"/>
        <source>Mute or unmute</source>
        <translation>Mykistä tai poista mykistys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="221"/>
        <source>Keypad (send tones)</source>
        <translation>Näppäimistö (lähetä äänitaajuusvalintoja)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="227"/>
        <source>Transfer the call</source>
        <translation>Siirrä puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="233"/>
        <source>Hang up</source>
        <translation>Lopeta puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="240"/>
        <source>Show the inbox</source>
        <translation>Näytä saapuneet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="246"/>
        <source>Show the knowledge base</source>
        <translation>Näytä tietopankki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="252"/>
        <source>Search the knowledge base</source>
        <translation>Hae tietopankista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="258"/>
        <source>Show the customer page</source>
        <translation>Näytä asiakassivu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="264"/>
        <source>Find a customer</source>
        <translation>Hae asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="270"/>
        <source>Show my day (schedule, breaks, swaps)</source>
        <translation>Näytä oma päivä (aikataulu, tauot, vaihdot)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="276"/>
        <source>Show my KPIs</source>
        <translation>Näytä omat tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="282"/>
        <source>Show the team (supervisors)</source>
        <translation>Näytä tiimi (esihenkilöt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="288"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="294"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="300"/>
        <source>Reconnect now</source>
        <translation>Yhdistä nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="306"/>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="312"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="146"/>
        <source>{0} uses AltGr, which types characters on many keyboards.</source>
        <translation>{0} käyttää AltGr-näppäintä, jolla kirjoitetaan merkkejä monilla näppäimistöillä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="150"/>
        <source>{0} uses the system key (Windows, Super): it belongs to the system.</source>
        <translation>{0} käyttää järjestelmänäppäintä (Windows, Super): se kuuluu järjestelmälle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="155"/>
        <source>{0} is AltGr on Windows: Polish and Finnish keyboards type characters with it (ą ę ł ó ś ż, @ {{ [ ] }} \ | ~ €).</source>
        <translation>{0} on Windowsissa AltGr: puolalaisilla ja suomalaisilla näppäimistöillä sillä kirjoitetaan merkkejä (ą ę ł ó ś ż, @ {{ [ ] }} \ | ~ €).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="160"/>
        <source>{0}: Ctrl+Alt with this key belongs to the system.</source>
        <translation>{0}: Ctrl+Alt tämän näppäimen kanssa kuuluu järjestelmälle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="164"/>
        <source>{0} types characters on some keyboards (Option on a Mac: ą ł ś, @ on a Finnish Mac) and opens menus.</source>
        <translation>{0} kirjoittaa merkkejä joillakin näppäimistöillä (Macin Option: ą ł ś, suomalaisessa Macissa @) ja avaa valikoita.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="170"/>
        <source>{0} belongs to the system (windows and menus).</source>
        <translation>{0} kuuluu järjestelmälle (ikkunat ja valikot).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="179"/>
        <source>That is not a key the desk can use.</source>
        <translation>Työpöytä ei voi käyttää tätä näppäintä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="186"/>
        <source>{0} switches input methods (Chinese) or opens the system menu.</source>
        <translation>{0} vaihtaa syöttötapaa (kiina) tai avaa järjestelmävalikon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="190"/>
        <source>{0} moves the focus, edits text or closes dialogs: add Ctrl.</source>
        <translation>{0} siirtää kohdistusta, muokkaa tekstiä tai sulkee ikkunoita: lisää Ctrl.</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="114"/>
        <source>Keypad</source>
        <translation>Näppäimistö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="129"/>
        <source>Type or click the keys; each tone is sent at once</source>
        <translation>Kirjoita tai napsauta näppäimiä; jokainen ääni lähtee heti</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="117"/>
        <source>Articles</source>
        <translation>Artikkelit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="120"/>
        <source>Favourite articles</source>
        <translation>Suosikkiartikkelit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="123"/>
        <source>Recently viewed articles</source>
        <translation>Viimeksi katsotut artikkelit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="180"/>
        <source>Search articles  (Ctrl+K)</source>
        <translation>Hae artikkeleita  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="181"/>
        <source>Search the knowledge base</source>
        <translation>Hae tietopankista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="184"/>
        <source>Browse language</source>
        <translation>Selauskieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="185"/>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="199"/>
        <source>Categories</source>
        <translation>Luokat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="210"/>
        <source>Browse</source>
        <translation>Selaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="211"/>
        <source>Favourites</source>
        <translation>Suosikit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="212"/>
        <source>Recently viewed</source>
        <translation>Viimeksi katsotut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="286"/>
        <source>{0} results</source>
        <translation>Tuloksia: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="286"/>
        <source>No articles found</source>
        <translation>Artikkeleita ei löytynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="300"/>
        <source>remember the article</source>
        <translation>tallenna artikkeli viimeksi katsottuihin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="386"/>
        <source>change your favourites</source>
        <translation>muuta suosikkeja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="395"/>
        <source>send your vote</source>
        <translation>lähetä ääni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="428"/>
        <source>Pick a category, or search</source>
        <translation>Valitse luokka tai hae</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="119"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="130"/>
        <location filename="../../desktop/ui/kpi/charts.py" line="154"/>
        <source>{0}, last 30 days</source>
        <translation>{0}, viimeiset 30 päivää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="132"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="157"/>
        <source>No figures in the last 30 days.</source>
        <translation>Ei lukuja viimeisten 30 päivän ajalta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="159"/>
        <source>Latest {0}, lowest {1}, highest {2}; target {3}.</source>
        <translation>Viimeisin {0}, alin {1}, korkein {2}; tavoite {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="207"/>
        <location filename="../../desktop/ui/kpi/charts.py" line="215"/>
        <source>Handle times, last 30 days</source>
        <translation>Käsittelyajat, viimeiset 30 päivää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="208"/>
        <source>Contacts</source>
        <translation>Yhteydenotot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="209"/>
        <source>Handle time (minutes)</source>
        <translation>Käsittelyaika (minuuttia)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="224"/>
        <source>No contacts in the last 30 days.</source>
        <translation>Ei yhteydenottoja viimeisten 30 päivän aikana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="226"/>
        <source>Most contacts took {0} to {1}: {2} of {3}.</source>
        <translation>Useimmat yhteydenotot kestivät {0}–{1}: {2}/{3}.</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="51"/>
        <source>Average handle time</source>
        <translation>Keskimääräinen käsittelyaika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="52"/>
        <source>First-contact resolution</source>
        <translation>Ratkaisu ensimmäisellä yhteydenotolla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="53"/>
        <source>Transfer rate</source>
        <translation>Siirtoaste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="54"/>
        <source>Repeat contacts</source>
        <translation>Toistuvat yhteydenotot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="55"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Asiakastyytyväisyys (CSAT)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="56"/>
        <source>Net promoter score (NPS)</source>
        <translation>Suositteluindeksi (NPS)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="57"/>
        <source>Customer effort (CES)</source>
        <translation>Asiakkaan vaivannäkö (CES)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="58"/>
        <source>Schedule adherence</source>
        <translation>Aikataulussa pysyminen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="59"/>
        <source>Conformance</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="60"/>
        <source>Occupancy</source>
        <translation>Käyttöaste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="61"/>
        <source>Contacts handled</source>
        <translation>Käsitellyt yhteydenotot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="69"/>
        <source>Talk, hold and after-contact work per contact handled.</source>
        <translation>Puhe-, pito- ja jälkityöaika käsiteltyä yhteydenottoa kohden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="72"/>
        <source>Contacts resolved the first time, of the contacts handled.</source>
        <translation>Ensimmäisellä kerralla ratkaistujen osuus käsitellyistä yhteydenotoista.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="75"/>
        <source>Contacts you transferred, of the contacts handled.</source>
        <translation>Siirtämiesi osuus käsitellyistä yhteydenotoista.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="78"/>
        <source>Contacts from the same customer again within 7 days.</source>
        <translation>Saman asiakkaan uudet yhteydenotot 7 päivän sisällä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="81"/>
        <source>Ratings of 4 or 5, of all ratings (1 to 5); unrated contacts left out.</source>
        <translation>Arvioiden 4 ja 5 osuus kaikista arvioista (1–5); arvioimattomia yhteydenottoja ei lasketa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="84"/>
        <source>Promoters (9-10) minus detractors (0-6), in points.</source>
        <translation>Suosittelijat (9–10) miinus arvostelijat (0–6), pisteinä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="87"/>
        <source>Average answer to &quot;easy to handle my issue&quot; (1 to 7).</source>
        <translation>Keskimääräinen vastaus väittämään ”asiani hoitaminen oli helppoa” (1–7).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="90"/>
        <source>Scheduled time you spent in the scheduled activity.</source>
        <translation>Osuus aikataulun mukaisesta ajasta, jonka olit suunnitellussa toiminnossa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="93"/>
        <source>Time worked on queue, of the time scheduled on queue.</source>
        <translation>Jonotyöhön käytetyn ajan osuus jonotyöhön suunnitellusta ajasta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="96"/>
        <source>Time on contacts, of the time available or on contacts.</source>
        <translation>Yhteydenottoihin käytetyn ajan osuus ajasta, jonka olit tavoitettavissa tai yhteydenotoissa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="99"/>
        <source>Contacts you handled to the end.</source>
        <translation>Loppuun asti käsittelemäsi yhteydenotot.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="117"/>
        <source>Percent</source>
        <translation>Prosenttia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="119"/>
        <source>Minutes</source>
        <translation>Minuuttia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="121"/>
        <source>Points</source>
        <translation>Pistettä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="123"/>
        <source>Score (1-7)</source>
        <translation>Pisteet (1–7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="124"/>
        <source>Contacts</source>
        <translation>Yhteydenotot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="140"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="146"/>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="159"/>
        <source>Target ≥ {0}</source>
        <translation>Tavoite ≥ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="160"/>
        <source>Target ≤ {0}</source>
        <translation>Tavoite ≤ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="174"/>
        <source>✓ On target</source>
        <translation>✓ Tavoitteessa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="176"/>
        <source>▲ Needs attention</source>
        <translation>▲ Vaatii huomiota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="177"/>
        <source>No data yet</source>
        <translation>Ei vielä tietoja</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="104"/>
        <source>My KPIs</source>
        <translation>Omat tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="106"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="107"/>
        <source>This week</source>
        <translation>Tämä viikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="115"/>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="140"/>
        <source>Your figures</source>
        <translation>Omat lukusi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="159"/>
        <source>Contacts behind the selected figure</source>
        <translation>Valitun luvun taustalla olevat yhteydenotot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="260"/>
        <source>Reading your figures…</source>
        <translation>Luetaan lukujasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="263"/>
        <source>read your KPIs</source>
        <translation>lukea tunnuslukujasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="277"/>
        <source>No figures yet: they appear once the desk reaches the server.</source>
        <translation>Ei vielä lukuja: ne näkyvät, kun työpöytä saa yhteyden palvelimeen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="306"/>
        <source>The server cannot be reached.</source>
        <translation>Palvelimeen ei saada yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="308"/>
        <source>This server does not give KPI figures yet.</source>
        <translation>Tämä palvelin ei vielä anna tunnuslukuja.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="310"/>
        <source>Sign in again to see fresh figures.</source>
        <translation>Kirjaudu uudelleen nähdäksesi tuoreet luvut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="312"/>
        <source>Your figures could not be refreshed; the desk tries again shortly.</source>
        <translation>Lukujasi ei voitu päivittää; työpöytä yrittää pian uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="314"/>
        <source>{0} Showing your figures as of {1}.</source>
        <translation>{0} Näytetään lukusi, tilanne {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="386"/>
        <source>Updated {0}</source>
        <translation>Päivitetty {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="388"/>
        <source>Offline: your figures as of {0}</source>
        <translation>Ei yhteyttä: lukusi, tilanne {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="390"/>
        <source>Your figures as of {0}</source>
        <translation>Lukusi, tilanne {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="425"/>
        <source>Contacts behind: {0}</source>
        <translation>Taustalla olevat yhteydenotot: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="438"/>
        <source>This figure comes from your schedule, not from contacts: see My day.</source>
        <translation>Tämä luku tulee aikataulustasi eikä yhteydenotoista: katso Oma päivä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="442"/>
        <source>The contacts are listed when the desk is online.</source>
        <translation>Yhteydenotot näytetään, kun työpöydällä on yhteys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="444"/>
        <source>Reading the contacts…</source>
        <translation>Luetaan yhteydenottoja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="455"/>
        <source>No contacts in this period.</source>
        <translation>Ei yhteydenottoja tällä jaksolla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kpi/page.py" line="457"/>
        <source>The latest %n contacts.</source>
        <translation>
            <numerusform>Viimeisin %n yhteydenotto.</numerusform>
            <numerusform>Viimeisimmät %n yhteydenottoa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="465"/>
        <source>The contacts could not be read now.</source>
        <translation>Yhteydenottoja ei voitu lukea nyt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="469"/>
        <source>list the contacts behind a KPI</source>
        <translation>listata tunnusluvun taustalla olevia yhteydenottoja</translation>
    </message>
</context>
<context>
    <name>KpiTrace</name>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="137"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="138"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="139"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
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
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56"/>
        <source>{0} h</source>
        <translation>{0} t</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>Yesterday</source>
        <translation>Eilen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="48"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="53"/>
        <location filename="../../desktop/ui/shell/language.py" line="67"/>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="69"/>
        <source>Language: {0}. It takes effect when Frontline is restarted.</source>
        <translation>Kieli: {0}. Muutos tulee voimaan, kun Frontline käynnistetään uudelleen.</translation>
    </message>
</context>
<context>
    <name>LanguageWarning</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="190"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="218"/>
        <source>Language check</source>
        <translation>Kielen tarkistus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="199"/>
        <source>Send anyway</source>
        <translation>Lähetä silti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="201"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="217"/>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="214"/>
        <source>This reply looks like {0}; the customer writes {1}. Send anyway?</source>
        <translation>Vastaus näyttää olevan kieltä {0}; asiakas kirjoittaa kieltä {1}. Lähetetäänkö silti?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="108"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="319"/>
        <source>Open a conversation first, then insert the text</source>
        <translation>Avaa ensin keskustelu ja lisää teksti sitten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="325"/>
        <source>Inserted into the reply to {0}</source>
        <translation>Lisätty vastaukseen asiakkaalle {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="265"/>
        <source>Could not {0}: {1}</source>
        <translation>Toiminto epäonnistui ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="271"/>
        <source>Your reply was not sent and has been removed: {0}</source>
        <translation>Vastaustasi ei lähetetty, ja se poistettiin: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="275"/>
        <source>The status change was undone: {0}</source>
        <translation>Tilan muutos peruttiin: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="277"/>
        <source>Your canned reply was not saved: {0}</source>
        <translation>Vastauspohjaasi ei tallennettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="279"/>
        <source>Your vote was not counted: {0}</source>
        <translation>Ääntäsi ei laskettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="280"/>
        <source>The server refused a change: {0}</source>
        <translation>Palvelin hylkäsi muutoksen: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="321"/>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="361"/>
        <location filename="../../desktop/ui/shell/window.py" line="446"/>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="449"/>
        <source>Sign out ({0}): queued replies stay and are sent after sign-in</source>
        <translation>Kirjaudu ulos ({0}): jonossa olevat vastaukset säilyvät ja lähtevät kirjautumisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="460"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="348"/>
        <source>Inbox</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="349"/>
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
        <location filename="../../desktop/ui/shell/window.py" line="342"/>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="374"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="375"/>
        <source>Your agents&apos; presence (Ctrl+T)</source>
        <translation>Agenttiesi tila (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="567"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="568"/>
        <source>Find a customer and see their profile (Ctrl+4, find: Ctrl+Shift+F)</source>
        <translation>Hae asiakas ja katso hänen profiilinsa (Ctrl+4, haku: Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="494"/>
        <source>My KPIs</source>
        <translation>Omat tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="495"/>
        <source>Your own figures against the centre&apos;s targets (Ctrl+6)</source>
        <translation>Omat lukusi verrattuna keskuksen tavoitteisiin (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="386"/>
        <source>My day</source>
        <translation>Oma päivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="387"/>
        <source>Your schedule, breaks, swaps and time off (Ctrl+5)</source>
        <translation>Aikataulusi, taukosi, vaihdot ja vapaat (Ctrl+5)</translation>
    </message>
</context>
<context>
    <name>ManageCannedDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="211"/>
        <source>My canned replies</source>
        <translation>Omat vastauspohjani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="217"/>
        <source>Filter</source>
        <translation>Suodata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="218"/>
        <source>Filter by shortcut, title or text</source>
        <translation>Suodata lyhenteen, otsikon tai tekstin mukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="225"/>
        <source>Text of the chosen reply</source>
        <translation>Valitun vastauksen teksti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="228"/>
        <source>New…</source>
        <translation>Uusi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="229"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="230"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="301"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="232"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="262"/>
        <source>Canned replies</source>
        <translation>Vastauspohjat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="306"/>
        <source>No canned reply here yet</source>
        <translation>Täällä ei ole vielä vastauspohjia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="326"/>
        <source>Delete /{0}? Click again</source>
        <translation>Poistetaanko /{0}? Napsauta uudelleen</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="83"/>
        <source>Duplicate (merged away)</source>
        <translation>Kaksoiskappale (yhdistetään toiseen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="83"/>
        <source>Find the duplicate customer</source>
        <translation>Hae kaksoiskappaleena oleva asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="86"/>
        <source>Customer to keep</source>
        <translation>Säilytettävä asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="86"/>
        <source>Find the customer to keep</source>
        <translation>Hae säilytettävä asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="96"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="163"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="193"/>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="107"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="133"/>
        <source>Recent merges</source>
        <translation>Viimeaikaiset yhdistämiset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="109"/>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="135"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="136"/>
        <source>Duplicate</source>
        <translation>Kaksoiskappale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="137"/>
        <source>Kept</source>
        <translation>Säilytetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="138"/>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="139"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="166"/>
        <source>Merge {0} into {1}</source>
        <translation>Yhdistä {0} asiakkaaseen {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="170"/>
        <source>Choose two different customers.</source>
        <translation>Valitse kaksi eri asiakasta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="180"/>
        <source>Merge “{0}” (customer {1}) into “{2}” (customer {3})?

Every conversation, handle, note, order, complaint and survey of “{0}” moves to “{2}”, on the server and on every desk. You can undo it under Recent merges.</source>
        <translation>Yhdistetäänkö ”{0}” (asiakas {1}) asiakkaaseen ”{2}” (asiakas {3})?

Kaikki asiakkaan ”{0}” keskustelut, tunnisteet, muistiinpanot, tilaukset, reklamaatiot ja kyselyvastaukset siirtyvät asiakkaalle ”{2}” palvelimella ja jokaisella työpöydällä. Voit perua yhdistämisen kohdassa Viimeaikaiset yhdistämiset.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="186"/>
        <source>Merge customers</source>
        <translation>Yhdistä asiakkaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="214"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="247"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="331"/>
        <source>Not connected to the server yet.</source>
        <translation>Palvelimeen ei ole vielä yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="218"/>
        <source>Merging…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="222"/>
        <source>Merged {0} into {1}.</source>
        <translation>{0} yhdistetty asiakkaaseen {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_merge.py" line="223"/>
        <source>%n record(s) moved.</source>
        <translation>
            <numerusform>%n tietue siirretty.</numerusform>
            <numerusform>%n tietuetta siirretty.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="236"/>
        <source>merge customers</source>
        <translation>yhdistää asiakkaita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="261"/>
        <source>read the recent merges</source>
        <translation>lukea viimeaikaisia yhdistämisiä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="274"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="277"/>
        <source>{0} (customer {1})</source>
        <translation>{0} (asiakas {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="289"/>
        <source>No customers have been merged yet.</source>
        <translation>Asiakkaita ei ole vielä yhdistetty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="303"/>
        <source>Undone {0}</source>
        <translation>Peruttu {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="306"/>
        <source>Cannot be undone: a customer changed since</source>
        <translation>Ei voi perua: asiakas on muuttunut sen jälkeen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="309"/>
        <source>Undo</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="312"/>
        <source>Undo merge of {0} into {1}</source>
        <translation>Peru yhdistäminen: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="337"/>
        <source>Undoing…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="341"/>
        <source>Undone: customer {0} is separate from customer {1} again.</source>
        <translation>Peruttu: asiakas {0} on taas erillään asiakkaasta {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="356"/>
        <source>undo a merge</source>
        <translation>perua yhdistämistä</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="134"/>
        <source>Inbound call in progress</source>
        <translation>Saapuva puhelu käynnissä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="136"/>
        <source>Outbound call in progress</source>
        <translation>Lähtevä puhelu käynnissä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="140"/>
        <source>Missed inbound call</source>
        <translation>Vastaamaton saapuva puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="142"/>
        <source>Unanswered outbound call</source>
        <translation>Vastaamaton lähtevä puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="146"/>
        <source>Inbound call · talk {0}</source>
        <translation>Saapuva puhelu · puheaika {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="148"/>
        <source>Outbound call · talk {0}</source>
        <translation>Lähtevä puhelu · puheaika {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="151"/>
        <source>hold {0}</source>
        <translation>pito {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="155"/>
        <source>at {0}</source>
        <translation>klo {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="335"/>
        <source>Internal note · %1</source>
        <translation>Sisäinen muistiinpano · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="345"/>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="346"/>
        <source>Queued — will send when online</source>
        <translation>Jonossa — lähtee, kun yhteys palaa</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="55"/>
        <source>Notes about the customer</source>
        <translation>Muistiinpanot asiakkaasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="59"/>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="61"/>
        <source>A note about this customer, for every colleague (not the customer)</source>
        <translation>Muistiinpano tästä asiakkaasta kaikille kollegoille (ei asiakkaalle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="65"/>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="73"/>
        <source>No notes about this customer yet. Colleagues see what you write here.</source>
        <translation>Tästä asiakkaasta ei ole vielä muistiinpanoja. Kollegat näkevät, mitä kirjoitat tähän.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="93"/>
        <source>Someone</source>
        <translation>Joku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="94"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="96"/>
        <source>{0} — Sending…</source>
        <translation>{0} — Lähetetään…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="119"/>
        <source>A note has at most {0} characters.</source>
        <translation>Muistiinpanossa saa olla enintään {0} merkkiä.</translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="102"/>
        <source>Accept</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="104"/>
        <source>Accept the offer ({0})</source>
        <translation>Hyväksy tarjous ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="106"/>
        <source>Decline…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="108"/>
        <source>Decline with a reason ({0})</source>
        <translation>Hylkää syyn kera ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="110"/>
        <source>Customer profile</source>
        <translation>Asiakasprofiili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="112"/>
        <source>Who is calling: history, orders and notes</source>
        <translation>Kuka soittaa: historia, tilaukset ja muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="178"/>
        <source>The offer was not accepted</source>
        <translation>Tarjousta ei hyväksytty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="212"/>
        <source>Offer declined</source>
        <translation>Tarjous hylätty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="217"/>
        <source>The offer was not declined</source>
        <translation>Tarjousta ei hylätty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="241"/>
        <source>Incoming call</source>
        <translation>Saapuva puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="242"/>
        <source>Incoming chat</source>
        <translation>Saapuva chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="243"/>
        <source>Email offered to you</source>
        <translation>Sinulle tarjottu sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="245"/>
        <source>Contact offered to you</source>
        <translation>Sinulle tarjottu yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="246"/>
        <source>Conversation #{0}</source>
        <translation>Keskustelu #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="267"/>
        <source>First contact: no earlier conversations</source>
        <translation>Ensimmäinen yhteydenotto: ei aiempia keskusteluja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="277"/>
        <source>Recently: {0}</source>
        <translation>Viimeksi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="309"/>
        <source>the customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="311"/>
        <source>Missed: the offer of {0} timed out</source>
        <translation>Ohitettu: tarjous ({0}) vanheni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="315"/>
        <source>The offer of {0} was declined</source>
        <translation>Tarjous ({0}) hylättiin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="317"/>
        <source>The offer of {0} was withdrawn</source>
        <translation>Tarjous ({0}) peruttiin</translation>
    </message>
</context>
<context>
    <name>OpenComplaintDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="113"/>
        <source>Open a complaint</source>
        <translation>Avaa reklamaatio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="116"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="139"/>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="120"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="140"/>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="124"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="141"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="125"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="142"/>
        <source>What the customer wants</source>
        <translation>Mitä asiakas haluaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="127"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="143"/>
        <source>Contact channel</source>
        <translation>Yhteydenpitokanava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="128"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="129"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="130"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="132"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="144"/>
        <source>Contact details</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="138"/>
        <source>Contact details confirmed with the customer</source>
        <translation>Yhteystiedot vahvistettu asiakkaan kanssa</translation>
    </message>
</context>
<context>
    <name>OpenComplaintsView</name>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="84"/>
        <source>Open complaints</source>
        <translation>Avoimet reklamaatiot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="87"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="88"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="89"/>
        <source>Category</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="90"/>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="91"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="92"/>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="93"/>
        <source>Escalated to</source>
        <translation>Eskaloitu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="110"/>
        <source>No open complaints in your queues.</source>
        <translation>Jonoissasi ei ole avoimia reklamaatioita.</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="30"/>
        <source>placed</source>
        <translation>tehty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="31"/>
        <source>paid</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="32"/>
        <source>shipped</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="33"/>
        <source>delivered</source>
        <translation>toimitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="34"/>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="35"/>
        <source>refunded</source>
        <translation>hyvitetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="36"/>
        <source>partially refunded</source>
        <translation>osittain hyvitetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="58"/>
        <source>Placed</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="59"/>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="60"/>
        <source>Shipped</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="61"/>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="62"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="63"/>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="64"/>
        <source>Partly refunded</source>
        <translation>Osittain hyvitetty</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="107"/>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="108"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="109"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="110"/>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="111"/>
        <source>Items</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="112"/>
        <source>Tracking</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="142"/>
        <source>{0} (refunded {1})</source>
        <translation>{0} (hyvitetty {1})</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="175"/>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="39"/>
        <source>Available</source>
        <translation>Tavoitettavissa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="40"/>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="41"/>
        <source>After-call work</source>
        <translation>Jälkityö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="42"/>
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="43"/>
        <source>Lunch</source>
        <translation>Lounas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="44"/>
        <source>Meeting</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="45"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="46"/>
        <source>Offline</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="47"/>
        <source>Not responding</source>
        <translation>Ei vastaa</translation>
    </message>
</context>
<context>
    <name>PresenceControl</name>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="141"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="149"/>
        <source>Your presence: routing offers work when Available ({0})</source>
        <translation>Tilasi: työtä tarjotaan, kun olet tavoitettavissa ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="157"/>
        <location filename="../../desktop/ui/shell/presence.py" line="189"/>
        <source>Not connected: presence not changed</source>
        <translation>Ei yhteyttä: tilaa ei muutettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="161"/>
        <source>change presence</source>
        <translation>muuttaa tilaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="179"/>
        <source>You are on a contact: {0} starts when it ends</source>
        <translation>Sinulla on yhteydenotto kesken: {0} alkaa, kun se päättyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="191"/>
        <location filename="../../desktop/ui/shell/presence.py" line="193"/>
        <source>Presence not changed: {0}</source>
        <translation>Tilaa ei muutettu: {0}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="60"/>
        <source>Viewed profile</source>
        <translation>Profiilin katselu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="61"/>
        <source>Exported</source>
        <translation>Tietojen vienti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="62"/>
        <source>Erased</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="63"/>
        <source>Merged</source>
        <translation>Yhdistäminen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="64"/>
        <source>Undid merge</source>
        <translation>Yhdistämisen peruminen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="65"/>
        <source>Changed retention</source>
        <translation>Säilytysajan muutos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="66"/>
        <source>Ran retention</source>
        <translation>Säilytysajan toteutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="96"/>
        <source>Something went wrong: {0}</source>
        <translation>Jokin meni vikaan: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="101"/>
        <source>The server cannot be reached: you are offline. Try again when online.</source>
        <translation>Palvelimeen ei saada yhteyttä: olet offline-tilassa. Yritä uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="104"/>
        <source>You are signed out: sign in again to do this.</source>
        <translation>Olet kirjautunut ulos: kirjaudu uudelleen tehdäksesi tämän.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="112"/>
        <source>Not found: {0}.</source>
        <translation>Ei löytynyt: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="114"/>
        <source>Not found.</source>
        <translation>Ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="117"/>
        <source>forbidden</source>
        <translation>kielletty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="118"/>
        <source>Only supervisors may do this (the server refused: {0}).</source>
        <translation>Vain esihenkilöt voivat tehdä tämän (palvelin hylkäsi: {0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="123"/>
        <source>Already done: {0}.</source>
        <translation>Tehty jo: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="125"/>
        <source>Refused: {0}.</source>
        <translation>Hylätty: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="127"/>
        <source>no reason given</source>
        <translation>syytä ei annettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="128"/>
        <source>The server could not answer ({0}).</source>
        <translation>Palvelin ei pystynyt vastaamaan ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="129"/>
        <source>unknown error</source>
        <translation>tuntematon virhe</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="42"/>
        <source>Privacy sections</source>
        <translation>Tietosuojan osiot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="44"/>
        <source>Access log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="45"/>
        <source>Retention</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="46"/>
        <source>Merge duplicates</source>
        <translation>Yhdistä kaksoiskappaleet</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="86"/>
        <source>Repeat contact</source>
        <translation>Toistuva yhteydenotto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="88"/>
        <source>This customer contacted us within the last 7 days</source>
        <translation>Tämä asiakas on ottanut yhteyttä viimeisten 7 päivän aikana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="111"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="113"/>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="115"/>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="117"/>
        <source>Erase…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="141"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="142"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="143"/>
        <source>Local time</source>
        <translation>Paikallinen aika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="144"/>
        <source>Reach them at</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="145"/>
        <source>Satisfaction</source>
        <translation>Tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="184"/>
        <source>Erased customer</source>
        <translation>Poistettu asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="186"/>
        <source>Customer #{0}</source>
        <translation>Asiakas #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="214"/>
        <source>{0} {1}/{2} ({3})</source>
        <translation>{0} {1}/{2} ({3})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="215"/>
        <source>No survey answers yet</source>
        <translation>Ei vielä kyselyvastauksia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="221"/>
        <source>Time zone not known</source>
        <translation>Aikavyöhyke ei tiedossa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="236"/>
        <source>Not fetched from the server yet: showing what this desk holds.</source>
        <translation>Ei vielä haettu palvelimelta: näytetään tämän työpöydän tallentamat tiedot.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="241"/>
        <source>You are offline; showing what this desk last saw at {0}</source>
        <translation>Ei yhteyttä; näytetään tiedot, jotka tämä työpöytä näki viimeksi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="242"/>
        <source>Profile as of {0}</source>
        <translation>Profiilin tilanne: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="251"/>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="252"/>
        <source>phone calls</source>
        <translation>puhelut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="253"/>
        <source>marketing</source>
        <translation>markkinointi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="257"/>
        <source>Allowed: {0}</source>
        <translation>Sallittu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="260"/>
        <source>No contact allowed</source>
        <translation>Yhteydenotto ei sallittu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="262"/>
        <source>Not allowed: {0}</source>
        <translation>Ei sallittu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="275"/>
        <source>No email, phone or chat handle known</source>
        <translation>Sähköpostia, puhelinnumeroa tai chat-tunnusta ei tiedossa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="283"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="283"/>
        <source>at risk</source>
        <translation>riskissä</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="152"/>
        <source>Nothing promised to this customer is open.</source>
        <translation>Tälle asiakkaalle ei ole avoimia lupauksia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="156"/>
        <source>Follow-up: {0}</source>
        <translation>Seurantatehtävä: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="156"/>
        <source>Callback: {0}</source>
        <translation>Takaisinsoitto: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="157"/>
        <source>(no note)</source>
        <translation>(ei huomiota)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="161"/>
        <source>Overdue since {0} — {1}</source>
        <translation>Myöhässä {0} alkaen — {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="161"/>
        <source>Due {0} — {1}</source>
        <translation>Erääntyy {0} — {1}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="48"/>
        <source>Auto-reply</source>
        <translation>Automaattinen vastaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="49"/>
        <source>Bounce</source>
        <translation>Palautunut viesti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="50"/>
        <source>Mail loop</source>
        <translation>Viestisilmukka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="51"/>
        <source>Unreadable</source>
        <translation>Lukukelvoton</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="52"/>
        <source>No sender address</source>
        <translation>Ei lähettäjän osoitetta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="53"/>
        <source>Failed to take in</source>
        <translation>Vastaanotto epäonnistui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="288"/>
        <source>Mail quarantine</source>
        <translation>Sähköpostikaranteeni</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="78"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="79"/>
        <source>From</source>
        <translation>Lähettäjä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="80"/>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="81"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="82"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="83"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="86"/>
        <source>Quarantined mail</source>
        <translation>Karanteenissa olevat viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="90"/>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="91"/>
        <source>Release</source>
        <translation>Vapauta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="92"/>
        <source>Take this mail in again as a conversation</source>
        <translation>Ota viesti uudelleen vastaan keskusteluna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="93"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="94"/>
        <source>Save raw…</source>
        <translation>Tallenna alkuperäinen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="144"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="153"/>
        <source>Not signed in yet.</source>
        <translation>Et ole vielä kirjautunut sisään.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="160"/>
        <source>Could not read the quarantine</source>
        <translation>Karanteenia ei voitu lukea</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="188"/>
        <source>Showing the newest {0} of {1} quarantined mails</source>
        <translation>Näytetään {0} uusinta {1} karanteeniviestistä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="191"/>
        <source>No mail is in quarantine.</source>
        <translation>Karanteenissa ei ole viestejä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="202"/>
        <source>Released into conversation {0}.</source>
        <translation>Vapautettu keskusteluksi {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="204"/>
        <source>Released; it opened no conversation.</source>
        <translation>Vapautettu; keskustelua ei avattu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="212"/>
        <source>Could not release it</source>
        <translation>Viestiä ei voitu vapauttaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="221"/>
        <source>Delete the quarantined mail from {0}?</source>
        <translation>Poistetaanko karanteenissa oleva viesti lähettäjältä {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="225"/>
        <source>Deleted.</source>
        <translation>Poistettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="232"/>
        <source>Could not delete it</source>
        <translation>Viestiä ei voitu poistaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="240"/>
        <source>Save the raw mail</source>
        <translation>Tallenna alkuperäinen viesti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="260"/>
        <source>Saved {0} to {1}.</source>
        <translation>Tallennettu {0} tiedostoon {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="266"/>
        <source>Could not save it</source>
        <translation>Viestiä ei voitu tallentaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="271"/>
        <source>Mail quarantine</source>
        <translation>Sähköpostikaranteeni</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="264"/>
        <source>Reply</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="270"/>
        <source>Internal note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="272"/>
        <source>Only colleagues see internal notes</source>
        <translation>Vain kollegat näkevät sisäiset muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="273"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="592"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="313"/>
        <source>Canned</source>
        <translation>Pohjat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="314"/>
        <source>Canned replies (type / in the reply)</source>
        <translation>Vastauspohjat (kirjoita / vastaukseen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="315"/>
        <source>Canned replies</source>
        <translation>Vastauspohjat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="323"/>
        <source>Insert canned reply…</source>
        <translation>Lisää vastauspohja…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="326"/>
        <source>Save as canned reply…</source>
        <translation>Tallenna vastauspohjaksi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="329"/>
        <source>Manage my canned replies…</source>
        <translation>Hallitse vastauspohjiani…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="349"/>
        <source>Write a reply…  ({0} sends)</source>
        <translation>Kirjoita vastaus…  ({0} lähettää)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="351"/>
        <source>Write a reply…</source>
        <translation>Kirjoita vastaus…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="450"/>
        <source>Reply check</source>
        <translation>Vastauksen tarkistus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="473"/>
        <source>Not filled in yet: {0}. Send anyway?</source>
        <translation>Täyttämättä: {0}. Lähetetäänkö silti?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="476"/>
        <source>Fill in</source>
        <translation>Täytä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="477"/>
        <source>Fill-in check</source>
        <translation>Täyttökohtien tarkistus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="521"/>
        <source>Fill in by hand: {0}</source>
        <translation>Täytä käsin: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="592"/>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
</context>
<context>
    <name>ReplyLanguage</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="79"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="80"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="81"/>
        <source>Chinese</source>
        <translation>kiina</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="173"/>
        <source>Resolve the complaint</source>
        <translation>Ratkaise reklamaatio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="175"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="181"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="183"/>
        <source>Resolution</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="177"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>Asiakkaan tyytyväisyys</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="178"/>
        <source>Not given</source>
        <translation>Ei annettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="182"/>
        <source>Customer&apos;s satisfaction (1-5)</source>
        <translation>Asiakkaan tyytyväisyys (1–5)</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="67"/>
        <source>Days to keep messages of resolved conversations</source>
        <translation>Ratkaistujen keskustelujen viestien säilytysaika päivinä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="68"/>
        <source>Keep messages of resolved conversations for</source>
        <translation>Säilytä ratkaistujen keskustelujen viestit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="70"/>
        <source>days</source>
        <translation>päivää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="71"/>
        <source>Keep forever</source>
        <translation>Säilytä pysyvästi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="82"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="85"/>
        <source>Apply now…</source>
        <translation>Toteuta nyt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="111"/>
        <source>Messages of resolved conversations older than this are redacted: the conversation stays (when, channel, queue, outcome) for the reports, its words do not. The server applies this every day.</source>
        <translation>Tätä vanhempien ratkaistujen keskustelujen viestien sisältö poistetaan: keskustelu säilyy raportteja varten (milloin, kanava, jono, lopputulos), mutta sen sanat eivät. Palvelin toteuttaa tämän päivittäin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="142"/>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="155"/>
        <source>read the retention setting</source>
        <translation>lukea säilytysajan asetusta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="168"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="174"/>
        <source>Saved: messages are kept forever.</source>
        <translation>Tallennettu: viestit säilytetään pysyvästi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="176"/>
        <source>Saved: messages are kept for %n day(s).</source>
        <translation>
            <numerusform>Tallennettu: viestit säilytetään %n päivän ajan.</numerusform>
            <numerusform>Tallennettu: viestit säilytetään %n päivän ajan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="186"/>
        <source>save the retention setting</source>
        <translation>tallentaa säilytysajan asetusta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="196"/>
        <source>The saved setting keeps messages forever, so nothing will be redacted now.</source>
        <translation>Tallennettu asetus säilyttää viestit pysyvästi, joten mitään ei poisteta nyt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="200"/>
        <source>Redact the messages of every conversation resolved more than %n day(s) ago, on the server and on every desk? This cannot be undone.</source>
        <translation>
            <numerusform>Poistetaanko viestien sisältö kaikista yli %n päivä sitten ratkaistuista keskusteluista palvelimella ja jokaisella työpöydällä? Tätä ei voi perua.</numerusform>
            <numerusform>Poistetaanko viestien sisältö kaikista yli %n päivää sitten ratkaistuista keskusteluista palvelimella ja jokaisella työpöydällä? Tätä ei voi perua.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="207"/>
        <source>Apply retention now</source>
        <translation>Toteuta säilytysaika nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="215"/>
        <source>Redact now</source>
        <translation>Poista sisältö nyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="238"/>
        <source>Applying…</source>
        <translation>Toteutetaan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="243"/>
        <source>Applied: %n conversation(s) redacted.</source>
        <translation>
            <numerusform>Toteutettu: sisältö poistettu %n keskustelusta.</numerusform>
            <numerusform>Toteutettu: sisältö poistettu %n keskustelusta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="245"/>
        <source>%n message(s) redacted.</source>
        <translation>
            <numerusform>Sisältö poistettu %n viestistä.</numerusform>
            <numerusform>Sisältö poistettu %n viestistä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="256"/>
        <source>apply retention</source>
        <translation>toteuttaa säilytysaikaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="265"/>
        <source>Not connected to the server yet.</source>
        <translation>Palvelimeen ei ole vielä yhteyttä.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="96"/>
        <source>Blocks approval: {0}</source>
        <translation>Estää hyväksynnän: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="104"/>
        <source>{0}: {1} ({2} paid)</source>
        <translation>{0}: {1} (palkallista {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="112"/>
        <location filename="../../desktop/ui/team/review.py" line="191"/>
        <source>Unknown agent</source>
        <translation>Tuntematon agentti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="117"/>
        <source>Swap</source>
        <translation>Vaihto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="118"/>
        <source>{0} ⇄ {1}</source>
        <translation>{0} ⇄ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="121"/>
        <source>Giveaway</source>
        <translation>Luovutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="122"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="125"/>
        <location filename="../../desktop/ui/team/review.py" line="182"/>
        <source>Note: {0}</source>
        <translation>Huomio: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="147"/>
        <source>{0} (whole day)</source>
        <translation>{0} (koko päivä)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="150"/>
        <source>{0} to {1} (whole days)</source>
        <translation>{0} – {1} (kokonaisia päiviä)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="153"/>
        <source>{0} {1} to {2} {3}</source>
        <translation>{0} klo {1} – {2} klo {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="167"/>
        <source>Vacation</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="168"/>
        <source>Personal</source>
        <translation>Henkilökohtainen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="169"/>
        <source>Medical</source>
        <translation>Sairaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="170"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="171"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="176"/>
        <source>Scheduled paid time it covers: {0}</source>
        <translation>Kattaa aikataulun palkallista aikaa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="188"/>
        <source>Time off: {0}</source>
        <translation>Vapaa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="281"/>
        <source>Nothing waits for your review.</source>
        <translation>Mikään ei odota käsittelyäsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="283"/>
        <source>Approve…</source>
        <translation>Hyväksy…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="286"/>
        <source>Deny…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="312"/>
        <source>Requests waiting for review</source>
        <translation>Käsittelyä odottavat pyynnöt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="307"/>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="308"/>
        <source>Agents</source>
        <translation>Agentit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="309"/>
        <source>Shifts</source>
        <translation>Vuorot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="310"/>
        <source>Rule warnings</source>
        <translation>Sääntövaroitukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="333"/>
        <source>{0}
asked {1} {2}</source>
        <translation>{0}
pyydetty {1} klo {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="338"/>
        <source>No rule broken</source>
        <translation>Ei rikottuja sääntöjä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="409"/>
        <source>Deciding needs the server: you are offline</source>
        <translation>Päättäminen vaatii palvelimen: sinulla ei ole yhteyttä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="419"/>
        <source>A hard rule is broken: the server will refuse this.</source>
        <translation>Ehdotonta sääntöä rikotaan: palvelin hylkää tämän.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="432"/>
        <source>Sending your decision…</source>
        <translation>Lähetetään päätöstäsi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="440"/>
        <source>review a swap</source>
        <translation>käsitellä vaihtoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="451"/>
        <source>review time off</source>
        <translation>käsitellä vapaapyyntöä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="465"/>
        <source>Not approved: the rules refuse it now. Nothing changed.
{0}</source>
        <translation>Ei hyväksytty: säännöt estävät sen nyt. Mitään ei muutettu.
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="472"/>
        <source>Approved: {0} ({1}).</source>
        <translation>Hyväksytty: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="472"/>
        <source>Denied: {0} ({1}).</source>
        <translation>Hylätty: {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_warnings.py" line="160"/>
        <source>check the swap rules</source>
        <translation>tarkistaa vaihdon sääntöjä</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="95"/>
        <source>Open link</source>
        <translation>Avaa linkki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="96"/>
        <source>Open this link in your browser?

{0}</source>
        <translation>Avataanko tämä linkki selaimessa?

{0}</translation>
    </message>
</context>
<context>
    <name>SaveCannedDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="100"/>
        <source>Save as canned reply</source>
        <translation>Tallenna vastauspohjaksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="100"/>
        <source>Edit canned reply</source>
        <translation>Muokkaa vastauspohjaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="126"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="153"/>
        <source>Shortcut</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="129"/>
        <source>refund-note</source>
        <translation>hyvitys-huomio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="132"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="154"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="136"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="155"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="141"/>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="144"/>
        <source>Text; {customer.first_name} and {{fill:order number}} work here too</source>
        <translation>Teksti; {customer.first_name} ja {{fill:tilausnumero}} toimivat myös tässä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="148"/>
        <source>Only you see it; type / and its shortcut in a reply.</source>
        <translation>Vain sinä näet sen; kirjoita vastaukseen / ja sen lyhenne.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="180"/>
        <source>Give it a shortcut: letters, digits, - or _</source>
        <translation>Anna lyhenne: kirjaimia, numeroita, - tai _</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="182"/>
        <source>You already have a reply /{0}</source>
        <translation>Sinulla on jo vastaus /{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="184"/>
        <source>Give it a title</source>
        <translation>Anna otsikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="186"/>
        <source>The text is empty</source>
        <translation>Teksti on tyhjä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="188"/>
        <source>A text has at most {0} characters</source>
        <translation>Tekstissä saa olla enintään {0} merkkiä</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="19"/>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="20"/>
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="21"/>
        <source>Lunch</source>
        <translation>Lounas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="22"/>
        <source>Meeting</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="23"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="24"/>
        <source>Off-queue work</source>
        <translation>Jonon ulkopuolinen työ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="25"/>
        <source>Time off</source>
        <translation>Vapaa</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="112"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="113"/>
        <source>Weeks</source>
        <translation>Viikot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="114"/>
        <source>Swaps and time off</source>
        <translation>Vaihdot ja vapaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="291"/>
        <location filename="../../desktop/ui/schedule/page.py" line="313"/>
        <source>Not connected: breaks start when you are online</source>
        <translation>Ei yhteyttä: tauon voi aloittaa, kun yhteys palaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="297"/>
        <source>change presence</source>
        <translation>muuttaa tilaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="305"/>
        <source>Your break starts when this contact ends</source>
        <translation>Taukosi alkaa, kun tämä yhteydenotto päättyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="315"/>
        <location filename="../../desktop/ui/schedule/page.py" line="317"/>
        <source>Presence not changed: {0}</source>
        <translation>Tilaa ei muutettu: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="347"/>
        <source>{0} at {1}: in %n minute(s)</source>
        <translation>
            <numerusform>{0} klo {1}: %n minuutin kuluttua</numerusform>
            <numerusform>{0} klo {1}: %n minuutin kuluttua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="350"/>
        <source>Your shift ends at {0}: in %n minute(s)</source>
        <translation>
            <numerusform>Vuorosi päättyy klo {0}: %n minuutin kuluttua</numerusform>
            <numerusform>Vuorosi päättyy klo {0}: %n minuutin kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="366"/>
        <source>read today&apos;s adherence</source>
        <translation>lukea tämän päivän aikataulussa pysymistä</translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="91"/>
        <source>No shift this week.</source>
        <translation>Ei vuoroja tällä viikolla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="110"/>
        <source>Agent</source>
        <translation>Agentti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="113"/>
        <source>Agent:</source>
        <translation>Agentti:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="117"/>
        <location filename="../../desktop/ui/team/schedules.py" line="118"/>
        <source>Previous week</source>
        <translation>Edellinen viikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="122"/>
        <location filename="../../desktop/ui/team/schedules.py" line="123"/>
        <source>Next week</source>
        <translation>Seuraava viikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="127"/>
        <source>Publish week</source>
        <translation>Julkaise viikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="130"/>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="147"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="150"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="165"/>
        <source>Import report</source>
        <translation>Tuontiraportti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="185"/>
        <source>Shifts of the week</source>
        <translation>Viikon vuorot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="179"/>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="180"/>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="181"/>
        <source>Paid</source>
        <translation>Palkallista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="182"/>
        <source>Activities</source>
        <translation>Toiminnot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="183"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="228"/>
        <source>Week of {0} to {1}</source>
        <translation>Viikko {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="251"/>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="251"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="260"/>
        <source>Paid this week: {0}</source>
        <translation>Palkallista tällä viikolla: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="281"/>
        <source>Changing schedules needs the server: you are offline</source>
        <translation>Vuorojen muuttaminen vaatii palvelimen: sinulla ei ole yhteyttä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="321"/>
        <source>Saving the shift…</source>
        <translation>Tallennetaan vuoroa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="328"/>
        <source>edit a shift</source>
        <translation>muokata vuoroa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="336"/>
        <source>Shift removed.</source>
        <translation>Vuoro poistettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="339"/>
        <source>Shift saved: {0}–{1}.</source>
        <translation>Vuoro tallennettu: {0}–{1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="349"/>
        <source>Remove shift</source>
        <translation>Poista vuoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="366"/>
        <source>Remove the shift of {0} on {1}? The agent is told.</source>
        <translation>Poistetaanko agentin {0} vuoro päivältä {1}? Agentille ilmoitetaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="371"/>
        <source>Removing the shift…</source>
        <translation>Poistetaan vuoroa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="378"/>
        <source>remove a shift</source>
        <translation>poistaa vuoroa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="388"/>
        <source>Publishing the week…</source>
        <translation>Julkaistaan viikkoa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="395"/>
        <source>publish a week</source>
        <translation>julkaista viikkoa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="402"/>
        <source>Published %n shift(s) of the week.</source>
        <translation>
            <numerusform>Viikolta julkaistiin %n vuoro.</numerusform>
            <numerusform>Viikolta julkaistiin %n vuoroa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="416"/>
        <source>Import schedules</source>
        <translation>Tuo työvuorot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="418"/>
        <source>Schedules (*.csv *.json);;All files (*)</source>
        <translation>Työvuorot (*.csv *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="435"/>
        <source>{0} is too big to import (at most 16 MB): split it by week.</source>
        <translation>{0} on liian suuri tuotavaksi (enintään 16 Mt): jaa se viikoittain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="444"/>
        <source>{0} could not be read: {1}</source>
        <translation>Tiedostoa {0} ei voitu lukea: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="452"/>
        <source>Importing {0}…</source>
        <translation>Tuodaan {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="455"/>
        <source>import schedules</source>
        <translation>tuoda työvuoroja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="463"/>
        <source>Nothing was imported: fix these rows and import the file again.</source>
        <translation>Mitään ei tuotu: korjaa nämä rivit ja tuo tiedosto uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="468"/>
        <source>Shift {0}: {1}</source>
        <translation>Vuoro {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="470"/>
        <source>Row {0}: {1}</source>
        <translation>Rivi {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="474"/>
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…ja %n muu ongelma.</numerusform>
            <numerusform>…ja %n muuta ongelmaa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="476"/>
        <source>Imported: {0} created, {1} replaced, {2} published.</source>
        <translation>Tuotu: {0} luotu, {1} korvattu, {2} julkaistu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="480"/>
        <source>Weeks: {0}</source>
        <translation>Viikot: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="488"/>
        <source>The import was refused.</source>
        <translation>Tuonti hylättiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="488"/>
        <source>Import done.</source>
        <translation>Tuonti valmis.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="116"/>
        <source>Script: {0} ({1})</source>
        <translation>Käsikirjoitus: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="124"/>
        <source>- {0}: compliance statement confirmed</source>
        <translation>- {0}: pakollisen ilmoituksen lukeminen vahvistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="128"/>
        <source>Path: {0}</source>
        <translation>Polku: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="162"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="167"/>
        <source>Call script</source>
        <translation>Puhelukäsikirjoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="168"/>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="197"/>
        <source>Read to the customer</source>
        <translation>Lue asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="199"/>
        <source>Tick once you have read this statement to the customer</source>
        <translation>Rastita, kun olet lukenut tämän ilmoituksen asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="205"/>
        <source>Back</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="206"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="402"/>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="290"/>
        <source>start the script</source>
        <translation>aloita käsikirjoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="361"/>
        <source>An amount, for example {0}</source>
        <translation>Summa, esimerkiksi {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="390"/>
        <source>Finished — the answers are saved as an internal note</source>
        <translation>Valmis — vastaukset tallennettiin sisäisenä muistiinpanona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="396"/>
        <source>To continue: {0}</source>
        <translation>Ennen jatkamista: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="400"/>
        <source>Finish</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="411"/>
        <source>confirm that you have read the compliance statement to the customer</source>
        <translation>vahvista, että olet lukenut pakollisen ilmoituksen asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="413"/>
        <source>“{0}” is required</source>
        <translation>”{0}” on pakollinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="419"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="423"/>
        <source>save the script answers</source>
        <translation>tallenna käsikirjoituksen vastaukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="419"/>
        <source>not signed in</source>
        <translation>et ole kirjautunut sisään</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="58"/>
        <source>Put this tab back to the shipped defaults</source>
        <translation>Palauta tämän välilehden oletusasetukset</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="221"/>
        <source>Alerts</source>
        <translation>Hälytykset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="71"/>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="288"/>
        <source>Keyboard</source>
        <translation>Näppäimistö</translation>
    </message>
</context>
<context>
    <name>ShiftEditDialog</name>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="68"/>
        <source>Edit shift</source>
        <translation>Muokkaa vuoroa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="71"/>
        <source>Activity</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="72"/>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="73"/>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="76"/>
        <source>Add activity</source>
        <translation>Lisää toiminto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="79"/>
        <source>Remove last</source>
        <translation>Poista viimeinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="89"/>
        <source>Save shift</source>
        <translation>Tallenna vuoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="98"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="108"/>
        <source>Activity {0}</source>
        <translation>Toiminto {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="114"/>
        <source>Start of activity {0}</source>
        <translation>Toiminnon {0} alku</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="115"/>
        <source>End of activity {0}</source>
        <translation>Toiminnon {0} loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="159"/>
        <source>A shift has at least one activity.</source>
        <translation>Vuorossa on oltava vähintään yksi toiminto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="174"/>
        <source>Activity {0} must start when activity {1} ends.</source>
        <translation>Toiminnon {0} on alettava, kun toiminto {1} päättyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="179"/>
        <source>Activity {0} lasts less than a minute.</source>
        <translation>Toiminto {0} kestää alle minuutin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="183"/>
        <source>A shift lasts at most 16 hours.</source>
        <translation>Vuoro voi kestää enintään 16 tuntia.</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="48"/>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="53"/>
        <source>Search shortcuts</source>
        <translation>Hae pikanäppäimiä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="54"/>
        <source>Search actions or keys</source>
        <translation>Hae toimintoja tai näppäimiä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="61"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="61"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="69"/>
        <source>No action matches</source>
        <translation>Mikään toiminto ei vastaa hakua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="72"/>
        <source>Change keys under Settings → Keyboard.</source>
        <translation>Vaihda näppäimiä kohdassa Asetukset → Näppäimistö.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="107"/>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="57"/>
        <source>Sign in to Frontline</source>
        <translation>Kirjaudu Frontlineen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="64"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="78"/>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="68"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="79"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="71"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="80"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="84"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="167"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>Väärä käyttäjätunnus tai salasana. Tarkista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="169"/>
        <source>Too many sign-in attempts. Try again in {0} seconds.</source>
        <translation>Liian monta kirjautumisyritystä. Yritä uudelleen {0} sekunnin kuluttua.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="174"/>
        <source>Cannot reach the server ({0}). Check the address and your network.</source>
        <translation>Palvelimeen ei saada yhteyttä ({0}). Tarkista osoite ja verkkoyhteys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="176"/>
        <source>Sign-in failed: {0}</source>
        <translation>Kirjautuminen epäonnistui: {0}</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <location filename="../../desktop/ui/conversation/sla_badge.py" line="86"/>
        <source>Reply overdue by {0}</source>
        <translation>Vastaus myöhässä: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/sla_badge.py" line="88"/>
        <source>Reply due in {0}</source>
        <translation>Vastaus erääntyy: {0}</translation>
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
    <name>SwapAccept</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="34"/>
        <source>You are offline: trades can be accepted once the desk is connected again.</source>
        <translation>Ei yhteyttä: vuorotarjouksia voi ottaa vastaan, kun työpöytä on taas yhteydessä.</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="43"/>
        <source>You are offline: swaps can be sent once the desk is connected again.</source>
        <translation>Ei yhteyttä: vaihtoja voi lähettää, kun työpöytä on taas yhteydessä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="65"/>
        <source>Swap or give away a shift</source>
        <translation>Vaihda tai luovuta vuoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="84"/>
        <source>Your shift</source>
        <translation>Vuorosi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="87"/>
        <source>Swap: I want a shift in return</source>
        <translation>Vaihto: haluan vuoron vastineeksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="89"/>
        <source>Give away: nothing in return</source>
        <translation>Luovutus: ei mitään vastineeksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="101"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="102"/>
        <source>Post to the board</source>
        <translation>Julkaise vuorotaululle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="107"/>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="116"/>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="109"/>
        <source>A word for your colleague (optional)</source>
        <translation>Viesti kollegalle (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="113"/>
        <source>Shift</source>
        <translation>Vuoro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="114"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="115"/>
        <source>Offer to</source>
        <translation>Tarjoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="120"/>
        <source>You have no published shifts ahead to trade.</source>
        <translation>Sinulla ei ole tulevia julkaistuja vuoroja vaihdettavaksi tai luovutettavaksi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="130"/>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="172"/>
        <source>Checking the rules...</source>
        <translation>Tarkistetaan sääntöjä...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="181"/>
        <source>The note is too long: at most {0} characters.</source>
        <translation>Huomio on liian pitkä: enintään {0} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="196"/>
        <source>No rule stands in the way.</source>
        <translation>Mikään sääntö ei estä tätä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="198"/>
        <source>A supervisor will review this.</source>
        <translation>Esihenkilö käsittelee tämän.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="204"/>
        <source>The rules could not be checked: {0}</source>
        <translation>Sääntöjä ei voitu tarkistaa: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="222"/>
        <source>This cannot be sent: see the rules above.</source>
        <translation>Tätä ei voi lähettää: katso säännöt yllä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="243"/>
        <source>send the swap</source>
        <translation>lähettää vaihtoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="248"/>
        <source>The server refused this trade; nothing was sent.</source>
        <translation>Palvelin hylkäsi vuorotarjouksen; mitään ei lähetetty.</translation>
    </message>
</context>
<context>
    <name>SwapRules</name>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="45"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="47"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="48"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="115"/>
        <source>This shift is not published yet: only published shifts can be traded.</source>
        <translation>Tätä vuoroa ei ole vielä julkaistu: vain julkaistuja vuoroja voi vaihtaa tai luovuttaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="124"/>
        <source>This time off starts in the past.</source>
        <translation>Tämä vapaa alkaa menneisyydessä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="125"/>
        <source>This time off starts in the past ({0}).</source>
        <translation>Tämä vapaa alkaa menneisyydessä ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="129"/>
        <source>This shift has started or is over: only future shifts can be traded.</source>
        <translation>Tämä vuoro on alkanut tai päättynyt: vain tulevia vuoroja voi vaihtaa tai luovuttaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="132"/>
        <source>This shift started at {0}: only future shifts can be traded.</source>
        <translation>Tämä vuoro alkoi {0}: vain tulevia vuoroja voi vaihtaa tai luovuttaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="142"/>
        <source>Short notice for time off.</source>
        <translation>Lyhyt varoitusaika vapaalle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="143"/>
        <source>Short notice: {0} h before the time off starts; the usual notice is {1} h.</source>
        <translation>Lyhyt varoitusaika: {0} h ennen vapaan alkua; tavallinen varoitusaika on {1} h.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="148"/>
        <source>Too close to the shift: swaps need more notice.</source>
        <translation>Liian lähellä vuoron alkua: vaihdot vaativat pidemmän varoitusajan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="151"/>
        <source>Less than {0} hours before the shift ({1} h left): swaps need at least {0} hours&apos; notice.</source>
        <translation>Alle {0} tuntia vuoron alkuun ({1} h jäljellä): vaihdot on tehtävä vähintään {0} tuntia etukäteen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="161"/>
        <source>The colleague is not a member of this shift&apos;s queues.</source>
        <translation>Kollega ei kuulu tämän vuoron jonoihin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="164"/>
        <source>{0} is not a member of the queue {1}, which this shift serves.</source>
        <translation>{0} ei kuulu jonoon {1}, jota tämä vuoro palvelee.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="175"/>
        <source>The colleague&apos;s skill level is below what this shift needs.</source>
        <translation>Kollegan osaamistaso on alempi kuin tämä vuoro vaatii.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="178"/>
        <source>{0} has skill level {2} in {1}; this shift needs level {3}.</source>
        <translation>{0}: osaamistaso {2} taidossa {1}; tämä vuoro vaatii tason {3}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="187"/>
        <source>The colleague does not serve every language of this shift.</source>
        <translation>Kollega ei palvele kaikilla tämän vuoron kielillä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="190"/>
        <source>{0} does not serve {1}, a language of this shift.</source>
        <translation>{0} ei palvele tämän vuoron kielellä {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="202"/>
        <source>The colleague already works at that time.</source>
        <translation>Kollega on jo töissä siihen aikaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="203"/>
        <source>{0} already works at that time (a shift starting {1}).</source>
        <translation>{0} on jo töissä siihen aikaan (vuoro alkaa {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="211"/>
        <source>work</source>
        <translation>työtä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="212"/>
        <source>a break</source>
        <translation>tauko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="213"/>
        <source>lunch</source>
        <translation>lounas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="214"/>
        <source>a meeting</source>
        <translation>palaveri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="215"/>
        <source>training</source>
        <translation>koulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="216"/>
        <source>off-queue work</source>
        <translation>jonon ulkopuolista työtä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="217"/>
        <source>time off</source>
        <translation>vapaata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="226"/>
        <source>The schedule has {0} during this time off.</source>
        <translation>Aikataulussa on {0} tämän vapaan aikana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="229"/>
        <source>The schedule has {0} during this time off ({1} – {2}).</source>
        <translation>Aikataulussa on {0} tämän vapaan aikana ({1} – {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="239"/>
        <source>Too little rest between shifts after this trade.</source>
        <translation>Vuorojen väliin jäisi liian vähän lepoaikaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="242"/>
        <source>{0} would rest only {1} h between shifts; the minimum is {2} h.</source>
        <translation>{0}: vuorojen väliin jäisi vain {1} h lepoaikaa; vähimmäismäärä on {2} h.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="252"/>
        <source>This trade goes over the weekly maximum of paid hours.</source>
        <translation>Tämä vuorotarjous ylittäisi viikon palkallisten tuntien enimmäismäärän.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="255"/>
        <source>{0} would work {1} paid hours that week; the maximum is {2}.</source>
        <translation>{0}: palkallisia tunteja kertyisi sillä viikolla {1}; enimmäismäärä on {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="264"/>
        <source>The two shifts are not paid the same length of time.</source>
        <translation>Vuorojen palkallinen aika ei ole yhtä pitkä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="267"/>
        <source>The two shifts are not paid the same: {0} and {1}.</source>
        <translation>Vuorojen palkallinen aika eroaa: {0} ja {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="273"/>
        <source>A shift cannot be traded with oneself.</source>
        <translation>Vuoroa ei voi vaihtaa itsensä kanssa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="281"/>
        <source>This overlaps another time-off request.</source>
        <translation>Tämä menee päällekkäin toisen vapaapyynnön kanssa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="284"/>
        <source>This overlaps another time-off request ({0} – {1}).</source>
        <translation>Tämä menee päällekkäin toisen vapaapyynnön kanssa ({0} – {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="289"/>
        <source>The colleague has approved time off during this shift.</source>
        <translation>Kollegalla on hyväksytty vapaa tämän vuoron aikana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="292"/>
        <source>{0} has approved time off during this shift.</source>
        <translation>{0}: hyväksytty vapaa tämän vuoron aikana.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="321"/>
        <source>A scheduling rule is not met ({0}).</source>
        <translation>Aikataulusääntö ei täyty ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="331"/>
        <source>Not allowed</source>
        <translation>Ei sallittu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="332"/>
        <source>Needs a supervisor&apos;s review</source>
        <translation>Vaatii esihenkilön käsittelyn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="338"/>
        <source>This cannot be sent.</source>
        <translation>Tätä ei voi lähettää.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="340"/>
        <source>A supervisor will review this.</source>
        <translation>Esihenkilö käsittelee tämän.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="255"/>
        <source>Add a follow-up task</source>
        <translation>Lisää seurantatehtävä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="258"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="268"/>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="260"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="269"/>
        <source>Assignee</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="266"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="270"/>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="94"/>
        <source>call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="95"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="96"/>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="98"/>
        <source>Ringing: {0}</source>
        <translation>Soi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="105"/>
        <source>On hold {0}</source>
        <translation>Pidossa {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="107"/>
        <source>Consulting {0}</source>
        <translation>Konsultoidaan: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="112"/>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="113"/>
        <source>Call {0}</source>
        <translation>Puhelu {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="120"/>
        <location filename="../../desktop/ui/team/model.py" line="124"/>
        <source>After-call work {0}</source>
        <translation>Jälkityö {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="123"/>
        <source>After-call work</source>
        <translation>Jälkityö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="138"/>
        <source>1 chat</source>
        <translation>1 chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="140"/>
        <source>{0} chats</source>
        <translation>{0} chattia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="142"/>
        <source>1 email</source>
        <translation>1 sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="144"/>
        <source>{0} emails</source>
        <translation>{0} sähköpostia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="313"/>
        <source>Agent</source>
        <translation>Agentti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="314"/>
        <source>Presence</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="315"/>
        <source>In state</source>
        <translation>Tilassa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="316"/>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="317"/>
        <source>Requested</source>
        <translation>Pyydetty</translation>
    </message>
</context>
<context>
    <name>TeamAdherence</name>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="124"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="102"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="106"/>
        <source>Queue:</source>
        <translation>Jono:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="108"/>
        <source>No agent has chosen a presence yet: everyone is Offline</source>
        <translation>Kukaan agentti ei ole vielä valinnut tilaa: kaikki ovat poissa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="153"/>
        <location filename="../../desktop/ui/team/page.py" line="180"/>
        <source>Agents</source>
        <translation>Agentit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="155"/>
        <source>Open complaints</source>
        <translation>Avoimet reklamaatiot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="157"/>
        <source>Privacy</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="159"/>
        <location filename="../../desktop/ui/team/page.py" line="172"/>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="162"/>
        <source>Adherence</source>
        <translation>Aikataulussa pysyminen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="164"/>
        <source>Schedules</source>
        <translation>Työvuorot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/page.py" line="172"/>
        <source>Requests (%n)</source>
        <translation>
            <numerusform>Pyynnöt (%n)</numerusform>
            <numerusform>Pyynnöt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="224"/>
        <source>All queues</source>
        <translation>Kaikki jonot</translation>
    </message>
</context>
<context>
    <name>TeamSchedules</name>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="105"/>
        <source> (next day)</source>
        <translation> (seuraava päivä)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="112"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="117"/>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="118"/>
        <source>Break</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="119"/>
        <source>Lunch</source>
        <translation>Lounas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="120"/>
        <source>Meeting</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="121"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="122"/>
        <source>Off-queue work</source>
        <translation>Jonon ulkopuolinen työ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="123"/>
        <source>Time off</source>
        <translation>Vapaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="146"/>
        <source>Not connected: nothing was changed. Try again when online.</source>
        <translation>Ei yhteyttä: mitään ei muutettu. Yritä uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="150"/>
        <source>The server did not answer in time: check the result, then retry.</source>
        <translation>Palvelin ei vastannut ajoissa: tarkista tulos ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="154"/>
        <source>The server refused: {0}</source>
        <translation>Palvelin hylkäsi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="158"/>
        <source>Something went wrong: {0}</source>
        <translation>Jokin meni vikaan: {0}</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="43"/>
        <source>You are offline: requests can be sent once the desk is connected again.</source>
        <translation>Ei yhteyttä: pyyntöjä voi lähettää, kun työpöytä on taas yhteydessä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="66"/>
        <source>Request time off</source>
        <translation>Pyydä vapaata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="81"/>
        <source>Send request</source>
        <translation>Lähetä pyyntö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="107"/>
        <source>Kind of time off</source>
        <translation>Vapaan laji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="110"/>
        <source>Whole days</source>
        <translation>Kokonaiset päivät</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="116"/>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="145"/>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="120"/>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="146"/>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="124"/>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="134"/>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="130"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="145"/>
        <source>From</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="146"/>
        <source>Until</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="164"/>
        <source>The end must be after the start.</source>
        <translation>Lopun on oltava alun jälkeen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="166"/>
        <source>One request covers at most {0} days; split longer leave.</source>
        <translation>Yksi pyyntö voi kattaa enintään {0} päivää; jaa pidempi vapaa osiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="170"/>
        <source>The note is too long: at most {0} characters.</source>
        <translation>Huomio on liian pitkä: enintään {0} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="207"/>
        <source>request time off</source>
        <translation>pyytää vapaata</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="212"/>
        <source>The request was refused; nothing was sent.</source>
        <translation>Pyyntö hylättiin; mitään ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="224"/>
        <source>Your request was sent; the supervisor will see these notes:</source>
        <translation>Pyyntösi lähetettiin; esihenkilö näkee nämä huomiot:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="226"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="51"/>
        <source>Today&apos;s schedule</source>
        <translation>Tämän päivän aikataulu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="84"/>
        <source>No shift</source>
        <translation>Ei vuoroa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="109"/>
        <source>{0} {1} to {2}</source>
        <translation>{0} {1}–{2}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="104"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="105"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="106"/>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="107"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="108"/>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="109"/>
        <source>Agent</source>
        <translation>Agentti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="110"/>
        <source>Wrap-up</source>
        <translation>Lopetuskoodi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="111"/>
        <source>Rating</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="140"/>
        <source>Messages not visible in your queues</source>
        <translation>Viestit eivät näy jonoissasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="144"/>
        <source>{0}, repeat</source>
        <translation>{0}, toistuva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="158"/>
        <source>CSAT {0}/5</source>
        <translation>CSAT {0}/5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="160"/>
        <source>NPS {0}</source>
        <translation>NPS {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="162"/>
        <source>CES {0}/7</source>
        <translation>CES {0}/7</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="167"/>
        <source>In a queue you do not work in: when, channel, queue and outcome only</source>
        <translation>Jonossa, jossa et työskentele: vain aika, kanava, jono ja lopputulos</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="180"/>
        <source>Contact history</source>
        <translation>Yhteydenottohistoria</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/widgets/toast.py" line="48"/>
        <location filename="../../desktop/widgets/toast.py" line="49"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="95"/>
        <location filename="../../desktop/ui/schedule/today.py" line="213"/>
        <source>Start break</source>
        <translation>Aloita tauko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="127"/>
        <source>Today, {0}</source>
        <translation>Tänään, {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="150"/>
        <source>Your shift is over for today. Have a good rest!</source>
        <translation>Vuorosi on tältä päivältä ohi. Hyvää lepoa!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="152"/>
        <source>No shift today. Enjoy your day!</source>
        <translation>Ei vuoroa tänään. Mukavaa päivää!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="158"/>
        <source>Your shift starts at {0} (in {1})</source>
        <translation>Vuorosi alkaa klo {0} ({1} kuluttua)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="164"/>
        <source>{0} until {1}</source>
        <translation>{0} klo {1} asti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="171"/>
        <source>Next: {0} at {1}, in {2}</source>
        <translation>Seuraavaksi: {0} klo {1}, {2} kuluttua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="178"/>
        <source>No more breaks in this shift</source>
        <translation>Tässä vuorossa ei ole enää taukoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="181"/>
        <source>Shift ends at {0}</source>
        <translation>Vuoro päättyy klo {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="185"/>
        <source>On schedule</source>
        <translation>Aikataulussa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="189"/>
        <source>Your schedule says {0} (since {1})</source>
        <translation>Aikataulusi mukaan nyt: {0} (klo {1} alkaen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="201"/>
        <source>Today: adherence {0}, conformance {1} (as of {2})</source>
        <translation>Tänään: aikataulussa pysyminen {0}, toteuma {1} (tilanne klo {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="213"/>
        <source>Back from break</source>
        <translation>Palaa tauolta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="217"/>
        <source>Not connected: breaks start when you are online</source>
        <translation>Ei yhteyttä: tauon voi aloittaa, kun yhteys palaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="220"/>
        <source>Your break starts when this contact ends</source>
        <translation>Taukosi alkaa, kun tämä yhteydenotto päättyy</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="73"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="74"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="75"/>
        <source>Handle time</source>
        <translation>Käsittelyaika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="76"/>
        <source>Wrap-up</source>
        <translation>Lopetuskoodi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="77"/>
        <source>Transferred</source>
        <translation>Siirretty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="78"/>
        <source>Resolved first time</source>
        <translation>Ratkaistu ensimmäisellä kerralla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="79"/>
        <source>Rating</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="94"/>
        <source>Talk {0}, hold {1}, after-contact work {2}</source>
        <translation>Puhe {0}, pito {1}, jälkityö {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="102"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="102"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="119"/>
        <source>{0} / 10</source>
        <translation>{0} / 10</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="121"/>
        <source>{0} / 7</source>
        <translation>{0} / 7</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="123"/>
        <source>{0} / 5</source>
        <translation>{0} / 5</translation>
    </message>
</context>
<context>
    <name>TradeNotices</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="46"/>
        <source>{0} accepted your trade of {1}; it now waits for a supervisor.</source>
        <translation>{0} otti vastaan vuorotarjouksesi ({1}); se odottaa nyt esihenkilöä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="50"/>
        <source>{0} accepted your trade of {1}.</source>
        <translation>{0} otti vastaan vuorotarjouksesi ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="54"/>
        <source>Your trade of {0} was approved.</source>
        <translation>Vuorotarjouksesi ({0}) hyväksyttiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="58"/>
        <source>Your trade of {0} was denied.</source>
        <translation>Vuorotarjouksesi ({0}) hylättiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="62"/>
        <source>Your trade of {0} expired: nobody took it in time.</source>
        <translation>Vuorotarjouksesi ({0}) vanheni: kukaan ei ottanut sitä ajoissa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="72"/>
        <source>The trade of {0} with {1} was approved.</source>
        <translation>Vuorotarjous {0} (toinen osapuoli: {1}) hyväksyttiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="76"/>
        <source>The trade of {0} with {1} was denied.</source>
        <translation>Vuorotarjous {0} (toinen osapuoli: {1}) hylättiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="103"/>
        <source>{0} offers you a trade of their shift {1}.</source>
        <translation>{0} tarjoaa sinulle vuoroaan {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="123"/>
        <source>Your time off {0} was approved.</source>
        <translation>Vapaapyyntösi ({0}) hyväksyttiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="129"/>
        <source>Your time off {0} was denied.</source>
        <translation>Vapaapyyntösi ({0}) hylättiin.</translation>
    </message>
</context>
<context>
    <name>Trades</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="22"/>
        <source>Waiting for a colleague</source>
        <translation>Odottaa kollegaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="23"/>
        <source>Accepted by a colleague</source>
        <translation>Kollega otti vastaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="24"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="39"/>
        <source>Waiting for a supervisor</source>
        <translation>Odottaa esihenkilöä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="25"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="40"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="119"/>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="26"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="41"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="120"/>
        <source>Denied</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="27"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="42"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="121"/>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="28"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="122"/>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="53"/>
        <source>Vacation</source>
        <translation>Loma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="54"/>
        <source>Personal</source>
        <translation>Henkilökohtainen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="55"/>
        <source>Medical</source>
        <translation>Sairaus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="56"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="57"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="70"/>
        <source>Giveaway</source>
        <translation>Luovutus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="71"/>
        <source>Swap</source>
        <translation>Vaihto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="96"/>
        <source>{0} {1} – {2}</source>
        <translation>{0} {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="106"/>
        <source>nobody yet</source>
        <translation>ei vielä kukaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="108"/>
        <source>you</source>
        <translation>sinä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="112"/>
        <source>a colleague (#{0})</source>
        <translation>kollega (#{0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="116"/>
        <source>Offered</source>
        <translation>Tarjottu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="117"/>
        <source>Accepted</source>
        <translation>Otettu vastaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="118"/>
        <source>Sent for review</source>
        <translation>Lähetetty käsiteltäväksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="136"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="213"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="137"/>
        <source>{0} {1} by {2}</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="144"/>
        <source>{0} of {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="154"/>
        <source>From {0}</source>
        <translation>Tarjoaja: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="160"/>
        <source>Taken by {0}</source>
        <translation>Ottaja: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="166"/>
        <source>Offered to {0}</source>
        <translation>Tarjottu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="171"/>
        <source>On the board</source>
        <translation>Vuorotaululla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="174"/>
        <source>Open until {0}</source>
        <translation>Avoinna {0} asti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="180"/>
        <source>In return: {0}</source>
        <translation>Vastineeksi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="191"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="218"/>
        <source>Note: {0}</source>
        <translation>Huomio: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="194"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="221"/>
        <source>Supervisor: {0}</source>
        <translation>Esihenkilö: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="200"/>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="209"/>
        <source>Requested {0}</source>
        <translation>Pyydetty {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="231"/>
        <source>Not connected: nothing was sent.</source>
        <translation>Ei yhteyttä: mitään ei lähetetty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="233"/>
        <source>The server did not answer in time; check the list before trying again.</source>
        <translation>Palvelin ei vastannut ajoissa; tarkista lista ennen kuin yrität uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="237"/>
        <source>The server refused: {0}</source>
        <translation>Palvelin hylkäsi: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="240"/>
        <source>Something went wrong: {0}</source>
        <translation>Jokin meni vikaan: {0}</translation>
    </message>
</context>
<context>
    <name>TradesPanel</name>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="82"/>
        <source>Swap or give away a shift...</source>
        <translation>Vaihda tai luovuta vuoro...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="85"/>
        <source>Request time off...</source>
        <translation>Pyydä vapaata...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="88"/>
        <source>Offline: trades and requests can be sent once connected.</source>
        <translation>Ei yhteyttä: vuorotarjouksia ja pyyntöjä voi lähettää, kun yhteys palaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="99"/>
        <source>No swaps or time off yet. Your requests and their answers show here.</source>
        <translation>Ei vielä vaihtoja eikä vapaita. Pyyntösi ja niihin saadut vastaukset näkyvät tässä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="101"/>
        <source>Cancel request</source>
        <translation>Peru pyyntö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="104"/>
        <source>Nobody has offered you a shift. Offers show here.</source>
        <translation>Kukaan ei ole tarjonnut sinulle vuoroa. Tarjoukset näkyvät tässä.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="107"/>
        <source>Accept...</source>
        <translation>Ota vastaan...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="108"/>
        <source>Decline</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="111"/>
        <source>The board is empty: no colleague in your queues is offering a shift.</source>
        <translation>Vuorotaulu on tyhjä: kukaan jonojesi kollegoista ei tarjoa vuoroa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="114"/>
        <source>Pick up...</source>
        <translation>Ota vuoro...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="115"/>
        <source>Offer a shift in return...</source>
        <translation>Tarjoa vuoro vastineeksi...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="118"/>
        <source>My requests</source>
        <translation>Omat pyynnöt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="119"/>
        <location filename="../../desktop/ui/schedule/trades.py" line="241"/>
        <source>Offered to me</source>
        <translation>Minulle tarjotut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="120"/>
        <location filename="../../desktop/ui/schedule/trades.py" line="242"/>
        <source>Board</source>
        <translation>Vuorotaulu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="241"/>
        <source>Offered to me ({0})</source>
        <translation>Minulle tarjotut ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="242"/>
        <source>Board ({0})</source>
        <translation>Vuorotaulu ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="262"/>
        <source>Your trade was sent.</source>
        <translation>Vuorotarjouksesi lähetettiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="271"/>
        <source>Your time-off request was sent.</source>
        <translation>Vapaapyyntösi lähetettiin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="300"/>
        <source>Done: the shift is yours.</source>
        <translation>Valmis: vuoro on nyt sinun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="302"/>
        <source>Accepted: a supervisor will review the trade.</source>
        <translation>Otettu vastaan: esihenkilö käsittelee vuorotarjouksen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="309"/>
        <source>decline the offer</source>
        <translation>hylätä tarjousta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="311"/>
        <source>cancel the trade</source>
        <translation>perua vuorotarjousta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="313"/>
        <source>cancel the request</source>
        <translation>perua pyyntöä</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="321"/>
        <source>Could not {0}: {1}</source>
        <translation>Toiminto epäonnistui ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="328"/>
        <source>The server refused; nothing changed.</source>
        <translation>Palvelin hylkäsi pyynnön; mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="177"/>
        <source>Consult before transferring</source>
        <translation>Konsultoi ennen siirtoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="177"/>
        <source>Transfer the call</source>
        <translation>Siirrä puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="180"/>
        <source>The customer waits on hold while you talk to the target first.</source>
        <translation>Asiakas odottaa pidossa, kun puhut ensin vastaanottajan kanssa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="182"/>
        <source>The call goes to the target at once and leaves your desk.</source>
        <translation>Puhelu siirtyy vastaanottajalle heti ja poistuu työpöydältäsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="188"/>
        <location filename="../../desktop/ui/calls/dialogs.py" line="189"/>
        <source>Filter queues and colleagues</source>
        <translation>Suodata jonoja ja kollegoita</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="192"/>
        <source>Transfer targets</source>
        <translation>Siirtokohteet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="195"/>
        <source>Queue: {0}</source>
        <translation>Jono: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="197"/>
        <source>Agent: {0}</source>
        <translation>Agentti: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="202"/>
        <source>Consult</source>
        <translation>Konsultoi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="202"/>
        <source>Transfer</source>
        <translation>Siirrä</translation>
    </message>
</context>
<context>
    <name>WarningsView</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_warnings.py" line="84"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="58"/>
        <source>Previous week</source>
        <translation>Edellinen viikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="61"/>
        <source>Next week</source>
        <translation>Seuraava viikko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="112"/>
        <source>This week, from {0}</source>
        <translation>Tämä viikko, alkaen {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="114"/>
        <source>Week from {0}</source>
        <translation>Viikko alkaen {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="117"/>
        <source>Paid hours this week: {0}</source>
        <translation>Palkalliset tunnit tällä viikolla: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="124"/>
        <source>{0} (today)</source>
        <translation>{0} (tänään)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="136"/>
        <source>Day off</source>
        <translation>Vapaapäivä</translation>
    </message>
</context>
<context>
    <name>WrapupPanel</name>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="57"/>
        <source>After-call work</source>
        <translation>Jälkityö</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="66"/>
        <source>Wrap-up code</source>
        <translation>Lopetuskoodi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="68"/>
        <source>* required</source>
        <translation>* pakollinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="72"/>
        <source>Wrap-up note</source>
        <translation>Jälkityön huomio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="74"/>
        <source>Note (optional)</source>
        <translation>Huomio (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="75"/>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="77"/>
        <source>End after-call work with this wrap-up</source>
        <translation>Päätä jälkityö tällä lopetuskoodilla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="156"/>
        <source>After-call work did not end</source>
        <translation>Jälkityö ei päättynyt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="171"/>
        <source>Choose a wrap-up code…</source>
        <translation>Valitse lopetuskoodi…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="181"/>
        <source>Conversation #{0}</source>
        <translation>Keskustelu #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="185"/>
        <source>(+{0} more waiting)</source>
        <translation>(+{0} odottaa lisää)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="189"/>
        <source>A wrap-up code is required before the next contact</source>
        <translation>Lopetuskoodi tarvitaan ennen seuraavaa yhteydenottoa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="191"/>
        <source>Wrap-up code (optional)</source>
        <translation>Lopetuskoodi (valinnainen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="199"/>
        <source>No time limit</source>
        <translation>Ei aikarajaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="200"/>
        <source>This queue sets no limit to after-call work</source>
        <translation>Tällä jonolla ei ole jälkityön aikarajaa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="204"/>
        <source>After-call work ends in {0}; the wrap-up is still needed</source>
        <translation>Jälkityö päättyy {0} kuluttua; lopetuskoodi tarvitaan silti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="208"/>
        <source>After-call work ends in {0}</source>
        <translation>Jälkityö päättyy {0} kuluttua</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_actions.py" line="51"/>
        <source>Not signed in yet: try again in a moment.</source>
        <translation>Et ole vielä kirjautunut sisään: yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
</TS>

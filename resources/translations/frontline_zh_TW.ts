<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="60"/>
        <source>Pick up a shift</source>
        <translation>承接班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="62"/>
        <source>Offer a shift in return</source>
        <translation>提供交換班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="68"/>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="73"/>
        <source>Your shift in return</source>
        <translation>您用來交換的班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="75"/>
        <source>You have no published shifts ahead to give in return.</source>
        <translation>您之後沒有已發布的班次可以交換。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="85"/>
        <source>Pick up</source>
        <translation>承接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="85"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="114"/>
        <source>{0} offers their shift {1}.</source>
        <translation>{0} 提供班次 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="116"/>
        <source>{0} gives away their shift {1}.</source>
        <translation>{0} 讓出班次 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="121"/>
        <source>Note: {0}</source>
        <translation>備註：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="149"/>
        <source>Checking the rules...</source>
        <translation>正在檢查規則…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="162"/>
        <source>No rule stands in the way.</source>
        <translation>沒有規則限制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="164"/>
        <source>A supervisor will review this.</source>
        <translation>主管將會審核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="169"/>
        <source>The rules could not be checked: {0}</source>
        <translation>無法檢查規則：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="193"/>
        <source>accept the swap</source>
        <translation>接受換班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="198"/>
        <source>The server refused; nothing changed.</source>
        <translation>伺服器拒絕了要求；沒有做任何變更。</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="71"/>
        <source>Customer id</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="72"/>
        <source>Any customer</source>
        <translation>所有客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="78"/>
        <source>Customer id:</source>
        <translation>客戶編號：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="82"/>
        <location filename="../../desktop/ui/team/privacy_log.py" line="127"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="83"/>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="87"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="89"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="104"/>
        <source>Load more</source>
        <translation>載入更多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="123"/>
        <source>Access log</source>
        <translation>存取紀錄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="125"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="126"/>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="128"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="129"/>
        <source>Detail</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="146"/>
        <source>A customer id is a whole number from 1 up.</source>
        <translation>客戶編號必須是 1 以上的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="173"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未連線到伺服器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="180"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="201"/>
        <source>read the access log</source>
        <translation>讀取存取紀錄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="232"/>
        <source>No entries match.</source>
        <translation>沒有符合的紀錄。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="234"/>
        <source>%n entries, the oldest reached.</source>
        <translation>
            <numerusform>共 %n 筆紀錄，已到最早的一筆。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="236"/>
        <source>%n newest entries.</source>
        <translation>
            <numerusform>最新的 %n 筆紀錄。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceTab</name>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="154"/>
        <source>Nobody is scheduled today.</source>
        <translation>今天沒有人排班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="189"/>
        <source>Team adherence now</source>
        <translation>團隊目前的遵循狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="181"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="182"/>
        <source>Scheduled now</source>
        <translation>目前排定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="183"/>
        <source>Presence</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="184"/>
        <source>Adherence now</source>
        <translation>目前遵循狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="185"/>
        <source>Since</source>
        <translation>起始時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="186"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="187"/>
        <source>Conformance</source>
        <translation>符合度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="260"/>
        <source>{0} until {1}</source>
        <translation>{0}（至 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="264"/>
        <source>Off shift (starts {0})</source>
        <translation>非上班時間（{0} 開始）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="266"/>
        <source>Shift ended {0}</source>
        <translation>班次已於 {0} 結束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="268"/>
        <source>In adherence</source>
        <translation>符合班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="269"/>
        <source>Not matching (within the grace)</source>
        <translation>不符合（寬限時間內）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="270"/>
        <source>Out of adherence</source>
        <translation>未遵循班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="271"/>
        <source>Not scheduled now</source>
        <translation>目前未排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="333"/>
        <source>read the team&apos;s adherence</source>
        <translation>讀取團隊的遵循度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="344"/>
        <source>Today&apos;s adherence and conformance as of {0}.</source>
        <translation>今天截至 {0} 的遵循度和符合度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="353"/>
        <source>The figures shown are from earlier.</source>
        <translation>顯示的是較早的數據。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="355"/>
        <source>No figures yet.</source>
        <translation>尚無數據。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="358"/>
        <source>Today&apos;s adherence could not be read: {0} {1}</source>
        <translation>無法讀取今天的遵循度：{0} {1}</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/service.py" line="304"/>
        <source>and %n more due</source>
        <translation>
            <numerusform>另有 %n 項到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="49"/>
        <source>Show desk</source>
        <translation>顯示工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="52"/>
        <source>Mute for 1 hour</source>
        <translation>靜音 1 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="59"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="81"/>
        <source>Frontline: %n unread</source>
        <translation>
            <numerusform>Frontline：%n 則未讀</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="83"/>
        <source>Frontline: nothing new</source>
        <translation>Frontline：沒有新內容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="85"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n 項追蹤事項已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="66"/>
        <source>A customer</source>
        <translation>一位客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="69"/>
        <source>Incoming call</source>
        <translation>來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="71"/>
        <source>New email offered to you</source>
        <translation>指派給您的新郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="73"/>
        <source>New chat offered to you</source>
        <translation>指派給您的新聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="77"/>
        <source>{0} mentioned you</source>
        <translation>{0} 提及了您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="79"/>
        <source>New message from {0}</source>
        <translation>來自 {0} 的新訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="301"/>
        <source>Follow-up due</source>
        <translation>追蹤事項到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/task_reminders.py" line="44"/>
        <source>a customer</source>
        <translation>一位客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/task_reminders.py" line="45"/>
        <source>Follow-up due: {0} ({1})</source>
        <translation>追蹤事項到期：{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="37"/>
        <source>Ring</source>
        <translation>響鈴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="38"/>
        <source>Pop</source>
        <translation>氣泡音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="39"/>
        <source>Chime</source>
        <translation>叮咚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="40"/>
        <source>Bell</source>
        <translation>鈴鐺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="41"/>
        <source>Knock</source>
        <translation>敲門</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="48"/>
        <source>Offers and calls</source>
        <translation>指派和來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="49"/>
        <source>Chat messages</source>
        <translation>聊天訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="50"/>
        <source>Emails</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="51"/>
        <source>Mentions of you</source>
        <translation>提及您的內容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="70"/>
        <source>Show a notification for offers, new messages and mentions</source>
        <translation>為指派、新訊息和提及顯示通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="74"/>
        <source>Play a sound</source>
        <translation>播放音效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="77"/>
        <source>Volume:</source>
        <translation>音量：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="84"/>
        <source>Repeat until seen every</source>
        <translation>重複提醒間隔（直到查看）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="86"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="87"/>
        <source>Play once</source>
        <translation>只播放一次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="88"/>
        <source>An unseen alert sounds again after this many seconds</source>
        <translation>未查看的提醒每隔這麼多秒再次響起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="89"/>
        <source>Repeat until seen every:</source>
        <translation>重複提醒直到查看，間隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="91"/>
        <source>Only visual alerts while I am on a call</source>
        <translation>通話期間只顯示視覺提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="96"/>
        <source>A tone in your headset would interrupt the caller. Offers and messages still show in the notification, the title bar and the work strip.</source>
        <translation>耳機中的提示音會打斷來電者。指派和訊息仍會顯示在通知、標題列和工作列中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="111"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="117"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="125"/>
        <source>Quiet hours (no sound) from</source>
        <translation>勿擾時段（不發出聲音）從</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="130"/>
        <source>Quiet hours start</source>
        <translation>勿擾開始時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="134"/>
        <source>Quiet hours end</source>
        <translation>勿擾結束時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="138"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="154"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="155"/>
        <source>Play the tone for {0}</source>
        <translation>播放{0}的提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="156"/>
        <source>Hear this tone at the chosen volume</source>
        <translation>以所選音量試聽此提示音</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="20"/>
        <source>Same as the system</source>
        <translation>依照系統</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="21"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="22"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="32"/>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="36"/>
        <source>Same as the system follows the light or dark setting of your computer, also when it changes during the day.</source>
        <translation>「依照系統」會沿用您電腦的淺色或深色設定，一天中切換時也會隨之改變。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="50"/>
        <source>Theme: {0}</source>
        <translation>主題：{0}</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="92"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="109"/>
        <source>Search or browse to open an article</source>
        <translation>搜尋或瀏覽以開啟文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="127"/>
        <source>Article language</source>
        <translation>文章語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="130"/>
        <source>Favourite</source>
        <translation>最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="132"/>
        <source>Keep this article in your favourites</source>
        <translation>將這篇文章加入我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="133"/>
        <source>Copy paragraph</source>
        <translation>複製段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="134"/>
        <source>Copy the selection or the paragraph at the cursor</source>
        <translation>複製所選內容或游標所在的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="135"/>
        <source>Insert into reply</source>
        <translation>插入回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="139"/>
        <source>Insert the selection or the paragraph at the cursor into the reply; with neither, the part of the article written for the customer</source>
        <translation>將所選內容或游標所在的段落插入回覆；兩者皆無時，插入文章中寫給客戶的部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="143"/>
        <source>Insert link</source>
        <translation>插入連結</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="144"/>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>將文章標題和連結插入回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="167"/>
        <source>This article helped</source>
        <translation>這篇文章有幫助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="171"/>
        <source>This article did not help</source>
        <translation>這篇文章沒有幫助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="175"/>
        <source>Comment for the authors</source>
        <translation>給作者的意見</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="176"/>
        <source>Optional comment for the authors</source>
        <translation>給作者的意見（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="182"/>
        <source>Was this helpful?</source>
        <translation>這篇文章有幫助嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="203"/>
        <source>image not downloaded yet</source>
        <translation>圖片尚未下載</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="213"/>
        <source>{0} · version {1}</source>
        <translation>{0} · 第 {1} 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="235"/>
        <source>Voting is possible once signed in</source>
        <translation>登入後即可評價</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="276"/>
        <source>{0} (knowledge base: {1})</source>
        <translation>{0}（知識庫：{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="339"/>
        <source>★ Favourite</source>
        <translation>★ 最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="339"/>
        <source>☆ Favourite</source>
        <translation>☆ 最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="342"/>
        <source>Yes · {0}</source>
        <translation>有幫助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="343"/>
        <source>No · {0}</source>
        <translation>沒幫助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="349"/>
        <source>Your vote is waiting to be sent</source>
        <translation>您的評價尚待傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="351"/>
        <source>Thanks for your vote</source>
        <translation>感謝您的評價</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="93"/>
        <source>Suggested for this conversation</source>
        <translation>本對話的建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="104"/>
        <source>Suggestions</source>
        <translation>建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="109"/>
        <location filename="../../desktop/ui/conversation/assist.py" line="177"/>
        <source>No suggestions yet</source>
        <translation>目前沒有建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="111"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="112"/>
        <source>Insert the selected article&apos;s summary and link</source>
        <translation>插入所選文章的摘要與連結</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="185"/>
        <source>(knowledge base: {0})</source>
        <translation>（知識庫：{0}）</translation>
    </message>
</context>
<context>
    <name>AttachStrip</name>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="46"/>
        <source>You are offline; nothing was sent.</source>
        <translation>您目前離線，未傳送任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="48"/>
        <source>You are signed out.</source>
        <translation>您已登出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="50"/>
        <source>The file is larger than the server accepts.</source>
        <translation>檔案超過伺服器允許的大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="54"/>
        <source>It is gone, or not visible to you.</source>
        <translation>檔案已不存在，或您無權檢視。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="56"/>
        <source>The server refused it: {0}</source>
        <translation>伺服器拒絕了此檔案：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="79"/>
        <source>Attach…</source>
        <translation>附加檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="81"/>
        <source>Attach files to this email reply</source>
        <translation>為這封電子郵件回覆附加檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="96"/>
        <source>Up to {0} a file, {1} files</source>
        <translation>每個檔案最大 {0}，最多 {1} 個檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="120"/>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="141"/>
        <source>{0} cannot be read</source>
        <translation>無法讀取 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="144"/>
        <source>{0} is larger than {1}</source>
        <translation>{0} 超過 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="147"/>
        <source>A reply carries at most {0} files</source>
        <translation>每則回覆最多可附加 {0} 個檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="174"/>
        <source>Remove {0} from the reply</source>
        <translation>從回覆中移除 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="175"/>
        <source>Attached: {0}</source>
        <translation>已附加：{0}</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="203"/>
        <source>The desk is still starting; try again in a moment.</source>
        <translation>工作台仍在啟動中，請稍後再試。</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="103"/>
        <source>Muted</source>
        <translation>已靜音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="107"/>
        <source>Talk time</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="120"/>
        <location filename="../../desktop/ui/calls/call_panel.py" line="299"/>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="120"/>
        <source>Hold or resume ({0})</source>
        <translation>保留或繼續通話（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="123"/>
        <location filename="../../desktop/ui/calls/call_panel.py" line="300"/>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="123"/>
        <source>Mute or unmute your microphone ({0})</source>
        <translation>將麥克風靜音或取消靜音（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="126"/>
        <source>Keypad</source>
        <translation>撥號鍵盤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="126"/>
        <source>Send tones, e.g. for a menu ({0})</source>
        <translation>傳送按鍵音，例如用於語音選單（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="129"/>
        <source>Transfer…</source>
        <translation>轉接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="129"/>
        <source>Blind transfer to a queue or a colleague</source>
        <translation>直接轉接給佇列或同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="132"/>
        <source>Consult…</source>
        <translation>諮詢…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="132"/>
        <source>Talk to a queue or a colleague first, then hand over</source>
        <translation>先與佇列或同事通話，再轉交客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="135"/>
        <source>Complete transfer</source>
        <translation>完成轉接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="135"/>
        <source>Hand the customer over and leave the call</source>
        <translation>將客戶轉交並離開通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="137"/>
        <source>Cancel transfer</source>
        <translation>取消轉接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="137"/>
        <source>Take the customer back</source>
        <translation>接回客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="139"/>
        <source>Hang up</source>
        <translation>掛斷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="139"/>
        <source>End the call ({0})</source>
        <translation>結束通話（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="284"/>
        <source>Inbound</source>
        <translation>來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="284"/>
        <source>Outbound</source>
        <translation>外撥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="288"/>
        <source>Consulting {0}</source>
        <translation>正在諮詢 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="299"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="300"/>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="326"/>
        <source>On hold {0}</source>
        <translation>保留中 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="364"/>
        <source>The call was not put on hold</source>
        <translation>未能保留通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="365"/>
        <source>The call was not resumed</source>
        <translation>未能繼續通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="366"/>
        <source>Not muted</source>
        <translation>未能靜音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="367"/>
        <source>Not unmuted</source>
        <translation>未能取消靜音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="368"/>
        <source>The tones were not sent</source>
        <translation>按鍵音未傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="369"/>
        <source>The call was not hung up</source>
        <translation>未能掛斷通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="370"/>
        <source>The call was not transferred</source>
        <translation>未能轉接通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="371"/>
        <source>The consultation did not start</source>
        <translation>未能開始諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="372"/>
        <source>The transfer was not completed</source>
        <translation>未能完成轉接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="373"/>
        <source>The transfer was not cancelled</source>
        <translation>未能取消轉接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="375"/>
        <source>The call did not change</source>
        <translation>通話沒有變更</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="261"/>
        <source>Schedule a callback</source>
        <translation>預約回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="262"/>
        <source>Call {0} back at</source>
        <translation>回電給 {0} 的時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="266"/>
        <source>Callback date and time</source>
        <translation>回電日期和時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="275"/>
        <source>Note for whoever calls</source>
        <translation>給回電人員的備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="276"/>
        <source>Note for whoever calls (optional)</source>
        <translation>給回電人員的備註（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="279"/>
        <source>Offer it to me first</source>
        <translation>優先指派給我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="285"/>
        <source>Schedule</source>
        <translation>預約</translation>
    </message>
</context>
<context>
    <name>CallbackSection</name>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="47"/>
        <source>Callbacks</source>
        <translation>回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="50"/>
        <source>Schedule callback…</source>
        <translation>預約回電…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="52"/>
        <source>Promise the customer a call back at a time</source>
        <translation>與客戶約定時間回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="53"/>
        <source>None scheduled</source>
        <translation>尚無預約</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="97"/>
        <source>{0} · offered to you first</source>
        <translation>{0} · 優先指派給您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="99"/>
        <source>{0} · calling now</source>
        <translation>{0} · 撥號中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="137"/>
        <source>The callback was not scheduled</source>
        <translation>未能預約回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="139"/>
        <source>Callback scheduled for {0}</source>
        <translation>已預約於 {0} 回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="147"/>
        <source>The callback was not cancelled</source>
        <translation>未能取消回電</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="31"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小時 {1} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="33"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="46"/>
        <source>Ringing</source>
        <translation>響鈴中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="47"/>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="48"/>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="49"/>
        <source>Consulting</source>
        <translation>諮詢中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="50"/>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="58"/>
        <source>Busy with another customer</source>
        <translation>正在服務其他客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="59"/>
        <source>Not my language or skill</source>
        <translation>不符合我的語言或技能</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="60"/>
        <source>Technical problem</source>
        <translation>技術問題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="61"/>
        <source>Stepping away</source>
        <translation>暫時離開</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="69"/>
        <source>your skill level {0}</source>
        <translation>您的技能等級 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="71"/>
        <source>your skill</source>
        <translation>您的技能</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="74"/>
        <source>You are the only available agent with {0}</source>
        <translation>您是唯一有空的合適客服人員（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="78"/>
        <source>You have been idle the longest of {0} agents with {1}</source>
        <translation>在 {0} 位合適的客服人員中，您閒置最久（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="82"/>
        <source>Offered more widely after a long wait; you have {0}</source>
        <translation>等候較久，已擴大指派範圍（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="86"/>
        <source>Kept for you: a callback you promised or a transfer to you</source>
        <translation>為您保留：您承諾的回電或轉給您的來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="90"/>
        <source>You took the next waiting email</source>
        <translation>您領取了下一封等候中的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="92"/>
        <source>You claimed it from the queue</source>
        <translation>您從佇列中認領</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="94"/>
        <source>A colleague transferred it to your queue</source>
        <translation>同事將其轉到您的佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="96"/>
        <source>Routed to you</source>
        <translation>已指派給您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="98"/>
        <source>the customer waited {0}</source>
        <translation>客戶已等候 {0}</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="371"/>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="408"/>
        <source>Not saved: {0}</source>
        <translation>未儲存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="425"/>
        <source>Deleting the canned reply</source>
        <translation>刪除快速回覆</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="95"/>
        <source>Personal</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="96"/>
        <source>Shared</source>
        <translation>共用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="233"/>
        <source>Canned replies</source>
        <translation>快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="241"/>
        <source>Matching canned replies</source>
        <translation>符合的快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="253"/>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ 選擇 · Enter 插入 · Esc 關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="282"/>
        <source>No canned reply matches</source>
        <translation>沒有符合的快速回覆</translation>
    </message>
</context>
<context>
    <name>ChannelExtras</name>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="70"/>
        <source>open the attachment</source>
        <translation>開啟附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="73"/>
        <source>attach the file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="78"/>
        <source>Customer is typing…</source>
        <translation>客戶正在輸入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="133"/>
        <source>the desk is still starting</source>
        <translation>工作台仍在啟動中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/conversation/channel.py" line="135"/>
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>正在上傳 %n 個檔案…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="142"/>
        <source>{0} was not uploaded: {1}</source>
        <translation>{0} 未能上傳：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="170"/>
        <source>retry the delivery</source>
        <translation>重新傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="172"/>
        <source>You are offline; try again when connected.</source>
        <translation>您目前離線，請在恢復連線後再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="249"/>
        <source>Retry delivery</source>
        <translation>重新傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="252"/>
        <source>Hide quoted text</source>
        <translation>隱藏引用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="252"/>
        <source>Show quoted text</source>
        <translation>顯示引用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="255"/>
        <source>View formatted</source>
        <translation>檢視格式化郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="257"/>
        <source>Open {0} ({1})</source>
        <translation>開啟 {0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ColleaguesLabel</name>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="80"/>
        <source>{0} is typing…</source>
        <translation>{0} 正在輸入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="81"/>
        <source>{0} is typing… (and 1 other here)</source>
        <translation>{0} 正在輸入…（另有 1 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="82"/>
        <source>{0} is typing… (and {1} others here)</source>
        <translation>{0} 正在輸入…（另有 {1} 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="85"/>
        <source>{0} is viewing</source>
        <translation>{0} 正在檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="86"/>
        <source>{0} and 1 other are here</source>
        <translation>{0} 和另外 1 人在此</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="87"/>
        <source>{0} and {1} others are here</source>
        <translation>{0} 和另外 {1} 人在此</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="98"/>
        <source>{0}: typing</source>
        <translation>{0}：正在輸入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="100"/>
        <source>{0}: viewing</source>
        <translation>{0}：正在檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="277"/>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../../desktop/ui/calls/commands.py" line="112"/>
        <location filename="../../desktop/ui/calls/commands.py" line="137"/>
        <source>Not connected: {0}</source>
        <translation>未連線：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/commands.py" line="139"/>
        <source>{0}: the server did not answer in time</source>
        <translation>{0}：伺服器未及時回應</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/commands.py" line="141"/>
        <location filename="../../desktop/ui/calls/commands.py" line="142"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="225"/>
        <source>Approve request</source>
        <translation>核准申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="225"/>
        <source>Deny request</source>
        <translation>駁回申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="230"/>
        <source>Comment for the agents</source>
        <translation>給客服人員的意見</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="231"/>
        <source>A comment for the agents (optional)</source>
        <translation>給客服人員的意見（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="235"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="235"/>
        <source>Deny</source>
        <translation>駁回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="242"/>
        <source>Comment:</source>
        <translation>意見：</translation>
    </message>
</context>
<context>
    <name>ComplaintLauncher</name>
    <message>
        <location filename="../../desktop/ui/conversation/complaint_action.py" line="49"/>
        <source>Complaint…</source>
        <translation>客訴…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/complaint_action.py" line="51"/>
        <source>Open a complaint for this customer</source>
        <translation>為此客戶建立客訴</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="13"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="14"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="15"/>
        <source>Billing</source>
        <translation>帳務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="16"/>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="17"/>
        <source>Conduct</source>
        <translation>人員態度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="18"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="25"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="26"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="27"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="28"/>
        <source>Critical</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="35"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="36"/>
        <source>Investigating</source>
        <translation>調查中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="37"/>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="60"/>
        <source>Waiting for customer</source>
        <translation>等候客戶回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="38"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="39"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="47"/>
        <source>Escalated to supervisor</source>
        <translation>已升級至主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="48"/>
        <source>Escalated to second level</source>
        <translation>已升級至二線支援</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="57"/>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="58"/>
        <source>Start investigating</source>
        <translation>開始調查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="61"/>
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="62"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="55"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="57"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小時 {1} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="58"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="77"/>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="81"/>
        <source>No complaints from this customer. To record one, open their conversation and use Complaint… in its header.</source>
        <translation>此客戶沒有客訴。若要記錄客訴，請開啟該客戶的對話，並使用對話標題列中的「客訴…」。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="111"/>
        <source>Complaint</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="112"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="113"/>
        <source>Escalation</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="114"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="115"/>
        <source>Customer wants</source>
        <translation>客戶訴求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="116"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="117"/>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="118"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="129"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="140"/>
        <source>Escalate…</source>
        <translation>升級…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="142"/>
        <source>Add task…</source>
        <translation>新增任務…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="170"/>
        <source>The server refused: {0}</source>
        <translation>伺服器拒絕：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="207"/>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="254"/>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="294"/>
        <source>Sending…</source>
        <translation>傳送中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="251"/>
        <source>{0}, since {1}</source>
        <translation>{0}，自 {1} 起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="258"/>
        <source>Not escalated</source>
        <translation>未升級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="263"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="266"/>
        <source>confirmed with the customer</source>
        <translation>已向客戶確認</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="268"/>
        <source>not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="290"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="292"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="300"/>
        <source>Not done</source>
        <translation>標為未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="300"/>
        <source>Done</source>
        <translation>標為完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="302"/>
        <source>Mark task done: {0}</source>
        <translation>將任務標為完成：{0}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="167"/>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="144"/>
        <source>Select a conversation in the inbox</source>
        <translation>請在收件匣中選擇一則對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="213"/>
        <source>Claim</source>
        <translation>認領</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="215"/>
        <source>Take this waiting email: it becomes yours</source>
        <translation>領取這封等候中的郵件，由您負責</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="220"/>
        <source>Conversation status</source>
        <translation>對話狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="241"/>
        <source>open a complaint</source>
        <translation>建立客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="244"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="266"/>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="483"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="505"/>
        <source>Assigned to a colleague. Reply anyway?</source>
        <translation>此對話已指派給同事。仍要回覆嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="506"/>
        <source>Assigned to {0}. Reply anyway?</source>
        <translation>此對話已指派給 {0}。仍要回覆嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="532"/>
        <source>Queueing the reply</source>
        <translation>將回覆排入傳送佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="564"/>
        <source>change the status</source>
        <translation>變更狀態</translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="136"/>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="139"/>
        <source>{0} messages</source>
        <translation>{0} 則訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="273"/>
        <source>Search conversations and messages</source>
        <translation>搜尋對話和訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="274"/>
        <source>Search conversations</source>
        <translation>搜尋對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="275"/>
        <source>Channel filter</source>
        <translation>管道篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="276"/>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="279"/>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="280"/>
        <source>Any status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="283"/>
        <source>Queue filter</source>
        <translation>佇列篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="284"/>
        <source>Language filter</source>
        <translation>語言篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="285"/>
        <source>All languages</source>
        <translation>所有語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="293"/>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="345"/>
        <source>All queues</source>
        <translation>所有佇列</translation>
    </message>
</context>
<context>
    <name>CustomerEntry</name>
    <message>
        <location filename="../../desktop/ui/customer/entry.py" line="23"/>
        <source>Customer profile</source>
        <translation>客戶資料</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="114"/>
        <source>Customer profile sections</source>
        <translation>客戶資料區塊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="115"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="116"/>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="117"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="118"/>
        <source>Promises</source>
        <translation>承諾事項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="119"/>
        <source>Complaints</source>
        <translation>客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="136"/>
        <source>Find a customer by name, email, phone or order number, or open one from a conversation or a ringing call.</source>
        <translation>可依姓名、電子郵件、電話或訂單編號尋找客戶，也可以從對話或響鈴中的來電開啟客戶資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="225"/>
        <location filename="../../desktop/ui/customer/page.py" line="241"/>
        <source>Offline: customers this desk holds.</source>
        <translation>離線：僅顯示此工作台已儲存的客戶。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="248"/>
        <source>find a customer</source>
        <translation>尋找客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="326"/>
        <source>Contacts and orders come with the profile from the server.</source>
        <translation>聯繫紀錄和訂單會隨客戶資料從伺服器載入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="330"/>
        <source>No contacts with this customer yet.</source>
        <translation>尚未與此客戶聯繫過。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="331"/>
        <source>No orders: the shop has sent none for this customer.</source>
        <translation>沒有訂單：商店尚未傳來此客戶的任何訂單。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="341"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>時間軸（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="342"/>
        <source>Orders (%n)</source>
        <translation>
            <numerusform>訂單（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="343"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>備註（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="346"/>
        <source>Promises (%n overdue)</source>
        <translation>
            <numerusform>承諾事項（%n 項逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="348"/>
        <source>Promises (%n)</source>
        <translation>
            <numerusform>承諾事項（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="350"/>
        <source>Complaints (%n)</source>
        <translation>
            <numerusform>客訴（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="390"/>
        <source>read the customer&apos;s profile</source>
        <translation>讀取客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="400"/>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>此客戶的個人資料已清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="420"/>
        <source>Sign in to add notes.</source>
        <translation>請先登入再新增備註。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="428"/>
        <source>add a note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="446"/>
        <source>Sign in to change a customer.</source>
        <translation>請先登入再變更客戶資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="453"/>
        <source>change the customer</source>
        <translation>變更客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="462"/>
        <source>Save the customer&apos;s data</source>
        <translation>儲存客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="464"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="483"/>
        <source>export the customer</source>
        <translation>匯出客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="485"/>
        <source>Saved to {0}</source>
        <translation>已儲存至 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="506"/>
        <source>erase the customer</source>
        <translation>清除客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="508"/>
        <source>The customer was erased.</source>
        <translation>客戶資料已清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="532"/>
        <source>Something went wrong: {0}</source>
        <translation>發生錯誤：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="535"/>
        <source>Sign in to reach the server.</source>
        <translation>請登入以連線到伺服器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="536"/>
        <source>Type at least two characters.</source>
        <translation>請至少輸入兩個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="537"/>
        <source>The server does not know this customer (merged or erased?).</source>
        <translation>伺服器上找不到此客戶（可能已合併或清除？）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="538"/>
        <source>The server could not answer ({0}).</source>
        <translation>伺服器無法回應（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="544"/>
        <source>You are offline; this desk has not seen this customer&apos;s profile yet.</source>
        <translation>您目前離線，此工作台尚未取得這位客戶的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="547"/>
        <source>The server refused.</source>
        <translation>伺服器拒絕了要求。</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="53"/>
        <source>Name, email, phone or order number</source>
        <translation>姓名、電子郵件、電話或訂單編號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="64"/>
        <source>Customers found</source>
        <translation>找到的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="75"/>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="171"/>
        <source>None chosen yet.</source>
        <translation>尚未選擇。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_picker.py" line="100"/>
        <source>Type at least %n character(s).</source>
        <translation>
            <numerusform>請至少輸入 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="108"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未連線到伺服器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="124"/>
        <source>find a customer</source>
        <translation>尋找客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="140"/>
        <source>customer {0}</source>
        <translation>客戶 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="149"/>
        <source>No customer matches.</source>
        <translation>沒有符合的客戶。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="162"/>
        <source>Chosen: {0} (customer {1})</source>
        <translation>已選擇：{0}（客戶 {1}）</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="49"/>
        <source>Decline the offer</source>
        <translation>拒絕指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="51"/>
        <source>Why are you declining?</source>
        <translation>您為什麼要拒絕？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="59"/>
        <source>Other:</source>
        <translation>其他：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="64"/>
        <source>Your reason</source>
        <translation>您的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="66"/>
        <source>Your reason (a supervisor reads it)</source>
        <translation>您的原因（主管會看到）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="72"/>
        <source>Decline</source>
        <translation>拒絕</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="101"/>
        <source>the channel gave no reason</source>
        <translation>管道未提供原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="104"/>
        <source>Not delivered: {0}</source>
        <translation>未送達：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="106"/>
        <source>Queued</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="107"/>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="108"/>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="116"/>
        <source>Attempts: {0}</source>
        <translation>嘗試次數：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="120"/>
        <source>Not delivered. {0}. {1}</source>
        <translation>未送達。{0}。{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="124"/>
        <source>{0}. Last error: {1}</source>
        <translation>{0}。上次錯誤：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="143"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="174"/>
        <source>Hide quoted text</source>
        <translation>隱藏引用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="176"/>
        <source>Show quoted text</source>
        <translation>顯示引用文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="180"/>
        <source>View formatted</source>
        <translation>檢視格式化郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="216"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="254"/>
        <source>The key of your local cache is in the system keyring, which cannot be reached now ({0}). Unlock the keyring and start Frontline again; nothing was changed.</source>
        <translation>本機快取的金鑰存放在系統鑰匙圈中，但目前無法存取（{0}）。請解除鎖定鑰匙圈後重新啟動 Frontline；沒有做任何變更。</translation>
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
        <translation>未預期的錯誤：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="99"/>
        <location filename="../../desktop/session.py" line="349"/>
        <source>connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="114"/>
        <source>Starting the local server…</source>
        <translation>正在啟動本機伺服器…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="119"/>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="133"/>
        <location filename="../../desktop/session.py" line="244"/>
        <source>Signed out — sign in again</source>
        <translation>已登出 — 請重新登入</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="166"/>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="266"/>
        <source>The local server stopped; restarting it…</source>
        <translation>本機伺服器已停止，正在重新啟動…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="291"/>
        <source>restart the local server</source>
        <translation>重新啟動本機伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="334"/>
        <source>sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="358"/>
        <source>sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="361"/>
        <source>sign out</source>
        <translation>登出</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="37"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="41"/>
        <source>Reconnect now</source>
        <translation>立即重新連線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="43"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="73"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="97"/>
        <source>Signed in as {0}</source>
        <translation>已登入：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="104"/>
        <source>No keyring: you will sign in again next time</source>
        <translation>沒有鑰匙圈：下次需要重新登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="109"/>
        <source>Cache key kept in a file (no keyring)</source>
        <translation>快取金鑰存放在檔案中（沒有鑰匙圈）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="113"/>
        <source>The cache could not be decrypted; kept aside as {0}, syncing anew</source>
        <translation>快取無法解密，已另存為 {0}，正在重新同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="132"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>離線 — %n 項變更待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="133"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="135"/>
        <source>Signed out — sign in again</source>
        <translation>已登出 — 請重新登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="138"/>
        <location filename="../../desktop/ui/shell/status_bar.py" line="145"/>
        <source>Reconnecting…</source>
        <translation>正在重新連線…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="143"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒後重新連線</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="148"/>
        <source>the local cache cannot be written (is the disk full?)</source>
        <translation>無法寫入本機快取（磁碟是否已滿？）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="150"/>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="152"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="154"/>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="156"/>
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n 項變更待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="164"/>
        <source>Connection: {0}</source>
        <translation>連線：{0}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="42"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="45"/>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="52"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="53"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="54"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="55"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="56"/>
        <source>Contact allowed</source>
        <translation>允許聯絡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="59"/>
        <source>Open profile</source>
        <translation>開啟客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="61"/>
        <source>The customer&apos;s history, orders and notes</source>
        <translation>客戶的聯繫紀錄、訂單和備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="66"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="67"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="68"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="69"/>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="70"/>
        <source>Last activity</source>
        <translation>最近活動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="71"/>
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="138"/>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="139"/>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="140"/>
        <source>marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="144"/>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/ui/conversation/drafts.py" line="106"/>
        <source>Saving the draft</source>
        <translation>儲存草稿</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="48"/>
        <source>Edit customer</source>
        <translation>編輯客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="53"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="102"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="54"/>
        <source>vip, at-risk</source>
        <translation>例如：vip, at-risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="55"/>
        <source>May be contacted by email</source>
        <translation>可透過電子郵件聯絡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="57"/>
        <source>May be contacted by phone</source>
        <translation>可透過電話聯絡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="59"/>
        <source>Agreed to marketing</source>
        <translation>同意接收行銷訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="63"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="107"/>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="70"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="116"/>
        <source>Identities</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="73"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="75"/>
        <source>Kind of identity</source>
        <translation>聯絡方式類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="77"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="78"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="79"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="83"/>
        <source>New identity</source>
        <translation>新的聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="84"/>
        <source>name@example.com, +358 40 123 4567, handle</source>
        <translation>name@example.com、+358 40 123 4567 或聊天帳號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="85"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="106"/>
        <source>Consent</source>
        <translation>聯絡同意</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="215"/>
        <source>Erase customer</source>
        <translation>清除客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="219"/>
        <source>Erasing anonymises {0} everywhere: name, contact details and identities, messages redacted, also in every desk&apos;s cache. An audit record without personal data is kept. This cannot be undone.

Type the customer&apos;s name to confirm:</source>
        <translation>清除後，{0} 在所有地方都會匿名化：姓名、聯絡資訊和聯絡方式都會移除，訊息內容會被遮蔽，每個工作台的快取也一樣。系統會保留一筆不含個人資料的稽核紀錄。此操作無法復原。

請輸入客戶姓名以確認：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="228"/>
        <source>The customer&apos;s name, to confirm</source>
        <translation>客戶姓名（用於確認）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="231"/>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="207"/>
        <source>Escalate the complaint</source>
        <translation>升級客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="210"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="219"/>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="211"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="212"/>
        <source>Second level</source>
        <translation>二線支援</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="213"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="220"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="215"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="221"/>
        <source>Person</source>
        <translation>指定人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="216"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="65"/>
        <source>Name, email, phone, order…</source>
        <translation>姓名、郵件、電話、訂單…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="66"/>
        <source>Find customer</source>
        <translation>尋找客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="70"/>
        <source>Customers found</source>
        <translation>找到的客戶</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/find.py" line="117"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="121"/>
        <source>No customer matches “{0}”. Try part of the phone number, the whole email address, the order number, or the surname alone.</source>
        <translation>沒有符合「{0}」的客戶。請試著輸入部分電話號碼、完整的電子郵件地址、訂單編號，或只輸入姓氏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="135"/>
        <source>Recent customers</source>
        <translation>最近的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="166"/>
        <source>email</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="167"/>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="168"/>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="169"/>
        <source>order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="171"/>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="173"/>
        <source>last contact {0}</source>
        <translation>最近聯繫：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="190"/>
        <source>Type at least two characters: a name, an email, a phone number or part of it, or an order number.</source>
        <translation>請至少輸入兩個字元：姓名、電子郵件、完整或部分電話號碼，或訂單編號。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="207"/>
        <source>Searching…</source>
        <translation>搜尋中…</translation>
    </message>
</context>
<context>
    <name>FormattedMailDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="117"/>
        <source>Formatted email from {0}</source>
        <translation>來自 {0} 的格式化郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="119"/>
        <source>Formatted email</source>
        <translation>格式化郵件</translation>
    </message>
</context>
<context>
    <name>InboxControls</name>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="57"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="59"/>
        <source>Unassigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="61"/>
        <source>Mentions</source>
        <translation>提及我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="62"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="67"/>
        <source>Open and pending conversations assigned to you</source>
        <translation>指派給您的處理中和待回應對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="71"/>
        <source>Conversations of your queues nobody has taken</source>
        <translation>您的佇列中尚無人領取的對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="75"/>
        <source>Conversations whose internal notes mention you, newest first</source>
        <translation>內部備註中提及您的對話，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="78"/>
        <source>Every conversation of your queues</source>
        <translation>您的佇列中的所有對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="85"/>
        <source>Waiting</source>
        <translation>等候最久</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="87"/>
        <source>SLA due</source>
        <translation>SLA 到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="88"/>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="93"/>
        <source>The customer waiting longest first; nothing to answer last</source>
        <translation>等候最久的客戶在前；無需回覆的在最後</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="97"/>
        <source>The response due soonest first; no SLA timer last</source>
        <translation>回覆時限最早的在前；沒有 SLA 計時的在最後</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="100"/>
        <source>Latest activity first</source>
        <translation>最近活動在前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="140"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="141"/>
        <source>Sort conversations</source>
        <translation>對話排序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="152"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="154"/>
        <source>Show every conversation of this view</source>
        <translation>顯示此檢視的所有對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="157"/>
        <source>Put new and changed conversations in their place</source>
        <translation>將新增和有變更的對話排到對應位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="181"/>
        <source>Inbox views</source>
        <translation>收件匣檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="199"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="231"/>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="200"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="201"/>
        <source>Filter by channel, queue or language</source>
        <translation>依管道、佇列或語言篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="227"/>
        <source>Queue {0}</source>
        <translation>佇列 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="231"/>
        <source>Filter •</source>
        <translation>篩選 •</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/controls.py" line="252"/>
        <source>%n new</source>
        <translation>
            <numerusform>有 %n 項更新</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="254"/>
        <source>Update list</source>
        <translation>更新清單</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="264"/>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="274"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="275"/>
        <source>All queues</source>
        <translation>所有佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="285"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="287"/>
        <source>All languages</source>
        <translation>所有語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="291"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="319"/>
        <source>SLA at risk</source>
        <translation>SLA 有風險</translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <location filename="../../desktop/ui/inbox/delegate.py" line="176"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="111"/>
        <source>Customer and conversation details</source>
        <translation>客戶和對話詳細資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="293"/>
        <source>No email is waiting</source>
        <translation>沒有等候中的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="298"/>
        <source>No email was taken</source>
        <translation>未領取任何郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="306"/>
        <source>The email was not claimed</source>
        <translation>未能認領郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="308"/>
        <source>The email is yours</source>
        <translation>這封郵件已歸您處理</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="86"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="90"/>
        <source>Take next email</source>
        <translation>領取下一封郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="96"/>
        <location filename="../../desktop/ui/inbox/view.py" line="98"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="99"/>
        <source>Any status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="100"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="101"/>
        <source>Pending</source>
        <translation>待回應</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="102"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="103"/>
        <source>SLA at risk</source>
        <translation>SLA 有風險</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="106"/>
        <source>Open conversations whose response is nearly or already overdue</source>
        <translation>即將或已經超過回應時限的處理中對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="160"/>
        <source>Take the oldest waiting email of your queues</source>
        <translation>領取您佇列中等候最久的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="183"/>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
</context>
<context>
    <name>InboxSla</name>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="42"/>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="77"/>
        <source>First response overdue by {0}</source>
        <translation>首次回覆已逾時 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="80"/>
        <source>First response due in {0}</source>
        <translation>首次回覆剩餘 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="82"/>
        <source>Next response overdue by {0}</source>
        <translation>下次回覆已逾時 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="85"/>
        <source>Next response due in {0}</source>
        <translation>下次回覆剩餘 {0}</translation>
    </message>
</context>
<context>
    <name>KeyboardTab</name>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="82"/>
        <source>Click a key field and press the new keys; its clear button removes them. New keys replace the action&apos;s keys.</source>
        <translation>點按按鍵欄位後按下新的按鍵；其清除按鈕可移除按鍵。新按鍵會取代該動作原有的按鍵。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="90"/>
        <source>Search actions</source>
        <translation>搜尋動作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="91"/>
        <source>Search actions or keys</source>
        <translation>搜尋動作或按鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="97"/>
        <source>Why the keys were refused</source>
        <translation>按鍵被拒絕的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="106"/>
        <source>Actions and their keys</source>
        <translation>動作及其快速鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="155"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="156"/>
        <source>Reset {0}</source>
        <translation>重設{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="160"/>
        <source>Handled by the part of the desk it belongs to; not changeable here yet</source>
        <translation>由其所屬的工作台部分處理；目前無法在此變更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="232"/>
        <source>{0} already belongs to “{1}” ({2}): give that action other keys first.</source>
        <translation>{0} 已指定給「{1}」（{2}）：請先為該動作設定其他按鍵。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="260"/>
        <source>also {0}</source>
        <translation>另有 {0}</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="29"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="30"/>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="31"/>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="32"/>
        <source>Offers and calls</source>
        <translation>指派和來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="33"/>
        <source>Presence</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="34"/>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="35"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="98"/>
        <source>Next conversation</source>
        <translation>下一則對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="104"/>
        <source>Previous conversation</source>
        <translation>上一則對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="110"/>
        <source>Next conversation (in the inbox list)</source>
        <translation>下一則對話（收件匣清單中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="117"/>
        <source>Previous conversation (in the inbox list)</source>
        <translation>上一則對話（收件匣清單中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="124"/>
        <source>Search conversations</source>
        <translation>搜尋對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="130"/>
        <source>Show new and updated conversations</source>
        <translation>顯示新增和更新的對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="136"/>
        <source>Take the next waiting email</source>
        <translation>領取下一封等候中的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="142"/>
        <source>Resolve the conversation</source>
        <translation>解決對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="148"/>
        <source>Set pending (waiting on the customer)</source>
        <translation>設為待回應（等候客戶）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="154"/>
        <source>Snooze the conversation</source>
        <translation>延後對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="160"/>
        <source>Reopen the conversation</source>
        <translation>重新開啟對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="166"/>
        <source>Open a complaint for the customer</source>
        <translation>為客戶建立客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="172"/>
        <source>Write a reply</source>
        <translation>撰寫回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="178"/>
        <source>Send the reply</source>
        <translation>傳送回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="185"/>
        <source>Switch between reply and internal note</source>
        <translation>在回覆和內部備註之間切換</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="191"/>
        <source>Insert a canned reply</source>
        <translation>插入快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="197"/>
        <source>Accept the offer</source>
        <translation>接受指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="203"/>
        <source>Decline the offer</source>
        <translation>拒絕指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="209"/>
        <source>Hold or resume the call</source>
        <translation>保留或繼續通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="215"/>
        <source>Mute or unmute</source>
        <translation>靜音或取消靜音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="221"/>
        <source>Keypad (send tones)</source>
        <translation>撥號鍵盤（傳送按鍵音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="227"/>
        <source>Transfer the call</source>
        <translation>轉接通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="233"/>
        <source>Hang up</source>
        <translation>掛斷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="240"/>
        <source>Show the inbox</source>
        <translation>顯示收件匣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="246"/>
        <source>Show the knowledge base</source>
        <translation>顯示知識庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="252"/>
        <source>Search the knowledge base</source>
        <translation>搜尋知識庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="258"/>
        <source>Show the customer page</source>
        <translation>顯示客戶頁面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="264"/>
        <source>Find a customer</source>
        <translation>尋找客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="270"/>
        <source>Show my day (schedule, breaks, swaps)</source>
        <translation>顯示我的一天（班表、休息、換班）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="276"/>
        <source>Show my KPIs</source>
        <translation>顯示我的 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="282"/>
        <source>Show the team (supervisors)</source>
        <translation>顯示團隊（主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="288"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="294"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="300"/>
        <source>Reconnect now</source>
        <translation>立即重新連線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="306"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="312"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="146"/>
        <source>{0} uses AltGr, which types characters on many keyboards.</source>
        <translation>{0} 使用了 AltGr，在許多鍵盤上它用來輸入字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="150"/>
        <source>{0} uses the system key (Windows, Super): it belongs to the system.</source>
        <translation>{0} 使用了系統鍵（Windows、Super）：該鍵由系統使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="155"/>
        <source>{0} is AltGr on Windows: Polish and Finnish keyboards type characters with it (ą ę ł ó ś ż, @ {{ [ ] }} \ | ~ €).</source>
        <translation>{0} 在 Windows 上等同於 AltGr：波蘭文和芬蘭文鍵盤用它輸入字元（ą ę ł ó ś ż, @ {{ [ ] }} \ | ~ €）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="160"/>
        <source>{0}: Ctrl+Alt with this key belongs to the system.</source>
        <translation>{0}：Ctrl+Alt 加此鍵由系統使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="164"/>
        <source>{0} types characters on some keyboards (Option on a Mac: ą ł ś, @ on a Finnish Mac) and opens menus.</source>
        <translation>{0} 在某些鍵盤上用來輸入字元（Mac 上的 Option：ą ł ś；芬蘭文 Mac 上的 @），也會開啟選單。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="170"/>
        <source>{0} belongs to the system (windows and menus).</source>
        <translation>{0} 由系統使用（視窗和選單）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="179"/>
        <source>That is not a key the desk can use.</source>
        <translation>工作台無法使用這個按鍵。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="186"/>
        <source>{0} switches input methods (Chinese) or opens the system menu.</source>
        <translation>{0} 用來切換輸入法（中文）或開啟系統選單。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="190"/>
        <source>{0} moves the focus, edits text or closes dialogs: add Ctrl.</source>
        <translation>{0} 用來移動焦點、編輯文字或關閉對話方塊：請加上 Ctrl。</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="114"/>
        <source>Keypad</source>
        <translation>撥號鍵盤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="129"/>
        <source>Type or click the keys; each tone is sent at once</source>
        <translation>輸入或點按按鍵，每個按鍵音都會立即傳送</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="117"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="120"/>
        <source>Favourite articles</source>
        <translation>我的最愛文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="123"/>
        <source>Recently viewed articles</source>
        <translation>最近檢視的文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="180"/>
        <source>Search articles  (Ctrl+K)</source>
        <translation>搜尋文章（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="181"/>
        <source>Search the knowledge base</source>
        <translation>搜尋知識庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="184"/>
        <source>Browse language</source>
        <translation>瀏覽語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="185"/>
        <source>All languages</source>
        <translation>所有語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="199"/>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="210"/>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="211"/>
        <source>Favourites</source>
        <translation>我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="212"/>
        <source>Recently viewed</source>
        <translation>最近檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="286"/>
        <source>{0} results</source>
        <translation>{0} 筆結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="286"/>
        <source>No articles found</source>
        <translation>找不到文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="300"/>
        <source>remember the article</source>
        <translation>記錄最近檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="386"/>
        <source>change your favourites</source>
        <translation>變更我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="395"/>
        <source>send your vote</source>
        <translation>傳送評價</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="428"/>
        <source>Pick a category, or search</source>
        <translation>請選擇類別或搜尋</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="119"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="130"/>
        <location filename="../../desktop/ui/kpi/charts.py" line="154"/>
        <source>{0}, last 30 days</source>
        <translation>{0}，最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="132"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="157"/>
        <source>No figures in the last 30 days.</source>
        <translation>最近 30 天沒有數據。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="159"/>
        <source>Latest {0}, lowest {1}, highest {2}; target {3}.</source>
        <translation>最新 {0}，最低 {1}，最高 {2}；目標 {3}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="207"/>
        <location filename="../../desktop/ui/kpi/charts.py" line="215"/>
        <source>Handle times, last 30 days</source>
        <translation>處理時間，最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="208"/>
        <source>Contacts</source>
        <translation>聯繫數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="209"/>
        <source>Handle time (minutes)</source>
        <translation>處理時間（分鐘）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="224"/>
        <source>No contacts in the last 30 days.</source>
        <translation>最近 30 天沒有聯繫。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="226"/>
        <source>Most contacts took {0} to {1}: {2} of {3}.</source>
        <translation>多數聯繫耗時 {0} 至 {1}：{3} 筆中有 {2} 筆。</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="51"/>
        <source>Average handle time</source>
        <translation>平均處理時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="52"/>
        <source>First-contact resolution</source>
        <translation>首次聯繫解決率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="53"/>
        <source>Transfer rate</source>
        <translation>轉接率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="54"/>
        <source>Repeat contacts</source>
        <translation>重複聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="55"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>客戶滿意度（CSAT）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="56"/>
        <source>Net promoter score (NPS)</source>
        <translation>淨推薦值（NPS）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="57"/>
        <source>Customer effort (CES)</source>
        <translation>客戶費力度（CES）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="58"/>
        <source>Schedule adherence</source>
        <translation>班表遵循度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="59"/>
        <source>Conformance</source>
        <translation>班表符合度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="60"/>
        <source>Occupancy</source>
        <translation>佔用率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="61"/>
        <source>Contacts handled</source>
        <translation>已處理聯繫數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="69"/>
        <source>Talk, hold and after-contact work per contact handled.</source>
        <translation>每個已處理聯繫的通話、保留和話後處理時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="72"/>
        <source>Contacts resolved the first time, of the contacts handled.</source>
        <translation>已處理的聯繫中，首次聯繫即解決的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="75"/>
        <source>Contacts you transferred, of the contacts handled.</source>
        <translation>已處理的聯繫中，由您轉接的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="78"/>
        <source>Contacts from the same customer again within 7 days.</source>
        <translation>同一客戶在 7 天內再次聯繫的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="81"/>
        <source>Ratings of 4 or 5, of all ratings (1 to 5); unrated contacts left out.</source>
        <translation>所有評分（1 到 5）中 4 或 5 分的比例；未評分的聯繫不計入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="84"/>
        <source>Promoters (9-10) minus detractors (0-6), in points.</source>
        <translation>推薦者（9-10）減去批評者（0-6），以分數表示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="87"/>
        <source>Average answer to &quot;easy to handle my issue&quot; (1 to 7).</source>
        <translation>對「我的問題很容易處理」的平均回答（1 到 7）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="90"/>
        <source>Scheduled time you spent in the scheduled activity.</source>
        <translation>排班時間中，您實際從事排定活動的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="93"/>
        <source>Time worked on queue, of the time scheduled on queue.</source>
        <translation>排定在佇列上的時間中，實際在佇列上工作的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="96"/>
        <source>Time on contacts, of the time available or on contacts.</source>
        <translation>有空或處理聯繫的時間中，用於處理聯繫的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="99"/>
        <source>Contacts you handled to the end.</source>
        <translation>您處理完成的聯繫數。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="117"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="119"/>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="121"/>
        <source>Points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="123"/>
        <source>Score (1-7)</source>
        <translation>分數（1-7）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="124"/>
        <source>Contacts</source>
        <translation>聯繫數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="140"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="146"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="159"/>
        <source>Target ≥ {0}</source>
        <translation>目標 ≥ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="160"/>
        <source>Target ≤ {0}</source>
        <translation>目標 ≤ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="174"/>
        <source>✓ On target</source>
        <translation>✓ 達成目標</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="176"/>
        <source>▲ Needs attention</source>
        <translation>▲ 需要留意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="177"/>
        <source>No data yet</source>
        <translation>尚無資料</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="104"/>
        <source>My KPIs</source>
        <translation>我的 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="106"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="107"/>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="115"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="140"/>
        <source>Your figures</source>
        <translation>您的數據</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="159"/>
        <source>Contacts behind the selected figure</source>
        <translation>構成所選數據的聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="260"/>
        <source>Reading your figures…</source>
        <translation>正在讀取您的數據…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="263"/>
        <source>read your KPIs</source>
        <translation>讀取您的 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="277"/>
        <source>No figures yet: they appear once the desk reaches the server.</source>
        <translation>尚無數據：工作台連線到伺服器後就會顯示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="306"/>
        <source>The server cannot be reached.</source>
        <translation>無法連線到伺服器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="308"/>
        <source>This server does not give KPI figures yet.</source>
        <translation>此伺服器尚未提供 KPI 數據。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="310"/>
        <source>Sign in again to see fresh figures.</source>
        <translation>請重新登入以查看最新數據。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="312"/>
        <source>Your figures could not be refreshed; the desk tries again shortly.</source>
        <translation>無法更新您的數據；工作台稍後會再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="314"/>
        <source>{0} Showing your figures as of {1}.</source>
        <translation>{0}目前顯示您截至 {1} 的數據。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="386"/>
        <source>Updated {0}</source>
        <translation>更新於 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="388"/>
        <source>Offline: your figures as of {0}</source>
        <translation>離線：您截至 {0} 的數據</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="390"/>
        <source>Your figures as of {0}</source>
        <translation>您截至 {0} 的數據</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="425"/>
        <source>Contacts behind: {0}</source>
        <translation>構成數據的聯繫：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="438"/>
        <source>This figure comes from your schedule, not from contacts: see My day.</source>
        <translation>此數據來自您的班表，而非聯繫：請查看「我的一天」。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="442"/>
        <source>The contacts are listed when the desk is online.</source>
        <translation>工作台連線後才會列出聯繫。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="444"/>
        <source>Reading the contacts…</source>
        <translation>正在讀取聯繫…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="455"/>
        <source>No contacts in this period.</source>
        <translation>此期間沒有聯繫。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kpi/page.py" line="457"/>
        <source>The latest %n contacts.</source>
        <translation>
            <numerusform>最新的 %n 筆聯繫。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="465"/>
        <source>The contacts could not be read now.</source>
        <translation>目前無法讀取聯繫。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="469"/>
        <source>list the contacts behind a KPI</source>
        <translation>列出構成 KPI 的聯繫</translation>
    </message>
</context>
<context>
    <name>KpiTrace</name>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="137"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="138"/>
        <source>Email</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="139"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>待回應</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Snoozed</source>
        <translation>已延後</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Email</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56"/>
        <source>{0} h</source>
        <translation>{0} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="48"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="53"/>
        <location filename="../../desktop/ui/shell/language.py" line="67"/>
        <source>System language</source>
        <translation>依照系統</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="69"/>
        <source>Language: {0}. It takes effect when Frontline is restarted.</source>
        <translation>語言：{0}。重新啟動 Frontline 後生效。</translation>
    </message>
</context>
<context>
    <name>LanguageWarning</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="190"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="218"/>
        <source>Language check</source>
        <translation>語言檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="199"/>
        <source>Send anyway</source>
        <translation>仍要傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="201"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="217"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="214"/>
        <source>This reply looks like {0}; the customer writes {1}. Send anyway?</source>
        <translation>這則回覆看起來是{0}，但客戶使用的是{1}。仍要傳送嗎？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="319"/>
        <source>Open a conversation first, then insert the text</source>
        <translation>請先開啟一則對話，再插入文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="325"/>
        <source>Inserted into the reply to {0}</source>
        <translation>已插入給 {0} 的回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="348"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="349"/>
        <source>Conversations (Ctrl+1)</source>
        <translation>對話（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/page.py" line="19"/>
        <source>Knowledge base (Ctrl+3 or Ctrl+K)</source>
        <translation>知識庫（Ctrl+3 或 Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/page.py" line="24"/>
        <source>Knowledge</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="108"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="265"/>
        <source>Could not {0}: {1}</source>
        <translation>無法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="271"/>
        <source>Your reply was not sent and has been removed: {0}</source>
        <translation>您的回覆未傳送，已被移除：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="275"/>
        <source>The status change was undone: {0}</source>
        <translation>狀態變更已復原：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="277"/>
        <source>Your canned reply was not saved: {0}</source>
        <translation>您的快速回覆未儲存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="279"/>
        <source>Your vote was not counted: {0}</source>
        <translation>您的評價未被計入：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="280"/>
        <source>The server refused a change: {0}</source>
        <translation>伺服器拒絕了一項變更：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="321"/>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="342"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="361"/>
        <location filename="../../desktop/ui/shell/window.py" line="446"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="449"/>
        <source>Sign out ({0}): queued replies stay and are sent after sign-in</source>
        <translation>登出（{0}）：待傳送的回覆會保留，登入後傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="460"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="374"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="375"/>
        <source>Your agents&apos; presence (Ctrl+T)</source>
        <translation>團隊客服人員的狀態（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="567"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="568"/>
        <source>Find a customer and see their profile (Ctrl+4, find: Ctrl+Shift+F)</source>
        <translation>尋找客戶並查看客戶資料（Ctrl+4，尋找：Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="494"/>
        <source>My KPIs</source>
        <translation>我的 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="495"/>
        <source>Your own figures against the centre&apos;s targets (Ctrl+6)</source>
        <translation>您的個人數據與中心目標對照（Ctrl+6）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="386"/>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="387"/>
        <source>Your schedule, breaks, swaps and time off (Ctrl+5)</source>
        <translation>您的班表、休息、換班和休假（Ctrl+5）</translation>
    </message>
</context>
<context>
    <name>ManageCannedDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="211"/>
        <source>My canned replies</source>
        <translation>我的快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="217"/>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="218"/>
        <source>Filter by shortcut, title or text</source>
        <translation>依快捷詞、標題或文字篩選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="225"/>
        <source>Text of the chosen reply</source>
        <translation>所選回覆的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="228"/>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="229"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="230"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="301"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="232"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="262"/>
        <source>Canned replies</source>
        <translation>快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="306"/>
        <source>No canned reply here yet</source>
        <translation>這裡還沒有快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="326"/>
        <source>Delete /{0}? Click again</source>
        <translation>刪除 /{0}？請再點按一次</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="83"/>
        <source>Duplicate (merged away)</source>
        <translation>重複的客戶（將被併入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="83"/>
        <source>Find the duplicate customer</source>
        <translation>尋找重複的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="86"/>
        <source>Customer to keep</source>
        <translation>要保留的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="86"/>
        <source>Find the customer to keep</source>
        <translation>尋找要保留的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="96"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="163"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="193"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="107"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="133"/>
        <source>Recent merges</source>
        <translation>最近的合併</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="109"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="135"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="136"/>
        <source>Duplicate</source>
        <translation>重複的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="137"/>
        <source>Kept</source>
        <translation>保留的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="138"/>
        <source>By</source>
        <translation>執行者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="139"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="166"/>
        <source>Merge {0} into {1}</source>
        <translation>將 {0} 合併到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="170"/>
        <source>Choose two different customers.</source>
        <translation>請選擇兩位不同的客戶。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="180"/>
        <source>Merge “{0}” (customer {1}) into “{2}” (customer {3})?

Every conversation, handle, note, order, complaint and survey of “{0}” moves to “{2}”, on the server and on every desk. You can undo it under Recent merges.</source>
        <translation>要將「{0}」（客戶 {1}）合併到「{2}」（客戶 {3}）嗎？

「{0}」的所有對話、聯絡方式、備註、訂單、客訴和問卷都會移到「{2}」，伺服器和每個工作台上皆是如此。您可以在「最近的合併」中復原。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="186"/>
        <source>Merge customers</source>
        <translation>合併客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="214"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="247"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="331"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未連線到伺服器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="218"/>
        <source>Merging…</source>
        <translation>合併中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="222"/>
        <source>Merged {0} into {1}.</source>
        <translation>已將 {0} 合併到 {1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_merge.py" line="223"/>
        <source>%n record(s) moved.</source>
        <translation>
            <numerusform>已移動 %n 筆資料。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="236"/>
        <source>merge customers</source>
        <translation>合併客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="261"/>
        <source>read the recent merges</source>
        <translation>讀取最近的合併</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="274"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="277"/>
        <source>{0} (customer {1})</source>
        <translation>{0}（客戶 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="289"/>
        <source>No customers have been merged yet.</source>
        <translation>尚未合併過任何客戶。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="303"/>
        <source>Undone {0}</source>
        <translation>已於 {0} 復原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="306"/>
        <source>Cannot be undone: a customer changed since</source>
        <translation>無法復原：之後客戶資料已有變更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="309"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="312"/>
        <source>Undo merge of {0} into {1}</source>
        <translation>復原將 {0} 合併到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="337"/>
        <source>Undoing…</source>
        <translation>復原中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="341"/>
        <source>Undone: customer {0} is separate from customer {1} again.</source>
        <translation>已復原：客戶 {0} 與客戶 {1} 已重新分開。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="356"/>
        <source>undo a merge</source>
        <translation>復原合併</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="134"/>
        <source>Inbound call in progress</source>
        <translation>來電通話中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="136"/>
        <source>Outbound call in progress</source>
        <translation>外撥通話中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="140"/>
        <source>Missed inbound call</source>
        <translation>未接來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="142"/>
        <source>Unanswered outbound call</source>
        <translation>外撥未接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="146"/>
        <source>Inbound call · talk {0}</source>
        <translation>來電 · 通話 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="148"/>
        <source>Outbound call · talk {0}</source>
        <translation>外撥電話 · 通話 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="151"/>
        <source>hold {0}</source>
        <translation>保留 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="155"/>
        <source>at {0}</source>
        <translation>於 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="335"/>
        <source>Internal note · %1</source>
        <translation>內部備註 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="345"/>
        <source>Sending…</source>
        <translation>傳送中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="346"/>
        <source>Queued — will send when online</source>
        <translation>已排入佇列 — 連線後傳送</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="55"/>
        <source>Notes about the customer</source>
        <translation>客戶備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="59"/>
        <source>New note</source>
        <translation>新備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="61"/>
        <source>A note about this customer, for every colleague (not the customer)</source>
        <translation>關於此客戶的備註，所有同事都看得到（客戶看不到）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="65"/>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="73"/>
        <source>No notes about this customer yet. Colleagues see what you write here.</source>
        <translation>此客戶尚無備註。您在這裡寫的內容，同事都看得到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="93"/>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="94"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="96"/>
        <source>{0} — Sending…</source>
        <translation>{0} — 傳送中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="119"/>
        <source>A note has at most {0} characters.</source>
        <translation>備註最多 {0} 個字元。</translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="102"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="104"/>
        <source>Accept the offer ({0})</source>
        <translation>接受指派（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="106"/>
        <source>Decline…</source>
        <translation>拒絕…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="108"/>
        <source>Decline with a reason ({0})</source>
        <translation>說明原因並拒絕（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="110"/>
        <source>Customer profile</source>
        <translation>客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="112"/>
        <source>Who is calling: history, orders and notes</source>
        <translation>來電者資料：聯繫紀錄、訂單和備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="178"/>
        <source>The offer was not accepted</source>
        <translation>未能接受指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="212"/>
        <source>Offer declined</source>
        <translation>已拒絕指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="217"/>
        <source>The offer was not declined</source>
        <translation>未能拒絕指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="241"/>
        <source>Incoming call</source>
        <translation>來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="242"/>
        <source>Incoming chat</source>
        <translation>新的聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="243"/>
        <source>Email offered to you</source>
        <translation>指派給您的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="245"/>
        <source>Contact offered to you</source>
        <translation>指派給您的客戶聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="246"/>
        <source>Conversation #{0}</source>
        <translation>對話 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="267"/>
        <source>First contact: no earlier conversations</source>
        <translation>首次聯繫：沒有過往對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="277"/>
        <source>Recently: {0}</source>
        <translation>最近：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="309"/>
        <source>the customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="311"/>
        <source>Missed: the offer of {0} timed out</source>
        <translation>已錯過：{0} 的指派已逾時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="315"/>
        <source>The offer of {0} was declined</source>
        <translation>{0} 的指派已被拒絕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="317"/>
        <source>The offer of {0} was withdrawn</source>
        <translation>{0} 的指派已被撤回</translation>
    </message>
</context>
<context>
    <name>OpenComplaintDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="113"/>
        <source>Open a complaint</source>
        <translation>建立客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="116"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="139"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="120"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="140"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="124"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="141"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="125"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="142"/>
        <source>What the customer wants</source>
        <translation>客戶的訴求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="127"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="143"/>
        <source>Contact channel</source>
        <translation>聯絡管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="128"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="129"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="130"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="132"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="144"/>
        <source>Contact details</source>
        <translation>聯絡資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="138"/>
        <source>Contact details confirmed with the customer</source>
        <translation>已向客戶確認聯絡資訊</translation>
    </message>
</context>
<context>
    <name>OpenComplaintsView</name>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="84"/>
        <source>Open complaints</source>
        <translation>處理中的客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="87"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="88"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="89"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="90"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="91"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="92"/>
        <source>Age</source>
        <translation>經過時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="93"/>
        <source>Escalated to</source>
        <translation>升級至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="110"/>
        <source>No open complaints in your queues.</source>
        <translation>您的佇列中沒有處理中的客訴。</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="30"/>
        <source>placed</source>
        <translation>已下單</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="31"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="32"/>
        <source>shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="33"/>
        <source>delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="34"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="35"/>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="36"/>
        <source>partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="58"/>
        <source>Placed</source>
        <translation>已下單</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="59"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="60"/>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="61"/>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="62"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="63"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="64"/>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="107"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="109"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="110"/>
        <source>Total</source>
        <translation>總金額</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="111"/>
        <source>Items</source>
        <translation>品項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="112"/>
        <source>Tracking</source>
        <translation>物流追蹤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="142"/>
        <source>{0} (refunded {1})</source>
        <translation>{0}（已退款 {1}）</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="175"/>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="39"/>
        <source>Available</source>
        <translation>有空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="40"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="41"/>
        <source>After-call work</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="42"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="43"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="44"/>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="45"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="46"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="47"/>
        <source>Not responding</source>
        <translation>無回應</translation>
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
        <translation>您的狀態：處於「有空」時才會指派工作（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="157"/>
        <location filename="../../desktop/ui/shell/presence.py" line="189"/>
        <source>Not connected: presence not changed</source>
        <translation>未連線：狀態未變更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="161"/>
        <source>change presence</source>
        <translation>變更狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="179"/>
        <source>You are on a contact: {0} starts when it ends</source>
        <translation>您正在處理客戶聯繫：結束後切換為{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="191"/>
        <location filename="../../desktop/ui/shell/presence.py" line="193"/>
        <source>Presence not changed: {0}</source>
        <translation>狀態未變更：{0}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="60"/>
        <source>Viewed profile</source>
        <translation>檢視客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="61"/>
        <source>Exported</source>
        <translation>匯出客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="62"/>
        <source>Erased</source>
        <translation>清除客戶資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="63"/>
        <source>Merged</source>
        <translation>合併客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="64"/>
        <source>Undid merge</source>
        <translation>復原合併</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="65"/>
        <source>Changed retention</source>
        <translation>變更保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="66"/>
        <source>Ran retention</source>
        <translation>執行保存期限清理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="96"/>
        <source>Something went wrong: {0}</source>
        <translation>發生錯誤：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="101"/>
        <source>The server cannot be reached: you are offline. Try again when online.</source>
        <translation>無法連線到伺服器：您目前離線。請在恢復連線後再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="104"/>
        <source>You are signed out: sign in again to do this.</source>
        <translation>您已登出：請重新登入後再執行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="112"/>
        <source>Not found: {0}.</source>
        <translation>找不到：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="114"/>
        <source>Not found.</source>
        <translation>找不到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="117"/>
        <source>forbidden</source>
        <translation>禁止存取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="118"/>
        <source>Only supervisors may do this (the server refused: {0}).</source>
        <translation>只有主管可以執行此操作（伺服器拒絕：{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="123"/>
        <source>Already done: {0}.</source>
        <translation>已執行過：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="125"/>
        <source>Refused: {0}.</source>
        <translation>遭拒絕：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="127"/>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="128"/>
        <source>The server could not answer ({0}).</source>
        <translation>伺服器無法回應（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="129"/>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="42"/>
        <source>Privacy sections</source>
        <translation>隱私區塊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="44"/>
        <source>Access log</source>
        <translation>存取紀錄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="45"/>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="46"/>
        <source>Merge duplicates</source>
        <translation>合併重複客戶</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="86"/>
        <source>Repeat contact</source>
        <translation>重複聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="88"/>
        <source>This customer contacted us within the last 7 days</source>
        <translation>此客戶在過去 7 天內曾與我們聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="111"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="113"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="115"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="117"/>
        <source>Erase…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="141"/>
        <source>Consent</source>
        <translation>聯絡同意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="142"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="143"/>
        <source>Local time</source>
        <translation>當地時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="144"/>
        <source>Reach them at</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="145"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="184"/>
        <source>Erased customer</source>
        <translation>已清除的客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="186"/>
        <source>Customer #{0}</source>
        <translation>客戶 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="214"/>
        <source>{0} {1}/{2} ({3})</source>
        <translation>{0} {1}/{2}（{3} 份）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="215"/>
        <source>No survey answers yet</source>
        <translation>尚無問卷回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="221"/>
        <source>Time zone not known</source>
        <translation>時區不明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="236"/>
        <source>Not fetched from the server yet: showing what this desk holds.</source>
        <translation>尚未從伺服器取得：目前顯示此工作台已儲存的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="241"/>
        <source>You are offline; showing what this desk last saw at {0}</source>
        <translation>您目前離線；顯示此工作台於 {0} 最後取得的資料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="242"/>
        <source>Profile as of {0}</source>
        <translation>客戶資料更新時間：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="251"/>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="252"/>
        <source>phone calls</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="253"/>
        <source>marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="257"/>
        <source>Allowed: {0}</source>
        <translation>允許：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="260"/>
        <source>No contact allowed</source>
        <translation>不允許任何聯絡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="262"/>
        <source>Not allowed: {0}</source>
        <translation>不允許：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="275"/>
        <source>No email, phone or chat handle known</source>
        <translation>沒有已知的電子郵件、電話或聊天帳號</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="283"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="283"/>
        <source>at risk</source>
        <translation>流失風險</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="152"/>
        <source>Nothing promised to this customer is open.</source>
        <translation>對此客戶沒有尚未完成的承諾事項。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="156"/>
        <source>Follow-up: {0}</source>
        <translation>後續追蹤：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="156"/>
        <source>Callback: {0}</source>
        <translation>回電：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="157"/>
        <source>(no note)</source>
        <translation>（無備註）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="161"/>
        <source>Overdue since {0} — {1}</source>
        <translation>自 {0} 起逾期 — {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="161"/>
        <source>Due {0} — {1}</source>
        <translation>{0} 到期 — {1}</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="48"/>
        <source>Auto-reply</source>
        <translation>自動回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="49"/>
        <source>Bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="50"/>
        <source>Mail loop</source>
        <translation>郵件迴圈</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="51"/>
        <source>Unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="52"/>
        <source>No sender address</source>
        <translation>沒有寄件者地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="53"/>
        <source>Failed to take in</source>
        <translation>收取失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="288"/>
        <source>Mail quarantine</source>
        <translation>郵件隔離區</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="78"/>
        <source>Received</source>
        <translation>收到時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="79"/>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="80"/>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="81"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="82"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="83"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="86"/>
        <source>Quarantined mail</source>
        <translation>已隔離的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="90"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="91"/>
        <source>Release</source>
        <translation>釋出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="92"/>
        <source>Take this mail in again as a conversation</source>
        <translation>重新收取此郵件並建立對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="93"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="94"/>
        <source>Save raw…</source>
        <translation>儲存原始郵件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="144"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="153"/>
        <source>Not signed in yet.</source>
        <translation>尚未登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="160"/>
        <source>Could not read the quarantine</source>
        <translation>無法讀取隔離區</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="188"/>
        <source>Showing the newest {0} of {1} quarantined mails</source>
        <translation>顯示 {1} 封隔離郵件中最新的 {0} 封</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="191"/>
        <source>No mail is in quarantine.</source>
        <translation>隔離區中沒有郵件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="202"/>
        <source>Released into conversation {0}.</source>
        <translation>已釋出至對話 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="204"/>
        <source>Released; it opened no conversation.</source>
        <translation>已釋出，但未建立對話。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="212"/>
        <source>Could not release it</source>
        <translation>無法釋出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="221"/>
        <source>Delete the quarantined mail from {0}?</source>
        <translation>要刪除來自 {0} 的隔離郵件嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="225"/>
        <source>Deleted.</source>
        <translation>已刪除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="232"/>
        <source>Could not delete it</source>
        <translation>無法刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="240"/>
        <source>Save the raw mail</source>
        <translation>儲存原始郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="260"/>
        <source>Saved {0} to {1}.</source>
        <translation>已將 {0} 儲存至 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="266"/>
        <source>Could not save it</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="271"/>
        <source>Mail quarantine</source>
        <translation>郵件隔離區</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="264"/>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="270"/>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="272"/>
        <source>Only colleagues see internal notes</source>
        <translation>只有同事看得到內部備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="273"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="592"/>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="313"/>
        <source>Canned</source>
        <translation>快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="314"/>
        <source>Canned replies (type / in the reply)</source>
        <translation>快速回覆（在回覆中輸入 /）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="315"/>
        <source>Canned replies</source>
        <translation>快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="323"/>
        <source>Insert canned reply…</source>
        <translation>插入快速回覆…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="326"/>
        <source>Save as canned reply…</source>
        <translation>儲存為快速回覆…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="329"/>
        <source>Manage my canned replies…</source>
        <translation>管理我的快速回覆…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="349"/>
        <source>Write a reply…  ({0} sends)</source>
        <translation>撰寫回覆…（{0} 傳送）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="351"/>
        <source>Write a reply…</source>
        <translation>撰寫回覆…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="450"/>
        <source>Reply check</source>
        <translation>回覆檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="473"/>
        <source>Not filled in yet: {0}. Send anyway?</source>
        <translation>尚未填寫：{0}。仍要傳送嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="476"/>
        <source>Fill in</source>
        <translation>去填寫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="477"/>
        <source>Fill-in check</source>
        <translation>填寫項目檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="521"/>
        <source>Fill in by hand: {0}</source>
        <translation>請手動填寫：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="592"/>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
</context>
<context>
    <name>ReplyLanguage</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="79"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="80"/>
        <source>Finnish</source>
        <translation>芬蘭文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="81"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="173"/>
        <source>Resolve the complaint</source>
        <translation>解決客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="175"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="181"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="183"/>
        <source>Resolution</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="177"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="178"/>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="182"/>
        <source>Customer&apos;s satisfaction (1-5)</source>
        <translation>客戶滿意度（1-5）</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="67"/>
        <source>Days to keep messages of resolved conversations</source>
        <translation>已解決對話的訊息保存天數</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="68"/>
        <source>Keep messages of resolved conversations for</source>
        <translation>已解決對話的訊息保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="70"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="71"/>
        <source>Keep forever</source>
        <translation>永久保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="82"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="85"/>
        <source>Apply now…</source>
        <translation>立即套用…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="111"/>
        <source>Messages of resolved conversations older than this are redacted: the conversation stays (when, channel, queue, outcome) for the reports, its words do not. The server applies this every day.</source>
        <translation>超過此期限的已解決對話，其訊息內容會被遮蔽：對話紀錄（時間、管道、佇列、結果）會保留供報表使用，但文字內容不會保留。伺服器每天都會套用此設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="142"/>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="155"/>
        <source>read the retention setting</source>
        <translation>讀取保存期限設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="168"/>
        <source>Saving…</source>
        <translation>儲存中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="174"/>
        <source>Saved: messages are kept forever.</source>
        <translation>已儲存：訊息將永久保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="176"/>
        <source>Saved: messages are kept for %n day(s).</source>
        <translation>
            <numerusform>已儲存：訊息將保存 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="186"/>
        <source>save the retention setting</source>
        <translation>儲存保存期限設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="196"/>
        <source>The saved setting keeps messages forever, so nothing will be redacted now.</source>
        <translation>目前儲存的設定為永久保存訊息，因此現在不會遮蔽任何內容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="200"/>
        <source>Redact the messages of every conversation resolved more than %n day(s) ago, on the server and on every desk? This cannot be undone.</source>
        <translation>
            <numerusform>要在伺服器和每個工作台上，遮蔽所有在 %n 天以前已解決的對話訊息嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="207"/>
        <source>Apply retention now</source>
        <translation>立即套用保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="215"/>
        <source>Redact now</source>
        <translation>立即遮蔽</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="238"/>
        <source>Applying…</source>
        <translation>套用中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="243"/>
        <source>Applied: %n conversation(s) redacted.</source>
        <translation>
            <numerusform>已套用：遮蔽了 %n 則對話。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="245"/>
        <source>%n message(s) redacted.</source>
        <translation>
            <numerusform>遮蔽了 %n 則訊息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="256"/>
        <source>apply retention</source>
        <translation>套用保存期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="265"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未連線到伺服器。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="96"/>
        <source>Blocks approval: {0}</source>
        <translation>無法核准：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="104"/>
        <source>{0}: {1} ({2} paid)</source>
        <translation>{0}：{1}（支薪 {2}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="112"/>
        <location filename="../../desktop/ui/team/review.py" line="191"/>
        <source>Unknown agent</source>
        <translation>未知的客服人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="117"/>
        <source>Swap</source>
        <translation>換班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="118"/>
        <source>{0} ⇄ {1}</source>
        <translation>{0} ⇄ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="121"/>
        <source>Giveaway</source>
        <translation>讓班</translation>
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
        <translation>備註：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="147"/>
        <source>{0} (whole day)</source>
        <translation>{0}（整天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="150"/>
        <source>{0} to {1} (whole days)</source>
        <translation>{0} 至 {1}（整天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="153"/>
        <source>{0} {1} to {2} {3}</source>
        <translation>{0} {1} 至 {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="167"/>
        <source>Vacation</source>
        <translation>特休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="168"/>
        <source>Personal</source>
        <translation>事假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="169"/>
        <source>Medical</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="170"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="171"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="176"/>
        <source>Scheduled paid time it covers: {0}</source>
        <translation>涵蓋的排班支薪時數：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="188"/>
        <source>Time off: {0}</source>
        <translation>休假：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="281"/>
        <source>Nothing waits for your review.</source>
        <translation>目前沒有待您審核的申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="283"/>
        <source>Approve…</source>
        <translation>核准…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="286"/>
        <source>Deny…</source>
        <translation>駁回…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="312"/>
        <source>Requests waiting for review</source>
        <translation>待審核的申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="307"/>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="308"/>
        <source>Agents</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="309"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="310"/>
        <source>Rule warnings</source>
        <translation>規則警告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="333"/>
        <source>{0}
asked {1} {2}</source>
        <translation>{0}
申請於 {1} {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="338"/>
        <source>No rule broken</source>
        <translation>未違反任何規則</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="409"/>
        <source>Deciding needs the server: you are offline</source>
        <translation>審核需要連線到伺服器：您目前離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="419"/>
        <source>A hard rule is broken: the server will refuse this.</source>
        <translation>違反了強制規則：伺服器將拒絕此申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="432"/>
        <source>Sending your decision…</source>
        <translation>正在傳送您的決定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="440"/>
        <source>review a swap</source>
        <translation>審核調班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="451"/>
        <source>review time off</source>
        <translation>審核休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="465"/>
        <source>Not approved: the rules refuse it now. Nothing changed.
{0}</source>
        <translation>未核准：目前的規則不允許。沒有做任何變更。
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="472"/>
        <source>Approved: {0} ({1}).</source>
        <translation>已核准：{0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="472"/>
        <source>Denied: {0} ({1}).</source>
        <translation>已駁回：{0}（{1}）。</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_warnings.py" line="160"/>
        <source>check the swap rules</source>
        <translation>檢查調班規則</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="95"/>
        <source>Open link</source>
        <translation>開啟連結</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="96"/>
        <source>Open this link in your browser?

{0}</source>
        <translation>要在瀏覽器中開啟此連結嗎？

{0}</translation>
    </message>
</context>
<context>
    <name>SaveCannedDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="100"/>
        <source>Save as canned reply</source>
        <translation>儲存為快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="100"/>
        <source>Edit canned reply</source>
        <translation>編輯快速回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="126"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="153"/>
        <source>Shortcut</source>
        <translation>快捷詞</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="129"/>
        <source>refund-note</source>
        <translation>refund-note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="132"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="154"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="136"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="155"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="141"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="144"/>
        <source>Text; {customer.first_name} and {{fill:order number}} work here too</source>
        <translation>文字；此處也可使用 {customer.first_name} 和 {{fill:訂單編號}}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="148"/>
        <source>Only you see it; type / and its shortcut in a reply.</source>
        <translation>只有您看得到；在回覆中輸入 / 加快捷詞即可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="180"/>
        <source>Give it a shortcut: letters, digits, - or _</source>
        <translation>請設定快捷詞：字母、數字、- 或 _</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="182"/>
        <source>You already have a reply /{0}</source>
        <translation>您已有快速回覆 /{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="184"/>
        <source>Give it a title</source>
        <translation>請填寫標題</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="186"/>
        <source>The text is empty</source>
        <translation>文字為空白</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="188"/>
        <source>A text has at most {0} characters</source>
        <translation>文字最多 {0} 個字元</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="19"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="20"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="21"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="22"/>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="23"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="24"/>
        <source>Off-queue work</source>
        <translation>佇列外工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="25"/>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="112"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="113"/>
        <source>Weeks</source>
        <translation>每週班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="114"/>
        <source>Swaps and time off</source>
        <translation>換班和休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="291"/>
        <location filename="../../desktop/ui/schedule/page.py" line="313"/>
        <source>Not connected: breaks start when you are online</source>
        <translation>未連線：連線後才能開始休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="297"/>
        <source>change presence</source>
        <translation>變更狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="305"/>
        <source>Your break starts when this contact ends</source>
        <translation>此聯繫結束後就會開始休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="315"/>
        <location filename="../../desktop/ui/schedule/page.py" line="317"/>
        <source>Presence not changed: {0}</source>
        <translation>狀態未變更：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="347"/>
        <source>{0} at {1}: in %n minute(s)</source>
        <translation>
            <numerusform>{1} {0}：%n 分鐘後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="350"/>
        <source>Your shift ends at {0}: in %n minute(s)</source>
        <translation>
            <numerusform>您的班次於 {0} 結束：%n 分鐘後</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="366"/>
        <source>read today&apos;s adherence</source>
        <translation>讀取今天的遵循度</translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="91"/>
        <source>No shift this week.</source>
        <translation>本週沒有班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="110"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="113"/>
        <source>Agent:</source>
        <translation>客服人員：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="117"/>
        <location filename="../../desktop/ui/team/schedules.py" line="118"/>
        <source>Previous week</source>
        <translation>上一週</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="122"/>
        <location filename="../../desktop/ui/team/schedules.py" line="123"/>
        <source>Next week</source>
        <translation>下一週</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="127"/>
        <source>Publish week</source>
        <translation>發布此週班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="130"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="147"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="150"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="165"/>
        <source>Import report</source>
        <translation>匯入報告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="185"/>
        <source>Shifts of the week</source>
        <translation>該週班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="179"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="180"/>
        <source>Hours</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="181"/>
        <source>Paid</source>
        <translation>支薪</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="182"/>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="183"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="228"/>
        <source>Week of {0} to {1}</source>
        <translation>{0} 至 {1} 當週</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="251"/>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="251"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="260"/>
        <source>Paid this week: {0}</source>
        <translation>本週支薪時數：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="281"/>
        <source>Changing schedules needs the server: you are offline</source>
        <translation>變更班表需要連線到伺服器：您目前離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="321"/>
        <source>Saving the shift…</source>
        <translation>正在儲存班次…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="328"/>
        <source>edit a shift</source>
        <translation>編輯班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="336"/>
        <source>Shift removed.</source>
        <translation>已移除班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="339"/>
        <source>Shift saved: {0}–{1}.</source>
        <translation>已儲存班次：{0}–{1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="349"/>
        <source>Remove shift</source>
        <translation>移除班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="366"/>
        <source>Remove the shift of {0} on {1}? The agent is told.</source>
        <translation>要移除 {0} 在 {1} 的班次嗎？系統會通知該客服人員。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="371"/>
        <source>Removing the shift…</source>
        <translation>正在移除班次…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="378"/>
        <source>remove a shift</source>
        <translation>移除班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="388"/>
        <source>Publishing the week…</source>
        <translation>正在發布該週班表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="395"/>
        <source>publish a week</source>
        <translation>發布週班表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="402"/>
        <source>Published %n shift(s) of the week.</source>
        <translation>
            <numerusform>已發布該週的 %n 個班次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="416"/>
        <source>Import schedules</source>
        <translation>匯入班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="418"/>
        <source>Schedules (*.csv *.json);;All files (*)</source>
        <translation>班表 (*.csv *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="435"/>
        <source>{0} is too big to import (at most 16 MB): split it by week.</source>
        <translation>{0} 太大，無法匯入（最多 16 MB）：請依週分割。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="444"/>
        <source>{0} could not be read: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="452"/>
        <source>Importing {0}…</source>
        <translation>正在匯入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="455"/>
        <source>import schedules</source>
        <translation>匯入班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="463"/>
        <source>Nothing was imported: fix these rows and import the file again.</source>
        <translation>未匯入任何內容：請修正這些列，再重新匯入檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="468"/>
        <source>Shift {0}: {1}</source>
        <translation>班次 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="470"/>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 列：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="474"/>
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…另有 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="476"/>
        <source>Imported: {0} created, {1} replaced, {2} published.</source>
        <translation>已匯入：新增 {0} 個、取代 {1} 個、發布 {2} 個。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="480"/>
        <source>Weeks: {0}</source>
        <translation>週次：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="488"/>
        <source>The import was refused.</source>
        <translation>匯入遭到拒絕。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="488"/>
        <source>Import done.</source>
        <translation>匯入完成。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="116"/>
        <source>Script: {0} ({1})</source>
        <translation>腳本：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="124"/>
        <source>- {0}: compliance statement confirmed</source>
        <translation>- {0}：已確認宣讀法遵聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="128"/>
        <source>Path: {0}</source>
        <translation>路徑：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="162"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="167"/>
        <source>Call script</source>
        <translation>通話腳本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="168"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="197"/>
        <source>Read to the customer</source>
        <translation>向客戶宣讀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="199"/>
        <source>Tick once you have read this statement to the customer</source>
        <translation>向客戶宣讀此聲明後請勾選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="205"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="206"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="402"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="290"/>
        <source>start the script</source>
        <translation>啟動腳本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="361"/>
        <source>An amount, for example {0}</source>
        <translation>金額，例如 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="390"/>
        <source>Finished — the answers are saved as an internal note</source>
        <translation>已完成 — 答案已儲存為內部備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="396"/>
        <source>To continue: {0}</source>
        <translation>繼續之前：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="400"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="411"/>
        <source>confirm that you have read the compliance statement to the customer</source>
        <translation>確認已向客戶宣讀法遵聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="413"/>
        <source>“{0}” is required</source>
        <translation>「{0}」為必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="419"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="423"/>
        <source>save the script answers</source>
        <translation>儲存腳本答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="419"/>
        <source>not signed in</source>
        <translation>未登入</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="37"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="58"/>
        <source>Put this tab back to the shipped defaults</source>
        <translation>將此分頁還原為預設設定</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="221"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="71"/>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="288"/>
        <source>Keyboard</source>
        <translation>鍵盤</translation>
    </message>
</context>
<context>
    <name>ShiftEditDialog</name>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="68"/>
        <source>Edit shift</source>
        <translation>編輯班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="71"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="72"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="73"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="76"/>
        <source>Add activity</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="79"/>
        <source>Remove last</source>
        <translation>移除最後一項</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="89"/>
        <source>Save shift</source>
        <translation>儲存班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="98"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="108"/>
        <source>Activity {0}</source>
        <translation>活動 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="114"/>
        <source>Start of activity {0}</source>
        <translation>活動 {0} 的開始時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="115"/>
        <source>End of activity {0}</source>
        <translation>活動 {0} 的結束時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="159"/>
        <source>A shift has at least one activity.</source>
        <translation>班次至少要有一項活動。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="174"/>
        <source>Activity {0} must start when activity {1} ends.</source>
        <translation>活動 {0} 必須在活動 {1} 結束時開始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="179"/>
        <source>Activity {0} lasts less than a minute.</source>
        <translation>活動 {0} 不到一分鐘。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="183"/>
        <source>A shift lasts at most 16 hours.</source>
        <translation>班次最長 16 小時。</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="48"/>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="53"/>
        <source>Search shortcuts</source>
        <translation>搜尋快速鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="54"/>
        <source>Search actions or keys</source>
        <translation>搜尋動作或按鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="61"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="61"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="69"/>
        <source>No action matches</source>
        <translation>沒有符合的動作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="72"/>
        <source>Change keys under Settings → Keyboard.</source>
        <translation>可在「設定 → 鍵盤」中變更按鍵。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="107"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="57"/>
        <source>Sign in to Frontline</source>
        <translation>登入 Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="64"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="78"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="68"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="79"/>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="71"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="80"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="84"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="167"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>使用者名稱或密碼錯誤。請檢查後再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="169"/>
        <source>Too many sign-in attempts. Try again in {0} seconds.</source>
        <translation>登入嘗試次數過多。請在 {0} 秒後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="174"/>
        <source>Cannot reach the server ({0}). Check the address and your network.</source>
        <translation>無法連線到伺服器（{0}）。請檢查位址和網路。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="176"/>
        <source>Sign-in failed: {0}</source>
        <translation>登入失敗：{0}</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <location filename="../../desktop/ui/conversation/sla_badge.py" line="86"/>
        <source>Reply overdue by {0}</source>
        <translation>回覆已逾時 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/sla_badge.py" line="88"/>
        <source>Reply due in {0}</source>
        <translation>回覆剩餘 {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="61"/>
        <source>Script</source>
        <translation>腳本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="61"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>SwapAccept</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="34"/>
        <source>You are offline: trades can be accepted once the desk is connected again.</source>
        <translation>您目前離線：工作台重新連線後才能接受調班。</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="43"/>
        <source>You are offline: swaps can be sent once the desk is connected again.</source>
        <translation>您目前離線：工作台重新連線後才能送出換班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="65"/>
        <source>Swap or give away a shift</source>
        <translation>換班或讓班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="84"/>
        <source>Your shift</source>
        <translation>您的班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="87"/>
        <source>Swap: I want a shift in return</source>
        <translation>換班：我要換回一個班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="89"/>
        <source>Give away: nothing in return</source>
        <translation>讓班：不需換回班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="101"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="102"/>
        <source>Post to the board</source>
        <translation>張貼到看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="107"/>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="116"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="109"/>
        <source>A word for your colleague (optional)</source>
        <translation>給同事的話（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="113"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="114"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="115"/>
        <source>Offer to</source>
        <translation>提供給</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="120"/>
        <source>You have no published shifts ahead to trade.</source>
        <translation>您之後沒有已發布的班次可以調換。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="130"/>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="172"/>
        <source>Checking the rules...</source>
        <translation>正在檢查規則…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="181"/>
        <source>The note is too long: at most {0} characters.</source>
        <translation>備註太長：最多 {0} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="196"/>
        <source>No rule stands in the way.</source>
        <translation>沒有規則限制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="198"/>
        <source>A supervisor will review this.</source>
        <translation>主管將會審核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="204"/>
        <source>The rules could not be checked: {0}</source>
        <translation>無法檢查規則：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="222"/>
        <source>This cannot be sent: see the rules above.</source>
        <translation>無法傳送：請參閱上方的規則。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="243"/>
        <source>send the swap</source>
        <translation>送出換班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="248"/>
        <source>The server refused this trade; nothing was sent.</source>
        <translation>伺服器拒絕了此調班；未傳送任何內容。</translation>
    </message>
</context>
<context>
    <name>SwapRules</name>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="45"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="47"/>
        <source>{0} h</source>
        <translation>{0} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="48"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小時 {1} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="115"/>
        <source>This shift is not published yet: only published shifts can be traded.</source>
        <translation>此班次尚未發布：只有已發布的班次可以調班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="124"/>
        <source>This time off starts in the past.</source>
        <translation>此休假的開始時間已過。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="125"/>
        <source>This time off starts in the past ({0}).</source>
        <translation>此休假的開始時間已過（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="129"/>
        <source>This shift has started or is over: only future shifts can be traded.</source>
        <translation>此班次已開始或已結束：只有未來的班次可以調班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="132"/>
        <source>This shift started at {0}: only future shifts can be traded.</source>
        <translation>此班次已於 {0} 開始：只有未來的班次可以調班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="142"/>
        <source>Short notice for time off.</source>
        <translation>休假申請提出得太晚。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="143"/>
        <source>Short notice: {0} h before the time off starts; the usual notice is {1} h.</source>
        <translation>提出得太晚：距離休假開始只剩 {0} 小時；通常需提前 {1} 小時。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="148"/>
        <source>Too close to the shift: swaps need more notice.</source>
        <translation>距離班次太近：換班需要更早提出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="151"/>
        <source>Less than {0} hours before the shift ({1} h left): swaps need at least {0} hours&apos; notice.</source>
        <translation>距離班次開始不到 {0} 小時（剩 {1} 小時）：換班需至少提前 {0} 小時提出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="161"/>
        <source>The colleague is not a member of this shift&apos;s queues.</source>
        <translation>該同事不屬於此班次的佇列。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="164"/>
        <source>{0} is not a member of the queue {1}, which this shift serves.</source>
        <translation>{0} 不屬於此班次服務的佇列 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="175"/>
        <source>The colleague&apos;s skill level is below what this shift needs.</source>
        <translation>該同事的技能等級低於此班次的要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="178"/>
        <source>{0} has skill level {2} in {1}; this shift needs level {3}.</source>
        <translation>{0} 在 {1} 的技能等級為 {2}；此班次需要等級 {3}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="187"/>
        <source>The colleague does not serve every language of this shift.</source>
        <translation>該同事無法服務此班次的所有語言。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="190"/>
        <source>{0} does not serve {1}, a language of this shift.</source>
        <translation>{0} 無法服務此班次的語言：{1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="202"/>
        <source>The colleague already works at that time.</source>
        <translation>該同事在那段時間已有班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="203"/>
        <source>{0} already works at that time (a shift starting {1}).</source>
        <translation>{0} 在那段時間已有班（{1} 開始的班次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="211"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="212"/>
        <source>a break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="213"/>
        <source>lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="214"/>
        <source>a meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="215"/>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="216"/>
        <source>off-queue work</source>
        <translation>佇列外工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="217"/>
        <source>time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="226"/>
        <source>The schedule has {0} during this time off.</source>
        <translation>此休假期間，班表排有{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="229"/>
        <source>The schedule has {0} during this time off ({1} – {2}).</source>
        <translation>此休假期間，班表排有{0}（{1} – {2}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="239"/>
        <source>Too little rest between shifts after this trade.</source>
        <translation>調班後兩個班次之間的休息時間太短。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="242"/>
        <source>{0} would rest only {1} h between shifts; the minimum is {2} h.</source>
        <translation>{0} 在兩個班次之間只能休息 {1} 小時；最少需要 {2} 小時。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="252"/>
        <source>This trade goes over the weekly maximum of paid hours.</source>
        <translation>此調班會超過每週支薪時數上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="255"/>
        <source>{0} would work {1} paid hours that week; the maximum is {2}.</source>
        <translation>{0} 該週的支薪時數將達 {1} 小時；上限為 {2} 小時。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="264"/>
        <source>The two shifts are not paid the same length of time.</source>
        <translation>兩個班次的支薪時數不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="267"/>
        <source>The two shifts are not paid the same: {0} and {1}.</source>
        <translation>兩個班次的支薪時數不同：{0} 和 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="273"/>
        <source>A shift cannot be traded with oneself.</source>
        <translation>不能與自己調班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="281"/>
        <source>This overlaps another time-off request.</source>
        <translation>此申請與另一筆休假申請重疊。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="284"/>
        <source>This overlaps another time-off request ({0} – {1}).</source>
        <translation>此申請與另一筆休假申請重疊（{0} – {1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="289"/>
        <source>The colleague has approved time off during this shift.</source>
        <translation>該同事在此班次期間有已核准的休假。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="292"/>
        <source>{0} has approved time off during this shift.</source>
        <translation>{0} 在此班次期間有已核准的休假。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="321"/>
        <source>A scheduling rule is not met ({0}).</source>
        <translation>未符合一項排班規則（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="331"/>
        <source>Not allowed</source>
        <translation>不允許</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="332"/>
        <source>Needs a supervisor&apos;s review</source>
        <translation>需要主管審核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="338"/>
        <source>This cannot be sent.</source>
        <translation>無法傳送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="340"/>
        <source>A supervisor will review this.</source>
        <translation>主管將會審核。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="255"/>
        <source>Add a follow-up task</source>
        <translation>新增後續追蹤任務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="258"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="268"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="260"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="269"/>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="266"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="270"/>
        <source>Due</source>
        <translation>到期時間</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="94"/>
        <source>call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="95"/>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="96"/>
        <source>email</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="98"/>
        <source>Ringing: {0}</source>
        <translation>響鈴：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="105"/>
        <source>On hold {0}</source>
        <translation>保留中 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="107"/>
        <source>Consulting {0}</source>
        <translation>諮詢中 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="112"/>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="113"/>
        <source>Call {0}</source>
        <translation>通話 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="120"/>
        <location filename="../../desktop/ui/team/model.py" line="124"/>
        <source>After-call work {0}</source>
        <translation>話後處理 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="123"/>
        <source>After-call work</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="138"/>
        <source>1 chat</source>
        <translation>1 個聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="140"/>
        <source>{0} chats</source>
        <translation>{0} 個聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="142"/>
        <source>1 email</source>
        <translation>1 封郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="144"/>
        <source>{0} emails</source>
        <translation>{0} 封郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="313"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="314"/>
        <source>Presence</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="315"/>
        <source>In state</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="316"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="317"/>
        <source>Requested</source>
        <translation>申請的狀態</translation>
    </message>
</context>
<context>
    <name>TeamAdherence</name>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="124"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="102"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="106"/>
        <source>Queue:</source>
        <translation>佇列：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="108"/>
        <source>No agent has chosen a presence yet: everyone is Offline</source>
        <translation>尚無客服人員選擇狀態：所有人都是離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="153"/>
        <location filename="../../desktop/ui/team/page.py" line="180"/>
        <source>Agents</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="155"/>
        <source>Open complaints</source>
        <translation>處理中的客訴</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="157"/>
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="159"/>
        <location filename="../../desktop/ui/team/page.py" line="172"/>
        <source>Requests</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="162"/>
        <source>Adherence</source>
        <translation>遵循度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="164"/>
        <source>Schedules</source>
        <translation>班表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/page.py" line="172"/>
        <source>Requests (%n)</source>
        <translation>
            <numerusform>申請（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="224"/>
        <source>All queues</source>
        <translation>所有佇列</translation>
    </message>
</context>
<context>
    <name>TeamSchedules</name>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="105"/>
        <source> (next day)</source>
        <translation>（隔天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="112"/>
        <source>{0} h</source>
        <translation>{0} 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="117"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="118"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="119"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="120"/>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="121"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="122"/>
        <source>Off-queue work</source>
        <translation>佇列外工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="123"/>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="146"/>
        <source>Not connected: nothing was changed. Try again when online.</source>
        <translation>未連線：沒有做任何變更。請在連線後再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="150"/>
        <source>The server did not answer in time: check the result, then retry.</source>
        <translation>伺服器未及時回應：請先檢查結果再重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="154"/>
        <source>The server refused: {0}</source>
        <translation>伺服器拒絕：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="158"/>
        <source>Something went wrong: {0}</source>
        <translation>發生錯誤：{0}</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="43"/>
        <source>You are offline: requests can be sent once the desk is connected again.</source>
        <translation>您目前離線：工作台重新連線後才能傳送申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="66"/>
        <source>Request time off</source>
        <translation>申請休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="81"/>
        <source>Send request</source>
        <translation>送出申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="107"/>
        <source>Kind of time off</source>
        <translation>休假類別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="110"/>
        <source>Whole days</source>
        <translation>整天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="116"/>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="145"/>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="120"/>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="146"/>
        <source>Last day</source>
        <translation>最後一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="124"/>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="134"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="130"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="145"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="146"/>
        <source>Until</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="164"/>
        <source>The end must be after the start.</source>
        <translation>結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="166"/>
        <source>One request covers at most {0} days; split longer leave.</source>
        <translation>一次申請最多 {0} 天；較長的假期請分開申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="170"/>
        <source>The note is too long: at most {0} characters.</source>
        <translation>備註太長：最多 {0} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="207"/>
        <source>request time off</source>
        <translation>申請休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="212"/>
        <source>The request was refused; nothing was sent.</source>
        <translation>申請遭到拒絕；未傳送任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="224"/>
        <source>Your request was sent; the supervisor will see these notes:</source>
        <translation>您的申請已送出；主管會看到以下提醒：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="226"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="51"/>
        <source>Today&apos;s schedule</source>
        <translation>今天的班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="84"/>
        <source>No shift</source>
        <translation>無班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="109"/>
        <source>{0} {1} to {2}</source>
        <translation>{0} {1} 至 {2}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="104"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="105"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="106"/>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="107"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="108"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="109"/>
        <source>Agent</source>
        <translation>客服人員</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="110"/>
        <source>Wrap-up</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="111"/>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="140"/>
        <source>Messages not visible in your queues</source>
        <translation>訊息不可見（不在您的佇列中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="144"/>
        <source>{0}, repeat</source>
        <translation>{0}，重複聯繫</translation>
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
        <translation>位於您未負責的佇列：僅顯示時間、管道、佇列和結果</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="180"/>
        <source>Contact history</source>
        <translation>聯繫紀錄</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/widgets/toast.py" line="48"/>
        <location filename="../../desktop/widgets/toast.py" line="49"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="95"/>
        <location filename="../../desktop/ui/schedule/today.py" line="213"/>
        <source>Start break</source>
        <translation>開始休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="127"/>
        <source>Today, {0}</source>
        <translation>今天，{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="150"/>
        <source>Your shift is over for today. Have a good rest!</source>
        <translation>今天的班次已結束。好好休息！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="152"/>
        <source>No shift today. Enjoy your day!</source>
        <translation>今天沒有排班。祝您有美好的一天！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="158"/>
        <source>Your shift starts at {0} (in {1})</source>
        <translation>您的班次於 {0} 開始（{1} 後）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="164"/>
        <source>{0} until {1}</source>
        <translation>{0}，到 {1} 為止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="171"/>
        <source>Next: {0} at {1}, in {2}</source>
        <translation>下一項：{1} {0}，{2} 後</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="178"/>
        <source>No more breaks in this shift</source>
        <translation>本班次沒有其他休息了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="181"/>
        <source>Shift ends at {0}</source>
        <translation>班次於 {0} 結束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="185"/>
        <source>On schedule</source>
        <translation>符合班表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="189"/>
        <source>Your schedule says {0} (since {1})</source>
        <translation>班表排定為{0}（自 {1} 起）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="201"/>
        <source>Today: adherence {0}, conformance {1} (as of {2})</source>
        <translation>今天：遵循度 {0}，符合度 {1}（截至 {2}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="213"/>
        <source>Back from break</source>
        <translation>結束休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="217"/>
        <source>Not connected: breaks start when you are online</source>
        <translation>未連線：連線後才能開始休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="220"/>
        <source>Your break starts when this contact ends</source>
        <translation>此聯繫結束後就會開始休息</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="73"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="74"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="75"/>
        <source>Handle time</source>
        <translation>處理時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="76"/>
        <source>Wrap-up</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="77"/>
        <source>Transferred</source>
        <translation>已轉接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="78"/>
        <source>Resolved first time</source>
        <translation>首次解決</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="79"/>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="94"/>
        <source>Talk {0}, hold {1}, after-contact work {2}</source>
        <translation>通話 {0}，保留 {1}，話後處理 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="102"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="102"/>
        <source>No</source>
        <translation>否</translation>
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
        <translation>{0} 接受了您 {1} 的調班；現在等候主管審核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="50"/>
        <source>{0} accepted your trade of {1}.</source>
        <translation>{0} 接受了您 {1} 的調班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="54"/>
        <source>Your trade of {0} was approved.</source>
        <translation>您 {0} 的調班已核准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="58"/>
        <source>Your trade of {0} was denied.</source>
        <translation>您 {0} 的調班已被駁回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="62"/>
        <source>Your trade of {0} expired: nobody took it in time.</source>
        <translation>您 {0} 的調班已過期：沒有人及時接下。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="72"/>
        <source>The trade of {0} with {1} was approved.</source>
        <translation>與 {1} 的 {0} 調班已核准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="76"/>
        <source>The trade of {0} with {1} was denied.</source>
        <translation>與 {1} 的 {0} 調班已被駁回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="103"/>
        <source>{0} offers you a trade of their shift {1}.</source>
        <translation>{0} 向您提出調班：班次 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="123"/>
        <source>Your time off {0} was approved.</source>
        <translation>您 {0} 的休假已核准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="129"/>
        <source>Your time off {0} was denied.</source>
        <translation>您 {0} 的休假已被駁回。</translation>
    </message>
</context>
<context>
    <name>Trades</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="22"/>
        <source>Waiting for a colleague</source>
        <translation>等候同事回應</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="23"/>
        <source>Accepted by a colleague</source>
        <translation>同事已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="24"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="39"/>
        <source>Waiting for a supervisor</source>
        <translation>等候主管審核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="25"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="40"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="119"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="26"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="41"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="120"/>
        <source>Denied</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="27"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="42"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="121"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="28"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="122"/>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="53"/>
        <source>Vacation</source>
        <translation>特休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="54"/>
        <source>Personal</source>
        <translation>事假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="55"/>
        <source>Medical</source>
        <translation>病假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="56"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="57"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="70"/>
        <source>Giveaway</source>
        <translation>讓班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="71"/>
        <source>Swap</source>
        <translation>換班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="96"/>
        <source>{0} {1} – {2}</source>
        <translation>{0} {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="106"/>
        <source>nobody yet</source>
        <translation>尚無人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="108"/>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="112"/>
        <source>a colleague (#{0})</source>
        <translation>一位同事（#{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="116"/>
        <source>Offered</source>
        <translation>已提出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="117"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="118"/>
        <source>Sent for review</source>
        <translation>已送交審核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="136"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="213"/>
        <source>{0} {1}</source>
        <translation>{1} {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="137"/>
        <source>{0} {1} by {2}</source>
        <translation>{1} {0}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="144"/>
        <source>{0} of {1}: {2}</source>
        <translation>{1} 的{0}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="154"/>
        <source>From {0}</source>
        <translation>來自 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="160"/>
        <source>Taken by {0}</source>
        <translation>由 {0} 接下</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="166"/>
        <source>Offered to {0}</source>
        <translation>提供給 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="171"/>
        <source>On the board</source>
        <translation>已張貼在看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="174"/>
        <source>Open until {0}</source>
        <translation>開放至 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="180"/>
        <source>In return: {0}</source>
        <translation>交換班次：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="191"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="218"/>
        <source>Note: {0}</source>
        <translation>備註：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="194"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="221"/>
        <source>Supervisor: {0}</source>
        <translation>主管：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="200"/>
        <source>{0}, {1}: {2}</source>
        <translation>{0}，{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="209"/>
        <source>Requested {0}</source>
        <translation>{0} 提出申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="231"/>
        <source>Not connected: nothing was sent.</source>
        <translation>未連線：未傳送任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="233"/>
        <source>The server did not answer in time; check the list before trying again.</source>
        <translation>伺服器未及時回應；請先檢查清單再重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="237"/>
        <source>The server refused: {0}</source>
        <translation>伺服器拒絕：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="240"/>
        <source>Something went wrong: {0}</source>
        <translation>發生錯誤：{0}</translation>
    </message>
</context>
<context>
    <name>TradesPanel</name>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="82"/>
        <source>Swap or give away a shift...</source>
        <translation>換班或讓班…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="85"/>
        <source>Request time off...</source>
        <translation>申請休假…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="88"/>
        <source>Offline: trades and requests can be sent once connected.</source>
        <translation>離線：連線後才能傳送調班和申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="99"/>
        <source>No swaps or time off yet. Your requests and their answers show here.</source>
        <translation>尚無換班或休假。您的申請和回覆會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="101"/>
        <source>Cancel request</source>
        <translation>取消申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="104"/>
        <source>Nobody has offered you a shift. Offers show here.</source>
        <translation>還沒有人向您提供班次。提供給您的班次會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="107"/>
        <source>Accept...</source>
        <translation>接受…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="108"/>
        <source>Decline</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="111"/>
        <source>The board is empty: no colleague in your queues is offering a shift.</source>
        <translation>看板是空的：您佇列中的同事目前沒有提供班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="114"/>
        <source>Pick up...</source>
        <translation>承接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="115"/>
        <source>Offer a shift in return...</source>
        <translation>提供交換班次…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="118"/>
        <source>My requests</source>
        <translation>我的申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="119"/>
        <location filename="../../desktop/ui/schedule/trades.py" line="241"/>
        <source>Offered to me</source>
        <translation>提供給我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="120"/>
        <location filename="../../desktop/ui/schedule/trades.py" line="242"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="241"/>
        <source>Offered to me ({0})</source>
        <translation>提供給我（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="242"/>
        <source>Board ({0})</source>
        <translation>看板（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="262"/>
        <source>Your trade was sent.</source>
        <translation>您的調班已送出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="271"/>
        <source>Your time-off request was sent.</source>
        <translation>您的休假申請已送出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="300"/>
        <source>Done: the shift is yours.</source>
        <translation>完成：這個班次歸您了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="302"/>
        <source>Accepted: a supervisor will review the trade.</source>
        <translation>已接受：主管將審核此調班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="309"/>
        <source>decline the offer</source>
        <translation>拒絕調班提議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="311"/>
        <source>cancel the trade</source>
        <translation>取消調班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="313"/>
        <source>cancel the request</source>
        <translation>取消申請</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="321"/>
        <source>Could not {0}: {1}</source>
        <translation>無法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="328"/>
        <source>The server refused; nothing changed.</source>
        <translation>伺服器拒絕了要求；沒有做任何變更。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="177"/>
        <source>Consult before transferring</source>
        <translation>轉接前諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="177"/>
        <source>Transfer the call</source>
        <translation>轉接通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="180"/>
        <source>The customer waits on hold while you talk to the target first.</source>
        <translation>您先與轉接對象通話，客戶在保留中等候。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="182"/>
        <source>The call goes to the target at once and leaves your desk.</source>
        <translation>通話會立即轉給轉接對象，並離開您的工作台。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="188"/>
        <location filename="../../desktop/ui/calls/dialogs.py" line="189"/>
        <source>Filter queues and colleagues</source>
        <translation>篩選佇列和同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="192"/>
        <source>Transfer targets</source>
        <translation>轉接對象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="195"/>
        <source>Queue: {0}</source>
        <translation>佇列：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="197"/>
        <source>Agent: {0}</source>
        <translation>客服人員：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="202"/>
        <source>Consult</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="202"/>
        <source>Transfer</source>
        <translation>轉接</translation>
    </message>
</context>
<context>
    <name>WarningsView</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_warnings.py" line="84"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="58"/>
        <source>Previous week</source>
        <translation>上一週</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="61"/>
        <source>Next week</source>
        <translation>下一週</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="112"/>
        <source>This week, from {0}</source>
        <translation>本週，自 {0} 起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="114"/>
        <source>Week from {0}</source>
        <translation>自 {0} 起的一週</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="117"/>
        <source>Paid hours this week: {0}</source>
        <translation>本週支薪時數：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="124"/>
        <source>{0} (today)</source>
        <translation>{0}（今天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="136"/>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>WrapupPanel</name>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="57"/>
        <source>After-call work</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="66"/>
        <source>Wrap-up code</source>
        <translation>結案代碼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="68"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="72"/>
        <source>Wrap-up note</source>
        <translation>結案備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="74"/>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="75"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="77"/>
        <source>End after-call work with this wrap-up</source>
        <translation>以此結案結束話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="156"/>
        <source>After-call work did not end</source>
        <translation>未能結束話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="171"/>
        <source>Choose a wrap-up code…</source>
        <translation>選擇結案代碼…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="181"/>
        <source>Conversation #{0}</source>
        <translation>對話 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="185"/>
        <source>(+{0} more waiting)</source>
        <translation>（另有 {0} 個等候中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="189"/>
        <source>A wrap-up code is required before the next contact</source>
        <translation>處理下一個聯繫前必須選擇結案代碼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="191"/>
        <source>Wrap-up code (optional)</source>
        <translation>結案代碼（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="199"/>
        <source>No time limit</source>
        <translation>無時間限制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="200"/>
        <source>This queue sets no limit to after-call work</source>
        <translation>此佇列不限制話後處理時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="204"/>
        <source>After-call work ends in {0}; the wrap-up is still needed</source>
        <translation>話後處理將在 {0} 後結束；仍需填寫結案資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="208"/>
        <source>After-call work ends in {0}</source>
        <translation>話後處理將在 {0} 後結束</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_actions.py" line="51"/>
        <source>Not signed in yet: try again in a moment.</source>
        <translation>尚未登入：請稍後再試。</translation>
    </message>
</context>
</TS>

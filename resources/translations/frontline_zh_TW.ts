<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="88"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="104"/>
        <source>Search or browse to open an article</source>
        <translation>搜尋或瀏覽以開啟文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="122"/>
        <source>Article language</source>
        <translation>文章語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="126"/>
        <source>Keep this article in your favourites</source>
        <translation>將這篇文章加入我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="127"/>
        <source>Copy paragraph</source>
        <translation>複製段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="128"/>
        <source>Copy the selection or the paragraph at the cursor</source>
        <translation>複製所選內容或游標所在的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="129"/>
        <source>Insert into reply</source>
        <translation>插入回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="133"/>
        <source>Insert the selection or the paragraph at the cursor into the reply; with neither, the part of the article written for the customer</source>
        <translation>將所選內容或游標所在的段落插入回覆；兩者皆無時，插入文章中寫給客戶的部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="137"/>
        <source>Insert link</source>
        <translation>插入連結</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="138"/>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>將文章標題和連結插入回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="160"/>
        <source>Optional comment for the authors</source>
        <translation>給作者的意見（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="166"/>
        <source>Was this helpful?</source>
        <translation>這篇文章有幫助嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="187"/>
        <source>image not downloaded yet</source>
        <translation>圖片尚未下載</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="197"/>
        <source>{0} · version {1}</source>
        <translation>{0} · 第 {1} 版</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="204"/>
        <source>Voting is possible once signed in</source>
        <translation>登入後即可評價</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="245"/>
        <source>{0} (knowledge base: {1})</source>
        <translation>{0}（知識庫：{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="308"/>
        <source>★ Favourite</source>
        <translation>★ 最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="308"/>
        <source>☆ Favourite</source>
        <translation>☆ 最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="311"/>
        <source>Yes · {0}</source>
        <translation>有幫助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="312"/>
        <source>No · {0}</source>
        <translation>沒幫助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="318"/>
        <source>Your vote is waiting to be sent</source>
        <translation>您的評價尚待傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="320"/>
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
        <location filename="../../desktop/ui/conversation/assist.py" line="103"/>
        <source>Suggestions</source>
        <translation>建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="106"/>
        <location filename="../../desktop/ui/conversation/assist.py" line="174"/>
        <source>No suggestions yet</source>
        <translation>目前沒有建議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="108"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="109"/>
        <source>Insert the selected article&apos;s summary and link</source>
        <translation>插入所選文章的摘要與連結</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="182"/>
        <source>(knowledge base: {0})</source>
        <translation>（知識庫：{0}）</translation>
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
        <location filename="../../desktop/ui/calls/dialogs.py" line="258"/>
        <source>Schedule a callback</source>
        <translation>預約回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="259"/>
        <source>Call {0} back at</source>
        <translation>回電給 {0} 的時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="271"/>
        <source>Note for whoever calls (optional)</source>
        <translation>給回電人員的備註（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="274"/>
        <source>Offer it to me first</source>
        <translation>優先指派給我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="280"/>
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
        <location filename="../../desktop/ui/calls/callbacks.py" line="49"/>
        <source>Schedule callback…</source>
        <translation>預約回電…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="51"/>
        <source>Promise the customer a call back at a time</source>
        <translation>與客戶約定時間回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="52"/>
        <source>None scheduled</source>
        <translation>尚無預約</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="93"/>
        <source>{0} · offered to you first</source>
        <translation>{0} · 優先指派給您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="95"/>
        <source>{0} · calling now</source>
        <translation>{0} · 撥號中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="133"/>
        <source>The callback was not scheduled</source>
        <translation>未能預約回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="135"/>
        <source>Callback scheduled for {0}</source>
        <translation>已預約於 {0} 回電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="143"/>
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
    <name>ColleaguesLabel</name>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="81"/>
        <source>{0} is typing…</source>
        <translation>{0} 正在輸入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="82"/>
        <source>{0} is typing… (and 1 other here)</source>
        <translation>{0} 正在輸入…（另有 1 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="83"/>
        <source>{0} is typing… (and {1} others here)</source>
        <translation>{0} 正在輸入…（另有 {1} 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="86"/>
        <source>{0} is viewing</source>
        <translation>{0} 正在檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="87"/>
        <source>{0} and 1 other are here</source>
        <translation>{0} 和另外 1 人在此</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="88"/>
        <source>{0} and {1} others are here</source>
        <translation>{0} 和另外 {1} 人在此</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="99"/>
        <source>{0}: typing</source>
        <translation>{0}：正在輸入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="101"/>
        <source>{0}: viewing</source>
        <translation>{0}：正在檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="283"/>
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
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="115"/>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="130"/>
        <source>Select a conversation in the inbox</source>
        <translation>請在收件匣中選擇一則對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="169"/>
        <source>Claim</source>
        <translation>認領</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="171"/>
        <source>Take this waiting email: it becomes yours</source>
        <translation>領取這封等候中的郵件，由您負責</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="187"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="205"/>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="368"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="390"/>
        <source>Assigned to a colleague. Reply anyway?</source>
        <translation>此對話已指派給同事。仍要回覆嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="391"/>
        <source>Assigned to {0}. Reply anyway?</source>
        <translation>此對話已指派給 {0}。仍要回覆嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="417"/>
        <source>Queueing the reply</source>
        <translation>將回覆排入傳送佇列</translation>
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
        <location filename="../../desktop/ui/calls/dialogs.py" line="65"/>
        <source>Your reason (a supervisor reads it)</source>
        <translation>您的原因（主管會看到）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="71"/>
        <source>Decline</source>
        <translation>拒絕</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="230"/>
        <source>The key of your local cache is in the system keyring, which cannot be reached now ({0}). Unlock the keyring and start Frontline again; nothing was changed.</source>
        <translation>本機快取的金鑰存放在系統鑰匙圈中，但目前無法存取（{0}）。請解除鎖定鑰匙圈後重新啟動 Frontline；沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="378"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="398"/>
        <location filename="../../desktop/app.py" line="442"/>
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
        <location filename="../../desktop/ui/shell/status_bar.py" line="40"/>
        <source>Reconnect now</source>
        <translation>立即重新連線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="42"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="72"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="102"/>
        <source>No keyring: you will sign in again next time</source>
        <translation>沒有鑰匙圈：下次需要重新登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="107"/>
        <source>Cache key kept in a file (no keyring)</source>
        <translation>快取金鑰存放在檔案中（沒有鑰匙圈）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="111"/>
        <source>The cache could not be decrypted; kept aside as {0}, syncing anew</source>
        <translation>快取無法解密，已另存為 {0}，正在重新同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="130"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>離線 — %n 項變更待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="131"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="133"/>
        <source>Signed out — sign in again</source>
        <translation>已登出 — 請重新登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="136"/>
        <location filename="../../desktop/ui/shell/status_bar.py" line="143"/>
        <source>Reconnecting…</source>
        <translation>正在重新連線…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="141"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒後重新連線</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="146"/>
        <source>the local cache cannot be written (is the disk full?)</source>
        <translation>無法寫入本機快取（磁碟是否已滿？）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="148"/>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="150"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="152"/>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="154"/>
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n 項變更待傳送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="37"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="39"/>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="45"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="46"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="47"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="52"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="53"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="54"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="55"/>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="56"/>
        <source>Last activity</source>
        <translation>最近活動</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="57"/>
        <source>Reference</source>
        <translation>編號</translation>
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
    <name>InboxDelegate</name>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="194"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="181"/>
        <source>No email is waiting</source>
        <translation>沒有等候中的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="186"/>
        <source>No email was taken</source>
        <translation>未領取任何郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="194"/>
        <source>The email was not claimed</source>
        <translation>未能認領郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="196"/>
        <source>The email is yours</source>
        <translation>這封郵件已歸您處理</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="261"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="265"/>
        <source>Take next email</source>
        <translation>領取下一封郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="268"/>
        <source>Take the oldest waiting email of your queues ({0})</source>
        <translation>領取您佇列中等候最久的郵件（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="272"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="273"/>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="274"/>
        <source>Pending</source>
        <translation>待回應</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="275"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="276"/>
        <source>SLA at risk</source>
        <translation>SLA 有風險</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="279"/>
        <source>Open conversations whose response is nearly or already overdue</source>
        <translation>即將或已經超過回應時限的處理中對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="284"/>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="312"/>
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
        <location filename="../../desktop/ui/inbox/sla.py" line="80"/>
        <source>First response overdue by {0}</source>
        <translation>首次回覆已逾時 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="83"/>
        <source>First response due in {0}</source>
        <translation>首次回覆剩餘 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="85"/>
        <source>Next response overdue by {0}</source>
        <translation>下次回覆已逾時 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="88"/>
        <source>Next response due in {0}</source>
        <translation>下次回覆剩餘 {0}</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="113"/>
        <source>Keypad</source>
        <translation>撥號鍵盤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="128"/>
        <source>Type or click the keys; each tone is sent at once</source>
        <translation>輸入或點按按鍵，每個按鍵音都會立即傳送</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="113"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="173"/>
        <source>Search articles  (Ctrl+K)</source>
        <translation>搜尋文章（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="174"/>
        <source>Search the knowledge base</source>
        <translation>搜尋知識庫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="177"/>
        <source>Browse language</source>
        <translation>瀏覽語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="178"/>
        <source>All languages</source>
        <translation>所有語言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="192"/>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="203"/>
        <source>Browse</source>
        <translation>瀏覽</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="204"/>
        <source>Favourites</source>
        <translation>我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="205"/>
        <source>Recently viewed</source>
        <translation>最近檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="277"/>
        <source>{0} results</source>
        <translation>{0} 筆結果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="277"/>
        <source>No articles found</source>
        <translation>找不到文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="291"/>
        <source>remember the article</source>
        <translation>記錄最近檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="374"/>
        <source>change your favourites</source>
        <translation>變更我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="383"/>
        <source>send your vote</source>
        <translation>傳送評價</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="416"/>
        <source>Pick a category, or search</source>
        <translation>請選擇類別或搜尋</translation>
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
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>%n min</source>
        <translation>%n 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>%n h</source>
        <translation>%n 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56"/>
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
        <location filename="../../desktop/ui/conversation/reply.py" line="105"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="133"/>
        <source>Language check</source>
        <translation>語言檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="114"/>
        <source>Send anyway</source>
        <translation>仍要傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="116"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="132"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="129"/>
        <source>This reply looks like {0}; the customer writes {1}. Send anyway?</source>
        <translation>這則回覆看起來是{0}，但客戶使用的是{1}。仍要傳送嗎？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="207"/>
        <source>Open a conversation first, then insert the text</source>
        <translation>請先開啟一則對話，再插入文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="213"/>
        <source>Inserted into the reply to {0}</source>
        <translation>已插入給 {0} 的回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="236"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="237"/>
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
        <location filename="../../desktop/ui/shell/window.py" line="103"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="258"/>
        <source>Could not {0}: {1}</source>
        <translation>無法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="264"/>
        <source>Your reply was not sent and has been removed: {0}</source>
        <translation>您的回覆未傳送，已被移除：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="268"/>
        <source>The status change was undone: {0}</source>
        <translation>狀態變更已復原：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="269"/>
        <source>The server refused a change: {0}</source>
        <translation>伺服器拒絕了一項變更：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="327"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="329"/>
        <source>Sign out (Ctrl+Shift+L): queued replies stay and are sent after sign-in</source>
        <translation>登出（Ctrl+Shift+L）：待傳送的回覆會保留，登入後傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="217"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="218"/>
        <source>Your agents&apos; presence (Ctrl+T)</source>
        <translation>團隊客服人員的狀態（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="57"/>
        <source>Inbound call in progress</source>
        <translation>來電通話中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="59"/>
        <source>Outbound call in progress</source>
        <translation>外撥通話中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="63"/>
        <source>Missed inbound call</source>
        <translation>未接來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="65"/>
        <source>Unanswered outbound call</source>
        <translation>外撥未接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="69"/>
        <source>Inbound call · talk {0}</source>
        <translation>來電 · 通話 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="71"/>
        <source>Outbound call · talk {0}</source>
        <translation>外撥電話 · 通話 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="74"/>
        <source>hold {0}</source>
        <translation>保留 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="78"/>
        <source>at {0}</source>
        <translation>於 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="215"/>
        <source>Internal note · %1</source>
        <translation>內部備註 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="225"/>
        <source>Sending…</source>
        <translation>傳送中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="226"/>
        <source>Queued — will send when online</source>
        <translation>已排入佇列 — 連線後傳送</translation>
    </message>
</context>
<context>
    <name>OfferBanner</name>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="94"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="96"/>
        <source>Accept the offer ({0})</source>
        <translation>接受指派（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="98"/>
        <source>Decline…</source>
        <translation>拒絕…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="100"/>
        <source>Decline with a reason ({0})</source>
        <translation>說明原因並拒絕（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="165"/>
        <source>The offer was not accepted</source>
        <translation>未能接受指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="186"/>
        <source>Offer declined</source>
        <translation>已拒絕指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="191"/>
        <source>The offer was not declined</source>
        <translation>未能拒絕指派</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="215"/>
        <source>Incoming call</source>
        <translation>來電</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="216"/>
        <source>Incoming chat</source>
        <translation>新的聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="217"/>
        <source>Email offered to you</source>
        <translation>指派給您的郵件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="219"/>
        <source>Contact offered to you</source>
        <translation>指派給您的客戶聯繫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="220"/>
        <source>Conversation #{0}</source>
        <translation>對話 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="241"/>
        <source>First contact: no earlier conversations</source>
        <translation>首次聯繫：沒有過往對話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="251"/>
        <source>Recently: {0}</source>
        <translation>最近：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="283"/>
        <source>the customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="285"/>
        <source>Missed: the offer of {0} timed out</source>
        <translation>已錯過：{0} 的指派已逾時</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="289"/>
        <source>The offer of {0} was declined</source>
        <translation>{0} 的指派已被拒絕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="291"/>
        <source>The offer of {0} was withdrawn</source>
        <translation>{0} 的指派已被撤回</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="54"/>
        <source>Available</source>
        <translation>有空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="55"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="56"/>
        <source>After-call work</source>
        <translation>話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="57"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="58"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="59"/>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="60"/>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="61"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="62"/>
        <source>Not responding</source>
        <translation>無回應</translation>
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
        <translation>您的狀態：處於「有空」時才會指派工作（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="165"/>
        <location filename="../../desktop/ui/shell/presence.py" line="197"/>
        <source>Not connected: presence not changed</source>
        <translation>未連線：狀態未變更</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="169"/>
        <source>change presence</source>
        <translation>變更狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="187"/>
        <source>You are on a contact: {0} starts when it ends</source>
        <translation>您正在處理客戶聯繫：結束後切換為{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="199"/>
        <location filename="../../desktop/ui/shell/presence.py" line="201"/>
        <source>Presence not changed: {0}</source>
        <translation>狀態未變更：{0}</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="172"/>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="173"/>
        <source>Write a reply…  (Ctrl+Enter sends)</source>
        <translation>輸入回覆…（Ctrl+Enter 傳送）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="177"/>
        <source>Internal note</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="179"/>
        <source>Only colleagues see internal notes</source>
        <translation>只有同事看得到內部備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="180"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="314"/>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="275"/>
        <source>Reply check</source>
        <translation>回覆檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="314"/>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
</context>
<context>
    <name>ReplyLanguage</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="55"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="56"/>
        <source>Finnish</source>
        <translation>芬蘭文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="57"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="109"/>
        <source>Script: {0} ({1})</source>
        <translation>腳本：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="117"/>
        <source>- {0}: compliance statement confirmed</source>
        <translation>- {0}：已確認宣讀法遵聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="121"/>
        <source>Path: {0}</source>
        <translation>路徑：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="155"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="159"/>
        <source>Call script</source>
        <translation>通話腳本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="160"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="189"/>
        <source>Read to the customer</source>
        <translation>向客戶宣讀</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="191"/>
        <source>Tick once you have read this statement to the customer</source>
        <translation>向客戶宣讀此聲明後請勾選</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="197"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="198"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="388"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="282"/>
        <source>start the script</source>
        <translation>啟動腳本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="347"/>
        <source>An amount, for example {0}</source>
        <translation>金額，例如 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="376"/>
        <source>Finished — the answers are saved as an internal note</source>
        <translation>已完成 — 答案已儲存為內部備註</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="382"/>
        <source>To continue: {0}</source>
        <translation>繼續之前：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="386"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="397"/>
        <source>confirm that you have read the compliance statement to the customer</source>
        <translation>確認已向客戶宣讀法遵聲明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="399"/>
        <source>“{0}” is required</source>
        <translation>「{0}」為必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="405"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="409"/>
        <source>save the script answers</source>
        <translation>儲存腳本答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="405"/>
        <source>not signed in</source>
        <translation>未登入</translation>
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
        <location filename="../../desktop/ui/shell/sign_in.py" line="75"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="76"/>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="77"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="81"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="164"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>使用者名稱或密碼錯誤。請檢查後再試一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="166"/>
        <source>Too many sign-in attempts. Try again in {0} seconds.</source>
        <translation>登入嘗試次數過多。請在 {0} 秒後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="171"/>
        <source>Cannot reach the server ({0}). Check the address and your network.</source>
        <translation>無法連線到伺服器（{0}）。請檢查位址和網路。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="173"/>
        <source>Sign-in failed: {0}</source>
        <translation>登入失敗：{0}</translation>
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
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="78"/>
        <source>Queue</source>
        <translation>佇列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="82"/>
        <source>Queue:</source>
        <translation>佇列：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="84"/>
        <source>No agent has chosen a presence yet: everyone is Offline</source>
        <translation>尚無客服人員選擇狀態：所有人都是離線</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="127"/>
        <source>All queues</source>
        <translation>所有佇列</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/widgets/toast.py" line="44"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="176"/>
        <source>Consult before transferring</source>
        <translation>轉接前諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="176"/>
        <source>Transfer the call</source>
        <translation>轉接通話</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="179"/>
        <source>The customer waits on hold while you talk to the target first.</source>
        <translation>您先與轉接對象通話，客戶在保留中等候。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="181"/>
        <source>The call goes to the target at once and leaves your desk.</source>
        <translation>通話會立即轉給轉接對象，並離開您的工作台。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="187"/>
        <source>Filter queues and colleagues</source>
        <translation>篩選佇列和同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="192"/>
        <source>Queue: {0}</source>
        <translation>佇列：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="194"/>
        <source>Agent: {0}</source>
        <translation>客服人員：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="199"/>
        <source>Consult</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="199"/>
        <source>Transfer</source>
        <translation>轉接</translation>
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
        <location filename="../../desktop/ui/calls/wrapup.py" line="67"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="72"/>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="73"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="75"/>
        <source>End after-call work with this wrap-up</source>
        <translation>以此結案結束話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="154"/>
        <source>After-call work did not end</source>
        <translation>未能結束話後處理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="169"/>
        <source>Choose a wrap-up code…</source>
        <translation>選擇結案代碼…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="179"/>
        <source>Conversation #{0}</source>
        <translation>對話 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="183"/>
        <source>(+{0} more waiting)</source>
        <translation>（另有 {0} 個等候中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="187"/>
        <source>A wrap-up code is required before the next contact</source>
        <translation>處理下一個聯繫前必須選擇結案代碼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="189"/>
        <source>Wrap-up code (optional)</source>
        <translation>結案代碼（選填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="197"/>
        <source>No time limit</source>
        <translation>無時間限制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="198"/>
        <source>This queue sets no limit to after-call work</source>
        <translation>此佇列不限制話後處理時間</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="202"/>
        <source>After-call work ends in {0}; the wrap-up is still needed</source>
        <translation>話後處理將在 {0} 後結束；仍需填寫結案資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="206"/>
        <source>After-call work ends in {0}</source>
        <translation>話後處理將在 {0} 後結束</translation>
    </message>
</context>
</TS>

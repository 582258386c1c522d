<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertTray</name>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="47"/>
        <source>Show desk</source>
        <translation>显示工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="50"/>
        <source>Mute for 1 hour</source>
        <translation>静音 1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="57"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="78"/>
        <source>Frontline: %n unread</source>
        <translation>
            <numerusform>Frontline：%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="80"/>
        <source>Frontline: nothing new</source>
        <translation>Frontline：没有新内容</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="64"/>
        <source>A customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="67"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="69"/>
        <source>New email offered to you</source>
        <translation>分配给您的新邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="71"/>
        <source>New chat offered to you</source>
        <translation>分配给您的新聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="75"/>
        <source>{0} mentioned you</source>
        <translation>{0} 提及了您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="77"/>
        <source>New message from {0}</source>
        <translation>来自 {0} 的新消息</translation>
    </message>
</context>
<context>
    <name>AlertsTab</name>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="37"/>
        <source>Ring</source>
        <translation>振铃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="38"/>
        <source>Pop</source>
        <translation>气泡音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="39"/>
        <source>Chime</source>
        <translation>叮咚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="40"/>
        <source>Bell</source>
        <translation>铃铛</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="41"/>
        <source>Knock</source>
        <translation>敲门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="48"/>
        <source>Offers and calls</source>
        <translation>分配和来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="49"/>
        <source>Chat messages</source>
        <translation>聊天消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="50"/>
        <source>Emails</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="51"/>
        <source>Mentions of you</source>
        <translation>提及您的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="70"/>
        <source>Show a notification for offers, new messages and mentions</source>
        <translation>为分配、新消息和提及显示通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="74"/>
        <source>Play a sound</source>
        <translation>播放声音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="77"/>
        <source>Volume:</source>
        <translation>音量：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="84"/>
        <source>Repeat until seen every</source>
        <translation>重复提醒间隔（直到查看）</translation>
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
        <translation>未查看的提醒每隔这么多秒再次响起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="89"/>
        <source>Repeat until seen every:</source>
        <translation>重复提醒直到查看，间隔：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="91"/>
        <source>Only visual alerts while I am on a call</source>
        <translation>通话期间只显示视觉提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="96"/>
        <source>A tone in your headset would interrupt the caller. Offers and messages still show in the notification, the title bar and the work strip.</source>
        <translation>耳机中的提示音会打断来电者。分配和消息仍会显示在通知、标题栏和工作栏中。</translation>
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
        <translation>免打扰时段（无声音）从</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="130"/>
        <source>Quiet hours start</source>
        <translation>免打扰开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/alerts_tab.py" line="134"/>
        <source>Quiet hours end</source>
        <translation>免打扰结束时间</translation>
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
        <translation>以所选音量试听此提示音</translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="20"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="21"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="22"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="32"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="36"/>
        <source>Same as the system follows the light or dark setting of your computer, also when it changes during the day.</source>
        <translation>“跟随系统”会沿用您电脑的浅色或深色设置，白天切换时也会随之改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/appearance_tab.py" line="50"/>
        <source>Theme: {0}</source>
        <translation>主题：{0}</translation>
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
        <translation>搜索或浏览以打开文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="127"/>
        <source>Article language</source>
        <translation>文章语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="130"/>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="132"/>
        <source>Keep this article in your favourites</source>
        <translation>将这篇文章加入收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="133"/>
        <source>Copy paragraph</source>
        <translation>复制段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="134"/>
        <source>Copy the selection or the paragraph at the cursor</source>
        <translation>复制所选内容或光标所在的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="135"/>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="139"/>
        <source>Insert the selection or the paragraph at the cursor into the reply; with neither, the part of the article written for the customer</source>
        <translation>将所选内容或光标所在的段落插入回复；两者都没有时，插入文章中写给客户的部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="143"/>
        <source>Insert link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="144"/>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>将文章标题和链接插入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="167"/>
        <source>This article helped</source>
        <translation>这篇文章有帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="171"/>
        <source>This article did not help</source>
        <translation>这篇文章没有帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="175"/>
        <source>Comment for the authors</source>
        <translation>给作者的意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="176"/>
        <source>Optional comment for the authors</source>
        <translation>给作者的意见（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="182"/>
        <source>Was this helpful?</source>
        <translation>这篇文章有帮助吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="203"/>
        <source>image not downloaded yet</source>
        <translation>图片尚未下载</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="213"/>
        <source>{0} · version {1}</source>
        <translation>{0} · 版本 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="235"/>
        <source>Voting is possible once signed in</source>
        <translation>登录后即可评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="276"/>
        <source>{0} (knowledge base: {1})</source>
        <translation>{0}（知识库：{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="339"/>
        <source>★ Favourite</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="339"/>
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="342"/>
        <source>Yes · {0}</source>
        <translation>有帮助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="343"/>
        <source>No · {0}</source>
        <translation>没帮助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="349"/>
        <source>Your vote is waiting to be sent</source>
        <translation>您的评价正在等待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="351"/>
        <source>Thanks for your vote</source>
        <translation>感谢您的评价</translation>
    </message>
</context>
<context>
    <name>AssistPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="93"/>
        <source>Suggested for this conversation</source>
        <translation>为此会话推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="104"/>
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="109"/>
        <location filename="../../desktop/ui/conversation/assist.py" line="177"/>
        <source>No suggestions yet</source>
        <translation>暂无推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="111"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="112"/>
        <source>Insert the selected article&apos;s summary and link</source>
        <translation>插入所选文章的摘要和链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="185"/>
        <source>(knowledge base: {0})</source>
        <translation>（知识库：{0}）</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="103"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="107"/>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="120"/>
        <location filename="../../desktop/ui/calls/call_panel.py" line="299"/>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="120"/>
        <source>Hold or resume ({0})</source>
        <translation>保持或恢复通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="123"/>
        <location filename="../../desktop/ui/calls/call_panel.py" line="300"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="123"/>
        <source>Mute or unmute your microphone ({0})</source>
        <translation>将麦克风静音或取消静音（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="126"/>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="126"/>
        <source>Send tones, e.g. for a menu ({0})</source>
        <translation>发送按键音，例如用于语音菜单（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="129"/>
        <source>Transfer…</source>
        <translation>转接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="129"/>
        <source>Blind transfer to a queue or a colleague</source>
        <translation>直接转接到队列或同事（盲转）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="132"/>
        <source>Consult…</source>
        <translation>咨询…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="132"/>
        <source>Talk to a queue or a colleague first, then hand over</source>
        <translation>先与队列或同事通话，再移交客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="135"/>
        <source>Complete transfer</source>
        <translation>完成转接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="135"/>
        <source>Hand the customer over and leave the call</source>
        <translation>将客户移交并退出通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="137"/>
        <source>Cancel transfer</source>
        <translation>取消转接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="137"/>
        <source>Take the customer back</source>
        <translation>接回客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="139"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="139"/>
        <source>End the call ({0})</source>
        <translation>结束通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="284"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="284"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="288"/>
        <source>Consulting {0}</source>
        <translation>正在咨询 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="299"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="300"/>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="326"/>
        <source>On hold {0}</source>
        <translation>保持中 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="364"/>
        <source>The call was not put on hold</source>
        <translation>未能保持通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="365"/>
        <source>The call was not resumed</source>
        <translation>未能恢复通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="366"/>
        <source>Not muted</source>
        <translation>未能静音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="367"/>
        <source>Not unmuted</source>
        <translation>未能取消静音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="368"/>
        <source>The tones were not sent</source>
        <translation>按键音未发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="369"/>
        <source>The call was not hung up</source>
        <translation>未能挂断通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="370"/>
        <source>The call was not transferred</source>
        <translation>未能转接通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="371"/>
        <source>The consultation did not start</source>
        <translation>未能开始咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="372"/>
        <source>The transfer was not completed</source>
        <translation>未能完成转接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="373"/>
        <source>The transfer was not cancelled</source>
        <translation>未能取消转接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/call_panel.py" line="375"/>
        <source>The call did not change</source>
        <translation>通话未发生变化</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="261"/>
        <source>Schedule a callback</source>
        <translation>预约回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="262"/>
        <source>Call {0} back at</source>
        <translation>回拨 {0} 的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="266"/>
        <source>Callback date and time</source>
        <translation>回拨日期和时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="275"/>
        <source>Note for whoever calls</source>
        <translation>给回拨人员的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="276"/>
        <source>Note for whoever calls (optional)</source>
        <translation>给回拨人员的备注（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="279"/>
        <source>Offer it to me first</source>
        <translation>优先分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="285"/>
        <source>Schedule</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>CallbackSection</name>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="47"/>
        <source>Callbacks</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="50"/>
        <source>Schedule callback…</source>
        <translation>预约回拨…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="52"/>
        <source>Promise the customer a call back at a time</source>
        <translation>与客户约定时间回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="53"/>
        <source>None scheduled</source>
        <translation>暂无预约</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="97"/>
        <source>{0} · offered to you first</source>
        <translation>{0} · 优先分配给您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="99"/>
        <source>{0} · calling now</source>
        <translation>{0} · 正在呼叫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="137"/>
        <source>The callback was not scheduled</source>
        <translation>未能预约回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="139"/>
        <source>Callback scheduled for {0}</source>
        <translation>已预约在 {0} 回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="147"/>
        <source>The callback was not cancelled</source>
        <translation>未能取消回拨</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="31"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="33"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="46"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="47"/>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="48"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="49"/>
        <source>Consulting</source>
        <translation>咨询中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="50"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="58"/>
        <source>Busy with another customer</source>
        <translation>正在服务其他客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="59"/>
        <source>Not my language or skill</source>
        <translation>不符合我的语言或技能</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="60"/>
        <source>Technical problem</source>
        <translation>技术问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="61"/>
        <source>Stepping away</source>
        <translation>暂时离开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="69"/>
        <source>your skill level {0}</source>
        <translation>您的技能等级 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="71"/>
        <source>your skill</source>
        <translation>您的技能</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="74"/>
        <source>You are the only available agent with {0}</source>
        <translation>您是唯一空闲的匹配坐席（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="78"/>
        <source>You have been idle the longest of {0} agents with {1}</source>
        <translation>在 {0} 名匹配坐席中，您空闲最久（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="82"/>
        <source>Offered more widely after a long wait; you have {0}</source>
        <translation>等待较久，已扩大分配范围（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="86"/>
        <source>Kept for you: a callback you promised or a transfer to you</source>
        <translation>为您保留：您承诺的回拨或转给您的来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="90"/>
        <source>You took the next waiting email</source>
        <translation>您领取了下一封等待中的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="92"/>
        <source>You claimed it from the queue</source>
        <translation>您从队列中认领</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="94"/>
        <source>A colleague transferred it to your queue</source>
        <translation>同事将其转到您的队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="96"/>
        <source>Routed to you</source>
        <translation>已分配给您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/format.py" line="98"/>
        <source>the customer waited {0}</source>
        <translation>客户已等待 {0}</translation>
    </message>
</context>
<context>
    <name>CannedManager</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="371"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="408"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="425"/>
        <source>Deleting the canned reply</source>
        <translation>删除快捷回复</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="95"/>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="96"/>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="233"/>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="241"/>
        <source>Matching canned replies</source>
        <translation>匹配的快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="253"/>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ 选择 · Enter 插入 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_picker.py" line="282"/>
        <source>No canned reply matches</source>
        <translation>没有匹配的快捷回复</translation>
    </message>
</context>
<context>
    <name>ColleaguesLabel</name>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="80"/>
        <source>{0} is typing…</source>
        <translation>{0} 正在输入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="81"/>
        <source>{0} is typing… (and 1 other here)</source>
        <translation>{0} 正在输入…（另有 1 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="82"/>
        <source>{0} is typing… (and {1} others here)</source>
        <translation>{0} 正在输入…（另有 {1} 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="85"/>
        <source>{0} is viewing</source>
        <translation>{0} 正在查看</translation>
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
        <translation>{0}：正在输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="100"/>
        <source>{0}: viewing</source>
        <translation>{0}：正在查看</translation>
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
        <translation>未连接：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/commands.py" line="139"/>
        <source>{0}: the server did not answer in time</source>
        <translation>{0}：服务器未及时响应</translation>
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
        <location filename="../../desktop/ui/conversation/pane.py" line="124"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="139"/>
        <source>Select a conversation in the inbox</source>
        <translation>请在收件箱中选择一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="193"/>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="195"/>
        <source>Take this waiting email: it becomes yours</source>
        <translation>领取这封等待中的邮件，由您负责</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="200"/>
        <source>Conversation status</source>
        <translation>会话状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="219"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="240"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="435"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="457"/>
        <source>Assigned to a colleague. Reply anyway?</source>
        <translation>此会话已分配给同事。仍要回复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="458"/>
        <source>Assigned to {0}. Reply anyway?</source>
        <translation>此会话已分配给 {0}。仍要回复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="484"/>
        <source>Queueing the reply</source>
        <translation>将回复加入发送队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="516"/>
        <source>change the status</source>
        <translation>更改状态</translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="136"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="139"/>
        <source>{0} messages</source>
        <translation>{0} 条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="273"/>
        <source>Search conversations and messages</source>
        <translation>搜索会话和消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="274"/>
        <source>Search conversations</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="275"/>
        <source>Channel filter</source>
        <translation>渠道筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="276"/>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="279"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="280"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="283"/>
        <source>Queue filter</source>
        <translation>队列筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="284"/>
        <source>Language filter</source>
        <translation>语言筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="285"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="293"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/search.py" line="345"/>
        <source>All queues</source>
        <translation>所有队列</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="49"/>
        <source>Decline the offer</source>
        <translation>拒绝分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="51"/>
        <source>Why are you declining?</source>
        <translation>您为什么拒绝？</translation>
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
        <translation>您的原因（主管会看到）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="72"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="245"/>
        <source>The key of your local cache is in the system keyring, which cannot be reached now ({0}). Unlock the keyring and start Frontline again; nothing was changed.</source>
        <translation>本地缓存的密钥保存在系统密钥环中，但现在无法访问（{0}）。请解锁密钥环后重新启动 Frontline；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="404"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="424"/>
        <location filename="../../desktop/app.py" line="468"/>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="99"/>
        <location filename="../../desktop/session.py" line="349"/>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="114"/>
        <source>Starting the local server…</source>
        <translation>正在启动本地服务器…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="119"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="133"/>
        <location filename="../../desktop/session.py" line="244"/>
        <source>Signed out — sign in again</source>
        <translation>已退出登录 — 请重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="166"/>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="266"/>
        <source>The local server stopped; restarting it…</source>
        <translation>本地服务器已停止，正在重新启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="291"/>
        <source>restart the local server</source>
        <translation>重新启动本地服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="334"/>
        <source>sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="358"/>
        <source>sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="361"/>
        <source>sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="41"/>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="43"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="73"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="97"/>
        <source>Signed in as {0}</source>
        <translation>已登录：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="104"/>
        <source>No keyring: you will sign in again next time</source>
        <translation>没有密钥环：下次需要重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="109"/>
        <source>Cache key kept in a file (no keyring)</source>
        <translation>缓存密钥保存在文件中（没有密钥环）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="113"/>
        <source>The cache could not be decrypted; kept aside as {0}, syncing anew</source>
        <translation>缓存无法解密，已另存为 {0}，正在重新同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="132"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>离线 — %n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="133"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="135"/>
        <source>Signed out — sign in again</source>
        <translation>已退出登录 — 请重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="138"/>
        <location filename="../../desktop/ui/shell/status_bar.py" line="145"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="143"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒后重新连接</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="148"/>
        <source>the local cache cannot be written (is the disk full?)</source>
        <translation>无法写入本地缓存（磁盘是否已满？）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="150"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="152"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="154"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="156"/>
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="164"/>
        <source>Connection: {0}</source>
        <translation>连接：{0}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="37"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="40"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="47"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="49"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="54"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="55"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="57"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="58"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="59"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../desktop/ui/conversation/drafts.py" line="106"/>
        <source>Saving the draft</source>
        <translation>保存草稿</translation>
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
        <translation>未分配</translation>
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
        <translation>分配给您的处理中和待回应会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="71"/>
        <source>Conversations of your queues nobody has taken</source>
        <translation>您的队列中尚无人领取的会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="75"/>
        <source>Conversations whose internal notes mention you, newest first</source>
        <translation>内部备注中提及您的会话，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="78"/>
        <source>Every conversation of your queues</source>
        <translation>您的队列中的所有会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="85"/>
        <source>Waiting</source>
        <translation>等待最久</translation>
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
        <translation>等待最久的客户在前；无需回复的在最后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="97"/>
        <source>The response due soonest first; no SLA timer last</source>
        <translation>回复时限最早的在前；没有 SLA 计时的在最后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="100"/>
        <source>Latest activity first</source>
        <translation>最近活动在前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="140"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="141"/>
        <source>Sort conversations</source>
        <translation>会话排序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="152"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="154"/>
        <source>Show every conversation of this view</source>
        <translation>显示此视图的所有会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="157"/>
        <source>Put new and changed conversations in their place</source>
        <translation>将新增和有变化的会话排到相应位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="181"/>
        <source>Inbox views</source>
        <translation>收件箱视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="199"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="231"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="200"/>
        <location filename="../../desktop/ui/inbox/controls.py" line="201"/>
        <source>Filter by channel, queue or language</source>
        <translation>按渠道、队列或语言筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="227"/>
        <source>Queue {0}</source>
        <translation>队列 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="231"/>
        <source>Filter •</source>
        <translation>筛选 •</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/controls.py" line="252"/>
        <source>%n new</source>
        <translation>
            <numerusform>有 %n 项更新</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="254"/>
        <source>Update list</source>
        <translation>更新列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="264"/>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="274"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="275"/>
        <source>All queues</source>
        <translation>所有队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="285"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="287"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="291"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/controls.py" line="319"/>
        <source>SLA at risk</source>
        <translation>SLA 有风险</translation>
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
        <translation>客户和会话详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="291"/>
        <source>No email is waiting</source>
        <translation>没有等待中的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="296"/>
        <source>No email was taken</source>
        <translation>未领取任何邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="304"/>
        <source>The email was not claimed</source>
        <translation>未能认领邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="306"/>
        <source>The email is yours</source>
        <translation>这封邮件已归您处理</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="86"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="90"/>
        <source>Take next email</source>
        <translation>领取下一封邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="96"/>
        <location filename="../../desktop/ui/inbox/view.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="99"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="100"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="101"/>
        <source>Pending</source>
        <translation>待回应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="102"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="103"/>
        <source>SLA at risk</source>
        <translation>SLA 有风险</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="106"/>
        <source>Open conversations whose response is nearly or already overdue</source>
        <translation>即将或已经超过响应时限的处理中会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="160"/>
        <source>Take the oldest waiting email of your queues</source>
        <translation>领取您队列中等待最久的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="183"/>
        <source>Conversations</source>
        <translation>会话</translation>
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
        <translation>首次回复已超时 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="80"/>
        <source>First response due in {0}</source>
        <translation>首次回复剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="82"/>
        <source>Next response overdue by {0}</source>
        <translation>下次回复已超时 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="85"/>
        <source>Next response due in {0}</source>
        <translation>下次回复剩余 {0}</translation>
    </message>
</context>
<context>
    <name>KeyboardTab</name>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="82"/>
        <source>Click a key field and press the new keys; its clear button removes them. New keys replace the action&apos;s keys.</source>
        <translation>点击按键栏后按下新的按键；其清除按钮可删除按键。新按键会替换该操作原有的按键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="90"/>
        <source>Search actions</source>
        <translation>搜索操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="91"/>
        <source>Search actions or keys</source>
        <translation>搜索操作或按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="97"/>
        <source>Why the keys were refused</source>
        <translation>按键被拒绝的原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="106"/>
        <source>Actions and their keys</source>
        <translation>操作及其快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="155"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="156"/>
        <source>Reset {0}</source>
        <translation>重置{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="160"/>
        <source>Handled by the part of the desk it belongs to; not changeable here yet</source>
        <translation>由其所属的工作台部分处理；暂时无法在此更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="232"/>
        <source>{0} already belongs to “{1}” ({2}): give that action other keys first.</source>
        <translation>{0} 已分配给“{1}”（{2}）：请先为该操作设置其他按键。</translation>
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
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="30"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="31"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="32"/>
        <source>Offers and calls</source>
        <translation>分配和来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="33"/>
        <source>Presence</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="34"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="35"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="98"/>
        <source>Next conversation</source>
        <translation>下一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="104"/>
        <source>Previous conversation</source>
        <translation>上一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="110"/>
        <source>Next conversation (in the inbox list)</source>
        <translation>下一个会话（收件箱列表中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="117"/>
        <source>Previous conversation (in the inbox list)</source>
        <translation>上一个会话（收件箱列表中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="124"/>
        <source>Search conversations</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="130"/>
        <source>Show new and updated conversations</source>
        <translation>显示新增和更新的会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="136"/>
        <source>Take the next waiting email</source>
        <translation>领取下一封等待中的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="142"/>
        <source>Resolve the conversation</source>
        <translation>解决会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="148"/>
        <source>Set pending (waiting on the customer)</source>
        <translation>设为待回应（等待客户）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="154"/>
        <source>Snooze the conversation</source>
        <translation>暂缓会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="160"/>
        <source>Reopen the conversation</source>
        <translation>重新打开会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="166"/>
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="172"/>
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="179"/>
        <source>Switch between reply and internal note</source>
        <translation>在回复和内部备注之间切换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="185"/>
        <source>Insert a canned reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="191"/>
        <source>Accept the offer</source>
        <translation>接受分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="197"/>
        <source>Decline the offer</source>
        <translation>拒绝分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="203"/>
        <source>Hold or resume the call</source>
        <translation>保持或恢复通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="209"/>
        <source>Mute or unmute</source>
        <translation>静音或取消静音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="215"/>
        <source>Keypad (send tones)</source>
        <translation>拨号盘（发送按键音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="221"/>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="227"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="234"/>
        <source>Show the inbox</source>
        <translation>显示收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="240"/>
        <source>Show the knowledge base</source>
        <translation>显示知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="246"/>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="252"/>
        <source>Show the team (supervisors)</source>
        <translation>显示团队（主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="258"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="264"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="270"/>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="276"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="282"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="146"/>
        <source>{0} uses AltGr, which types characters on many keyboards.</source>
        <translation>{0} 使用了 AltGr，在许多键盘上它用于输入字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="150"/>
        <source>{0} uses the system key (Windows, Super): it belongs to the system.</source>
        <translation>{0} 使用了系统键（Windows、Super）：该键归系统使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="155"/>
        <source>{0} is AltGr on Windows: Polish and Finnish keyboards type characters with it (ą ę ł ó ś ż, @ {{ [ ] }} \ | ~ €).</source>
        <translation>{0} 在 Windows 上等同于 AltGr：波兰语和芬兰语键盘用它输入字符（ą ę ł ó ś ż, @ {{ [ ] }} \ | ~ €）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="160"/>
        <source>{0}: Ctrl+Alt with this key belongs to the system.</source>
        <translation>{0}：Ctrl+Alt 加此键由系统使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="164"/>
        <source>{0} types characters on some keyboards (Option on a Mac: ą ł ś, @ on a Finnish Mac) and opens menus.</source>
        <translation>{0} 在某些键盘上用于输入字符（Mac 上的 Option：ą ł ś；芬兰语 Mac 上的 @），还会打开菜单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="170"/>
        <source>{0} belongs to the system (windows and menus).</source>
        <translation>{0} 由系统使用（窗口和菜单）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="179"/>
        <source>That is not a key the desk can use.</source>
        <translation>工作台无法使用这个键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="186"/>
        <source>{0} switches input methods (Chinese) or opens the system menu.</source>
        <translation>{0} 用于切换输入法（中文）或打开系统菜单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/keymap.py" line="190"/>
        <source>{0} moves the focus, edits text or closes dialogs: add Ctrl.</source>
        <translation>{0} 用于移动焦点、编辑文本或关闭对话框：请加上 Ctrl。</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="114"/>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="129"/>
        <source>Type or click the keys; each tone is sent at once</source>
        <translation>输入或点击按键，每个按键音都会立即发送</translation>
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
        <translation>收藏的文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="123"/>
        <source>Recently viewed articles</source>
        <translation>最近浏览的文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="180"/>
        <source>Search articles  (Ctrl+K)</source>
        <translation>搜索文章（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="181"/>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="184"/>
        <source>Browse language</source>
        <translation>浏览语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="185"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="199"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="210"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="211"/>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="212"/>
        <source>Recently viewed</source>
        <translation>最近浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="286"/>
        <source>{0} results</source>
        <translation>{0} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="286"/>
        <source>No articles found</source>
        <translation>未找到文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="300"/>
        <source>remember the article</source>
        <translation>记录最近浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="386"/>
        <source>change your favourites</source>
        <translation>更改收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="395"/>
        <source>send your vote</source>
        <translation>发送评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="428"/>
        <source>Pick a category, or search</source>
        <translation>请选择分类或搜索</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Pending</source>
        <translation>待回应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="56"/>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
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
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="53"/>
        <location filename="../../desktop/ui/shell/language.py" line="67"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/language.py" line="69"/>
        <source>Language: {0}. It takes effect when Frontline is restarted.</source>
        <translation>语言：{0}。重新启动 Frontline 后生效。</translation>
    </message>
</context>
<context>
    <name>LanguageWarning</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="190"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="218"/>
        <source>Language check</source>
        <translation>语言检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="199"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="201"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="217"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="214"/>
        <source>This reply looks like {0}; the customer writes {1}. Send anyway?</source>
        <translation>这条回复似乎是{0}，而客户使用的是{1}。仍然发送吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="317"/>
        <source>Open a conversation first, then insert the text</source>
        <translation>请先打开一个会话，再插入文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="323"/>
        <source>Inserted into the reply to {0}</source>
        <translation>已插入给 {0} 的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="346"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="347"/>
        <source>Conversations (Ctrl+1)</source>
        <translation>会话（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/page.py" line="19"/>
        <source>Knowledge base (Ctrl+3 or Ctrl+K)</source>
        <translation>知识库（Ctrl+3 或 Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/page.py" line="24"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="108"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="265"/>
        <source>Could not {0}: {1}</source>
        <translation>无法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="271"/>
        <source>Your reply was not sent and has been removed: {0}</source>
        <translation>您的回复未发送，已被移除：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="275"/>
        <source>The status change was undone: {0}</source>
        <translation>状态更改已撤销：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="277"/>
        <source>Your canned reply was not saved: {0}</source>
        <translation>您的快捷回复未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="279"/>
        <source>Your vote was not counted: {0}</source>
        <translation>您的评价未被计入：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="280"/>
        <source>The server refused a change: {0}</source>
        <translation>服务器拒绝了一项更改：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="321"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="342"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="361"/>
        <location filename="../../desktop/ui/shell/window.py" line="442"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="445"/>
        <source>Sign out ({0}): queued replies stay and are sent after sign-in</source>
        <translation>退出登录（{0}）：待发送的回复会保留，登录后发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="456"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="229"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="230"/>
        <source>Your agents&apos; presence (Ctrl+T)</source>
        <translation>团队坐席的状态（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>ManageCannedDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="211"/>
        <source>My canned replies</source>
        <translation>我的快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="217"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="218"/>
        <source>Filter by shortcut, title or text</source>
        <translation>按快捷词、标题或文本筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="225"/>
        <source>Text of the chosen reply</source>
        <translation>所选回复的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="228"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="229"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="230"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="301"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="232"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="262"/>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="306"/>
        <source>No canned reply here yet</source>
        <translation>这里还没有快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="326"/>
        <source>Delete /{0}? Click again</source>
        <translation>删除 /{0}？请再点击一次</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="77"/>
        <source>Inbound call in progress</source>
        <translation>呼入通话进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="79"/>
        <source>Outbound call in progress</source>
        <translation>呼出通话进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="83"/>
        <source>Missed inbound call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="85"/>
        <source>Unanswered outbound call</source>
        <translation>呼出未接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="89"/>
        <source>Inbound call · talk {0}</source>
        <translation>呼入通话 · 通话 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="91"/>
        <source>Outbound call · talk {0}</source>
        <translation>呼出通话 · 通话 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="94"/>
        <source>hold {0}</source>
        <translation>保持 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="98"/>
        <source>at {0}</source>
        <translation>于 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="263"/>
        <source>Internal note · %1</source>
        <translation>内部备注 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="273"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="274"/>
        <source>Queued — will send when online</source>
        <translation>已排队 — 联网后发送</translation>
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
        <translation>接受分配（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="98"/>
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="100"/>
        <source>Decline with a reason ({0})</source>
        <translation>说明原因并拒绝（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="165"/>
        <source>The offer was not accepted</source>
        <translation>未能接受分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="186"/>
        <source>Offer declined</source>
        <translation>已拒绝分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="191"/>
        <source>The offer was not declined</source>
        <translation>未能拒绝分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="215"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="216"/>
        <source>Incoming chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="217"/>
        <source>Email offered to you</source>
        <translation>分配给您的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="219"/>
        <source>Contact offered to you</source>
        <translation>分配给您的客户联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="220"/>
        <source>Conversation #{0}</source>
        <translation>会话 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="241"/>
        <source>First contact: no earlier conversations</source>
        <translation>首次联系：没有以往会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="251"/>
        <source>Recently: {0}</source>
        <translation>最近：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="283"/>
        <source>the customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="285"/>
        <source>Missed: the offer of {0} timed out</source>
        <translation>已错过：{0} 的分配已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="289"/>
        <source>The offer of {0} was declined</source>
        <translation>{0} 的分配已被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="291"/>
        <source>The offer of {0} was withdrawn</source>
        <translation>{0} 的分配已被撤回</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="39"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="40"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="41"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="42"/>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="43"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="44"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="45"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="46"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="47"/>
        <source>Not responding</source>
        <translation>无响应</translation>
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
        <translation>您的状态：处于“空闲”时才会分配工作（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="157"/>
        <location filename="../../desktop/ui/shell/presence.py" line="189"/>
        <source>Not connected: presence not changed</source>
        <translation>未连接：状态未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="161"/>
        <source>change presence</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="179"/>
        <source>You are on a contact: {0} starts when it ends</source>
        <translation>您正在处理客户联系：结束后切换为{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="191"/>
        <location filename="../../desktop/ui/shell/presence.py" line="193"/>
        <source>Presence not changed: {0}</source>
        <translation>状态未更改：{0}</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="264"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="270"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="272"/>
        <source>Only colleagues see internal notes</source>
        <translation>只有同事能看到内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="273"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="592"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="313"/>
        <source>Canned</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="314"/>
        <source>Canned replies (type / in the reply)</source>
        <translation>快捷回复（在回复中输入 /）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="315"/>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="323"/>
        <source>Insert canned reply…</source>
        <translation>插入快捷回复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="326"/>
        <source>Save as canned reply…</source>
        <translation>保存为快捷回复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="329"/>
        <source>Manage my canned replies…</source>
        <translation>管理我的快捷回复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="349"/>
        <source>Write a reply…  ({0} sends)</source>
        <translation>撰写回复…（{0} 发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="351"/>
        <source>Write a reply…</source>
        <translation>撰写回复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="450"/>
        <source>Reply check</source>
        <translation>回复检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="473"/>
        <source>Not filled in yet: {0}. Send anyway?</source>
        <translation>尚未填写：{0}。仍然发送吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="476"/>
        <source>Fill in</source>
        <translation>去填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="477"/>
        <source>Fill-in check</source>
        <translation>填写项检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="521"/>
        <source>Fill in by hand: {0}</source>
        <translation>请手动填写：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="592"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>ReplyLanguage</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="79"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="80"/>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="81"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>SaveCannedDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="100"/>
        <source>Save as canned reply</source>
        <translation>保存为快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="100"/>
        <source>Edit canned reply</source>
        <translation>编辑快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="126"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="153"/>
        <source>Shortcut</source>
        <translation>快捷词</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="136"/>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="155"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="141"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="144"/>
        <source>Text; {customer.first_name} and {{fill:order number}} work here too</source>
        <translation>文本；此处也可使用 {customer.first_name} 和 {{fill:订单号}}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="148"/>
        <source>Only you see it; type / and its shortcut in a reply.</source>
        <translation>只有您能看到；在回复中输入 / 加快捷词即可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="180"/>
        <source>Give it a shortcut: letters, digits, - or _</source>
        <translation>请设置快捷词：字母、数字、- 或 _</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="182"/>
        <source>You already have a reply /{0}</source>
        <translation>您已有快捷回复 /{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="184"/>
        <source>Give it a title</source>
        <translation>请填写标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="186"/>
        <source>The text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/canned_manage.py" line="188"/>
        <source>A text has at most {0} characters</source>
        <translation>文本最多 {0} 个字符</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="109"/>
        <source>Script: {0} ({1})</source>
        <translation>话术：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="117"/>
        <source>- {0}: compliance statement confirmed</source>
        <translation>- {0}：已确认宣读合规声明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="121"/>
        <source>Path: {0}</source>
        <translation>路径：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="155"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="160"/>
        <source>Call script</source>
        <translation>通话话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="161"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="190"/>
        <source>Read to the customer</source>
        <translation>向客户宣读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="192"/>
        <source>Tick once you have read this statement to the customer</source>
        <translation>向客户宣读此声明后请勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="198"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="199"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="389"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="283"/>
        <source>start the script</source>
        <translation>启动话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="348"/>
        <source>An amount, for example {0}</source>
        <translation>金额，例如 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="377"/>
        <source>Finished — the answers are saved as an internal note</source>
        <translation>已完成 — 答案已保存为内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="383"/>
        <source>To continue: {0}</source>
        <translation>继续之前：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="387"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="398"/>
        <source>confirm that you have read the compliance statement to the customer</source>
        <translation>确认已向客户宣读合规声明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="400"/>
        <source>“{0}” is required</source>
        <translation>“{0}”为必填项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="406"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="410"/>
        <source>save the script answers</source>
        <translation>保存话术答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="406"/>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="37"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/dialog.py" line="58"/>
        <source>Put this tab back to the shipped defaults</source>
        <translation>将此标签页恢复为默认设置</translation>
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
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/keyboard_tab.py" line="288"/>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="48"/>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="53"/>
        <source>Search shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="54"/>
        <source>Search actions or keys</source>
        <translation>搜索操作或按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="61"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="61"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="69"/>
        <source>No action matches</source>
        <translation>没有匹配的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="72"/>
        <source>Change keys under Settings → Keyboard.</source>
        <translation>可在“设置 → 键盘”中更改按键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/shortcuts_sheet.py" line="107"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="57"/>
        <source>Sign in to Frontline</source>
        <translation>登录 Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="64"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="78"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="68"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="79"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="71"/>
        <location filename="../../desktop/ui/shell/sign_in.py" line="80"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="84"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="167"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>用户名或密码错误。请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="169"/>
        <source>Too many sign-in attempts. Try again in {0} seconds.</source>
        <translation>登录尝试次数过多。请在 {0} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="174"/>
        <source>Cannot reach the server ({0}). Check the address and your network.</source>
        <translation>无法连接服务器（{0}）。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="176"/>
        <source>Sign-in failed: {0}</source>
        <translation>登录失败：{0}</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <location filename="../../desktop/ui/conversation/sla_badge.py" line="86"/>
        <source>Reply overdue by {0}</source>
        <translation>回复已超时 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/sla_badge.py" line="88"/>
        <source>Reply due in {0}</source>
        <translation>回复剩余 {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="61"/>
        <source>Script</source>
        <translation>话术</translation>
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
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="95"/>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="96"/>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="98"/>
        <source>Ringing: {0}</source>
        <translation>振铃：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="105"/>
        <source>On hold {0}</source>
        <translation>保持中 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="107"/>
        <source>Consulting {0}</source>
        <translation>咨询中 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="112"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="113"/>
        <source>Call {0}</source>
        <translation>通话 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="120"/>
        <location filename="../../desktop/ui/team/model.py" line="124"/>
        <source>After-call work {0}</source>
        <translation>话后处理 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="123"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="138"/>
        <source>1 chat</source>
        <translation>1 个聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="140"/>
        <source>{0} chats</source>
        <translation>{0} 个聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="142"/>
        <source>1 email</source>
        <translation>1 封邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="144"/>
        <source>{0} emails</source>
        <translation>{0} 封邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="313"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="314"/>
        <source>Presence</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="315"/>
        <source>In state</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="316"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/model.py" line="317"/>
        <source>Requested</source>
        <translation>申请的状态</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="62"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="66"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="68"/>
        <source>No agent has chosen a presence yet: everyone is Offline</source>
        <translation>还没有坐席选择状态：所有人都处于离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="97"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="139"/>
        <source>All queues</source>
        <translation>所有队列</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/widgets/toast.py" line="48"/>
        <location filename="../../desktop/widgets/toast.py" line="49"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="177"/>
        <source>Consult before transferring</source>
        <translation>转接前咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="177"/>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="180"/>
        <source>The customer waits on hold while you talk to the target first.</source>
        <translation>您先与转接对象通话，客户在保持中等待。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="182"/>
        <source>The call goes to the target at once and leaves your desk.</source>
        <translation>通话会立即转给转接对象，并离开您的工作台。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="188"/>
        <location filename="../../desktop/ui/calls/dialogs.py" line="189"/>
        <source>Filter queues and colleagues</source>
        <translation>筛选队列和同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="192"/>
        <source>Transfer targets</source>
        <translation>转接对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="195"/>
        <source>Queue: {0}</source>
        <translation>队列：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="197"/>
        <source>Agent: {0}</source>
        <translation>坐席：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="202"/>
        <source>Consult</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="202"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
</context>
<context>
    <name>WrapupPanel</name>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="57"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="66"/>
        <source>Wrap-up code</source>
        <translation>小结代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="68"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="72"/>
        <source>Wrap-up note</source>
        <translation>小结备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="74"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="75"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="77"/>
        <source>End after-call work with this wrap-up</source>
        <translation>以此小结结束话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="156"/>
        <source>After-call work did not end</source>
        <translation>未能结束话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="171"/>
        <source>Choose a wrap-up code…</source>
        <translation>选择小结代码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="181"/>
        <source>Conversation #{0}</source>
        <translation>会话 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="185"/>
        <source>(+{0} more waiting)</source>
        <translation>（另有 {0} 个等待中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="189"/>
        <source>A wrap-up code is required before the next contact</source>
        <translation>处理下一个联系前必须选择小结代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="191"/>
        <source>Wrap-up code (optional)</source>
        <translation>小结代码（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="199"/>
        <source>No time limit</source>
        <translation>无时间限制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="200"/>
        <source>This queue sets no limit to after-call work</source>
        <translation>此队列不限制话后处理时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="204"/>
        <source>After-call work ends in {0}; the wrap-up is still needed</source>
        <translation>话后处理将在 {0} 后结束；仍需填写小结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="208"/>
        <source>After-call work ends in {0}</source>
        <translation>话后处理将在 {0} 后结束</translation>
    </message>
</context>
</TS>

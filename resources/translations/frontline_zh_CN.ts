<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>搜索或浏览以打开文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="122"/>
        <source>Article language</source>
        <translation>文章语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="126"/>
        <source>Keep this article in your favourites</source>
        <translation>将这篇文章加入收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="127"/>
        <source>Copy paragraph</source>
        <translation>复制段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="128"/>
        <source>Copy the selection or the paragraph at the cursor</source>
        <translation>复制所选内容或光标所在的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="129"/>
        <source>Insert into reply</source>
        <translation>插入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="133"/>
        <source>Insert the selection or the paragraph at the cursor into the reply; with neither, the part of the article written for the customer</source>
        <translation>将所选内容或光标所在的段落插入回复；两者都没有时，插入文章中写给客户的部分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="137"/>
        <source>Insert link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="138"/>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>将文章标题和链接插入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="160"/>
        <source>Optional comment for the authors</source>
        <translation>给作者的意见（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="166"/>
        <source>Was this helpful?</source>
        <translation>这篇文章有帮助吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="187"/>
        <source>image not downloaded yet</source>
        <translation>图片尚未下载</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="197"/>
        <source>{0} · version {1}</source>
        <translation>{0} · 版本 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="204"/>
        <source>Voting is possible once signed in</source>
        <translation>登录后即可评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="245"/>
        <source>{0} (knowledge base: {1})</source>
        <translation>{0}（知识库：{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="308"/>
        <source>★ Favourite</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="308"/>
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="311"/>
        <source>Yes · {0}</source>
        <translation>有帮助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="312"/>
        <source>No · {0}</source>
        <translation>没帮助 · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="318"/>
        <source>Your vote is waiting to be sent</source>
        <translation>您的评价正在等待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/reader_pane.py" line="320"/>
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
        <location filename="../../desktop/ui/conversation/assist.py" line="103"/>
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="106"/>
        <location filename="../../desktop/ui/conversation/assist.py" line="174"/>
        <source>No suggestions yet</source>
        <translation>暂无推荐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="108"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="109"/>
        <source>Insert the selected article&apos;s summary and link</source>
        <translation>插入所选文章的摘要和链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/assist.py" line="182"/>
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
        <location filename="../../desktop/ui/calls/dialogs.py" line="258"/>
        <source>Schedule a callback</source>
        <translation>预约回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="259"/>
        <source>Call {0} back at</source>
        <translation>回拨 {0} 的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="271"/>
        <source>Note for whoever calls (optional)</source>
        <translation>给回拨人员的备注（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="274"/>
        <source>Offer it to me first</source>
        <translation>优先分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="280"/>
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
        <location filename="../../desktop/ui/calls/callbacks.py" line="49"/>
        <source>Schedule callback…</source>
        <translation>预约回拨…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="51"/>
        <source>Promise the customer a call back at a time</source>
        <translation>与客户约定时间回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="52"/>
        <source>None scheduled</source>
        <translation>暂无预约</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="93"/>
        <source>{0} · offered to you first</source>
        <translation>{0} · 优先分配给您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="95"/>
        <source>{0} · calling now</source>
        <translation>{0} · 正在呼叫</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="133"/>
        <source>The callback was not scheduled</source>
        <translation>未能预约回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="135"/>
        <source>Callback scheduled for {0}</source>
        <translation>已预约在 {0} 回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/callbacks.py" line="143"/>
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
    <name>ColleaguesLabel</name>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="81"/>
        <source>{0} is typing…</source>
        <translation>{0} 正在输入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="82"/>
        <source>{0} is typing… (and 1 other here)</source>
        <translation>{0} 正在输入…（另有 1 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="83"/>
        <source>{0} is typing… (and {1} others here)</source>
        <translation>{0} 正在输入…（另有 {1} 人在此）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="86"/>
        <source>{0} is viewing</source>
        <translation>{0} 正在查看</translation>
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
        <translation>{0}：正在输入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/activity.py" line="101"/>
        <source>{0}: viewing</source>
        <translation>{0}：正在查看</translation>
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
        <location filename="../../desktop/ui/conversation/pane.py" line="115"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="130"/>
        <source>Select a conversation in the inbox</source>
        <translation>请在收件箱中选择一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="169"/>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="171"/>
        <source>Take this waiting email: it becomes yours</source>
        <translation>领取这封等待中的邮件，由您负责</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="187"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="205"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="368"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="390"/>
        <source>Assigned to a colleague. Reply anyway?</source>
        <translation>此会话已分配给同事。仍要回复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="391"/>
        <source>Assigned to {0}. Reply anyway?</source>
        <translation>此会话已分配给 {0}。仍要回复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="417"/>
        <source>Queueing the reply</source>
        <translation>将回复加入发送队列</translation>
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
        <location filename="../../desktop/ui/calls/dialogs.py" line="65"/>
        <source>Your reason (a supervisor reads it)</source>
        <translation>您的原因（主管会看到）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="71"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="230"/>
        <source>The key of your local cache is in the system keyring, which cannot be reached now ({0}). Unlock the keyring and start Frontline again; nothing was changed.</source>
        <translation>本地缓存的密钥保存在系统密钥环中，但现在无法访问（{0}）。请解锁密钥环后重新启动 Frontline；没有做任何更改。</translation>
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
        <location filename="../../desktop/ui/shell/status_bar.py" line="40"/>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="42"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="72"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="102"/>
        <source>No keyring: you will sign in again next time</source>
        <translation>没有密钥环：下次需要重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="107"/>
        <source>Cache key kept in a file (no keyring)</source>
        <translation>缓存密钥保存在文件中（没有密钥环）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="111"/>
        <source>The cache could not be decrypted; kept aside as {0}, syncing anew</source>
        <translation>缓存无法解密，已另存为 {0}，正在重新同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="130"/>
        <source>Offline — %n change(s) queued</source>
        <translation>
            <numerusform>离线 — %n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="131"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="133"/>
        <source>Signed out — sign in again</source>
        <translation>已退出登录 — 请重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="136"/>
        <location filename="../../desktop/ui/shell/status_bar.py" line="143"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="141"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒后重新连接</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="146"/>
        <source>the local cache cannot be written (is the disk full?)</source>
        <translation>无法写入本地缓存（磁盘是否已满？）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="148"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="150"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/status_bar.py" line="152"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/shell/status_bar.py" line="154"/>
        <source>%n change(s) queued</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
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
        <location filename="../../desktop/ui/conversation/details.py" line="39"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="45"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="46"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="47"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="52"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="53"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="55"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="56"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="57"/>
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
        <translation>没有等待中的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="186"/>
        <source>No email was taken</source>
        <translation>未领取任何邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="194"/>
        <source>The email was not claimed</source>
        <translation>未能认领邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="196"/>
        <source>The email is yours</source>
        <translation>这封邮件已归您处理</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="261"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="265"/>
        <source>Take next email</source>
        <translation>领取下一封邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="268"/>
        <source>Take the oldest waiting email of your queues ({0})</source>
        <translation>领取您队列中等待最久的邮件（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="272"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="273"/>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="274"/>
        <source>Pending</source>
        <translation>待回应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="275"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="276"/>
        <source>SLA at risk</source>
        <translation>SLA 有风险</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="279"/>
        <source>Open conversations whose response is nearly or already overdue</source>
        <translation>即将或已经超过响应时限的处理中会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="284"/>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/view.py" line="312"/>
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
        <location filename="../../desktop/ui/inbox/sla.py" line="80"/>
        <source>First response overdue by {0}</source>
        <translation>首次回复已超时 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="83"/>
        <source>First response due in {0}</source>
        <translation>首次回复剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="85"/>
        <source>Next response overdue by {0}</source>
        <translation>下次回复已超时 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/sla.py" line="88"/>
        <source>Next response due in {0}</source>
        <translation>下次回复剩余 {0}</translation>
    </message>
</context>
<context>
    <name>KeypadDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="113"/>
        <source>Keypad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="128"/>
        <source>Type or click the keys; each tone is sent at once</source>
        <translation>输入或点击按键，每个按键音都会立即发送</translation>
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
        <translation>搜索文章（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="174"/>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="177"/>
        <source>Browse language</source>
        <translation>浏览语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="178"/>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="192"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="203"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="204"/>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="205"/>
        <source>Recently viewed</source>
        <translation>最近浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="277"/>
        <source>{0} results</source>
        <translation>{0} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="277"/>
        <source>No articles found</source>
        <translation>未找到文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="291"/>
        <source>remember the article</source>
        <translation>记录最近浏览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="374"/>
        <source>change your favourites</source>
        <translation>更改收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="383"/>
        <source>send your vote</source>
        <translation>发送评价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge/view.py" line="416"/>
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
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <source>%n min</source>
        <translation>%n 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>%n h</source>
        <translation>%n 小时</translation>
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
        <location filename="../../desktop/ui/conversation/reply.py" line="105"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="133"/>
        <source>Language check</source>
        <translation>语言检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="114"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="116"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="132"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="129"/>
        <source>This reply looks like {0}; the customer writes {1}. Send anyway?</source>
        <translation>这条回复似乎是{0}，而客户使用的是{1}。仍然发送吗？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="207"/>
        <source>Open a conversation first, then insert the text</source>
        <translation>请先打开一个会话，再插入文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="213"/>
        <source>Inserted into the reply to {0}</source>
        <translation>已插入给 {0} 的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="236"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="237"/>
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
        <location filename="../../desktop/ui/shell/window.py" line="103"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="258"/>
        <source>Could not {0}: {1}</source>
        <translation>无法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="264"/>
        <source>Your reply was not sent and has been removed: {0}</source>
        <translation>您的回复未发送，已被移除：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="268"/>
        <source>The status change was undone: {0}</source>
        <translation>状态更改已撤销：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="269"/>
        <source>The server refused a change: {0}</source>
        <translation>服务器拒绝了一项更改：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="327"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="329"/>
        <source>Sign out (Ctrl+Shift+L): queued replies stay and are sent after sign-in</source>
        <translation>退出登录（Ctrl+Shift+L）：待发送的回复会保留，登录后发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="217"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="218"/>
        <source>Your agents&apos; presence (Ctrl+T)</source>
        <translation>团队坐席的状态（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="57"/>
        <source>Inbound call in progress</source>
        <translation>呼入通话进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="59"/>
        <source>Outbound call in progress</source>
        <translation>呼出通话进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="63"/>
        <source>Missed inbound call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="65"/>
        <source>Unanswered outbound call</source>
        <translation>呼出未接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="69"/>
        <source>Inbound call · talk {0}</source>
        <translation>呼入通话 · 通话 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="71"/>
        <source>Outbound call · talk {0}</source>
        <translation>呼出通话 · 通话 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="74"/>
        <source>hold {0}</source>
        <translation>保持 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="78"/>
        <source>at {0}</source>
        <translation>于 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="215"/>
        <source>Internal note · %1</source>
        <translation>内部备注 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="225"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="226"/>
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
        <location filename="../../desktop/ui/shell/presence.py" line="54"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="55"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="56"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="57"/>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="58"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="59"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="60"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="61"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="62"/>
        <source>Not responding</source>
        <translation>无响应</translation>
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
        <translation>您的状态：处于“空闲”时才会分配工作（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="165"/>
        <location filename="../../desktop/ui/shell/presence.py" line="197"/>
        <source>Not connected: presence not changed</source>
        <translation>未连接：状态未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="169"/>
        <source>change presence</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="187"/>
        <source>You are on a contact: {0} starts when it ends</source>
        <translation>您正在处理客户联系：结束后切换为{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/presence.py" line="199"/>
        <location filename="../../desktop/ui/shell/presence.py" line="201"/>
        <source>Presence not changed: {0}</source>
        <translation>状态未更改：{0}</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="172"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="173"/>
        <source>Write a reply…  (Ctrl+Enter sends)</source>
        <translation>输入回复…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="177"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="179"/>
        <source>Only colleagues see internal notes</source>
        <translation>只有同事能看到内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="180"/>
        <location filename="../../desktop/ui/conversation/reply.py" line="314"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="275"/>
        <source>Reply check</source>
        <translation>回复检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="314"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>ReplyLanguage</name>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="55"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/reply.py" line="56"/>
        <source>Finnish</source>
        <translation>芬兰语</translation>
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
        <location filename="../../desktop/ui/conversation/scripts.py" line="159"/>
        <source>Call script</source>
        <translation>通话话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="160"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="189"/>
        <source>Read to the customer</source>
        <translation>向客户宣读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="191"/>
        <source>Tick once you have read this statement to the customer</source>
        <translation>向客户宣读此声明后请勾选</translation>
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
        <translation>启动话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="347"/>
        <source>An amount, for example {0}</source>
        <translation>金额，例如 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="376"/>
        <source>Finished — the answers are saved as an internal note</source>
        <translation>已完成 — 答案已保存为内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="382"/>
        <source>To continue: {0}</source>
        <translation>继续之前：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="386"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="397"/>
        <source>confirm that you have read the compliance statement to the customer</source>
        <translation>确认已向客户宣读合规声明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="399"/>
        <source>“{0}” is required</source>
        <translation>“{0}”为必填项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="405"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="409"/>
        <source>save the script answers</source>
        <translation>保存话术答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="405"/>
        <source>not signed in</source>
        <translation>未登录</translation>
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
        <location filename="../../desktop/ui/shell/sign_in.py" line="75"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="76"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="77"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="81"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="164"/>
        <source>Wrong username or password. Check them and try again.</source>
        <translation>用户名或密码错误。请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="166"/>
        <source>Too many sign-in attempts. Try again in {0} seconds.</source>
        <translation>登录尝试次数过多。请在 {0} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="171"/>
        <source>Cannot reach the server ({0}). Check the address and your network.</source>
        <translation>无法连接服务器（{0}）。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/sign_in.py" line="173"/>
        <source>Sign-in failed: {0}</source>
        <translation>登录失败：{0}</translation>
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
        <location filename="../../desktop/ui/team/page.py" line="78"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="82"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="84"/>
        <source>No agent has chosen a presence yet: everyone is Offline</source>
        <translation>还没有坐席选择状态：所有人都处于离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="127"/>
        <source>All queues</source>
        <translation>所有队列</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop/widgets/toast.py" line="44"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="176"/>
        <source>Consult before transferring</source>
        <translation>转接前咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="176"/>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="179"/>
        <source>The customer waits on hold while you talk to the target first.</source>
        <translation>您先与转接对象通话，客户在保持中等待。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="181"/>
        <source>The call goes to the target at once and leaves your desk.</source>
        <translation>通话会立即转给转接对象，并离开您的工作台。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="187"/>
        <source>Filter queues and colleagues</source>
        <translation>筛选队列和同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="192"/>
        <source>Queue: {0}</source>
        <translation>队列：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="194"/>
        <source>Agent: {0}</source>
        <translation>坐席：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="199"/>
        <source>Consult</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/dialogs.py" line="199"/>
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
        <location filename="../../desktop/ui/calls/wrapup.py" line="67"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="72"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="73"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="75"/>
        <source>End after-call work with this wrap-up</source>
        <translation>以此小结结束话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="154"/>
        <source>After-call work did not end</source>
        <translation>未能结束话后处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="169"/>
        <source>Choose a wrap-up code…</source>
        <translation>选择小结代码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="179"/>
        <source>Conversation #{0}</source>
        <translation>会话 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="183"/>
        <source>(+{0} more waiting)</source>
        <translation>（另有 {0} 个等待中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="187"/>
        <source>A wrap-up code is required before the next contact</source>
        <translation>处理下一个联系前必须选择小结代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="189"/>
        <source>Wrap-up code (optional)</source>
        <translation>小结代码（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="197"/>
        <source>No time limit</source>
        <translation>无时间限制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="198"/>
        <source>This queue sets no limit to after-call work</source>
        <translation>此队列不限制话后处理时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="202"/>
        <source>After-call work ends in {0}; the wrap-up is still needed</source>
        <translation>话后处理将在 {0} 后结束；仍需填写小结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/wrapup.py" line="206"/>
        <source>After-call work ends in {0}</source>
        <translation>话后处理将在 {0} 后结束</translation>
    </message>
</context>
</TS>

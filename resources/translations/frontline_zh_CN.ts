<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="60"/>
        <source>Pick up a shift</source>
        <translation>领取班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="62"/>
        <source>Offer a shift in return</source>
        <translation>提供一个班次作为交换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="68"/>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="73"/>
        <source>Your shift in return</source>
        <translation>您用于交换的班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="75"/>
        <source>You have no published shifts ahead to give in return.</source>
        <translation>您之后没有已发布的班次可用于交换。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="85"/>
        <source>Pick up</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="85"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="114"/>
        <source>{0} offers their shift {1}.</source>
        <translation>{0} 提出用其班次 {1} 换班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="116"/>
        <source>{0} gives away their shift {1}.</source>
        <translation>{0} 让出其班次 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="121"/>
        <source>Note: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="149"/>
        <source>Checking the rules...</source>
        <translation>正在检查规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="162"/>
        <source>No rule stands in the way.</source>
        <translation>没有违反任何规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="164"/>
        <source>A supervisor will review this.</source>
        <translation>主管将对此进行审核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="169"/>
        <source>The rules could not be checked: {0}</source>
        <translation>无法检查规则：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="193"/>
        <source>accept the swap</source>
        <translation>接受换班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="198"/>
        <source>The server refused; nothing changed.</source>
        <translation>服务器拒绝了请求；没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="71"/>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="72"/>
        <source>Any customer</source>
        <translation>任意客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="78"/>
        <source>Customer id:</source>
        <translation>客户 ID：</translation>
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
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="104"/>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="123"/>
        <source>Access log</source>
        <translation>访问日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="125"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="126"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="128"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="129"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="146"/>
        <source>A customer id is a whole number from 1 up.</source>
        <translation>客户 ID 须为不小于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="173"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未连接到服务器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="180"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="201"/>
        <source>read the access log</source>
        <translation>读取访问日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_log.py" line="232"/>
        <source>No entries match.</source>
        <translation>没有匹配的记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="234"/>
        <source>%n entries, the oldest reached.</source>
        <translation>
            <numerusform>共 %n 条记录，已到最早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_log.py" line="236"/>
        <source>%n newest entries.</source>
        <translation>
            <numerusform>最新的 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceTab</name>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="154"/>
        <source>Nobody is scheduled today.</source>
        <translation>今天没有人排班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="189"/>
        <source>Team adherence now</source>
        <translation>团队当前遵从情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="181"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="182"/>
        <source>Scheduled now</source>
        <translation>当前排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="183"/>
        <source>Presence</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="184"/>
        <source>Adherence now</source>
        <translation>当前遵从情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="185"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="186"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="187"/>
        <source>Conformance</source>
        <translation>排班符合率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="260"/>
        <source>{0} until {1}</source>
        <translation>{0}，至 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="264"/>
        <source>Off shift (starts {0})</source>
        <translation>未在班（{0} 上班）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="266"/>
        <source>Shift ended {0}</source>
        <translation>班次已于 {0} 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="268"/>
        <source>In adherence</source>
        <translation>遵从排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="269"/>
        <source>Not matching (within the grace)</source>
        <translation>不一致（在宽限时间内）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="270"/>
        <source>Out of adherence</source>
        <translation>未遵从排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="271"/>
        <source>Not scheduled now</source>
        <translation>当前未排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="333"/>
        <source>read the team&apos;s adherence</source>
        <translation>读取团队的排班遵从情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="344"/>
        <source>Today&apos;s adherence and conformance as of {0}.</source>
        <translation>今日排班遵从率和符合率，截至 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="353"/>
        <source>The figures shown are from earlier.</source>
        <translation>显示的是较早的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="355"/>
        <source>No figures yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/adherence.py" line="358"/>
        <source>Today&apos;s adherence could not be read: {0} {1}</source>
        <translation>无法读取今日排班遵从情况：{0} {1}</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/service.py" line="304"/>
        <source>and %n more due</source>
        <translation>
            <numerusform>另有 %n 项到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTray</name>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="49"/>
        <source>Show desk</source>
        <translation>显示工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="52"/>
        <source>Mute for 1 hour</source>
        <translation>静音 1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="59"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="81"/>
        <source>Frontline: %n unread</source>
        <translation>
            <numerusform>Frontline：%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/tray.py" line="83"/>
        <source>Frontline: nothing new</source>
        <translation>Frontline：没有新内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/alerts/tray.py" line="85"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n 项跟进已逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="66"/>
        <source>A customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="69"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="71"/>
        <source>New email offered to you</source>
        <translation>分配给您的新邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="73"/>
        <source>New chat offered to you</source>
        <translation>分配给您的新聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="77"/>
        <source>{0} mentioned you</source>
        <translation>{0} 提及了您</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="79"/>
        <source>New message from {0}</source>
        <translation>来自 {0} 的新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/service.py" line="301"/>
        <source>Follow-up due</source>
        <translation>跟进到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/task_reminders.py" line="44"/>
        <source>a customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/alerts/task_reminders.py" line="45"/>
        <source>Follow-up due: {0} ({1})</source>
        <translation>跟进到期：{0}（{1}）</translation>
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
    <name>AttachStrip</name>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="46"/>
        <source>You are offline; nothing was sent.</source>
        <translation>您处于离线状态；未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="48"/>
        <source>You are signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="50"/>
        <source>The file is larger than the server accepts.</source>
        <translation>文件超过服务器允许的大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="54"/>
        <source>It is gone, or not visible to you.</source>
        <translation>该文件已不存在，或您无权查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="56"/>
        <source>The server refused it: {0}</source>
        <translation>服务器拒绝：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="79"/>
        <source>Attach…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="81"/>
        <source>Attach files to this email reply</source>
        <translation>为此邮件回复添加附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="96"/>
        <source>Up to {0} a file, {1} files</source>
        <translation>每个文件不超过 {0}，最多 {1} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="120"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="141"/>
        <source>{0} cannot be read</source>
        <translation>无法读取 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="144"/>
        <source>{0} is larger than {1}</source>
        <translation>{0} 超过 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="147"/>
        <source>A reply carries at most {0} files</source>
        <translation>一条回复最多可带 {0} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="174"/>
        <source>Remove {0} from the reply</source>
        <translation>从回复中移除 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="175"/>
        <source>Attached: {0}</source>
        <translation>已添加附件：{0}</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../desktop/ui/conversation/attachments.py" line="203"/>
        <source>The desk is still starting; try again in a moment.</source>
        <translation>工作台仍在启动；请稍后重试。</translation>
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
    <name>ChannelExtras</name>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="70"/>
        <source>open the attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="73"/>
        <source>attach the file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="78"/>
        <source>Customer is typing…</source>
        <translation>客户正在输入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="133"/>
        <source>the desk is still starting</source>
        <translation>工作台仍在启动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/conversation/channel.py" line="135"/>
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>正在上传 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="142"/>
        <source>{0} was not uploaded: {1}</source>
        <translation>{0} 未上传：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="170"/>
        <source>retry the delivery</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="172"/>
        <source>You are offline; try again when connected.</source>
        <translation>您处于离线状态；请在联网后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="249"/>
        <source>Retry delivery</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="252"/>
        <source>Hide quoted text</source>
        <translation>隐藏引用内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="252"/>
        <source>Show quoted text</source>
        <translation>显示引用内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="255"/>
        <source>View formatted</source>
        <translation>查看原格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/channel.py" line="257"/>
        <source>Open {0} ({1})</source>
        <translation>打开 {0}（{1}）</translation>
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
    <name>CommentDialog</name>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="225"/>
        <source>Approve request</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="225"/>
        <source>Deny request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="230"/>
        <source>Comment for the agents</source>
        <translation>给坐席的意见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="231"/>
        <source>A comment for the agents (optional)</source>
        <translation>给坐席的意见（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="235"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="235"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="242"/>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
</context>
<context>
    <name>ComplaintLauncher</name>
    <message>
        <location filename="../../desktop/ui/conversation/complaint_action.py" line="49"/>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/complaint_action.py" line="51"/>
        <source>Open a complaint for this customer</source>
        <translation>为此客户创建投诉</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="13"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="14"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="15"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="16"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="17"/>
        <source>Conduct</source>
        <translation>人员行为</translation>
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
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="35"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="36"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="37"/>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="60"/>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="38"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="39"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="47"/>
        <source>Escalated to supervisor</source>
        <translation>已升级至主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="48"/>
        <source>Escalated to second level</source>
        <translation>已升级至二线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="57"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="58"/>
        <source>Start investigating</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="61"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_labels.py" line="62"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="55"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="57"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="58"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="77"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="81"/>
        <source>No complaints from this customer. To record one, open their conversation and use Complaint… in its header.</source>
        <translation>此客户没有投诉。如需记录投诉，请打开其会话，并使用会话顶部的“投诉…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="111"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="112"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="113"/>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="114"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="115"/>
        <source>Customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="116"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="117"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="118"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="129"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="140"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="142"/>
        <source>Add task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="170"/>
        <source>The server refused: {0}</source>
        <translation>服务器拒绝：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="207"/>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="254"/>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="294"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="251"/>
        <source>{0}, since {1}</source>
        <translation>{0}，自 {1} 起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="258"/>
        <source>Not escalated</source>
        <translation>未升级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="263"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="266"/>
        <source>confirmed with the customer</source>
        <translation>已与客户确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="268"/>
        <source>not confirmed</source>
        <translation>未确认</translation>
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
        <translation>标为未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="300"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaints_tab.py" line="302"/>
        <source>Mark task done: {0}</source>
        <translation>将任务标为完成：{0}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="167"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="144"/>
        <source>Select a conversation in the inbox</source>
        <translation>请在收件箱中选择一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="213"/>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="215"/>
        <source>Take this waiting email: it becomes yours</source>
        <translation>领取这封等待中的邮件，由您负责</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="220"/>
        <source>Conversation status</source>
        <translation>会话状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="241"/>
        <source>open a complaint</source>
        <translation>创建投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="244"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="266"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="483"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="505"/>
        <source>Assigned to a colleague. Reply anyway?</source>
        <translation>此会话已分配给同事。仍要回复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="506"/>
        <source>Assigned to {0}. Reply anyway?</source>
        <translation>此会话已分配给 {0}。仍要回复吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="532"/>
        <source>Queueing the reply</source>
        <translation>将回复加入发送队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/pane.py" line="564"/>
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
    <name>CustomerEntry</name>
    <message>
        <location filename="../../desktop/ui/customer/entry.py" line="23"/>
        <source>Customer profile</source>
        <translation>客户资料</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="114"/>
        <source>Customer profile sections</source>
        <translation>客户资料分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="115"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="116"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="117"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="118"/>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="119"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="136"/>
        <source>Find a customer by name, email, phone or order number, or open one from a conversation or a ringing call.</source>
        <translation>按姓名、邮箱、电话或订单号查找客户，或从会话或振铃中的来电打开客户资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="225"/>
        <location filename="../../desktop/ui/customer/page.py" line="241"/>
        <source>Offline: customers this desk holds.</source>
        <translation>离线：仅显示此工作台已保存的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="248"/>
        <source>find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="326"/>
        <source>Contacts and orders come with the profile from the server.</source>
        <translation>联系记录和订单会随客户资料从服务器获取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="330"/>
        <source>No contacts with this customer yet.</source>
        <translation>与此客户尚无联系记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="331"/>
        <source>No orders: the shop has sent none for this customer.</source>
        <translation>没有订单：商店尚未发送此客户的任何订单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="341"/>
        <source>Timeline (%n)</source>
        <translation>
            <numerusform>时间线（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="342"/>
        <source>Orders (%n)</source>
        <translation>
            <numerusform>订单（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="343"/>
        <source>Notes (%n)</source>
        <translation>
            <numerusform>备注（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="346"/>
        <source>Promises (%n overdue)</source>
        <translation>
            <numerusform>承诺（%n 项逾期）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="348"/>
        <source>Promises (%n)</source>
        <translation>
            <numerusform>承诺（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/page.py" line="350"/>
        <source>Complaints (%n)</source>
        <translation>
            <numerusform>投诉（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="390"/>
        <source>read the customer&apos;s profile</source>
        <translation>读取客户资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="400"/>
        <source>This customer&apos;s personal data was erased.</source>
        <translation>此客户的个人数据已被清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="420"/>
        <source>Sign in to add notes.</source>
        <translation>登录后才能添加备注。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="428"/>
        <source>add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="446"/>
        <source>Sign in to change a customer.</source>
        <translation>登录后才能修改客户信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="453"/>
        <source>change the customer</source>
        <translation>修改客户信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="462"/>
        <source>Save the customer&apos;s data</source>
        <translation>保存客户数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="464"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="483"/>
        <source>export the customer</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="485"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="506"/>
        <source>erase the customer</source>
        <translation>清除客户数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="508"/>
        <source>The customer was erased.</source>
        <translation>客户数据已清除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="532"/>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="535"/>
        <source>Sign in to reach the server.</source>
        <translation>请登录以连接服务器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="536"/>
        <source>Type at least two characters.</source>
        <translation>请至少输入两个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="537"/>
        <source>The server does not know this customer (merged or erased?).</source>
        <translation>服务器上找不到此客户（已合并或已清除？）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="538"/>
        <source>The server could not answer ({0}).</source>
        <translation>服务器无法响应（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="544"/>
        <source>You are offline; this desk has not seen this customer&apos;s profile yet.</source>
        <translation>您处于离线状态；此工作台尚未获取过该客户的资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="547"/>
        <source>The server refused.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="53"/>
        <source>Name, email, phone or order number</source>
        <translation>姓名、邮箱、电话或订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="64"/>
        <source>Customers found</source>
        <translation>找到的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="75"/>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="171"/>
        <source>None chosen yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_picker.py" line="100"/>
        <source>Type at least %n character(s).</source>
        <translation>
            <numerusform>请至少输入 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="108"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未连接到服务器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="124"/>
        <source>find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="140"/>
        <source>customer {0}</source>
        <translation>客户 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="149"/>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_picker.py" line="162"/>
        <source>Chosen: {0} (customer {1})</source>
        <translation>已选择：{0}（客户 {1}）</translation>
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
    <name>Delivery</name>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="101"/>
        <source>the channel gave no reason</source>
        <translation>渠道未提供原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="104"/>
        <source>Not delivered: {0}</source>
        <translation>未送达：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="106"/>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="107"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="108"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="116"/>
        <source>Attempts: {0}</source>
        <translation>尝试次数：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="120"/>
        <source>Not delivered. {0}. {1}</source>
        <translation>未送达。{0}。{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="124"/>
        <source>{0}. Last error: {1}</source>
        <translation>{0}。上次错误：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="143"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="174"/>
        <source>Hide quoted text</source>
        <translation>隐藏引用内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="176"/>
        <source>Show quoted text</source>
        <translation>显示引用内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="180"/>
        <source>View formatted</source>
        <translation>查看原格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/bubble_extras.py" line="216"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desktop/app.py" line="254"/>
        <source>The key of your local cache is in the system keyring, which cannot be reached now ({0}). Unlock the keyring and start Frontline again; nothing was changed.</source>
        <translation>本地缓存的密钥保存在系统密钥环中，但现在无法访问（{0}）。请解锁密钥环后重新启动 Frontline；没有做任何更改。</translation>
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
        <location filename="../../desktop/ui/conversation/details.py" line="42"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="45"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="52"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="53"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="54"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="55"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="56"/>
        <source>Contact allowed</source>
        <translation>允许联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="59"/>
        <source>Open profile</source>
        <translation>打开客户资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="61"/>
        <source>The customer&apos;s history, orders and notes</source>
        <translation>客户的历史记录、订单和备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="66"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="67"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="69"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="70"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="71"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="138"/>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="139"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="140"/>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/details.py" line="144"/>
        <source>none</source>
        <translation>无</translation>
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
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="48"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="53"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="102"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="54"/>
        <source>vip, at-risk</source>
        <translation>vip, at-risk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="55"/>
        <source>May be contacted by email</source>
        <translation>允许通过邮件联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="57"/>
        <source>May be contacted by phone</source>
        <translation>允许通过电话联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="59"/>
        <source>Agreed to marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="63"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="107"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="70"/>
        <location filename="../../desktop/ui/customer/dialogs.py" line="116"/>
        <source>Identities</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="73"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="75"/>
        <source>Kind of identity</source>
        <translation>联系方式类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="77"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="78"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="79"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="83"/>
        <source>New identity</source>
        <translation>新联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="84"/>
        <source>name@example.com, +358 40 123 4567, handle</source>
        <translation>name@example.com、+358 40 123 4567、聊天账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="85"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="106"/>
        <source>Consent</source>
        <translation>联系许可</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="215"/>
        <source>Erase customer</source>
        <translation>清除客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="219"/>
        <source>Erasing anonymises {0} everywhere: name, contact details and identities, messages redacted, also in every desk&apos;s cache. An audit record without personal data is kept. This cannot be undone.

Type the customer&apos;s name to confirm:</source>
        <translation>清除会在所有地方将 {0} 匿名化：姓名、联系信息和联系方式，并抹除消息内容，包括每个工作台的缓存。会保留一条不含个人数据的审计记录。此操作无法撤销。

请输入客户姓名以确认：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/dialogs.py" line="228"/>
        <source>The customer&apos;s name, to confirm</source>
        <translation>客户姓名（用于确认）</translation>
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
        <translation>升级投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="210"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="219"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="211"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="212"/>
        <source>Second level</source>
        <translation>二线</translation>
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
        <translation>处理人</translation>
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
        <translation>姓名、邮箱、电话、订单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="66"/>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="70"/>
        <source>Customers found</source>
        <translation>找到的客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/customer/find.py" line="117"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="121"/>
        <source>No customer matches “{0}”. Try part of the phone number, the whole email address, the order number, or the surname alone.</source>
        <translation>没有与“{0}”匹配的客户。请尝试输入部分电话号码、完整邮箱地址、订单号，或仅输入姓氏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="135"/>
        <source>Recent customers</source>
        <translation>最近的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="166"/>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="167"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="168"/>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="169"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="171"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="173"/>
        <source>last contact {0}</source>
        <translation>最近联系：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="190"/>
        <source>Type at least two characters: a name, an email, a phone number or part of it, or an order number.</source>
        <translation>请至少输入两个字符：姓名、邮箱、电话号码（或其中一部分）或订单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/find.py" line="207"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>FormattedMailDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="117"/>
        <source>Formatted email from {0}</source>
        <translation>来自 {0} 的邮件（原格式）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="119"/>
        <source>Formatted email</source>
        <translation>邮件（原格式）</translation>
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
        <location filename="../../desktop/ui/inbox/page.py" line="293"/>
        <source>No email is waiting</source>
        <translation>没有等待中的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="298"/>
        <source>No email was taken</source>
        <translation>未领取任何邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="306"/>
        <source>The email was not claimed</source>
        <translation>未能认领邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="308"/>
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
        <source>Open a complaint for the customer</source>
        <translation>为客户创建投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="172"/>
        <source>Write a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="178"/>
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="185"/>
        <source>Switch between reply and internal note</source>
        <translation>在回复和内部备注之间切换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="191"/>
        <source>Insert a canned reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="197"/>
        <source>Accept the offer</source>
        <translation>接受分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="203"/>
        <source>Decline the offer</source>
        <translation>拒绝分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="209"/>
        <source>Hold or resume the call</source>
        <translation>保持或恢复通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="215"/>
        <source>Mute or unmute</source>
        <translation>静音或取消静音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="221"/>
        <source>Keypad (send tones)</source>
        <translation>拨号盘（发送按键音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="227"/>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="233"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="240"/>
        <source>Show the inbox</source>
        <translation>显示收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="246"/>
        <source>Show the knowledge base</source>
        <translation>显示知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="252"/>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="258"/>
        <source>Show the customer page</source>
        <translation>显示客户页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="264"/>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="270"/>
        <source>Show my day (schedule, breaks, swaps)</source>
        <translation>显示我的日程（排班、小休、换班）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="276"/>
        <source>Show my KPIs</source>
        <translation>显示我的 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="282"/>
        <source>Show the team (supervisors)</source>
        <translation>显示团队（主管）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="288"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="294"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="300"/>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="306"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/key_actions.py" line="312"/>
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
    <name>KpiCharts</name>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="119"/>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>最近 30 天没有数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="159"/>
        <source>Latest {0}, lowest {1}, highest {2}; target {3}.</source>
        <translation>最新 {0}，最低 {1}，最高 {2}；目标 {3}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="207"/>
        <location filename="../../desktop/ui/kpi/charts.py" line="215"/>
        <source>Handle times, last 30 days</source>
        <translation>处理时长，最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="208"/>
        <source>Contacts</source>
        <translation>联系数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="209"/>
        <source>Handle time (minutes)</source>
        <translation>处理时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="224"/>
        <source>No contacts in the last 30 days.</source>
        <translation>最近 30 天没有联系记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/charts.py" line="226"/>
        <source>Most contacts took {0} to {1}: {2} of {3}.</source>
        <translation>大多数联系耗时 {0} 至 {1}：{3} 个中有 {2} 个。</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="51"/>
        <source>Average handle time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="52"/>
        <source>First-contact resolution</source>
        <translation>首次联系解决率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="53"/>
        <source>Transfer rate</source>
        <translation>转接率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="54"/>
        <source>Repeat contacts</source>
        <translation>重复联系率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="55"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>客户满意度（CSAT）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="56"/>
        <source>Net promoter score (NPS)</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="57"/>
        <source>Customer effort (CES)</source>
        <translation>客户费力度（CES）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="58"/>
        <source>Schedule adherence</source>
        <translation>排班遵从率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="59"/>
        <source>Conformance</source>
        <translation>排班符合率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="60"/>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="61"/>
        <source>Contacts handled</source>
        <translation>处理联系数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="69"/>
        <source>Talk, hold and after-contact work per contact handled.</source>
        <translation>每个已处理联系的通话、保持和话后处理时长。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="72"/>
        <source>Contacts resolved the first time, of the contacts handled.</source>
        <translation>已处理联系中首次即解决的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="75"/>
        <source>Contacts you transferred, of the contacts handled.</source>
        <translation>已处理联系中由您转接出去的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="78"/>
        <source>Contacts from the same customer again within 7 days.</source>
        <translation>同一客户在 7 天内再次联系的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="81"/>
        <source>Ratings of 4 or 5, of all ratings (1 to 5); unrated contacts left out.</source>
        <translation>所有评分（1 到 5）中 4 分或 5 分的比例；未评分的联系不计入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="84"/>
        <source>Promoters (9-10) minus detractors (0-6), in points.</source>
        <translation>推荐者（9-10 分）减去贬损者（0-6 分），以分计。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="87"/>
        <source>Average answer to &quot;easy to handle my issue&quot; (1 to 7).</source>
        <translation>“我的问题处理起来很容易”的平均评分（1 到 7）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="90"/>
        <source>Scheduled time you spent in the scheduled activity.</source>
        <translation>排班时间中您处于所排活动的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="93"/>
        <source>Time worked on queue, of the time scheduled on queue.</source>
        <translation>排在队列上的时间中实际在队列上工作的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="96"/>
        <source>Time on contacts, of the time available or on contacts.</source>
        <translation>空闲或处理联系的时间中用于处理联系的比例。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="99"/>
        <source>Contacts you handled to the end.</source>
        <translation>由您处理完成的联系数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="117"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="119"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="121"/>
        <source>Points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="123"/>
        <source>Score (1-7)</source>
        <translation>评分（1-7）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="124"/>
        <source>Contacts</source>
        <translation>联系数</translation>
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
        <translation>目标 ≥ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="160"/>
        <source>Target ≤ {0}</source>
        <translation>目标 ≤ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="174"/>
        <source>✓ On target</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="176"/>
        <source>▲ Needs attention</source>
        <translation>▲ 需要关注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/format.py" line="177"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
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
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="107"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="115"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="140"/>
        <source>Your figures</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="159"/>
        <source>Contacts behind the selected figure</source>
        <translation>所选数据对应的联系记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="260"/>
        <source>Reading your figures…</source>
        <translation>正在读取您的数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="263"/>
        <source>read your KPIs</source>
        <translation>读取您的 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="277"/>
        <source>No figures yet: they appear once the desk reaches the server.</source>
        <translation>暂无数据：工作台连接到服务器后即会显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="306"/>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="308"/>
        <source>This server does not give KPI figures yet.</source>
        <translation>此服务器尚不提供 KPI 数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="310"/>
        <source>Sign in again to see fresh figures.</source>
        <translation>请重新登录以查看最新数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="312"/>
        <source>Your figures could not be refreshed; the desk tries again shortly.</source>
        <translation>无法刷新您的数据；工作台稍后会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="314"/>
        <source>{0} Showing your figures as of {1}.</source>
        <translation>{0} 显示的是截至 {1} 的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="386"/>
        <source>Updated {0}</source>
        <translation>更新于 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="388"/>
        <source>Offline: your figures as of {0}</source>
        <translation>离线：截至 {0} 的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="390"/>
        <source>Your figures as of {0}</source>
        <translation>截至 {0} 的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="425"/>
        <source>Contacts behind: {0}</source>
        <translation>对应的联系记录：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="438"/>
        <source>This figure comes from your schedule, not from contacts: see My day.</source>
        <translation>此数据来自您的排班，而非联系记录：请查看“我的日程”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="442"/>
        <source>The contacts are listed when the desk is online.</source>
        <translation>工作台在线时会列出联系记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="444"/>
        <source>Reading the contacts…</source>
        <translation>正在读取联系记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="455"/>
        <source>No contacts in this period.</source>
        <translation>此期间没有联系记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kpi/page.py" line="457"/>
        <source>The latest %n contacts.</source>
        <translation>
            <numerusform>最近 %n 条联系记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="465"/>
        <source>The contacts could not be read now.</source>
        <translation>暂时无法读取联系记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="469"/>
        <source>list the contacts behind a KPI</source>
        <translation>列出 KPI 对应的联系记录</translation>
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
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="139"/>
        <source>Phone</source>
        <translation>电话</translation>
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
        <location filename="../../desktop/ui/inbox/page.py" line="319"/>
        <source>Open a conversation first, then insert the text</source>
        <translation>请先打开一个会话，再插入文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="325"/>
        <source>Inserted into the reply to {0}</source>
        <translation>已插入给 {0} 的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="348"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/page.py" line="349"/>
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
        <location filename="../../desktop/ui/shell/window.py" line="446"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="449"/>
        <source>Sign out ({0}): queued replies stay and are sent after sign-in</source>
        <translation>退出登录（{0}）：待发送的回复会保留，登录后发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/window.py" line="460"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="374"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="375"/>
        <source>Your agents&apos; presence (Ctrl+T)</source>
        <translation>团队坐席的状态（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="567"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/page.py" line="568"/>
        <source>Find a customer and see their profile (Ctrl+4, find: Ctrl+Shift+F)</source>
        <translation>查找客户并查看其资料（Ctrl+4，查找：Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="494"/>
        <source>My KPIs</source>
        <translation>我的 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/page.py" line="495"/>
        <source>Your own figures against the centre&apos;s targets (Ctrl+6)</source>
        <translation>您的个人数据与中心目标对比（Ctrl+6）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="386"/>
        <source>My day</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="387"/>
        <source>Your schedule, breaks, swaps and time off (Ctrl+5)</source>
        <translation>您的排班、小休、换班和休假（Ctrl+5）</translation>
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
    <name>MergeView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="83"/>
        <source>Duplicate (merged away)</source>
        <translation>重复客户（将被合并）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="83"/>
        <source>Find the duplicate customer</source>
        <translation>查找重复的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="86"/>
        <source>Customer to keep</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="86"/>
        <source>Find the customer to keep</source>
        <translation>查找要保留的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="96"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="163"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="193"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="107"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="133"/>
        <source>Recent merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="109"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="135"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="136"/>
        <source>Duplicate</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="137"/>
        <source>Kept</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="138"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="139"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="166"/>
        <source>Merge {0} into {1}</source>
        <translation>将 {0} 合并到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="170"/>
        <source>Choose two different customers.</source>
        <translation>请选择两个不同的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="180"/>
        <source>Merge “{0}” (customer {1}) into “{2}” (customer {3})?

Every conversation, handle, note, order, complaint and survey of “{0}” moves to “{2}”, on the server and on every desk. You can undo it under Recent merges.</source>
        <translation>要将“{0}”（客户 {1}）合并到“{2}”（客户 {3}）吗？

“{0}”的所有会话、联系账号、备注、订单、投诉和调查都会转到“{2}”名下，服务器和所有工作台上均如此。您可以在“最近的合并”中撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="186"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="214"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="247"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="331"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未连接到服务器。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="218"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="222"/>
        <source>Merged {0} into {1}.</source>
        <translation>已将 {0} 合并到 {1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_merge.py" line="223"/>
        <source>%n record(s) moved.</source>
        <translation>
            <numerusform>已转移 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="236"/>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="261"/>
        <source>read the recent merges</source>
        <translation>读取最近的合并记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="274"/>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="277"/>
        <source>{0} (customer {1})</source>
        <translation>{0}（客户 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="289"/>
        <source>No customers have been merged yet.</source>
        <translation>尚未合并过客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="303"/>
        <source>Undone {0}</source>
        <translation>已于 {0} 撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="306"/>
        <source>Cannot be undone: a customer changed since</source>
        <translation>无法撤销：此后客户信息已有更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="309"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="312"/>
        <source>Undo merge of {0} into {1}</source>
        <translation>撤销将 {0} 合并到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="337"/>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="341"/>
        <source>Undone: customer {0} is separate from customer {1} again.</source>
        <translation>已撤销：客户 {0} 与客户 {1} 已重新分开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_merge.py" line="356"/>
        <source>undo a merge</source>
        <translation>撤销合并</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="134"/>
        <source>Inbound call in progress</source>
        <translation>呼入通话进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="136"/>
        <source>Outbound call in progress</source>
        <translation>呼出通话进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="140"/>
        <source>Missed inbound call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="142"/>
        <source>Unanswered outbound call</source>
        <translation>呼出未接通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="146"/>
        <source>Inbound call · talk {0}</source>
        <translation>呼入通话 · 通话 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="148"/>
        <source>Outbound call · talk {0}</source>
        <translation>呼出通话 · 通话 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="151"/>
        <source>hold {0}</source>
        <translation>保持 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="155"/>
        <source>at {0}</source>
        <translation>于 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="335"/>
        <source>Internal note · %1</source>
        <translation>内部备注 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="345"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/messages.py" line="346"/>
        <source>Queued — will send when online</source>
        <translation>已排队 — 联网后发送</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="55"/>
        <source>Notes about the customer</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="59"/>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="61"/>
        <source>A note about this customer, for every colleague (not the customer)</source>
        <translation>关于此客户的备注，所有同事可见（客户不可见）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="65"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="73"/>
        <source>No notes about this customer yet. Colleagues see what you write here.</source>
        <translation>还没有关于此客户的备注。您在此写的内容同事都能看到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="93"/>
        <source>Someone</source>
        <translation>某位同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="94"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="96"/>
        <source>{0} — Sending…</source>
        <translation>{0} — 正在发送…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="119"/>
        <source>A note has at most {0} characters.</source>
        <translation>备注最多 {0} 个字符。</translation>
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
        <translation>接受分配（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="106"/>
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="108"/>
        <source>Decline with a reason ({0})</source>
        <translation>说明原因并拒绝（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="110"/>
        <source>Customer profile</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="112"/>
        <source>Who is calling: history, orders and notes</source>
        <translation>来电客户：历史记录、订单和备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="178"/>
        <source>The offer was not accepted</source>
        <translation>未能接受分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="212"/>
        <source>Offer declined</source>
        <translation>已拒绝分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="217"/>
        <source>The offer was not declined</source>
        <translation>未能拒绝分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="241"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="242"/>
        <source>Incoming chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="243"/>
        <source>Email offered to you</source>
        <translation>分配给您的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="245"/>
        <source>Contact offered to you</source>
        <translation>分配给您的客户联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="246"/>
        <source>Conversation #{0}</source>
        <translation>会话 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="267"/>
        <source>First contact: no earlier conversations</source>
        <translation>首次联系：没有以往会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="277"/>
        <source>Recently: {0}</source>
        <translation>最近：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="309"/>
        <source>the customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="311"/>
        <source>Missed: the offer of {0} timed out</source>
        <translation>已错过：{0} 的分配已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="315"/>
        <source>The offer of {0} was declined</source>
        <translation>{0} 的分配已被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/calls/banner.py" line="317"/>
        <source>The offer of {0} was withdrawn</source>
        <translation>{0} 的分配已被撤回</translation>
    </message>
</context>
<context>
    <name>OpenComplaintDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="113"/>
        <source>Open a complaint</source>
        <translation>创建投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="116"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="139"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="120"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="140"/>
        <source>Severity</source>
        <translation>严重程度</translation>
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
        <translation>客户诉求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="127"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="143"/>
        <source>Contact channel</source>
        <translation>联系渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="128"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="129"/>
        <source>Phone</source>
        <translation>电话</translation>
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
        <translation>联系信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="138"/>
        <source>Contact details confirmed with the customer</source>
        <translation>已与客户确认联系信息</translation>
    </message>
</context>
<context>
    <name>OpenComplaintsView</name>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="84"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="87"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="88"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="89"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="90"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="91"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="92"/>
        <source>Age</source>
        <translation>已持续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="93"/>
        <source>Escalated to</source>
        <translation>升级至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/complaints.py" line="110"/>
        <source>No open complaints in your queues.</source>
        <translation>您的队列中没有未结投诉。</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="30"/>
        <source>placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="31"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="32"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/order_context.py" line="33"/>
        <source>delivered</source>
        <translation>已送达</translation>
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
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="59"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="60"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="61"/>
        <source>Delivered</source>
        <translation>已送达</translation>
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
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="109"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="110"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="111"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/orders.py" line="112"/>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
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
        <translation>订单</translation>
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
    <name>Privacy</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="60"/>
        <source>Viewed profile</source>
        <translation>查看资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="61"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="62"/>
        <source>Erased</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="63"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="64"/>
        <source>Undid merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="65"/>
        <source>Changed retention</source>
        <translation>更改保留设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="66"/>
        <source>Ran retention</source>
        <translation>执行数据保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="96"/>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="101"/>
        <source>The server cannot be reached: you are offline. Try again when online.</source>
        <translation>无法连接服务器：您处于离线状态。请在联网后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="104"/>
        <source>You are signed out: sign in again to do this.</source>
        <translation>您已退出登录：请重新登录后再执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="112"/>
        <source>Not found: {0}.</source>
        <translation>未找到：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="114"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="117"/>
        <source>forbidden</source>
        <translation>无权限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="118"/>
        <source>Only supervisors may do this (the server refused: {0}).</source>
        <translation>只有主管可以执行此操作（服务器拒绝：{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="123"/>
        <source>Already done: {0}.</source>
        <translation>已执行过：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="125"/>
        <source>Refused: {0}.</source>
        <translation>被拒绝：{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="127"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="128"/>
        <source>The server could not answer ({0}).</source>
        <translation>服务器无法响应（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_common.py" line="129"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="42"/>
        <source>Privacy sections</source>
        <translation>隐私分区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="44"/>
        <source>Access log</source>
        <translation>访问日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="45"/>
        <source>Retention</source>
        <translation>数据保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy.py" line="46"/>
        <source>Merge duplicates</source>
        <translation>合并重复客户</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="86"/>
        <source>Repeat contact</source>
        <translation>重复联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="88"/>
        <source>This customer contacted us within the last 7 days</source>
        <translation>此客户在过去 7 天内联系过我们</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="111"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="113"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="115"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="117"/>
        <source>Erase…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="141"/>
        <source>Consent</source>
        <translation>联系许可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="142"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="143"/>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="144"/>
        <source>Reach them at</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="145"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="184"/>
        <source>Erased customer</source>
        <translation>已清除的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="186"/>
        <source>Customer #{0}</source>
        <translation>客户 #{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="214"/>
        <source>{0} {1}/{2} ({3})</source>
        <translation>{0} {1}/{2}（{3}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="215"/>
        <source>No survey answers yet</source>
        <translation>暂无调查答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="221"/>
        <source>Time zone not known</source>
        <translation>时区未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="236"/>
        <source>Not fetched from the server yet: showing what this desk holds.</source>
        <translation>尚未从服务器获取：显示的是此工作台已保存的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="241"/>
        <source>You are offline; showing what this desk last saw at {0}</source>
        <translation>您处于离线状态；显示的是此工作台在 {0} 最后获取的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="242"/>
        <source>Profile as of {0}</source>
        <translation>资料更新于 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="251"/>
        <source>email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="252"/>
        <source>phone calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="253"/>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="257"/>
        <source>Allowed: {0}</source>
        <translation>允许：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="260"/>
        <source>No contact allowed</source>
        <translation>不允许联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="262"/>
        <source>Not allowed: {0}</source>
        <translation>不允许：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="268"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="275"/>
        <source>No email, phone or chat handle known</source>
        <translation>没有已知的邮箱、电话或聊天账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="283"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/header.py" line="283"/>
        <source>at risk</source>
        <translation>有流失风险</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="152"/>
        <source>Nothing promised to this customer is open.</source>
        <translation>没有对此客户未兑现的承诺。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="156"/>
        <source>Follow-up: {0}</source>
        <translation>跟进：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="156"/>
        <source>Callback: {0}</source>
        <translation>回拨：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="157"/>
        <source>(no note)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/notes.py" line="161"/>
        <source>Overdue since {0} — {1}</source>
        <translation>自 {0} 起已逾期 — {1}</translation>
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
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="49"/>
        <source>Bounce</source>
        <translation>退信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="50"/>
        <source>Mail loop</source>
        <translation>邮件循环</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="51"/>
        <source>Unreadable</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="52"/>
        <source>No sender address</source>
        <translation>无发件人地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="53"/>
        <source>Failed to take in</source>
        <translation>接收失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="288"/>
        <source>Mail quarantine</source>
        <translation>邮件隔离区</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="78"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="79"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="80"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="81"/>
        <source>Subject</source>
        <translation>主题</translation>
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
        <translation>已隔离的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="90"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="91"/>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="92"/>
        <source>Take this mail in again as a conversation</source>
        <translation>重新接收此邮件并生成会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="93"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="94"/>
        <source>Save raw…</source>
        <translation>保存原始邮件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="144"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="153"/>
        <source>Not signed in yet.</source>
        <translation>尚未登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="160"/>
        <source>Could not read the quarantine</source>
        <translation>无法读取隔离区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="188"/>
        <source>Showing the newest {0} of {1} quarantined mails</source>
        <translation>显示 {1} 封已隔离邮件中最新的 {0} 封</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="191"/>
        <source>No mail is in quarantine.</source>
        <translation>隔离区中没有邮件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="202"/>
        <source>Released into conversation {0}.</source>
        <translation>已放行到会话 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="204"/>
        <source>Released; it opened no conversation.</source>
        <translation>已放行；未生成会话。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="212"/>
        <source>Could not release it</source>
        <translation>无法放行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="221"/>
        <source>Delete the quarantined mail from {0}?</source>
        <translation>删除来自 {0} 的已隔离邮件？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="225"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="232"/>
        <source>Could not delete it</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="240"/>
        <source>Save the raw mail</source>
        <translation>保存原始邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="260"/>
        <source>Saved {0} to {1}.</source>
        <translation>已将 {0} 保存到 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="266"/>
        <source>Could not save it</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/quarantine.py" line="271"/>
        <source>Mail quarantine</source>
        <translation>邮件隔离区</translation>
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
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="173"/>
        <source>Resolve the complaint</source>
        <translation>解决投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="175"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="181"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="183"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="177"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="178"/>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="182"/>
        <source>Customer&apos;s satisfaction (1-5)</source>
        <translation>客户满意度（1-5）</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="67"/>
        <source>Days to keep messages of resolved conversations</source>
        <translation>已解决会话消息的保留天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="68"/>
        <source>Keep messages of resolved conversations for</source>
        <translation>已解决会话的消息保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="70"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="71"/>
        <source>Keep forever</source>
        <translation>永久保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="82"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="85"/>
        <source>Apply now…</source>
        <translation>立即执行…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="111"/>
        <source>Messages of resolved conversations older than this are redacted: the conversation stays (when, channel, queue, outcome) for the reports, its words do not. The server applies this every day.</source>
        <translation>已解决会话中超过此期限的消息将被抹除：会话记录（时间、渠道、队列、结果）会保留用于报表，但消息内容不会保留。服务器每天执行一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="142"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="155"/>
        <source>read the retention setting</source>
        <translation>读取保留设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="168"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="174"/>
        <source>Saved: messages are kept forever.</source>
        <translation>已保存：消息将永久保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="176"/>
        <source>Saved: messages are kept for %n day(s).</source>
        <translation>
            <numerusform>已保存：消息保留 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="186"/>
        <source>save the retention setting</source>
        <translation>保存保留设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="196"/>
        <source>The saved setting keeps messages forever, so nothing will be redacted now.</source>
        <translation>已保存的设置为永久保留消息，因此现在不会抹除任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="200"/>
        <source>Redact the messages of every conversation resolved more than %n day(s) ago, on the server and on every desk? This cannot be undone.</source>
        <translation>
            <numerusform>要在服务器和所有工作台上抹除所有解决于 %n 天前的会话的消息吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="207"/>
        <source>Apply retention now</source>
        <translation>立即执行数据保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="215"/>
        <source>Redact now</source>
        <translation>立即抹除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="238"/>
        <source>Applying…</source>
        <translation>正在执行…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="243"/>
        <source>Applied: %n conversation(s) redacted.</source>
        <translation>
            <numerusform>已执行：已抹除 %n 个会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/privacy_retention.py" line="245"/>
        <source>%n message(s) redacted.</source>
        <translation>
            <numerusform>已抹除 %n 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="256"/>
        <source>apply retention</source>
        <translation>执行数据保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/privacy_retention.py" line="265"/>
        <source>Not connected to the server yet.</source>
        <translation>尚未连接到服务器。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="96"/>
        <source>Blocks approval: {0}</source>
        <translation>阻止批准：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="104"/>
        <source>{0}: {1} ({2} paid)</source>
        <translation>{0}：{1}（计薪 {2}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="112"/>
        <location filename="../../desktop/ui/team/review.py" line="191"/>
        <source>Unknown agent</source>
        <translation>未知坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="117"/>
        <source>Swap</source>
        <translation>换班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="118"/>
        <source>{0} ⇄ {1}</source>
        <translation>{0} ⇄ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="121"/>
        <source>Giveaway</source>
        <translation>让班</translation>
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
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="147"/>
        <source>{0} (whole day)</source>
        <translation>{0}（全天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="150"/>
        <source>{0} to {1} (whole days)</source>
        <translation>{0} 至 {1}（全天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="153"/>
        <source>{0} {1} to {2} {3}</source>
        <translation>{0} {1} 至 {2} {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="167"/>
        <source>Vacation</source>
        <translation>年假</translation>
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
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="171"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="176"/>
        <source>Scheduled paid time it covers: {0}</source>
        <translation>涉及的排班计薪时长：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="188"/>
        <source>Time off: {0}</source>
        <translation>休假：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="281"/>
        <source>Nothing waits for your review.</source>
        <translation>没有等待您审核的申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="283"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="286"/>
        <source>Deny…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="312"/>
        <source>Requests waiting for review</source>
        <translation>等待审核的申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="307"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="308"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="309"/>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="310"/>
        <source>Rule warnings</source>
        <translation>规则提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="333"/>
        <source>{0}
asked {1} {2}</source>
        <translation>{0}
申请于 {1} {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="338"/>
        <source>No rule broken</source>
        <translation>未违反规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="409"/>
        <source>Deciding needs the server: you are offline</source>
        <translation>审批需要连接服务器：您处于离线状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="419"/>
        <source>A hard rule is broken: the server will refuse this.</source>
        <translation>违反了强制规则：服务器会拒绝此申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="432"/>
        <source>Sending your decision…</source>
        <translation>正在发送您的决定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="440"/>
        <source>review a swap</source>
        <translation>审核换班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="451"/>
        <source>review time off</source>
        <translation>审核休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="465"/>
        <source>Not approved: the rules refuse it now. Nothing changed.
{0}</source>
        <translation>未批准：当前规则不允许。没有做任何更改。
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="472"/>
        <source>Approved: {0} ({1}).</source>
        <translation>已批准：{0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/review.py" line="472"/>
        <source>Denied: {0} ({1}).</source>
        <translation>已拒绝：{0}（{1}）。</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_warnings.py" line="160"/>
        <source>check the swap rules</source>
        <translation>检查换班规则</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="95"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/email_view.py" line="96"/>
        <source>Open this link in your browser?

{0}</source>
        <translation>在浏览器中打开此链接？

{0}</translation>
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
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="19"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="20"/>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="21"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="22"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="23"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/names.py" line="24"/>
        <source>Off-queue work</source>
        <translation>非队列工作</translation>
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
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="113"/>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="114"/>
        <source>Swaps and time off</source>
        <translation>换班和休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="291"/>
        <location filename="../../desktop/ui/schedule/page.py" line="313"/>
        <source>Not connected: breaks start when you are online</source>
        <translation>未连接：联网后才能开始小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="297"/>
        <source>change presence</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="305"/>
        <source>Your break starts when this contact ends</source>
        <translation>此联系结束后开始您的小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="315"/>
        <location filename="../../desktop/ui/schedule/page.py" line="317"/>
        <source>Presence not changed: {0}</source>
        <translation>状态未更改：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="347"/>
        <source>{0} at {1}: in %n minute(s)</source>
        <translation>
            <numerusform>{0}于 {1} 开始：还有 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/schedule/page.py" line="350"/>
        <source>Your shift ends at {0}: in %n minute(s)</source>
        <translation>
            <numerusform>您的班次于 {0} 结束：还有 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/page.py" line="366"/>
        <source>read today&apos;s adherence</source>
        <translation>读取今日排班遵从情况</translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="91"/>
        <source>No shift this week.</source>
        <translation>本周没有班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="110"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="113"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="117"/>
        <location filename="../../desktop/ui/team/schedules.py" line="118"/>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="122"/>
        <location filename="../../desktop/ui/team/schedules.py" line="123"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="127"/>
        <source>Publish week</source>
        <translation>发布本周排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="130"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="147"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="150"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="165"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="185"/>
        <source>Shifts of the week</source>
        <translation>本周班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="179"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="180"/>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="181"/>
        <source>Paid</source>
        <translation>计薪</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="182"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="183"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="228"/>
        <source>Week of {0} to {1}</source>
        <translation>{0} 至 {1} 这一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="251"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="251"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="260"/>
        <source>Paid this week: {0}</source>
        <translation>本周计薪：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="281"/>
        <source>Changing schedules needs the server: you are offline</source>
        <translation>更改排班需要连接服务器：您处于离线状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="321"/>
        <source>Saving the shift…</source>
        <translation>正在保存班次…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="328"/>
        <source>edit a shift</source>
        <translation>编辑班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="336"/>
        <source>Shift removed.</source>
        <translation>班次已移除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="339"/>
        <source>Shift saved: {0}–{1}.</source>
        <translation>班次已保存：{0}–{1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="349"/>
        <source>Remove shift</source>
        <translation>移除班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="366"/>
        <source>Remove the shift of {0} on {1}? The agent is told.</source>
        <translation>要移除 {0} 在 {1} 的班次吗？系统会通知该坐席。</translation>
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
        <translation>正在发布本周排班…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="395"/>
        <source>publish a week</source>
        <translation>发布一周排班</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="402"/>
        <source>Published %n shift(s) of the week.</source>
        <translation>
            <numerusform>已发布本周 %n 个班次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="416"/>
        <source>Import schedules</source>
        <translation>导入排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="418"/>
        <source>Schedules (*.csv *.json);;All files (*)</source>
        <translation>排班文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="435"/>
        <source>{0} is too big to import (at most 16 MB): split it by week.</source>
        <translation>{0} 太大，无法导入（最大 16 MB）：请按周拆分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="444"/>
        <source>{0} could not be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="452"/>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="455"/>
        <source>import schedules</source>
        <translation>导入排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="463"/>
        <source>Nothing was imported: fix these rows and import the file again.</source>
        <translation>未导入任何内容：请修正这些行后重新导入文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="468"/>
        <source>Shift {0}: {1}</source>
        <translation>班次 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="470"/>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/schedules.py" line="474"/>
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="476"/>
        <source>Imported: {0} created, {1} replaced, {2} published.</source>
        <translation>已导入：新建 {0} 个，替换 {1} 个，发布 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="480"/>
        <source>Weeks: {0}</source>
        <translation>周：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="488"/>
        <source>The import was refused.</source>
        <translation>导入被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules.py" line="488"/>
        <source>Import done.</source>
        <translation>导入完成。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="116"/>
        <source>Script: {0} ({1})</source>
        <translation>话术：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="124"/>
        <source>- {0}: compliance statement confirmed</source>
        <translation>- {0}：已确认宣读合规声明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="128"/>
        <source>Path: {0}</source>
        <translation>路径：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="162"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="167"/>
        <source>Call script</source>
        <translation>通话话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="168"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="197"/>
        <source>Read to the customer</source>
        <translation>向客户宣读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="199"/>
        <source>Tick once you have read this statement to the customer</source>
        <translation>向客户宣读此声明后请勾选</translation>
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
        <translation>启动话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="361"/>
        <source>An amount, for example {0}</source>
        <translation>金额，例如 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="390"/>
        <source>Finished — the answers are saved as an internal note</source>
        <translation>已完成 — 答案已保存为内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="396"/>
        <source>To continue: {0}</source>
        <translation>继续之前：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="400"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="411"/>
        <source>confirm that you have read the compliance statement to the customer</source>
        <translation>确认已向客户宣读合规声明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="413"/>
        <source>“{0}” is required</source>
        <translation>“{0}”为必填项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="419"/>
        <location filename="../../desktop/ui/conversation/scripts.py" line="423"/>
        <source>save the script answers</source>
        <translation>保存话术答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation/scripts.py" line="419"/>
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
    <name>ShiftEditDialog</name>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="68"/>
        <source>Edit shift</source>
        <translation>编辑班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="71"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="72"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="73"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="76"/>
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="79"/>
        <source>Remove last</source>
        <translation>移除最后一项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="89"/>
        <source>Save shift</source>
        <translation>保存班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="98"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="108"/>
        <source>Activity {0}</source>
        <translation>活动 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="114"/>
        <source>Start of activity {0}</source>
        <translation>活动 {0} 的开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="115"/>
        <source>End of activity {0}</source>
        <translation>活动 {0} 的结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="159"/>
        <source>A shift has at least one activity.</source>
        <translation>一个班次至少要有一项活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="174"/>
        <source>Activity {0} must start when activity {1} ends.</source>
        <translation>活动 {0} 必须在活动 {1} 结束时开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="179"/>
        <source>Activity {0} lasts less than a minute.</source>
        <translation>活动 {0} 的时长不足一分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_edit.py" line="183"/>
        <source>A shift lasts at most 16 hours.</source>
        <translation>一个班次最长 16 小时。</translation>
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
    <name>SwapAccept</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_accept.py" line="34"/>
        <source>You are offline: trades can be accepted once the desk is connected again.</source>
        <translation>您处于离线状态：工作台重新连接后才能接受换班。</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="43"/>
        <source>You are offline: swaps can be sent once the desk is connected again.</source>
        <translation>您处于离线状态：工作台重新连接后才能发送换班申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="65"/>
        <source>Swap or give away a shift</source>
        <translation>换班或让班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="84"/>
        <source>Your shift</source>
        <translation>您的班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="87"/>
        <source>Swap: I want a shift in return</source>
        <translation>换班：我需要对方的一个班次作为交换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="89"/>
        <source>Give away: nothing in return</source>
        <translation>让班：不需要交换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="101"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="102"/>
        <source>Post to the board</source>
        <translation>发布到换班公告板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="107"/>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="116"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="109"/>
        <source>A word for your colleague (optional)</source>
        <translation>给同事的留言（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="113"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="114"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="115"/>
        <source>Offer to</source>
        <translation>提供给</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="120"/>
        <source>You have no published shifts ahead to trade.</source>
        <translation>您之后没有可交换的已发布班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="130"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="172"/>
        <source>Checking the rules...</source>
        <translation>正在检查规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="181"/>
        <source>The note is too long: at most {0} characters.</source>
        <translation>备注太长：最多 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="196"/>
        <source>No rule stands in the way.</source>
        <translation>没有违反任何规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="198"/>
        <source>A supervisor will review this.</source>
        <translation>主管将对此进行审核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="204"/>
        <source>The rules could not be checked: {0}</source>
        <translation>无法检查规则：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="222"/>
        <source>This cannot be sent: see the rules above.</source>
        <translation>无法发送：请查看上方的规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="243"/>
        <source>send the swap</source>
        <translation>发送换班申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_dialog.py" line="248"/>
        <source>The server refused this trade; nothing was sent.</source>
        <translation>服务器拒绝了此换班；没有发送任何内容。</translation>
    </message>
</context>
<context>
    <name>SwapRules</name>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="45"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="47"/>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="48"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="115"/>
        <source>This shift is not published yet: only published shifts can be traded.</source>
        <translation>此班次尚未发布：只有已发布的班次才能交换。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="124"/>
        <source>This time off starts in the past.</source>
        <translation>此休假的开始时间已过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="125"/>
        <source>This time off starts in the past ({0}).</source>
        <translation>此休假的开始时间已过（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="129"/>
        <source>This shift has started or is over: only future shifts can be traded.</source>
        <translation>此班次已开始或已结束：只有未来的班次才能交换。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="132"/>
        <source>This shift started at {0}: only future shifts can be traded.</source>
        <translation>此班次已于 {0} 开始：只有未来的班次才能交换。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="142"/>
        <source>Short notice for time off.</source>
        <translation>休假申请提前时间不足。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="143"/>
        <source>Short notice: {0} h before the time off starts; the usual notice is {1} h.</source>
        <translation>提前时间不足：距休假开始仅 {0} 小时；通常需要提前 {1} 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="148"/>
        <source>Too close to the shift: swaps need more notice.</source>
        <translation>离班次开始太近：换班需要更早提出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="151"/>
        <source>Less than {0} hours before the shift ({1} h left): swaps need at least {0} hours&apos; notice.</source>
        <translation>距班次开始不足 {0} 小时（还剩 {1} 小时）：换班至少需要提前 {0} 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="161"/>
        <source>The colleague is not a member of this shift&apos;s queues.</source>
        <translation>该同事不属于此班次的队列。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="164"/>
        <source>{0} is not a member of the queue {1}, which this shift serves.</source>
        <translation>{0} 不属于此班次负责的队列 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="175"/>
        <source>The colleague&apos;s skill level is below what this shift needs.</source>
        <translation>该同事的技能等级低于此班次的要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="178"/>
        <source>{0} has skill level {2} in {1}; this shift needs level {3}.</source>
        <translation>{0} 在 {1} 的技能等级为 {2}；此班次需要等级 {3}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="187"/>
        <source>The colleague does not serve every language of this shift.</source>
        <translation>该同事不能覆盖此班次的所有语言。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="190"/>
        <source>{0} does not serve {1}, a language of this shift.</source>
        <translation>{0} 不能使用此班次所需的语言：{1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="202"/>
        <source>The colleague already works at that time.</source>
        <translation>该同事在该时段已有班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="203"/>
        <source>{0} already works at that time (a shift starting {1}).</source>
        <translation>{0} 在该时段已有班次（{1} 开始的班次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="211"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="212"/>
        <source>a break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="213"/>
        <source>lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="214"/>
        <source>a meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="215"/>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="216"/>
        <source>off-queue work</source>
        <translation>非队列工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="217"/>
        <source>time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="226"/>
        <source>The schedule has {0} during this time off.</source>
        <translation>此休假期间排有{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="229"/>
        <source>The schedule has {0} during this time off ({1} – {2}).</source>
        <translation>此休假期间排有{0}（{1} – {2}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="239"/>
        <source>Too little rest between shifts after this trade.</source>
        <translation>换班后两个班次之间的休息时间不足。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="242"/>
        <source>{0} would rest only {1} h between shifts; the minimum is {2} h.</source>
        <translation>{0} 在两个班次之间只能休息 {1} 小时；最少需要 {2} 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="252"/>
        <source>This trade goes over the weekly maximum of paid hours.</source>
        <translation>此换班会超出每周计薪工时上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="255"/>
        <source>{0} would work {1} paid hours that week; the maximum is {2}.</source>
        <translation>{0} 该周的计薪工时将达到 {1} 小时；上限为 {2} 小时。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="264"/>
        <source>The two shifts are not paid the same length of time.</source>
        <translation>两个班次的计薪时长不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="267"/>
        <source>The two shifts are not paid the same: {0} and {1}.</source>
        <translation>两个班次的计薪时长不同：{0} 和 {1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="273"/>
        <source>A shift cannot be traded with oneself.</source>
        <translation>不能与自己交换班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="281"/>
        <source>This overlaps another time-off request.</source>
        <translation>此申请与另一个休假申请时间重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="284"/>
        <source>This overlaps another time-off request ({0} – {1}).</source>
        <translation>此申请与另一个休假申请时间重叠（{0} – {1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="289"/>
        <source>The colleague has approved time off during this shift.</source>
        <translation>该同事在此班次期间有已批准的休假。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="292"/>
        <source>{0} has approved time off during this shift.</source>
        <translation>{0} 在此班次期间有已批准的休假。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="321"/>
        <source>A scheduling rule is not met ({0}).</source>
        <translation>不符合一条排班规则（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="331"/>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="332"/>
        <source>Needs a supervisor&apos;s review</source>
        <translation>需要主管审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="338"/>
        <source>This cannot be sent.</source>
        <translation>无法发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/rules_text.py" line="340"/>
        <source>A supervisor will review this.</source>
        <translation>主管将对此进行审核。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="255"/>
        <source>Add a follow-up task</source>
        <translation>添加跟进任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="258"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="268"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="260"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="269"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="266"/>
        <location filename="../../desktop/ui/customer/complaint_dialogs.py" line="270"/>
        <source>Due</source>
        <translation>截止时间</translation>
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
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="106"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="108"/>
        <source>No agent has chosen a presence yet: everyone is Offline</source>
        <translation>还没有坐席选择状态：所有人都处于离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="153"/>
        <location filename="../../desktop/ui/team/page.py" line="180"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="155"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="157"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="159"/>
        <location filename="../../desktop/ui/team/page.py" line="172"/>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="162"/>
        <source>Adherence</source>
        <translation>排班遵从</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="164"/>
        <source>Schedules</source>
        <translation>排班</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team/page.py" line="172"/>
        <source>Requests (%n)</source>
        <translation>
            <numerusform>申请（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/page.py" line="224"/>
        <source>All queues</source>
        <translation>所有队列</translation>
    </message>
</context>
<context>
    <name>TeamSchedules</name>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="105"/>
        <source> (next day)</source>
        <translation>（次日）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="112"/>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="117"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="118"/>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="119"/>
        <source>Lunch</source>
        <translation>午餐</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="120"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="121"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="122"/>
        <source>Off-queue work</source>
        <translation>非队列工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="123"/>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="146"/>
        <source>Not connected: nothing was changed. Try again when online.</source>
        <translation>未连接：没有做任何更改。请在联网后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="150"/>
        <source>The server did not answer in time: check the result, then retry.</source>
        <translation>服务器未及时响应：请先检查结果，再重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="154"/>
        <source>The server refused: {0}</source>
        <translation>服务器拒绝：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team/schedules_common.py" line="158"/>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="43"/>
        <source>You are offline: requests can be sent once the desk is connected again.</source>
        <translation>您处于离线状态：工作台重新连接后才能发送申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="66"/>
        <source>Request time off</source>
        <translation>申请休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="81"/>
        <source>Send request</source>
        <translation>发送申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="107"/>
        <source>Kind of time off</source>
        <translation>休假类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="110"/>
        <source>Whole days</source>
        <translation>全天</translation>
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
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="124"/>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="134"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="130"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="145"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="146"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="164"/>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="166"/>
        <source>One request covers at most {0} days; split longer leave.</source>
        <translation>一次申请最多 {0} 天；更长的假期请分开申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="170"/>
        <source>The note is too long: at most {0} characters.</source>
        <translation>备注太长：最多 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="207"/>
        <source>request time off</source>
        <translation>申请休假</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="212"/>
        <source>The request was refused; nothing was sent.</source>
        <translation>申请被拒绝；没有发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="224"/>
        <source>Your request was sent; the supervisor will see these notes:</source>
        <translation>您的申请已发送；主管会看到以下提示：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeoff_dialog.py" line="226"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="51"/>
        <source>Today&apos;s schedule</source>
        <translation>今日排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/timeline.py" line="84"/>
        <source>No shift</source>
        <translation>无班次</translation>
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
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="105"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="106"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="108"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="109"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="110"/>
        <source>Wrap-up</source>
        <translation>小结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="111"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="140"/>
        <source>Messages not visible in your queues</source>
        <translation>不在您的队列中，消息不可见</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="144"/>
        <source>{0}, repeat</source>
        <translation>{0}，重复联系</translation>
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
        <translation>属于您不负责的队列：仅显示时间、渠道、队列和结果</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/customer/timeline.py" line="180"/>
        <source>Contact history</source>
        <translation>联系历史</translation>
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
    <name>TodayPanel</name>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="95"/>
        <location filename="../../desktop/ui/schedule/today.py" line="213"/>
        <source>Start break</source>
        <translation>开始小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="127"/>
        <source>Today, {0}</source>
        <translation>今日，{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="150"/>
        <source>Your shift is over for today. Have a good rest!</source>
        <translation>您今天的班次已结束。好好休息！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="152"/>
        <source>No shift today. Enjoy your day!</source>
        <translation>今天没有班次。祝您愉快！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="158"/>
        <source>Your shift starts at {0} (in {1})</source>
        <translation>您的班次于 {0} 开始（还有 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="164"/>
        <source>{0} until {1}</source>
        <translation>{0}，至 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="171"/>
        <source>Next: {0} at {1}, in {2}</source>
        <translation>下一项：{0}，{1} 开始，还有 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="178"/>
        <source>No more breaks in this shift</source>
        <translation>本班次没有其他小休了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="181"/>
        <source>Shift ends at {0}</source>
        <translation>班次于 {0} 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="185"/>
        <source>On schedule</source>
        <translation>符合排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="189"/>
        <source>Your schedule says {0} (since {1})</source>
        <translation>按排班您现在应为{0}（自 {1} 起）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="201"/>
        <source>Today: adherence {0}, conformance {1} (as of {2})</source>
        <translation>今日：遵从率 {0}，符合率 {1}（截至 {2}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="213"/>
        <source>Back from break</source>
        <translation>结束小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="217"/>
        <source>Not connected: breaks start when you are online</source>
        <translation>未连接：联网后才能开始小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/today.py" line="220"/>
        <source>Your break starts when this contact ends</source>
        <translation>此联系结束后开始您的小休</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="73"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="74"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="75"/>
        <source>Handle time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="76"/>
        <source>Wrap-up</source>
        <translation>小结</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="77"/>
        <source>Transferred</source>
        <translation>已转接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="78"/>
        <source>Resolved first time</source>
        <translation>首次解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="79"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kpi/trace.py" line="94"/>
        <source>Talk {0}, hold {1}, after-contact work {2}</source>
        <translation>通话 {0}，保持 {1}，话后处理 {2}</translation>
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
        <translation>{0} 接受了您的换班（{1}）；现在等待主管审核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="50"/>
        <source>{0} accepted your trade of {1}.</source>
        <translation>{0} 接受了您的换班（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="54"/>
        <source>Your trade of {0} was approved.</source>
        <translation>您的换班（{0}）已获批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="58"/>
        <source>Your trade of {0} was denied.</source>
        <translation>您的换班（{0}）被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="62"/>
        <source>Your trade of {0} expired: nobody took it in time.</source>
        <translation>您的换班（{0}）已过期：无人及时接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="72"/>
        <source>The trade of {0} with {1} was approved.</source>
        <translation>与 {1} 的换班（{0}）已获批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="76"/>
        <source>The trade of {0} with {1} was denied.</source>
        <translation>与 {1} 的换班（{0}）被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="103"/>
        <source>{0} offers you a trade of their shift {1}.</source>
        <translation>{0} 想用其班次 {1} 与您换班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="123"/>
        <source>Your time off {0} was approved.</source>
        <translation>您的休假（{0}）已获批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_notify.py" line="129"/>
        <source>Your time off {0} was denied.</source>
        <translation>您的休假（{0}）被拒绝。</translation>
    </message>
</context>
<context>
    <name>Trades</name>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="22"/>
        <source>Waiting for a colleague</source>
        <translation>等待同事接受</translation>
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
        <translation>等待主管审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="25"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="40"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="119"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="26"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="41"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="120"/>
        <source>Denied</source>
        <translation>已拒绝</translation>
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
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="53"/>
        <source>Vacation</source>
        <translation>年假</translation>
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
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="57"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="70"/>
        <source>Giveaway</source>
        <translation>让班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="71"/>
        <source>Swap</source>
        <translation>换班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="96"/>
        <source>{0} {1} – {2}</source>
        <translation>{0} {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="106"/>
        <source>nobody yet</source>
        <translation>暂无人</translation>
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
        <translation>已发起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="117"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="118"/>
        <source>Sent for review</source>
        <translation>已提交审核</translation>
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
        <translation>{1} {2} {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="144"/>
        <source>{0} of {1}: {2}</source>
        <translation>{0}（{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="154"/>
        <source>From {0}</source>
        <translation>来自 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="160"/>
        <source>Taken by {0}</source>
        <translation>由 {0} 接受</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="166"/>
        <source>Offered to {0}</source>
        <translation>提供给 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="171"/>
        <source>On the board</source>
        <translation>在公告板上</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="174"/>
        <source>Open until {0}</source>
        <translation>有效期至 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="180"/>
        <source>In return: {0}</source>
        <translation>交换班次：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="191"/>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="218"/>
        <source>Note: {0}</source>
        <translation>备注：{0}</translation>
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
        <translation>{0} 提交申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="231"/>
        <source>Not connected: nothing was sent.</source>
        <translation>未连接：没有发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="233"/>
        <source>The server did not answer in time; check the list before trying again.</source>
        <translation>服务器未及时响应；请先查看列表再重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="237"/>
        <source>The server refused: {0}</source>
        <translation>服务器拒绝：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/swap_text.py" line="240"/>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
</context>
<context>
    <name>TradesPanel</name>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="82"/>
        <source>Swap or give away a shift...</source>
        <translation>换班或让班…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="85"/>
        <source>Request time off...</source>
        <translation>申请休假…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="88"/>
        <source>Offline: trades and requests can be sent once connected.</source>
        <translation>离线：连接后才能发送换班和申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="99"/>
        <source>No swaps or time off yet. Your requests and their answers show here.</source>
        <translation>还没有换班或休假。您的申请及其答复会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="101"/>
        <source>Cancel request</source>
        <translation>取消申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="104"/>
        <source>Nobody has offered you a shift. Offers show here.</source>
        <translation>还没有人向您提供班次。提供给您的班次会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="107"/>
        <source>Accept...</source>
        <translation>接受…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="108"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="111"/>
        <source>The board is empty: no colleague in your queues is offering a shift.</source>
        <translation>公告板为空：您队列中的同事目前没有提供班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="114"/>
        <source>Pick up...</source>
        <translation>领取…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="115"/>
        <source>Offer a shift in return...</source>
        <translation>提供一个班次作为交换…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="118"/>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="119"/>
        <location filename="../../desktop/ui/schedule/trades.py" line="241"/>
        <source>Offered to me</source>
        <translation>提供给我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="120"/>
        <location filename="../../desktop/ui/schedule/trades.py" line="242"/>
        <source>Board</source>
        <translation>公告板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="241"/>
        <source>Offered to me ({0})</source>
        <translation>提供给我的（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="242"/>
        <source>Board ({0})</source>
        <translation>公告板（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="262"/>
        <source>Your trade was sent.</source>
        <translation>您的换班已发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="271"/>
        <source>Your time-off request was sent.</source>
        <translation>您的休假申请已发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="300"/>
        <source>Done: the shift is yours.</source>
        <translation>完成：此班次已归您。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="302"/>
        <source>Accepted: a supervisor will review the trade.</source>
        <translation>已接受：主管将审核此换班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="309"/>
        <source>decline the offer</source>
        <translation>拒绝换班邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="311"/>
        <source>cancel the trade</source>
        <translation>取消换班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="313"/>
        <source>cancel the request</source>
        <translation>取消申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="321"/>
        <source>Could not {0}: {1}</source>
        <translation>无法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/trades.py" line="328"/>
        <source>The server refused; nothing changed.</source>
        <translation>服务器拒绝了请求；没有做任何更改。</translation>
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
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="61"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="112"/>
        <source>This week, from {0}</source>
        <translation>本周，自 {0} 起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="114"/>
        <source>Week from {0}</source>
        <translation>自 {0} 起的一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule/weeks.py" line="117"/>
        <source>Paid hours this week: {0}</source>
        <translation>本周计薪工时：{0}</translation>
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
<context>
    <name>ops</name>
    <message>
        <location filename="../../desktop/ui/customer/complaint_actions.py" line="51"/>
        <source>Not signed in yet: try again in a moment.</source>
        <translation>尚未登录：请稍后重试。</translation>
    </message>
</context>
</TS>

# ruff: noqa: E501  (dialogue lines are prose; wrapping them would only hurt reading)
"""Multilingual demo content written for Frontline: names and contact-centre dialogues.

Shared by the demo seed and the simulators, so a newcomer sees the same kind of traffic
in the seeded history and in live simulated contacts. Languages: English (``en``),
Finnish (``fi``), Simplified Chinese (``zh-Hans``) and Traditional Chinese (``zh-Hant``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("en", "fi", "zh-Hans", "zh-Hant")

# (given, family) name parts; Chinese entries carry a romanisation for email addresses.
_EN_GIVEN = (
    "Olivia",
    "James",
    "Amelia",
    "Oliver",
    "Isla",
    "Harry",
    "Ava",
    "Jack",
    "Emily",
    "George",
    "Sophie",
    "Noah",
    "Grace",
    "Thomas",
    "Chloe",
    "William",
    "Ruby",
    "Daniel",
    "Hannah",
    "Samuel",
)
_EN_FAMILY = (
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
)
_FI_GIVEN = (
    "Aino",
    "Eero",
    "Helmi",
    "Juho",
    "Ella",
    "Mikko",
    "Sanna",
    "Ville",
    "Laura",
    "Antti",
    "Emilia",
    "Tuomas",
    "Noora",
    "Jussi",
    "Kaisa",
    "Matti",
    "Veera",
    "Petri",
    "Iida",
    "Lauri",
)
_FI_FAMILY = (
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
)
_ZH_FAMILY = (
    ("王", "王", "wang"),
    ("李", "李", "li"),
    ("张", "張", "zhang"),
    ("刘", "劉", "liu"),
    ("陈", "陳", "chen"),
    ("杨", "楊", "yang"),
    ("黄", "黃", "huang"),
    ("赵", "趙", "zhao"),
    ("吴", "吳", "wu"),
    ("周", "周", "zhou"),
    ("林", "林", "lin"),
    ("郑", "鄭", "zheng"),
)
_ZH_GIVEN = (
    ("伟", "偉", "wei"),
    ("芳", "芳", "fang"),
    ("娜", "娜", "na"),
    ("敏", "敏", "min"),
    ("静", "靜", "jing"),
    ("强", "強", "qiang"),
    ("磊", "磊", "lei"),
    ("丽华", "麗華", "lihua"),
    ("志明", "志明", "zhiming"),
    ("家豪", "家豪", "jiahao"),
    ("淑芬", "淑芬", "shufen"),
    ("建国", "建國", "jianguo"),
    ("晓东", "曉東", "xiaodong"),
    ("雅婷", "雅婷", "yating"),
    ("俊杰", "俊傑", "junjie"),
    ("美玲", "美玲", "meiling"),
)
_MAIL_DOMAINS = {
    "en": ("example.co.uk", "example.com", "mail.example.org"),
    "fi": ("example.fi", "posti.example.fi", "example.com"),
    "zh-Hans": ("example.cn", "mail.example.cn", "example.com"),
    "zh-Hant": ("example.tw", "example.hk", "example.com"),
}
_FI_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O"})


@dataclass(frozen=True)
class Person:
    """A made-up customer (the phone numbers use reserved drama/test ranges)."""

    name: str
    email: str
    phone: str
    language: str


def make_person(rng: random.Random, language: str, serial: int) -> Person:
    """A plausible customer in ``language``; ``serial`` keeps emails unique."""
    domain = rng.choice(_MAIL_DOMAINS[language])
    if language in ("en", "fi"):
        given = rng.choice(_EN_GIVEN if language == "en" else _FI_GIVEN)
        family = rng.choice(_EN_FAMILY if language == "en" else _FI_FAMILY)
        name = f"{given} {family}"
        local = f"{given}.{family}".translate(_FI_ASCII).lower()
    else:
        fam = rng.choice(_ZH_FAMILY)
        giv = rng.choice(_ZH_GIVEN)
        idx = 0 if language == "zh-Hans" else 1
        name = f"{fam[idx]}{giv[idx]}"
        local = f"{giv[2]}.{fam[2]}"
    n = rng.randrange(1000, 10000)
    phone = {
        "en": f"+44 7700 900{(n + serial) % 1000:03d}",  # Ofcom's drama range
        "fi": f"+358 40 {n % 1000:03d} {serial % 10000:04d}",
        "zh-Hans": f"+86 138 {n:04d} {serial % 10000:04d}",
        "zh-Hant": f"+886 912 {n % 1000:03d} {serial % 1000:03d}",
    }[language]
    return Person(name, f"{local}{serial}@{domain}", phone, language)


@dataclass(frozen=True)
class Dialogue:
    """One contact-centre exchange: subject, then alternating customer/agent lines."""

    topic: str
    subject: str
    lines: tuple[str, ...]  # customer, agent, customer, agent, ...


_D: dict[str, dict[str, tuple[str, ...]]] = {
    "billing": {
        "en": (
            "Charged twice for my March invoice",
            "Hi, I was charged twice for invoice 4471 this month. Can you refund one of the payments?",
            "Sorry about that! I can see two identical payments. I've started a refund for the duplicate; it takes 3-5 working days.",
            "Thanks. Will I get a confirmation by email?",
            "Yes, the refund confirmation is on its way to your email now. Anything else I can help with?",
            "No, that's all. Thank you!",
        ),
        "fi": (
            "Lasku veloitettiin kahdesti",
            "Hei, maaliskuun laskuni 4471 veloitettiin tililtäni kahteen kertaan. Voitteko palauttaa toisen maksun?",
            "Pahoittelut! Näen kaksi samanlaista maksua. Käynnistin palautuksen, se näkyy tililläsi 3–5 arkipäivässä.",
            "Kiitos. Saanko siitä vahvistuksen sähköpostiin?",
            "Kyllä, vahvistus lähti juuri sähköpostiisi. Voinko auttaa vielä jossain muussa?",
            "Ei muuta, kiitos paljon!",
        ),
        "zh-Hans": (
            "三月账单被重复扣款",
            "您好，我这个月的账单4471被扣了两次款，能退还其中一笔吗？",
            "非常抱歉！我看到了两笔相同的付款，已为您提交重复款项的退款，3到5个工作日到账。",
            "谢谢。会有邮件确认吗？",
            "会的，退款确认邮件已经发送到您的邮箱。还有其他可以帮您的吗？",
            "没有了，谢谢！",
        ),
        "zh-Hant": (
            "三月帳單被重複扣款",
            "您好，我這個月的帳單4471被扣了兩次款，可以退還其中一筆嗎？",
            "非常抱歉！我看到了兩筆相同的付款，已為您提交重複款項的退款，3到5個工作天入帳。",
            "謝謝。會有電子郵件確認嗎？",
            "會的，退款確認信已寄到您的信箱。還有其他需要協助的地方嗎？",
            "沒有了，謝謝！",
        ),
    },
    "delivery": {
        "en": (
            "Parcel not delivered yet",
            "My order 88213 should have arrived on Tuesday but tracking hasn't moved for three days.",
            "I'm sorry for the wait. The parcel is held at the regional depot; I've asked the courier to prioritise it for tomorrow.",
            "Can I pick it up myself instead?",
            "Of course. I've changed it to collection at the depot from 2 pm today; bring the order number and ID.",
            "Great, I'll go this afternoon.",
        ),
        "fi": (
            "Paketti ei ole vielä saapunut",
            "Tilaukseni 88213 piti tulla tiistaina, mutta seuranta ei ole päivittynyt kolmeen päivään.",
            "Pahoittelen odotusta. Paketti on jäänyt alueterminaaliin, pyysin kuljetusliikettä toimittamaan sen huomenna ensimmäisenä.",
            "Voinko hakea sen itse?",
            "Totta kai. Muutin toimituksen noudoksi terminaalista tänään klo 14 alkaen, ota mukaan tilausnumero ja henkilöllisyystodistus.",
            "Hienoa, haen sen iltapäivällä.",
        ),
        "zh-Hans": (
            "包裹还没有送到",
            "我的订单88213本应周二送达，但物流信息已经三天没有更新了。",
            "很抱歉让您久等。包裹滞留在区域转运中心，我已联系快递公司明天优先派送。",
            "我可以自己去取吗？",
            "当然可以。已改为今天下午2点后到转运中心自提，请携带订单号和身份证件。",
            "好的，我下午去取。",
        ),
        "zh-Hant": (
            "包裹還沒有送到",
            "我的訂單88213原本應該週二送達，但物流資訊已經三天沒有更新了。",
            "很抱歉讓您久等。包裹停留在區域物流中心，我已聯絡貨運公司明天優先配送。",
            "我可以自己去取件嗎？",
            "當然可以。已改為今天下午2點後到物流中心自取，請攜帶訂單編號和身分證件。",
            "好的，我下午去拿。",
        ),
    },
    "returns": {
        "en": (
            "Return a jacket that doesn't fit",
            "I'd like to return a jacket, it's too small. Do I need to pay for the return postage?",
            "Returns are free within 30 days. I've emailed you a prepaid label; drop the parcel at any post office.",
            "When will I get my money back?",
            "Within 5 working days of the warehouse receiving it. You'll get an email when it's processed.",
            "Perfect, thanks.",
        ),
        "fi": (
            "Liian pienen takin palautus",
            "Haluaisin palauttaa takin, se on liian pieni. Pitääkö palautuksen postikulut maksaa itse?",
            "Palautus on maksuton 30 päivän sisällä. Lähetin sähköpostiisi valmiiksi maksetun osoitekortin, paketin voi jättää mihin tahansa postiin.",
            "Milloin saan rahat takaisin?",
            "Viiden arkipäivän kuluessa siitä, kun varasto on vastaanottanut paketin. Saat siitä ilmoituksen sähköpostiin.",
            "Selvä, kiitos.",
        ),
        "zh-Hans": (
            "外套尺码不合适想退货",
            "我想退一件外套，尺码太小了。退货运费需要我自己付吗？",
            "30天内退货免运费。我已把预付快递单发到您的邮箱，您可以在任何邮局寄出。",
            "退款什么时候到账？",
            "仓库收到退货后5个工作日内退款，处理完成后会邮件通知您。",
            "好的，谢谢。",
        ),
        "zh-Hant": (
            "外套尺寸不合想退貨",
            "我想退一件外套，尺寸太小了。退貨運費需要我自己付嗎？",
            "30天內退貨免運費。我已將預付貨運單寄到您的信箱，您可以在任何郵局寄出。",
            "退款什麼時候會入帳？",
            "倉庫收到退貨後5個工作天內退款，處理完成後會以電子郵件通知您。",
            "好的，謝謝。",
        ),
    },
    "password": {
        "en": (
            "Can't log in to my account",
            "I forgot my password and the reset email never arrives. Can you help?",
            "Let's sort that out. I've sent a new reset link; please check your spam folder too. The link is valid for 30 minutes.",
            "Got it, and I'm in now.",
            "Glad to hear it! I'd recommend turning on two-step verification in your account settings.",
            "Will do, thanks.",
        ),
        "fi": (
            "En pääse kirjautumaan tililleni",
            "Unohdin salasanani, eikä palautusviesti tule perille. Voitteko auttaa?",
            "Hoidetaan asia. Lähetin uuden palautuslinkin, katso myös roskapostikansio. Linkki on voimassa 30 minuuttia.",
            "Sain sen, ja pääsin nyt sisään.",
            "Hienoa! Suosittelen ottamaan kaksivaiheisen tunnistautumisen käyttöön tilin asetuksista.",
            "Teen niin, kiitos.",
        ),
        "zh-Hans": (
            "无法登录账户",
            "我忘记了密码，重置邮件一直收不到，能帮帮我吗？",
            "我来帮您处理。已重新发送重置链接，请同时检查垃圾邮件文件夹，链接30分钟内有效。",
            "收到了，我现在已经登录了。",
            "太好了！建议您在账户设置中开启两步验证。",
            "好的，谢谢。",
        ),
        "zh-Hant": (
            "無法登入帳戶",
            "我忘記了密碼，重設信一直收不到，可以幫我嗎？",
            "我來幫您處理。已重新寄出重設連結，請同時檢查垃圾郵件匣，連結30分鐘內有效。",
            "收到了，我現在已經登入了。",
            "太好了！建議您在帳戶設定中開啟兩步驟驗證。",
            "好的，謝謝。",
        ),
    },
    "complaint": {
        "en": (
            "Complaint about rude service in store",
            "I want to make a complaint. The staff at your Leeds store were rude when I asked about a warranty repair.",
            "I'm very sorry to hear that. I've recorded a formal complaint with your details and passed it to the store manager.",
            "I'd like someone to call me back about it.",
            "The store manager will call you within two working days, and I'll follow up to make sure it's resolved.",
            "Thank you for taking it seriously.",
        ),
        "fi": (
            "Valitus myymälän asiakaspalvelusta",
            "Haluan tehdä valituksen. Tampereen myymälän henkilökunta oli epäkohtelias, kun kysyin takuukorjauksesta.",
            "Olen todella pahoillani. Kirjasin virallisen valituksen tiedoillasi ja välitin sen myymäläpäällikölle.",
            "Haluaisin, että minulle soitetaan asiasta.",
            "Myymäläpäällikkö soittaa sinulle kahden arkipäivän kuluessa, ja seuraan itse, että asia ratkeaa.",
            "Kiitos, että otatte asian vakavasti.",
        ),
        "zh-Hans": (
            "投诉门店服务态度",
            "我要投诉。我在你们北京门店咨询保修维修时，店员态度很差。",
            "非常抱歉给您带来不好的体验。我已登记正式投诉并转交门店经理处理。",
            "我希望有人给我回电话。",
            "门店经理会在两个工作日内给您回电，我也会跟进直到问题解决。",
            "谢谢你们重视。",
        ),
        "zh-Hant": (
            "投訴門市服務態度",
            "我要投訴。我在你們台北門市詢問保固維修時，店員態度很差。",
            "非常抱歉造成您不愉快的經驗。我已登記正式投訴並轉交門市經理處理。",
            "我希望有人回電給我。",
            "門市經理會在兩個工作天內回電給您，我也會持續追蹤直到問題解決。",
            "謝謝你們重視。",
        ),
    },
    "outage": {
        "en": (
            "Internet down since this morning",
            "Our broadband has been down since 7 am. The router light is blinking red.",
            "There's a known outage in your area after cable damage. Engineers are on site; the estimate is 4 pm today.",
            "Will we be compensated?",
            "Yes, outages over 12 hours are credited automatically on your next bill. I'll text you when service is back.",
            "OK, thanks for the update.",
        ),
        "fi": (
            "Netti ollut poikki aamusta asti",
            "Laajakaistamme on ollut poikki kello 7 lähtien. Reitittimen valo vilkkuu punaisena.",
            "Alueellasi on kaapelivaurion aiheuttama vika. Asentajat ovat paikalla, arvio korjauksesta on tänään klo 16.",
            "Saammeko hyvitystä?",
            "Kyllä, yli 12 tunnin katkot hyvitetään automaattisesti seuraavalla laskulla. Lähetän tekstiviestin, kun yhteys toimii.",
            "Selvä, kiitos tiedosta.",
        ),
        "zh-Hans": (
            "从早上开始断网",
            "我们家的宽带从早上7点就断了，路由器指示灯一直闪红灯。",
            "您所在区域因光缆受损出现故障，工程师正在现场抢修，预计今天下午4点恢复。",
            "会有补偿吗？",
            "会的，超过12小时的中断将自动在下期账单中抵扣。恢复后我会短信通知您。",
            "好的，谢谢告知。",
        ),
        "zh-Hant": (
            "從早上開始斷網",
            "我們家的寬頻從早上7點就斷了，路由器燈號一直閃紅燈。",
            "您所在區域因纜線受損發生故障，工程師正在現場搶修，預計今天下午4點恢復。",
            "會有補償嗎？",
            "會的，超過12小時的中斷將自動於下期帳單中扣抵。恢復後我會傳簡訊通知您。",
            "好的，謝謝告知。",
        ),
    },
    "callback": {
        "en": (
            "Callback request about my contract",
            "Could someone call me back about renewing my contract? I'm free after 5 pm.",
            "Certainly. I've booked a callback for today between 5 and 6 pm with our contracts team.",
            "Thanks, please use my mobile number.",
            "Noted: the mobile number on your account. Speak soon!",
            "Thank you.",
        ),
        "fi": (
            "Soittopyyntö sopimuksesta",
            "Voisiko joku soittaa minulle sopimukseni jatkamisesta? Olen tavoitettavissa klo 17 jälkeen.",
            "Toki. Varasin sopimustiimiltä soiton tälle päivälle klo 17–18.",
            "Kiitos, soittakaa matkapuhelimeeni.",
            "Merkitty: tiliin tallennettu matkapuhelinnumero. Kuulemiin!",
            "Kiitos.",
        ),
        "zh-Hans": (
            "合同续约回电请求",
            "能请人给我回个电话谈一下续约吗？我下午5点以后有空。",
            "没问题。我已为您预约合同团队今天下午5点到6点回电。",
            "谢谢，请打我的手机。",
            "已备注：使用您账户中的手机号码。稍后联系！",
            "谢谢。",
        ),
        "zh-Hant": (
            "合約續約回電請求",
            "可以請人回電給我討論續約嗎？我下午5點以後有空。",
            "沒問題。我已為您預約合約團隊今天下午5點到6點回電。",
            "謝謝，請打我的手機。",
            "已備註：使用您帳戶中的手機號碼。稍後聯絡！",
            "謝謝。",
        ),
    },
}

TOPICS: tuple[str, ...] = tuple(_D)
TOPIC_QUEUE = {
    "billing": "Billing",
    "delivery": "Delivery",
    "returns": "Delivery",
    "password": "Technical Support",
    "complaint": "General",
    "outage": "Technical Support",
    "callback": "General",
}


def dialogue(topic: str, language: str) -> Dialogue:
    """The ``topic`` exchange in ``language``."""
    subject, *lines = _D[topic][language]
    return Dialogue(topic, subject, tuple(lines))


FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Any news on this?",
        "Just checking in, is anyone looking at my case?",
        "Sorry, one more question about this.",
        "Thanks, I'll wait for your reply.",
    ),
    "fi": (
        "Onko tähän tullut uutta?",
        "Katsooko kukaan asiaani?",
        "Anteeksi, vielä yksi kysymys tästä.",
        "Kiitos, odotan vastaustanne.",
    ),
    "zh-Hans": (
        "请问有进展吗？",
        "想确认一下，有人在处理我的问题吗？",
        "不好意思，关于这个还有一个问题。",
        "谢谢，我等你们的回复。",
    ),
    "zh-Hant": (
        "請問有進展嗎？",
        "想確認一下，有人在處理我的問題嗎？",
        "不好意思，關於這個還有一個問題。",
        "謝謝，我等你們的回覆。",
    ),
}

"""What the survey mail and page say, in the customer's language (en, fi, zh-Hans,
zh-Hant): customers never see the desk's Qt catalogues, so their words live here, one
table per language with the same keys (a test checks that every language has them all).
"""

from __future__ import annotations

LANGUAGES = ("en", "fi", "zh-Hans", "zh-Hant")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "How did we do? {subject}",
        "subject_plain": "How did we do?",
        "hello": "Hello {name},",
        "mail_body": (
            "thank you for contacting us. Would you tell us how we did? It takes a few seconds:"
        ),
        "mail_link": "Answer the survey",
        "mail_footer": "This is an automatic message; you can simply ignore it.",
        "title": "How did we do?",
        "intro": "Thank you for contacting us. Your answer helps us serve you better.",
        "csat_legend": "How satisfied are you with the help you got?",
        "csat_1": "1 - Very dissatisfied",
        "csat_2": "2 - Dissatisfied",
        "csat_3": "3 - Neither",
        "csat_4": "4 - Satisfied",
        "csat_5": "5 - Very satisfied",
        "nps_legend": "How likely are you to recommend us to a friend? (optional)",
        "nps_low": "0 = not at all likely",
        "nps_high": "10 = extremely likely",
        "comment_label": "Anything else you want to tell us? (optional)",
        "send": "Send answer",
        "problems": "Please check your answer",
        "need_csat": "Please choose how satisfied you are (1 to 5).",
        "bad_nps": "A recommendation score is a whole number from 0 to 10.",
        "long_comment": "The comment is too long (at most {limit} characters).",
        "thanks_title": "Thank you!",
        "thanks": (
            "Your answer is saved. If you change your mind, you can open the link "
            "again: a new answer replaces this one."
        ),
        "missing_title": "Survey not found",
        "missing": (
            "This survey link does not work. It may be mistyped or no longer valid. "
            "If you copied it from an email, please check that the whole link was copied."
        ),
        "bad_request_title": "Answer not understood",
        "bad_request": "We could not read this answer. Please open the survey link again.",
    },
    "fi": {
        "subject": "Miten onnistuimme? {subject}",
        "subject_plain": "Miten onnistuimme?",
        "hello": "Hei {name},",
        "mail_body": (
            "kiitos yhteydenotostasi. Kertoisitko, miten onnistuimme? Vastaaminen vie vain hetken:"
        ),
        "mail_link": "Vastaa kyselyyn",
        "mail_footer": "Tämä on automaattinen viesti; voit jättää sen huomiotta.",
        "title": "Miten onnistuimme?",
        "intro": "Kiitos yhteydenotostasi. Vastauksesi auttaa meitä palvelemaan paremmin.",
        "csat_legend": "Kuinka tyytyväinen olet saamaasi apuun?",
        "csat_1": "1 - Erittäin tyytymätön",
        "csat_2": "2 - Tyytymätön",
        "csat_3": "3 - En tyytyväinen enkä tyytymätön",
        "csat_4": "4 - Tyytyväinen",
        "csat_5": "5 - Erittäin tyytyväinen",
        "nps_legend": "Kuinka todennäköisesti suosittelisit meitä ystävällesi? (valinnainen)",
        "nps_low": "0 = en lainkaan todennäköisesti",
        "nps_high": "10 = erittäin todennäköisesti",
        "comment_label": "Haluatko kertoa meille jotain muuta? (valinnainen)",
        "send": "Lähetä vastaus",
        "problems": "Tarkista vastauksesi",
        "need_csat": "Valitse, kuinka tyytyväinen olet (1-5).",
        "bad_nps": "Suositteluhalukkuus on kokonaisluku 0-10.",
        "long_comment": "Kommentti on liian pitkä (enintään {limit} merkkiä).",
        "thanks_title": "Kiitos!",
        "thanks": (
            "Vastauksesi on tallennettu. Jos muutat mielesi, voit avata linkin "
            "uudelleen: uusi vastaus korvaa tämän."
        ),
        "missing_title": "Kyselyä ei löydy",
        "missing": (
            "Tämä kyselylinkki ei toimi. Se voi olla kirjoitettu väärin tai vanhentunut. "
            "Jos kopioit sen sähköpostista, tarkista, että koko linkki kopioitui."
        ),
        "bad_request_title": "Vastausta ei ymmärretty",
        "bad_request": "Emme voineet lukea vastausta. Avaa kyselylinkki uudelleen.",
    },
    "zh-Hans": {
        "subject": "您对我们的服务满意吗？{subject}",
        "subject_plain": "您对我们的服务满意吗？",
        "hello": "{name}，您好：",
        "mail_body": "感谢您联系我们。能否告诉我们您对这次服务的评价？只需几秒钟：",
        "mail_link": "填写调查",
        "mail_footer": "这是一封自动发送的邮件，您可以忽略它。",
        "title": "您对我们的服务满意吗？",
        "intro": "感谢您联系我们。您的回答帮助我们更好地为您服务。",
        "csat_legend": "您对获得的帮助有多满意？",
        "csat_1": "1 - 非常不满意",
        "csat_2": "2 - 不满意",
        "csat_3": "3 - 一般",
        "csat_4": "4 - 满意",
        "csat_5": "5 - 非常满意",
        "nps_legend": "您有多大可能向朋友推荐我们？（可选）",
        "nps_low": "0 = 完全不可能",
        "nps_high": "10 = 非常可能",
        "comment_label": "还有什么想告诉我们的吗？（可选）",
        "send": "提交回答",
        "problems": "请检查您的回答",
        "need_csat": "请选择您的满意程度（1 到 5）。",
        "bad_nps": "推荐评分是 0 到 10 之间的整数。",
        "long_comment": "评论太长（最多 {limit} 个字符）。",
        "thanks_title": "谢谢！",
        "thanks": "您的回答已保存。如果您改变主意，可以再次打开链接：新的回答会替换这次的回答。",
        "missing_title": "找不到调查",
        "missing": (
            "此调查链接无效，可能输入有误或已失效。如果您是从邮件中复制的，请确认复制了完整的链接。"
        ),
        "bad_request_title": "无法识别回答",
        "bad_request": "我们无法读取此回答。请重新打开调查链接。",
    },
    "zh-Hant": {
        "subject": "您對我們的服務滿意嗎？{subject}",
        "subject_plain": "您對我們的服務滿意嗎？",
        "hello": "{name}，您好：",
        "mail_body": "感謝您聯絡我們。能否告訴我們您對這次服務的評價？只需幾秒鐘：",
        "mail_link": "填寫問卷",
        "mail_footer": "這是一封自動發送的郵件，您可以忽略它。",
        "title": "您對我們的服務滿意嗎？",
        "intro": "感謝您聯絡我們。您的回答幫助我們更好地為您服務。",
        "csat_legend": "您對獲得的協助有多滿意？",
        "csat_1": "1 - 非常不滿意",
        "csat_2": "2 - 不滿意",
        "csat_3": "3 - 普通",
        "csat_4": "4 - 滿意",
        "csat_5": "5 - 非常滿意",
        "nps_legend": "您有多大可能向朋友推薦我們？（選填）",
        "nps_low": "0 = 完全不可能",
        "nps_high": "10 = 非常可能",
        "comment_label": "還有什麼想告訴我們的嗎？（選填）",
        "send": "送出回答",
        "problems": "請檢查您的回答",
        "need_csat": "請選擇您的滿意程度（1 到 5）。",
        "bad_nps": "推薦評分是 0 到 10 之間的整數。",
        "long_comment": "評論太長（最多 {limit} 個字元）。",
        "thanks_title": "謝謝！",
        "thanks": "您的回答已儲存。如果您改變主意，可以再次開啟連結：新的回答會取代這次的回答。",
        "missing_title": "找不到問卷",
        "missing": (
            "此問卷連結無效，可能輸入有誤或已失效。如果您是從郵件中複製的，請確認複製了完整的連結。"
        ),
        "bad_request_title": "無法識別回答",
        "bad_request": "我們無法讀取此回答。請重新開啟問卷連結。",
    },
}


def language_of(tag: str | None) -> str:
    """The page and mail language for a customer's language tag: ``fi-FI`` -> ``fi``,
    ``zh-TW`` / ``zh-HK`` / ``zh-Hant`` -> ``zh-Hant``, other Chinese -> ``zh-Hans``,
    anything else -> ``en``."""
    value = (tag or "").strip().replace("_", "-").lower()
    if value.startswith("fi"):
        return "fi"
    if value.startswith("zh"):
        parts = set(value.split("-")[1:])
        return "zh-Hant" if parts & {"hant", "tw", "hk", "mo"} else "zh-Hans"
    return "en"


def text(language: str, key: str, **values: object) -> str:
    """One text in ``language`` (English when the language is unknown), formatted."""
    table = TEXTS.get(language, TEXTS["en"])
    return table[key].format(**values) if values else table[key]

"""The words of web-page furniture in the corpus's languages (tr, ky, kk, ru, en), compared by `fold`.

Whole lines are matched, never words inside a sentence, so "Yorumlar" as a line is a comment box while
"yorumlar" in an article sentence is text. Entries are written naturally and folded once at import.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_WORD = re.compile(r"[\W_]+")
_ASCII = frozenset(map(chr, range(128)))
_DIGITS = re.compile(r"\d+")


def fold(text: str) -> str:
    """Lowercase, Turkish dotted/dotless i merged, diacritics dropped, punctuation to single spaces."""
    text = text.replace("İ", "i").replace("I", "i").replace("ı", "i").lower()
    text = _without_marks(unicodedata.normalize("NFKD", text))
    return _NOT_WORD.sub(" ", text).strip()


def _without_marks(text: str) -> str:
    """`text` without combining marks, testing only its distinct non-ASCII characters (as sort keys do):
    a Python test per character was most of the folding of short lines."""
    if text.isascii():
        return text
    for char in set(text) - _ASCII:
        if unicodedata.combining(char):
            text = text.replace(char, "")
    return text


def fold_without_counts(text: str) -> str:
    """`fold` with numbers removed: "Yorumlar (12)" and "Комментарии 0" match their bare entries."""
    return " ".join(_DIGITS.sub(" ", fold(text)).split())


# Longer lines are never furniture of these lists (the longest entry has under 40 characters; a count
# or punctuation may follow it), so they are not folded at all: detection stays cheap on article text.
LONGEST_LINE = 60


def lexicon_key(line: str) -> str | None:
    """The key a whole line is looked up by in these lists, or None for a line too long to be one."""
    return _short_line_key(line) if len(line) <= LONGEST_LINE else None


@lru_cache(maxsize=4096)
def _short_line_key(line: str) -> str:
    """Cached (only short lines, so the cache stays small): detection asks for the same line's key from
    several rules, and furniture lines recur from document to document."""
    return fold_without_counts(line)


def _folded(entries: str) -> frozenset[str]:
    return frozenset(fold(line) for line in entries.strip().splitlines() if line.strip())


# Comment boxes: the prompt, the heading and the count.
COMMENT_BOX = _folded("""
Yorum yaz
Yorum yap
Yorumlar
Yorum
Yorumunuz
Yorum gönder
Bu habere yorum yapın
İlk yorumu siz yapın
Yorumları göster
Комментарии
Комментарий
Оставить комментарий
Написать комментарий
Добавить комментарий
Комментировать
Пикир
Пикирлер
Пикир калтыруу
Пикир жазуу
Пикир кошуу
Пікір
Пікірлер
Пікір қалдыру
Comments
Comment
Leave a comment
Leave a reply
Add comment
Post a comment
""")

# Share buttons and social links, alone on their lines.
SHARE = _folded("""
Paylaş
Paylaşın
Haberi paylaş
Tweetle
Tweet
Facebook
Twitter
WhatsApp
Telegram
VKontakte
Одноклассники
ВКонтакте
Поделиться
Бөлүшүү
Бөлүшүңүз
Бөлісу
Share
Share this
Print
Yazdır
Печать
Басып чыгаруу
E-posta
Email
""")

# Headings of photo galleries and of "other photos" lists; the caption lines after them go with them.
OTHER_PHOTOS = _folded("""
Diğer fotoğraflar
Habere ilişkin diğer fotoğraflar
Haberle ilgili fotoğraflar
Fotoğraf galerisi
Foto galeri
Башка сүрөттөр
Сүрөттөр
Сүрөт галереясы
Фотогалерея
Другие фото
Другие фотографии
Фото
Басқа суреттер
Other photos
Photo gallery
Photos
Gallery
""")

# Headings of related-article lists.
RELATED = _folded("""
İlgili haberler
Diğer haberler
Benzer haberler
Bunlar da ilginizi çekebilir
Son haberler
Читайте также
Похожие новости
Другие новости
Последние новости
Тектеш жаңылыктар
Окшош жаңылыктар
Башка жаңылыктар
Акыркы жаңылыктар
Ошондой эле окуңуз
Related news
Related articles
Read also
Read more
See also
""")

# Section names of news sites, shown alone (often with an article or comment count) above a story.
SECTIONS = _folded("""
Gündem
Siyaset
Politika
Dünya
Ekonomi
Türkiye
Spor
Kültür
Kültür sanat
Son dakika
Haberler
Dış haberler
Политика
Экономика
Общество
В мире
Мир
Происшествия
Спорт
Культура
Новости
Регионы
Саясат
Экономика
Коом
Дүйнө
Маданият
Аймактар
Жаңылыктар
Укук
Саясат
Қоғам
Әлем
Politics
Economy
World
Society
News
Sport
Culture
""")

# The first item of a breadcrumb trail.
HOME = _folded("""
Ana sayfa
Anasayfa
Главная
Главная страница
Башкы бет
Башкы барак
Басты бет
Home
""")

CURRENCY = r"USD|EUR|RUB|KGS|KZT|TRY|UZS|TJS|CNY|GBP|TL|сом|som|руб|рубль|тенге|доллар|евро|\$|€|₽|₺|₸"

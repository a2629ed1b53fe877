"""A synthetic Turkish news NER corpus in CoNLL form (PER, ORG, LOC), for the training benchmark.

No Turkish NER corpus is packaged where this machine can reach it, so one is generated: ~60 sentence
templates of political news with names from the default knowledge base, the seeds' people and places,
Turkish provinces and world capitals, and people made of 160 first names and 160 surnames. Names take
their case suffix after an apostrophe in the same token, as in the public Turkish NER corpora
("Ankara'da" is B-LOC). A share of names never occurs in training (the test split asks for
generalisation, not memory), some sentences have no entity, and some entity-like words (month names,
"Cumhurbaşkanı", sentence-initial "Deniz", "Kaya", "Gül") are not entities. With `noise`, sentences are
typed without Turkish letters or in lower case, as on the web. It is easier than real news: say so.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = """Ahmet Mehmet Mustafa Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman
Abdullah Mahmut Recep Salih Fatih Kemal Kadir Emre Burak Serkan Hakan Cem Can Deniz Onur Tolga Volkan Selim
Erdal Levent Cengiz Gökhan Uğur Barış Tuncay Orhan Nihat Zeki Sinan Taner Ercan Yavuz Bülent Metin Erkan
Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Büşra Esra Özlem Derya Gül
Sevgi Nur Aslı Pınar Ebru Tuba Gamze Sibel Yasemin Dilek Canan Leyla Hülya Nesrin Filiz Melek Nermin
Sadır Ruslan Almazbek Kurmanbek Askar Nursultan Kasım Cömert Jeenbek Taalatbek Akılbek Ulukbek Temir
Kamçıbek Daniyar Marat Azamat Bakıt Erlan Aybek Nurlan Rustam Timur Farhad Şavkat Abdulaziz Emomali
Vladimir Sergey Dmitriy Aleksandr Nikolay İgor Andrey Mikhail Yuriy Oleg Anatoliy Viktor Boris Pavel
Joe Emmanuel Olaf Giorgia Antonio Charles Ursula Josep Jens Xi Narendra Fumio Ilham Nikol Aleksandar
Kassym Imangali Zhomart Roman Karim Bahtiyar Cavit Necdet Turgut Süleyman Bekir Kenan Tansu Mesut Ecevit
""".split()
LAST = """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş
Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Tunç
Çavuşoğlu Fidan Kurtulmuş Bahçeli Akar Soylu Kılıçdaroğlu Davutoğlu Babacan İnce Akşener Bakan Kalın
Caparov Taşiyev Atambayev Jeenbekov Akılbayev Kazakbayev Otunbayeva Bakiyev Akayev Baisalov Kasımaliyev
Tokayev Nazarbayev Tasmagambetov Mirziyoyev Rahmon Aliyev Paşinyan Lukaşenko Putin Lavrov Şoygu Medvedev
Mişustin Peskov Zaharova Biden Macron Scholz Meloni Guterres Michel Leyen Borrell Stoltenberg Jinping
Modi Kishida Sunak Trudeau Albanese Lula Milei Ramaphosa Sisi Raisi Şahbaz Zelenskiy Kuleba Orban Duda
Vucic Rama Kurti Dodik Sandu Garibaşvili Kobahidze Berdimuhamedov Tokayeva Sadıkov Abdıldayev Ormonbekov
Mamıtov Isakov Beyşenaliyev Ibraimov Kudaybergenov Sultanbekov Turdumambetov Usenov Cumabekov Oskonbayev
""".split()
CITIES = """Ankara İstanbul İzmir Bursa Antalya Konya Adana Gaziantep Kayseri Mersin Eskişehir Diyarbakır
Samsun Denizli Şanlıurfa Malatya Trabzon Erzurum Van Batman Elazığ Sivas Manisa Balıkesir Kocaeli Sakarya
Tekirdağ Edirne Çanakkale Muğla Aydın Hatay Kahramanmaraş Adıyaman Mardin Siirt Bitlis Muş Ağrı Kars
Ardahan Iğdır Rize Artvin Giresun Ordu Tokat Amasya Çorum Yozgat Kırşehir Nevşehir Niğde Aksaray Karaman
Isparta Burdur Afyonkarahisar Kütahya Uşak Bilecik Bolu Düzce Zonguldak Bartın Karabük Kastamonu Sinop
Çankırı Kırıkkale Bişkek Oş Celalabad Narın Talas Karakol Batken Astana Almatı Şımkent Taşkent Semerkant
Buhara Duşanbe Aşkabat Bakü Tiflis Erivan Moskova Petersburg Kazan Minsk Kiev Kişinev Varşova Berlin Paris
Londra Roma Madrid Brüksel Viyana Cenevre Washington Pekin Tokyo Delhi Tahran Bağdat Şam Kahire Doha Riyad
""".split()
COUNTRIES = """Türkiye Kırgızistan Kazakistan Özbekistan Tacikistan Türkmenistan Azerbaycan Rusya Çin Ukrayna
Belarus Ermenistan Gürcistan Almanya Fransa İtalya İngiltere İspanya Polonya Macaristan Sırbistan Yunanistan
Bulgaristan Romanya Moldova Amerika Kanada Japonya Hindistan Pakistan Afganistan İran Irak Suriye Mısır
Katar Suudi Arabistan Brezilya Arjantin Macaristan Moğolistan Güney Kore""".split()
ORG_HEADS = """Dışişleri İçişleri Savunma Adalet Ekonomi Tarım Sağlık Eğitim Enerji Ulaştırma Ticaret
Kültür Turizm Maliye Çalışma Çevre""".split()
ORG_PATTERNS = [
    "{h} Bakanlığı",
    "{c} Büyükşehir Belediyesi",
    "{c} Valiliği",
    "{c} Üniversitesi",
    "{c} Ticaret Odası",
    "{c} Cumhuriyet Başsavcılığı",
    "{l} Holding",
    "{l} Vakfı",
    "{n} Parlamentosu",
    "{n} Merkez Bankası",
    "{n} Büyükelçiliği",
]
MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
TITLES = ["Cumhurbaşkanı", "Başbakan", "Dışişleri Bakanı", "Savunma Bakanı", "Genel Sekreter", "Büyükelçi"]

# {P} person, {O} organisation, {L} place; "X'SUF" attaches a case suffix (apostrophe kept in the token).
TEMPLATES = """{P} , {L}'LOC {O} heyetiyle görüştü .
{O} , {D} tarihinde {L}'LOC bir toplantı düzenledi .
{T} {P} , {L}'ABL gelen mevkidaşı {P}'ACC makamında kabul etti .
{P} ile {P} , {O} zirvesinde bir araya geldi .
{L} ile {L} arasında yeni bir ticaret anlaşması imzalandı .
{O}'GEN açıklamasına göre , {L}'LOC düzenlenecek tatbikata {N} asker katılacak .
{P} , gazetecilerin sorularını yanıtladı .
Toplantıya {O} ve {O} temsilcileri de katıldı .
{T} {P} , {D} günü {L}'DAT resmi bir ziyaret gerçekleştirecek .
{P}'GEN başkanlığındaki heyet {L}'LOC temaslarda bulundu .
{O} , {P}'ACC yeni genel müdür olarak atadı .
{L} merkezli {O} , yıllık raporunu açıkladı .
Açıklamada , bölgedeki gelişmelerin yakından takip edildiği belirtildi .
Toplantıda ekonomik iş birliği ve güvenlik konuları ele alındı .
{P} , {O}'GEN {L} temsilcisi olarak görev yapıyor .
{L}'LOC yapılan seçimlerde {O} birinci parti oldu .
{P} , {D} tarihinde {L}'ABL {L}'DAT geçti .
{O} Başkanı {P} , kurumun yeni projelerini tanıttı .
Heyetler , {D} tarihinde yeniden bir araya gelecek .
{P} , {O}'GEN {N} . yıl dönümü törenine katıldı .
{L} , {L} ve {L} liderleri ortak bir bildiri yayımladı .
Bakan {P} , {L}'LOC düzenlenen forumda konuştu .
{O} ile {O} arasında mutabakat zaptı imzalandı .
Görüşmenin ardından ortak basın toplantısı düzenlendi .
{P} , yaptığı açıklamada {O}'GEN kararını eleştirdi .
{L}'LOC düzenlenen {O} toplantısına {N} ülkeden temsilci katıldı .
{P} ve eşi , {L}'LOC çeşitli temaslarda bulundu .
Törende konuşan {P} , {L}'GEN önemine dikkat çekti .
{O} , {L}'LOC yeni bir temsilcilik açtı .
{P}'GEN {L} ziyareti {D} tarihinde başlayacak .
Kurul , {D} tarihli toplantısında yeni düzenlemeyi onayladı .
{L}'ABL gelen {N} kişilik heyet , {O}'ACC ziyaret etti .
{P} , {P} ile telefonda görüştü .
{O} Genel Sekreteri {P} , {L}'DAT çağrıda bulundu .
Uzmanlar , kararın bölge ekonomisini olumlu etkileyeceğini belirtti .
{L} Valisi {P} , kentteki çalışmaları yerinde inceledi .
{P} , {L} seçimlerinde {O} adayı olarak yarışacak .
{O} , {P}'GEN istifasını kabul etti .
{L}'LOC bulunan {O} binasında güvenlik önlemleri artırıldı .
{T} {P} , {O} Genel Kurulu'nda konuşma yaptı .
{D} tarihinde {L}'LOC başlayan fuar , {N} gün sürecek .
{P} , {L}'LOC bulunan {O}'ACC ziyaret etti .
{O} temsilcileri {L}'LOC düzenlenen çalıştayda bir araya geldi .
Saldırının ardından {O} , {L}'LOC olağanüstü toplantı yaptı .
{P} , {O}'GEN tutumunu memnuniyetle karşıladığını söyledi .
{L} , {O}'GEN gözlemci üyesi oldu .
Haberde , {P}'GEN {D} tarihinde {L}'DAT gideceği bildirildi .
Konferansa {L} , {L} ve {L}'ABL akademisyenler katıldı .
{N} milyon dolarlık yatırım için {O} ile anlaşma sağlandı .
{P} , {L}'LOC gazetecilerle bir araya geldi .
""".strip().split("\n")
# Names that are also words, used with `noise` only (so the default corpus stays as it was measured).
AMBIGUOUS_TEMPLATES = """Deniz kenarındaki yürüyüş yolu {D} tarihinde yenilendi .
Kazada can kaybı yaşanmadı , {N} kişi yaralandı .
Kaya düşmesi nedeniyle {L} yolu kapandı .
Gül fidanları belediye ekiplerince budandı .
Başkan {P} , Deniz Kuvvetleri Komutanlığı'nın törenine katıldı .
""".strip().split("\n")
SUFFIXES = {
    "LOC": ["da", "de", "ta", "te"],
    "ABL": ["dan", "den", "tan", "ten"],
    "DAT": ["a", "e", "ya", "ye"],
    "GEN": ["ın", "in", "un", "ün", "nın", "nin"],
    "ACC": ["ı", "i", "u", "ü", "yı", "yi"],
}


def knowledge_names() -> dict[str, list[str]]:
    data = json.loads((ROOT / "resources" / "knowledge_base.json").read_text(encoding="utf-8"))
    names: dict[str, list[str]] = {"PER": [], "ORG": [], "LOC": []}
    for entity in data["entities"]:
        label = {"PER": "PER", "ORG": "ORG"}.get(entity["type"], "LOC")
        latin = [
            a
            for a in [entity["name"], *entity["aliases"]]
            if a.isascii() or any(c in a for c in "çğıöşüÇĞİÖŞÜ")
        ]
        names[label].extend(a for a in latin if len(a) > 1 and not any("\u0400" <= c <= "\u04ff" for c in a))
    return names


_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")


class Generator:
    """`noise` is the share of sentences typed without Turkish letters, and (half as often) lower-cased."""

    def __init__(self, seed: int, held_out_share: float = 0.25, noise: float = 0.0) -> None:
        self.rng = random.Random(seed)
        self.noise = noise
        self.templates = TEMPLATES + AMBIGUOUS_TEMPLATES if noise else TEMPLATES
        kb = knowledge_names()
        split = random.Random(seed + 1)

        def halves(items: list[str]) -> tuple[list[str], list[str]]:
            items = sorted(set(items))
            split.shuffle(items)
            cut = int(len(items) * held_out_share)
            return items[cut:], items[:cut]

        self.first = halves(FIRST)
        self.last = halves(LAST)
        places = CITIES + COUNTRIES + kb["LOC"]
        self.places = halves(places)
        self.kb_orgs = halves(kb["ORG"])
        self.kb_people = halves(kb["PER"])
        self.unseen = False

    def pick(self, pools: tuple[list[str], list[str]]) -> str:
        return self.rng.choice(pools[1] if self.unseen and self.rng.random() < 0.5 else pools[0])

    def person(self) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return self.pick(self.kb_people)
        if roll < 0.3:
            return self.pick(self.last)
        return f"{self.pick(self.first)} {self.pick(self.last)}"

    def organisation(self) -> str:
        if self.rng.random() < 0.35:
            return self.pick(self.kb_orgs)
        pattern = self.rng.choice(ORG_PATTERNS)
        return pattern.format(
            h=self.rng.choice(ORG_HEADS),
            c=self.pick(self.places),
            l=self.pick(self.last),
            n=self.pick((COUNTRIES, COUNTRIES)),
        )

    def name(self, label: str) -> str:
        if label == "PER":
            return self.person()
        return self.organisation() if label == "ORG" else self.pick(self.places)

    def sentence(self) -> list[tuple[str, str]]:
        template = self.rng.choice(self.templates)
        tokens: list[tuple[str, str]] = []
        for piece in template.split():
            slot, _, suffix = piece.partition("'")
            if slot in ("{P}", "{O}", "{L}"):
                label = {"{P}": "PER", "{O}": "ORG", "{L}": "LOC"}[slot]
                name = {"PER": self.person, "ORG": self.organisation, "LOC": lambda: self.pick(self.places)}[
                    label
                ]()
                words = name.split()
                if suffix:
                    words[-1] += "'" + self.rng.choice(SUFFIXES[suffix])
                tokens += [(w, ("B-" if i == 0 else "I-") + label) for i, w in enumerate(words)]
            elif slot == "{T}":
                tokens += [(w, "O") for w in self.rng.choice(TITLES).split()]
            elif slot == "{D}":
                day = self.rng.randint(1, 28)
                tokens += [
                    (str(day), "O"),
                    (self.rng.choice(MONTHS), "O"),
                    (str(self.rng.randint(1995, 2025)), "O"),
                ]
            elif slot == "{N}":
                tokens.append((str(self.rng.randint(2, 500)), "O"))
            else:
                tokens.append((piece, "O"))
        if self.noise and self.rng.random() < self.noise:
            tokens = [(token.translate(_ASCII), tag) for token, tag in tokens]
        if self.noise and self.rng.random() < self.noise / 2:
            tokens = [(token.lower(), tag) for token, tag in tokens]
        return tokens


def write_conll(path: Path, sentences: list[list[tuple[str, str]]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for sentence in sentences:
            handle.writelines(f"{token}\t{tag}\n" for token, tag in sentence)
            handle.write("\n")


def make_corpus(
    folder: Path, train: int = 3000, dev: int = 500, test: int = 500, seed: int = 13, noise: float = 0.0
) -> dict[str, Path]:
    """Write train/dev/test .conll files; dev and test mix seen and unseen names."""
    folder.mkdir(parents=True, exist_ok=True)
    generator = Generator(seed, noise=noise)
    paths: dict[str, Path] = {}
    for name, count in (("train", train), ("dev", dev), ("test", test)):
        generator.unseen = name != "train"
        paths[name] = folder / f"{name}.conll"
        write_conll(paths[name], [generator.sentence() for _ in range(count)])
    return paths

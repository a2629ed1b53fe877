<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="43"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="44"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Yeni Proje…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="45"/>
        <source>Create an empty project file</source>
        <translation>Boş bir proje dosyası oluştur</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="46"/>
        <source>&amp;Open Project…</source>
        <translation>Proje &amp;Aç…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="47"/>
        <source>Open another project file</source>
        <translation>Başka bir proje dosyası aç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="48"/>
        <source>Open &amp;Server Project…</source>
        <translation>&amp;Sunucudaki Projeyi Aç…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="49"/>
        <source>Open a team&apos;s project on a PostgreSQL server</source>
        <translation>Bir ekibin PostgreSQL sunucusundaki projesini aç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="50"/>
        <source>Open &amp;Recent</source>
        <translation>Son &amp;Kullanılanlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="51"/>
        <source>&amp;Import…</source>
        <translation>İçe Ak&amp;tar…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="52"/>
        <source>Import text, JSONL, doccano, CoNLL or brat</source>
        <translation>Metin, JSONL, doccano, CoNLL ya da brat içe aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="53"/>
        <source>Import &amp;Folder…</source>
        <translation>K&amp;lasörü İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="54"/>
        <source>Import a whole folder</source>
        <translation>Bütün bir klasörü içe aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="55"/>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa Aktar…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="56"/>
        <source>Export training data or event records</source>
        <translation>Eğitim verisini ya da olay kayıtlarını dışa aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="58"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="60"/>
        <source>Undo the last step (it may be in another document)</source>
        <translation>Son adımı geri al (başka bir belgede olabilir)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="61"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="62"/>
        <source>&amp;Delete Span</source>
        <translation>Aralığı &amp;Sil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="63"/>
        <source>Delete the spans selected in the entity table, or the innermost span at the text cursor</source>
        <translation>Varlık tablosunda seçili aralıkları ya da metin imlecindeki en içteki aralığı sil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="66"/>
        <source>&amp;Fix Text…</source>
        <translation>Metni &amp;Düzelt…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="67"/>
        <source>Correct the selected characters; tags stay</source>
        <translation>Seçili karakterleri düzelt; etiketler yerinde kalır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="68"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Yi&amp;nelenenleri Bul…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="69"/>
        <source>Same story twice: merge or keep separate</source>
        <translation>Aynı haber iki kez: birleştir ya da ayrı tut</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="70"/>
        <source>Edit &amp;Schema…</source>
        <translation>Şe&amp;mayı Düzenle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="71"/>
        <source>Labels, event types, roles</source>
        <translation>Etiketler, olay türleri, roller</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="72"/>
        <source>&amp;Train Model…</source>
        <translation>Model &amp;Eğit…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="73"/>
        <source>Train, score and choose models</source>
        <translation>Modelleri eğit, puanla ve seç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="75"/>
        <source>&amp;Find in Document…</source>
        <translation>Belgede &amp;Bul…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="76"/>
        <source>Case, accents and Turkish ı/i folded; Bişkek also finds Bişkek&apos;te</source>
        <translation>Büyük/küçük harf, aksanlar ve Türkçe ı/i ayırt edilmez; Bişkek araması Bişkek&apos;te sözcüğünü de bulur</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="78"/>
        <source>Find &amp;Next</source>
        <translation>Sonra&amp;kini Bul</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="79"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Öncekini Bul</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="81"/>
        <source>Search &amp;Corpus…</source>
        <translation>Derlemde &amp;Ara…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="82"/>
        <source>Every document: hits in context; select hits and press a label key to tag them all (one undo step)</source>
        <translation>Bütün belgeler: bağlamıyla bulunanlar; bulunanları seçip bir etiket tuşuna basınca hepsi etiketlenir (tek geri alma adımı)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="84"/>
        <source>Vie&amp;w</source>
        <translation>Görü&amp;nüm</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="85"/>
        <source>Label &amp;Tags</source>
        <translation>&amp;Etiket Adları</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="86"/>
        <source>Name each span&apos;s label in a small tag after it (the text and its offsets stay as they are)</source>
        <translation>Her aralığın etiketini arkasında küçük bir künyeyle göster (metin ve konumları olduğu gibi kalır)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="89"/>
        <source>&amp;Statistics…</source>
        <translation>İs&amp;tatistikler…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="90"/>
        <source>Documents by status and language, spans per label, work per annotator per day, suggestion acceptance and agreement, as charts and tables</source>
        <translation>Duruma ve dile göre belgeler, etikete göre aralıklar, günlük işaretleyici emeği, öneri kabulü ve uyum; grafik ve tablo olarak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="93"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Etiketle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="94"/>
        <source>Tag E&amp;xact Characters</source>
        <translation>&amp;Tam Karakterleri Etiketle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="95"/>
        <source>E&amp;xact Character Selections</source>
        <translation>Tam &amp;Karakter Seçimleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="97"/>
        <source>Tag exactly the selected characters instead of snapping to words (e.g. ЖККУ inside ЖККУнун)</source>
        <translation>Sözcüklere yaslamak yerine tam olarak seçili karakterleri etiketle (ör. ЖККУнун içindeki ЖККУ)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="100"/>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="101"/>
        <source>Document &amp;Info…</source>
        <translation>Belge &amp;Bilgisi…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="102"/>
        <source>Title, date, source, author, import log</source>
        <translation>Başlık, tarih, kaynak, yazar, içe aktarma günlüğü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="103"/>
        <source>Document &amp;History…</source>
        <translation>Belge &amp;Geçmişi…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="104"/>
        <source>This document&apos;s changes: who, when, what; revert one</source>
        <translation>Bu belgedeki değişiklikler: kim, ne zaman, ne; birini geri çevir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="105"/>
        <source>&amp;Next Document</source>
        <translation>&amp;Sonraki Belge</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="107"/>
        <source>&amp;Previous Document</source>
        <translation>Ö&amp;nceki Belge</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="110"/>
        <source>&amp;Filter Documents</source>
        <translation>Belgeleri &amp;Filtrele</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="111"/>
        <source>Title words, lang:ky, source:AA, date:2021</source>
        <translation>Başlık sözcükleri, lang:ky, source:AA, date:2021</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="112"/>
        <source>Focus &amp;Documents</source>
        <translation>Be&amp;lgelere Odaklan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="113"/>
        <source>Focus &amp;Text</source>
        <translation>&amp;Metne Odaklan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="114"/>
        <source>Focus &amp;Entity Table</source>
        <translation>&amp;Varlık Tablosuna Odaklan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="116"/>
        <source>E&amp;vents</source>
        <translation>&amp;Olaylar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="117"/>
        <source>&amp;New Event on Selection</source>
        <translation>Seçimde &amp;Yeni Olay</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="118"/>
        <source>Add &amp;Argument…</source>
        <translation>&amp;Argüman Ekle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="119"/>
        <source>Fill a role of the selected event</source>
        <translation>Seçili olayın bir rolünü doldur</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="120"/>
        <source>Set &amp;Realis</source>
        <translation>&amp;Gerçeklik Durumu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="121"/>
        <source>Actual</source>
        <translation>Gerçekleşmiş</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="122"/>
        <source>Mark the selected event as actual</source>
        <translation>Seçili olayı gerçekleşmiş olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="123"/>
        <source>Planned</source>
        <translation>Planlanmış</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="124"/>
        <source>Mark the selected event as planned</source>
        <translation>Seçili olayı planlanmış olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="125"/>
        <source>Hypothetical</source>
        <translation>Varsayımsal</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="126"/>
        <source>Mark the selected event as hypothetical</source>
        <translation>Seçili olayı varsayımsal olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="127"/>
        <source>Negated</source>
        <translation>Olumsuzlanmış</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="128"/>
        <source>Mark the selected event as negated</source>
        <translation>Seçili olayı olumsuzlanmış olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="129"/>
        <source>Set &amp;Date…</source>
        <translation>&amp;Tarih Belirle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="130"/>
        <source>Type the event&apos;s date in any form</source>
        <translation>Olayın tarihini herhangi bir biçimde yaz</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="131"/>
        <source>Set A&amp;ttribute…</source>
        <translation>&amp;Öznitelik Belirle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="132"/>
        <source>Context and others</source>
        <translation>Bağlam ve diğerleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="133"/>
        <source>Add Re&amp;lation…</source>
        <translation>İlişki &amp;Ekle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="134"/>
        <source>Relate the span at the cursor to another span</source>
        <translation>İmleçteki aralığı başka bir aralıkla ilişkilendir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="135"/>
        <source>&amp;Corpus Events…</source>
        <translation>&amp;Derlem Olayları…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="136"/>
        <source>Reports of the same event across documents: consolidate, split, join, confirm</source>
        <translation>Aynı olayın farklı belgelerdeki haberleri: birleştir, ayır, katıştır, doğrula</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="138"/>
        <source>&amp;Knowledge</source>
        <translation>&amp;Bilgi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="139"/>
        <source>&amp;Link Mention…</source>
        <translation>Anmayı &amp;Bağla…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="140"/>
        <source>Search the knowledge base</source>
        <translation>Bilgi tabanında ara</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="141"/>
        <source>&amp;New Entity from Mention</source>
        <translation>Anmadan &amp;Yeni Varlık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="143"/>
        <source>Link &amp;Every Identical Mention</source>
        <translation>&amp;Her Özdeş Anmayı Bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="145"/>
        <source>&amp;Unlink Mention</source>
        <translation>Anma Bağını &amp;Kaldır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="147"/>
        <source>Link Un&amp;ambiguous Mentions</source>
        <translation>&amp;Tek Anlamlı Anmaları Bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="148"/>
        <source>Link every unlinked mention whose text names exactly one canonical entity</source>
        <translation>Metni tam olarak tek bir kanonik varlığı adlandıran her bağsız anmayı bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="150"/>
        <source>Re&amp;view</source>
        <translation>İn&amp;celeme</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="152"/>
        <source>Mark as &amp;Annotated</source>
        <translation>İşaretlendi Olarak İ&amp;mle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="154"/>
        <source>The annotator is done with this document</source>
        <translation>İşaretleyici bu belgeyi bitirdi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="155"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="156"/>
        <source>Reviewer: approve; it becomes read-only</source>
        <translation>Gözden geçiren: onayla; belge salt okunur olur</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="157"/>
        <source>&amp;Return with Comment…</source>
        <translation>Yorumla &amp;Geri Gönder…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="158"/>
        <source>Reviewer: send it back with a comment</source>
        <translation>Gözden geçiren: bir yorumla geri gönder</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="159"/>
        <source>Re&amp;open</source>
        <translation>&amp;Yeniden Aç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="160"/>
        <source>Back to in progress (approved ones: reviewer)</source>
        <translation>Sürüyor durumuna geri al (onaylanmışlarda: gözden geçiren)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="161"/>
        <source>&amp;Reviewer Mode</source>
        <translation>Gözden Geçiren &amp;Kipi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="162"/>
        <source>Work as reviewer (kept in the project)</source>
        <translation>Gözden geçiren olarak çalış (projede saklanır)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="165"/>
        <source>A&amp;djudicate</source>
        <translation>&amp;Hakemlik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="166"/>
        <source>Reviewer: compare the annotators&apos; layers; in the list 1/2 accept layer A/B, 3 both, 0 neither, E edit, N/P next/previous</source>
        <translation>Gözden geçiren: işaretleyicilerin katmanlarını karşılaştır; listede 1/2 A/B katmanını kabul eder, 3 ikisini, 0 hiçbirini, E düzenler, N/P sonraki/önceki</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="169"/>
        <source>Accept &amp;Agreed into Gold</source>
        <translation>&amp;Uzlaşılanları Altın Katmana Al</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="171"/>
        <source>Reviewer: copy everything all annotators agree on in this document into gold</source>
        <translation>Gözden geçiren: bu belgede bütün işaretleyicilerin uzlaştığı her şeyi altın katmana kopyala</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="174"/>
        <source>Accept Agreed in the &amp;Corpus</source>
        <translation>Uzlaşılanları &amp;Derlemde Kabul Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="176"/>
        <source>Reviewer: copy everything all annotators agree on into gold, in every document</source>
        <translation>Gözden geçiren: bütün işaretleyicilerin uzlaştığı her şeyi her belgede altın katmana kopyala</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="178"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Öneriler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="179"/>
        <source>&amp;Accept Suggestion</source>
        <translation>Öneriyi &amp;Kabul Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="180"/>
        <source>Accept the suggestion at the cursor</source>
        <translation>İmleçteki öneriyi kabul et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="181"/>
        <source>&amp;Reject Suggestion</source>
        <translation>Öneriyi &amp;Reddet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="182"/>
        <source>Reject it for good</source>
        <translation>Kalıcı olarak reddet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="183"/>
        <source>Accept and &amp;Next</source>
        <translation>Kabul Et ve &amp;Sonrakine Geç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="184"/>
        <source>Accept, then go to the next one</source>
        <translation>Kabul et, sonra bir sonrakine geç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="185"/>
        <source>Ne&amp;xt Suggestion</source>
        <translation>So&amp;nraki Öneri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="186"/>
        <source>Select the next suggestion (or document)</source>
        <translation>Sonraki öneriyi (ya da belgeyi) seç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="187"/>
        <source>&amp;Previous Suggestion</source>
        <translation>Ön&amp;ceki Öneri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="190"/>
        <source>Accept All of This &amp;Label in Document</source>
        <translation>Belgede Bu &amp;Etiketin Tümünü Kabul Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="192"/>
        <source>Every suggestion in this document with the label of the one at the cursor</source>
        <translation>Bu belgede imleçteki önerinin etiketini taşıyan her öneri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="194"/>
        <source>Accept This &amp;Entity Everywhere</source>
        <translation>Bu &amp;Varlığı Her Yerde Kabul Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="196"/>
        <source>Every suggested mention of the canonical entity at the cursor, across the corpus</source>
        <translation>İmleçteki kanonik varlığın derlem boyunca önerilen her anması</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="198"/>
        <source>&amp;Suggest in Document</source>
        <translation>&amp;Belgede Öner</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="199"/>
        <source>Run the suggester here</source>
        <translation>Öneri aracını burada çalıştır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="200"/>
        <source>Suggest in &amp;Corpus</source>
        <translation>&amp;Derlemde Öner</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="201"/>
        <source>Run it everywhere</source>
        <translation>Her yerde çalıştır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="202"/>
        <source>&amp;Boilerplate</source>
        <translation>&amp;Kalıp Metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="203"/>
        <source>E&amp;xclude Proposal</source>
        <translation>Teklifi &amp;Dışla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="204"/>
        <source>Accept the boilerplate proposal at the cursor (or selected in the Boilerplate tab): the text is dimmed, cannot be tagged and is left out of exports; a line join joins the lines</source>
        <translation>İmleçteki (ya da Kalıp Metin sekmesinde seçili) kalıp metin teklifini kabul et: metin soluklaşır, etiketlenemez ve dışa aktarımlara girmez; satır birleştirme teklifi satırları birleştirir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="208"/>
        <source>&amp;Keep Text (Reject Proposal)</source>
        <translation>Metni &amp;Koru (Teklifi Reddet)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="209"/>
        <source>Reject the proposal at the cursor; it is never proposed again</source>
        <translation>İmleçteki teklifi reddet; bir daha teklif edilmez</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="211"/>
        <source>&amp;Next Proposal</source>
        <translation>&amp;Sonraki Teklif</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="212"/>
        <source>Move to the next boilerplate proposal</source>
        <translation>Sonraki kalıp metin teklifine geç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="213"/>
        <source>&amp;Previous Proposal</source>
        <translation>Ö&amp;nceki Teklif</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="216"/>
        <source>Accept This Kind in the &amp;Document</source>
        <translation>Bu Türü &amp;Belgede Kabul Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="218"/>
        <source>Accept every proposal of the current proposal&apos;s kind in this document</source>
        <translation>Bu belgede geçerli teklifle aynı türdeki her teklifi kabul et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="221"/>
        <source>Reject This Kind in the Document</source>
        <translation>Bu Türü Belgede Reddet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="224"/>
        <source>Accept This Kind in the &amp;Corpus</source>
        <translation>Bu Türü D&amp;erlemde Kabul Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="226"/>
        <source>Accept every proposal of the current proposal&apos;s kind in every document (one undo step)</source>
        <translation>Her belgede geçerli teklifle aynı türdeki her teklifi kabul et (tek geri alma adımı)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="229"/>
        <source>Reject This Kind in the Corpus</source>
        <translation>Bu Türü Derlemde Reddet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="231"/>
        <source>D&amp;etect in the Corpus</source>
        <translation>Derlemde &amp;Algıla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="232"/>
        <source>Propose boilerplate in every document, and lines repeated across many documents</source>
        <translation>Her belgede kalıp metin ve birçok belgede yinelenen satırları teklif et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="234"/>
        <source>&amp;Project</source>
        <translation>&amp;Proje</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="235"/>
        <source>&amp;Health…</source>
        <translation>&amp;Sağlık Denetimi…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="236"/>
        <source>Check the whole project for damage; restore the latest good backup</source>
        <translation>Bütün projeyi hasara karşı denetle; en son sağlam yedeği geri yükle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="238"/>
        <source>&amp;Back Up Now</source>
        <translation>Şimdi &amp;Yedekle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="239"/>
        <source>Write a backup beside the project (10 are kept)</source>
        <translation>Projenin yanına bir yedek yaz (10 tanesi saklanır)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="240"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Yedekten &amp;Geri Yükle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="241"/>
        <source>List the project&apos;s backups and restore one into a new project file</source>
        <translation>Projenin yedeklerini listele ve birini yeni bir proje dosyasına geri yükle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="244"/>
        <source>&amp;Assign Documents…</source>
        <translation>Belgeleri &amp;Ata…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="245"/>
        <source>Give each document to one annotator, a seeded fraction to several</source>
        <translation>Her belgeyi bir işaretleyiciye ver, tohumlu bir bölümünü birkaçına</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="247"/>
        <source>Next in &amp;My Queue</source>
        <translation>&amp;Kuyruğumdaki Sonraki</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="248"/>
        <source>Open the next document assigned to you that you have not marked annotated</source>
        <translation>Size atanmış ve işaretlendi olarak imlemediğiniz sonraki belgeyi aç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="251"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Uyum…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="252"/>
        <source>Span F1, κ, α and αU between the annotators&apos; layers, per pair, label and event type</source>
        <translation>İşaretleyici katmanları arasında aralık F1, κ, α ve αU; çift, etiket ve olay türü başına</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="254"/>
        <source>My &amp;Feedback…</source>
        <translation>&amp;Geri Bildirimim…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="255"/>
        <source>Where your layer differs from the gold layer, and the confusion table</source>
        <translation>Katmanınızın altın katmandan ayrıldığı yerler ve karışıklık tablosu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="258"/>
        <source>S&amp;witch Annotator…</source>
        <translation>İşaretleyi&amp;ci Değiştir…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="259"/>
        <source>Reopen the project as another annotator</source>
        <translation>Projeyi başka bir işaretleyici olarak yeniden aç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="260"/>
        <source>La&amp;yers</source>
        <translation>Kat&amp;manlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="261"/>
        <source>Show &amp;Other Layers</source>
        <translation>&amp;Diğer Katmanları Göster</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="262"/>
        <source>Show every other annotator&apos;s layer beside yours, read-only</source>
        <translation>Diğer her işaretleyicinin katmanını sizinkinin yanında salt okunur göster</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="264"/>
        <source>&amp;Choose Layers…</source>
        <translation>Katmanları &amp;Seç…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="265"/>
        <source>Pick the annotators whose layers are shown, read-only</source>
        <translation>Katmanları salt okunur gösterilecek işaretleyicileri seç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="267"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="268"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavye Kısayolları</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="269"/>
        <source>Every action and its keys</source>
        <translation>Her eylem ve tuşları</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="270"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="271"/>
        <source>Text font, theme, label colours, keys, your name, suggestions and backups</source>
        <translation>Metin yazı tipi, tema, etiket renkleri, tuşlar, adınız, öneriler ve yedekler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="274"/>
        <source>&amp;Merge Project…</source>
        <translation>Projeyi &amp;Birleştir…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/action_specs.py" line="275"/>
        <source>Merge another project file into this one (not undoable; a backup is taken first)</source>
        <translation>Başka bir proje dosyasını bununla birleştir (geri alınamaz; önce yedek alınır)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/actions.py" line="95"/>
        <source>{keys} is the key of both {first} and {second}</source>
        <translation>{keys} hem {first} hem {second} eylemlerinin tuşu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/actions.py" line="107"/>
        <source>{keys} ({first}) starts {longer} ({second})</source>
        <translation>{keys} ({first}), {longer} ({second}) kısayolunun başlangıcıdır</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="175"/>
        <source>Not changed: the project is read-only, {reason}.</source>
        <translation>Değiştirilmedi: proje salt okunur, {reason}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="186"/>
        <source>Not changed: document {id} is approved and read-only; Review → Reopen (Ctrl+Alt+O).</source>
        <translation>Değiştirilmedi: {id} numaralı belge onaylanmış ve salt okunur; İnceleme → Yeniden Aç (Ctrl+Alt+O).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="208"/>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="215"/>
        <source>Select some text (or put the cursor on a word) before pressing a label key.</source>
        <translation>Bir etiket tuşuna basmadan önce biraz metin seçin (ya da imleci bir sözcüğün üzerine getirin).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="221"/>
        <source>Not tagged: {error}.</source>
        <translation>Etiketlenmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="224"/>
        <source>Tag “{text}” as {label}</source>
        <translation>“{text}” metnini {label} olarak etiketle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="229"/>
        <source> (%n suggestion corrected)</source>
        <translation>
            <numerusform> (%n öneri düzeltildi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="231"/>
        <source> (%n suggestions corrected)</source>
        <translation>
            <numerusform> (%n öneri düzeltildi)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="236"/>
        <source>, linked to {name}</source>
        <translation>, {name} ile bağlandı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="240"/>
        <source>; not linked: {count} canonical entities match ({names}), Ctrl+L to choose</source>
        <translation>; bağlanmadı: {count} kanonik varlık eşleşiyor ({names}), seçmek için Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="244"/>
        <source>Tagged “{text}” as {label}{notes} — saved.</source>
        <translation>“{text}” {label} olarak etiketlendi{notes} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="252"/>
        <source>No span selected to delete.</source>
        <translation>Silinecek aralık seçilmedi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="257"/>
        <source>Not deleted: {error}.</source>
        <translation>Silinmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="262"/>
        <source>Delete {label} span</source>
        <translation>{label} aralığını sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="264"/>
        <source>Delete %n spans</source>
        <translation>
            <numerusform>%n aralığı sil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="272"/>
        <source>%n span</source>
        <translation>
            <numerusform>%n aralık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="272"/>
        <source>%n spans</source>
        <translation>
            <numerusform>%n aralık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="275"/>
        <source>%n event</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="275"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="277"/>
        <source>%n argument</source>
        <translation>
            <numerusform>%n argüman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="277"/>
        <source>%n arguments</source>
        <translation>
            <numerusform>%n argüman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="279"/>
        <source>%n relation</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/annotation_controller.py" line="279"/>
        <source>%n relations</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="281"/>
        <source>Deleted {spans} — saved (Ctrl+Z undoes).</source>
        <translation>{spans} silindi — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="284"/>
        <source>{first} and {second}</source>
        <translation>{first} ve {second}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="285"/>
        <source>Deleted {spans} with {others} — saved (Ctrl+Z undoes).</source>
        <translation>{spans} ile birlikte {others} silindi — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="295"/>
        <location filename="../../../curator/ui/annotation_controller.py" line="298"/>
        <source>Not relabelled: {error}.</source>
        <translation>Etiketi değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="305"/>
        <source>Relabel {before} → {after}</source>
        <translation>Etiketi değiştir: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotation_controller.py" line="309"/>
        <source>Relabelled {before} → {after} — saved.</source>
        <translation>Etiket değişti: {before} → {after} — kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <location filename="../../../curator/ui/change_command.py" line="62"/>
        <source>Redoing “{step}”</source>
        <translation>“{step}” yinelenirken</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/change_command.py" line="63"/>
        <source>Redone: {step} — saved.</source>
        <translation>Yinelendi: {step} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/change_command.py" line="69"/>
        <source>Undoing “{step}”</source>
        <translation>“{step}” geri alınırken</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/change_command.py" line="70"/>
        <source>Undone: {step} — saved.</source>
        <translation>Geri alındı: {step} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/change_command.py" line="95"/>
        <source>Showing “{step}”</source>
        <translation>“{step}” gösterilirken</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="20"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="21"/>
        <source>in progress</source>
        <translation>sürüyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="22"/>
        <source>annotated</source>
        <translation>işaretlendi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="23"/>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="24"/>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="27"/>
        <source>actual</source>
        <translation>gerçekleşmiş</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="28"/>
        <source>planned</source>
        <translation>planlanmış</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="29"/>
        <source>hypothetical</source>
        <translation>varsayımsal</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="30"/>
        <source>negated</source>
        <translation>olumsuzlanmış</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="33"/>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="34"/>
        <source>suggested</source>
        <translation>önerildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="35"/>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="38"/>
        <source>manual</source>
        <translation>elle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="39"/>
        <source>adjudication</source>
        <translation>hakemlik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="42"/>
        <source>annotator</source>
        <translation>işaretleyici</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="43"/>
        <source>reviewer</source>
        <translation>gözden geçiren</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="46"/>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="47"/>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="48"/>
        <source>year</source>
        <translation>yıl</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="51"/>
        <source>to do</source>
        <translation>yapılacak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_main.py" line="52"/>
        <source>✓ done</source>
        <translation>✓ bitti</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="36"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="37"/>
        <source>Lang</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="38"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="39"/>
        <source>Spans</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="40"/>
        <source>Mine</source>
        <translation>Benim</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="41"/>
        <source>Open by</source>
        <translation>Açan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="82"/>
        <source>(untitled {id})</source>
        <translation>(başlıksız {id})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="92"/>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="95"/>
        <source>Open now by {names}</source>
        <translation>Şu anda açık olduğu kişiler: {names}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="117"/>
        <source>Loading the documents list</source>
        <translation>Belge listesi yüklenirken</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="155"/>
        <source>Counting the documents</source>
        <translation>Belgeler sayılırken</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="160"/>
        <location filename="../../../curator/ui/document_list_model.py" line="191"/>
        <source>Reading your assignments</source>
        <translation>Atamalarınız okunurken</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="169"/>
        <source>Counting documents by status</source>
        <translation>Belgeler duruma göre sayılırken</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_list_model.py" line="216"/>
        <source>Refreshing the documents list</source>
        <translation>Belge listesi yenilenirken</translation>
    </message>
</context>
<context>
    <name>DocumentTextView</name>
    <message>
        <location filename="../../../curator/ui/text_view.py" line="131"/>
        <source>This project has no documents yet. To bring some in:

{menu_items}
  •  drop files or folders anywhere on this window
  •  from a terminal: {command}

Text, web pages, PDF, DOCX, zip, JSONL, CSV/TSV, doccano, CoNLL and brat files are read.</source>
        <translation>Bu projede henüz belge yok. Belge getirmek için:

{menu_items}
  •  dosya ya da klasörleri bu pencerenin herhangi bir yerine bırakın
  •  bir uçbirimden: {command}

Metin, web sayfası, PDF, DOCX, zip, JSONL, CSV/TSV, doccano, CoNLL ve brat dosyaları okunur.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/text_view.py" line="190"/>
        <source>{label} in {layer}&apos;s layer (read-only)</source>
        <translation>{layer} katmanında {label} (salt okunur)</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../../curator/ui/panels.py" line="38"/>
        <source>Filter: title words, lang:ky, status:new, source:AA, date:2021-05</source>
        <translation>Filtre: başlık sözcükleri, lang:ky, status:new, source:AA, date:2021-05</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/panels.py" line="126"/>
        <source>%n document</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/panels.py" line="126"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../../curator/ui/panels.py" line="155"/>
        <source>&lt;b&gt;Entities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Varlıklar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/panels.py" line="175"/>
        <source>&lt;small&gt;Click a row to find it · F2 changes the label · Delete removes&lt;/small&gt;</source>
        <translation>&lt;small&gt;Bulmak için bir satıra tıklayın · F2 etiketi değiştirir · Delete siler&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/panels.py" line="185"/>
        <source>&lt;b&gt;Entities&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Varlıklar&lt;/b&gt; ({count})</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="44"/>
        <source>E then: {letters}</source>
        <translation>E, ardından: {letters}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="114"/>
        <location filename="../../../curator/ui/event_actions.py" line="134"/>
        <location filename="../../../curator/ui/event_actions.py" line="196"/>
        <source>Select an event first.</source>
        <translation>Önce bir olay seçin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="119"/>
        <source>{type} is now {realis} — saved.</source>
        <translation>{type} artık {realis} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="139"/>
        <source>The schema has no attributes for {type} (Edit → Edit Schema).</source>
        <translation>Şemada {type} için öznitelik yok (Düzen → Şemayı Düzenle).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="152"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="183"/>
        <source>{type}: {attribute} = {value} — saved.</source>
        <translation>{type}: {attribute} = {value} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="201"/>
        <source>Event date</source>
        <translation>Olay tarihi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="202"/>
        <source>Date (any form; empty clears it):</source>
        <translation>Tarih (herhangi bir biçimde; boş bırakmak siler):</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="213"/>
        <source>“{text}” is not a date Curator can read; nothing changed.</source>
        <translation>“{text}” Curator&apos;ın okuyabildiği bir tarih değil; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="222"/>
        <source>{type} dated {date} ({precision}) — saved.</source>
        <translation>{type} tarihi {date} ({precision}) — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="233"/>
        <source>Select or create an event first (E then a letter).</source>
        <translation>Önce bir olay seçin ya da oluşturun (E, ardından bir harf).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="242"/>
        <source>{type} has no roles in the schema.</source>
        <translation>Şemada {type} için rol yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="250"/>
        <source>any</source>
        <translation>her etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="252"/>
        <source>{role} ({labels}, repeats)</source>
        <translation>{role} ({labels}, yinelenebilir)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="282"/>
        <source>Put the cursor on the span the relation starts from, then press Ctrl+Shift+R.</source>
        <translation>İmleci ilişkinin başladığı aralığa getirin, sonra Ctrl+Shift+R&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_actions.py" line="324"/>
        <source>Tag the entity first; arguments and relations link tagged spans.</source>
        <translation>Önce varlığı etiketleyin; argümanlar ve ilişkiler etiketli aralıkları bağlar.</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="67"/>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="76"/>
        <source>Select the trigger word (or put the cursor on it) before pressing an event key.</source>
        <translation>Bir olay tuşuna basmadan önce tetikleyici sözcüğü seçin (ya da imleci üzerine getirin).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="89"/>
        <source>That {type} event exists already; it is selected (Ctrl+R adds arguments).</source>
        <translation>Bu {type} olayı zaten var; seçildi (Ctrl+R argüman ekler).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="99"/>
        <source>No event created: {error}.</source>
        <translation>Olay oluşturulmadı: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="103"/>
        <source>Create {type} event on “{text}”</source>
        <translation>“{text}” üzerinde {type} olayı oluştur</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="110"/>
        <source>{type} event created — saved. Add its arguments with Ctrl+R.</source>
        <translation>{type} olayı oluşturuldu — kaydedildi. Argümanlarını Ctrl+R ile ekleyin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="119"/>
        <source>Select an event first (in the events panel, or create one).</source>
        <translation>Önce bir olay seçin (olaylar panelinde) ya da bir olay oluşturun.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="127"/>
        <source>Argument not added: {error}.</source>
        <translation>Argüman eklenmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="134"/>
        <source>event #{id}</source>
        <translation>#{id} numaralı olay</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="138"/>
        <source>Add {role} “{text}”</source>
        <translation>{role} ekle: “{text}”</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="143"/>
        <source>Added {role} “{text}” — saved.</source>
        <translation>{role} eklendi: “{text}” — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="171"/>
        <source>Remove argument</source>
        <translation>Argümanı kaldır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="173"/>
        <source>Argument removed — saved.</source>
        <translation>Argüman kaldırıldı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="182"/>
        <source>Delete {type} event</source>
        <translation>{type} olayını sil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="185"/>
        <source>{type} event deleted — saved (Ctrl+Z undoes).</source>
        <translation>{type} olayı silindi — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="196"/>
        <location filename="../../../curator/ui/event_controller.py" line="199"/>
        <source>Event not changed: {error}.</source>
        <translation>Olay değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="204"/>
        <source>Edit {type} event ({fields})</source>
        <translation>{type} olayını düzenle ({fields})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="227"/>
        <source>Relation not added: {error}.</source>
        <translation>İlişki eklenmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="229"/>
        <source>Add {type} relation</source>
        <translation>{type} ilişkisi ekle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="230"/>
        <source>{type} relation added — saved.</source>
        <translation>{type} ilişkisi eklendi — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="240"/>
        <source>Delete {type} relation</source>
        <translation>{type} ilişkisini sil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_controller.py" line="243"/>
        <source>{type} relation deleted — saved.</source>
        <translation>{type} ilişkisi silindi — kaydedildi.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../../curator/ui/event_panel.py" line="28"/>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Olaylar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_panel.py" line="40"/>
        <source>&lt;b&gt;Relations&lt;/b&gt;</source>
        <translation>&lt;b&gt;İlişkiler&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_panel.py" line="45"/>
        <source>&lt;small&gt;E then a letter makes the selection a trigger · Ctrl+R adds an argument · Ctrl+Shift+R relates the span at the cursor · Delete removes&lt;/small&gt;</source>
        <translation>&lt;small&gt;E ve ardından bir harf seçimi tetikleyici yapar · Ctrl+R argüman ekler · Ctrl+Shift+R imleçteki aralığı ilişkilendirir · Delete siler&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_panel.py" line="73"/>
        <source>&lt;b&gt;Events&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Olaylar&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_panel.py" line="74"/>
        <source>&lt;b&gt;Relations&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;İlişkiler&lt;/b&gt; ({count})</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="26"/>
        <source>Event / argument</source>
        <translation>Olay / argüman</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="27"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="28"/>
        <source>Realis · attributes</source>
        <translation>Gerçeklik · öznitelikler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="127"/>
        <source>date from “{raw}” ({precision})</source>
        <translation>tarih “{raw}” ifadesinden ({precision})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="142"/>
        <source>{role}: event #{id}</source>
        <translation>{role}: #{id} numaralı olay</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="34"/>
        <source>Find in document (Enter: next, Shift+Enter: previous)</source>
        <translation>Belgede bul (Enter: sonraki, Shift+Enter: önceki)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="36"/>
        <source>Regex</source>
        <translation>Düzenli ifade</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="37"/>
        <source>Whole word</source>
        <translation>Tam sözcük</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="45"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Önceki eşleşme (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="46"/>
        <source>Next match (Enter, F3)</source>
        <translation>Sonraki eşleşme (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="58"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="113"/>
        <source>no match</source>
        <translation>eşleşme yok</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/find_bar.py" line="139"/>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../../curator/ui/label_palette.py" line="44"/>
        <source>Key {key}; Alt+{key} tags the exact characters</source>
        <translation>Tuş {key}; Alt+{key} tam karakterleri etiketler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/label_palette.py" line="57"/>
        <source>&lt;small&gt;overlaps: inner fill, outer underline&lt;/small&gt;</source>
        <translation>&lt;small&gt;çakışmalar: içteki dolgu, dıştaki alt çizgi&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LayersActions</name>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="76"/>
        <source>{name} ({role}); showing %n other layer</source>
        <translation>{name} ({role}); %n başka katman gösteriliyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="80"/>
        <source>{name} ({role}); showing %n other layers</source>
        <translation>{name} ({role}); %n başka katman gösteriliyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="85"/>
        <source>You edit {name}&apos;s layer; File → Switch Annotator… to change</source>
        <translation>{name} katmanını düzenliyorsunuz; değiştirmek için Dosya → İşaretleyici Değiştir…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="116"/>
        <source>Showing only your own layer.</source>
        <translation>Yalnızca kendi katmanınız gösteriliyor.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="122"/>
        <source>Showing %n other layer read-only; spans here: {layers}.</source>
        <translation>%n başka katman salt okunur gösteriliyor; buradaki aralıklar: {layers}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="126"/>
        <source>Showing %n other layers read-only; spans here: {layers}.</source>
        <translation>%n başka katman salt okunur gösteriliyor; buradaki aralıklar: {layers}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="130"/>
        <source>Showing %n other layer read-only; none has spans in this document.</source>
        <translation>%n başka katman salt okunur gösteriliyor; hiçbirinin bu belgede aralığı yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="134"/>
        <source>Showing %n other layers read-only; none has spans in this document.</source>
        <translation>%n başka katman salt okunur gösteriliyor; hiçbirinin bu belgede aralığı yok.</translation>
    </message>
</context>
<context>
    <name>LayersDialog</name>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="24"/>
        <source>Layers</source>
        <translation>Katmanlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="26"/>
        <source>Show these annotators&apos; layers (other layers are read-only):</source>
        <translation>Şu işaretleyicilerin katmanlarını göster (diğer katmanlar salt okunurdur):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/layers_menu.py" line="32"/>
        <source>%n span here</source>
        <translation>
            <numerusform>burada %n aralık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/layers_menu.py" line="32"/>
        <source>%n spans here</source>
        <translation>
            <numerusform>burada %n aralık</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/layers_menu.py" line="33"/>
        <source>{name} (you) — {spans}</source>
        <translation>{name} (siz) — {spans}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../curator/ui/main_window.py" line="103"/>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/main_window.py" line="104"/>
        <source>Knowledge base</source>
        <translation>Bilgi tabanı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/main_window.py" line="137"/>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/main_window.py" line="139"/>
        <source>Boilerplate</source>
        <translation>Kalıp metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/main_window.py" line="141"/>
        <source>Adjudication</source>
        <translation>Hakemlik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/main_window.py" line="207"/>
        <source>Tag Exact Characters as {label}</source>
        <translation>Tam Karakterleri {label} Olarak Etiketle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/main_window.py" line="207"/>
        <source>Tag as {label}</source>
        <translation>{label} Olarak Etiketle</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="156"/>
        <source>Head</source>
        <translation>Baş</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="157"/>
        <source>Relation</source>
        <translation>İlişki</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/event_models.py" line="158"/>
        <source>Child</source>
        <translation>Bağımlı</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../curator/ui/shortcuts_dialog.py" line="36"/>
        <source>Select text (mouse or Shift+arrows) or put the cursor on a word, then press a label key. Selections snap to whole words and leave out a Turkish suffix after an apostrophe. A key written “E, M” is E then M. Type to filter the list.</source>
        <translation>Metin seçin (fareyle ya da Shift+ok tuşlarıyla) veya imleci bir sözcüğün üzerine getirin, sonra bir etiket tuşuna basın. Seçimler tam sözcüklere yaslanır ve kesme işaretinden sonraki Türkçe eki dışarıda bırakır. “E, M” diye yazılan tuş, önce E sonra M demektir. Listeyi filtrelemek için yazın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/shortcuts_dialog.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/shortcuts_dialog.py" line="91"/>
        <source>Filter: a key (ctrl+alt) or words (suggest)</source>
        <translation>Filtre: bir tuş (ctrl+alt) ya da sözcükler (öner)</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location filename="../../../curator/ui/shortcuts_dialog.py" line="55"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/shortcuts_dialog.py" line="56"/>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/shortcuts_dialog.py" line="57"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/shortcuts_dialog.py" line="58"/>
        <source>What it does</source>
        <translation>Ne yapar</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="21"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="22"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="23"/>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="24"/>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="25"/>
        <source>Linked to</source>
        <translation>Bağlı olduğu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="26"/>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="93"/>
        <source>{label} {start}–{end} · by {author} · {source} · {status}</source>
        <translation>{label} {start}–{end} · işaretleyen: {author} · {source} · {status}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_table_model.py" line="123"/>
        <source>Relabelling the span</source>
        <translation>Aralığın etiketi değiştirilirken</translation>
    </message>
</context>
<context>
    <name>StatusFilterBox</name>
    <message>
        <location filename="../../../curator/ui/status_filter.py" line="16"/>
        <source>Show the documents of one review status; the numbers count them</source>
        <translation>Tek bir gözden geçirme durumundaki belgeleri göster; sayılar onları sayar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/status_filter.py" line="17"/>
        <source>All statuses</source>
        <translation>Bütün durumlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/status_filter.py" line="25"/>
        <source>All statuses ({count})</source>
        <translation>Bütün durumlar ({count})</translation>
    </message>
</context>
<context>
    <name>TagsToggle</name>
    <message>
        <location filename="../../../curator/ui/span_tags.py" line="133"/>
        <source>Label tags are shown after each span.</source>
        <translation>Etiket adları her aralığın arkasında gösteriliyor.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/span_tags.py" line="135"/>
        <source>Label tags are hidden.</source>
        <translation>Etiket adları gizlendi.</translation>
    </message>
</context>
</TS>

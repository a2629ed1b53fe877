<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>Accessibility</name>
    <message>
        <source>Filter documents</source>
        <translation>Belgeleri süz</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Belge metni</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Varlıklar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>İlişkiler</translation>
    </message>
    <message>
        <source>Events, knowledge base and review panels</source>
        <translation>Olaylar, bilgi tabanı ve gözden geçirme panelleri</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Satır aralığı</translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation>Satır aralığı:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Yeni Proje…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Boş bir proje dosyası oluştur</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Proje &amp;Aç…</translation>
    </message>
    <message>
        <source>Open another project file</source>
        <translation>Başka bir proje dosyası aç</translation>
    </message>
    <message>
        <source>Open &amp;Server Project…</source>
        <translation>&amp;Sunucudaki Projeyi Aç…</translation>
    </message>
    <message>
        <source>Open a team&apos;s project on a PostgreSQL server</source>
        <translation>Bir ekibin PostgreSQL sunucusundaki projesini aç</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Son &amp;Kullanılanlar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>İçe Ak&amp;tar…</translation>
    </message>
    <message>
        <source>Import text, JSONL, doccano, CoNLL or brat</source>
        <translation>Metin, JSONL, doccano, CoNLL ya da brat içe aktar</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>K&amp;lasörü İçe Aktar…</translation>
    </message>
    <message>
        <source>Import a whole folder</source>
        <translation>Bütün bir klasörü içe aktar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>Export training data or event records</source>
        <translation>Eğitim verisini ya da olay kayıtlarını dışa aktar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>Undo the last step (it may be in another document)</source>
        <translation>Son adımı geri al (başka bir belgede olabilir)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Delete Span</source>
        <translation>Aralığı &amp;Sil</translation>
    </message>
    <message>
        <source>Delete the spans selected in the entity table, or the innermost span at the text cursor</source>
        <translation>Varlık tablosunda seçili aralıkları ya da metin imlecindeki en içteki aralığı sil</translation>
    </message>
    <message>
        <source>Correct the selected characters; tags stay</source>
        <translation>Seçili karakterleri düzelt; etiketler yerinde kalır</translation>
    </message>
    <message>
        <source>Same story twice: merge or keep separate</source>
        <translation>Aynı haber iki kez: birleştir ya da ayrı tut</translation>
    </message>
    <message>
        <source>Edit &amp;Schema…</source>
        <translation>Şe&amp;mayı Düzenle…</translation>
    </message>
    <message>
        <source>Labels, event types, roles</source>
        <translation>Etiketler, olay türleri, roller</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>Model &amp;Eğit…</translation>
    </message>
    <message>
        <source>Train, score and choose models</source>
        <translation>Modelleri eğit, puanla ve seç</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>Belgede &amp;Bul…</translation>
    </message>
    <message>
        <source>Case, accents and Turkish ı/i folded; Bişkek also finds Bişkek&apos;te</source>
        <translation>Büyük/küçük harf, aksanlar ve Türkçe ı/i ayırt edilmez; Bişkek araması Bişkek&apos;te sözcüğünü de bulur</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Sonra&amp;kini Bul</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Öncekini Bul</translation>
    </message>
    <message>
        <source>Search &amp;Corpus…</source>
        <translation>Derlemde &amp;Ara…</translation>
    </message>
    <message>
        <source>Every document: hits in context; select hits and press a label key to tag them all (one undo step)</source>
        <translation>Bütün belgeler: bağlamıyla bulunanlar; bulunanları seçip bir etiket tuşuna basınca hepsi etiketlenir (tek geri alma adımı)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>Görü&amp;nüm</translation>
    </message>
    <message>
        <source>Label &amp;Tags</source>
        <translation>&amp;Etiket Adları</translation>
    </message>
    <message>
        <source>Name each span&apos;s label in a small tag after it (the text and its offsets stay as they are)</source>
        <translation>Her aralığın etiketini arkasında küçük bir künyeyle göster (metin ve konumları olduğu gibi kalır)</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>İs&amp;tatistikler…</translation>
    </message>
    <message>
        <source>Documents by status and language, spans per label, work per annotator per day, suggestion acceptance and agreement, as charts and tables</source>
        <translation>Duruma ve dile göre belgeler, etikete göre aralıklar, günlük işaretleyici emeği, öneri kabulü ve uyum; grafik ve tablo olarak</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Etiketle</translation>
    </message>
    <message>
        <source>Tag E&amp;xact Characters</source>
        <translation>&amp;Tam Karakterleri Etiketle</translation>
    </message>
    <message>
        <source>Tag exactly the selected characters instead of snapping to words (e.g. ЖККУ inside ЖККУнун)</source>
        <translation>Sözcüklere yaslamak yerine tam olarak seçili karakterleri etiketle (ör. ЖККУнун içindeki ЖККУ)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>Document &amp;Info…</source>
        <translation>Belge &amp;Bilgisi…</translation>
    </message>
    <message>
        <source>Title, date, source, author, import log</source>
        <translation>Başlık, tarih, kaynak, yazar, içe aktarma günlüğü</translation>
    </message>
    <message>
        <source>Document &amp;History…</source>
        <translation>Belge &amp;Geçmişi…</translation>
    </message>
    <message>
        <source>This document&apos;s changes: who, when, what; revert one</source>
        <translation>Bu belgedeki değişiklikler: kim, ne zaman, ne; birini geri çevir</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Sonraki Belge</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>Ö&amp;nceki Belge</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>Belgeleri &amp;Filtrele</translation>
    </message>
    <message>
        <source>Title words, lang:ky, source:AA, date:2021</source>
        <translation>Başlık sözcükleri, lang:ky, source:AA, date:2021</translation>
    </message>
    <message>
        <source>Focus &amp;Documents</source>
        <translation>Be&amp;lgelere Odaklan</translation>
    </message>
    <message>
        <source>Focus &amp;Text</source>
        <translation>&amp;Metne Odaklan</translation>
    </message>
    <message>
        <source>Focus &amp;Entity Table</source>
        <translation>&amp;Varlık Tablosuna Odaklan</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Olaylar</translation>
    </message>
    <message>
        <source>&amp;New Event on Selection</source>
        <translation>Seçimde &amp;Yeni Olay</translation>
    </message>
    <message>
        <source>Add &amp;Argument…</source>
        <translation>&amp;Argüman Ekle…</translation>
    </message>
    <message>
        <source>Fill a role of the selected event</source>
        <translation>Seçili olayın bir rolünü doldur</translation>
    </message>
    <message>
        <source>Set &amp;Realis</source>
        <translation>&amp;Gerçeklik Durumu</translation>
    </message>
    <message>
        <source>Mark the selected event as actual</source>
        <translation>Seçili olayı gerçekleşmiş olarak işaretle</translation>
    </message>
    <message>
        <source>Mark the selected event as planned</source>
        <translation>Seçili olayı planlanmış olarak işaretle</translation>
    </message>
    <message>
        <source>Mark the selected event as hypothetical</source>
        <translation>Seçili olayı varsayımsal olarak işaretle</translation>
    </message>
    <message>
        <source>Mark the selected event as negated</source>
        <translation>Seçili olayı olumsuzlanmış olarak işaretle</translation>
    </message>
    <message>
        <source>Set &amp;Date…</source>
        <translation>&amp;Tarih Belirle…</translation>
    </message>
    <message>
        <source>Type the event&apos;s date in any form</source>
        <translation>Olayın tarihini herhangi bir biçimde yaz</translation>
    </message>
    <message>
        <source>Set A&amp;ttribute…</source>
        <translation>&amp;Öznitelik Belirle…</translation>
    </message>
    <message>
        <source>Context and others</source>
        <translation>Bağlam ve diğerleri</translation>
    </message>
    <message>
        <source>Add Re&amp;lation…</source>
        <translation>İlişki &amp;Ekle…</translation>
    </message>
    <message>
        <source>Relate the span at the cursor to another span</source>
        <translation>İmleçteki aralığı başka bir aralıkla ilişkilendir</translation>
    </message>
    <message>
        <source>&amp;Corpus Events…</source>
        <translation>&amp;Derlem Olayları…</translation>
    </message>
    <message>
        <source>Reports of the same event across documents: consolidate, split, join, confirm</source>
        <translation>Aynı olayın farklı belgelerdeki haberleri: birleştir, ayır, katıştır, doğrula</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>&amp;Bilgi</translation>
    </message>
    <message>
        <source>&amp;Link Mention…</source>
        <translation>Anmayı &amp;Bağla…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Bilgi tabanında ara</translation>
    </message>
    <message>
        <source>&amp;New Entity from Mention</source>
        <translation>Anmadan &amp;Yeni Varlık</translation>
    </message>
    <message>
        <source>Link &amp;Every Identical Mention</source>
        <translation>&amp;Her Özdeş Anmayı Bağla</translation>
    </message>
    <message>
        <source>&amp;Unlink Mention</source>
        <translation>Anma Bağını &amp;Kaldır</translation>
    </message>
    <message>
        <source>Link Un&amp;ambiguous Mentions</source>
        <translation>&amp;Tek Anlamlı Anmaları Bağla</translation>
    </message>
    <message>
        <source>Link every unlinked mention whose text names exactly one canonical entity</source>
        <translation>Metni tam olarak tek bir kanonik varlığı adlandıran her bağsız anmayı bağla</translation>
    </message>
    <message>
        <source>Mark as &amp;Annotated</source>
        <translation>İşaretlendi Olarak İ&amp;mle</translation>
    </message>
    <message>
        <source>The annotator is done with this document</source>
        <translation>İşaretleyici bu belgeyi bitirdi</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <source>Reviewer: approve; it becomes read-only</source>
        <translation>Gözden geçiren: onayla; belge salt okunur olur</translation>
    </message>
    <message>
        <source>&amp;Return with Comment…</source>
        <translation>Yorumla &amp;Geri Gönder…</translation>
    </message>
    <message>
        <source>Reviewer: send it back with a comment</source>
        <translation>Gözden geçiren: bir yorumla geri gönder</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Yeniden Aç</translation>
    </message>
    <message>
        <source>Back to in progress (approved ones: reviewer)</source>
        <translation>Sürüyor durumuna geri al (onaylanmışlarda: gözden geçiren)</translation>
    </message>
    <message>
        <source>Work as reviewer (kept in the project)</source>
        <translation>Gözden geçiren olarak çalış (projede saklanır)</translation>
    </message>
    <message>
        <source>A&amp;djudicate</source>
        <translation>&amp;Hakemlik</translation>
    </message>
    <message>
        <source>Reviewer: compare the annotators&apos; layers; in the list 1/2 accept layer A/B, 3 both, 0 neither, E edit, N/P next/previous</source>
        <translation>Gözden geçiren: işaretleyicilerin katmanlarını karşılaştır; listede 1/2 A/B katmanını kabul eder, 3 ikisini, 0 hiçbirini, E düzenler, N/P sonraki/önceki</translation>
    </message>
    <message>
        <source>Fi&amp;x Text…</source>
        <translation>Metni &amp;Düzelt…</translation>
    </message>
    <message>
        <source>Find Dupl&amp;icates…</source>
        <translation>Yi&amp;nelenenleri Bul…</translation>
    </message>
    <message>
        <source>Exact Character &amp;Selections</source>
        <translation>Tam &amp;Karakter Seçimleri</translation>
    </message>
    <message>
        <source>Next P&amp;ane</source>
        <translation>Sonraki B&amp;ölme</translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>Odağı sonraki bölmeye taşı</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Önc&amp;eki Bölme</translation>
    </message>
    <message>
        <source>&amp;Actual</source>
        <translation>&amp;Gerçekleşmiş</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Planlanmış</translation>
    </message>
    <message>
        <source>&amp;Hypothetical</source>
        <translation>&amp;Varsayımsal</translation>
    </message>
    <message>
        <source>&amp;Negated</source>
        <translation>&amp;Olumsuzlanmış</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>İn&amp;celeme</translation>
    </message>
    <message>
        <source>Reviewer &amp;Mode</source>
        <translation>Gözden Geçiren &amp;Kipi</translation>
    </message>
    <message>
        <source>Accept Agreed into &amp;Gold</source>
        <translation>&amp;Uzlaşılanları Altın Katmana Al</translation>
    </message>
    <message>
        <source>Reviewer: copy everything all annotators agree on in this document into gold</source>
        <translation>Gözden geçiren: bu belgede bütün işaretleyicilerin uzlaştığı her şeyi altın katmana kopyala</translation>
    </message>
    <message>
        <source>Accept Agreed in the &amp;Corpus</source>
        <translation>Uzlaşılanları &amp;Derlemde Kabul Et</translation>
    </message>
    <message>
        <source>Reviewer: copy everything all annotators agree on into gold, in every document</source>
        <translation>Gözden geçiren: bütün işaretleyicilerin uzlaştığı her şeyi her belgede altın katmana kopyala</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Öneriler</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Öneriyi &amp;Kabul Et</translation>
    </message>
    <message>
        <source>Accept the suggestion at the cursor</source>
        <translation>İmleçteki öneriyi kabul et</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>Öneriyi &amp;Reddet</translation>
    </message>
    <message>
        <source>Reject it for good</source>
        <translation>Kalıcı olarak reddet</translation>
    </message>
    <message>
        <source>Accept and &amp;Next</source>
        <translation>Kabul Et ve &amp;Sonrakine Geç</translation>
    </message>
    <message>
        <source>Accept, then go to the next one</source>
        <translation>Kabul et, sonra bir sonrakine geç</translation>
    </message>
    <message>
        <source>Ne&amp;xt Suggestion</source>
        <translation>So&amp;nraki Öneri</translation>
    </message>
    <message>
        <source>Select the next suggestion (or document)</source>
        <translation>Sonraki öneriyi (ya da belgeyi) seç</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>Ön&amp;ceki Öneri</translation>
    </message>
    <message>
        <source>Accept All of This &amp;Label in Document</source>
        <translation>Belgede Bu &amp;Etiketin Tümünü Kabul Et</translation>
    </message>
    <message>
        <source>Every suggestion in this document with the label of the one at the cursor</source>
        <translation>Bu belgede imleçteki önerinin etiketini taşıyan her öneri</translation>
    </message>
    <message>
        <source>Accept This &amp;Entity Everywhere</source>
        <translation>Bu &amp;Varlığı Her Yerde Kabul Et</translation>
    </message>
    <message>
        <source>Every suggested mention of the canonical entity at the cursor, across the corpus</source>
        <translation>İmleçteki kanonik varlığın derlem boyunca önerilen her anması</translation>
    </message>
    <message>
        <source>&amp;Suggest in Document</source>
        <translation>&amp;Belgede Öner</translation>
    </message>
    <message>
        <source>Run the suggester here</source>
        <translation>Öneri aracını burada çalıştır</translation>
    </message>
    <message>
        <source>Suggest in &amp;Corpus</source>
        <translation>&amp;Derlemde Öner</translation>
    </message>
    <message>
        <source>Run it everywhere</source>
        <translation>Her yerde çalıştır</translation>
    </message>
    <message>
        <source>&amp;Boilerplate</source>
        <translation>&amp;Kalıp Metin</translation>
    </message>
    <message>
        <source>E&amp;xclude Proposal</source>
        <translation>Teklifi &amp;Dışla</translation>
    </message>
    <message>
        <source>Accept the boilerplate proposal at the cursor (or selected in the Boilerplate tab): the text is dimmed, cannot be tagged and is left out of exports; a line join joins the lines</source>
        <translation>İmleçteki (ya da Kalıp Metin sekmesinde seçili) kalıp metin teklifini kabul et: metin soluklaşır, etiketlenemez ve dışa aktarımlara girmez; satır birleştirme teklifi satırları birleştirir</translation>
    </message>
    <message>
        <source>&amp;Keep Text (Reject Proposal)</source>
        <translation>Metni &amp;Koru (Teklifi Reddet)</translation>
    </message>
    <message>
        <source>Reject the proposal at the cursor; it is never proposed again</source>
        <translation>İmleçteki teklifi reddet; bir daha teklif edilmez</translation>
    </message>
    <message>
        <source>&amp;Next Proposal</source>
        <translation>&amp;Sonraki Teklif</translation>
    </message>
    <message>
        <source>Move to the next boilerplate proposal</source>
        <translation>Sonraki kalıp metin teklifine geç</translation>
    </message>
    <message>
        <source>&amp;Previous Proposal</source>
        <translation>Ö&amp;nceki Teklif</translation>
    </message>
    <message>
        <source>Accept This Kind in the &amp;Document</source>
        <translation>Bu Türü &amp;Belgede Kabul Et</translation>
    </message>
    <message>
        <source>Accept every proposal of the current proposal&apos;s kind in this document</source>
        <translation>Bu belgede geçerli teklifle aynı türdeki her teklifi kabul et</translation>
    </message>
    <message>
        <source>Reject This Kind in the Document</source>
        <translation>Bu Türü Belgede Reddet</translation>
    </message>
    <message>
        <source>Accept This Kind in the &amp;Corpus</source>
        <translation>Bu Türü D&amp;erlemde Kabul Et</translation>
    </message>
    <message>
        <source>Accept every proposal of the current proposal&apos;s kind in every document (one undo step)</source>
        <translation>Her belgede geçerli teklifle aynı türdeki her teklifi kabul et (tek geri alma adımı)</translation>
    </message>
    <message>
        <source>Reject This Kind in the Corpus</source>
        <translation>Bu Türü Derlemde Reddet</translation>
    </message>
    <message>
        <source>D&amp;etect in the Corpus</source>
        <translation>Derlemde &amp;Algıla</translation>
    </message>
    <message>
        <source>Propose boilerplate in every document, and lines repeated across many documents</source>
        <translation>Her belgede kalıp metin ve birçok belgede yinelenen satırları teklif et</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proje</translation>
    </message>
    <message>
        <source>&amp;Health…</source>
        <translation>&amp;Sağlık Denetimi…</translation>
    </message>
    <message>
        <source>Check the whole project for damage; restore the latest good backup</source>
        <translation>Bütün projeyi hasara karşı denetle; en son sağlam yedeği geri yükle</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Şimdi &amp;Yedekle</translation>
    </message>
    <message>
        <source>Write a backup beside the project (10 are kept)</source>
        <translation>Projenin yanına bir yedek yaz (10 tanesi saklanır)</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Yedekten &amp;Geri Yükle…</translation>
    </message>
    <message>
        <source>List the project&apos;s backups and restore one into a new project file</source>
        <translation>Projenin yedeklerini listele ve birini yeni bir proje dosyasına geri yükle</translation>
    </message>
    <message>
        <source>&amp;Assign Documents…</source>
        <translation>Belgeleri &amp;Ata…</translation>
    </message>
    <message>
        <source>Give each document to one annotator, a seeded fraction to several</source>
        <translation>Her belgeyi bir işaretleyiciye ver, tohumlu bir bölümünü birkaçına</translation>
    </message>
    <message>
        <source>Next in &amp;My Queue</source>
        <translation>&amp;Kuyruğumdaki Sonraki</translation>
    </message>
    <message>
        <source>Open the next document assigned to you that you have not marked annotated</source>
        <translation>Size atanmış ve işaretlendi olarak imlemediğiniz sonraki belgeyi aç</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>&amp;Uyum…</translation>
    </message>
    <message>
        <source>Span F1, κ, α and αU between the annotators&apos; layers, per pair, label and event type</source>
        <translation>İşaretleyici katmanları arasında aralık F1, κ, α ve αU; çift, etiket ve olay türü başına</translation>
    </message>
    <message>
        <source>My &amp;Feedback…</source>
        <translation>&amp;Geri Bildirimim…</translation>
    </message>
    <message>
        <source>Where your layer differs from the gold layer, and the confusion table</source>
        <translation>Katmanınızın altın katmandan ayrıldığı yerler ve karışıklık tablosu</translation>
    </message>
    <message>
        <source>S&amp;witch Annotator…</source>
        <translation>İşaretleyi&amp;ci Değiştir…</translation>
    </message>
    <message>
        <source>Reopen the project as another annotator</source>
        <translation>Projeyi başka bir işaretleyici olarak yeniden aç</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>Kat&amp;manlar</translation>
    </message>
    <message>
        <source>Show &amp;Other Layers</source>
        <translation>&amp;Diğer Katmanları Göster</translation>
    </message>
    <message>
        <source>Show every other annotator&apos;s layer beside yours, read-only</source>
        <translation>Diğer her işaretleyicinin katmanını sizinkinin yanında salt okunur göster</translation>
    </message>
    <message>
        <source>&amp;Choose Layers…</source>
        <translation>Katmanları &amp;Seç…</translation>
    </message>
    <message>
        <source>Pick the annotators whose layers are shown, read-only</source>
        <translation>Katmanları salt okunur gösterilecek işaretleyicileri seç</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavye Kısayolları</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Her eylem ve tuşları</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <source>Text font, theme, label colours, keys, your name, suggestions and backups</source>
        <translation>Metin yazı tipi, tema, etiket renkleri, tuşlar, adınız, öneriler ve yedekler</translation>
    </message>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>Projeyi &amp;Birleştir…</translation>
    </message>
    <message>
        <source>Merge another project file into this one (not undoable; a backup is taken first)</source>
        <translation>Başka bir proje dosyasını bununla birleştir (geri alınamaz; önce yedek alınır)</translation>
    </message>
    <message>
        <source>{keys} is the key of both {first} and {second}</source>
        <translation>{keys} hem {first} hem {second} eylemlerinin tuşu</translation>
    </message>
    <message>
        <source>{keys} ({first}) starts {longer} ({second})</source>
        <translation>{keys} ({first}), {longer} ({second}) kısayolunun başlangıcıdır</translation>
    </message>
</context>
<context>
    <name>AdjudicationActions</name>
    <message>
        <source>Adjudicate</source>
        <translation>Hakemlik</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Adjudication needs two annotator layers in this document; it has {count} ({found}).</source>
        <translation>Hakemlik için bu belgede iki işaretleyici katmanı gerekir; belgede {count} katman var ({found}).</translation>
    </message>
    <message>
        <source>Document {id} has fewer than two annotator layers; curation mode ended.</source>
        <translation>{id} numaralı belgede ikiden az işaretleyici katmanı var; hakemlik kipi sona erdi.</translation>
    </message>
    <message>
        <source>No more open disagreements that way.</source>
        <translation>O yönde açık uyuşmazlık kalmadı.</translation>
    </message>
    <message>
        <source>No disagreement selected.</source>
        <translation>Seçili uyuşmazlık yok.</translation>
    </message>
    <message>
        <source>E edits a span&apos;s label; accept an event, then edit it under Events.</source>
        <translation>E bir aralığın etiketini düzenler; bir olayı önce kabul edin, sonra Olaylar altında düzenleyin.</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <source>{what} — saved.</source>
        <translation>{what} — kaydedildi.</translation>
    </message>
    <message>
        <source>Edit in gold</source>
        <translation>Altın katmanda düzenle</translation>
    </message>
    <message>
        <source>Label of the gold copy:</source>
        <translation>Altın kopyanın etiketi:</translation>
    </message>
    <message>
        <source>Gold: relabel as {name}</source>
        <translation>Altın: {name} olarak yeniden etiketle</translation>
    </message>
    <message>
        <source>Nothing new to accept: gold holds every agreed unit of this document.</source>
        <translation>Kabul edilecek yeni bir şey yok: altın katman bu belgede uzlaşılan her birimi zaten içeriyor.</translation>
    </message>
    <message>
        <source>{count} agreed spans copied into gold — saved.</source>
        <translation>Uzlaşılan {count} aralık altın katmana kopyalandı — kaydedildi.</translation>
    </message>
    <message>
        <source>{spans} agreed spans copied into gold; documents with two layers or more: {documents} — saved.</source>
        <translation>Uzlaşılan {spans} aralık altın katmana kopyalandı; iki veya daha fazla katmanı olan belge sayısı: {documents} — kaydedildi.</translation>
    </message>
    <message>
        <source>Accepting what every annotator agrees on…</source>
        <translation>Tüm işaretleyicilerin uzlaştığı işaretlemeler kabul ediliyor…</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <source>event {type}</source>
        <translation>olay {type}</translation>
    </message>
    <message>
        <source>Review → Adjudicate (Ctrl+Alt+J) compares the annotators&apos; layers here.</source>
        <translation>Gözden Geçirme → Hakemlik (Ctrl+Alt+J) işaretleyicilerin katmanlarını burada karşılaştırır.</translation>
    </message>
    <message>
        <source>{layers} (also {others})</source>
        <translation>{layers} (ayrıca {others})</translation>
    </message>
    <message>
        <source>{open} open of {total} disagreements; {agreed} agreed. Keys: {layers}, 3 both, 0 neither, E edit, N/P next/previous.</source>
        <translation>{total} uyuşmazlıktan {open} tanesi açık; {agreed} uzlaşılan. Tuşlar: {layers}, 3 ikisi de, 0 hiçbiri, E düzenle, N/P sonraki/önceki.</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Agreement</source>
        <translation>Uyum</translation>
    </message>
    <message>
        <source>Agreement tables</source>
        <translation>Uyum tabloları</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Çiftler</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Layers: {layers}. {documents} documents have two or more of them.</source>
        <translation>Katmanlar: {layers}. {documents} belgede bunlardan iki veya daha fazlası var.</translation>
    </message>
    <message>
        <source>All raters: Fleiss κ {kappa} ({complete} documents with every layer), Krippendorff α {alpha} over {tokens} tokens, αU {unitizing}.</source>
        <translation>Tüm değerlendiriciler: Fleiss κ {kappa} (her katmanı olan {complete} belge), {tokens} sözcük birimi üzerinde Krippendorff α {alpha}, αU {unitizing}.</translation>
    </message>
    <message>
        <source>No document has two layers yet: there is nothing to compare.</source>
        <translation>Henüz hiçbir belgede iki katman yok: karşılaştırılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Skipped: {shown} and {more} more.</source>
        <translation>Atlananlar: {shown} ve {more} tane daha.</translation>
    </message>
    <message>
        <source>Skipped: {shown}.</source>
        <translation>Atlananlar: {shown}.</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>Uyum hesaplanıyor</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Not changed: the project is read-only, {reason}.</source>
        <translation>Değiştirilmedi: proje salt okunur, {reason}.</translation>
    </message>
    <message>
        <source>Not changed: document {id} is approved and read-only; Review → Reopen (Ctrl+Alt+O).</source>
        <translation>Değiştirilmedi: {id} numaralı belge onaylanmış ve salt okunur; İnceleme → Yeniden Aç (Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <source>Select some text (or put the cursor on a word) before pressing a label key.</source>
        <translation>Bir etiket tuşuna basmadan önce biraz metin seçin (ya da imleci bir sözcüğün üzerine getirin).</translation>
    </message>
    <message>
        <source>Not tagged: {error}.</source>
        <translation>Etiketlenmedi: {error}.</translation>
    </message>
    <message>
        <source>Tag “{text}” as {label}</source>
        <translation>“{text}” metnini {label} olarak etiketle</translation>
    </message>
    <message numerus="yes">
        <source> (%n suggestion corrected)</source>
        <translation>
            <numerusform> (%n öneri düzeltildi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n suggestions corrected)</source>
        <translation>
            <numerusform> (%n öneri düzeltildi)</numerusform>
        </translation>
    </message>
    <message>
        <source>, linked to {name}</source>
        <translation>, {name} ile bağlandı</translation>
    </message>
    <message>
        <source>; not linked: {count} canonical entities match ({names}), Ctrl+L to choose</source>
        <translation>; bağlanmadı: {count} kanonik varlık eşleşiyor ({names}), seçmek için Ctrl+L</translation>
    </message>
    <message>
        <source>Tagged “{text}” as {label}{notes} — saved.</source>
        <translation>“{text}” {label} olarak etiketlendi{notes} — kaydedildi.</translation>
    </message>
    <message>
        <source>No span selected to delete.</source>
        <translation>Silinecek aralık seçilmedi.</translation>
    </message>
    <message>
        <source>Not deleted: {error}.</source>
        <translation>Silinmedi: {error}.</translation>
    </message>
    <message>
        <source>Delete {label} span</source>
        <translation>{label} aralığını sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n spans</source>
        <translation>
            <numerusform>%n aralığı sil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span</source>
        <translation>
            <numerusform>%n aralık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spans</source>
        <translation>
            <numerusform>%n aralık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument</source>
        <translation>
            <numerusform>%n argüman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arguments</source>
        <translation>
            <numerusform>%n argüman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {spans} — saved (Ctrl+Z undoes).</source>
        <translation>{spans} silindi — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} ve {second}</translation>
    </message>
    <message>
        <source>Deleted {spans} with {others} — saved (Ctrl+Z undoes).</source>
        <translation>{spans} ile birlikte {others} silindi — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <source>Not relabelled: {error}.</source>
        <translation>Etiketi değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <source>Relabel {before} → {after}</source>
        <translation>Etiketi değiştir: {before} → {after}</translation>
    </message>
    <message>
        <source>Relabelled {before} → {after} — saved.</source>
        <translation>Etiket değişti: {before} → {after} — kaydedildi.</translation>
    </message>
</context>
<context>
    <name>AnnotatorPrompt</name>
    <message>
        <source>Your name as an annotator (your annotations are kept under it):</source>
        <translation>İşaretleyici adınız (işaretlemeleriniz bu adla saklanır):</translation>
    </message>
    <message>
        <source>Welcome to Curator</source>
        <translation>Curator&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>On a server you work as the role you connected as ({current}). To work as someone else, open the server as their role: File → Open Server Project….</source>
        <translation>Sunucuda, bağlandığınız rolle çalışırsınız ({current}). Başka biri olarak çalışmak için sunucuyu onun rolüyle açın: Dosya → Sunucu Projesi Aç….</translation>
    </message>
    <message>
        <source>Switch Annotator</source>
        <translation>İşaretleyici Değiştir</translation>
    </message>
    <message>
        <source>Cannot switch annotator</source>
        <translation>İşaretleyici değiştirilemiyor</translation>
    </message>
    <message>
        <source>You are now {name}: you edit {name}&apos;s layer.</source>
        <translation>Artık {name} olarak çalışıyorsunuz: {name} adlı işaretleyicinin katmanını düzenliyorsunuz.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{error}

Open your last project file instead?
{path}</source>
        <translation>{error}

Bunun yerine son proje dosyanız açılsın mı?
{path}</translation>
    </message>
    <message>
        <source>Curator cannot open the server project</source>
        <translation>Curator sunucudaki projeyi açamıyor</translation>
    </message>
    <message>
        <source>Curator cannot open the project</source>
        <translation>Curator projeyi açamıyor</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>Projeyi açma</translation>
    </message>
    <message>
        <source>Opening the project {path}</source>
        <translation>{path} projesini açma</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <source>Assigning documents</source>
        <translation>Belgeler atanıyor</translation>
    </message>
    <message>
        <source>{summary} — saved.</source>
        <translation>{summary} — kaydedildi.</translation>
    </message>
    <message>
        <source>Nothing assigned to {name} is left to annotate.</source>
        <translation>{name} adlı işaretleyiciye atanmış, işaretlenecek belge kalmadı.</translation>
    </message>
    <message>
        <source>This is the last document left in your queue.</source>
        <translation>Bu, sıranızda kalan son belge.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign documents</source>
        <translation>Belgeleri ata</translation>
    </message>
    <message>
        <source>all documents, or e.g. lang:ky status:new</source>
        <translation>tüm belgeler ya da örneğin lang:ky status:new</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Annotators (comma-separated):</source>
        <translation>İşaretleyiciler (virgülle ayrılmış):</translation>
    </message>
    <message>
        <source>Fraction to several:</source>
        <translation>Birden çok kişiye verilecek oran:</translation>
    </message>
    <message>
        <source>Annotators per shared document:</source>
        <translation>Ortak belge başına işaretleyici:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <source>Documents (filter):</source>
        <translation>Belgeler (süzgeç):</translation>
    </message>
    <message>
        <source>Name the annotators; new names are added as annotators.</source>
        <translation>İşaretleyicileri adlandırın; yeni adlar işaretleyici olarak eklenir.</translation>
    </message>
    <message>
        <source>Cannot assign: {error}.</source>
        <translation>Atanamıyor: {error}.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bayt</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>okunamıyor</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Alındığı zaman</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
</context>
<context>
    <name>BoilerplateActions</name>
    <message>
        <source>No boilerplate proposed in this document.</source>
        <translation>Bu belgede önerilen kalıp metin yok.</translation>
    </message>
    <message>
        <source>No boilerplate region at the cursor (B jumps to the next proposal).</source>
        <translation>İmlecin olduğu yerde kalıp metin bölgesi yok (B bir sonraki öneriye atlar).</translation>
    </message>
    <message>
        <source>Exclude {kind}</source>
        <translation>Dışarıda bırak: {kind}</translation>
    </message>
    <message>
        <source>Keep {kind}</source>
        <translation>Koru: {kind}</translation>
    </message>
    <message>
        <source>Put the cursor on a proposal (or select one) to choose its kind.</source>
        <translation>Türünü seçmek için imleci bir önerinin üzerine getirin (ya da birini seçin).</translation>
    </message>
    <message>
        <source>Accept every {kind} in the corpus</source>
        <translation>Derlemdeki her {kind} önerisini kabul et</translation>
    </message>
    <message>
        <source>Accept every {kind} in the document</source>
        <translation>Belgedeki her {kind} önerisini kabul et</translation>
    </message>
    <message>
        <source>Reject every {kind} in the corpus</source>
        <translation>Derlemdeki her {kind} önerisini reddet</translation>
    </message>
    <message>
        <source>Reject every {kind} in the document</source>
        <translation>Belgedeki her {kind} önerisini reddet</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Değiştirilmedi: {reason}.</translation>
    </message>
    <message>
        <source>{label} in document {id}</source>
        <translation>{id} numaralı belgede {label}</translation>
    </message>
    <message numerus="yes">
        <source>This removes %n annotation(s) inside the excluded text: {names}. Go on?</source>
        <translation>
            <numerusform>Bu işlem, hariç tutulan metnin içindeki %n işaretlemeyi siler: {names}. Devam edilsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: no such proposal is left.</source>
        <translation>Değiştirilecek bir şey yok: böyle bir öneri kalmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted {kinds}; %n annotation(s) removed — saved.</source>
        <translation>
            <numerusform>Kabul edildi: {kinds}; %n işaretleme kaldırıldı — kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted {kinds} — saved.</source>
        <translation>Kabul edildi: {kinds} — kaydedildi.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected {kinds}; %n annotation(s) removed — saved.</source>
        <translation>
            <numerusform>Reddedildi: {kinds}; %n işaretleme kaldırıldı — kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected {kinds} — saved.</source>
        <translation>Reddedildi: {kinds} — kaydedildi.</translation>
    </message>
    <message numerus="yes">
        <source>No new boilerplate in %n document(s).</source>
        <translation>
            <numerusform>%n belgede yeni kalıp metin yok.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect boilerplate ({count})</source>
        <translation>Kalıp metin bul ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n region(s) in {documents} document(s): {kinds}.</source>
        <translation>
            <numerusform>{documents} belgede %n bölge önerildi: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detecting boilerplate…</source>
        <translation>Kalıp metin aranıyor…</translation>
    </message>
</context>
<context>
    <name>BoilerplateKinds</name>
    <message>
        <source>a line repeated in the document (a caption, a repeated title) or in many documents</source>
        <translation>belgede (bir resim altı yazısı, yinelenen bir başlık) ya da birçok belgede yinelenen bir satır</translation>
    </message>
    <message>
        <source>an “other photos” list: its heading and the captions under it</source>
        <translation>bir “diğer fotoğraflar” listesi: başlığı ve altındaki resim yazıları</translation>
    </message>
    <message>
        <source>a list of related articles</source>
        <translation>ilgili haberlerin listesi</translation>
    </message>
    <message>
        <source>currency or market ticker lines</source>
        <translation>döviz ya da borsa şeridi satırları</translation>
    </message>
    <message>
        <source>a section tag or breadcrumb trail</source>
        <translation>bir bölüm etiketi ya da gezinti yolu</translation>
    </message>
    <message>
        <source>comment-box text and share buttons</source>
        <translation>yorum kutusu metni ve paylaşım düğmeleri</translation>
    </message>
    <message>
        <source>a publisher&apos;s letterhead above the title</source>
        <translation>başlığın üstündeki yayıncı antetli başlığı</translation>
    </message>
    <message>
        <source>a date, URL or date prefix line outside the article text</source>
        <translation>haber metninin dışında kalan bir tarih, URL ya da tarih öneki satırı</translation>
    </message>
    <message>
        <source>a hard line break inside a sentence (PDF), proposed for joining</source>
        <translation>cümle içinde zorunlu satır sonu (PDF), birleştirilmesi öneriliyor</translation>
    </message>
    <message>
        <source>repeated line</source>
        <translation>yinelenen satır</translation>
    </message>
    <message>
        <source>other photos</source>
        <translation>diğer fotoğraflar</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>ilgili bağlantılar</translation>
    </message>
    <message>
        <source>ticker</source>
        <translation>borsa şeridi</translation>
    </message>
    <message>
        <source>section tag</source>
        <translation>bölüm etiketi</translation>
    </message>
    <message>
        <source>comment box</source>
        <translation>yorum kutusu</translation>
    </message>
    <message>
        <source>masthead</source>
        <translation>künye başlığı</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>üst veri</translation>
    </message>
    <message>
        <source>line join</source>
        <translation>satır birleştirme</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>önerildi</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
</context>
<context>
    <name>BoilerplatePanel</name>
    <message>
        <source>Boilerplate</source>
        <translation>Kalıp metin</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Accept Kind in Corpus</source>
        <translation>Türü Derlemde Kabul Et</translation>
    </message>
    <message>
        <source>Detect in Corpus</source>
        <translation>Derlemde Bul</translation>
    </message>
    <message>
        <source>({proposed} proposed of {total})</source>
        <translation>({total} bölgeden {proposed} öneri)</translation>
    </message>
</context>
<context>
    <name>BusyWaiter</name>
    <message>
        <source>The project is busy (another program is writing) — retrying…</source>
        <translation>Proje meşgul (başka bir program yazıyor) — yeniden deneniyor…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the project is busy — another program kept writing to it for %n second(s).</source>
        <translation>
            <numerusform>Kaydedilmedi: proje meşgul — başka bir program %n saniye boyunca ona yazmayı sürdürdü.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Redoing “{step}”</source>
        <translation>“{step}” yinelenirken</translation>
    </message>
    <message>
        <source>Redone: {step} — saved.</source>
        <translation>Yinelendi: {step} — kaydedildi.</translation>
    </message>
    <message>
        <source>Undoing “{step}”</source>
        <translation>“{step}” geri alınırken</translation>
    </message>
    <message>
        <source>Undone: {step} — saved.</source>
        <translation>Geri alındı: {step} — kaydedildi.</translation>
    </message>
    <message>
        <source>Showing “{step}”</source>
        <translation>“{step}” gösterilirken</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Text (the article)</source>
        <translation>Metin (haberin kendisi)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Yayım tarihi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>İçe aktar: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n column(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n sütun, her satır bir belge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n field(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n alan, her satır bir belge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first rows are shown below; check which column is the article&apos;s text and which hold its metadata.</source>
        <translation>İlk satırlar aşağıda gösteriliyor; hangi sütunun haber metni, hangilerinin üst verisi olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Keep as metadata</source>
        <translation>Üst veri olarak tut</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
    <message>
        <source>Skip This File</source>
        <translation>Bu Dosyayı Atla</translation>
    </message>
    <message>
        <source>"{column}" is chosen for {first} and {second}</source>
        <translation>"{column}" hem {first} hem {second} için seçilmiş</translation>
    </message>
    <message>
        <source>"{column}" is chosen for {roles}</source>
        <translation>"{column}" şunlar için seçilmiş: {roles}</translation>
    </message>
</context>
<context>
    <name>ColumnRoles</name>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>Gold \ yours</source>
        <translation>Altın \ sizin</translation>
    </message>
</context>
<context>
    <name>CoreAdjudication</name>
    <message>
        <source>missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiket</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>sınır</translation>
    </message>
    <message>
        <source>label and boundary</source>
        <translation>etiket ve sınır</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argümanlar</translation>
    </message>
</context>
<context>
    <name>CoreAgreement</name>
    <message>
        <source>only {who} annotated it</source>
        <translation>yalnızca {who} işaretledi</translation>
    </message>
</context>
<context>
    <name>CoreSearch</name>
    <message>
        <source>tagged already</source>
        <translation>zaten etiketli</translation>
    </message>
    <message>
        <source>excluded text</source>
        <translation>hariç tutulan metin</translation>
    </message>
    <message>
        <source>approved document</source>
        <translation>onaylanmış belge</translation>
    </message>
    <message>
        <source>{label} already</source>
        <translation>zaten {label}</translation>
    </message>
</context>
<context>
    <name>CoreStatistics</name>
    <message>
        <source>Documents by status</source>
        <translation>Duruma göre belgeler</translation>
    </message>
    <message>
        <source>Documents by language</source>
        <translation>Dile göre belgeler</translation>
    </message>
    <message>
        <source>Spans per label</source>
        <translation>Etiket başına aralıklar</translation>
    </message>
    <message>
        <source>Annotations per annotator per day</source>
        <translation>İşaretleyici ve gün başına işaretlemeler</translation>
    </message>
    <message>
        <source>Suggestion acceptance per suggester</source>
        <translation>Önerici başına öneri kabulü</translation>
    </message>
    <message>
        <source>Agreement between annotators</source>
        <translation>İşaretleyiciler arası uyum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Gün (UTC)</translation>
    </message>
    <message>
        <source>(no annotator)</source>
        <translation>(işaretleyici yok)</translation>
    </message>
    <message>
        <source>Suggester</source>
        <translation>Önerici</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edilen</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Düzeltilen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedilen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Kabul oranı</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Çift</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sürüyor</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>işaretlendi</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
    <message>
        <source>Spans made or accepted each day (UTC), by the layer they are on.</source>
        <translation>Her gün (UTC) oluşturulan veya kabul edilen aralıklar, bulundukları katmana göre.</translation>
    </message>
    <message>
        <source>Acceptance: accepted as suggested, of those decided (corrected ones count as not accepted).</source>
        <translation>Kabul oranı: karar verilenler içinde önerildiği gibi kabul edilenlerin payı (düzeltilenler kabul edilmemiş sayılır).</translation>
    </message>
    <message>
        <source>Krippendorff α over all layers: {alpha} ({documents} documents with two or more).</source>
        <translation>Tüm katmanlar üzerinde Krippendorff α: {alpha} (iki veya daha fazla katmanı olan {documents} belge).</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sürüyor</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>işaretlendi</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>gerçekleşmiş</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlanmış</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>varsayımsal</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>olumsuzlanmış</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>önerildi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation>hakemlik</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>işaretleyici</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>gözden geçiren</translation>
    </message>
    <message>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>year</source>
        <translation>yıl</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>yapılacak</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ bitti</translation>
    </message>
</context>
<context>
    <name>CorpusEventsDialog</name>
    <message>
        <source>Corpus Events</source>
        <translation>Derlem Olayları</translation>
    </message>
    <message>
        <source>Reading the event groups…</source>
        <translation>Olay grupları okunuyor…</translation>
    </message>
    <message>
        <source>Event groups</source>
        <translation>Olay grupları</translation>
    </message>
    <message>
        <source>Mentions of the group</source>
        <translation>Grubun anılışları</translation>
    </message>
    <message>
        <source>C&amp;onsolidate</source>
        <translation>&amp;Gruplandır</translation>
    </message>
    <message>
        <source>Group the corpus&apos;s event mentions</source>
        <translation>Derlemdeki olay anmalarını gruplandır</translation>
    </message>
    <message>
        <source>&amp;Split Out (S)</source>
        <translation>&amp;Ayır (S)</translation>
    </message>
    <message>
        <source>The selected mentions leave the group</source>
        <translation>Seçili anmalar gruptan çıkar</translation>
    </message>
    <message>
        <source>&amp;Join (J)</source>
        <translation>&amp;Birleştir (J)</translation>
    </message>
    <message>
        <source>Merge the selected groups into one</source>
        <translation>Seçili grupları tek grupta birleştir</translation>
    </message>
    <message>
        <source>&amp;Confirm (C)</source>
        <translation>&amp;Onayla (C)</translation>
    </message>
    <message>
        <source>Confirm the selected groups</source>
        <translation>Seçili grupları onayla</translation>
    </message>
    <message>
        <source>Reading corpus events</source>
        <translation>Derlem olayları okunuyor</translation>
    </message>
    <message>
        <source>{groups} event group(s), {unconfirmed} not confirmed yet.</source>
        <translation>{groups} olay grubu, {unconfirmed} tanesi henüz onaylanmadı.</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <source>Consolidate corpus events</source>
        <translation>Derlem olaylarını gruplandır</translation>
    </message>
    <message>
        <source>{proposed} proposed group(s) of {mentions} mention(s); kept {confirmed} confirmed and {yours} of yours.</source>
        <translation>{mentions} anmadan {proposed} grup önerildi; onaylanmış {confirmed} grup ve sizin {yours} grubunuz korundu.</translation>
    </message>
    <message>
        <source>Consolidating corpus events…</source>
        <translation>Derlem olayları gruplandırılıyor…</translation>
    </message>
    <message>
        <source>Select one group and the mention(s) to split out of it.</source>
        <translation>Bir grup ve ondan ayrılacak anmaları seçin.</translation>
    </message>
    <message>
        <source>Split {count} mention(s) out of event group {group}</source>
        <translation>{group} numaralı olay grubundan {count} anmayı ayır</translation>
    </message>
    <message>
        <source>Select two or more groups to join.</source>
        <translation>Birleştirmek için iki veya daha fazla grup seçin.</translation>
    </message>
    <message>
        <source>Join event groups {ids}</source>
        <translation>{ids} olay gruplarını birleştir</translation>
    </message>
    <message>
        <source>Select the group(s) to confirm.</source>
        <translation>Onaylanacak grupları seçin.</translation>
    </message>
    <message>
        <source>Unconfirm event group(s) {ids}</source>
        <translation>{ids} olay gruplarının onayını geri al</translation>
    </message>
    <message>
        <source>Confirm event group(s) {ids}</source>
        <translation>{ids} olay gruplarını onayla</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>missed</source>
        <translation>atlanmış</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>fazla</translation>
    </message>
    <message>
        <source>other label</source>
        <translation>başka etiket</translation>
    </message>
    <message>
        <source>other boundaries</source>
        <translation>başka sınırlar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Karakterler</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Altın</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sizin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>DocumentInfo</name>
    <message>
        <source>Document info</source>
        <translation>Belge bilgisi</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <source>Edit document info</source>
        <translation>Belge bilgisini düzenle</translation>
    </message>
</context>
<context>
    <name>DocumentInfoDialog</name>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD)</source>
        <translation>Yayım tarihi (YYYY-AA-GG)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Haber yeri (dateline)</translation>
    </message>
    <message>
        <source>Document #{id}</source>
        <translation>Belge #{id}</translation>
    </message>
    <message>
        <source>(nothing was changed or guessed at import)</source>
        <translation>(içe aktarırken hiçbir şey değiştirilmedi ya da tahmin edilmedi)</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>İçe aktarma günlüğü</translation>
    </message>
    <message>
        <source>Review ({status})</source>
        <translation>Gözden geçirme ({status})</translation>
    </message>
</context>
<context>
    <name>DocumentStatuses</name>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>devam ediyor</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>işaretlendi</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Benim</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Açan</translation>
    </message>
    <message>
        <source>(untitled {id})</source>
        <translation>(başlıksız {id})</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <source>Open now by {names}</source>
        <translation>Şu anda açık olduğu kişiler: {names}</translation>
    </message>
    <message>
        <source>Loading the documents list</source>
        <translation>Belge listesi yüklenirken</translation>
    </message>
    <message>
        <source>Counting the documents</source>
        <translation>Belgeler sayılırken</translation>
    </message>
    <message>
        <source>Reading your assignments</source>
        <translation>Atamalarınız okunurken</translation>
    </message>
    <message>
        <source>Counting documents by status</source>
        <translation>Belgeler duruma göre sayılırken</translation>
    </message>
    <message>
        <source>Refreshing the documents list</source>
        <translation>Belge listesi yenilenirken</translation>
    </message>
</context>
<context>
    <name>DocumentTextView</name>
    <message>
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
        <source>{label} in {layer}&apos;s layer (read-only)</source>
        <translation>{layer} katmanında {label} (salt okunur)</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Filter: title words, lang:ky, status:new, source:AA, date:2021-05</source>
        <translation>Filtre: başlık sözcükleri, lang:ky, status:new, source:AA, date:2021-05</translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate documents</source>
        <translation>Yinelenen belgeler</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Yinelenen belge grupları</translation>
    </message>
    <message>
        <source>Documents of the group</source>
        <translation>Gruptaki belgeler</translation>
    </message>
    <message>
        <source>Make &amp;Keeper</source>
        <translation>&amp;Asıl Yap</translation>
    </message>
    <message>
        <source>&amp;Merge into Keeper</source>
        <translation>Asıl Belgeyle &amp;Birleştir</translation>
    </message>
    <message>
        <source>Keep &amp;Separate</source>
        <translation>Ayrı &amp;Tut</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>&amp;Yeniden Ara</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Searching for duplicates…</source>
        <translation>Yinelenen belgeler aranıyor…</translation>
    </message>
    <message>
        <source>Finding duplicates…</source>
        <translation>Yinelenen belgeler bulunuyor…</translation>
    </message>
    <message>
        <source>No result: {message}.</source>
        <translation>Sonuç yok: {message}.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of the same story, {documents} documents. Pick the keeper (the document whose annotations stay), then merge the others into it or keep them all.</source>
        <translation>
            <numerusform>Aynı haberden %n grup, {documents} belge. Asıl belgeyi (işaretlemeleri kalacak belgeyi) seçin, sonra ötekileri onunla birleştirin ya da hepsini tutun.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Yinelenen belge bulunamadı.</translation>
    </message>
    <message>
        <source>merged into #{keeper}</source>
        <translation>#{keeper} ile birleştirildi</translation>
    </message>
    <message>
        <source>kept separate</source>
        <translation>ayrı tutuldu</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Yinelenenleri birleştir</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s) into #{keeper}</source>
        <translation>
            <numerusform>%n yinelenen belgeyi #{keeper} ile birleştir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {names} into #{keeper}: %n span(s) carried, {skipped} already there.</source>
        <translation>
            <numerusform>{names}, #{keeper} ile birleştirildi: %n aralık taşındı, {skipped} aralık zaten vardı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed and stay on their copy.</source>
        <translation>
            <numerusform>%n aralık yerleştirilemedi ve kendi kopyasında kaldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z ile geri alınır.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n documents separate</source>
        <translation>
            <numerusform>%n belgeyi ayrı tut</numerusform>
        </translation>
    </message>
    <message>
        <source>{documents} are kept separate and will not be proposed again.</source>
        <translation>{documents} ayrı tutuluyor ve yeniden önerilmeyecek.</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>&lt;b&gt;Entities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Varlıklar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Click a row to find it · F2 changes the label · Delete removes&lt;/small&gt;</source>
        <translation>&lt;small&gt;Bulmak için bir satıra tıklayın · F2 etiketi değiştirir · Delete siler&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entities&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Varlıklar&lt;/b&gt; ({count})</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Anmalar</translation>
    </message>
    <message>
        <source>no Wikidata id</source>
        <translation>Wikidata kimliği yok</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {documents}</source>
        <translation>
            <numerusform>{documents} içinde %n anma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message>
        <source>aliases: {aliases}</source>
        <translation>diğer adlar: {aliases}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Curator — something went wrong</source>
        <translation>Curator — bir şeyler ters gitti</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what} başarısız oldu</translation>
    </message>
    <message>
        <source>{error}

Project: {project}
Edits the status bar reported as saved are safe; this step was not saved.</source>
        <translation>{error}

Proje: {project}
Durum çubuğunun kaydedildi dediği düzenlemeler güvende; bu adım kaydedilmedi.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>This report is also in the error log: {log}</source>
        <translation>Bu rapor hata günlüğünde de var: {log}</translation>
    </message>
    <message>
        <source>The error log could not be written.</source>
        <translation>Hata günlüğü yazılamadı.</translation>
    </message>
    <message>
        <source>{where}
Please send it with a bug report.</source>
        <translation>{where}
Lütfen bir hata bildirimiyle birlikte gönderin.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Hata ayrıntıları</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Raporu &amp;Kopyala</translation>
    </message>
    <message>
        <source>Details (for a bug report):</source>
        <translation>Ayrıntılar (hata bildirimi için):</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>E then: {letters}</source>
        <translation>E, ardından: {letters}</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Önce bir olay seçin.</translation>
    </message>
    <message>
        <source>{type} is now {realis} — saved.</source>
        <translation>{type} artık {realis} — kaydedildi.</translation>
    </message>
    <message>
        <source>The schema has no attributes for {type} (Edit → Edit Schema).</source>
        <translation>Şemada {type} için öznitelik yok (Düzen → Şemayı Düzenle).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>{type}: {attribute} = {value} — saved.</source>
        <translation>{type}: {attribute} = {value} — kaydedildi.</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Olay tarihi</translation>
    </message>
    <message>
        <source>Date (any form; empty clears it):</source>
        <translation>Tarih (herhangi bir biçimde; boş bırakmak siler):</translation>
    </message>
    <message>
        <source>“{text}” is not a date Curator can read; nothing changed.</source>
        <translation>“{text}” Curator&apos;ın okuyabildiği bir tarih değil; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>{type} dated {date} ({precision}) — saved.</source>
        <translation>{type} tarihi {date} ({precision}) — kaydedildi.</translation>
    </message>
    <message>
        <source>Select or create an event first (E then a letter).</source>
        <translation>Önce bir olay seçin ya da oluşturun (E, ardından bir harf).</translation>
    </message>
    <message>
        <source>{type} has no roles in the schema.</source>
        <translation>Şemada {type} için rol yok.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>her etiket</translation>
    </message>
    <message>
        <source>{role} ({labels}, repeats)</source>
        <translation>{role} ({labels}, yinelenebilir)</translation>
    </message>
    <message>
        <source>Put the cursor on the span the relation starts from, then press Ctrl+Shift+R.</source>
        <translation>İmleci ilişkinin başladığı aralığa getirin, sonra Ctrl+Shift+R&apos;ye basın.</translation>
    </message>
    <message>
        <source>Tag the entity first; arguments and relations link tagged spans.</source>
        <translation>Önce varlığı etiketleyin; argümanlar ve ilişkiler etiketli aralıkları bağlar.</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <source>Select the trigger word (or put the cursor on it) before pressing an event key.</source>
        <translation>Bir olay tuşuna basmadan önce tetikleyici sözcüğü seçin (ya da imleci üzerine getirin).</translation>
    </message>
    <message>
        <source>That {type} event exists already; it is selected (Ctrl+R adds arguments).</source>
        <translation>Bu {type} olayı zaten var; seçildi (Ctrl+R argüman ekler).</translation>
    </message>
    <message>
        <source>No event created: {error}.</source>
        <translation>Olay oluşturulmadı: {error}.</translation>
    </message>
    <message>
        <source>Create {type} event on “{text}”</source>
        <translation>“{text}” üzerinde {type} olayı oluştur</translation>
    </message>
    <message>
        <source>{type} event created — saved. Add its arguments with Ctrl+R.</source>
        <translation>{type} olayı oluşturuldu — kaydedildi. Argümanlarını Ctrl+R ile ekleyin.</translation>
    </message>
    <message>
        <source>Select an event first (in the events panel, or create one).</source>
        <translation>Önce bir olay seçin (olaylar panelinde) ya da bir olay oluşturun.</translation>
    </message>
    <message>
        <source>Argument not added: {error}.</source>
        <translation>Argüman eklenmedi: {error}.</translation>
    </message>
    <message>
        <source>event #{id}</source>
        <translation>#{id} numaralı olay</translation>
    </message>
    <message>
        <source>Add {role} “{text}”</source>
        <translation>{role} ekle: “{text}”</translation>
    </message>
    <message>
        <source>Added {role} “{text}” — saved.</source>
        <translation>{role} eklendi: “{text}” — kaydedildi.</translation>
    </message>
    <message>
        <source>Remove argument</source>
        <translation>Argümanı kaldır</translation>
    </message>
    <message>
        <source>Argument removed — saved.</source>
        <translation>Argüman kaldırıldı — kaydedildi.</translation>
    </message>
    <message>
        <source>Delete {type} event</source>
        <translation>{type} olayını sil</translation>
    </message>
    <message>
        <source>{type} event deleted — saved (Ctrl+Z undoes).</source>
        <translation>{type} olayı silindi — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <source>Event not changed: {error}.</source>
        <translation>Olay değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <source>Edit {type} event ({fields})</source>
        <translation>{type} olayını düzenle ({fields})</translation>
    </message>
    <message>
        <source>Relation not added: {error}.</source>
        <translation>İlişki eklenmedi: {error}.</translation>
    </message>
    <message>
        <source>Add {type} relation</source>
        <translation>{type} ilişkisi ekle</translation>
    </message>
    <message>
        <source>{type} relation added — saved.</source>
        <translation>{type} ilişkisi eklendi — kaydedildi.</translation>
    </message>
    <message>
        <source>Delete {type} relation</source>
        <translation>{type} ilişkisini sil</translation>
    </message>
    <message>
        <source>{type} relation deleted — saved.</source>
        <translation>{type} ilişkisi silindi — kaydedildi.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Olaylar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relations&lt;/b&gt;</source>
        <translation>&lt;b&gt;İlişkiler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;E then a letter makes the selection a trigger · Ctrl+R adds an argument · Ctrl+Shift+R relates the span at the cursor · Delete removes&lt;/small&gt;</source>
        <translation>&lt;small&gt;E ve ardından bir harf seçimi tetikleyici yapar · Ctrl+R argüman ekler · Ctrl+Shift+R imleçteki aralığı ilişkilendirir · Delete siler&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Olaylar&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relations&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;İlişkiler&lt;/b&gt; ({count})</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Pair</source>
        <translation>Çift</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Olay türü</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Birimler</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <source>(trigger)</source>
        <translation>(tetikleyici)</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <source>Event / argument</source>
        <translation>Olay / argüman</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Realis · attributes</source>
        <translation>Gerçeklik · öznitelikler</translation>
    </message>
    <message>
        <source>date from “{raw}” ({precision})</source>
        <translation>tarih “{raw}” ifadesinden ({precision})</translation>
    </message>
    <message>
        <source>{role}: event #{id}</source>
        <translation>{role}: #{id} numaralı olay</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>altın</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tümü</translation>
    </message>
    <message>
        <source>lean</source>
        <translation>yalın</translation>
    </message>
    <message>
        <source>full</source>
        <translation>tam</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Dışa Aktar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dışa aktarma klasörü</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Dışa aktarma dosyası</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Prodigy/spaCy JSONL: one task per document with tokens and token-aligned spans</source>
        <translation>Prodigy/spaCy JSONL: her belge için andıçları ve andıçlara hizalı aralıklarıyla bir görev</translation>
    </message>
    <message>
        <source>spaCy DocBin training data: train.spacy, dev.spacy (and test.spacy), a seeded split by near-duplicate group, stratified by language; a split over 5,000 documents is a folder of shards (train/0001.spacy, ...)</source>
        <translation>spaCy DocBin eğitim verisi: train.spacy, dev.spacy (ve test.spacy); benzer kopya gruplarına göre tohumlu, dile göre katmanlı bir bölme; 5.000 belgeyi aşan bir bölüm parçalardan oluşan bir klasördür (train/0001.spacy, ...)</translation>
    </message>
    <message>
        <source>CoNLL-2003 / BIO: one token and its tag per line (IOB2, or IOB1 or BILOU on request)</source>
        <translation>CoNLL-2003 / BIO: her satırda bir andıç ve etiketi (IOB2; istenirse IOB1 ya da BILOU)</translation>
    </message>
    <message>
        <source>brat standoff: a folder of NNNN_&lt;title&gt;.txt + .ann per document, with annotation.conf</source>
        <translation>brat standoff: her belge için NNNN_&lt;başlık&gt;.txt + .ann dosyalarından ve annotation.conf dosyasından oluşan bir klasör</translation>
    </message>
    <message>
        <source>doccano JSONL: entities and relations (events flattened to trigger + role relations)</source>
        <translation>doccano JSONL: varlıklar ve ilişkiler (olaylar tetikleyici + rol ilişkilerine düzleştirilir)</translation>
    </message>
    <message>
        <source>Clean event records, one JSON object per event (date, parties, trigger, evidence, source)</source>
        <translation>Temiz olay kayıtları, her olay için bir JSON nesnesi (tarih, taraflar, tetikleyici, kanıt, kaynak)</translation>
    </message>
    <message>
        <source>Clean event records as a spreadsheet-ready CSV table (--layout lean or full)</source>
        <translation>Temiz olay kayıtları, hesap tablosuna hazır bir CSV tablosu olarak (--layout lean ya da full)</translation>
    </message>
    <message>
        <source>Canonical entities with aliases, Wikidata id, mention and document counts (JSONL)</source>
        <translation>Diğer adları, Wikidata kimliği, anılma ve belge sayılarıyla kanonik varlıklar (JSONL)</translation>
    </message>
    <message>
        <source>Canonical entities with aliases, Wikidata id, mention and document counts (CSV)</source>
        <translation>Diğer adları, Wikidata kimliği, anılma ve belge sayılarıyla kanonik varlıklar (CSV)</translation>
    </message>
    <message>
        <source>Events as PLOVER/POLECAT-style event JSON (events without a PLOVER category are skipped)</source>
        <translation>PLOVER/POLECAT tarzı olay JSON&apos;u olarak olaylar (PLOVER kategorisi olmayan olaylar atlanır)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Include untouched documents (new, no annotations)</source>
        <translation>Dokunulmamış belgeleri de al (yeni, işaretlemesiz)</translation>
    </message>
    <message>
        <source>keep documents nobody touched (new, no spans); left out, their text cannot teach a model that its names are not names</source>
        <translation>kimsenin dokunmadığı belgeleri de al (yeni, aralıksız); dışarıda kalırlarsa metinleri bir modele adı olmayan sözcüklerin ad olmadığını öğretemez</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <source>whose annotations to export: gold, an annotator&apos;s name, or all (each layer apart); by default gold where a document has it, else its single annotator&apos;s layer, and a document with several layers and no gold is left out and reported</source>
        <translation>kimin işaretlemelerinin dışa aktarılacağı: gold, bir işaretleyicinin adı ya da all (her katman ayrı); varsayılan olarak belgede varsa gold, yoksa tek işaretleyicisinin katmanı; birden çok katmanı olup gold katmanı olmayan belge dışarıda bırakılır ve raporlanır</translation>
    </message>
    <message>
        <source>Tag scheme</source>
        <translation>Etiket şeması</translation>
    </message>
    <message>
        <source>tag scheme of the entity tags</source>
        <translation>varlık etiketlerinin etiket şeması</translation>
    </message>
    <message>
        <source>Dev fraction</source>
        <translation>Geliştirme oranı</translation>
    </message>
    <message>
        <source>share of documents for dev</source>
        <translation>geliştirme kümesine ayrılan belge payı</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Test oranı</translation>
    </message>
    <message>
        <source>share of documents for test (test.spacy); with the dev fraction below 1</source>
        <translation>test kümesine ayrılan belge payı (test.spacy); geliştirme oranıyla toplamı 1&apos;in altında</translation>
    </message>
    <message>
        <source>Split by document (no duplicate search)</source>
        <translation>Belgeye göre böl (kopya araması yok)</translation>
    </message>
    <message>
        <source>split by document instead of by near-duplicate group: no duplicate search (faster on a big corpus), but copies of one story can land in train and dev</source>
        <translation>benzer kopya grubuna göre değil belgeye göre böl: kopya araması yapılmaz (büyük derlemde daha hızlı), ama bir haberin kopyaları hem eğitim hem geliştirme kümesine düşebilir</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Bölme tohumu</translation>
    </message>
    <message>
        <source>seed of the train/dev/test split</source>
        <translation>eğitim/geliştirme/test bölmesinin tohumu</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for spreadsheet programs)</source>
        <translation>BOM&apos;lu UTF-8 (hesap tablosu programları için)</translation>
    </message>
    <message>
        <source>start CSV files with a UTF-8 BOM (spreadsheets)</source>
        <translation>CSV dosyalarını UTF-8 BOM ile başlat (hesap tabloları)</translation>
    </message>
    <message>
        <source>One record per mention (not per corpus event)</source>
        <translation>Her anılma için bir kayıt (derlem olayı başına değil)</translation>
    </message>
    <message>
        <source>event records: one record per mention, even where `curator events consolidate` grouped them</source>
        <translation>olay kayıtları: `curator events consolidate` gruplamış olsa bile her anılma için bir kayıt</translation>
    </message>
    <message>
        <source>One record per event reported by several documents</source>
        <translation>Birden çok belgenin bildirdiği olay için tek kayıt</translation>
    </message>
    <message>
        <source>event records: one record for an event several documents report</source>
        <translation>olay kayıtları: birden çok belgenin bildirdiği bir olay için tek kayıt</translation>
    </message>
    <message>
        <source>CSV layout</source>
        <translation>CSV düzeni</translation>
    </message>
    <message>
        <source>events CSV: lean (the columns the exported event types use, parties as JSON arrays) or full (every column, lists joined by &apos;|&apos;)</source>
        <translation>olay CSV&apos;si: lean (dışa aktarılan olay türlerinin kullandığı sütunlar, taraflar JSON dizisi olarak) ya da full (her sütun, listeler &apos;|&apos; ile birleştirilmiş)</translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <source>Feedback for {annotator}</source>
        <translation>{annotator} için geri bildirim</translation>
    </message>
    <message>
        <source>{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, {disagreements} disagreements.</source>
        <translation>{annotator}, altın katmana göre: {documents} belge, uzlaşılan {agreed} aralık, {disagreements} uyuşmazlık.</translation>
    </message>
    <message>
        <source>{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, {disagreements} disagreements. No document has both layers yet.</source>
        <translation>{annotator}, altın katmana göre: {documents} belge, uzlaşılan {agreed} aralık, {disagreements} uyuşmazlık. Henüz hiçbir belgede iki katman birden yok.</translation>
    </message>
    <message>
        <source>Differences from gold</source>
        <translation>Altın standarttan farklar</translation>
    </message>
    <message>
        <source>Confusion table</source>
        <translation>Karışıklık tablosu</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Geri bildirim</translation>
    </message>
    <message>
        <source>You are working in the gold layer: feedback compares an annotator&apos;s layer with gold. Switch to your own layer first.</source>
        <translation>Altın katmanda çalışıyorsunuz: geri bildirim bir işaretleyicinin katmanını altın katmanla karşılaştırır. Önce kendi katmanınıza geçin.</translation>
    </message>
    <message>
        <source>There is no gold layer yet: adjudicate documents first.</source>
        <translation>Henüz altın katman yok: önce belgelerde hakemlik yapın.</translation>
    </message>
    <message>
        <source>Comparing with gold</source>
        <translation>Altın katmanla karşılaştırılıyor</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Nothing to count yet</source>
        <translation>Henüz sayılacak bir şey yok</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <source>{title}, as a table</source>
        <translation>{title}, tablo olarak</translation>
    </message>
    <message>
        <source>{title}, as a chart</source>
        <translation>{title}, grafik olarak</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>Grafik ya da tablo</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>&amp;CSV olarak kopyala</translation>
    </message>
    <message>
        <source>Put this table on the clipboard as comma-separated values</source>
        <translation>Bu tabloyu virgülle ayrılmış değerler olarak panoya kopyala</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} dosyası</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document (Enter: next, Shift+Enter: previous)</source>
        <translation>Belgede bul (Enter: sonraki, Shift+Enter: önceki)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Düzenli ifade</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Tam sözcük</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Önceki eşleşme (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Sonraki eşleşme (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>eşleşme yok</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Anmalar</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>önerildi</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>{status} (yours)</source>
        <translation>{status} (sizin)</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Benzerlik</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Başlıklar</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>birebir</translation>
    </message>
    <message>
        <source>near</source>
        <translation>benzer</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>{path}: the project is busy (another program is writing to it); try again</source>
        <translation>{path}: proje meşgul (başka bir program ona yazıyor); yeniden deneyin</translation>
    </message>
    <message>
        <source>{path}: the database failed ({error}). Reopen the project; if this happens again, restore the latest backup.</source>
        <translation>{path}: veritabanı hata verdi ({error}). Projeyi yeniden açın; bu yine olursa en son yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>internal error ({error}); see the error report</source>
        <translation>iç hata ({error}); hata raporuna bakın</translation>
    </message>
    <message>
        <source>Not saved — {what}: {detail}</source>
        <translation>Kaydedilmedi — {what}: {detail}</translation>
    </message>
    <message>
        <source>{what}: not done.

{message}</source>
        <translation>{what}: yapılmadı.

{message}</translation>
    </message>
    <message>
        <source>Curator — the project cannot be used</source>
        <translation>Curator — proje kullanılamıyor</translation>
    </message>
    <message>
        <source>{what} was not saved.

{failure}

Reopen connects to the project file again and shows it as it is on disk; Ctrl+Z still undoes your earlier edits.</source>
        <translation>{what} kaydedilmedi.

{failure}

Yeniden Aç, proje dosyasına yeniden bağlanır ve onu diskteki haliyle gösterir; Ctrl+Z önceki düzenlemelerinizi yine geri alır.</translation>
    </message>
    <message>
        <source>Details are in the error log: {log}</source>
        <translation>Ayrıntılar hata günlüğünde: {log}</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Yeniden Aç</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Reopening the project</source>
        <translation>Projeyi yeniden açma</translation>
    </message>
    <message>
        <source>Reading the project again</source>
        <translation>Projeyi yeniden okuma</translation>
    </message>
    <message>
        <source>Reopened {path}. The step that failed was not saved: do it again.</source>
        <translation>{path} yeniden açıldı. Başarısız olan adım kaydedilmedi: yeniden yapın.</translation>
    </message>
    <message>
        <source>A step of the window</source>
        <translation>Pencerenin bir adımı</translation>
    </message>
</context>
<context>
    <name>HealthActions</name>
    <message>
        <source>Health: checking…</source>
        <translation>Sağlık: denetleniyor…</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Proje denetleniyor…</translation>
    </message>
    <message>
        <source>Health: check cancelled</source>
        <translation>Sağlık: denetim iptal edildi</translation>
    </message>
    <message>
        <source>Health: ok ({time})</source>
        <translation>Sağlık: sorun yok ({time})</translation>
    </message>
    <message>
        <source>Health: DAMAGED, read-only (Project → Health)</source>
        <translation>Sağlık: HASARLI, salt okunur (Proje → Sağlık)</translation>
    </message>
    <message>
        <source>Health: the check failed</source>
        <translation>Sağlık: denetim başarısız oldu</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Sağlık denetimi</translation>
    </message>
    <message>
        <source>… (Project → Health shows them all)</source>
        <translation>… (Proje → Sağlık hepsini gösterir)</translation>
    </message>
    <message>
        <source>The project is open read-only so that nothing makes the damage worse.</source>
        <translation>Hiçbir şey hasarı büyütmesin diye proje salt okunur açık.</translation>
    </message>
    <message>
        <source>The latest good backup is {path}.</source>
        <translation>En son sağlam yedek: {path}.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Sağlam yedek bulunamadı.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Proje hasarlı</translation>
    </message>
    <message>
        <source>Restore Latest Good Backup…</source>
        <translation>En Son Sağlam Yedeği Geri Yükle…</translation>
    </message>
    <message>
        <source>Restore {backup} into the new project {target}, and open it?

The damaged project {project} is left as it is.</source>
        <translation>{backup} yeni proje {target} olarak geri yüklenip açılsın mı?

Hasarlı proje {project} olduğu gibi bırakılır.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Geri yükleniyor…</translation>
    </message>
    <message>
        <source>A server project is backed up by its administrator (pg_dump)</source>
        <translation>Sunucu projesini yöneticisi yedekler (pg_dump)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Yedeklendi: {path}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Yedekleme başarısız: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthChecks</name>
    <message>
        <source>integrity</source>
        <translation>bütünlük</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>yabancı anahtarlar</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>satırlar</translation>
    </message>
    <message>
        <source>content hashes</source>
        <translation>içerik özetleri</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>bağlantı</translation>
    </message>
    <message>
        <source>schema revision</source>
        <translation>şema sürümü</translation>
    </message>
    <message>
        <source>references</source>
        <translation>başvurular</translation>
    </message>
    <message>
        <source>offsets</source>
        <translation>konumlar</translation>
    </message>
    <message>
        <source>span counts</source>
        <translation>aralık sayıları</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Project health</source>
        <translation>Proje sağlığı</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>Sağlık raporu</translation>
    </message>
    <message>
        <source>Restore Latest Good Backup…</source>
        <translation>En Son Sağlam Yedeği Geri Yükle…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Yeniden Denetle</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>ok: {checks} of {documents} documents checked at {time}</source>
        <translation>sorun yok: {documents} belgenin {checks} denetimi {time} zamanında yapıldı</translation>
    </message>
    <message numerus="yes">
        <source>damaged: %n problem(s) found at {time}</source>
        <translation>
            <numerusform>hasarlı: {time} zamanında %n sorun bulundu</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … ve {count} tane daha</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>not: {note}</translation>
    </message>
    <message>
        <source>latest good backup: {path}</source>
        <translation>en son sağlam yedek: {path}</translation>
    </message>
    <message>
        <source>restore it with: curator restore BACKUP NEW_FILE</source>
        <translation>şununla geri yükleyin: curator restore BACKUP NEW_FILE</translation>
    </message>
    <message>
        <source>no good backup found</source>
        <translation>sağlam yedek bulunamadı</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of #{id}</source>
        <translation>#{id} geçmişi</translation>
    </message>
    <message>
        <source>Changes to “{title}”, newest first</source>
        <translation>“{title}” üzerindeki değişiklikler, en yenisi önce</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Değişiklikler</translation>
    </message>
    <message>
        <source>&amp;Revert Selected</source>
        <translation>Seçileni &amp;Geri Al</translation>
    </message>
    <message>
        <source>Take back the selected change (Alt+R); Ctrl+Z in the window undoes it</source>
        <translation>Seçili değişikliği geri al (Alt+G); pencerede Ctrl+Z bunu da geri alır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>belge {id}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zaman (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Eşleşme</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Sağ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
</context>
<context>
    <name>KeyModel</name>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message>
        <source>Put the cursor on a tagged mention, then Ctrl+L.</source>
        <translation>İmleci etiketli bir anmanın üzerine getirin, sonra Ctrl+L.</translation>
    </message>
    <message>
        <source>Mention: “{text}” [{label}] — Enter links it</source>
        <translation>Anma: “{text}” [{label}] — Enter bağlar</translation>
    </message>
    <message>
        <source>Mention: “{text}” [{label}] — {count} canonical entities match; choose one, Enter links it</source>
        <translation>Anma: “{text}” [{label}] — {count} kanonik varlık eşleşiyor; birini seçin, Enter bağlar</translation>
    </message>
    <message>
        <source>Not linked: {error}.</source>
        <translation>Bağlanmadı: {error}.</translation>
    </message>
    <message>
        <source>Choose a mention (Ctrl+L on it) and an entity first.</source>
        <translation>Önce bir anma (üzerinde Ctrl+L) ve bir varlık seçin.</translation>
    </message>
    <message>
        <source>Link “{text}” to {entity}</source>
        <translation>“{text}” anmasını {entity} varlığına bağla</translation>
    </message>
    <message>
        <source>Linked “{text}” to {entity} — saved.</source>
        <translation>“{text}”, {entity} varlığına bağlandı — kaydedildi.</translation>
    </message>
    <message>
        <source>Link every “{text}” to {entity}</source>
        <translation>Her “{text}” anmasını {entity} varlığına bağla</translation>
    </message>
    <message>
        <source>Linked {count} mentions of “{text}” to {entity} — saved (one undo).</source>
        <translation>“{text}” metninin {count} anması {entity} varlığına bağlandı — kaydedildi (tek geri alma).</translation>
    </message>
    <message>
        <source>Put the cursor on a tagged mention first.</source>
        <translation>Önce imleci etiketli bir anmanın üzerine getirin.</translation>
    </message>
    <message>
        <source>Not created: {error}.</source>
        <translation>Oluşturulmadı: {error}.</translation>
    </message>
    <message>
        <source>New entity “{name}”</source>
        <translation>Yeni varlık “{name}”</translation>
    </message>
    <message>
        <source>New canonical entity “{name}” ({label}), linked — saved.</source>
        <translation>Yeni kanonik varlık “{name}” ({label}), bağlandı — kaydedildi.</translation>
    </message>
    <message>
        <source>The mention at the cursor is not linked.</source>
        <translation>İmleçteki anma bağlı değil.</translation>
    </message>
    <message>
        <source>Unlink mention</source>
        <translation>Anmanın bağını kaldır</translation>
    </message>
    <message>
        <source>Unlinked — saved.</source>
        <translation>Bağ kaldırıldı — kaydedildi.</translation>
    </message>
    <message>
        <source>Linking unambiguous mentions…</source>
        <translation>Tek anlamlı anmalar bağlanıyor…</translation>
    </message>
    <message>
        <source>Link {count} unambiguous mentions</source>
        <translation>{count} tek anlamlı anmayı bağla</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n mention(s)</source>
        <translation>
            <numerusform>%n anma bağlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>{linked} — saved (one undo)</source>
        <translation>{linked} — kaydedildi (tek geri alma)</translation>
    </message>
    <message>
        <source>{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match, {read_only} in approved documents left alone.</source>
        <translation>{linked}; {ambiguous} belirsiz (seçmek için her birinde Ctrl+L), {unmatched} eşleşmesiz, onaylanmış belgelerdeki {read_only} anmaya dokunulmadı.</translation>
    </message>
    <message>
        <source>{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match.</source>
        <translation>{linked}; {ambiguous} belirsiz (seçmek için her birinde Ctrl+L), {unmatched} eşleşmesiz.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Search any alias: kgao, ЖККУ, Bishkek, Q318693…</source>
        <translation>Herhangi bir adla arayın: kgao, ЖККУ, Bişkek, Q318693…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Link all identical</source>
        <translation>Tüm özdeşleri bağla</translation>
    </message>
    <message>
        <source>New from mention</source>
        <translation>Anmadan yeni</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bağı kaldır</translation>
    </message>
</context>
<context>
    <name>LabelBarChart</name>
    <message>
        <source>No label to compare</source>
        <translation>Karşılaştırılacak etiket yok</translation>
    </message>
</context>
<context>
    <name>LabelColorModel</name>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>sizin</translation>
    </message>
    <message>
        <source>the project&apos;s</source>
        <translation>projenin</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Key {key}; Alt+{key} tags the exact characters</source>
        <translation>Tuş {key}; Alt+{key} tam karakterleri etiketler</translation>
    </message>
    <message>
        <source>&lt;small&gt;overlaps: inner fill, outer underline&lt;/small&gt;</source>
        <translation>&lt;small&gt;çakışmalar: içteki dolgu, dıştaki alt çizgi&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LabelTableModel</name>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Spans compared</source>
        <translation>Karşılaştırılan aralıklar</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Sınır</translation>
    </message>
    <message>
        <source>Label differs</source>
        <translation>Etiket farklı</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The language changes when the running job ends.</source>
        <translation>Dil, çalışan iş bitince değişecek.</translation>
    </message>
</context>
<context>
    <name>LayersActions</name>
    <message numerus="yes">
        <source>{name} ({role}); showing %n other layer</source>
        <translation>
            <numerusform>{name} ({role}); %n başka katman gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} ({role}); showing %n other layers</source>
        <translation>
            <numerusform>{name} ({role}); %n başka katman gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>You edit {name}&apos;s layer; File → Switch Annotator… to change</source>
        <translation>{name} katmanını düzenliyorsunuz; değiştirmek için Dosya → İşaretleyici Değiştir…</translation>
    </message>
    <message>
        <source>Showing only your own layer.</source>
        <translation>Yalnızca kendi katmanınız gösteriliyor.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layer read-only; spans here: {layers}.</source>
        <translation>
            <numerusform>%n başka katman salt okunur gösteriliyor; buradaki aralıklar: {layers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layers read-only; spans here: {layers}.</source>
        <translation>
            <numerusform>%n başka katman salt okunur gösteriliyor; buradaki aralıklar: {layers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layer read-only; none has spans in this document.</source>
        <translation>
            <numerusform>%n başka katman salt okunur gösteriliyor; hiçbirinin bu belgede aralığı yok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layers read-only; none has spans in this document.</source>
        <translation>
            <numerusform>%n başka katman salt okunur gösteriliyor; hiçbirinin bu belgede aralığı yok.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersDialog</name>
    <message>
        <source>Layers</source>
        <translation>Katmanlar</translation>
    </message>
    <message>
        <source>Show these annotators&apos; layers (other layers are read-only):</source>
        <translation>Şu işaretleyicilerin katmanlarını göster (diğer katmanlar salt okunurdur):</translation>
    </message>
    <message numerus="yes">
        <source>%n span here</source>
        <translation>
            <numerusform>burada %n aralık</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spans here</source>
        <translation>
            <numerusform>burada %n aralık</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (you) — {spans}</source>
        <translation>{name} (siz) — {spans}</translation>
    </message>
</context>
<context>
    <name>LearningCurve</name>
    <message>
        <source>Learning curve: dev F1 over training time</source>
        <translation>Öğrenme eğrisi: eğitim süresi boyunca geliştirme F1</translation>
    </message>
    <message>
        <source>No dev evaluation yet.</source>
        <translation>Henüz geliştirme değerlendirmesi yok.</translation>
    </message>
    <message>
        <source>{count} evaluations; best dev F1 {best} at {best_seconds} s (update {step}); last {last} at {last_seconds} s</source>
        <translation>{count} değerlendirme; en iyi geliştirme F1 {best}, {best_seconds} sn&apos;de (güncelleme {step}); sonuncusu {last}, {last_seconds} sn&apos;de</translation>
    </message>
    <message>
        <source>dev F1</source>
        <translation>geliştirme F1</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} sn</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>eğitim süresi</translation>
    </message>
    <message>
        <source>The curve appears at the first dev evaluation.</source>
        <translation>Eğri ilk geliştirme değerlendirmesinde görünür.</translation>
    </message>
    <message>
        <source>best {f1}</source>
        <translation>en iyi {f1}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Lost the connection to {server} ({reason}); retrying — your saved work is on the server, and what you see stays</source>
        <translation>{server} ile bağlantı koptu ({reason}); yeniden deneniyor — kaydedilmiş çalışmanız sunucuda, gördükleriniz yerinde kalıyor</translation>
    </message>
    <message>
        <source>Connected to {server} again</source>
        <translation>{server} ile yeniden bağlanıldı</translation>
    </message>
    <message>
        <source>Reading who has which document open</source>
        <translation>Kimin hangi belgeyi açtığını okuma</translation>
    </message>
    <message>
        <source>Checking for other windows&apos; changes</source>
        <translation>Diğer pencerelerin değişikliklerini denetleme</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>biri</translation>
    </message>
    <message>
        <source>Updated: {who} changed “{title}” at {time}</source>
        <translation>Güncellendi: {who}, “{title}” belgesini {time} saatinde değiştirdi</translation>
    </message>
    <message>
        <source>Updated: {who} changed “{title}”</source>
        <translation>Güncellendi: {who}, “{title}” belgesini değiştirdi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Bilgi tabanı</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Kalıp metin</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Hakemlik</translation>
    </message>
    <message>
        <source>Tag Exact Characters as {label}</source>
        <translation>Tam Karakterleri {label} Olarak Etiketle</translation>
    </message>
    <message>
        <source>Tag as {label}</source>
        <translation>{label} Olarak Etiketle</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Keeper</source>
        <translation>Asıl</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Similarity to keeper</source>
        <translation>Asıl belgeye benzerlik</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <source>keeper</source>
        <translation>asıl</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>önerilen</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <source>Doc</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Keep both (theirs as a separate layer NAME@FILE)</source>
        <translation>İkisini de tut (onlarınki ayrı bir katman olarak: AD@DOSYA)</translation>
    </message>
    <message>
        <source>Newest wins (the later edit of the layer)</source>
        <translation>En yenisi kazanır (katmanın sonraki düzenlemesi)</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Proje Birleştir</translation>
    </message>
    <message>
        <source>Merge {name} into this project: documents by content, each annotator&apos;s layer under their name, the history by entry.

A backup is taken first. A merge cannot be undone with Undo; restore the backup instead.</source>
        <translation>{name} bu projeyle birleştirilir: belgeler içeriğe göre, her işaretleyicinin katmanı kendi adıyla, geçmiş kayıt kayıt.

Önce bir yedek alınır. Birleştirme Geri Al ile geri alınamaz; bunun yerine yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>When both changed a layer</source>
        <translation>İki taraf da bir katmanı değiştirdiyse</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Proje birleştir</translation>
    </message>
    <message>
        <source>Curator projects (*.curator);;All files (*)</source>
        <translation>Curator projeleri (*.curator);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Merging {name}</source>
        <translation>Birleştiriliyor: {name}</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation>Sunucu Projesi Aç</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Pair</source>
        <translation>Çift</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Sınır</translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation>Cohen κ</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>your keys were reset to the defaults: {reason}</source>
        <translation>kısayol tuşlarınız varsayılanlara döndürüldü: {reason}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>Uygulanmadı: {reason}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Kaydedilmedi: {reason}.</translation>
    </message>
    <message>
        <source>Label tags: not saved ({reason})</source>
        <translation>Etiket adları: kaydedilmedi ({reason})</translation>
    </message>
    <message>
        <source>Suggested with {suggester}</source>
        <translation>{suggester} ile öneri yapıldı</translation>
    </message>
    <message>
        <source>Suggesting on open</source>
        <translation>Açılışta öneri yapılıyor</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Tercih sayfaları</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Metin</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiketler</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Kısayollar</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Genel</translation>
    </message>
    <message>
        <source>Use the system font</source>
        <translation>Sistem yazı tipini kullan</translation>
    </message>
    <message>
        <source>Text font</source>
        <translation>Metin yazı tipi</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Metin boyutu</translation>
    </message>
    <message>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Show each span&apos;s label after it (View → Label Tags)</source>
        <translation>Her aralığın etiketini ardından göster (Görünüm → Etiket Adları)</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Yazı tipi:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Boyut:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Label colours</source>
        <translation>Etiket renkleri</translation>
    </message>
    <message>
        <source>&amp;Change Colour…</source>
        <translation>Rengi &amp;Değiştir…</translation>
    </message>
    <message>
        <source>Use the &amp;Project&apos;s</source>
        <translation>&amp;Projeninkini Kullan</translation>
    </message>
    <message>
        <source>Your colours are yours only: the project and the other annotators keep theirs.</source>
        <translation>Renkleriniz yalnızca sizin: proje ve diğer işaretleyiciler kendi renklerini korur.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>New key for the selected action</source>
        <translation>Seçili eylem için yeni tuş</translation>
    </message>
    <message>
        <source>&amp;Set Key</source>
        <translation>Tuşu &amp;Ata</translation>
    </message>
    <message>
        <source>&amp;Default Key</source>
        <translation>&amp;Varsayılan Tuş</translation>
    </message>
    <message>
        <source>&amp;No Key</source>
        <translation>Tuş &amp;Yok</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Tuş:</translation>
    </message>
    <message>
        <source>Your annotator name</source>
        <translation>İşaretleyici adınız</translation>
    </message>
    <message>
        <source>asked at the first start</source>
        <translation>ilk açılışta sorulur</translation>
    </message>
    <message>
        <source>Suggest tags when I open a new document</source>
        <translation>Yeni bir belge açtığımda etiket öner</translation>
    </message>
    <message>
        <source>Backup every</source>
        <translation>Yedekleme aralığı</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Arayüz dili:</translation>
    </message>
    <message>
        <source>Annotator name:</source>
        <translation>İşaretleyici adı:</translation>
    </message>
    <message>
        <source>Back up edits every:</source>
        <translation>Düzenlemeleri şu aralıkla yedekle:</translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation>{label} rengi</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Değiştirilmedi: {reason}.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Uygulandı.</translation>
    </message>
</context>
<context>
    <name>PresenceKeeper</name>
    <message>
        <source>Others may not see which document you have open: {reason}</source>
        <translation>Diğerleri hangi belgeyi açtığınızı göremeyebilir: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectFlows</name>
    <message>
        <source>Curator projects (*.curator);;All files (*)</source>
        <translation>Curator projeleri (*.curator);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Proje açılamıyor</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Açıldı: {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <source>{path} exists already; use Open Project to open it.</source>
        <translation>{path} zaten var; açmak için Proje Aç&apos;ı kullanın.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Belgeler ({patterns});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Belgeleri içe aktar</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Bir klasörü içe aktar</translation>
    </message>
    <message>
        <source>The format&apos;s default</source>
        <translation>Biçimin varsayılanı</translation>
    </message>
    <message>
        <source>Training data: every document. Event records: annotated and approved ones.</source>
        <translation>Eğitim verisi: tüm belgeler. Olay kayıtları: işaretlenmiş ve onaylanmış olanlar.</translation>
    </message>
    <message>
        <source>Only {status}</source>
        <translation>Yalnızca: {status}</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Her durum</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dosya &amp;türü:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Konum:</translation>
    </message>
</context>
<context>
    <name>RegionTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>…{joined}… (joined)</source>
        <translation>…{joined}… (birleştirildi)</translation>
    </message>
    <message>
        <source>rule {rule}, {start}-{end}</source>
        <translation>kural {rule}, {start}-{end}</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <source>Head</source>
        <translation>Baş</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>İlişki</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Bağımlı</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Yedekten Geri Yükle</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Yedekler okunuyor…</translation>
    </message>
    <message>
        <source>Backups of this project</source>
        <translation>Bu projenin yedekleri</translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation>&amp;Seçileni Geri Yükle…</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>Yedekler okunuyor</translation>
    </message>
    <message>
        <source>No backups yet in {folder} (Project → Back Up Now writes one).</source>
        <translation>{folder} içinde henüz yedek yok (Proje → Şimdi Yedekle bir yedek yazar).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in {folder}, newest first. Restoring writes the chosen one to a new project file and opens it; this project and the backup are left as they are.</source>
        <translation>
            <numerusform>{folder} içinde %n yedek, en yenisi başta. Geri yükleme seçilen yedeği yeni bir proje dosyasına yazar ve onu açar; bu proje ve yedek olduğu gibi kalır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the backups: {reason}</source>
        <translation>Yedekler listelenemiyor: {reason}</translation>
    </message>
    <message>
        <source>Restore into a new project</source>
        <translation>Yeni bir projeye geri yükle</translation>
    </message>
    <message>
        <source>Curator projects (*.curator)</source>
        <translation>Curator projeleri (*.curator)</translation>
    </message>
    <message>
        <source>Restored {backup}: {documents} documents and {spans} spans, now open as {target}</source>
        <translation>{backup} geri yüklendi: {documents} belge ve {spans} aralık; şimdi {target} olarak açık</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Geri yükleniyor…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return with comment</source>
        <translation>Yorumla geri gönder</translation>
    </message>
    <message>
        <source>What should the annotator change?</source>
        <translation>İşaretleyici neyi değiştirmeli?</translation>
    </message>
    <message>
        <source>Return “{title}” to the annotator with this comment:</source>
        <translation>“{title}” belgesini işaretleyiciye bu yorumla geri gönder:</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Document {id} marked as annotated — saved.</source>
        <translation>{id} numaralı belge «işaretlendi» durumuna alındı — kaydedildi.</translation>
    </message>
    <message>
        <source>Document {id} approved (read-only until reopened) — saved.</source>
        <translation>{id} numaralı belge onaylandı (yeniden açılana dek salt okunur) — kaydedildi.</translation>
    </message>
    <message>
        <source>Document {id} returned with your comment — saved.</source>
        <translation>{id} numaralı belge yorumunuzla geri gönderildi — kaydedildi.</translation>
    </message>
    <message>
        <source>Document {id} reopened — saved.</source>
        <translation>{id} numaralı belge yeniden açıldı — kaydedildi.</translation>
    </message>
    <message>
        <source>Annotated “{title}”</source>
        <translation>İşaretlendi: “{title}”</translation>
    </message>
    <message>
        <source>Approve “{title}”</source>
        <translation>Onayla: “{title}”</translation>
    </message>
    <message>
        <source>Return “{title}”</source>
        <translation>Geri gönder: “{title}”</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>Yeniden aç: “{title}”</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <source>{error}; working as annotator.</source>
        <translation>{error}; işaretleyici olarak çalışılıyor.</translation>
    </message>
    <message>
        <source>{name} works as reviewer — saved.</source>
        <translation>{name} gözden geçiren olarak çalışıyor — kaydedildi.</translation>
    </message>
    <message>
        <source>{name} works as annotator — saved.</source>
        <translation>{name} işaretleyici olarak çalışıyor — kaydedildi.</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>belge {id}</translation>
    </message>
    <message>
        <source>{summary} — saved.</source>
        <translation>{summary} — kaydedildi.</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(yorum yok)</translation>
    </message>
    <message>
        <source>✔ Approved — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ Onaylandı — yeniden açılana dek salt okunur (Gözden Geçirme → Yeniden Aç, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>✔ Approved on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ {time} UTC tarihinde onaylandı — yeniden açılana dek salt okunur (Gözden Geçirme → Yeniden Aç, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>✔ Approved by {name} on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ {name} tarafından {time} UTC tarihinde onaylandı — yeniden açılana dek salt okunur (Gözden Geçirme → Yeniden Aç, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>↩ Returned: {comment}</source>
        <translation>↩ Geri gönderildi: {comment}</translation>
    </message>
    <message>
        <source>↩ Returned on {time} UTC: {comment}</source>
        <translation>↩ {time} UTC tarihinde geri gönderildi: {comment}</translation>
    </message>
    <message>
        <source>↩ Returned by {name} on {time} UTC: {comment}</source>
        <translation>↩ {name} tarafından {time} UTC tarihinde geri gönderildi: {comment}</translation>
    </message>
</context>
<context>
    <name>ReviewHistory</name>
    <message>
        <source>marked as annotated</source>
        <translation>«işaretlendi» durumuna alındı</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>yeniden açıldı</translation>
    </message>
    <message>
        <source>{time} UTC  {what} by {name}</source>
        <translation>{time} UTC  {name}: {what}</translation>
    </message>
    <message>
        <source>(not reviewed yet)</source>
        <translation>(henüz gözden geçirilmedi)</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>an admin&apos;s</source>
        <translation>yöneticinin işi</translation>
    </message>
    <message>
        <source>a reviewer&apos;s</source>
        <translation>gözden geçirenin işi</translation>
    </message>
    <message>
        <source> — not for your role ({role}) on this server: {whose}</source>
        <translation> — bu sunucuda rolünüz ({role}) için değil: {whose}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <source>not saved</source>
        <comment>status marker: a step failed</comment>
        <translation>kaydedilmedi</translation>
    </message>
    <message>
        <source>saved</source>
        <comment>status marker: a step was written</comment>
        <translation>kaydedildi</translation>
    </message>
    <message>
        <source>✗ Not saved ({time})</source>
        <translation>✗ Kaydedilmedi ({time})</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Kaydedildi {time}</translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tuş</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>Roles (ROLE*:LABEL|LABEL, …)</source>
        <translation>Roller (ROL*:ETİKET|ETİKET, …)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Kip</translation>
    </message>
    <message>
        <source>Event types (empty: all)</source>
        <translation>Olay türleri (boş: tümü)</translation>
    </message>
    <message>
        <source>Values (empty: yes/no)</source>
        <translation>Değerler (boş: evet/hayır)</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>Birden çok değer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Project schema</source>
        <translation>Proje şeması</translation>
    </message>
    <message>
        <source>Entity labels</source>
        <translation>Varlık etiketleri</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Olay türleri</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>İlişki türleri</translation>
    </message>
    <message>
        <source>Event attributes</source>
        <translation>Olay öznitelikleri</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>JSON içe aktar…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON dışa aktar…</translation>
    </message>
    <message>
        <source>Import annotation.conf…</source>
        <translation>annotation.conf içe aktar…</translation>
    </message>
    <message>
        <source>Export annotation.conf…</source>
        <translation>annotation.conf dışa aktar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Double-click or F2 edits a cell; every change is saved at once and Ctrl+Z in the main window undoes it. Renaming keeps annotations.</source>
        <translation>Çift tıklama veya F2 bir hücreyi düzenler; her değişiklik hemen kaydedilir ve ana pencerede Ctrl+Z onu geri alır. Yeniden adlandırma işaretlemeleri korur.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Şema</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>{name} rolleri</translation>
    </message>
    <message>
        <source>Edit {name} ({key})</source>
        <translation>{name} düzenle ({key})</translation>
    </message>
    <message>
        <source>Edit attribute {name}</source>
        <translation>{name} özniteliğini düzenle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Name of the new event attribute:</source>
        <translation>Yeni olay özniteliğinin adı:</translation>
    </message>
    <message>
        <source>Add attribute {name}</source>
        <translation>{name} özniteliğini ekle</translation>
    </message>
    <message>
        <source>Name of the new event type:</source>
        <translation>Yeni olay türünün adı:</translation>
    </message>
    <message>
        <source>Name of the new label:</source>
        <translation>Yeni etiketin adı:</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} ekle</translation>
    </message>
    <message>
        <source>Delete attribute {name}</source>
        <translation>{name} özniteliğini sil</translation>
    </message>
    <message>
        <source>{name} is used by {spans} span(s) in {documents} document(s) and {events} event(s). Delete it with them? (Ctrl+Z in the window brings everything back.)</source>
        <translation>{name}, {documents} belgedeki {spans} aralıkta ve {events} olayda kullanılıyor. Bunlarla birlikte silinsin mi? (Pencerede Ctrl+Z her şeyi geri getirir.)</translation>
    </message>
    <message>
        <source>{name} is used by {spans} span(s) in {documents} document(s). Delete it with them? (Ctrl+Z in the window brings everything back.)</source>
        <translation>{name}, {documents} belgedeki {spans} aralıkta kullanılıyor. Bunlarla birlikte silinsin mi? (Pencerede Ctrl+Z her şeyi geri getirir.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} sil</translation>
    </message>
    <message>
        <source>Import schema</source>
        <translation>Şemayı içe aktar</translation>
    </message>
    <message>
        <source>Schema (*.json)</source>
        <translation>Şema (*.json)</translation>
    </message>
    <message>
        <source>Import annotation.conf</source>
        <translation>annotation.conf içe aktar</translation>
    </message>
    <message>
        <source>Export schema</source>
        <translation>Şemayı dışa aktar</translation>
    </message>
    <message>
        <source>Export annotation.conf</source>
        <translation>annotation.conf dışa aktar</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Kesinlik</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Duyarlılık</translation>
    </message>
    <message>
        <source>Gold spans</source>
        <translation>Altın aralıklar</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Bulunan</translation>
    </message>
    <message>
        <source>all (micro)</source>
        <translation>tümü (mikro)</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search Corpus</source>
        <translation>Derlemde Ara</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Derlemde ara</translation>
    </message>
    <message>
        <source>Bişkek lang:tr status:in_progress label:none (Enter searches)</source>
        <translation>Bişkek lang:tr status:in_progress label:none (Enter arar)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Düzenli ifade</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Tam sözcük</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>&amp;Daha Fazla Göster</translation>
    </message>
    <message>
        <source>The next {count} hits</source>
        <translation>Sonraki {count} sonuç</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Bulunanlar</translation>
    </message>
    <message>
        <source>Select hits: a label key tags them all, Ctrl+label key relabels their tags, Delete removes them.</source>
        <translation>Sonuçları seçin: bir etiket tuşu hepsini etiketler, Ctrl+etiket tuşu etiketlerini değiştirir, Delete etiketleri kaldırır.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <source>Search corpus</source>
        <translation>Derlemde ara</translation>
    </message>
    <message>
        <source>{hits} hits in {documents} documents (the first {hits}: Show More, or narrow the query)</source>
        <translation>{documents} belgede {hits} sonuç (ilk {hits} sonuç: Daha Fazla Göster&apos;e basın veya sorguyu daraltın)</translation>
    </message>
    <message>
        <source>{hits} hits in {documents} documents</source>
        <translation>{documents} belgede {hits} sonuç</translation>
    </message>
    <message>
        <source>Deleted {done}{skipped}</source>
        <translation>Silinen: {done}{skipped}</translation>
    </message>
    <message>
        <source>Tagged as {name}: {done}{skipped}</source>
        <translation>{name} olarak etiketlenen: {done}{skipped}</translation>
    </message>
    <message>
        <source>Relabelled to {name}: {done}{skipped}</source>
        <translation>{name} olarak yeniden etiketlenen: {done}{skipped}</translation>
    </message>
    <message>
        <source>Select hits first</source>
        <translation>Önce sonuçları seçin</translation>
    </message>
    <message>
        <source>; skipped {count} ({reasons})</source>
        <translation>; atlanan {count} ({reasons})</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>postgresql://ROLE@HOST:PORT/DATABASE — you work as ROLE, the PostgreSQL role your admin made for you (curator server add-user). The password comes from ~/.pgpass or is asked for; Curator never stores it.</source>
        <translation>postgresql://ROLE@HOST:PORT/DATABASE — ROLE olarak, yani yöneticinizin sizin için oluşturduğu PostgreSQL rolüyle çalışırsınız (curator server add-user). Parola ~/.pgpass dosyasından alınır ya da sorulur; Curator onu asla saklamaz.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Sunucu parolası</translation>
    </message>
    <message>
        <source>{url}: not a PostgreSQL URL. {hint}</source>
        <translation>{url}: bir PostgreSQL URL&apos;si değil. {hint}</translation>
    </message>
    <message>
        <source>Open Server Project</source>
        <translation>Sunucu Projesi Aç</translation>
    </message>
    <message>
        <source>Not opened: connecting to {server} was cancelled</source>
        <translation>Açılmadı: {server} sunucusuna bağlanma iptal edildi</translation>
    </message>
    <message>
        <source>Not opened: {reason}</source>
        <translation>Açılmadı: {reason}</translation>
    </message>
    <message>
        <source>Opened {server} as {annotator}</source>
        <translation>{server} açıldı, işaretleyici: {annotator}</translation>
    </message>
    <message>
        <source>Cannot open the server project</source>
        <translation>Sunucu projesi açılamıyor</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>{server} sunucusuna bağlanılıyor…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Select text (mouse or Shift+arrows) or put the cursor on a word, then press a label key. Selections snap to whole words and leave out a Turkish suffix after an apostrophe. A key written “E, M” is E then M. Type to filter the list.</source>
        <translation>Metin seçin (fareyle ya da Shift+ok tuşlarıyla) veya imleci bir sözcüğün üzerine getirin, sonra bir etiket tuşuna basın. Seçimler tam sözcüklere yaslanır ve kesme işaretinden sonraki Türkçe eki dışarıda bırakır. “E, M” diye yazılan tuş, önce E sonra M demektir. Listeyi filtrelemek için yazın.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Kısayolları süz</translation>
    </message>
    <message>
        <source>Filter: a key (ctrl+alt) or words (suggest)</source>
        <translation>Filtre: bir tuş (ctrl+alt) ya da sözcükler (öner)</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ne yapar</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Bağlı olduğu</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <source>{label} {start}–{end} · by {author} · {source} · {status}</source>
        <translation>{label} {start}–{end} · işaretleyen: {author} · {source} · {status}</translation>
    </message>
    <message>
        <source>Relabelling the span</source>
        <translation>Aralığın etiketi değiştirilirken</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>Counting statistics</source>
        <translation>İstatistikler sayılıyor</translation>
    </message>
    <message>
        <source>{documents} documents, {spans} spans (read at {time}).</source>
        <translation>{documents} belge, {spans} aralık ({time} itibarıyla).</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Uyum hesaplanıyor…</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>Uyum hesaplanıyor</translation>
    </message>
    <message>
        <source>No document has two annotators&apos; layers yet: there is no agreement to show.</source>
        <translation>Henüz hiçbir belgede iki işaretleyicinin katmanı yok: gösterilecek uyum yok.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Uyum</translation>
    </message>
    <message>
        <source>Cannot count the statistics: {message}</source>
        <translation>İstatistikler sayılamıyor: {message}</translation>
    </message>
</context>
<context>
    <name>StatusFilterBox</name>
    <message>
        <source>Show the documents of one review status; the numbers count them</source>
        <translation>Tek bir gözden geçirme durumundaki belgeleri göster; sayılar onları sayar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Bütün durumlar</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Bütün durumlar ({count})</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <source>“{surface}” as {label}</source>
        <translation>“{surface}”, {label} olarak</translation>
    </message>
    <message>
        <source>Not done: {error}.</source>
        <translation>Yapılmadı: {error}.</translation>
    </message>
    <message>
        <source>({here} here: {labels}; {corpus} in the corpus)</source>
        <translation>(burada {here}: {labels}; derlemde {corpus})</translation>
    </message>
    <message>
        <source>({here} here; {corpus} in the corpus)</source>
        <translation>(burada {here}; derlemde {corpus})</translation>
    </message>
    <message>
        <source>Next document with suggestions: #{id}.</source>
        <translation>Önerisi olan sonraki belge: #{id}.</translation>
    </message>
    <message>
        <source>No later document has suggestions: back to this document&apos;s first.</source>
        <translation>Sonraki belgelerde öneri yok: bu belgenin ilk önerisine dönüldü.</translation>
    </message>
    <message>
        <source>No more suggestions.</source>
        <translation>Başka öneri yok.</translation>
    </message>
    <message>
        <source>No earlier suggestion in this document.</source>
        <translation>Bu belgede daha önce öneri yok.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Yapılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Accept {what}</source>
        <translation>Kabul et: {what}</translation>
    </message>
    <message>
        <source>Accepted {what} — saved (Ctrl+Z undoes).</source>
        <translation>Kabul edildi: {what} — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <source>Reject {what}</source>
        <translation>Reddet: {what}</translation>
    </message>
    <message>
        <source>Rejected {what}; it will not be suggested again — saved.</source>
        <translation>Reddedildi: {what}; yeniden önerilmeyecek — kaydedildi.</translation>
    </message>
    <message>
        <source>Put the cursor on a suggestion (dashed underline), then {key}.</source>
        <translation>İmleci bir önerinin (kesik alt çizgi) üzerine getirin, sonra {key}.</translation>
    </message>
    <message>
        <source>Put the cursor on a suggestion of the label to accept.</source>
        <translation>İmleci, kabul edilecek etiketin bir önerisinin üzerine getirin.</translation>
    </message>
    <message>
        <source>Accept every {label} suggestion</source>
        <translation>Her {label} önerisini kabul et</translation>
    </message>
    <message>
        <source>Accepted {count} {label} suggestions in this document — one undo.</source>
        <translation>Bu belgede {count} {label} önerisi kabul edildi — tek geri alma.</translation>
    </message>
    <message>
        <source>Put the cursor on a suggestion (or mention) linked to an entity.</source>
        <translation>İmleci bir varlığa bağlı bir önerinin (ya da anılmanın) üzerine getirin.</translation>
    </message>
    <message>
        <source>the entity</source>
        <translation>varlık</translation>
    </message>
    <message>
        <source>Accept every mention of {name}</source>
        <translation>{name} varlığının her anılmasını kabul et</translation>
    </message>
    <message>
        <source>Accepted {count} mentions of {name} in {documents} documents — one undo.</source>
        <translation>{name} varlığının {documents} belgede {count} anılması kabul edildi — tek geri alma.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted the suggested {type} event with %n guessed argument(s) — check them; saved (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>Önerilen {type} olayı tahmin edilen %n argümanıyla kabul edildi — onları denetleyin; kaydedildi (Ctrl+Z geri alır).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <source>Suggesting with {spec}…</source>
        <translation>{spec} ile öneriliyor…</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggested {label}  ·  score {score}</source>
        <translation>Önerilen {label}  ·  puan {score}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>kaynak: {source}</translation>
    </message>
    <message>
        <source>rule: {rule}</source>
        <translation>kural: {rule}</translation>
    </message>
    <message>
        <source>entity: {name}</source>
        <translation>varlık: {name}</translation>
    </message>
    <message>
        <source>arguments: {arguments}</source>
        <translation>argümanlar: {arguments}</translation>
    </message>
    <message>
        <source>date: {date}</source>
        <translation>tarih: {date}</translation>
    </message>
    <message>
        <source>A accept · R reject · Shift+A accept and next · N next</source>
        <translation>A kabul · R ret · Shift+A kabul ve sonraki · N sonraki</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Varlık</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <source>Which suggester Suggest runs: the rules, or a trained model</source>
        <translation>Öner komutunun hangi önericiyi çalıştıracağı: kurallar ya da eğitilmiş bir model</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Run the suggester over this document (Ctrl+G)</source>
        <translation>Önericiyi bu belgede çalıştır (Ctrl+G)</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Derlem</translation>
    </message>
    <message>
        <source>Run the suggester over every document (Ctrl+Shift+G)</source>
        <translation>Önericiyi tüm belgelerde çalıştır (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Suggest with</source>
        <translation>Önerici</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Kabul et (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Reddet (R)</translation>
    </message>
    <message>
        <source>All of label</source>
        <translation>Etiketin tümü</translation>
    </message>
    <message>
        <source>Accept every suggestion of this label in the document (Ctrl+Shift+A)</source>
        <translation>Bu etiketin belgedeki her önerisini kabul et (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Entity everywhere</source>
        <translation>Varlık her yerde</translation>
    </message>
    <message>
        <source>Accept every suggested mention of this canonical entity in the corpus (Ctrl+Alt+Shift+A)</source>
        <translation>Bu kanonik varlığın derlemde önerilen her anılmasını kabul et (Ctrl+Alt+Shift+A)</translation>
    </message>
    <message>
        <source>Dashed underline = suggestion. A accept · R reject · Shift+A accept and next · N / Shift+N next / previous · Ctrl+Shift+A all of this label · Ctrl+Alt+Shift+A this entity everywhere · Ctrl+G suggest</source>
        <translation>Kesik alt çizgi = öneri. A kabul · R ret · Shift+A kabul ve sonraki · N / Shift+N sonraki / önceki · Ctrl+Shift+A bu etiketin tümü · Ctrl+Alt+Shift+A bu varlık her yerde · Ctrl+G öner</translation>
    </message>
</context>
<context>
    <name>TableImportFlow</name>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>TagsToggle</name>
    <message>
        <source>Label tags are shown after each span.</source>
        <translation>Etiket adları her aralığın arkasında gösteriliyor.</translation>
    </message>
    <message>
        <source>Label tags are hidden.</source>
        <translation>Etiket adları gizlendi.</translation>
    </message>
</context>
<context>
    <name>TextFix</name>
    <message>
        <source>Select the characters to correct (or put the cursor where text is missing).</source>
        <translation>Düzeltilecek karakterleri seçin (ya da imleci metnin eksik olduğu yere koyun).</translation>
    </message>
    <message>
        <source>Fix text</source>
        <translation>Metni düzelt</translation>
    </message>
    <message>
        <source>Replace “{text}” with:</source>
        <translation>“{text}” yerine yazılacak:</translation>
    </message>
    <message numerus="yes">
        <source>This removes %n annotation(s) inside the replaced text: {names}. Go on?</source>
        <translation>
            <numerusform>Bu işlem, değiştirilen metnin içindeki %n işaretlemeyi siler: {names}. Devam edilsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <source>Fix text “{text}”</source>
        <translation>Metni düzelt: “{text}”</translation>
    </message>
    <message numerus="yes">
        <source>Text fixed; %n annotation(s) removed, the others kept — saved.</source>
        <translation>
            <numerusform>Metin düzeltildi; %n işaretleme silindi, diğerleri korundu — kaydedildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>max epochs</source>
        <translation>en çok dönem sınırı</translation>
    </message>
    <message>
        <source>max seconds</source>
        <translation>süre sınırı</translation>
    </message>
    <message>
        <source>max steps</source>
        <translation>güncelleme sınırı</translation>
    </message>
    <message>
        <source>patience</source>
        <translation>sabır (geliştirme puanı bir süredir iyileşmedi)</translation>
    </message>
    <message>
        <source>Train Model</source>
        <translation>Model Eğit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>none: a seeded share of the project is held out</source>
        <translation>yok: projenin sabit tohumla seçilen bir payı ayrılır</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Eğit</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>Eğitimi &amp;İptal Et</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puanlar</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Model sürümleri</translation>
    </message>
    <message>
        <source>&amp;Use Selected Model for Suggestions</source>
        <translation>Seçili Modeli Öneriler İçin &amp;Kullan</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>At most epochs:</source>
        <translation>En çok dönem:</translation>
    </message>
    <message>
        <source>At most minutes:</source>
        <translation>En çok dakika:</translation>
    </message>
    <message>
        <source>Dev file:</source>
        <translation>Geliştirme dosyası:</translation>
    </message>
    <message>
        <source>Learning curve (dev F1 at each evaluation):</source>
        <translation>Öğrenme eğrisi (her değerlendirmedeki geliştirme F1):</translation>
    </message>
    <message>
        <source>Held-out scores of the selected model:</source>
        <translation>Seçili modelin ayrılmış verideki puanları:</translation>
    </message>
    <message>
        <source>Models of this project:</source>
        <translation>Bu projenin modelleri:</translation>
    </message>
    <message>
        <source>{code} ({documents}, {paragraphs})</source>
        <translation>{code} ({documents}, {paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraf</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to train on yet: tag some entities, or mark documents annotated.</source>
        <translation>Henüz eğitilecek bir şey yok: birkaç varlık etiketleyin veya belgeleri işaretlendi olarak işaretleyin.</translation>
    </message>
    <message>
        <source>Training a {language} model…</source>
        <translation>{language} modeli eğitiliyor…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Dev file</source>
        <translation>Geliştirme dosyası</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Model {version} ({components}): {documents} documents, {paragraphs} paragraphs and {spans} spans for training; scored on {scored} in {seconds} s ({steps} updates, stopped by {reason}). Check the scores below, then use it for suggestions if it is good enough.</source>
        <translation>Model {version} ({components}): eğitim için {documents} belge, {paragraphs} paragraf ve {spans} aralık; {scored} üzerinde {seconds} sn&apos;de puanlandı ({steps} güncelleme, durma nedeni: {reason}). Aşağıdaki puanlara bakın, yeterince iyiyse öneriler için kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the dev file</source>
        <translation>
            <numerusform>geliştirme dosyasının %n paragrafı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held-out paragraph(s)</source>
        <translation>
            <numerusform>ayrılmış %n paragraf</numerusform>
        </translation>
    </message>
    <message>
        <source>Training cancelled; nothing was saved.</source>
        <translation>Eğitim iptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Use model {version}</source>
        <translation>{version} modelini kullan</translation>
    </message>
    <message>
        <source>Suggestions for {language} now use {version}</source>
        <translation>{language} önerileri artık {version} modelini kullanıyor</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Eğitildi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Saniye</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>internal error ({error})</source>
        <translation>iç hata ({error})</translation>
    </message>
    <message>
        <source>{what} (showing the result)</source>
        <translation>{what} (sonuç gösteriliyor)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
</TS>

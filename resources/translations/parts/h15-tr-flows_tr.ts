<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AnnotatorPrompt</name>
    <message>
        <location filename="../../../curator/ui/annotator_prompt.py" line="53"/>
        <source>Your name as an annotator (your annotations are kept under it):</source>
        <translation>İşaretleyici adınız (işaretlemeleriniz bu adla saklanır):</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotator_prompt.py" line="66"/>
        <source>Welcome to Curator</source>
        <translation>Curator&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotator_prompt.py" line="77"/>
        <source>On a server you work as the role you connected as ({current}). To work as someone else, open the server as their role: File → Open Server Project….</source>
        <translation>Sunucuda, bağlandığınız rolle çalışırsınız ({current}). Başka biri olarak çalışmak için sunucuyu onun rolüyle açın: Dosya → Sunucu Projesi Aç….</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotator_prompt.py" line="84"/>
        <location filename="../../../curator/ui/annotator_prompt.py" line="88"/>
        <source>Switch Annotator</source>
        <translation>İşaretleyici Değiştir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotator_prompt.py" line="99"/>
        <source>Cannot switch annotator</source>
        <translation>İşaretleyici değiştirilemiyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/annotator_prompt.py" line="105"/>
        <source>You are now {name}: you edit {name}&apos;s layer.</source>
        <translation>Artık {name} olarak çalışıyorsunuz: {name} adlı işaretleyicinin katmanını düzenliyorsunuz.</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="154"/>
        <source>Assigning documents</source>
        <translation>Belgeler atanıyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="165"/>
        <source>{summary} — saved.</source>
        <translation>{summary} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="180"/>
        <source>Nothing assigned to {name} is left to annotate.</source>
        <translation>{name} adlı işaretleyiciye atanmış, işaretlenecek belge kalmadı.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="187"/>
        <source>This is the last document left in your queue.</source>
        <translation>Bu, sıranızda kalan son belge.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="43"/>
        <source>Assign documents</source>
        <translation>Belgeleri ata</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="63"/>
        <source>all documents, or e.g. lang:ky status:new</source>
        <translation>tüm belgeler ya da örneğin lang:ky status:new</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="71"/>
        <source>Assign</source>
        <translation>Ata</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="75"/>
        <source>Annotators (comma-separated):</source>
        <translation>İşaretleyiciler (virgülle ayrılmış):</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="76"/>
        <source>Fraction to several:</source>
        <translation>Birden çok kişiye verilecek oran:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="77"/>
        <source>Annotators per shared document:</source>
        <translation>Ortak belge başına işaretleyici:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="78"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="79"/>
        <source>Documents (filter):</source>
        <translation>Belgeler (süzgeç):</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="109"/>
        <source>Name the annotators; new names are added as annotators.</source>
        <translation>İşaretleyicileri adlandırın; yeni adlar işaretleyici olarak eklenir.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/assign_dialog.py" line="115"/>
        <source>Cannot assign: {error}.</source>
        <translation>Atanamıyor: {error}.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="37"/>
        <source>{size} bytes</source>
        <translation>{size} bayt</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="39"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="40"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="44"/>
        <source>unreadable</source>
        <translation>okunamıyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="49"/>
        <source>Taken</source>
        <translation>Alındığı zaman</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="50"/>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="51"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="52"/>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="53"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
</context>
<context>
    <name>BoilerplateActions</name>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="92"/>
        <source>No boilerplate proposed in this document.</source>
        <translation>Bu belgede önerilen kalıp metin yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="109"/>
        <source>No boilerplate region at the cursor (B jumps to the next proposal).</source>
        <translation>İmlecin olduğu yerde kalıp metin bölgesi yok (B bir sonraki öneriye atlar).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="116"/>
        <source>Exclude {kind}</source>
        <translation>Dışarıda bırak: {kind}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="118"/>
        <source>Keep {kind}</source>
        <translation>Koru: {kind}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="135"/>
        <source>Put the cursor on a proposal (or select one) to choose its kind.</source>
        <translation>Türünü seçmek için imleci bir önerinin üzerine getirin (ya da birini seçin).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="167"/>
        <source>Accept every {kind} in the corpus</source>
        <translation>Derlemdeki her {kind} önerisini kabul et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="168"/>
        <source>Accept every {kind} in the document</source>
        <translation>Belgedeki her {kind} önerisini kabul et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="170"/>
        <source>Reject every {kind} in the corpus</source>
        <translation>Derlemdeki her {kind} önerisini reddet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="171"/>
        <source>Reject every {kind} in the document</source>
        <translation>Belgedeki her {kind} önerisini reddet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="175"/>
        <source>Not changed: {reason}.</source>
        <translation>Değiştirilmedi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="184"/>
        <source>{label} in document {id}</source>
        <translation>{id} numaralı belgede {label}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="219"/>
        <source>Nothing to change: no such proposal is left.</source>
        <translation>Değiştirilecek bir şey yok: böyle bir öneri kalmadı.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="234"/>
        <source>Accepted {kinds}; %n annotation(s) removed — saved.</source>
        <translation>Kabul edildi: {kinds}; %n işaretleme kaldırıldı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="237"/>
        <source>Accepted {kinds} — saved.</source>
        <translation>Kabul edildi: {kinds} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="239"/>
        <source>Rejected {kinds}; %n annotation(s) removed — saved.</source>
        <translation>Reddedildi: {kinds}; %n işaretleme kaldırıldı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="242"/>
        <source>Rejected {kinds} — saved.</source>
        <translation>Reddedildi: {kinds} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="271"/>
        <source>Detect boilerplate ({count})</source>
        <translation>Kalıp metin bul ({count})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="279"/>
        <source>Proposed %n region(s) in {documents} document(s): {kinds}.</source>
        <translation>{documents} belgede %n bölge önerildi: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_actions.py" line="285"/>
        <source>Detecting boilerplate…</source>
        <translation>Kalıp metin aranıyor…</translation>
    </message>
</context>
<context>
    <name>BoilerplateKinds</name>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="131"/>
        <source>a line repeated in the document (a caption, a repeated title) or in many documents</source>
        <translation>belgede (bir resim altı yazısı, yinelenen bir başlık) ya da birçok belgede yinelenen bir satır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="135"/>
        <source>an “other photos” list: its heading and the captions under it</source>
        <translation>bir “diğer fotoğraflar” listesi: başlığı ve altındaki resim yazıları</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="136"/>
        <source>a list of related articles</source>
        <translation>ilgili haberlerin listesi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="137"/>
        <source>currency or market ticker lines</source>
        <translation>döviz ya da borsa şeridi satırları</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="138"/>
        <source>a section tag or breadcrumb trail</source>
        <translation>bir bölüm etiketi ya da gezinti yolu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="139"/>
        <source>comment-box text and share buttons</source>
        <translation>yorum kutusu metni ve paylaşım düğmeleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="140"/>
        <source>a publisher&apos;s letterhead above the title</source>
        <translation>başlığın üstündeki yayıncı antetli başlığı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="141"/>
        <source>a date, URL or date prefix line outside the article text</source>
        <translation>haber metninin dışında kalan bir tarih, URL ya da tarih öneki satırı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="142"/>
        <source>a hard line break inside a sentence (PDF), proposed for joining</source>
        <translation>cümle içinde zorunlu satır sonu (PDF), birleştirilmesi öneriliyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="143"/>
        <source>repeated line</source>
        <translation>yinelenen satır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="144"/>
        <source>other photos</source>
        <translation>diğer fotoğraflar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="145"/>
        <source>related links</source>
        <translation>ilgili bağlantılar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="146"/>
        <source>ticker</source>
        <translation>borsa şeridi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="147"/>
        <source>section tag</source>
        <translation>bölüm etiketi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="148"/>
        <source>comment box</source>
        <translation>yorum kutusu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="149"/>
        <source>masthead</source>
        <translation>künye başlığı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="150"/>
        <source>metadata</source>
        <translation>üst veri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="151"/>
        <source>line join</source>
        <translation>satır birleştirme</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="152"/>
        <source>proposed</source>
        <translation>önerildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="153"/>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="154"/>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
</context>
<context>
    <name>BoilerplatePanel</name>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="86"/>
        <source>Boilerplate</source>
        <translation>Kalıp metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="94"/>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="95"/>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="96"/>
        <source>Accept Kind in Corpus</source>
        <translation>Türü Derlemde Kabul Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="97"/>
        <source>Detect in Corpus</source>
        <translation>Derlemde Bul</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="113"/>
        <source>({proposed} proposed of {total})</source>
        <translation>({total} bölgeden {proposed} öneri)</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="45"/>
        <source>Text (the article)</source>
        <translation>Metin (haberin kendisi)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="46"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="47"/>
        <source>Publication date</source>
        <translation>Yayım tarihi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="48"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="49"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="50"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="296"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="108"/>
        <source>Import {name}</source>
        <translation>İçe aktar: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/column_mapping.py" line="111"/>
        <source>{name}: %n column(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n sütun, her satır bir belge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/column_mapping.py" line="113"/>
        <source>{name}: %n field(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n alan, her satır bir belge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="115"/>
        <source>The first rows are shown below; check which column is the article&apos;s text and which hold its metadata.</source>
        <translation>İlk satırlar aşağıda gösteriliyor; hangi sütunun haber metni, hangilerinin üst verisi olduğunu denetleyin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="130"/>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="136"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="145"/>
        <source>Keep as metadata</source>
        <translation>Üst veri olarak tut</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="160"/>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="162"/>
        <source>Skip This File</source>
        <translation>Bu Dosyayı Atla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="201"/>
        <source>&quot;{column}&quot; is chosen for {first} and {second}</source>
        <translation>&quot;{column}&quot; hem {first} hem {second} için seçilmiş</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="204"/>
        <source>&quot;{column}&quot; is chosen for {roles}</source>
        <translation>&quot;{column}&quot; şunlar için seçilmiş: {roles}</translation>
    </message>
</context>
<context>
    <name>ColumnRoles</name>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="55"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="56"/>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="57"/>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="58"/>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="59"/>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="60"/>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>DocumentInfo</name>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="92"/>
        <source>Document info</source>
        <translation>Belge bilgisi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="96"/>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="101"/>
        <source>Edit document info</source>
        <translation>Belge bilgisini düzenle</translation>
    </message>
</context>
<context>
    <name>DocumentInfoDialog</name>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="20"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="21"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="22"/>
        <source>Published (YYYY-MM-DD)</source>
        <translation>Yayım tarihi (YYYY-AA-GG)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="23"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="24"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="25"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="26"/>
        <source>Dateline place</source>
        <translation>Haber yeri (dateline)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="35"/>
        <source>Document #{id}</source>
        <translation>Belge #{id}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="50"/>
        <source>(nothing was changed or guessed at import)</source>
        <translation>(içe aktarırken hiçbir şey değiştirilmedi ya da tahmin edilmedi)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="52"/>
        <source>Import log</source>
        <translation>İçe aktarma günlüğü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/document_info.py" line="57"/>
        <source>Review ({status})</source>
        <translation>Gözden geçirme ({status})</translation>
    </message>
</context>
<context>
    <name>DocumentStatuses</name>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="158"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="159"/>
        <source>in progress</source>
        <translation>devam ediyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="160"/>
        <source>annotated</source>
        <translation>işaretlendi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="161"/>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="162"/>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="145"/>
        <source>Duplicate documents</source>
        <translation>Yinelenen belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="160"/>
        <source>Make &amp;Keeper</source>
        <translation>&amp;Asıl Yap</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="161"/>
        <source>&amp;Merge into Keeper</source>
        <translation>Asıl Belgeyle &amp;Birleştir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="163"/>
        <source>Keep &amp;Separate</source>
        <translation>Ayrı &amp;Tut</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="165"/>
        <source>Search &amp;Again</source>
        <translation>&amp;Yeniden Ara</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="166"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="199"/>
        <source>Searching for duplicates…</source>
        <translation>Yinelenen belgeler aranıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="206"/>
        <source>Finding duplicates…</source>
        <translation>Yinelenen belgeler bulunuyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="209"/>
        <source>No result: {message}.</source>
        <translation>Sonuç yok: {message}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/duplicates_dialog.py" line="216"/>
        <source>%n group(s) of the same story, {documents} documents. Pick the keeper (the document whose annotations stay), then merge the others into it or keep them all.</source>
        <translation>
            <numerusform>Aynı haberden %n grup, {documents} belge. Asıl belgeyi (işaretlemeleri kalacak belgeyi) seçin, sonra ötekileri onunla birleştirin ya da hepsini tutun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="228"/>
        <source>No duplicates found.</source>
        <translation>Yinelenen belge bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="277"/>
        <source>merged into #{keeper}</source>
        <translation>#{keeper} ile birleştirildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="279"/>
        <source>kept separate</source>
        <translation>ayrı tutuldu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="291"/>
        <source>Merge duplicates</source>
        <translation>Yinelenenleri birleştir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/duplicates_dialog.py" line="294"/>
        <source>Merge %n duplicate(s) into #{keeper}</source>
        <translation>
            <numerusform>%n yinelenen belgeyi #{keeper} ile birleştir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/duplicates_dialog.py" line="298"/>
        <source>Merged {names} into #{keeper}: %n span(s) carried, {skipped} already there.</source>
        <translation>
            <numerusform>{names}, #{keeper} ile birleştirildi: %n aralık taşındı, {skipped} aralık zaten vardı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/duplicates_dialog.py" line="302"/>
        <source>%n could not be placed and stay on their copy.</source>
        <translation>
            <numerusform>%n aralık yerleştirilemedi ve kendi kopyasında kaldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="304"/>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z ile geri alınır.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/duplicates_dialog.py" line="313"/>
        <source>Keep %n documents separate</source>
        <translation>
            <numerusform>%n belgeyi ayrı tut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="315"/>
        <source>{documents} are kept separate and will not be proposed again.</source>
        <translation>{documents} ayrı tutuluyor ve yeniden önerilmeyecek.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="214"/>
        <location filename="../../../curator/ui/project_flows.py" line="234"/>
        <source>Export</source>
        <translation>Dışa Aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="224"/>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="238"/>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="239"/>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="253"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="270"/>
        <source>Export folder</source>
        <translation>Dışa aktarma klasörü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="272"/>
        <source>Export file</source>
        <translation>Dışa aktarma dosyası</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="26"/>
        <source>Prodigy/spaCy JSONL: one task per document with tokens and token-aligned spans</source>
        <translation>Prodigy/spaCy JSONL: her belge için andıçları ve andıçlara hizalı aralıklarıyla bir görev</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="30"/>
        <source>spaCy DocBin training data: train.spacy, dev.spacy (and test.spacy), a seeded split by near-duplicate group, stratified by language; a split over 5,000 documents is a folder of shards (train/0001.spacy, ...)</source>
        <translation>spaCy DocBin eğitim verisi: train.spacy, dev.spacy (ve test.spacy); benzer kopya gruplarına göre tohumlu, dile göre katmanlı bir bölme; 5.000 belgeyi aşan bir bölüm parçalardan oluşan bir klasördür (train/0001.spacy, ...)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="36"/>
        <source>CoNLL-2003 / BIO: one token and its tag per line (IOB2, or IOB1 or BILOU on request)</source>
        <translation>CoNLL-2003 / BIO: her satırda bir andıç ve etiketi (IOB2; istenirse IOB1 ya da BILOU)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="40"/>
        <source>brat standoff: a folder of NNNN_&lt;title&gt;.txt + .ann per document, with annotation.conf</source>
        <translation>brat standoff: her belge için NNNN_&lt;başlık&gt;.txt + .ann dosyalarından ve annotation.conf dosyasından oluşan bir klasör</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="44"/>
        <source>doccano JSONL: entities and relations (events flattened to trigger + role relations)</source>
        <translation>doccano JSONL: varlıklar ve ilişkiler (olaylar tetikleyici + rol ilişkilerine düzleştirilir)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="48"/>
        <source>Clean event records, one JSON object per event (date, parties, trigger, evidence, source)</source>
        <translation>Temiz olay kayıtları, her olay için bir JSON nesnesi (tarih, taraflar, tetikleyici, kanıt, kaynak)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="52"/>
        <source>Clean event records as a spreadsheet-ready CSV table (--layout lean or full)</source>
        <translation>Temiz olay kayıtları, hesap tablosuna hazır bir CSV tablosu olarak (--layout lean ya da full)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="56"/>
        <source>Canonical entities with aliases, Wikidata id, mention and document counts (JSONL)</source>
        <translation>Diğer adları, Wikidata kimliği, anılma ve belge sayılarıyla kanonik varlıklar (JSONL)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="60"/>
        <source>Canonical entities with aliases, Wikidata id, mention and document counts (CSV)</source>
        <translation>Diğer adları, Wikidata kimliği, anılma ve belge sayılarıyla kanonik varlıklar (CSV)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="64"/>
        <source>Events as PLOVER/POLECAT-style event JSON (events without a PLOVER category are skipped)</source>
        <translation>PLOVER/POLECAT tarzı olay JSON&apos;u olarak olaylar (PLOVER kategorisi olmayan olaylar atlanır)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="71"/>
        <source>Include untouched documents (new, no annotations)</source>
        <translation>Dokunulmamış belgeleri de al (yeni, işaretlemesiz)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="72"/>
        <source>keep documents nobody touched (new, no spans); left out, their text cannot teach a model that its names are not names</source>
        <translation>kimsenin dokunmadığı belgeleri de al (yeni, aralıksız); dışarıda kalırlarsa metinleri bir modele adı olmayan sözcüklerin ad olmadığını öğretemez</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="77"/>
        <source>Layer</source>
        <translation>Katman</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="78"/>
        <source>whose annotations to export: gold, an annotator&apos;s name, or all (each layer apart); by default gold where a document has it, else its single annotator&apos;s layer, and a document with several layers and no gold is left out and reported</source>
        <translation>kimin işaretlemelerinin dışa aktarılacağı: gold, bir işaretleyicinin adı ya da all (her katman ayrı); varsayılan olarak belgede varsa gold, yoksa tek işaretleyicisinin katmanı; birden çok katmanı olup gold katmanı olmayan belge dışarıda bırakılır ve raporlanır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="84"/>
        <source>Tag scheme</source>
        <translation>Etiket şeması</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="85"/>
        <source>tag scheme of the entity tags</source>
        <translation>varlık etiketlerinin etiket şeması</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="86"/>
        <source>Dev fraction</source>
        <translation>Geliştirme oranı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="87"/>
        <source>share of documents for dev</source>
        <translation>geliştirme kümesine ayrılan belge payı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="88"/>
        <source>Test fraction</source>
        <translation>Test oranı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="89"/>
        <source>share of documents for test (test.spacy); with the dev fraction below 1</source>
        <translation>test kümesine ayrılan belge payı (test.spacy); geliştirme oranıyla toplamı 1&apos;in altında</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="93"/>
        <source>Split by document (no duplicate search)</source>
        <translation>Belgeye göre böl (kopya araması yok)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="94"/>
        <source>split by document instead of by near-duplicate group: no duplicate search (faster on a big corpus), but copies of one story can land in train and dev</source>
        <translation>benzer kopya grubuna göre değil belgeye göre böl: kopya araması yapılmaz (büyük derlemde daha hızlı), ama bir haberin kopyaları hem eğitim hem geliştirme kümesine düşebilir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="99"/>
        <source>Split seed</source>
        <translation>Bölme tohumu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="100"/>
        <source>seed of the train/dev/test split</source>
        <translation>eğitim/geliştirme/test bölmesinin tohumu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="101"/>
        <source>UTF-8 with BOM (for spreadsheet programs)</source>
        <translation>BOM&apos;lu UTF-8 (hesap tablosu programları için)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="102"/>
        <source>start CSV files with a UTF-8 BOM (spreadsheets)</source>
        <translation>CSV dosyalarını UTF-8 BOM ile başlat (hesap tabloları)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="103"/>
        <source>One record per mention (not per corpus event)</source>
        <translation>Her anılma için bir kayıt (derlem olayı başına değil)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="104"/>
        <source>event records: one record per mention, even where `curator events consolidate` grouped them</source>
        <translation>olay kayıtları: `curator events consolidate` gruplamış olsa bile her anılma için bir kayıt</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="108"/>
        <source>One record per event reported by several documents</source>
        <translation>Birden çok belgenin bildirdiği olay için tek kayıt</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="109"/>
        <source>event records: one record for an event several documents report</source>
        <translation>olay kayıtları: birden çok belgenin bildirdiği bir olay için tek kayıt</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="110"/>
        <source>CSV layout</source>
        <translation>CSV düzeni</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="111"/>
        <source>events CSV: lean (the columns the exported event types use, parties as JSON arrays) or full (every column, lists joined by &apos;|&apos;)</source>
        <translation>olay CSV&apos;si: lean (dışa aktarılan olay türlerinin kullandığı sütunlar, taraflar JSON dizisi olarak) ya da full (her sütun, listeler &apos;|&apos; ile birleştirilmiş)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../../curator/ui/file_dialogs.py" line="42"/>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/file_dialogs.py" line="45"/>
        <source>{suffix} file</source>
        <translation>{suffix} dosyası</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/file_dialogs.py" line="46"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="59"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="60"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="61"/>
        <source>Similarity</source>
        <translation>Benzerlik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="62"/>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="63"/>
        <source>Titles</source>
        <translation>Başlıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="65"/>
        <source>exact</source>
        <translation>birebir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="65"/>
        <source>near</source>
        <translation>benzer</translation>
    </message>
</context>
<context>
    <name>HealthActions</name>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="156"/>
        <source>Health: checking…</source>
        <translation>Sağlık: denetleniyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="174"/>
        <source>Checking the project…</source>
        <translation>Proje denetleniyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="182"/>
        <source>Health: check cancelled</source>
        <translation>Sağlık: denetim iptal edildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="188"/>
        <source>Health: ok ({time})</source>
        <translation>Sağlık: sorun yok ({time})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="196"/>
        <source>Health: DAMAGED, read-only (Project → Health)</source>
        <translation>Sağlık: HASARLI, salt okunur (Proje → Sağlık)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="205"/>
        <source>Health: the check failed</source>
        <translation>Sağlık: denetim başarısız oldu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="206"/>
        <source>Health check</source>
        <translation>Sağlık denetimi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="224"/>
        <source>… (Project → Health shows them all)</source>
        <translation>… (Proje → Sağlık hepsini gösterir)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="227"/>
        <source>The project is open read-only so that nothing makes the damage worse.</source>
        <translation>Hiçbir şey hasarı büyütmesin diye proje salt okunur açık.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="232"/>
        <source>The latest good backup is {path}.</source>
        <translation>En son sağlam yedek: {path}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="235"/>
        <source>No good backup was found.</source>
        <translation>Sağlam yedek bulunamadı.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="236"/>
        <source>The project is damaged</source>
        <translation>Proje hasarlı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="242"/>
        <source>Restore Latest Good Backup…</source>
        <translation>En Son Sağlam Yedeği Geri Yükle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="259"/>
        <source>Restore {backup} into the new project {target}, and open it?

The damaged project {project} is left as it is.</source>
        <translation>{backup} yeni proje {target} olarak geri yüklenip açılsın mı?

Hasarlı proje {project} olduğu gibi bırakılır.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="265"/>
        <source>Restore backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="273"/>
        <source>Restoring…</source>
        <translation>Geri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="281"/>
        <source>A server project is backed up by its administrator (pg_dump)</source>
        <translation>Sunucu projesini yöneticisi yedekler (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="317"/>
        <source>Backed up to {path}</source>
        <translation>Yedeklendi: {path}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="323"/>
        <source>Backup failed: {reason}</source>
        <translation>Yedekleme başarısız: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthChecks</name>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="119"/>
        <source>integrity</source>
        <translation>bütünlük</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="120"/>
        <source>foreign keys</source>
        <translation>yabancı anahtarlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="121"/>
        <source>rows</source>
        <translation>satırlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="122"/>
        <source>content hashes</source>
        <translation>içerik özetleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="123"/>
        <source>connection</source>
        <translation>bağlantı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="124"/>
        <source>schema revision</source>
        <translation>şema sürümü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="125"/>
        <source>references</source>
        <translation>başvurular</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="126"/>
        <source>offsets</source>
        <translation>konumlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="127"/>
        <source>span counts</source>
        <translation>aralık sayıları</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="57"/>
        <source>Project health</source>
        <translation>Proje sağlığı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="64"/>
        <source>Restore Latest Good Backup…</source>
        <translation>En Son Sağlam Yedeği Geri Yükle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/health_actions.py" line="69"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Yeniden Denetle</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="186"/>
        <source>ok: {checks} of {documents} documents checked at {time}</source>
        <translation>sorun yok: {documents} belgenin {checks} denetimi {time} zamanında yapıldı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="191"/>
        <source>damaged: %n problem(s) found at {time}</source>
        <translation>hasarlı: {time} zamanında %n sorun bulundu</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="204"/>
        <source>  … and {count} more</source>
        <translation>  … ve {count} tane daha</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="209"/>
        <source>note: {note}</source>
        <translation>not: {note}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="214"/>
        <source>latest good backup: {path}</source>
        <translation>en son sağlam yedek: {path}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="219"/>
        <source>restore it with: curator restore BACKUP NEW_FILE</source>
        <translation>şununla geri yükleyin: curator restore BACKUP NEW_FILE</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_flows.py" line="222"/>
        <source>no good backup found</source>
        <translation>sağlam yedek bulunamadı</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="89"/>
        <source>Keeper</source>
        <translation>Asıl</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="91"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="92"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="93"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="94"/>
        <source>Similarity to keeper</source>
        <translation>Asıl belgeye benzerlik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="95"/>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="114"/>
        <source>keeper</source>
        <translation>asıl</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/duplicates_dialog.py" line="116"/>
        <source>suggested</source>
        <translation>önerilen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="24"/>
        <source>Keep both (theirs as a separate layer NAME@FILE)</source>
        <translation>İkisini de tut (onlarınki ayrı bir katman olarak: AD@DOSYA)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="27"/>
        <source>Newest wins (the later edit of the layer)</source>
        <translation>En yenisi kazanır (katmanın sonraki düzenlemesi)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="36"/>
        <location filename="../../../curator/ui/merge_dialog.py" line="95"/>
        <source>Merge Project</source>
        <translation>Proje Birleştir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="39"/>
        <source>Merge {name} into this project: documents by content, each annotator&apos;s layer under their name, the history by entry.

A backup is taken first. A merge cannot be undone with Undo; restore the backup instead.</source>
        <translation>{name} bu projeyle birleştirilir: belgeler içeriğe göre, her işaretleyicinin katmanı kendi adıyla, geçmiş kayıt kayıt.

Önce bir yedek alınır. Birleştirme Geri Al ile geri alınamaz; bunun yerine yedeği geri yükleyin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="51"/>
        <source>When both changed a layer</source>
        <translation>İki taraf da bir katmanı değiştirdiyse</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="55"/>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="65"/>
        <source>Merge project</source>
        <translation>Proje birleştir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="66"/>
        <source>Curator projects (*.curator);;All files (*)</source>
        <translation>Curator projeleri (*.curator);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/merge_dialog.py" line="80"/>
        <source>Merging {name}</source>
        <translation>Birleştiriliyor: {name}</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="54"/>
        <source>Open Server Project</source>
        <translation>Sunucu Projesi Aç</translation>
    </message>
</context>
<context>
    <name>ProjectFlows</name>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="37"/>
        <source>Curator projects (*.curator);;All files (*)</source>
        <translation>Curator projeleri (*.curator);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="45"/>
        <source>Cannot open project</source>
        <translation>Proje açılamıyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="51"/>
        <source>Opened {path}</source>
        <translation>Açıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="56"/>
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="62"/>
        <source>{path} exists already; use Open Project to open it.</source>
        <translation>{path} zaten var; açmak için Proje Aç&apos;ı kullanın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="71"/>
        <source>Open project</source>
        <translation>Proje aç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="84"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="105"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="116"/>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Belgeler ({patterns});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="124"/>
        <source>Import documents</source>
        <translation>Belgeleri içe aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="133"/>
        <source>Import a folder</source>
        <translation>Bir klasörü içe aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="181"/>
        <source>The format&apos;s default</source>
        <translation>Biçimin varsayılanı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="184"/>
        <source>Training data: every document. Event records: annotated and approved ones.</source>
        <translation>Eğitim verisi: tüm belgeler. Olay kayıtları: işaretlenmiş ve onaylanmış olanlar.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="189"/>
        <source>Only {status}</source>
        <translation>Yalnızca: {status}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="192"/>
        <source>Any status</source>
        <translation>Her durum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="315"/>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="318"/>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/project_flows.py" line="329"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
</context>
<context>
    <name>RegionTableModel</name>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="36"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="37"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="38"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="66"/>
        <source>…{joined}… (joined)</source>
        <translation>…{joined}… (birleştirildi)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/boilerplate_panel.py" line="76"/>
        <source>rule {rule}, {start}-{end}</source>
        <translation>kural {rule}, {start}-{end}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="84"/>
        <source>Restore from Backup</source>
        <translation>Yedekten Geri Yükle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="86"/>
        <source>Reading the backups…</source>
        <translation>Yedekler okunuyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="93"/>
        <source>Backups of this project</source>
        <translation>Bu projenin yedekleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="97"/>
        <source>&amp;Restore Selected…</source>
        <translation>&amp;Seçileni Geri Yükle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="110"/>
        <source>Reading backups</source>
        <translation>Yedekler okunuyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="122"/>
        <source>No backups yet in {folder} (Project → Back Up Now writes one).</source>
        <translation>{folder} içinde henüz yedek yok (Proje → Şimdi Yedekle bir yedek yazar).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/backup_dialog.py" line="126"/>
        <source>%n backup(s) in {folder}, newest first. Restoring writes the chosen one to a new project file and opens it; this project and the backup are left as they are.</source>
        <translation>
            <numerusform>{folder} içinde %n yedek, en yenisi başta. Geri yükleme seçilen yedeği yeni bir proje dosyasına yazar ve onu açar; bu proje ve yedek olduğu gibi kalır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="136"/>
        <source>Cannot list the backups: {reason}</source>
        <translation>Yedekler listelenemiyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="152"/>
        <source>Restore into a new project</source>
        <translation>Yeni bir projeye geri yükle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="154"/>
        <source>Curator projects (*.curator)</source>
        <translation>Curator projeleri (*.curator)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="168"/>
        <source>Restored {backup}: {documents} documents and {spans} spans, now open as {target}</source>
        <translation>{backup} geri yüklendi: {documents} belge ve {spans} aralık; şimdi {target} olarak açık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/backup_dialog.py" line="179"/>
        <source>Restoring…</source>
        <translation>Geri yükleniyor…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="80"/>
        <source>Return with comment</source>
        <translation>Yorumla geri gönder</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="85"/>
        <source>What should the annotator change?</source>
        <translation>İşaretleyici neyi değiştirmeli?</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="92"/>
        <source>Return “{title}” to the annotator with this comment:</source>
        <translation>“{title}” belgesini işaretleyiciye bu yorumla geri gönder:</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="36"/>
        <source>Document {id} marked as annotated — saved.</source>
        <translation>{id} numaralı belge «işaretlendi» durumuna alındı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="37"/>
        <source>Document {id} approved (read-only until reopened) — saved.</source>
        <translation>{id} numaralı belge onaylandı (yeniden açılana dek salt okunur) — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="40"/>
        <source>Document {id} returned with your comment — saved.</source>
        <translation>{id} numaralı belge yorumunuzla geri gönderildi — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="43"/>
        <source>Document {id} reopened — saved.</source>
        <translation>{id} numaralı belge yeniden açıldı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="46"/>
        <source>Annotated “{title}”</source>
        <translation>İşaretlendi: “{title}”</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="47"/>
        <source>Approve “{title}”</source>
        <translation>Onayla: “{title}”</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="48"/>
        <source>Return “{title}”</source>
        <translation>Geri gönder: “{title}”</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="49"/>
        <source>Reopen “{title}”</source>
        <translation>Yeniden aç: “{title}”</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="72"/>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="137"/>
        <source>{error}; working as annotator.</source>
        <translation>{error}; işaretleyici olarak çalışılıyor.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="158"/>
        <source>{name} works as reviewer — saved.</source>
        <translation>{name} gözden geçiren olarak çalışıyor — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="160"/>
        <source>{name} works as annotator — saved.</source>
        <translation>{name} işaretleyici olarak çalışıyor — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="169"/>
        <location filename="../../../curator/ui/review_actions.py" line="189"/>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="177"/>
        <source>document {id}</source>
        <translation>belge {id}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="231"/>
        <source>{summary} — saved.</source>
        <translation>{summary} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="265"/>
        <source>(no comment)</source>
        <translation>(yorum yok)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="276"/>
        <source>✔ Approved — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ Onaylandı — yeniden açılana dek salt okunur (Gözden Geçirme → Yeniden Aç, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="280"/>
        <source>✔ Approved on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ {time} UTC tarihinde onaylandı — yeniden açılana dek salt okunur (Gözden Geçirme → Yeniden Aç, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="284"/>
        <source>✔ Approved by {name} on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ {name} tarafından {time} UTC tarihinde onaylandı — yeniden açılana dek salt okunur (Gözden Geçirme → Yeniden Aç, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="289"/>
        <source>↩ Returned: {comment}</source>
        <translation>↩ Geri gönderildi: {comment}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="291"/>
        <source>↩ Returned on {time} UTC: {comment}</source>
        <translation>↩ {time} UTC tarihinde geri gönderildi: {comment}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="292"/>
        <source>↩ Returned by {name} on {time} UTC: {comment}</source>
        <translation>↩ {name} tarafından {time} UTC tarihinde geri gönderildi: {comment}</translation>
    </message>
</context>
<context>
    <name>ReviewHistory</name>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="52"/>
        <source>marked as annotated</source>
        <translation>«işaretlendi» durumuna alındı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="53"/>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="54"/>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="55"/>
        <source>reopened</source>
        <translation>yeniden açıldı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="298"/>
        <source>{time} UTC  {what} by {name}</source>
        <translation>{time} UTC  {name}: {what}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/review_actions.py" line="304"/>
        <source>(not reviewed yet)</source>
        <translation>(henüz gözden geçirilmedi)</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="40"/>
        <source>postgresql://ROLE@HOST:PORT/DATABASE — you work as ROLE, the PostgreSQL role your admin made for you (curator server add-user). The password comes from ~/.pgpass or is asked for; Curator never stores it.</source>
        <translation>postgresql://ROLE@HOST:PORT/DATABASE — ROLE olarak, yani yöneticinizin sizin için oluşturduğu PostgreSQL rolüyle çalışırsınız (curator server add-user). Parola ~/.pgpass dosyasından alınır ya da sorulur; Curator onu asla saklamaz.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="84"/>
        <source>Server password</source>
        <translation>Sunucu parolası</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="121"/>
        <source>{url}: not a PostgreSQL URL. {hint}</source>
        <translation>{url}: bir PostgreSQL URL&apos;si değil. {hint}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="124"/>
        <source>Open Server Project</source>
        <translation>Sunucu Projesi Aç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="144"/>
        <source>Not opened: connecting to {server} was cancelled</source>
        <translation>Açılmadı: {server} sunucusuna bağlanma iptal edildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="153"/>
        <source>Not opened: {reason}</source>
        <translation>Açılmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="160"/>
        <source>Opened {server} as {annotator}</source>
        <translation>{server} açıldı, işaretleyici: {annotator}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="165"/>
        <source>Cannot open the server project</source>
        <translation>Sunucu projesi açılamıyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/server_login.py" line="168"/>
        <source>Connecting to {server}…</source>
        <translation>{server} sunucusuna bağlanılıyor…</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="34"/>
        <source>“{surface}” as {label}</source>
        <translation>“{surface}”, {label} olarak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="40"/>
        <source>Not done: {error}.</source>
        <translation>Yapılmadı: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="102"/>
        <source>({here} here: {labels}; {corpus} in the corpus)</source>
        <translation>(burada {here}: {labels}; derlemde {corpus})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="106"/>
        <source>({here} here; {corpus} in the corpus)</source>
        <translation>(burada {here}; derlemde {corpus})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="167"/>
        <source>Next document with suggestions: #{id}.</source>
        <translation>Önerisi olan sonraki belge: #{id}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="175"/>
        <source>No later document has suggestions: back to this document&apos;s first.</source>
        <translation>Sonraki belgelerde öneri yok: bu belgenin ilk önerisine dönüldü.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="182"/>
        <source>No more suggestions.</source>
        <translation>Başka öneri yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="186"/>
        <source>No earlier suggestion in this document.</source>
        <translation>Bu belgede daha önce öneri yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="203"/>
        <source>Nothing to do.</source>
        <translation>Yapılacak bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="210"/>
        <location filename="../../../curator/ui/suggestion_actions.py" line="337"/>
        <source>Accept {what}</source>
        <translation>Kabul et: {what}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="213"/>
        <source>Accepted {what} — saved (Ctrl+Z undoes).</source>
        <translation>Kabul edildi: {what} — kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="218"/>
        <source>Reject {what}</source>
        <translation>Reddet: {what}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="221"/>
        <source>Rejected {what}; it will not be suggested again — saved.</source>
        <translation>Reddedildi: {what}; yeniden önerilmeyecek — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="233"/>
        <source>Put the cursor on a suggestion (dashed underline), then {key}.</source>
        <translation>İmleci bir önerinin (kesik alt çizgi) üzerine getirin, sonra {key}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="266"/>
        <source>Put the cursor on a suggestion of the label to accept.</source>
        <translation>İmleci, kabul edilecek etiketin bir önerisinin üzerine getirin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="273"/>
        <source>Accept every {label} suggestion</source>
        <translation>Her {label} önerisini kabul et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="280"/>
        <source>Accepted {count} {label} suggestions in this document — one undo.</source>
        <translation>Bu belgede {count} {label} önerisi kabul edildi — tek geri alma.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="297"/>
        <source>Put the cursor on a suggestion (or mention) linked to an entity.</source>
        <translation>İmleci bir varlığa bağlı bir önerinin (ya da anılmanın) üzerine getirin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="304"/>
        <source>the entity</source>
        <translation>varlık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="306"/>
        <source>Accept every mention of {name}</source>
        <translation>{name} varlığının her anılmasını kabul et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="314"/>
        <source>Accepted {count} mentions of {name} in {documents} documents — one undo.</source>
        <translation>{name} varlığının {documents} belgede {count} anılması kabul edildi — tek geri alma.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="343"/>
        <source>Accepted the suggested {type} event with %n guessed argument(s) — check them; saved (Ctrl+Z undoes).</source>
        <translation>Önerilen {type} olayı tahmin edilen %n argümanıyla kabul edildi — onları denetleyin; kaydedildi (Ctrl+Z geri alır).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="360"/>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_actions.py" line="379"/>
        <source>Suggesting with {spec}…</source>
        <translation>{spec} ile öneriliyor…</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="28"/>
        <source>Suggested {label}  ·  score {score}</source>
        <translation>Önerilen {label}  ·  puan {score}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="31"/>
        <source>source: {source}</source>
        <translation>kaynak: {source}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="35"/>
        <source>rule: {rule}</source>
        <translation>kural: {rule}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="39"/>
        <source>entity: {name}</source>
        <translation>varlık: {name}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="47"/>
        <source>arguments: {arguments}</source>
        <translation>argümanlar: {arguments}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="51"/>
        <source>date: {date}</source>
        <translation>tarih: {date}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="56"/>
        <source>A accept · R reject · Shift+A accept and next · N next</source>
        <translation>A kabul · R ret · Shift+A kabul ve sonraki · N sonraki</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="65"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="66"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="67"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="68"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="69"/>
        <source>Entity</source>
        <translation>Varlık</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="106"/>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="111"/>
        <source>Which suggester Suggest runs: the rules, or a trained model</source>
        <translation>Öner komutunun hangi önericiyi çalıştıracağı: kurallar ya da eğitilmiş bir model</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="112"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="113"/>
        <source>Run the suggester over this document (Ctrl+G)</source>
        <translation>Önericiyi bu belgede çalıştır (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="114"/>
        <source>Corpus</source>
        <translation>Derlem</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="115"/>
        <source>Run the suggester over every document (Ctrl+Shift+G)</source>
        <translation>Önericiyi tüm belgelerde çalıştır (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="117"/>
        <source>Suggest with</source>
        <translation>Önerici</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="131"/>
        <source>Accept (A)</source>
        <translation>Kabul et (A)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="132"/>
        <source>Reject (R)</source>
        <translation>Reddet (R)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="133"/>
        <source>All of label</source>
        <translation>Etiketin tümü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="135"/>
        <source>Accept every suggestion of this label in the document (Ctrl+Shift+A)</source>
        <translation>Bu etiketin belgedeki her önerisini kabul et (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="137"/>
        <source>Entity everywhere</source>
        <translation>Varlık her yerde</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="140"/>
        <source>Accept every suggested mention of this canonical entity in the corpus (Ctrl+Alt+Shift+A)</source>
        <translation>Bu kanonik varlığın derlemde önerilen her anılmasını kabul et (Ctrl+Alt+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/suggestion_panel.py" line="156"/>
        <source>Dashed underline = suggestion. A accept · R reject · Shift+A accept and next · N / Shift+N next / previous · Ctrl+Shift+A all of this label · Ctrl+Alt+Shift+A this entity everywhere · Ctrl+G suggest</source>
        <translation>Kesik alt çizgi = öneri. A kabul · R ret · Shift+A kabul ve sonraki · N / Shift+N sonraki / önceki · Ctrl+Shift+A bu etiketin tümü · Ctrl+Alt+Shift+A bu varlık her yerde · Ctrl+G öner</translation>
    </message>
</context>
<context>
    <name>TableImportFlow</name>
    <message>
        <location filename="../../../curator/ui/column_mapping.py" line="262"/>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
</context>
<context>
    <name>TextFix</name>
    <message>
        <location filename="../../../curator/ui/text_fix.py" line="27"/>
        <source>Select the characters to correct (or put the cursor where text is missing).</source>
        <translation>Düzeltilecek karakterleri seçin (ya da imleci metnin eksik olduğu yere koyun).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/text_fix.py" line="32"/>
        <location filename="../../../curator/ui/text_fix.py" line="55"/>
        <source>Fix text</source>
        <translation>Metni düzelt</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/text_fix.py" line="33"/>
        <source>Replace “{text}” with:</source>
        <translation>“{text}” yerine yazılacak:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/text_fix.py" line="63"/>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/text_fix.py" line="66"/>
        <source>Fix text “{text}”</source>
        <translation>Metni düzelt: “{text}”</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../../curator/ui/workers.py" line="80"/>
        <source>internal error ({error})</source>
        <translation>iç hata ({error})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/workers.py" line="108"/>
        <source>{what} (showing the result)</source>
        <translation>{what} (sonuç gösteriliyor)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/workers.py" line="178"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
</TS>

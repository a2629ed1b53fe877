<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AdjudicationActions</name>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="37"/>
        <source>Adjudicate</source>
        <translation>Hakemlik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="48"/>
        <location filename="../../../curator/ui/adjudication_actions.py" line="173"/>
        <source>Open a document first.</source>
        <translation>Önce bir belge açın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="53"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="55"/>
        <source>Adjudication needs two annotator layers in this document; it has {count} ({found}).</source>
        <translation>Hakemlik için bu belgede iki işaretleyici katmanı gerekir; belgede {count} katman var ({found}).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="77"/>
        <source>Document {id} has fewer than two annotator layers; curation mode ended.</source>
        <translation>{id} numaralı belgede ikiden az işaretleyici katmanı var; hakemlik kipi sona erdi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="105"/>
        <source>No more open disagreements that way.</source>
        <translation>O yönde açık uyuşmazlık kalmadı.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="112"/>
        <source>No disagreement selected.</source>
        <translation>Seçili uyuşmazlık yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="120"/>
        <source>E edits a span&apos;s label; accept an event, then edit it under Events.</source>
        <translation>E bir aralığın etiketini düzenler; bir olayı önce kabul edin, sonra Olaylar altında düzenleyin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="142"/>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="147"/>
        <source>{what} — saved.</source>
        <translation>{what} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="155"/>
        <source>Edit in gold</source>
        <translation>Altın katmanda düzenle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="156"/>
        <source>Label of the gold copy:</source>
        <translation>Altın kopyanın etiketi:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="165"/>
        <source>Gold: relabel as {name}</source>
        <translation>Altın: {name} olarak yeniden etiketle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="183"/>
        <source>Nothing new to accept: gold holds every agreed unit of this document.</source>
        <translation>Kabul edilecek yeni bir şey yok: altın katman bu belgede uzlaşılan her birimi zaten içeriyor.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="191"/>
        <source>{count} agreed spans copied into gold — saved.</source>
        <translation>Uzlaşılan {count} aralık altın katmana kopyalandı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="215"/>
        <source>{spans} agreed spans copied into gold; documents with two layers or more: {documents} — saved.</source>
        <translation>Uzlaşılan {spans} aralık altın katmana kopyalandı; iki veya daha fazla katmanı olan belge sayısı: {documents} — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_actions.py" line="222"/>
        <source>Accepting what every annotator agrees on…</source>
        <translation>Tüm işaretleyicilerin uzlaştığı işaretlemeler kabul ediliyor…</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <location filename="../../../curator/ui/adjudication_panel.py" line="62"/>
        <source>event {type}</source>
        <translation>olay {type}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_panel.py" line="79"/>
        <source>Review → Adjudicate (Ctrl+Alt+J) compares the annotators&apos; layers here.</source>
        <translation>Gözden Geçirme → Hakemlik (Ctrl+Alt+J) işaretleyicilerin katmanlarını burada karşılaştırır.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_panel.py" line="96"/>
        <source>{layers} (also {others})</source>
        <translation>{layers} (ayrıca {others})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/adjudication_panel.py" line="101"/>
        <source>{open} open of {total} disagreements; {agreed} agreed. Keys: {layers}, 3 both, 0 neither, E edit, N/P next/previous.</source>
        <translation>{total} uyuşmazlıktan {open} tanesi açık; {agreed} uzlaşılan. Tuşlar: {layers}, 3 ikisi de, 0 hiçbiri, E düzenle, N/P sonraki/önceki.</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="151"/>
        <location filename="../../../curator/ui/agreement_window.py" line="235"/>
        <source>Agreement</source>
        <translation>Uyum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="172"/>
        <source>Pairs</source>
        <translation>Çiftler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="173"/>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="174"/>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="181"/>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="183"/>
        <source>Layers: {layers}. {documents} documents have two or more of them.</source>
        <translation>Katmanlar: {layers}. {documents} belgede bunlardan iki veya daha fazlası var.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="189"/>
        <source>All raters: Fleiss κ {kappa} ({complete} documents with every layer), Krippendorff α {alpha} over {tokens} tokens, αU {unitizing}.</source>
        <translation>Tüm değerlendiriciler: Fleiss κ {kappa} (her katmanı olan {complete} belge), {tokens} sözcük birimi üzerinde Krippendorff α {alpha}, αU {unitizing}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="203"/>
        <source>No document has two layers yet: there is nothing to compare.</source>
        <translation>Henüz hiçbir belgede iki katman yok: karşılaştırılacak bir şey yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="210"/>
        <source>Skipped: {shown} and {more} more.</source>
        <translation>Atlananlar: {shown} ve {more} tane daha.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="212"/>
        <source>Skipped: {shown}.</source>
        <translation>Atlananlar: {shown}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="238"/>
        <source>Computing agreement</source>
        <translation>Uyum hesaplanıyor</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="61"/>
        <source>Gold \ yours</source>
        <translation>Altın \ sizin</translation>
    </message>
</context>
<context>
    <name>CoreAdjudication</name>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="74"/>
        <source>missing</source>
        <translation>eksik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="75"/>
        <source>label</source>
        <translation>etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="76"/>
        <source>boundary</source>
        <translation>sınır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="77"/>
        <source>label and boundary</source>
        <translation>etiket ve sınır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="78"/>
        <source>arguments</source>
        <translation>argümanlar</translation>
    </message>
</context>
<context>
    <name>CoreAgreement</name>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="72"/>
        <source>only {who} annotated it</source>
        <translation>yalnızca {who} işaretledi</translation>
    </message>
</context>
<context>
    <name>CoreSearch</name>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="81"/>
        <source>tagged already</source>
        <translation>zaten etiketli</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="82"/>
        <source>excluded text</source>
        <translation>hariç tutulan metin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="83"/>
        <source>approved document</source>
        <translation>onaylanmış belge</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="84"/>
        <source>{label} already</source>
        <translation>zaten {label}</translation>
    </message>
</context>
<context>
    <name>CoreStatistics</name>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="32"/>
        <source>Documents by status</source>
        <translation>Duruma göre belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="33"/>
        <source>Documents by language</source>
        <translation>Dile göre belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="34"/>
        <source>Spans per label</source>
        <translation>Etiket başına aralıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="35"/>
        <source>Annotations per annotator per day</source>
        <translation>İşaretleyici ve gün başına işaretlemeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="36"/>
        <source>Suggestion acceptance per suggester</source>
        <translation>Önerici başına öneri kabulü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="37"/>
        <source>Agreement between annotators</source>
        <translation>İşaretleyiciler arası uyum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="38"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="39"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="40"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="41"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="42"/>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="43"/>
        <source>Day (UTC)</source>
        <translation>Gün (UTC)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="44"/>
        <source>(no annotator)</source>
        <translation>(işaretleyici yok)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="45"/>
        <source>Suggester</source>
        <translation>Önerici</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="46"/>
        <source>Accepted</source>
        <translation>Kabul edilen</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="47"/>
        <source>Corrected</source>
        <translation>Düzeltilen</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="48"/>
        <source>Rejected</source>
        <translation>Reddedilen</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="49"/>
        <source>Pending</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="50"/>
        <source>Acceptance</source>
        <translation>Kabul oranı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="51"/>
        <source>Pair</source>
        <translation>Çift</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="52"/>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="53"/>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="54"/>
        <source>Cohen κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="55"/>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="56"/>
        <source>in progress</source>
        <translation>sürüyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="57"/>
        <source>annotated</source>
        <translation>işaretlendi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="58"/>
        <source>approved</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="59"/>
        <source>returned</source>
        <translation>geri gönderildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="60"/>
        <source>Spans made or accepted each day (UTC), by the layer they are on.</source>
        <translation>Her gün (UTC) oluşturulan veya kabul edilen aralıklar, bulundukları katmana göre.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="63"/>
        <source>Acceptance: accepted as suggested, of those decided (corrected ones count as not accepted).</source>
        <translation>Kabul oranı: karar verilenler içinde önerildiği gibi kabul edilenlerin payı (düzeltilenler kabul edilmemiş sayılır).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/i18n_tools.py" line="67"/>
        <source>Krippendorff α over all layers: {alpha} ({documents} documents with two or more).</source>
        <translation>Tüm katmanlar üzerinde Krippendorff α: {alpha} (iki veya daha fazla katmanı olan {documents} belge).</translation>
    </message>
</context>
<context>
    <name>CorpusEventsDialog</name>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="124"/>
        <source>Corpus Events</source>
        <translation>Derlem Olayları</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="126"/>
        <source>Reading the event groups…</source>
        <translation>Olay grupları okunuyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="134"/>
        <source>C&amp;onsolidate</source>
        <translation>&amp;Gruplandır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="134"/>
        <source>Group the corpus&apos;s event mentions</source>
        <translation>Derlemdeki olay anmalarını gruplandır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="137"/>
        <source>&amp;Split Out (S)</source>
        <translation>&amp;Ayır (S)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="137"/>
        <source>The selected mentions leave the group</source>
        <translation>Seçili anmalar gruptan çıkar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="140"/>
        <source>&amp;Join (J)</source>
        <translation>&amp;Birleştir (J)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="140"/>
        <source>Merge the selected groups into one</source>
        <translation>Seçili grupları tek grupta birleştir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="143"/>
        <source>&amp;Confirm (C)</source>
        <translation>&amp;Onayla (C)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="143"/>
        <source>Confirm the selected groups</source>
        <translation>Seçili grupları onayla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="187"/>
        <source>Reading corpus events</source>
        <translation>Derlem olayları okunuyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="201"/>
        <source>{groups} event group(s), {unconfirmed} not confirmed yet.</source>
        <translation>{groups} olay grubu, {unconfirmed} tanesi henüz onaylanmadı.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="236"/>
        <source>Not changed: {error}.</source>
        <translation>Değiştirilmedi: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="255"/>
        <source>Consolidate corpus events</source>
        <translation>Derlem olaylarını gruplandır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="258"/>
        <source>{proposed} proposed group(s) of {mentions} mention(s); kept {confirmed} confirmed and {yours} of yours.</source>
        <translation>{mentions} anmadan {proposed} grup önerildi; onaylanmış {confirmed} grup ve sizin {yours} grubunuz korundu.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="270"/>
        <source>Consolidating corpus events…</source>
        <translation>Derlem olayları gruplandırılıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="276"/>
        <source>Select one group and the mention(s) to split out of it.</source>
        <translation>Bir grup ve ondan ayrılacak anmaları seçin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="281"/>
        <source>Split {count} mention(s) out of event group {group}</source>
        <translation>{group} numaralı olay grubundan {count} anmayı ayır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="289"/>
        <source>Select two or more groups to join.</source>
        <translation>Birleştirmek için iki veya daha fazla grup seçin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="292"/>
        <source>Join event groups {ids}</source>
        <translation>{ids} olay gruplarını birleştir</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="298"/>
        <source>Select the group(s) to confirm.</source>
        <translation>Onaylanacak grupları seçin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="303"/>
        <source>Unconfirm event group(s) {ids}</source>
        <translation>{ids} olay gruplarının onayını geri al</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="303"/>
        <source>Confirm event group(s) {ids}</source>
        <translation>{ids} olay gruplarını onayla</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="29"/>
        <source>missed</source>
        <translation>atlanmış</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="30"/>
        <source>extra</source>
        <translation>fazla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="31"/>
        <source>other label</source>
        <translation>başka etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="32"/>
        <source>other boundaries</source>
        <translation>başka sınırlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="38"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="39"/>
        <source>Characters</source>
        <translation>Karakterler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="40"/>
        <source>Gold</source>
        <translation>Altın</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="41"/>
        <source>Yours</source>
        <translation>Sizin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="42"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="42"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="43"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="45"/>
        <source>Mentions</source>
        <translation>Anmalar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/knowledge_panel.py" line="96"/>
        <source>%n mention(s) in {documents}</source>
        <translation>
            <numerusform>{documents} içinde %n anma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/knowledge_panel.py" line="97"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="101"/>
        <source>aliases: {aliases}</source>
        <translation>diğer adlar: {aliases}</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="76"/>
        <source>Pair</source>
        <translation>Çift</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="77"/>
        <source>Event type</source>
        <translation>Olay türü</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="78"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="79"/>
        <source>Units</source>
        <translation>Birimler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="80"/>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="81"/>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="88"/>
        <source>(trigger)</source>
        <translation>(tetikleyici)</translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="84"/>
        <source>Feedback for {annotator}</source>
        <translation>{annotator} için geri bildirim</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="90"/>
        <source>{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, {disagreements} disagreements.</source>
        <translation>{annotator}, altın katmana göre: {documents} belge, uzlaşılan {agreed} aralık, {disagreements} uyuşmazlık.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="95"/>
        <source>{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, {disagreements} disagreements. No document has both layers yet.</source>
        <translation>{annotator}, altın katmana göre: {documents} belge, uzlaşılan {agreed} aralık, {disagreements} uyuşmazlık. Henüz hiçbir belgede iki katman birden yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/feedback_window.py" line="143"/>
        <source>Comparing with gold</source>
        <translation>Altın katmanla karşılaştırılıyor</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="95"/>
        <source>Nothing to count yet</source>
        <translation>Henüz sayılacak bir şey yok</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="144"/>
        <source>{title}, as a table</source>
        <translation>{title}, tablo olarak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="145"/>
        <source>{title}, as a chart</source>
        <translation>{title}, grafik olarak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="147"/>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="148"/>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="150"/>
        <source>Copy as &amp;CSV</source>
        <translation>&amp;CSV olarak kopyala</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="151"/>
        <source>Put this table on the clipboard as comma-separated values</source>
        <translation>Bu tabloyu virgülle ayrılmış değerler olarak panoya kopyala</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="50"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="51"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="52"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="53"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="54"/>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="55"/>
        <source>Mentions</source>
        <translation>Anmalar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="58"/>
        <source>proposed</source>
        <translation>önerildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="59"/>
        <source>confirmed</source>
        <translation>onaylandı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="82"/>
        <source>{status} (yours)</source>
        <translation>{status} (sizin)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="84"/>
        <source>History of #{id}</source>
        <translation>#{id} geçmişi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="86"/>
        <source>Changes to “{title}”, newest first</source>
        <translation>“{title}” üzerindeki değişiklikler, en yenisi önce</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="95"/>
        <source>&amp;Revert Selected</source>
        <translation>Seçileni &amp;Geri Al</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="97"/>
        <source>Take back the selected change (Alt+R); Ctrl+Z in the window undoes it</source>
        <translation>Seçili değişikliği geri al (Alt+G); pencerede Ctrl+Z bunu da geri alır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="100"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="128"/>
        <source>Revert</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="137"/>
        <source>document {id}</source>
        <translation>belge {id}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="44"/>
        <source>Time (UTC)</source>
        <translation>Zaman (UTC)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="45"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/history_window.py" line="46"/>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="43"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="44"/>
        <source>Left</source>
        <translation>Sol</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="45"/>
        <source>Match</source>
        <translation>Eşleşme</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="46"/>
        <source>Right</source>
        <translation>Sağ</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="47"/>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="85"/>
        <source>Put the cursor on a tagged mention, then Ctrl+L.</source>
        <translation>İmleci etiketli bir anmanın üzerine getirin, sonra Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="98"/>
        <source>Mention: “{text}” [{label}] — Enter links it</source>
        <translation>Anma: “{text}” [{label}] — Enter bağlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="127"/>
        <source>Mention: “{text}” [{label}] — {count} canonical entities match; choose one, Enter links it</source>
        <translation>Anma: “{text}” [{label}] — {count} kanonik varlık eşleşiyor; birini seçin, Enter bağlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="142"/>
        <source>Not linked: {error}.</source>
        <translation>Bağlanmadı: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="146"/>
        <source>Choose a mention (Ctrl+L on it) and an entity first.</source>
        <translation>Önce bir anma (üzerinde Ctrl+L) ve bir varlık seçin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="174"/>
        <source>Link “{text}” to {entity}</source>
        <translation>“{text}” anmasını {entity} varlığına bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="180"/>
        <source>Linked “{text}” to {entity} — saved.</source>
        <translation>“{text}”, {entity} varlığına bağlandı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="197"/>
        <source>Link every “{text}” to {entity}</source>
        <translation>Her “{text}” anmasını {entity} varlığına bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="203"/>
        <source>Linked {count} mentions of “{text}” to {entity} — saved (one undo).</source>
        <translation>“{text}” metninin {count} anması {entity} varlığına bağlandı — kaydedildi (tek geri alma).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="214"/>
        <source>Put the cursor on a tagged mention first.</source>
        <translation>Önce imleci etiketli bir anmanın üzerine getirin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="223"/>
        <source>Not created: {error}.</source>
        <translation>Oluşturulmadı: {error}.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="227"/>
        <source>New entity “{name}”</source>
        <translation>Yeni varlık “{name}”</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="233"/>
        <source>New canonical entity “{name}” ({label}), linked — saved.</source>
        <translation>Yeni kanonik varlık “{name}” ({label}), bağlandı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="244"/>
        <source>The mention at the cursor is not linked.</source>
        <translation>İmleçteki anma bağlı değil.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="256"/>
        <source>Unlink mention</source>
        <translation>Anmanın bağını kaldır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="258"/>
        <source>Unlinked — saved.</source>
        <translation>Bağ kaldırıldı — kaydedildi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="266"/>
        <source>Linking unambiguous mentions…</source>
        <translation>Tek anlamlı anmalar bağlanıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="274"/>
        <source>Link {count} unambiguous mentions</source>
        <translation>{count} tek anlamlı anmayı bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="280"/>
        <source>Linked {count} mention(s)</source>
        <translation>{count} anma bağlandı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="283"/>
        <source>{linked} — saved (one undo)</source>
        <translation>{linked} — kaydedildi (tek geri alma)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="287"/>
        <source>{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match, {read_only} in approved documents left alone.</source>
        <translation>{linked}; {ambiguous} belirsiz (seçmek için her birinde Ctrl+L), {unmatched} eşleşmesiz, onaylanmış belgelerdeki {read_only} anmaya dokunulmadı.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_actions.py" line="293"/>
        <source>{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match.</source>
        <translation>{linked}; {ambiguous} belirsiz (seçmek için her birinde Ctrl+L), {unmatched} eşleşmesiz.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="111"/>
        <source>Search any alias: kgao, ЖККУ, Bishkek, Q318693…</source>
        <translation>Herhangi bir adla arayın: kgao, ЖККУ, Bişkek, Q318693…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="122"/>
        <source>Link</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="123"/>
        <source>Link all identical</source>
        <translation>Tüm özdeşleri bağla</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="124"/>
        <source>New from mention</source>
        <translation>Anmadan yeni</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/knowledge_panel.py" line="125"/>
        <source>Unlink</source>
        <translation>Bağı kaldır</translation>
    </message>
</context>
<context>
    <name>LabelBarChart</name>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="119"/>
        <source>No label to compare</source>
        <translation>Karşılaştırılacak etiket yok</translation>
    </message>
</context>
<context>
    <name>LabelTableModel</name>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="55"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="56"/>
        <source>Spans compared</source>
        <translation>Karşılaştırılan aralıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="57"/>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="58"/>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="59"/>
        <source>Boundary</source>
        <translation>Sınır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="60"/>
        <source>Label differs</source>
        <translation>Etiket farklı</translation>
    </message>
</context>
<context>
    <name>LearningCurve</name>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="42"/>
        <source>Learning curve: dev F1 over training time</source>
        <translation>Öğrenme eğrisi: eğitim süresi boyunca geliştirme F1</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="61"/>
        <source>No dev evaluation yet.</source>
        <translation>Henüz geliştirme değerlendirmesi yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="65"/>
        <source>{count} evaluations; best dev F1 {best} at {best_seconds} s (update {step}); last {last} at {last_seconds} s</source>
        <translation>{count} değerlendirme; en iyi geliştirme F1 {best}, {best_seconds} sn&apos;de (güncelleme {step}); sonuncusu {last}, {last_seconds} sn&apos;de</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="119"/>
        <source>dev F1</source>
        <translation>geliştirme F1</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="122"/>
        <location filename="../../../curator/ui/learning_curve.py" line="125"/>
        <source>{seconds} s</source>
        <translation>{seconds} sn</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="123"/>
        <source>training time</source>
        <translation>eğitim süresi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="129"/>
        <source>The curve appears at the first dev evaluation.</source>
        <translation>Eğri ilk geliştirme değerlendirmesinde görünür.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/learning_curve.py" line="145"/>
        <source>best {f1}</source>
        <translation>en iyi {f1}</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="87"/>
        <source>Doc</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="88"/>
        <source>Lang</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="89"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="91"/>
        <source>Publication</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/corpus_events.py" line="92"/>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="34"/>
        <source>Pair</source>
        <translation>Çift</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="35"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="36"/>
        <source>F1 exact</source>
        <translation>F1 tam</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="37"/>
        <source>F1 overlap</source>
        <translation>F1 örtüşme</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="38"/>
        <source>Boundary</source>
        <translation>Sınır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/agreement_window.py" line="39"/>
        <source>Cohen κ</source>
        <translation>Cohen κ</translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="118"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="124"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="134"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="141"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="119"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="125"/>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="120"/>
        <source>Key</source>
        <translation>Tuş</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="121"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="131"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="138"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="144"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="126"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="127"/>
        <source>Roles (ROLE*:LABEL|LABEL, …)</source>
        <translation>Roller (ROL*:ETİKET|ETİKET, …)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="129"/>
        <source>Mode</source>
        <translation>Kip</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="135"/>
        <source>Event types (empty: all)</source>
        <translation>Olay türleri (boş: tümü)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="136"/>
        <source>Values (empty: yes/no)</source>
        <translation>Değerler (boş: evet/hayır)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="137"/>
        <source>Several values</source>
        <translation>Birden çok değer</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="142"/>
        <source>From</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="143"/>
        <source>To</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="150"/>
        <source>Project schema</source>
        <translation>Proje şeması</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="160"/>
        <source>Entity labels</source>
        <translation>Varlık etiketleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="161"/>
        <source>Event types</source>
        <translation>Olay türleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="162"/>
        <source>Relation types</source>
        <translation>İlişki türleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="163"/>
        <source>Event attributes</source>
        <translation>Olay öznitelikleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="166"/>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="166"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="167"/>
        <source>Import JSON…</source>
        <translation>JSON içe aktar…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="167"/>
        <source>Export JSON…</source>
        <translation>JSON dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="168"/>
        <source>Import annotation.conf…</source>
        <translation>annotation.conf içe aktar…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="169"/>
        <source>Export annotation.conf…</source>
        <translation>annotation.conf dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="177"/>
        <source>Double-click or F2 edits a cell; every change is saved at once and Ctrl+Z in the main window undoes it. Renaming keeps annotations.</source>
        <translation>Çift tıklama veya F2 bir hücreyi düzenler; her değişiklik hemen kaydedilir ve ana pencerede Ctrl+Z onu geri alır. Yeniden adlandırma işaretlemeleri korur.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="217"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="274"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="217"/>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="247"/>
        <source>Schema</source>
        <translation>Şema</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="257"/>
        <source>Roles of {name}</source>
        <translation>{name} rolleri</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="266"/>
        <source>Edit {name} ({key})</source>
        <translation>{name} düzenle ({key})</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="281"/>
        <source>Edit attribute {name}</source>
        <translation>{name} özniteliğini düzenle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="295"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="308"/>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="295"/>
        <source>Name of the new event attribute:</source>
        <translation>Yeni olay özniteliğinin adı:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="302"/>
        <source>Add attribute {name}</source>
        <translation>{name} özniteliğini ekle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="306"/>
        <source>Name of the new event type:</source>
        <translation>Yeni olay türünün adı:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="306"/>
        <source>Name of the new label:</source>
        <translation>Yeni etiketin adı:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="316"/>
        <source>Add {name}</source>
        <translation>{name} ekle</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="324"/>
        <source>Delete attribute {name}</source>
        <translation>{name} özniteliğini sil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="334"/>
        <source>{name} is used by {spans} span(s) in {documents} document(s) and {events} event(s). Delete it with them? (Ctrl+Z in the window brings everything back.)</source>
        <translation>{name}, {documents} belgedeki {spans} aralıkta ve {events} olayda kullanılıyor. Bunlarla birlikte silinsin mi? (Pencerede Ctrl+Z her şeyi geri getirir.)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="339"/>
        <source>{name} is used by {spans} span(s) in {documents} document(s). Delete it with them? (Ctrl+Z in the window brings everything back.)</source>
        <translation>{name}, {documents} belgedeki {spans} aralıkta kullanılıyor. Bunlarla birlikte silinsin mi? (Pencerede Ctrl+Z her şeyi geri getirir.)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="346"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="354"/>
        <source>Delete {name}</source>
        <translation>{name} sil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="358"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="368"/>
        <source>Import schema</source>
        <translation>Şemayı içe aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="358"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="388"/>
        <source>Schema (*.json)</source>
        <translation>Şema (*.json)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="374"/>
        <location filename="../../../curator/ui/schema_dialog.py" line="384"/>
        <source>Import annotation.conf</source>
        <translation>annotation.conf içe aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="388"/>
        <source>Export schema</source>
        <translation>Şemayı dışa aktar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/schema_dialog.py" line="401"/>
        <source>Export annotation.conf</source>
        <translation>annotation.conf dışa aktar</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="75"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="76"/>
        <source>Precision</source>
        <translation>Kesinlik</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="77"/>
        <source>Recall</source>
        <translation>Duyarlılık</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="79"/>
        <source>Gold spans</source>
        <translation>Altın aralıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="80"/>
        <source>Found</source>
        <translation>Bulunan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="86"/>
        <source>all (micro)</source>
        <translation>tümü (mikro)</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="99"/>
        <source>Search Corpus</source>
        <translation>Derlemde Ara</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="103"/>
        <source>Bişkek lang:tr status:in_progress label:none (Enter searches)</source>
        <translation>Bişkek lang:tr status:in_progress label:none (Enter arar)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="106"/>
        <source>Regex</source>
        <translation>Düzenli ifade</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="107"/>
        <source>Whole word</source>
        <translation>Tam sözcük</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="108"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="113"/>
        <source>Show &amp;More</source>
        <translation>&amp;Daha Fazla Göster</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="114"/>
        <source>The next {count} hits</source>
        <translation>Sonraki {count} sonuç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="132"/>
        <source>Select hits: a label key tags them all, Ctrl+label key relabels their tags, Delete removes them.</source>
        <translation>Sonuçları seçin: bir etiket tuşu hepsini etiketler, Ctrl+etiket tuşu etiketlerini değiştirir, Delete etiketleri kaldırır.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="193"/>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="207"/>
        <source>Search corpus</source>
        <translation>Derlemde ara</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="227"/>
        <source>{hits} hits in {documents} documents (the first {hits}: Show More, or narrow the query)</source>
        <translation>{documents} belgede {hits} sonuç (ilk {hits} sonuç: Daha Fazla Göster&apos;e basın veya sorguyu daraltın)</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="230"/>
        <source>{hits} hits in {documents} documents</source>
        <translation>{documents} belgede {hits} sonuç</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="257"/>
        <source>Deleted {done}{skipped}</source>
        <translation>Silinen: {done}{skipped}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="268"/>
        <source>Tagged as {name}: {done}{skipped}</source>
        <translation>{name} olarak etiketlenen: {done}{skipped}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="276"/>
        <source>Relabelled to {name}: {done}{skipped}</source>
        <translation>{name} olarak yeniden etiketlenen: {done}{skipped}</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="286"/>
        <source>Select hits first</source>
        <translation>Önce sonuçları seçin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/search_window.py" line="295"/>
        <source>; skipped {count} ({reasons})</source>
        <translation>; atlanan {count} ({reasons})</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="178"/>
        <source>Statistics</source>
        <translation>İstatistikler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="180"/>
        <location filename="../../../curator/ui/statistics_window.py" line="203"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="181"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="207"/>
        <source>Counting statistics</source>
        <translation>İstatistikler sayılıyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="224"/>
        <source>{documents} documents, {spans} spans (read at {time}).</source>
        <translation>{documents} belge, {spans} aralık ({time} itibarıyla).</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="230"/>
        <source>Computing agreement…</source>
        <translation>Uyum hesaplanıyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="234"/>
        <source>Computing agreement</source>
        <translation>Uyum hesaplanıyor</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="260"/>
        <source>No document has two annotators&apos; layers yet: there is no agreement to show.</source>
        <translation>Henüz hiçbir belgede iki işaretleyicinin katmanı yok: gösterilecek uyum yok.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="271"/>
        <source>Agreement</source>
        <translation>Uyum</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/statistics_window.py" line="274"/>
        <source>Cannot count the statistics: {message}</source>
        <translation>İstatistikler sayılamıyor: {message}</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="59"/>
        <source>max epochs</source>
        <translation>en çok dönem sınırı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="60"/>
        <source>max seconds</source>
        <translation>süre sınırı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="61"/>
        <source>max steps</source>
        <translation>güncelleme sınırı</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="62"/>
        <source>patience</source>
        <translation>sabır (geliştirme puanı bir süredir iyileşmedi)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/training_dialog.py" line="345"/>
        <source>%n paragraph(s) of the dev file</source>
        <translation>
            <numerusform>geliştirme dosyasının %n paragrafı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/training_dialog.py" line="346"/>
        <source>%n held-out paragraph(s)</source>
        <translation>
            <numerusform>ayrılmış %n paragraf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="129"/>
        <source>Train Model</source>
        <translation>Model Eğit</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="143"/>
        <source>no limit</source>
        <translation>sınırsız</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="144"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="147"/>
        <source>none: a seeded share of the project is held out</source>
        <translation>yok: projenin sabit tohumla seçilen bir payı ayrılır</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="149"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="154"/>
        <source>&amp;Train</source>
        <translation>&amp;Eğit</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="155"/>
        <source>&amp;Cancel Training</source>
        <translation>Eğitimi &amp;İptal Et</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="169"/>
        <source>&amp;Use Selected Model for Suggestions</source>
        <translation>Seçili Modeli Öneriler İçin &amp;Kullan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="173"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="174"/>
        <source>At most epochs:</source>
        <translation>En çok dönem:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="175"/>
        <source>At most minutes:</source>
        <translation>En çok dakika:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="179"/>
        <source>Dev file:</source>
        <translation>Geliştirme dosyası:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="190"/>
        <source>Learning curve (dev F1 at each evaluation):</source>
        <translation>Öğrenme eğrisi (her değerlendirmedeki geliştirme F1):</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="192"/>
        <source>Held-out scores of the selected model:</source>
        <translation>Seçili modelin ayrılmış verideki puanları:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="194"/>
        <source>Models of this project:</source>
        <translation>Bu projenin modelleri:</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="218"/>
        <source>{code} ({documents}, {paragraphs})</source>
        <translation>{code} ({documents}, {paragraphs})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/training_dialog.py" line="220"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n belge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../curator/ui/training_dialog.py" line="221"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="226"/>
        <source>Nothing to train on yet: tag some entities, or mark documents annotated.</source>
        <translation>Henüz eğitilecek bir şey yok: birkaç varlık etiketleyin veya belgeleri işaretlendi olarak işaretleyin.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="280"/>
        <source>Training a {language} model…</source>
        <translation>{language} modeli eğitiliyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="283"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="291"/>
        <source>Dev file</source>
        <translation>Geliştirme dosyası</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="298"/>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="323"/>
        <source>Model {version} ({components}): {documents} documents, {paragraphs} paragraphs and {spans} spans for training; scored on {scored} in {seconds} s ({steps} updates, stopped by {reason}). Check the scores below, then use it for suggestions if it is good enough.</source>
        <translation>Model {version} ({components}): eğitim için {documents} belge, {paragraphs} paragraf ve {spans} aralık; {scored} üzerinde {seconds} sn&apos;de puanlandı ({steps} güncelleme, durma nedeni: {reason}). Aşağıdaki puanlara bakın, yeterince iyiyse öneriler için kullanın.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="354"/>
        <source>Training cancelled; nothing was saved.</source>
        <translation>Eğitim iptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="363"/>
        <source>Use model {version}</source>
        <translation>{version} modelini kullan</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="366"/>
        <source>Suggestions for {language} now use {version}</source>
        <translation>{language} önerileri artık {version} modelini kullanıyor</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="99"/>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="101"/>
        <source>Trained</source>
        <translation>Eğitildi</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="103"/>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="104"/>
        <source>Spans</source>
        <translation>Aralıklar</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="105"/>
        <source>Seconds</source>
        <translation>Saniye</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="106"/>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <location filename="../../../curator/ui/training_dialog.py" line="122"/>
        <source>yes</source>
        <translation>evet</translation>
    </message>
</context>
</TS>

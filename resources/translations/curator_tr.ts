<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
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
    <name>LanguageSwitch</name>
    <message>
        <source>The language changes when the running job ends.</source>
        <translation>Dil, çalışan iş bitince değişecek.</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../../curator/ui/keyboard.py" line="51" />
            <source>Filter documents</source>
            <translation>Belgeleri süz</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/keyboard.py" line="52" />
            <source>Documents</source>
            <translation>Belgeler</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/keyboard.py" line="53" />
            <source>Document text</source>
            <translation>Belge metni</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/keyboard.py" line="54" />
            <source>Entities</source>
            <translation>Varlıklar</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/keyboard.py" line="55" />
            <source>Events</source>
            <translation>Olaylar</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/keyboard.py" line="56" />
            <source>Relations</source>
            <translation>İlişkiler</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/keyboard.py" line="59" />
            <source>Events, knowledge base and review panels</source>
            <translation>Olaylar, bilgi tabanı ve gözden geçirme panelleri</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/preferences_dialog.py" line="188" />
            <source>Line spacing</source>
            <translation>Satır aralığı</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/preferences_dialog.py" line="203" />
            <source>Line spacing:</source>
            <translation>Satır aralığı:</translation>
        </message>
    </context>
    <context>
        <name>AgreementWindow</name>
        <message>
            <location filename="../../../curator/ui/agreement_window.py" line="172" />
            <source>Agreement tables</source>
            <translation>Uyum tabloları</translation>
        </message>
    </context>
    <context>
        <name>CorpusEventsDialog</name>
        <message>
            <location filename="../../../curator/ui/corpus_events.py" line="133" />
            <source>Event groups</source>
            <translation>Olay grupları</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/corpus_events.py" line="134" />
            <source>Mentions of the group</source>
            <translation>Grubun anılışları</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../../curator/ui/duplicates_dialog.py" line="153" />
            <source>Duplicate groups</source>
            <translation>Yinelenen belge grupları</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/duplicates_dialog.py" line="154" />
            <source>Documents of the group</source>
            <translation>Gruptaki belgeler</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../../curator/ui/guard.py" line="176" />
            <source>Error details</source>
            <translation>Hata ayrıntıları</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../../curator/ui/project_flows.py" line="224" />
            <location filename="../../../curator/ui/project_flows.py" line="240" />
            <source>Output</source>
            <translation>Çıktı</translation>
        </message>
    </context>
    <context>
        <name>FeedbackWindow</name>
        <message>
            <location filename="../../../curator/ui/feedback_window.py" line="108" />
            <source>Differences from gold</source>
            <translation>Altın standarttan farklar</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/feedback_window.py" line="113" />
            <source>Confusion table</source>
            <translation>Karışıklık tablosu</translation>
        </message>
    </context>
    <context>
        <name>FigurePanel</name>
        <message>
            <location filename="../../../curator/ui/statistics_window.py" line="147" />
            <location filename="../../../curator/ui/statistics_window.py" line="148" />
            <source>Chart or table</source>
            <translation>Grafik ya da tablo</translation>
        </message>
    </context>
    <context>
        <name>HealthDialog</name>
        <message>
            <location filename="../../../curator/ui/health_actions.py" line="60" />
            <source>Health report</source>
            <translation>Sağlık raporu</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../../curator/ui/history_window.py" line="91" />
            <source>Changes</source>
            <translation>Değişiklikler</translation>
        </message>
    </context>
    <context>
        <name>OpenServerDialog</name>
        <message>
            <location filename="../../../curator/ui/server_login.py" line="57" />
            <source>Server address</source>
            <translation>Sunucu adresi</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../../curator/ui/preferences_dialog.py" line="143" />
            <source>Preference pages</source>
            <translation>Tercih sayfaları</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/preferences_dialog.py" line="237" />
            <source>Keyboard shortcuts</source>
            <translation>Klavye kısayolları</translation>
        </message>
    </context>
    <context>
        <name>SchemaDialog</name>
        <message>
            <location filename="../../../curator/ui/schema_dialog.py" line="164" />
            <location filename="../../../curator/ui/schema_dialog.py" line="250" />
            <source>Schema</source>
            <translation>Şema</translation>
        </message>
    </context>
    <context>
        <name>SearchWindow</name>
        <message>
            <location filename="../../../curator/ui/search_window.py" line="102" />
            <source>Search the corpus</source>
            <translation>Derlemde ara</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/search_window.py" line="122" />
            <source>Hits</source>
            <translation>Bulunanlar</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../../curator/ui/shortcuts_dialog.py" line="91" />
            <source>Filter the shortcuts</source>
            <translation>Kısayolları süz</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <location filename="../../../curator/ui/statistics_window.py" line="186" />
            <location filename="../../../curator/ui/statistics_window.py" line="187" />
            <source>Figures</source>
            <translation>Grafikler</translation>
        </message>
    </context>
    <context>
        <name>TrainingDialog</name>
        <message>
            <location filename="../../../curator/ui/training_dialog.py" line="149" />
            <location filename="../../../curator/ui/training_dialog.py" line="294" />
            <source>Dev file</source>
            <translation>Geliştirme dosyası</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/training_dialog.py" line="167" />
            <source>Scores</source>
            <translation>Puanlar</translation>
        </message>
        <message>
            <location filename="../../../curator/ui/training_dialog.py" line="170" />
            <source>Model versions</source>
            <translation>Model sürümleri</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
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
            <source>A&amp;greement…</source>
            <translation>&amp;Uyum…</translation>
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
            <source>Next P&amp;ane</source>
            <translation>Sonraki &amp;Bölme</translation>
        </message>
        <message>
            <source>Pre&amp;vious Pane</source>
            <translation>Önceki Bö&amp;lme</translation>
        </message>
        <message>
            <source>Move the focus to the next pane</source>
            <translation>Odağı sonraki bölmeye taşı</translation>
        </message>
    </context>
</TS>

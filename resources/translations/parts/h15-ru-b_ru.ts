<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ExportOptions</name>
    <message>
        <source>Include untouched documents (new, no annotations)</source>
        <translation>Включать нетронутые документы (новые, без разметки)</translation>
    </message>
    <message>
        <source>keep documents nobody touched (new, no spans); left out, their text cannot teach a model that its names are not names</source>
        <translation>сохранять документы, которых никто не касался (новые, без фрагментов); если их исключить, их текст не научит модель тому, что её имена — не имена</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>whose annotations to export: gold, an annotator&apos;s name, or all (each layer apart); by default gold where a document has it, else its single annotator&apos;s layer, and a document with several layers and no gold is left out and reported</source>
        <translation>чью разметку экспортировать: gold (эталонный слой), имя разметчика или all (каждый слой отдельно); по умолчанию — эталонный слой, где он есть в документе, иначе слой его единственного разметчика, а документ с несколькими слоями и без эталонного слоя пропускается и упоминается в отчёте</translation>
    </message>
    <message>
        <source>Tag scheme</source>
        <translation>Схема тегов</translation>
    </message>
    <message>
        <source>tag scheme of the entity tags</source>
        <translation>схема тегов для сущностей</translation>
    </message>
    <message>
        <source>Dev fraction</source>
        <translation>Доля dev-выборки</translation>
    </message>
    <message>
        <source>share of documents for dev</source>
        <translation>доля документов для dev-выборки</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Доля тестовой выборки</translation>
    </message>
    <message>
        <source>share of documents for test (test.spacy); with the dev fraction below 1</source>
        <translation>доля документов для тестовой выборки (test.spacy); вместе с долей dev-выборки меньше 1</translation>
    </message>
    <message>
        <source>Split by document (no duplicate search)</source>
        <translation>Делить по документам (без поиска дубликатов)</translation>
    </message>
    <message>
        <source>split by document instead of by near-duplicate group: no duplicate search (faster on a big corpus), but copies of one story can land in train and dev</source>
        <translation>делить по документам, а не по группам почти-дубликатов: без поиска дубликатов (быстрее на большом корпусе), но копии одного материала могут попасть и в train, и в dev</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Зерно разбиения</translation>
    </message>
    <message>
        <source>seed of the train/dev/test split</source>
        <translation>зерно (seed) разбиения на train/dev/test</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for spreadsheet programs)</source>
        <translation>UTF-8 с BOM (для программ электронных таблиц)</translation>
    </message>
    <message>
        <source>start CSV files with a UTF-8 BOM (spreadsheets)</source>
        <translation>начинать CSV-файлы с BOM UTF-8 (для электронных таблиц)</translation>
    </message>
    <message>
        <source>One record per mention (not per corpus event)</source>
        <translation>Одна запись на упоминание (а не на событие корпуса)</translation>
    </message>
    <message>
        <source>event records: one record per mention, even where `curator events consolidate` grouped them</source>
        <translation>записи событий: одна запись на каждое упоминание, даже там, где `curator events consolidate` их сгруппировал</translation>
    </message>
    <message>
        <source>One record per event reported by several documents</source>
        <translation>Одна запись на событие, о котором сообщают несколько документов</translation>
    </message>
    <message>
        <source>event records: one record for an event several documents report</source>
        <translation>записи событий: одна запись на событие, о котором сообщают несколько документов</translation>
    </message>
    <message>
        <source>CSV layout</source>
        <translation>Формат CSV</translation>
    </message>
    <message>
        <source>events CSV: lean (the columns the exported event types use, parties as JSON arrays) or full (every column, lists joined by &apos;|&apos;)</source>
        <translation>CSV событий: lean (только столбцы, используемые экспортируемыми типами событий, участники — массивами JSON) или full (все столбцы, списки через &apos;|&apos;)</translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <source>Feedback for {annotator}</source>
        <translation>Обратная связь для {annotator}</translation>
    </message>
    <message>
        <source>{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, {disagreements} disagreements.</source>
        <translation>{annotator} в сравнении с эталонным слоем: документов — {documents}, совпавших фрагментов — {agreed}, расхождений — {disagreements}.</translation>
    </message>
    <message>
        <source>{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, {disagreements} disagreements. No document has both layers yet.</source>
        <translation>{annotator} в сравнении с эталонным слоем: документов — {documents}, совпавших фрагментов — {agreed}, расхождений — {disagreements}. Пока нет документа, в котором есть оба слоя.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>You are working in the gold layer: feedback compares an annotator&apos;s layer with gold. Switch to your own layer first.</source>
        <translation>Вы работаете в эталонном слое: обратная связь сравнивает слой разметчика с эталонным. Сначала переключитесь на свой слой.</translation>
    </message>
    <message>
        <source>There is no gold layer yet: adjudicate documents first.</source>
        <translation>Эталонного слоя пока нет: сначала проведите арбитраж документов.</translation>
    </message>
    <message>
        <source>Comparing with gold</source>
        <translation>Сравнение с эталонным слоем</translation>
    </message>
    <message>
        <source>Confusion table</source>
        <translation>Таблица ошибок</translation>
    </message>
    <message>
        <source>Differences from gold</source>
        <translation>Отличия от эталонного слоя</translation>
    </message>
</context>
<context>
    <name>FigureChart</name>
    <message>
        <source>Nothing to count yet</source>
        <translation>Пока нечего считать</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <source>{title}, as a table</source>
        <translation>{title} — таблица</translation>
    </message>
    <message>
        <source>{title}, as a chart</source>
        <translation>{title} — диаграмма</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>&amp;Копировать как CSV</translation>
    </message>
    <message>
        <source>Put this table on the clipboard as comma-separated values</source>
        <translation>Поместить эту таблицу в буфер обмена в виде значений, разделённых запятыми</translation>
    </message>
    <message>
        <source>Chart or table</source>
        <translation>Диаграмма или таблица</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>Файл {suffix}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document (Enter: next, Shift+Enter: previous)</source>
        <translation>Найти в документе (Enter — следующее, Shift+Enter — предыдущее)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Рег. выражение</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Слово целиком</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>{status} (yours)</source>
        <translation>{status} (ваше)</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точный</translation>
    </message>
    <message>
        <source>near</source>
        <translation>близкий</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>{path}: the project is busy (another program is writing to it); try again</source>
        <translation>{path}: проект занят (в него пишет другая программа); повторите попытку</translation>
    </message>
    <message>
        <source>{path}: the database failed ({error}). Reopen the project; if this happens again, restore the latest backup.</source>
        <translation>{path}: сбой базы данных ({error}). Откройте проект заново; если это повторится, восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>internal error ({error}); see the error report</source>
        <translation>внутренняя ошибка ({error}); см. отчёт об ошибке</translation>
    </message>
    <message>
        <source>Not saved — {what}: {detail}</source>
        <translation>Не сохранено — {what}: {detail}</translation>
    </message>
    <message>
        <source>{what}: not done.

{message}</source>
        <translation>{what}: не выполнено.

{message}</translation>
    </message>
    <message>
        <source>Curator — the project cannot be used</source>
        <translation>Curator — проектом нельзя пользоваться</translation>
    </message>
    <message>
        <source>{what} was not saved.

{failure}

Reopen connects to the project file again and shows it as it is on disk; Ctrl+Z still undoes your earlier edits.</source>
        <translation>{what}: не сохранено.

{failure}

«Открыть заново» снова подключается к файлу проекта и показывает его таким, каков он на диске; Ctrl+Z по-прежнему отменяет ваши прежние правки.</translation>
    </message>
    <message>
        <source>Details are in the error log: {log}</source>
        <translation>Подробности — в журнале ошибок: {log}</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Открыть заново</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Reopening the project</source>
        <translation>Повторное открытие проекта</translation>
    </message>
    <message>
        <source>Reading the project again</source>
        <translation>Повторное чтение проекта</translation>
    </message>
    <message>
        <source>Reopened {path}. The step that failed was not saved: do it again.</source>
        <translation>Проект {path} открыт заново. Неудавшийся шаг: не сохранено — выполните его ещё раз.</translation>
    </message>
    <message>
        <source>A step of the window</source>
        <translation>Шаг окна</translation>
    </message>
</context>
<context>
    <name>HealthActions</name>
    <message>
        <source>Health: checking…</source>
        <translation>Состояние: проверка…</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>Проверка проекта…</translation>
    </message>
    <message>
        <source>Health: check cancelled</source>
        <translation>Состояние: проверка отменена</translation>
    </message>
    <message>
        <source>Health: ok ({time})</source>
        <translation>Состояние: в порядке ({time})</translation>
    </message>
    <message>
        <source>Health: DAMAGED, read-only (Project → Health)</source>
        <translation>Состояние: ПОВРЕЖДЁН, только чтение (Проект → Состояние)</translation>
    </message>
    <message>
        <source>Health: the check failed</source>
        <translation>Состояние: проверка не удалась</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Проверка состояния</translation>
    </message>
    <message>
        <source>… (Project → Health shows them all)</source>
        <translation>… (все показаны в «Проект → Состояние»)</translation>
    </message>
    <message>
        <source>The project is open read-only so that nothing makes the damage worse.</source>
        <translation>Проект открыт только для чтения, чтобы ничто не усугубило повреждение.</translation>
    </message>
    <message>
        <source>The latest good backup is {path}.</source>
        <translation>Последняя исправная резервная копия: {path}.</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Исправная резервная копия не найдена.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Проект повреждён</translation>
    </message>
    <message>
        <source>Restore Latest Good Backup…</source>
        <translation>Восстановить последнюю исправную копию…</translation>
    </message>
    <message>
        <source>Restore {backup} into the new project {target}, and open it?

The damaged project {project} is left as it is.</source>
        <translation>Восстановить {backup} в новый проект {target} и открыть его?

Повреждённый проект {project} останется как есть.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>A server project is backed up by its administrator (pg_dump)</source>
        <translation>Резервные копии серверного проекта делает его администратор (pg_dump)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Резервная копия: {path}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Резервное копирование не удалось: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthChecks</name>
    <message>
        <source>integrity</source>
        <translation>целостность</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>внешние ключи</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>строки</translation>
    </message>
    <message>
        <source>content hashes</source>
        <translation>хеши содержимого</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>соединение</translation>
    </message>
    <message>
        <source>schema revision</source>
        <translation>версия схемы БД</translation>
    </message>
    <message>
        <source>references</source>
        <translation>ссылки</translation>
    </message>
    <message>
        <source>offsets</source>
        <translation>смещения</translation>
    </message>
    <message>
        <source>span counts</source>
        <translation>число фрагментов</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Project health</source>
        <translation>Состояние проекта</translation>
    </message>
    <message>
        <source>Restore Latest Good Backup…</source>
        <translation>Восстановить последнюю исправную копию…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Проверить с&amp;нова</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>Отчёт о состоянии</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>ok: {checks} of {documents} documents checked at {time}</source>
        <translation>в порядке: {checks} из {documents} документов проверено в {time}</translation>
    </message>
    <message numerus="yes">
        <source>damaged: %n problem(s) found at {time}</source>
        <translation>
            <numerusform>повреждён: в {time} найдена %n проблема</numerusform>
            <numerusform>повреждён: в {time} найдены %n проблемы</numerusform>
            <numerusform>повреждён: в {time} найдено %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … и ещё {count}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message>
        <source>latest good backup: {path}</source>
        <translation>последняя исправная резервная копия: {path}</translation>
    </message>
    <message>
        <source>restore it with: curator restore BACKUP NEW_FILE</source>
        <translation>восстановить её: curator restore BACKUP NEW_FILE</translation>
    </message>
    <message>
        <source>no good backup found</source>
        <translation>исправная резервная копия не найдена</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of #{id}</source>
        <translation>История #{id}</translation>
    </message>
    <message>
        <source>Changes to “{title}”, newest first</source>
        <translation>Изменения в «{title}», сначала новые</translation>
    </message>
    <message>
        <source>&amp;Revert Selected</source>
        <translation>&amp;Отменить выбранное изменение</translation>
    </message>
    <message>
        <source>Take back the selected change (Alt+R); Ctrl+Z in the window undoes it</source>
        <translation>Отменить выбранное изменение (Alt+О); Ctrl+Z в окне отменяет эту отмену</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отмена изменения</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>документ {id}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>HitTableModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
</context>
<context>
    <name>KeyModel</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message>
        <source>Put the cursor on a tagged mention, then Ctrl+L.</source>
        <translation>Поставьте курсор на размеченное упоминание и нажмите Ctrl+L.</translation>
    </message>
    <message>
        <source>Mention: “{text}” [{label}] — Enter links it</source>
        <translation>Упоминание: «{text}» [{label}] — Enter связывает его</translation>
    </message>
    <message>
        <source>Mention: “{text}” [{label}] — {count} canonical entities match; choose one, Enter links it</source>
        <translation>Упоминание: «{text}» [{label}] — подходящих канонических сущностей: {count}; выберите одну, Enter связывает</translation>
    </message>
    <message>
        <source>Not linked: {error}.</source>
        <translation>Не связано: {error}.</translation>
    </message>
    <message>
        <source>Choose a mention (Ctrl+L on it) and an entity first.</source>
        <translation>Сначала выберите упоминание (Ctrl+L на нём) и сущность.</translation>
    </message>
    <message>
        <source>Link “{text}” to {entity}</source>
        <translation>Связать «{text}» с {entity}</translation>
    </message>
    <message>
        <source>Linked “{text}” to {entity} — saved.</source>
        <translation>«{text}» связано с {entity} — сохранено.</translation>
    </message>
    <message>
        <source>Link every “{text}” to {entity}</source>
        <translation>Связать все «{text}» с {entity}</translation>
    </message>
    <message>
        <source>Linked {count} mentions of “{text}” to {entity} — saved (one undo).</source>
        <translation>Связано упоминаний «{text}» с {entity}: {count} — сохранено (одна отмена).</translation>
    </message>
    <message>
        <source>Put the cursor on a tagged mention first.</source>
        <translation>Сначала поставьте курсор на размеченное упоминание.</translation>
    </message>
    <message>
        <source>Not created: {error}.</source>
        <translation>Не создано: {error}.</translation>
    </message>
    <message>
        <source>New entity “{name}”</source>
        <translation>Новая сущность «{name}»</translation>
    </message>
    <message>
        <source>New canonical entity “{name}” ({label}), linked — saved.</source>
        <translation>Новая каноническая сущность «{name}» ({label}) создана и связана — сохранено.</translation>
    </message>
    <message>
        <source>The mention at the cursor is not linked.</source>
        <translation>Упоминание под курсором не связано.</translation>
    </message>
    <message>
        <source>Unlink mention</source>
        <translation>Отвязать упоминание</translation>
    </message>
    <message>
        <source>Unlinked — saved.</source>
        <translation>Связь снята — сохранено.</translation>
    </message>
    <message>
        <source>Linking unambiguous mentions…</source>
        <translation>Связывание однозначных упоминаний…</translation>
    </message>
    <message>
        <source>Link {count} unambiguous mentions</source>
        <translation>Связать однозначные упоминания ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n mention(s)</source>
        <translation>
            <numerusform>Связано %n упоминание</numerusform>
            <numerusform>Связано %n упоминания</numerusform>
            <numerusform>Связано %n упоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>{linked} — saved (one undo)</source>
        <translation>{linked} — сохранено (одна отмена)</translation>
    </message>
    <message>
        <source>{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match, {read_only} in approved documents left alone.</source>
        <translation>{linked}; неоднозначных — {ambiguous} (выберите для каждого через Ctrl+L), без совпадения — {unmatched}, в утверждённых документах не тронуто — {read_only}.</translation>
    </message>
    <message>
        <source>{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match.</source>
        <translation>{linked}; неоднозначных — {ambiguous} (выберите для каждого через Ctrl+L), без совпадения — {unmatched}.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Search any alias: kgao, ЖККУ, Bishkek, Q318693…</source>
        <translation>Поиск по любому псевдониму: kgao, ЖККУ, Бишкек, Q318693…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Link all identical</source>
        <translation>Связать все одинаковые</translation>
    </message>
    <message>
        <source>New from mention</source>
        <translation>Создать из упоминания</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
</context>
<context>
    <name>LabelBarChart</name>
    <message>
        <source>No label to compare</source>
        <translation>Нет меток для сравнения</translation>
    </message>
</context>
<context>
    <name>LabelColorModel</name>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ваш</translation>
    </message>
    <message>
        <source>the project&apos;s</source>
        <translation>проекта</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Key {key}; Alt+{key} tags the exact characters</source>
        <translation>Клавиша {key}; Alt+{key} размечает точно по символам</translation>
    </message>
    <message>
        <source>&lt;small&gt;overlaps: inner fill, outer underline&lt;/small&gt;</source>
        <translation>&lt;small&gt;перекрытия: внутренний — заливкой, внешний — подчёркиванием&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>LabelTableModel</name>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Spans compared</source>
        <translation>Сравнено фрагментов</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 (точное)</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 (перекрытие)</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Границы</translation>
    </message>
    <message>
        <source>Label differs</source>
        <translation>Другая метка</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The language changes when the running job ends.</source>
        <translation>Язык сменится, когда завершится текущая задача.</translation>
    </message>
</context>
<context>
    <name>LayersActions</name>
    <message numerus="yes">
        <source>{name} ({role}); showing %n other layer</source>
        <translation>
            <numerusform>{name} ({role}); показан ещё %n слой</numerusform>
            <numerusform>{name} ({role}); показаны ещё %n слоя</numerusform>
            <numerusform>{name} ({role}); показано ещё %n слоёв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} ({role}); showing %n other layers</source>
        <translation>
            <numerusform>{name} ({role}); показан ещё %n слой</numerusform>
            <numerusform>{name} ({role}); показаны ещё %n слоя</numerusform>
            <numerusform>{name} ({role}); показано ещё %n слоёв</numerusform>
        </translation>
    </message>
    <message>
        <source>You edit {name}&apos;s layer; File → Switch Annotator… to change</source>
        <translation>Вы правите слой {name}; сменить его можно через «Файл → Сменить разметчика…»</translation>
    </message>
    <message>
        <source>Showing only your own layer.</source>
        <translation>Показан только ваш собственный слой.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layer read-only; spans here: {layers}.</source>
        <translation>
            <numerusform>Показан ещё %n слой, только для чтения; фрагменты здесь: {layers}.</numerusform>
            <numerusform>Показаны ещё %n слоя, только для чтения; фрагменты здесь: {layers}.</numerusform>
            <numerusform>Показано ещё %n слоёв, только для чтения; фрагменты здесь: {layers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layers read-only; spans here: {layers}.</source>
        <translation>
            <numerusform>Показан ещё %n слой, только для чтения; фрагменты здесь: {layers}.</numerusform>
            <numerusform>Показаны ещё %n слоя, только для чтения; фрагменты здесь: {layers}.</numerusform>
            <numerusform>Показано ещё %n слоёв, только для чтения; фрагменты здесь: {layers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layer read-only; none has spans in this document.</source>
        <translation>
            <numerusform>Показан ещё %n слой, только для чтения; в этом документе в нём нет фрагментов.</numerusform>
            <numerusform>Показаны ещё %n слоя, только для чтения; ни в одном нет фрагментов в этом документе.</numerusform>
            <numerusform>Показано ещё %n слоёв, только для чтения; ни в одном нет фрагментов в этом документе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layers read-only; none has spans in this document.</source>
        <translation>
            <numerusform>Показан ещё %n слой, только для чтения; ни в одном нет фрагментов в этом документе.</numerusform>
            <numerusform>Показаны ещё %n слоя, только для чтения; ни в одном нет фрагментов в этом документе.</numerusform>
            <numerusform>Показано ещё %n слоёв, только для чтения; ни в одном нет фрагментов в этом документе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersDialog</name>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Show these annotators&apos; layers (other layers are read-only):</source>
        <translation>Показывать слои этих разметчиков (чужие слои — только для чтения):</translation>
    </message>
    <message numerus="yes">
        <source>%n span here</source>
        <translation>
            <numerusform>здесь %n фрагмент</numerusform>
            <numerusform>здесь %n фрагмента</numerusform>
            <numerusform>здесь %n фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spans here</source>
        <translation>
            <numerusform>здесь %n фрагмент</numerusform>
            <numerusform>здесь %n фрагмента</numerusform>
            <numerusform>здесь %n фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (you) — {spans}</source>
        <translation>{name} (вы) — {spans}</translation>
    </message>
</context>
<context>
    <name>LearningCurve</name>
    <message>
        <source>Learning curve: dev F1 over training time</source>
        <translation>Кривая обучения: F1 на dev по времени обучения</translation>
    </message>
    <message>
        <source>No dev evaluation yet.</source>
        <translation>Оценок на dev пока нет.</translation>
    </message>
    <message>
        <source>{count} evaluations; best dev F1 {best} at {best_seconds} s (update {step}); last {last} at {last_seconds} s</source>
        <translation>Оценок: {count}; лучший F1 на dev {best} на {best_seconds} с (шаг {step}); последний {last} на {last_seconds} с</translation>
    </message>
    <message>
        <source>dev F1</source>
        <translation>F1 на dev</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>время обучения</translation>
    </message>
    <message>
        <source>The curve appears at the first dev evaluation.</source>
        <translation>Кривая появится после первой оценки на dev.</translation>
    </message>
    <message>
        <source>best {f1}</source>
        <translation>лучший {f1}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Lost the connection to {server} ({reason}); retrying — your saved work is on the server, and what you see stays</source>
        <translation>Потеряно соединение с {server} ({reason}); повторная попытка — сохранённая работа на сервере, а то, что на экране, остаётся</translation>
    </message>
    <message>
        <source>Connected to {server} again</source>
        <translation>Снова подключено к {server}</translation>
    </message>
    <message>
        <source>Reading who has which document open</source>
        <translation>Чтение, у кого какой документ открыт</translation>
    </message>
    <message>
        <source>Checking for other windows&apos; changes</source>
        <translation>Проверка изменений из других окон</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Updated: {who} changed “{title}” at {time}</source>
        <translation>Обновлено: {who} изменил(а) «{title}» в {time}</translation>
    </message>
    <message>
        <source>Updated: {who} changed “{title}”</source>
        <translation>Обновлено: {who} изменил(а) «{title}»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Шаблонный текст</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Арбитраж</translation>
    </message>
    <message>
        <source>Tag Exact Characters as {label}</source>
        <translation>Разметить точно по символам как {label}</translation>
    </message>
    <message>
        <source>Tag as {label}</source>
        <translation>Разметить как {label}</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Keeper</source>
        <translation>Оставляемый</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Similarity to keeper</source>
        <translation>Сходство с оставляемым</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>keeper</source>
        <translation>оставляемый</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
</context>
<context>
    <name>MentionModel</name>
    <message>
        <source>Doc</source>
        <translation>Док.</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Свидетельство</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Keep both (theirs as a separate layer NAME@FILE)</source>
        <translation>Оставить оба (их вариант — отдельным слоем ИМЯ@ФАЙЛ)</translation>
    </message>
    <message>
        <source>Newest wins (the later edit of the layer)</source>
        <translation>Побеждает более новое (более поздняя правка слоя)</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Слияние проектов</translation>
    </message>
    <message>
        <source>Merge {name} into this project: documents by content, each annotator&apos;s layer under their name, the history by entry.

A backup is taken first. A merge cannot be undone with Undo; restore the backup instead.</source>
        <translation>Влить {name} в этот проект: документы — по содержимому, слой каждого разметчика — под его именем, история — по записям.

Сначала создаётся резервная копия. Слияние нельзя отменить командой «Отменить»; вместо этого восстановите резервную копию.</translation>
    </message>
    <message>
        <source>When both changed a layer</source>
        <translation>Когда слой изменили обе стороны</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Слить</translation>
    </message>
    <message>
        <source>Merge project</source>
        <translation>Слияние проекта</translation>
    </message>
    <message>
        <source>Curator projects (*.curator);;All files (*)</source>
        <translation>Проекты Curator (*.curator);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Merging {name}</source>
        <translation>Слияние {name}</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation>Открыть серверный проект</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 (точное)</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 (перекрытие)</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Границы</translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation>κ Коэна</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>your keys were reset to the defaults: {reason}</source>
        <translation>ваши клавиши сброшены к значениям по умолчанию: {reason}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>Не применено: {reason}.</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Не сохранено: {reason}.</translation>
    </message>
    <message>
        <source>Label tags: not saved ({reason})</source>
        <translation>Метки после фрагментов: не сохранено ({reason})</translation>
    </message>
    <message>
        <source>Suggested with {suggester}</source>
        <translation>Подсказки получены с помощью {suggester}</translation>
    </message>
    <message>
        <source>Suggesting on open</source>
        <translation>Подсказки при открытии</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>Use the system font</source>
        <translation>Системный шрифт</translation>
    </message>
    <message>
        <source>Text font</source>
        <translation>Шрифт текста</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Show each span&apos;s label after it (View → Label Tags)</source>
        <translation>Показывать метку после каждого фрагмента (Вид → Метки фрагментов)</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Шрифт:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Label colours</source>
        <translation>Цвета меток</translation>
    </message>
    <message>
        <source>&amp;Change Colour…</source>
        <translation>&amp;Изменить цвет…</translation>
    </message>
    <message>
        <source>Use the &amp;Project&apos;s</source>
        <translation>Цвет &amp;проекта</translation>
    </message>
    <message>
        <source>Your colours are yours only: the project and the other annotators keep theirs.</source>
        <translation>Ваши цвета — только ваши: у проекта и других разметчиков остаются свои.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>New key for the selected action</source>
        <translation>Новое сочетание для выбранного действия</translation>
    </message>
    <message>
        <source>&amp;Set Key</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>&amp;Default Key</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <source>&amp;No Key</source>
        <translation>&amp;Без клавиши</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Сочетание:</translation>
    </message>
    <message>
        <source>Your annotator name</source>
        <translation>Ваше имя разметчика</translation>
    </message>
    <message>
        <source>asked at the first start</source>
        <translation>спрашивается при первом запуске</translation>
    </message>
    <message>
        <source>Suggest tags when I open a new document</source>
        <translation>Предлагать подсказки при открытии нового документа</translation>
    </message>
    <message>
        <source>Backup every</source>
        <translation>Резервная копия каждые</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Annotator name:</source>
        <translation>Имя разметчика:</translation>
    </message>
    <message>
        <source>Back up edits every:</source>
        <translation>Резервная копия правок каждые:</translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation>Цвет метки {label}</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Не изменено: {reason}.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Применено.</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Страницы параметров</translation>
    </message>
</context>
<context>
    <name>PresenceKeeper</name>
    <message>
        <source>Others may not see which document you have open: {reason}</source>
        <translation>Другие могут не видеть, какой документ у вас открыт: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectFlows</name>
    <message>
        <source>Curator projects (*.curator);;All files (*)</source>
        <translation>Проекты Curator (*.curator);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Открыт {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>{path} exists already; use Open Project to open it.</source>
        <translation>{path} уже существует; откройте его через «Открыть проект».</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>Документы ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>The format&apos;s default</source>
        <translation>По умолчанию для формата</translation>
    </message>
    <message>
        <source>Training data: every document. Event records: annotated and approved ones.</source>
        <translation>Обучающие данные: все документы. Записи событий: размеченные и утверждённые.</translation>
    </message>
    <message>
        <source>Only {status}</source>
        <translation>Только {status}</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
</context>
<context>
    <name>RegionTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>…{joined}… (joined)</source>
        <translation>…{joined}… (объединено)</translation>
    </message>
    <message>
        <source>rule {rule}, {start}-{end}</source>
        <translation>правило {rule}, {start}-{end}</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <source>Head</source>
        <translation>Вершина</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Зависимый</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <source>Backups of this project</source>
        <translation>Резервные копии этого проекта</translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation>&amp;Восстановить выбранную…</translation>
    </message>
    <message>
        <source>Reading backups</source>
        <translation>Чтение резервных копий</translation>
    </message>
    <message>
        <source>No backups yet in {folder} (Project → Back Up Now writes one).</source>
        <translation>В {folder} пока нет резервных копий (её создаёт «Проект → Создать резервную копию»).</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in {folder}, newest first. Restoring writes the chosen one to a new project file and opens it; this project and the backup are left as they are.</source>
        <translation>
            <numerusform>%n резервная копия в {folder}, сначала новые. При восстановлении выбранная копия записывается в новый файл проекта и открывается; этот проект и резервная копия остаются как есть.</numerusform>
            <numerusform>%n резервные копии в {folder}, сначала новые. При восстановлении выбранная копия записывается в новый файл проекта и открывается; этот проект и резервная копия остаются как есть.</numerusform>
            <numerusform>%n резервных копий в {folder}, сначала новые. При восстановлении выбранная копия записывается в новый файл проекта и открывается; этот проект и резервная копия остаются как есть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list the backups: {reason}</source>
        <translation>Не удаётся получить список резервных копий: {reason}</translation>
    </message>
    <message>
        <source>Restore into a new project</source>
        <translation>Восстановить в новый проект</translation>
    </message>
    <message>
        <source>Curator projects (*.curator)</source>
        <translation>Проекты Curator (*.curator)</translation>
    </message>
    <message>
        <source>Restored {backup}: {documents} documents and {spans} spans, now open as {target}</source>
        <translation>Восстановлено из {backup}: документов — {documents}, фрагментов — {spans}; открыто как {target}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return with comment</source>
        <translation>Вернуть с комментарием</translation>
    </message>
    <message>
        <source>What should the annotator change?</source>
        <translation>Что разметчику следует изменить?</translation>
    </message>
    <message>
        <source>Return “{title}” to the annotator with this comment:</source>
        <translation>Вернуть «{title}» разметчику с этим комментарием:</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Document {id} marked as annotated — saved.</source>
        <translation>Документ {id} отмечен как размеченный — сохранено.</translation>
    </message>
    <message>
        <source>Document {id} approved (read-only until reopened) — saved.</source>
        <translation>Документ {id} утверждён (только чтение до повторного открытия) — сохранено.</translation>
    </message>
    <message>
        <source>Document {id} returned with your comment — saved.</source>
        <translation>Документ {id} возвращён с вашим комментарием — сохранено.</translation>
    </message>
    <message>
        <source>Document {id} reopened — saved.</source>
        <translation>Документ {id} открыт повторно — сохранено.</translation>
    </message>
    <message>
        <source>Annotated “{title}”</source>
        <translation>Размечено: «{title}»</translation>
    </message>
    <message>
        <source>Approve “{title}”</source>
        <translation>Утвердить «{title}»</translation>
    </message>
    <message>
        <source>Return “{title}”</source>
        <translation>Вернуть «{title}»</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>Открыть повторно «{title}»</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Не изменено: {error}.</translation>
    </message>
    <message>
        <source>{error}; working as annotator.</source>
        <translation>{error}; работа в роли разметчика.</translation>
    </message>
    <message>
        <source>{name} works as reviewer — saved.</source>
        <translation>{name} работает как проверяющий — сохранено.</translation>
    </message>
    <message>
        <source>{name} works as annotator — saved.</source>
        <translation>{name} работает как разметчик — сохранено.</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Сначала откройте документ.</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>документ {id}</translation>
    </message>
    <message>
        <source>{summary} — saved.</source>
        <translation>{summary} — сохранено.</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(без комментария)</translation>
    </message>
    <message>
        <source>✔ Approved — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ Утверждён — только чтение до повторного открытия (Проверка → Открыть повторно, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>✔ Approved on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ Утверждён {time} UTC — только чтение до повторного открытия (Проверка → Открыть повторно, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>✔ Approved by {name} on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ Утверждён {time} UTC, утвердил(а) {name} — только чтение до повторного открытия (Проверка → Открыть повторно, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>↩ Returned: {comment}</source>
        <translation>↩ Возвращён: {comment}</translation>
    </message>
    <message>
        <source>↩ Returned on {time} UTC: {comment}</source>
        <translation>↩ Возвращён {time} UTC: {comment}</translation>
    </message>
    <message>
        <source>↩ Returned by {name} on {time} UTC: {comment}</source>
        <translation>↩ Возвращён {time} UTC, вернул(а) {name}: {comment}</translation>
    </message>
</context>
<context>
    <name>ReviewHistory</name>
    <message>
        <source>marked as annotated</source>
        <translation>отмечен как размеченный</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>открыт повторно</translation>
    </message>
    <message>
        <source>{time} UTC  {what} by {name}</source>
        <translation>{time} UTC  {what} — {name}</translation>
    </message>
    <message>
        <source>(not reviewed yet)</source>
        <translation>(ещё не проверялся)</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>an admin&apos;s</source>
        <translation>администратора</translation>
    </message>
    <message>
        <source>a reviewer&apos;s</source>
        <translation>проверяющего</translation>
    </message>
    <message>
        <source> — not for your role ({role}) on this server: {whose}</source>
        <translation> — недоступно для вашей роли ({role}) на этом сервере: нужна роль {whose}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>SaveStateLabel</name>
    <message>
        <source>not saved</source>
        <comment>status marker: a step failed</comment>
        <translation>не сохранено</translation>
    </message>
    <message>
        <source>saved</source>
        <comment>status marker: a step was written</comment>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>✗ Not saved ({time})</source>
        <translation>✗ Не сохранено ({time})</translation>
    </message>
    <message>
        <source>✓ Saved {time}</source>
        <translation>✓ Сохранено {time}</translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Roles (ROLE*:LABEL|LABEL, …)</source>
        <translation>Роли (РОЛЬ*:МЕТКА|МЕТКА, …)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Event types (empty: all)</source>
        <translation>Типы событий (пусто — все)</translation>
    </message>
    <message>
        <source>Values (empty: yes/no)</source>
        <translation>Значения (пусто — да/нет)</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>Несколько значений</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Project schema</source>
        <translation>Схема проекта</translation>
    </message>
    <message>
        <source>Entity labels</source>
        <translation>Метки сущностей</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Типы событий</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>Типы отношений</translation>
    </message>
    <message>
        <source>Event attributes</source>
        <translation>Атрибуты событий</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Импорт JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Экспорт JSON…</translation>
    </message>
    <message>
        <source>Import annotation.conf…</source>
        <translation>Импорт annotation.conf…</translation>
    </message>
    <message>
        <source>Export annotation.conf…</source>
        <translation>Экспорт annotation.conf…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Double-click or F2 edits a cell; every change is saved at once and Ctrl+Z in the main window undoes it. Renaming keeps annotations.</source>
        <translation>Двойной щелчок или F2 — правка ячейки; каждое изменение сохраняется сразу, а Ctrl+Z в главном окне его отменяет. При переименовании разметка сохраняется.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Роли {name}</translation>
    </message>
    <message>
        <source>Edit {name} ({key})</source>
        <translation>Изменить {name} ({key})</translation>
    </message>
    <message>
        <source>Edit attribute {name}</source>
        <translation>Изменить атрибут {name}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Name of the new event attribute:</source>
        <translation>Имя нового атрибута события:</translation>
    </message>
    <message>
        <source>Add attribute {name}</source>
        <translation>Добавить атрибут {name}</translation>
    </message>
    <message>
        <source>Name of the new event type:</source>
        <translation>Имя нового типа события:</translation>
    </message>
    <message>
        <source>Name of the new label:</source>
        <translation>Имя новой метки:</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Добавить {name}</translation>
    </message>
    <message>
        <source>Delete attribute {name}</source>
        <translation>Удалить атрибут {name}</translation>
    </message>
    <message>
        <source>{name} is used by {spans} span(s) in {documents} document(s) and {events} event(s). Delete it with them? (Ctrl+Z in the window brings everything back.)</source>
        <translation>{name} используется: фрагментов — {spans} (в документах: {documents}), событий — {events}. Удалить вместе с ними? (Ctrl+Z в окне всё вернёт.)</translation>
    </message>
    <message>
        <source>{name} is used by {spans} span(s) in {documents} document(s). Delete it with them? (Ctrl+Z in the window brings everything back.)</source>
        <translation>{name} используется: фрагментов — {spans} (в документах: {documents}). Удалить вместе с ними? (Ctrl+Z в окне всё вернёт.)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удалить {name}</translation>
    </message>
    <message>
        <source>Import schema</source>
        <translation>Импорт схемы</translation>
    </message>
    <message>
        <source>Schema (*.json)</source>
        <translation>Схема (*.json)</translation>
    </message>
    <message>
        <source>Import annotation.conf</source>
        <translation>Импорт annotation.conf</translation>
    </message>
    <message>
        <source>Export schema</source>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <source>Export annotation.conf</source>
        <translation>Экспорт annotation.conf</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>Gold spans</source>
        <translation>Фрагменты эталона</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>all (micro)</source>
        <translation>все (микро)</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search Corpus</source>
        <translation>Поиск по корпусу</translation>
    </message>
    <message>
        <source>Bişkek lang:tr status:in_progress label:none (Enter searches)</source>
        <translation>Бишкек lang:tr status:in_progress label:none (Enter — искать)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Рег. выражение</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Слово целиком</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message>
        <source>The next {count} hits</source>
        <translation>Следующие совпадения ({count})</translation>
    </message>
    <message>
        <source>Select hits: a label key tags them all, Ctrl+label key relabels their tags, Delete removes them.</source>
        <translation>Выделите совпадения: клавиша метки размечает их все, Ctrl+клавиша метки меняет метку их фрагментов, Delete удаляет их.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search corpus</source>
        <translation>Поиск по корпусу</translation>
    </message>
    <message>
        <source>{hits} hits in {documents} documents (the first {hits}: Show More, or narrow the query)</source>
        <translation>Совпадений: {hits}, документов: {documents} (показаны первые {hits}: «Показать ещё» или уточните запрос)</translation>
    </message>
    <message>
        <source>{hits} hits in {documents} documents</source>
        <translation>Совпадений: {hits}, документов: {documents}</translation>
    </message>
    <message>
        <source>Deleted {done}{skipped}</source>
        <translation>Удалено: {done}{skipped}</translation>
    </message>
    <message>
        <source>Tagged as {name}: {done}{skipped}</source>
        <translation>Размечено как {name}: {done}{skipped}</translation>
    </message>
    <message>
        <source>Relabelled to {name}: {done}{skipped}</source>
        <translation>Метка заменена на {name}: {done}{skipped}</translation>
    </message>
    <message>
        <source>Select hits first</source>
        <translation>Сначала выделите совпадения</translation>
    </message>
    <message>
        <source>; skipped {count} ({reasons})</source>
        <translation>; пропущено {count} ({reasons})</translation>
    </message>
    <message>
        <source>Search the corpus</source>
        <translation>Поиск по корпусу</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Совпадения</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>postgresql://ROLE@HOST:PORT/DATABASE — you work as ROLE, the PostgreSQL role your admin made for you (curator server add-user). The password comes from ~/.pgpass or is asked for; Curator never stores it.</source>
        <translation>postgresql://ROLE@HOST:PORT/DATABASE — вы работаете как ROLE, роль PostgreSQL, которую создал для вас администратор (curator server add-user). Пароль берётся из ~/.pgpass или запрашивается; Curator никогда его не хранит.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <source>{url}: not a PostgreSQL URL. {hint}</source>
        <translation>{url}: это не URL PostgreSQL. {hint}</translation>
    </message>
    <message>
        <source>Open Server Project</source>
        <translation>Открыть серверный проект</translation>
    </message>
    <message>
        <source>Not opened: connecting to {server} was cancelled</source>
        <translation>Не открыто: подключение к {server} отменено</translation>
    </message>
    <message>
        <source>Not opened: {reason}</source>
        <translation>Не открыто: {reason}</translation>
    </message>
    <message>
        <source>Opened {server} as {annotator}</source>
        <translation>Открыт {server} как {annotator}</translation>
    </message>
    <message>
        <source>Cannot open the server project</source>
        <translation>Не удаётся открыть серверный проект</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Подключение к {server}…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Select text (mouse or Shift+arrows) or put the cursor on a word, then press a label key. Selections snap to whole words and leave out a Turkish suffix after an apostrophe. A key written “E, M” is E then M. Type to filter the list.</source>
        <translation>Выделите текст (мышью или Shift+стрелки) или поставьте курсор на слово, затем нажмите клавишу метки. Выделение выравнивается по целым словам и не включает турецкий аффикс после апострофа. Клавиша, записанная как «E, M», — это E, затем M. Начните печатать, чтобы отфильтровать список.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter: a key (ctrl+alt) or words (suggest)</source>
        <translation>Фильтр: клавиша (ctrl+alt) или слова (подсказ)</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связан с</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>{label} {start}–{end} · by {author} · {source} · {status}</source>
        <translation>{label} {start}–{end} · автор: {author} · {source} · {status}</translation>
    </message>
    <message>
        <source>Relabelling the span</source>
        <translation>Смена метки фрагмента</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Counting statistics</source>
        <translation>Подсчёт статистики</translation>
    </message>
    <message>
        <source>{documents} documents, {spans} spans (read at {time}).</source>
        <translation>Документов: {documents}, фрагментов: {spans} (прочитано в {time}).</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Вычисление согласованности…</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>Вычисление согласованности</translation>
    </message>
    <message>
        <source>No document has two annotators&apos; layers yet: there is no agreement to show.</source>
        <translation>Ни в одном документе пока нет слоёв двух разметчиков: показывать согласованность не для чего.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Cannot count the statistics: {message}</source>
        <translation>Не удаётся подсчитать статистику: {message}</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Диаграммы и таблицы</translation>
    </message>
</context>
<context>
    <name>StatusFilterBox</name>
    <message>
        <source>Show the documents of one review status; the numbers count them</source>
        <translation>Показывать документы с одним состоянием проверки; числа — их количество</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Все состояния ({count})</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <source>“{surface}” as {label}</source>
        <translation>«{surface}» как {label}</translation>
    </message>
    <message>
        <source>Not done: {error}.</source>
        <translation>Не выполнено: {error}.</translation>
    </message>
    <message>
        <source>({here} here: {labels}; {corpus} in the corpus)</source>
        <translation>(здесь {here}: {labels}; в корпусе {corpus})</translation>
    </message>
    <message>
        <source>({here} here; {corpus} in the corpus)</source>
        <translation>(здесь {here}; в корпусе {corpus})</translation>
    </message>
    <message>
        <source>Next document with suggestions: #{id}.</source>
        <translation>Следующий документ с подсказками: #{id}.</translation>
    </message>
    <message>
        <source>No later document has suggestions: back to this document&apos;s first.</source>
        <translation>В последующих документах подсказок нет: возврат к первой подсказке этого документа.</translation>
    </message>
    <message>
        <source>No more suggestions.</source>
        <translation>Подсказок больше нет.</translation>
    </message>
    <message>
        <source>No earlier suggestion in this document.</source>
        <translation>В этом документе нет более ранних подсказок.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Нечего делать.</translation>
    </message>
    <message>
        <source>Accept {what}</source>
        <translation>Принять {what}</translation>
    </message>
    <message>
        <source>Accepted {what} — saved (Ctrl+Z undoes).</source>
        <translation>Принято: {what} — сохранено (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <source>Reject {what}</source>
        <translation>Отклонить {what}</translation>
    </message>
    <message>
        <source>Rejected {what}; it will not be suggested again — saved.</source>
        <translation>Отклонено: {what}; больше не будет предлагаться — сохранено.</translation>
    </message>
    <message>
        <source>Put the cursor on a suggestion (dashed underline), then {key}.</source>
        <translation>Поставьте курсор на подсказку (пунктирное подчёркивание), затем {key}.</translation>
    </message>
    <message>
        <source>Put the cursor on a suggestion of the label to accept.</source>
        <translation>Поставьте курсор на подсказку с той меткой, которую нужно принять.</translation>
    </message>
    <message>
        <source>Accept every {label} suggestion</source>
        <translation>Принять все подсказки {label}</translation>
    </message>
    <message>
        <source>Accepted {count} {label} suggestions in this document — one undo.</source>
        <translation>Принято подсказок {label} в этом документе: {count} — одна отмена.</translation>
    </message>
    <message>
        <source>Put the cursor on a suggestion (or mention) linked to an entity.</source>
        <translation>Поставьте курсор на подсказку (или упоминание), связанную с сущностью.</translation>
    </message>
    <message>
        <source>the entity</source>
        <translation>сущность</translation>
    </message>
    <message>
        <source>Accept every mention of {name}</source>
        <translation>Принять все упоминания {name}</translation>
    </message>
    <message>
        <source>Accepted {count} mentions of {name} in {documents} documents — one undo.</source>
        <translation>Принято упоминаний {name}: {count}, документов: {documents} — одна отмена.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted the suggested {type} event with %n guessed argument(s) — check them; saved (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>Принято подсказанное событие {type} с %n угаданным аргументом — проверьте его; сохранено (Ctrl+Z отменяет).</numerusform>
            <numerusform>Принято подсказанное событие {type} с %n угаданными аргументами — проверьте их; сохранено (Ctrl+Z отменяет).</numerusform>
            <numerusform>Принято подсказанное событие {type} с %n угаданными аргументами — проверьте их; сохранено (Ctrl+Z отменяет).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Сначала откройте документ.</translation>
    </message>
    <message>
        <source>Suggesting with {spec}…</source>
        <translation>Подсказки с помощью {spec}…</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>Suggested {label}  ·  score {score}</source>
        <translation>Подсказка: {label}  ·  оценка {score}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>источник: {source}</translation>
    </message>
    <message>
        <source>rule: {rule}</source>
        <translation>правило: {rule}</translation>
    </message>
    <message>
        <source>entity: {name}</source>
        <translation>сущность: {name}</translation>
    </message>
    <message>
        <source>arguments: {arguments}</source>
        <translation>аргументы: {arguments}</translation>
    </message>
    <message>
        <source>date: {date}</source>
        <translation>дата: {date}</translation>
    </message>
    <message>
        <source>A accept · R reject · Shift+A accept and next · N next</source>
        <translation>A — принять · R — отклонить · Shift+A — принять и дальше · N — следующая</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>Which suggester Suggest runs: the rules, or a trained model</source>
        <translation>Что запускает «Подсказать»: правила или обученную модель</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Run the suggester over this document (Ctrl+G)</source>
        <translation>Запустить подсказки по этому документу (Ctrl+G)</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Корпус</translation>
    </message>
    <message>
        <source>Run the suggester over every document (Ctrl+Shift+G)</source>
        <translation>Запустить подсказки по всем документам (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Suggest with</source>
        <translation>Подсказывать с помощью</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Принять (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Отклонить (R)</translation>
    </message>
    <message>
        <source>All of label</source>
        <translation>Все с меткой</translation>
    </message>
    <message>
        <source>Accept every suggestion of this label in the document (Ctrl+Shift+A)</source>
        <translation>Принять все подсказки с этой меткой в документе (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Entity everywhere</source>
        <translation>Сущность везде</translation>
    </message>
    <message>
        <source>Accept every suggested mention of this canonical entity in the corpus (Ctrl+Alt+Shift+A)</source>
        <translation>Принять все подсказанные упоминания этой канонической сущности в корпусе (Ctrl+Alt+Shift+A)</translation>
    </message>
    <message>
        <source>Dashed underline = suggestion. A accept · R reject · Shift+A accept and next · N / Shift+N next / previous · Ctrl+Shift+A all of this label · Ctrl+Alt+Shift+A this entity everywhere · Ctrl+G suggest</source>
        <translation>Пунктирное подчёркивание = подсказка. A — принять · R — отклонить · Shift+A — принять и дальше · N / Shift+N — следующая / предыдущая · Ctrl+Shift+A — все с этой меткой · Ctrl+Alt+Shift+A — эта сущность везде · Ctrl+G — подсказать</translation>
    </message>
</context>
<context>
    <name>TableImportFlow</name>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>TagsToggle</name>
    <message>
        <source>Label tags are shown after each span.</source>
        <translation>Метки показываются после каждого фрагмента.</translation>
    </message>
    <message>
        <source>Label tags are hidden.</source>
        <translation>Метки скрыты.</translation>
    </message>
</context>
<context>
    <name>TextFix</name>
    <message>
        <source>Select the characters to correct (or put the cursor where text is missing).</source>
        <translation>Выделите символы для исправления (или поставьте курсор туда, где не хватает текста).</translation>
    </message>
    <message>
        <source>Fix text</source>
        <translation>Исправить текст</translation>
    </message>
    <message>
        <source>Replace “{text}” with:</source>
        <translation>Заменить «{text}» на:</translation>
    </message>
    <message numerus="yes">
        <source>This removes %n annotation(s) inside the replaced text: {names}. Go on?</source>
        <translation>
            <numerusform>Будет удалён %n элемент разметки внутри заменяемого текста: {names}. Продолжить?</numerusform>
            <numerusform>Будут удалены %n элемента разметки внутри заменяемого текста: {names}. Продолжить?</numerusform>
            <numerusform>Будут удалены %n элементов разметки внутри заменяемого текста: {names}. Продолжить?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Не изменено: {error}.</translation>
    </message>
    <message>
        <source>Fix text “{text}”</source>
        <translation>Исправить текст «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Text fixed; %n annotation(s) removed, the others kept — saved.</source>
        <translation>
            <numerusform>Текст исправлен; удалён %n элемент разметки, остальные оставлены — сохранено.</numerusform>
            <numerusform>Текст исправлен; удалено %n элемента разметки, остальные оставлены — сохранено.</numerusform>
            <numerusform>Текст исправлен; удалено %n элементов разметки, остальные оставлены — сохранено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>max epochs</source>
        <translation>макс. эпох</translation>
    </message>
    <message>
        <source>max seconds</source>
        <translation>макс. секунд</translation>
    </message>
    <message>
        <source>max steps</source>
        <translation>макс. шагов</translation>
    </message>
    <message>
        <source>patience</source>
        <translation>терпение</translation>
    </message>
    <message>
        <source>Train Model</source>
        <translation>Обучение модели</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>none: a seeded share of the project is held out</source>
        <translation>нет: отложенная по зерну доля проекта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>Об&amp;учить</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>&amp;Прервать обучение</translation>
    </message>
    <message>
        <source>&amp;Use Selected Model for Suggestions</source>
        <translation>&amp;Использовать выбранную модель для подсказок</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>At most epochs:</source>
        <translation>Не более эпох:</translation>
    </message>
    <message>
        <source>At most minutes:</source>
        <translation>Не более минут:</translation>
    </message>
    <message>
        <source>Dev file:</source>
        <translation>Dev-файл:</translation>
    </message>
    <message>
        <source>Learning curve (dev F1 at each evaluation):</source>
        <translation>Кривая обучения (F1 на dev при каждой оценке):</translation>
    </message>
    <message>
        <source>Held-out scores of the selected model:</source>
        <translation>Оценки выбранной модели на отложенных данных:</translation>
    </message>
    <message>
        <source>Models of this project:</source>
        <translation>Модели этого проекта:</translation>
    </message>
    <message>
        <source>{code} ({documents}, {paragraphs})</source>
        <translation>{code} ({documents}, {paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n абзац</numerusform>
            <numerusform>%n абзаца</numerusform>
            <numerusform>%n абзацев</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to train on yet: tag some entities, or mark documents annotated.</source>
        <translation>Обучать пока не на чем: разметьте несколько сущностей или отметьте документы как размеченные.</translation>
    </message>
    <message>
        <source>Training a {language} model…</source>
        <translation>Обучение модели для языка {language}…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Dev file</source>
        <translation>Dev-файл</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Model {version} ({components}): {documents} documents, {paragraphs} paragraphs and {spans} spans for training; scored on {scored} in {seconds} s ({steps} updates, stopped by {reason}). Check the scores below, then use it for suggestions if it is good enough.</source>
        <translation>Модель {version} ({components}): для обучения — документов: {documents}, абзацев: {paragraphs}, фрагментов: {spans}; оценена на {scored} за {seconds} с (шагов: {steps}, остановка: {reason}). Проверьте оценки ниже и, если модель достаточно хороша, используйте её для подсказок.</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the dev file</source>
        <translation>
            <numerusform>%n абзац dev-файла</numerusform>
            <numerusform>%n абзаца dev-файла</numerusform>
            <numerusform>%n абзацев dev-файла</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held-out paragraph(s)</source>
        <translation>
            <numerusform>%n отложенный абзац</numerusform>
            <numerusform>%n отложенных абзаца</numerusform>
            <numerusform>%n отложенных абзацев</numerusform>
        </translation>
    </message>
    <message>
        <source>Training cancelled; nothing was saved.</source>
        <translation>Обучение отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Use model {version}</source>
        <translation>Использовать модель {version}</translation>
    </message>
    <message>
        <source>Suggestions for {language} now use {version}</source>
        <translation>Подсказки для языка {language} теперь используют {version}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Версии модели</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Обучена</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунды</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>internal error ({error})</source>
        <translation>внутренняя ошибка ({error})</translation>
    </message>
    <message>
        <source>{what} (showing the result)</source>
        <translation>{what} (показан результат)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>

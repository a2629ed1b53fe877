<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accessibility</name>
    <message>
        <source>Filter documents</source>
        <translation>Фильтр документов</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Текст документа</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Сущности</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <source>Events, knowledge base and review panels</source>
        <translation>Панели событий, базы знаний и проверки</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Межстрочный интервал</translation>
    </message>
    <message>
        <source>Line spacing:</source>
        <translation>Межстрочный интервал:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Создать пустой файл проекта</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open another project file</source>
        <translation>Открыть другой файл проекта</translation>
    </message>
    <message>
        <source>Open &amp;Server Project…</source>
        <translation>Открыть проект на &amp;сервере…</translation>
    </message>
    <message>
        <source>Open a team&apos;s project on a PostgreSQL server</source>
        <translation>Открыть проект команды на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Последние проекты</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import text, JSONL, doccano, CoNLL or brat</source>
        <translation>Импорт текста, JSONL, doccano, CoNLL или brat</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Импорт п&amp;апки…</translation>
    </message>
    <message>
        <source>Import a whole folder</source>
        <translation>Импортировать папку целиком</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export training data or event records</source>
        <translation>Экспорт обучающих данных или записей о событиях</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last step (it may be in another document)</source>
        <translation>Отменить последний шаг (он может относиться к другому документу)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Delete Span</source>
        <translation>&amp;Удалить фрагмент</translation>
    </message>
    <message>
        <source>Delete the spans selected in the entity table, or the innermost span at the text cursor</source>
        <translation>Удалить фрагменты, выбранные в таблице сущностей, или самый внутренний фрагмент под текстовым курсором</translation>
    </message>
    <message>
        <source>Fi&amp;x Text…</source>
        <translation>&amp;Исправить текст…</translation>
    </message>
    <message>
        <source>Correct the selected characters; tags stay</source>
        <translation>Исправить выделенные символы; метки сохраняются</translation>
    </message>
    <message>
        <source>Find Dupl&amp;icates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <source>Same story twice: merge or keep separate</source>
        <translation>Один и тот же материал дважды: объединить или оставить раздельно</translation>
    </message>
    <message>
        <source>Edit &amp;Schema…</source>
        <translation>Изменить с&amp;хему…</translation>
    </message>
    <message>
        <source>Labels, event types, roles</source>
        <translation>Метки, типы событий, роли</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>О&amp;бучить модель…</translation>
    </message>
    <message>
        <source>Train, score and choose models</source>
        <translation>Обучение, оценка и выбор моделей</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Найти в документе…</translation>
    </message>
    <message>
        <source>Case, accents and Turkish ı/i folded; Bişkek also finds Bişkek&apos;te</source>
        <translation>Без учёта регистра, диакритики и турецких ı/i; по запросу Bişkek находится и Bişkek&apos;te</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти пр&amp;едыдущее</translation>
    </message>
    <message>
        <source>Search &amp;Corpus…</source>
        <translation>Поиск по &amp;корпусу…</translation>
    </message>
    <message>
        <source>Every document: hits in context; select hits and press a label key to tag them all (one undo step)</source>
        <translation>Все документы: совпадения в контексте; выделите совпадения и нажмите клавишу метки, чтобы разметить их все (один шаг отмены)</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Label &amp;Tags</source>
        <translation>Подписи &amp;меток</translation>
    </message>
    <message>
        <source>Name each span&apos;s label in a small tag after it (the text and its offsets stay as they are)</source>
        <translation>Показывать метку каждого фрагмента в небольшой подписи после него (текст и его смещения не меняются)</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>Documents by status and language, spans per label, work per annotator per day, suggestion acceptance and agreement, as charts and tables</source>
        <translation>Документы по статусу и языку, фрагменты по меткам, работа каждого разметчика по дням, принятие подсказок и согласованность — в виде диаграмм и таблиц</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Разметка</translation>
    </message>
    <message>
        <source>Tag E&amp;xact Characters</source>
        <translation>Разметить &amp;точно по символам</translation>
    </message>
    <message>
        <source>Exact Character &amp;Selections</source>
        <translation>Точное в&amp;ыделение символов</translation>
    </message>
    <message>
        <source>Tag exactly the selected characters instead of snapping to words (e.g. ЖККУ inside ЖККУнун)</source>
        <translation>Размечать ровно выделенные символы, не расширяя выделение до целых слов (например, ЖККУ внутри ЖККУнун)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Document &amp;Info…</source>
        <translation>&amp;Сведения о документе…</translation>
    </message>
    <message>
        <source>Title, date, source, author, import log</source>
        <translation>Название, дата, источник, автор, журнал импорта</translation>
    </message>
    <message>
        <source>Document &amp;History…</source>
        <translation>&amp;История документа…</translation>
    </message>
    <message>
        <source>This document&apos;s changes: who, when, what; revert one</source>
        <translation>Изменения этого документа: кто, когда, что; отмена любого из них</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>С&amp;ледующий документ</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Предыдущий документ</translation>
    </message>
    <message>
        <source>&amp;Filter Documents</source>
        <translation>&amp;Фильтр документов</translation>
    </message>
    <message>
        <source>Title words, lang:ky, source:AA, date:2021</source>
        <translation>Слова из названия, lang:ky, source:AA, date:2021</translation>
    </message>
    <message>
        <source>Focus &amp;Documents</source>
        <translation>Перейти к списку &amp;документов</translation>
    </message>
    <message>
        <source>Focus &amp;Text</source>
        <translation>Перейти к &amp;тексту</translation>
    </message>
    <message>
        <source>Focus &amp;Entity Table</source>
        <translation>Перейти к таблице с&amp;ущностей</translation>
    </message>
    <message>
        <source>Next P&amp;ane</source>
        <translation>Следующая п&amp;анель</translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>Перевести фокус на следующую панель</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Предыдущая пан&amp;ель</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>Со&amp;бытия</translation>
    </message>
    <message>
        <source>&amp;New Event on Selection</source>
        <translation>&amp;Новое событие по выделению</translation>
    </message>
    <message>
        <source>Add &amp;Argument…</source>
        <translation>Добавить &amp;аргумент…</translation>
    </message>
    <message>
        <source>Fill a role of the selected event</source>
        <translation>Заполнить роль выбранного события</translation>
    </message>
    <message>
        <source>Set &amp;Realis</source>
        <translation>Задать &amp;модальность</translation>
    </message>
    <message>
        <source>&amp;Actual</source>
        <translation>&amp;Фактическое</translation>
    </message>
    <message>
        <source>Mark the selected event as actual</source>
        <translation>Отметить выбранное событие как фактическое</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Планируемое</translation>
    </message>
    <message>
        <source>Mark the selected event as planned</source>
        <translation>Отметить выбранное событие как планируемое</translation>
    </message>
    <message>
        <source>&amp;Hypothetical</source>
        <translation>&amp;Гипотетическое</translation>
    </message>
    <message>
        <source>Mark the selected event as hypothetical</source>
        <translation>Отметить выбранное событие как гипотетическое</translation>
    </message>
    <message>
        <source>&amp;Negated</source>
        <translation>&amp;Отрицаемое</translation>
    </message>
    <message>
        <source>Mark the selected event as negated</source>
        <translation>Отметить выбранное событие как отрицаемое</translation>
    </message>
    <message>
        <source>Set &amp;Date…</source>
        <translation>Задать &amp;дату…</translation>
    </message>
    <message>
        <source>Type the event&apos;s date in any form</source>
        <translation>Введите дату события в любом виде</translation>
    </message>
    <message>
        <source>Set A&amp;ttribute…</source>
        <translation>Задать а&amp;трибут…</translation>
    </message>
    <message>
        <source>Context and others</source>
        <translation>Контекст и прочее</translation>
    </message>
    <message>
        <source>Add Re&amp;lation…</source>
        <translation>Добавить &amp;отношение…</translation>
    </message>
    <message>
        <source>Relate the span at the cursor to another span</source>
        <translation>Связать фрагмент под курсором с другим фрагментом</translation>
    </message>
    <message>
        <source>&amp;Corpus Events…</source>
        <translation>События &amp;корпуса…</translation>
    </message>
    <message>
        <source>Reports of the same event across documents: consolidate, split, join, confirm</source>
        <translation>Сообщения об одном и том же событии в разных документах: сгруппировать, разделить, объединить, подтвердить</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>&amp;Знания</translation>
    </message>
    <message>
        <source>&amp;Link Mention…</source>
        <translation>&amp;Связать упоминание…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск в базе знаний</translation>
    </message>
    <message>
        <source>&amp;New Entity from Mention</source>
        <translation>&amp;Новая сущность из упоминания</translation>
    </message>
    <message>
        <source>Link &amp;Every Identical Mention</source>
        <translation>Связать &amp;все одинаковые упоминания</translation>
    </message>
    <message>
        <source>&amp;Unlink Mention</source>
        <translation>&amp;Отвязать упоминание</translation>
    </message>
    <message>
        <source>Link Un&amp;ambiguous Mentions</source>
        <translation>Связать о&amp;днозначные упоминания</translation>
    </message>
    <message>
        <source>Link every unlinked mention whose text names exactly one canonical entity</source>
        <translation>Связать каждое несвязанное упоминание, текст которого называет ровно одну каноническую сущность</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Пр&amp;оверка</translation>
    </message>
    <message>
        <source>Mark as &amp;Annotated</source>
        <translation>Отметить как &amp;размеченный</translation>
    </message>
    <message>
        <source>The annotator is done with this document</source>
        <translation>Разметчик закончил работу с этим документом</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>Reviewer: approve; it becomes read-only</source>
        <translation>Проверяющий: утвердить; документ становится доступен только для чтения</translation>
    </message>
    <message>
        <source>&amp;Return with Comment…</source>
        <translation>&amp;Вернуть с комментарием…</translation>
    </message>
    <message>
        <source>Reviewer: send it back with a comment</source>
        <translation>Проверяющий: вернуть документ с комментарием</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Открыть заново</translation>
    </message>
    <message>
        <source>Back to in progress (approved ones: reviewer)</source>
        <translation>Вернуть в работу (утверждённые — только проверяющий)</translation>
    </message>
    <message>
        <source>Reviewer &amp;Mode</source>
        <translation>Режим &amp;проверяющего</translation>
    </message>
    <message>
        <source>Work as reviewer (kept in the project)</source>
        <translation>Работать в роли проверяющего (сохраняется в проекте)</translation>
    </message>
    <message>
        <source>A&amp;djudicate</source>
        <translation>&amp;Арбитраж</translation>
    </message>
    <message>
        <source>Reviewer: compare the annotators&apos; layers; in the list 1/2 accept layer A/B, 3 both, 0 neither, E edit, N/P next/previous</source>
        <translation>Проверяющий: сравнить слои разметчиков; в списке 1/2 — принять слой A/B, 3 — оба, 0 — ни один, E — правка, N/P — следующее/предыдущее</translation>
    </message>
    <message>
        <source>Accept Agreed into &amp;Gold</source>
        <translation>Принять &amp;согласованное в эталон</translation>
    </message>
    <message>
        <source>Reviewer: copy everything all annotators agree on in this document into gold</source>
        <translation>Проверяющий: скопировать в эталон всё, в чём согласны все разметчики этого документа</translation>
    </message>
    <message>
        <source>Accept Agreed in the &amp;Corpus</source>
        <translation>Принять согласованное во всём &amp;корпусе</translation>
    </message>
    <message>
        <source>Reviewer: copy everything all annotators agree on into gold, in every document</source>
        <translation>Проверяющий: скопировать в эталон всё, в чём согласны все разметчики, во всех документах</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>Подс&amp;казки</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Принять подсказку</translation>
    </message>
    <message>
        <source>Accept the suggestion at the cursor</source>
        <translation>Принять подсказку под курсором</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;Отклонить подсказку</translation>
    </message>
    <message>
        <source>Reject it for good</source>
        <translation>Отклонить её окончательно</translation>
    </message>
    <message>
        <source>Accept and &amp;Next</source>
        <translation>Принять и к &amp;следующей</translation>
    </message>
    <message>
        <source>Accept, then go to the next one</source>
        <translation>Принять и перейти к следующей</translation>
    </message>
    <message>
        <source>Ne&amp;xt Suggestion</source>
        <translation>С&amp;ледующая подсказка</translation>
    </message>
    <message>
        <source>Select the next suggestion (or document)</source>
        <translation>Выбрать следующую подсказку (или документ)</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>П&amp;редыдущая подсказка</translation>
    </message>
    <message>
        <source>Accept All of This &amp;Label in Document</source>
        <translation>Принять все с этой &amp;меткой в документе</translation>
    </message>
    <message>
        <source>Every suggestion in this document with the label of the one at the cursor</source>
        <translation>Все подсказки этого документа с той же меткой, что у подсказки под курсором</translation>
    </message>
    <message>
        <source>Accept This &amp;Entity Everywhere</source>
        <translation>Принять эту сущность &amp;везде</translation>
    </message>
    <message>
        <source>Every suggested mention of the canonical entity at the cursor, across the corpus</source>
        <translation>Все предложенные упоминания канонической сущности под курсором во всём корпусе</translation>
    </message>
    <message>
        <source>&amp;Suggest in Document</source>
        <translation>Подсказки в &amp;документе</translation>
    </message>
    <message>
        <source>Run the suggester here</source>
        <translation>Запустить генератор подсказок здесь</translation>
    </message>
    <message>
        <source>Suggest in &amp;Corpus</source>
        <translation>Подсказки во всём &amp;корпусе</translation>
    </message>
    <message>
        <source>Run it everywhere</source>
        <translation>Запустить его везде</translation>
    </message>
    <message>
        <source>&amp;Boilerplate</source>
        <translation>&amp;Шаблонный текст</translation>
    </message>
    <message>
        <source>E&amp;xclude Proposal</source>
        <translation>&amp;Исключить предложенное</translation>
    </message>
    <message>
        <source>Accept the boilerplate proposal at the cursor (or selected in the Boilerplate tab): the text is dimmed, cannot be tagged and is left out of exports; a line join joins the lines</source>
        <translation>Принять предложение шаблонного текста под курсором (или выбранное на вкладке «Шаблонный текст»): текст затеняется, его нельзя размечать, и он не попадает в экспорт; склейка строк соединяет строки</translation>
    </message>
    <message>
        <source>&amp;Keep Text (Reject Proposal)</source>
        <translation>&amp;Оставить текст (отклонить предложение)</translation>
    </message>
    <message>
        <source>Reject the proposal at the cursor; it is never proposed again</source>
        <translation>Отклонить предложение под курсором; оно больше никогда не будет предложено</translation>
    </message>
    <message>
        <source>&amp;Next Proposal</source>
        <translation>&amp;Следующее предложение</translation>
    </message>
    <message>
        <source>Move to the next boilerplate proposal</source>
        <translation>Перейти к следующему предложению шаблонного текста</translation>
    </message>
    <message>
        <source>&amp;Previous Proposal</source>
        <translation>&amp;Предыдущее предложение</translation>
    </message>
    <message>
        <source>Accept This Kind in the &amp;Document</source>
        <translation>Принять этот вид в &amp;документе</translation>
    </message>
    <message>
        <source>Accept every proposal of the current proposal&apos;s kind in this document</source>
        <translation>Принять все предложения того же вида, что и текущее, в этом документе</translation>
    </message>
    <message>
        <source>Reject This Kind in the Document</source>
        <translation>Отклонить этот вид в документе</translation>
    </message>
    <message>
        <source>Accept This Kind in the &amp;Corpus</source>
        <translation>Принять этот вид во всём &amp;корпусе</translation>
    </message>
    <message>
        <source>Accept every proposal of the current proposal&apos;s kind in every document (one undo step)</source>
        <translation>Принять все предложения того же вида, что и текущее, во всех документах (один шаг отмены)</translation>
    </message>
    <message>
        <source>Reject This Kind in the Corpus</source>
        <translation>Отклонить этот вид во всём корпусе</translation>
    </message>
    <message>
        <source>D&amp;etect in the Corpus</source>
        <translation>&amp;Найти во всём корпусе</translation>
    </message>
    <message>
        <source>Propose boilerplate in every document, and lines repeated across many documents</source>
        <translation>Предложить шаблонный текст в каждом документе, а также строки, повторяющиеся во многих документах</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>Проек&amp;т</translation>
    </message>
    <message>
        <source>&amp;Health…</source>
        <translation>&amp;Целостность…</translation>
    </message>
    <message>
        <source>Check the whole project for damage; restore the latest good backup</source>
        <translation>Проверить весь проект на повреждения; восстановить последнюю исправную резервную копию</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>Write a backup beside the project (10 are kept)</source>
        <translation>Записать резервную копию рядом с проектом (хранятся 10 последних)</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>List the project&apos;s backups and restore one into a new project file</source>
        <translation>Показать резервные копии проекта и восстановить одну из них в новый файл проекта</translation>
    </message>
    <message>
        <source>&amp;Assign Documents…</source>
        <translation>&amp;Назначить документы…</translation>
    </message>
    <message>
        <source>Give each document to one annotator, a seeded fraction to several</source>
        <translation>Дать каждый документ одному разметчику, а заданную долю (по начальному числу) — нескольким</translation>
    </message>
    <message>
        <source>Next in &amp;My Queue</source>
        <translation>Следующий в &amp;моей очереди</translation>
    </message>
    <message>
        <source>Open the next document assigned to you that you have not marked annotated</source>
        <translation>Открыть следующий назначенный вам документ, который вы ещё не отметили как размеченный</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Со&amp;гласованность…</translation>
    </message>
    <message>
        <source>Span F1, κ, α and αU between the annotators&apos; layers, per pair, label and event type</source>
        <translation>F1 по фрагментам, κ, α и αU между слоями разметчиков — по парам, меткам и типам событий</translation>
    </message>
    <message>
        <source>My &amp;Feedback…</source>
        <translation>Моя &amp;обратная связь…</translation>
    </message>
    <message>
        <source>Where your layer differs from the gold layer, and the confusion table</source>
        <translation>Где ваш слой расходится с эталонным слоем, и таблица ошибок</translation>
    </message>
    <message>
        <source>S&amp;witch Annotator…</source>
        <translation>Сменить раз&amp;метчика…</translation>
    </message>
    <message>
        <source>Reopen the project as another annotator</source>
        <translation>Открыть проект заново от имени другого разметчика</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>С&amp;лои</translation>
    </message>
    <message>
        <source>Show &amp;Other Layers</source>
        <translation>Показать &amp;другие слои</translation>
    </message>
    <message>
        <source>Show every other annotator&apos;s layer beside yours, read-only</source>
        <translation>Показывать слои всех остальных разметчиков рядом с вашим, только для чтения</translation>
    </message>
    <message>
        <source>&amp;Choose Layers…</source>
        <translation>&amp;Выбрать слои…</translation>
    </message>
    <message>
        <source>Pick the annotators whose layers are shown, read-only</source>
        <translation>Выбрать разметчиков, чьи слои показываются (только для чтения)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>Все действия и их клавиши</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <source>Text font, theme, label colours, keys, your name, suggestions and backups</source>
        <translation>Шрифт текста, тема, цвета меток, клавиши, ваше имя, подсказки и резервные копии</translation>
    </message>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>О&amp;бъединить с проектом…</translation>
    </message>
    <message>
        <source>Merge another project file into this one (not undoable; a backup is taken first)</source>
        <translation>Влить другой файл проекта в этот (без отмены; сначала создаётся резервная копия)</translation>
    </message>
    <message>
        <source>{keys} is the key of both {first} and {second}</source>
        <translation>{keys} назначено и для «{first}», и для «{second}»</translation>
    </message>
    <message>
        <source>{keys} ({first}) starts {longer} ({second})</source>
        <translation>{keys} ({first}) — начало сочетания {longer} ({second})</translation>
    </message>
</context>
<context>
    <name>AdjudicationActions</name>
    <message>
        <source>Adjudicate</source>
        <translation>Арбитраж</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Сначала откройте документ.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Adjudication needs two annotator layers in this document; it has {count} ({found}).</source>
        <translation>Для арбитража в этом документе нужны два слоя разметчиков; их здесь {count} ({found}).</translation>
    </message>
    <message>
        <source>Document {id} has fewer than two annotator layers; curation mode ended.</source>
        <translation>В документе {id} меньше двух слоёв разметчиков; режим арбитража завершён.</translation>
    </message>
    <message>
        <source>No more open disagreements that way.</source>
        <translation>Открытых расхождений в этом направлении больше нет.</translation>
    </message>
    <message>
        <source>No disagreement selected.</source>
        <translation>Расхождение не выбрано.</translation>
    </message>
    <message>
        <source>E edits a span&apos;s label; accept an event, then edit it under Events.</source>
        <translation>E меняет метку фрагмента; событие сначала примите, затем измените его в разделе «События».</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Не изменено: {error}.</translation>
    </message>
    <message>
        <source>{what} — saved.</source>
        <translation>{what} — сохранено.</translation>
    </message>
    <message>
        <source>Edit in gold</source>
        <translation>Правка в эталоне</translation>
    </message>
    <message>
        <source>Label of the gold copy:</source>
        <translation>Метка эталонной копии:</translation>
    </message>
    <message>
        <source>Gold: relabel as {name}</source>
        <translation>Эталон: новая метка {name}</translation>
    </message>
    <message>
        <source>Nothing new to accept: gold holds every agreed unit of this document.</source>
        <translation>Принимать нечего: в эталоне уже есть все согласованные единицы этого документа.</translation>
    </message>
    <message>
        <source>{count} agreed spans copied into gold — saved.</source>
        <translation>Согласованных фрагментов скопировано в эталон: {count} — сохранено.</translation>
    </message>
    <message>
        <source>{spans} agreed spans copied into gold; documents with two layers or more: {documents} — saved.</source>
        <translation>Согласованных фрагментов скопировано в эталон: {spans}; документов с двумя слоями и более: {documents} — сохранено.</translation>
    </message>
    <message>
        <source>Accepting what every annotator agrees on…</source>
        <translation>Принимается то, в чём согласны все разметчики…</translation>
    </message>
</context>
<context>
    <name>AdjudicationPanel</name>
    <message>
        <source>event {type}</source>
        <translation>событие {type}</translation>
    </message>
    <message>
        <source>Review → Adjudicate (Ctrl+Alt+J) compares the annotators&apos; layers here.</source>
        <translation>«Проверка → Арбитраж» (Ctrl+Alt+J) сравнивает здесь слои разметчиков.</translation>
    </message>
    <message>
        <source>{layers} (also {others})</source>
        <translation>{layers} (а также {others})</translation>
    </message>
    <message>
        <source>{open} open of {total} disagreements; {agreed} agreed. Keys: {layers}, 3 both, 0 neither, E edit, N/P next/previous.</source>
        <translation>Открыто расхождений: {open} из {total}; согласовано: {agreed}. Клавиши: {layers}, 3 — оба, 0 — ни один, E — правка, N/P — следующее/предыдущее.</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Agreement tables</source>
        <translation>Таблицы согласованности</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Пары</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Layers: {layers}. {documents} documents have two or more of them.</source>
        <translation>Слои: {layers}. Документов, где их два или больше: {documents}.</translation>
    </message>
    <message>
        <source>All raters: Fleiss κ {kappa} ({complete} documents with every layer), Krippendorff α {alpha} over {tokens} tokens, αU {unitizing}.</source>
        <translation>Все разметчики: κ Флейса {kappa} (документов со всеми слоями: {complete}), α Криппендорфа {alpha} по {tokens} токенам, αU {unitizing}.</translation>
    </message>
    <message>
        <source>No document has two layers yet: there is nothing to compare.</source>
        <translation>Ни в одном документе ещё нет двух слоёв: сравнивать нечего.</translation>
    </message>
    <message>
        <source>Skipped: {shown} and {more} more.</source>
        <translation>Пропущено: {shown} и ещё {more}.</translation>
    </message>
    <message>
        <source>Skipped: {shown}.</source>
        <translation>Пропущено: {shown}.</translation>
    </message>
    <message>
        <source>Computing agreement</source>
        <translation>Вычисление согласованности</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Not changed: the project is read-only, {reason}.</source>
        <translation>Не изменено: проект доступен только для чтения, {reason}.</translation>
    </message>
    <message>
        <source>Not changed: document {id} is approved and read-only; Review → Reopen (Ctrl+Alt+O).</source>
        <translation>Не изменено: документ {id} утверждён и доступен только для чтения; «Проверка → Открыть заново» (Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Сначала откройте документ.</translation>
    </message>
    <message>
        <source>Select some text (or put the cursor on a word) before pressing a label key.</source>
        <translation>Прежде чем нажимать клавишу метки, выделите текст (или поставьте курсор на слово).</translation>
    </message>
    <message>
        <source>Not tagged: {error}.</source>
        <translation>Не размечено: {error}.</translation>
    </message>
    <message>
        <source>Tag “{text}” as {label}</source>
        <translation>Разметить «{text}» как {label}</translation>
    </message>
    <message numerus="yes">
        <source> (%n suggestion corrected)</source>
        <translation>
            <numerusform> (исправлена %n подсказка)</numerusform>
            <numerusform> (исправлены %n подсказки)</numerusform>
            <numerusform> (исправлено %n подсказок)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n suggestions corrected)</source>
        <translation>
            <numerusform> (исправлена %n подсказка)</numerusform>
            <numerusform> (исправлены %n подсказки)</numerusform>
            <numerusform> (исправлено %n подсказок)</numerusform>
        </translation>
    </message>
    <message>
        <source>, linked to {name}</source>
        <translation>, связано с {name}</translation>
    </message>
    <message>
        <source>; not linked: {count} canonical entities match ({names}), Ctrl+L to choose</source>
        <translation>; не связано: подходят канонические сущности ({count}: {names}), выбор — Ctrl+L</translation>
    </message>
    <message>
        <source>Tagged “{text}” as {label}{notes} — saved.</source>
        <translation>«{text}» размечено как {label}{notes} — сохранено.</translation>
    </message>
    <message>
        <source>No span selected to delete.</source>
        <translation>Не выбран фрагмент для удаления.</translation>
    </message>
    <message>
        <source>Not deleted: {error}.</source>
        <translation>Не удалено: {error}.</translation>
    </message>
    <message>
        <source>Delete {label} span</source>
        <translation>Удалить фрагмент {label}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n spans</source>
        <translation>
            <numerusform>Удалить %n фрагмент</numerusform>
            <numerusform>Удалить %n фрагмента</numerusform>
            <numerusform>Удалить %n фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагмента</numerusform>
            <numerusform>%n фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spans</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагмента</numerusform>
            <numerusform>%n фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument</source>
        <translation>
            <numerusform>%n аргумент</numerusform>
            <numerusform>%n аргумента</numerusform>
            <numerusform>%n аргументов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arguments</source>
        <translation>
            <numerusform>%n аргумент</numerusform>
            <numerusform>%n аргумента</numerusform>
            <numerusform>%n аргументов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation</source>
        <translation>
            <numerusform>%n отношение</numerusform>
            <numerusform>%n отношения</numerusform>
            <numerusform>%n отношений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n отношение</numerusform>
            <numerusform>%n отношения</numerusform>
            <numerusform>%n отношений</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted {spans} — saved (Ctrl+Z undoes).</source>
        <translation>Удалено: {spans} — сохранено (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>Deleted {spans} with {others} — saved (Ctrl+Z undoes).</source>
        <translation>Удалено: {spans}, а также {others} — сохранено (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <source>Not relabelled: {error}.</source>
        <translation>Метка не изменена: {error}.</translation>
    </message>
    <message>
        <source>Relabel {before} → {after}</source>
        <translation>Сменить метку {before} → {after}</translation>
    </message>
    <message>
        <source>Relabelled {before} → {after} — saved.</source>
        <translation>Метка изменена {before} → {after} — сохранено.</translation>
    </message>
</context>
<context>
    <name>AnnotatorPrompt</name>
    <message>
        <source>Your name as an annotator (your annotations are kept under it):</source>
        <translation>Ваше имя как разметчика (ваша разметка хранится под ним):</translation>
    </message>
    <message>
        <source>Welcome to Curator</source>
        <translation>Добро пожаловать в Curator</translation>
    </message>
    <message>
        <source>On a server you work as the role you connected as ({current}). To work as someone else, open the server as their role: File → Open Server Project….</source>
        <translation>На сервере вы работаете в той роли, под которой подключились ({current}). Чтобы работать за другого человека, откройте сервер под его ролью: «Файл → Открыть проект на сервере…».</translation>
    </message>
    <message>
        <source>Switch Annotator</source>
        <translation>Сменить разметчика</translation>
    </message>
    <message>
        <source>Cannot switch annotator</source>
        <translation>Не удаётся сменить разметчика</translation>
    </message>
    <message>
        <source>You are now {name}: you edit {name}&apos;s layer.</source>
        <translation>Теперь вы — {name}: вы правите слой {name}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{error}

Open your last project file instead?
{path}</source>
        <translation>{error}

Открыть вместо него ваш последний файл проекта?
{path}</translation>
    </message>
    <message>
        <source>Curator cannot open the server project</source>
        <translation>Curator не может открыть проект на сервере</translation>
    </message>
    <message>
        <source>Curator cannot open the project</source>
        <translation>Curator не может открыть проект</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>Открытие проекта</translation>
    </message>
    <message>
        <source>Opening the project {path}</source>
        <translation>Открытие проекта {path}</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <source>Assigning documents</source>
        <translation>Назначение документов</translation>
    </message>
    <message>
        <source>{summary} — saved.</source>
        <translation>{summary} — сохранено.</translation>
    </message>
    <message>
        <source>Nothing assigned to {name} is left to annotate.</source>
        <translation>Из назначенного разметчику {name} размечать больше нечего.</translation>
    </message>
    <message>
        <source>This is the last document left in your queue.</source>
        <translation>Это последний документ в вашей очереди.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign documents</source>
        <translation>Назначение документов</translation>
    </message>
    <message>
        <source>all documents, or e.g. lang:ky status:new</source>
        <translation>все документы или, например, lang:ky status:new</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Annotators (comma-separated):</source>
        <translation>Разметчики (через запятую):</translation>
    </message>
    <message>
        <source>Fraction to several:</source>
        <translation>Доля для нескольких:</translation>
    </message>
    <message>
        <source>Annotators per shared document:</source>
        <translation>Разметчиков на общий документ:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Начальное число:</translation>
    </message>
    <message>
        <source>Documents (filter):</source>
        <translation>Документы (фильтр):</translation>
    </message>
    <message>
        <source>Name the annotators; new names are added as annotators.</source>
        <translation>Укажите разметчиков; новые имена добавляются как разметчики.</translation>
    </message>
    <message>
        <source>Cannot assign: {error}.</source>
        <translation>Не удаётся назначить: {error}.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
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
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>BoilerplateActions</name>
    <message>
        <source>No boilerplate proposed in this document.</source>
        <translation>В этом документе шаблонный текст не предложен.</translation>
    </message>
    <message>
        <source>No boilerplate region at the cursor (B jumps to the next proposal).</source>
        <translation>Под курсором нет участка шаблонного текста (B — к следующему предложению).</translation>
    </message>
    <message>
        <source>Exclude {kind}</source>
        <translation>Исключить: {kind}</translation>
    </message>
    <message>
        <source>Keep {kind}</source>
        <translation>Оставить: {kind}</translation>
    </message>
    <message>
        <source>Put the cursor on a proposal (or select one) to choose its kind.</source>
        <translation>Поставьте курсор на предложение (или выберите его), чтобы задать его вид.</translation>
    </message>
    <message>
        <source>Accept every {kind} in the corpus</source>
        <translation>Принять все «{kind}» в корпусе</translation>
    </message>
    <message>
        <source>Accept every {kind} in the document</source>
        <translation>Принять все «{kind}» в документе</translation>
    </message>
    <message>
        <source>Reject every {kind} in the corpus</source>
        <translation>Отклонить все «{kind}» в корпусе</translation>
    </message>
    <message>
        <source>Reject every {kind} in the document</source>
        <translation>Отклонить все «{kind}» в документе</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Не изменено: {reason}.</translation>
    </message>
    <message>
        <source>{label} in document {id}</source>
        <translation>{label} в документе {id}</translation>
    </message>
    <message numerus="yes">
        <source>This removes %n annotation(s) inside the excluded text: {names}. Go on?</source>
        <translation>
            <numerusform>Будет удалён %n элемент разметки внутри исключаемого текста: {names}. Продолжить?</numerusform>
            <numerusform>Будут удалены %n элемента разметки внутри исключаемого текста: {names}. Продолжить?</numerusform>
            <numerusform>Будет удалено %n элементов разметки внутри исключаемого текста: {names}. Продолжить?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: no such proposal is left.</source>
        <translation>Менять нечего: такого предложения больше нет.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted {kinds}; %n annotation(s) removed — saved.</source>
        <translation>
            <numerusform>Принято: {kinds}; удалён %n элемент разметки — сохранено.</numerusform>
            <numerusform>Принято: {kinds}; удалены %n элемента разметки — сохранено.</numerusform>
            <numerusform>Принято: {kinds}; удалено %n элементов разметки — сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted {kinds} — saved.</source>
        <translation>Принято: {kinds} — сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected {kinds}; %n annotation(s) removed — saved.</source>
        <translation>
            <numerusform>Отклонено: {kinds}; удалён %n элемент разметки — сохранено.</numerusform>
            <numerusform>Отклонено: {kinds}; удалены %n элемента разметки — сохранено.</numerusform>
            <numerusform>Отклонено: {kinds}; удалено %n элементов разметки — сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected {kinds} — saved.</source>
        <translation>Отклонено: {kinds} — сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>No new boilerplate in %n document(s).</source>
        <translation>
            <numerusform>Нового шаблонного текста нет (%n документ).</numerusform>
            <numerusform>Нового шаблонного текста нет (%n документа).</numerusform>
            <numerusform>Нового шаблонного текста нет (%n документов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Detect boilerplate ({count})</source>
        <translation>Поиск шаблонного текста ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n region(s) in {documents} document(s): {kinds}.</source>
        <translation>
            <numerusform>Предложен %n участок в документах ({documents}): {kinds}.</numerusform>
            <numerusform>Предложены %n участка в документах ({documents}): {kinds}.</numerusform>
            <numerusform>Предложено %n участков в документах ({documents}): {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detecting boilerplate…</source>
        <translation>Поиск шаблонного текста…</translation>
    </message>
</context>
<context>
    <name>BoilerplateKinds</name>
    <message>
        <source>a line repeated in the document (a caption, a repeated title) or in many documents</source>
        <translation>строка, повторяющаяся в документе (подпись, повторённый заголовок) или во многих документах</translation>
    </message>
    <message>
        <source>an “other photos” list: its heading and the captions under it</source>
        <translation>список «другие фото»: его заголовок и подписи под ним</translation>
    </message>
    <message>
        <source>a list of related articles</source>
        <translation>список связанных статей</translation>
    </message>
    <message>
        <source>currency or market ticker lines</source>
        <translation>строки курсов валют или биржевых котировок</translation>
    </message>
    <message>
        <source>a section tag or breadcrumb trail</source>
        <translation>метка рубрики или «хлебные крошки»</translation>
    </message>
    <message>
        <source>comment-box text and share buttons</source>
        <translation>текст блока комментариев и кнопки «поделиться»</translation>
    </message>
    <message>
        <source>a publisher&apos;s letterhead above the title</source>
        <translation>шапка издания над заголовком</translation>
    </message>
    <message>
        <source>a date, URL or date prefix line outside the article text</source>
        <translation>строка с датой, URL или префиксом даты вне текста статьи</translation>
    </message>
    <message>
        <source>a hard line break inside a sentence (PDF), proposed for joining</source>
        <translation>жёсткий перенос строки внутри предложения (PDF), предлагается склеить</translation>
    </message>
    <message>
        <source>repeated line</source>
        <translation>повторяющаяся строка</translation>
    </message>
    <message>
        <source>other photos</source>
        <translation>другие фото</translation>
    </message>
    <message>
        <source>related links</source>
        <translation>связанные ссылки</translation>
    </message>
    <message>
        <source>ticker</source>
        <translation>котировки</translation>
    </message>
    <message>
        <source>section tag</source>
        <translation>рубрика</translation>
    </message>
    <message>
        <source>comment box</source>
        <translation>блок комментариев</translation>
    </message>
    <message>
        <source>masthead</source>
        <translation>шапка издания</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>метаданные</translation>
    </message>
    <message>
        <source>line join</source>
        <translation>склейка строк</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>BoilerplatePanel</name>
    <message>
        <source>Boilerplate</source>
        <translation>Шаблонный текст</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Accept Kind in Corpus</source>
        <translation>Принять вид во всём корпусе</translation>
    </message>
    <message>
        <source>Detect in Corpus</source>
        <translation>Найти во всём корпусе</translation>
    </message>
    <message>
        <source>({proposed} proposed of {total})</source>
        <translation>(предложено {proposed} из {total})</translation>
    </message>
</context>
<context>
    <name>BusyWaiter</name>
    <message>
        <source>The project is busy (another program is writing) — retrying…</source>
        <translation>Проект занят (в него пишет другая программа) — повторная попытка…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the project is busy — another program kept writing to it for %n second(s).</source>
        <translation>
            <numerusform>Не сохранено: проект занят — другая программа записывала в него в течение %n секунды.</numerusform>
            <numerusform>Не сохранено: проект занят — другая программа записывала в него в течение %n секунд.</numerusform>
            <numerusform>Не сохранено: проект занят — другая программа записывала в него в течение %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Redoing “{step}”</source>
        <translation>Повтор шага «{step}»</translation>
    </message>
    <message>
        <source>Redone: {step} — saved.</source>
        <translation>Повторено: {step} — сохранено.</translation>
    </message>
    <message>
        <source>Undoing “{step}”</source>
        <translation>Отмена шага «{step}»</translation>
    </message>
    <message>
        <source>Undone: {step} — saved.</source>
        <translation>Отменено: {step} — сохранено.</translation>
    </message>
    <message>
        <source>Showing “{step}”</source>
        <translation>Показ шага «{step}»</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Text (the article)</source>
        <translation>Текст (статья)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n column(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n столбец, по одному документу на строку.</numerusform>
            <numerusform>{name}: %n столбца, по одному документу на строку.</numerusform>
            <numerusform>{name}: %n столбцов, по одному документу на строку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n field(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n поле, по одному документу на строку.</numerusform>
            <numerusform>{name}: %n поля, по одному документу на строку.</numerusform>
            <numerusform>{name}: %n полей, по одному документу на строку.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first rows are shown below; check which column is the article&apos;s text and which hold its metadata.</source>
        <translation>Ниже показаны первые строки; проверьте, какой столбец содержит текст статьи, а какие — её метаданные.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Keep as metadata</source>
        <translation>Оставить как метаданные</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Skip This File</source>
        <translation>Пропустить этот файл</translation>
    </message>
    <message>
        <source>"{column}" is chosen for {first} and {second}</source>
        <translation>«{column}» выбран и для «{first}», и для «{second}»</translation>
    </message>
    <message>
        <source>"{column}" is chosen for {roles}</source>
        <translation>«{column}» выбран для: {roles}</translation>
    </message>
</context>
<context>
    <name>ColumnRoles</name>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>Gold \ yours</source>
        <translation>Эталон \ ваше</translation>
    </message>
</context>
<context>
    <name>CoreAdjudication</name>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>label</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>границы</translation>
    </message>
    <message>
        <source>label and boundary</source>
        <translation>метка и границы</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>аргументы</translation>
    </message>
</context>
<context>
    <name>CoreAgreement</name>
    <message>
        <source>only {who} annotated it</source>
        <translation>размечено только: {who}</translation>
    </message>
</context>
<context>
    <name>CoreSearch</name>
    <message>
        <source>tagged already</source>
        <translation>уже размечено</translation>
    </message>
    <message>
        <source>excluded text</source>
        <translation>исключённый текст</translation>
    </message>
    <message>
        <source>approved document</source>
        <translation>утверждённый документ</translation>
    </message>
    <message>
        <source>{label} already</source>
        <translation>уже {label}</translation>
    </message>
</context>
<context>
    <name>CoreStatistics</name>
    <message>
        <source>Documents by status</source>
        <translation>Документы по статусу</translation>
    </message>
    <message>
        <source>Documents by language</source>
        <translation>Документы по языку</translation>
    </message>
    <message>
        <source>Spans per label</source>
        <translation>Фрагменты по меткам</translation>
    </message>
    <message>
        <source>Annotations per annotator per day</source>
        <translation>Разметка по разметчикам и дням</translation>
    </message>
    <message>
        <source>Suggestion acceptance per suggester</source>
        <translation>Принятие подсказок по генераторам</translation>
    </message>
    <message>
        <source>Agreement between annotators</source>
        <translation>Согласованность между разметчиками</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>День (UTC)</translation>
    </message>
    <message>
        <source>(no annotator)</source>
        <translation>(без разметчика)</translation>
    </message>
    <message>
        <source>Suggester</source>
        <translation>Генератор подсказок</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Доля принятых</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 точное</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 перекрытие</translation>
    </message>
    <message>
        <source>Cohen κ</source>
        <translation>κ Коэна</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>размечен</translation>
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
        <source>Spans made or accepted each day (UTC), by the layer they are on.</source>
        <translation>Фрагменты, созданные или принятые за каждый день (UTC), по слоям, в которых они находятся.</translation>
    </message>
    <message>
        <source>Acceptance: accepted as suggested, of those decided (corrected ones count as not accepted).</source>
        <translation>Доля принятых: принятые без изменений среди решённых (исправленные считаются непринятыми).</translation>
    </message>
    <message>
        <source>Krippendorff α over all layers: {alpha} ({documents} documents with two or more).</source>
        <translation>α Криппендорфа по всем слоям: {alpha} (документов с двумя слоями и более: {documents}).</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>размечен</translation>
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
        <source>actual</source>
        <translation>фактическое</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>планируемое</translation>
    </message>
    <message>
        <source>hypothetical</source>
        <translation>гипотетическое</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>отрицаемое</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>adjudication</source>
        <translation>арбитраж</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>разметчик</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>проверяющий</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>к выполнению</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ готово</translation>
    </message>
</context>
<context>
    <name>CorpusEventsDialog</name>
    <message>
        <source>Corpus Events</source>
        <translation>События корпуса</translation>
    </message>
    <message>
        <source>Reading the event groups…</source>
        <translation>Чтение групп событий…</translation>
    </message>
    <message>
        <source>Event groups</source>
        <translation>Группы событий</translation>
    </message>
    <message>
        <source>Mentions of the group</source>
        <translation>Упоминания группы</translation>
    </message>
    <message>
        <source>C&amp;onsolidate</source>
        <translation>&amp;Сгруппировать</translation>
    </message>
    <message>
        <source>Group the corpus&apos;s event mentions</source>
        <translation>Сгруппировать упоминания событий в корпусе</translation>
    </message>
    <message>
        <source>&amp;Split Out (S)</source>
        <translation>&amp;Выделить (S)</translation>
    </message>
    <message>
        <source>The selected mentions leave the group</source>
        <translation>Выбранные упоминания покидают группу</translation>
    </message>
    <message>
        <source>&amp;Join (J)</source>
        <translation>&amp;Объединить (J)</translation>
    </message>
    <message>
        <source>Merge the selected groups into one</source>
        <translation>Объединить выбранные группы в одну</translation>
    </message>
    <message>
        <source>&amp;Confirm (C)</source>
        <translation>&amp;Подтвердить (C)</translation>
    </message>
    <message>
        <source>Confirm the selected groups</source>
        <translation>Подтвердить выбранные группы</translation>
    </message>
    <message>
        <source>Reading corpus events</source>
        <translation>Чтение событий корпуса</translation>
    </message>
    <message>
        <source>{groups} event group(s), {unconfirmed} not confirmed yet.</source>
        <translation>Групп событий: {groups}, ещё не подтверждено: {unconfirmed}.</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Не изменено: {error}.</translation>
    </message>
    <message>
        <source>Consolidate corpus events</source>
        <translation>Сгруппировать события корпуса</translation>
    </message>
    <message>
        <source>{proposed} proposed group(s) of {mentions} mention(s); kept {confirmed} confirmed and {yours} of yours.</source>
        <translation>Предложено групп: {proposed}, упоминаний в них: {mentions}; сохранено подтверждённых: {confirmed}, ваших: {yours}.</translation>
    </message>
    <message>
        <source>Consolidating corpus events…</source>
        <translation>Группировка событий корпуса…</translation>
    </message>
    <message>
        <source>Select one group and the mention(s) to split out of it.</source>
        <translation>Выберите одну группу и упоминания, которые нужно из неё выделить.</translation>
    </message>
    <message>
        <source>Split {count} mention(s) out of event group {group}</source>
        <translation>Выделить упоминания ({count}) из группы событий {group}</translation>
    </message>
    <message>
        <source>Select two or more groups to join.</source>
        <translation>Выберите две группы или больше, чтобы объединить их.</translation>
    </message>
    <message>
        <source>Join event groups {ids}</source>
        <translation>Объединить группы событий {ids}</translation>
    </message>
    <message>
        <source>Select the group(s) to confirm.</source>
        <translation>Выберите группы для подтверждения.</translation>
    </message>
    <message>
        <source>Unconfirm event group(s) {ids}</source>
        <translation>Снять подтверждение с групп событий {ids}</translation>
    </message>
    <message>
        <source>Confirm event group(s) {ids}</source>
        <translation>Подтвердить группы событий {ids}</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>missed</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>лишнее</translation>
    </message>
    <message>
        <source>other label</source>
        <translation>другая метка</translation>
    </message>
    <message>
        <source>other boundaries</source>
        <translation>другие границы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Символы</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Эталон</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>DocumentInfo</name>
    <message>
        <source>Document info</source>
        <translation>Сведения о документе</translation>
    </message>
    <message>
        <source>Not changed: {error}.</source>
        <translation>Не изменено: {error}.</translation>
    </message>
    <message>
        <source>Edit document info</source>
        <translation>Изменить сведения о документе</translation>
    </message>
</context>
<context>
    <name>DocumentInfoDialog</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Published (YYYY-MM-DD)</source>
        <translation>Опубликован (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Место в датлайне</translation>
    </message>
    <message>
        <source>Document #{id}</source>
        <translation>Документ №{id}</translation>
    </message>
    <message>
        <source>(nothing was changed or guessed at import)</source>
        <translation>(при импорте ничего не изменялось и не угадывалось)</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Журнал импорта</translation>
    </message>
    <message>
        <source>Review ({status})</source>
        <translation>Проверка ({status})</translation>
    </message>
</context>
<context>
    <name>DocumentStatuses</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>размечен</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Фрагменты</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Открыт у</translation>
    </message>
    <message>
        <source>(untitled {id})</source>
        <translation>(без названия {id})</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Open now by {names}</source>
        <translation>Сейчас открыт у: {names}</translation>
    </message>
    <message>
        <source>Loading the documents list</source>
        <translation>Загрузка списка документов</translation>
    </message>
    <message>
        <source>Counting the documents</source>
        <translation>Подсчёт документов</translation>
    </message>
    <message>
        <source>Reading your assignments</source>
        <translation>Чтение ваших назначений</translation>
    </message>
    <message>
        <source>Counting documents by status</source>
        <translation>Подсчёт документов по статусам</translation>
    </message>
    <message>
        <source>Refreshing the documents list</source>
        <translation>Обновление списка документов</translation>
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
        <translation>В этом проекте ещё нет документов. Чтобы добавить их:

{menu_items}
  •  перетащите файлы или папки в любое место этого окна
  •  из терминала: {command}

Читаются текстовые файлы, веб-страницы, PDF, DOCX, zip, JSONL, CSV/TSV, doccano, CoNLL и brat.</translation>
    </message>
    <message>
        <source>{label} in {layer}&apos;s layer (read-only)</source>
        <translation>{label} в слое {layer} (только для чтения)</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Filter: title words, lang:ky, status:new, source:AA, date:2021-05</source>
        <translation>Фильтр: слова из заголовка, lang:ky, status:new, source:AA, date:2021-05</translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate documents</source>
        <translation>Дубликаты документов</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Группы дубликатов</translation>
    </message>
    <message>
        <source>Documents of the group</source>
        <translation>Документы группы</translation>
    </message>
    <message>
        <source>Make &amp;Keeper</source>
        <translation>Сделать &amp;основным</translation>
    </message>
    <message>
        <source>&amp;Merge into Keeper</source>
        <translation>&amp;Влить в основной</translation>
    </message>
    <message>
        <source>Keep &amp;Separate</source>
        <translation>Оставить &amp;раздельно</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>&amp;Искать снова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Searching for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>Finding duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>No result: {message}.</source>
        <translation>Нет результата: {message}.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of the same story, {documents} documents. Pick the keeper (the document whose annotations stay), then merge the others into it or keep them all.</source>
        <translation>
            <numerusform>%n группа одного и того же материала, документов: {documents}. Выберите основной документ (его разметка сохраняется), затем влейте в него остальные или оставьте все раздельно.</numerusform>
            <numerusform>%n группы одного и того же материала, документов: {documents}. Выберите основной документ (его разметка сохраняется), затем влейте в него остальные или оставьте все раздельно.</numerusform>
            <numerusform>%n групп одного и того же материала, документов: {documents}. Выберите основной документ (его разметка сохраняется), затем влейте в него остальные или оставьте все раздельно.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message>
        <source>merged into #{keeper}</source>
        <translation>влит в №{keeper}</translation>
    </message>
    <message>
        <source>kept separate</source>
        <translation>оставлен отдельно</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Объединение дубликатов</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s) into #{keeper}</source>
        <translation>
            <numerusform>Влить %n дубликат в №{keeper}</numerusform>
            <numerusform>Влить %n дубликата в №{keeper}</numerusform>
            <numerusform>Влить %n дубликатов в №{keeper}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {names} into #{keeper}: %n span(s) carried, {skipped} already there.</source>
        <translation>
            <numerusform>{names} влиты в №{keeper}: перенесён %n фрагмент, уже были на месте: {skipped}.</numerusform>
            <numerusform>{names} влиты в №{keeper}: перенесены %n фрагмента, уже были на месте: {skipped}.</numerusform>
            <numerusform>{names} влиты в №{keeper}: перенесено %n фрагментов, уже были на месте: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed and stay on their copy.</source>
        <translation>
            <numerusform>%n не удалось перенести, он остаётся на своей копии.</numerusform>
            <numerusform>%n не удалось перенести, они остаются на своих копиях.</numerusform>
            <numerusform>%n не удалось перенести, они остаются на своих копиях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z отменяет это.</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n documents separate</source>
        <translation>
            <numerusform>Оставить %n документ раздельно</numerusform>
            <numerusform>Оставить %n документа раздельно</numerusform>
            <numerusform>Оставить %n документов раздельно</numerusform>
        </translation>
    </message>
    <message>
        <source>{documents} are kept separate and will not be proposed again.</source>
        <translation>{documents} оставлены раздельно и больше не будут предлагаться.</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>&lt;b&gt;Entities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сущности&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Click a row to find it · F2 changes the label · Delete removes&lt;/small&gt;</source>
        <translation>&lt;small&gt;Щелчок по строке — найти её · F2 меняет метку · Delete удаляет&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entities&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Сущности&lt;/b&gt; ({count})</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>no Wikidata id</source>
        <translation>нет идентификатора Wikidata</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in {documents}</source>
        <translation>
            <numerusform>%n упоминание — {documents}</numerusform>
            <numerusform>%n упоминания — {documents}</numerusform>
            <numerusform>%n упоминаний — {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>aliases: {aliases}</source>
        <translation>псевдонимы: {aliases}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Curator — something went wrong</source>
        <translation>Curator — что-то пошло не так</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>Сбой: {what}</translation>
    </message>
    <message>
        <source>{error}

Project: {project}
Edits the status bar reported as saved are safe; this step was not saved.</source>
        <translation>{error}

Проект: {project}
Правки, которые строка состояния показала как сохранённые, в безопасности; этот шаг не сохранён.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>This report is also in the error log: {log}</source>
        <translation>Этот отчёт также записан в журнал ошибок: {log}</translation>
    </message>
    <message>
        <source>The error log could not be written.</source>
        <translation>Не удалось записать журнал ошибок.</translation>
    </message>
    <message>
        <source>{where}
Please send it with a bug report.</source>
        <translation>{where}
Пожалуйста, приложите его к сообщению об ошибке.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <source>Details (for a bug report):</source>
        <translation>Подробности (для сообщения об ошибке):</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>E then: {letters}</source>
        <translation>E, затем: {letters}</translation>
    </message>
    <message>
        <source>Select an event first.</source>
        <translation>Сначала выберите событие.</translation>
    </message>
    <message>
        <source>{type} is now {realis} — saved.</source>
        <translation>{type}: теперь {realis} — сохранено.</translation>
    </message>
    <message>
        <source>The schema has no attributes for {type} (Edit → Edit Schema).</source>
        <translation>В схеме нет атрибутов для {type} («Правка → Изменить схему»).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>{type}: {attribute} = {value} — saved.</source>
        <translation>{type}: {attribute} = {value} — сохранено.</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Date (any form; empty clears it):</source>
        <translation>Дата (в любом виде; пусто — очистить):</translation>
    </message>
    <message>
        <source>“{text}” is not a date Curator can read; nothing changed.</source>
        <translation>«{text}» — не дата, которую Curator может распознать; ничего не изменено.</translation>
    </message>
    <message>
        <source>{type} dated {date} ({precision}) — saved.</source>
        <translation>{type}: дата {date} ({precision}) — сохранено.</translation>
    </message>
    <message>
        <source>Select or create an event first (E then a letter).</source>
        <translation>Сначала выберите или создайте событие (E, затем буква).</translation>
    </message>
    <message>
        <source>{type} has no roles in the schema.</source>
        <translation>У {type} нет ролей в схеме.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любые</translation>
    </message>
    <message>
        <source>{role} ({labels}, repeats)</source>
        <translation>{role} ({labels}, повторяется)</translation>
    </message>
    <message>
        <source>Put the cursor on the span the relation starts from, then press Ctrl+Shift+R.</source>
        <translation>Поставьте курсор на фрагмент, от которого идёт отношение, затем нажмите Ctrl+Shift+R.</translation>
    </message>
    <message>
        <source>Tag the entity first; arguments and relations link tagged spans.</source>
        <translation>Сначала разметьте сущность: аргументы и отношения связывают размеченные фрагменты.</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <source>Open a document first.</source>
        <translation>Сначала откройте документ.</translation>
    </message>
    <message>
        <source>Select the trigger word (or put the cursor on it) before pressing an event key.</source>
        <translation>Прежде чем нажимать клавишу события, выделите слово-триггер (или поставьте на него курсор).</translation>
    </message>
    <message>
        <source>That {type} event exists already; it is selected (Ctrl+R adds arguments).</source>
        <translation>Такое событие {type} уже есть; оно выбрано (Ctrl+R добавляет аргументы).</translation>
    </message>
    <message>
        <source>No event created: {error}.</source>
        <translation>Событие не создано: {error}.</translation>
    </message>
    <message>
        <source>Create {type} event on “{text}”</source>
        <translation>Создать событие {type} на «{text}»</translation>
    </message>
    <message>
        <source>{type} event created — saved. Add its arguments with Ctrl+R.</source>
        <translation>Событие {type} создано — сохранено. Добавьте аргументы с помощью Ctrl+R.</translation>
    </message>
    <message>
        <source>Select an event first (in the events panel, or create one).</source>
        <translation>Сначала выберите событие (на панели событий или создайте его).</translation>
    </message>
    <message>
        <source>Argument not added: {error}.</source>
        <translation>Аргумент не добавлен: {error}.</translation>
    </message>
    <message>
        <source>event #{id}</source>
        <translation>событие №{id}</translation>
    </message>
    <message>
        <source>Add {role} “{text}”</source>
        <translation>Добавить {role} «{text}»</translation>
    </message>
    <message>
        <source>Added {role} “{text}” — saved.</source>
        <translation>Добавлен {role} «{text}» — сохранено.</translation>
    </message>
    <message>
        <source>Remove argument</source>
        <translation>Удалить аргумент</translation>
    </message>
    <message>
        <source>Argument removed — saved.</source>
        <translation>Аргумент удалён — сохранено.</translation>
    </message>
    <message>
        <source>Delete {type} event</source>
        <translation>Удалить событие {type}</translation>
    </message>
    <message>
        <source>{type} event deleted — saved (Ctrl+Z undoes).</source>
        <translation>Событие {type} удалено — сохранено (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <source>Event not changed: {error}.</source>
        <translation>Событие не изменено: {error}.</translation>
    </message>
    <message>
        <source>Edit {type} event ({fields})</source>
        <translation>Изменить событие {type} ({fields})</translation>
    </message>
    <message>
        <source>Relation not added: {error}.</source>
        <translation>Отношение не добавлено: {error}.</translation>
    </message>
    <message>
        <source>Add {type} relation</source>
        <translation>Добавить отношение {type}</translation>
    </message>
    <message>
        <source>{type} relation added — saved.</source>
        <translation>Отношение {type} добавлено — сохранено.</translation>
    </message>
    <message>
        <source>Delete {type} relation</source>
        <translation>Удалить отношение {type}</translation>
    </message>
    <message>
        <source>{type} relation deleted — saved.</source>
        <translation>Отношение {type} удалено — сохранено.</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;События&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отношения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;E then a letter makes the selection a trigger · Ctrl+R adds an argument · Ctrl+Shift+R relates the span at the cursor · Delete removes&lt;/small&gt;</source>
        <translation>&lt;small&gt;E и буква делают выделение триггером · Ctrl+R добавляет аргумент · Ctrl+Shift+R связывает фрагмент под курсором · Delete удаляет&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;События&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relations&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Отношения&lt;/b&gt; ({count})</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 точное</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 перекрытие</translation>
    </message>
    <message>
        <source>(trigger)</source>
        <translation>(триггер)</translation>
    </message>
</context>
<context>
    <name>EventTreeModel</name>
    <message>
        <source>Event / argument</source>
        <translation>Событие / аргумент</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Realis · attributes</source>
        <translation>Модальность · атрибуты</translation>
    </message>
    <message>
        <source>date from “{raw}” ({precision})</source>
        <translation>дата из «{raw}» ({precision})</translation>
    </message>
    <message>
        <source>{role}: event #{id}</source>
        <translation>{role}: событие №{id}</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>эталон</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>lean</source>
        <translation>краткий</translation>
    </message>
    <message>
        <source>full</source>
        <translation>полный</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Папка для экспорта</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Файл для экспорта</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Prodigy/spaCy JSONL: one task per document with tokens and token-aligned spans</source>
        <translation>Prodigy/spaCy JSONL: одна задача на документ, с токенами и фрагментами, выровненными по токенам</translation>
    </message>
    <message>
        <source>spaCy DocBin training data: train.spacy, dev.spacy (and test.spacy), a seeded split by near-duplicate group, stratified by language; a split over 5,000 documents is a folder of shards (train/0001.spacy, ...)</source>
        <translation>Обучающие данные spaCy DocBin: train.spacy, dev.spacy (и test.spacy), воспроизводимое разбиение по группам почти-дубликатов со стратификацией по языку; часть больше 5 000 документов записывается папкой шардов (train/0001.spacy, ...)</translation>
    </message>
    <message>
        <source>CoNLL-2003 / BIO: one token and its tag per line (IOB2, or IOB1 or BILOU on request)</source>
        <translation>CoNLL-2003 / BIO: по одному токену и его тегу на строку (IOB2, по запросу IOB1 или BILOU)</translation>
    </message>
    <message>
        <source>brat standoff: a folder of NNNN_&lt;title&gt;.txt + .ann per document, with annotation.conf</source>
        <translation>brat standoff: папка файлов NNNN_&lt;title&gt;.txt + .ann на каждый документ, с annotation.conf</translation>
    </message>
    <message>
        <source>doccano JSONL: entities and relations (events flattened to trigger + role relations)</source>
        <translation>doccano JSONL: сущности и отношения (события развёрнуты в триггер + отношения-роли)</translation>
    </message>
    <message>
        <source>Clean event records, one JSON object per event (date, parties, trigger, evidence, source)</source>
        <translation>Чистые записи о событиях, по одному объекту JSON на событие (дата, стороны, триггер, свидетельство, источник)</translation>
    </message>
    <message>
        <source>Clean event records as a spreadsheet-ready CSV table (--layout lean or full)</source>
        <translation>Чистые записи о событиях в виде таблицы CSV, готовой для электронных таблиц (--layout lean или full)</translation>
    </message>
    <message>
        <source>Canonical entities with aliases, Wikidata id, mention and document counts (JSONL)</source>
        <translation>Канонические сущности с псевдонимами, идентификатором Wikidata, числом упоминаний и документов (JSONL)</translation>
    </message>
    <message>
        <source>Canonical entities with aliases, Wikidata id, mention and document counts (CSV)</source>
        <translation>Канонические сущности с псевдонимами, идентификатором Wikidata, числом упоминаний и документов (CSV)</translation>
    </message>
    <message>
        <source>Events as PLOVER/POLECAT-style event JSON (events without a PLOVER category are skipped)</source>
        <translation>События в формате JSON в стиле PLOVER/POLECAT (события без категории PLOVER пропускаются)</translation>
    </message>
</context>
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
        <source>Differences from gold</source>
        <translation>Отличия от эталонного слоя</translation>
    </message>
    <message>
        <source>Confusion table</source>
        <translation>Таблица ошибок</translation>
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
        <source>Chart or table</source>
        <translation>Диаграмма или таблица</translation>
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
        <translation>Состояние: ПОВРЕЖДЁН, только чтение (Проект → Целостность)</translation>
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
        <translation>… (все показаны в «Проект → Целостность»)</translation>
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
        <source>Health report</source>
        <translation>Отчёт о состоянии</translation>
    </message>
    <message>
        <source>Restore Latest Good Backup…</source>
        <translation>Восстановить последнюю исправную копию…</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Проверить с&amp;нова</translation>
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
        <source>Changes</source>
        <translation>Изменения</translation>
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
        <source>Preference pages</source>
        <translation>Страницы параметров</translation>
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
        <translation>Показывать метку после каждого фрагмента (Вид → Подписи меток)</translation>
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
        <translation>✔ Утверждён — только чтение до повторного открытия (Проверка → Открыть заново, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>✔ Approved on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ Утверждён {time} UTC — только чтение до повторного открытия (Проверка → Открыть заново, Ctrl+Alt+O).</translation>
    </message>
    <message>
        <source>✔ Approved by {name} on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).</source>
        <translation>✔ Утверждён {time} UTC, утвердил(а) {name} — только чтение до повторного открытия (Проверка → Открыть заново, Ctrl+Alt+O).</translation>
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
        <source>Schema</source>
        <translation>Схема</translation>
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
        <source>Search the corpus</source>
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
        <source>Hits</source>
        <translation>Совпадения</translation>
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
        <source>Filter the shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <source>Filter: a key (ctrl+alt) or words (suggest)</source>
        <translation>Фильтр: клавиша (ctrl+alt) или слова (подсказ)</translation>
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
        <source>Figures</source>
        <translation>Диаграммы и таблицы</translation>
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
        <source>Dev file</source>
        <translation>Dev-файл</translation>
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
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Версии модели</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <source> (%n suggestion corrected)</source>
        <translation>
            <numerusform> (%n suggestion corrected)</numerusform>
            <numerusform> (%n suggestion corrected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n suggestions corrected)</source>
        <translation>
            <numerusform> (%n suggestions corrected)</numerusform>
            <numerusform> (%n suggestions corrected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n spans</source>
        <translation>
            <numerusform>Delete %n spans</numerusform>
            <numerusform>Delete %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n span</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spans</source>
        <translation>
            <numerusform>%n spans</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n events</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument</source>
        <translation>
            <numerusform>%n argument</numerusform>
            <numerusform>%n argument</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arguments</source>
        <translation>
            <numerusform>%n arguments</numerusform>
            <numerusform>%n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n relations</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoilerplateActions</name>
    <message numerus="yes">
        <source>This removes %n annotation(s) inside the excluded text: {names}. Go on?</source>
        <translation>
            <numerusform>This removes %n annotation inside the excluded text: {names}. Go on?</numerusform>
            <numerusform>This removes %n annotations inside the excluded text: {names}. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted {kinds}; %n annotation(s) removed — saved.</source>
        <translation>
            <numerusform>Accepted {kinds}; %n annotation removed — saved.</numerusform>
            <numerusform>Accepted {kinds}; %n annotations removed — saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected {kinds}; %n annotation(s) removed — saved.</source>
        <translation>
            <numerusform>Rejected {kinds}; %n annotation removed — saved.</numerusform>
            <numerusform>Rejected {kinds}; %n annotations removed — saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No new boilerplate in %n document(s).</source>
        <translation>
            <numerusform>No new boilerplate in %n document.</numerusform>
            <numerusform>No new boilerplate in %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n region(s) in {documents} document(s): {kinds}.</source>
        <translation>
            <numerusform>Proposed %n region in {documents} document: {kinds}.</numerusform>
            <numerusform>Proposed %n regions in {documents} documents: {kinds}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyWaiter</name>
    <message numerus="yes">
        <source>Not saved: the project is busy — another program kept writing to it for %n second(s).</source>
        <translation>
            <numerusform>Not saved: the project is busy — another program kept writing to it for %n second.</numerusform>
            <numerusform>Not saved: the project is busy — another program kept writing to it for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message numerus="yes">
        <source>{name}: %n column(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n column, one document per row.</numerusform>
            <numerusform>{name}: %n columns, one document per row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n field(s), one document per row.</source>
        <translation>
            <numerusform>{name}: %n field, one document per row.</numerusform>
            <numerusform>{name}: %n fields, one document per row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n documents</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s) of the same story, {documents} documents. Pick the keeper (the document whose annotations stay), then merge the others into it or keep them all.</source>
        <translation>
            <numerusform>%n group of the same story, {documents} documents. Pick the keeper (the document whose annotations stay), then merge the others into it or keep them all.</numerusform>
            <numerusform>%n groups of the same story, {documents} documents. Pick the keeper (the document whose annotations stay), then merge the others into it or keep them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate(s) into #{keeper}</source>
        <translation>
            <numerusform>Merge %n duplicate into #{keeper}</numerusform>
            <numerusform>Merge %n duplicates into #{keeper}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {names} into #{keeper}: %n span(s) carried, {skipped} already there.</source>
        <translation>
            <numerusform>Merged {names} into #{keeper}: %n span carried, {skipped} already there.</numerusform>
            <numerusform>Merged {names} into #{keeper}: %n spans carried, {skipped} already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed and stay on their copy.</source>
        <translation>
            <numerusform>%n could not be placed and stay on their copy.</numerusform>
            <numerusform>%n could not be placed and stay on their copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n documents separate</source>
        <translation>
            <numerusform>Keep %n documents separate</numerusform>
            <numerusform>Keep %n documents separate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message numerus="yes">
        <source>%n mention(s) in {documents}</source>
        <translation>
            <numerusform>%n mention in {documents}</numerusform>
            <numerusform>%n mentions in {documents}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message numerus="yes">
        <source>damaged: %n problem(s) found at {time}</source>
        <translation>
            <numerusform>damaged: %n problem found at {time}</numerusform>
            <numerusform>damaged: %n problems found at {time}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message numerus="yes">
        <source>Linked %n mention(s)</source>
        <translation>
            <numerusform>Linked %n mention</numerusform>
            <numerusform>Linked %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersActions</name>
    <message numerus="yes">
        <source>{name} ({role}); showing %n other layer</source>
        <translation>
            <numerusform>{name} ({role}); showing %n other layer</numerusform>
            <numerusform>{name} ({role}); showing %n other layer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} ({role}); showing %n other layers</source>
        <translation>
            <numerusform>{name} ({role}); showing %n other layers</numerusform>
            <numerusform>{name} ({role}); showing %n other layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layer read-only; spans here: {layers}.</source>
        <translation>
            <numerusform>Showing %n other layer read-only; spans here: {layers}.</numerusform>
            <numerusform>Showing %n other layer read-only; spans here: {layers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layers read-only; spans here: {layers}.</source>
        <translation>
            <numerusform>Showing %n other layers read-only; spans here: {layers}.</numerusform>
            <numerusform>Showing %n other layers read-only; spans here: {layers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layer read-only; none has spans in this document.</source>
        <translation>
            <numerusform>Showing %n other layer read-only; none has spans in this document.</numerusform>
            <numerusform>Showing %n other layer read-only; none has spans in this document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n other layers read-only; none has spans in this document.</source>
        <translation>
            <numerusform>Showing %n other layers read-only; none has spans in this document.</numerusform>
            <numerusform>Showing %n other layers read-only; none has spans in this document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersDialog</name>
    <message numerus="yes">
        <source>%n span here</source>
        <translation>
            <numerusform>%n span here</numerusform>
            <numerusform>%n span here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spans here</source>
        <translation>
            <numerusform>%n spans here</numerusform>
            <numerusform>%n spans here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n backup(s) in {folder}, newest first. Restoring writes the chosen one to a new project file and opens it; this project and the backup are left as they are.</source>
        <translation>
            <numerusform>%n backup in {folder}, newest first. Restoring writes the chosen one to a new project file and opens it; this project and the backup are left as they are.</numerusform>
            <numerusform>%n backups in {folder}, newest first. Restoring writes the chosen one to a new project file and opens it; this project and the backup are left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message numerus="yes">
        <source>Accepted the suggested {type} event with %n guessed argument(s) — check them; saved (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>Accepted the suggested {type} event with %n guessed argument — check them; saved (Ctrl+Z undoes).</numerusform>
            <numerusform>Accepted the suggested {type} event with %n guessed arguments — check them; saved (Ctrl+Z undoes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextFix</name>
    <message numerus="yes">
        <source>This removes %n annotation(s) inside the replaced text: {names}. Go on?</source>
        <translation>
            <numerusform>This removes %n annotation inside the replaced text: {names}. Go on?</numerusform>
            <numerusform>This removes %n annotations inside the replaced text: {names}. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text fixed; %n annotation(s) removed, the others kept — saved.</source>
        <translation>
            <numerusform>Text fixed; %n annotation removed, the others kept — saved.</numerusform>
            <numerusform>Text fixed; %n annotations removed, the others kept — saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the dev file</source>
        <translation>
            <numerusform>%n paragraph of the dev file</numerusform>
            <numerusform>%n paragraphs of the dev file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held-out paragraph(s)</source>
        <translation>
            <numerusform>%n held-out paragraph</numerusform>
            <numerusform>%n held-out paragraphs</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>KDE&apos;s KSyntaxHighlighting</source>
        <translation>KSyntaxHighlighting von KDE</translation>
    </message>
    <message>
        <source>Canopy&apos;s built-in highlighter (KSyntaxHighlighting for Qt 6 was not found at build time)</source>
        <translation>den eingebauten Hervorheber von Canopy (KSyntaxHighlighting für Qt 6 wurde beim Kompilieren nicht gefunden)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Canopy %1&lt;/h3&gt;&lt;p&gt;Neon projects and their branch hierarchies, as a tree.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3) · schema diffs coloured by %4 · charts by Qt Charts.&lt;/p&gt;&lt;p&gt;Keys: F5 refresh · Ctrl+F find · * expand subtree · Ctrl+C copy branch id · Ctrl+I Insight · Ctrl+Shift+L clean up.&lt;/p&gt;&lt;p&gt;MIT License · &lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Canopy %1&lt;/h3&gt;&lt;p&gt;Neon-Projekte und ihre Zweighierarchien als Baum.&lt;/p&gt;&lt;p&gt;Qt %2 (kompiliert mit Qt %3) · Schemavergleiche eingefärbt durch %4 · Diagramme mit Qt Charts.&lt;/p&gt;&lt;p&gt;Tasten: F5 aktualisieren · Strg+F suchen · * Teilbaum aufklappen · Strg+C Zweig-ID kopieren · Strg+I Insight · Strg+Umschalt+L aufräumen.&lt;/p&gt;&lt;p&gt;MIT-Lizenz · &lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>not started: the run was cancelled</source>
        <translation>nicht gestartet: der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>not started: %1 did not succeed first</source>
        <translation>nicht gestartet: %1 war zuvor nicht erfolgreich</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>Reset from parent</source>
        <translation>Vom Elternzweig zurücksetzen</translation>
    </message>
    <message>
        <source>Set expiration</source>
        <translation>Ablaufzeit festlegen</translation>
    </message>
    <message>
        <source>Extend expiration</source>
        <translation>Ablaufzeit verlängern</translation>
    </message>
    <message>
        <source>Clear expiration</source>
        <translation>Ablaufzeit entfernen</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>Schutz aufheben</translation>
    </message>
    <message>
        <source>%1 has an operation running (%2).</source>
        <translation>Auf %1 läuft gerade ein Vorgang (%2).</translation>
    </message>
    <message>
        <source>Choose when the branches expire.</source>
        <translation>Legen Sie fest, wann die Zweige ablaufen.</translation>
    </message>
    <message>
        <source>%1 has no expiration to clear.</source>
        <translation>%1 hat keine Ablaufzeit, die entfernt werden könnte.</translation>
    </message>
    <message>
        <source>%1 is already protected.</source>
        <translation>%1 ist bereits geschützt.</translation>
    </message>
    <message>
        <source>%1 expires, and protected branches cannot. Clear its expiration first.</source>
        <translation>%1 läuft ab, geschützte Zweige dürfen das nicht. Entfernen Sie zuerst die Ablaufzeit.</translation>
    </message>
    <message>
        <source>%1 is not protected.</source>
        <translation>%1 ist nicht geschützt.</translation>
    </message>
    <message>
        <source>%1 never expires; nothing to extend (Set expiration gives it one).</source>
        <translation>%1 läuft nie ab; nichts zu verlängern (»Ablaufzeit festlegen« gibt ihm eine).</translation>
    </message>
</context>
<context>
    <name>Cleanup</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Day counts cannot be negative.</source>
        <translation>Die Anzahl der Tage darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Choose at least one criterion: inactivity, age, a name pattern, expired or no compute.</source>
        <translation>Wählen Sie mindestens ein Kriterium: Inaktivität, Alter, ein Namensmuster, abgelaufen oder keine Rechenzeit.</translation>
    </message>
    <message>
        <source>“%1” is not a usable name pattern.</source>
        <translation>„%1“ ist kein gültiges Namensmuster.</translation>
    </message>
    <message>
        <source>inactive for %1 or more</source>
        <translation>mindestens %1 inaktiv</translation>
    </message>
    <message>
        <source>older than %1</source>
        <translation>älter als %1</translation>
    </message>
    <message>
        <source>named %1</source>
        <translation>Name passt zu %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>no compute time this period</source>
        <translation>keine Rechenzeit in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Stale previews (preview-*, quiet 7 days)</source>
        <translation>Veraltete Vorschauen (preview-*, 7 Tage inaktiv)</translation>
    </message>
    <message>
        <source>Idle dev branches (dev-*, quiet 30 days, no compute this period)</source>
        <translation>Ungenutzte Entwicklungszweige (dev-*, 30 Tage inaktiv, keine Rechenzeit in diesem Zeitraum)</translation>
    </message>
    <message>
        <source>a compute is running now</source>
        <translation>ein Rechenknoten läuft gerade</translation>
    </message>
    <message>
        <source>active today</source>
        <translation>heute aktiv</translation>
    </message>
    <message>
        <source>active %1 ago</source>
        <translation>letzte Aktivität ist %1 her</translation>
    </message>
    <message>
        <source>no activity for %1</source>
        <translation>%1 ohne Aktivität</translation>
    </message>
    <message>
        <source>created %1 ago</source>
        <translation>Alter: %1</translation>
    </message>
    <message>
        <source>name matches none of %1</source>
        <translation>Name passt zu keinem von %1</translation>
    </message>
    <message>
        <source>name matches %1</source>
        <translation>Name passt zu %1</translation>
    </message>
    <message>
        <source>expires later</source>
        <translation>läuft erst später ab</translation>
    </message>
    <message>
        <source>has no expiration</source>
        <translation>hat keine Ablaufzeit</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>used compute this period</source>
        <translation>hat in diesem Zeitraum Rechenzeit verbraucht</translation>
    </message>
    <message>
        <source>kept: the project&apos;s default branch</source>
        <translation>behalten: Standardzweig des Projekts</translation>
    </message>
    <message>
        <source>kept: protected</source>
        <translation>behalten: geschützt</translation>
    </message>
    <message>
        <source>kept: the project&apos;s root branch</source>
        <translation>behalten: Wurzelzweig des Projekts</translation>
    </message>
    <message>
        <source>kept: a base template other branches are made from</source>
        <translation>behalten: eine Basisvorlage, aus der andere Zweige entstehen</translation>
    </message>
    <message>
        <source>kept: an operation is running on it (%1)</source>
        <translation>behalten: ein Vorgang läuft darauf (%1)</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
    <message>
        <source>kept: has child branches that stay (%1)</source>
        <translation>behalten: hat Unterzweige, die bleiben (%1)</translation>
    </message>
    <message>
        <source>it was already gone</source>
        <translation>er war bereits gelöscht</translation>
    </message>
    <message>
        <source>The projects could not be loaded: %1</source>
        <translation>Die Projekte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>There is no project %1 in this organization.</source>
        <translation>In dieser Organisation gibt es kein Projekt %1.</translation>
    </message>
    <message>
        <source>The branches and computes of %1 could not be loaded: %2</source>
        <translation>Die Zweige und Rechenknoten von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>deleted, then recovered %1</source>
        <translation>gelöscht, dann zurückgeholt %1</translation>
    </message>
    <message>
        <source>kept: a restore from a snapshot waiting to be finalized or discarded (Backup &amp; Restore)</source>
        <translation>behalten: eine Wiederherstellung aus einem Snapshot, die noch abgeschlossen oder verworfen werden muss (Sicherung &amp; Wiederherstellung)</translation>
    </message>
</context>
<context>
    <name>Environments</name>
    <message>
        <source>Small: 0.25–1 CU, suspends after 5 minutes</source>
        <translation>Klein: 0,25–1 CU, pausiert nach 5 Minuten</translation>
    </message>
    <message>
        <source>Medium: 0.5–2 CU, suspends after 5 minutes</source>
        <translation>Mittel: 0,5–2 CU, pausiert nach 5 Minuten</translation>
    </message>
    <message>
        <source>Large: 1–4 CU, suspends after 15 minutes</source>
        <translation>Groß: 1–4 CU, pausiert nach 15 Minuten</translation>
    </message>
    <message>
        <source>No compute (add one when needed)</source>
        <translation>Kein Rechenknoten (bei Bedarf hinzufügen)</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Its base %1 cannot be created.</source>
        <translation>Seine Basis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Neon allows expiration at most %1 days ahead.</source>
        <translation>Neon erlaubt eine Ablaufzeit höchstens %1 Tage im Voraus.</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>No consumption history on this plan (Neon keeps it for the Launch, Scale, Agent, Business and Enterprise plans): showing this period&apos;s per-branch counters instead. Neon said: %1</source>
        <translation>Für diesen Tarif gibt es keinen Verbrauchsverlauf (Neon führt ihn für die Tarife Launch, Scale, Agent, Business und Enterprise): stattdessen werden die Zähler dieses Zeitraums je Zweig gezeigt. Antwort von Neon: %1</translation>
    </message>
    <message>
        <source>Neon refused the longer window (%1); showing from %2.</source>
        <translation>Neon hat den längeren Zeitraum abgelehnt (%1); gezeigt wird ab %2.</translation>
    </message>
    <message>
        <source>The consumption history could not be loaded: %1</source>
        <translation>Der Verbrauchsverlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Storage (logical size)</source>
        <translation>Speicher (logische Größe)</translation>
    </message>
    <message>
        <source>Compute time this period</source>
        <translation>Rechenzeit in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Active time this period</source>
        <translation>Aktive Zeit in diesem Zeitraum</translation>
    </message>
    <message>
        <source>all others</source>
        <translation>alle anderen</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>Root branch storage</source>
        <translation>Speicher der Wurzelzweige</translation>
    </message>
    <message>
        <source>Child branch storage</source>
        <translation>Speicher der Unterzweige</translation>
    </message>
    <message>
        <source>Instant restore history</source>
        <translation>Verlauf für sofortige Wiederherstellung</translation>
    </message>
    <message>
        <source>Public network transfer</source>
        <translation>Öffentliche Datenübertragung</translation>
    </message>
    <message>
        <source>Private network transfer</source>
        <translation>Private Datenübertragung</translation>
    </message>
    <message>
        <source>CU-hours</source>
        <translation>CU-Stunden</translation>
    </message>
    <message>
        <source>%1-months</source>
        <translation>%1-Monate</translation>
    </message>
</context>
<context>
    <name>Models::AnonymizationRun</name>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Starting the anonymization again…</source>
        <translation>Die Anonymisierung wird erneut gestartet…</translation>
    </message>
    <message numerus="yes">
        <source> (%n column(s) masked)</source>
        <translation>
            <numerusform> (%n Spalte maskiert)</numerusform>
            <numerusform> (%n Spalten maskiert)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::BranchFacts</name>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>dev</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The project&apos;s default branch: its compute is the one applications connect to by default.</source>
        <translation>Der Standardzweig des Projekts: Anwendungen verbinden sich standardmäßig mit seinem Rechenknoten.</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>Protected: cannot be deleted or reset, and its passwords are not shown by default.</source>
        <translation>Geschützt: kann nicht gelöscht oder zurückgesetzt werden, und seine Passwörter werden standardmäßig nicht angezeigt.</translation>
    </message>
    <message>
        <source>schema-only</source>
        <translation>nur Schema</translation>
    </message>
    <message>
        <source>A schema-only root: created with the structure of its source and no data.</source>
        <translation>Ein Wurzelzweig nur mit Schema: mit der Struktur seiner Quelle erstellt, ohne Daten.</translation>
    </message>
    <message>
        <source>anonymized</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>An anonymized branch: its data was masked; it cannot be restored.</source>
        <translation>Ein anonymisierter Zweig: seine Daten wurden maskiert; er kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>parent gone</source>
        <translation>Elternzweig gelöscht</translation>
    </message>
    <message>
        <source>Its parent branch was deleted; shown as a root.</source>
        <translation>Sein Elternzweig wurde gelöscht; er wird als Wurzel angezeigt.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Expired at %1; Neon deletes it shortly.</source>
        <translation>Abgelaufen am %1; Neon löscht ihn in Kürze.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Expires in %1, at %2.</source>
        <translation>Läuft in %1 ab, am %2.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>A compute of this branch is running.</source>
        <translation>Ein Rechenknoten dieses Zweigs läuft.</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Last compute activity %1.</source>
        <translation>Letzte Aktivität eines Rechenknotens: %1.</translation>
    </message>
    <message>
        <source>No compute activity recorded.</source>
        <translation>Keine Aktivität eines Rechenknotens erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n d quiet</source>
        <translation>
            <numerusform>%n d inaktiv</numerusform>
            <numerusform>%n d inaktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s). </source>
        <translation>
            <numerusform>Seit %n Tag keine Aktivität. </numerusform>
            <numerusform>Seit %n Tagen keine Aktivität. </numerusform>
        </translation>
    </message>
    <message>
        <source>%1, becoming %2</source>
        <translation>%1, wird %2</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>A schema-only root: made with the structure of %1, then loaded with its rows, anonymized%2.</source>
        <translation>Eine Wurzel nur mit Schema: mit der Struktur von %1 angelegt, dann mit dessen Zeilen geladen, anonymisiert%2.</translation>
    </message>
    <message>
        <source>anonymized from %1</source>
        <translation>anonymisiert aus %1</translation>
    </message>
    <message>
        <source>Its data is %1&apos;s, masked by the masking rules%2; the originals were never written here.</source>
        <translation>Seine Daten sind die von %1, maskiert durch die Maskierungsregeln%2; die Originale wurden hier nie geschrieben.</translation>
    </message>
    <message>
        <source>Idle: no compute is running (Neon scaled it to zero); the next connection starts it.</source>
        <translation>Ruhend: kein Compute läuft (Neon hat auf null skaliert); die nächste Verbindung startet ihn.</translation>
    </message>
    <message>
        <source>restore to finalize</source>
        <translation>Wiederherstellung abschließen</translation>
    </message>
    <message>
        <source>Restored from snapshot %1 as a preview: finalize it in Backup &amp; Restore to give it the name and computes of the branch it replaces, or discard it.</source>
        <translation>Als Vorschau aus Snapshot %1 wiederhergestellt: in „Sicherung &amp; Wiederherstellung“ abschließen, damit er Namen und Computes des ersetzten Zweigs bekommt, oder verwerfen.</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored from snapshot %1; it took the place of the branch it replaced, whose data is kept under another name.</source>
        <translation>Aus Snapshot %1 wiederhergestellt; er hat den Platz des ersetzten Zweigs eingenommen, dessen Daten unter anderem Namen erhalten bleiben.</translation>
    </message>
</context>
<context>
    <name>Models::BranchRules</name>
    <message>
        <source>A branch needs a name.</source>
        <translation>Ein Zweig braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name starts or ends with spaces.</source>
        <translation>Der Name beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; Neon allows at most %2.</source>
        <translation>Der Name ist %1 Zeichen lang; Neon erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The project already has a branch named “%1”.</source>
        <translation>Das Projekt hat bereits einen Zweig namens „%1“.</translation>
    </message>
    <message>
        <source>%1 expires, and branches with an expiration time cannot have children. Clear its expiration first.</source>
        <translation>%1 läuft ab, und Zweige mit Ablaufzeit können keine Unterzweige haben. Entfernen Sie zuerst die Ablaufzeit.</translation>
    </message>
    <message>
        <source>%1 is the project&apos;s default branch and cannot be deleted. Make another branch the default first.</source>
        <translation>%1 ist der Standardzweig des Projekts und kann nicht gelöscht werden. Machen Sie zuerst einen anderen Zweig zum Standardzweig.</translation>
    </message>
    <message>
        <source>%1 is protected and cannot be deleted. Unprotect it first.</source>
        <translation>%1 ist geschützt und kann nicht gelöscht werden. Heben Sie zuerst den Schutz auf.</translation>
    </message>
    <message>
        <source>%1 is the project&apos;s root branch and cannot be deleted.</source>
        <translation>%1 ist der Wurzelzweig des Projekts und kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n child branch(es); delete them first, or delete the whole subtree.</source>
        <translation>
            <numerusform>%1 hat %n Unterzweig; löschen Sie ihn zuerst oder löschen Sie den ganzen Teilbaum.</numerusform>
            <numerusform>%1 hat %n Unterzweige; löschen Sie diese zuerst oder löschen Sie den ganzen Teilbaum.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a schema-only branch: a root of its own, with no parent to reset from.</source>
        <translation>%1 ist ein Zweig nur mit Schema: eine eigene Wurzel ohne Elternzweig, von dem aus zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>%1 is a root branch: it has no parent to reset from.</source>
        <translation>%1 ist ein Wurzelzweig: Er hat keinen Elternzweig, von dem aus zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>%1 is protected and cannot be reset. Unprotect it first.</source>
        <translation>%1 ist geschützt und kann nicht zurückgesetzt werden. Heben Sie zuerst den Schutz auf.</translation>
    </message>
    <message>
        <source>%1 is anonymized and cannot be reset or restored: build a new anonymized branch instead.</source>
        <translation>%1 ist anonymisiert und kann weder zurückgesetzt noch wiederhergestellt werden: Erstellen Sie stattdessen einen neuen anonymisierten Zweig.</translation>
    </message>
    <message>
        <source>%1 is protected and cannot be restored. Unprotect it first.</source>
        <translation>%1 ist geschützt und kann nicht wiederhergestellt werden. Heben Sie zuerst den Schutz auf.</translation>
    </message>
    <message>
        <source>The default branch cannot expire.</source>
        <translation>Der Standardzweig kann nicht ablaufen.</translation>
    </message>
    <message>
        <source>Protected branches cannot expire.</source>
        <translation>Geschützte Zweige können nicht ablaufen.</translation>
    </message>
    <message>
        <source>%1 has child branches, and branches with children cannot expire.</source>
        <translation>%1 hat Unterzweige, und Zweige mit Unterzweigen können nicht ablaufen.</translation>
    </message>
    <message>
        <source>The expiration time has to lie ahead.</source>
        <translation>Die Ablaufzeit muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Neon allows expiration at most %1 days ahead.</source>
        <translation>Neon erlaubt eine Ablaufzeit höchstens %1 Tage im Voraus.</translation>
    </message>
    <message>
        <source>%1 is already the default branch.</source>
        <translation>%1 ist bereits der Standardzweig.</translation>
    </message>
    <message>
        <source>%1 expires, and the default branch cannot. Clear its expiration first.</source>
        <translation>%1 läuft ab, der Standardzweig darf das nicht. Entfernen Sie zuerst die Ablaufzeit.</translation>
    </message>
</context>
<context>
    <name>Models::CleanupModel</name>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>wird gelöscht…</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>zurückgeholt</translation>
    </message>
</context>
<context>
    <name>Models::ConnectionUri</name>
    <message>
        <source>The branch has no database or role to connect with.</source>
        <translation>Der Zweig hat keine Datenbank oder Rolle, mit der sich eine Verbindung herstellen ließe.</translation>
    </message>
</context>
<context>
    <name>Models::MaskPreviewModel</name>
    <message>
        <source>computed on Neon</source>
        <translation>wird bei Neon berechnet</translation>
    </message>
    <message>
        <source>(rule fails: %1)</source>
        <translation>(Regel schlägt fehl: %1)</translation>
    </message>
    <message>
        <source>Masked with the value %1</source>
        <translation>Maskiert mit dem Wert %1</translation>
    </message>
    <message>
        <source>Masked with %1</source>
        <translation>Maskiert mit %1</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (maskiert)</translation>
    </message>
</context>
<context>
    <name>Models::Masking</name>
    <message>
        <source>Keep the first and last characters, hide the middle</source>
        <translation>Erste und letzte Zeichen behalten, die Mitte verbergen</translation>
    </message>
    <message>
        <source>Keep the start of an email, hide the rest</source>
        <translation>Den Anfang einer E-Mail-Adresse behalten, den Rest verbergen</translation>
    </message>
    <message>
        <source>SHA-256 hash of the value</source>
        <translation>SHA-256-Hash des Werts</translation>
    </message>
    <message>
        <source>Salted hash with a chosen algorithm</source>
        <translation>Gesalzener Hash mit wählbarem Algorithmus</translation>
    </message>
    <message>
        <source>The number, moved by up to ± a ratio</source>
        <translation>Die Zahl, um bis zu ± einen Anteil verschoben</translation>
    </message>
    <message>
        <source>The date, moved by up to ± an interval</source>
        <translation>Das Datum, um bis zu ± ein Intervall verschoben</translation>
    </message>
    <message>
        <source>Placeholder words</source>
        <translation>Platzhalterwörter</translation>
    </message>
    <message>
        <source>One value or another, by a condition</source>
        <translation>Der eine oder andere Wert, je nach Bedingung</translation>
    </message>
    <message>
        <source>One of the given values, at random</source>
        <translation>Zufällig einer der angegebenen Werte</translation>
    </message>
    <message>
        <source>Made-up</source>
        <translation>Erfunden:</translation>
    </message>
    <message>
        <source>Same-for-same made-up</source>
        <translation>Konsistent erfunden:</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig:</translation>
    </message>
</context>
<context>
    <name>Models::MaskingRulesFile</name>
    <message>
        <source>not a Canopy masking-rules file of version 1</source>
        <translation>keine Canopy-Maskierungsregeldatei der Version 1</translation>
    </message>
    <message>
        <source>a rule without a table or column</source>
        <translation>eine Regel ohne Tabelle oder Spalte</translation>
    </message>
</context>
<context>
    <name>Models::OperationNames</name>
    <message>
        <source>Create branch</source>
        <translation>Zweig anlegen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Reset from parent</source>
        <translation>Vom Elternzweig zurücksetzen</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>Zweig löschen</translation>
    </message>
    <message>
        <source>Create compute</source>
        <translation>Compute anlegen</translation>
    </message>
    <message>
        <source>Start compute</source>
        <translation>Compute starten</translation>
    </message>
    <message>
        <source>Suspend compute</source>
        <translation>Compute anhalten</translation>
    </message>
    <message>
        <source>Start reserved compute</source>
        <translation>Reservierten Compute starten</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen anwenden</translation>
    </message>
    <message>
        <source>Check availability</source>
        <translation>Verfügbarkeit prüfen</translation>
    </message>
    <message>
        <source>Detach from parent</source>
        <translation>Vom Elternzweig lösen</translation>
    </message>
    <message>
        <source>Archive branch</source>
        <translation>Zweig archivieren</translation>
    </message>
    <message>
        <source>Unarchive branch</source>
        <translation>Zweig aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Apply schema from branch</source>
        <translation>Schema eines Zweigs übernehmen</translation>
    </message>
    <message>
        <source>Sync databases and roles</source>
        <translation>Datenbanken und Rollen abgleichen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>Models::PiiSuggestions</name>
    <message>
        <source>an email address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a first name</source>
        <translation>ein Vorname</translation>
    </message>
    <message>
        <source>a last name</source>
        <translation>ein Nachname</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>ein Benutzername</translation>
    </message>
    <message>
        <source>a person&apos;s name</source>
        <translation>der Name einer Person</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>a post code</source>
        <translation>eine Postleitzahl</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>eine Anschrift</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>eine Stadt</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>ein Land</translation>
    </message>
    <message>
        <source>a birth date</source>
        <translation>ein Geburtsdatum</translation>
    </message>
    <message>
        <source>a national identifier</source>
        <translation>eine nationale Identifikationsnummer</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>eine IP-Adresse</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>eine Zahlungskartennummer</translation>
    </message>
    <message>
        <source>a bank account</source>
        <translation>eine Bankverbindung</translation>
    </message>
    <message>
        <source>free text that may name people</source>
        <translation>Freitext, der Personen nennen kann</translation>
    </message>
    <message>
        <source>Looks like %1.</source>
        <translation>Sieht aus wie %1.</translation>
    </message>
    <message>
        <source>A foreign key: Neon cannot mask it directly. Mask the referenced key instead.</source>
        <translation>Ein Fremdschlüssel: Neon kann ihn nicht direkt maskieren. Maskieren Sie stattdessen den referenzierten Schlüssel.</translation>
    </message>
    <message>
        <source>Unique: a random address could repeat, so each row gets a UUID address.</source>
        <translation>Eindeutig: Eine zufällige Adresse könnte sich wiederholen, daher erhält jede Zeile eine UUID-Adresse.</translation>
    </message>
    <message>
        <source>Unique: random values can repeat and break the constraint; consider a rule built on anon.dummy_uuidv4().</source>
        <translation>Eindeutig: Zufallswerte können sich wiederholen und die Eindeutigkeitsbedingung verletzen; erwägen Sie eine Regel auf Basis von anon.dummy_uuidv4().</translation>
    </message>
</context>
<context>
    <name>Models::PiiWorkflow</name>
    <message numerus="yes">
        <source>Create %1 from %2 with Neon&apos;s anonymization (%n masking rule(s)), and wait until it is anonymized</source>
        <translation>
            <numerusform>%1 aus %2 mit der Anonymisierung von Neon erstellen (%n Maskierungsregel) und warten, bis er anonymisiert ist</numerusform>
            <numerusform>%1 aus %2 mit der Anonymisierung von Neon erstellen (%n Maskierungsregeln) und warten, bis er anonymisiert ist</numerusform>
        </translation>
    </message>
    <message>
        <source>Create %1 as a schema-only branch of %2 (structure, no rows)</source>
        <translation>%1 als Zweig nur mit Schema von %2 erstellen (Struktur, keine Zeilen)</translation>
    </message>
    <message numerus="yes">
        <source>Load every table of %1 into it, masked by Canopy (%n rule(s)) and written with COPY; the originals are never written</source>
        <translation>
            <numerusform>Jede Tabelle von %1 hineinladen, von Canopy maskiert (%n Regel) und mit COPY geschrieben; in die Originale wird nie geschrieben</numerusform>
            <numerusform>Jede Tabelle von %1 hineinladen, von Canopy maskiert (%n Regeln) und mit COPY geschrieben; in die Originale wird nie geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2 and let it expire in 7 days</source>
        <translation>%1 in %2 umbenennen und in 7 Tagen ablaufen lassen</translation>
    </message>
    <message>
        <source>Rename the old %1 to %2 (delete it once its children are gone)</source>
        <translation>Den alten %1 in %2 umbenennen (löschen Sie ihn, sobald seine Unterzweige entfernt sind)</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Create %1 from %2</source>
        <translation>%1 aus %2 erstellen</translation>
    </message>
    <message>
        <source>The new branch has no role or database to load into.</source>
        <translation>Der neue Zweig hat keine Rolle oder Datenbank, in die geladen werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n row(s)</source>
        <translation>
            <numerusform>%1: %2, %n Zeile</numerusform>
            <numerusform>%1: %2, %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Laden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 and %n environment(s) from it.</source>
        <translation>
            <numerusform>Fertig: %1 und %n Umgebung daraus.</numerusform>
            <numerusform>Fertig: %1 und %n Umgebungen daraus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before anything ran.</source>
        <translation>Abgebrochen, bevor etwas ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Cancel comes too late: the swap has started and finishes first.</source>
        <translation>Abbrechen kommt zu spät: Der Austausch hat begonnen und wird erst abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelling: what was built is removed once the current step ends.</source>
        <translation>Wird abgebrochen: Was erstellt wurde, wird entfernt, sobald der aktuelle Schritt endet.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Undoing failed: %1. Check %2 and the branches named %2_new_… or …_old_… by hand.</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1. Prüfen Sie %2 und die Zweige namens %2_new_… oder …_old_… von Hand.</translation>
    </message>
    <message>
        <source>Trying again: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>%1 is in place, but step %2 failed: %3</source>
        <translation>%1 ist eingesetzt, aber Schritt %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 and its children are as they were.</source>
        <translation>%1 und seine Unterzweige sind unverändert.</translation>
    </message>
    <message>
        <source>nothing was created.</source>
        <translation>es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>%1. Nothing changed: %2</source>
        <translation>%1. Nichts wurde geändert: %2</translation>
    </message>
    <message>
        <source>Undoing what was done so far…</source>
        <translation>Das bisher Erledigte wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>Models::ProjectFacts</name>
    <message>
        <source>the default branch</source>
        <translation>der Standardzweig</translation>
    </message>
    <message>
        <source>No branches loaded yet.</source>
        <translation>Noch keine Zweige geladen.</translation>
    </message>
    <message>
        <source>One branch: %1, with no environments derived from it yet.</source>
        <translation>Ein Zweig: %1, noch ohne davon abgeleitete Umgebungen.</translation>
    </message>
    <message>
        <source>No PII in production: %1 → %2 (the base) → dev, preview and QA branches, reset from %2.</source>
        <translation>Keine personenbezogenen Daten in Produktion: %1 → %2 (die Basis) → Entwicklungs-, Vorschau- und QA-Zweige, von %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>PII in production: %2 is a schema-only branch of %1 loaded with anonymized data; dev, preview and QA branches derive from it, never from %1.</source>
        <translation>Personenbezogene Daten in Produktion: %2 ist ein Zweig nur mit dem Schema von %1, mit anonymisierten Daten geladen; Entwicklungs-, Vorschau- und QA-Zweige leiten sich davon ab, nie von %1.</translation>
    </message>
    <message>
        <source>Environments straight from %1: a project per customer, or a dev/test project whose %1 holds sanitized data.</source>
        <translation>Umgebungen direkt aus %1: ein Projekt je Kunde oder ein Entwicklungs-/Testprojekt, dessen %1 bereinigte Daten hält.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No history is kept: branches and restores start from the current state only, and instant restore costs nothing.</source>
        <translation>Es wird kein Verlauf gehalten: Zweige und Wiederherstellungen gehen nur vom aktuellen Stand aus, und Instant Restore kostet nichts.</translation>
    </message>
    <message>
        <source>The Free plan keeps at most 6 hours, capped at 1 GB of change history, at no charge.</source>
        <translation>Der Free-Plan hält höchstens 6 Stunden, begrenzt auf 1 GB Änderungsverlauf, kostenlos.</translation>
    </message>
    <message>
        <source>The change history kept is billed as instant-restore storage, about $0.20 per GB-month, for root branches only: a longer window costs in proportion to how much the data changes in it.</source>
        <translation>Der gehaltene Änderungsverlauf wird als Instant-Restore-Speicher berechnet, etwa 0,20 $ pro GB-Monat, nur für Wurzelzweige: Ein längeres Fenster kostet im Verhältnis dazu, wie stark sich die Daten darin ändern.</translation>
    </message>
</context>
<context>
    <name>Models::ProjectTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Project %1 (%2), %3, Postgres %4</source>
        <translation>Projekt %1 (%2), %3, Postgres %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3 tier</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), Stufe %3</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n d</numerusform>
            <numerusform>vor %n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::RulesMasker</name>
    <message>
        <source>this masking function is computed only on Neon</source>
        <translation>diese Maskierungsfunktion wird nur auf Neon berechnet</translation>
    </message>
</context>
<context>
    <name>Models::WorkflowTour</name>
    <message>
        <source>Branches are copies you can throw away</source>
        <translation>Zweige sind Kopien zum Wegwerfen</translation>
    </message>
    <message>
        <source>A Neon branch is a copy-on-write copy of its parent&apos;s data and schema, made in a second whatever the size. Each person, pull request and test gets one; the tree shows who derives from whom, the lanes in the parent&apos;s tier colour (see the dots on the filter chips).</source>
        <translation>Ein Neon-Zweig ist eine Copy-on-Write-Kopie der Daten und des Schemas seines Elternzweigs, in einer Sekunde angelegt, gleich wie groß. Jede Person, jeder Pull Request und jeder Test bekommt einen; der Baum zeigt, wer von wem abstammt, die Linien in der Stufenfarbe des Elternzweigs (siehe die Punkte auf den Filterchips).</translation>
    </message>
    <message>
        <source>Compare dev-alice&apos;s schema with main-dev</source>
        <translation>Schema von dev-alice mit main-dev vergleichen</translation>
    </message>
    <message>
        <source>No PII in production: main → main-dev → environments</source>
        <translation>Keine personenbezogenen Daten in Produktion: main → main-dev → Umgebungen</translation>
    </message>
    <message>
        <source>main is production. main-dev is a long-lived base branch; dev-…, preview-pr-… and qa-… branches derive from it and are reset from it whenever they drift, or deleted and made again. Nothing is lost that matters: the base holds the data everyone starts from.</source>
        <translation>main ist die Produktion. main-dev ist ein langlebiger Basiszweig; dev-…-, preview-pr-…- und qa-…-Zweige leiten sich davon ab und werden von ihm zurückgesetzt, wann immer sie abweichen, oder gelöscht und neu angelegt. Nichts Wichtiges geht verloren: Die Basis hält die Daten, mit denen alle beginnen.</translation>
    </message>
    <message>
        <source>Reset dev-bob from main-dev</source>
        <translation>dev-bob von main-dev zurücksetzen</translation>
    </message>
    <message>
        <source>PII in production: main → main-anon → environments</source>
        <translation>Personenbezogene Daten in Produktion: main → main-anon → Umgebungen</translation>
    </message>
    <message>
        <source>When production holds personal data, no developer branches from it. main-anon is a schema-only branch of main (a root of its own, hollow dot) loaded with anonymized data by masking rules; dev, preview and QA branches derive from main-anon. Only main-anon needs care: refreshing it means building a new one.</source>
        <translation>Hält die Produktion personenbezogene Daten, zweigt niemand aus der Entwicklung davon ab. main-anon ist ein Zweig nur mit dem Schema von main (eine eigene Wurzel, hohler Punkt), durch Maskierungsregeln mit anonymisierten Daten geladen; Entwicklungs-, Vorschau- und QA-Zweige leiten sich von main-anon ab. Nur main-anon braucht Pflege: Auffrischen heißt, einen neuen zu bauen.</translation>
    </message>
    <message>
        <source>See main-anon&apos;s masking rules, with masked sample rows</source>
        <translation>Maskierungsregeln von main-anon ansehen, mit maskierten Beispielzeilen</translation>
    </message>
    <message>
        <source>A project per customer</source>
        <translation>Ein Projekt je Kunde</translation>
    </message>
    <message>
        <source>Each customer&apos;s production lives in a project of its own (customer-acme, customer-globex), side by side in the tree. Development happens in a separate dev/test project whose main holds sanitized data; its branches derive straight from that main.</source>
        <translation>Die Produktion jedes Kunden lebt in einem eigenen Projekt (customer-acme, customer-globex), nebeneinander im Baum. Entwickelt wird in einem eigenen Entwicklungs-/Testprojekt, dessen main bereinigte Daten hält; seine Zweige leiten sich direkt von diesem main ab.</translation>
    </message>
    <message>
        <source>Add a developer to customer-dev-test</source>
        <translation>Eine Entwicklerin zu customer-dev-test hinzufügen</translation>
    </message>
    <message>
        <source>Keep the fleet tidy</source>
        <translation>Die Flotte aufgeräumt halten</translation>
    </message>
    <message>
        <source>Environments go stale. The cleanup finds branches nobody used for a while, says why each is in or out, never touches the default, protected or base branches, and deletes leaves first; deleted branches can be recovered for 7 days.</source>
        <translation>Umgebungen veralten. Das Aufräumen findet Zweige, die eine Weile niemand genutzt hat, sagt bei jedem, warum er dabei ist oder nicht, rührt Standard-, geschützte und Basiszweige nie an und löscht Blätter zuerst; gelöschte Zweige lassen sich 7 Tage lang zurückholen.</translation>
    </message>
    <message>
        <source>Plan a cleanup of stale branches</source>
        <translation>Aufräumen veralteter Zweige planen</translation>
    </message>
</context>
<context>
    <name>Pg::Connection</name>
    <message>
        <source>Not a PostgreSQL connection string.</source>
        <translation>Keine PostgreSQL-Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) fehlt: Installieren Sie libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>Pg::TableLoader</name>
    <message>
        <source>The PostgreSQL driver gives no connection handle for COPY.</source>
        <translation>Der PostgreSQL-Treiber liefert kein Verbindungshandle für COPY.</translation>
    </message>
    <message>
        <source>Cancelled while loading %1; it was rolled back.</source>
        <translation>Beim Laden von %1 abgebrochen; die Änderungen wurden zurückgerollt.</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>%1: a row with %2 fields for %3 columns</source>
        <translation>%1: eine Zeile mit %2 Feldern für %3 Spalten</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message numerus="yes">
        <source>… and %n more (Show Details…)</source>
        <translation>
            <numerusform>… und %n weitere (Details anzeigen…)</numerusform>
            <numerusform>… und %n weitere (Details anzeigen…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>Grouped</source>
        <translation>Zusammengefasst</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>Zweige</translation>
    </message>
    <message>
        <source>Stale after %1 days</source>
        <translation>Veraltet nach %1 Tagen</translation>
    </message>
    <message>
        <source>Branches used against the plan&apos;s allowance, per project</source>
        <translation>Genutzte Zweige im Verhältnis zum Kontingent des Tarifs, je Projekt</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Zweige</translation>
    </message>
    <message>
        <source>Root branches</source>
        <translation>Wurzelzweige</translation>
    </message>
    <message>
        <source>Protected branches</source>
        <translation>Geschützte Zweige</translation>
    </message>
    <message>
        <source>% of the allowance</source>
        <translation>% des Kontingents</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Starting Canopy&apos;s offline sandbox…</source>
        <translation>Die Offline-Sandbox von Canopy wird gestartet…</translation>
    </message>
    <message>
        <source>of the offline demo sandbox</source>
        <translation>der Offline-Demo-Sandbox</translation>
    </message>
    <message>
        <source>Canopy — demo</source>
        <translation>Canopy — Demo</translation>
    </message>
    <message>
        <source>New to Neon&apos;s branching? Help ▸ Neon Branching Workflows (F1) walks through this demo.</source>
        <translation>Neu bei Neons Zweigen? Hilfe ▸ Neon-Arbeitsabläufe mit Zweigen (F1) führt durch diese Demo.</translation>
    </message>
</context>
<context>
    <name>Ui::ActivityIndicator</name>
    <message>
        <source>Work in progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation>Laufende Vorgänge</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weiterer)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::BranchActions</name>
    <message>
        <source>&amp;New Branch…</source>
        <translation>Neuer &amp;Zweig…</translation>
    </message>
    <message>
        <source>Create a branch of the selected one</source>
        <translation>Einen neuen Zweig vom ausgewählten abzweigen</translation>
    </message>
    <message>
        <source>&amp;Reset from Parent…</source>
        <translation>Vom Elternzweig zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>Replace the branch&apos;s data with its parent&apos;s current data</source>
        <translation>Die Daten des Zweigs durch die aktuellen Daten seines Elternzweigs ersetzen</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the branch to a point in time or another branch&apos;s head</source>
        <translation>Den Zweig auf einen Zeitpunkt oder auf den aktuellen Stand eines anderen Zweigs wiederherstellen</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the branch</source>
        <translation>Den Zweig umbenennen</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>Make this the project&apos;s default branch</source>
        <translation>Diesen Zweig zum Standardzweig des Projekts machen</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>Sc&amp;hützen</translation>
    </message>
    <message>
        <source>Protect or unprotect the branch</source>
        <translation>Den Zweig schützen oder seinen Schutz aufheben</translation>
    </message>
    <message>
        <source>E&amp;xpiration…</source>
        <translation>&amp;Ablaufzeit…</translation>
    </message>
    <message>
        <source>Set or clear when the branch expires</source>
        <translation>Festlegen oder entfernen, wann der Zweig abläuft</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the branch, or its whole subtree</source>
        <translation>Den Zweig oder seinen ganzen Teilbaum löschen</translation>
    </message>
    <message>
        <source>Re&amp;cover Deleted Branch…</source>
        <translation>&amp;Gelöschten Zweig zurückholen…</translation>
    </message>
    <message>
        <source>Bring back a branch deleted in the last 7 days</source>
        <translation>Einen in den letzten 7 Tagen gelöschten Zweig zurückholen</translation>
    </message>
    <message>
        <source>Compare &amp;Schemas…</source>
        <translation>S&amp;chemas vergleichen…</translation>
    </message>
    <message>
        <source>The schema differences between this branch and its parent, or any other</source>
        <translation>Die Schemaunterschiede zwischen diesem Zweig und seinem Elternzweig oder einem beliebigen anderen Zweig</translation>
    </message>
    <message>
        <source>Copy Connection &amp;String</source>
        <translation>&amp;Verbindungszeichenfolge kopieren</translation>
    </message>
    <message>
        <source>Copy the connection string (password included) of the first database and role</source>
        <translation>Die Verbindungszeichenfolge (mit Passwort) der ersten Datenbank und Rolle kopieren</translation>
    </message>
    <message>
        <source>Open in ps&amp;ql</source>
        <translation>In ps&amp;ql öffnen</translation>
    </message>
    <message>
        <source>Open psql on this branch in a terminal</source>
        <translation>psql für diesen Zweig in einem Terminal öffnen</translation>
    </message>
    <message>
        <source>&amp;Masking Rules…</source>
        <translation>&amp;Maskierungsregeln…</translation>
    </message>
    <message>
        <source>Which columns are masked and how, with a preview of masked sample rows</source>
        <translation>Welche Spalten wie maskiert werden, mit einer Vorschau maskierter Beispielzeilen</translation>
    </message>
    <message>
        <source>Anonymized &amp;Base for Development…</source>
        <translation>Anonymisierte &amp;Basis für die Entwicklung…</translation>
    </message>
    <message>
        <source>Build main-anon from this branch (or refresh it) and branch the team&apos;s environments from it</source>
        <translation>main-anon aus diesem Zweig erstellen (oder auffrischen) und die Umgebungen des Teams davon abzweigen</translation>
    </message>
    <message>
        <source>Re-run &amp;Anonymization</source>
        <translation>An&amp;onymisierung erneut ausführen</translation>
    </message>
    <message>
        <source>Mask this anonymized branch again with its current rules (the data is masked twice, not refreshed)</source>
        <translation>Diesen anonymisierten Zweig erneut mit seinen aktuellen Regeln maskieren (die Daten werden doppelt maskiert, nicht aufgefrischt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Un&amp;protect</source>
        <translation>Schutz auf&amp;heben</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Erstellen von %1</translation>
    </message>
    <message>
        <source>Resetting %1 from its parent</source>
        <translation>Zurücksetzen von %1 vom Elternzweig</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Wiederherstellen von %1</translation>
    </message>
    <message>
        <source>Renaming %1 to %2</source>
        <translation>Umbenennen von %1 in %2</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Make %1 the default branch of the project? Applications that connect to the project without naming a branch reach its compute from then on.</source>
        <translation>%1 zum Standardzweig des Projekts machen? Anwendungen, die sich ohne Angabe eines Zweigs mit dem Projekt verbinden, erreichen ab dann dessen Rechenknoten.</translation>
    </message>
    <message>
        <source>Making %1 the default</source>
        <translation>Festlegen von %1 als Standard</translation>
    </message>
    <message>
        <source>%1 expires; protected branches cannot expire. Clear its expiration first.</source>
        <translation>%1 läuft ab; geschützte Zweige können nicht ablaufen. Entfernen Sie zuerst die Ablaufzeit.</translation>
    </message>
    <message>
        <source>Unprotecting %1</source>
        <translation>Aufheben des Schutzes von %1</translation>
    </message>
    <message>
        <source>Protecting %1</source>
        <translation>Schützen von %1</translation>
    </message>
    <message>
        <source>Clearing the expiration of %1</source>
        <translation>Entfernen der Ablaufzeit von %1</translation>
    </message>
    <message>
        <source>Setting the expiration of %1</source>
        <translation>Festlegen der Ablaufzeit von %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n branch(es).</source>
        <translation>
            <numerusform>%n Zweig gelöscht.</numerusform>
            <numerusform>%n Zweige gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n branch(es)</source>
        <translation>
            <numerusform>Löschen von %n Zweig</numerusform>
            <numerusform>Löschen von %n Zweigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1 (%2 of %3)…</source>
        <translation>%1 wird gelöscht (%2 von %3)…</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
    <message>
        <source>Deleting %1 failed. %2 Not deleted: %3.</source>
        <translation>Löschen von %1 fehlgeschlagen. %2 Nicht gelöscht: %3.</translation>
    </message>
    <message>
        <source>Recovering a deleted branch</source>
        <translation>Zurückholen eines gelöschten Zweigs</translation>
    </message>
    <message>
        <source>Anonymizing %1 failed.</source>
        <translation>Anonymisieren von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 is anonymized: %2</source>
        <translation>%1 ist anonymisiert: %2</translation>
    </message>
    <message>
        <source>Anonymizing %1</source>
        <translation>Anonymisieren von %1</translation>
    </message>
    <message>
        <source>Building the anonymized base</source>
        <translation>Erstellen der anonymisierten Basis</translation>
    </message>
    <message>
        <source>The connection string could not be read.</source>
        <translation>Die Verbindungszeichenfolge konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Copying the connection string</source>
        <translation>Kopieren der Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>psql or a terminal program was not found; use Copy Connection String instead (Debian: apt install postgresql-client xterm).</source>
        <translation>psql oder ein Terminalprogramm wurde nicht gefunden; verwenden Sie stattdessen „Verbindungszeichenfolge kopieren“ (Debian: apt install postgresql-client xterm).</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Only anonymized branches can be masked again.</source>
        <translation>Nur anonymisierte Zweige lassen sich erneut maskieren.</translation>
    </message>
    <message>
        <source>Connection string (password included): %1</source>
        <translation>Verbindungszeichenkette (mit Passwort): %1</translation>
    </message>
    <message>
        <source>Pre&amp;view at a Moment…</source>
        <translation>Vorschau zu einem Zeit&amp;punkt…</translation>
    </message>
    <message>
        <source>See the branch as it was at a moment beside how it is now, then restore or branch from it</source>
        <translation>Den Zweig, wie er zu einem Zeitpunkt war, neben seinem jetzigen Stand sehen, dann wiederherstellen oder davon abzweigen</translation>
    </message>
    <message>
        <source>The preview branch could not be deleted (it expires within the hour).</source>
        <translation>Der Vorschauzweig konnte nicht gelöscht werden (er läuft innerhalb einer Stunde ab).</translation>
    </message>
    <message>
        <source>Restoring %1 to %2</source>
        <translation>%1 wird auf %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Creating %1 from %2 at %3</source>
        <translation>%1 wird aus %2 zum Zeitpunkt %3 erstellt</translation>
    </message>
</context>
<context>
    <name>Ui::BranchComparison</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The databases could not be listed: %1</source>
        <translation>Die Datenbanken konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The other side cannot be reached: %1</source>
        <translation>Die andere Seite ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 cannot be reached now (it needs a compute): %2</source>
        <translation>%1 ist jetzt nicht erreichbar (er braucht eine Compute): %2</translation>
    </message>
    <message>
        <source>Comparing the schemas…</source>
        <translation>Die Schemas werden verglichen…</translation>
    </message>
    <message>
        <source>The schemas could not be compared: %1</source>
        <translation>Die Schemas konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>(The schemas are the same: only the data differs.)</source>
        <translation>(Die Schemas sind gleich: nur die Daten unterscheiden sich.)</translation>
    </message>
    <message>
        <source>Rows could not be counted: %1</source>
        <translation>Die Zeilen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>(no table)</source>
        <translation>(keine Tabelle)</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>Ui::BranchDelegate</name>
    <message numerus="yes">
        <source>%n root branch(es)</source>
        <translation>
            <numerusform>%n Wurzelzweig</numerusform>
            <numerusform>%n Wurzelzweige</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::BulkActionsDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Expires at:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <source>E&amp;xtend by:</source>
        <translation>&amp;Verlängern um:</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Branches to act on</source>
        <translation>Zweige, auf die die Aktion angewendet wird</translation>
    </message>
    <message>
        <source>Check the &amp;children of %1</source>
        <translation>&amp;Unterzweige von %1 auswählen</translation>
    </message>
    <message>
        <source>Check children</source>
        <translation>Unterzweige auswählen</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Keinen auswählen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>will expire %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>A&amp;pply to %n Branch(es)</source>
        <translation>
            <numerusform>Auf %n Zweig an&amp;wenden</numerusform>
            <numerusform>Auf %n Zweige an&amp;wenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the branches to act on.</source>
        <translation>Wählen Sie die Zweige aus, auf die die Aktion angewendet werden soll.</translation>
    </message>
    <message>
        <source>%1: all %2 checked branches are ready.</source>
        <translation>%1: Alle %2 ausgewählten Zweige sind bereit.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 checked branches can run; the others are skipped, each says why.</source>
        <translation>%1: %2 von %3 ausgewählten Zweigen können ausgeführt werden; die übrigen werden übersprungen, jeweils mit Begründung.</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Branch(es)?</source>
        <translation>
            <numerusform>%n Zweig zurücksetzen?</numerusform>
            <numerusform>%n Zweige zurücksetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n Branch(es)</source>
        <translation>
            <numerusform>%n Zweig zurücksetzen</numerusform>
            <numerusform>%n Zweige zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n branch(es)…</source>
        <translation>
            <numerusform>%1 für %n Zweig…</numerusform>
            <numerusform>%1 für %n Zweige…</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk Actions — %1</source>
        <translation>Sammelaktionen — %1</translation>
    </message>
    <message>
        <source>The branches could not be read again (%1); the rows may be out of date.</source>
        <translation>Die Zweige ließen sich nicht erneut lesen (%1); die Zeilen sind womöglich veraltet.</translation>
    </message>
    <message>
        <source>%1: its data replaced by its parent&apos;s current data</source>
        <translation>%1: seine Daten durch die aktuellen Daten des Elternzweigs ersetzt</translation>
    </message>
    <message>
        <source>%1: expires %2 instead of %3</source>
        <translation>%1: läuft %2 ab statt %3</translation>
    </message>
    <message>
        <source>%1: expires %2 (never did)</source>
        <translation>%1: läuft %2 ab (bisher nie)</translation>
    </message>
    <message>
        <source>%1: never expires (was %2)</source>
        <translation>%1: läuft nie ab (bisher %2)</translation>
    </message>
    <message>
        <source>%1: protected</source>
        <translation>%1: geschützt</translation>
    </message>
    <message>
        <source>%1: no longer protected</source>
        <translation>%1: nicht mehr geschützt</translation>
    </message>
    <message>
        <source>Replace the data of these branches with their parents&apos; current data? Changes made on them are lost.</source>
        <translation>Die Daten dieser Zweige durch die aktuellen Daten ihrer Elternzweige ersetzen? Änderungen auf ihnen gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n Branch(es)?</source>
        <translation>
            <numerusform>%1 für %n Zweig?</numerusform>
            <numerusform>%1 für %n Zweige?</numerusform>
        </translation>
    </message>
    <message>
        <source>These branches will change:</source>
        <translation>Diese Zweige ändern sich:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run — %1: %2 done, %3 failed, %4 not started.</source>
        <translation>Letzter Lauf — %1: %2 erledigt, %3 fehlgeschlagen, %4 nicht begonnen.</translation>
    </message>
    <message>
        <source>Reading the branches again…</source>
        <translation>Die Zweige werden erneut gelesen…</translation>
    </message>
</context>
<context>
    <name>Ui::CleanupDialog</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekten</numerusform>
        </translation>
    </message>
    <message>
        <source>Clean Up Stale Branches — %1</source>
        <translation>Veraltete Zweige aufräumen — %1</translation>
    </message>
    <message>
        <source>Custom criteria</source>
        <translation>Eigene Kriterien</translation>
    </message>
    <message>
        <source>&amp;Inactive for at least</source>
        <translation>&amp;Inaktiv seit mindestens</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Created &amp;more than</source>
        <translation>Erstellt vor &amp;mehr als</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Name matches</source>
        <translation>&amp;Name passt zu</translation>
    </message>
    <message>
        <source>preview-*, dev-*  (wildcards, separated by commas)</source>
        <translation>preview-*, dev-*  (Platzhalter, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Its &amp;expiration has passed</source>
        <translation>Die &amp;Ablaufzeit ist überschritten</translation>
    </message>
    <message>
        <source>No compute time this billing &amp;period</source>
        <translation>Keine Rechenzeit in diesem Abrechnungs&amp;zeitraum</translation>
    </message>
    <message>
        <source>All projects of %1</source>
        <translation>Alle Projekte: %1</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>&amp;Build Plan</source>
        <translation>Plan &amp;erstellen</translation>
    </message>
    <message>
        <source>Load every branch and judge it; nothing is changed (F5)</source>
        <translation>Alle Zweige laden und bewerten; dabei wird nichts verändert (F5)</translation>
    </message>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>Cleanup plan</source>
        <translation>Aufräumplan</translation>
    </message>
    <message>
        <source>Show &amp;kept branches and why</source>
        <translation>&amp;Behaltene Zweige mit Begründung zeigen</translation>
    </message>
    <message>
        <source>Choose criteria, then build the plan. Nothing is deleted before you confirm.</source>
        <translation>Wählen Sie Kriterien und erstellen Sie dann den Plan. Vor Ihrer Bestätigung wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete Planned Branches…</source>
        <translation>Geplante Zweige &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Start no further deletions; the ones under way finish</source>
        <translation>Keine weiteren Löschungen beginnen; laufende werden noch abgeschlossen</translation>
    </message>
    <message>
        <source>Export &amp;Plan…</source>
        <translation>&amp;Plan exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;cover Deleted…</source>
        <translation>Gelöschte zurück&amp;holen…</translation>
    </message>
    <message>
        <source>Neon keeps deleted branches recoverable for 7 days</source>
        <translation>Gelöschte Zweige lassen sich bei Neon 7 Tage lang zurückholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The criteria changed: build the plan again before deleting.</source>
        <translation>Die Kriterien haben sich geändert: Erstellen Sie den Plan vor dem Löschen neu.</translation>
    </message>
    <message>
        <source>Loading branches: %v of %m projects</source>
        <translation>Zweige werden geladen: %v von %m Projekten</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>Nothing to delete: none of the %1 branches is stale by these criteria and free of guards.</source>
        <translation>Nichts zu löschen: Keiner der %1 Zweige ist nach diesen Kriterien veraltet und zugleich frei von Schutzgründen.</translation>
    </message>
    <message>
        <source>Plan: delete %1 of %2 branches in %3 (%4). Every other branch stays; “Show kept branches” says why.</source>
        <translation>Plan: %1 von %2 Zweigen in %3 löschen (%4). Alle anderen Zweige bleiben; „Behaltene Zweige mit Begründung zeigen“ nennt die Gründe.</translation>
    </message>
    <message>
        <source>Loading the branches…</source>
        <translation>Die Zweige werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n branch(es)?</source>
        <translation>
            <numerusform>%n Zweig löschen?</numerusform>
            <numerusform>%n Zweige löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 branches in %2? Children go before their parents, one at a time per project.

Neon keeps deleted branches recoverable for 7 days; this dialog can recover them afterwards.</source>
        <translation>%1 Zweige in %2 löschen? Unterzweige werden vor ihren Elternzweigen gelöscht, je Projekt einer nach dem anderen.

Gelöschte Zweige lassen sich bei Neon 7 Tage lang zurückholen; dieser Dialog kann sie anschließend zurückholen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Branch(es)</source>
        <translation>
            <numerusform>%n Zweig löschen</numerusform>
            <numerusform>%n Zweige löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Deleting %1 branches…</source>
        <translation>%1 Zweige werden gelöscht…</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 deleted, %4 failed, %5 skipped.</source>
        <translation>%1 von %2 erledigt: %3 gelöscht, %4 fehlgeschlagen, %5 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for %n deletion(s) under way.</source>
        <translation>
            <numerusform>Wird angehalten: Warten auf %n laufende Löschung.</numerusform>
            <numerusform>Wird angehalten: Warten auf %n laufende Löschungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 left.</source>
        <translation>Noch etwa %1.</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 planned branches; %3 failed, %4 skipped.</source>
        <translation>%1 von %2 geplanten Zweigen gelöscht; %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>Each row says why.</source>
        <translation>Jede Zeile nennt den Grund.</translation>
    </message>
    <message>
        <source>Deleted branches can be recovered for 7 days.</source>
        <translation>Gelöschte Zweige können 7 Tage lang zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Export Cleanup Report</source>
        <translation>Aufräumbericht exportieren</translation>
    </message>
    <message>
        <source>Export Cleanup Plan</source>
        <translation>Aufräumplan exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Branch(es)…</source>
        <translation>
            <numerusform>%n Zweig &amp;löschen…</numerusform>
            <numerusform>%n Zweige &amp;löschen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ComputeDialog</name>
    <message>
        <source>%1 CU</source>
        <translation>%1 CU</translation>
    </message>
    <message>
        <source>Edit Compute %1</source>
        <translation>Compute %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add Compute</source>
        <translation>Compute hinzufügen</translation>
    </message>
    <message>
        <source>Read-write (the branch&apos;s primary compute)</source>
        <translation>Lesen und Schreiben (der Haupt-Compute des Zweigs)</translation>
    </message>
    <message>
        <source>Read replica (read-only)</source>
        <translation>Lesereplikat (nur lesend)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Scale down to (m&amp;inimum):</source>
        <translation>Herunterskalieren bis (M&amp;inimum):</translation>
    </message>
    <message>
        <source>Scale up to (m&amp;aximum):</source>
        <translation>Hochskalieren bis (M&amp;aximum):</translation>
    </message>
    <message>
        <source>After 5 minutes idle (Neon&apos;s default)</source>
        <translation>Nach 5 Minuten Leerlauf (Neons Vorgabe)</translation>
    </message>
    <message>
        <source>After a chosen time idle</source>
        <translation>Nach einer gewählten Leerlaufzeit</translation>
    </message>
    <message>
        <source>Never (always on)</source>
        <translation>Nie (immer an)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Suspend:</source>
        <translation>&amp;Anhalten:</translation>
    </message>
    <message>
        <source>Idle &amp;time:</source>
        <translation>Leerlauf&amp;zeit:</translation>
    </message>
    <message>
        <source>What keeps OK off</source>
        <translation>Was OK verhindert</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Was es kostet</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Add Compute</source>
        <translation>Compute &amp;hinzufügen</translation>
    </message>
    <message>
        <source>It never suspends, so it is billed for every hour, day and night.</source>
        <translation>Er hält nie an und wird daher für jede Stunde berechnet, Tag und Nacht.</translation>
    </message>
    <message>
        <source>Suspended, it costs nothing; the first connection wakes it in a few hundred milliseconds.</source>
        <translation>Angehalten kostet er nichts; die erste Verbindung weckt ihn in wenigen hundert Millisekunden.</translation>
    </message>
    <message>
        <source>Neon bills compute by CU-hours: while active this compute uses %1 to %2 CU-hours an hour, as its load needs. %3</source>
        <translation>Neon berechnet Compute nach CU-Stunden: solange er aktiv ist, verbraucht dieser Compute %1 bis %2 CU-Stunden pro Stunde, je nach Last. %3</translation>
    </message>
</context>
<context>
    <name>Ui::ComputesSection</name>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Add Compute…</source>
        <translation>Compute hinzufügen…</translation>
    </message>
    <message>
        <source>Compute status</source>
        <translation>Compute-Status</translation>
    </message>
    <message>
        <source>Computes</source>
        <translation>Computes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No compute: add one to connect.</source>
        <translation>Kein Compute: fügen Sie einen hinzu, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>Add Read Replica…</source>
        <translation>Lesereplikat hinzufügen…</translation>
    </message>
    <message>
        <source>never suspends</source>
        <translation>hält nie an</translation>
    </message>
    <message>
        <source>suspends after 5 min idle</source>
        <translation>hält nach 5 Min. Leerlauf an</translation>
    </message>
    <message>
        <source>suspends after %1 idle</source>
        <translation>hält nach %1 Leerlauf an</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4–%5 CU, %6 · last active %7</source>
        <translation>%1 · %2 · %3 · %4–%5 CU, %6 · zuletzt aktiv %7</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>read replica</source>
        <translation>Lesereplikat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Suspending %1: its sessions end…</source>
        <translation>%1 wird angehalten: seine Sitzungen enden…</translation>
    </message>
    <message>
        <source>%1 suspended; the next connection wakes it.</source>
        <translation>%1 angehalten; die nächste Verbindung weckt ihn.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 wird neu gestartet…</translation>
    </message>
    <message>
        <source>%1 restarted.</source>
        <translation>%1 neu gestartet.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Applying the new settings to %1…</source>
        <translation>Die neuen Einstellungen werden auf %1 angewendet…</translation>
    </message>
    <message>
        <source>%1 now runs with the new settings.</source>
        <translation>%1 läuft jetzt mit den neuen Einstellungen.</translation>
    </message>
    <message>
        <source>Adding a compute to %1…</source>
        <translation>Ein Compute wird zu %1 hinzugefügt…</translation>
    </message>
    <message>
        <source>The compute was added and started.</source>
        <translation>Der Compute wurde hinzugefügt und gestartet.</translation>
    </message>
    <message>
        <source>Delete the read-write compute %1 of %2? Every connection through it ends and its connection strings stop working until a new compute is added. The branch and its data stay.</source>
        <translation>Den Lese-Schreib-Compute %1 von %2 löschen? Jede Verbindung über ihn endet, und seine Verbindungszeichenfolgen funktionieren nicht mehr, bis ein neuer Compute hinzugefügt wird. Der Zweig und seine Daten bleiben.</translation>
    </message>
    <message>
        <source>Delete the read replica %1 of %2? Connections through it end; the branch and its data stay.</source>
        <translation>Das Lesereplikat %1 von %2 löschen? Verbindungen über es enden; der Zweig und seine Daten bleiben.</translation>
    </message>
    <message>
        <source>Delete Compute</source>
        <translation>Compute löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Ui::CreateBranchDialog</name>
    <message>
        <source>A &amp;time:</source>
        <translation>Ein &amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>An &amp;LSN:</source>
        <translation>Eine &amp;LSN:</translation>
    </message>
    <message>
        <source>Schema and &amp;data</source>
        <translation>Schema und &amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Schema only</source>
        <translation>Nur &amp;Schema</translation>
    </message>
    <message>
        <source>Add a read-write &amp;compute</source>
        <translation>Einen &amp;Rechenknoten mit Schreibzugriff hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Protected</source>
        <translation>&amp;Geschützt</translation>
    </message>
    <message>
        <source>New Branch in %1</source>
        <translation>Neuer Zweig in %1</translation>
    </message>
    <message>
        <source>Parent branch</source>
        <translation>Elternzweig</translation>
    </message>
    <message>
        <source>P&amp;arent:</source>
        <translation>&amp;Elternzweig:</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Name des Zweigs</translation>
    </message>
    <message>
        <source>e.g. dev-alex or feature/checkout</source>
        <translation>z. B. dev-alex oder feature/checkout</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Branch from this time</source>
        <translation>Von diesem Zeitpunkt abzweigen</translation>
    </message>
    <message numerus="yes">
        <source>Within the project&apos;s history window (%n hour(s))</source>
        <translation>
            <numerusform>Innerhalb des Verlaufsfensters des Projekts (%n Stunde)</numerusform>
            <numerusform>Innerhalb des Verlaufsfensters des Projekts (%n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch from this LSN</source>
        <translation>Von dieser LSN abzweigen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ausgangspunkt:</translation>
    </message>
    <message>
        <source>A schema-only branch copies the structure, not the rows. It becomes a root branch (no parent: it cannot be reset from one), counts against the project&apos;s root-branch allowance, and needs a read-write compute.</source>
        <translation>Ein Zweig nur mit Schema kopiert die Struktur, nicht die Zeilen. Er wird zum Wurzelzweig (ohne Elternzweig, von dem aus er zurückgesetzt werden könnte), zählt zum Kontingent des Projekts an Wurzelzweigen und braucht einen Rechenknoten mit Schreibzugriff.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source> CU</source>
        <translation> CU</translation>
    </message>
    <message>
        <source>Minimum compute size</source>
        <translation>Minimale Größe des Rechenknotens</translation>
    </message>
    <message>
        <source>Maximum compute size</source>
        <translation>Maximale Größe des Rechenknotens</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Compute:</source>
        <translation>Rechenknoten:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>In 1 Tag</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>In 7 Tagen</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>Am…</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablaufzeit</translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation>Zeitpunkt des Ablaufs</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>Läuft a&amp;b:</translation>
    </message>
    <message>
        <source>The request Canopy will send</source>
        <translation>Die Anfrage, die Canopy senden wird</translation>
    </message>
    <message>
        <source>Request (POST /projects/%1/branches):</source>
        <translation>Anfrage (POST /projects/%1/branches):</translation>
    </message>
    <message>
        <source>Create Branch</source>
        <translation>Zweig erstellen</translation>
    </message>
    <message>
        <source>An LSN looks like 0/1F2A3B8 (two hexadecimal numbers).</source>
        <translation>Eine LSN sieht so aus: 0/1F2A3B8 (zwei Hexadezimalzahlen).</translation>
    </message>
    <message>
        <source>The compute&apos;s minimum size is above its maximum.</source>
        <translation>Die minimale Größe des Rechenknotens liegt über seiner maximalen.</translation>
    </message>
    <message>
        <source>Neon allows at most 8 CU between a compute&apos;s minimum and maximum size.</source>
        <translation>Neon erlaubt zwischen minimaler und maximaler Größe eines Rechenknotens höchstens 8 CU Abstand.</translation>
    </message>
    <message>
        <source>From the &amp;head (now)</source>
        <translation>Vom aktuellen &amp;Stand (jetzt)</translation>
    </message>
</context>
<context>
    <name>Ui::DeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Also delete its %n descendant branch(es), leaves first</source>
        <translation>
            <numerusform>Auch seinen %n untergeordneten Zweig löschen, Blätter zuerst</numerusform>
            <numerusform>Auch seine %n untergeordneten Zweige löschen, Blätter zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the whole subtree</source>
        <translation>Den ganzen Teilbaum löschen</translation>
    </message>
    <message>
        <source>These branches and their computes will be deleted:</source>
        <translation>Diese Zweige und ihre Rechenknoten werden gelöscht:</translation>
    </message>
    <message>
        <source>Branches to delete</source>
        <translation>Zu löschende Zweige</translation>
    </message>
    <message>
        <source>Neon keeps deleted branches for 7 days: Branch → Recover Deleted Branch brings them back (with their data) until then.</source>
        <translation>Neon bewahrt gelöschte Zweige 7 Tage lang auf: Bis dahin holt „Zweig → Gelöschten Zweig zurückholen“ sie samt ihren Daten zurück.</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Ui::DetailsPanel</name>
    <message>
        <source>Pooled</source>
        <translation>Gepoolt</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Recent operations</source>
        <translation>Letzte Vorgänge</translation>
    </message>
    <message>
        <source>Selected branch</source>
        <translation>Ausgewählter Zweig</translation>
    </message>
    <message>
        <source>Branch badges</source>
        <translation>Merkmale des Zweigs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Computes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rechenknoten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection string&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindungszeichenfolge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Show the password in the connection string</source>
        <translation>Das Passwort in der Verbindungszeichenfolge anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent operations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Vorgänge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Connect through Neon&apos;s connection pooler (PgBouncer)</source>
        <translation>Über den Connection-Pooler von Neon (PgBouncer) verbinden</translation>
    </message>
    <message>
        <source>Select a branch to see its details.</source>
        <translation>Wählen Sie einen Zweig aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternzweig</translation>
    </message>
    <message>
        <source>none (root)</source>
        <translation>keiner (Wurzel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Last reset</source>
        <translation>Zuletzt zurückgesetzt</translation>
    </message>
    <message>
        <source>Logical size</source>
        <translation>Logische Größe</translation>
    </message>
    <message>
        <source>Compute this period</source>
        <translation>Rechenzeit in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 h active, %2 h CPU</source>
        <translation>%1 h aktiv, %2 h CPU</translation>
    </message>
    <message>
        <source>Written this period</source>
        <translation>In diesem Zeitraum geschrieben</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 s</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>None in the project&apos;s recent history.</source>
        <translation>Keine im jüngsten Verlauf des Projekts.</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektdetails</translation>
    </message>
    <message>
        <source>Cleared from the clipboard.</source>
        <translation>Aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Copy the connection string, password included; the clipboard is cleared after a while</source>
        <translation>Die Verbindungszeichenkette samt Passwort kopieren; die Zwischenablage wird nach einer Weile geleert</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Zweige</translation>
    </message>
    <message>
        <source>Expand the project to load its branches.</source>
        <translation>Das Projekt aufklappen, um seine Zweige zu laden.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation>Standardzweig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Base branch</source>
        <translation>Basiszweig</translation>
    </message>
    <message>
        <source>none: environments derive from %1</source>
        <translation>keiner: Umgebungen leiten sich von %1 ab</translation>
    </message>
    <message>
        <source>Root branches</source>
        <translation>Wurzelzweige</translation>
    </message>
    <message numerus="yes">
        <source>%1 in all, %n dev/preview/QA environment(s)</source>
        <translation>
            <numerusform>%1 insgesamt, %n Entwicklungs-/Vorschau-/QA-Umgebung</numerusform>
            <numerusform>%1 insgesamt, %n Entwicklungs-/Vorschau-/QA-Umgebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore window</source>
        <translation>Wiederherstellungsfenster</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 of history: branch or restore from any moment in it</source>
        <translation>%1 Verlauf: von jedem Moment darin abzweigen oder wiederherstellen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postgres</source>
        <translation>Postgres</translation>
    </message>
    <message>
        <source>%1 of %2 allowed on this plan — %3</source>
        <translation>%1 von %2 in diesem Tarif erlaubt — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n root branch(es) — %1</source>
        <translation>
            <numerusform>%n Wurzelzweig — %1</numerusform>
            <numerusform>%n Wurzelzweige — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Databases and roles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datenbanken und Rollen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change Restore &amp;Window…</source>
        <translation>Wiederherstellungs&amp;fenster ändern…</translation>
    </message>
    <message>
        <source>How far back branches, restores and previews can reach, within your plan</source>
        <translation>Wie weit Zweige, Wiederherstellungen und Vorschauen zurückreichen können, im Rahmen Ihres Plans</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>Ui::EnvironmentsDialog</name>
    <message>
        <source>Set Up Environments</source>
        <translation>Umgebungen einrichten</translation>
    </message>
    <message>
        <source>Add Developer</source>
        <translation>Entwickler hinzufügen</translation>
    </message>
    <message>
        <source>Base branch</source>
        <translation>Basiszweig</translation>
    </message>
    <message>
        <source>%1 (exists)</source>
        <translation>%1 (vorhanden)</translation>
    </message>
    <message>
        <source>main-dev — create it from %1</source>
        <translation>main-dev — aus %1 erstellen</translation>
    </message>
    <message>
        <source>%1 itself (no base)</source>
        <translation>%1 selbst (keine Basis)</translation>
    </message>
    <message>
        <source>alice, bob</source>
        <translation>alice, bob</translation>
    </message>
    <message>
        <source>alice</source>
        <translation>alice</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>%1, the project&apos;s default branch</source>
        <translation>%1, der Standardzweig des Projekts</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Developers (dev-…):</source>
        <translation>&amp;Entwickler (dev-…):</translation>
    </message>
    <message>
        <source>&amp;Developer (dev-…):</source>
        <translation>&amp;Entwickler (dev-…):</translation>
    </message>
    <message>
        <source>Dev e&amp;xpiry:</source>
        <translation>Lebensdauer &amp;dev-Zweige:</translation>
    </message>
    <message>
        <source>pull request numbers: 17, 31</source>
        <translation>Pull-Request-Nummern: 17, 31</translation>
    </message>
    <message>
        <source>login, billing</source>
        <translation>login, billing</translation>
    </message>
    <message>
        <source>&amp;Previews (preview-pr-…):</source>
        <translation>&amp;Vorschauen (preview-pr-…):</translation>
    </message>
    <message>
        <source>Preview expir&amp;y:</source>
        <translation>Lebensdauer &amp;preview-Zweige:</translation>
    </message>
    <message>
        <source>&amp;QA (qa-…):</source>
        <translation>&amp;QA (qa-…):</translation>
    </message>
    <message>
        <source>QA exp&amp;iry:</source>
        <translation>Lebensdauer q&amp;a-Zweige:</translation>
    </message>
    <message>
        <source>Co&amp;mpute:</source>
        <translation>Rechen&amp;knoten:</translation>
    </message>
    <message>
        <source>Production holds PII? Build an &amp;anonymized base first…</source>
        <translation>Produktion enthält personenbezogene Daten? Zuerst eine anonym&amp;isierte Basis erstellen…</translation>
    </message>
    <message>
        <source>Opens the anonymization wizard: main-anon with masking rules, then branch from it here</source>
        <translation>Öffnet den Anonymisierungsassistenten: main-anon mit Maskierungsregeln, danach hier davon abzweigen</translation>
    </message>
    <message>
        <source>Branches to create</source>
        <translation>Zu erstellende Zweige</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>E&amp;rstellen</translation>
    </message>
    <message>
        <source>What will be created:</source>
        <translation>Was erstellt wird:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, läuft ab am %1</translation>
    </message>
    <message>
        <source>skipped: %1 — %2</source>
        <translation>übersprungen: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n Branch(es)</source>
        <translation>
            <numerusform>%n Zweig e&amp;rstellen</numerusform>
            <numerusform>%n Zweige e&amp;rstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one environment to create.</source>
        <translation>Geben Sie mindestens eine zu erstellende Umgebung an.</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>%1 not created: %2</source>
        <translation>%1 nicht erstellt: %2</translation>
    </message>
    <message>
        <source>Creating: %1 of %2 done…</source>
        <translation>Wird erstellt: %1 von %2 erledigt…</translation>
    </message>
    <message>
        <source>Created %1 of %2 branches; %3 failed, %4 not started.</source>
        <translation>%1 von %2 Zweigen erstellt; %3 fehlgeschlagen, %4 nicht gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n branch(es)…</source>
        <translation>
            <numerusform>%n Zweig wird erstellt…</numerusform>
            <numerusform>%n Zweige werden erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each developer branch its own &amp;role (dev_&lt;name&gt;) instead of the base&apos;s owner</source>
        <translation>Jedem Entwicklerzweig eine eigene &amp;Rolle geben (dev_&lt;Name&gt;) statt der Eigentümerrolle der Basis</translation>
    </message>
    <message>
        <source>Least privilege on a shared base: each developer connects with a role of their own, which owns nothing; its password is in the branch&apos;s details (Copy Password).</source>
        <translation>Geringste Rechte auf einer gemeinsamen Basis: jede Person verbindet sich mit einer eigenen Rolle, der nichts gehört; ihr Passwort steht in den Details des Zweigs (Passwort kopieren).</translation>
    </message>
    <message>
        <source>, its own role %1</source>
        <translation>, eigene Rolle %1</translation>
    </message>
    <message>
        <source>role %1 on %2</source>
        <translation>Rolle %1 auf %2</translation>
    </message>
    <message>
        <source>Created %1 of %2 branches and roles; %3 failed, %4 not started.</source>
        <translation>%1 von %2 Zweigen und Rollen erstellt; %3 fehlgeschlagen, %4 nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>Ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sends the failed request again</source>
        <translation>Sendet die fehlgeschlagene Anfrage erneut</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Request id %1 (quote it to Neon support)</source>
        <translation>Anfrage-ID %1 (geben Sie sie beim Neon-Support an)</translation>
    </message>
</context>
<context>
    <name>Ui::ExpirationDialog</name>
    <message>
        <source>Expiration of %1</source>
        <translation>Ablaufzeit von %1</translation>
    </message>
    <message>
        <source>Never (clear)</source>
        <translation>Nie (entfernen)</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>In 1 Tag</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>In 7 Tagen</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>Am…</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablaufzeit</translation>
    </message>
    <message>
        <source>Expiration time</source>
        <translation>Zeitpunkt des Ablaufs</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>When it expires, Neon deletes the branch and its computes (recoverable for 7 days).</source>
        <translation>Beim Ablauf löscht Neon den Zweig und seine Rechenknoten (sie lassen sich 7 Tage lang zurückholen).</translation>
    </message>
</context>
<context>
    <name>Ui::FilterBar</name>
    <message>
        <source>Search branches by name or id (Ctrl+F)</source>
        <translation>Zweige nach Name oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search branches</source>
        <translation>Zweige suchen</translation>
    </message>
    <message>
        <source>Shows the branches whose name or id contains the text, with their parents</source>
        <translation>Zeigt die Zweige, deren Name oder ID den Text enthält, mit ihren Elternzweigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Only %1 branches (names matching %2), with their parents</source>
        <translation>Nur Zweige der Stufe „%1“ (Namen passend zu %2), mit ihren Elternzweigen</translation>
    </message>
    <message>
        <source>stale %1 d+</source>
        <translation>inaktiv %1 d+</translation>
    </message>
    <message>
        <source>Only branches without activity for %1 days or more</source>
        <translation>Nur Zweige, die seit mindestens %1 Tagen inaktiv sind</translation>
    </message>
    <message>
        <source>expiring ≤ %1 d</source>
        <translation>läuft ab ≤ %1 d</translation>
    </message>
    <message>
        <source>Only branches that expire within %1 days</source>
        <translation>Nur Zweige, die innerhalb von %1 Tagen ablaufen</translation>
    </message>
    <message>
        <source>compute on</source>
        <translation>Rechenknoten aktiv</translation>
    </message>
    <message>
        <source>Only branches with a running compute</source>
        <translation>Nur Zweige mit laufendem Rechenknoten</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>Ui::InsightDock</name>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Insight</translation>
    </message>
    <message>
        <source>Charts of storage, compute, age, activity, limits and consumption history</source>
        <translation>Diagramme zu Speicher, Rechenzeit, Alter, Aktivität, Grenzen und Verbrauchsverlauf</translation>
    </message>
</context>
<context>
    <name>Ui::InsightPanel</name>
    <message>
        <source>Selected project</source>
        <translation>Ausgewähltes Projekt</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Ganze Organisation</translation>
    </message>
    <message>
        <source>Insight scope</source>
        <translation>Umfang von Insight</translation>
    </message>
    <message>
        <source>Per-branch figure</source>
        <translation>Kennzahl je Zweig</translation>
    </message>
    <message>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>How many branches</source>
        <translation>Wie viele Zweige</translation>
    </message>
    <message>
        <source>Consumption metric</source>
        <translation>Verbrauchsmetrik</translation>
    </message>
    <message>
        <source>hourly (last 48 h)</source>
        <translation>stündlich (letzte 48 h)</translation>
    </message>
    <message>
        <source>daily (last 30 days)</source>
        <translation>täglich (letzte 30 Tage)</translation>
    </message>
    <message>
        <source>monthly (last year)</source>
        <translation>monatlich (letztes Jahr)</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Dia&amp;gramm exportieren…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG or SVG</source>
        <translation>Das angezeigte Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export &amp;Branch List…</source>
        <translation>Zweig&amp;liste exportieren…</translation>
    </message>
    <message>
        <source>Save the branches of this scope with their figures as CSV or JSON</source>
        <translation>Die Zweige dieses Umfangs mit ihren Kennzahlen als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Storage &amp;&amp; compute</source>
        <translation>Speicher &amp;&amp; Rechenzeit</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) of the organization have not been loaded yet; the charts leave them out. &lt;a href=&quot;load&quot;&gt;Load all projects&lt;/a&gt;</source>
        <translation>
            <numerusform>%n Projekt der Organisation wurde noch nicht geladen; die Diagramme lassen es aus. &lt;a href=&quot;load&quot;&gt;Alle Projekte laden&lt;/a&gt;</numerusform>
            <numerusform>%n Projekte der Organisation wurden noch nicht geladen; die Diagramme lassen sie aus. &lt;a href=&quot;load&quot;&gt;Alle Projekte laden&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No branches loaded yet.</source>
        <translation>Noch keine Zweige geladen.</translation>
    </message>
    <message>
        <source>Select a project (or a branch) in the tree.</source>
        <translation>Wählen Sie im Baum ein Projekt (oder einen Zweig) aus.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>%1: %2 together</source>
        <translation>%1: zusammen %2</translation>
    </message>
    <message>
        <source>%1: %2 — click to select it</source>
        <translation>%1: %2 — zum Auswählen klicken</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n branch(es)</source>
        <translation>
            <numerusform>%1, %2: %n Zweig</numerusform>
            <numerusform>%1, %2: %n Zweige</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch age (since created), by tier</source>
        <translation>Alter der Zweige (seit Erstellung), nach Stufe</translation>
    </message>
    <message>
        <source>Days since last activity, by tier</source>
        <translation>Tage seit der letzten Aktivität, nach Stufe</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (no published limit)</source>
        <translation>%1 (keine veröffentlichte Grenze)</translation>
    </message>
    <message>
        <source>%1
Branches: %2
Root branches: %3
Protected branches: %4</source>
        <translation>%1
Zweige: %2
Wurzelzweige: %3
Geschützte Zweige: %4</translation>
    </message>
    <message>
        <source>Open this tab to load the history.</source>
        <translation>Öffnen Sie diesen Reiter, um den Verlauf zu laden.</translation>
    </message>
    <message>
        <source>Loading the consumption history…</source>
        <translation>Der Verbrauchsverlauf wird geladen…</translation>
    </message>
    <message>
        <source>No history on this plan — compute time this period per branch instead</source>
        <translation>Kein Verlauf in diesem Tarif — stattdessen Rechenzeit in diesem Zeitraum je Zweig</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 %5)</source>
        <translation>%1: %2 %3 (%4 %5)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export Branch List</source>
        <translation>Zweigliste exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Canopy</source>
        <translation>Canopy</translation>
    </message>
    <message>
        <source>Projects and branches</source>
        <translation>Projekte und Zweige</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organization whose projects are shown</source>
        <translation>Die Organisation, deren Projekte angezeigt werden</translation>
    </message>
    <message>
        <source>Key %1 · %2</source>
        <translation>Schlüssel %1 · %2</translation>
    </message>
    <message>
        <source>No API key · %1</source>
        <translation>Kein API-Schlüssel · %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>No Neon API key was found. Start Canopy with --api-key, set NEON_API_KEY, or store a key in the system keychain. To look around without an account, start it with --demo.</source>
        <translation>Es wurde kein Neon-API-Schlüssel gefunden. Starten Sie Canopy mit --api-key, setzen Sie NEON_API_KEY oder legen Sie einen Schlüssel im Schlüsselbund des Systems ab. Um sich ohne Konto umzusehen, starten Sie es mit --demo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the projects and the loaded branches (%1)</source>
        <translation>Die Projekte und die geladenen Zweige neu laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Automatisch a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Im %n-Minuten-Takt</numerusform>
            <numerusform>Im %n-Minuten-Takt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Branch</source>
        <translation>Zweig &amp;suchen</translation>
    </message>
    <message>
        <source>Search branches by name or id</source>
        <translation>Zweige nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle a&amp;ufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Zweig</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Canopy</source>
        <translation>&amp;Über Canopy</translation>
    </message>
    <message>
        <source>About Canopy</source>
        <translation>Über Canopy</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Select a branch to see its details.</source>
        <translation>Wählen Sie einen Zweig aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Refresh This Project</source>
        <translation>Dieses Projekt aktualisieren</translation>
    </message>
    <message>
        <source>Expand Subtree</source>
        <translation>Teilbaum aufklappen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>Sandbox databases: %1</source>
        <translation>Datenbanken der Sandbox: %1</translation>
    </message>
    <message>
        <source>Sandbox data operations unavailable: %1</source>
        <translation>Datenoperationen der Sandbox nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The demo sandbox keeps each branch&apos;s databases in a private PostgreSQL server.</source>
        <translation>Die Demo-Sandbox hält die Datenbanken jedes Zweigs in einem eigenen PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>Organizations not listed: %1</source>
        <translation>Organisationen nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Persönliches Konto</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <source>The projects could not be loaded.</source>
        <translation>Die Projekte konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the branches of %1…</source>
        <translation>Die Zweige von %1 werden geladen…</translation>
    </message>
    <message>
        <source>The branches of %1 could not be loaded.</source>
        <translation>Die Zweige von %1 konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1 branches loaded</source>
        <translation>
            <numerusform>%n Projekt, %1 Zweige geladen</numerusform>
            <numerusform>%n Projekte, %1 Zweige geladen</numerusform>
        </translation>
    </message>
    <message>
        <source> · refreshed %1</source>
        <translation> · aktualisiert %1</translation>
    </message>
    <message>
        <source>Showing the tree as it was at %1; refreshing…</source>
        <translation>Der Baum wird im Stand von %1 gezeigt; wird aktualisiert…</translation>
    </message>
    <message>
        <source>Showing the tree as it was at %1.</source>
        <translation>Der Baum wird im Stand von %1 gezeigt.</translation>
    </message>
    <message>
        <source>Each project&apos;s branches under their parents. Arrows move and open rows, asterisk expands a subtree, the menu key opens its actions.</source>
        <translation>Die Zweige jedes Projekts unter ihren Elternzweigen. Pfeiltasten bewegen und öffnen Zeilen, das Sternchen klappt einen Teilbaum auf, die Menütaste öffnet die Aktionen.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>No branch matches “%1”.</source>
        <translation>Kein Zweig passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Ui::MaskingRulesDialog</name>
    <message>
        <source>Create &amp;Anonymized Branch</source>
        <translation>&amp;Anonymisierten Zweig erstellen</translation>
    </message>
    <message>
        <source>Masking Rules of %1</source>
        <translation>Maskierungsregeln von %1</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Databases, tables and columns</source>
        <translation>Datenbanken, Tabellen und Spalten</translation>
    </message>
    <message>
        <source>Masking rule of the selected column</source>
        <translation>Maskierungsregel der ausgewählten Spalte</translation>
    </message>
    <message>
        <source>A masking function (type to search) or a literal value in quotes, e.g. &apos;CONFIDENTIAL&apos;</source>
        <translation>Eine Maskierungsfunktion (zum Suchen tippen) oder ein literaler Wert in Anführungszeichen, z. B. &apos;VERTRAULICH&apos;</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>Accept &amp;Suggestions</source>
        <translation>Vor&amp;schläge übernehmen</translation>
    </message>
    <message>
        <source>Give every column that looks like personal data its suggested rule</source>
        <translation>Jeder Spalte, die nach personenbezogenen Daten aussieht, die vorgeschlagene Regel geben</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Read sample rows of the selected table (read-only) and mask them here</source>
        <translation>Beispielzeilen der ausgewählten Tabelle lesen (nur lesend) und hier maskieren</translation>
    </message>
    <message>
        <source>Rows to preview</source>
        <translation>Zeilen für die Vorschau</translation>
    </message>
    <message>
        <source>rows; nothing is written to any database.</source>
        <translation>Zeilen; in keine Datenbank wird etwas geschrieben.</translation>
    </message>
    <message>
        <source>Original and masked values</source>
        <translation>Ursprüngliche und maskierte Werte</translation>
    </message>
    <message>
        <source>New anonymized branch of %1:</source>
        <translation>Neuer anonymisierter Zweig von %1:</translation>
    </message>
    <message>
        <source>Name of the anonymized branch</source>
        <translation>Name des anonymisierten Zweigs</translation>
    </message>
    <message>
        <source>Neon copies %1, then masks the copy with these rules (beta). The branch cannot be connected to while it runs.</source>
        <translation>Neon kopiert %1 und maskiert die Kopie dann mit diesen Regeln (Beta). Solange das läuft, ist keine Verbindung zum Zweig möglich.</translation>
    </message>
    <message>
        <source>Save Rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) got the suggested rule.</source>
        <translation>
            <numerusform>%n Spalte hat die vorgeschlagene Regel erhalten.</numerusform>
            <numerusform>%n Spalten haben die vorgeschlagene Regel erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a table to preview.</source>
        <translation>Wählen Sie eine Tabelle für die Vorschau aus.</translation>
    </message>
    <message>
        <source>Export Masking Rules</source>
        <translation>Maskierungsregeln exportieren</translation>
    </message>
    <message>
        <source>Masking rules (*.json)</source>
        <translation>Maskierungsregeln (*.json)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Import Masking Rules</source>
        <translation>Maskierungsregeln importieren</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>The sample could not be read: %1</source>
        <translation>Die Stichprobe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 masked cells changed; cells marked grey are computed on Neon.</source>
        <translation>%1 von %2 maskierten Zellen verändert; grau markierte Zellen werden bei Neon berechnet.</translation>
    </message>
    <message>
        <source>Loading the schema…</source>
        <translation>Das Schema wird geladen…</translation>
    </message>
    <message>
        <source>The databases could not be listed: %1</source>
        <translation>Die Datenbanken konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 Suggested: %2</source>
        <translation>%1 Vorschlag: %2</translation>
    </message>
    <message>
        <source>Select a column to give it a rule, or accept the suggestions.</source>
        <translation>Wählen Sie eine Spalte aus, um ihr eine Regel zu geben, oder übernehmen Sie die Vorschläge.</translation>
    </message>
    <message>
        <source>Rules for columns this branch does not have were left out: %1</source>
        <translation>Regeln für Spalten, die dieser Zweig nicht hat, wurden ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading %1 rows of %2.%3…</source>
        <translation>%1 Zeilen von %2.%3 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n rule(s)…</source>
        <translation>
            <numerusform>%n Regel wird gespeichert…</numerusform>
            <numerusform>%n Regeln werden gespeichert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rule(s).</source>
        <translation>
            <numerusform>%n Regel gespeichert.</numerusform>
            <numerusform>%n Regeln gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Warning: these columns look like personal data and stay unmasked: %1</source>
        <translation>Warnung: Diese Spalten sehen nach personenbezogenen Daten aus und bleiben unmaskiert: %1</translation>
    </message>
    <message>
        <source>%1 is anonymized: %2</source>
        <translation>%1 ist anonymisiert: %2</translation>
    </message>
    <message>
        <source>Anonymizing %1 failed: %2</source>
        <translation>Anonymisieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Unsaved Masking Rules</source>
        <translation>Ungespeicherte Maskierungsregeln</translation>
    </message>
    <message>
        <source>The masking rules of %1 were changed and not saved.</source>
        <translation>Die Maskierungsregeln von %1 wurden geändert und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>A sample, masked here to show what the rules do. The anonymized branch gets values of its own when it is made: the same rules, fresh draws.</source>
        <translation>Eine Stichprobe, hier maskiert, um zu zeigen, was die Regeln tun. Der anonymisierte Zweig bekommt beim Anlegen eigene Werte: dieselben Regeln, neu gezogen.</translation>
    </message>
    <message>
        <source>The selected column&apos;s suggestion</source>
        <translation>Der Vorschlag für die ausgewählte Spalte</translation>
    </message>
    <message>
        <source>%1 (%2): no personal data suggested.</source>
        <translation>%1 (%2): keine personenbezogenen Daten vermutet.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Ui::ObjectsSection</name>
    <message>
        <source>Databases and roles status</source>
        <translation>Status der Datenbanken und Rollen</translation>
    </message>
    <message>
        <source>Databases and roles</source>
        <translation>Datenbanken und Rollen</translation>
    </message>
    <message>
        <source>Database %1, owned by %2</source>
        <translation>Datenbank %1, Eigentümer %2</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete Database</source>
        <translation>Datenbank löschen</translation>
    </message>
    <message>
        <source>Delete the database %1 of %2? Its tables and rows are gone for good (a branch made before keeps its copy), and connection strings naming it stop working.</source>
        <translation>Die Datenbank %1 von %2 löschen? Ihre Tabellen und Zeilen sind endgültig weg (ein vorher angelegter Zweig behält seine Kopie), und Verbindungszeichenfolgen, die sie nennen, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting the database %1…</source>
        <translation>Die Datenbank %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>The database %1 was deleted.</source>
        <translation>Die Datenbank %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Add Database…</source>
        <translation>Datenbank hinzufügen…</translation>
    </message>
    <message>
        <source>Add Role…</source>
        <translation>Rolle hinzufügen…</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Role %1, owns %2</source>
        <translation>Rolle %1, Eigentümer von %2</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>The password of %1 is on the clipboard until it is cleared.</source>
        <translation>Das Passwort von %1 liegt in der Zwischenablage, bis sie geleert wird.</translation>
    </message>
    <message>
        <source>Reset Password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of %1 on %2? Every application using this role must get the new password: connection strings with the old one stop working at once.</source>
        <translation>Das Passwort von %1 auf %2 zurücksetzen? Jede Anwendung, die diese Rolle nutzt, muss das neue Passwort bekommen: Verbindungszeichenfolgen mit dem alten funktionieren sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>Das Passwort von %1 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>%1 has a new password; it is on the clipboard until it is cleared.</source>
        <translation>%1 hat ein neues Passwort; es liegt in der Zwischenablage, bis sie geleert wird.</translation>
    </message>
    <message>
        <source>%1 owns %2: delete those databases or give them another owner first.</source>
        <translation>%1 ist Eigentümer von %2: löschen Sie diese Datenbanken oder geben Sie ihnen zuerst einen anderen Eigentümer.</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role %1 of %2? Applications logging in as %1 are refused from then on; what it owns inside the databases goes to their owners.</source>
        <translation>Die Rolle %1 von %2 löschen? Anwendungen, die sich als %1 anmelden, werden von da an abgewiesen; was ihr in den Datenbanken gehört, geht an deren Eigentümer.</translation>
    </message>
    <message>
        <source>Deleting the role %1…</source>
        <translation>Die Rolle %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>The role %1 was deleted.</source>
        <translation>Die Rolle %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Add Database</source>
        <translation>Datenbank hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Add Database</source>
        <translation>Datenbank &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adding the database %1…</source>
        <translation>Die Datenbank %1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>The database %1 was added.</source>
        <translation>Die Datenbank %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new role on %1 (its password is generated and shown once):</source>
        <translation>Name der neuen Rolle auf %1 (ihr Passwort wird erzeugt und einmal gezeigt):</translation>
    </message>
    <message>
        <source>Adding the role %1…</source>
        <translation>Die Rolle %1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>The role %1 was added; its password is on the clipboard until it is cleared.</source>
        <translation>Die Rolle %1 wurde hinzugefügt; ihr Passwort liegt in der Zwischenablage, bis sie geleert wird.</translation>
    </message>
</context>
<context>
    <name>Ui::PiiWorkflowWizard</name>
    <message>
        <source>By Neon on the &amp;server: an anonymized branch, masked there (beta)</source>
        <translation>Durch Neon auf dem &amp;Server: ein anonymisierter Zweig, dort maskiert (Beta)</translation>
    </message>
    <message>
        <source>By Canopy in this &amp;app: a schema-only branch, loaded with rows masked here</source>
        <translation>Durch Canopy in dieser &amp;Anwendung: ein Zweig nur mit Schema, befüllt mit hier maskierten Zeilen</translation>
    </message>
    <message>
        <source>Anonymized Base for Development (Workflow 2)</source>
        <translation>Anonymisierte Basis für die Entwicklung (Arbeitsablauf 2)</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Woher die Daten kommen</translation>
    </message>
    <message>
        <source>Production holds personal data: development branches start from an anonymized copy.</source>
        <translation>Die Produktion enthält personenbezogene Daten: Entwicklungszweige gehen von einer anonymisierten Kopie aus.</translation>
    </message>
    <message>
        <source>Source branch</source>
        <translation>Quellzweig</translation>
    </message>
    <message>
        <source>Name of the anonymized base</source>
        <translation>Name der anonymisierten Basis</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Befüllung:</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>One branch name a line: dev-&lt;name&gt;, preview-pr-&lt;n&gt;, qa-&lt;topic&gt;.</source>
        <translation>Ein Zweigname pro Zeile: dev-&lt;name&gt;, preview-pr-&lt;n&gt;, qa-&lt;topic&gt;.</translation>
    </message>
    <message>
        <source>Branches to create from the anonymized base</source>
        <translation>Aus der anonymisierten Basis zu erstellende Zweige</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. These steps run in order; a failure stops the run and says what was done.</source>
        <translation>Bisher wurde nichts gesendet. Diese Schritte laufen der Reihe nach ab; ein Fehler beendet den Lauf und nennt, was bereits erledigt wurde.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 exists: it will be rebuilt fresh, its children recreated under the new one, and the old ones renamed …_old_… (the children expire in 7 days).</source>
        <translation>%1 existiert: Er wird neu aufgebaut, seine Unterzweige werden unter dem neuen neu erstellt und die alten in …_old_… umbenannt (die Unterzweige laufen in 7 Tagen ab).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No masking rules yet: open Masking Rules (Ctrl+M) on %1, accept the suggestions and save.</source>
        <translation>Noch keine Maskierungsregeln: Öffnen Sie „Maskierungsregeln“ (Strg+M) auf %1, übernehmen Sie die Vorschläge und speichern Sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n masking rule(s) from %1.</source>
        <translation>
            <numerusform>%n Maskierungsregel von %1.</numerusform>
            <numerusform>%n Maskierungsregeln von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Result: the fresh %1 is in place.</source>
        <translation>Ergebnis: Der neue Zweig %1 ist eingesetzt.</translation>
    </message>
    <message>
        <source>Result: nothing changed; what was built was removed.</source>
        <translation>Ergebnis: Nichts wurde geändert; was erstellt wurde, ist entfernt.</translation>
    </message>
    <message>
        <source>Result: the fresh %1 is in place, but not every branch under it could be made.</source>
        <translation>Ergebnis: Der neue Zweig %1 ist eingesetzt, aber nicht jeder Zweig darunter konnte erstellt werden.</translation>
    </message>
    <message>
        <source>Result: undoing failed; see the message below for what to check.</source>
        <translation>Ergebnis: Rückgängigmachen fehlgeschlagen; die Meldung unten sagt, was zu prüfen ist.</translation>
    </message>
</context>
<context>
    <name>Ui::PointPreviewDialog</name>
    <message>
        <source>&amp;Show This Moment</source>
        <translation>Diesen Zeitpunkt &amp;zeigen</translation>
    </message>
    <message>
        <source>Preview %1 at a Moment</source>
        <translation>Vorschau von %1 zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>Schema differences, now against then</source>
        <translation>Schemaunterschiede, jetzt gegen damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Then − now</source>
        <translation>Damals − jetzt</translation>
    </message>
    <message>
        <source>Rows per table, now and then</source>
        <translation>Zeilen pro Tabelle, jetzt und damals</translation>
    </message>
    <message>
        <source>Sc&amp;hema (now − / then +)</source>
        <translation>Sc&amp;hema (jetzt − / damals +)</translation>
    </message>
    <message>
        <source>Ro&amp;w Counts</source>
        <translation>&amp;Zeilenzahlen</translation>
    </message>
    <message>
        <source>&amp;Query Both</source>
        <translation>&amp;Beide abfragen</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>Zeit&amp;punkt:</translation>
    </message>
    <message>
        <source>Moment to preview</source>
        <translation>Zeitpunkt der Vorschau</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Database to preview</source>
        <translation>Datenbank der Vorschau</translation>
    </message>
    <message>
        <source>That moment is in the future: choose one in the past.</source>
        <translation>Dieser Zeitpunkt liegt in der Zukunft: Wählen Sie einen vergangenen.</translation>
    </message>
    <message>
        <source>Making a short-lived copy of %1 as it was at %2 (it expires within the hour and is deleted when this preview closes)…</source>
        <translation>Eine kurzlebige Kopie von %1 wie am %2 wird erstellt (sie läuft innerhalb einer Stunde ab und wird gelöscht, wenn diese Vorschau schließt)…</translation>
    </message>
    <message>
        <source>The moment could not be previewed: %1</source>
        <translation>Für diesen Zeitpunkt ist keine Vorschau möglich: %1</translation>
    </message>
    <message>
        <source>Now: %1 as it is. Then: %1 at %2 (preview branch %3).</source>
        <translation>Jetzt: %1, wie er ist. Damals: %1 am %2 (Vorschauzweig %3).</translation>
    </message>
    <message>
        <source>SELECT * FROM … — one statement, run read-only on both sides</source>
        <translation>SELECT * FROM … — eine Anweisung, auf beiden Seiten nur lesend ausgeführt</translation>
    </message>
    <message>
        <source>Query for now and then</source>
        <translation>Abfrage für jetzt und damals</translation>
    </message>
    <message>
        <source>&amp;Run on Both</source>
        <translation>Auf beiden &amp;ausführen</translation>
    </message>
    <message>
        <source>Runs the query in a READ ONLY transaction on now and then (Ctrl+Return); at most %1 rows each.</source>
        <translation>Führt die Abfrage in einer READ-ONLY-Transaktion auf jetzt und damals aus (Strg+Eingabe); höchstens %1 Zeilen je Seite.</translation>
    </message>
    <message>
        <source>Cancel Query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) (more were there)</source>
        <translation>
            <numerusform>Die erste %n Zeile (es gab mehr)</numerusform>
            <numerusform>Die ersten %n Zeilen (es gab mehr)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>Its current state is kept as the backup branch:</source>
        <translation>Sein aktueller Stand bleibt als Sicherungszweig erhalten:</translation>
    </message>
    <message>
        <source>Neon keeps it, and the branch&apos;s children move under it.</source>
        <translation>Neon behält ihn, und die Unterzweige des Zweigs werden darunter verschoben.</translation>
    </message>
    <message>
        <source>Neon keeps the state before a restore to the branch&apos;s own past.</source>
        <translation>Neon behält den Stand vor einer Wiederherstellung auf die eigene Vergangenheit des Zweigs.</translation>
    </message>
    <message>
        <source>Backup branch name</source>
        <translation>Name des Sicherungszweigs</translation>
    </message>
    <message>
        <source>Name of the branch from this moment</source>
        <translation>Name des Zweigs ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Restore to This Moment</source>
        <translation>Auf diesen Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <source>Create Branch from This Moment</source>
        <translation>Zweig ab diesem Zeitpunkt erstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Wiederherstellen:</translation>
    </message>
    <message>
        <source>New branch:</source>
        <translation>Neuer Zweig:</translation>
    </message>
    <message>
        <source>Backup name: %1</source>
        <translation>Name der Sicherung: %1</translation>
    </message>
    <message>
        <source>New branch name: %1</source>
        <translation>Name des neuen Zweigs: %1</translation>
    </message>
</context>
<context>
    <name>Ui::RecoverDeletedDialog</name>
    <message>
        <source>Recover Deleted Branches</source>
        <translation>Gelöschte Zweige zurückholen</translation>
    </message>
    <message>
        <source>These branches were deleted by the cleanup. Neon keeps them recoverable for 7 days; a child comes back after its parent.</source>
        <translation>Diese Zweige wurden beim Aufräumen gelöscht. Neon hält sie 7 Tage lang zum Zurückholen bereit; ein Unterzweig kommt nach seinem Elternzweig zurück.</translation>
    </message>
    <message>
        <source>Deleted branches</source>
        <translation>Gelöschte Zweige</translation>
    </message>
    <message>
        <source>&amp;Recover Checked</source>
        <translation>&amp;Ausgewählte zurückholen</translation>
    </message>
    <message>
        <source>Recovered %1 of %2; %3 failed, %4 skipped.</source>
        <translation>%1 von %2 zurückgeholt; %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>Recovering %n branch(es)…</source>
        <translation>
            <numerusform>%n Zweig wird zurückgeholt…</numerusform>
            <numerusform>%n Zweige werden zurückgeholt…</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer recoverable</source>
        <translation>nicht mehr zurückholbar</translation>
    </message>
    <message>
        <source>%1 d %2 h left</source>
        <translation>noch %1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>noch %1 Std.</translation>
    </message>
    <message>
        <source>under an hour left</source>
        <translation>noch unter einer Stunde</translation>
    </message>
    <message>
        <source>Recoverable until %1</source>
        <translation>Zurückholbar bis %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>&amp;Recover Checked (%1)</source>
        <translation>&amp;Ausgewählte zurückholen (%1)</translation>
    </message>
    <message>
        <source>Tick the branches to bring back.</source>
        <translation>Die Zweige ankreuzen, die zurückkommen sollen.</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>zurückgeholt</translation>
    </message>
    <message>
        <source>not recovered: %1</source>
        <translation>nicht zurückgeholt: %1</translation>
    </message>
</context>
<context>
    <name>Ui::RecoverDialog</name>
    <message>
        <source>Loading the deleted branches…</source>
        <translation>Die gelöschten Zweige werden geladen…</translation>
    </message>
    <message>
        <source>Recover a Deleted Branch</source>
        <translation>Gelöschten Zweig zurückholen</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Recoverable for</source>
        <translation>Noch zurückholbar</translation>
    </message>
    <message>
        <source>Deleted branches</source>
        <translation>Gelöschte Zweige</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>The deleted branches could not be listed: %1</source>
        <translation>Die gelöschten Zweige konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No deleted branches can be recovered in this project.</source>
        <translation>In diesem Projekt lassen sich keine gelöschten Zweige zurückholen.</translation>
    </message>
    <message>
        <source>Deleted branches stay recoverable for 7 days.</source>
        <translation>Gelöschte Zweige lassen sich 7 Tage lang zurückholen.</translation>
    </message>
</context>
<context>
    <name>Ui::RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>New branch name</source>
        <translation>Neuer Name des Zweigs</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>Connection strings stay the same; scripts that look branches up by name need the new one.</source>
        <translation>Verbindungszeichenfolgen bleiben gleich; Skripte, die Zweige über ihren Namen finden, brauchen den neuen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>Ui::RestoreDialog</name>
    <message>
        <source>Keep the current state as a backup branch</source>
        <translation>Den aktuellen Stand als Sicherungszweig behalten</translation>
    </message>
    <message>
        <source>Reset %1 from %2</source>
        <translation>%1 von %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Every database of &lt;b&gt;%1&lt;/b&gt; is replaced by the current data of its parent &lt;b&gt;%2&lt;/b&gt;. Connections to %1 drop for a moment while this happens; its connection string stays the same.</source>
        <translation>Jede Datenbank von &lt;b&gt;%1&lt;/b&gt; wird durch die aktuellen Daten seines Elternzweigs &lt;b&gt;%2&lt;/b&gt; ersetzt. Verbindungen zu %1 brechen dabei kurz ab; seine Verbindungszeichenfolge bleibt gleich.</translation>
    </message>
    <message>
        <source>Every database of &lt;b&gt;%1&lt;/b&gt; is replaced by the chosen point in time. Connections to %1 drop for a moment; its connection string stays the same. With a backup, the backup becomes its parent.</source>
        <translation>Jede Datenbank von &lt;b&gt;%1&lt;/b&gt; wird durch ihren Stand zum gewählten Zeitpunkt ersetzt. Verbindungen zu %1 brechen kurz ab; seine Verbindungszeichenfolge bleibt gleich. Mit einer Sicherung wird die Sicherung zu seinem Elternzweig.</translation>
    </message>
    <message>
        <source>Cannot run:</source>
        <translation>Nicht ausführbar:</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>Its own history at:</source>
        <translation>Eigener Verlauf zum Zeitpunkt:</translation>
    </message>
    <message>
        <source>The head of branch:</source>
        <translation>Aktueller Stand des Zweigs:</translation>
    </message>
    <message>
        <source>Its own history at LSN:</source>
        <translation>Eigener Verlauf bei LSN:</translation>
    </message>
    <message>
        <source>Restore to this LSN</source>
        <translation>Auf diese LSN wiederherstellen</translation>
    </message>
    <message>
        <source>Restore to this time</source>
        <translation>Auf diesen Zeitpunkt wiederherstellen</translation>
    </message>
    <message>
        <source>Source branch</source>
        <translation>Quellzweig</translation>
    </message>
    <message>
        <source>Restore from:</source>
        <translation>Wiederherstellen aus:</translation>
    </message>
    <message numerus="yes">
        <source>%n child branch(es) will move under the backup: %1</source>
        <translation>
            <numerusform>%n Unterzweig wird unter die Sicherung verschoben: %1</numerusform>
            <numerusform>%n Unterzweige werden unter die Sicherung verschoben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Unterzweige:</translation>
    </message>
    <message>
        <source>Required: the children move under the backup.</source>
        <translation>Erforderlich: Die Unterzweige werden unter die Sicherung verschoben.</translation>
    </message>
    <message>
        <source>Backup branch name</source>
        <translation>Name des Sicherungszweigs</translation>
    </message>
    <message>
        <source>&amp;Backup name:</source>
        <translation>Name der &amp;Sicherung:</translation>
    </message>
    <message>
        <source>Schema differences, %1 (−) against %2 (+):</source>
        <translation>Schemaunterschiede, %1 (−) gegenüber %2 (+):</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Database to compare</source>
        <translation>Zu vergleichende Datenbank</translation>
    </message>
    <message>
        <source>Schema differences</source>
        <translation>Schemaunterschiede</translation>
    </message>
    <message>
        <source>Type the branch name to confirm</source>
        <translation>Zur Bestätigung den Namen des Zweigs eingeben</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Loading the databases…</source>
        <translation>Die Datenbanken werden geladen…</translation>
    </message>
    <message>
        <source>The databases could not be listed: %1</source>
        <translation>Die Datenbanken konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The branch has no databases.</source>
        <translation>Der Zweig hat keine Datenbanken.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>The schemas could not be compared: %1</source>
        <translation>Die Schemas konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>(No schema differences: only data changes.)</source>
        <translation>(Keine Schemaunterschiede: nur Datenänderungen.)</translation>
    </message>
    <message>
        <source>Backup name: %1</source>
        <translation>Name der Sicherung: %1</translation>
    </message>
    <message>
        <source>An LSN looks like 0/1F2A3B8 (two hexadecimal numbers).</source>
        <translation>Eine LSN sieht so aus: 0/1F2A3B8 (zwei Hexadezimalzahlen).</translation>
    </message>
    <message>
        <source>Type the branch&apos;s name to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Namen des Zweigs ein.</translation>
    </message>
    <message>
        <source>Pre&amp;view This Moment…</source>
        <translation>&amp;Vorschau dieses Zeitpunkts…</translation>
    </message>
    <message>
        <source>See the branch as it was then beside how it is now (schema, row counts, queries) first</source>
        <translation>Zuerst den Zweig, wie er damals war, neben seinem jetzigen Stand sehen (Schema, Zeilenzahlen, Abfragen)</translation>
    </message>
    <message>
        <source>Schema differences, source (−) against %1 now (+):</source>
        <translation>Schemaunterschiede, Quelle (−) gegen %1 jetzt (+):</translation>
    </message>
    <message>
        <source>(Enter an LSN to compare with the branch then.)</source>
        <translation>(Geben Sie eine LSN ein, um mit dem damaligen Zweig zu vergleichen.)</translation>
    </message>
    <message>
        <source>Comparing with the branch as it was then…</source>
        <translation>Vergleich mit dem Zweig, wie er damals war…</translation>
    </message>
    <message>
        <source>Required when a branch goes back in its own history.</source>
        <translation>Erforderlich, wenn ein Zweig in seinem eigenen Verlauf zurückgeht.</translation>
    </message>
</context>
<context>
    <name>Ui::RestoreWindowDialog</name>
    <message>
        <source>Restore Window of %1</source>
        <translation>Wiederherstellungsfenster von %1</translation>
    </message>
    <message>
        <source>How far back branches can be made from a moment, restored to one, or previewed. History older than the window is dropped and cannot be brought back.</source>
        <translation>Wie weit zurück Zweige von einem Zeitpunkt erstellt, auf einen wiederhergestellt oder in der Vorschau gezeigt werden können. Älterer Verlauf wird verworfen und lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Unit of the restore window</source>
        <translation>Einheit des Wiederherstellungsfensters</translation>
    </message>
    <message>
        <source>Length of the restore window</source>
        <translation>Länge des Wiederherstellungsfensters</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf &amp;halten für:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>Ihrem Plan</translation>
    </message>
    <message>
        <source>the %1 plan</source>
        <translation>dem Plan %1</translation>
    </message>
    <message numerus="yes">
        <source>On %1: up to %n hour(s).</source>
        <translation>
            <numerusform>Auf %1: bis zu %n Stunde.</numerusform>
            <numerusform>Auf %1: bis zu %n Stunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %1: up to %n day(s).</source>
        <translation>
            <numerusform>Auf %1: bis zu %n Tag.</numerusform>
            <numerusform>Auf %1: bis zu %n Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SchemaDiffDialog</name>
    <message>
        <source>Unified diff</source>
        <translation>Unified-Diff</translation>
    </message>
    <message>
        <source>Base schema lines</source>
        <translation>Zeilen des Basisschemas</translation>
    </message>
    <message>
        <source>Branch schema lines</source>
        <translation>Zeilen des Zweigschemas</translation>
    </message>
    <message>
        <source>Compare Schemas</source>
        <translation>Schemas vergleichen</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Base (−):</source>
        <translation>&amp;Basis (−):</translation>
    </message>
    <message>
        <source>&amp;Branch (+):</source>
        <translation>&amp;Zweig (+):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Einheitlich</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Status des Vergleichs</translation>
    </message>
    <message>
        <source>Loading the databases…</source>
        <translation>Die Datenbanken werden geladen…</translation>
    </message>
    <message>
        <source>The databases could not be listed: %1</source>
        <translation>Die Datenbanken konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>The schemas could not be compared: %1</source>
        <translation>Die Schemas konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>The schemas of %1 and %2 in %3 are the same.</source>
        <translation>Die Schemas von %1 und %2 in %3 sind gleich.</translation>
    </message>
    <message>
        <source>%1 (−) against %2 (+), database %3</source>
        <translation>%1 (−) gegenüber %2 (+), Datenbank %3</translation>
    </message>
    <message>
        <source>Sa&amp;ve Diff…</source>
        <translation>Diff spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save as S&amp;QL…</source>
        <translation>Als S&amp;QL speichern…</translation>
    </message>
    <message>
        <source>Save the branch&apos;s whole schema as SQL (CREATE statements)</source>
        <translation>Das ganze Schema des Zweigs als SQL speichern (CREATE-Anweisungen)</translation>
    </message>
    <message>
        <source>Unified diff (*.diff)</source>
        <translation>Unified Diff (*.diff)</translation>
    </message>
    <message>
        <source>The branch&apos;s schema (*.sql)</source>
        <translation>Schema des Zweigs (*.sql)</translation>
    </message>
    <message>
        <source>%1 (−), %2</source>
        <translation>%1 (−), %2</translation>
    </message>
    <message>
        <source>%1 (+), %2</source>
        <translation>%1 (+), %2</translation>
    </message>
</context>
<context>
    <name>Ui::SecretClipboard</name>
    <message numerus="yes">
        <source>Copied — cleared from the clipboard in %n s</source>
        <translation>
            <numerusform>Kopiert — in %n s aus der Zwischenablage entfernt</numerusform>
            <numerusform>Kopiert — in %n s aus der Zwischenablage entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the tree and the search box</source>
        <translation>Im Baum und im Suchfeld</translation>
    </message>
    <message>
        <source>Go to the first match of the search</source>
        <translation>Zum ersten Treffer der Suche</translation>
    </message>
    <message>
        <source>Enter or Down in the search box</source>
        <translation>Eingabe oder Pfeil nach unten im Suchfeld</translation>
    </message>
    <message>
        <source>Move between search, tree and details</source>
        <translation>Zwischen Suche, Baum und Details wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Open or close a row</source>
        <translation>Eine Zeile auf- oder zuklappen</translation>
    </message>
    <message>
        <source>Right, Left</source>
        <translation>Rechts, Links</translation>
    </message>
    <message>
        <source>Open a whole subtree, close it</source>
        <translation>Einen ganzen Teilbaum auf- und zuklappen</translation>
    </message>
    <message>
        <source>*, /</source>
        <translation>*, /</translation>
    </message>
    <message>
        <source>The row&apos;s actions</source>
        <translation>Die Aktionen der Zeile</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
</context>
<context>
    <name>Ui::TeamActions</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Clean Up Stale Branches…</source>
        <translation>Veraltete Zweige &amp;aufräumen…</translation>
    </message>
    <message>
        <source>Plan and carry out the deletion of stale branches across the organization</source>
        <translation>Das Löschen veralteter Zweige in der ganzen Organisation planen und ausführen</translation>
    </message>
    <message>
        <source>&amp;Bulk Actions…</source>
        <translation>&amp;Sammelaktionen…</translation>
    </message>
    <message>
        <source>Reset, set expiration or protect many branches of the project at once</source>
        <translation>Viele Zweige des Projekts auf einmal zurücksetzen, mit Ablaufzeit versehen oder schützen</translation>
    </message>
    <message>
        <source>Set Up &amp;Environments…</source>
        <translation>&amp;Umgebungen einrichten…</translation>
    </message>
    <message>
        <source>Lay out main-dev and the dev, preview and QA branches of the project in one go</source>
        <translation>main-dev sowie die dev-, preview- und QA-Zweige des Projekts in einem Zug anlegen</translation>
    </message>
    <message>
        <source>Add &amp;Developer…</source>
        <translation>&amp;Entwickler hinzufügen…</translation>
    </message>
    <message>
        <source>Create dev-&lt;name&gt; from the project&apos;s base branch</source>
        <translation>dev-&lt;name&gt; aus dem Basiszweig des Projekts erstellen</translation>
    </message>
    <message>
        <source>this organization</source>
        <translation>diese Organisation</translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Remember it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to Canopy</source>
        <translation>Willkommen bei Canopy</translation>
    </message>
    <message>
        <source>Canopy logo</source>
        <translation>Canopy-Logo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Canopy&lt;/h2&gt;&lt;p&gt;See your Neon projects&apos; branches as a tree, and create, reset, compare and clean them up.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Canopy&lt;/h2&gt;&lt;p&gt;Die Zweige Ihrer Neon-Projekte als Baum: erstellen, zurücksetzen, vergleichen und aufräumen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No account at hand?</source>
        <translation>Kein Konto zur Hand?</translation>
    </message>
    <message>
        <source>The demo runs a local sandbox that speaks the Neon API, with real PostgreSQL databases when the server is installed. Nothing leaves this computer.</source>
        <translation>Die Demo startet eine lokale Sandbox, die die Neon-API spricht, mit echten PostgreSQL-Datenbanken, wenn der Server installiert ist. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Use my Neon API key</source>
        <translation>Meinen Neon-API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Create a key in the Neon Console under Account settings → API keys. Canopy checks it with Neon before keeping it.</source>
        <translation>Erstellen Sie einen Schlüssel in der Neon Console unter Account settings → API keys. Canopy prüft ihn bei Neon, bevor es ihn übernimmt.</translation>
    </message>
    <message>
        <source>napi_…</source>
        <translation>napi_…</translation>
    </message>
    <message>
        <source>Neon API key</source>
        <translation>Neon-API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>No Secret Service is reachable (no D-Bus session): the key is used for this session only. Set NEON_API_KEY to skip this page next time.</source>
        <translation>Kein Secret Service erreichbar (keine D-Bus-Sitzung): Der Schlüssel wird nur für diese Sitzung verwendet. Setzen Sie NEON_API_KEY, um diese Seite beim nächsten Mal zu überspringen.</translation>
    </message>
    <message>
        <source>Key check result</source>
        <translation>Ergebnis der Schlüsselprüfung</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Neon did not accept this key (%1). Check that it was copied whole and not revoked.</source>
        <translation>Neon hat diesen Schlüssel nicht akzeptiert (%1). Prüfen Sie, ob er vollständig kopiert und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>Could not check the key: %1</source>
        <translation>Der Schlüssel konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>entered for %1</source>
        <translation>eingegeben für %1</translation>
    </message>
    <message>
        <source>not stored: used for this session only</source>
        <translation>nicht gespeichert: nur für diese Sitzung verwendet</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>not stored in the keychain (%1): used for this session only</source>
        <translation>nicht im Schlüsselbund gespeichert (%1): nur für diese Sitzung verwendet</translation>
    </message>
</context>
<context>
    <name>Ui::WorkflowTour</name>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Neon branching workflows, a guided tour</source>
        <translation>Neon-Arbeitsabläufe mit Zweigen, eine geführte Tour</translation>
    </message>
    <message>
        <source>Neon Branching Workflows</source>
        <translation>Neon-Arbeitsabläufe mit Zweigen</translation>
    </message>
    <message>
        <source>Close the tour (Esc)</source>
        <translation>Die Tour schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Die Tour schließen</translation>
    </message>
    <message>
        <source>Tour step</source>
        <translation>Tourschritt</translation>
    </message>
    <message>
        <source>What this step shows</source>
        <translation>Was dieser Schritt zeigt</translation>
    </message>
    <message>
        <source>Neon &amp;Branching Workflows…</source>
        <translation>Neon-Arbeitsabläufe mit &amp;Zweigen…</translation>
    </message>
    <message>
        <source>A short guided tour of the demo: the three ways teams lay out their branches</source>
        <translation>Eine kurze geführte Tour durch die Demo: die drei Arten, wie Teams ihre Zweige anlegen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>This step&apos;s rows are in the demo&apos;s organization (canopy --demo).</source>
        <translation>Die Zeilen dieses Schritts gehören zur Organisation der Demo (canopy --demo).</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
</TS>

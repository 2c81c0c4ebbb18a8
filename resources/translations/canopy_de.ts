<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The project&apos;s default branch: its compute is the one applications connect to by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>Protected: cannot be deleted or reset, and its passwords are not shown by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema-only</source>
        <translation>nur Schema</translation>
    </message>
    <message>
        <source>A schema-only root: created with the structure of its source and no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymized</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>An anonymized branch: its data was masked; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent gone</source>
        <translation>Eltern gelöscht</translation>
    </message>
    <message>
        <source>Its parent branch was deleted; shown as a root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Expired at %1; Neon deletes it shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>A compute of this branch is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Its computes are suspended (scaled to zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last compute activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compute activity recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d quiet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s). </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, becoming %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
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
        <translation>Compute</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 (%2), %3, Postgres %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3 tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Starting Canopy&apos;s offline sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the offline demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canopy — demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ActivityIndicator</name>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::BranchDelegate</name>
    <message numerus="yes">
        <source>%n root branch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent operations</source>
        <translation>Letzte Operationen</translation>
    </message>
    <message>
        <source>Selected branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Computes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection string&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password in the connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the connection string, password included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent operations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through Neon&apos;s connection pooler (PgBouncer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a branch to see its details.</source>
        <translation>Wählen Sie einen Branch, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h active, %2 h CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3, %4–%5 CU, last active %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compute: add one to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the project&apos;s recent history.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id %1 (quote it to Neon support)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::FilterBar</name>
    <message>
        <source>Search branches by name or id (Ctrl+F)</source>
        <translation>Branches nach Name oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the branches whose name or id contains the text, with their parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Only %1 branches (names matching %2), with their parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale %1 d+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only branches without activity for %1 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring ≤ %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only branches that expire within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only branches with a running compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Canopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each project&apos;s branches under their parents. Enter opens a branch, asterisk expands a subtree, the menu key opens its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization whose projects are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Neon API key was found. Start Canopy with --api-key, set NEON_API_KEY, or store a key in the system keychain. To look around without an account, start it with --demo.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find Branch</source>
        <translation>Branch &amp;suchen</translation>
    </message>
    <message>
        <source>Search branches by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
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
        <translation>&amp;Branch</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Canopy %1&lt;/h3&gt;&lt;p&gt;Neon projects and their branch hierarchies, as a tree.&lt;/p&gt;&lt;p&gt;Keys: F5 refresh · Ctrl+F find · * expand subtree · Ctrl+C copy branch id.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a branch to see its details.</source>
        <translation>Wählen Sie einen Branch, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Refresh This Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox data operations unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox keeps each branch&apos;s databases in a private PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations not listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the branches of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branches of %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s), %1 branches loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the tree as it was at %1; refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the tree as it was at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::WelcomePage</name>
    <message>
        <source>Remember it in the system keychain</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Canopy&lt;/h2&gt;&lt;p&gt;See your Neon projects&apos; branches as a tree, and create, reset, compare and clean them up.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account at hand?</source>
        <translation>Kein Konto zur Hand?</translation>
    </message>
    <message>
        <source>The demo runs a local sandbox that speaks the Neon API, with real PostgreSQL databases when the server is installed. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my Neon API key</source>
        <translation>Meinen Neon-API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Create a key in the Neon Console under Account settings → API keys. Canopy checks it with Neon before keeping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>napi_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neon API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service is reachable (no D-Bus session): the key is used for this session only. Set NEON_API_KEY to skip this page next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neon did not accept this key (%1). Check that it was copied whole and not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored: used for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored in the keychain (%1): used for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

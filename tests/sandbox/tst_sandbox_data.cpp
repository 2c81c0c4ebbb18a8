// SPDX-License-Identifier: MIT
// The sandbox's data plane, checked through real PostgreSQL connections (QtSql, QPSQL) made
// from the connection URIs the API hands out: branches are real copies of their parents.
#include "testsupport.h"

#include <neon/client.h>
#include <pg/connection.h>
#include <sandbox/dataplane.h>
#include <sandbox/pgcluster.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
bool finish(Neon::Reply* r)
{
    if (!r->isFinished()) {
        QSignalSpy spy(r, &Neon::Reply::finished);
        spy.wait(30000);
    }
    return r->isFinished() && r->ok();
}

/// Runs one statement on a database reached through `uri` and returns the first value.
QVariant queryUri(const QString& uri, const QString& sql, QString* error = nullptr)
{
    Pg::Connection connection(uri, u"test-query"_s);
    QVariant value;
    if (!connection.isOpen()) {
        if (error)
            *error = connection.error();
        return value;
    }
    QSqlQuery q(connection.database());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
    } else if (q.next()) {
        value = q.value(0);
    }
    return value;
}
} // namespace

class TestSandboxData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void childHasParentRowsNotViceVersa();
    void schemaOnlyChildHasTablesWithoutRows();
    void resetDiscardsChangesAndKeepsThemUnderTheBackup();
    void deletingDropsTheDatabase();
    void maskedColumnsHoldNoOriginalValue();
    void failingRuleIsNamed();
    void compareSchemaShowsAnAddedColumn();
    void jsonSchemaMatchesTheDdl();
    void existingServerByUri();
    void withoutPostgresTheControlPlaneRuns();
    void cleanupTestCase();

private:
    QString uriOf(const QString& branchName);
    QString adminUriOf(const QString& branchName);
    QString create(const QString& name, const QString& parent, bool schemaOnly = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<Neon::Client> m_client;
    QString m_project;
};

void TestSandboxData::initTestCase()
{
    Sandbox::State state;
    QString error;
    QVERIFY(Sandbox::seedState(u"single"_s, QDateTime::currentDateTimeUtc(), state, &error));
    Sandbox::ServerOptions options;
    options.apiKey = u"k"_s;
    options.operationDurationMs = 20;
    Sandbox::PgCluster::letServerIn(m_dir.path()); // as root the server runs as postgres
    options.postgres = u"private:"_s + m_dir.filePath(u"pg"_s);
    m_server = std::make_unique<Sandbox::Server>(options, std::move(state));
    QVERIFY(m_server->start(&error));
    QVERIFY2(m_server->dataPlane(), qPrintable(m_server->dataPlaneStatus())); // CI must not skip this
    Neon::ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = u"k"_s;
    config.pollIntervalMs = 10;
    m_client = std::make_unique<Neon::Client>(config);
    m_project = m_server->state().projects.keys().first();
}

void TestSandboxData::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

QString TestSandboxData::uriOf(const QString& branchName)
{
    const Sandbox::BranchRecord* b = m_server->state().findBranchByName(m_project, branchName);
    auto reply = m_client->connectionUri(m_project, {b->branch.id, {}, u"neondb"_s, u"neondb_owner"_s, false});
    return finish(reply.get()) ? reply->value().uri : QString();
}

QString TestSandboxData::adminUriOf(const QString& branchName)
{
    const Sandbox::BranchRecord* b = m_server->state().findBranchByName(m_project, branchName);
    const Sandbox::PostgresAddress& a = m_server->dataPlane()->address();
    return u"postgresql://%1:%2@%3:%4/%5"_s.arg(a.user, a.password, a.host).arg(a.port).arg(b->databases.first().physical);
}

QString TestSandboxData::create(const QString& name, const QString& parent, bool schemaOnly)
{
    Neon::BranchCreateOptions o;
    o.name = name;
    o.parentId = m_server->state().findBranchByName(m_project, parent)->branch.id;
    o.endpoints = {Neon::EndpointOptions()};
    if (schemaOnly)
        o.initSource = u"schema-only"_s;
    auto reply = m_client->createBranch(m_project, o);
    if (!finish(reply.get())) {
        qWarning("%s", qPrintable(reply->error().toUserText()));
        return {};
    }
    return reply->value().connectionUris.value(0).uri;
}

void TestSandboxData::childHasParentRowsNotViceVersa()
{
    const QString parent = uriOf(u"main"_s);
    QString error;
    QVERIFY2(queryUri(parent, u"INSERT INTO customers (id, email, created_at) VALUES (900001, 'new@parent.test', now()) "
                              "RETURNING id"_s, &error).isValid(), qPrintable(error));
    const QString child = create(u"copy-of-main"_s, u"main"_s);
    QVERIFY(!child.isEmpty());
    QCOMPARE(queryUri(child, u"SELECT count(*) FROM customers WHERE id = 900001"_s).toInt(), 1);
    QCOMPARE(queryUri(child, u"SELECT count(*) FROM customers"_s).toInt(),
             queryUri(parent, u"SELECT count(*) FROM customers"_s).toInt());
    QVERIFY(queryUri(child, u"INSERT INTO customers (id, email, created_at) VALUES (900002, 'new@child.test', now()) "
                            "RETURNING id"_s).isValid());
    // Each branch's role owns its own database and can create tables in it, parent and child alike.
    for (const QString& uri : {parent, child}) {
        QString error;
        queryUri(uri, u"CREATE TABLE owned_here (id int)"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(queryUri(uri, u"SELECT datdba::regrole::text = current_user FROM pg_database WHERE datname = current_database()"_s)
                     .toBool(),
                 true);
        queryUri(uri, u"DROP TABLE owned_here"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(queryUri(parent, u"SELECT count(*) FROM customers WHERE id = 900002"_s).toInt(), 0);
    // The branch reports its real size and the WAL position it was copied at.
    const Neon::Branch& b = m_server->state().findBranchByName(m_project, u"copy-of-main"_s)->branch;
    QVERIFY(b.logicalSize.value_or(0) > 1024 * 1024);
    QVERIFY(b.parentLsn.contains(QLatin1Char('/')));
    // logical_size follows what is written.
    const qint64 before = b.logicalSize.value_or(0);
    error.clear();
    queryUri(child, u"CREATE TABLE grown AS SELECT i, repeat('x', 200) AS t FROM generate_series(1, 20000) i"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_server->api().advanceClock(11);
    m_server->api().settle();
    QVERIFY(m_server->state().findBranchByName(m_project, u"copy-of-main"_s)->branch.logicalSize.value_or(0) > before + 2000000);
}

void TestSandboxData::schemaOnlyChildHasTablesWithoutRows()
{
    const QString child = create(u"structure-only"_s, u"main"_s, true);
    QVERIFY(!child.isEmpty());
    QCOMPARE(queryUri(child, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt(),
             queryUri(uriOf(u"main"_s), u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt());
    for (const char* table : {"customers", "products", "orders"})
        QCOMPARE(queryUri(child, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))).toInt(), 0);
    QVERIFY(queryUri(uriOf(u"main"_s), u"SELECT count(*) FROM orders"_s).toInt() > 1000);
}

void TestSandboxData::resetDiscardsChangesAndKeepsThemUnderTheBackup()
{
    // The connection string copied before the reset is the one checked after it: on Neon a reset
    // or restored branch keeps its connection string, so the sandbox keeps its physical names.
    const QString alice = uriOf(u"dev-alice"_s);
    QVERIFY(queryUri(alice, u"INSERT INTO products (id, sku, price_cents) VALUES (777777, 'ALICE-ONLY', 1) RETURNING id"_s)
                .isValid());
    const QString id = m_server->state().findBranchByName(m_project, u"dev-alice"_s)->branch.id;
    auto reply = m_client->resetFromParent(m_project, id, u"dev-alice_before_reset"_s);
    QVERIFY2(finish(reply.get()), qPrintable(reply->error().toUserText()));
    QString error;
    QCOMPARE(queryUri(alice, u"SELECT count(*) FROM products WHERE id = 777777"_s, &error).toInt(), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(uriOf(u"dev-alice"_s), alice);
    QCOMPARE(queryUri(alice, u"SELECT count(*) FROM products"_s).toInt(),
             queryUri(uriOf(u"main-dev"_s), u"SELECT count(*) FROM products"_s).toInt());
    QCOMPARE(queryUri(adminUriOf(u"dev-alice_before_reset"_s), u"SELECT count(*) FROM products WHERE id = 777777"_s).toInt(), 1);

    // Restoring from another branch (without a backup: the old databases are dropped) keeps it too.
    const QString mainId = m_server->state().findBranchByName(m_project, u"main"_s)->branch.id;
    auto restore = m_client->restoreBranch(m_project, id, {mainId, {}, {}, {}});
    QVERIFY2(finish(restore.get()), qPrintable(restore->error().toUserText()));
    error.clear();
    QCOMPARE(queryUri(alice, u"SELECT count(*) FROM products"_s, &error).toInt(),
             queryUri(uriOf(u"main"_s), u"SELECT count(*) FROM products"_s).toInt());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSandboxData::deletingDropsTheDatabase()
{
    create(u"short-lived"_s, u"main-dev"_s);
    create(u"soft-deleted"_s, u"main-dev"_s);
    const Sandbox::BranchRecord* shortLived = m_server->state().findBranchByName(m_project, u"short-lived"_s);
    const QString physical = shortLived->databases.first().physical;
    const QString softPhysical = m_server->state().findBranchByName(m_project, u"soft-deleted"_s)->databases.first().physical;
    const QString admin = adminUriOf(u"main"_s);
    auto exists = [&](const QString& db) {
        return queryUri(admin, u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(db)).toInt();
    };
    QCOMPARE(exists(physical), 1);
    auto hard = m_client->deleteBranch(m_project, shortLived->branch.id, true);
    QVERIFY(finish(hard.get()));
    QCOMPARE(exists(physical), 0);
    auto soft = m_client->deleteBranch(m_project, m_server->state().findBranchByName(m_project, u"soft-deleted"_s)->branch.id);
    QVERIFY(finish(soft.get()));
    QCOMPARE(exists(softPhysical), 1); // recoverable for 7 days
    m_server->api().advanceClock(8 * 86400);
    m_server->api().settle();
    QCOMPARE(exists(softPhysical), 0);
}

static QStringList column(const QString& uri, const QString& sql)
{
    Pg::Connection connection(uri, u"test-column"_s);
    QStringList out;
    if (connection.isOpen()) {
        QSqlQuery q(connection.database());
        q.exec(sql);
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

void TestSandboxData::maskedColumnsHoldNoOriginalValue()
{
    Neon::AnonymizedBranchCreate request;
    Neon::BranchCreateOptions branch;
    branch.name = u"main-anon-real"_s;
    branch.parentId = m_server->state().findBranchByName(m_project, u"main"_s)->branch.id;
    branch.endpoints = {Neon::EndpointOptions()};
    request.branchCreate = branch;
    request.maskingRules = {{u"neondb"_s, u"public"_s, u"customers"_s, u"email"_s, u"anon.dummy_free_email()"_s, {}},
                            {u"neondb"_s, u"public"_s, u"customers"_s, u"full_name"_s, u"anon.dummy_name()"_s, {}},
                            {u"neondb"_s, u"public"_s, u"customers"_s, u"phone"_s, {}, u"'REDACTED'"_s}};
    request.startAnonymization = true;
    auto created = m_client->createAnonymizedBranch(m_project, request);
    QVERIFY2(finish(created.get()), qPrintable(created->error().toUserText()));
    m_server->api().advanceClock(2);
    auto status = m_client->anonymizedStatus(m_project, created->value().branch.id);
    QVERIFY(finish(status.get()));
    QCOMPARE(status->value().state, u"anonymized"_s);
    QCOMPARE(status->value().lastRunMaskedColumns.value_or(0), 3);

    const QString original = uriOf(u"main"_s);
    const QString masked = created->value().connectionUris.value(0).uri;
    QVERIFY(!masked.isEmpty());
    const QStringList before = column(original, u"SELECT email FROM customers ORDER BY id"_s);
    const QStringList after = column(masked, u"SELECT email FROM customers ORDER BY id"_s);
    QCOMPARE(after.size(), before.size()); // every row still there
    QCOMPARE(column(masked, u"SELECT id FROM customers ORDER BY id"_s), column(original, u"SELECT id FROM customers ORDER BY id"_s));
    const QSet<QString> originals(before.cbegin(), before.cend());
    for (const QString& email : after)
        QVERIFY2(!originals.contains(email), qPrintable(email)); // no original value survives
    const QStringList names = column(original, u"SELECT full_name FROM customers ORDER BY id"_s);
    const QStringList maskedNames = column(masked, u"SELECT full_name FROM customers ORDER BY id"_s);
    int same = 0;
    for (int i = 0; i < names.size(); ++i)
        same += names.at(i) == maskedNames.at(i) ? 1 : 0;
    QVERIFY2(same < names.size() / 10, qPrintable(u"%1 names unchanged"_s.arg(same))); // a random draw may hit the same
    QCOMPARE(column(masked, u"SELECT DISTINCT phone FROM customers"_s), QStringList{u"REDACTED"_s});
    // Orders still point at the same customers.
    QCOMPARE(queryUri(masked, u"SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id"_s).toInt(),
             queryUri(original, u"SELECT count(*) FROM orders"_s).toInt());
}

void TestSandboxData::failingRuleIsNamed()
{
    Neon::AnonymizedBranchCreate request;
    Neon::BranchCreateOptions branch;
    branch.name = u"anon-broken"_s;
    branch.parentId = m_server->state().findBranchByName(m_project, u"main"_s)->branch.id;
    request.branchCreate = branch;
    request.maskingRules = {{u"neondb"_s, u"public"_s, u"customers"_s, u"email"_s, u"anon.no_such_function()"_s, {}}};
    request.startAnonymization = true;
    auto created = m_client->createAnonymizedBranch(m_project, request);
    QVERIFY(finish(created.get()));
    m_server->api().advanceClock(2);
    auto status = m_client->anonymizedStatus(m_project, created->value().branch.id);
    QVERIFY(finish(status.get()));
    QCOMPARE(status->value().state, u"error"_s);
    QVERIFY2(status->value().statusMessage.contains("public.customers.email"_L1), qPrintable(status->value().statusMessage));
    QVERIFY(status->value().failedAt.isValid());
}

void TestSandboxData::compareSchemaShowsAnAddedColumn()
{
    const QString uri = create(u"schema-change"_s, u"main"_s);
    QString error;
    queryUri(uri, u"ALTER TABLE customers ADD COLUMN loyalty_tier text"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString changed = m_server->state().findBranchByName(m_project, u"schema-change"_s)->branch.id;
    const QString base = m_server->state().findBranchByName(m_project, u"main"_s)->branch.id;
    auto diff = m_client->compareSchema(m_project, changed, {u"neondb"_s, base, {}, {}, {}, {}});
    QVERIFY(finish(diff.get()));
    const QString text = diff->value().diff;
    QVERIFY2(text.startsWith("--- a/neondb\n+++ b/neondb\n@@"_L1), qPrintable(text.left(200)));
    QVERIFY2(text.contains("+    loyalty_tier text"_L1), qPrintable(text));
    auto same = m_client->compareSchema(m_project, m_server->state().findBranchByName(m_project, u"main-dev"_s)->branch.id,
                                        {u"neondb"_s, base, {}, {}, {}, {}});
    QVERIFY(finish(same.get()));
    QCOMPARE(same->value().diff, QString()); // equal schemas: empty
}

void TestSandboxData::jsonSchemaMatchesTheDdl()
{
    const QString main = m_server->state().findBranchByName(m_project, u"main"_s)->branch.id;
    auto sql = m_client->branchSchema(m_project, main, {u"neondb"_s, {}, {}, u"sql"_s});
    auto json = m_client->branchSchema(m_project, main, {u"neondb"_s, {}, {}, u"json"_s});
    QVERIFY(finish(sql.get()) && finish(json.get()));
    const QString ddl = sql->value().sql;
    QVERIFY(ddl.contains("CREATE TABLE public.customers ("_L1));
    QCOMPARE(json->value().tables.size(), 3);
    for (const Neon::SchemaTable& t : json->value().tables) {
        QVERIFY2(ddl.contains(u"CREATE TABLE %1.%2 ("_s.arg(t.schema, t.name)), qPrintable(t.name));
        for (const Neon::SchemaColumn& c : t.columns)
            QVERIFY2(ddl.contains(u"    %1 %2"_s.arg(c.name, c.type)), qPrintable(t.name + u"."_s + c.name + u" "_s + c.type));
        for (const Neon::SchemaConstraint& k : t.constraints) {
            QVERIFY2(ddl.contains(u"ADD CONSTRAINT %1 "_s.arg(k.name)), qPrintable(k.name));
            if (k.type == "foreign_key"_L1)
                QVERIFY(ddl.contains(u"REFERENCES %1.%2(%3)"_s.arg(k.referencedSchema, k.referencedTable, k.referencedColumns.join(u", "_s))));
        }
    }
}

void TestSandboxData::existingServerByUri()
{
    // --postgres / CANOPY_SANDBOX_POSTGRES: a server the user runs (here: one more private cluster).
    QTemporaryDir folder;
    Sandbox::PgCluster::letServerIn(folder.path());
    Sandbox::PgCluster cluster;
    QString error;
    QVERIFY2(cluster.start(folder.filePath(u"external"_s), &error), qPrintable(error));
    Sandbox::State state;
    QVERIFY(Sandbox::seedState(u"per-customer"_s, QDateTime::currentDateTimeUtc(), state, &error));
    Sandbox::ServerOptions options;
    options.apiKey = u"k"_s;
    options.postgres = u"postgresql://%1:%2@%3:%4/postgres"_s.arg(cluster.superuser(), cluster.superuserPassword(), cluster.host())
                           .arg(cluster.port());
    Sandbox::Server server(options, std::move(state));
    QVERIFY(server.start(&error));
    QVERIFY2(server.dataPlane(), qPrintable(server.dataPlaneStatus()));
    // A server of the user's keeps no history the sandbox could recover: it says so.
    QCOMPARE(server.dataPlaneStatus(), u"PostgreSQL on 127.0.0.1:%1; no point-in-time history (only the sandbox's own "
                                       "cluster keeps one)"_s.arg(cluster.port()));
    int physical = 0;
    for (const Sandbox::BranchRecord& b : std::as_const(server.state().branches))
        physical += b.databases.first().physical.isEmpty() ? 0 : 1;
    QCOMPARE(physical, server.state().branches.size());
}

void TestSandboxData::withoutPostgresTheControlPlaneRuns()
{
    Sandbox::State state;
    QString error;
    QVERIFY(Sandbox::seedState(u"single"_s, QDateTime::currentDateTimeUtc(), state, &error));
    Sandbox::ServerOptions options;
    options.apiKey = u"k"_s;
    options.postgres = u"postgresql://nobody:wrong@127.0.0.1:1/postgres"_s; // nothing listens there
    Sandbox::Server server(options, std::move(state));
    QVERIFY(server.start(&error));
    QVERIFY(!server.dataPlane());
    QVERIFY2(server.dataPlaneStatus().startsWith("unavailable: cannot connect to PostgreSQL"_L1),
             qPrintable(server.dataPlaneStatus()));
    QCOMPARE(server.api().handle({"GET", u"/projects"_s, {}, {}, {}}).status, 200); // the API still answers
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"

// SPDX-License-Identifier: MIT
// The sandbox as an attacker on this machine would try it: masking rules that smuggle SQL in,
// files others could read, secrets in the server's environment and in error texts, branch
// roles that reach other branches' databases, connections that ignore the URI's TLS demands.
#include "testsupport.h"

#include <pg/connection.h>
#include <sandbox/dataplane.h>
#include <sandbox/pgcluster.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions privateFolder = privateFile | QFileDevice::ExeOwner;

/// The owner/group/other bits only (QFileInfo adds the "user" bits of the caller).
QFileDevice::Permissions modeOf(const QString& path)
{
    const QFileDevice::Permissions all = QFileInfo(path).permissions();
    return all & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                  | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                  | QFileDevice::ExeOther);
}

struct Answer
{
    int status = 0;
    QJsonObject body;
};
} // namespace

class TestSandboxSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void injectedMaskingRulesAreRefusedAndNothingRuns_data();
    void injectedMaskingRulesAreRefusedAndNothingRuns();
    void allowedRulesRunAsTheBranchOwner();
    void stateAndSecretFilesArePrivateFromCreation();
    void parentFoldersKeepTheirModes();
    void postgresServerHasNoApiKeyInItsEnvironment();
    void branchRolesReachOnlyTheirBranch();
    void errorTextsNeverQuotePasswords();
    void keyComparisonIsByValueOnly();
    void uriTlsDemandsAreKept();
    void namesWithPlaceholdersStayIntact();
    void cleanupTestCase();

private:
    Answer call(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    QString branchId(const QString& name) const;
    QString anonymizedBranch(const QString& name);
    QString uriOf(const QString& branchName, const QString& database = u"neondb"_s);

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::Server> m_server;
    QNetworkAccessManager m_network;
    QString m_project;
    QString m_statePath;
};

void TestSandboxSecurity::initTestCase()
{
    // The server's environment is this process's: what a user may have exported.
    qputenv("NEON_API_KEY", "napi_must_not_reach_postgres");
    Sandbox::State state;
    QString error;
    QVERIFY(Sandbox::seedState(u"single"_s, QDateTime::currentDateTimeUtc(), state, &error));
    Sandbox::ServerOptions options;
    options.apiKey = u"k"_s;
    options.operationDurationMs = 20;
    Sandbox::PgCluster::letServerIn(m_dir.path()); // this test's own folder, as root
    m_statePath = m_dir.filePath(u"state.json"_s);
    options.statePath = m_statePath;
    options.postgres = u"private:"_s + m_statePath + u".postgres"_s;
    m_server = std::make_unique<Sandbox::Server>(options, std::move(state));
    QVERIFY(m_server->start(&error));
    QVERIFY2(m_server->dataPlane(), qPrintable(m_server->dataPlaneStatus())); // CI must not skip this
    m_project = m_server->state().projects.keys().first();
}

void TestSandboxSecurity::cleanupTestCase()
{
    m_server.reset();
    qunsetenv("NEON_API_KEY");
}

Answer TestSandboxSecurity::call(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer k");
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(
        m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
}

QString TestSandboxSecurity::branchId(const QString& name) const
{
    const Sandbox::BranchRecord* b = m_server->state().findBranchByName(m_project, name);
    return b ? b->branch.id : QString();
}

QString TestSandboxSecurity::anonymizedBranch(const QString& name)
{
    const QJsonObject branch{{"name"_L1, name}, {"parent_id"_L1, branchId(u"main"_s)}};
    const Answer a = call("POST", u"/projects/%1/branch_anonymized"_s.arg(m_project),
                          {{"branch_create"_L1, QJsonObject{{"branch"_L1, branch}}}, {"masking_rules"_L1, QJsonArray()}});
    return a.status == 201 ? a.body.value("branch"_L1).toObject().value("id"_L1).toString() : QString();
}

QString TestSandboxSecurity::uriOf(const QString& branchName, const QString& database)
{
    QUrlQuery query;
    query.addQueryItem(u"branch_id"_s, branchId(branchName));
    query.addQueryItem(u"database_name"_s, database);
    query.addQueryItem(u"role_name"_s, u"neondb_owner"_s);
    const Answer a = call("GET", u"/projects/%1/connection_uri?%2"_s.arg(m_project, query.toString()));
    return a.body.value("uri"_L1).toString();
}

void TestSandboxSecurity::injectedMaskingRulesAreRefusedAndNothingRuns_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    // Written by the postgres server process if a rule ever runs as its superuser.
    const QString marker = u"/tmp/canopy-injection-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("stacked COPY TO PROGRAM")
        << u"masking_function"_s << u"email; COPY (SELECT 1) TO PROGRAM 'touch %1'; SELECT 1"_s.arg(marker) << u"\";\""_s;
    QTest::newRow("balanced parentheses, stacked")
        << u"masking_function"_s << u"lower(email)) FROM customers; COPY (SELECT 1) TO PROGRAM 'touch %1'; SELECT (1"_s.arg(marker)
        << u"\";\""_s;
    QTest::newRow("reads the superuser password")
        << u"masking_function"_s << u"pg_read_file('%1')"_s.arg(m_dir.filePath(u"state.json.postgres/superuser-password"_s))
        << u"\"pg_read_file\" is not one of them"_s;
    QTest::newRow("changes the role") << u"masking_function"_s << u"set_config('role', 'canopy_admin', false)"_s
                                      << u"\"set_config\" is not one of them"_s;
    QTest::newRow("subquery on the catalog") << u"masking_function"_s << u"(SELECT rolpassword FROM pg_authid LIMIT 1)"_s
                                             << u"\"select\""_s;
    QTest::newRow("own function elsewhere") << u"masking_function"_s << u"public.evil(email)"_s
                                            << u"\"public.evil\" is not one of them"_s;
    QTest::newRow("comment hides the rest") << u"masking_function"_s << u"lower(email) --"_s << u"comments"_s;
    QTest::newRow("dollar quoting") << u"masking_function"_s << u"$$x$$"_s << u"dollar quoting"_s;
    QTest::newRow("value that is a statement")
        << u"masking_value"_s << u"'x'; COPY (SELECT 1) TO PROGRAM 'touch %1'"_s.arg(marker) << u"\";\""_s;
    QTest::newRow("value that calls a function") << u"masking_value"_s << u"anon.fake_email()"_s << u"a literal"_s;
    qputenv("CANOPY_INJECTION_MARKER", marker.toUtf8());
}

void TestSandboxSecurity::injectedMaskingRulesAreRefusedAndNothingRuns()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const QString marker = qEnvironmentVariable("CANOPY_INJECTION_MARKER");
    const QString id = anonymizedBranch(u"anon-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12));
    QVERIFY(!id.isEmpty());
    m_server->api().advanceClock(1);
    const QJsonObject rule{{"database_name"_L1, "neondb"_L1}, {"schema_name"_L1, "public"_L1},
                           {"table_name"_L1, "customers"_L1}, {"column_name"_L1, "email"_L1}, {field, text}};
    // PATCH …/masking_rules refuses it with Neon's 400 and a reason.
    const QString rules = u"/projects/%1/branches/%2/masking_rules"_s.arg(m_project, id);
    const Answer patched = call("PATCH", rules, {{"masking_rules"_L1, QJsonArray{rule}}});
    QCOMPARE(patched.status, 400);
    const QString message = patched.body.value("message"_L1).toString();
    QVERIFY2(message.contains(reason) && message.contains("public.customers.email"_L1), qPrintable(message));
    QVERIFY(call("GET", rules).body.value("masking_rules"_L1).toArray().isEmpty()); // nothing stored
    // So does creating an anonymized branch with it.
    const QJsonObject branch{{"name"_L1, "anon-refused"_L1}, {"parent_id"_L1, branchId(u"main"_s)}};
    const Answer created = call("POST", u"/projects/%1/branch_anonymized"_s.arg(m_project),
                                {{"branch_create"_L1, QJsonObject{{"branch"_L1, branch}}},
                                 {"masking_rules"_L1, QJsonArray{rule}}, {"start_anonymization"_L1, true}});
    QCOMPARE(created.status, 400);
    QVERIFY(branchId(u"anon-refused"_s).isEmpty());
    // Running the (empty) rules of the first branch runs nothing either.
    QCOMPARE(call("POST", u"/projects/%1/branches/%2/anonymize"_s.arg(m_project, id)).status, 200);
    m_server->api().advanceClock(2);
    QVERIFY2(!QFile::exists(marker), qPrintable(marker));
}

void TestSandboxSecurity::allowedRulesRunAsTheBranchOwner()
{
    const QString id = anonymizedBranch(u"anon-owner"_s);
    QVERIFY(!id.isEmpty());
    m_server->api().advanceClock(1);
    const QJsonObject rule{{"database_name"_L1, "neondb"_L1}, {"schema_name"_L1, "public"_L1},
                           {"table_name"_L1, "customers"_L1}, {"column_name"_L1, "full_name"_L1},
                           {"masking_function"_L1, "anon.hash(current_user::text)"_L1}};
    QCOMPARE(call("PATCH", u"/projects/%1/branches/%2/masking_rules"_s.arg(m_project, id), {{"masking_rules"_L1, QJsonArray{rule}}}).status,
             200);
    QCOMPARE(call("POST", u"/projects/%1/branches/%2/anonymize"_s.arg(m_project, id)).status, 200);
    m_server->api().advanceClock(2);
    const Answer status = call("GET", u"/projects/%1/branches/%2/anonymized_status"_s.arg(m_project, id));
    QVERIFY2(status.body.value("state"_L1).toString() == "anonymized"_L1,
             qPrintable(status.body.value("status_message"_L1).toString()));
    Pg::Connection connection(uriOf(u"anon-owner"_s), u"test-owner"_s);
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QSqlQuery q(connection.database());
    QVERIFY(q.exec(u"SELECT DISTINCT full_name FROM customers"_s) && q.next());
    const QString owner = Sandbox::DataPlane::physicalRole(id, u"neondb_owner"_s);
    QCOMPARE(q.value(0).toString(), QString::fromLatin1(QCryptographicHash::hash(owner.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(!q.next()); // every row: the rule ran as the owner, never as the superuser
}

void TestSandboxSecurity::stateAndSecretFilesArePrivateFromCreation()
{
    auto mutate = [this](const QString& name) {
        const QJsonObject branch{{"name"_L1, name}, {"parent_id"_L1, branchId(u"main"_s)}};
        const int status = call("POST", u"/projects/%1/branches"_s.arg(m_project), {{"branch"_L1, branch}}).status;
        m_server->api().advanceClock(1);
        return status;
    };
    QCOMPARE(mutate(u"saved-once"_s), 201);
    QTRY_VERIFY(QFile::exists(m_statePath));
    QCOMPARE(modeOf(m_statePath), privateFile);
    QCOMPARE(modeOf(m_statePath + u".postgres"_s), privateFolder);
    QCOMPARE(modeOf(m_statePath + u".postgres/superuser-password"_s), privateFile);
    // A state file that others could read before stays theirs no longer after the next save.
    QFile::setPermissions(m_statePath, privateFile | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QCOMPARE(mutate(u"saved-twice"_s), 201);
    QTRY_COMPARE(modeOf(m_statePath), privateFile);
}

void TestSandboxSecurity::parentFoldersKeepTheirModes()
{
    // Running as root, the server runs as postgres: a folder it cannot reach is refused, not opened.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(u"projects/demo"_s));
    const QFileDevice::Permissions before = modeOf(home.path());
    QCOMPARE(before, privateFolder); // as QTemporaryDir makes it, like a home folder of 0700
    Sandbox::PgCluster cluster;
    QString error;
    const bool started = cluster.start(home.filePath(u"projects/demo/pg"_s), &error);
    QCOMPARE(modeOf(home.path()), before);
    if (::geteuid() == 0) {
        QVERIFY(!started);
        QVERIFY2(error.contains(u"does not change the permissions"_s) && error.contains(home.path()), qPrintable(error));
        QVERIFY(!(modeOf(home.path()) & QFileDevice::ExeOther));
    } else {
        QVERIFY2(started, qPrintable(error)); // an ordinary user's server runs as that user
    }
}

void TestSandboxSecurity::postgresServerHasNoApiKeyInItsEnvironment()
{
    QFile pidFile(m_statePath + u".postgres/data/postmaster.pid"_s);
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const QByteArray pid = pidFile.readLine().trimmed();
    QFile environ(u"/proc/%1/environ"_s.arg(QString::fromLatin1(pid)));
    QVERIFY2(environ.open(QIODevice::ReadOnly), qPrintable(environ.errorString()));
    const QByteArray environment = environ.readAll();
    QVERIFY(environment.contains("PATH=")); // it is the server's environment
    QVERIFY(!environment.contains("NEON_API_KEY"));
    QVERIFY(!environment.contains("napi_must_not_reach_postgres"));
}

void TestSandboxSecurity::branchRolesReachOnlyTheirBranch()
{
    const QJsonObject branch{{"name"_L1, "dev-other"_L1}, {"parent_id"_L1, branchId(u"main"_s)}};
    QCOMPARE(call("POST", u"/projects/%1/branches"_s.arg(m_project), {{"branch"_L1, branch}, {"endpoints"_L1, QJsonArray{QJsonObject{{"type"_L1, "read_write"_L1}}}}}).status,
             201);
    const auto own = Pg::ConnectionSpec::fromUri(uriOf(u"main"_s));
    const auto other = Pg::ConnectionSpec::fromUri(uriOf(u"dev-other"_s));
    QVERIFY(own && other);
    Pg::Connection mine(*own, u"test-own"_s);
    QVERIFY2(mine.isOpen(), qPrintable(mine.error()));
    Pg::ConnectionSpec intruder = *own;
    intruder.database = other->database; // main's role, dev-other's database
    Pg::Connection theirs(intruder, u"test-intruder"_s);
    QVERIFY(!theirs.isOpen());
    QVERIFY2(theirs.error().contains(u"permission denied"_s), qPrintable(theirs.error()));
}

void TestSandboxSecurity::errorTextsNeverQuotePasswords()
{
    QString error;
    const QString database = m_server->state().findBranchByName(m_project, u"main"_s)->databases.first().physical;
    QVERIFY(!m_server->dataPlane()->exec(database, {u"CREATE ROLE pg_not_allowed LOGIN PASSWORD 'hunter2-secret'"_s}, &error));
    QVERIFY2(error.contains(u"reserved"_s), qPrintable(error)); // PostgreSQL's reason is kept
    QVERIFY2(!error.contains(u"hunter2"_s), qPrintable(error));
    QVERIFY2(error.contains(u"PASSWORD '***'"_s), qPrintable(error));
}

void TestSandboxSecurity::keyComparisonIsByValueOnly()
{
    QVERIFY(Sandbox::sameSecret("Bearer k", "Bearer k"));
    QVERIFY(!Sandbox::sameSecret("Bearer j", "Bearer k"));
    QVERIFY(!Sandbox::sameSecret("Bearer k2", "Bearer k"));
    QVERIFY(!Sandbox::sameSecret("", "Bearer k"));
    QCOMPARE(call("GET", u"/projects"_s).status, 200);
}

void TestSandboxSecurity::uriTlsDemandsAreKept()
{
    // The sandbox's PostgreSQL speaks no TLS: a URI that demands it must not connect anyway.
    QUrl uri(uriOf(u"main"_s));
    QVERIFY(Pg::Connection(uri.toString(), u"test-tls-plain"_s).isOpen());
    for (const QString& demand : {u"sslmode=require"_s, u"sslmode=verify-full"_s, u"sslmode=disable&channel_binding=require"_s}) {
        uri.setQuery(demand);
        Pg::Connection connection(uri.toString(), u"test-tls"_s);
        QVERIFY2(!connection.isOpen(), qPrintable(demand));
        QVERIFY2(connection.error().contains(u"SSL"_s) || connection.error().contains(u"channel binding"_s),
                 qPrintable(connection.error()));
    }
}

void TestSandboxSecurity::namesWithPlaceholdersStayIntact()
{
    const QString name = u"a%1b%2c"_s;
    const QJsonObject parent{{"name"_L1, name}, {"parent_id"_L1, branchId(u"main"_s)}};
    QCOMPARE(call("POST", u"/projects/%1/branches"_s.arg(m_project), {{"branch"_L1, parent}}).status, 201);
    m_server->api().advanceClock(1);
    const QJsonObject child{{"name"_L1, "child-of-placeholders"_L1}, {"parent_id"_L1, branchId(name)}};
    QCOMPARE(call("POST", u"/projects/%1/branches"_s.arg(m_project), {{"branch"_L1, child}}).status, 201);
    m_server->api().advanceClock(1);
    const Answer refused = call("DELETE", u"/projects/%1/branches/%2"_s.arg(m_project, branchId(name)));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.body.value("message"_L1).toString(),
             u"cannot delete branch a%1b%2c: it has 1 child branch(es); delete them first"_s);
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxSecurity)
#include "tst_sandbox_security.moc"

// SPDX-License-Identifier: MIT
// Drives every endpoint of the sandbox through the real client, with successes and Neon's
// error statuses, and records each answer. The ctest step sandbox/conformance then validates
// every recorded answer against the official OpenAPI spec (tests/spec/validate-exchanges.mjs).
#include "testsupport.h"

#include <neon/client.h>
#include <neon/codec.h>
#include <sandbox/seeds.h>
#include <sandbox/server.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
bool finish(Neon::Reply* r)
{
    if (!r->isFinished()) {
        QSignalSpy spy(r, &Neon::Reply::finished);
        spy.wait(20000);
    }
    return r->isFinished();
}
} // namespace

class TestSandboxTour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tour();
    void cleanupTestCase();

private:
    /// Raw HTTP like any other Neon tool: the project and account routes Canopy does not call.
    bool projectRoutes();
    int send(const QByteArray& verb, const QString& path, const QByteArray& body = {}, QJsonObject* answer = nullptr);
    std::unique_ptr<Sandbox::Server> m_server;
    std::unique_ptr<Neon::Client> m_client;
};

void TestSandboxTour::initTestCase()
{
    Sandbox::State state;
    QString error;
    QVERIFY(Sandbox::seedState(u"demo"_s, QDateTime::currentDateTimeUtc(), state, &error, 3));
    Sandbox::ServerOptions options;
    options.apiKey = u"tour"_s;
    options.operationDurationMs = 30;
    m_server = std::make_unique<Sandbox::Server>(options, std::move(state));
    QVERIFY(m_server->start(&error));
    m_server->recordExchanges = true;
    Neon::ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = u"tour"_s;
    config.pollIntervalMs = 10;
    config.transport.backoffBaseMs = 5;
    config.transport.backoffCapMs = 40;
    m_client = std::make_unique<Neon::Client>(config);
}

void TestSandboxTour::tour()
{
    Neon::Client& c = *m_client;
    auto ok = [](auto pending) {
        const bool done = finish(pending.get());
        if (!done || !pending->ok())
            qWarning("%s: %s", qPrintable(pending->description()), qPrintable(pending->error().toUserText()));
        return pending;
    };
    auto user = ok(c.currentUser());
    auto orgs = ok(c.organizations());
    QVERIFY(orgs->ok());
    const QString orgId = orgs->value().first().id;
    auto projects = ok(c.projects({orgId, {}}));
    QVERIFY(projects->ok());
    QString shop, clinic;
    for (const Neon::Project& p : projects->value()) {
        ok(c.project(p.id));
        auto branches = ok(c.branches(p.id, {{}, u"created_at"_s, u"asc"_s, true}));
        ok(c.branchCount(p.id));
        ok(c.projectEndpoints(p.id));
        ok(c.operations(p.id));
        for (const Neon::Branch& b : branches->value().branches) {
            ok(c.branch(p.id, b.id));
            ok(c.branchEndpoints(p.id, b.id));
            ok(c.branchDatabases(p.id, b.id));
            ok(c.branchRoles(p.id, b.id));
        }
        if (p.name == "shop"_L1)
            shop = p.id;
        if (p.name == "clinic"_L1)
            clinic = p.id;
    }
    const Sandbox::State& s = m_server->state();
    auto id = [&](const QString& project, const QString& name) { return s.findBranchByName(project, name)->branch.id; };
    const QString main = id(shop, u"main"_s), mainDev = id(shop, u"main-dev"_s), alice = id(shop, u"dev-alice"_s);

    ok(c.branchSchema(shop, alice, {u"neondb"_s, {}, {}, u"sql"_s}));
    ok(c.branchSchema(shop, alice, {u"neondb"_s, {}, {}, u"json"_s}));
    ok(c.compareSchema(shop, alice, {u"neondb"_s, main, {}, {}, {}, {}}));
    ok(c.compareSchema(shop, mainDev, {u"neondb"_s, {}, {}, {}, {}, {}}));
    ok(c.connectionUri(shop, {alice, {}, u"neondb"_s, u"neondb_owner"_s, true}));
    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    const QStringList metrics{u"compute_unit_seconds"_s, u"root_branch_bytes_month"_s, u"public_network_transfer_bytes"_s};
    ok(c.projectConsumption({orgId, today.addDays(-5), today, u"daily"_s, metrics, {}, {}}));
    ok(c.branchConsumption({orgId, today.addSecs(-6 * 3600), today, u"hourly"_s, metrics, {shop}, {}}));
    ok(c.branchConsumption({orgId, today.addDays(-200), today, u"monthly"_s, metrics, {shop, clinic}, {}}));

    // Mutations, each with its operations.
    Neon::BranchCreateOptions create;
    create.parentId = mainDev;
    create.name = u"tour-dev"_s;
    create.endpoints = {Neon::EndpointOptions()};
    auto created = ok(c.createBranch(shop, create));
    QVERIFY(created->ok());
    const QString tour = created->value().branch.id;
    Neon::BranchCreateOptions schemaOnly;
    schemaOnly.parentId = main;
    schemaOnly.name = u"tour-schema-only"_s;
    schemaOnly.initSource = u"schema-only"_s;
    schemaOnly.endpoints = {Neon::EndpointOptions()};
    auto root = ok(c.createBranch(shop, schemaOnly));
    Neon::BranchCreateOptions bare; // no body fields: auto name, no compute
    bare.sendEndpoints = false;
    ok(c.createBranch(shop, bare));
    Neon::BranchUpdate update;
    update.name = u"tour-dev-renamed"_s;
    update.expiresAt = QDateTime::currentDateTimeUtc().addDays(2);
    ok(c.updateBranch(shop, tour, update));
    Neon::BranchUpdate clear;
    clear.clearExpiration = true;
    clear.isProtected = true;
    ok(c.updateBranch(shop, tour, clear));
    Neon::BranchUpdate unprotect;
    unprotect.isProtected = false;
    ok(c.updateBranch(shop, tour, unprotect));
    ok(c.resetFromParent(shop, tour));
    ok(c.restoreBranch(shop, alice, {main, {}, {}, u"dev-alice_old"_s}));
    ok(c.setDefaultBranch(shop, mainDev));
    ok(c.setDefaultBranch(shop, main));
    auto deleted = ok(c.deleteBranch(shop, root->value().branch.id));
    ok(c.deleteBranch(shop, root->value().branch.id)); // 204
    ok(c.recoverBranch(shop, root->value().branch.id));
    ok(c.deleteBranch(shop, root->value().branch.id, true));

    const QString anonBase = id(clinic, u"main-anon"_s);
    ok(c.maskingRules(clinic, anonBase));
    Neon::AnonymizedBranchCreate anon;
    Neon::BranchCreateOptions anonBranch;
    anonBranch.parentId = id(clinic, u"main"_s);
    anonBranch.name = u"tour-anon"_s;
    anonBranch.endpoints = {Neon::EndpointOptions()};
    anon.branchCreate = anonBranch;
    anon.maskingRules = s.branches.value(anonBase).maskingRules;
    anon.startAnonymization = true;
    auto anonymized = ok(c.createAnonymizedBranch(clinic, anon));
    QVERIFY(anonymized->ok());
    const QString anonId = anonymized->value().branch.id;
    ok(c.anonymizedStatus(clinic, anonId)); // initialized or anonymizing
    m_server->api().advanceClock(2);
    ok(c.anonymizedStatus(clinic, anonId)); // anonymized
    ok(c.setMaskingRules(clinic, anonId, anon.maskingRules.mid(0, 2)));
    ok(c.startAnonymization(clinic, anonId));
    ok(c.anonymizedStatus(clinic, anonId));

    // Computes, databases and roles, through the client.
    using Action = Neon::Client::EndpointAction;
    Neon::EndpointCreate replica;
    replica.branchId = tour;
    replica.type = u"read_only"_s;
    replica.autoscalingLimitMaxCu = 2;
    auto ro = ok(c.createEndpoint(shop, replica));
    QVERIFY(ro->ok());
    const QString roId = ro->value().endpoint.id;
    ok(c.endpoint(shop, roId));
    Neon::EndpointUpdate resize;
    resize.autoscalingLimitMinCu = 0.5;
    resize.autoscalingLimitMaxCu = 4;
    resize.suspendTimeoutSeconds = 600;
    QVERIFY(ok(c.updateEndpoint(shop, roId, resize))->ok());
    for (Action a : {Action::Suspend, Action::Start, Action::Restart})
        QVERIFY(ok(c.endpointAction(shop, roId, a))->ok());
    QVERIFY(ok(c.deleteEndpoint(shop, roId))->ok());
    QVERIFY(ok(c.deleteEndpoint(shop, roId))->value().alreadyGone); // 204
    QVERIFY(ok(c.createDatabase(shop, tour, u"tour_db"_s, u"neondb_owner"_s))->ok());
    ok(c.database(shop, tour, u"tour_db"_s));
    Neon::DatabaseUpdate rename;
    rename.name = u"tour_db2"_s;
    QVERIFY(ok(c.updateDatabase(shop, tour, u"tour_db"_s, rename))->ok());
    auto role = ok(c.createRole(shop, tour, u"tour_app"_s));
    QVERIFY(role->ok() && !role->value().role.password.isEmpty());
    ok(c.role(shop, tour, u"tour_app"_s));
    QCOMPARE(ok(c.revealRolePassword(shop, tour, u"tour_app"_s))->value(), role->value().role.password);
    QVERIFY(ok(c.resetRolePassword(shop, tour, u"tour_app"_s))->value().role.password != role->value().role.password);
    Neon::DatabaseUpdate owner;
    owner.ownerName = u"tour_app"_s;
    QVERIFY(ok(c.updateDatabase(shop, tour, u"tour_db2"_s, owner))->ok());

    // Neon's error answers: 400, 404, 409, 401, 403, 406, 412, 423, 429 and 503.
    auto expectError = [](auto pending, int status) {
        finish(pending.get());
        QCOMPARE(pending->error().httpStatus, status);
    };
    expectError(c.deleteRole(shop, tour, u"tour_app"_s), 409); // owns tour_db2
    QVERIFY(ok(c.deleteDatabase(shop, tour, u"tour_db2"_s))->ok());
    QVERIFY(ok(c.deleteDatabase(shop, tour, u"tour_db2"_s))->value().alreadyGone); // 204
    QVERIFY(ok(c.deleteRole(shop, tour, u"tour_app"_s))->ok());
    QVERIFY(ok(c.deleteRole(shop, tour, u"tour_app"_s))->value().alreadyGone); // 204
    Neon::EndpointCreate secondWriter;
    secondWriter.branchId = alice;
    expectError(c.createEndpoint(shop, secondWriter), 409);
    const QString aliceCompute = m_server->state().endpointsOf(alice).first().id;
    Neon::EndpointUpdate tooBig;
    tooBig.autoscalingLimitMaxCu = 12; // the demo plan allows 8
    expectError(c.updateEndpoint(shop, aliceCompute, tooBig), 400);
    expectError(c.endpoint(shop, u"ep-no-such-compute"_s), 404);
    expectError(c.createRole(shop, alice, u"pg_monitor2"_s), 400);
    expectError(c.createRole(shop, alice, u"neondb_owner"_s), 409);
    expectError(c.createDatabase(shop, alice, u"neondb"_s, u"neondb_owner"_s), 409);
    expectError(c.createDatabase(shop, alice, u"other"_s, u"nobody"_s), 400);
    expectError(c.deleteRole(shop, alice, u"neondb_owner"_s), 409);
    expectError(c.database(shop, alice, u"nodb"_s), 404);
    expectError(c.revealRolePassword(shop, alice, u"nobody"_s), 404);
    m_server->state().projects[shop].project.storePasswords = false;
    expectError(c.revealRolePassword(shop, alice, u"neondb_owner"_s), 412);
    m_server->state().projects[shop].project.storePasswords = true;
    QVERIFY(projectRoutes());
    Neon::BranchCreateOptions duplicate;
    duplicate.name = u"dev-bob"_s;
    expectError(c.createBranch(shop, duplicate), 409);
    expectError(c.deleteBranch(shop, main), 400);
    expectError(c.branch(shop, u"br-no-such-branch"_s), 404);
    expectError(c.project(u"no-such-project"_s), 404);
    expectError(c.branchSchema(shop, alice, {u"nodb"_s, {}, {}, {}}), 404);
    expectError(c.anonymizedStatus(shop, alice), 404);
    expectError(c.projectConsumption({orgId, today.addDays(-100), today, u"daily"_s, metrics, {}, {}}), 406);
    m_server->state().organizations.first().plan = u"free_v3"_s;
    expectError(c.projectConsumption({orgId, today.addDays(-5), today, u"daily"_s, metrics, {}, {}}), 403);
    m_server->state().organizations.first().plan = u"scale"_s;
    Neon::ClientConfig wrongKey = c.config();
    wrongKey.apiKey = u"wrong"_s;
    Neon::Client intruder(wrongKey);
    expectError(intruder.currentUser(), 401);
    // A second client does not wait for the first one's operations: the sandbox answers 423.
    Neon::ClientConfig eager = c.config();
    eager.transport.maxAttempts = 1;
    Neon::Client other(eager);
    m_server->api().setOperationDuration(60000); // an operation that holds the project
    QCOMPARE(m_server->api().handle({"POST", u"/projects/%1/branches"_s.arg(shop), {}, R"({"branch":{"name":"tour-lock-1"}})", {}})
                 .status,
             201);
    QVERIFY(m_server->api().isLocked(shop));
    Neon::BranchCreateOptions second;
    second.name = u"tour-lock-2"_s;
    expectError(other.createBranch(shop, second), 423);
    m_server->api().setOperationDuration(30);
    m_server->api().advanceClock(61);
    m_server->api().settle();
    m_server->setFaultHook([](const HttpFront::Request& r) -> std::optional<Sandbox::Fault> {
        if (r.path.endsWith("/count"_L1))
            return Sandbox::Fault::error(503, u"service temporarily unavailable, please retry"_s);
        if (r.path.endsWith("/me"_L1))
            return Sandbox::Fault::error(429, u"rate limit exceeded, slow down"_s);
        return std::nullopt;
    });
    expectError(other.branchCount(shop), 503);
    expectError(other.currentUser(), 429);
    m_server->setFaultHook({});

    QSet<int> statuses;
    QSet<QString> routes;
    for (const Sandbox::Exchange& e : std::as_const(m_server->exchanges)) {
        statuses.insert(e.status);
        QVERIFY2(!e.route.isEmpty(), "every answer belongs to a route");
        routes.insert(e.route);
    }
    for (int status : {200, 201, 204, 400, 401, 403, 404, 406, 409, 412, 423, 429, 501, 503})
        QVERIFY2(statuses.contains(status), qPrintable(u"no %1 answer in the tour"_s.arg(status)));
    QVERIFY2(routes.size() >= 52, qPrintable(u"only %1 routes visited"_s.arg(routes.size())));
    qInfo("tour: %lld answers on %lld routes", qlonglong(m_server->exchanges.size()), qlonglong(routes.size()));
}

int TestSandboxTour::send(const QByteArray& verb, const QString& path, const QByteArray& body, QJsonObject* answer)
{
    QNetworkAccessManager nam;
    QUrl url = m_server->baseUrl();
    url.setPath(url.path() + path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer tour");
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(20000))
        return 0;
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status == 423) { // the project's operations still run: wait as a careful script would
        QTest::qWait(40);
        return send(verb, path, body, answer);
    }
    return status;
}

bool TestSandboxTour::projectRoutes()
{
    const QString today = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
    const QString from = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
    QJsonObject created;
    const bool reads = send("GET", u"/auth"_s) == 200 && send("GET", u"/regions"_s) == 200
        && send("GET", u"/projects/shared?limit=5"_s) == 200
        && send("GET", u"/consumption_history/projects?granularity=daily&from=%1&to=%2"_s.arg(from, today)) == 200
        && send("GET", u"/consumption_history/projects?granularity=weekly&from=%1&to=%2"_s.arg(from, today)) == 400;
    if (!reads || send("POST", u"/projects"_s, R"({"project":{"name":"tour-project","pg_version":17}})", &created) != 201)
        return false;
    const QString id = created.value("project"_L1).toObject().value("id"_L1).toString();
    const QString p = u"/projects/"_s + id;
    return send("PATCH", p, R"({"project":{"name":"tour-project-2","history_retention_seconds":3600,"settings":{"enable_logical_replication":false}}})") == 200
        && send("PATCH", p, R"({"project":{"history_retention_seconds":99999999}})") == 400
        && send("POST", u"/projects"_s, R"({"project":{"pg_version":9}})") == 400
        && send("DELETE", p) == 200 && send("GET", p) == 404
        && send("GET", u"/projects?recoverable=true"_s) == 200 && send("POST", p + u"/recover"_s) == 200
        && send("POST", p + u"/recover"_s) == 400
        && send("GET", u"/projects/%1/branches/x/auth"_s.arg(id)) == 501;
}

void TestSandboxTour::cleanupTestCase()
{
    const QString path = qEnvironmentVariable("CANOPY_CONFORMANCE_LOG");
    if (path.isEmpty())
        return;
    QJsonArray all;
    for (const Sandbox::Exchange& e : std::as_const(m_server->exchanges))
        all.append(QJsonObject{{"route"_L1, e.route}, {"status"_L1, e.status}, {"body"_L1, QString::fromUtf8(e.body)}});
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxTour)
#include "tst_sandbox_tour.moc"

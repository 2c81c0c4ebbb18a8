// SPDX-License-Identifier: MIT
// Every call the client makes: the request it sends (method, path, query, body) and the
// value it decodes from the answer, against a real HTTP server on loopback.
#include "clienttestutils.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <neon/client.h>

using namespace Qt::StringLiterals;
using namespace TestUtils;

using Invoke = std::function<std::unique_ptr<Neon::Reply>(Neon::Client&)>;
using Check = std::function<void(Neon::Reply*)>;
Q_DECLARE_METATYPE(Invoke)
Q_DECLARE_METATYPE(Check)

template<typename T>
static const T& valueOf(Neon::Reply* r)
{
    return static_cast<Neon::Result<T>*>(r)->value();
}

class TestClientCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start() != 0);
    }

    void request_data();
    void request();

private:
    HttpFront m_server;
};

static QByteArray readyBranchOf(const QString& id)
{
    return toJson({ { "branch"_L1, branchJson(id, u"settled"_s, u"br-main"_s) } });
}

void TestClientCalls::request_data()
{
    QTest::addColumn<Invoke>("invoke");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query"); // items sorted, "&"-joined
    QTest::addColumn<QByteArray>("body"); // expected JSON body (compact), empty for none
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<Check>("check");

    const QByteArray branchAnswer = toJson(
        { { "branch"_L1, branchJson(u"br-a"_s, u"dev-alex"_s, u"br-main"_s) }, { "operations"_L1, QJsonArray() } });

    QTest::addRow("users/me") << Invoke([](Neon::Client& c) { return c.currentUser(); }) << QByteArray("GET")
                              << u"/users/me"_s << QString() << QByteArray() << 200
                              << QByteArray(R"J({"id":"u-1","email":"a@b.c","login":"a","name":"Ann","last_name":"B",
                                 "image":"","projects_limit":20,"branches_limit":500,"active_seconds_limit":100,
                                 "max_autoscaling_limit":8,"auth_accounts":[{"email":"a@b.c","image":"","login":"a",
                                 "name":"Ann","provider":"github"}],"plan":"scale"})J")
                              << Check([](Neon::Reply* r) {
                                     const auto& u = valueOf<Neon::CurrentUser>(r);
                                     QCOMPARE(u.id, u"u-1"_s);
                                     QCOMPARE(u.branchesLimit, 500);
                                     QCOMPARE(u.authAccounts.size(), 1);
                                     QCOMPARE(u.authAccounts.first().provider, u"github"_s);
                                 });
    QTest::addRow("organizations") << Invoke([](Neon::Client& c) { return c.organizations(); }) << QByteArray("GET")
                                   << u"/users/me/organizations"_s << QString() << QByteArray() << 200
                                   << QByteArray(R"J({"organizations":[{"id":"org-1","name":"Acme","handle":"acme",
                                      "plan":"scale","created_at":"2024-01-01T00:00:00Z","updated_at":"2024-01-01T00:00:00Z",
                                      "managed_by":"console"}]})J")
                                   << Check([](Neon::Reply* r) {
                                          const auto& orgs = valueOf<QList<Neon::Organization>>(r);
                                          QCOMPARE(orgs.size(), 1);
                                          QCOMPARE(orgs.first().handle, u"acme"_s);
                                      });
    QTest::addRow("projects") << Invoke([](Neon::Client& c) {
        return c.projects({ u"org-1"_s, u"shop"_s });
    }) << QByteArray("GET") << u"/projects"_s
                              << u"limit=100&org_id=org-1&search=shop"_s << QByteArray() << 200
                              << QByteArray(R"J({"projects":[{"id":"p-1","name":"shop","region_id":"aws-us-east-2",
                                 "pg_version":17,"created_at":"2024-01-01T00:00:00Z","updated_at":"2024-01-02T00:00:00Z",
                                 "owner_id":"org-1","active_time":5}],"pagination":{"cursor":"p-1"},
                                 "applications":{},"integrations":{}})J")
                              << Check([](Neon::Reply* r) {
                                     const auto& p = valueOf<QList<Neon::Project>>(r);
                                     QCOMPARE(p.size(), 1);
                                     QCOMPARE(p.first().pgVersion, 17);
                                     QCOMPARE(p.first().activeTime.value_or(-1), 5);
                                 });
    QTest::addRow("project") << Invoke([](Neon::Client& c) { return c.project(u"p-1"_s); }) << QByteArray("GET")
                             << u"/projects/p-1"_s << QString() << QByteArray() << 200
                             << QByteArray(R"J({"project":{"id":"p-1","name":"shop","history_retention_seconds":86400,
                                "owner":{"email":"a@b.c","branches_limit":10,"subscription_type":"launch"}}})J")
                             << Check([](Neon::Reply* r) {
                                    const auto& p = valueOf<Neon::Project>(r);
                                    QCOMPARE(p.historyRetentionSeconds.value_or(0), 86400);
                                    QCOMPARE(p.ownerBranchesLimit.value_or(0), 10);
                                    QCOMPARE(p.ownerSubscriptionType, u"launch"_s);
                                });
    QTest::addRow("branches")
        << Invoke([](Neon::Client& c) {
               return c.branches(u"p-1"_s, { u"dev"_s, u"name"_s, u"asc"_s, true });
           })
        << QByteArray("GET") << u"/projects/p-1/branches"_s
        << u"include_deleted=true&limit=100&search=dev&sort_by=name&sort_order=asc"_s << QByteArray() << 200
        << toJson({ { "branches"_L1, QJsonArray { branchJson(u"br-a"_s, u"dev-a"_s, u"br-m"_s) } },
               { "annotations"_L1,
                   QJsonObject { { "br-a"_L1,
                       QJsonObject {
                           { "object"_L1, QJsonObject { { "type"_L1, "console/branch"_L1 }, { "id"_L1, "br-a"_L1 } } },
                           { "value"_L1, QJsonObject { { "anonymized"_L1, "true"_L1 } } } } } } },
               { "pagination"_L1, QJsonObject { { "sort_by"_L1, "name"_L1 }, { "sort_order"_L1, "ASC"_L1 } } } })
        << Check([](Neon::Reply* r) {
               const auto& l = valueOf<Neon::BranchList>(r);
               QCOMPARE(l.branches.size(), 1);
               QCOMPARE(l.branches.first().parentId, u"br-m"_s);
               QCOMPARE(l.annotations.value(u"br-a"_s).value.value(u"anonymized"_s), u"true"_s);
           });
    QTest::addRow("branch count") << Invoke([](Neon::Client& c) { return c.branchCount(u"p-1"_s, u"pr"_s); })
                                  << QByteArray("GET") << u"/projects/p-1/branches/count"_s << u"search=pr"_s
                                  << QByteArray() << 200 << QByteArray(R"J({"count":42})J")
                                  << Check([](Neon::Reply* r) { QCOMPARE(valueOf<int>(r), 42); });
    QTest::addRow("branch") << Invoke([](Neon::Client& c) { return c.branch(u"p-1"_s, u"br-a"_s); })
                            << QByteArray("GET") << u"/projects/p-1/branches/br-a"_s << QString() << QByteArray() << 200
                            << toJson({ { "branch"_L1, branchJson(u"br-a"_s, u"dev-a"_s, u"br-m"_s, u"shiny-new"_s) },
                                   { "annotation"_L1,
                                       QJsonObject {
                                           { "value"_L1, QJsonObject { { "environment"_L1, "development"_L1 } } } } } })
                            << Check([](Neon::Reply* r) {
                                   const auto& d = valueOf<Neon::BranchDetails>(r);
                                   QCOMPARE(d.branch.currentState, u"shiny-new"_s); // unknown states are kept
                                   QCOMPARE(d.branch.state(), Neon::BranchState::Unknown);
                                   QCOMPARE(d.annotation->value.value(u"environment"_s), u"development"_s);
                               });
    QTest::addRow("schema sql") << Invoke([](Neon::Client& c) {
        return c.branchSchema(u"p-1"_s, u"br-a"_s, { u"neondb"_s, {}, QDateTime(), u"sql"_s });
    }) << QByteArray("GET") << u"/projects/p-1/branches/br-a/schema"_s
                                << u"db_name=neondb&format=sql"_s << QByteArray() << 200
                                << QByteArray(R"J({"sql":"CREATE TABLE t (id int);"})J") << Check([](Neon::Reply* r) {
                                       QCOMPARE(valueOf<Neon::BranchSchema>(r).sql, u"CREATE TABLE t (id int);"_s);
                                   });
    QTest::addRow("schema json") << Invoke([](Neon::Client& c) {
        return c.branchSchema(
            u"p-1"_s, u"br-a"_s, { u"neondb"_s, {}, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC), u"json"_s });
    }) << QByteArray("GET") << u"/projects/p-1/branches/br-a/schema"_s
                                 << u"db_name=neondb&format=json&timestamp=2025-01-02T03:04:05Z"_s << QByteArray()
                                 << 200 << QByteArray(R"J({"json":{"tables":[{"schema":"public","name":"users",
                                    "columns":[{"name":"email","type":"text","nullable":false}],
                                    "constraints":[{"type":"foreign_key","columns":["org"],"referenced_table":
                                    {"schema":"public","table":"orgs","columns":["id"]}}]}]}})J")
                                 << Check([](Neon::Reply* r) {
                                        const auto& s = valueOf<Neon::BranchSchema>(r);
                                        QVERIFY(s.isJson);
                                        QCOMPARE(s.tables.first().columns.first().nullable, std::optional<bool>(false));
                                        QCOMPARE(s.tables.first().constraints.first().referencedTable, u"orgs"_s);
                                    });
    QTest::addRow("compare schema") << Invoke([](Neon::Client& c) {
        return c.compareSchema(u"p-1"_s, u"br-a"_s, { u"neondb"_s, u"br-m"_s, u"0/1DE2850"_s, {}, {}, {} });
    }) << QByteArray("GET") << u"/projects/p-1/branches/br-a/compare_schema"_s
                                    << u"base_branch_id=br-m&db_name=neondb&lsn=0/1DE2850"_s << QByteArray() << 200
                                    << QByteArray(R"J({"diff":"--- a/neondb\n+++ b/neondb\n"})J")
                                    << Check([](Neon::Reply* r) {
                                           QVERIFY(valueOf<Neon::SchemaDiff>(r).diff.startsWith("--- a/neondb"_L1));
                                       });
    QTest::addRow("branch endpoints") << Invoke([](Neon::Client& c) { return c.branchEndpoints(u"p-1"_s, u"br-a"_s); })
                                      << QByteArray("GET") << u"/projects/p-1/branches/br-a/endpoints"_s << QString()
                                      << QByteArray() << 200
                                      << QByteArray(
                                             R"J({"endpoints":[{"id":"ep-1","host":"ep-1.local","type":"read_write",
                                         "current_state":"idle","autoscaling_limit_min_cu":0.25,"autoscaling_limit_max_cu":2,
                                         "last_active":"2025-01-02T03:04:05Z","settings":{"pg_settings":{"a":"b"}}}]})J")
                                      << Check([](Neon::Reply* r) {
                                             const auto& e = valueOf<QList<Neon::Endpoint>>(r).first();
                                             QCOMPARE(e.autoscalingLimitMinCu, 0.25);
                                             QVERIFY(e.isReadWrite());
                                             QCOMPARE(e.pgSettings.value(u"a"_s), u"b"_s);
                                         });
    QTest::addRow("project endpoints") << Invoke([](Neon::Client& c) { return c.projectEndpoints(u"p-1"_s); })
                                       << QByteArray("GET") << u"/projects/p-1/endpoints"_s << QString() << QByteArray()
                                       << 200 << QByteArray(R"J({"endpoints":[]})J") << Check([](Neon::Reply* r) {
                                              QVERIFY(valueOf<QList<Neon::Endpoint>>(r).isEmpty());
                                          });
    QTest::addRow("databases")
        << Invoke([](Neon::Client& c) { return c.branchDatabases(u"p-1"_s, u"br-a"_s); }) << QByteArray("GET")
        << u"/projects/p-1/branches/br-a/databases"_s << QString() << QByteArray() << 200
        << QByteArray(R"J({"databases":[{"id":7,"branch_id":"br-a","name":"neondb","owner_name":"app"}]})J")
        << Check([](Neon::Reply* r) { QCOMPARE(valueOf<QList<Neon::Database>>(r).first().ownerName, u"app"_s); });
    QTest::addRow("roles") << Invoke([](Neon::Client& c) { return c.branchRoles(u"p-1"_s, u"br-a"_s); })
                           << QByteArray("GET") << u"/projects/p-1/branches/br-a/roles"_s << QString() << QByteArray()
                           << 200 << QByteArray(R"J({"roles":[{"branch_id":"br-a","name":"app","protected":false}]})J")
                           << Check([](Neon::Reply* r) {
                                  QCOMPARE(valueOf<QList<Neon::Role>>(r).first().name, u"app"_s);
                              });
    QTest::addRow("connection uri") << Invoke([](Neon::Client& c) {
        return c.connectionUri(u"p-1"_s, { u"br-a"_s, {}, u"neondb"_s, u"app"_s, true });
    }) << QByteArray("GET") << u"/projects/p-1/connection_uri"_s
                                    << u"branch_id=br-a&database_name=neondb&pooled=true&role_name=app"_s
                                    << QByteArray() << 200 << QByteArray(R"J({"uri":"postgresql://app:pw@h/neondb"})J")
                                    << Check([](Neon::Reply* r) {
                                           QCOMPARE(
                                               valueOf<Neon::ConnectionUri>(r).uri, u"postgresql://app:pw@h/neondb"_s);
                                       });
    QTest::addRow("masking rules") << Invoke([](Neon::Client& c) { return c.maskingRules(u"p-1"_s, u"br-a"_s); })
                                   << QByteArray("GET") << u"/projects/p-1/branches/br-a/masking_rules"_s << QString()
                                   << QByteArray() << 200
                                   << QByteArray(R"J({"masking_rules":[{"database_name":"db","schema_name":"public",
                                      "table_name":"users","column_name":"email","masking_function":"anon.dummy_free_email()"}]})J")
                                   << Check([](Neon::Reply* r) {
                                          QCOMPARE(valueOf<QList<Neon::MaskingRule>>(r).first().maskingFunction,
                                              u"anon.dummy_free_email()"_s);
                                      });
    const QByteArray status = R"J({"project_id":"p-1","branch_id":"br-a","state":"anonymizing",
        "status_message":"Anonymizing table db.public.users (3/5)","created_at":"2025-01-01T00:00:00Z",
        "updated_at":"2025-01-01T00:00:00Z","last_run":{"started_at":"2025-01-01T00:00:00Z","masked_columns":3}})J";
    QTest::addRow("anonymized status") << Invoke([](Neon::Client& c) {
        return c.anonymizedStatus(u"p-1"_s, u"br-a"_s);
    }) << QByteArray("GET") << u"/projects/p-1/branches/br-a/anonymized_status"_s
                                       << QString() << QByteArray() << 200 << status << Check([](Neon::Reply* r) {
                                              const auto& s = valueOf<Neon::AnonymizationStatus>(r);
                                              QCOMPARE(s.state, u"anonymizing"_s);
                                              QCOMPARE(s.lastRunMaskedColumns.value_or(0), 3);
                                          });
    QTest::addRow("operation") << Invoke([](Neon::Client& c) { return c.operation(u"p-1"_s, u"op-1"_s); })
                               << QByteArray("GET") << u"/projects/p-1/operations/op-1"_s << QString() << QByteArray()
                               << 200
                               << toJson({ { "operation"_L1,
                                      operationJson(u"op-1"_s, u"create_branch"_s, u"finished"_s) } })
                               << Check([](Neon::Reply* r) { QVERIFY(valueOf<Neon::Operation>(r).succeeded()); });
    QTest::addRow("operations")
        << Invoke([](Neon::Client& c) { return c.operations(u"p-1"_s, 50, u"c-1"_s); }) << QByteArray("GET")
        << u"/projects/p-1/operations"_s << u"cursor=c-1&limit=50"_s << QByteArray() << 200
        << toJson({ { "operations"_L1, QJsonArray { operationJson(u"op-1"_s, u"start_compute"_s, u"running"_s) } },
               { "pagination"_L1, QJsonObject { { "cursor"_L1, "2022-12-09T08:47:52.20417Z"_L1 } } } })
        << Check([](Neon::Reply* r) {
               const auto& page = valueOf<Neon::OperationPage>(r);
               QCOMPARE(page.operations.size(), 1);
               QCOMPARE(page.cursor, u"2022-12-09T08:47:52.20417Z"_s);
           });
    const Neon::ConsumptionQuery cq { u"org-1"_s, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2025, 1, 3), QTime(0, 0), Qt::UTC), u"daily"_s,
        { u"compute_unit_seconds"_s, u"root_branch_bytes_month"_s }, { u"p-1"_s }, {} };
    const QByteArray consumption
        = R"J({"projects":[{"project_id":"p-1","periods":[{"period_id":"x","period_plan":"scale",
        "period_start":"2025-01-01T00:00:00Z","consumption":[{"timeframe_start":"2025-01-01T00:00:00Z",
        "timeframe_end":"2025-01-02T00:00:00Z","metrics":[{"metric_name":"compute_unit_seconds","value":100}]}]}]}],
        "pagination":{"cursor":"p-1"}})J";
    QTest::addRow("consumption projects")
        << Invoke([cq](Neon::Client& c) { return c.projectConsumption(cq); }) << QByteArray("GET")
        << u"/consumption_history/v2/projects"_s
        << u"from=2025-01-01T00:00:00Z&granularity=daily&limit=100&metrics=compute_unit_seconds,root_branch_bytes_"
           u"month&"
           "org_id=org-1&project_ids=p-1&to=2025-01-03T00:00:00Z"_s
        << QByteArray() << 200 << consumption << Check([](Neon::Reply* r) {
               const auto& s = valueOf<QList<Neon::ConsumptionSeries>>(r);
               QCOMPARE(s.first().periods.first().consumption.first().metrics.value(u"compute_unit_seconds"_s), 100);
           });
    QByteArray perBranch = consumption;
    perBranch.replace(
        R"J({"projects":[{"project_id":"p-1",)J", R"J({"branches":[{"project_id":"p-1","branch_id":"br-a",)J");
    QTest::addRow("consumption branches")
        << Invoke([cq](Neon::Client& c) { return c.branchConsumption(cq); }) << QByteArray("GET")
        << u"/consumption_history/v2/branches"_s
        << u"from=2025-01-01T00:00:00Z&granularity=daily&limit=1000&metrics=compute_unit_seconds,root_branch_bytes_"
           u"month&"
           "org_id=org-1&project_ids=p-1&to=2025-01-03T00:00:00Z"_s
        << QByteArray() << 200 << perBranch << Check([](Neon::Reply* r) {
               QCOMPARE(valueOf<QList<Neon::ConsumptionSeries>>(r).first().branchId, u"br-a"_s);
           });

    // Mutations: their answers carry no running operations, so they settle on one branch read.
    Neon::BranchCreateOptions create;
    create.parentId = u"br-main"_s;
    create.name = u"dev-alex"_s;
    create.initSource = u"schema-only"_s;
    create.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    create.isProtected = false;
    Neon::EndpointOptions ep;
    ep.autoscalingLimitMinCu = 0.25;
    ep.autoscalingLimitMaxCu = 1;
    create.endpoints = { ep };
    create.annotation = { { u"environment"_s, u"development"_s } };
    QTest::addRow("create branch")
        << Invoke([create](Neon::Client& c) { return c.createBranch(u"p-1"_s, create); }) << QByteArray("POST")
        << u"/projects/p-1/branches"_s << QString()
        << QByteArray(
               R"J({"annotation_value":{"environment":"development"},"branch":{"expires_at":"2030-01-01T00:00:00Z",)J"
               R"J("init_source":"schema-only","name":"dev-alex","parent_id":"br-main","protected":false},)J"
               R"J("endpoints":[{"autoscaling_limit_max_cu":1,"autoscaling_limit_min_cu":0.25,"type":"read_write"}]})J")
        << 201
        << toJson({ { "branch"_L1, branchJson(u"br-a"_s, u"dev-alex"_s, {}, u"init"_s) },
               { "endpoints"_L1, QJsonArray() }, { "operations"_L1, QJsonArray() }, { "roles"_L1, QJsonArray() },
               { "databases"_L1, QJsonArray() },
               { "connection_uris"_L1,
                   QJsonArray { QJsonObject { { "connection_uri"_L1, "postgresql://x"_L1 },
                       { "connection_parameters"_L1, QJsonObject { { "pooler_host"_L1, "ep-x-pooler.h"_L1 } } } } } } })
        << Check([](Neon::Reply* r) {
               const auto& v = valueOf<Neon::CreatedBranch>(r);
               QCOMPARE(v.connectionUris.first().poolerHost, u"ep-x-pooler.h"_s);
               QVERIFY(v.branch.isSettled()); // replaced by the settled read
           });
    Neon::BranchUpdate update;
    update.name = u"dev-alexandra"_s;
    update.clearExpiration = true;
    QTest::addRow("rename, clear expiry")
        << Invoke([update](Neon::Client& c) { return c.updateBranch(u"p-1"_s, u"br-a"_s, update); })
        << QByteArray("PATCH") << u"/projects/p-1/branches/br-a"_s << QString()
        << QByteArray(R"J({"branch":{"expires_at":null,"name":"dev-alexandra"}})J") << 200 << branchAnswer
        << Check([](Neon::Reply* r) { QCOMPARE(valueOf<Neon::BranchOperations>(r).branch.id, u"br-a"_s); });
    QTest::addRow("delete (soft)") << Invoke([](Neon::Client& c) { return c.deleteBranch(u"p-1"_s, u"br-a"_s); })
                                   << QByteArray("DELETE") << u"/projects/p-1/branches/br-a"_s << QString()
                                   << QByteArray() << 200 << branchAnswer << Check([](Neon::Reply* r) {
                                          QVERIFY(!valueOf<Neon::BranchOperations>(r).alreadyGone);
                                      });
    QTest::addRow("delete 204") << Invoke([](Neon::Client& c) { return c.deleteBranch(u"p-1"_s, u"br-a"_s, true); })
                                << QByteArray("DELETE") << u"/projects/p-1/branches/br-a"_s << u"hard_delete=true"_s
                                << QByteArray() << 204 << QByteArray() << Check([](Neon::Reply* r) {
                                       QVERIFY(valueOf<Neon::BranchOperations>(r).alreadyGone);
                                   });
    QTest::addRow("restore") << Invoke([](Neon::Client& c) {
        return c.restoreBranch(u"p-1"_s, u"br-a"_s,
            { u"br-a"_s, {}, QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC), u"dev-a_old"_s });
    }) << QByteArray("POST") << u"/projects/p-1/branches/br-a/restore"_s
                             << QString()
                             << QByteArray(R"J({"preserve_under_name":"dev-a_old","source_branch_id":"br-a",)J"
                                           R"J("source_timestamp":"2025-01-01T12:00:00Z"})J")
                             << 200 << branchAnswer << Check([](Neon::Reply* r) {
                                    QCOMPARE(valueOf<Neon::BranchOperations>(r).branch.id, u"br-a"_s);
                                });
    QTest::addRow("set default") << Invoke([](Neon::Client& c) { return c.setDefaultBranch(u"p-1"_s, u"br-a"_s); })
                                 << QByteArray("POST") << u"/projects/p-1/branches/br-a/set_as_default"_s << QString()
                                 << QByteArray() << 200 << branchAnswer
                                 << Check([](Neon::Reply* r) { QVERIFY(r->ok()); });
    QTest::addRow("recover")
        << Invoke([](Neon::Client& c) { return c.recoverBranch(u"p-1"_s, u"br-a"_s); }) << QByteArray("POST")
        << u"/projects/p-1/branches/br-a/recover"_s << QString() << QByteArray() << 200
        << toJson({ { "branch"_L1, branchJson(u"br-a"_s, u"dev-alex"_s, u"br-main"_s) },
               { "endpoints"_L1,
                   QJsonArray { QJsonObject { { "id"_L1, "ep-1"_L1 }, { "current_state"_L1, "idle"_L1 } } } } })
        << Check([](Neon::Reply* r) {
               QCOMPARE(valueOf<Neon::BranchOperations>(r).endpoints.first().currentState, u"idle"_s);
           });
    const Neon::MaskingRule rule { u"db"_s, u"public"_s, u"users"_s, u"email"_s, u"anon.dummy_free_email()"_s, {} };
    QTest::addRow("set masking rules")
        << Invoke([rule](Neon::Client& c) { return c.setMaskingRules(u"p-1"_s, u"br-a"_s, { rule }); })
        << QByteArray("PATCH") << u"/projects/p-1/branches/br-a/masking_rules"_s << QString()
        << QByteArray(
               R"J({"masking_rules":[{"column_name":"email","database_name":"db",)J"
               R"J("masking_function":"anon.dummy_free_email()","schema_name":"public","table_name":"users"}]})J")
        << 200
        << QByteArray(R"J({"masking_rules":[{"database_name":"db","schema_name":"public","table_name":"users",)J"
                      R"J("column_name":"email","masking_function":"anon.dummy_free_email()"}]})J")
        << Check([rule](Neon::Reply* r) {
               QCOMPARE(valueOf<QList<Neon::MaskingRule>>(r), QList<Neon::MaskingRule> { rule });
           });
    QTest::addRow("anonymize") << Invoke([](Neon::Client& c) { return c.startAnonymization(u"p-1"_s, u"br-a"_s); })
                               << QByteArray("POST") << u"/projects/p-1/branches/br-a/anonymize"_s << QString()
                               << QByteArray() << 200 << status << Check([](Neon::Reply* r) {
                                      QCOMPARE(valueOf<Neon::AnonymizationStatus>(r).state, u"anonymizing"_s);
                                  });
    Neon::AnonymizedBranchCreate anon;
    Neon::BranchCreateOptions anonBranch;
    anonBranch.parentId = u"br-main"_s;
    anonBranch.name = u"main-anon"_s;
    anonBranch.endpoints = { Neon::EndpointOptions() };
    anon.branchCreate = anonBranch;
    anon.maskingRules = { rule };
    anon.startAnonymization = true;
    QTest::addRow("create anonymized")
        << Invoke([anon](Neon::Client& c) { return c.createAnonymizedBranch(u"p-1"_s, anon); }) << QByteArray("POST")
        << u"/projects/p-1/branch_anonymized"_s << QString()
        << QByteArray(
               R"J({"branch_create":{"branch":{"name":"main-anon","parent_id":"br-main"},)J"
               R"J("endpoints":[{"type":"read_write"}]},"masking_rules":[{"column_name":"email","database_name":"db",)J"
               R"J("masking_function":"anon.dummy_free_email()","schema_name":"public","table_name":"users"}],)J"
               R"J("start_anonymization":true})J")
        << 201
        << toJson({ { "branch"_L1, branchJson(u"br-n"_s, u"main-anon"_s, u"br-main"_s, u"init"_s) },
               { "endpoints"_L1, QJsonArray() }, { "operations"_L1, QJsonArray() }, { "roles"_L1, QJsonArray() },
               { "databases"_L1, QJsonArray() } })
        << Check([](Neon::Reply* r) { QCOMPARE(valueOf<Neon::CreatedBranch>(r).branch.id, u"br-n"_s); });
}

static QString sortedQuery(const QUrlQuery& q)
{
    QStringList items;
    for (const auto& [k, v] : q.queryItems(QUrl::FullyDecoded))
        items.append(k + QLatin1Char('=') + v);
    items.sort();
    return items.join(QLatin1Char('&'));
}

void TestClientCalls::request()
{
    QFETCH(Invoke, invoke);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, response);
    QFETCH(Check, check);

    m_server.requests.clear();
    m_server.setHandler([&](const HttpFront::Request& req) {
        if (m_server.requests.size() == 1)
            return HttpFront::json(status, response);
        // The settle read after a mutation.
        if (req.method == "GET" && req.path.startsWith("/projects/p-1/branches/"_L1))
            return HttpFront::json(200, readyBranchOf(req.path.section(QLatin1Char('/'), 4, 4)));
        return HttpFront::error(500, u"unexpected request"_s);
    });

    Neon::Client client(config(m_server.baseUrl()));
    std::unique_ptr<Neon::Reply> reply = invoke(client);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));

    const HttpFront::Request& sent = m_server.requests.first();
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.path, path);
    QCOMPARE(sortedQuery(sent.query), query);
    if (body.isEmpty()) {
        QVERIFY(sent.body.isEmpty());
    } else {
        QCOMPARE(QJsonDocument::fromJson(sent.body), QJsonDocument::fromJson(body));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
    }
    QCOMPARE(sent.header("Authorization"), "Bearer " + secretKey.toUtf8());
    QCOMPARE(sent.header("User-Agent"), QByteArray("canopy/" CANOPY_VERSION));
    QVERIFY(!sent.header("X-Request-ID").isEmpty());
    check(reply.get());
}

QTEST_GUILESS_MAIN(TestClientCalls)
#include "tst_client_calls.moc"

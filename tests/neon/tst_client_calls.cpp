// SPDX-License-Identifier: MIT
// Every call the client makes, against the real sandbox: the request it sends (method, path,
// query, body, headers) and the value it decodes, checked against the sandbox's own state.
#include "testsupport.h"
#include "clienttestutils.h"

#include <neon/client.h>
#include <neon/codec.h>

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace TestUtils;

/// Ids of the "single" seed, found at run time: {p} shop, {main}, {dev} main-dev, {alice} dev-alice,
/// {bob} dev-bob, {org}, {anon} an anonymized branch made for the test.
using Ids = QHash<QString, QString>;
using Invoke = std::function<Neon::PendingReply(Neon::Client&, const Ids&)>;
using Check = std::function<void(Neon::Reply*, SandboxFixture&, const Ids&)>;
Q_DECLARE_METATYPE(Invoke)
Q_DECLARE_METATYPE(Check)

template<typename T>
static const T& valueOf(Neon::Reply* r)
{
    return static_cast<Neon::Result<T>*>(r)->value();
}

static QString fill(QString text, const Ids& ids)
{
    for (auto it = ids.begin(); it != ids.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

class TestClientCalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void request_data();
    void request();
};

void TestClientCalls::request_data()
{
    QTest::addColumn<Invoke>("invoke");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query"); // items sorted, "&"-joined, with {placeholders}
    QTest::addColumn<QString>("body"); // expected JSON body, with {placeholders}; empty for none
    QTest::addColumn<Check>("check");

    auto row = [](const char* name, Invoke invoke, const char* method, const QString& path, const QString& query,
                  const QString& body, Check check) {
        QTest::newRow(name) << invoke << QByteArray(method) << path << query << body << check;
    };

    row("users/me", [](Neon::Client& c, const Ids&) { return c.currentUser(); }, "GET", u"/users/me"_s, {}, {},
        [](Neon::Reply* r, SandboxFixture& s, const Ids&) {
            QCOMPARE(valueOf<Neon::CurrentUser>(r).id, s.state().user.id);
            QCOMPARE(valueOf<Neon::CurrentUser>(r).authAccounts.size(), 1);
        });
    row("organizations", [](Neon::Client& c, const Ids&) { return c.organizations(); }, "GET",
        u"/users/me/organizations"_s, {}, {}, [](Neon::Reply* r, SandboxFixture& s, const Ids&) {
            QCOMPARE(valueOf<QList<Neon::Organization>>(r).size(), 1);
            QCOMPARE(valueOf<QList<Neon::Organization>>(r).first().handle, s.state().organizations.first().handle);
        });
    row("projects", [](Neon::Client& c, const Ids& ids) { return c.projects({ids[u"org"_s], u"sho"_s}); }, "GET",
        u"/projects"_s, u"limit=400&org_id={org}&search=sho"_s, {}, [](Neon::Reply* r, SandboxFixture&, const Ids& ids) {
            QCOMPARE(valueOf<QList<Neon::Project>>(r).size(), 1);
            QCOMPARE(valueOf<QList<Neon::Project>>(r).first().id, ids[u"p"_s]);
            QCOMPARE(valueOf<QList<Neon::Project>>(r).first().pgVersion, 17);
        });
    row("project", [](Neon::Client& c, const Ids& ids) { return c.project(ids[u"p"_s]); }, "GET", u"/projects/{p}"_s,
        {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            QCOMPARE(valueOf<Neon::Project>(r).name, u"shop"_s);
            QCOMPARE(valueOf<Neon::Project>(r).historyRetentionSeconds.value_or(0), 86400);
            QVERIFY(valueOf<Neon::Project>(r).ownerBranchesLimit.has_value());
        });
    row("branches", [](Neon::Client& c, const Ids& ids) {
        return c.branches(ids[u"p"_s], {u"dev"_s, u"name"_s, u"asc"_s, true});
    }, "GET", u"/projects/{p}/branches"_s, u"include_deleted=true&limit=10000&search=dev&sort_by=name&sort_order=asc"_s, {},
        [](Neon::Reply* r, SandboxFixture&, const Ids& ids) {
            const auto& l = valueOf<Neon::BranchList>(r);
            QCOMPARE(l.branches.size(), 3); // dev-alice, dev-bob, main-dev
            QCOMPARE(l.branches.first().name, u"dev-alice"_s);
            QCOMPARE(l.branches.first().parentId, ids[u"dev"_s]);
        });
    row("branch count", [](Neon::Client& c, const Ids& ids) { return c.branchCount(ids[u"p"_s], u"qa-"_s); }, "GET",
        u"/projects/{p}/branches/count"_s, u"search=qa-"_s, {},
        [](Neon::Reply* r, SandboxFixture&, const Ids&) { QCOMPARE(valueOf<int>(r), 1); });
    row("branch", [](Neon::Client& c, const Ids& ids) { return c.branch(ids[u"p"_s], ids[u"main"_s]); }, "GET",
        u"/projects/{p}/branches/{main}"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            const auto& d = valueOf<Neon::BranchDetails>(r);
            QVERIFY(d.branch.isDefault);
            QVERIFY(d.branch.isProtected);
            QCOMPARE(d.annotation->value.value(u"environment"_s), u"production"_s);
        });
    row("schema sql", [](Neon::Client& c, const Ids& ids) {
        return c.branchSchema(ids[u"p"_s], ids[u"alice"_s], {u"neondb"_s, {}, QDateTime(), u"sql"_s});
    }, "GET", u"/projects/{p}/branches/{alice}/schema"_s, u"db_name=neondb&format=sql"_s, {},
        [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            QVERIFY(valueOf<Neon::BranchSchema>(r).sql.contains("CREATE TABLE public.customers"_L1));
            QVERIFY(valueOf<Neon::BranchSchema>(r).sql.contains("loyalty_tier"_L1));
        });
    row("schema json", [](Neon::Client& c, const Ids& ids) {
        return c.branchSchema(ids[u"p"_s], ids[u"main"_s], {u"neondb"_s, {}, QDateTime(), u"json"_s});
    }, "GET", u"/projects/{p}/branches/{main}/schema"_s, u"db_name=neondb&format=json"_s, {},
        [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            const auto& s = valueOf<Neon::BranchSchema>(r);
            QVERIFY(s.isJson);
            QCOMPARE(s.tables.size(), 3);
            const auto orders = std::find_if(s.tables.cbegin(), s.tables.cend(),
                                             [](const Neon::SchemaTable& t) { return t.name == "orders"_L1; });
            QCOMPARE(orders->constraints.at(1).referencedTable, u"customers"_s);
        });
    row("compare schema", [](Neon::Client& c, const Ids& ids) {
        return c.compareSchema(ids[u"p"_s], ids[u"alice"_s], {u"neondb"_s, ids[u"main"_s], {}, {}, {}, {}});
    }, "GET", u"/projects/{p}/branches/{alice}/compare_schema"_s, u"base_branch_id={main}&db_name=neondb"_s, {},
        [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            const QString diff = valueOf<Neon::SchemaDiff>(r).diff;
            QVERIFY(diff.startsWith("--- a/neondb\n+++ b/neondb\n@@"_L1));
            QVERIFY(diff.contains("+    loyalty_tier text"_L1));
        });
    row("branch endpoints", [](Neon::Client& c, const Ids& ids) { return c.branchEndpoints(ids[u"p"_s], ids[u"main"_s]); },
        "GET", u"/projects/{p}/branches/{main}/endpoints"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids& ids) {
            const auto& e = valueOf<QList<Neon::Endpoint>>(r);
            QCOMPARE(e.size(), 1);
            QVERIFY(e.first().isReadWrite());
            QCOMPARE(e.first().branchId, ids[u"main"_s]);
        });
    row("project endpoints", [](Neon::Client& c, const Ids& ids) { return c.projectEndpoints(ids[u"p"_s]); }, "GET",
        u"/projects/{p}/endpoints"_s, {}, {}, [](Neon::Reply* r, SandboxFixture& s, const Ids&) {
            // Every compute of the project's live branches (the soft-deleted one's is gone from view).
            const auto live = std::count_if(s.state().endpoints.cbegin(), s.state().endpoints.cend(),
                                            [&](const Neon::Endpoint& e) { return !s.state().branches.value(e.branchId).isDeleted(); });
            QCOMPARE(valueOf<QList<Neon::Endpoint>>(r).size(), live);
            QCOMPARE(live, 6);
        });
    row("databases", [](Neon::Client& c, const Ids& ids) { return c.branchDatabases(ids[u"p"_s], ids[u"dev"_s]); },
        "GET", u"/projects/{p}/branches/{dev}/databases"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids& ids) {
            QCOMPARE(valueOf<QList<Neon::Database>>(r).first().name, u"neondb"_s);
            QCOMPARE(valueOf<QList<Neon::Database>>(r).first().branchId, ids[u"dev"_s]);
        });
    row("roles", [](Neon::Client& c, const Ids& ids) { return c.branchRoles(ids[u"p"_s], ids[u"dev"_s]); }, "GET",
        u"/projects/{p}/branches/{dev}/roles"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            QCOMPARE(valueOf<QList<Neon::Role>>(r).first().name, u"neondb_owner"_s);
            QVERIFY(valueOf<QList<Neon::Role>>(r).first().password.isEmpty()); // not revealed in lists
        });
    row("connection uri", [](Neon::Client& c, const Ids& ids) {
        return c.connectionUri(ids[u"p"_s], {ids[u"alice"_s], {}, u"neondb"_s, u"neondb_owner"_s, true});
    }, "GET", u"/projects/{p}/connection_uri"_s, u"branch_id={alice}&database_name=neondb&pooled=true&role_name=neondb_owner"_s,
        {}, [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            const QUrl uri(valueOf<Neon::ConnectionUri>(r).uri);
            QCOMPARE(uri.scheme(), u"postgresql"_s);
            QCOMPARE(uri.userName(), u"neondb_owner"_s);
            QVERIFY(uri.host().contains("-pooler"_L1));
            QCOMPARE(uri.path(), u"/neondb"_s);
        });
    row("masking rules", [](Neon::Client& c, const Ids& ids) { return c.maskingRules(ids[u"p"_s], ids[u"anon"_s]); },
        "GET", u"/projects/{p}/branches/{anon}/masking_rules"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            QCOMPARE(valueOf<QList<Neon::MaskingRule>>(r).size(), 1);
            QCOMPARE(valueOf<QList<Neon::MaskingRule>>(r).first().maskingFunction, u"anon.dummy_free_email()"_s);
        });
    row("anonymized status", [](Neon::Client& c, const Ids& ids) { return c.anonymizedStatus(ids[u"p"_s], ids[u"anon"_s]); },
        "GET", u"/projects/{p}/branches/{anon}/anonymized_status"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids& ids) {
            QCOMPARE(valueOf<Neon::AnonymizationStatus>(r).branchId, ids[u"anon"_s]);
            QCOMPARE(valueOf<Neon::AnonymizationStatus>(r).state, u"initialized"_s);
        });
    row("operations", [](Neon::Client& c, const Ids& ids) { return c.operations(ids[u"p"_s], 50); }, "GET",
        u"/projects/{p}/operations"_s, u"limit=50"_s, {}, [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            const auto& page = valueOf<Neon::OperationPage>(r);
            // create_branch + start_compute of the anonymized branch, suspend_compute + delete_timeline of the deletion
            QCOMPARE(page.operations.size(), 4);
            QCOMPARE(page.operations.first().action, u"delete_timeline"_s); // newest first
            QVERIFY(!page.cursor.isEmpty());
        });
    row("operation", [](Neon::Client& c, const Ids& ids) { return c.operation(ids[u"p"_s], ids[u"op"_s]); }, "GET",
        u"/projects/{p}/operations/{op}"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids& ids) {
            QCOMPARE(valueOf<Neon::Operation>(r).id, ids[u"op"_s]);
            QVERIFY(valueOf<Neon::Operation>(r).succeeded());
        });
    auto consumptionQuery = [](const Ids& ids) {
        const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
        return Neon::ConsumptionQuery{ids[u"org"_s], today.addDays(-3), today, u"daily"_s,
                                      {u"compute_unit_seconds"_s, u"root_branch_bytes_month"_s}, {ids[u"p"_s]}, {}};
    };
    row("consumption projects", [consumptionQuery](Neon::Client& c, const Ids& ids) {
        return c.projectConsumption(consumptionQuery(ids));
    }, "GET", u"/consumption_history/v2/projects"_s,
        u"from={from}&granularity=daily&limit=100&metrics=compute_unit_seconds,root_branch_bytes_month&org_id={org}&"
        "project_ids={p}&to={to}"_s,
        {}, [](Neon::Reply* r, SandboxFixture&, const Ids& ids) {
            const auto& s = valueOf<QList<Neon::ConsumptionSeries>>(r);
            QCOMPARE(s.size(), 1);
            QCOMPARE(s.first().projectId, ids[u"p"_s]);
            QCOMPARE(s.first().periods.first().consumption.size(), 3);
            QVERIFY(s.first().periods.first().consumption.first().metrics.contains(u"compute_unit_seconds"_s));
        });
    row("consumption branches", [consumptionQuery](Neon::Client& c, const Ids& ids) {
        return c.branchConsumption(consumptionQuery(ids));
    }, "GET", u"/consumption_history/v2/branches"_s,
        u"from={from}&granularity=daily&limit=1000&metrics=compute_unit_seconds,root_branch_bytes_month&org_id={org}&"
        "project_ids={p}&to={to}"_s,
        {}, [](Neon::Reply* r, SandboxFixture& s, const Ids& ids) {
            QCOMPARE(valueOf<QList<Neon::ConsumptionSeries>>(r).size(), s.state().branchesOf(ids[u"p"_s]).size());
        });

    // Mutations: each completes after its operations finished and its branch settled.
    row("create branch", [](Neon::Client& c, const Ids& ids) {
        Neon::BranchCreateOptions o;
        o.parentId = ids[u"dev"_s];
        o.name = u"dev-zoe"_s;
        o.expiresAt = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(2), QTime(12, 0), Qt::UTC);
        o.isProtected = false;
        Neon::EndpointOptions ep;
        ep.autoscalingLimitMinCu = 0.25;
        ep.autoscalingLimitMaxCu = 1;
        o.endpoints = {ep};
        o.annotation = {{u"environment"_s, u"development"_s}};
        return c.createBranch(ids[u"p"_s], o);
    }, "POST", u"/projects/{p}/branches"_s, {},
        uR"J({"annotation_value":{"environment":"development"},"branch":{"expires_at":"{expires}","name":"dev-zoe",)J"
        uR"J("parent_id":"{dev}","protected":false},"endpoints":[{"autoscaling_limit_max_cu":1,"autoscaling_limit_min_cu":0.25,)J"
        uR"J("type":"read_write"}]})J"_s,
        [](Neon::Reply* r, SandboxFixture& s, const Ids& ids) {
            const auto& v = valueOf<Neon::CreatedBranch>(r);
            QVERIFY(v.branch.isSettled()); // the settled read replaced the "init" answer
            QCOMPARE(v.branch.parentId, ids[u"dev"_s]);
            QCOMPARE(v.endpoints.size(), 1);
            QCOMPARE(v.operations.size(), 2);
            QCOMPARE(v.connectionUris.size(), 1);
            QVERIFY(v.connectionUris.first().poolerHost.contains("-pooler."_L1));
            QVERIFY(s.branch(u"shop"_s, u"dev-zoe"_s));
        });
    row("rename, clear expiry", [](Neon::Client& c, const Ids& ids) {
        Neon::BranchUpdate u;
        u.name = u"dev-alice-2"_s;
        u.clearExpiration = true;
        return c.updateBranch(ids[u"p"_s], ids[u"alice"_s], u);
    }, "PATCH", u"/projects/{p}/branches/{alice}"_s, {}, uR"J({"branch":{"expires_at":null,"name":"dev-alice-2"}})J"_s,
        [](Neon::Reply* r, SandboxFixture& s, const Ids&) {
            QCOMPARE(valueOf<Neon::BranchOperations>(r).branch.name, u"dev-alice-2"_s);
            QVERIFY(s.branch(u"shop"_s, u"dev-alice-2"_s));
        });
    row("delete (soft)", [](Neon::Client& c, const Ids& ids) { return c.deleteBranch(ids[u"p"_s], ids[u"bob"_s]); },
        "DELETE", u"/projects/{p}/branches/{bob}"_s, {}, {}, [](Neon::Reply* r, SandboxFixture& s, const Ids& ids) {
            QVERIFY(!valueOf<Neon::BranchOperations>(r).alreadyGone);
            QVERIFY(s.state().branches.value(ids[u"bob"_s]).isDeleted());
        });
    row("delete, already gone (204)", [](Neon::Client& c, const Ids& ids) {
        return c.deleteBranch(ids[u"p"_s], u"br-no-such-branch"_s, true);
    }, "DELETE", u"/projects/{p}/branches/br-no-such-branch"_s, u"hard_delete=true"_s, {},
        [](Neon::Reply* r, SandboxFixture&, const Ids&) { QVERIFY(valueOf<Neon::BranchOperations>(r).alreadyGone); });
    row("restore", [](Neon::Client& c, const Ids& ids) {
        return c.restoreBranch(ids[u"p"_s], ids[u"alice"_s], {ids[u"main"_s], {}, QDateTime(), u"dev-alice_old"_s});
    }, "POST", u"/projects/{p}/branches/{alice}/restore"_s, {},
        uR"J({"preserve_under_name":"dev-alice_old","source_branch_id":"{main}"})J"_s,
        [](Neon::Reply* r, SandboxFixture& s, const Ids&) {
            const auto& b = valueOf<Neon::BranchOperations>(r).branch;
            QVERIFY(b.isSettled());
            QCOMPARE(b.parentId, s.branchId(u"shop"_s, u"dev-alice_old"_s)); // the backup is the new parent
            QVERIFY(b.lastResetAt.isValid());
        });
    row("set default", [](Neon::Client& c, const Ids& ids) { return c.setDefaultBranch(ids[u"p"_s], ids[u"dev"_s]); },
        "POST", u"/projects/{p}/branches/{dev}/set_as_default"_s, {}, {}, [](Neon::Reply* r, SandboxFixture& s, const Ids&) {
            QVERIFY(valueOf<Neon::BranchOperations>(r).branch.isDefault);
            QVERIFY(!s.branch(u"shop"_s, u"main"_s)->isDefault);
        });
    row("recover", [](Neon::Client& c, const Ids& ids) { return c.recoverBranch(ids[u"p"_s], ids[u"deleted"_s]); }, "POST",
        u"/projects/{p}/branches/{deleted}/recover"_s, {}, {}, [](Neon::Reply* r, SandboxFixture& s, const Ids&) {
            QVERIFY(!valueOf<Neon::BranchOperations>(r).branch.recovery);
            QVERIFY(s.branch(u"shop"_s, u"preview-pr-42"_s));
        });
    row("set masking rules", [](Neon::Client& c, const Ids& ids) {
        const Neon::MaskingRule rule{u"neondb"_s, u"public"_s, u"customers"_s, u"full_name"_s, {}, u"'REDACTED'"_s};
        return c.setMaskingRules(ids[u"p"_s], ids[u"anon"_s], {rule});
    }, "PATCH", u"/projects/{p}/branches/{anon}/masking_rules"_s, {},
        uR"J({"masking_rules":[{"column_name":"full_name","database_name":"neondb","masking_value":"'REDACTED'",)J"
        uR"J("schema_name":"public","table_name":"customers"}]})J"_s,
        [](Neon::Reply* r, SandboxFixture& s, const Ids& ids) {
            QCOMPARE(valueOf<QList<Neon::MaskingRule>>(r).size(), 1);
            QCOMPARE(s.state().branches.value(ids[u"anon"_s]).maskingRules, valueOf<QList<Neon::MaskingRule>>(r));
        });
    row("anonymize", [](Neon::Client& c, const Ids& ids) { return c.startAnonymization(ids[u"p"_s], ids[u"anon"_s]); },
        "POST", u"/projects/{p}/branches/{anon}/anonymize"_s, {}, {}, [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            QCOMPARE(valueOf<Neon::AnonymizationStatus>(r).state, u"anonymizing"_s);
        });
    row("create anonymized", [](Neon::Client& c, const Ids& ids) {
        Neon::AnonymizedBranchCreate a;
        Neon::BranchCreateOptions b;
        b.parentId = ids[u"main"_s];
        b.name = u"main-anon"_s;
        b.endpoints = {Neon::EndpointOptions()};
        a.branchCreate = b;
        a.maskingRules = {{u"neondb"_s, u"public"_s, u"customers"_s, u"email"_s, u"anon.dummy_free_email()"_s, {}}};
        a.startAnonymization = true;
        return c.createAnonymizedBranch(ids[u"p"_s], a);
    }, "POST", u"/projects/{p}/branch_anonymized"_s, {},
        uR"J({"branch_create":{"branch":{"name":"main-anon","parent_id":"{main}"},"endpoints":[{"type":"read_write"}]},)J"
        uR"J("masking_rules":[{"column_name":"email","database_name":"neondb","masking_function":"anon.dummy_free_email()",)J"
        uR"J("schema_name":"public","table_name":"customers"}],"start_anonymization":true})J"_s,
        [](Neon::Reply* r, SandboxFixture&, const Ids&) {
            const auto& v = valueOf<Neon::CreatedBranch>(r);
            QVERIFY(v.branch.isRestricted(u"restore"_s));
            QCOMPARE(v.endpoints.first().preloadLibraries, QStringList{u"anon"_s});
        });
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
    QFETCH(QString, body);
    QFETCH(Check, check);

    SandboxFixture sandbox(u"single"_s, 20);
    Ids ids{{u"p"_s, sandbox.projectId(u"shop"_s)},
            {u"org"_s, sandbox.state().organizations.first().id},
            {u"main"_s, sandbox.branchId(u"shop"_s, u"main"_s)},
            {u"dev"_s, sandbox.branchId(u"shop"_s, u"main-dev"_s)},
            {u"alice"_s, sandbox.branchId(u"shop"_s, u"dev-alice"_s)},
            {u"bob"_s, sandbox.branchId(u"shop"_s, u"dev-bob"_s)}};
    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    ids.insert(u"from"_s, Neon::Json::timeToString(today.addDays(-3)));
    ids.insert(u"to"_s, Neon::Json::timeToString(today));
    ids.insert(u"expires"_s, Neon::Json::timeToString(QDateTime(today.date().addDays(2), QTime(12, 0), Qt::UTC)));

    // Set up through the sandbox's own API: an anonymized branch and a soft-deleted one.
    ::Sandbox::Api& api = sandbox.server->api();
    const ::Sandbox::ApiResponse anon = api.handle(
        {"POST", u"/projects/%1/branch_anonymized"_s.arg(ids[u"p"_s]), {},
         toJson({{"branch_create"_L1, QJsonObject{{"branch"_L1, QJsonObject{{"name"_L1, "anon-test"_L1}}}}},
                 {"masking_rules"_L1, QJsonArray{QJsonObject{{"database_name"_L1, "neondb"_L1},
                                                             {"schema_name"_L1, "public"_L1},
                                                             {"table_name"_L1, "customers"_L1},
                                                             {"column_name"_L1, "email"_L1},
                                                             {"masking_function"_L1, "anon.dummy_free_email()"_L1}}}}}),
         {}});
    QCOMPARE(anon.status, 201);
    ids.insert(u"anon"_s, anon.body.value("branch"_L1).toObject().value("id"_L1).toString());
    ids.insert(u"op"_s, anon.body.value("operations"_L1).toArray().first().toObject().value("id"_L1).toString());
    ids.insert(u"deleted"_s, sandbox.branchId(u"shop"_s, u"preview-pr-42"_s));
    api.advanceClock(5);
    api.settle();
    QCOMPARE(api.handle({"DELETE", u"/projects/%1/branches/%2"_s.arg(ids[u"p"_s], ids[u"deleted"_s]), {}, {}, {}}).status, 200);
    api.advanceClock(5);
    api.settle();
    sandbox.requests().clear();

    Neon::Client client(config(sandbox.baseUrl()));
    Neon::PendingReply reply = invoke(client, ids);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));

    const HttpFront::Request& sent = sandbox.requests().first();
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.path, fill(path, ids));
    QCOMPARE(sortedQuery(sent.query), fill(query, ids));
    if (body.isEmpty()) {
        QVERIFY(sent.body.isEmpty());
    } else {
        QCOMPARE(QJsonDocument::fromJson(sent.body), QJsonDocument::fromJson(fill(body, ids).toUtf8()));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
    }
    QCOMPARE(sent.header("Authorization"), "Bearer " + secretKey.toUtf8());
    QCOMPARE(sent.header("User-Agent"), QByteArray("canopy/" CANOPY_VERSION));
    QVERIFY(!sent.header("X-Request-ID").isEmpty());
    check(reply.get(), sandbox, ids);
}

CANOPY_TEST_GUILESS_MAIN(TestClientCalls)
#include "tst_client_calls.moc"

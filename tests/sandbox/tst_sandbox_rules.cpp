// SPDX-License-Identifier: MIT
// Neon's platform rules as the sandbox enforces them: status code and message for each.
#include "testsupport.h"

#include <neon/codec.h>
#include <sandbox/api.h>
#include <sandbox/seeds.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Sandbox;

namespace {

/// The "single" seed behind the Api, with helpers that name branches instead of ids.
struct World
{
    State state;
    std::unique_ptr<Api> api;
    QString project;

    World()
    {
        QString error;
        seedState(u"single"_s, QDateTime::currentDateTimeUtc(), state, &error, 7);
        api = std::make_unique<Api>(state, Api::Options{100});
        project = state.projects.keys().first();
    }

    QString id(const QString& name) const
    {
        const BranchRecord* b = state.findBranchByName(project, name);
        return b ? b->branch.id : name;
    }
    Neon::Branch branch(const QString& name) const { return state.branches.value(id(name)).branch; }

    /// Sends a request; `{name}` in the path becomes that branch's id, `{p}` the project.
    ApiResponse call(const QByteArray& method, QString path, const QJsonObject& body = {}, const QString& query = {})
    {
        path.replace(u"{p}"_s, project);
        for (const BranchRecord& b : std::as_const(state.branches))
            path.replace(QLatin1Char('{') + b.branch.name + QLatin1Char('}'), b.branch.id);
        ApiResponse r = api->handle({method, path, QUrlQuery(query), body.isEmpty() ? QByteArray()
                                                                                     : QJsonDocument(body).toJson(), {}});
        r.body = r.json();
        settle();
        return r;
    }
    /// Lets the running operations finish.
    void settle()
    {
        api->advanceClock(1);
        api->settle();
    }
    ApiResponse create(const QString& name, const QString& parent, const QJsonObject& extra = {})
    {
        QJsonObject branch{{"name"_L1, name}, {"parent_id"_L1, id(parent)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            branch.insert(it.key(), it.value());
        return call("POST", u"/projects/{p}/branches"_s, {{"branch"_L1, branch}});
    }
    QString inDays(int days) const { return Neon::Json::timeToString(api->now().addDays(days)); }
};

using Step = std::function<ApiResponse(World&)>;

} // namespace

Q_DECLARE_METATYPE(Step)

class TestSandboxRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data();
    void rule();
    void restoreWithPreserveMovesChildrenUnderTheBackup();
    void schemaOnlyBranchIsARoot();
    void softDeleteAndRecover();
    void expiredBranchesAreDeletedBySweep();
    void secondMutationWhileOperationsRunIsLocked();
    void branchPagesFollowNeon();
    void projectCursorIsAlwaysPresent();
    void operationsMoveThroughTheirStates();
};

void TestSandboxRules::rule_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::addRow("duplicate name on create")
        << Step([](World& w) { return w.create(u"dev-alice"_s, u"main-dev"_s); }) << 409
        << u"branch with the provided name \"dev-alice\" already exists"_s;
    QTest::addRow("duplicate name on rename") << Step([](World& w) {
        return w.call("PATCH", u"/projects/{p}/branches/{dev-bob}"_s, {{"branch"_L1, QJsonObject{{"name"_L1, "dev-alice"_L1}}}});
    }) << 409 << u"branch with the provided name \"dev-alice\" already exists"_s;
    QTest::addRow("name too long") << Step([](World& w) { return w.create(QString(257, QLatin1Char('x')), u"main"_s); })
                                   << 400 << u"1 to 256 characters"_s;
    QTest::addRow("delete default") << Step([](World& w) { return w.call("DELETE", u"/projects/{p}/branches/{main}"_s); })
                                    << 400 << u"default branch"_s;
    QTest::addRow("delete the root") << Step([](World& w) {
        w.call("POST", u"/projects/{p}/branches/{main-dev}/set_as_default"_s);
        return w.call("DELETE", u"/projects/{p}/branches/{main}"_s);
    }) << 400 << u"root branch"_s;
    QTest::addRow("delete protected") << Step([](World& w) {
        w.call("PATCH", u"/projects/{p}/branches/{dev-alice}"_s, {{"branch"_L1, QJsonObject{{"protected"_L1, true}}}});
        return w.call("DELETE", u"/projects/{p}/branches/{dev-alice}"_s);
    }) << 400 << u"protected"_s;
    QTest::addRow("delete with children") << Step([](World& w) {
        w.create(u"dev-alice-child"_s, u"dev-alice"_s);
        return w.call("DELETE", u"/projects/{p}/branches/{dev-alice}"_s);
    }) << 400 << u"it has 1 child branch(es)"_s;
    QTest::addRow("restore with children needs preserve_under_name") << Step([](World& w) {
        w.create(u"dev-alice-child"_s, u"dev-alice"_s);
        return w.call("POST", u"/projects/{p}/branches/{dev-alice}/restore"_s, {{"source_branch_id"_L1, w.id(u"main"_s)}});
    }) << 400 << u"preserve_under_name is required"_s;
    QTest::addRow("restore to own history needs a point and a backup name") << Step([](World& w) {
        return w.call("POST", u"/projects/{p}/branches/{dev-alice}/restore"_s, {{"source_branch_id"_L1, w.id(u"dev-alice"_s)}});
    }) << 400 << u"requires source_lsn or source_timestamp"_s;
    QTest::addRow("reset of a protected branch") << Step([](World& w) {
        return w.call("POST", u"/projects/{p}/branches/{main-dev}/restore"_s, {{"source_branch_id"_L1, w.id(u"main"_s)}});
    }) << 400 << u"cannot reset protected branch"_s;
    QTest::addRow("anonymized branch refuses restore") << Step([](World& w) {
        const ApiResponse made = w.call("POST", u"/projects/{p}/branch_anonymized"_s,
                                        {{"branch_create"_L1, QJsonObject{{"branch"_L1, QJsonObject{{"name"_L1, "anon"_L1}}}}}});
        Q_ASSERT(made.status == 201);
        return w.call("POST", u"/projects/{p}/branches/{anon}/restore"_s, {{"source_branch_id"_L1, w.id(u"main"_s)}});
    }) << 400 << u"cannot restore anonymized branches"_s;
    QTest::addRow("expiry more than 30 days ahead") << Step([](World& w) {
        return w.create(u"far"_s, u"main-dev"_s, {{"expires_at"_L1, w.inDays(31)}});
    }) << 400 << u"at most 30 days"_s;
    QTest::addRow("expiry in the past") << Step([](World& w) {
        return w.create(u"past"_s, u"main-dev"_s, {{"expires_at"_L1, w.inDays(-1)}});
    }) << 400 << u"in the future"_s;
    QTest::addRow("expiry on the default branch") << Step([](World& w) {
        return w.call("PATCH", u"/projects/{p}/branches/{main}"_s, {{"branch"_L1, QJsonObject{{"expires_at"_L1, w.inDays(2)}}}});
    }) << 400 << u"default branch cannot have an expiration"_s;
    QTest::addRow("expiry on a protected branch") << Step([](World& w) {
        w.call("PATCH", u"/projects/{p}/branches/{dev-bob}"_s, {{"branch"_L1, QJsonObject{{"protected"_L1, true}}}});
        return w.call("PATCH", u"/projects/{p}/branches/{dev-bob}"_s, {{"branch"_L1, QJsonObject{{"expires_at"_L1, w.inDays(2)}}}});
    }) << 400 << u"protected branches cannot have an expiration"_s;
    QTest::addRow("expiry on a parent branch") << Step([](World& w) {
        w.create(u"dev-bob-child"_s, u"dev-bob"_s);
        return w.call("PATCH", u"/projects/{p}/branches/{dev-bob}"_s, {{"branch"_L1, QJsonObject{{"expires_at"_L1, w.inDays(2)}}}});
    }) << 400 << u"branches with children cannot have an expiration"_s;
    QTest::addRow("child of an expiring branch") << Step([](World& w) {
        return w.create(u"pr-child"_s, u"preview-pr-42"_s);
    }) << 400 << u"branches with an expiration time cannot have children"_s;
    QTest::addRow("expiring branch as default") << Step([](World& w) {
        return w.call("POST", u"/projects/{p}/branches/{preview-pr-42}/set_as_default"_s);
    }) << 400 << u"cannot be the default branch"_s;
    QTest::addRow("point given twice") << Step([](World& w) {
        return w.create(u"pitr"_s, u"main"_s, {{"parent_timestamp"_L1, w.inDays(-1)}, {"parent_lsn"_L1, u"0/1DE2850"_s}});
    }) << 400 << u"parent_lsn and parent_timestamp are mutually exclusive"_s;
    QTest::addRow("malformed LSN") << Step([](World& w) {
        return w.create(u"pitr"_s, u"main"_s, {{"parent_lsn"_L1, u"yesterday"_s}});
    }) << 400 << u"parent_lsn must be an LSN such as 0/1DE2850"_s;
    QTest::addRow("unknown branch") << Step([](World& w) { return w.call("GET", u"/projects/{p}/branches/br-nope"_s); })
                                    << 404 << u"branch not found"_s;
    QTest::addRow("unknown project") << Step([](World& w) { return w.call("GET", u"/projects/nope/branches"_s); })
                                     << 404 << u"project not found"_s;
    QTest::addRow("bad limit") << Step([](World& w) {
        return w.call("GET", u"/projects/{p}/branches"_s, {}, u"limit=0"_s);
    }) << 400 << u"limit must be"_s;
    QTest::addRow("schema needs db_name") << Step([](World& w) {
        return w.call("GET", u"/projects/{p}/branches/{main}/schema"_s);
    }) << 400 << u"db_name is required"_s;
    QTest::addRow("compare a root without base") << Step([](World& w) {
        return w.call("GET", u"/projects/{p}/branches/{main}/compare_schema"_s, {}, u"db_name=neondb"_s);
    }) << 400 << u"give base_branch_id"_s;
    QTest::addRow("consumption needs metrics") << Step([](World& w) {
        return w.call("GET", u"/consumption_history/v2/projects"_s, {},
                      u"from=%1&to=%2&granularity=daily&org_id=%3"_s.arg(w.inDays(-2), w.inDays(0),
                                                                          w.state.organizations.first().id));
    }) << 400 << u"metrics is required"_s;
    QTest::addRow("consumption outside the window") << Step([](World& w) {
        return w.call("GET", u"/consumption_history/v2/projects"_s, {},
                      u"from=%1&to=%2&granularity=hourly&org_id=%3&metrics=compute_unit_seconds"_s.arg(
                          w.inDays(-10), w.inDays(0), w.state.organizations.first().id));
    }) << 406 << u"outside the hourly window"_s;
    QTest::addRow("consumption on a free plan") << Step([](World& w) {
        w.state.organizations.first().plan = u"free_v3"_s;
        return w.call("GET", u"/consumption_history/v2/projects"_s, {},
                      u"from=%1&to=%2&granularity=daily&org_id=%3&metrics=compute_unit_seconds"_s.arg(
                          w.inDays(-2), w.inDays(0), w.state.organizations.first().id));
    }) << 403 << u"Launch, Scale"_s;
    QTest::addRow("masking_function and masking_value together") << Step([](World& w) {
        return w.call("PATCH", u"/projects/{p}/branches/{dev-alice}/masking_rules"_s,
                      {{"masking_rules"_L1, QJsonArray{QJsonObject{{"database_name"_L1, "neondb"_L1},
                                                                   {"schema_name"_L1, "public"_L1},
                                                                   {"table_name"_L1, "customers"_L1},
                                                                   {"column_name"_L1, "email"_L1},
                                                                   {"masking_function"_L1, "anon.fake_email()"_L1},
                                                                   {"masking_value"_L1, "'x'"_L1}}}}});
    }) << 400 << u"mutually exclusive"_s;
}

void TestSandboxRules::rule()
{
    QFETCH(Step, step);
    QFETCH(int, status);
    QFETCH(QString, message);
    World w;
    const ApiResponse r = step(w);
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.value("message"_L1).toString().contains(message), qPrintable(r.body.value("message"_L1).toString()));
    QCOMPARE(r.body.value("code"_L1), QJsonValue(u""_s)); // GeneralError: code, message, request_id
    QVERIFY(!r.body.value("request_id"_L1).toString().isEmpty());
}

void TestSandboxRules::restoreWithPreserveMovesChildrenUnderTheBackup()
{
    World w;
    w.create(u"dev-bob-feature"_s, u"dev-bob"_s);
    const QString oldParent = w.branch(u"dev-bob"_s).parentId;
    const ApiResponse r = w.call("POST", u"/projects/{p}/branches/{dev-bob}/restore"_s,
                                 {{"source_branch_id"_L1, oldParent}, {"preserve_under_name"_L1, "dev-bob_old"_L1}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body["branch"_L1].toObject()["current_state"_L1].toString(), u"resetting"_s);
    const Neon::Branch backup = w.branch(u"dev-bob_old"_s);
    QCOMPARE(backup.parentId, oldParent); // the backup sits where the branch was
    QCOMPARE(w.branch(u"dev-bob"_s).parentId, backup.id); // and is the branch's new parent
    QCOMPARE(w.branch(u"dev-bob-feature"_s).parentId, backup.id); // the children moved under it
    QVERIFY(w.branch(u"dev-bob"_s).lastResetAt.isValid());
    QCOMPARE(w.branch(u"dev-bob"_s).currentState, u"ready"_s); // after its operation finished
}

void TestSandboxRules::schemaOnlyBranchIsARoot()
{
    World w;
    const ApiResponse r = w.create(u"main-anon"_s, u"main"_s, {{"init_source"_L1, "schema-only"_L1}});
    QCOMPARE(r.status, 201);
    const QJsonObject b = r.body["branch"_L1].toObject();
    QVERIFY(!b.contains("parent_id"_L1));
    QCOMPARE(b["init_source"_L1].toString(), u"schema-only"_s);
    // It can be deleted (unlike the project's original root) and compared only with a base.
    QCOMPARE(w.call("GET", u"/projects/{p}/branches/{main-anon}/compare_schema"_s, {}, u"db_name=neondb"_s).status, 400);
    QCOMPARE(w.call("GET", u"/projects/{p}/branches/{main-anon}/compare_schema"_s, {},
                    u"db_name=neondb&base_branch_id="_s + w.id(u"main"_s))
                 .body["diff"_L1]
                 .toString(),
             QString()); // same schema
    QCOMPARE(w.call("DELETE", u"/projects/{p}/branches/{main-anon}"_s).status, 200);
}

void TestSandboxRules::softDeleteAndRecover()
{
    World w;
    w.call("PATCH", u"/projects/{p}/branches/{dev-bob}"_s, {{"branch"_L1, QJsonObject{{"expires_at"_L1, w.inDays(3)}}}});
    const QString bob = w.id(u"dev-bob"_s);
    QCOMPARE(w.call("DELETE", u"/projects/{p}/branches/"_s + bob).status, 200);
    QCOMPARE(w.call("GET", u"/projects/{p}/branches/"_s + bob).status, 404);
    QCOMPARE(w.call("DELETE", u"/projects/{p}/branches/"_s + bob).status, 204); // already gone: empty 204
    const ApiResponse withDeleted = w.call("GET", u"/projects/{p}/branches"_s, {}, u"include_deleted=true&search=dev-bob"_s);
    const QJsonObject recovery = withDeleted.body["branches"_L1][0].toObject()["recovery"_L1].toObject();
    QCOMPARE(recovery["deletion_method"_L1].toString(), u"user"_s);
    const QDateTime deletedAt = Neon::Json::timeFromString(recovery["deleted_at"_L1].toString());
    QCOMPARE(deletedAt.daysTo(Neon::Json::timeFromString(recovery["recoverable_until"_L1].toString())), 7);
    QCOMPARE(w.call("GET", u"/projects/{p}/branches"_s, {}, u"search=dev-bob"_s).body["branches"_L1].toArray().size(), 0);
    const ApiResponse recovered = w.call("POST", u"/projects/{p}/branches/%1/recover"_s.arg(bob));
    QCOMPARE(recovered.status, 200);
    QVERIFY(!recovered.body["branch"_L1].toObject().contains("expires_at"_L1)); // back without a TTL
    QVERIFY(recovered.body.contains("endpoints"_L1));
    QCOMPARE(w.call("POST", u"/projects/{p}/branches/%1/recover"_s.arg(bob)).status, 400); // not deleted any more
    // Past the 7 days a soft-deleted branch is gone for good.
    w.call("DELETE", u"/projects/{p}/branches/"_s + bob);
    w.api->advanceClock(8 * 86400);
    w.api->settle();
    QVERIFY(!w.state.branches.contains(bob));
}

void TestSandboxRules::expiredBranchesAreDeletedBySweep()
{
    World w;
    const QString preview = w.id(u"preview-pr-42"_s);
    w.api->advanceClock(21 * 3600); // the seed lets it expire after 20 h
    w.api->settle();
    QVERIFY(w.state.branches.value(preview).isDeleted());
    QCOMPARE(w.state.branches.value(preview).branch.recovery->deletionMethod, u"ttl"_s);
}

void TestSandboxRules::secondMutationWhileOperationsRunIsLocked()
{
    World w;
    const ApiResponse first = w.api->handle({"POST", u"/projects/%1/branches"_s.arg(w.project), {},
                                             R"({"branch":{"name":"one"}})", {}});
    QCOMPARE(first.status, 201);
    const ApiResponse second = w.api->handle({"POST", u"/projects/%1/branches"_s.arg(w.project), {},
                                              R"({"branch":{"name":"two"}})", {}});
    QCOMPARE(second.status, 423);
    QVERIFY(second.body["message"_L1].toString().contains("running operations"_L1));
    // Reads are not locked, and once the operations finished mutations go through again.
    QCOMPARE(w.api->handle({"GET", u"/projects/%1/branches"_s.arg(w.project), {}, {}, {}}).status, 200);
    w.settle();
    QCOMPARE(w.api->handle({"POST", u"/projects/%1/branches"_s.arg(w.project), {}, R"({"branch":{"name":"two"}})", {}}).status,
             201);
}

void TestSandboxRules::branchPagesFollowNeon()
{
    World w;
    QStringList names;
    QString cursor;
    int pages = 0;
    do {
        const ApiResponse r = w.call("GET", u"/projects/{p}/branches"_s, {},
                                     u"limit=2&sort_by=name&sort_order=asc"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(r.status, 200);
        const QJsonObject pagination = r.body["pagination"_L1].toObject();
        QCOMPARE(pagination["sort_by"_L1].toString(), u"name"_s);
        QCOMPARE(pagination["sort_order"_L1].toString(), u"ASC"_s); // echoed in upper case, as Neon does
        for (const QJsonValue& b : r.body["branches"_L1].toArray())
            names.append(b["name"_L1].toString());
        cursor = pagination["next"_L1].toString();
        ++pages;
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 3); // 6 branches, pages of 2, no `next` on the last
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QCOMPARE(names.size(), 6);
    // Without limit, everything at once.
    QCOMPARE(w.call("GET", u"/projects/{p}/branches"_s).body["branches"_L1].toArray().size(), 6);
}

void TestSandboxRules::projectCursorIsAlwaysPresent()
{
    State state;
    QString error;
    QVERIFY(seedState(u"scale:3:1"_s, QDateTime::currentDateTimeUtc(), state, &error));
    Api api(state, Api::Options{});
    const ApiResponse first = api.handle({"GET", u"/projects"_s, QUrlQuery(u"limit=2"_s), {}, {}});
    const QString cursor = first.body["pagination"_L1]["cursor"_L1].toString();
    QCOMPARE(cursor, first.body["projects"_L1][1]["id"_L1].toString());
    const ApiResponse last = api.handle({"GET", u"/projects"_s, QUrlQuery(u"limit=2&cursor="_s + cursor), {}, {}});
    QCOMPARE(last.body["projects"_L1].toArray().size(), 1);
    QCOMPARE(last.body["pagination"_L1]["cursor"_L1].toString(), last.body["projects"_L1][0]["id"_L1].toString());
    QVERIFY(last.body.contains("applications"_L1));
    QVERIFY(last.body.contains("integrations"_L1));
    const ApiResponse beyond = api.handle(
        {"GET", u"/projects"_s, QUrlQuery(u"limit=2&cursor="_s + last.body["projects"_L1][0]["id"_L1].toString()), {}, {}});
    QCOMPARE(beyond.body["projects"_L1].toArray().size(), 0);
}

void TestSandboxRules::operationsMoveThroughTheirStates()
{
    World w;
    const ApiResponse r = w.api->handle({"POST", u"/projects/%1/branches"_s.arg(w.project), {},
                                         R"({"branch":{"name":"ops"},"endpoints":[{"type":"read_write"}]})", {}});
    const QJsonArray ops = r.body["operations"_L1].toArray();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops[0]["status"_L1].toString(), u"running"_s);
    QCOMPARE(ops[1]["status"_L1].toString(), u"scheduling"_s);
    QCOMPARE(r.body["branch"_L1]["current_state"_L1].toString(), u"init"_s);
    QCOMPARE(r.body["branch"_L1]["pending_state"_L1].toString(), u"ready"_s);
    w.settle();
    const QString op = ops[0]["id"_L1].toString();
    QCOMPARE(w.call("GET", u"/projects/{p}/operations/"_s + op).body["operation"_L1]["status"_L1].toString(), u"finished"_s);
    const QJsonObject branch = w.call("GET", u"/projects/{p}/branches/{ops}"_s).body["branch"_L1].toObject();
    QCOMPARE(branch["current_state"_L1].toString(), u"ready"_s);
    QVERIFY(!branch.contains("pending_state"_L1));
    QCOMPARE(w.call("GET", u"/projects/{p}/branches/{ops}/endpoints"_s).body["endpoints"_L1][0]["current_state"_L1].toString(),
             u"active"_s);
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandbox_rules.moc"

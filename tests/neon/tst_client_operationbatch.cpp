// SPDX-License-Identifier: MIT
// Operations followed per project: many changes to one project are settled by one list of its
// operations instead of one poll each, a failure lands on the change it belongs to, and an
// operation the list does not reach is still found. Request counts are read at the sandbox.
#include "testsupport.h"

#include "clienttestutils.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestUtils;
using Sandbox::Fault;


namespace {
/// Leaf branches (no children) of the first project: ones that can be deleted at once.
QStringList leaves(SandboxFixture& sandbox, const QString& projectId, int count)
{
    QSet<QString> parents;
    const QList<const Sandbox::BranchRecord*> branches = sandbox.state().branchesOf(projectId);
    for (const Sandbox::BranchRecord* b : branches)
        parents.insert(b->branch.parentId);
    QStringList out;
    for (const Sandbox::BranchRecord* b : branches) {
        if (!parents.contains(b->branch.id) && b->branch.name.startsWith("b-"_L1) && out.size() < count)
            out.append(b->branch.id);
    }
    return out;
}

bool isList(const HttpFront::Request& r)
{
    return r.method == "GET" && r.path.endsWith("/operations"_L1);
}

bool isSingle(const HttpFront::Request& r)
{
    return r.method == "GET" && r.path.contains("/operations/"_L1);
}

/// The sandbox's own answer for a list of operations, changed by `edit` on its way out.
std::optional<Fault> rewrittenList(SandboxFixture& sandbox, const HttpFront::Request& r,
                                   const std::function<bool(QJsonObject&)>& keep)
{
    const QString projectId = r.path.section(QLatin1Char('/'), -2, -2);
    QJsonArray operations;
    QList<Neon::Operation> all;
    for (const Neon::Operation& op : std::as_const(sandbox.state().operations)) {
        if (op.projectId == projectId)
            all.prepend(op); // newest first
    }
    for (const Neon::Operation& op : std::as_const(all)) {
        QJsonObject o = operationJson(op.id, op.projectId, op.action, op.status);
        o.insert("branch_id"_L1, op.branchId);
        if (keep(o))
            operations.append(o);
    }
    return Fault::answer(200, toJson({{"operations"_L1, operations}, {"pagination"_L1, QJsonObject{{"cursor"_L1, ""_L1}}}}));
}
} // namespace

class TestClientOperationBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyOperationsOfAProjectSettleWithOneListPoll();
    void aFailedOperationAmongManyFailsItsOwnChange();
    void anOperationTheListDoesNotReachIsPolledByItself();
    void perOperationPollingIsKeptAsABaseline();
};

void TestClientOperationBatch::manyOperationsOfAProjectSettleWithOneListPoll()
{
    SandboxFixture sandbox(u"scale:1:40"_s, 50);
    const QString project = sandbox.state().projects.keys().first();
    const QStringList ids = leaves(sandbox, project, 8);
    QCOMPARE(ids.size(), 8);
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.pollIntervalMs = 100; // longer than an operation: no change meets a running one
    Neon::Client client(c);
    std::vector<Neon::Pending<Neon::BranchOperations>> replies;
    for (const QString& id : ids)
        replies.push_back(client.deleteBranch(project, id));
    for (auto& reply : replies) {
        QVERIFY(waitFor(reply.get(), 20000));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    }
    const auto& requests = sandbox.requests();
    const int lists = int(std::count_if(requests.cbegin(), requests.cend(), isList));
    const int singles = int(std::count_if(requests.cbegin(), requests.cend(), isSingle));
    QCOMPARE(sandbox.count("DELETE"), 8); // no change sent twice, none refused with 423
    QVERIFY2(lists >= 1 && lists + singles <= 3, qPrintable(u"%1 list polls, %2 single polls"_s.arg(lists).arg(singles)));
    for (const QString& id : ids)
        QVERIFY(sandbox.state().branches.value(id).isDeleted());
}

void TestClientOperationBatch::aFailedOperationAmongManyFailsItsOwnChange()
{
    SandboxFixture sandbox(u"scale:1:40"_s, 50);
    const QString project = sandbox.state().projects.keys().first();
    const QStringList ids = leaves(sandbox, project, 6);
    const QString failing = ids.at(3);
    auto fail = [&](QJsonObject& o) {
        if (o.value("branch_id"_L1).toString() == failing && o.value("action"_L1).toString() == "delete_timeline"_L1) {
            o.insert("status"_L1, "failed"_L1);
            o.insert("error"_L1, "pageserver out of disk"_L1);
        }
        return true;
    };
    sandbox.server->setFaultHook([&](const HttpFront::Request& r) -> std::optional<Fault> {
        if (isList(r))
            return rewrittenList(sandbox, r, fail);
        return std::nullopt;
    });
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.pollIntervalMs = 100;
    Neon::Client client(c);
    std::vector<Neon::Pending<Neon::BranchOperations>> replies;
    for (const QString& id : ids)
        replies.push_back(client.deleteBranch(project, id));
    for (int i = 0; i < int(replies.size()); ++i) {
        QVERIFY(waitFor(replies.at(i).get(), 20000));
        if (ids.at(i) == failing) {
            QCOMPARE(replies.at(i)->error().kind, Neon::Error::Kind::OperationFailed);
            QVERIFY2(replies.at(i)->error().message.contains("pageserver out of disk"_L1), qPrintable(replies.at(i)->error().message));
        } else {
            QVERIFY2(replies.at(i)->ok(), qPrintable(replies.at(i)->error().toUserText()));
        }
    }
}

void TestClientOperationBatch::anOperationTheListDoesNotReachIsPolledByItself()
{
    SandboxFixture sandbox(u"scale:1:40"_s, 50);
    const QString project = sandbox.state().projects.keys().first();
    const QStringList ids = leaves(sandbox, project, 4);
    const QString old = ids.first();
    // As if the first change's operations were older than the list's first page.
    sandbox.server->setFaultHook([&](const HttpFront::Request& r) -> std::optional<Fault> {
        if (isList(r))
            return rewrittenList(sandbox, r, [&](QJsonObject& o) { return o.value("branch_id"_L1).toString() != old; });
        return std::nullopt;
    });
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.pollIntervalMs = 100;
    Neon::Client client(c);
    std::vector<Neon::Pending<Neon::BranchOperations>> replies;
    for (const QString& id : ids)
        replies.push_back(client.deleteBranch(project, id));
    for (auto& reply : replies) {
        QVERIFY(waitFor(reply.get(), 20000));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toUserText()));
    }
    for (const Neon::Operation& op : replies.front()->value().operations)
        QVERIFY(sandbox.count("GET", u"/operations/"_s + op.id) >= 1);
}

void TestClientOperationBatch::perOperationPollingIsKeptAsABaseline()
{
    SandboxFixture sandbox(u"scale:1:40"_s, 50);
    const QString project = sandbox.state().projects.keys().first();
    const QStringList ids = leaves(sandbox, project, 4);
    Neon::ClientConfig c = config(sandbox.baseUrl());
    c.batchedOperationPolling = false;
    Neon::Client client(c);
    std::vector<Neon::Pending<Neon::BranchOperations>> replies;
    for (const QString& id : ids)
        replies.push_back(client.deleteBranch(project, id));
    for (auto& reply : replies)
        QVERIFY(waitFor(reply.get(), 20000) && reply->ok());
    const auto& requests = sandbox.requests();
    QCOMPARE(int(std::count_if(requests.cbegin(), requests.cend(), isList)), 0);
    QVERIFY(std::count_if(requests.cbegin(), requests.cend(), isSingle) >= 4);
}

CANOPY_TEST_GUILESS_MAIN(TestClientOperationBatch)
#include "tst_client_operationbatch.moc"

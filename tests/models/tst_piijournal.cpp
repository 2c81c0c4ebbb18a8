// SPDX-License-Identifier: MIT
// The PII refresh as a journal, against the sandbox's pii seed (main-anon with three children):
// for every step k, Cancel right after k starts, and a server error at k; every run ends in one
// of the two good states, checked on the server: the old main-anon and its children untouched,
// or the fresh main-anon in place with its children again — never two main-anon, nor none.
#include "testsupport.h"
#include "clienttestutils.h"

#include <models/piiworkflow.h>

using namespace Qt::StringLiterals;
using Models::PiiWorkflow;
using Outcome = Models::PiiWorkflow::Outcome;

namespace {
const QStringList children{u"dev-carol"_s, u"preview-pr-7"_s, u"qa-privacy"_s};
constexpr int stepCount = 1 + 3 + 2 + 3; // build, 3 child renames, old, new, 3 children

struct Run
{
    TestUtils::SandboxFixture sandbox{u"pii"_s, 10};
    std::unique_ptr<Neon::Client> client = std::make_unique<Neon::Client>(TestUtils::config(sandbox.baseUrl()));
    QString project = sandbox.state().projects.cbegin()->project.id;
    QString projectName = sandbox.state().projects.cbegin()->project.name;
    QString oldId = sandbox.branchId(projectName, u"main-anon"_s);

    PiiWorkflow::Plan plan()
    {
        PiiWorkflow::Plan p;
        p.projectId = project;
        p.source = *sandbox.branch(projectName, u"main"_s);
        p.name = u"main-anon"_s;
        p.rules = sandbox.state().findBranchByName(project, u"main-anon"_s)->maskingRules;
        p.replaces = *sandbox.branch(projectName, u"main-anon"_s);
        p.replacedChildren = children;
        p.children = children;
        return p;
    }
    QList<const Neon::Branch*> live(const QString& name)
    {
        QList<const Neon::Branch*> out;
        for (const Sandbox::BranchRecord* b : sandbox.state().branchesOf(project))
            if (!b->isDeleted() && b->branch.name == name)
                out.append(&b->branch);
        return out;
    }
    QStringList liveNames()
    {
        QStringList names;
        for (const Sandbox::BranchRecord* b : sandbox.state().branchesOf(project))
            if (!b->isDeleted())
                names.append(b->branch.name);
        return names;
    }
    /// The old main-anon and its children as they were; nothing built left behind.
    bool untouched(QString* why)
    {
        const auto anon = live(u"main-anon"_s);
        if (anon.size() != 1 || anon.first()->id != oldId)
            return *why = u"main-anon is not the old one"_s, false;
        for (const QString& c : children) {
            const auto child = live(c);
            if (child.size() != 1 || child.first()->parentId != oldId || child.first()->expiresAt.isValid() != (c == u"preview-pr-7"_s))
                return *why = c + u" changed"_s, false;
        }
        for (const QString& n : liveNames())
            if (n.contains(u"_new_"_s) || n.contains(u"_old_"_s))
                return *why = u"left behind: "_s + n, false;
        return true;
    }
    /// The fresh main-anon with its children again; the old one renamed.
    bool replaced(QString* why)
    {
        const auto anon = live(u"main-anon"_s);
        if (anon.size() != 1 || anon.first()->id == oldId)
            return *why = u"main-anon is not a fresh one"_s, false;
        for (const QString& c : children) {
            const auto child = live(c);
            if (child.size() != 1 || child.first()->parentId != anon.first()->id)
                return *why = c + u" is not under the fresh main-anon"_s, false;
        }
        const Neon::Branch* old = sandbox.liveBranch(projectName, sandbox.state().branches.value(oldId).branch.name);
        if (!old || !old->name.startsWith(u"main-anon_old_"_s))
            return *why = u"the old main-anon was not renamed"_s, false;
        return true;
    }
    /// Runs the refresh; `atStep` is called when each step starts.
    Outcome run(const std::function<void(PiiWorkflow&, int)>& atStep)
    {
        PiiWorkflow workflow(client.get(), plan());
        Outcome outcome = Outcome::RollbackFailed;
        QObject::connect(&workflow, &PiiWorkflow::outcome, &workflow, [&outcome](Outcome o) { outcome = o; });
        QObject::connect(&workflow, &PiiWorkflow::stepStarted, &workflow, [&](int index, const QString&) { atStep(workflow, index); });
        QSignalSpy finished(&workflow, &PiiWorkflow::finished);
        workflow.start();
        if (!finished.wait(60000))
            qFatal("the refresh did not finish");
        return outcome;
    }
};
} // namespace

class TestPiiJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStepsAreThoseExpected();
    void cancelAfterEachStep_data();
    void cancelAfterEachStep();
    void serverErrorAtEachStep_data();
    void serverErrorAtEachStep();
};

void TestPiiJournal::theStepsAreThoseExpected()
{
    Run r;
    PiiWorkflow workflow(r.client.get(), r.plan());
    QCOMPARE(workflow.describe().size(), stepCount);
}

void TestPiiJournal::cancelAfterEachStep_data()
{
    QTest::addColumn<int>("step");
    for (int k = 0; k < stepCount; ++k)
        QTest::addRow("step %d", k) << k;
}

void TestPiiJournal::cancelAfterEachStep()
{
    QFETCH(int, step);
    Run r;
    const Outcome outcome = r.run([step](PiiWorkflow& w, int index) {
        if (index == step)
            w.cancel();
    });
    QString why;
    if (step == 0) { // still building: undone
        QCOMPARE(outcome, Outcome::RolledBack);
        QVERIFY2(r.untouched(&why), qPrintable(why));
    } else { // the swap has started: it completes
        QCOMPARE(outcome, Outcome::Completed);
        QVERIFY2(r.replaced(&why), qPrintable(why));
    }
}

void TestPiiJournal::serverErrorAtEachStep_data()
{
    cancelAfterEachStep_data();
}

void TestPiiJournal::serverErrorAtEachStep()
{
    QFETCH(int, step);
    Run r;
    int current = -1;
    bool injected = false;
    // The first change the step sends is refused once (a read is let through).
    r.sandbox.server->setFaultHook([&](const HttpFront::Request& q) -> std::optional<Sandbox::Fault> {
        if (current != step || injected || q.method == "GET")
            return std::nullopt;
        injected = true;
        return Sandbox::Fault::error(409, u"refused by the test"_s);
    });
    const Outcome outcome = r.run([&current](PiiWorkflow&, int index) { current = index; });
    QVERIFY(injected);
    QString why;
    if (step < 6) { // building or swapping: undone
        QCOMPARE(outcome, Outcome::RolledBack);
        QVERIFY2(r.untouched(&why), qPrintable(why));
    } else { // a child after the swap: tried again, and made
        QCOMPARE(outcome, Outcome::Completed);
        QVERIFY2(r.replaced(&why), qPrintable(why));
    }
}

CANOPY_TEST_GUILESS_MAIN(TestPiiJournal)
#include "tst_piijournal.moc"

// SPDX-License-Identifier: MIT
// Neon's platform rules, checked before a request is sent: each refusal says why in words.
#include "testsupport.h"

#include <models/branchrules.h>

#include <QTest>

using namespace Qt::StringLiterals;
namespace Rules = Models::BranchRules;

namespace {
const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

Neon::Branch branch(const QString& name, const QString& flags = {})
{
    Neon::Branch b;
    b.id = u"br-"_s + name;
    b.name = name;
    b.parentId = flags.contains(u"root"_s) ? QString() : u"br-parent"_s;
    b.isDefault = flags.contains(u"default"_s);
    b.isProtected = flags.contains(u"protected"_s);
    if (flags.contains(u"schema-only"_s)) {
        b.initSource = u"schema-only"_s;
        b.parentId.clear();
    }
    if (flags.contains(u"anonymized"_s))
        b.restrictedActions = {{u"restore"_s, u"cannot restore anonymized branches"_s}};
    if (flags.contains(u"expiring"_s))
        b.expiresAt = now.addDays(2);
    return b;
}
} // namespace

class TestBranchRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data();
    void names();
    void actions_data();
    void actions();
    void backupName();
};

void TestBranchRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::addRow("fine") << u"dev/alex"_s << QString();
    QTest::addRow("empty") << QString() << u"A branch needs a name."_s;
    QTest::addRow("blank") << u"   "_s << u"A branch needs a name."_s;
    QTest::addRow("padded") << u" dev "_s << u"The name starts or ends with spaces."_s;
    QTest::addRow("256 is allowed") << QString(256, QLatin1Char('a')) << QString();
    QTest::addRow("257 is not") << QString(257, QLatin1Char('a')) << u"The name is 257 characters long; Neon allows at most 256."_s;
    QTest::addRow("taken") << u"main"_s << u"The project already has a branch named “main”."_s;
}

void TestBranchRules::names()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QCOMPARE(Rules::nameProblem(name, {u"main"_s, u"main-dev"_s}), problem);
}

void TestBranchRules::actions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Neon::Branch>("branch");
    QTest::addColumn<int>("children");
    QTest::addColumn<QString>("problem");
    QTest::addRow("delete a leaf") << u"delete"_s << branch(u"dev"_s) << 0 << QString();
    QTest::addRow("delete default") << u"delete"_s << branch(u"main"_s, u"default"_s) << 0
                                    << u"main is the project's default branch and cannot be deleted. Make another branch the default first."_s;
    QTest::addRow("delete protected") << u"delete"_s << branch(u"base"_s, u"protected"_s) << 0
                                      << u"base is protected and cannot be deleted. Unprotect it first."_s;
    QTest::addRow("delete the root") << u"delete"_s << branch(u"trunk"_s, u"root"_s) << 0
                                     << u"trunk is the project's root branch and cannot be deleted."_s;
    QTest::addRow("delete a schema-only root") << u"delete"_s << branch(u"anon"_s, u"schema-only"_s) << 0 << QString();
    QTest::addRow("delete a parent") << u"delete"_s << branch(u"dev"_s) << 2
                                     << u"dev has 2 child branch(es); delete them first, or delete the whole subtree."_s;
    QTest::addRow("delete a subtree") << u"delete-subtree"_s << branch(u"dev"_s) << 2 << QString();
    QTest::addRow("reset a child") << u"reset"_s << branch(u"dev"_s) << 3 << QString();
    QTest::addRow("reset a root") << u"reset"_s << branch(u"main"_s, u"root"_s) << 0
                                  << u"main is a root branch: it has no parent to reset from."_s;
    QTest::addRow("reset schema-only") << u"reset"_s << branch(u"anon"_s, u"schema-only"_s) << 0
                                       << u"anon is a schema-only branch: a root of its own, with no parent to reset from."_s;
    QTest::addRow("reset protected") << u"reset"_s << branch(u"base"_s, u"protected"_s) << 0
                                     << u"base is protected and cannot be reset. Unprotect it first."_s;
    QTest::addRow("reset anonymized") << u"reset"_s << branch(u"masked"_s, u"anonymized"_s) << 0
                                      << u"masked is anonymized and cannot be reset or restored: build a new anonymized branch instead."_s;
    QTest::addRow("restore anonymized") << u"restore"_s << branch(u"masked"_s, u"anonymized"_s) << 0
                                        << u"masked is anonymized and cannot be reset or restored: build a new anonymized branch instead."_s;
    QTest::addRow("expire a leaf in 7 days") << u"expire-7"_s << branch(u"dev"_s) << 0 << QString();
    QTest::addRow("expire in 31 days") << u"expire-31"_s << branch(u"dev"_s) << 0 << u"Neon allows expiration at most 30 days ahead."_s;
    QTest::addRow("expire in the past") << u"expire--1"_s << branch(u"dev"_s) << 0 << u"The expiration time has to lie ahead."_s;
    QTest::addRow("expire the default") << u"expire-7"_s << branch(u"main"_s, u"default"_s) << 0 << u"The default branch cannot expire."_s;
    QTest::addRow("expire protected") << u"expire-7"_s << branch(u"base"_s, u"protected"_s) << 0 << u"Protected branches cannot expire."_s;
    QTest::addRow("expire a parent") << u"expire-7"_s << branch(u"dev"_s) << 1
                                     << u"dev has child branches, and branches with children cannot expire."_s;
    QTest::addRow("branch from an expiring parent") << u"create-from"_s << branch(u"pr"_s, u"expiring"_s) << 0
                                                    << u"pr expires, and branches with an expiration time cannot have children. Clear its expiration first."_s;
    QTest::addRow("default must not expire") << u"default"_s << branch(u"pr"_s, u"expiring"_s) << 0
                                             << u"pr expires, and the default branch cannot. Clear its expiration first."_s;
    QTest::addRow("set default again") << u"default"_s << branch(u"main"_s, u"default"_s) << 0 << u"main is already the default branch."_s;
}

void TestBranchRules::actions()
{
    QFETCH(QString, action);
    QFETCH(Neon::Branch, branch);
    QFETCH(int, children);
    QFETCH(QString, problem);
    QString shown;
    if (action.startsWith("delete"_L1))
        shown = Rules::deleteProblem(branch, children, action == "delete-subtree"_L1);
    else if (action == "reset"_L1)
        shown = Rules::resetProblem(branch);
    else if (action == "restore"_L1)
        shown = Rules::restoreProblem(branch);
    else if (action.startsWith("expire-"_L1))
        shown = Rules::expirationProblem(branch, children, now.addDays(action.mid(7).toInt()), now);
    else if (action == "create-from"_L1)
        shown = Rules::createFromProblem(branch);
    else if (action == "default"_L1)
        shown = Rules::setDefaultProblem(branch);
    QCOMPARE(shown, problem);
}

void TestBranchRules::backupName()
{
    QCOMPARE(Rules::backupName(u"dev-alice"_s, now), u"dev-alice_old_2026-11-25T12:00:00Z"_s);
    const QString longName = Rules::backupName(QString(300, QLatin1Char('b')), now);
    QCOMPARE(longName.size(), Rules::maxNameLength);
    QVERIFY(longName.endsWith(u"_old_2026-11-25T12:00:00Z"_s));
    QVERIFY(Rules::needsTypedConfirmation(branch(u"main-dev"_s), 0));
    QVERIFY(Rules::needsTypedConfirmation(branch(u"dev"_s), 1));
    QVERIFY(!Rules::needsTypedConfirmation(branch(u"dev"_s), 0));
}

CANOPY_TEST_GUILESS_MAIN(TestBranchRules)
#include "tst_branchrules.moc"

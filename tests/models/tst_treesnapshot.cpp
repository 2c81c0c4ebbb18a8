// SPDX-License-Identifier: MIT
// The tree's last state on disk: what was shown comes back exactly, loaded or not.
#include "testsupport.h"

#include <models/projecttreemodel.h>
#include <models/treesnapshot.h>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::ProjectTreeModel;
using Models::TreeSnapshot;

namespace {
Neon::Branch branch(const QString& name, const QString& parent = {})
{
    Neon::Branch b;
    b.id = u"br-"_s + name;
    b.name = name;
    b.parentId = parent.isEmpty() ? QString() : u"br-"_s + parent;
    b.currentState = u"ready"_s;
    b.createdAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
    b.logicalSize = 30 * 1024 * 1024;
    return b;
}

QString dump(const QAbstractItemModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.index(row, c, parent).data().toString());
        out += QString(depth * 2, QLatin1Char(' ')) + cells.join(u" | "_s) + QLatin1Char('\n');
        out += dump(model, model.index(row, 0, parent), depth + 1);
    }
    return out;
}
} // namespace

class TestTreeSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void corruptFileIsRefused();
    void ownerOnlyEvenOverAnOldFile();
    void namesAreSaltedPerInstallation_data();
    void namesAreSaltedPerInstallation();
};

void TestTreeSnapshot::roundTrip()
{
    ProjectTreeModel shown;
    Neon::Project shop, acme;
    shop.id = u"p-shop"_s;
    shop.name = u"shop"_s;
    acme.id = u"p-acme"_s;
    acme.name = u"acme"_s;
    shown.setProjects({shop, acme});
    const QDateTime active(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC);
    shown.setBranches(shop.id, {branch(u"main"_s), branch(u"main-dev"_s, u"main"_s), branch(u"dev-alice"_s, u"main-dev"_s)},
                      {{u"br-dev-alice"_s, Models::BranchActivity{active, Models::ComputeState::Active}}});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"snapshots/org.json"_s);
    QString error;
    QVERIFY2(TreeSnapshot::of(shown).save(path, &error), qPrintable(error));

    ProjectTreeModel restored;
    QAbstractItemModelTester tester(&restored, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TreeSnapshot snapshot;
    QVERIFY2(TreeSnapshot::load(path, &snapshot, &error), qPrintable(error));
    QVERIFY(snapshot.savedAt.isValid());
    snapshot.applyTo(restored);
    QCOMPARE(dump(restored), dump(shown)); // every cell, every level
    QVERIFY(!restored.canFetchMore(restored.projectIndex(shop.id)));
    QVERIFY(restored.canFetchMore(restored.projectIndex(acme.id))); // never loaded, still lazy
    QCOMPARE(restored.index(0, ProjectTreeModel::LastActiveColumn, restored.branchIndex(shop.id, u"br-main-dev"_s))
                 .data(ProjectTreeModel::SortRole)
                 .toDateTime(),
             active);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("\"password\"")); // no secrets (roles, URIs) are kept
}

void TestTreeSnapshot::corruptFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"canopy-snapshot/1","projects":[{"id":5}]})");
    f.close();
    TreeSnapshot s;
    QString error;
    QVERIFY(!TreeSnapshot::load(path, &s, &error));
    QVERIFY2(error.contains("projects[0].id"_L1), qPrintable(error));
    QVERIFY(!TreeSnapshot::load(dir.filePath(u"missing.json"_s), &s, &error));
}

void TestTreeSnapshot::ownerOnlyEvenOverAnOldFile()
{
    // Issue 23, point 11: 0600 in a 0700 folder, also where an earlier version left a 0644 file
    // (QSaveFile would copy its mode) in a 0755 folder.
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    const auto ownerFolder = owner | QFileDevice::ExeOwner | QFileDevice::ExeUser;
    const auto all = owner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"snapshots/org.json"_s);
    QString error;
    QVERIFY2(TreeSnapshot().save(path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions(), owner);
    QCOMPARE(QFileInfo(dir.filePath(u"snapshots"_s)).permissions(), ownerFolder);
    QVERIFY(QFile::setPermissions(path, all));
    QVERIFY(QFile::setPermissions(dir.filePath(u"snapshots"_s), all | QFileDevice::ExeOwner | QFileDevice::ExeUser
                                                                  | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    QVERIFY2(TreeSnapshot().save(path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions(), owner);
    QCOMPARE(QFileInfo(dir.filePath(u"snapshots"_s)).permissions(), ownerFolder);
}

void TestTreeSnapshot::namesAreSaltedPerInstallation_data()
{
    QTest::addColumn<QByteArray>("account");
    QTest::newRow("Neon") << QByteArray("https://console.neon.tech/api/v2\nnapi_abc");
    QTest::newRow("another host") << QByteArray("https://neon.example/api/v2\nnapi_abc");
}

void TestTreeSnapshot::namesAreSaltedPerInstallation()
{
    // Issue 23, point 11: the name under which an account's tree is kept cannot be recomputed
    // from a guessed key without this installation's salt.
    QFETCH(QByteArray, account);
    QTemporaryDir first, second;
    QFile unsaltedSnapshot(first.filePath(u"0123456789abcdef-personal.json"_s)); // named by an earlier version
    QVERIFY(unsaltedSnapshot.open(QIODevice::WriteOnly));
    unsaltedSnapshot.close();
    const QString a = TreeSnapshot::accountName(first.path(), account);
    QVERIFY(!unsaltedSnapshot.exists()); // never to be found again: gone
    const QString b = TreeSnapshot::accountName(second.path(), account);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b); // two installations, two salts
    QCOMPARE(TreeSnapshot::accountName(first.path(), account), a); // stable within one
    QVERIFY(a != TreeSnapshot::accountName(first.path(), account + "x"));
    const QString unsalted = QString::fromLatin1(QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex());
    QVERIFY(!unsalted.startsWith(a.left(16)) && !unsalted.startsWith(b.left(16)));
    QFile salt(first.filePath(u"salt"_s));
    QVERIFY(salt.open(QIODevice::ReadOnly));
    QCOMPARE(salt.size(), 32);
    QCOMPARE(salt.permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

CANOPY_TEST_GUILESS_MAIN(TestTreeSnapshot)
#include "tst_treesnapshot.moc"

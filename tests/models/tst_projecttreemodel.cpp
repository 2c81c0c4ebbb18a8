// SPDX-License-Identifier: MIT
// The project/branch tree: built from compact snapshots, merged with exact signals, persistent
// indexes surviving every merge, lazy loading. QAbstractItemModelTester watches every test.
#include "testsupport.h"

#include <models/projecttreemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringMatcher>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Models::ProjectTreeModel;

namespace {
/// "main; main-dev<main; dev-alice<main-dev": branches by name, `<` names the parent.
QList<Neon::Branch> branches(const QString& spec)
{
    QList<Neon::Branch> out;
    for (const QString& item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        Neon::Branch b;
        const QString name = item.section(QLatin1Char('<'), 0, 0).trimmed();
        const QString parent = item.section(QLatin1Char('<'), 1, 1).trimmed();
        b.id = u"br-"_s + name.section(QLatin1Char('='), -1);
        b.name = name.section(QLatin1Char('='), 0, 0); // "new-name=old-id" renames a branch
        b.parentId = parent.isEmpty() ? QString() : u"br-"_s + parent;
        b.currentState = u"ready"_s;
        b.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        out.append(b);
    }
    return out;
}

Neon::Project project(const QString& id, const QString& name)
{
    Neon::Project p;
    p.id = id;
    p.name = name;
    return p;
}

/// The tree as indented names, one per line.
QString dump(const QAbstractItemModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        out += QString(depth * 2, QLatin1Char(' ')) + i.data().toString();
        if (i.data(ProjectTreeModel::OrphanRole).toBool())
            out += u" (orphan)"_s;
        out += QLatin1Char('\n');
        out += dump(model, i, depth + 1);
    }
    return out;
}

struct Fixture
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy inserted{&model, &QAbstractItemModel::rowsInserted};
    QSignalSpy removed{&model, &QAbstractItemModel::rowsRemoved};
    QSignalSpy moved{&model, &QAbstractItemModel::rowsMoved};
    QSignalSpy changed{&model, &QAbstractItemModel::dataChanged};
    QSignalSpy reset{&model, &QAbstractItemModel::modelReset};

    Fixture(const QString& spec)
    {
        model.setProjects({project(u"p-shop"_s, u"shop"_s)});
        model.setBranches(u"p-shop"_s, branches(spec));
        clearSpies();
    }
    void clearSpies()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
        reset.clear();
    }
    QPersistentModelIndex at(const QString& name) { return model.branchIndex(u"p-shop"_s, u"br-"_s + name); }
};

const QString base = u"main; main-dev<main; dev-alice<main-dev; dev-bob<main-dev; preview-pr-42<main-dev"_s;
} // namespace

class TestProjectTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builds_data();
    void builds();
    void mergeAddsOneRow();
    void mergeRemovesOneRow();
    void renameMovesAmongSiblings();
    void restoreReparentsWithoutRemoving();
    void stateChangeTouchesOnlyTheStateColumn();
    void projectsComeAndGo();
    void loadsLazily();
    void wideMergeKeepsRowsAndIndexes();
    void textSearchAgreesWithTheMatcher();
    void namesAreShownEscaped_data();
    void namesAreShownEscaped();
};

void TestProjectTreeModel::builds_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::addRow("workflow 1") << base
                                << u"shop\n  main\n    main-dev\n      dev-alice\n      dev-bob\n      preview-pr-42\n"_s;
    QTest::addRow("schema-only root beside main") << u"main; main-anon; dev-carol<main-anon"_s
                                                  << u"shop\n  main\n  main-anon\n    dev-carol\n"_s;
    QTest::addRow("orphan whose parent is gone") << u"main; lost<deleted-parent"_s
                                                 << u"shop\n  lost (orphan)\n  main\n"_s;
    QTest::addRow("children given before parents") << u"c<b; b<a; a"_s << u"shop\n  a\n    b\n      c\n"_s;
}

void TestProjectTreeModel::builds()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    Fixture f(spec);
    QCOMPARE(dump(f.model), expected);
    QCOMPARE(f.model.branchCount(), branches(spec).size());
}

void TestProjectTreeModel::mergeAddsOneRow()
{
    Fixture f(base);
    const QPersistentModelIndex bob = f.at(u"dev-bob"_s);
    f.model.setBranches(u"p-shop"_s, branches(base + u"; dev-carl<main-dev"_s));
    QCOMPARE(f.inserted.count(), 1);
    QCOMPARE(f.removed.count() + f.moved.count() + f.reset.count(), 0);
    QCOMPARE(f.inserted.first().at(1).toInt(), 2); // between dev-bob and preview-pr-42
    QVERIFY(bob.isValid());
    QCOMPARE(bob.data().toString(), u"dev-bob"_s);
    QCOMPARE(bob.row(), 1);
}

void TestProjectTreeModel::mergeRemovesOneRow()
{
    Fixture f(base);
    const QPersistentModelIndex preview = f.at(u"preview-pr-42"_s);
    f.model.setBranches(u"p-shop"_s, branches(u"main; main-dev<main; dev-alice<main-dev; preview-pr-42<main-dev"_s));
    QCOMPARE(f.removed.count(), 1);
    QCOMPARE(f.inserted.count() + f.moved.count() + f.reset.count(), 0);
    QCOMPARE(preview.row(), 1);
    QCOMPARE(dump(f.model), u"shop\n  main\n    main-dev\n      dev-alice\n      preview-pr-42\n"_s);
}

void TestProjectTreeModel::renameMovesAmongSiblings()
{
    Fixture f(base);
    const QPersistentModelIndex alice = f.at(u"dev-alice"_s);
    QString renamed = base;
    renamed.replace(u"dev-alice<"_s, u"qa-alice=dev-alice<"_s);
    f.model.setBranches(u"p-shop"_s, branches(renamed));
    QCOMPARE(f.moved.count(), 1);
    QCOMPARE(f.inserted.count() + f.removed.count() + f.reset.count(), 0);
    QCOMPARE(alice.data().toString(), u"qa-alice"_s); // the same row, renamed and re-sorted
    QCOMPARE(alice.row(), 2);
    QCOMPARE(dump(f.model), u"shop\n  main\n    main-dev\n      dev-bob\n      preview-pr-42\n      qa-alice\n"_s);
    bool nameChanged = false;
    for (const QList<QVariant>& args : std::as_const(f.changed))
        nameChanged |= args.at(0).toModelIndex().column() == ProjectTreeModel::NameColumn;
    QVERIFY(nameChanged);
}

void TestProjectTreeModel::restoreReparentsWithoutRemoving()
{
    // Reset of dev-alice (with a child) preserving the old state as "dev-alice_old": the backup
    // sits where dev-alice was, adopts its children, and becomes its parent.
    Fixture f(base + u"; alice-feature<dev-alice"_s);
    const QPersistentModelIndex alice = f.at(u"dev-alice"_s);
    const QPersistentModelIndex feature = f.at(u"alice-feature"_s);
    f.model.setBranches(u"p-shop"_s, branches(u"main; main-dev<main; dev-alice_old<main-dev; dev-alice<dev-alice_old; "
                                              "alice-feature<dev-alice_old; dev-bob<main-dev; preview-pr-42<main-dev"_s));
    QCOMPARE(f.inserted.count(), 1); // the backup
    QCOMPARE(f.removed.count() + f.reset.count(), 0);
    QCOMPARE(f.moved.count(), 2); // dev-alice and its child, under the backup
    QCOMPARE(dump(f.model), u"shop\n  main\n    main-dev\n      dev-alice_old\n        alice-feature\n        dev-alice\n"
                            "      dev-bob\n      preview-pr-42\n"_s);
    QCOMPARE(alice.parent().data().toString(), u"dev-alice_old"_s);
    QCOMPARE(feature.parent().data().toString(), u"dev-alice_old"_s);
}

void TestProjectTreeModel::stateChangeTouchesOnlyTheStateColumn()
{
    Fixture f(base);
    QList<Neon::Branch> next = branches(base);
    next[2].currentState = u"resetting"_s;
    next[2].pendingState = u"ready"_s;
    f.model.setBranches(u"p-shop"_s, next);
    QCOMPARE(f.changed.count(), 1);
    const QModelIndex topLeft = f.changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = f.changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.column(), int(ProjectTreeModel::StateColumn));
    QCOMPARE(bottomRight.column(), int(ProjectTreeModel::StateColumn));
    QCOMPARE(topLeft.data().toString(), u"resetting → ready"_s);
    QCOMPARE(f.inserted.count() + f.removed.count() + f.moved.count() + f.reset.count(), 0);
}

void TestProjectTreeModel::projectsComeAndGo()
{
    Fixture f(base);
    const QPersistentModelIndex alice = f.at(u"dev-alice"_s);
    f.model.setProjects({project(u"p-shop"_s, u"shop"_s), project(u"p-acme"_s, u"customer-acme"_s)});
    QCOMPARE(f.inserted.count(), 1);
    QCOMPARE(dump(f.model).section(QLatin1Char('\n'), 0, 0), u"customer-acme"_s);
    QVERIFY(alice.isValid());
    f.model.setProjects({project(u"p-acme"_s, u"customer-acme"_s)});
    QCOMPARE(f.removed.count(), 1);
    QVERIFY(!alice.isValid()); // went with its project
    QCOMPARE(f.model.branchCount(), 0);
    QCOMPARE(f.reset.count(), 0);
}

void TestProjectTreeModel::loadsLazily()
{
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy requested(&model, &ProjectTreeModel::branchesRequested);
    model.setProjects({project(u"p-1"_s, u"one"_s)});
    const QModelIndex p = model.projectIndex(u"p-1"_s);
    QVERIFY(model.hasChildren(p));
    QVERIFY(model.canFetchMore(p));
    QCOMPARE(model.rowCount(p), 0);
    model.fetchMore(p);
    model.fetchMore(p); // asked again while loading: still one request
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"p-1"_s);
    model.setBranches(u"p-1"_s, branches(u"main"_s));
    QVERIFY(!model.canFetchMore(p));
    QCOMPARE(model.rowCount(p), 1);
}

void TestProjectTreeModel::wideMergeKeepsRowsAndIndexes()
{
    // 5,000 siblings under main: one merge renames (moves among siblings), reparents, removes
    // and inserts; rows are kept in the nodes, so every index the model hands out and every
    // persistent index must still name the right branch afterwards.
    constexpr int wide = 5000;
    const auto branch = [](const QString& id, const QString& name, const QString& parent) {
        Neon::Branch b;
        b.id = id;
        b.name = name;
        b.parentId = parent;
        b.currentState = u"ready"_s;
        return b;
    };
    QList<Neon::Branch> before{branch(u"br-main"_s, u"main"_s, {})};
    for (int i = 0; i < wide; ++i)
        before.append(branch(u"br-%1"_s.arg(i), u"wide-%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"br-main"_s));
    // Built in one insertion (the tester walks the whole model on every signal).
    Fixture f(u""_s);
    f.model.setBranches(u"p-shop"_s, before);
    f.clearSpies();
    QHash<QString, QPersistentModelIndex> persistent;
    for (const Neon::Branch& b : std::as_const(before))
        persistent.insert(b.id, f.model.branchIndex(u"p-shop"_s, b.id));

    QList<Neon::Branch> after{before.first()};
    int gone = 0, renamed = 0, reparented = 0;
    for (int i = 0; i < wide; ++i) {
        Neon::Branch b = before.at(i + 1);
        if (i % 250 == 7) { // gone
            ++gone;
            continue;
        }
        if (i % 200 == 13) { // to the front or the end of the list
            b.name = (i % 400 == 13 ? u"a-"_s : u"zz-"_s) + b.name;
            ++renamed;
        } else if (i % 1000 == 21) { // under wide-0001
            b.parentId = u"br-1"_s;
            ++reparented;
        } else if (i % 500 == 50) {
            b.currentState = u"resetting"_s;
        }
        after.append(b);
    }
    for (int i = 0; i < 25; ++i)
        after.append(branch(u"br-new-%1"_s.arg(i), u"wide-%1-new"_s.arg(i * 197, 4, 10, QLatin1Char('0')), u"br-main"_s));
    f.model.setBranches(u"p-shop"_s, after);

    QCOMPARE(f.reset.count(), 0);
    QCOMPARE(f.inserted.count(), 25);
    QCOMPARE(f.removed.count(), gone);
    QVERIFY(f.moved.count() <= renamed + reparented);
    QVERIFY(f.moved.count() >= reparented);
    QCOMPARE(f.model.branchCount(), after.size());

    // The rows: main's children sorted by name (any case), then id; wide-0001's the reparented.
    QHash<QString, QStringList> expected; // parent id → child names in order
    QList<const Neon::Branch*> sorted;
    for (const Neon::Branch& b : std::as_const(after))
        sorted.append(&b);
    std::sort(sorted.begin(), sorted.end(), [](const Neon::Branch* a, const Neon::Branch* b) {
        const int c = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->id < b->id;
    });
    for (const Neon::Branch* b : std::as_const(sorted))
        expected[b->parentId].append(b->name);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QModelIndex parent = it.key().isEmpty() ? f.model.projectIndex(u"p-shop"_s)
                                                      : f.model.branchIndex(u"p-shop"_s, it.key());
        QCOMPARE(f.model.rowCount(parent), it.value().size());
        for (int row = 0; row < it.value().size(); ++row) {
            const QModelIndex child = f.model.index(row, 0, parent);
            QCOMPARE(child.data().toString(), it.value().at(row));
            QCOMPARE(f.model.parent(child), parent);
            const QString id = child.data(ProjectTreeModel::IdRole).toString();
            QCOMPARE(f.model.branchIndex(u"p-shop"_s, id), child); // the stored row is the real one
        }
    }
    // Persistent indexes followed every insert, move and removal.
    QSet<QString> kept;
    for (const Neon::Branch& b : std::as_const(after))
        kept.insert(b.id);
    for (auto it = persistent.cbegin(); it != persistent.cend(); ++it) {
        QCOMPARE(it.value().isValid(), kept.contains(it.key()));
        if (it.value().isValid())
            QCOMPARE(it.value().data(ProjectTreeModel::IdRole).toString(), it.key());
    }
}

void TestProjectTreeModel::textSearchAgreesWithTheMatcher()
{
    // The search through each project's block of names must find what QStringMatcher (any
    // case) finds branch by branch, beyond ASCII too, and follow renames and deletions.
    Fixture f(u"main; Dev-Alice<main; dev-bob<Dev-Alice; Straße<main; \u212Aelvin<main; qa-x<dev-bob; "
              "lost<deleted-parent"_s);
    const auto bySearch = [&](const QString& text) {
        return f.model.matchingWithAncestors(text, [](const Neon::Branch&, const Models::BranchActivity&) { return true; });
    };
    const auto byMatcher = [&](const QString& text) {
        const QStringMatcher m(text, Qt::CaseInsensitive);
        return f.model.matchingWithAncestors([&](const Neon::Branch& b, const Models::BranchActivity&) {
            return m.indexIn(b.name) >= 0 || m.indexIn(b.id) >= 0;
        });
    };
    const QStringList texts{u"dev"_s, u"DEV-a"_s, u"bob"_s, u"BR-"_s, u"x"_s, u"k"_s, u"kelvin"_s, u"STRASSE"_s, u"straße"_s,
                            u"STRAẞE"_s, u"\u212A"_s, u"-"_s, u"nothing"_s, u"in\nline"_s, u"e"_s};
    for (const QString& text : texts)
        QVERIFY2(bySearch(text) == byMatcher(text), qPrintable(text));
    QCOMPARE(bySearch(u"bob"_s).size(), 4); // dev-bob, Dev-Alice, main, the project
    // Only some branches, as the proxy's other criteria pick them.
    const auto onlyQa = f.model.matchingWithAncestors(
        u"-"_s, [](const Neon::Branch& b, const Models::BranchActivity&) { return b.name.startsWith(u"qa"_s); });
    QCOMPARE(onlyQa.size(), 5); // qa-x, dev-bob, Dev-Alice, main, the project
    // A rename and a deletion re-index the project.
    f.model.setBranches(u"p-shop"_s, branches(u"main; carol=Dev-Alice<main; Straße<main; \u212Aelvin<main"_s));
    QVERIFY(bySearch(u"bob"_s).isEmpty());
    for (const QString& text : texts + QStringList{u"carol"_s, u"alice"_s})
        QVERIFY2(bySearch(text) == byMatcher(text), qPrintable(text));
    QCOMPARE(bySearch(u"CAROL"_s).size(), 3);
}

void TestProjectTreeModel::namesAreShownEscaped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"dev-alice"_s << u"dev-alice"_s;
    QTest::newRow("escape, CR, LF, RTL override") << u"x\x1b[2J\r\nmain\u202Eevil"_s << u"x\\x1b[2J\\r\\nmain\\u202eevil"_s;
    QTest::newRow("placeholders") << u"a%1b%2"_s << u"a%1b%2"_s;
}

void TestProjectTreeModel::namesAreShownEscaped()
{
    // What the tree shows escapes control characters; what it sorts, searches and sends is the name.
    QFETCH(QString, name);
    QFETCH(QString, shown);
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Neon::Project p = project(u"p-1"_s, name);
    p.pgVersion = 17;
    model.setProjects({p});
    Neon::Branch b;
    b.id = u"br-1"_s;
    b.name = name;
    b.currentState = u"ready"_s;
    model.setBranches(p.id, {b});
    const QModelIndex projectIndex = model.projectIndex(p.id);
    const QModelIndex branchIndex = model.branchIndex(p.id, b.id);
    QCOMPARE(projectIndex.data().toString(), shown);
    QCOMPARE(branchIndex.data().toString(), shown);
    QCOMPARE(projectIndex.data(ProjectTreeModel::SortRole).toString(), name);
    QCOMPARE(branchIndex.data(ProjectTreeModel::SortRole).toString(), name);
    QCOMPARE(branchIndex.data(ProjectTreeModel::ObjectRole).value<Neon::Branch>().name, name);
    QVERIFY(branchIndex.data(Qt::AccessibleTextRole).toString().startsWith(shown + u", "_s));
    QVERIFY2(branchIndex.data(Qt::ToolTipRole).toString().startsWith(u"<b>"_s + shown.toHtmlEscaped() + u"</b> (br-1)"_s),
             qPrintable(branchIndex.data(Qt::ToolTipRole).toString()));
    // One arg() for the whole tooltip: a name with %1 in it stays whole (issue 23, point 13).
    QCOMPARE(projectIndex.data(Qt::ToolTipRole).toString(), u"Project %1 (p-1), , Postgres 17"_s.replace(u"%1"_s, shown));
}

CANOPY_TEST_GUILESS_MAIN(TestProjectTreeModel)
#include "tst_projecttreemodel.moc"

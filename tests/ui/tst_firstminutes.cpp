// SPDX-License-Identifier: MIT
// The first ten minutes of a new user on the demo sandbox, driven from the keyboard and the
// mouse as a person would (offscreen): Enter runs the safe action, search moves to a match, the
// details panel copies and counts down, the project row explains its layout, status messages
// are never cut off, and the recent operations read as words.
#include "testsupport.h"
#include "clienttestutils.h"
#include "pixels.h"

#include <models/branchfilterproxy.h>
#include <models/projecttreemodel.h>
#include <ui/branchactions.h>
#include <ui/branchdelegate.h>
#include <ui/branchtreeview.h>
#include <ui/deletedialog.h>
#include <ui/detailspanel.h>
#include <ui/environmentsdialog.h>
#include <ui/filterbar.h>
#include <ui/mainwindow.h>
#include <ui/restoredialog.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::ProjectTreeModel;
using TestUtils::pixelsNear;

namespace {
QModelIndex find(const QAbstractItemModel* m, const QString& name, const QModelIndex& parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(ProjectTreeModel::SortRole).toString() == name)
            return i;
        if (const QModelIndex inner = find(m, name, i); inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

class TestFirstMinutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void enterCreatesInTheTeamDialogs_data();
    void enterCreatesInTheTeamDialogs();
    void enterCancelsDestructiveDialogs();
    void searchEnterOrDownSelectsTheFirstMatch_data();
    void searchEnterOrDownSelectsTheFirstMatch();
    void matchesAreHighlightedAndTheTreeShowsFocus();
    void tabGoesSearchTreeDetailsThenChips();
    void projectRowsExplainTheirLayout();
    void copyCountsDownAndMessagesAreNeverCutOff();
    void refreshedTimeFollowsEveryMergeAndOperationsReadAsWords();

private:
    struct Open
    {
        std::unique_ptr<TestUtils::SandboxFixture> sandbox;
        std::unique_ptr<Neon::Client> client;
        std::unique_ptr<Ui::MainWindow> window;
        Ui::BranchActions* actions = nullptr;
        std::unique_ptr<QAbstractItemModelTester> modelTester, proxyTester;
    };
    Open open();
};

void TestFirstMinutes::init()
{
    QSettings().clear();
}

TestFirstMinutes::Open TestFirstMinutes::open()
{
    Open o;
    o.sandbox = std::make_unique<TestUtils::SandboxFixture>(u"demo"_s, 20);
    o.client = std::make_unique<Neon::Client>(TestUtils::config(o.sandbox->baseUrl()));
    Neon::Credential credential;
    credential.apiKey = TestUtils::secretKey;
    credential.origin = u"from the test"_s;
    o.window = std::make_unique<Ui::MainWindow>(o.client.get(), credential);
    o.actions = new Ui::BranchActions(o.window.get(), o.client.get());
    o.modelTester = std::make_unique<QAbstractItemModelTester>(o.window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.proxyTester = std::make_unique<QAbstractItemModelTester>(o.window->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.window->show();
    QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
    o.window->refresh();
    if (!done.wait(10000) || !QTest::qWaitFor([&] { return o.window->model()->branchCount() == 19; }, 10000))
        qFatal("the demo did not load");
    return o;
}

void TestFirstMinutes::enterCreatesInTheTeamDialogs_data()
{
    QTest::addColumn<bool>("setUp");
    QTest::addRow("Add Developer") << false;
    QTest::addRow("Set Up Environments") << true;
}

void TestFirstMinutes::enterCreatesInTheTeamDialogs()
{
    QFETCH(bool, setUp);
    TestUtils::SandboxFixture sandbox(u"demo"_s, 20);
    Neon::Client client(TestUtils::config(sandbox.baseUrl()));
    const QString project = sandbox.projectId(u"shop"_s);
    QList<Neon::Branch> branches;
    for (const Neon::Branch* b : {sandbox.branch(u"shop"_s, u"main"_s), sandbox.branch(u"shop"_s, u"main-dev"_s)})
        branches.append(*b);
    Ui::EnvironmentsDialog dialog(setUp ? Ui::EnvironmentsDialog::Mode::SetUp : Ui::EnvironmentsDialog::Mode::AddDeveloper,
                                  &client, project, branches);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* developers = dialog.findChildren<QLineEdit*>().first();
    developers->setFocus();
    QTest::keyClicks(developers, u"zoe"_s);
    QSignalSpy ran(&dialog, &Ui::EnvironmentsDialog::runFinished);
    QVERIFY(dialog.createButton()->isDefault());
    QTest::keyClick(developers, Qt::Key_Return); // Enter creates; it does not close
    QVERIFY(ran.wait(20000));
    QVERIFY(sandbox.branch(u"shop"_s, u"dev-zoe"_s));
}

void TestFirstMinutes::enterCancelsDestructiveDialogs()
{
    Open o = open();
    o.window->selectBranch(o.sandbox->projectId(u"shop"_s), o.sandbox->branchId(u"shop"_s, u"dev-bob"_s));
    const qsizetype before = o.sandbox->requests().size();
    for (QAction* action : {o.actions->resetAction(), o.actions->deleteAction()}) {
        QSignalSpy opened(o.actions, &Ui::BranchActions::dialogOpened);
        action->trigger();
        QCOMPARE(opened.size(), 1);
        auto* dialog = opened.at(0).at(0).value<QDialog*>();
        QPointer<QDialog> guard(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->isDefault(), true);
        QSignalSpy rejected(dialog, &QDialog::rejected);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_COMPARE(rejected.size(), 1);
        QTRY_VERIFY(!guard); // closed and gone
    }
    for (qsizetype i = before; i < o.sandbox->requests().size(); ++i)
        QVERIFY2(o.sandbox->requests().at(i).method == "GET", o.sandbox->requests().at(i).method.constData());
}

void TestFirstMinutes::searchEnterOrDownSelectsTheFirstMatch_data()
{
    QTest::addColumn<int>("key");
    QTest::addRow("Enter") << int(Qt::Key_Return);
    QTest::addRow("Down") << int(Qt::Key_Down);
}

void TestFirstMinutes::searchEnterOrDownSelectsTheFirstMatch()
{
    QFETCH(int, key);
    Open o = open();
    QLineEdit* search = o.window->filterBar()->searchBox();
    o.window->filterBar()->focusSearch();
    QTest::keyClicks(search, u"pr-4"_s);
    QTest::keyClick(search, Qt::Key(key));
    QVERIFY(o.window->currentBranch());
    QCOMPARE(o.window->currentBranch()->name, u"preview-pr-42"_s);
    QTRY_VERIFY(o.window->tree()->hasFocus());
    QCOMPARE(o.window->details()->title(), u"preview-pr-42"_s);
    // Nothing matches: said, the selection stays.
    search->setFocus();
    search->setText(u"no-such-branch"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(o.window->statusBar()->currentMessage().contains(u"No branch matches"_s));
}

void TestFirstMinutes::matchesAreHighlightedAndTheTreeShowsFocus()
{
    Open o = open();
    Ui::BranchTreeView* tree = o.window->tree();
    const QModelIndex bob = o.window->proxy()->mapFromSource(
        o.window->model()->branchIndex(o.sandbox->projectId(u"shop"_s), o.sandbox->branchId(u"shop"_s, u"dev-bob"_s)));
    const QRect row = tree->visualRect(bob);
    const QColor mark = Ui::BranchDelegate::highlightColor();
    const QColor onBase = [&] {
        QColor base = tree->palette().color(QPalette::Base);
        const double a = mark.alphaF();
        return QColor(int(mark.red() * a + base.red() * (1 - a)), int(mark.green() * a + base.green() * (1 - a)),
                      int(mark.blue() * a + base.blue() * (1 - a)));
    }();
    QCOMPARE(pixelsNear(tree->viewport()->grab().toImage(), row, onBase, 40), 0);
    o.window->filterBar()->searchBox()->setText(u"bob"_s);
    QTRY_VERIFY(pixelsNear(tree->viewport()->grab().toImage(), tree->visualRect(find(o.window->proxy(), u"dev-bob"_s)), onBase, 40) > 30);

    // The focus ring: the viewport's edge in the highlight colour while the tree has the keyboard.
    const QColor ring = tree->palette().color(QPalette::Highlight);
    const QRect edge(0, 0, tree->viewport()->width(), 2);
    o.window->filterBar()->searchBox()->setFocus();
    QTRY_VERIFY(!tree->hasFocus());
    QCOMPARE(pixelsNear(tree->viewport()->grab().toImage(), edge, ring, 20), 0);
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(pixelsNear(tree->viewport()->grab().toImage(), edge, ring, 20) > tree->viewport()->width());
}

void TestFirstMinutes::tabGoesSearchTreeDetailsThenChips()
{
    Open o = open();
    o.window->selectBranch(o.sandbox->projectId(u"shop"_s), o.sandbox->branchId(u"shop"_s, u"dev-alice"_s));
    o.window->activateWindow();
    o.window->filterBar()->focusSearch();
    QTRY_VERIFY(o.window->filterBar()->searchBox()->hasFocus());
    const QList<QWidget*> details = o.window->details()->focusChain();
    QTRY_VERIFY(std::all_of(details.cbegin(), details.cend(), [](QWidget* w) { return w->isEnabled(); })); // all arrived
    QList<QWidget*> expected{o.window->tree()};
    expected += details;
    expected.append(o.window->filterBar()->chips().first());
    QList<QWidget*> path;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        path.append(QApplication::focusWidget());
    }
    QCOMPARE(path, expected);
}

void TestFirstMinutes::projectRowsExplainTheirLayout()
{
    Open o = open();
    const auto panelOf = [&](const QString& project) {
        o.window->tree()->setCurrentIndex(find(o.window->proxy(), project));
        return o.window->details()->projectRows().join(u"\n"_s);
    };
    const QString shop = panelOf(u"shop"_s);
    QCOMPARE(o.window->details()->title(), u"shop"_s);
    QVERIFY2(shop.contains(u"Layout: No PII in production: main → main-dev (the base)"_s), qPrintable(shop));
    QVERIFY(shop.contains(u"Base branch: main-dev"_s));
    QVERIFY(shop.contains(u"Restore window: "_s));
    // The plan's root-branch allowance arrives from /users/me.
    QTRY_VERIFY2(o.window->details()->projectRows().join(u"\n"_s).contains(u" allowed on this plan — main"_s),
                 qPrintable(o.window->details()->projectRows().join(u"\n"_s)));
    const QString clinic = panelOf(u"clinic"_s);
    QVERIFY2(clinic.contains(u"Layout: PII in production: main-anon is a schema-only branch of main"_s), qPrintable(clinic));
    QVERIFY2(clinic.contains(u"main, main-anon"_s), qPrintable(clinic)); // two roots
    const QString dev = panelOf(u"customer-dev-test"_s);
    QVERIFY2(dev.contains(u"Layout: Environments straight from main"_s), qPrintable(dev));
}

void TestFirstMinutes::copyCountsDownAndMessagesAreNeverCutOff()
{
    Open o = open();
    o.window->resize(1024, 700);
    o.window->selectBranch(o.sandbox->projectId(u"shop"_s), o.sandbox->branchId(u"shop"_s, u"dev-alice"_s));
    QTextEdit* uri = nullptr;
    for (auto* e : o.window->details()->findChildren<QTextEdit*>())
        uri = e->accessibleName() == u"Connection string"_s ? e : uri;
    QVERIFY(uri);
    QTRY_VERIFY(uri->toPlainText().startsWith(u"postgresql://"_s));
    QPushButton* reveal = nullptr;
    QPushButton* copy = nullptr;
    for (QPushButton* b : o.window->details()->findChildren<QPushButton*>()) {
        reveal = b->text() == u"Reveal"_s ? b : reveal;
        copy = b->text() == u"Copy"_s ? b : copy;
    }
    QVERIFY(reveal && copy);
    QTRY_VERIFY(copy->isEnabled());
    reveal->click();
    // Revealed, the whole string is in view (wrapped) and selectable.
    QVERIFY(!uri->toPlainText().contains(u"••••"_s));
    QCOMPARE(uri->verticalScrollBar()->maximum(), 0);
    QVERIFY(uri->textInteractionFlags() & Qt::TextSelectableByMouse);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), uri->toPlainText());
    QCOMPARE(o.window->details()->copyNote(), u"Copied — cleared from the clipboard in 45 s"_s);
    QTRY_COMPARE_WITH_TIMEOUT(o.window->details()->copyNote(), u"Copied — cleared from the clipboard in 44 s"_s, 3000);

    // The Copy action says it in the status bar; the fixed items step aside while it shows.
    o.actions->copyUriAction()->trigger();
    QTRY_VERIFY(o.window->statusBar()->currentMessage().contains(u"Copied — cleared from the clipboard in"_s));
    for (QLabel* l : o.window->statusBar()->findChildren<QLabel*>()) {
        if (l->text().contains(u"refreshed"_s) || l->text().startsWith(u"Key "_s))
            QVERIFY2(!l->isVisible(), qPrintable(l->text()));
    }
    o.window->statusBar()->clearMessage();
    bool anyShown = false;
    for (QLabel* l : o.window->statusBar()->findChildren<QLabel*>())
        anyShown = anyShown || (l->isVisible() && l->text().contains(u"refreshed"_s));
    QVERIFY(anyShown);
}

void TestFirstMinutes::refreshedTimeFollowsEveryMergeAndOperationsReadAsWords()
{
    Open o = open();
    QLabel* counts = nullptr;
    for (QLabel* l : o.window->statusBar()->findChildren<QLabel*>())
        counts = l->text().contains(u"refreshed"_s) ? l : counts;
    QVERIFY(counts);
    const QTime before = o.window->lastRefreshed();
    QVERIFY(before.isValid());
    QTRY_VERIFY(QTime::currentTime() > before);
    counts->setText(u"stale"_s);
    const QString project = o.sandbox->projectId(u"shop"_s);
    // A reset through the window: the tree merges the project's branches again afterwards.
    auto reset = o.client->resetFromParent(project, o.sandbox->branchId(u"shop"_s, u"dev-bob"_s));
    QVERIFY(TestUtils::waitFor(reset.get()) && reset->ok());
    o.window->reloadBranches(project);
    QTRY_VERIFY(counts->text().contains(u"refreshed "_s));
    QVERIFY(o.window->lastRefreshed() > before); // a merge of one project is a refresh too
    o.window->selectBranch(project, o.sandbox->branchId(u"shop"_s, u"dev-bob"_s));
    QLabel* operations = nullptr;
    for (QLabel* l : o.window->details()->findChildren<QLabel*>())
        operations = l->accessibleName() == u"Recent operations"_s ? l : operations;
    QVERIFY(operations);
    QTRY_VERIFY2(operations->text().contains(u"Reset from parent · "_s), qPrintable(operations->text()));
    QVERIFY(!operations->text().contains(u"create_timeline"_s));
}

CANOPY_TEST_MAIN(TestFirstMinutes)
#include "tst_firstminutes.moc"

// SPDX-License-Identifier: MIT
// The main window against the real sandbox (demo seed) on loopback, offscreen: rows, details,
// refreshes that keep selection and expansion, errors in the banner, settings, accessibility.
#include "testsupport.h"
#include "clienttestutils.h"

#include <models/branchfilterproxy.h>
#include <models/projecttreemodel.h>
#include <ui/activityindicator.h>
#include <ui/branchactions.h>
#include <ui/branchtreeview.h>
#include <ui/deletedialog.h>
#include <ui/detailspanel.h>
#include <ui/errorbanner.h>
#include <ui/filterbar.h>
#include <ui/mainwindow.h>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QTextEdit>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using Models::ProjectTreeModel;

namespace {
/// The rows a person sees: expanded rows' children indented, with each row's badges.
QString shown(const QTreeView& view, const QModelIndex& parent = {}, int depth = 0)
{
    QString out;
    const QAbstractItemModel* m = view.model();
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        out += QString(depth * 2, QLatin1Char(' ')) + i.data().toString() + QLatin1Char('\n');
        if (view.isExpanded(i))
            out += shown(view, i, depth + 1);
    }
    return out;
}

QModelIndex find(const QAbstractItemModel* m, const QString& name, const QModelIndex& parent = {})
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
        if (const QModelIndex inner = find(m, name, i); inner.isValid())
            return inner;
    }
    return {};
}

const QString demoTree = u"clinic\n"
                         "  main\n"
                         "  main-anon\n"
                         "    dev-carol\n"
                         "    preview-pr-7\n"
                         "    qa-privacy\n"
                         "customer-acme\n"
                         "  main\n"
                         "customer-dev-test\n"
                         "  main\n"
                         "    dev-erin\n"
                         "    qa-upgrade-pg17\n"
                         "customer-globex\n"
                         "  main\n"
                         "shop\n"
                         "  main\n"
                         "    main-dev\n"
                         "      dev-alice\n"
                         "      dev-bob\n"
                         "      dev-carl\n"
                         "      preview-pr-17\n"
                         "      preview-pr-31\n"
                         "      preview-pr-42\n"
                         "      qa-metrics-test\n"_s;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void demoRendersTheTree();
    void selectingABranchFillsTheDetails();
    void refreshKeepsSelectionAndExpansion();
    void errorsShowInTheBannerAndRetry();
    void filtersPersistAcrossRestarts();
    void everyControlHasAnAccessibleName();
    void switchingOrganizationShowsItsProjectsAndIsRemembered();
    void namesAreShownAsTheyAreWithoutActing();

private:
    struct Open
    {
        std::unique_ptr<TestUtils::SandboxFixture> sandbox;
        std::unique_ptr<Neon::Client> client;
        std::unique_ptr<Ui::MainWindow> window;
        std::unique_ptr<QAbstractItemModelTester> modelTester, proxyTester;
    };
    Open open(bool refresh = true);
};

void TestMainWindow::init()
{
    QSettings().clear();
}

TestMainWindow::Open TestMainWindow::open(bool refresh)
{
    Open o;
    o.sandbox = std::make_unique<TestUtils::SandboxFixture>(u"demo"_s);
    o.client = std::make_unique<Neon::Client>(TestUtils::config(o.sandbox->baseUrl()));
    Neon::Credential credential;
    credential.apiKey = TestUtils::secretKey;
    credential.origin = u"from the test"_s;
    o.window = std::make_unique<Ui::MainWindow>(o.client.get(), credential);
    o.modelTester = std::make_unique<QAbstractItemModelTester>(o.window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.proxyTester = std::make_unique<QAbstractItemModelTester>(o.window->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.window->show();
    if (refresh) {
        QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
        o.window->refresh();
        if (!done.wait(10000))
            qFatal("the first refresh did not finish");
        // The first look at a small organization expands every project as its branches come.
        if (!QTest::qWaitFor([&] { return o.window->model()->branchCount() == 19; }, 10000))
            qFatal("the demo's 19 branches did not arrive");
    }
    return o;
}

void TestMainWindow::demoRendersTheTree()
{
    Open o = open();
    QTRY_COMPARE(shown(*o.window->tree()), demoTree);
    const QModelIndex anon = find(o.window->proxy(), u"main-anon"_s);
    QVERIFY2(anon.data(Qt::AccessibleTextRole).toString().startsWith(u"main-anon, ready, tier base, schema-only, anonymized from main, protected"_s),
             qPrintable(anon.data(Qt::AccessibleTextRole).toString()));
    const auto badges = anon.data(ProjectTreeModel::BadgesRole).value<QList<Models::Badge>>();
    QVERIFY(std::any_of(badges.cbegin(), badges.cend(), [](const Models::Badge& b) { return b.kind == Models::Badge::SchemaOnly; }));
    QVERIFY(o.window->banner()->isHidden());
    QCOMPARE(o.window->activity()->running(), 0);
    // The rows are painted: a grab is not blank and row heights leave room for badges.
    const QImage image = o.window->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(o.window->tree()->visualRect(anon).height() >= QFontMetrics(o.window->font()).height() + 6);
}

void TestMainWindow::selectingABranchFillsTheDetails()
{
    Open o = open();
    const QModelIndex alice = find(o.window->proxy(), u"dev-alice"_s);
    QVERIFY(alice.isValid());
    o.window->tree()->setCurrentIndex(alice);
    QCOMPARE(o.window->details()->title(), u"dev-alice"_s);
    QCOMPARE(o.window->currentBranch()->name, u"dev-alice"_s);
    QTextEdit* uri = nullptr;
    for (auto* e : o.window->details()->findChildren<QTextEdit*>())
        uri = e->accessibleName() == u"Connection string"_s ? e : uri;
    QVERIFY(uri);
    // The connection string arrives with its password hidden until asked for.
    QTRY_VERIFY(uri->toPlainText().startsWith(u"postgresql://"_s));
    QVERIFY(uri->toPlainText().contains(u"••••••••"_s));
    QVERIFY(o.sandbox->count("GET", u"/connection_uri"_s) >= 1);
    QVERIFY(o.sandbox->count("GET", u"/operations"_s) >= 1);
    // A project row shows the project's panel.
    o.window->tree()->setCurrentIndex(find(o.window->proxy(), u"shop"_s));
    QCOMPARE(o.window->currentBranch(), nullptr);
    QCOMPARE(o.window->details()->title(), u"shop"_s);
}

void TestMainWindow::refreshKeepsSelectionAndExpansion()
{
    Open o = open();
    Ui::BranchTreeView* tree = o.window->tree();
    o.window->tree()->setCurrentIndex(find(o.window->proxy(), u"dev-bob"_s));
    tree->collapse(find(o.window->proxy(), u"clinic"_s));
    const QStringList expandedBefore = tree->expandedIds();
    // One branch changes on the server: dev-alice is renamed (through the API, as anyone could).
    Neon::BranchUpdate rename;
    rename.name = u"dev-alicia"_s;
    auto renamed = o.client->updateBranch(o.sandbox->projectId(u"shop"_s), o.sandbox->branchId(u"shop"_s, u"dev-alice"_s), rename);
    QVERIFY(TestUtils::waitFor(renamed.get()));
    QVERIFY2(renamed->ok(), qPrintable(renamed->error().toUserText()));
    QSignalSpy resets(o.window->model(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(o.window->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
    o.window->refresh();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QTRY_VERIFY(find(o.window->proxy(), u"dev-alicia"_s).isValid());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0); // a rename moves the row, nothing is removed
    QCOMPARE(o.window->currentBranch()->name, u"dev-bob"_s);
    QCOMPARE(o.window->details()->title(), u"dev-bob"_s);
    QCOMPARE(tree->expandedIds(), expandedBefore);
    QVERIFY(!tree->isExpanded(find(o.window->proxy(), u"clinic"_s)));
}

void TestMainWindow::errorsShowInTheBannerAndRetry()
{
    Open o = open(false);
    int failures = 1;
    o.sandbox->server->setFaultHook([&failures](const HttpFront::Request& r) -> std::optional<::Sandbox::Fault> {
        if (r.method == "GET" && r.path == "/projects"_L1 && failures-- > 0) {
            ::Sandbox::Fault f;
            f.status = 403;
            f.message = u"project access is denied for this key"_s;
            return f;
        }
        return std::nullopt;
    });
    QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
    o.window->refresh();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    Ui::ErrorBanner* banner = o.window->banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"project access is denied for this key"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(u"Request id"_s));
    QCOMPARE(o.window->model()->rowCount(), 0);
    // Retry: the second answer is good; the banner goes and the tree fills.
    auto* retry = banner->findChild<QAbstractButton*>();
    QVERIFY(retry && retry->text() == u"Retry"_s);
    retry->click();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(1).at(0).toBool(), true);
    QVERIFY(banner->isHidden());
    QTRY_COMPARE(o.window->model()->rowCount(), 5);
}

void TestMainWindow::filtersPersistAcrossRestarts()
{
    {
        Open o = open();
        Models::BranchFilterProxy::Filter f;
        f.text = u"pr-4"_s;
        f.tiers = {Models::Tier::Preview};
        o.window->filterBar()->setFilter(f);
        QCOMPARE(shown(*o.window->tree()), u"shop\n  main\n    main-dev\n      preview-pr-42\n"_s);
        o.window->close();
    }
    Open again = open();
    QCOMPARE(again.window->filterBar()->filter().text, u"pr-4"_s);
    QCOMPARE(again.window->filterBar()->filter().tiers, QSet<Models::Tier>{Models::Tier::Preview});
    QTRY_COMPARE(shown(*again.window->tree()), u"shop\n  main\n    main-dev\n      preview-pr-42\n"_s);
    // Nothing secret in the settings file.
    QSettings s;
    for (const QString& key : s.allKeys())
        QVERIFY2(!s.value(key).toString().contains(TestUtils::secretKey), qPrintable(key));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    Open o = open();
    o.window->tree()->setCurrentIndex(find(o.window->proxy(), u"dev-alice"_s));
    QStringList unnamed;
    for (QWidget* w : o.window->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
                             || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (!control || !w->isVisibleTo(o.window.get()) || w->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestMainWindow::switchingOrganizationShowsItsProjectsAndIsRemembered()
{
    auto withSecondOrg = [](TestUtils::SandboxFixture& sandbox) {
        Neon::Organization labs = sandbox.state().organizations.first();
        labs.id = u"org-acme-labs-87654321"_s;
        labs.name = u"Acme Labs"_s;
        sandbox.state().organizations.append(labs);
        sandbox.state().projects[sandbox.projectId(u"customer-acme"_s)].project.orgId = labs.id;
    };
    {
        Open o = open(false);
        withSecondOrg(*o.sandbox);
        QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
        o.window->refresh();
        QVERIFY(done.wait(10000));
        QVERIFY(done.at(0).at(0).toBool()); // org_id was sent: the sandbox requires it with two organizations
        auto* orgs = o.window->findChild<QComboBox*>(u"organizations"_s);
        QVERIFY(orgs && orgs->isEnabled());
        QCOMPARE(orgs->count(), 2);
        QCOMPARE(o.window->model()->rowCount(), 4);
        QSignalSpy resets(o.window->model(), &QAbstractItemModel::modelReset);
        orgs->setCurrentIndex(orgs->findText(u"Acme Labs"_s));
        Q_EMIT orgs->activated(orgs->currentIndex());
        QVERIFY(done.wait(10000));
        QCOMPARE(resets.size(), 1); // a different organization: the one reset
        QCOMPARE(o.window->model()->rowCount(), 1);
        QCOMPARE(o.window->model()->index(0, 0).data().toString(), u"customer-acme"_s);
        QCOMPARE(o.window->organizationId(), u"org-acme-labs-87654321"_s);
        o.window->close();
    }
    Open again = open(false);
    withSecondOrg(*again.sandbox);
    QSignalSpy done(again.window.get(), &Ui::MainWindow::refreshFinished);
    again.window->refresh();
    QVERIFY(done.wait(10000));
    QCOMPARE(again.window->organizationId(), u"org-acme-labs-87654321"_s);
    QTRY_COMPARE(shown(*again.window->tree()), u"customer-acme\n  main\n"_s);
}

void TestMainWindow::namesAreShownAsTheyAreWithoutActing()
{
    // Issue 23, points 7 and 13: names come from anyone in the organization. Control characters
    // (ESC, CR, LF, U+202E) are shown escaped in the tree, the details and the status bar; a name
    // holding %1 and %2 stays whole in the texts that quote it.
    Open o = open(false);
    const QString evil = u"dev-bob\x1b[31m\r\nmain\u202Etxt.exe"_s;
    const QString escaped = u"dev-bob\\x1b[31m\\r\\nmain\\u202etxt.exe"_s;
    const QString placeholders = u"a%1b%2"_s;
    Sandbox::State& state = o.sandbox->state();
    state.branches[o.sandbox->branchId(u"shop"_s, u"dev-bob"_s)].branch.name = evil;
    state.branches[o.sandbox->branchId(u"shop"_s, u"dev-carl"_s)].branch.name = placeholders;
    auto* actions = new Ui::BranchActions(o.window.get(), o.client.get());
    QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
    o.window->refresh();
    QVERIFY(done.wait(10000));
    QTRY_COMPARE(o.window->model()->branchCount(), 19);

    QTRY_VERIFY(find(o.window->proxy(), escaped).isValid());
    o.window->tree()->setCurrentIndex(find(o.window->proxy(), escaped));
    QCOMPARE(o.window->currentBranch()->name, evil); // what is sent is the name itself
    QCOMPARE(o.window->details()->title(), escaped);
    actions->protectAction()->trigger();
    QTRY_COMPARE(o.window->statusBar()->currentMessage(), u"Protecting %1: done."_s.arg(escaped));
    if (const QString folder = qEnvironmentVariable("CANOPY_SCREENSHOTS"); !folder.isEmpty())
        QVERIFY(o.window->grab().save(folder + u"/control-characters.png"_s));

    QTRY_COMPARE(o.window->activity()->running(), 0); // the reload after protecting is over
    o.window->tree()->setCurrentIndex(find(o.window->proxy(), placeholders));
    QCOMPARE(o.window->details()->title(), placeholders);
    qRegisterMetaType<QDialog*>();
    QSignalSpy opened(actions, &Ui::BranchActions::dialogOpened);
    actions->deleteAction()->trigger();
    QCOMPARE(opened.size(), 1);
    auto* dialog = qobject_cast<Ui::DeleteDialog*>(opened.at(0).at(0).value<QDialog*>());
    QVERIFY(dialog && dialog->blocker().isEmpty());
    dialog->accept();
    QCOMPARE(o.window->activity()->text(), u"Deleting a%1b%2 (1 of 1)…"_s);
    QSignalSpy finished(actions, &Ui::BranchActions::finished);
    QVERIFY(finished.wait(10000));
}

CANOPY_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

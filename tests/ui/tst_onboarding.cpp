// SPDX-License-Identifier: MIT
// A window that teaches Neon's workflows, driven as someone giving an onboarding demo would
// (offscreen, the demo sandbox): the guided tour and its "Try it" actions, the tier legend on
// the chips, the keyboard shortcuts, the dashed link to an anonymized base's source, and the
// window at 1024×700 and 1280×720.
#include "testsupport.h"
#include "clienttestutils.h"
#include "pixels.h"

#include <models/projecttreemodel.h>
#include <ui/branchactions.h>
#include <ui/branchdelegate.h>
#include <ui/branchtreeview.h>
#include <ui/detailspanel.h>
#include <ui/environmentsdialog.h>
#include <ui/filterbar.h>
#include <ui/mainwindow.h>
#include <ui/maskingrulesdialog.h>
#include <ui/restoredialog.h>
#include <ui/shortcutsdialog.h>
#include <ui/teamactions.h>
#include <ui/theme.h>
#include <ui/workflowtour.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCommandLinkButton>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Models::ProjectTreeModel;
using Models::TourStep;
using TestUtils::pixelsNear;


class TestOnboarding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void theTourWalksTheThreeLayoutsAndTriesEachStep();
    void chipsCarryTheTierColoursAsALegend();
    void shortcutsAreListedAndTheMenuKeyOpensTheRowsActions();
    void anAnonymizedBaseIsLinkedToItsSource();
    void smallWindowsFitWithoutOverlapping();

private:
    struct Open
    {
        std::unique_ptr<TestUtils::SandboxFixture> sandbox;
        std::unique_ptr<Neon::Client> client;
        std::unique_ptr<Ui::MainWindow> window;
        Ui::BranchActions* branchActions = nullptr;
        Ui::TeamActions* teamActions = nullptr;
        Ui::WorkflowTour* tour = nullptr;
        std::unique_ptr<QAbstractItemModelTester> modelTester;
    };
    Open open(const QSize& size = {1360, 760});
};

void TestOnboarding::init()
{
    QSettings().clear();
}

TestOnboarding::Open TestOnboarding::open(const QSize& size)
{
    Open o;
    o.sandbox = std::make_unique<TestUtils::SandboxFixture>(u"demo"_s, 20);
    o.client = std::make_unique<Neon::Client>(TestUtils::config(o.sandbox->baseUrl()));
    Neon::Credential credential;
    credential.apiKey = TestUtils::secretKey;
    credential.origin = u"of the offline demo sandbox"_s;
    o.window = std::make_unique<Ui::MainWindow>(o.client.get(), credential);
    o.modelTester = std::make_unique<QAbstractItemModelTester>(o.window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As the application wires them (app/session.cpp).
    o.branchActions = new Ui::BranchActions(o.window.get(), o.client.get());
    o.teamActions = new Ui::TeamActions(o.window.get(), o.client.get());
    o.tour = new Ui::WorkflowTour(o.window.get());
    o.tour->setAction(TourStep::Action::CompareSchemas, o.branchActions->compareAction());
    o.tour->setAction(TourStep::Action::ResetFromParent, o.branchActions->resetAction());
    o.tour->setAction(TourStep::Action::MaskingRules, o.branchActions->maskingAction());
    o.tour->setAction(TourStep::Action::AddDeveloper, o.teamActions->addDeveloperAction());
    o.tour->setAction(TourStep::Action::Cleanup, o.teamActions->cleanupAction());
    o.window->resize(size);
    o.window->setSandboxStatus(u"PostgreSQL 15 on 127.0.0.1:5432 (private cluster)"_s);
    o.window->show();
    QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
    o.window->refresh();
    if (!done.wait(10000) || !QTest::qWaitFor([&] { return o.window->model()->branchCount() == 19; }, 10000))
        qFatal("the demo did not load");
    return o;
}

void TestOnboarding::theTourWalksTheThreeLayoutsAndTriesEachStep()
{
    Open o = open();
    QAction* entry = nullptr;
    for (QAction* a : o.window->helpMenu()->actions())
        entry = a->text() == u"Neon &Branching Workflows…"_s ? a : entry;
    QVERIFY(entry);
    QCOMPARE(entry->shortcut(), QKeySequence(QKeySequence::HelpContents));
    entry->trigger();
    QVERIFY(o.tour->isRunning());
    QTRY_VERIFY(o.tour->panel()->isVisible());
    QVERIFY(!o.window->details()->isVisible()); // the tour takes the details' place
    QCOMPARE(o.tour->stepCount(), 5);

    const auto idOf = [&](const QString& project, const QString& branch) { return o.sandbox->branchId(project, branch); };
    // Step 2: no PII, main → main-dev → environments; the rows are marked, and Try it opens the reset of dev-bob.
    o.tour->showStep(1);
    QVERIFY(o.tour->markedIds().contains(idOf(u"shop"_s, u"main-dev"_s)));
    QVERIFY(o.tour->markedIds().contains(idOf(u"shop"_s, u"dev-bob"_s)));
    QCOMPARE(o.tour->markedIds(), o.window->findChild<Ui::BranchDelegate*>()->markedIds());
    QCOMPARE(o.tour->tryButton()->description(), u"Reset dev-bob from main-dev"_s);
    QSignalSpy opened(o.branchActions, &Ui::BranchActions::dialogOpened);
    o.tour->tryButton()->click();
    QCOMPARE(o.window->currentBranch()->name, u"dev-bob"_s);
    QCOMPARE(opened.size(), 1);
    auto* reset = qobject_cast<Ui::RestoreDialog*>(opened.at(0).at(0).value<QDialog*>());
    QVERIFY(reset);
    QCOMPARE(reset->mode(), Ui::RestoreDialog::Mode::ResetFromParent);
    reset->reject();

    // Step 3: PII, the schema-only main-anon; Try it opens its masking rules.
    o.tour->showStep(2);
    QVERIFY(o.tour->markedIds().contains(idOf(u"clinic"_s, u"main-anon"_s)));
    o.tour->tryButton()->click();
    QCOMPARE(opened.size(), 2);
    auto* masking = qobject_cast<Ui::MaskingRulesDialog*>(opened.at(1).at(0).value<QDialog*>());
    QVERIFY(masking);
    QCOMPARE(o.window->currentBranch()->name, u"main-anon"_s);
    masking->close();

    // Step 4: a project per customer; Try it adds a developer to customer-dev-test.
    o.tour->showStep(3);
    QVERIFY(o.tour->markedIds().contains(o.sandbox->projectId(u"customer-acme"_s)));
    o.tour->tryButton()->click();
    Ui::EnvironmentsDialog* addDeveloper = nullptr;
    QTRY_VERIFY((addDeveloper = o.window->findChild<Ui::EnvironmentsDialog*>()) != nullptr);
    QCOMPARE(addDeveloper->windowTitle(), u"Add Developer"_s);
    QCOMPARE(o.window->currentProjectId(), o.sandbox->projectId(u"customer-dev-test"_s));
    addDeveloper->reject();

    // The marks are painted, and go with the tour (Esc).
    const QModelIndex marked = o.window->proxy()->mapFromSource(
        o.window->model()->branchIndex(o.sandbox->projectId(u"customer-dev-test"_s), idOf(u"customer-dev-test"_s, u"dev-erin"_s)));
    o.window->tree()->scrollTo(marked);
    const QColor mark = Ui::BranchDelegate::markColor();
    QVERIFY(pixelsNear(o.window->tree()->viewport()->grab().toImage(), o.window->tree()->visualRect(marked), mark, 40) > 20);
    o.tour->tryButton()->setFocus();
    QTest::keyClick(o.tour->tryButton(), Qt::Key_Escape);
    QVERIFY(!o.tour->isRunning());
    QTRY_VERIFY(o.window->details()->isVisible());
    QVERIFY(o.window->findChild<Ui::BranchDelegate*>()->markedIds().isEmpty());
    QCOMPARE(pixelsNear(o.window->tree()->viewport()->grab().toImage(), o.window->tree()->visualRect(marked), mark, 40), 0);
}

void TestOnboarding::chipsCarryTheTierColoursAsALegend()
{
    Open o = open();
    const QList<QWidget*> chips = o.window->filterBar()->chips();
    const Models::Tier tiers[] = {Models::Tier::Production, Models::Tier::Base, Models::Tier::Dev,
                                  Models::Tier::Preview, Models::Tier::Qa, Models::Tier::Backup};
    for (int i = 0; i < 6; ++i) {
        auto* chip = qobject_cast<QToolButton*>(chips.at(i));
        QVERIFY(chip && !chip->icon().isNull());
        QCOMPARE(chip->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        const QImage dot = chip->icon().pixmap(QSize(10, 10)).toImage();
        const QColor centre = dot.pixelColor(dot.width() / 2, dot.height() / 2);
        QVERIFY2(TestUtils::nearColour(centre, Ui::tierColor(tiers[i], o.window->palette()), 30), qPrintable(chip->text()));
        QVERIFY(chip->toolTip().contains(chip->text()));
    }
}

void TestOnboarding::shortcutsAreListedAndTheMenuKeyOpensTheRowsActions()
{
    Open o = open();
    Ui::ShortcutsDialog dialog(o.window.get());
    QStringList rows;
    for (QTreeWidgetItemIterator it(dialog.list()); *it; ++it)
        rows.append((*it)->text(0) + u" = "_s + (*it)->text(1));
    const QString all = rows.join(u"\n"_s);
    for (const QString& expected : {u"New Branch = Ctrl+N"_s, u"Find Branch = Ctrl+F"_s, u"Reset from Parent = Ctrl+Shift+R"_s,
                                    u"Neon Branching Workflows = F1"_s, u"Go to the first match of the search = Enter or Down in the search box"_s})
        QVERIFY2(all.contains(expected), qPrintable(expected + u" not in:\n"_s + all));
    // The menu key: the current row's actions, at the row.
    o.window->selectBranch(o.sandbox->projectId(u"shop"_s), o.sandbox->branchId(u"shop"_s, u"dev-bob"_s));
    QSignalSpy asked(o.window->tree(), &QWidget::customContextMenuRequested);
    QTimer::singleShot(0, [] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget()))
            menu->close();
    });
    QTest::keyClick(o.window->tree(), Qt::Key_Menu);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(o.window->tree()->indexAt(asked.at(0).at(0).toPoint()).data(ProjectTreeModel::SortRole).toString(), u"dev-bob"_s);
}

void TestOnboarding::anAnonymizedBaseIsLinkedToItsSource()
{
    Open o = open();
    Ui::BranchTreeView* tree = o.window->tree();
    const QString clinic = o.sandbox->projectId(u"clinic"_s);
    const QModelIndex anon = o.window->proxy()->mapFromSource(o.window->model()->branchIndex(clinic, o.sandbox->branchId(u"clinic"_s, u"main-anon"_s)));
    const QModelIndex main = o.window->proxy()->mapFromSource(o.window->model()->branchIndex(clinic, o.sandbox->branchId(u"clinic"_s, u"main"_s)));
    const auto badges = anon.data(ProjectTreeModel::BadgesRole).value<QList<Models::Badge>>();
    QVERIFY(std::any_of(badges.cbegin(), badges.cend(), [](const Models::Badge& b) { return b.label == u"anonymized from main"_s; }));
    QCOMPARE(anon.data(ProjectTreeModel::TierRole).value<Models::Tier>(), Models::Tier::Base);
    // The dashed link: base-tier pixels in the strip left of the two dots, between their rows.
    tree->scrollTo(main);
    const QRect from = tree->visualRect(main), to = tree->visualRect(anon);
    const QRect strip(from.left() - 14, from.center().y(), 18, to.center().y() - from.center().y());
    const QColor base = Ui::tierColor(Models::Tier::Base, tree->palette());
    QVERIFY(pixelsNear(tree->viewport()->grab().toImage(), strip, base, 60) > 6);
    // A branch without a source has none: the strip between dev-alice and dev-bob has no base colour.
    const QString shop = o.sandbox->projectId(u"shop"_s);
    const QModelIndex alice = o.window->proxy()->mapFromSource(o.window->model()->branchIndex(shop, o.sandbox->branchId(u"shop"_s, u"dev-alice"_s)));
    tree->scrollTo(alice);
    const QRect a = tree->visualRect(alice);
    QCOMPARE(pixelsNear(tree->viewport()->grab().toImage(), QRect(a.left() - 4, a.center().y() + 3, 6, a.height() - 6), base, 60), 0);
}

void TestOnboarding::smallWindowsFitWithoutOverlapping()
{
    {
        Open o = open({1024, 700});
        QTRY_COMPARE(o.window->width(), 1024); // nothing forces the window wider
        Ui::FilterBar* bar = o.window->filterBar();
        QTRY_VERIFY(!bar->isOneRow()); // the chips went below the search box
        // No two visible controls of the filter bar overlap ("Show:" over the search box).
        QList<QWidget*> controls{bar->searchBox()};
        for (QWidget* w : bar->findChildren<QWidget*>()) {
            if (w->isVisible() && (qobject_cast<QLabel*>(w) || qobject_cast<QToolButton*>(w)) && w->parentWidget() != bar->searchBox())
                controls.append(w);
        }
        for (QWidget* x : controls) {
            const QRect rx(x->mapTo(bar, QPoint()), x->size());
            QVERIFY2(bar->rect().contains(rx), qPrintable(x->objectName() + x->accessibleName()));
            for (QWidget* y : controls) {
                const QRect ry(y->mapTo(bar, QPoint()), y->size());
                QVERIFY2(x == y || !rx.intersects(ry), qPrintable(x->accessibleName() + u" / "_s + y->accessibleName()));
            }
        }
        // The status bar's items stay inside the window, and a message is never cut off.
        for (QWidget* w : o.window->statusBar()->findChildren<QLabel*>()) {
            if (w->isVisible())
                QVERIFY2(QRect(w->mapTo(o.window.get(), QPoint()), w->size()).right() <= o.window->width(), qPrintable(qobject_cast<QLabel*>(w)->text()));
        }
        // The details panel scrolls instead of cutting off.
        o.window->selectBranch(o.sandbox->projectId(u"shop"_s), o.sandbox->branchId(u"shop"_s, u"dev-alice"_s));
        auto* scroll = qobject_cast<QScrollArea*>(o.window->details()->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY(o.window->details()->findChildren<QLabel*>().size() > 4);
        QVERIFY(scroll->widgetResizable());
        // Shorter still than 700 px: the panel scrolls; nothing inside is squeezed below its size.
        o.window->resize(1024, 440);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        // (The computes, objects and connection string arrive after the fields, each a layout
        // request later: the panel must settle at its full height, not be cut off for good.)
        const QWidget* details = o.window->details();
        QTRY_VERIFY2(details->height() >= details->layout()->totalHeightForWidth(details->width()) - 1,
                     qPrintable(u"%1 px shown of %2"_s.arg(details->height()).arg(details->layout()->totalHeightForWidth(details->width()))));
    }
    {
        Open o = open({1280, 720});
        QTRY_COMPARE(o.window->width(), 1280);
        QVERIFY(o.window->filterBar()->isOneRow());
        QTRY_COMPARE(o.window->tree()->horizontalScrollBar()->maximum(), 0); // every column in view
        QVERIFY(o.window->tree()->header()->sectionSize(ProjectTreeModel::NameColumn) >= 300);
    }
}

CANOPY_TEST_MAIN(TestOnboarding)
#include "tst_onboarding.moc"

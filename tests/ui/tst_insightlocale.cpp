// SPDX-License-Identifier: MIT
// The window in German, with the shipped catalogue compiled into this test (resource /i18n as in
// the app): View ▸ Insight and Ctrl+I are there although the View menu's title is translated (it
// used to be found by comparing translated titles), and no menu has two entries on one mnemonic.
#include "testsupport.h"
#include "clienttestutils.h"

#include <ui/branchactions.h>
#include <ui/insightdock.h>
#include <ui/mainwindow.h>
#include <ui/teamactions.h>

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
struct Window
{
    TestUtils::SandboxFixture sandbox;
    Neon::Client client{TestUtils::config(sandbox.baseUrl())};
    std::unique_ptr<Ui::MainWindow> window;
    Ui::InsightDock* insight = nullptr;

    Window()
    {
        Neon::Credential credential;
        credential.apiKey = TestUtils::secretKey;
        window = std::make_unique<Ui::MainWindow>(&client, credential);
        // As app/session.cpp puts the window together.
        auto* branchActions = new Ui::BranchActions(window.get(), &client);
        auto* teamActions = new Ui::TeamActions(window.get(), &client);
        teamActions->setAnonymizedBaseAction(branchActions->anonymizedBaseAction());
        insight = new Ui::InsightDock(window.get(), &client);
    }
};

/// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null without one.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

/// "menu: letter used by A and B" for every clash among the entries of one menu.
QStringList clashes(const QString& where, const QList<QAction*>& actions)
{
    QStringList out;
    QHash<QChar, QString> seen;
    for (const QAction* a : actions) {
        const QString text = a->menu() ? a->menu()->title() : a->text();
        const QChar key = mnemonic(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            out.append(u"%1: '%2' used by %3 and %4"_s.arg(where, key, seen.value(key), text));
        else
            seen.insert(key, text);
    }
    return out;
}
} // namespace

class TestInsightLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY2(m_german.load(u":/i18n/canopy_de.qm"_s), "the German catalogue is not in the test's resources");
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        QCOMPARE(QCoreApplication::translate("Ui::MainWindow", "&View"), u"&Ansicht"_s);
    }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_german); }
    void insightIsInTheGermanViewMenu();
    void germanMenusHaveDistinctMnemonics();

private:
    QTranslator m_german;
};

void TestInsightLocale::insightIsInTheGermanViewMenu()
{
    Window w;
    QAction* toggle = w.insight->dock()->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

    QMenu* view = nullptr;
    for (QAction* a : w.window->menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(toggle)) {
            QVERIFY2(!view, "Insight is in two menus");
            view = a->menu();
        }
    }
    QVERIFY2(view, "Insight is in no menu of the German window");
    QCOMPARE(view->title(), u"&Ansicht"_s);
    QCOMPARE(view->objectName(), u"viewMenu"_s);
    QCOMPARE(toggle->text(), QCoreApplication::translate("Ui::InsightDock", "&Insight"));

    // Ctrl+I reaches the dock: the action lives in the window through its menu.
    w.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QVERIFY(!w.insight->dock()->isVisible());
    QTest::keyClick(w.window.get(), Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(w.insight->dock()->isVisible());
}

void TestInsightLocale::germanMenusHaveDistinctMnemonics()
{
    Window w;
    QStringList problems = clashes(u"menu bar"_s, w.window->menuBar()->actions());
    const QList<QMenu*> menus = w.window->findChildren<QMenu*>();
    QVERIFY(menus.size() >= 5);
    for (const QMenu* menu : menus)
        problems += clashes(menu->title(), menu->actions());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

CANOPY_TEST_MAIN(TestInsightLocale)
#include "tst_insightlocale.moc"

// SPDX-License-Identifier: MIT
// The first start without a key: the key is checked with GET /users/me before it is kept.
#include "testsupport.h"
#include "clienttestutils.h"

#include <ui/welcomepage.h>

#include <QAbstractButton>

using namespace Qt::StringLiterals;

class TestWelcomePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qunsetenv("DBUS_SESSION_BUS_ADDRESS"); }
    void rejectedKeySaysSoAndKeepsNothing();
    void acceptedKeyIsUsedAndSaysWhereItIs();
    void unreachableHostIsExplained();
    void demoButtonAsksForTheDemo();
};

void TestWelcomePage::rejectedKeySaysSoAndKeepsNothing()
{
    TestUtils::SandboxFixture sandbox(u"single"_s);
    Ui::WelcomePage page(TestUtils::config(sandbox.baseUrl()));
    QSignalSpy accepted(&page, &Ui::WelcomePage::keyAccepted);
    page.submitKey(u"napi_wrong"_s);
    QTRY_VERIFY(page.problem().contains(u"did not accept"_s));
    QVERIFY2(page.problem().contains(u"401"_s), qPrintable(page.problem()));
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(sandbox.count("GET", u"/users/me"_s), 1);
}

void TestWelcomePage::acceptedKeyIsUsedAndSaysWhereItIs()
{
    TestUtils::SandboxFixture sandbox(u"single"_s);
    Ui::WelcomePage page(TestUtils::config(sandbox.baseUrl()));
    QSignalSpy accepted(&page, &Ui::WelcomePage::keyAccepted);
    page.submitKey(u"  "_s + TestUtils::secretKey + u"\n"_s); // pasted with spaces around
    QVERIFY(accepted.wait(10000));
    const auto credential = accepted.at(0).at(0).value<Neon::Credential>();
    QCOMPARE(credential.apiKey, TestUtils::secretKey);
    QVERIFY(credential.origin.contains(u"@"_s)); // the account's e-mail
    // No Secret Service here: the key is used for this session and the user is told.
    QCOMPARE(credential.notes.size(), 1);
    QVERIFY(credential.notes.at(0).contains(u"this session only"_s));
    QVERIFY(!page.problem().contains(TestUtils::secretKey));
}

void TestWelcomePage::unreachableHostIsExplained()
{
    Neon::ClientConfig config = TestUtils::config(QUrl(u"http://127.0.0.1:9/api/v2"_s)); // discard port: refused
    config.transport.maxAttempts = 1;
    Ui::WelcomePage page(config);
    page.submitKey(u"napi_any"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.problem().startsWith(u"Could not check the key"_s), 10000);
}

void TestWelcomePage::demoButtonAsksForTheDemo()
{
    Ui::WelcomePage page(Neon::ClientConfig{});
    QSignalSpy demo(&page, &Ui::WelcomePage::demoRequested);
    for (QAbstractButton* b : page.findChildren<QAbstractButton*>()) {
        if (b->text() == u"Try the demo"_s)
            b->click();
    }
    QCOMPARE(demo.size(), 1);
}

CANOPY_TEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"

// SPDX-License-Identifier: MIT
// "%n branch(es)" reads as English: singular for one, plural otherwise; other catalogues win.
#include "testsupport.h"

#include <app/englishplurals.h>

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEnglishPlurals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(new EnglishPlurals(this)); }
    void forms_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << 1 << u"Delete 1 branch?"_s;
        QTest::newRow("many") << 3 << u"Delete 3 branches?"_s;
        QTest::newRow("none") << 0 << u"Delete 0 branches?"_s;
    }
    void forms()
    {
        QFETCH(int, n);
        QFETCH(QString, text);
        QCOMPARE(QCoreApplication::translate("Ctx", "Delete %n branch(es)?", nullptr, n), text);
        QCOMPARE(QCoreApplication::translate("Ctx", "%n day(s) quiet", nullptr, n),
                 QString::number(n) + (n == 1 ? u" day quiet"_s : u" days quiet"_s));
    }
    void plainTextsPassThrough()
    {
        QCOMPARE(QCoreApplication::translate("Ctx", "Close"), u"Close"_s);
        QCOMPARE(QCoreApplication::translate("Ctx", "branch(es) without %n"), u"branch(es) without %n"_s);
    }
};

CANOPY_TEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"

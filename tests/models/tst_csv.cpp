// SPDX-License-Identifier: MIT
// The one CSV writer every export uses: RFC 4180 quoting, and no cell a spreadsheet would run as
// a formula (issue 23, point 8; OWASP's CSV injection advice).
#include "testsupport.h"

#include <models/csv.h>

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells_data();
    void cells();
};

void TestCsv::cells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << u"dev-alice"_s << QByteArray("dev-alice");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma quoted") << u"a,b"_s << QByteArray("\"a,b\"");
    QTest::newRow("quote doubled") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("formula") << u"=1+1"_s << QByteArray("'=1+1");
    QTest::newRow("HYPERLINK, quoted too")
        << u"=HYPERLINK(\"http://evil.example\",\"main\")"_s << QByteArray("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"main\"\")\"");
    QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << QByteArray("'+cmd|' /C calc'!A0");
    QTest::newRow("minus") << u"-2+3+cmd|' /C calc'!A0"_s << QByteArray("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << u"@SUM(1+9)*cmd|' /C calc'!A0"_s << QByteArray("'@SUM(1+9)*cmd|' /C calc'!A0");
    QTest::newRow("tab") << u"\t=1+1"_s << QByteArray("'\t=1+1");
    QTest::newRow("carriage return, quoted") << u"\r=1+1"_s << QByteArray("\"'\r=1+1\"");
    QTest::newRow("equals inside is fine") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("negative number") << u"-5"_s << QByteArray("-5");
    QTest::newRow("signed decimal") << u"+3.2"_s << QByteArray("+3.2");
    QTest::newRow("negative exponent") << u"-1.5e-3"_s << QByteArray("-1.5e-3");
    QTest::newRow("minus alone") << u"-"_s << QByteArray("'-");
    QTest::newRow("number then formula") << u"-5+A1"_s << QByteArray("'-5+A1");
}

void TestCsv::cells()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QCOMPARE(Models::csvLine({u"x"_s, cell}), "x," + written + "\r\n");
}

CANOPY_TEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

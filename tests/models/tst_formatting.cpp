// SPDX-License-Identifier: MIT
// Formatting::printable: names as plain text, with what would steer a terminal or the text layout
// shown escaped (issue 23, point 7).
#include "testsupport.h"

#include <models/formatting.h>

#include <QTest>

using namespace Qt::StringLiterals;
using Models::Formatting::printable;

class TestFormatting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printableEscapesControls_data();
    void printableEscapesControls();
    void printableIsIdempotent_data() { printableEscapesControls_data(); }
    void printableIsIdempotent();
};

void TestFormatting::printableEscapesControls_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"dev-alice"_s << u"dev-alice"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("letters of other scripts") << u"ветка-äöü-分支-🌳"_s << u"ветка-äöü-分支-🌳"_s;
    QTest::newRow("backslash kept") << u"a\\b"_s << u"a\\b"_s;
    QTest::newRow("ANSI colour") << u"\x1b[31mred\x1b[0m"_s << u"\\x1b[31mred\\x1b[0m"_s;
    QTest::newRow("forged row") << u"main\r\nprod  br-1  ready"_s << u"main\\r\\nprod  br-1  ready"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a\\tb"_s;
    QTest::newRow("NUL and BEL") << QString(u"a\0b\x07"_s) << u"a\\x00b\\x07"_s;
    QTest::newRow("DEL") << u"a\x7f"_s << u"a\\x7f"_s;
    QTest::newRow("C1 CSI and NEL") << u"a\u009b31mb\u0085"_s << u"a\\u009b31mb\\u0085"_s;
    QTest::newRow("RTL override") << u"dev-\u202Egpj.exe"_s << u"dev-\\u202egpj.exe"_s;
    QTest::newRow("every bidi control")
        << u"\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"_s
        << u"\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029c"_s << u"a\\u2028b\\u2029c"_s;
    QTest::newRow("next to controls, ordinary marks stay") << u"é\u200Dx"_s << u"é\u200Dx"_s; // ZWJ joins emoji
}

void TestFormatting::printableEscapesControls()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(printable(name), shown);
    for (const QChar c : printable(name)) // nothing left that acts
        QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() > 0x9f) && c.unicode() != 0x202e, qPrintable(name));
}

void TestFormatting::printableIsIdempotent()
{
    // Views escape what models already escaped (a parent's name read back from the tree): no \\x1b.
    QFETCH(QString, name);
    QCOMPARE(printable(printable(name)), printable(name));
}

CANOPY_TEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"

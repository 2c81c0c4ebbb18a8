// SPDX-License-Identifier: MIT
// The anonymized load's set of original values: what goes in is found, what did not is not,
// through growth; a text's digest is the same from its COPY bytes and from its QString.
#include <pg/digestset.h>

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Pg::DigestSet;

class TestDigestSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsWhatWentInThroughGrowth_data()
    {
        QTest::addColumn<qsizetype>("reserved");
        QTest::addColumn<int>("count");
        QTest::newRow("none reserved, grows") << qsizetype(0) << 100000;
        QTest::newRow("reserved ahead") << qsizetype(100000) << 100000;
        QTest::newRow("one value") << qsizetype(0) << 1;
    }
    void holdsWhatWentInThroughGrowth()
    {
        QFETCH(qsizetype, reserved);
        QFETCH(int, count);
        DigestSet set;
        set.reserve(reserved);
        for (int i = 0; i < count; ++i)
            set.insert(DigestSet::ofUtf8(QByteArray(QByteArray("user") + QByteArray::number(i) + "@example.com")));
        QCOMPARE(set.size(), qsizetype(count));
        for (int i = 0; i < count; ++i)
            QVERIFY(set.contains(DigestSet::ofText(u"user%1@example.com"_s.arg(i))));
        int strangers = 0;
        for (int i = count; i < count + 1000; ++i)
            strangers += set.contains(DigestSet::ofText(u"user%1@example.com"_s.arg(i))) ? 1 : 0;
        QCOMPARE(strangers, 0);
    }

    void insertingTwiceKeepsOne()
    {
        DigestSet set;
        set.insert(42);
        set.insert(42);
        set.insert(0); // kept as 1: zero marks an empty slot
        QCOMPARE(set.size(), qsizetype(2));
        QVERIFY(set.contains(0));
        QVERIFY(!set.contains(7));
        QVERIFY(!DigestSet().contains(42));
    }

    void utf8AndTextAgree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"alice@example.com"_s;
        QTest::newRow("accents") << u"Zoë Ångström"_s;
        QTest::newRow("beyond the BMP") << u"tea 🍵"_s;
        QTest::newRow("empty") << QString();
    }
    void utf8AndTextAgree()
    {
        QFETCH(QString, text);
        QCOMPARE(DigestSet::ofText(text), DigestSet::ofUtf8(text.toUtf8()));
        QVERIFY(DigestSet::ofText(text) != DigestSet::ofText(QString(text + u'x')));
    }
};

CANOPY_TEST_GUILESS_MAIN(TestDigestSet)
#include "tst_digestset.moc"

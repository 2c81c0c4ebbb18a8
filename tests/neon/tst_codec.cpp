// SPDX-License-Identifier: MIT
// JSON mapping details: timestamps, open enums, optional fields, request bodies.
#include "testsupport.h"

#include <QTest>

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

class TestCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data();
    void timestamps();
    void unknownEnumValuesAreKept_data();
    void unknownEnumValuesAreKept();
    void branchRoundTrip();
    void updateBodyDistinguishesClearFromUnchanged();
};

void TestCodec::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addRow("seconds, Z") << u"2022-11-30T20:09:48Z"_s
                                << QDateTime(QDate(2022, 11, 30), QTime(20, 9, 48), Qt::UTC);
    QTest::addRow("milliseconds (CLI)") << u"2024-12-31T23:59:59.000Z"_s
                                        << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::addRow("microseconds (operations cursor)")
        << u"2022-12-09T08:47:52.204170Z"_s << QDateTime(QDate(2022, 12, 9), QTime(8, 47, 52, 204), Qt::UTC);
    QTest::addRow("offset") << u"2025-06-09T20:02:16+02:00"_s
                            << QDateTime(QDate(2025, 6, 9), QTime(18, 2, 16), Qt::UTC);
    QTest::addRow("Go zero time") << u"0001-01-01T00:00:00Z"_s << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::addRow("no zone is refused") << u"2022-11-30T20:09:48"_s << QDateTime();
    QTest::addRow("garbage") << u"yesterday"_s << QDateTime();
}

void TestCodec::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Json::timeFromString(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestCodec::unknownEnumValuesAreKept_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<BranchState>("expected");
    QTest::addRow("ready") << u"ready"_s << BranchState::Ready;
    QTest::addRow("init") << u"init"_s << BranchState::Init;
    QTest::addRow("resetting") << u"resetting"_s << BranchState::Resetting;
    QTest::addRow("archived") << u"archived"_s << BranchState::Archived;
    QTest::addRow("a future state") << u"hibernating"_s << BranchState::Unknown;
}

void TestCodec::unknownEnumValuesAreKept()
{
    QFETCH(QString, state);
    QFETCH(BranchState, expected);
    QString error;
    Json::Reader r(
        QJsonObject { { "id"_L1, "br-x"_L1 }, { "current_state"_L1, state }, { "init_source"_L1, "snapshot"_L1 } },
        u"branch"_s, &error);
    Branch b;
    Json::read(r, b);
    QVERIFY(error.isEmpty());
    QCOMPARE(b.currentState, state);
    QCOMPARE(b.state(), expected);
    QCOMPARE(b.initSource, u"snapshot"_s);
}

void TestCodec::branchRoundTrip()
{
    Branch b;
    b.id = u"br-a"_s;
    b.projectId = u"p"_s;
    b.parentId = u"br-m"_s;
    b.name = u"dev/alex"_s;
    b.currentState = u"ready"_s;
    b.logicalSize = 1234567890123;
    b.expiresAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    b.ttlIntervalSeconds = 3600;
    b.restrictedActions = { { u"restore"_s, u"cannot restore anonymized branches"_s } };
    b.recovery = BranchRecovery { QDateTime(QDate(2030, 1, 1), QTime(1, 0), Qt::UTC),
        QDateTime(QDate(2030, 1, 8), QTime(1, 0), Qt::UTC), u"ttl"_s };
    QString error;
    Json::Reader r(Json::write(b), QString(), &error);
    Branch back;
    Json::read(r, back);
    QVERIFY(error.isEmpty());
    QCOMPARE(back.name, b.name);
    QCOMPARE(back.logicalSize, b.logicalSize);
    QCOMPARE(back.expiresAt, b.expiresAt);
    QCOMPARE(back.restrictedActions, b.restrictedActions);
    QVERIFY(back.isRestricted(u"restore"_s));
    QCOMPARE(back.recovery->deletionMethod, u"ttl"_s);
    QCOMPARE(back.recovery->recoverableUntil, b.recovery->recoverableUntil);
}

void TestCodec::updateBodyDistinguishesClearFromUnchanged()
{
    BranchUpdate keep;
    keep.isProtected = true;
    QCOMPARE(
        Json::writeUpdateRequest(keep), (QJsonObject { { "branch"_L1, QJsonObject { { "protected"_L1, true } } } }));
    BranchUpdate clear;
    clear.clearExpiration = true;
    QVERIFY(Json::writeUpdateRequest(clear)["branch"_L1].toObject()["expires_at"_L1].isNull());
    QVERIFY(Json::writeUpdateRequest(clear)["branch"_L1].toObject().contains("expires_at"_L1));
}

CANOPY_TEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"

// SPDX-License-Identifier: MIT
// Canopy's own anonymized load on the sandbox's pii seed: rows streamed from main, masked in the
// app, written with COPY into a schema-only branch; counts, foreign keys and originals checked.
#include "testsupport.h"
#include "dataplanesandbox.h"

#include <models/rulesmasker.h>
#include <pg/anonymizedload.h>
#include <pg/introspection.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using Pg::AnonymizedLoad;

namespace {
std::shared_ptr<const Pg::CellMasker> masker(const QList<Neon::MaskingRule>& rules, quint64 seed = 1)
{
    return std::make_shared<Models::RulesMasker>(rules, seed);
}
} // namespace

class TestAnonymizedLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void foreignKeyOrder();
    void copyText_data();
    void copyText();
    void loadsMaskedRowsIntoASchemaOnlyBranch();
    void aRuleNeonMustComputeStopsTheTableUnwritten();
    void cancelRollsTheTableBack();

private:
    QString uri(const QString& branch);
    QStringList column(const QString& branch, const QString& sql) { return m_sandbox.column(branch, sql); }
    QString schemaOnlyChild(const QString& name);

    TestUtils::DataPlaneSandbox m_sandbox;
    Sandbox::Server* m_server = nullptr;
    Neon::Client* m_client = nullptr;
    QString m_project;
};

void TestAnonymizedLoad::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(u"pii"_s, &error), qPrintable(error));
    m_server = m_sandbox.server.get();
    m_client = m_sandbox.client.get();
    m_project = m_sandbox.project;
}

void TestAnonymizedLoad::cleanupTestCase()
{
    m_sandbox.stop();
}

QString TestAnonymizedLoad::uri(const QString& branch)
{
    const Sandbox::BranchRecord* b = m_server->state().findBranchByName(m_project, branch);
    auto reply = m_client->connectionUri(m_project, {b->branch.id, {}, u"clinic"_s, b->roles.isEmpty() ? u"neondb_owner"_s : b->roles.first().name, false});
    return TestUtils::waitFor(reply.get()) && reply->ok() ? reply->value().uri : QString();
}

QString TestAnonymizedLoad::schemaOnlyChild(const QString& name)
{
    Neon::BranchCreateOptions o;
    o.name = name;
    o.parentId = m_server->state().findBranchByName(m_project, u"main"_s)->branch.id;
    o.initSource = u"schema-only"_s;
    o.endpoints = {Neon::EndpointOptions{}};
    auto reply = m_client->createBranch(m_project, o);
    return TestUtils::waitFor(reply.get(), 30000) && reply->ok() ? reply->value().branch.id : QString();
}

void TestAnonymizedLoad::foreignKeyOrder()
{
    const QHash<QString, QStringList> refs{{u"visits"_s, {u"patients"_s, u"doctors"_s}}, {u"doctors"_s, {u"clinics"_s}},
                                           {u"a"_s, {u"b"_s}}, {u"b"_s, {u"a"_s}}, {u"self"_s, {u"self"_s}}};
    QCOMPARE(Pg::foreignKeyOrder({u"visits"_s, u"patients"_s, u"doctors"_s, u"clinics"_s}, refs),
             (QStringList{u"patients"_s, u"clinics"_s, u"doctors"_s, u"visits"_s}));
    QCOMPARE(Pg::foreignKeyOrder({u"a"_s, u"b"_s, u"self"_s}, refs), (QStringList{u"b"_s, u"a"_s, u"self"_s}));
}

void TestAnonymizedLoad::copyText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("null") << QVariant() << QByteArray("\\N");
    QTest::addRow("escapes") << QVariant(u"a\\b\tc\nd\re"_s) << QByteArray("a\\\\b\\tc\\nd\\re");
    QTest::addRow("bool") << QVariant(true) << QByteArray("t");
    QTest::addRow("date") << QVariant(QDate(1990, 2, 3)) << QByteArray("1990-02-03");
    QTest::addRow("bytes") << QVariant(QByteArray("\x01\xff", 2)) << QByteArray("\\\\x01ff");
    QTest::addRow("utf-8") << QVariant(u"Zoë"_s) << QByteArray("Zo\xc3\xab");
}

void TestAnonymizedLoad::copyText()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, text);
    QCOMPARE(AnonymizedLoad::copyText(value), text);
}

void TestAnonymizedLoad::loadsMaskedRowsIntoASchemaOnlyBranch()
{
    QVERIFY(!schemaOnlyChild(u"main-anon-own"_s).isEmpty());
    QCOMPARE(column(u"main-anon-own"_s, u"SELECT count(*) FROM patients"_s), QStringList{u"0"_s});
    // The rules of the seed's main-anon, plus the ones the test needs to be strict.
    QList<Neon::MaskingRule> rules = m_server->state().findBranchByName(m_project, u"main-anon"_s)->maskingRules;
    QVERIFY(rules.size() >= 5);
    rules.append({u"clinic"_s, u"public"_s, u"visits"_s, u"notes"_s, u"anon.lorem_ipsum(6)"_s, {}});
    const QStringList mainBefore = column(u"main"_s, u"SELECT md5(string_agg(p::text, ',' ORDER BY id)) FROM patients p"_s);
    AnonymizedLoad load(uri(u"main"_s), uri(u"main-anon-own"_s), masker(rules, 7));
    QSignalSpy progress(&load, &AnonymizedLoad::progress);
    QSignalSpy finished(&load, &AnonymizedLoad::finished);
    load.start(250); // small batches: several COPY chunks per table
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(2).toStringList(), (QStringList{u"public.patients"_s, u"public.visits"_s})); // FK order
    QVERIFY(progress.size() > 4);
    for (const char* table : {"patients", "visits"})
        QCOMPARE(column(u"main-anon-own"_s, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))),
                 column(u"main"_s, u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table))));
    QCOMPARE(column(u"main-anon-own"_s, u"SELECT count(*) FROM visits v LEFT JOIN patients p ON p.id = v.patient_id "
                                        "WHERE p.id IS NULL"_s),
             QStringList{u"0"_s}); // every visit still has its patient
    for (const char* pii : {"email", "phone", "national_id"}) {
        const QStringList original = column(u"main"_s, u"SELECT %1 FROM patients"_s.arg(QLatin1String(pii)));
        const QStringList masked = column(u"main-anon-own"_s, u"SELECT %1 FROM patients"_s.arg(QLatin1String(pii)));
        const QSet<QString> left = QSet<QString>(original.cbegin(), original.cend()) & QSet<QString>(masked.cbegin(), masked.cend());
        QVERIFY2(left.isEmpty(), pii);
    }
    const QStringList before = column(u"main"_s, u"SELECT id || first_name || last_name FROM patients ORDER BY id"_s);
    const QStringList after = column(u"main-anon-own"_s, u"SELECT id || first_name || last_name FROM patients ORDER BY id"_s);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QVERIFY(before.at(i) != after.at(i)); // each person's own name was replaced
    // The source was only read: main's rows are exactly as they were.
    QCOMPARE(column(u"main"_s, u"SELECT md5(string_agg(p::text, ',' ORDER BY id)) FROM patients p"_s), mainBefore);
}

void TestAnonymizedLoad::aRuleNeonMustComputeStopsTheTableUnwritten()
{
    QVERIFY(!schemaOnlyChild(u"main-anon-own-2"_s).isEmpty());
    const QList<Neon::MaskingRule> rules{{u"clinic"_s, u"public"_s, u"patients"_s, u"email"_s, u"anon.dummy_catchphrase()"_s, {}}};
    AnonymizedLoad load(uri(u"main"_s), uri(u"main-anon-own-2"_s), masker(rules));
    QSignalSpy finished(&load, &AnonymizedLoad::finished);
    load.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(u"dummy_catchphrase"_s), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(finished.at(0).at(2).toStringList().isEmpty());
    QCOMPARE(column(u"main-anon-own-2"_s, u"SELECT count(*) FROM patients"_s), QStringList{u"0"_s}); // rolled back
}

void TestAnonymizedLoad::cancelRollsTheTableBack()
{
    QVERIFY(!schemaOnlyChild(u"main-anon-own-3"_s).isEmpty());
    AnonymizedLoad load(uri(u"main"_s), uri(u"main-anon-own-3"_s), masker({}));
    QSignalSpy finished(&load, &AnonymizedLoad::finished);
    // Cancelled at once: the worker is still connecting, so it stops in the first table's batches.
    load.start(100);
    load.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().startsWith(u"Cancelled while loading"_s), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(finished.at(0).at(2).toStringList().isEmpty());
    QCOMPARE(column(u"main-anon-own-3"_s, u"SELECT count(*) FROM patients"_s), QStringList{u"0"_s}); // nothing half-loaded
}

CANOPY_TEST_MAIN(TestAnonymizedLoad)
#include "tst_anonymizedload.moc"

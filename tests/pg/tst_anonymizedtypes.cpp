// SPDX-License-Identifier: MIT
// The anonymized load changes nothing it should not: a "type zoo" table (every kind of value
// that QVariant would bend: 38-digit numerics, NaN, -0, subnormals, microseconds, intervals,
// infinity dates, bytea with zero bytes, json spacing, arrays with NULLs, 1 MB texts full of
// tabs and backslashes, enums, domains, composites, a generated column, NULL everywhere) is
// loaded into a schema-only branch; every unmasked column must match the source's text exactly.
#include "testsupport.h"
#include "dataplanesandbox.h"

#include <models/rulesmasker.h>
#include <pg/anonymizedload.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace {
const QStringList unmasked{u"id"_s, u"n"_s, u"nn"_s, u"r"_s, u"d"_s, u"tz"_s, u"ts"_s, u"t"_s, u"iv"_s, u"dt"_s, u"b"_s,
                           u"j"_s, u"jb"_s, u"u"_s, u"ip"_s, u"net"_s, u"mac"_s, u"m"_s, u"e"_s, u"dom"_s, u"comp"_s,
                           u"arr"_s, u"grid"_s, u"txt"_s, u"x"_s, u"tsv"_s, u"p"_s, u"gen"_s};
} // namespace

class TestAnonymizedTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sandbox.stop(); }
    void unmaskedValuesArriveExactly();

private:
    QString uri(const QString& branch);
    QStringList column(const QString& branch, const QString& sql) { return m_sandbox.column(branch, sql); }

    TestUtils::DataPlaneSandbox m_sandbox;
};

void TestAnonymizedTypes::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(u"pii"_s, &error), qPrintable(error));
    QFile zoo(QFINDTESTDATA("typezoo.sql"));
    QVERIFY(zoo.open(QIODevice::ReadOnly));
    const QStringList created = column(u"main"_s, QString::fromUtf8(zoo.readAll()));
    QVERIFY2(created.isEmpty(), qPrintable(created.join(u' ')));
}

QString TestAnonymizedTypes::uri(const QString& branch)
{
    const Sandbox::BranchRecord* b = m_sandbox.server->state().findBranchByName(m_sandbox.project, branch);
    auto reply = m_sandbox.client->connectionUri(
        m_sandbox.project, {b->branch.id, {}, u"clinic"_s, b->roles.isEmpty() ? u"neondb_owner"_s : b->roles.first().name, false});
    return TestUtils::waitFor(reply.get()) && reply->ok() ? reply->value().uri : QString();
}

void TestAnonymizedTypes::unmaskedValuesArriveExactly()
{
    Neon::BranchCreateOptions o;
    o.name = u"zoo-anon"_s;
    o.parentId = m_sandbox.server->state().findBranchByName(m_sandbox.project, u"main"_s)->branch.id;
    o.initSource = u"schema-only"_s;
    o.endpoints = {Neon::EndpointOptions{}};
    auto created = m_sandbox.client->createBranch(m_sandbox.project, o);
    QVERIFY(TestUtils::waitFor(created.get(), 30000) && created->ok());
    QCOMPARE(column(u"zoo-anon"_s, u"SELECT count(*) FROM zoo.animals"_s), QStringList{u"0"_s});

    const QList<Neon::MaskingRule> rules{{u"clinic"_s, u"zoo"_s, u"animals"_s, u"email"_s, u"anon.dummy_free_email()"_s, {}}};
    Pg::AnonymizedLoad load(uri(u"main"_s), uri(u"zoo-anon"_s), std::make_shared<Models::RulesMasker>(rules, 11));
    QSignalSpy finished(&load, &Pg::AnonymizedLoad::finished);
    load.start(2);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(finished.at(0).at(2).toStringList().contains(u"zoo.animals"_s));

    QCOMPARE(column(u"zoo-anon"_s, u"SELECT count(*) FROM zoo.animals"_s), column(u"main"_s, u"SELECT count(*) FROM zoo.animals"_s));
    for (const QString& c : unmasked) {
        const QString digest = u"SELECT md5(string_agg(coalesce(%1::text, '<NULL>'), ',' ORDER BY id)) FROM zoo.animals"_s.arg(c);
        QCOMPARE(column(u"zoo-anon"_s, digest), column(u"main"_s, digest));
    }
    // The masked column: changed on every row that had a value, to nobody's value. (A NULL gets a
    // made-up value too, as PostgreSQL Anonymizer's static masking does on Neon.)
    const QStringList before = column(u"main"_s, u"SELECT coalesce(email, '<NULL>') FROM zoo.animals ORDER BY id"_s);
    const QStringList after = column(u"zoo-anon"_s, u"SELECT coalesce(email, '<NULL>') FROM zoo.animals ORDER BY id"_s);
    QCOMPARE(after.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(after.at(i) != before.at(i) && after.at(i).contains(u'@'), qPrintable(after.at(i)));
        QVERIFY(!before.contains(after.at(i)));
    }
}

CANOPY_TEST_MAIN(TestAnonymizedTypes)
#include "tst_anonymizedtypes.moc"

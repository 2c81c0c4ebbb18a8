// SPDX-License-Identifier: MIT
// PII suggestions from column names, types and constraints.
#include "testsupport.h"

#include <models/masking.h>
#include <models/piisuggestions.h>

#include <QTest>

using namespace Qt::StringLiterals;
using Models::Masking::Suggestion;

Q_DECLARE_METATYPE(Suggestion::Kind)

class TestPiiSuggestions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns_data();
    void columns();
    void everySuggestionIsComputable();
};

namespace {
Neon::SchemaTable patients()
{
    Neon::SchemaTable t;
    t.schema = u"public"_s;
    t.name = u"patients"_s;
    const std::pair<const char*, const char*> columns[] = {
        {"id", "bigint"}, {"email", "text"}, {"work_email", "text"}, {"first_name", "text"}, {"surname", "character varying"},
        {"full_name", "text"}, {"phone", "text"}, {"date_of_birth", "date"}, {"ssn", "text"}, {"last_login_ip", "inet"},
        {"street_address", "text"}, {"zip", "text"}, {"notes", "text"}, {"clinic_id", "bigint"}, {"name", "integer"},
        {"created_at", "timestamp with time zone"}};
    for (const auto& [n, ty] : columns)
        t.columns.append({QString::fromLatin1(n), QString::fromLatin1(ty), true, {}});
    t.constraints = {{u"primary_key"_s, u"patients_pkey"_s, {u"id"_s}, {}, {}, {}},
                     {u"unique"_s, u"patients_email_key"_s, {u"email"_s}, {}, {}, {}},
                     {u"foreign_key"_s, u"patients_clinic_fk"_s, {u"clinic_id"_s}, u"public"_s, u"clinics"_s, {u"id"_s}}};
    return t;
}
} // namespace

void TestPiiSuggestions::columns_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<Suggestion::Kind>("kind");
    QTest::addColumn<QString>("function");
    QTest::addColumn<bool>("warns");
    QTest::addRow("unique email gets a unique-safe rule") << u"email"_s << Suggestion::Email
                                                          << u"pg_catalog.concat(anon.dummy_uuidv4(), '@example.com')"_s << true;
    QTest::addRow("other email") << u"work_email"_s << Suggestion::Email << u"anon.dummy_free_email()"_s << false;
    QTest::addRow("first name") << u"first_name"_s << Suggestion::FirstName << u"anon.dummy_first_name()"_s << false;
    QTest::addRow("surname") << u"surname"_s << Suggestion::LastName << u"anon.dummy_last_name()"_s << false;
    QTest::addRow("full name") << u"full_name"_s << Suggestion::FullName << u"anon.dummy_name()"_s << false;
    QTest::addRow("phone keeps its ends") << u"phone"_s << Suggestion::Phone << u"anon.partial(phone, 3, 'XXXXXX', 2)"_s << false;
    QTest::addRow("birth date") << u"date_of_birth"_s << Suggestion::BirthDate << u"anon.dnoise(date_of_birth, '180 days')"_s << false;
    QTest::addRow("ssn") << u"ssn"_s << Suggestion::NationalId << u"anon.partial(ssn, 0, 'XXX-XX-', 4)"_s << false;
    QTest::addRow("ip") << u"last_login_ip"_s << Suggestion::IpAddress << u"anon.dummy_ipv4()::inet"_s << false;
    QTest::addRow("address") << u"street_address"_s << Suggestion::Address << u"anon.fake_address()"_s << false;
    QTest::addRow("zip") << u"zip"_s << Suggestion::PostCode << u"anon.random_zip()"_s << false;
    QTest::addRow("free text") << u"notes"_s << Suggestion::FreeText << u"anon.lorem_ipsum(8)"_s << false;
    QTest::addRow("an id is not PII") << u"id"_s << Suggestion::None << QString() << false;
    QTest::addRow("a number called name is not a name") << u"name"_s << Suggestion::None << QString() << false;
    QTest::addRow("timestamps are not birth dates") << u"created_at"_s << Suggestion::None << QString() << false;
}

void TestPiiSuggestions::columns()
{
    QFETCH(QString, column);
    QFETCH(Suggestion::Kind, kind);
    QFETCH(QString, function);
    QFETCH(bool, warns);
    const Neon::SchemaTable table = patients();
    const auto c = std::find_if(table.columns.cbegin(), table.columns.cend(), [&](const auto& x) { return x.name == column; });
    QVERIFY(c != table.columns.cend());
    const Suggestion s = Models::Masking::suggest(table, *c);
    QCOMPARE(s.kind, kind);
    QCOMPARE(s.maskingFunction, function);
    QCOMPARE(!s.warning.isEmpty(), warns);
    if (kind != Suggestion::None)
        QVERIFY(s.reason.startsWith(u"Looks like "_s));
}

void TestPiiSuggestions::everySuggestionIsComputable()
{
    // Every suggested rule runs in the app's masker (so the preview can show it) and changes the value.
    const Neon::SchemaTable table = patients();
    const QHash<QString, QVariant> row{{u"email"_s, u"a@b.org"_s}, {u"work_email"_s, u"a@work.org"_s}, {u"first_name"_s, u"Ann"_s},
                                       {u"surname"_s, u"Lee"_s}, {u"full_name"_s, u"Ann Lee"_s}, {u"phone"_s, u"+1 212 555 0101"_s},
                                       {u"date_of_birth"_s, QDate(1990, 1, 2)}, {u"ssn"_s, u"123-45-6789"_s},
                                       {u"last_login_ip"_s, u"192.168.1.9"_s}, {u"street_address"_s, u"1 Main St"_s},
                                       {u"zip"_s, u"10001"_s}, {u"notes"_s, u"Ann called"_s}};
    const Models::Masking::Masker masker(5);
    for (const Neon::SchemaColumn& c : table.columns) {
        const Suggestion s = Models::Masking::suggest(table, c);
        if (s.maskingFunction.isEmpty())
            continue;
        const auto cell = masker.apply(Neon::MaskingRule{u"db"_s, table.schema, table.name, c.name, s.maskingFunction, {}}, row, 1);
        QVERIFY2(cell.problem.isEmpty(), qPrintable(c.name + u": "_s + cell.problem));
        QVERIFY2(cell.value != row.value(c.name), qPrintable(c.name));
    }
    // The foreign key gets a warning and no rule.
    const Suggestion fk = Models::Masking::suggest(table, {u"clinic_id"_s, u"bigint"_s, true, {}});
    QCOMPARE(fk.kind, Suggestion::None); // not PII by name; the rule for keys is tested with a PII name
    Neon::SchemaTable t = table;
    t.constraints.append({u"foreign_key"_s, u"fk_email"_s, {u"work_email"_s}, u"public"_s, u"people"_s, {u"email"_s}});
    const Suggestion keyed = Models::Masking::suggest(t, {u"work_email"_s, u"text"_s, true, {}});
    QVERIFY(keyed.maskingFunction.isEmpty());
    QVERIFY(keyed.warning.startsWith(u"A foreign key"_s));
}

CANOPY_TEST_GUILESS_MAIN(TestPiiSuggestions)
#include "tst_piisuggestions.moc"

// SPDX-License-Identifier: MIT
// The app-side masking library: formats kept, deterministic under a seed, originals never kept
// for identity columns, and the same function set as the sandbox's data plane.
#include "testsupport.h"

#include <models/masking.h>
#include <sandbox/anonfunctions.h>

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::Masking::Masker;

namespace {
Neon::MaskingRule rule(const QString& column, const QString& function, const QString& value = {})
{
    return Neon::MaskingRule{u"neondb"_s, u"public"_s, u"patients"_s, column, function, value};
}

const QHash<QString, QVariant> row{{u"email"_s, u"jane.doe@example.org"_s}, {u"phone"_s, u"+44 20 7946 0958"_s},
                                   {u"full_name"_s, u"Jane Doe"_s},         {u"id"_s, 42},
                                   {u"salary"_s, 52000},                    {u"born"_s, QDate(1980, 5, 17)},
                                   {u"note"_s, u"allergic to penicillin"_s}};
} // namespace

class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats_data();
    void formats();
    void deterministicUnderASeed();
    void identityColumnsNeverKeepTheirValue_data();
    void identityColumnsNeverKeepTheirValue();
    void avoidsEveryOriginalOfTheColumn();
    void unknownFunctionsAreLeftToNeon();
    void badExpressionsSayWhy();
    void coversTheSandboxFunctions();
    void everyFunctionGivesAValueOfItsType();
};

void TestMasking::formats_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("free email") << u"email"_s << u"anon.dummy_free_email()"_s << u"^[a-z]+\\.[a-z]+\\d{6}@[a-z]+\\.com$"_s;
    QTest::addRow("safe email") << u"email"_s << u"anon.dummy_safe_email()"_s << u"^[a-z]+\\d{6}@example\\.com$"_s;
    QTest::addRow("unique email, the docs' way") << u"email"_s << u"pg_catalog.concat(anon.dummy_uuidv4(), '@example.com')"_s
                                                 << u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@example\\.com$"_s;
    QTest::addRow("partial email") << u"email"_s << u"anon.partial_email(email)"_s << u"^ja\\*{6}@ex\\*{6}\\.org$"_s;
    QTest::addRow("partial keeps the phone's ends") << u"phone"_s << u"anon.partial(phone, 4, 'XX XXXX X', 3)"_s
                                                    << u"^\\+44 XX XXXX X958$"_s;
    QTest::addRow("phone") << u"phone"_s << u"anon.dummy_phone_number()"_s << u"^\\+1-555-\\d{3}-\\d{4}$"_s;
    QTest::addRow("random phone with prefix") << u"phone"_s << u"anon.random_phone('+33')"_s << u"^\\+33\\d{9}$"_s;
    QTest::addRow("name") << u"full_name"_s << u"anon.dummy_name()"_s << u"^[A-Z][a-z]+ [A-Z][a-z]+$"_s;
    QTest::addRow("pseudo first name") << u"full_name"_s << u"anon.pseudo_first_name(id, 'salt')"_s << u"^[A-Z][a-z]+$"_s;
    QTest::addRow("hash") << u"note"_s << u"anon.hash(note)"_s << u"^[0-9a-f]{64}$"_s;
    QTest::addRow("digest md5") << u"note"_s << u"anon.digest(note, 'pepper', 'md5')"_s << u"^[0-9a-f]{32}$"_s;
    QTest::addRow("iban") << u"note"_s << u"anon.fake_iban()"_s << u"^XX\\d{2}( \\d{4}){4}$"_s;
    QTest::addRow("card") << u"note"_s << u"anon.dummy_credit_card_number()"_s << u"^4\\d{15}$"_s;
    QTest::addRow("ipv4") << u"note"_s << u"anon.dummy_ipv4()"_s << u"^10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s;
    QTest::addRow("zip") << u"note"_s << u"anon.random_zip()"_s << u"^\\d{5}$"_s;
    QTest::addRow("address") << u"note"_s << u"anon.fake_address()"_s << u"^\\d{3} [A-Z][a-z]+ [A-Z][a-z]+, [A-Z][A-Za-z ]+$"_s;
    QTest::addRow("lorem ipsum, 3 words") << u"note"_s << u"anon.lorem_ipsum(3)"_s << u"^[a-z]+ [a-z]+ [a-z]+$"_s;
    QTest::addRow("random string") << u"note"_s << u"anon.random_string(10)"_s << u"^[a-z0-9]{10}$"_s;
    QTest::addRow("random in") << u"note"_s << u"anon.random_in(ARRAY['a','b','c'])"_s << u"^[abc]$"_s;
    QTest::addRow("|| and casts") << u"note"_s << u"'id-' || id::text"_s << u"^id-42$"_s;
    QTest::addRow("upper of left") << u"full_name"_s << u"anon.upper(anon.left(full_name, 4))"_s << u"^JANE$"_s;
    QTest::addRow("literal value") << u"note"_s << u"'CONFIDENTIAL'"_s << u"^CONFIDENTIAL$"_s;
}

void TestMasking::formats()
{
    QFETCH(QString, column);
    QFETCH(QString, expression);
    QFETCH(QString, pattern);
    const Masker masker(7);
    for (qint64 ordinal = 0; ordinal < 50; ++ordinal) {
        const auto cell = masker.apply(rule(column, expression), row, ordinal);
        QVERIFY2(cell.problem.isEmpty(), qPrintable(cell.problem));
        QVERIFY(!cell.computedOnNeon);
        QVERIFY2(QRegularExpression(pattern).match(cell.value.toString()).hasMatch(), qPrintable(cell.value.toString()));
    }
}

void TestMasking::deterministicUnderASeed()
{
    const Masker a(11), b(11), other(12);
    int differs = 0;
    for (qint64 ordinal = 0; ordinal < 20; ++ordinal) {
        for (const QString& e : {u"anon.dummy_free_email()"_s, u"anon.noise(salary, 0.2)"_s, u"anon.dnoise(born, '30 days')"_s,
                                 u"anon.random_int_between(1, 1000000)"_s}) {
            const QString column = e.contains(u"salary"_s) ? u"salary"_s : e.contains(u"born"_s) ? u"born"_s : u"email"_s;
            const QVariant first = a.apply(rule(column, e), row, ordinal).value;
            QCOMPARE(b.apply(rule(column, e), row, ordinal).value, first);
            QCOMPARE(a.apply(rule(column, e), row, ordinal).value, first); // no hidden state
            differs += other.apply(rule(column, e), row, ordinal).value != first;
        }
    }
    QVERIFY(differs > 60); // another seed, other values (ties are possible, rarely)
    // Types survive: noise of an int is an int within ±20%, dnoise of a date is a date within 30 days.
    const QVariant salary = a.apply(rule(u"salary"_s, u"anon.noise(salary, 0.2)"_s), row, 3).value;
    QCOMPARE(salary.typeId(), QMetaType::Int);
    QVERIFY(salary.toInt() >= 41600 && salary.toInt() <= 62400);
    const QVariant born = a.apply(rule(u"born"_s, u"anon.dnoise(born, '30 days')"_s), row, 3).value;
    QCOMPARE(born.typeId(), QMetaType::QDate);
    QVERIFY(qAbs(born.toDate().daysTo(QDate(1980, 5, 17))) <= 30);
}

void TestMasking::identityColumnsNeverKeepTheirValue_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expression");
    QTest::addRow("first name") << u"full_name"_s << u"anon.dummy_first_name()"_s;
    QTest::addRow("email") << u"email"_s << u"anon.fake_email()"_s;
    QTest::addRow("a tiny choice") << u"note"_s << u"anon.random_in(ARRAY['allergic to penicillin', 'none'])"_s;
}

void TestMasking::identityColumnsNeverKeepTheirValue()
{
    QFETCH(QString, column);
    QFETCH(QString, expression);
    const Masker masker(3);
    QHash<QString, QVariant> r = row;
    for (qint64 ordinal = 0; ordinal < 300; ++ordinal) {
        // Originals drawn from the very lists the functions pick from: collisions would happen.
        if (column == "full_name"_L1)
            r[column] = ordinal % 2 ? u"Alex"_s : u"Quinn"_s;
        const auto cell = masker.apply(rule(column, expression), r, ordinal);
        QVERIFY(cell.value.isValid());
        QVERIFY2(cell.value != r.value(column), qPrintable(cell.value.toString()));
    }
}

void TestMasking::avoidsEveryOriginalOfTheColumn()
{
    // A whole table masked: no row may get any row's real value, not only its own.
    const QSet<QString> everybody{u"Alex"_s, u"Blake"_s, u"Casey"_s, u"Drew"_s, u"Emery"_s, u"Finley"_s, u"Gray"_s, u"Harper"_s,
                                  u"Indigo"_s, u"Jordan"_s, u"Kai"_s, u"Logan"_s, u"Morgan"_s, u"Noel"_s, u"Oakley"_s,
                                  u"Parker"_s, u"Quinn"_s, u"Riley"_s, u"Sage"_s};
    const Masker masker(4);
    for (qint64 ordinal = 0; ordinal < 100; ++ordinal) {
        const auto cell = masker.apply(rule(u"full_name"_s, u"anon.dummy_first_name()"_s), row, ordinal,
                                       [&everybody](const QString& v) { return everybody.contains(v); });
        QCOMPARE(cell.value.toString(), u"Taylor"_s); // the only name left
    }
    QSet<QString> all = everybody;
    all.insert(u"Taylor"_s);
    QCOMPARE(masker.apply(rule(u"full_name"_s, u"anon.dummy_first_name()"_s), row, 0, [&all](const QString& v) { return all.contains(v); }).problem,
             u"the rule keeps producing the original value"_s);
}

void TestMasking::unknownFunctionsAreLeftToNeon()
{
    const auto cell = Masker(1).apply(rule(u"note"_s, u"anon.dummy_catchphrase()"_s), row, 0);
    QVERIFY(cell.computedOnNeon);
    QVERIFY(!cell.value.isValid()); // nothing faked
    QVERIFY(cell.problem.contains(u"dummy_catchphrase"_s));
}

void TestMasking::badExpressionsSayWhy()
{
    const Masker masker(1);
    QCOMPARE(masker.apply(rule(u"note"_s, u"anon.partial(note, 2, 'x"_s), row, 0).problem, u"a string is not closed"_s);
    QCOMPARE(masker.apply(rule(u"note"_s, u"anon.lower(note"_s), row, 0).problem,
             u"a “)” is missing after the arguments of anon.lower"_s);
    QCOMPARE(masker.apply(rule(u"note"_s, u"anon.lower(nope)"_s), row, 0).problem, u"no column nope in this table"_s);
    QCOMPARE(masker.apply(rule(u"note"_s, u"anon.digest(note, 's', 'crc32')"_s), row, 0).problem,
             u"digest: unknown algorithm crc32"_s);
    QCOMPARE(masker.apply(rule(u"note"_s, u"anon.random_in(ARRAY['allergic to penicillin'])"_s), row, 0).problem,
             u"the rule keeps producing the original value"_s);
}

void TestMasking::coversTheSandboxFunctions()
{
    const QStringList internal{u"pick"_s, u"pick_by"_s, u"first_names"_s, u"last_names"_s, u"cities"_s, u"countries"_s,
                               u"companies"_s, u"streets"_s, u"words"_s, u"digits"_s};
    QStringList missing;
    for (const QString& name : Sandbox::anonFunctionNames()) {
        if (!internal.contains(name) && !Masker::supportedFunctions().contains(name))
            missing.append(name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    QCOMPARE(Masker::supportedFunctions().size(), Sandbox::anonFunctionNames().size() - internal.size());
    QCOMPARE(Masker::describe(u"dummy_free_email"_s), u"Made-up free email"_s);
    QCOMPARE(Masker::describe(u"pseudo_city"_s), u"Same-for-same made-up city"_s);
    QCOMPARE(Masker::describe(u"partial"_s), u"Keep the first and last characters, hide the middle"_s);
    for (const QString& f : Masker::supportedFunctions())
        QVERIFY(!Masker::describe(f).isEmpty());
}

void TestMasking::everyFunctionGivesAValueOfItsType()
{
    // A call for each function; those not listed take no arguments.
    const QHash<QString, QString> calls{
        {u"random_phone"_s, u"anon.random_phone('+1')"_s}, {u"random_string"_s, u"anon.random_string(8)"_s},
        {u"random_int_between"_s, u"anon.random_int_between(1, 9)"_s}, {u"random_bigint_between"_s, u"anon.random_bigint_between(1, 9)"_s},
        {u"random_date_between"_s, u"anon.random_date_between('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z')"_s},
        {u"random_hash"_s, u"anon.random_hash(email)"_s}, {u"random_in"_s, u"anon.random_in(ARRAY['a', 'b'])"_s},
        {u"noise"_s, u"anon.noise(salary, 0.1)"_s}, {u"dnoise"_s, u"anon.dnoise(born, '10 days')"_s},
        {u"hash"_s, u"anon.hash(note)"_s}, {u"digest"_s, u"anon.digest(note, 's', 'sha512')"_s},
        {u"partial"_s, u"anon.partial(phone, 2, 'XX', 2)"_s}, {u"partial_email"_s, u"anon.partial_email(email)"_s},
        {u"ternary"_s, u"anon.ternary(true, 'yes', 'no')"_s}, {u"concat"_s, u"anon.concat('a', note)"_s},
        {u"lower"_s, u"anon.lower(full_name)"_s}, {u"upper"_s, u"anon.upper(full_name)"_s}, {u"left"_s, u"anon.left(note, 3)"_s},
        {u"right"_s, u"anon.right(note, 3)"_s}, {u"substr"_s, u"anon.substr(note, 2, 3)"_s}, {u"md5"_s, u"anon.md5(note)"_s}};
    const QHash<QString, int> types{{u"noise"_s, QMetaType::Int}, {u"dnoise"_s, QMetaType::QDate}, {u"random_date"_s, QMetaType::QDate},
                                    {u"random_int_between"_s, QMetaType::Int}, {u"random_bigint_between"_s, QMetaType::LongLong},
                                    {u"random_date_between"_s, QMetaType::QDateTime}};
    const Masker masker(2);
    for (const QString& f : Masker::supportedFunctions()) {
        const QString call = calls.value(f, f.startsWith("pseudo_"_L1) ? u"anon.%1(id, 'salt')"_s.arg(f) : u"anon.%1()"_s.arg(f));
        const QString column = f == "noise"_L1 ? u"salary"_s : f == "dnoise"_L1 ? u"born"_s : u"note"_s;
        const auto cell = masker.apply(rule(column, call), row, 0);
        QVERIFY2(cell.problem.isEmpty() && !cell.computedOnNeon, qPrintable(f + u": "_s + cell.problem));
        QVERIFY2(cell.value.isValid() && !cell.value.toString().isEmpty(), qPrintable(f));
        QCOMPARE(cell.value.typeId(), types.value(f, QMetaType::QString));
    }
}

CANOPY_TEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"

// SPDX-License-Identifier: MIT
// The sandbox's check of masking rules: every expression Canopy's suggestions and the masking
// editor produce passes; anything that could end the expression or call more than the allowed
// functions is refused with a reason.
#include "testsupport.h"

#include <models/piisuggestions.h>
#include <sandbox/maskingexpression.h>

#include <QTest>

using namespace Qt::StringLiterals;

class TestMaskingExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void functionsThatPass_data();
    void functionsThatPass();
    void functionsThatAreRefused_data();
    void functionsThatAreRefused();
    void values_data();
    void values();
};

void TestMaskingExpression::functionsThatPass_data()
{
    QTest::addColumn<QString>("expression");
    for (const QString& e : {u"anon.dummy_free_email()"_s, u"anon.partial(phone, 3, 'XXXXXX', 2)"_s,
                             u"anon.dnoise(birth_date, '180 days')"_s, u"anon.noise(salary, 0.1)"_s,
                             u"anon.random_in(ARRAY['a', 'b;c'])"_s, u"pg_catalog.concat(anon.dummy_uuidv4(), '@example.com')"_s,
                             u"lower(\"Full Name\") || '@example.com'"_s, u"substring(email FROM 1 FOR 3)"_s,
                             u"CAST(id AS varchar(10))"_s, u"amount::numeric(10, 2) * 1.1"_s,
                             u"CASE WHEN id % 2 = 0 THEN 'even' ELSE 'odd' END"_s, u"E'it\\'s'"_s,
                             u"coalesce(nullif(email, ''), 'none')"_s, u"anon.hash(current_user::text)"_s,
                             u"created_at AT TIME ZONE ('UTC')"_s, u"id IN (1, 2)"_s, u"\"anon\".fake_city()"_s})
        QTest::newRow(qPrintable(e)) << e;
    // Every suggestion Canopy makes (one unique column too: it gets a unique-safe function).
    Neon::SchemaTable table;
    table.schema = u"public"_s;
    table.name = u"t"_s;
    for (const QString& column : {u"email"_s, u"first_name"_s, u"last_name"_s, u"full_name"_s, u"phone"_s, u"address"_s,
                                  u"city"_s, u"zip"_s, u"country"_s, u"dob"_s, u"ssn"_s, u"ip_address"_s, u"card_number"_s,
                                  u"iban"_s, u"username"_s, u"notes"_s}) {
        const QString type = column == "dob"_L1 ? u"date"_s : u"text"_s;
        table.columns = {{column, type, true, {}}};
        for (bool unique : {false, true}) {
            table.constraints.clear();
            if (unique)
                table.constraints.append({u"unique"_s, u"t_key"_s, {column}, {}, {}, {}});
            const Models::Masking::Suggestion s = Models::Masking::suggest(table, table.columns.first());
            if (!s.maskingFunction.isEmpty())
                QTest::newRow(qPrintable(u"suggested for %1%2"_s.arg(column, unique ? u" (unique)"_s : QString())))
                    << s.maskingFunction;
        }
    }
}

void TestMaskingExpression::functionsThatPass()
{
    QFETCH(QString, expression);
    QCOMPARE(Sandbox::maskingFunctionProblem(expression), QString());
}

void TestMaskingExpression::functionsThatAreRefused_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("reason");
    QTest::newRow("stacked") << u"email; DROP TABLE t"_s << u"\";\""_s;
    QTest::newRow("stacked after an E string") << u"E'\\''; SELECT 1"_s << u"\";\""_s;
    QTest::newRow("unclosed string") << u"'abc"_s << u"not closed"_s;
    QTest::newRow("line comment in an operator") << u"id +-- x"_s << u"comments"_s;
    QTest::newRow("block comment") << u"lower(email) /* x */"_s << u"comments"_s;
    QTest::newRow("quoted catalog schema") << u"\"pg_catalog\".pg_sleep(1)"_s << u"\"pg_catalog.pg_sleep\""_s;
    QTest::newRow("catalog function") << u"pg_catalog.pg_read_file('/etc/passwd')"_s << u"\"pg_catalog.pg_read_file\""_s;
    QTest::newRow("three parts") << u"a.b.c(1)"_s << u"\"a.b.c\""_s;
    QTest::newRow("values subquery") << u"(VALUES (1))"_s << u"\"values\""_s;
    QTest::newRow("with") << u"(WITH x AS (DELETE FROM t RETURNING 1) SELECT 1)"_s << u"\"with\""_s;
    QTest::newRow("dblink") << u"dblink('host=x', 'select 1')"_s << u"\"dblink\""_s;
    QTest::newRow("parameter") << u"$1"_s << u"dollar"_s;
    QTest::newRow("backslash") << u"\\x"_s << u"character"_s;
}

void TestMaskingExpression::functionsThatAreRefused()
{
    QFETCH(QString, expression);
    QFETCH(QString, reason);
    const QString problem = Sandbox::maskingFunctionProblem(expression);
    QVERIFY2(problem.contains(reason), qPrintable(problem));
}

void TestMaskingExpression::values_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    for (const QString& v : {u"'CONFIDENTIAL'"_s, u"0"_s, u"-1.5"_s, u"NULL"_s, u"true"_s, u"'0'::int"_s,
                             u"'{}'::text[]"_s, u"'x'::varchar(3)"_s, u"'it''s'"_s})
        QTest::newRow(qPrintable(v)) << v << true;
    for (const QString& v : {u"lower('x')"_s, u"'a' || 'b'"_s, u"1 + 1"_s, u"'x';"_s, u"email"_s, u"'x'::int + 1"_s})
        QTest::newRow(qPrintable(v)) << v << false;
}

void TestMaskingExpression::values()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QCOMPARE(Sandbox::maskingValueProblem(value).isEmpty(), accepted);
}

CANOPY_TEST_GUILESS_MAIN(TestMaskingExpression)
#include "tst_maskingexpression.moc"

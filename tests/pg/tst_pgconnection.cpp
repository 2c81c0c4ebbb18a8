// SPDX-License-Identifier: MIT
// Connection URIs and SQL text: the one place the app and the sandbox parse and quote.
#include "testsupport.h"
#include <pg/connection.h>
#include <pg/sqltext.h>

#include <QTest>

using namespace Qt::StringLiterals;

class TestPgConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesUris_data();
    void parsesUris();
    void refusesOtherSchemes_data();
    void refusesOtherSchemes();
    void quoting_data();
    void quoting();
    void unreachableHostSaysWhy();
    void tlsFollowsTheUriAndVerifiesRemoteServers_data();
    void tlsFollowsTheUriAndVerifiesRemoteServers();
    void secretsAreTakenOutOfQuotedSql_data();
    void secretsAreTakenOutOfQuotedSql();
};

void TestPgConnection::parsesUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("neon") << u"postgresql://alex:AbC123dEf@ep-cool-darkness-123456.us-east-2.aws.neon.tech/dbname?sslmode=require&options=endpoint%3Dep-cool-darkness-123456"_s
                          << u"ep-cool-darkness-123456.us-east-2.aws.neon.tech"_s << 5432 << u"alex"_s << u"AbC123dEf"_s
                          << u"dbname"_s << u"endpoint=ep-cool-darkness-123456"_s << false;
    QTest::newRow("sandbox") << u"postgres://neondb_owner:pw@127.0.0.1:54321/b_x_neondb"_s << u"127.0.0.1"_s << 54321
                             << u"neondb_owner"_s << u"pw"_s << u"b_x_neondb"_s << QString() << true;
    QTest::newRow("no database") << u"postgresql://u@localhost"_s << u"localhost"_s << 5432 << u"u"_s << QString()
                                 << u"postgres"_s << QString() << true;
    QTest::newRow("ipv6 loopback") << u"postgresql://u:p@[::1]:5433/db"_s << u"::1"_s << 5433 << u"u"_s << u"p"_s
                                   << u"db"_s << QString() << true;
    QTest::newRow("encoded password") << u"postgresql://u:p%40ss%2Fw@10.0.0.1/db"_s << u"10.0.0.1"_s << 5432 << u"u"_s
                                      << u"p@ss/w"_s << u"db"_s << QString() << false;
    QTest::newRow("127.0.0.2") << u"postgresql://u@127.0.0.2/db"_s << u"127.0.0.2"_s << 5432 << u"u"_s << QString()
                               << u"db"_s << QString() << true;
}

void TestPgConnection::parsesUris()
{
    QFETCH(QString, uri);
    const std::optional<Pg::ConnectionSpec> spec = Pg::ConnectionSpec::fromUri(uri);
    QVERIFY(spec);
    QTEST(spec->host, "host");
    QTEST(spec->port, "port");
    QTEST(spec->user, "user");
    QTEST(spec->password, "password");
    QTEST(spec->database, "database");
    QTEST(spec->options, "options");
    QTEST(spec->isLoopback(), "loopback");
}

void TestPgConnection::refusesOtherSchemes_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("http") << u"http://example.com/db"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("no host") << u"postgresql:///db"_s;
    QTest::newRow("garbage") << u"not a uri at all"_s;
}

void TestPgConnection::refusesOtherSchemes()
{
    QFETCH(QString, uri);
    QString error;
    QVERIFY(!Pg::ConnectionSpec::fromUri(uri, &error));
    QCOMPARE(error, u"Not a PostgreSQL connection string."_s);
    Pg::Connection connection(uri, u"test"_s);
    QVERIFY(!connection.isOpen());
    QCOMPARE(connection.error(), error);
}

void TestPgConnection::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << u"users"_s << u"\"users\""_s << u"'users'"_s;
    QTest::newRow("quotes") << u"a\"b'c"_s << u"\"a\"\"b'c\""_s << u"'a\"b''c'"_s;
    QTest::newRow("injection") << u"x\"; DROP TABLE t; --"_s << u"\"x\"\"; DROP TABLE t; --\""_s << u"'x\"; DROP TABLE t; --'"_s;
    QTest::newRow("empty") << QString() << u"\"\""_s << u"''"_s;
}

void TestPgConnection::quoting()
{
    QFETCH(QString, text);
    QTEST(Pg::quotedIdentifier(text), "identifier");
    QTEST(Pg::quotedLiteral(text), "literal");
    QCOMPARE(Pg::qualifiedName(u"public"_s, text), u"\"public\"."_s + Pg::quotedIdentifier(text));
}

void TestPgConnection::unreachableHostSaysWhy()
{
    // Port 1 on loopback: nothing listens, the refusal is immediate.
    Pg::Connection connection(u"postgresql://u:p@127.0.0.1:1/db"_s, u"test"_s);
    QVERIFY(!connection.isOpen());
    QVERIFY2(!connection.error().isEmpty(), "a reason is given");
    QVERIFY(!connection.error().contains(u"p@"_s)); // the password is not echoed
}

void TestPgConnection::tlsFollowsTheUriAndVerifiesRemoteServers_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QStringList>("expected");
    const QString ca = u"sslrootcert=/etc/ssl/certs/ca-certificates.crt"_s; // Debian 12's libpq 15: no "system"
    const QString neon = u"postgresql://u:p@ep-cool-1.eu-central-1.aws.neon.tech/db"_s;
    QTest::newRow("Neon's URI: verified, channel binding kept")
        << neon + u"?sslmode=require&channel_binding=require"_s
        << QStringList{u"sslmode=verify-full"_s, ca, u"channel_binding=require"_s};
    QTest::newRow("remote without sslmode") << neon << QStringList{u"sslmode=verify-full"_s, ca};
    QTest::newRow("remote asking for no TLS") << neon + u"?sslmode=disable"_s << QStringList{u"sslmode=verify-full"_s, ca};
    QTest::newRow("remote verify-ca with its own root")
        << neon + u"?sslmode=verify-ca&sslrootcert=/etc/my%20ca.pem"_s
        << QStringList{u"sslmode=verify-ca"_s, u"sslrootcert='/etc/my ca.pem'"_s};
    QTest::newRow("loopback keeps disable") << u"postgresql://u:p@127.0.0.1:5432/db?sslmode=disable"_s
                                            << QStringList{u"sslmode=disable"_s};
    QTest::newRow("loopback default") << u"postgresql://u:p@localhost/db"_s << QStringList{u"sslmode=prefer"_s};
    QTest::newRow("loopback keeps its demands") << u"postgresql://u:p@[::1]/db?sslmode=require&channel_binding=require"_s
                                                << QStringList{u"sslmode=require"_s, u"channel_binding=require"_s};
}

void TestPgConnection::tlsFollowsTheUriAndVerifiesRemoteServers()
{
    QFETCH(QString, uri);
    QFETCH(QStringList, expected);
    const std::optional<Pg::ConnectionSpec> spec = Pg::ConnectionSpec::fromUri(uri);
    QVERIFY(spec);
    QCOMPARE(spec->tlsOptions().split(u';'), expected);
}

void TestPgConnection::secretsAreTakenOutOfQuotedSql_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("create role") << u"CREATE ROLE a LOGIN PASSWORD 'x''y z'"_s << u"CREATE ROLE a LOGIN PASSWORD '***'"_s;
    QTest::newRow("lower case, two") << u"alter role a password 's1'; alter role b password 's2'"_s
                                     << u"alter role a password '***'; alter role b password '***'"_s;
    QTest::newRow("uri") << u"dblink('postgresql://u:s3cret@h/db')"_s << u"dblink('postgresql://u:***@h/db')"_s;
    QTest::newRow("nothing secret") << u"SELECT 1"_s << u"SELECT 1"_s;
}

void TestPgConnection::secretsAreTakenOutOfQuotedSql()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(Pg::withoutSecrets(sql), expected);
}

CANOPY_TEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"

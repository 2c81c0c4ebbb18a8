// SPDX-License-Identifier: MIT
// The sandbox's private PostgreSQL cluster: created, started on loopback, reached with a
// password over TCP through QtSql's QPSQL driver, able to copy a database, stopped.
#include "testsupport.h"

#include <sandbox/pgcluster.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPgCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsConnectsCopiesAndStops();
    void restartsOnItsExistingData();
};

static QSqlDatabase openTo(const Sandbox::PgCluster& cluster, const QString& name, const QString& database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(cluster.host());
    db.setPort(cluster.port());
    db.setUserName(cluster.superuser());
    db.setPassword(cluster.superuserPassword());
    db.setDatabaseName(database);
    return db;
}

void TestPgCluster::startsConnectsCopiesAndStops()
{
    QVERIFY2(Sandbox::PgCluster::locate().found(), "scripts/setup installs postgresql; CI must not skip this");
    QTemporaryDir dir;
    Sandbox::PgCluster::letServerIn(dir.path());
    Sandbox::PgCluster cluster;
    QString error;
    QVERIFY2(cluster.start(dir.filePath(u"pg"_s), &error), qPrintable(error));
    QVERIFY(cluster.port() > 0);
    {
        QSqlDatabase db = openTo(cluster, u"admin"_s, u"postgres"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE DATABASE parent_db"_s));
        QVERIFY(q.exec(u"CREATE DATABASE child_db TEMPLATE parent_db"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM pg_database WHERE datname IN ('parent_db', 'child_db')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        db.close();
    }
    {
        QSqlDatabase wrong = openTo(cluster, u"wrong"_s, u"postgres"_s);
        wrong.setPassword(u"not-the-password"_s);
        QVERIFY(!wrong.open()); // scram-sha-256 over TCP: the password matters
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    QSqlDatabase::removeDatabase(u"wrong"_s);
    cluster.stop();
    QVERIFY(!cluster.isRunning());
    {
        QSqlDatabase gone = openTo(cluster, u"gone"_s, u"postgres"_s);
        QVERIFY(!gone.open());
    }
    QSqlDatabase::removeDatabase(u"gone"_s);
}

void TestPgCluster::restartsOnItsExistingData()
{
    QTemporaryDir dir;
    Sandbox::PgCluster::letServerIn(dir.path());
    QString error;
    {
        Sandbox::PgCluster first;
        QVERIFY2(first.start(dir.filePath(u"pg"_s), &error), qPrintable(error));
        {
            QSqlDatabase db = openTo(first, u"first"_s, u"postgres"_s);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE DATABASE kept"_s));
        }
        QSqlDatabase::removeDatabase(u"first"_s);
    } // stopped here
    Sandbox::PgCluster second;
    QVERIFY2(second.start(dir.filePath(u"pg"_s), &error), qPrintable(error));
    {
        QSqlDatabase db = openTo(second, u"second"_s, u"kept"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"second"_s);
}

CANOPY_TEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"

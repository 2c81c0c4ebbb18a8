// SPDX-License-Identifier: MIT
// The sample reader never blocks the window: against a server that accepts and never answers,
// deleting the reader returns while its worker still waits (its late answer is dropped).
#include "testsupport.h"

#include <pg/samplereader.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSampleReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deletingDoesNotWaitForASilentServer();
    void anUnreachableServerIsReported();
};

void TestSampleReader::deletingDoesNotWaitForASilentServer()
{
    QTcpServer silent; // accepts, reads, never answers: libpq waits for its connect timeout
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> sockets;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* s = silent.nextPendingConnection())
            sockets.append(s);
    });
    auto* reader = new Pg::SampleReader;
    int answers = 0;
    connect(reader, &Pg::SampleReader::finished, this, [&] { ++answers; });
    reader->read(u"postgresql://u:p@127.0.0.1:%1/db"_s.arg(silent.serverPort()), u"public"_s, u"t"_s, 5);
    QTRY_COMPARE(sockets.size(), 1); // the worker is connected and waiting
    QElapsedTimer clock;
    clock.start();
    delete reader; // returns now, not after libpq's 10 s connect timeout
    QVERIFY2(clock.elapsed() < 5000, "deleting the reader waited for its worker");
    QCOMPARE(sockets.first()->state(), QAbstractSocket::ConnectedState); // the worker still waits
    // Once the server gives up the connection, the worker ends on its own; the reader that
    // asked is gone, so its answer reaches nobody (and touches nothing freed).
    sockets.first()->abort();
    QCOMPARE(answers, 0);
}

void TestSampleReader::anUnreachableServerIsReported()
{
    Pg::SampleReader reader;
    QSignalSpy finished(&reader, &Pg::SampleReader::finished);
    reader.read(u"postgresql://u:p@127.0.0.1:1/db"_s, u"public"_s, u"t"_s, 5);
    QVERIFY(finished.wait(15000));
    QVERIFY(!finished.first().at(2).toString().isEmpty());
}

CANOPY_TEST_MAIN(TestSampleReader)
#include "tst_samplereader.moc"

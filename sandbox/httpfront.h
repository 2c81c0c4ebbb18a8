// SPDX-License-Identifier: MIT
#pragma once

// Namespace-less on purpose: tests and the sandbox share it as the one HTTP front.

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

/// The sandbox's HTTP front: a QtHttpServer on 127.0.0.1 that hands each request to a handler.
/// A response can be delayed without blocking other requests, or replaced by dropping the
/// connection (fault injection). It counts concurrent requests. Compatible with Qt 6.4 and 6.8.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path; ///< below the /api/v2 prefix
        QUrlQuery query;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 receivedAtMs = 0; ///< since the server was created
        QByteArray header(const QByteArray& name) const;
        QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool drop = false; ///< abort the connection instead of answering (after delayMs)
    };

    using Handler = std::function<Response(const Request&)>;

    explicit HttpFront(QObject* parent = nullptr);

    /// Listens on 127.0.0.1 (port 0: any free port); returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    QUrl baseUrl() const; ///< http://127.0.0.1:PORT/api/v2
    quint16 port() const { return m_port; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static Response json(int status, const QByteArray& body);
    static Response error(int status, const QString& message, const QString& code = {});

    QList<Request> requests; ///< every request, in arrival order (when recordRequests is set)
    bool recordRequests = true;
    int current = 0;
    int maxConcurrent = 0;

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
    void missingHandler(const QHttpServerRequest& request, QHttpServerResponder& responder) override;
#else
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;
#endif

private:
    Request convert(const QHttpServerRequest& request) const;
    /// Writes `response` later through `responder`, unless the socket went away meanwhile
    /// (in Qt 6.4 a write to a disconnected socket's responder crashes the server).
    void answer(QHttpServerResponder&& responder, QPointer<QTcpSocket> socket, const Response& response);

    Handler m_handler;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

/// A real HTTP server on 127.0.0.1 for client tests, until the sandbox serves them: each
/// request goes to a handler that returns a response, which can be delayed (without blocking
/// other requests), or answered by dropping the connection. It counts concurrent requests.
class LoopbackServer : public QAbstractHttpServer
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

    explicit LoopbackServer(QObject* parent = nullptr);

    quint16 start(); ///< listens on 127.0.0.1, any free port
    QUrl baseUrl() const; ///< http://127.0.0.1:PORT/api/v2
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static Response json(int status, const QByteArray& body);
    static Response error(int status, const QString& message, const QString& code = {});

    QList<Request> requests; ///< every request, in arrival order
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

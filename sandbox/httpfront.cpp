// SPDX-License-Identifier: MIT
#include "httpfront.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

QByteArray HttpFront::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpFront::HttpFront(QObject* parent) : QAbstractHttpServer(parent)
{
    m_clock.start();
}

quint16 HttpFront::start(quint16 port)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto* tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port) || !bind(tcp))
        return 0;
    m_port = tcp->serverPort();
#else
    m_port = listen(QHostAddress::LocalHost, port);
#endif
    return m_port;
}

QUrl HttpFront::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(m_port));
}

HttpFront::Response HttpFront::json(int status, const QByteArray& body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

HttpFront::Response HttpFront::error(int status, const QString& message, const QString& code)
{
    const QJsonObject o { { "code"_L1, code }, { "message"_L1, message }, { "request_id"_L1, u"req-test"_s } };
    return json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpFront::Request HttpFront::convert(const QHttpServerRequest& request) const
{
    Request r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        break;
    case QHttpServerRequest::Method::Patch:
        r.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Put:
        r.method = "PUT";
        break;
    default:
        r.method = "OTHER";
        break;
    }
    QString path = request.url().path();
    if (path.startsWith("/api/v2"_L1))
        path = path.mid(7);
    r.path = path;
    r.query = request.query();
    r.body = request.body();
    r.receivedAtMs = m_clock.elapsed();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    for (const auto& [name, value] : request.headers().toListOfPairs())
        r.headers.append({ name, value });
#else
    r.headers = request.headers();
#endif
    return r;
}

void HttpFront::answer(QHttpServerResponder&& responder, QPointer<QTcpSocket> socket, const Response& response)
{
    ++current;
    maxConcurrent = std::max(maxConcurrent, current);
    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(response.delayMs, this, [this, holder, socket, response] {
        --current;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return; // the client went away: nothing to write to
        if (response.drop) {
            socket->abort();
            return;
        }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders headers;
        for (const auto& [name, value] : response.headers)
            headers.append(name, value);
        holder->write(response.body, headers, QHttpServerResponder::StatusCode(response.status));
#else
        holder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto& [name, value] : response.headers)
            holder->writeHeader(name, value);
        holder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        holder->writeBody(response.body);
#endif
    });
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
static QPointer<QTcpSocket> socketFor(QAbstractHttpServer* server, const QHttpServerRequest& request)
{
    // Qt 6.8 no longer hands out the socket; find it by the peer's port among the server's connections.
    for (QTcpServer* tcp : server->servers()) {
        for (QTcpSocket* s : tcp->findChildren<QTcpSocket*>()) {
            if (s->peerPort() == request.remotePort())
                return s;
        }
    }
    return nullptr;
}

bool HttpFront::handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const Request r = convert(request);
    if (recordRequests)
        requests.append(r);
    answer(std::move(responder), socketFor(this, request), m_handler ? m_handler(r) : error(404, u"no handler"_s));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest&, QHttpServerResponder& responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}
#else
bool HttpFront::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Request r = convert(request);
    if (recordRequests)
        requests.append(r);
    answer(makeResponder(request, socket), socket, m_handler ? m_handler(r) : error(404, u"no handler"_s));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
#endif

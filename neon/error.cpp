// SPDX-License-Identifier: MIT
#include "error.h"

namespace Neon {

Error Error::http(int status, const QString& code, const QString& message, const QString& requestId)
{
    Error e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.code = code;
    e.message = message;
    e.requestId = requestId;
    e.retryable = status == 423 || status == 429 || status == 503;
    return e;
}

Error Error::decode(const QString& message)
{
    Error e;
    e.kind = Kind::Decode;
    e.message = message;
    return e;
}

Error Error::invalidArgument(const QString& message)
{
    Error e;
    e.kind = Kind::InvalidArgument;
    e.message = message;
    return e;
}

Error Error::cancelled(const QString& message)
{
    Error e;
    e.kind = Kind::Cancelled;
    e.message = message;
    return e;
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None:
        return QStringLiteral("none");
    case Error::Kind::Network:
        return QStringLiteral("network");
    case Error::Kind::Timeout:
        return QStringLiteral("timeout");
    case Error::Kind::Http:
        return QStringLiteral("http");
    case Error::Kind::Decode:
        return QStringLiteral("decode");
    case Error::Kind::OperationFailed:
        return QStringLiteral("operation-failed");
    case Error::Kind::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case Error::Kind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case Error::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

static QString httpAdvice(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Check the values you entered.");
    case 401:
        return QStringLiteral("The API key was refused: check it or create a new one in the Neon Console.");
    case 403:
        return QStringLiteral("Your key or plan does not allow this action.");
    case 404:
        return QStringLiteral("It may have been deleted: refresh to see the current state.");
    case 406:
        return QStringLiteral("The requested time range is outside what Neon keeps for this granularity.");
    case 409:
        return QStringLiteral("Something with that name already exists: choose another name.");
    case 423:
        return QStringLiteral("Another operation is running on this project: wait for it and try again.");
    case 429:
        return QStringLiteral("Too many requests: Canopy slowed down, try again in a moment.");
    default:
        break;
    }
    if (status >= 500)
        return QStringLiteral("Neon had a problem: try again later; nothing was lost on your side.");
    return {};
}

QString Error::toUserText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http: {
        text = QStringLiteral("Neon answered %1").arg(httpStatus);
        if (!message.isEmpty())
            text += QStringLiteral(": ") + message;
        text += QLatin1Char('.');
        const QString advice = httpAdvice(httpStatus);
        if (!advice.isEmpty())
            text += QLatin1Char(' ') + advice;
        break;
    }
    case Kind::Network:
        text
            = QStringLiteral("Could not reach Neon (%1). Check your network connection and the API host.").arg(message);
        break;
    case Kind::Timeout:
        text = QStringLiteral("Neon did not answer in time. %1").arg(message);
        break;
    case Kind::Decode:
        text = QStringLiteral("Neon's answer could not be read: %1").arg(message);
        break;
    case Kind::OperationFailed:
        text = QStringLiteral("The operation failed: %1").arg(message);
        break;
    case Kind::OutcomeUnknown:
        text = QStringLiteral("The connection was lost and Canopy could not tell whether the change was made: %1 "
                              "Refresh before trying again.")
                   .arg(message);
        break;
    case Kind::InvalidArgument:
        text = message;
        break;
    case Kind::Cancelled:
        text = QStringLiteral("Cancelled.");
        break;
    }
    if (!requestId.isEmpty())
        text += QStringLiteral(" (request %1)").arg(requestId);
    return text;
}

} // namespace Neon

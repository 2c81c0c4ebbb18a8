// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace Neon {

/// What went wrong with a call, typed so callers can decide without parsing text.
struct Error
{
    enum class Kind
    {
        None,
        Network, ///< connection refused, reset, DNS, TLS, dropped mid-reply
        Timeout, ///< the transfer timeout ran out
        Http, ///< the server answered with a non-success status
        Decode, ///< the body was not the JSON we expect
        OperationFailed, ///< an operation of a mutation ended failed/error/cancelled
        OutcomeUnknown, ///< a mutation's reply was lost and reading back could not tell
        InvalidArgument, ///< refused before sending (bad name, insecure URL, …)
        Cancelled, ///< the handle was dropped
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; ///< Neon's `code` (may be empty)
    QString message; ///< Neon's `message`, or our own description
    QString requestId; ///< Neon's `request_id` or the X-Request-ID we sent
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool retryable = false; ///< safe to send again as it is (423, 429, 503, GET network errors)

    bool isError() const { return kind != Kind::None; }

    /// One sentence for a person: what happened and what to do about it.
    QString toUserText() const;

    static Error http(int status, const QString& code, const QString& message, const QString& requestId);
    static Error decode(const QString& message);
    static Error invalidArgument(const QString& message);
    static Error cancelled(const QString& message);
};

QString kindName(Error::Kind kind);

} // namespace Neon

Q_DECLARE_METATYPE(Neon::Error)

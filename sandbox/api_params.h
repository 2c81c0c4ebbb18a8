// SPDX-License-Identifier: MIT
// Reading request parameters and bodies the way every handler of the sandbox's Neon API does,
// with Neon's wording of what is wrong. Internal to the Api's source files.
#pragma once

#include <neon/codec.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Sandbox {

/// A whole-number query parameter in [min, max]; nullopt when absent. Out of range or not a
/// number, `problem` says so (and the value is meaningless).
inline std::optional<int> intParam(const QUrlQuery& q, const QString& name, int min, int max, QString* problem)
{
    if (!q.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const int v = q.queryItemValue(name).toInt(&ok);
    if (!ok || v < min || v > max)
        *problem = QStringLiteral("%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max);
    return v;
}

/// A JSON object body; an empty body is an empty object. False, with `problem` set, otherwise.
inline bool parseBody(const QByteArray& body, QJsonObject& out, QString* problem)
{
    if (body.trimmed().isEmpty())
        return true;
    const QString error = Neon::Json::parseObject(body, out);
    if (!error.isEmpty())
        *problem = QStringLiteral("request body: ") + error;
    return error.isEmpty();
}

/// What is wrong with a branch name, or empty.
inline QString nameProblem(const QString& name)
{
    if (name.isEmpty() || name.size() > 256)
        return QStringLiteral("branch name must be 1 to 256 characters long");
    return {};
}

} // namespace Sandbox

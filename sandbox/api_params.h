// SPDX-License-Identifier: MIT
// Reading request parameters and bodies the way every handler of the sandbox's Neon API does,
// with Neon's wording of what is wrong. Internal to the Api's source files.
#pragma once

#include <neon/codec.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <cmath>
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

/// Role names PostgreSQL or Neon keep for themselves.
inline bool reservedRoleName(const QString& name)
{
    static const QStringList reserved{QStringLiteral("neon_superuser"), QStringLiteral("cloud_admin"),
                                      QStringLiteral("zenith_admin"), QStringLiteral("neon_service"),
                                      QStringLiteral("neon_admin"), QStringLiteral("postgres"),
                                      QStringLiteral("public"), QStringLiteral("none")};
    return name.startsWith(QLatin1String("pg_")) || reserved.contains(name);
}

/// What is wrong with a compute's autoscaling range, or empty. Neon's sizes are 0.25, 0.5 and
/// whole numbers up to 16 CU, max - min at most 8; `planMaximum` (`/users/me`
/// `max_autoscaling_limit`, 0 for none) caps max.
inline QString computeSizeProblem(double minCu, double maxCu, double planMaximum)
{
    auto allowed = [](double cu) { return cu == 0.25 || cu == 0.5 || (cu >= 1 && cu <= 16 && cu == std::floor(cu)); };
    if (!allowed(minCu) || !allowed(maxCu))
        return QStringLiteral("compute size must be 0.25, 0.5 or a whole number of CU up to 16");
    if (maxCu < minCu)
        return QStringLiteral("autoscaling_limit_min_cu must not be greater than autoscaling_limit_max_cu");
    if (maxCu - minCu > 8)
        return QStringLiteral("autoscaling_limit_max_cu - autoscaling_limit_min_cu must be at most 8");
    if (planMaximum > 0 && maxCu > planMaximum)
        return QStringLiteral("autoscaling_limit_max_cu must be at most %1 on your plan").arg(planMaximum);
    return {};
}

/// What is wrong with a suspend timeout, or empty: -1 (never), 0 (the default, 300 s), or 60 to 604800 s.
inline QString suspendTimeoutProblem(const QJsonValue& v)
{
    const double d = v.toDouble(-2);
    if (!v.isDouble() || d != std::floor(d) || d < -1 || d > 604800 || (d > 0 && d < 60))
        return QStringLiteral("suspend_timeout_seconds must be -1 (never), 0 (default) or 60 to 604800");
    return {};
}

} // namespace Sandbox

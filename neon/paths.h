// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// Concrete API paths, each id percent-encoded as one path segment.
namespace Neon::Paths {

inline QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

inline QString project(const QString& projectId)
{
    return QStringLiteral("/projects/") + segment(projectId);
}

inline QString branch(const QString& projectId, const QString& branchId, QLatin1StringView tail = {})
{
    return project(projectId) + QStringLiteral("/branches/") + segment(branchId) + tail;
}

} // namespace Neon::Paths

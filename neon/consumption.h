// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Neon {

/// One timeframe of consumption, metric name → integer value.
struct ConsumptionPoint
{
    QDateTime timeframeStart;
    QDateTime timeframeEnd;
    QHash<QString, qint64> metrics;
};

struct ConsumptionPeriod
{
    QString periodId;
    QString periodPlan;
    QDateTime periodStart;
    QDateTime periodEnd;
    QList<ConsumptionPoint> consumption;
};

/// The history of one project (branchId empty) or one branch, from the v2 consumption endpoints.
struct ConsumptionSeries
{
    QString projectId;
    QString branchId;
    QList<ConsumptionPeriod> periods;
};

struct ConsumptionQuery
{
    QString orgId;
    QDateTime from;
    QDateTime to;
    QString granularity = QStringLiteral("daily"); ///< hourly | daily | monthly
    QStringList metrics;
    QStringList projectIds;
    QStringList branchIds; ///< branches endpoint only
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::ConsumptionSeries)

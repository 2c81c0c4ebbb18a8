// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Neon {

/// `Project` and `ProjectListItem` (spec:7755, 7923). List items lack the usage counters.
struct Project
{
    QString id;
    QString name;
    QString platformId;
    QString regionId;
    QString provisioner;
    int pgVersion = 0;
    QString proxyHost;
    qint64 branchLogicalSizeLimit = 0; ///< MiB
    qint64 branchLogicalSizeLimitBytes = 0;
    std::optional<qint64> historyRetentionSeconds;
    bool storePasswords = false;
    QString creationSource;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString ownerId;
    QString orgId;
    QString orgName;
    std::optional<qint64> activeTime; ///< list item: `active_time`
    std::optional<qint64> dataStorageBytesHour;
    std::optional<qint64> dataTransferBytes;
    std::optional<qint64> writtenDataBytes;
    std::optional<qint64> computeTimeSeconds;
    std::optional<qint64> activeTimeSeconds;
    std::optional<qint64> cpuUsedSec;
    std::optional<qint64> syntheticStorageSize;
    QDateTime consumptionPeriodStart;
    QDateTime consumptionPeriodEnd;
    QDateTime computeLastActiveAt;
    QDateTime deletedAt;
    QDateTime recoverableUntil;
    QString effectiveProjectPermission; ///< CAN_VIEW / CAN_EDIT / CAN_MANAGE, or empty
    QString ownerEmail; ///< `owner.email`
    QString ownerName; ///< `owner.name`
    std::optional<qint64> ownerBranchesLimit; ///< `owner.branches_limit`
    QString ownerSubscriptionType; ///< `owner.subscription_type`
};

/// One page of `GET /projects`.
struct ProjectPage
{
    QList<Project> projects;
    QString cursor; ///< `pagination.cursor` (always present, never signals the end)
    QStringList unavailableProjectIds;
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::Project)

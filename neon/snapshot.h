// SPDX-License-Identifier: MIT
#pragma once

#include "operation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Neon {

/// `Snapshot`: a stored copy of a branch at a moment, without a compute; restored into a new
/// branch (`POST /projects/{id}/snapshots/{id}/restore`).
struct Snapshot
{
    QString id;
    QString name;
    QString lsn;
    QDateTime timestamp; ///< the moment it holds
    QString sourceBranchId;
    QDateTime createdAt;
    QDateTime expiresAt; ///< invalid: kept until deleted
    std::optional<bool> manual; ///< false: made by the branch's backup schedule
    std::optional<qint64> fullSize; ///< logical size in bytes when taken; absent: not yet calculated
    std::optional<qint64> diffSize;
};

/// `BackupScheduleItem`: one frequency of a branch's automatic snapshots.
struct BackupScheduleItem
{
    QString frequency; ///< hourly | daily | weekly | monthly | yearly
    std::optional<int> hour; ///< 0–23 (UTC)
    std::optional<int> day; ///< 1–31: of the week (1 = Monday) or of the month
    std::optional<int> month; ///< 1–12
    std::optional<qint64> retentionSeconds; ///< at least 3600; absent: kept until deleted
    friend bool operator==(const BackupScheduleItem&, const BackupScheduleItem&) = default;
};

/// What creating, deleting a snapshot or finalizing a restore answers: the snapshot (create
/// only) and the operations to wait for.
struct SnapshotOperations
{
    Snapshot snapshot;
    QList<Operation> operations;
};

/// `POST …/branches/{id}/snapshot`: its query parameters (all optional).
struct SnapshotCreate
{
    QString name;
    QDateTime expiresAt;
    QString lsn; ///< a past moment of the branch: an LSN or a timestamp, not both
    QDateTime timestamp;
};

/// `POST …/snapshots/{id}/restore`.
struct SnapshotRestore
{
    QString name; ///< of the new branch; empty: Neon names it
    QString targetBranchId; ///< the branch it replaces; empty: the snapshot's source
    bool finalize = false; ///< false: a preview, finalized later (or deleted)
};

} // namespace Neon

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Neon {

/// `MaskingRule` (spec:9120). `maskingFunction` and `maskingValue` are SQL text, mutually exclusive.
struct MaskingRule
{
    QString databaseName;
    QString schemaName;
    QString tableName;
    QString columnName;
    QString maskingFunction;
    QString maskingValue;
    friend bool operator==(const MaskingRule&, const MaskingRule&) = default;
};

/// `AnonymizedBranchStatusResponse` (spec:9190). `state` is kept open-ended.
struct AnonymizationStatus
{
    QString projectId;
    QString branchId;
    QString state; ///< created, initialized, initialization_error, anonymizing, anonymized, error
    QString statusMessage;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime failedAt;
    bool hasLastRun = false;
    QDateTime lastRunStartedAt;
    QDateTime lastRunCompletedAt;
    QString lastRunTriggeredBy;
    QString lastRunTriggeredByUsername;
    std::optional<int> lastRunMaskedColumns;

    bool isFinished() const;
    bool failed() const;
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::MaskingRule)
Q_DECLARE_METATYPE(Neon::AnonymizationStatus)

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Neon {

/// `Operation` (spec:7622). `status` is kept as Neon spelled it; see the helpers.
struct Operation
{
    QString id;
    QString projectId;
    QString branchId;
    QString endpointId;
    QString action;
    QString status;
    QString error;
    int failuresCount = 0;
    qint64 totalDurationMs = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime retryAt;

    /// finished, skipped (success) or failed, error, cancelled (failure).
    bool isTerminal() const;
    bool succeeded() const;
};

struct OperationPage
{
    QList<Operation> operations;
    QString cursor;
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::Operation)

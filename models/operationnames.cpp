// SPDX-License-Identifier: MIT
#include "operationnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::OperationNames)
};

/// A time within a minute of another: the same event seen from two records.
bool near(const QDateTime& a, const QDateTime& b)
{
    return a.isValid() && b.isValid() && std::abs(a.secsTo(b)) <= 60;
}
} // namespace

QString operationTitle(const Neon::Operation& op, const Neon::Branch& branch)
{
    const QString& a = op.action;
    if (a == "create_timeline"_L1) {
        if (near(op.createdAt, branch.createdAt) || (!branch.lastResetAt.isValid() && !branch.createdAt.isValid()))
            return Text::tr("Create branch");
        if (near(op.createdAt, branch.lastResetAt))
            return branch.isRoot() ? Text::tr("Restore") : Text::tr("Reset from parent"); // both are a restore to Neon
        return Text::tr("Restore");
    }
    static const std::pair<const char*, const char*> known[] = {
        {"create_branch", QT_TRANSLATE_NOOP("Models::OperationNames", "Create branch")},
        {"delete_timeline", QT_TRANSLATE_NOOP("Models::OperationNames", "Delete branch")},
        {"create_compute", QT_TRANSLATE_NOOP("Models::OperationNames", "Create compute")},
        {"start_compute", QT_TRANSLATE_NOOP("Models::OperationNames", "Start compute")},
        {"suspend_compute", QT_TRANSLATE_NOOP("Models::OperationNames", "Suspend compute")},
        {"start_reserved_compute", QT_TRANSLATE_NOOP("Models::OperationNames", "Start reserved compute")},
        {"apply_config", QT_TRANSLATE_NOOP("Models::OperationNames", "Apply settings")},
        {"check_availability", QT_TRANSLATE_NOOP("Models::OperationNames", "Check availability")},
        {"detach_parent_branch", QT_TRANSLATE_NOOP("Models::OperationNames", "Detach from parent")},
        {"timeline_archive", QT_TRANSLATE_NOOP("Models::OperationNames", "Archive branch")},
        {"timeline_unarchive", QT_TRANSLATE_NOOP("Models::OperationNames", "Unarchive branch")},
        {"apply_schema_from_branch", QT_TRANSLATE_NOOP("Models::OperationNames", "Apply schema from branch")},
        {"sync_dbs_and_roles_from_compute", QT_TRANSLATE_NOOP("Models::OperationNames", "Sync databases and roles")},
    };
    for (const auto& [action, title] : known) {
        if (a == QLatin1StringView(action))
            return Text::tr(title);
    }
    QString spaced = a;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!spaced.isEmpty())
        spaced[0] = spaced[0].toUpper();
    return spaced;
}

QString operationStatusTitle(const QString& status)
{
    if (status == "finished"_L1)
        return Text::tr("done");
    if (status == "running"_L1)
        return Text::tr("running");
    if (status == "scheduling"_L1)
        return Text::tr("waiting");
    if (status == "failed"_L1 || status == "error"_L1)
        return Text::tr("failed");
    if (status == "cancelled"_L1 || status == "cancelling"_L1)
        return Text::tr("cancelled");
    if (status == "skipped"_L1)
        return Text::tr("skipped");
    return status;
}

} // namespace Models

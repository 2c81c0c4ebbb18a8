// SPDX-License-Identifier: MIT
#include "projectfacts.h"

#include "branchfacts.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::ProjectFacts)
};
} // namespace

ProjectFacts projectFacts(const QList<Neon::Branch>& branches)
{
    ProjectFacts f;
    f.branchCount = int(branches.size());
    bool piiBase = false;
    bool fromDefault = false;
    QString defaultId;
    for (const Neon::Branch& b : branches) {
        if (b.isDefault) {
            f.defaultBranch = b.name;
            defaultId = b.id;
        }
    }
    for (const Neon::Branch& b : branches) {
        if (b.isRoot())
            f.rootBranches.append(b.name);
        const Tier tier = tierOf(b);
        if (tier == Tier::Base) {
            f.baseBranches.append(b.name);
            piiBase = piiBase || b.isSchemaOnly() || isAnonymized(b);
        }
        if (tier == Tier::Dev || tier == Tier::Preview || tier == Tier::Qa) {
            ++f.environmentCount;
            fromDefault = fromDefault || (!defaultId.isEmpty() && b.parentId == defaultId);
        }
    }
    if (branches.isEmpty())
        f.layout = ProjectLayout::Empty;
    else if (piiBase)
        f.layout = ProjectLayout::Pii;
    else if (!f.baseBranches.isEmpty())
        f.layout = ProjectLayout::NoPii;
    else if (fromDefault)
        f.layout = ProjectLayout::DirectFromMain;
    else
        f.layout = ProjectLayout::SingleBranch;
    return f;
}

QString layoutDescription(const ProjectFacts& f)
{
    const QString main = f.defaultBranch.isEmpty() ? Text::tr("the default branch") : f.defaultBranch;
    const QString base = f.baseBranches.isEmpty() ? QString() : f.baseBranches.first();
    switch (f.layout) {
    case ProjectLayout::Empty: return Text::tr("No branches loaded yet.");
    case ProjectLayout::SingleBranch: return Text::tr("One branch: %1, with no environments derived from it yet.").arg(main);
    case ProjectLayout::NoPii:
        return Text::tr("No PII in production: %1 → %2 (the base) → dev, preview and QA branches, reset from %2.").arg(main, base);
    case ProjectLayout::Pii:
        return Text::tr("PII in production: %2 is a schema-only branch of %1 loaded with anonymized data; dev, preview "
                  "and QA branches derive from it, never from %1.")
            .arg(main, base);
    case ProjectLayout::DirectFromMain:
        return Text::tr("Environments straight from %1: a project per customer, or a dev/test project whose %1 holds "
                  "sanitized data.")
            .arg(main);
    }
    return {};
}

QString restoreWindowText(const Neon::Project& p)
{
    if (!p.historyRetentionSeconds)
        return {};
    const qint64 s = *p.historyRetentionSeconds;
    if (s % 86400 == 0)
        return Text::tr("%n day(s)", nullptr, int(s / 86400));
    return Text::tr("%n hour(s)", nullptr, int(s / 3600));
}

QString restoreWindowCost(const QString& plan, qint64 seconds)
{
    if (seconds == 0)
        return Text::tr("No history is kept: branches and restores start from the current state only, and instant "
                        "restore costs nothing.");
    if (plan.startsWith(QLatin1String("free")))
        return Text::tr("The Free plan keeps at most 6 hours, capped at 1 GB of change history, at no charge.");
    return Text::tr("The change history kept is billed as instant-restore storage, about $0.20 per GB-month, for root "
                    "branches only: a longer window costs in proportion to how much the data changes in it.");
}

} // namespace Models

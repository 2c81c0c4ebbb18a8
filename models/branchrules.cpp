// SPDX-License-Identifier: MIT
#include "branchrules.h"
#include "formatting.h"

#include "branchfacts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models::BranchRules {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::BranchRules)
};
} // namespace

QString nameProblem(const QString& name, const QStringList& taken)
{
    if (name.trimmed().isEmpty())
        return Text::tr("A branch needs a name.");
    if (name != name.trimmed())
        return Text::tr("The name starts or ends with spaces.");
    if (name.size() > maxNameLength)
        return Text::tr("The name is %1 characters long; Neon allows at most %2.").arg(name.size()).arg(maxNameLength);
    if (taken.contains(name))
        return Text::tr("The project already has a branch named “%1”.").arg(name);
    return {};
}

QString createFromProblem(const Neon::Branch& parent)
{
    if (parent.expiresAt.isValid())
        return Text::tr("%1 expires, and branches with an expiration time cannot have children. Clear its "
                        "expiration first.")
            .arg(parent.name);
    return {};
}

QString deleteProblem(const Neon::Branch& b, int children, bool withSubtree)
{
    if (b.isDefault)
        return Text::tr("%1 is the project's default branch and cannot be deleted. Make another branch the default "
                        "first.")
            .arg(b.name);
    if (b.isProtected)
        return Text::tr("%1 is protected and cannot be deleted. Unprotect it first.").arg(b.name);
    if (b.isRoot() && !b.isSchemaOnly())
        return Text::tr("%1 is the project's root branch and cannot be deleted.").arg(b.name);
    if (children > 0 && !withSubtree)
        return Text::tr("%1 has %n child branch(es); delete them first, or delete the whole subtree.", nullptr, children)
            .arg(b.name);
    return {};
}

QString resetProblem(const Neon::Branch& b)
{
    if (b.isSchemaOnly())
        return Text::tr("%1 is a schema-only branch: a root of its own, with no parent to reset from.").arg(b.name);
    if (b.isRoot())
        return Text::tr("%1 is a root branch: it has no parent to reset from.").arg(b.name);
    if (b.isProtected)
        return Text::tr("%1 is protected and cannot be reset. Unprotect it first.").arg(b.name);
    if (isAnonymized(b))
        return Text::tr("%1 is anonymized and cannot be reset or restored: build a new anonymized branch instead.")
            .arg(b.name);
    return {};
}

QString restoreProblem(const Neon::Branch& b)
{
    if (isAnonymized(b))
        return Text::tr("%1 is anonymized and cannot be reset or restored: build a new anonymized branch instead.")
            .arg(b.name);
    if (b.isProtected)
        return Text::tr("%1 is protected and cannot be restored. Unprotect it first.").arg(b.name);
    return {};
}

QString expirationProblem(const Neon::Branch& b, int children, const QDateTime& expiresAt, const QDateTime& now)
{
    if (!expiresAt.isValid())
        return {}; // clearing is always allowed
    if (b.isDefault)
        return Text::tr("The default branch cannot expire.");
    if (b.isProtected)
        return Text::tr("Protected branches cannot expire.");
    if (children > 0)
        return Text::tr("%1 has child branches, and branches with children cannot expire.").arg(b.name);
    if (expiresAt <= now)
        return Text::tr("The expiration time has to lie ahead.");
    if (expiresAt > now.addDays(maxExpirationDays))
        return Text::tr("Neon allows expiration at most %1 days ahead.").arg(maxExpirationDays);
    return {};
}

QString setDefaultProblem(const Neon::Branch& b)
{
    if (b.isDefault)
        return Text::tr("%1 is already the default branch.").arg(b.name);
    if (b.expiresAt.isValid())
        return Text::tr("%1 expires, and the default branch cannot. Clear its expiration first.").arg(b.name);
    return {};
}

bool needsTypedConfirmation(const Neon::Branch& b, int children)
{
    return children > 0 || tierOf(b) == Tier::Base || tierOf(b) == Tier::Production;
}

QString freeName(const QString& wanted, const QStringList& taken)
{
    QString name = wanted;
    for (int n = 2; taken.contains(name); ++n)
        name = wanted + u"-"_s + QString::number(n);
    return name;
}

QString backupName(const QString& name, const QDateTime& now)
{
    const QString suffix = u"_old_"_s + Formatting::isoUtc(now);
    return name.left(maxNameLength - int(suffix.size())) + suffix;
}

} // namespace Models::BranchRules

// SPDX-License-Identifier: MIT
#include "environmentplan.h"

#include "branchrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Environments)
};
} // namespace

QList<ComputePreset> computePresets()
{
    return {{Text::tr("Small: 0.25–1 CU, suspends after 5 minutes"), 0.25, 1.0, 300},
            {Text::tr("Medium: 0.5–2 CU, suspends after 5 minutes"), 0.5, 2.0, 300},
            {Text::tr("Large: 1–4 CU, suspends after 15 minutes"), 1.0, 4.0, 900},
            {Text::tr("No compute (add one when needed)"), std::nullopt, std::nullopt, 0}};
}

QString branchNamePart(const QString& text)
{
    QString s = text.trimmed().toLower();
    s.replace(QRegularExpression(u"[^a-z0-9._/-]+"_s), u"-"_s);
    s.replace(QRegularExpression(u"-{2,}"_s), u"-"_s);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

QList<PlannedBranch> planEnvironments(const EnvironmentRequest& r, const QList<Neon::Branch>& existing, const QDateTime& now)
{
    QStringList taken;
    const Neon::Branch* source = nullptr;
    const Neon::Branch* existingBase = nullptr;
    for (const Neon::Branch& b : existing) {
        taken.append(b.name);
        if (b.id == r.sourceBranchId)
            source = &b;
        if (!r.baseName.isEmpty() && b.name == r.baseName)
            existingBase = &b;
    }
    QList<PlannedBranch> out;
    if (!source)
        return out;
    QString parentName = source->name;
    QString parentId = source->id;
    if (!r.baseName.isEmpty() && !existingBase) {
        PlannedBranch base{r.baseName, Tier::Base, source->name, source->id, {}, BranchRules::nameProblem(r.baseName, taken), {}};
        if (const QString p = BranchRules::createFromProblem(*source); !p.isEmpty() && base.problem.isEmpty())
            base.problem = p;
        out.append(base);
        taken.append(r.baseName);
        parentName = r.baseName;
        parentId.clear(); // known once the base exists
    } else if (existingBase) {
        parentName = existingBase->name;
        parentId = existingBase->id;
    }
    const bool baseFails = !out.isEmpty() && !out.first().creates();
    const auto add = [&](const QString& prefix, const QStringList& parts, Tier kind, int expiryDays) {
        for (const QString& raw : parts) {
            const QString part = branchNamePart(raw);
            if (part.isEmpty())
                continue;
            PlannedBranch p{prefix + part, kind, parentName, parentId,
                            expiryDays > 0 ? now.addDays(expiryDays) : QDateTime(), {}, {}};
            if (kind == Tier::Dev && r.ownRoles) // least privilege: not the shared base's owner role
                p.roleName = QString(u"dev_"_s + part).replace(QLatin1Char('-'), QLatin1Char('_')).left(63);
            if (taken.contains(p.name))
                p.problem = Text::tr("%1 exists already.").arg(p.name);
            else
                p.problem = BranchRules::nameProblem(p.name, taken);
            if (p.problem.isEmpty() && baseFails)
                p.problem = Text::tr("Its base %1 cannot be created.").arg(parentName);
            if (p.problem.isEmpty() && expiryDays > BranchRules::maxExpirationDays)
                p.problem = Text::tr("Neon allows expiration at most %1 days ahead.").arg(BranchRules::maxExpirationDays);
            taken.append(p.name);
            out.append(p);
        }
    };
    add(u"dev-"_s, r.developers, Tier::Dev, r.devExpiryDays);
    add(u"preview-pr-"_s, r.pullRequests, Tier::Preview, r.previewExpiryDays);
    add(u"qa-"_s, r.qaTopics, Tier::Qa, r.qaExpiryDays);
    return out;
}

} // namespace Models

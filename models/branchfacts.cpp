// SPDX-License-Identifier: MIT
#include "branchfacts.h"

#include "formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
/// The texts' translation context (this file has no QObject of its own).
struct Facts
{
    Q_DECLARE_TR_FUNCTIONS(Models::BranchFacts)
};

TierRules& currentRules()
{
    static TierRules rules = TierRules::defaults();
    return rules;
}

// '*' and '?' match any characters, '/' included (branch names are not paths); anchored.
QString wildcardToPattern(const QString& wildcard)
{
    QString out = u"(?:"_s;
    for (const QChar c : wildcard) {
        if (c == QLatin1Char('*'))
            out += u".*"_s;
        else if (c == QLatin1Char('?'))
            out += QLatin1Char('.');
        else
            out += QRegularExpression::escape(QString(c));
    }
    return out + u")"_s;
}

QRegularExpression compile(const QString& patterns, bool* ok)
{
    return wildcardsExpression(patterns.split(QLatin1Char(','), Qt::SkipEmptyParts), ok);
}
} // namespace

QRegularExpression wildcardsExpression(const QStringList& wildcards, bool* ok)
{
    QStringList alternatives;
    for (const QString& p : wildcards) {
        const QString wildcard = p.trimmed();
        if (!wildcard.isEmpty())
            alternatives.append(wildcardToPattern(wildcard));
    }
    QRegularExpression re(alternatives.isEmpty() ? u"(?!)"_s : u"^(?:"_s + alternatives.join(QLatin1Char('|')) + u")$"_s,
                          QRegularExpression::CaseInsensitiveOption);
    *ok = re.isValid();
    if (*ok)
        re.optimize();
    return re;
}

QHash<QString, BranchActivity> activityFromEndpoints(const QList<Neon::Endpoint>& endpoints)
{
    QHash<QString, BranchActivity> activity;
    for (const Neon::Endpoint& endpoint : endpoints) {
        BranchActivity& a = activity[endpoint.branchId];
        a.lastActive = std::max(a.lastActive, endpoint.lastActive);
        if (endpoint.isActive())
            a.compute = ComputeState::Active;
        else if (a.compute == ComputeState::None)
            a.compute = ComputeState::Idle;
    }
    return activity;
}

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Production: return Facts::tr("production");
    case Tier::Base: return Facts::tr("base");
    case Tier::Dev: return Facts::tr("dev");
    case Tier::Preview: return Facts::tr("preview");
    case Tier::Qa: return Facts::tr("QA");
    case Tier::Backup: return Facts::tr("backup");
    case Tier::Other: return Facts::tr("other");
    }
    return {};
}

TierRules TierRules::defaults()
{
    TierRules r;
    const std::pair<Tier, QString> defaults[] = {
        {Tier::Backup, u"*_old_*, *_old, *backup*"_s},
        {Tier::Production, u"main, production, prod"_s},
        {Tier::Base, u"main-dev, main-anon, *-base, *template*"_s},
        {Tier::Preview, u"preview*, pr-*"_s},
        {Tier::Qa, u"qa-*, qa/*, test-*"_s},
        {Tier::Dev, u"dev-*, dev/*, feature*"_s},
    };
    for (const auto& [tier, patterns] : defaults) {
        bool ok = false;
        r.m_rules.append({tier, patterns, compile(patterns, &ok)});
    }
    return r;
}

const TierRules& TierRules::current()
{
    return currentRules();
}

void TierRules::setCurrent(const TierRules& rules)
{
    currentRules() = rules;
}

QString TierRules::patterns(Tier tier) const
{
    for (const Rule& r : m_rules) {
        if (r.tier == tier)
            return r.patterns;
    }
    return {};
}

bool TierRules::setPatterns(Tier tier, const QString& commaSeparatedWildcards)
{
    bool ok = false;
    QRegularExpression re = compile(commaSeparatedWildcards, &ok);
    if (!ok)
        return false;
    for (Rule& r : m_rules) {
        if (r.tier == tier) {
            r.patterns = commaSeparatedWildcards;
            r.match = std::move(re);
            return true;
        }
    }
    return false;
}

Tier TierRules::tierOf(const Neon::Branch& b) const
{
    for (const Rule& r : m_rules) {
        if (r.tier == Tier::Production && b.isDefault)
            return Tier::Production; // after the backup rule: a renamed-away default stays a backup
        if (r.tier == Tier::Production && !b.annotation.isEmpty() && anonymizedFrom(b).isValid())
            return Tier::Base; // an anonymized base, whatever its name (main-anon-2026-11-29)
        if (r.match.match(b.name).hasMatch())
            return r.tier;
    }
    return b.isDefault ? Tier::Production : Tier::Other;
}

Tier tierOf(const Neon::Branch& branch)
{
    return TierRules::current().tierOf(branch);
}

int idleDays(const Neon::Branch& b, const BranchActivity& activity, const QDateTime& now)
{
    if (activity.compute == ComputeState::Active)
        return 0;
    const QDateTime last = std::max({activity.lastActive, b.lastResetAt, b.createdAt});
    return last.isValid() ? std::max(0, int(last.daysTo(now))) : 0;
}

bool isAnonymized(const Neon::Branch& b)
{
    // Neon marks anonymized branches by what they cannot do (neon-api.md, 2.15).
    return std::any_of(b.restrictedActions.cbegin(), b.restrictedActions.cend(), [](const Neon::RestrictedAction& a) {
        return a.reason.contains("anonymiz"_L1, Qt::CaseInsensitive);
    });
}

DataSource anonymizedFrom(const Neon::Branch& b)
{
    if (b.annotation.isEmpty()) // most branches: nothing to look up (tierOf asks for every row)
        return {};
    return {b.annotation.value(u"anonymized_from_id"_s), b.annotation.value(u"anonymized_from"_s),
            QDateTime::fromString(b.annotation.value(u"anonymized_at"_s), Qt::ISODate)};
}

QHash<QString, QString> anonymizedFromAnnotation(const Neon::Branch& source, const QDateTime& now)
{
    return {{u"anonymized_from"_s, source.name}, {u"anonymized_from_id"_s, source.id}, {u"anonymized_at"_s, Formatting::isoUtc(now)}};
}

QList<Badge> badgesOf(const Neon::Branch& b, const BranchActivity& activity, bool orphan, const QDateTime& now)
{
    QList<Badge> out;
    if (b.isDefault)
        out.append({Badge::Default, Facts::tr("default"), Facts::tr("The project's default branch: its compute is the one "
                                                      "applications connect to by default.")});
    const DataSource source = anonymizedFrom(b);
    const QString from = Formatting::printable(source.branchName.isEmpty() ? source.branchId : source.branchName);
    const QString loaded = source.at.isValid() ? Facts::tr(" on %1").arg(Formatting::localShort(source.at)) : QString();
    if (b.isSchemaOnly())
        out.append({Badge::SchemaOnly, Facts::tr("schema-only"),
                    source.isValid()
                        ? Facts::tr("A schema-only root: made with the structure of %1, then loaded with its rows, "
                                    "anonymized%2.").arg(from, loaded)
                        : Facts::tr("A schema-only root: created with the structure of its source and no data.")});
    if (source.isValid())
        out.append({Badge::Anonymized, Facts::tr("anonymized from %1").arg(from),
                    Facts::tr("Its data is %1's, masked by the masking rules%2; the originals were never written here.")
                        .arg(from, loaded)});
    else if (isAnonymized(b))
        out.append({Badge::Anonymized, Facts::tr("anonymized"), Facts::tr("An anonymized branch: its data was masked; it cannot be "
                                                            "restored.")});
    if (b.restoreStatus == "restored"_L1)
        out.append({Badge::RestorePending, Facts::tr("restore to finalize"),
                    Facts::tr("Restored from snapshot %1 as a preview: finalize it in Backup & Restore to give it the name and "
                              "computes of the branch it replaces, or discard it.").arg(Formatting::printable(b.restoredFrom))});
    else if (!b.restoreStatus.isEmpty())
        out.append({Badge::Restored, Facts::tr("restored"),
                    Facts::tr("Restored from snapshot %1; it took the place of the branch it replaced, whose data is kept "
                              "under another name.").arg(Formatting::printable(b.restoredFrom))});
    // Protected after what the branch is made of: a narrow row drops badges from the right.
    if (b.isProtected)
        out.append({Badge::Protected, Facts::tr("protected"),
                    Facts::tr("Protected: cannot be deleted or reset, and its passwords are not shown by default.")});
    if (orphan)
        out.append({Badge::Orphan, Facts::tr("parent gone"), Facts::tr("Its parent branch was deleted; shown as a root.")});
    if (b.expiresAt.isValid()) {
        const qint64 secs = now.secsTo(b.expiresAt);
        const QString when = QLocale().toString(b.expiresAt.toLocalTime(), QLocale::ShortFormat);
        if (secs <= 0) {
            out.append({Badge::Expired, Facts::tr("expired"), Facts::tr("Expired at %1; Neon deletes it shortly.").arg(when)});
        } else if (secs < 7 * 86400) {
            const QString left = secs < 3600 ? Facts::tr("%n min", nullptr, int(secs / 60))
                                 : secs < 86400 ? Facts::tr("%n h", nullptr, int(secs / 3600))
                                                : Facts::tr("%n d", nullptr, int(secs / 86400));
            out.append({Badge::Expiring, Facts::tr("%1 left").arg(left), Facts::tr("Expires in %1, at %2.").arg(left, when)});
        }
    }
    if (activity.compute == ComputeState::Active)
        out.append({Badge::ComputeActive, Facts::tr("active"), Facts::tr("A compute of this branch is running.")});
    else if (activity.compute == ComputeState::Idle)
        out.append({Badge::ComputeIdle, Facts::tr("idle"),
                    Facts::tr("Idle: no compute is running (Neon scaled it to zero); the next connection starts it.")});
    const int days = idleDays(b, activity, now);
    if (days >= 3) {
        const QString since = activity.lastActive.isValid()
                                  ? Facts::tr("Last compute activity %1.").arg(QLocale().toString(activity.lastActive.toLocalTime(),
                                                                                           QLocale::ShortFormat))
                                  : Facts::tr("No compute activity recorded.");
        out.append({Badge::Stale, Facts::tr("%n d quiet", nullptr, days), Facts::tr("No activity for %n day(s). ", nullptr, days) + since,
                    std::min(1.0, days / 30.0)});
    }
    return out;
}

QString accessibleSummary(const Neon::Branch& b, const QList<Badge>& badges)
{
    QStringList facts{Formatting::printable(b.name), b.pendingState.isEmpty() ? b.currentState : Facts::tr("%1, becoming %2").arg(b.currentState, b.pendingState),
                      Facts::tr("tier %1").arg(tierName(tierOf(b)))};
    for (const Badge& badge : badges)
        facts.append(badge.kind == Badge::Expiring ? badge.toolTip : badge.label);
    return facts.join(u", "_s);
}

} // namespace Models

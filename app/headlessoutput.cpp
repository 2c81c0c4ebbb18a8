// SPDX-License-Identifier: MIT
#include "headlessoutput.h"

#include <models/formatting.h>

#include <neon/codec.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace Headless {

namespace {

/// Columns padded to their widest cell; the last column is not padded. Every cell is shown with
/// Formatting::printable(): names come from the server, and an escape sequence or a line break
/// in one must not recolour the terminal or forge a row.
QByteArray table(const QStringList& header, QList<QStringList> rows)
{
    for (QStringList& row : rows) {
        for (QString& cell : row)
            cell = Models::Formatting::printable(cell);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : QList<QStringList>{header} + rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out;
    for (const QStringList& row : QList<QStringList>{header} + rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QString days(int n)
{
    return QString::number(n) + u"d"_s;
}

QString date(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

/// Parents before children, siblings by name; each with its depth.
QList<std::pair<const Neon::Branch*, int>> treeOrder(const QList<Neon::Branch>& branches)
{
    QHash<QString, QList<const Neon::Branch*>> children;
    QSet<QString> ids;
    for (const Neon::Branch& b : branches)
        ids.insert(b.id);
    QList<const Neon::Branch*> roots;
    for (const Neon::Branch& b : branches)
        (ids.contains(b.parentId) ? children[b.parentId] : roots).append(&b);
    const auto byName = [](const Neon::Branch* a, const Neon::Branch* b) { return a->name < b->name; };
    std::sort(roots.begin(), roots.end(), byName);
    QList<std::pair<const Neon::Branch*, int>> out;
    std::function<void(const Neon::Branch*, int)> walk = [&](const Neon::Branch* b, int depth) {
        out.append({b, depth});
        QList<const Neon::Branch*> kids = children.value(b->id);
        std::sort(kids.begin(), kids.end(), byName);
        for (const Neon::Branch* k : kids)
            walk(k, depth + 1);
    };
    for (const Neon::Branch* r : roots)
        walk(r, 0);
    return out;
}

QString flags(const Neon::Branch& b)
{
    QStringList f;
    if (b.isDefault)
        f << u"default"_s;
    if (b.isProtected)
        f << u"protected"_s;
    if (b.isSchemaOnly())
        f << u"schema-only"_s;
    if (b.expiresAt.isValid())
        f << u"expires "_s + date(b.expiresAt);
    return f.join(u", "_s);
}

} // namespace

void writeOut(const QByteArray& text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

QByteArray planTable(const Models::CleanupPlan& plan)
{
    QList<QStringList> rows;
    for (const Models::CleanupEntry& e : plan.entries) {
        rows.append({e.deletes() ? u"delete"_s : u"keep"_s, e.projectName, QString(e.depth * 2, QLatin1Char(' ')) + e.branchName,
                     days(e.idleDays), e.reason});
    }
    return table({u"ACTION"_s, u"PROJECT"_s, u"BRANCH"_s, u"IDLE"_s, u"WHY"_s}, rows)
           // One arg() for all: a `%1` in a --pattern must stay as typed.
           + u"\nPlan (%1): %2 to delete in %3 %4, %5 kept.\n"_s
                 .arg(Models::Formatting::printable(plan.criteria.describe()), QString::number(plan.deleteCount()),
                      QString::number(plan.projectsWithDeletions().size()),
                      plan.projectsWithDeletions().size() == 1 ? u"project"_s : u"projects"_s,
                      QString::number(plan.keepCount()))
                 .toUtf8();
}

QByteArray reportTable(const Models::CleanupReport& report)
{
    QList<QStringList> rows;
    for (const Models::CleanupEntry& e : report.plan.entries) {
        if (e.deletes())
            rows.append({Models::outcomeName(report.outcomeOf(e)), e.projectName, e.branchName, report.messageOf(e)});
    }
    return table({u"OUTCOME"_s, u"PROJECT"_s, u"BRANCH"_s, u"DETAIL"_s}, rows);
}

QString reportSummary(const Models::CleanupReport& report)
{
    using O = Models::CleanupReport::Outcome;
    QString s = u"Deleted %1 of %2 planned branches; %3 failed, %4 skipped; %5 kept by the plan."_s.arg(report.count(O::Deleted))
                    .arg(report.plan.deleteCount())
                    .arg(report.count(O::Failed))
                    .arg(report.count(O::Skipped))
                    .arg(report.count(O::Kept));
    if (report.cancelled)
        s += u" The run was cancelled."_s;
    if (report.count(O::Deleted) > 0)
        s += u" Deleted branches can be recovered for 7 days (Canopy: Branch ▸ Recover…)."_s;
    return s;
}

QByteArray branchesJson(const QList<Neon::Branch>& branches, const QHash<QString, Models::BranchActivity>& activity,
                        bool tree)
{
    const auto object = [&activity](const Neon::Branch& b) {
        QJsonObject o = Neon::Json::write(b);
        const Models::BranchActivity a = activity.value(b.id);
        o.insert(u"last_active"_s, a.lastActive.isValid() ? QJsonValue(Models::Formatting::isoUtc(a.lastActive)) : QJsonValue());
        return o;
    };
    if (!tree) {
        QJsonArray out;
        for (const Neon::Branch& b : branches)
            out.append(object(b));
        return QJsonDocument(QJsonObject{{u"branches"_s, out}}).toJson(QJsonDocument::Indented);
    }
    // Nest bottom-up: walk the tree order backwards so children are complete before their parent.
    const auto order = treeOrder(branches);
    QHash<QString, QJsonArray> childrenOf;
    QJsonArray roots;
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const Neon::Branch& b = *it->first;
        QJsonObject o = object(b);
        QJsonArray kids = childrenOf.take(b.id);
        // Built backwards: restore name order.
        QJsonArray ordered;
        for (auto k = kids.size(); k > 0; --k)
            ordered.append(kids.at(k - 1));
        o.insert(u"children"_s, ordered);
        if (it->second == 0)
            roots.prepend(o);
        else
            childrenOf[b.parentId].append(o);
    }
    return QJsonDocument(QJsonObject{{u"branches"_s, roots}}).toJson(QJsonDocument::Indented);
}

QByteArray branchesTable(const QList<Neon::Branch>& branches, const QHash<QString, Models::BranchActivity>& activity,
                         bool tree)
{
    QList<std::pair<const Neon::Branch*, int>> order;
    if (tree) {
        order = treeOrder(branches);
    } else {
        for (const Neon::Branch& b : branches)
            order.append({&b, 0});
    }
    QList<QStringList> rows;
    for (const auto& [b, depth] : order) {
        const QString name = depth > 0 ? QString((depth - 1) * 3, QLatin1Char(' ')) + u"└─ "_s + b->name : b->name;
        rows.append({name, b->id, b->currentState, date(b->createdAt), date(activity.value(b->id).lastActive), flags(*b)});
    }
    return table({u"NAME"_s, u"ID"_s, u"STATE"_s, u"CREATED"_s, u"LAST ACTIVE"_s, u"FLAGS"_s}, rows);
}

} // namespace Headless

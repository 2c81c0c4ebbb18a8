// SPDX-License-Identifier: MIT
// `canopy snapshots list|create|restore --project ID …`: Neon's snapshots for CI. Before a risky
// migration: `create --branch main --name before-migration`; after a failure: `restore
// --snapshot before-migration` (finalized: the branch's name and computes now hold the
// snapshot's data; `--preview` keeps it a separate branch to inspect first). Exit 0 when done,
// 2 when not (with Neon's message on standard error).
#include "headlesscommon.h"
#include "headlessoutput.h"

#include <neon/codec.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Headless {

namespace {
QString snapshotsTable(const QList<Neon::Snapshot>& snapshots, const QHash<QString, QString>& branchNames)
{
    QStringList lines{u"ID\tNAME\tBRANCH\tAT\tEXPIRES\tMADE BY\tSIZE"_s};
    for (const Neon::Snapshot& s : snapshots) {
        lines.append(QStringList{s.id, s.name, branchNames.value(s.sourceBranchId, s.sourceBranchId),
                                 Models::Formatting::isoUtc(s.timestamp),
                                 s.expiresAt.isValid() ? Models::Formatting::isoUtc(s.expiresAt) : u"never"_s,
                                 s.manual.value_or(true) ? u"hand"_s : u"schedule"_s,
                                 s.fullSize ? QString::number(*s.fullSize) : u"-"_s}
                         .join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

template<typename P>
bool finish(const P& pending, QString* problem)
{
    if (!pending->isFinished())
        waitFor(pending.get(), &Neon::Reply::finished);
    if (!pending->ok())
        *problem = pending->error().toUserText();
    return pending->ok();
}

/// The project's branches by id → name, and the id of `branch` (id or name) when given.
bool readBranches(Neon::Client& client, const QString& project, const QString& branch, QHash<QString, QString>* names,
                  QString* branchId, QString* problem)
{
    auto branches = client.branches(project);
    if (!finish(branches, problem))
        return false;
    for (const Neon::Branch& b : branches->value().branches) {
        names->insert(b.id, b.name);
        if (b.id == branch || b.name == branch)
            *branchId = b.id;
    }
    if (!branch.isEmpty() && branchId->isEmpty()) {
        *problem = u"project %1 has no branch %2"_s.arg(project, branch);
        return false;
    }
    return true;
}

struct Options
{
    QCommandLineOption project{u"project"_s, u"The project."_s, u"id"_s};
    QCommandLineOption branch{u"branch"_s, u"create: the root branch to snapshot; list: only its snapshots; restore: the branch to replace (default: the snapshot's own)."_s, u"branch"_s};
    QCommandLineOption snapshot{u"snapshot"_s, u"restore: the snapshot (id or name)."_s, u"snapshot"_s};
    QCommandLineOption name{u"name"_s, u"create: the snapshot's name; restore: the restored branch's name."_s, u"name"_s};
    QCommandLineOption expiresAt{u"expires-at"_s, u"create: when Neon deletes the snapshot (RFC 3339)."_s, u"time"_s};
    QCommandLineOption preview{u"preview"_s, u"restore: keep the restored data as a separate branch to inspect; finalize it later in Canopy."_s};
};

int create(Neon::Client& client, const QCommandLineParser& parser, const Options& o, const QString& format)
{
    QString problem, branchId;
    QHash<QString, QString> names;
    if (!readBranches(client, parser.value(o.project), parser.value(o.branch), &names, &branchId, &problem))
        return usageError(problem);
    Neon::SnapshotCreate request;
    request.name = parser.value(o.name);
    if (parser.isSet(o.expiresAt)) {
        request.expiresAt = QDateTime::fromString(parser.value(o.expiresAt), Qt::ISODateWithMs);
        if (!request.expiresAt.isValid())
            return usageError(u"--expires-at takes an RFC 3339 time such as 2026-12-31T12:00:00Z, not %1"_s.arg(parser.value(o.expiresAt)));
    }
    auto taken = client.createSnapshot(parser.value(o.project), branchId, request);
    if (!finish(taken, &problem))
        return usageError(problem);
    const Neon::Snapshot& s = taken->value().snapshot;
    say(u"snapshot %1 (%2) of %3 taken"_s.arg(s.name, s.id, names.value(branchId)));
    writeOut(format == "json"_L1 ? QJsonDocument(QJsonObject{{"snapshot"_L1, Neon::Json::write(s)}}).toJson()
                                 : snapshotsTable({s}, names).toUtf8());
    return Done;
}

int restore(Neon::Client& client, const QCommandLineParser& parser, const Options& o, const QString& format)
{
    QString problem, targetId;
    QHash<QString, QString> names;
    if (!readBranches(client, parser.value(o.project), parser.value(o.branch), &names, &targetId, &problem))
        return usageError(problem);
    auto list = client.snapshots(parser.value(o.project));
    if (!finish(list, &problem))
        return usageError(problem);
    QList<Neon::Snapshot> matching;
    for (const Neon::Snapshot& s : list->value()) {
        if (s.id == parser.value(o.snapshot) || s.name == parser.value(o.snapshot))
            matching.append(s);
    }
    if (matching.size() != 1)
        return usageError(matching.isEmpty() ? u"project %1 has no snapshot %2"_s.arg(parser.value(o.project), parser.value(o.snapshot))
                                             : u"%1 snapshots are named %2: give its id"_s.arg(matching.size()).arg(parser.value(o.snapshot)));
    Neon::SnapshotRestore request{parser.value(o.name), targetId, !parser.isSet(o.preview)};
    auto restored = client.restoreSnapshot(parser.value(o.project), matching.first().id, request);
    if (!finish(restored, &problem))
        return usageError(problem);
    const Neon::Branch& b = restored->value().branch;
    say(request.finalize ? u"%1 now holds snapshot %2 (the replaced data is kept as a branch of its own)"_s.arg(b.name, matching.first().name)
                         : u"snapshot %1 restored into %2 (%3) for inspection; finalize it in Canopy or delete it"_s.arg(
                               matching.first().name, b.name, b.id));
    if (format == "json"_L1)
        writeOut(QJsonDocument(QJsonObject{{"branch"_L1, Neon::Json::write(b)}}).toJson());
    return Done;
}
} // namespace

int snapshots(const QStringList& arguments)
{
    QCommandLineParser parser;
    Common common;
    common.addTo(parser, u"List, take or restore a project's snapshots (Neon's Backup & Restore)."_s);
    const Options o;
    parser.addOptions({o.project, o.branch, o.snapshot, o.name, o.expiresAt, o.preview});
    parser.addPositionalArgument(u"action"_s, u"list, create or restore."_s);
    parser.process(arguments);
    QString problem;
    const QString format = common.format(parser, &problem);
    if (!problem.isEmpty())
        return usageError(problem);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != "list"_L1 && action != "create"_L1 && action != "restore"_L1))
        return usageError(u"usage: canopy snapshots list|create|restore --project ID [--branch B] [--snapshot S] [--name N] "
                          "[--expires-at T] [--preview] [--output json|table]"_s);
    if (!parser.isSet(o.project))
        return usageError(u"snapshots %1 needs --project ID"_s.arg(action));
    if (action == "create"_L1 && !parser.isSet(o.branch))
        return usageError(u"snapshots create needs --branch B (a root branch)"_s);
    if (action == "restore"_L1 && !parser.isSet(o.snapshot))
        return usageError(u"snapshots restore needs --snapshot S (its id or name)"_s);
    std::unique_ptr<Neon::Client> client = common.client(parser, &problem);
    if (!client)
        return usageError(problem);
    if (action == "create"_L1)
        return create(*client, parser, o, format);
    if (action == "restore"_L1)
        return restore(*client, parser, o, format);
    QString branchId;
    QHash<QString, QString> names;
    if (!readBranches(*client, parser.value(o.project), parser.value(o.branch), &names, &branchId, &problem))
        return usageError(problem);
    auto list = client->snapshots(parser.value(o.project));
    if (!finish(list, &problem))
        return usageError(problem);
    QList<Neon::Snapshot> shown = list->value();
    if (!branchId.isEmpty())
        shown.removeIf([&](const Neon::Snapshot& s) { return s.sourceBranchId != branchId; });
    writeOut(format == "json"_L1 ? QJsonDocument(QJsonObject{{"snapshots"_L1, Neon::Json::writeList(shown)}}).toJson()
                                 : snapshotsTable(shown, names).toUtf8());
    return Done;
}

} // namespace Headless

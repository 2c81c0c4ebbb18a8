// SPDX-License-Identifier: MIT
// `canopy computes list|start|suspend --project ID [--branch B] [--endpoint EP]`: a project's
// or a branch's computes for scripts, and starting or suspending them (each through its
// operations). Exit 0 when everything asked for was done, 1 when part of it, 2 when nothing.
#include "headlesscommon.h"
#include "headlessoutput.h"

#include <neon/codec.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Headless {

namespace {
QString computesTable(const QList<Neon::Endpoint>& computes, const QHash<QString, QString>& branchNames)
{
    QStringList lines{u"ID\tBRANCH\tTYPE\tSTATE\tCU\tSUSPEND\tLAST ACTIVE"_s};
    for (const Neon::Endpoint& e : computes) {
        const QString suspend = e.suspendTimeoutSeconds < 0 ? u"never"_s
            : e.suspendTimeoutSeconds == 0                   ? u"300s (default)"_s
                                                             : QString::number(e.suspendTimeoutSeconds) + u"s"_s;
        lines.append(QStringList{e.id, branchNames.value(e.branchId, e.branchId), e.type,
                                 e.pendingState.isEmpty() ? e.currentState : e.currentState + u"->"_s + e.pendingState,
                                 QString::number(e.autoscalingLimitMinCu) + u"-"_s + QString::number(e.autoscalingLimitMaxCu),
                                 suspend, Models::Formatting::isoUtc(e.lastActive)}
                         .join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

/// The project's computes, those of `branch` (id or name) only when given; the branch names by id.
bool readComputes(Neon::Client& client, const QString& project, const QString& branch, QList<Neon::Endpoint>* out,
                  QHash<QString, QString>* names, QString* problem)
{
    auto branches = client.branches(project);
    auto computes = client.projectEndpoints(project);
    for (Neon::Reply* r : {static_cast<Neon::Reply*>(branches.get()), static_cast<Neon::Reply*>(computes.get())}) {
        if (!r->isFinished())
            waitFor(r, &Neon::Reply::finished);
        if (!r->ok()) {
            *problem = r->error().toUserText();
            return false;
        }
    }
    QString branchId;
    for (const Neon::Branch& b : branches->value().branches) {
        names->insert(b.id, b.name);
        if (b.id == branch || b.name == branch)
            branchId = b.id;
    }
    if (!branch.isEmpty() && branchId.isEmpty()) {
        *problem = u"project %1 has no branch %2"_s.arg(project, branch);
        return false;
    }
    for (const Neon::Endpoint& e : computes->value()) {
        if (branchId.isEmpty() || e.branchId == branchId)
            out->append(e);
    }
    return true;
}
} // namespace

int computes(const QStringList& arguments)
{
    QCommandLineParser parser;
    Common common;
    common.addTo(parser, u"List, start or suspend the computes of a project or branch."_s);
    const QCommandLineOption project(u"project"_s, u"The project."_s, u"id"_s);
    const QCommandLineOption branch(u"branch"_s, u"Only this branch's computes (id or name)."_s, u"branch"_s);
    const QCommandLineOption endpoint(u"endpoint"_s, u"Only this compute."_s, u"id"_s);
    parser.addOptions({project, branch, endpoint});
    parser.addPositionalArgument(u"action"_s, u"list, start or suspend."_s);
    parser.process(arguments);
    QString problem;
    const QString format = common.format(parser, &problem);
    if (!problem.isEmpty())
        return usageError(problem);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != "list"_L1 && action != "start"_L1 && action != "suspend"_L1))
        return usageError(u"usage: canopy computes list|start|suspend --project ID [--branch B] [--endpoint EP] [--output json|table]"_s);
    if (!parser.isSet(project))
        return usageError(u"computes %1 needs --project ID"_s.arg(action));
    if (action != "list"_L1 && !parser.isSet(branch) && !parser.isSet(endpoint))
        return usageError(u"computes %1 needs --branch B or --endpoint EP (a whole project is not started or suspended at once)"_s.arg(action));
    std::unique_ptr<Neon::Client> client = common.client(parser, &problem);
    if (!client)
        return usageError(problem);
    QList<Neon::Endpoint> found;
    QHash<QString, QString> names;
    if (!readComputes(*client, parser.value(project), parser.value(branch), &found, &names, &problem))
        return usageError(problem);
    if (parser.isSet(endpoint))
        found.removeIf([&](const Neon::Endpoint& e) { return e.id != parser.value(endpoint); });
    if (action == "list"_L1) {
        QJsonArray list;
        for (const Neon::Endpoint& e : std::as_const(found)) {
            QJsonObject o = Neon::Json::write(e);
            o.insert("branch_name"_L1, names.value(e.branchId));
            list.append(o);
        }
        writeOut(format == "json"_L1 ? QJsonDocument(QJsonObject{{"computes"_L1, list}}).toJson()
                                     : computesTable(found, names).toUtf8());
        return Done;
    }
    if (found.isEmpty())
        return usageError(u"no compute matches: nothing to %1"_s.arg(action));
    const auto what = action == "start"_L1 ? Neon::Client::EndpointAction::Start : Neon::Client::EndpointAction::Suspend;
    int done = 0;
    QJsonArray results;
    for (const Neon::Endpoint& e : std::as_const(found)) {
        auto reply = client->endpointAction(parser.value(project), e.id, what);
        if (!reply->isFinished())
            waitFor(reply.get(), &Neon::Reply::finished);
        const QString outcome = reply->ok() ? (action == "start"_L1 ? u"started"_s : u"suspended"_s) : reply->error().toUserText();
        say(u"%1 (%2): %3"_s.arg(e.id, names.value(e.branchId), outcome));
        results.append(QJsonObject{{"id"_L1, e.id}, {"ok"_L1, reply->ok()}, {"outcome"_L1, outcome}});
        done += reply->ok() ? 1 : 0;
    }
    if (format == "json"_L1)
        writeOut(QJsonDocument(QJsonObject{{"computes"_L1, results}}).toJson());
    return done == found.size() ? Done : done > 0 ? Partial : Failed;
}

} // namespace Headless

// SPDX-License-Identifier: MIT
// The sandbox's read endpoints for projects, branches and operations: lists with Neon's two
// pagination styles. Database reads and consumption have their own files.
#include "api.h"

#include "api_params.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
bool matches(const Branch& b, const QString& search)
{
    return search.isEmpty() || b.name.contains(search, Qt::CaseInsensitive) || b.id.contains(search, Qt::CaseInsensitive);
}

QString sortKey(const Branch& b, const QString& sortBy)
{
    if (sortBy == "name"_L1)
        return b.name;
    // Fixed-width milliseconds sort like the times they stand for, and are cheap to make.
    const qint64 ms = (sortBy == "created_at"_L1 ? b.createdAt : b.updatedAt).toMSecsSinceEpoch();
    return u"%1"_s.arg(ms, 16, 10, QLatin1Char('0'));
}

} // namespace

ApiResponse Api::listProjects(const ApiRequest& r)
{
    QString problem;
    const int limit = intParam(r.query, u"limit"_s, 1, 400, &problem).value_or(10);
    intParam(r.query, u"timeout"_s, 100, 30000, &problem);
    if (!problem.isEmpty())
        return error(400, problem);
    const QString orgId = r.query.queryItemValue(u"org_id"_s);
    if (orgId.isEmpty() && m_state.organizations.size() > 1)
        return error(400, u"org_id is required, you can find it on your organization settings page"_s);
    const QString search = r.query.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    const QString cursor = r.query.queryItemValue(u"cursor"_s);
    const bool recoverable = r.query.queryItemValue(u"recoverable"_s) == "true"_L1;

    QList<const ProjectRecord*> all;
    for (const ProjectRecord& p : std::as_const(m_state.projects)) {
        if (recoverable != p.project.deletedAt.isValid()) // deleted ones only when asked for
            continue;
        if (!orgId.isEmpty() && p.project.orgId != orgId)
            continue;
        if (!search.isEmpty() && !p.project.name.contains(search, Qt::CaseInsensitive)
            && !p.project.id.contains(search, Qt::CaseInsensitive))
            continue;
        if (!cursor.isEmpty() && p.project.id <= cursor)
            continue;
        all.append(&p);
    }
    std::sort(all.begin(), all.end(), [](auto* a, auto* b) { return a->project.id < b->project.id; });
    QJsonArray page;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, all.size()); ++i)
        page.append(projectJson(*all.at(i)));
    ApiResponse out;
    out.body = QJsonObject{{"projects"_L1, page}, {"applications"_L1, QJsonObject()}, {"integrations"_L1, QJsonObject()}};
    // Like Neon, the cursor is the last id handed out, present on the last page too.
    const QString last = page.isEmpty() ? cursor : page.last().toObject().value("id"_L1).toString();
    if (!last.isEmpty())
        out.body.insert("pagination"_L1, QJsonObject{{"cursor"_L1, last}});
    return out;
}

ApiResponse Api::getProject(const QString& projectId)
{
    ApiResponse out;
    out.body = QJsonObject{{"project"_L1, projectJson(m_state.projects.value(projectId))}};
    return out;
}

ApiResponse Api::listBranches(const ApiRequest& r, const QString& projectId)
{
    QString problem;
    const std::optional<int> limit = intParam(r.query, u"limit"_s, 1, 10000, &problem);
    const QString sortBy = r.query.queryItemValue(u"sort_by"_s).isEmpty() ? u"updated_at"_s
                                                                          : r.query.queryItemValue(u"sort_by"_s);
    const QString sortOrder = r.query.queryItemValue(u"sort_order"_s).isEmpty()
        ? u"desc"_s
        : r.query.queryItemValue(u"sort_order"_s).toLower();
    if (sortBy != "name"_L1 && sortBy != "created_at"_L1 && sortBy != "updated_at"_L1)
        problem = u"sort_by must be one of name, created_at, updated_at"_s;
    if (sortOrder != "asc"_L1 && sortOrder != "desc"_L1)
        problem = u"sort_order must be asc or desc"_s;
    if (!problem.isEmpty())
        return error(400, problem);
    const QString search = r.query.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    const bool includeDeleted = r.query.queryItemValue(u"include_deleted"_s) == "true"_L1;
    const bool ascending = sortOrder == "asc"_L1;

    QList<std::pair<QString, const BranchRecord*>> all;
    for (const BranchRecord* b : m_state.branchesOf(projectId, includeDeleted)) {
        if (matches(b->branch, search))
            all.append({sortKey(b->branch, sortBy), b});
    }
    auto before = [ascending](const QString& k1, const QString& id1, const QString& k2, const QString& id2) {
        return ascending ? std::tie(k1, id1) < std::tie(k2, id2) : std::tie(k1, id1) > std::tie(k2, id2);
    };
    std::sort(all.begin(), all.end(), [&](const auto& x, const auto& y) {
        return before(x.first, x.second->branch.id, y.first, y.second->branch.id);
    });
    // The cursor is opaque to clients: the sort key and id of the last branch handed out.
    qsizetype first = 0;
    if (const QString cursor = r.query.queryItemValue(u"cursor"_s); !cursor.isEmpty()) {
        const QJsonObject c = QJsonDocument::fromJson(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding)).object();
        const QString key = c.value("k"_L1).toString(), id = c.value("i"_L1).toString();
        if (c.isEmpty())
            return error(400, u"invalid cursor"_s);
        while (first < all.size() && !before(key, id, all.at(first).first, all.at(first).second->branch.id))
            ++first;
    }
    const qsizetype end = limit ? std::min<qsizetype>(all.size(), first + *limit) : all.size();
    QByteArray branches = "[";
    QJsonObject annotations;
    for (qsizetype i = first; i < end; ++i) {
        const BranchRecord* b = all.at(i).second;
        if (i > first)
            branches += ',';
        branches += branchBytes(*b);
        if (!b->annotation.isEmpty()) {
            annotations.insert(b->branch.id,
                               QJsonObject{{"object"_L1, QJsonObject{{"type"_L1, "console/branch"_L1}, {"id"_L1, b->branch.id}}},
                                           {"value"_L1, Json::stringMapToJson(b->annotation)},
                                           {"created_at"_L1, Json::timeToString(b->branch.createdAt)},
                                           {"updated_at"_L1, Json::timeToString(b->branch.updatedAt)}});
        }
    }
    QJsonObject pagination{{"sort_by"_L1, sortBy}, {"sort_order"_L1, sortOrder.toUpper()}};
    if (end < all.size()) {
        const QJsonObject c{{"k"_L1, all.at(end - 1).first}, {"i"_L1, all.at(end - 1).second->branch.id}};
        pagination.insert("next"_L1, QString::fromLatin1(QJsonDocument(c).toJson(QJsonDocument::Compact)
                                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    branches += ']';
    // Written as text around the cached branches; the same compact JSON QJsonDocument writes.
    ApiResponse out;
    out.raw = "{\"annotations\":" + QJsonDocument(annotations).toJson(QJsonDocument::Compact) + ",\"branches\":" + branches
        + ",\"pagination\":" + QJsonDocument(pagination).toJson(QJsonDocument::Compact) + '}';
    return out;
}

ApiResponse Api::countBranches(const ApiRequest& r, const QString& projectId)
{
    const QString search = r.query.queryItemValue(u"search"_s, QUrl::FullyDecoded);
    int count = 0;
    for (const BranchRecord* b : m_state.branchesOf(projectId))
        count += matches(b->branch, search) ? 1 : 0;
    ApiResponse out;
    out.body = QJsonObject{{"count"_L1, count}};
    return out;
}

ApiResponse Api::getBranch(const QString& projectId, const QString& branchId)
{
    const BranchRecord* b = liveBranch(projectId, branchId);
    if (!b)
        return error(404, u"branch not found"_s);
    ApiResponse out;
    out.body = QJsonObject{{"branch"_L1, branchJson(*b)},
                           {"annotation"_L1,
                            QJsonObject{{"object"_L1, QJsonObject{{"type"_L1, "console/branch"_L1}, {"id"_L1, branchId}}},
                                        {"value"_L1, Json::stringMapToJson(b->annotation)}}}};
    return out;
}

ApiResponse Api::listOperations(const ApiRequest& r, const QString& projectId)
{
    QString problem;
    const std::optional<int> limit = intParam(r.query, u"limit"_s, 1, 1000, &problem);
    if (!problem.isEmpty())
        return error(400, problem);
    const QDateTime cursor = Json::timeFromString(r.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded));
    QList<const Operation*> ops;
    for (const QString& id : m_state.projects.value(projectId).operationIds) {
        const auto it = m_state.operations.constFind(id);
        if (it != m_state.operations.cend() && (!cursor.isValid() || it->createdAt < cursor))
            ops.append(&*it);
    }
    std::sort(ops.begin(), ops.end(), [](auto* a, auto* b) { return std::tie(a->createdAt, a->id) > std::tie(b->createdAt, b->id); });
    if (limit && ops.size() > *limit)
        ops.resize(*limit);
    QJsonArray page;
    for (const Operation* op : std::as_const(ops))
        page.append(Json::write(*op));
    ApiResponse out;
    out.body = QJsonObject{{"operations"_L1, page}};
    if (!ops.isEmpty()) // Neon's operations cursor is the creation time of the last one
        out.body.insert("pagination"_L1, QJsonObject{{"cursor"_L1, ops.last()->createdAt.toString(Qt::ISODateWithMs)}});
    return out;
}

} // namespace Sandbox

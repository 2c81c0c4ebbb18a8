// SPDX-License-Identifier: MIT
#include "treesnapshot.h"

#include "privatefiles.h"
#include "projecttreemodel.h"

#include <neon/codec.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Models {

TreeSnapshot TreeSnapshot::of(const ProjectTreeModel& model)
{
    TreeSnapshot s;
    s.savedAt = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex p = model.index(row, 0);
        s.projects.append(p.data(ProjectTreeModel::ObjectRole).value<Neon::Project>());
        if (model.canFetchMore(p))
            continue; // never loaded: nothing to keep
        QList<Neon::Branch>& list = s.branches[s.projects.last().id];
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex b = model.index(r, 0, parent);
                list.append(b.data(ProjectTreeModel::ObjectRole).value<Neon::Branch>());
                const QDateTime active = model.index(r, ProjectTreeModel::LastActiveColumn, parent)
                                             .data(ProjectTreeModel::SortRole)
                                             .toDateTime();
                if (active.isValid())
                    s.lastActive.insert(list.last().id, active);
                walk(b);
            }
        };
        walk(p);
    }
    return s;
}

void TreeSnapshot::applyTo(ProjectTreeModel& model) const
{
    model.setProjects(projects);
    // Compute states are not kept: a snapshot cannot know which computes run now.
    QHash<QString, BranchActivity> activity;
    activity.reserve(lastActive.size());
    for (auto it = lastActive.begin(); it != lastActive.end(); ++it)
        activity.insert(it.key(), BranchActivity{it.value(), ComputeState::None});
    for (auto it = branches.begin(); it != branches.end(); ++it)
        model.setBranches(it.key(), it.value(), activity);
}

bool TreeSnapshot::save(const QString& path, QString* error) const
{
    QJsonArray projectArray = Neon::Json::writeList(projects);
    QJsonObject branchMap;
    for (auto it = branches.begin(); it != branches.end(); ++it)
        branchMap.insert(it.key(), Neon::Json::writeList(it.value()));
    QJsonObject active;
    for (auto it = lastActive.begin(); it != lastActive.end(); ++it)
        active.insert(it.key(), Neon::Json::timeToString(it.value()));
    const QJsonObject root{{"format"_L1, "canopy-snapshot/1"_L1},
                           {"saved_at"_L1, Neon::Json::timeToString(savedAt)},
                           {"projects"_L1, projectArray},
                           {"branches"_L1, branchMap},
                           {"last_active"_L1, active}};
    if (!PrivateFiles::makeFolder(QFileInfo(path).path(), error))
        return false;
    QSaveFile file(path);
    // Owner-only before the first byte: QSaveFile would otherwise copy the mode of the file it
    // replaces, or leave a new one to the umask.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString TreeSnapshot::accountName(const QString& folder, const QByteArray& account)
{
    const bool firstSalt = !QFileInfo::exists(folder + u"/salt"_s);
    const QByteArray salt = PrivateFiles::installSalt(folder);
    if (salt.isEmpty())
        return {};
    if (firstSalt) {
        // Snapshots named before there was a salt (unsalted digests, readable to all) can never be
        // found again: they go.
        QDir dir(folder);
        for (const QString& old : dir.entryList({u"*.json"_s}, QDir::Files))
            dir.remove(old);
    }
    return QString::fromLatin1(QMessageAuthenticationCode::hash(account, salt, QCryptographicHash::Sha256).toHex().left(32));
}

bool TreeSnapshot::load(const QString& path, TreeSnapshot* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonObject root;
    if (const QString problem = Neon::Json::parseObject(file.readAll(), root); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (root.value("format"_L1).toString() != "canopy-snapshot/1"_L1) {
        *error = u"not a Canopy snapshot"_s;
        return false;
    }
    TreeSnapshot s;
    QString problem;
    s.savedAt = Neon::Json::timeFromString(root.value("saved_at"_L1).toString());
    problem = Neon::Json::decodeListIn(root, "projects"_L1, s.projects);
    const QJsonObject branchMap = root.value("branches"_L1).toObject();
    for (auto it = branchMap.begin(); it != branchMap.end() && problem.isEmpty(); ++it) {
        QList<Neon::Branch> list;
        problem = Neon::Json::decodeListIn(QJsonObject{{"b"_L1, it.value()}}, "b"_L1, list);
        s.branches.insert(it.key(), list);
    }
    const QJsonObject active = root.value("last_active"_L1).toObject();
    for (auto it = active.begin(); it != active.end(); ++it)
        s.lastActive.insert(it.key(), Neon::Json::timeFromString(it.value().toString()));
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *out = std::move(s);
    return true;
}

} // namespace Models

// SPDX-License-Identifier: MIT
// A branch's roles: create (a generated password, returned once), read, delete, reveal and
// reset the password, with Neon's rules and the real login roles of the data plane.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

Role* Api::findRole(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return nullptr;
    for (Role& role : m_state.branches[branchId].roles) {
        if (role.name == name)
            return &role;
    }
    return nullptr;
}

ApiResponse Api::createRole(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    const QJsonObject in = body.value("role"_L1).toObject();
    const QString name = in.value("name"_L1).toString();
    if (!body.value("role"_L1).isObject() || !in.value("name"_L1).isString())
        return error(400, u"role.name is required"_s);
    if (name.isEmpty() || name.toUtf8().size() > 63)
        return error(400, u"role name must be 1 to 63 bytes long"_s);
    if (reservedRoleName(name))
        return error(400, u"role name \"%1\" is reserved"_s.arg(name));
    if (findRole(projectId, branchId, name))
        return error(409, u"role with name \"%1\" already exists"_s.arg(name));
    if (in.contains("no_login"_L1) && !in.value("no_login"_L1).isBool())
        return error(400, u"role.no_login must be true or false"_s);
    BranchRecord& b = m_state.branches[branchId];
    Role role;
    role.branchId = branchId;
    role.name = name;
    role.isProtected = false;
    const bool noLogin = in.value("no_login"_L1).toBool();
    role.authenticationMethod = noLogin ? u"no_login"_s : u"password"_s;
    role.password = noLogin ? QString() : m_factory.password();
    role.createdAt = role.updatedAt = now();
    QString dataError;
    if (m_data && !m_data->createRole(b, role, &dataError))
        return error(500, u"the sandbox's PostgreSQL could not create the role: "_s + dataError);
    b.roles.append(role);
    return objectAnswer(u"role"_s, Json::write(role), projectId, branchId, 201); // the password, this once
}

ApiResponse Api::getRole(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    const Role* role = findRole(projectId, branchId, name);
    if (!role)
        return error(404, u"role \"%1\" not found"_s.arg(name));
    Role shown = *role;
    shown.password.clear();
    ApiResponse out;
    out.body = QJsonObject{{"role"_L1, Json::write(shown)}};
    return out;
}

ApiResponse Api::deleteRole(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    const Role* role = findRole(projectId, branchId, name);
    if (!role) {
        ApiResponse gone;
        gone.status = 204;
        gone.noBody = true;
        return gone;
    }
    if (role->isProtected.value_or(false))
        return error(400, u"role \"%1\" is a protected system role and cannot be deleted"_s.arg(name));
    BranchRecord& b = m_state.branches[branchId];
    QStringList owned;
    for (const DatabaseRecord& d : std::as_const(b.databases)) {
        if (d.database.ownerName == name)
            owned.append(d.database.name);
    }
    if (!owned.isEmpty())
        return error(409, u"role \"%1\" owns the databases %2: delete them or give them another owner first"_s.arg(
                              name, owned.join(u", "_s)));
    QString dataError;
    if (m_data && !m_data->dropRole(b, name, &dataError))
        return error(500, u"the sandbox's PostgreSQL could not drop the role: "_s + dataError);
    Role removed = *role;
    removed.password.clear();
    b.roles.removeIf([&](const Role& x) { return x.name == name; });
    return objectAnswer(u"role"_s, Json::write(removed), projectId, branchId, 200);
}

ApiResponse Api::revealPassword(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    const Role* role = findRole(projectId, branchId, name);
    if (!role)
        return error(404, u"role \"%1\" not found"_s.arg(name));
    if (!m_state.projects.value(projectId).project.storePasswords || role->password.isEmpty())
        return error(412, u"the password of role \"%1\" is not stored; reset it to get a new one"_s.arg(name));
    ApiResponse out;
    out.body = QJsonObject{{"password"_L1, role->password}};
    return out;
}

ApiResponse Api::resetPassword(const QString& projectId, const QString& branchId, const QString& name)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    Role* role = findRole(projectId, branchId, name);
    if (!role)
        return error(404, u"role \"%1\" not found"_s.arg(name));
    if (role->authenticationMethod == "no_login"_L1)
        return error(400, u"role \"%1\" cannot log in and has no password"_s.arg(name));
    Role changed = *role;
    changed.password = m_factory.password();
    changed.updatedAt = now();
    QString dataError;
    if (m_data && !m_data->setPassword(m_state.branches[branchId], changed, &dataError))
        return error(500, u"the sandbox's PostgreSQL could not change the password: "_s + dataError);
    *role = changed;
    return objectAnswer(u"role"_s, Json::write(changed), projectId, branchId, 200);
}

} // namespace Sandbox

// SPDX-License-Identifier: MIT
// Valid Neon routes of areas the sandbox does not offer (Neon Auth, Data API, functions,
// buckets, VPC, organization administration, API keys, project sharing):
// a Neon-shaped 501 that names the area, never a bare 404 for a path Neon knows.
#include "api.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

QString Api::notOfferedArea(const QStringList& s)
{
    if (s.isEmpty())
        return {};
    if (s[0] == "api_keys"_L1)
        return u"API keys"_s;
    if (s[0] == "organizations"_L1)
        return u"organization administration"_s;
    if (s.size() == 4 && s[0] == "users"_L1 && s[2] == "projects"_L1 && s[3] == "transfer"_L1)
        return u"project transfers"_s;
    if (s[0] != "projects"_L1 || s.size() < 2)
        return {};
    if (s[1] == "auth"_L1)
        return u"Neon Auth"_s;
    if (s.size() < 3)
        return {};
    static const QHash<QString, QString> projectAreas{
        {u"advisors"_s, u"advisors"_s},
        {u"permissions"_s, u"project sharing"_s},
        {u"available_preload_libraries"_s, u"preload libraries"_s},
        {u"transfer_requests"_s, u"project transfers"_s},
        {u"jwks"_s, u"JWKS (Neon Auth)"_s},
        {u"auth"_s, u"Neon Auth"_s},
        {u"vpc_endpoints"_s, u"VPC endpoints"_s},
    };
    if (const auto it = projectAreas.constFind(s[2]); it != projectAreas.cend())
        return *it;
    if (s[2] != "branches"_L1 || s.size() < 5)
        return {};
    static const QHash<QString, QString> branchAreas{
        {u"data-api"_s, u"the Data API"_s},
        {u"auth"_s, u"Neon Auth"_s},
        {u"buckets"_s, u"buckets"_s},
        {u"storage"_s, u"buckets"_s},
        {u"ai_gateway"_s, u"the AI gateway"_s},
        {u"credentials"_s, u"credentials"_s},
        {u"functions"_s, u"functions"_s},
    };
    return branchAreas.value(s[4]);
}

ApiResponse Api::notOffered(const ApiRequest& r, const QString& area) const
{
    ApiResponse out = error(501, u"the Canopy sandbox does not offer %1 (%2 /api/v2%3); it serves accounts, projects, "
                                 "branches, computes, databases, roles, operations, consumption, anonymization and snapshots"_s.arg(
                                     area, QString::fromLatin1(r.method), r.path));
    out.body.insert("code"_L1, "NOT_OFFERED_BY_SANDBOX"_L1);
    return out; // its route is the spec's, so the answer is checked against its error schema
}

} // namespace Sandbox

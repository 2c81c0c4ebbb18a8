// SPDX-License-Identifier: MIT
// Starting states built from Neon's "Production lives on Neon" workflows.
#include "seeds.h"

#include "factory.h"

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {

SchemaColumn col(const QString& name, const QString& type, bool nullable = true)
{
    return SchemaColumn{name, type, nullable, {}};
}

SchemaConstraint pk(const QString& table)
{
    return SchemaConstraint{u"primary_key"_s, table + u"_pkey"_s, {u"id"_s}, {}, {}, {}};
}

SchemaConstraint fk(const QString& table, const QString& column, const QString& target)
{
    return SchemaConstraint{u"foreign_key"_s, table + QLatin1Char('_') + column + u"_fkey"_s, {column},
                            u"public"_s, target, {u"id"_s}};
}

QList<SchemaTable> shopTables()
{
    return {
        {u"public"_s, u"customers"_s,
         {col(u"id"_s, u"bigint"_s, false), col(u"email"_s, u"text"_s, false), col(u"full_name"_s, u"text"_s),
          col(u"phone"_s, u"text"_s), col(u"created_at"_s, u"timestamp with time zone"_s, false)},
         {pk(u"customers"_s), SchemaConstraint{u"unique"_s, u"customers_email_key"_s, {u"email"_s}, {}, {}, {}}}},
        {u"public"_s, u"products"_s,
         {col(u"id"_s, u"bigint"_s, false), col(u"sku"_s, u"text"_s, false), col(u"title"_s, u"text"_s),
          col(u"price_cents"_s, u"integer"_s, false)},
         {pk(u"products"_s)}},
        {u"public"_s, u"orders"_s,
         {col(u"id"_s, u"bigint"_s, false), col(u"customer_id"_s, u"bigint"_s, false),
          col(u"product_id"_s, u"bigint"_s, false), col(u"quantity"_s, u"integer"_s, false),
          col(u"ordered_at"_s, u"timestamp with time zone"_s, false)},
         {pk(u"orders"_s), fk(u"orders"_s, u"customer_id"_s, u"customers"_s), fk(u"orders"_s, u"product_id"_s, u"products"_s)}},
    };
}

QList<SchemaTable> clinicTables()
{
    return {
        {u"public"_s, u"patients"_s,
         {col(u"id"_s, u"bigint"_s, false), col(u"email"_s, u"text"_s, false), col(u"first_name"_s, u"text"_s),
          col(u"last_name"_s, u"text"_s), col(u"phone"_s, u"text"_s), col(u"date_of_birth"_s, u"date"_s),
          col(u"address"_s, u"text"_s), col(u"national_id"_s, u"text"_s)},
         {pk(u"patients"_s), SchemaConstraint{u"unique"_s, u"patients_email_key"_s, {u"email"_s}, {}, {}, {}}}},
        {u"public"_s, u"visits"_s,
         {col(u"id"_s, u"bigint"_s, false), col(u"patient_id"_s, u"bigint"_s, false),
          col(u"visited_at"_s, u"timestamp with time zone"_s, false), col(u"notes"_s, u"text"_s),
          col(u"ip_address"_s, u"inet"_s)},
         {pk(u"visits"_s), fk(u"visits"_s, u"patient_id"_s, u"patients"_s)}},
    };
}

struct BranchSpec
{
    QString name;
    QString parent; ///< name of the parent; empty: root
    int ageDays = 30;
    int lastActiveDaysAgo = 1; ///< of its compute; < 0: no compute
    bool isProtected = false;
    int expiresInHours = 0; ///< 0: no expiration
    bool schemaOnly = false;
    qint64 sizeMb = 0; ///< 0: the parent's
    int lastResetDaysAgo = -1;
    bool idle = true;
};

class Builder
{
public:
    Builder(State& state, const QDateTime& now, quint32 seed)
        : m_state(state)
        , m_now(now)
        , m_factory(seed)
    {
        User();
    }

    void User()
    {
        CurrentUser& u = m_state.user;
        u.id = u"c1a9e8b2-5d6f-4a3b-9c7e-2f1d0b8a6e54"_s;
        u.email = u"demo@canopy.local"_s;
        u.login = u"demo"_s;
        u.name = u"Dana"_s;
        u.lastName = u"Demo"_s;
        u.image = QString();
        u.plan = u"scale"_s;
        u.projectsLimit = 100;
        u.branchesLimit = 500;
        u.activeSecondsLimit = 0;
        u.maxAutoscalingLimit = 8;
        u.authAccounts = {AuthAccount{u.email, {}, u.login, u.name, u"github"_s}};
    }

    QString org(const QString& id, const QString& name, const QString& plan)
    {
        Organization o;
        o.id = id;
        o.name = name;
        o.handle = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        o.plan = plan;
        o.managedBy = u"console"_s;
        o.createdAt = m_now.addDays(-400);
        o.updatedAt = m_now.addDays(-10);
        m_state.organizations.append(o);
        return id;
    }

    QString project(const QString& orgId, const QString& name, const QString& region, int ageDays)
    {
        Project p;
        p.id = m_factory.projectId();
        p.name = name;
        p.platformId = u"aws"_s;
        p.regionId = region;
        p.provisioner = u"k8s-neonvm"_s;
        p.pgVersion = 17;
        p.proxyHost = region.section(QLatin1Char('-'), 1) + u".sandbox.canopy.local"_s;
        p.branchLogicalSizeLimit = 16384;
        p.branchLogicalSizeLimitBytes = 16384LL * 1024 * 1024;
        p.historyRetentionSeconds = 86400;
        p.storePasswords = true;
        p.creationSource = u"console"_s;
        p.createdAt = m_now.addDays(-ageDays);
        p.updatedAt = m_now.addDays(-1);
        p.ownerId = orgId;
        p.orgId = orgId;
        p.orgName = orgNameOf(orgId);
        p.activeTime = p.activeTimeSeconds = 86400 * 3;
        p.cpuUsedSec = p.computeTimeSeconds = 3600 * 20;
        p.dataStorageBytesHour = 512LL * 1024 * 1024 * 700;
        p.dataTransferBytes = 3LL * 1024 * 1024 * 1024;
        p.writtenDataBytes = 2LL * 1024 * 1024 * 1024;
        p.syntheticStorageSize = 700LL * 1024 * 1024;
        const QDate today = m_now.date();
        p.consumptionPeriodStart = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
        p.consumptionPeriodEnd = p.consumptionPeriodStart.addMonths(1);
        p.computeLastActiveAt = m_now.addSecs(-3600);
        p.ownerEmail = m_state.user.email;
        p.ownerName = m_state.user.name;
        p.ownerBranchesLimit = 500;
        p.ownerSubscriptionType = u"scale_v3"_s;
        m_state.projects.insert(p.id, ProjectRecord{p, {}, {}, {}, {}});
        m_names.clear();
        return p.id;
    }

    QString branch(const QString& projectId, const BranchSpec& spec, const QList<SchemaTable>& tables = {},
                   const QString& database = u"neondb"_s)
    {
        const BranchRecord* parent = spec.parent.isEmpty() ? nullptr : &m_state.branches[m_names.value(spec.parent)];
        const QDateTime created = m_now.addDays(-spec.ageDays).addSecs(-qint64(m_factory.random().bounded(7200)));
        BranchRecord r = m_factory.branch(m_state, projectId, spec.name, parent, created);
        Branch& b = r.branch;
        if (!parent) {
            r.isOriginalRoot = !spec.schemaOnly && m_state.branchesOf(projectId).isEmpty();
            b.isDefault = r.isOriginalRoot;
            b.primary = b.isDefault;
            DatabaseRecord d;
            d.database.id = m_factory.random().bounded(1, 1 << 30);
            d.database.branchId = b.id;
            d.database.name = database;
            d.database.ownerName = u"neondb_owner"_s;
            d.database.createdAt = d.database.updatedAt = created;
            d.tables = tables;
            r.databases = {d};
            Role role;
            role.branchId = b.id;
            role.name = u"neondb_owner"_s;
            role.password = m_factory.password();
            role.isProtected = false;
            role.authenticationMethod = u"password"_s;
            role.createdAt = role.updatedAt = created;
            r.roles = {role};
        } else {
            for (DatabaseRecord& d : r.databases)
                d.database.branchId = b.id;
        }
        if (spec.schemaOnly) {
            b.initSource = u"schema-only"_s;
            b.parentId.clear();
            b.parentLsn.clear();
            b.parentTimestamp = QDateTime();
        }
        b.isProtected = spec.isProtected;
        b.logicalSize = (spec.sizeMb ? spec.sizeMb : (parent ? parent->branch.logicalSize.value_or(0) / (1024 * 1024) : 30))
            * 1024 * 1024;
        if (spec.schemaOnly)
            b.logicalSize = 7 * 1024 * 1024;
        // A branch without compute has not changed since it was made (or last reset).
        b.updatedAt = spec.lastActiveDaysAgo < 0 ? created : std::max(created, m_now.addDays(-spec.lastActiveDaysAgo));
        b.stateChangedAt = b.updatedAt;
        b.activeTimeSeconds = spec.lastActiveDaysAgo < 0 ? 0 : 3600 * (1 + m_factory.random().bounded(40));
        b.computeTimeSeconds = b.activeTimeSeconds / 4;
        b.cpuUsedSec = b.computeTimeSeconds;
        b.writtenDataBytes = b.logicalSize.value_or(0) / 3;
        b.dataTransferBytes = b.logicalSize.value_or(0) / 5;
        if (spec.lastResetDaysAgo >= 0)
            b.lastResetAt = m_now.addDays(-spec.lastResetDaysAgo);
        if (spec.expiresInHours > 0) {
            b.expiresAt = m_now.addSecs(3600LL * spec.expiresInHours);
            b.ttlIntervalSeconds = created.secsTo(b.expiresAt);
        }
        m_state.branches.insert(b.id, r);
        m_state.projects[projectId].branchIds.append(b.id);
        m_names.insert(spec.name, b.id);
        if (spec.lastActiveDaysAgo >= 0) {
            Endpoint e = m_factory.endpoint(m_state.projects.value(projectId).project, b.id, u"read_write"_s, 0.25,
                                            spec.isProtected ? 4 : 1, created);
            e.pendingState.clear();
            e.currentState = spec.idle ? u"idle"_s : u"active"_s;
            e.lastActive = m_now.addDays(-spec.lastActiveDaysAgo).addSecs(-qint64(m_factory.random().bounded(3600)));
            e.startedAt = e.lastActive.addSecs(-600);
            if (spec.idle)
                e.suspendedAt = e.lastActive.addSecs(300);
            m_state.endpoints.insert(e.id, e);
        }
        return b.id;
    }

    /// A dev branch whose schema moved on from its parent's, so diffs show something.
    void addColumn(const QString& branchName, const QString& table, const SchemaColumn& column)
    {
        for (DatabaseRecord& d : m_state.branches[m_names.value(branchName)].databases) {
            for (SchemaTable& t : d.tables) {
                if (t.name == table)
                    t.columns.append(column);
            }
        }
    }

    void rules(const QString& branchName, const QList<MaskingRule>& rules)
    {
        m_state.branches[m_names.value(branchName)].maskingRules = rules;
    }

    void annotate(const QString& branchName, const QString& key, const QString& value)
    {
        m_state.branches[m_names.value(branchName)].annotation.insert(key, value);
    }

    /// What Canopy records on a base it loaded with anonymized data from `source`.
    void anonymizedFrom(const QString& branchName, const QString& source)
    {
        BranchRecord& b = m_state.branches[m_names.value(branchName)];
        b.annotation.insert(u"anonymized_from"_s, source);
        b.annotation.insert(u"anonymized_from_id"_s, m_names.value(source));
        b.annotation.insert(u"anonymized_at"_s, b.branch.createdAt.toUTC().toString(Qt::ISODate));
    }

    Factory& factory() { return m_factory; }

private:
    QString orgNameOf(const QString& orgId) const
    {
        for (const Organization& o : m_state.organizations) {
            if (o.id == orgId)
                return o.name;
        }
        return {};
    }

    State& m_state;
    QDateTime m_now;
    Factory m_factory;
    QHash<QString, QString> m_names; ///< branch name → id within the current project
};

void singleProject(Builder& b, const QString& orgId, const QString& name, bool stale)
{
    const QString p = b.project(orgId, name, u"aws-us-east-2"_s, 420);
    b.branch(p, {u"main"_s, {}, 420, 0, true, 0, false, 240, -1, false}, shopTables());
    b.annotate(u"main"_s, u"environment"_s, u"production"_s);
    b.branch(p, {u"main-dev"_s, u"main"_s, 200, 1, true, 0, false, 0, 3});
    b.branch(p, {u"dev-alice"_s, u"main-dev"_s, 60, 0, false, 0, false, 0, 2, false});
    b.addColumn(u"dev-alice"_s, u"customers"_s, col(u"loyalty_tier"_s, u"text"_s));
    b.branch(p, {u"dev-bob"_s, u"main-dev"_s, 90, stale ? 41 : 2, false, 0, false, 0, stale ? 45 : 5});
    b.branch(p, {u"preview-pr-42"_s, u"main-dev"_s, 3, 0, false, 20, false, 0, -1, false});
    b.branch(p, {u"qa-metrics-test"_s, u"main-dev"_s, 14, stale ? 12 : 1, false, stale ? 96 : 0});
    if (stale) {
        b.branch(p, {u"preview-pr-17"_s, u"main-dev"_s, 63, 58, false, 0});
        b.branch(p, {u"preview-pr-31"_s, u"main-dev"_s, 34, 30, false, 0});
        b.branch(p, {u"dev-carl"_s, u"main-dev"_s, 120, -1, false, 0});
    }
}

void piiProject(Builder& b, const QString& orgId, const QString& name)
{
    const QString p = b.project(orgId, name, u"aws-eu-central-1"_s, 300);
    b.branch(p, {u"main"_s, {}, 300, 0, true, 0, false, 380, -1, false}, clinicTables(), u"clinic"_s);
    b.annotate(u"main"_s, u"environment"_s, u"production"_s);
    b.branch(p, {u"main-anon"_s, u"main"_s, 20, 1, true, 0, true});
    b.anonymizedFrom(u"main-anon"_s, u"main"_s);
    b.rules(u"main-anon"_s,
            {{u"clinic"_s, u"public"_s, u"patients"_s, u"email"_s, u"anon.dummy_free_email()"_s, {}},
             {u"clinic"_s, u"public"_s, u"patients"_s, u"first_name"_s, u"anon.dummy_first_name()"_s, {}},
             {u"clinic"_s, u"public"_s, u"patients"_s, u"last_name"_s, u"anon.dummy_last_name()"_s, {}},
             {u"clinic"_s, u"public"_s, u"patients"_s, u"phone"_s, u"anon.partial(phone, 2, 'XXX-XXXX', 2)"_s, {}},
             {u"clinic"_s, u"public"_s, u"patients"_s, u"date_of_birth"_s, u"anon.dnoise(date_of_birth, '90 days')"_s, {}},
             {u"clinic"_s, u"public"_s, u"patients"_s, u"national_id"_s, {}, u"'REDACTED'"_s}});
    b.branch(p, {u"dev-carol"_s, u"main-anon"_s, 15, 0, false, 0, false, 0, 1, false});
    b.branch(p, {u"preview-pr-7"_s, u"main-anon"_s, 2, 0, false, 30});
    b.branch(p, {u"qa-privacy"_s, u"main-anon"_s, 9, 4, false, 0});
}

void perCustomer(Builder& b, const QString& orgId, const QStringList& customers)
{
    for (const QString& customer : customers) {
        const QString p = b.project(orgId, u"customer-"_s + customer, u"aws-us-west-2"_s, 180);
        b.branch(p, {u"main"_s, {}, 180, 0, true, 0, false, 120 + qint64(customer.size()) * 10, -1, false}, shopTables());
    }
    const QString p = b.project(orgId, u"customer-dev-test"_s, u"aws-us-west-2"_s, 150);
    b.branch(p, {u"main"_s, {}, 150, 1, false, 0, false, 60}, shopTables());
    b.branch(p, {u"dev-erin"_s, u"main"_s, 25, 2, false, 0});
    b.branch(p, {u"qa-upgrade-pg17"_s, u"main"_s, 8, 6, false, 48});
}

bool scale(Builder& b, const QString& orgId, int projects, int branchesPerProject)
{
    if (projects < 1 || projects > 100000 || branchesPerProject < 1 || branchesPerProject > 10000)
        return false;
    QRandomGenerator& random = b.factory().random();
    for (int i = 0; i < projects; ++i) {
        const QString p = b.project(orgId, u"scale-%1"_s.arg(i, 5, 10, QLatin1Char('0')), u"aws-us-east-2"_s, 100);
        QList<std::pair<QString, int>> names{{u"main"_s, 0}}; // name, depth
        b.branch(p, {u"main"_s, {}, 100, 1, false, 0, false, 50});
        for (int j = 1; j < branchesPerProject; ++j) {
            std::pair<QString, int> parent = names.at(random.bounded(int(names.size())));
            while (parent.second >= 6)
                parent = names.at(random.bounded(int(names.size())));
            const QString name = u"b-%1"_s.arg(j);
            b.branch(p, {name, parent.first, int(random.bounded(90)), int(random.bounded(60)) - 5, false, 0});
            names.append({name, parent.second + 1});
        }
    }
    return true;
}

} // namespace

QStringList seedNames()
{
    return {u"single"_s, u"pii"_s, u"per-customer"_s, u"demo"_s, u"scale:P:B"_s, u"empty"_s};
}

bool seedState(const QString& name, const QDateTime& nowIn, State& out, QString* error, quint32 randomSeed)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowIn.toSecsSinceEpoch(), Qt::UTC);
    State s;
    s.seed = name;
    Builder b(s, now, randomSeed);
    const QString org = b.org(u"org-canopy-demo-12345678"_s, u"Canopy Demo"_s, u"scale"_s);
    if (name == "empty"_L1) {
    } else if (name == "single"_L1) {
        singleProject(b, org, u"shop"_s, false);
    } else if (name == "pii"_L1) {
        piiProject(b, org, u"clinic"_s);
    } else if (name == "per-customer"_L1) {
        perCustomer(b, org, {u"acme"_s, u"globex"_s, u"initech"_s});
    } else if (name == "demo"_L1) {
        singleProject(b, org, u"shop"_s, true);
        piiProject(b, org, u"clinic"_s);
        perCustomer(b, org, {u"acme"_s, u"globex"_s});
    } else if (name.startsWith("scale:"_L1)) {
        const QStringList parts = name.split(QLatin1Char(':'));
        bool ok1 = false, ok2 = false;
        const int projects = parts.value(1).toInt(&ok1), branches = parts.value(2).toInt(&ok2);
        if (parts.size() != 3 || !ok1 || !ok2 || !scale(b, org, projects, branches)) {
            *error = u"seed %1: expected scale:PROJECTS:BRANCHES with 1-100000 projects and 1-10000 branches"_s.arg(name);
            return false;
        }
    } else {
        *error = u"unknown seed \"%1\" (known: %2)"_s.arg(name, seedNames().join(u", "_s));
        return false;
    }
    out = std::move(s);
    return true;
}

} // namespace Sandbox

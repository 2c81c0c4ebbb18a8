// SPDX-License-Identifier: MIT
#include "factory.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
const char* const adjectives[] = {"aged", "bold", "calm", "cool", "damp", "dark", "dry", "empty", "fancy", "gentle",
                                  "green", "holy", "icy", "jolly", "late", "lively", "long", "misty", "morning",
                                  "muddy", "nameless", "old", "patient", "plain", "polished", "proud", "quiet",
                                  "restless", "rough", "shiny", "shy", "silent", "small", "snowy", "solitary",
                                  "sparkling", "spring", "still", "summer", "super", "sweet", "tight", "tiny",
                                  "twilight", "wandering", "weathered", "white", "wild", "winter", "young"};
const char* const nouns[] = {"band", "base", "bird", "block", "boat", "bonus", "bread", "breeze", "brook", "bush",
                             "butterfly", "cake", "cell", "cherry", "cloud", "credit", "darkness", "dawn", "dew",
                             "disk", "dream", "dust", "feather", "field", "fire", "firefly", "flower", "fog", "forest",
                             "frog", "frost", "glade", "glitter", "grass", "hall", "hat", "haze", "heart", "hill",
                             "king", "lab", "lake", "leaf", "limit", "math", "meadow", "mode", "moon", "morning",
                             "mountain", "mouse", "mud", "night", "paper", "pine", "poetry", "pond", "queen", "rain",
                             "recipe", "resonance", "rice", "river", "salad", "scene", "sea", "shadow", "shape",
                             "silence", "sky", "smoke", "snow", "snowflake", "sound", "star", "sun", "sunset",
                             "surf", "term", "thunder", "tooth", "tree", "truth", "union", "unit", "violet", "voice",
                             "water", "waterfall", "wave", "wildflower", "wind", "wood"};
} // namespace

Factory::Factory(quint32 seed)
    : m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

QString Factory::words(bool withDigits)
{
    QString out = QLatin1String(adjectives[m_random.bounded(int(std::size(adjectives)))]) + QLatin1Char('-')
        + QLatin1String(nouns[m_random.bounded(int(std::size(nouns)))]) + QLatin1Char('-');
    const char* alphabet = withDigits ? "0123456789" : "abcdefghijklmnopqrstuvwxyz0123456789";
    const int size = withDigits ? 10 : 36;
    for (int i = 0; i < 8; ++i)
        out += QLatin1Char(alphabet[m_random.bounded(size)]);
    return out;
}

QString Factory::branchId()
{
    return u"br-"_s + words(false);
}

QString Factory::endpointId()
{
    return u"ep-"_s + words(false);
}

QString Factory::projectId()
{
    return words(true);
}

QString Factory::branchName()
{
    return u"br-"_s + words(false);
}

QString Factory::operationId()
{
    // Version-4 layout from our own generator, so seeded runs are reproducible.
    QByteArray bytes(16, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(m_random.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString Factory::password()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 12; ++i)
        out += QLatin1Char(alphabet[m_random.bounded(int(sizeof(alphabet) - 1))]);
    return u"npg_"_s + out;
}

BranchRecord Factory::branch(const State& state, const QString& projectId, const QString& name,
                             const BranchRecord* parent, const QDateTime& now)
{
    BranchRecord r;
    Branch& b = r.branch;
    b.id = branchId();
    while (state.branches.contains(b.id))
        b.id = branchId();
    b.projectId = projectId;
    b.name = name;
    b.currentState = u"ready"_s;
    b.stateChangedAt = now;
    b.creationSource = u"console"_s;
    b.createdAt = now;
    b.updatedAt = now;
    b.initSource = u"parent-data"_s;
    b.hasCreatedBy = true;
    b.createdByName = state.user.name;
    b.createdByImage = state.user.image;
    if (parent) {
        b.parentId = parent->branch.id;
        b.parentLsn = u"0/%1"_s.arg(0x1000000 + m_random.bounded(0xFFFFFF), 0, 16).toUpper();
        b.parentTimestamp = now;
        b.logicalSize = parent->branch.logicalSize;
        for (const DatabaseRecord& d : parent->databases) {
            DatabaseRecord copy = d;
            copy.database.id = m_random.bounded(1, 1 << 30);
            copy.database.branchId = b.id;
            copy.database.createdAt = now;
            copy.database.updatedAt = now;
            r.databases.append(copy);
        }
        for (const Role& role : parent->roles) {
            Role copy = role;
            copy.branchId = b.id;
            copy.createdAt = now;
            copy.updatedAt = now;
            // Children of a protected branch get new passwords (Neon's rule).
            if (parent->branch.isProtected)
                copy.password = password();
            r.roles.append(copy);
        }
    }
    return r;
}

Endpoint Factory::endpoint(const Project& project, const QString& branchId, const QString& type, double minCu,
                           double maxCu, const QDateTime& now)
{
    Endpoint e;
    e.id = endpointId();
    e.host = e.id + u"."_s + project.regionId.section(QLatin1Char('-'), 1) + u".sandbox.canopy.local"_s;
    e.projectId = project.id;
    e.branchId = branchId;
    e.regionId = project.regionId;
    e.type = type;
    e.currentState = u"init"_s;
    e.pendingState = u"active"_s;
    e.autoscalingLimitMinCu = minCu;
    e.autoscalingLimitMaxCu = maxCu;
    e.suspendTimeoutSeconds = 0;
    e.poolerMode = u"transaction"_s;
    e.provisioner = u"k8s-neonvm"_s;
    e.proxyHost = project.proxyHost;
    e.creationSource = u"console"_s;
    e.createdAt = now;
    e.updatedAt = now;
    e.lastActive = now;
    return e;
}

Operation Factory::operation(State& state, const QString& projectId, const QString& branchId, const QString& action,
                             const QDateTime& now, qint64 durationMs, const QString& endpointId)
{
    Operation op;
    op.id = operationId();
    op.projectId = projectId;
    op.branchId = branchId;
    op.endpointId = endpointId;
    op.action = action;
    // Even an instant operation ends through the settle step, which also settles its branch.
    op.status = u"running"_s;
    op.createdAt = now;
    op.updatedAt = now;
    op.totalDurationMs = 0;
    state.operations.insert(op.id, op);
    state.operationFinishAt.insert(op.id, now.addMSecs(std::max<qint64>(0, durationMs)));
    state.projects[projectId].operationIds.append(op.id);
    return op;
}

QString schemaSql(const QList<SchemaTable>& tablesIn)
{
    QList<SchemaTable> tables = tablesIn;
    std::sort(tables.begin(), tables.end(), [](const SchemaTable& a, const SchemaTable& b) {
        return std::tie(a.schema, a.name) < std::tie(b.schema, b.name);
    });
    QString sql;
    for (const SchemaTable& t : tables) {
        const QString qualified = t.schema + QLatin1Char('.') + t.name;
        sql += u"CREATE TABLE "_s + qualified + u" (\n"_s;
        QStringList lines;
        for (const SchemaColumn& c : t.columns)
            lines.append(u"    "_s + c.name + QLatin1Char(' ') + c.type + (c.nullable.value_or(true) ? QString() : u" NOT NULL"_s));
        sql += lines.join(u",\n"_s) + u"\n);\n\n"_s;
        for (const SchemaConstraint& k : t.constraints) {
            const QString name = k.name.isEmpty() ? t.name + QLatin1Char('_') + k.columns.join(QLatin1Char('_')) + u"_"_s + k.type
                                                  : k.name;
            QString clause;
            if (k.type == "primary_key"_L1)
                clause = u"PRIMARY KEY ("_s + k.columns.join(u", "_s) + u")"_s;
            else if (k.type == "unique"_L1)
                clause = u"UNIQUE ("_s + k.columns.join(u", "_s) + u")"_s;
            else
                clause = u"FOREIGN KEY ("_s + k.columns.join(u", "_s) + u") REFERENCES "_s + k.referencedSchema
                    + QLatin1Char('.') + k.referencedTable + u"("_s + k.referencedColumns.join(u", "_s) + u")"_s;
            sql += u"ALTER TABLE ONLY "_s + qualified + u"\n    ADD CONSTRAINT "_s + name + QLatin1Char(' ') + clause
                + u";\n\n"_s;
        }
    }
    return sql;
}

} // namespace Sandbox

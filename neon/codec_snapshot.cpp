// SPDX-License-Identifier: MIT
#include "codec.h"

using namespace Qt::StringLiterals;

namespace Neon::Json {

void read(Reader& r, Snapshot& out)
{
    out.id = r.str("id"_L1);
    out.name = r.str("name"_L1);
    out.lsn = r.str("lsn"_L1);
    out.timestamp = r.time("timestamp"_L1);
    out.sourceBranchId = r.str("source_branch_id"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.expiresAt = r.time("expires_at"_L1);
    out.manual = r.optBool("manual"_L1);
    out.fullSize = r.optInt64("full_size"_L1);
    out.diffSize = r.optInt64("diff_size"_L1);
}

QJsonObject write(const Snapshot& v)
{
    QJsonObject o{{"id"_L1, v.id}, {"name"_L1, v.name}};
    putStr(o, "lsn"_L1, v.lsn);
    putTime(o, "timestamp"_L1, v.timestamp);
    putStr(o, "source_branch_id"_L1, v.sourceBranchId);
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "expires_at"_L1, v.expiresAt);
    putOpt(o, "manual"_L1, v.manual);
    putOpt(o, "full_size"_L1, v.fullSize);
    putOpt(o, "diff_size"_L1, v.diffSize);
    return o;
}

void read(Reader& r, BackupScheduleItem& out)
{
    out.frequency = r.str("frequency"_L1);
    const auto small = [](std::optional<qint64> v) { return v ? std::optional<int>(int(*v)) : std::nullopt; };
    out.hour = small(r.optInt64("hour"_L1));
    out.day = small(r.optInt64("day"_L1));
    out.month = small(r.optInt64("month"_L1));
    out.retentionSeconds = r.optInt64("retention_seconds"_L1);
}

QJsonObject write(const BackupScheduleItem& v)
{
    QJsonObject o{{"frequency"_L1, v.frequency}};
    putOpt(o, "hour"_L1, v.hour);
    putOpt(o, "day"_L1, v.day);
    putOpt(o, "month"_L1, v.month);
    putOpt(o, "retention_seconds"_L1, v.retentionSeconds);
    return o;
}

} // namespace Neon::Json

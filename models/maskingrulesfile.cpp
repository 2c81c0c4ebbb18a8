// SPDX-License-Identifier: MIT
#include "maskingrulesfile.h"

#include <neon/codec.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Models::MaskingRulesFile {

namespace {
constexpr auto format = "canopy-masking-rules";

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::MaskingRulesFile)
};
} // namespace

QByteArray write(const QList<Neon::MaskingRule>& rules)
{
    QJsonArray list;
    for (const Neon::MaskingRule& r : rules)
        list.append(Neon::Json::write(r));
    return QJsonDocument(QJsonObject{{"format"_L1, QLatin1String(format)}, {"version"_L1, 1}, {"masking_rules"_L1, list}})
        .toJson(QJsonDocument::Indented);
}

bool read(const QByteArray& json, QList<Neon::MaskingRule>* rules, QString* error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (o.value("format"_L1).toString() != QLatin1String(format) || o.value("version"_L1).toInt() != 1) {
        *error = Text::tr("not a Canopy masking-rules file of version 1");
        return false;
    }
    rules->clear();
    for (const QJsonValue& v : o.value("masking_rules"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        Neon::MaskingRule rule{r.value("database_name"_L1).toString(), r.value("schema_name"_L1).toString(),
                               r.value("table_name"_L1).toString(),    r.value("column_name"_L1).toString(),
                               r.value("masking_function"_L1).toString(), r.value("masking_value"_L1).toString()};
        if (rule.columnName.isEmpty() || rule.tableName.isEmpty()) {
            *error = Text::tr("a rule without a table or column");
            return false;
        }
        rules->append(rule);
    }
    return true;
}

} // namespace Models::MaskingRulesFile

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Neon::Json {

/// Reads fields of one JSON object leniently (unknown keys ignored, optional keys may be
/// missing or null) but strictly about types: a field of the wrong type is an error that names
/// its path. The first error is kept in the shared error string; reading goes on harmlessly.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path, QString* error);

    QString str(QLatin1StringView key);
    QString requiredStr(QLatin1StringView key);
    bool boolean(QLatin1StringView key, bool fallback = false);
    std::optional<bool> optBool(QLatin1StringView key);
    qint64 int64(QLatin1StringView key, qint64 fallback = 0);
    std::optional<qint64> optInt64(QLatin1StringView key);
    double number(QLatin1StringView key, double fallback = 0);
    std::optional<double> optNumber(QLatin1StringView key);
    QDateTime time(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);
    bool has(QLatin1StringView key) const;
    QHash<QString, QString> stringMap(QLatin1StringView key);
    QStringList stringList(QLatin1StringView key);

    template<typename T>
    QList<T> list(QLatin1StringView key, const std::function<void(Reader&, T&)>& decodeOne)
    {
        QList<T> out;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, QStringLiteral("an array"));
            return out;
        }
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = childPath(key) + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                setError(itemPath + QStringLiteral(": expected an object"));
                continue;
            }
            Reader item(array.at(i).toObject(), itemPath, m_error);
            T value;
            decodeOne(item, value);
            out.append(std::move(value));
        }
        return out;
    }

    /// A nested object read with its own path; missing → nullopt.
    std::optional<Reader> child(QLatin1StringView key);

    bool ok() const { return m_error->isEmpty(); }
    const QJsonObject& raw() const { return m_object; }

private:
    QString childPath(QLatin1StringView key) const;
    void fail(QLatin1StringView key, const QString& expected);
    void setError(const QString& message);
    QJsonValue present(QLatin1StringView key) const; ///< undefined for missing and null

    QJsonObject m_object;
    QString m_path;
    QString* m_error;
};

/// Writing helpers: optional values are written only when present.
void putStr(QJsonObject& o, QLatin1StringView key, const QString& value);
void putTime(QJsonObject& o, QLatin1StringView key, const QDateTime& value);
QString timeToString(const QDateTime& value);
QDateTime timeFromString(const QString& text);

template<typename T>
void putOpt(QJsonObject& o, QLatin1StringView key, const std::optional<T>& value)
{
    if (value)
        o.insert(key, QJsonValue(*value));
}

QJsonObject stringMapToJson(const QHash<QString, QString>& map);

} // namespace Neon::Json

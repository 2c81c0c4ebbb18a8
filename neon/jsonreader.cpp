// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include <cmath>

namespace Neon::Json {

Reader::Reader(const QJsonObject& object, QString path, QString* error)
    : m_object(object), m_path(std::move(path)), m_error(error)
{ }

QString Reader::childPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void Reader::setError(const QString& message)
{
    if (m_error->isEmpty())
        *m_error = message;
}

void Reader::fail(QLatin1StringView key, const QString& expected)
{
    setError(childPath(key) + QStringLiteral(": expected ") + expected);
}

QJsonValue Reader::present(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

bool Reader::has(QLatin1StringView key) const
{
    return !present(key).isUndefined();
}

QString Reader::str(QLatin1StringView key)
{
    const QJsonValue v = present(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("a string"));
        return {};
    }
    return v.toString();
}

QString Reader::requiredStr(QLatin1StringView key)
{
    if (!has(key)) {
        setError(childPath(key) + QStringLiteral(": missing"));
        return {};
    }
    return str(key);
}

std::optional<bool> Reader::optBool(QLatin1StringView key)
{
    const QJsonValue v = present(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        fail(key, QStringLiteral("true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

bool Reader::boolean(QLatin1StringView key, bool fallback)
{
    return optBool(key).value_or(fallback);
}

std::optional<double> Reader::optNumber(QLatin1StringView key)
{
    const QJsonValue v = present(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        fail(key, QStringLiteral("a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

double Reader::number(QLatin1StringView key, double fallback)
{
    return optNumber(key).value_or(fallback);
}

std::optional<qint64> Reader::optInt64(QLatin1StringView key)
{
    const std::optional<double> d = optNumber(key);
    if (!d)
        return std::nullopt;
    // 2^63 is exactly representable; anything at or past it would overflow the cast.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(*d) || *d >= limit || *d < -limit || std::trunc(*d) != *d) {
        fail(key, QStringLiteral("a whole number"));
        return std::nullopt;
    }
    return static_cast<qint64>(*d);
}

qint64 Reader::int64(QLatin1StringView key, qint64 fallback)
{
    return optInt64(key).value_or(fallback);
}

QDateTime Reader::time(QLatin1StringView key)
{
    const QString text = str(key);
    if (text.isEmpty())
        return {};
    const QDateTime t = timeFromString(text);
    if (!t.isValid())
        fail(key, QStringLiteral("an RFC 3339 timestamp, got \"%1\"").arg(text.left(40)));
    return t;
}

QJsonObject Reader::object(QLatin1StringView key)
{
    const QJsonValue v = present(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("an object"));
        return {};
    }
    return v.toObject();
}

std::optional<Reader> Reader::child(QLatin1StringView key)
{
    if (!has(key))
        return std::nullopt;
    return Reader(object(key), childPath(key), m_error);
}

QHash<QString, QString> Reader::stringMap(QLatin1StringView key)
{
    QHash<QString, QString> out;
    const QJsonObject o = object(key);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isString())
            out.insert(it.key(), it->toString());
        else if (it->isDouble() || it->isBool())
            out.insert(it.key(), it->toVariant().toString());
        else if (!it->isNull())
            setError(childPath(key) + QLatin1Char('.') + it.key() + QStringLiteral(": expected a string"));
    }
    return out;
}

QStringList Reader::stringList(QLatin1StringView key)
{
    QStringList out;
    const QJsonValue v = present(key);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        fail(key, QStringLiteral("an array of strings"));
        return out;
    }
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString()) {
            fail(key, QStringLiteral("an array of strings"));
            return out;
        }
        out.append(item.toString());
    }
    return out;
}

void putStr(QJsonObject& o, QLatin1StringView key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QString timeToString(const QDateTime& value)
{
    // RFC 3339 in UTC, by hand: QDateTime::toString goes through vasprintf and is the hot
    // spot of the sandbox's list pages.
    const qint64 ms = value.toMSecsSinceEpoch();
    const qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    const int milli = int(ms - secs * 1000);
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const int daySecs = int(secs - days * 86400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return value.toUTC().toString(Qt::ISODateWithMs);
    char buf[25];
    auto put = [&buf](int at, int v, int width) {
        for (int i = width - 1; i >= 0; --i, v /= 10)
            buf[at + i] = char('0' + v % 10);
    };
    put(0, int(year), 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    buf[10] = 'T';
    put(11, daySecs / 3600, 2);
    buf[13] = ':';
    put(14, daySecs / 60 % 60, 2);
    buf[16] = ':';
    put(17, daySecs % 60, 2);
    int n = 19;
    if (milli) {
        buf[n++] = '.';
        put(n, milli, 3);
        n += 3;
    }
    buf[n++] = 'Z';
    return QString::fromLatin1(buf, n);
}

QDateTime timeFromString(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return t;
    // RFC 3339 demands a zone; a bare local time would silently shift by the machine's offset.
    if (t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}

void putTime(QJsonObject& o, QLatin1StringView key, const QDateTime& value)
{
    if (value.isValid())
        o.insert(key, timeToString(value));
}

QJsonObject stringMapToJson(const QHash<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace Neon::Json

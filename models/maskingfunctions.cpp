// SPDX-License-Identifier: MIT
// PostgreSQL Anonymizer's masking functions as the sandbox implements them (sandbox/anonfunctions.cpp):
// same names, arguments and output formats, computed in the app.
#include "maskingfunctions.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace Models::Masking::Functions {

namespace {

const QStringList firstNames{u"Alex"_s, u"Blake"_s, u"Casey"_s, u"Drew"_s, u"Emery"_s, u"Finley"_s, u"Gray"_s, u"Harper"_s,
                             u"Indigo"_s, u"Jordan"_s, u"Kai"_s, u"Logan"_s, u"Morgan"_s, u"Noel"_s, u"Oakley"_s, u"Parker"_s,
                             u"Quinn"_s, u"Riley"_s, u"Sage"_s, u"Taylor"_s};
const QStringList lastNames{u"Archer"_s, u"Baker"_s, u"Carter"_s, u"Dalton"_s, u"Ellis"_s, u"Fletcher"_s, u"Garner"_s,
                            u"Hayes"_s, u"Irving"_s, u"Jensen"_s, u"Keller"_s, u"Lowry"_s, u"Mercer"_s, u"Nash"_s,
                            u"Oakes"_s, u"Porter"_s, u"Quill"_s, u"Reyes"_s, u"Sutton"_s, u"Tate"_s};
const QStringList cities{u"Ashford"_s, u"Brookfield"_s, u"Clearwater"_s, u"Dunmore"_s, u"Elmstead"_s,
                         u"Fairview"_s, u"Glenwood"_s, u"Hillcrest"_s, u"Ironwood"_s, u"Juniper Falls"_s};
const QStringList countries{u"Arcadia"_s, u"Borduria"_s, u"Carpania"_s, u"Elbonia"_s, u"Freedonia"_s,
                            u"Genovia"_s, u"Latveria"_s, u"Molvania"_s, u"Syldavia"_s, u"Zamunda"_s};
const QStringList companies{u"Acme Widgets"_s, u"Blue Harbor Labs"_s, u"Cobalt Systems"_s, u"Delta Orchard"_s,
                            u"Evergreen Data"_s, u"Foxglove Studio"_s, u"Granite Works"_s, u"Harbor & Pine"_s};
const QStringList streets{u"Maple Avenue"_s, u"Oak Street"_s, u"Cedar Lane"_s, u"Birch Road"_s,
                          u"Willow Way"_s, u"Pine Court"_s, u"Elm Drive"_s, u"Spruce Place"_s};
const QStringList words{u"lorem"_s, u"ipsum"_s, u"dolor"_s, u"sit"_s, u"amet"_s, u"consectetur"_s, u"adipiscing"_s,
                        u"elit"_s, u"sed"_s, u"do"_s, u"eiusmod"_s, u"tempor"_s, u"incididunt"_s, u"ut"_s, u"labore"_s};
const QStringList freeMail{u"gmail.com"_s, u"yahoo.com"_s, u"hotmail.com"_s, u"outlook.com"_s};

QString pick(const QStringList& list, Context& c)
{
    return list.at(int(c.random.bounded(quint64(list.size()))));
}

QString pickBy(const QStringList& list, const QString& seed)
{
    const QByteArray md5 = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5);
    const quint32 n = (quint32(quint8(md5[0])) << 24) | (quint32(quint8(md5[1])) << 16) | (quint32(quint8(md5[2])) << 8)
                      | quint32(quint8(md5[3]));
    return list.at(int(n % quint32(list.size())));
}

QString digits(int n, Context& c)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += QChar(u'0' + int(c.random.bounded(10)));
    return out;
}

QString hex(QCryptographicHash::Algorithm a, const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), a).toHex());
}

double unit(Context& c)
{
    return c.random.generateDouble();
}

/// '2 days', '1 hour', '30 minutes', '1 week', '1 month', '1 year' in seconds; 0 when unreadable.
qint64 intervalSeconds(const QString& text)
{
    static const QRegularExpression re(u"^\\s*(-?\\d+(?:\\.\\d+)?)\\s*([a-z]+)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const double n = m.captured(1).toDouble();
    const QString u = m.captured(2).toLower();
    const double unitSecs = u.startsWith("sec"_L1) ? 1 : u.startsWith("min"_L1) ? 60 : u.startsWith("hour"_L1) ? 3600
                          : u.startsWith("day"_L1) ? 86400 : u.startsWith("week"_L1) ? 604800
                          : u.startsWith("mon"_L1) ? 2592000 : u.startsWith("year"_L1) ? 31536000 : 0;
    return qint64(n * unitSecs);
}

QString partialEmail(const QString& v)
{
    const QString local = v.section(QLatin1Char('@'), 0, 0);
    const QString domain = v.section(QLatin1Char('@'), 1);
    return local.left(2) + u"******@"_s + domain.left(2) + u"******."_s + domain.section(QLatin1Char('.'), -1);
}

QString text(const Args& a, int i)
{
    return a.value(i).toString();
}

qint64 integer(const Args& a, int i, qint64 fallback)
{
    return a.size() > i ? a.at(i).toLongLong() : fallback;
}

/// Invented people, places and identifiers, drawn at random from the lists above.
void addDummies(QHash<QString, Function>& f)
{
    f[u"dummy_first_name"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(firstNames, c)); };
    f[u"fake_first_name"_s] = f[u"dummy_first_name"_s];
    f[u"dummy_last_name"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(lastNames, c)); };
    f[u"fake_last_name"_s] = f[u"dummy_last_name"_s];
    f[u"dummy_name"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(firstNames, c) + u" "_s + pick(lastNames, c)); };
    f[u"dummy_free_email"_s] = [](const Args&, Context& c, QString*) {
        return QVariant(pick(firstNames, c).toLower() + u"."_s + pick(lastNames, c).toLower() + digits(6, c) + u"@"_s + pick(freeMail, c));
    };
    f[u"fake_email"_s] = f[u"dummy_free_email"_s];
    f[u"dummy_safe_email"_s] = [](const Args&, Context& c, QString*) {
        return QVariant(pick(firstNames, c).toLower() + digits(6, c) + u"@example.com"_s);
    };
    f[u"dummy_username"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(firstNames, c).toLower() + u"_"_s + digits(4, c)); };
    f[u"dummy_phone_number"_s] = [](const Args&, Context& c, QString*) { return QVariant(u"+1-555-"_s + digits(3, c) + u"-"_s + digits(4, c)); };
    f[u"dummy_cell_number"_s] = f[u"dummy_phone_number"_s];
    f[u"random_phone"_s] = [](const Args& a, Context& c, QString*) { return QVariant((a.isEmpty() ? u"0"_s : text(a, 0)) + digits(9, c)); };
    f[u"dummy_city_name"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(cities, c)); };
    f[u"fake_city"_s] = f[u"dummy_city_name"_s];
    f[u"dummy_country_name"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(countries, c)); };
    f[u"fake_country"_s] = f[u"dummy_country_name"_s];
    f[u"dummy_street_name"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(streets, c)); };
    f[u"fake_address"_s] = [](const Args&, Context& c, QString*) {
        return QVariant(QString::number(100 + c.random.bounded(900)) + u" "_s + pick(streets, c) + u", "_s + pick(cities, c));
    };
    for (const char* zip : {"dummy_zip_code", "dummy_post_code", "fake_postcode", "random_zip"})
        f[QString::fromLatin1(zip)] = [](const Args&, Context& c, QString*) { return QVariant(digits(5, c)); };
    f[u"dummy_company_name"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(companies, c)); };
    f[u"fake_company"_s] = f[u"dummy_company_name"_s];
    f[u"fake_iban"_s] = [](const Args&, Context& c, QString*) {
        return QVariant(u"XX"_s + digits(2, c) + u" "_s + digits(4, c) + u" "_s + digits(4, c) + u" "_s + digits(4, c) + u" "_s + digits(4, c));
    };
    f[u"fake_siret"_s] = [](const Args&, Context& c, QString*) { return QVariant(digits(14, c)); };
    f[u"dummy_credit_card_number"_s] = [](const Args&, Context& c, QString*) { return QVariant(u"4"_s + digits(15, c)); };
    f[u"dummy_ipv4"_s] = [](const Args&, Context& c, QString*) {
        return QVariant(u"10.%1.%2.%3"_s.arg(c.random.bounded(256)).arg(c.random.bounded(256)).arg(c.random.bounded(256)));
    };
    f[u"dummy_ip"_s] = f[u"dummy_ipv4"_s];
    f[u"dummy_uuidv4"_s] = [](const Args&, Context& c, QString*) {
        QByteArray bytes(16, Qt::Uninitialized);
        c.random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QVariant(QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces));
    };
}

/// Random values within a range or from a set.
void addRandomValues(QHash<QString, Function>& f)
{
    f[u"dummy_word"_s] = [](const Args&, Context& c, QString*) { return QVariant(pick(words, c)); };
    f[u"lorem_ipsum"_s] = [](const Args& a, Context& c, QString*) {
        QStringList out;
        for (qint64 i = 0; i < integer(a, 0, 8); ++i)
            out.append(pick(words, c));
        return QVariant(out.join(QLatin1Char(' ')));
    };
    f[u"random_string"_s] = [](const Args& a, Context& c, QString*) {
        static const QString alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789"_s;
        QString out;
        for (qint64 i = 0; i < integer(a, 0, 12); ++i)
            out += alphabet.at(int(c.random.bounded(36)));
        return QVariant(out);
    };
    f[u"random_int_between"_s] = [](const Args& a, Context& c, QString*) {
        const qint64 low = integer(a, 0, 0), high = integer(a, 1, 0);
        return QVariant(int(low + qint64(c.random.bounded(quint64(std::max<qint64>(1, high - low + 1))))));
    };
    f[u"random_bigint_between"_s] = [](const Args& a, Context& c, QString*) {
        const qint64 low = integer(a, 0, 0), high = integer(a, 1, 0);
        return QVariant(low + qint64(c.random.bounded(quint64(std::max<qint64>(1, high - low + 1)))));
    };
    f[u"random_date"_s] = [](const Args&, Context& c, QString*) { return QVariant(QDate(1950, 1, 1).addDays(c.random.bounded(27000))); };
    f[u"random_date_between"_s] = [](const Args& a, Context& c, QString*) {
        const QDateTime low = a.value(0).toDateTime(), high = a.value(1).toDateTime();
        return QVariant(low.addMSecs(qint64(unit(c) * double(low.msecsTo(high)))));
    };
    f[u"random_hash"_s] = [](const Args& a, Context& c, QString*) { return QVariant(hex(QCryptographicHash::Md5, text(a, 0) + QString::number(unit(c)))); };
    f[u"random_in"_s] = [](const Args& a, Context& c, QString* problem) {
        const QVariantList items = a.value(0).toList();
        if (items.isEmpty()) {
            *problem = u"random_in needs an ARRAY[…] of choices"_s;
            return QVariant();
        }
        return items.at(int(c.random.bounded(quint64(items.size()))));
    };
}

/// Noise around the original value.
void addNoise(QHash<QString, Function>& f)
{
    f[u"noise"_s] = [](const Args& a, Context& c, QString*) {
        const QVariant v = a.value(0);
        const double factor = 1 + (unit(c) * 2 - 1) * a.value(1).toDouble();
        if (v.typeId() == QMetaType::Int)
            return QVariant(int(std::lround(v.toDouble() * factor)));
        if (v.typeId() == QMetaType::LongLong)
            return QVariant(qint64(std::llround(v.toDouble() * factor)));
        return QVariant(v.toDouble() * factor);
    };
    f[u"dnoise"_s] = [](const Args& a, Context& c, QString* problem) {
        const qint64 spread = intervalSeconds(text(a, 1));
        if (spread == 0)
            *problem = u"dnoise needs an interval such as '2 days'"_s;
        const qint64 shift = qint64((unit(c) * 2 - 1) * double(spread));
        const QVariant v = a.value(0);
        if (v.typeId() == QMetaType::QDate)
            return QVariant(v.toDate().addDays(shift / 86400));
        return QVariant(v.toDateTime().addSecs(shift));
    };
}

/// Hashes, partial masks and pseudonyms: the same input gives the same output.
void addDeterministic(QHash<QString, Function>& f)
{
    f[u"hash"_s] = [](const Args& a, Context&, QString*) { return QVariant(hex(QCryptographicHash::Sha256, text(a, 0))); };
    f[u"digest"_s] = [](const Args& a, Context&, QString* problem) {
        const QString algorithm = text(a, 2).toLower();
        const QHash<QString, QCryptographicHash::Algorithm> algorithms{
            {u"md5"_s, QCryptographicHash::Md5},       {u"sha1"_s, QCryptographicHash::Sha1},
            {u"sha224"_s, QCryptographicHash::Sha224}, {u"sha256"_s, QCryptographicHash::Sha256},
            {u"sha384"_s, QCryptographicHash::Sha384}, {u"sha512"_s, QCryptographicHash::Sha512}};
        if (!algorithms.contains(algorithm)) {
            *problem = u"digest: unknown algorithm %1"_s.arg(algorithm);
            return QVariant();
        }
        return QVariant(hex(algorithms.value(algorithm), text(a, 1) + text(a, 0)));
    };
    f[u"partial"_s] = [](const Args& a, Context&, QString*) {
        const QString v = text(a, 0);
        return QVariant(v.left(int(integer(a, 1, 0))) + text(a, 2) + v.right(int(integer(a, 3, 0))));
    };
    f[u"partial_email"_s] = [](const Args& a, Context&, QString*) { return QVariant(partialEmail(text(a, 0))); };
    const std::pair<const char*, const QStringList*> pseudo[] = {{"pseudo_first_name", &firstNames}, {"pseudo_last_name", &lastNames},
                                                                {"pseudo_city", &cities},             {"pseudo_country", &countries},
                                                                {"pseudo_company", &companies}};
    for (const auto& [name, list] : pseudo) {
        f[QString::fromLatin1(name)] = [list](const Args& a, Context&, QString*) { return QVariant(pickBy(*list, text(a, 0) + text(a, 1))); };
    }
    f[u"pseudo_email"_s] = [](const Args& a, Context&, QString*) {
        const QString seed = text(a, 0) + text(a, 1);
        return QVariant(pickBy(firstNames, seed).toLower() + u"."_s + hex(QCryptographicHash::Md5, seed).left(8) + u"@example.com"_s);
    };
}

/// Plain SQL helpers the rules may call.
void addSqlHelpers(QHash<QString, Function>& f)
{
    f[u"ternary"_s] = [](const Args& a, Context&, QString*) { return a.value(0).toBool() ? a.value(1) : a.value(2); };
    f[u"concat"_s] = [](const Args& a, Context&, QString*) {
        QString out;
        for (const QVariant& v : a)
            out += v.toString();
        return QVariant(out);
    };
    f[u"lower"_s] = [](const Args& a, Context&, QString*) { return QVariant(text(a, 0).toLower()); };
    f[u"upper"_s] = [](const Args& a, Context&, QString*) { return QVariant(text(a, 0).toUpper()); };
    f[u"left"_s] = [](const Args& a, Context&, QString*) { return QVariant(text(a, 0).left(int(integer(a, 1, 0)))); };
    f[u"right"_s] = [](const Args& a, Context&, QString*) { return QVariant(text(a, 0).right(int(integer(a, 1, 0)))); };
    f[u"substr"_s] = [](const Args& a, Context&, QString*) {
        return QVariant(text(a, 0).mid(int(integer(a, 1, 1)) - 1, int(integer(a, 2, -1))));
    };
    f[u"md5"_s] = [](const Args& a, Context&, QString*) { return QVariant(hex(QCryptographicHash::Md5, text(a, 0))); };
}

const QHash<QString, Function>& table()
{
    // Built once, in groups; the evaluator looks functions up by name.
    static const QHash<QString, Function> t = [] {
        QHash<QString, Function> f;
        addDummies(f);
        addRandomValues(f);
        addNoise(f);
        addDeterministic(f);
        addSqlHelpers(f);
        return f;
    }();
    return t;
}

const QStringList deterministic{u"hash"_s,  u"digest"_s, u"partial"_s, u"partial_email"_s, u"ternary"_s, u"concat"_s, u"lower"_s,
                                u"upper"_s, u"left"_s,   u"right"_s,   u"substr"_s,        u"md5"_s};
} // namespace

bool isSupported(const QString& name)
{
    return table().contains(name);
}

const Function* find(const QString& name)
{
    const auto f = table().constFind(name);
    return f == table().cend() ? nullptr : &*f; // the table never changes: the address stays
}

QStringList names()
{
    QStringList out = table().keys();
    out.sort();
    return out;
}

bool isRandom(const Expression::Node* node)
{
    if (!node)
        return false;
    if (node->kind == Expression::Node::Call && !node->name.startsWith("pseudo_"_L1) && !deterministic.contains(node->name))
        return true;
    return std::any_of(node->children.cbegin(), node->children.cend(), [](const auto& c) { return isRandom(c.get()); });
}

QVariant evaluate(const Expression::Node* node, Context& context, QString* problem)
{
    switch (node->kind) {
    case Expression::Node::Literal: return node->value;
    case Expression::Node::Column:
        if (!context.row.contains(node->name)) {
            *problem = u"no column %1 in this table"_s.arg(node->name);
            return {};
        }
        return context.row.value(node->name);
    case Expression::Node::Array: {
        QVariantList items;
        for (const auto& c : node->children)
            items.append(evaluate(c.get(), context, problem));
        return items;
    }
    case Expression::Node::Concat: {
        QString out;
        for (const auto& c : node->children) {
            const QVariant v = evaluate(c.get(), context, problem);
            if (v.isNull())
                return {}; // SQL: anything || NULL is NULL
            out += v.toString();
        }
        return out;
    }
    case Expression::Node::Call: {
        Args args;
        for (const auto& c : node->children)
            args.append(evaluate(c.get(), context, problem));
        const Function* f = node->function ? node->function : find(node->name);
        if (!f) {
            *problem = u"computed on Neon: %1"_s.arg(node->name);
            return {};
        }
        return (*f)(args, context, problem);
    }
    }
    return {};
}

} // namespace Models::Masking::Functions

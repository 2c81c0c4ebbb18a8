// SPDX-License-Identifier: MIT
#include "piisuggestions.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models::Masking {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::PiiSuggestions)
};

struct Pattern
{
    Suggestion::Kind kind;
    const char* name; ///< a regular expression over the column's name
    const char* types; ///< a regular expression over its type; empty: any
    const char* function; ///< %1 is the column
    const char* reason;
};

// Order matters: the first match wins (first_name before name, email before mail).
const Pattern patterns[] = {
    {Suggestion::Email, "e_?mail", "", "anon.dummy_free_email()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "an email address")},
    {Suggestion::FirstName, "^(first|given|fore)_?name$|^fname$", "", "anon.dummy_first_name()",
     QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a first name")},
    {Suggestion::LastName, "^(last|family|sur)_?name$|^lname$|^surname$", "", "anon.dummy_last_name()",
     QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a last name")},
    {Suggestion::Username, "^(user_?name|login|handle|nick_?name)$", "", "anon.dummy_username()",
     QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a user name")},
    {Suggestion::FullName, "^(full_?name|name|display_?name|contact_?name|patient_?name|customer_?name)$", "char|text",
     "anon.dummy_name()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a person's name")},
    {Suggestion::Phone, "phone|mobile|^cell|^tel|fax", "", "anon.partial(%1, 3, 'XXXXXX', 2)",
     QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a phone number")},
    {Suggestion::PostCode, "zip|post_?code|postal", "", "anon.random_zip()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a post code")},
    {Suggestion::Address, "address|street", "char|text", "anon.fake_address()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "an address")},
    {Suggestion::City, "^city$|town", "char|text", "anon.dummy_city_name()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a city")},
    {Suggestion::Country, "^country$", "char|text", "anon.dummy_country_name()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a country")},
    {Suggestion::BirthDate, "birth|^dob$|born", "date|time", "anon.dnoise(%1, '180 days')",
     QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a birth date")},
    {Suggestion::NationalId, "ssn|social_?security|national_?id|passport|tax_?id|nhs|insurance_?(no|number)", "",
     "anon.partial(%1, 0, 'XXX-XX-', 4)", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a national identifier")},
    {Suggestion::IpAddress, "(^|_)ip($|_)|ip_?address", "", "anon.dummy_ipv4()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "an IP address")},
    {Suggestion::CardNumber, "card|credit|^pan$", "", "anon.dummy_credit_card_number()",
     QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a payment card number")},
    {Suggestion::Iban, "iban|account_?number", "", "anon.fake_iban()", QT_TRANSLATE_NOOP("Models::PiiSuggestions", "a bank account")},
    {Suggestion::FreeText, "note|comment|description|bio|message|remark|diagnosis|symptom", "text|char", "anon.lorem_ipsum(8)",
     QT_TRANSLATE_NOOP("Models::PiiSuggestions", "free text that may name people")},
};

bool inConstraint(const Neon::SchemaTable& table, const QString& type, const QString& column, bool alone)
{
    return std::any_of(table.constraints.cbegin(), table.constraints.cend(), [&](const Neon::SchemaConstraint& c) {
        return c.type == type && c.columns.contains(column) && (!alone || c.columns.size() == 1);
    });
}
} // namespace

Suggestion suggest(const Neon::SchemaTable& table, const Neon::SchemaColumn& column)
{
    Suggestion s;
    const QString name = column.name.toLower();
    const QString type = column.type.toLower();
    const Pattern* match = nullptr;
    for (const Pattern& p : patterns) {
        if (!QRegularExpression(QString::fromLatin1(p.name)).match(name).hasMatch())
            continue;
        if (*p.types && !QRegularExpression(QString::fromLatin1(p.types)).match(type).hasMatch())
            continue;
        match = &p;
        break;
    }
    if (!match)
        return s;
    s.kind = match->kind;
    s.reason = Text::tr("Looks like %1.").arg(QCoreApplication::translate("Models::PiiSuggestions", match->reason));
    if (inConstraint(table, u"foreign_key"_s, column.name, false)) {
        s.warning = Text::tr("A foreign key: Neon cannot mask it directly. Mask the referenced key instead.");
        return s; // no rule: it would fail on Neon
    }
    s.maskingFunction = QString::fromLatin1(match->function).replace(u"%1"_s, column.name);
    // The functions return text; a column of a network type needs the value cast back.
    if (type == "inet"_L1 || type == "cidr"_L1)
        s.maskingFunction += u"::"_s + type;
    const bool unique = inConstraint(table, u"unique"_s, column.name, true) || inConstraint(table, u"primary_key"_s, column.name, true);
    if (unique && s.kind == Suggestion::Email) {
        s.maskingFunction = u"pg_catalog.concat(anon.dummy_uuidv4(), '@example.com')"_s;
        s.warning = Text::tr("Unique: a random address could repeat, so each row gets a UUID address.");
    } else if (unique && !s.maskingFunction.contains(u"%1"_s.arg(column.name))) {
        s.warning = Text::tr("Unique: random values can repeat and break the constraint; consider a rule built on "
                             "anon.dummy_uuidv4().");
    }
    return s;
}

} // namespace Models::Masking

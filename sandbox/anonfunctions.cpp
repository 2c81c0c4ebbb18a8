// SPDX-License-Identifier: MIT
#include "anonfunctions.h"

#include <QRegularExpression>

namespace Sandbox {

namespace {
// Our own SQL (not PostgreSQL Anonymizer's code): same names and meanings, simple data sets.
const char* const script = R"SQL(
CREATE SCHEMA IF NOT EXISTS anon;
CREATE OR REPLACE FUNCTION anon.pick(items text[]) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT items[1 + floor(random() * array_length(items, 1))::int] $$;
CREATE OR REPLACE FUNCTION anon.pick_by(items text[], seed text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT items[1 + (('x' || substr(md5(seed), 1, 8))::bit(32)::bigint % array_length(items, 1))::int] $$;
CREATE OR REPLACE FUNCTION anon.first_names() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Alex','Blake','Casey','Drew','Emery','Finley','Gray','Harper','Indigo','Jordan','Kai','Logan','Morgan','Noel','Oakley','Parker','Quinn','Riley','Sage','Taylor'] $$;
CREATE OR REPLACE FUNCTION anon.last_names() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Archer','Baker','Carter','Dalton','Ellis','Fletcher','Garner','Hayes','Irving','Jensen','Keller','Lowry','Mercer','Nash','Orwell','Porter','Quincy','Rowe','Sutton','Tanner'] $$;
CREATE OR REPLACE FUNCTION anon.cities() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Ashford','Brookfield','Clearwater','Dunmore','Elmstead','Fairview','Glenwood','Hillcrest','Ironwood','Juniper Falls'] $$;
CREATE OR REPLACE FUNCTION anon.countries() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Arcadia','Borduria','Carpania','Elbonia','Freedonia','Genovia','Latveria','Molvania','Syldavia','Zamunda'] $$;
CREATE OR REPLACE FUNCTION anon.companies() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Acme Widgets','Blue Harbor Labs','Cobalt Systems','Delta Orchard','Evergreen Data','Foxglove Studio','Granite Works','Helix Partners','Ion Freight','Juno Analytics'] $$;
CREATE OR REPLACE FUNCTION anon.streets() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Maple Avenue','Oak Street','Cedar Lane','Birch Road','Willow Way','Pine Court','Elm Drive','Spruce Place'] $$;
CREATE OR REPLACE FUNCTION anon.words() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['lorem','ipsum','dolor','sit','amet','consectetur','adipiscing','elit','sed','do','eiusmod','tempor','incididunt','ut','labore','et','dolore','magna','aliqua'] $$;
CREATE OR REPLACE FUNCTION anon.digits(n int) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT string_agg(floor(random() * 10)::int::text, '') FROM generate_series(1, n) $$;
CREATE OR REPLACE FUNCTION anon.dummy_first_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.pick(anon.first_names()) $$;
CREATE OR REPLACE FUNCTION anon.dummy_last_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.pick(anon.last_names()) $$;
CREATE OR REPLACE FUNCTION anon.dummy_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_first_name() || ' ' || anon.dummy_last_name() $$;
CREATE OR REPLACE FUNCTION anon.fake_first_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_first_name() $$;
CREATE OR REPLACE FUNCTION anon.fake_last_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_last_name() $$;
CREATE OR REPLACE FUNCTION anon.dummy_free_email() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT lower(anon.dummy_first_name()) || '.' || lower(anon.dummy_last_name()) || anon.digits(6) || '@' || anon.pick(ARRAY['gmail.com','yahoo.com','outlook.com','proton.me']) $$;
CREATE OR REPLACE FUNCTION anon.dummy_safe_email() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT lower(anon.dummy_first_name()) || anon.digits(6) || '@example.com' $$;
CREATE OR REPLACE FUNCTION anon.fake_email() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_free_email() $$;
CREATE OR REPLACE FUNCTION anon.dummy_username() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT lower(anon.dummy_first_name()) || '_' || anon.digits(4) $$;
CREATE OR REPLACE FUNCTION anon.dummy_phone_number() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT '+1-555-' || anon.digits(3) || '-' || anon.digits(4) $$;
CREATE OR REPLACE FUNCTION anon.dummy_cell_number() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_phone_number() $$;
CREATE OR REPLACE FUNCTION anon.random_phone(prefix text DEFAULT '0') RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT prefix || anon.digits(9) $$;
CREATE OR REPLACE FUNCTION anon.dummy_city_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.pick(anon.cities()) $$;
CREATE OR REPLACE FUNCTION anon.fake_city() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_city_name() $$;
CREATE OR REPLACE FUNCTION anon.dummy_country_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.pick(anon.countries()) $$;
CREATE OR REPLACE FUNCTION anon.fake_country() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_country_name() $$;
CREATE OR REPLACE FUNCTION anon.dummy_street_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.pick(anon.streets()) $$;
CREATE OR REPLACE FUNCTION anon.fake_address() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT (100 + floor(random() * 900))::int || ' ' || anon.dummy_street_name() || ', ' || anon.dummy_city_name() $$;
CREATE OR REPLACE FUNCTION anon.dummy_zip_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.digits(5) $$;
CREATE OR REPLACE FUNCTION anon.dummy_post_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.digits(5) $$;
CREATE OR REPLACE FUNCTION anon.fake_postcode() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.digits(5) $$;
CREATE OR REPLACE FUNCTION anon.random_zip() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.digits(5) $$;
CREATE OR REPLACE FUNCTION anon.dummy_company_name() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.pick(anon.companies()) $$;
CREATE OR REPLACE FUNCTION anon.fake_company() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_company_name() $$;
CREATE OR REPLACE FUNCTION anon.fake_iban() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'XX' || anon.digits(2) || ' ' || anon.digits(4) || ' ' || anon.digits(4) || ' ' || anon.digits(4) || ' ' || anon.digits(4) $$;
CREATE OR REPLACE FUNCTION anon.fake_siret() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.digits(14) $$;
CREATE OR REPLACE FUNCTION anon.dummy_credit_card_number() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT '4' || anon.digits(15) $$;
CREATE OR REPLACE FUNCTION anon.dummy_ipv4() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT '10.' || floor(random() * 256)::int || '.' || floor(random() * 256)::int || '.' || floor(random() * 256)::int $$;
CREATE OR REPLACE FUNCTION anon.dummy_ip() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.dummy_ipv4() $$;
CREATE OR REPLACE FUNCTION anon.dummy_uuidv4() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT gen_random_uuid()::text $$;
CREATE OR REPLACE FUNCTION anon.dummy_word() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT anon.pick(anon.words()) $$;
CREATE OR REPLACE FUNCTION anon.lorem_ipsum(words int DEFAULT 8) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT string_agg(anon.dummy_word(), ' ') FROM generate_series(1, words) $$;
CREATE OR REPLACE FUNCTION anon.random_string(n int) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT string_agg(substr('abcdefghijklmnopqrstuvwxyz0123456789', 1 + floor(random() * 36)::int, 1), '') FROM generate_series(1, n) $$;
CREATE OR REPLACE FUNCTION anon.random_int_between(low int, high int) RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT low + floor(random() * (high - low + 1))::int $$;
CREATE OR REPLACE FUNCTION anon.random_bigint_between(low bigint, high bigint) RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT low + floor(random() * (high - low + 1))::bigint $$;
CREATE OR REPLACE FUNCTION anon.random_date() RETURNS date LANGUAGE sql VOLATILE AS $$ SELECT date '1950-01-01' + floor(random() * 27000)::int $$;
CREATE OR REPLACE FUNCTION anon.random_date_between(low timestamptz, high timestamptz) RETURNS timestamptz LANGUAGE sql VOLATILE AS $$ SELECT low + random() * (high - low) $$;
CREATE OR REPLACE FUNCTION anon.random_hash(seed text) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(seed || random()::text) $$;
CREATE OR REPLACE FUNCTION anon.random_in(items anyarray) RETURNS anyelement LANGUAGE sql VOLATILE AS $$ SELECT items[1 + floor(random() * array_length(items, 1))::int] $$;
CREATE OR REPLACE FUNCTION anon.noise(v integer, ratio double precision) RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT round(v * (1 + (random() * 2 - 1) * ratio))::integer $$;
CREATE OR REPLACE FUNCTION anon.noise(v bigint, ratio double precision) RETURNS bigint LANGUAGE sql VOLATILE AS $$ SELECT round(v * (1 + (random() * 2 - 1) * ratio))::bigint $$;
CREATE OR REPLACE FUNCTION anon.noise(v double precision, ratio double precision) RETURNS double precision LANGUAGE sql VOLATILE AS $$ SELECT v * (1 + (random() * 2 - 1) * ratio) $$;
CREATE OR REPLACE FUNCTION anon.noise(v numeric, ratio double precision) RETURNS numeric LANGUAGE sql VOLATILE AS $$ SELECT v * (1 + (random() * 2 - 1) * ratio)::numeric $$;
CREATE OR REPLACE FUNCTION anon.dnoise(v date, spread interval) RETURNS date LANGUAGE sql VOLATILE AS $$ SELECT (v + (random() * 2 - 1) * spread)::date $$;
CREATE OR REPLACE FUNCTION anon.dnoise(v timestamp, spread interval) RETURNS timestamp LANGUAGE sql VOLATILE AS $$ SELECT v + (random() * 2 - 1) * spread $$;
CREATE OR REPLACE FUNCTION anon.dnoise(v timestamptz, spread interval) RETURNS timestamptz LANGUAGE sql VOLATILE AS $$ SELECT v + (random() * 2 - 1) * spread $$;
CREATE OR REPLACE FUNCTION anon.hash(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to(v, 'UTF8')), 'hex') $$;
CREATE OR REPLACE FUNCTION anon.digest(v text, salt text, algorithm text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE lower(algorithm) WHEN 'md5' THEN md5(salt || v) WHEN 'sha224' THEN encode(sha224(convert_to(salt || v, 'UTF8')), 'hex') WHEN 'sha384' THEN encode(sha384(convert_to(salt || v, 'UTF8')), 'hex') WHEN 'sha512' THEN encode(sha512(convert_to(salt || v, 'UTF8')), 'hex') ELSE encode(sha256(convert_to(salt || v, 'UTF8')), 'hex') END $$;
CREATE OR REPLACE FUNCTION anon.partial(v text, prefix int, padding text, suffix int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT left(v, prefix) || padding || right(v, suffix) $$;
CREATE OR REPLACE FUNCTION anon.partial_email(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT left(split_part(v, '@', 1), 2) || '******@' || left(split_part(v, '@', 2), 2) || '******.' || reverse(split_part(reverse(v), '.', 1)) $$;
CREATE OR REPLACE FUNCTION anon.pseudo_first_name(seed anyelement, salt text DEFAULT '') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT anon.pick_by(anon.first_names(), seed::text || salt) $$;
CREATE OR REPLACE FUNCTION anon.pseudo_last_name(seed anyelement, salt text DEFAULT '') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT anon.pick_by(anon.last_names(), seed::text || salt) $$;
CREATE OR REPLACE FUNCTION anon.pseudo_email(seed anyelement, salt text DEFAULT '') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(anon.pseudo_first_name(seed, salt)) || '.' || substr(md5(seed::text || salt), 1, 8) || '@example.com' $$;
CREATE OR REPLACE FUNCTION anon.pseudo_city(seed anyelement, salt text DEFAULT '') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT anon.pick_by(anon.cities(), seed::text || salt) $$;
CREATE OR REPLACE FUNCTION anon.pseudo_country(seed anyelement, salt text DEFAULT '') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT anon.pick_by(anon.countries(), seed::text || salt) $$;
CREATE OR REPLACE FUNCTION anon.pseudo_company(seed anyelement, salt text DEFAULT '') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT anon.pick_by(anon.companies(), seed::text || salt) $$;
CREATE OR REPLACE FUNCTION anon.ternary(condition boolean, then_value anyelement, else_value anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN condition THEN then_value ELSE else_value END $$;
CREATE OR REPLACE FUNCTION anon.concat(VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, '') $$;
CREATE OR REPLACE FUNCTION anon.lower(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT pg_catalog.lower(v) $$;
CREATE OR REPLACE FUNCTION anon.upper(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT pg_catalog.upper(v) $$;
CREATE OR REPLACE FUNCTION anon.left(v text, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT pg_catalog.left(v, n) $$;
CREATE OR REPLACE FUNCTION anon.right(v text, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT pg_catalog.right(v, n) $$;
CREATE OR REPLACE FUNCTION anon.substr(v text, start int, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT pg_catalog.substr(v, start, n) $$;
CREATE OR REPLACE FUNCTION anon.md5(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT pg_catalog.md5(v) $$;
)SQL";
} // namespace

QStringList anonFunctionsSql()
{
    QStringList out;
    for (const QString& line : QString::fromUtf8(script).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line);
    }
    return out;
}

QStringList anonFunctionNames()
{
    static const QRegularExpression name(QStringLiteral("FUNCTION anon\\.(\\w+)\\("));
    QStringList out;
    for (const QString& statement : anonFunctionsSql()) {
        const QRegularExpressionMatch m = name.match(statement);
        if (m.hasMatch() && !out.contains(m.captured(1)))
            out.append(m.captured(1));
    }
    return out;
}

} // namespace Sandbox

-- The type zoo of tst_anonymizedtypes: values that a detour through QVariant would change.
DO $$ BEGIN EXECUTE format('SET ROLE %I', (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())); END $$;
CREATE SCHEMA zoo;
CREATE TYPE zoo.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN zoo.posint AS integer CHECK (VALUE > 0);
CREATE TYPE zoo.pair AS (a integer, b text);
CREATE TABLE zoo.animals (
    id integer PRIMARY KEY,
    n numeric(38,18), nn numeric, r real, d double precision,
    tz timestamptz, ts timestamp, t time, iv interval, dt date,
    b bytea, j json, jb jsonb, u uuid, ip inet, net cidr, mac macaddr, m money,
    e zoo.mood, dom zoo.posint, comp zoo.pair, arr integer[], grid text[][],
    txt text, x xml, tsv tsvector, p point,
    gen integer GENERATED ALWAYS AS (id * 2) STORED,
    email text
);
INSERT INTO zoo.animals (id, n, nn, r, d, tz, ts, t, iv, dt, b, j, jb, u, ip, net, mac, m, e, dom, comp, arr, grid, txt, x, tsv, p, email) VALUES
 (1, 12345678901234567890.123456789012345678, 'NaN', '-0', '1e-310', '2024-02-29 23:59:59.123456+05:30',
  '1999-12-31 23:59:59.999999', '13:14:15.000001', '1 year 2 mons 3 days 04:05:06.789', 'infinity',
  '\x00ff00'::bytea, '{"b": 1,   "a": [1, 2]}', '{"b": 1, "a": [1, 2]}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  '192.168.0.1/24', '10.0.0.0/8', '08:00:2b:01:02:03', 12.34, 'happy', 7, ROW(1, 'x,y "z"'),
  ARRAY[1, NULL, 3], ARRAY[['a', NULL], ['c\d', 'e"f']], repeat(E'tab\there\\back\nline ', 60000),
  '<a b="1">x &amp; y</a>', to_tsvector('simple', 'the quick brown fox'), '(1.5,-2.25)', 'ada@example.com'),
 (2, -0.000000000000000001, '-123456789012345678901234567890.5', 'Infinity', '-Infinity', '-infinity', '1970-01-01 00:00:00.000001',
  '00:00:00', '-1 days +00:00:00.000001', '-infinity', ''::bytea, '[]', '{}', '00000000-0000-0000-0000-000000000000',
  '::1', '2001:db8::/32', 'ff:ff:ff:ff:ff:ff', -0.01, 'sad', 1, ROW(NULL, NULL), '{}', '{}', E'\\N is not null\t\r',
  '<empty/>', '', '(0,0)', 'ben@example.com'),
 (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, 'cleo@example.com'),
 (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL);

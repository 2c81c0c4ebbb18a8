// SPDX-License-Identifier: MIT
// Validates recorded sandbox answers against the official Neon OpenAPI spec: for every
// exchange, the response schema of its route and status (or the route's `default`) must
// accept the body. Prints each violation and a summary; exits 1 when there is any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const [, , nodeModules, ...exchangesPaths] = process.argv;
if (!nodeModules || exchangesPaths.length === 0) {
  console.error('usage: validate-exchanges.mjs NODE_MODULES_DIR EXCHANGES.json [MORE.json ...]');
  process.exit(2);
}
const require = createRequire(join(nodeModules, 'noop.js'));
const YAML = require('yaml');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const packageJson = require.resolve('@neondatabase/api-client/package.json');
const spec = YAML.parse(readFileSync(join(dirname(packageJson), 'public-v2-for-users.gen.yaml'), 'utf8'),
  { maxAliasCount: -1 });

// OpenAPI 3.0 → JSON Schema: `nullable: true` becomes "or null"; refs point into one schema.
const convert = (node) => {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable' || k === 'example' || k === 'discriminator' || k.startsWith('x-')) continue;
    out[k] = k === '$ref' ? v.replace(/^#\//, 'spec#/') : convert(v);
  }
  if (node.nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
};

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
for (const f of ['int', 'int32', 'int64', 'float', 'double', 'uint32', 'uint64']) ajv.addFormat(f, true);
ajv.addSchema({ $id: 'spec', components: convert(spec.components) });

const resolve = (node) => (node && node.$ref ? node.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k], spec) : node);
const exchanges = exchangesPaths.flatMap((path) => JSON.parse(readFileSync(path, 'utf8')));
const cache = new Map();
let violations = 0;
const routes = new Set();
for (const ex of exchanges) {
  const [method, path] = ex.route.split(' ');
  const op = spec.paths[path]?.[method.toLowerCase()];
  if (!op) {
    console.log(`VIOLATION ${ex.route}: not a route of the spec`);
    violations++;
    continue;
  }
  routes.add(ex.route);
  const response = resolve(op.responses[String(ex.status)] ?? op.responses.default);
  if (!response) {
    console.log(`VIOLATION ${ex.route} ${ex.status}: the spec documents no such status and no default`);
    violations++;
    continue;
  }
  const content = response.content?.['application/json'];
  if (!content) {
    if (ex.body && ex.body.length) {
      console.log(`VIOLATION ${ex.route} ${ex.status}: the spec documents no body, got ${ex.body.slice(0, 80)}`);
      violations++;
    }
    continue;
  }
  const key = `${ex.route} ${ex.status}`;
  if (!cache.has(key)) cache.set(key, ajv.compile(convert(content.schema)));
  const validate = cache.get(key);
  let body;
  try {
    body = JSON.parse(ex.body);
  } catch (e) {
    console.log(`VIOLATION ${key}: body is not JSON: ${String(ex.body).slice(0, 80)}`);
    violations++;
    continue;
  }
  if (!validate(body)) {
    violations++;
    console.log(`VIOLATION ${key}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
  }
}
console.log(`${exchanges.length} answers on ${routes.size} routes validated against the official spec: ${violations} violations`);
process.exit(violations ? 1 : 0);

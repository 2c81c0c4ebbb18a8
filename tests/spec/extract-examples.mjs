// SPDX-License-Identifier: MIT
// Reads the official Neon OpenAPI spec from the pinned npm package and writes, for every path
// and method, its operationId, query parameter names and JSON response examples, plus the
// examples of component schemas. The Qt test tst_spec_examples decodes them with our decoders.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const [, , nodeModules, output] = process.argv;
if (!nodeModules || !output) {
  console.error('usage: extract-examples.mjs NODE_MODULES_DIR OUTPUT.json');
  process.exit(2);
}
const require = createRequire(join(nodeModules, 'noop.js'));
const YAML = require('yaml');
const packageJson = require.resolve('@neondatabase/api-client/package.json');
const version = JSON.parse(readFileSync(packageJson, 'utf8')).version;
const specPath = join(dirname(packageJson), 'public-v2-for-users.gen.yaml');
const spec = YAML.parse(readFileSync(specPath, 'utf8'), { maxAliasCount: -1 });

const resolveRef = (node) => {
  if (node && node.$ref) {
    const parts = node.$ref.replace(/^#\//, '').split('/');
    return parts.reduce((o, k) => o[k], spec);
  }
  return node;
};

const paths = {};
for (const [path, item] of Object.entries(spec.paths)) {
  const shared = (item.parameters || []).map(resolveRef);
  for (const method of ['get', 'post', 'patch', 'delete', 'put']) {
    const op = item[method];
    if (!op) continue;
    const params = [...shared, ...(op.parameters || []).map(resolveRef)];
    const examples = [];
    for (const [status, response] of Object.entries(op.responses || {})) {
      const content = resolveRef(response).content?.['application/json'];
      if (!content) continue;
      if (content.example !== undefined) examples.push({ status, name: 'example', value: content.example });
      for (const [name, ex] of Object.entries(content.examples || {}))
        examples.push({ status, name, value: resolveRef(ex).value });
    }
    paths[`${method.toUpperCase()} ${path}`] = {
      operationId: op.operationId,
      tags: op.tags || [],
      query: params.filter((p) => p.in === 'query').map((p) => p.name),
      examples,
    };
  }
}

const schemas = {};
for (const [name, schema] of Object.entries(spec.components.schemas)) {
  if (schema.example !== undefined && typeof schema.example === 'object') schemas[name] = schema.example;
}

writeFileSync(output, JSON.stringify({ package: `@neondatabase/api-client@${version}`, paths, schemas }, null, 1));
const count = Object.values(paths).reduce((n, p) => n + p.examples.length, 0);
console.log(`extracted ${Object.keys(paths).length} operations, ${count} response examples, ` +
  `${Object.keys(schemas).length} schema examples from @neondatabase/api-client@${version}`);

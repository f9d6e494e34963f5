// `npm run generate`: everything the package derives from schemas/, so that adding a command is
// one schema file (plus its cases fixture) and this script. From every `schemas/<family>/*.schema.json`
// it writes:
//
//   lib/generated/packets/<family>/<name>.ts   the packet types (json-schema-to-typescript)
//   lib/generated/x-im.ts                      the type of the x-im vocabulary itself
//   lib/generated/commands.ts                  the command registry: each command's x-im
//   lib/generated/samples.ts                   each command's documented example, for samples
//   lib/generated/schemas.ts                   each command's schema, for tests and tools
//   lib/generated/events.ts                    the event types, the event map and the type exports
//   lib/generated/validators.ts                every schema compiled to plain functions (ajv's
//                                              standalone code), so nothing is compiled at run time
//   README.md, between the commands markers    the command table
//
// Every schema is first compiled with ajv in strict mode, with the x-im keyword registered
// against schemas/x-im.vocabulary.json, so a typo in a schema or its metadata stops here.
// `--check` writes nothing and exits 1 when any output is out of date (the test suite runs it).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schemaDir = path.join(root, 'schemas');
const outDir = path.join(root, 'lib', 'generated');
const banner = '/* Generated from schemas/ by `npm run generate`. Do not edit. */';

/**
 * What each decision kind adds to the event type: the interface its module exports. A new kind
 * is a module in lib/commands/decisions/, an entry in the vocabulary's enum, and a line here.
 */
const decisionTypes = {
  'friend-request': { from: '../commands/decisions/friend-request', type: 'FriendRequestDecision' },
  message: { from: '../commands/decisions/message', type: 'MessageDecision' },
  gate: { from: '../commands/decisions/gate', type: 'GateDecision' },
  members: { from: '../commands/decisions/members', type: 'MembersDecision' },
  chatbot: { from: '../commands/decisions/chatbot', type: 'ChatbotDecision' },
};

export const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));

/** The command schemas: every *.schema.json in a family folder, in a stable order. */
async function commandSchemaFiles() {
  const files = [];
  for (const entry of (await readdir(schemaDir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!entry.isDirectory() || entry.name === 'shared') continue;
    const names = (await readdir(path.join(schemaDir, entry.name))).filter((f) => f.endsWith('.schema.json')).sort();
    for (const name of names) files.push(`${entry.name}/${name}`);
  }
  return files;
}

/** The schemas that command schemas share by `$ref` (message elements), from schemas/shared/. */
export async function sharedSchemas() {
  const dir = path.join(schemaDir, 'shared');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.schema.json')).sort();
  return Promise.all(
    files.map(async (file) => ({ file: `shared/${file}`, schema: await readJson(path.join(dir, file)) })),
  );
}

/**
 * The options every schema is compiled with. strict: a typo in a schema keyword is an error,
 * not a check that silently checks nothing. allErrors off: untrusted input stops at its first
 * error (ajv's security guidance). allowUnionTypes: EventTime is a number or a numeric string.
 * unicode off: every length limit of the schemas is minLength 1, for which code units and code
 * points agree, and the standalone code then needs no ajv runtime helper.
 */
export const ajvOptions = {
  strict: true,
  allErrors: false,
  allowUnionTypes: true,
  unicode: false,
  inlineRefs: false,
  logger: false,
};

/** ajv as the package compiles schemas, plus the vocabulary: strict, so nothing unknown passes. */
export function vocabularyAjv(vocabulary, shared) {
  const ajv = new Ajv(ajvOptions);
  ajv.addKeyword({ keyword: 'x-im', metaSchema: vocabulary });
  for (const { schema } of shared) ajv.addSchema(schema);
  return ajv;
}

/**
 * The schemas accept unknown fields (IM adds fields over time), but the types list only the
 * documented ones: an index signature would let `pair.Initiator_Account` compile on a command
 * whose pairs have no such field, and would hide typos. x-im and examples are not types.
 */
function forTypes(node) {
  if (Array.isArray(node)) return node.map(forTypes);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    // An object with no documented field at all stays open: its type is a record of unknowns.
    if (key === 'additionalProperties' && value === true && node.properties !== undefined) continue;
    if (key === 'x-im' || key === 'examples') continue;
    copy[key] = forTypes(value);
  }
  return copy;
}

/**
 * The TypeScript types of a schema. A `$ref` to a shared schema becomes an import of the type
 * generated from it, rather than a copy in every file.
 */
export async function typesOf(schema, source, shared = []) {
  const byId = new Map(shared.map((entry) => [entry.schema.$id, entry]));
  let types = await compile(forTypes(schema), schema.title, {
    bannerComment: `/* Generated from schemas/${source} by \`npm run generate\`. Do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: false,
    $refOptions: {
      resolve: {
        // A shared schema stands for its type's name, imported below (tsType: written as is).
        shared: {
          order: 1,
          canRead: (file) => byId.has(file.url),
          read: (file) => ({ tsType: byId.get(file.url).schema.title }),
        },
      },
    },
  });
  const depth = source.split('/').length - 1;
  for (const entry of shared) {
    if (entry.file === source || !new RegExp(`\\b${entry.schema.title}\\b`).test(types)) continue;
    const from = `${'../'.repeat(depth)}${depth === 0 ? './' : ''}${entry.file.replace('.schema.json', '')}`;
    types = types.replace(/\*\/\n/, `*/\nimport type { ${entry.schema.title} } from '${from}';\n`);
  }
  return types;
}

export /** Keywords that only describe a schema: the compiled checks do not need them. */
const annotations = new Set(['description', 'title', 'examples', 'x-im', '$comment']);

/** A copy of a schema without its annotations, keeping every keyword that checks something. */
function forValidation(schema) {
  if (Array.isArray(schema)) return schema.map(forValidation);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (annotations.has(key)) continue;
    // Under these, keys are property or definition names, not keywords.
    if (key === 'properties' || key === 'definitions' || key === 'patternProperties') {
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, forValidation(sub)]));
    } else if (key === 'const' || key === 'enum' || key === 'required') {
      copy[key] = value;
    } else {
      copy[key] = forValidation(value);
    }
  }
  return copy;
}

/** Every schema compiled with ajv's standalone code: plain functions, keyed by `$id`. */
function validatorsModule(schemas, vocabulary) {
  const ajv = new Ajv({ ...ajvOptions, code: { source: true, esm: true, lines: false, optimize: true } });
  ajv.addKeyword({ keyword: 'x-im', metaSchema: vocabulary });
  const exports = {};
  schemas.forEach((schema, index) => {
    ajv.addSchema(forValidation(schema));
    exports[`v${index}`] = schema.$id;
  });
  const code = standaloneCode(ajv, exports);
  if (/\brequire\(|\bimport\(/.test(code))
    throw new Error('the standalone validators need a runtime module: keep them self-contained');
  const table = schemas.map((schema, index) => `  ${JSON.stringify(schema.$id)}: v${index},`).join('\n');
  return `// @ts-nocheck: ajv's standalone code, written by ajv, not type-checked.
${banner}
${code}

/** The validator of each schema, by \`$id\`. */
export const validators: Readonly<Record<string, unknown>> = {
${table}
};
`;
}

export const exportedNames = (source) => [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
const eventName = (schema) => `${schema.title.replace(/Packet$/, '')}Event`;

function commandsModule(commands) {
  const entries = commands.map(({ schema }) => {
    const { command, ...meta } = schema['x-im'];
    return `  ${JSON.stringify(command)}: ${JSON.stringify({ schemaId: schema.$id, ...meta })},`;
  });
  return `${banner}
import type { CommandSpec } from '../commands/command-spec';

/** Every command with a schema, by name: its x-im metadata and its schema's $id. */
export const commandSpecs = {
${entries.join('\n')}
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** A command this package has a schema and types for. */
export type KnownCommand = keyof typeof commandSpecs;
`;
}

// Only samplePacket and the CLI need the documented examples, so they live apart from the
// registry: the package's main entry neither loads nor parses them.
function samplesModule(commands) {
  const entries = commands.map(({ schema }) => {
    const meta = schema['x-im'];
    // The most entries the sample's list may have (Push batches: 100), so samples stay valid.
    const sampleMax = meta.sample?.list && schema.properties?.[meta.sample.list]?.maxItems;
    const sample = { example: schema.examples[0], ...(sampleMax && { sampleMax }) };
    return `  ${JSON.stringify(meta.command)}: ${JSON.stringify(sample)},`;
  });
  return `${banner}
import type { KnownCommand } from './commands';

/** What a command's samples are made from. */
export interface CommandSample {
  /** The documented sample body, the base of \`samplePacket\`. */
  readonly example: object;
  /** The most entries the sample's list may hold, when the schema limits it. */
  readonly sampleMax?: number;
}

/** The documented example of every command with a schema. */
export const commandSamples: { readonly [C in KnownCommand]: CommandSample } = {
${entries.join('\n')}
};
`;
}

// The schemas themselves, for tests and tools; the package validates with the compiled
// validators and needs only each schema's $id.
function schemasModule(commands) {
  const imports = commands.map(({ file, variable }) => `import ${variable} from '../../schemas/${file}';`);
  return `${banner}
${imports.join('\n')}

/** The schema of each command. */
export const commandSchemas = {
${commands.map(({ schema, variable }) => `  ${JSON.stringify(schema['x-im'].command)}: ${variable},`).join('\n')}
} as const;
`;
}

function eventsModule(commands, sharedModules) {
  const lines = [banner, "import type { CallbackEvent } from '../commands/event-types';"];
  const usedKinds = new Set(commands.map(({ schema }) => schema['x-im'].decision?.kind).filter(Boolean));
  for (const kind of [...usedKinds].sort()) {
    const { from, type } = decisionTypes[kind];
    lines.push(`import type { ${type} } from '${from}';`);
  }
  for (const { module, names } of [...sharedModules, ...commands]) {
    lines.push(`import type { ${names.join(', ')} } from '${module}';`);
  }
  lines.push('');
  lines.push(`export type { ${[...sharedModules, ...commands].flatMap(({ names }) => names).join(', ')} };`, '');
  for (const { schema, packet } of commands) {
    const meta = schema['x-im'];
    const base = `CallbackEvent<'${meta.command}', ${packet}>`;
    lines.push(`/** The event of \`${meta.command}\`, sent ${meta.summary}. See ${meta.doc} */`);
    const parents = [base, ...(meta.decision ? [decisionTypes[meta.decision.kind].type] : [])];
    const adds = Object.entries(meta.adds ?? {});
    if (adds.length === 0 && parents.length === 1) {
      lines.push(`export type ${eventName(schema)} = ${base};`, '');
      continue;
    }
    lines.push(`export interface ${eventName(schema)} extends ${parents.join(', ')} {`);
    for (const [name, field] of adds) {
      lines.push(`  /** \`body.${field}\`, as IM sent it. */`, `  readonly ${name}: ${packet}['${field}'];`);
    }
    lines.push('}', '');
  }
  lines.push('/** The events this package has schemas and types for, by command. */');
  lines.push('export interface CallbackEventMap {');
  for (const { schema } of commands) lines.push(`  '${schema['x-im'].command}': ${eventName(schema)};`);
  lines.push('}', '');
  return lines.join('\n');
}

/** The README's command table: by family, what the listener gets and what it can answer. */
function commandTable(commands) {
  const range = (meta) => `${meta.decision.refusalCodes.join(' to ')}`;
  const answers = {
    'friend-request': (meta) =>
      `\`deny(target, code?, info?)\` (code ${range(meta)}) into \`ResultItem\`; \`allow(target)\``,
    message: (meta) =>
      `\`refuse(code?, info?)\` (1, or ${range(meta)}), \`discard()\`, \`replaceMessage({ MsgBody?, CloudCustomData? })\``,
    gate: (meta) => `\`refuse(code?, info?)\` (1, or ${range(meta)})`,
    members: (meta) =>
      `\`deny(target)\` into \`${meta.decision.refusedField}\`; \`refuse(code?, info?)\` (1, or ${range(meta)})`,
    chatbot: () => '`respond(data)` into `RspData`',
  };
  const rows = [
    '| command | kind | sent | `event.key` from | the event adds | the listener can answer |',
    '|---|---|---|---|---|---|',
  ];
  let family;
  for (const { schema } of commands) {
    const meta = schema['x-im'];
    if (meta.family !== family) {
      family = meta.family;
      rows.push(`| **${family}** | | | | | |`);
    }
    const targets = meta.decision?.targets;
    const adds = [
      ...Object.entries(meta.adds ?? {}).map(([name, field]) => `\`${name}\` (\`body.${field}\`)`),
      ...(targets
        ? [`\`targets\` (\`${targets.list}\`${targets.account ? `, each's \`${targets.account}\`` : ''})`]
        : []),
    ].join(', ');
    const answer = meta.decision ? answers[meta.decision.kind](meta) : 'OK, or FAIL by throwing (IM ignores it)';
    // The fields that identify one occurrence, or the digest eventKey() falls back on.
    const key = meta.key
      ? meta.key.map((field) => (field.endsWith('?') ? `(\`${field.slice(0, -1)}\`)` : `\`${field}\``)).join(' + ')
      : 'body digest';
    rows.push(
      `| [\`${meta.command}\`](${meta.doc}) | ${meta.timing} | ${meta.summary} | ${key} | ${adds} | ${answer} |`,
    );
  }
  return rows.join('\n');
}

const tableStart = '<!-- generated:commands (npm run generate) -->';
const tableEnd = '<!-- /generated:commands -->';

/** Every generated file, as `[path, content]`. */
export async function generateAll() {
  const vocabulary = await readJson(path.join(schemaDir, 'x-im.vocabulary.json'));
  const shared = await sharedSchemas();
  const ajv = vocabularyAjv(vocabulary, shared);
  const prettierOptions = { ...(await prettier.resolveConfig(path.join(root, 'lib', 'x.ts'))), parser: 'typescript' };
  const format = (source) => prettier.format(source, prettierOptions);
  const outputs = [];

  const commands = [];
  for (const file of await commandSchemaFiles()) {
    const schema = await readJson(path.join(schemaDir, file));
    try {
      ajv.compile(schema);
    } catch (error) {
      throw new Error(`schemas/${file}: ${error.message}`);
    }
    const meta = schema['x-im'];
    if (meta === undefined)
      throw new Error(`schemas/${file} has no x-im: every schema in a family folder is a command`);
    if (!Array.isArray(schema.examples) || schema.examples.length === 0 || !ajv.validate(schema, schema.examples[0])) {
      throw new Error(`schemas/${file} needs a valid example (the documented sample) in "examples"`);
    }
    for (const field of meta.key ?? []) {
      // A key names fields the schema declares; the documented sample has every required one.
      const [top] = field.replace(/\?$/, '').split('.');
      if (schema.properties?.[top] === undefined)
        throw new Error(`schemas/${file}: x-im.key names ${field}, which the schema does not declare`);
      if (!field.endsWith('?') && !(top in schema.examples[0]))
        throw new Error(`schemas/${file}: x-im.key needs ${field}, which the documented sample lacks`);
    }
    const source = await typesOf(schema, file, shared);
    const module = `./packets/${file.replace('.schema.json', '')}`;
    outputs.push([path.join(outDir, `${module.slice(2)}.ts`), await format(source)]);
    const variable = file.replace('.schema.json', '').replace(/[^A-Za-z0-9]+(.)/g, (_, c) => c.toUpperCase());
    commands.push({ file, schema, module, names: exportedNames(source), packet: schema.title, variable });
  }
  const seen = new Set();
  for (const { file, schema } of commands) {
    if (seen.has(schema['x-im'].command))
      throw new Error(`schemas/${file}: ${schema['x-im'].command} is defined twice`);
    seen.add(schema['x-im'].command);
  }

  const sharedModules = [];
  for (const { file, schema } of shared) {
    const source = await typesOf(schema, file, shared);
    const module = `./packets/${file.replace('.schema.json', '')}`;
    outputs.push([path.join(outDir, `${module.slice(2)}.ts`), await format(source)]);
    sharedModules.push({ module, names: exportedNames(source) });
  }
  // Every type is exported from the package's entry, so two schemas must not both name one.
  const owners = new Map();
  for (const { file, names } of [...commands, ...sharedModules.map((m) => ({ ...m, file: m.module }))]) {
    for (const name of names) {
      if (owners.has(name))
        throw new Error(
          `the type ${name} is defined by both ${owners.get(name)} and ${file}: give one a title of its own`,
        );
      owners.set(name, file);
    }
  }

  const generic = await readJson(path.join(schemaDir, 'callback.schema.json'));
  outputs.push([
    path.join(outDir, 'packets', 'callback.ts'),
    await format(await typesOf(generic, 'callback.schema.json')),
  ]);
  outputs.push([path.join(outDir, 'x-im.ts'), await format(await typesOf(vocabulary, 'x-im.vocabulary.json'))]);
  outputs.push([path.join(outDir, 'commands.ts'), await format(commandsModule(commands))]);
  outputs.push([path.join(outDir, 'samples.ts'), await format(samplesModule(commands))]);
  outputs.push([path.join(outDir, 'schemas.ts'), await format(schemasModule(commands))]);
  outputs.push([path.join(outDir, 'events.ts'), await format(eventsModule(commands, sharedModules))]);
  const validated = [...shared.map(({ schema }) => schema), generic, ...commands.map(({ schema }) => schema)];
  outputs.push([path.join(outDir, 'validators.ts'), validatorsModule(validated, vocabulary)]);

  const readmePath = path.join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start === -1 || end === -1) throw new Error(`README.md needs the markers ${tableStart} and ${tableEnd}`);
  outputs.push([
    readmePath,
    `${readme.slice(0, start + tableStart.length)}\n${commandTable(commands)}\n${readme.slice(end)}`,
  ]);
  return outputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const outputs = await generateAll();
  let stale = 0;
  for (const [file, content] of outputs) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === content) continue;
    stale++;
    if (check) console.error(`out of date: ${path.relative(root, file)} (run npm run generate)`);
    else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  // A generated file whose schema is gone must go too.
  const expected = new Set(outputs.map(([file]) => file));
  const existing = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of existing) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (!entry.isFile() || expected.has(file)) continue;
    stale++;
    if (check) console.error(`left over: ${path.relative(root, file)} (run npm run generate)`);
    else await rm(file);
  }
  if (check && stale > 0) process.exit(1);
  if (!check) console.log(`generated ${outputs.length} files from schemas/`);
}

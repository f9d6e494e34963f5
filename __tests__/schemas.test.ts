import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { compilePacketSchema } from '../lib/validate';
import friendAddCases from './fixtures/friend-add.cases.json';

const schemaDir = path.join(__dirname, '..', 'schemas');
const schemaFiles = readdirSync(schemaDir).filter((file) => file.endsWith('.schema.json'));

describe('schemas/', () => {
  it.each(schemaFiles)('%s compiles in strict mode and has an $id', (file) => {
    const schema = JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as { $id?: unknown };
    expect(typeof schema.$id).toBe('string');
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    expect(() => ajv.compile(schema as object)).not.toThrow();
  });

  it('has generated TypeScript types that match every schema (npm run generate:types)', () => {
    const result = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'generate-types.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('friend-add.schema.json', () => {
  const validate = compilePacketSchema(
    JSON.parse(readFileSync(path.join(schemaDir, 'friend-add.schema.json'), 'utf8')) as { $id: string },
  );

  it.each(friendAddCases.map((c) => [c.description, c.data, c.valid] as const))('%s', (_description, data, valid) => {
    expect(validate(data)).toBe(valid);
  });
});

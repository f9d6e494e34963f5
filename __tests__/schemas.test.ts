import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { compilePacketSchema } from '../lib/validate';

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
    const result = spawnSync(
      process.execPath,
      [path.join(__dirname, '..', 'scripts', 'generate-types.mjs'), '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe.each(schemaFiles)('%s accepts and refuses its fixture cases', (file) => {
  const schema = JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as { $id: string };
  const casesFile = path.join(__dirname, 'fixtures', file.replace('.schema.json', '.cases.json'));
  const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as { description: string; data: unknown; valid: boolean }[];
  const validate = compilePacketSchema(schema);

  it('has both valid and invalid cases', () => {
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
  });

  it.each(cases.map((c) => [c.description, c.data, c.valid] as const))('%s', (_description, data, valid) => {
    expect(validate(data)).toBe(valid);
  });
});

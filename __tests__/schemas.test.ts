import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { validatorOf } from '../lib/commands/validate';
import messageElement from '../schemas/shared/message-element.schema.json';
import vocabulary from '../schemas/x-im.vocabulary.json';

const schemaDir = path.join(__dirname, '..', 'schemas');
// The generic packet schema at the top, and every command's schema in its family's folder.
const schemaFiles = readdirSync(schemaDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.schema.json'))
  .sort();
const readSchema = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as { $id: string };

describe('schemas/', () => {
  it.each(schemaFiles)('%s compiles in strict mode, with the x-im vocabulary, and has an $id', (file) => {
    const schema = readSchema(file);
    expect(typeof schema.$id).toBe('string');
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    ajv.addKeyword({ keyword: 'x-im', metaSchema: vocabulary });
    if (schema.$id !== messageElement.$id) ajv.addSchema(messageElement);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('refuses x-im metadata that the vocabulary does not allow', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    ajv.addKeyword({ keyword: 'x-im', metaSchema: vocabulary });
    const schema = readSchema('sns/friend-add.schema.json') as { $id: string; 'x-im': object };
    const wrong = { ...schema, $id: 'urn:test:wrong', 'x-im': { ...schema['x-im'], timing: 'during' } };
    expect(() => ajv.compile(wrong)).toThrow(
      'keyword "x-im" value is invalid at path "#": data/timing must be equal to one of the allowed values',
    );
  });

  it('has everything derived from it up to date (npm run generate)', () => {
    const result = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'generate.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe.each(schemaFiles)('%s accepts and refuses its fixture cases', (file) => {
  const schema = readSchema(file);
  const casesFile = path.join(__dirname, 'fixtures', 'cases', file.replace('.schema.json', '.cases.json'));
  const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as { description: string; data: unknown; valid: boolean }[];
  const validate = validatorOf(schema.$id);

  it('has both valid and invalid cases', () => {
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
  });

  it.each(cases.map((c) => [c.description, c.data, c.valid] as const))('%s', (_description, data, valid) => {
    expect(validate(data)).toBe(valid);
  });
});

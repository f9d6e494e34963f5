// `node scripts/check-schema.mjs schemas/<family>/<name>.schema.json ...`: checks command
// schemas one by one without writing anything (npm run generate writes every derived file):
// each compiles with ajv in strict mode against the x-im vocabulary, its example is valid, its
// cases fixture (__tests__/fixtures/cases/<family>/<name>.cases.json) passes, and its types
// generate. Prints the type names it would export, to spot a name another schema also uses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportedNames, readJson, sharedSchemas, typesOf, vocabularyAjv } from './generate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const vocabulary = await readJson(path.join(root, 'schemas', 'x-im.vocabulary.json'));
const shared = await sharedSchemas();
let failures = 0;
for (const arg of process.argv.slice(2)) {
  const file = path.relative(path.join(root, 'schemas'), path.resolve(arg));
  const fail = (message) => {
    failures++;
    console.error(`not ok: ${file}: ${message}`);
  };
  try {
    const schema = await readJson(path.join(root, 'schemas', file));
    const ajv = vocabularyAjv(
      vocabulary,
      shared.filter((entry) => entry.schema.$id !== schema.$id),
    );
    const validate = ajv.compile(schema);
    const meta = schema['x-im'];
    if (meta === undefined) fail('no x-im');
    if (!Array.isArray(schema.examples) || !validate(schema.examples[0])) {
      fail(`the example is not valid: ${ajv.errorsText(validate.errors)}`);
    }
    const casesFile = path.join(root, '__tests__', 'fixtures', 'cases', file.replace('.schema.json', '.cases.json'));
    const cases = await readJson(casesFile);
    if (!cases.some((c) => c.valid) || !cases.some((c) => !c.valid)) fail('the cases need valid and invalid ones');
    for (const c of cases) {
      const valid = validate(c.data);
      // The router also refuses a body whose CallbackCommand differs from the query's.
      const command = c.data?.CallbackCommand;
      const routed = valid && (command === undefined || command === meta?.command);
      if (routed !== c.valid)
        fail(
          `case "${c.description}" is ${routed ? 'valid' : `invalid (${ajv.errorsText(validate.errors)})`}, not ${c.valid ? 'valid' : 'invalid'}`,
        );
    }
    const names = exportedNames(await typesOf(schema, file, shared));
    console.log(`ok: ${file} (${cases.length} cases; types ${names.join(', ')})`);
  } catch (error) {
    fail(error.message);
  }
}
process.exitCode = failures > 0 ? 1 : 0;

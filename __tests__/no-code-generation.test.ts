import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { builtFile } from './helpers/built';

// Cloudflare Workers and strict CSPs forbid eval and new Function. The schemas are compiled when
// the package is built, so the built package answers callbacks there, through every adapter.
describe('without code generation from strings', () => {
  it('the router on Express, createNodeHandler and createFetchHandler answer a callback', async () => {
    const script = path.join(__dirname, 'fixtures', 'no-code-generation.cjs');
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--disallow-code-generation-from-strings',
      script,
      builtFile('index.js'),
      builtFile('testing.js'),
    ]);
    const refused = { ActionStatus: 'OK', ErrorCode: 120001, ErrorInfo: 'no eval here' };
    expect(JSON.parse(stdout)).toEqual({ evalRefused: true, express: refused, node: refused, fetch: refused });
  });
});

// `npm test`: every check of the project, built once, in the least time two cores allow, ending
// with one line that counts what passed and what failed.
//
//   lane 1: format:check, lint, typecheck (static; they share no files with lane 2's output)
//   lane 2: build, then jest with coverage (the CLI and example tests use the build)
//   then:   the package test, on that same build
//
// Each step's output is printed whole when it ends, so lanes running at once do not interleave.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const jestResults = path.join(root, '.tmp', 'jest-results.json');

/** Runs one step; resolves with its exit code and what it printed. */
function run(name, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n── ${name} (${code === 0 ? 'passed' : `failed, exit ${code}`}, ${seconds} s)\n${output}`);
      resolve({ name, code, output });
    });
  });
}

const npmRun = (script) => ['npm', ['run', '--silent', script]];

/** Runs steps one after another; with `dependent`, a failure skips the rest (they need it). */
async function lane(steps, { dependent }) {
  const results = [];
  for (const [name, [command, args]] of steps) {
    const result = await run(name, command, args);
    results.push(result);
    if (dependent && result.code !== 0) break;
  }
  return results;
}

mkdirSync(path.dirname(jestResults), { recursive: true });
rmSync(jestResults, { force: true });
const started = Date.now();
const [staticChecks, built] = await Promise.all([
  lane(
    [
      ['format:check', npmRun('format:check')],
      ['lint', npmRun('lint')],
      ['typecheck', npmRun('typecheck')],
    ],
    { dependent: false },
  ),
  lane(
    [
      ['build', npmRun('build')],
      ['jest', ['npx', ['--no-install', 'jest', '--coverage', '--json', `--outputFile=${jestResults}`]]],
    ],
    { dependent: true },
  ),
]);
const steps = [...staticChecks, ...built];
const buildOk = built[0]?.code === 0;
if (buildOk) steps.push(await run('package test', 'bash', ['scripts/test-package.sh']));

let passed = 0;
let failed = 0;
const parts = [];
for (const step of steps) {
  if (step.name === 'jest') {
    let results;
    try {
      results = JSON.parse(readFileSync(jestResults, 'utf8'));
    } catch {
      failed++; // jest did not get as far as writing results
      parts.push('jest did not finish');
      continue;
    }
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A suite that fails to load, or a coverage threshold missed, fails with no failed test.
    if (step.code !== 0 && results.numFailedTests === 0) failed++;
    parts.push(`jest ${results.numPassedTests}/${results.numTotalTests}`);
  } else if (step.name === 'package test') {
    const ok = step.output.match(/^ok: /gm)?.length ?? 0;
    passed += ok;
    if (step.code !== 0) failed++;
    parts.push(`package ${ok} checks${step.code === 0 ? '' : ' then a failure'}`);
  } else {
    if (step.code === 0) passed++;
    else failed++;
  }
}
const skipped = 6 - steps.length; // steps that never ran because one before them failed
if (skipped > 0) parts.push(`${skipped} step(s) not run`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\nnpm test: ${passed} passed, ${failed} failed (${parts.join('; ')}; lint, format, types, build) in ${seconds} s`,
);
process.exitCode = failed > 0 || skipped > 0 ? 1 : 0;

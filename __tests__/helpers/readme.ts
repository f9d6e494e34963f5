import { readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import ts from 'typescript';
import * as tencentImCallback from '../../lib';
import * as testingHelpers from '../../lib/testing';

const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The code block that follows `<!-- readme-test: name -->` in the README. */
export function readmeBlock(name: string): string {
  const match = new RegExp(`<!-- readme-test: ${name} -->\\s*\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match?.[1]) throw new Error(`README has no block marked readme-test: ${name}`);
  return match[1];
}

/**
 * Runs a README block as a CommonJS module, with the package under its published name, and
 * returns its exports, plus its `app` when it makes one. Express's `app.listen` binds nothing;
 * other modules the block imports are given in `modules`.
 *
 * @param name - the block's name in its `readme-test` marker
 * @param modules - the modules the block may import beside Express, supertest and the package
 */
export function runReadmeModule(name: string, modules: Record<string, unknown> = {}): Record<string, unknown> {
  const source = `${readmeBlock(name)}\n;module.exports.app = typeof app === 'undefined' ? undefined : app;`;
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const quietExpress = Object.assign(() => {
    const app = express();
    app.listen = (() => ({ close: () => undefined })) as unknown as typeof app.listen;
    return app;
  }, express);
  const available: Record<string, unknown> = {
    express: quietExpress,
    supertest: request,
    'tencent-im-callback': tencentImCallback,
    'tencent-im-callback/testing': testingHelpers,
    ...modules,
  };
  const load = (id: string) => {
    if (!(id in available)) throw new Error(`README block ${name} requires unexpected module ${id}`);
    return available[id];
  };
  const module = { exports: {} as Record<string, unknown> };

  new Function('require', 'module', 'exports', 'test', outputText)(load, module, module.exports, modules['test']);
  return module.exports;
}

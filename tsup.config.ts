import { defineConfig } from 'tsup';

const shared = {
  target: 'node18',
  platform: 'node',
  sourcemap: false,
  // Express is a peer: the package only needs its types and its request/response objects.
  external: ['express'],
} as const;

export default defineConfig([
  {
    ...shared,
    entry: { index: 'lib/index.ts', testing: 'lib/testing.ts' },
    format: ['cjs', 'esm'],
    dts: true,
    clean: true,
  },
  {
    ...shared,
    // The command-line simulator: one CommonJS file; esbuild keeps its #! line.
    entry: { cli: 'lib/cli/bin.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
  },
]);

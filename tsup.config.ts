import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'lib/index.ts' },
  format: ['cjs', 'esm'],
  dts: true,
  target: 'node18',
  platform: 'node',
  sourcemap: false,
  clean: true,
  // Express is a peer: the package only needs its types and its request/response objects.
  external: ['express'],
});

import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // Code under test never loads the real Electron (its binary is absent on CI).
    alias: { electron: fileURLToPath(new URL('./test/support/electron-stub.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/node/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});

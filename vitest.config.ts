import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // The Electron binary cannot run here: the shell's tests drive it against an in-memory fake.
    alias: { electron: fileURLToPath(new URL('./test/support/electron-fake.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/node/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // electron-store imports `electron` itself: load it through vite so the alias applies.
    server: { deps: { inline: ['electron-store'] } },
  },
});

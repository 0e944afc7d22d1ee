import { defineConfig } from 'vitest/config';

/** Read by the Angular unit-test builder (angular.json, `runnerConfig`). */
export default defineConfig({
  test: {
    // The builder compiles the specs itself and hands Vitest bundles whose names do
    // not change with their content: Vitest's module cache on disk (on by default
    // since Vitest 5) then ran the previous build's code after an edit.
    fsModuleCache: false,
    // A page spec renders the page with its map; on a busy 2-core machine (make test
    // while the backend suites run) that alone can take most of the default 5 s.
    testTimeout: 15_000,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Read by the Angular unit-test builder (angular.json, `runnerConfig`). The
 * builder compiles the specs itself and hands Vitest bundles whose names do
 * not change with their content; Vitest's module cache on disk (on by
 * default since Vitest 5) then ran the previous build's code after an edit.
 */
export default defineConfig({
  test: { fsModuleCache: false },
});

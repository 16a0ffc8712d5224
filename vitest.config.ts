import { configDefaults, defineConfig } from 'vitest/config';

const external = Boolean(process.env.TEST_DATABASE_URL);
if (process.env.CI === 'true' && !external) {
  throw new Error('CI=true but TEST_DATABASE_URL is not set: CI must test the external PostgreSQL mode too');
}

const apiTests = { include: ['src/**/*.test.ts'], testTimeout: 30000, hookTimeout: 60000 };
/**
 * The business day every test runs on (the one clock, src/shared/clock.ts): a December day, so the current
 * year is well under way and the last complete year is the one before (KEGUAN_TEST_TODAY runs it on another).
 */
const today = process.env.KEGUAN_TEST_TODAY ?? '2026-12-07';
// The CLI manages embedded servers of its own, and the replica test clusters of Debian's PostgreSQL: neither
// has an external-database variant. The fuzz run tests the app's answers, which do not depend on where
// PostgreSQL runs: once is enough.
const cliTests = 'src/cli/**/*.test.ts';
const onceTests = ['src/server/fuzz.test.ts', 'src/db/replica.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['src/testing/global-setup.ts'],
    setupFiles: ['src/testing/pinned-clock.ts'],
    reporters: ['default'],
    projects: [
      { extends: true as const, test: { ...apiTests, name: 'embedded', testTimeout: 120000, env: { KEGUAN_TEST_TARGET: 'embedded', KEGUAN_TODAY: today } } },
      ...(external ? [{ extends: true as const, test: { ...apiTests, name: 'external', exclude: [...configDefaults.exclude, cliTests, ...onceTests], env: { KEGUAN_TEST_TARGET: 'external', KEGUAN_TODAY: today } } }] : []),
      {
        extends: true,
        // A page can take more than a second to show a change on a busy machine: polls wait up to ten.
        test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60000, hookTimeout: 120000, fileParallelism: false, expect: { poll: { timeout: 10000 } }, env: { KEGUAN_TEST_TARGET: 'embedded', KEGUAN_TODAY: today } },
      },
    ],
  },
});

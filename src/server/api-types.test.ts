import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/harness.js';
import { apiTypes, apiTypesFile } from './api-types.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("the web's API types", () => {
  it('are what the routes declare today: run `npm run api:types` after changing a schema', async () => {
    const generated = await apiTypes(t.app);
    expect(generated).toContain('"/api/orgs/{id}"');
    // Compared whole, so that any change of any route's schema shows here (without printing 14,000 lines).
    expect(
      generated === (await fs.readFile(apiTypesFile, 'utf8')),
      `${apiTypesFile} is stale: run npm run api:types`,
    ).toBe(true);
  });
});

import openapiTS, { astToString } from 'openapi-typescript';
import type { FastifyInstance } from 'fastify';

/** Where the web's API types are written: generated, never edited by hand. */
export const apiTypesFile = 'src/web/lib/api-schema.ts';

const banner = `/**
 * The API's types, generated from its OpenAPI document (the routes' zod schemas) by \`npm run api:types\`.
 * Do not edit: change a route's schema and regenerate; npm test fails while this file is stale.
 */

`;

/** The web's view of the API, as TypeScript, from the OpenAPI document the app serves at /api/openapi.json. */
export async function apiTypes(app: FastifyInstance): Promise<string> {
  await app.ready();
  const document = app.swagger() as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { alphabetize: true, exportType: true });
  return banner + astToString(ast);
}

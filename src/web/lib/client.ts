import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '../i18n';
import type { paths } from './api-schema';
import { ApiError, currentCsrfToken, refusalOf } from './api';

/**
 * The API as TypeScript knows it from the routes' own schemas (src/web/lib/api-schema.ts, generated):
 * paths, parameters, bodies and answers are checked at compile time, so a screen cannot drift from the
 * server. Refusals arrive as ApiError, like `api()`'s.
 */
const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language);
    if (request.method !== 'GET') request.headers.set('x-csrf-token', currentCsrfToken());
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return response;
    const data = (await response
      .clone()
      .json()
      .catch(() => null)) as Parameters<typeof refusalOf>[2];
    throw refusalOf(response.status, response.statusText, data);
  },
  onError() {
    return new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  },
};

export const apiClient = createClient<paths>({ credentials: 'same-origin' });
apiClient.use(session);

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer B } ? B : never;
type JsonOf<A> = A extends { content: { 'application/json': infer J } } ? J : never;

/** What a route answers on success, as its schema declares it: `ResponseOf<'/api/orgs/{id}'>`. */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> =
  paths[P] extends Record<M, { responses: infer R }> ? JsonOf<Success<R>> : never;

/** What a route takes as its JSON body. */
export type BodyOf<P extends keyof paths, M extends Method = 'post'> =
  paths[P] extends Record<M, { requestBody?: infer B }> ? JsonOf<NonNullable<B>> : never;

/** One row of a list a route answers with `{ items: [...] }`. */
export type ItemOf<P extends keyof paths, M extends Method = 'get'> =
  ResponseOf<P, M> extends { items: (infer I)[] } ? I : never;

/** The answer of a call that succeeded (a refusal has already thrown as ApiError in the middleware). */
export function answer<T>(result: { data?: T }): T {
  return result.data as T;
}

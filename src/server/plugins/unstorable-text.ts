import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/**
 * Text PostgreSQL cannot store: the NUL character, and UTF-16 halves without their pair (which no UTF-8
 * encodes). Neither is anything a person types, so the API refuses them by name, before any query runs;
 * the public site's forms and addresses drop them instead, as a browser user cannot see them anyway.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL character is exactly what is looked for.
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hasUnstorable = (text: string) => text.search(unstorable) !== -1;
const storableText = (text: string) => text.replace(unstorable, '');

/** The path of the first string (or key) holding unstorable text, e.g. `body.team.0.name`. */
function firstUnstorable(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return hasUnstorable(value) ? path : undefined;
  if (!value || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (hasUnstorable(key)) return at;
    const found = firstUnstorable(inner, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function cleaned(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return storableText(value);
  if (!value || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((inner) => cleaned(inner, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [storableText(key), cleaned(inner, depth + 1)]),
  );
}

export function registerUnstorableTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const sources = { params: request.params, query: request.query, body: request.body } as const;
    if (request.url.startsWith('/api/')) {
      for (const [name, value] of Object.entries(sources)) {
        const field = firstUnstorable(value, name);
        if (field) throw AppError.invalid(field, 'unstorable_character');
      }
      return;
    }
    request.params = cleaned(request.params);
    request.query = cleaned(request.query);
    if (request.body && typeof request.body === 'object') request.body = cleaned(request.body);
  });
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { databaseRefusal } from '../../db/errors.js';
import { AppError, type ErrorCode, type ErrorParams, type Language, languageOf } from '../errors.js';
import { isProblem, type ProblemParams, problemText } from '../problems.js';
import { type IssueParts, problemOfIssue } from '../zod-problems.js';
import { apiEn } from '../../shared/locales/api.en.js';
import { apiZhCN } from '../../shared/locales/api.zh-CN.js';
import { inBothLanguages } from '../refusals.js';

/**
 * One error shape for every client: {"error":{"code","message","details"}}, message in the caller's language.
 * Anything unexpected is logged with its stack and answered as INTERNAL — no stack or SQL leaves the server.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  o: { pageNotFound?: (request: FastifyRequest, reply: FastifyReply) => unknown } = {},
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return send(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const source = (request as unknown as Record<string, unknown>)[error.validationContext ?? 'body'];
      const details = error.validation.map((issue) => {
        const path = issue.instancePath.split('/').filter(Boolean);
        const { problem, params } = problemOfIssue(
          { code: issue.keyword, ...(issue.params as Omit<IssueParts, 'code'>) },
          valueAt(source, path) !== undefined,
        );
        return { field: [error.validationContext, ...path].join('.'), problem, ...(params ? { params } : {}) };
      });
      return send(request, reply, new AppError('VALIDATION', { details }));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(request, reply, new AppError('INTERNAL'));
    }
    const mapped = mapFrameworkError(error) ?? databaseAppError(error);
    if (mapped) {
      if (mapped.code === 'DATABASE_UNAVAILABLE') {
        request.log.warn({ code: (error as { code?: string }).code }, 'database unavailable');
        reply.header('retry-after', '5');
      }
      return send(request, reply, mapped);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(request, reply, new AppError('INTERNAL'));
  });

  // The API answers in JSON; any other address is a page of the public site that does not exist.
  app.setNotFoundHandler((request, reply) =>
    o.pageNotFound && !request.url.startsWith('/api/') && !request.url.startsWith('/app/')
      ? o.pageNotFound(request, reply)
      : send(request, reply, new AppError('NOT_FOUND')),
  );
}

function send(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const language = languageOf(request.headers['accept-language']);
  const body: { error: { code: ErrorCode; message: string; details?: unknown } } = {
    error: { code: error.code, message: error.messageIn(language) },
  };
  if (error.details !== undefined) body.error.details = worded(error.details, language);
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

/** Each field detail naming a catalogue problem gets its message in the caller's language. */
function worded(details: unknown, language: Language): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((detail: unknown) => {
    if (!detail || typeof detail !== 'object') return detail;
    const { problem, params } = detail as { problem?: unknown; params?: ProblemParams };
    return isProblem(problem) ? { ...detail, message: problemText(problem, language, params) } : detail;
  });
}

function valueAt(source: unknown, path: string[]): unknown {
  let value = source;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value === null ? undefined : value;
}

const byFrameworkCode: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION',
  FST_PARTS_LIMIT: 'TOO_MANY_PARTS',
  FST_FILES_LIMIT: 'TOO_MANY_PARTS',
  FST_FIELDS_LIMIT: 'TOO_MANY_PARTS',
  FST_PROTO_VIOLATION: 'VALIDATION',
  FST_INVALID_JSON_FIELD_ERROR: 'VALIDATION',
  FST_MP_PREMATURE_CLOSE: 'VALIDATION',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION',
};

function mapFrameworkError(error: FastifyError): AppError | undefined {
  const code = error.code ? byFrameworkCode[error.code] : undefined;
  if (code === 'PAYLOAD_TOO_LARGE') return new AppError(code, { params: { limit: '20 MB' } });
  if (code === 'UNSUPPORTED_MEDIA_TYPE') return new AppError(code, { params: { allowed: 'application/json' } });
  if (code) return new AppError(code);
  if (error.statusCode === 429) return new AppError('RATE_LIMITED');
  if (error instanceof SyntaxError || error.statusCode === 400) return new AppError('VALIDATION');
  // busboy's words for a multipart body it cannot read (no boundary, cut short, malformed headers).
  if (
    /^(Multipart: Boundary not found|Unexpected end of (form|multipart data)|Malformed part header|Malformed urlencoded form)/.test(
      error.message,
    )
  )
    return new AppError('VALIDATION');
  return undefined;
}

/** Tables whose rows keep another record from being deleted, in the bureau's words. */
const tableWords: Record<string, { zh: string; en: string }> = inBothLanguages(apiZhCN.records, apiEn.records);

/** A database refusal as the error a client reads; undefined for a fault of ours. */
export function databaseAppError(error: unknown): AppError | undefined {
  const refusal = databaseRefusal(error);
  switch (refusal?.kind) {
    case undefined:
      return undefined;
    case 'bad-value':
      return new AppError('VALIDATION');
    case 'unknown-reference':
      return new AppError('VALIDATION', { details: [{ field: 'body', problem: 'refers_unknown_record' }] });
    case 'in-use': {
      const what: ErrorParams[string] | undefined = refusal.usedBy ? tableWords[refusal.usedBy] : undefined;
      return what ? new AppError('IN_USE_BY', { params: { what } }) : new AppError('IN_USE');
    }
    case 'conflict':
      return new AppError('CONFLICT');
    case 'unavailable':
      return new AppError('DATABASE_UNAVAILABLE');
  }
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, errorMessage, languageOf } from '../errors.js';

/**
 * One error shape for every client: {"error":{"code","message","details"}}, message in the caller's language.
 * Anything unexpected is logged with its stack and answered as INTERNAL — no stack or SQL leaves the server.
 */
export function registerErrorHandling(app: FastifyInstance, o: { pageNotFound?: (request: FastifyRequest, reply: FastifyReply) => unknown } = {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return send(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        field: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message,
      }));
      return send(request, reply, new AppError('VALIDATION', { details }));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(request, reply, new AppError('INTERNAL'));
    }
    const mapped = mapFrameworkError(error);
    if (mapped) return send(request, reply, mapped);
    request.log.error({ err: error }, 'unhandled error');
    return send(request, reply, new AppError('INTERNAL'));
  });

  // The API answers in JSON; any other address is a page of the public site that does not exist.
  app.setNotFoundHandler((request, reply) =>
    o.pageNotFound && !request.url.startsWith('/api/') && !request.url.startsWith('/app/') ? o.pageNotFound(request, reply) : send(request, reply, new AppError('NOT_FOUND')),
  );
}

function send(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const language = languageOf(request.headers['accept-language']);
  const body: { error: { code: ErrorCode; message: string; details?: unknown } } = {
    error: { code: error.code, message: errorMessage(error.code, language, error.params) },
  };
  if (error.details !== undefined) body.error.details = error.details;
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

const byFrameworkCode: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION',
};

function mapFrameworkError(error: FastifyError): AppError | undefined {
  const code = error.code ? byFrameworkCode[error.code] : undefined;
  if (code === 'PAYLOAD_TOO_LARGE') return new AppError(code, { params: { limit: '20 MB' } });
  if (code === 'UNSUPPORTED_MEDIA_TYPE') return new AppError(code, { params: { allowed: 'application/json' } });
  if (code) return new AppError(code);
  if (error.statusCode === 429) return new AppError('RATE_LIMITED');
  if (error instanceof SyntaxError || error.statusCode === 400) return new AppError('VALIDATION');
  return undefined;
}

import type { FastifyRequest } from 'fastify';

/**
 * A preValidation hook for routes that name a record: when the caller cannot see it, answer 404 before the
 * body is validated, so an out-of-scope caller learns nothing from validation messages either.
 */
export function visibleFirst(find: (request: FastifyRequest, id: number) => Promise<unknown>) {
  return async (request: FastifyRequest): Promise<void> => {
    const id = Number((request.params as { id?: string }).id);
    if (Number.isInteger(id) && id > 0 && id <= 2147483647) await find(request, id);
  };
}

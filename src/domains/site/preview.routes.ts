import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as clock from '../../shared/clock.js';
import { idParams } from '../../shared/schemas.js';
import { currentSiteProfile } from '../content/site-profile.js';
import { getItem } from '../content/items.service.js';
import { siteOf } from './layout.js';
import { contentEditors as editors } from '../content/policy.js';
import { objectionCounts } from '../content/public.service.js';
import { itemPage } from './views.js';

/** 预览: an item as the public will see it, whatever its state; staff only, never indexed. */
export async function previewRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  r.get(
    '/preview/items/:id',
    { config: { access: editors }, schema: { hide: true, params: idParams } },
    async (request, reply) => {
      const item = await getItem(db, request.params.id);
      const site = siteOf(request, config, currentSiteProfile(db));
      const files = item.attachments.map((f) => ({ id: f.id, originalName: f.originalName, size: f.size }));
      const publicity =
        item.column === 'publicity'
          ? { today: clock.today(), objections: await objectionCounts(db, item.id) }
          : undefined;
      const body = itemPage(site, { ...item, files }, { preview: true, publicity });
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body.value);
    },
  );
}

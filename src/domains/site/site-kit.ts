import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { currentSiteProfile } from '../content/site-profile.js';
import type { Html } from '../../server/html.js';
import { type Site, siteOf } from './layout.js';

/**
 * What every part of the public site uses to answer: pages sent as HTML, forms read as posted, limits per
 * address. The site's own routes and the parts other domains add to it (依申请公开, 意见征集) share them.
 */
/** Ordinary HTML forms post url-encoded bodies; the site reads them, the API does not. */
export function formBody(app: FastifyInstance) {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
}

export function sendPage(reply: FastifyReply, body: Html, status = 200) {
  return reply
    .status(status)
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .send(`${body.value}`);
}

/**
 * Where a view switch may lead back to: a path of this site, nothing else. Browsers drop tabs and line
 * breaks from a Location, so "/\t/evil.example" would leave the site: the path is parsed, not pattern-matched.
 */
export function sameSitePath(back: string): string {
  if (/[\p{Cc}\s\\]/u.test(back) || !back.startsWith('/')) return '/';
  const url = new URL(back, 'http://site.invalid');
  return url.origin === 'http://site.invalid' ? `${url.pathname}${url.search}` : '/';
}

/** The fields of a form that failed, as the form names them. */
export function failedFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((i) => String(i.path[0])))];
}

export const formText = (body: unknown, key: string) => {
  const value = (body as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
};

/** A limit on requests per client address (writing, and pages that cost a query per word or a check question). */
export const perAddress = (max: number, timeWindow: string) => ({
  rateLimit: { max, timeWindow, allowList: () => false, keyGenerator: (request: FastifyRequest) => request.ip },
});

/** How the site sees a request: the reader's view and language, the bureau's profile, the page's path. */
export function siteFor(app: FastifyInstance): (request: FastifyRequest) => Site {
  const { config, db } = app.deps;
  return (request) => siteOf(request, config, currentSiteProfile(db));
}

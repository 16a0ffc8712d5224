import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type pg from 'pg';
import type { Db } from '../db/client.js';
import { auditRoutes } from '../domains/audit/routes.js';
import { keguanJobs } from './jobs.js';
import { createJobQueue, type JobQueue } from '../domains/jobs/queue.js';
import { jobRoutes } from '../domains/jobs/routes.js';
import { type PdfConverter, pdfConverter } from '../domains/reports/pdf-conversions.js';
import { authRoutes } from '../domains/auth/routes.js';
import { dictionaryRoutes } from '../domains/dictionaries/routes.js';
import { fileRoutes } from '../domains/files/routes.js';
import { orgRoutes } from '../domains/orgs/routes.js';
import { peopleRoutes } from '../domains/people/routes.js';
import { programRoutes } from '../domains/programs/routes.js';
import { approvalRoutes } from '../domains/approvals/routes.js';
import { expertRoutes } from '../domains/experts/routes.js';
import { agreementRoutes } from '../domains/agreements/routes.js';
import { notificationRoutes } from '../domains/notifications/routes.js';
import { patentRoutes } from '../domains/patents/routes.js';
import { subsidyRoutes } from '../domains/patents/subsidies.routes.js';
import { registryRoutes } from '../domains/registries/routes.js';
import { metricRoutes } from '../domains/metrics/routes.js';
import { targetRoutes } from '../domains/targets/routes.js';
import { reportRoutes } from '../domains/reports/routes.js';
import { projectRoutes } from '../domains/projects/routes.js';
import { applicationRoutes } from '../domains/projects/applications.routes.js';
import { systemRoutes } from '../domains/system/routes.js';
import { portalRoutes } from '../domains/content/routes.js';
import { messageRoutes } from '../domains/messages/routes.js';
import { calendarRoutes } from '../domains/calendar/routes.js';
import { openDataRoutes } from '../domains/site/open-data.routes.js';
import { previewRoutes } from '../domains/site/preview.routes.js';
import { websiteRoutes } from '../domains/website/routes.js';
import { disclosureRoutes } from '../domains/disclosure/routes.js';
import { disclosureSite } from '../domains/disclosure/site.routes.js';
import { consultationsSite } from '../domains/consultations/site.routes.js';
import { consultationRoutes } from '../domains/consultations/routes.js';
import { siteRoutes } from '../domains/site/routes.js';
import { siteOf } from '../domains/site/layout.js';
import { currentSiteProfile } from '../domains/content/site-profile.js';
import { notFoundPage } from '../domains/site/views.js';
import { userRoutes } from '../domains/users/routes.js';
import type { Access } from './access.js';
import type { Config } from './config.js';
import { logSerializers, prettyLogStream } from './logging.js';
import { sharedRateLimitCounters } from './rate-limit-store.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerSessionGuard, sessionCookie } from './plugins/session.js';
import { registerUnstorableTextGuard } from './plugins/unstorable-text.js';
import { registerWeb } from './plugins/web.js';
import type { Storage } from './storage.js';
import * as clock from '../shared/clock.js';
import { sessionResponse } from '../domains/auth/schema.js';
import { wireReactions } from './reactions.js';
import { todoRoutes } from '../domains/todos/routes.js';
import { registrationRoutes } from '../domains/users/registration.routes.js';

export interface AppDeps {
  config: Config;
  db: Db;
  /** The pool behind `db`, for what speaks to PostgreSQL without Drizzle (the shared rate-limit counters). */
  pool: pg.Pool;
  /**
   * Where read-only traffic may go (the public site, dashboards): a streaming replica (DATABASE_REPLICA_URL)
   * that falls back to the primary when it cannot be reached; `db` itself when there is none.
   */
  readDb?: Db;
  databaseKind: 'embedded' | 'external';
  storage: Storage;
  /**
   * The background job queue; `keguan serve` passes its own, which works. Without one the app makes a queue
   * that only enqueues and reports (the admin's page), for tests and tools.
   */
  jobs?: JobQueue;
  /** Log as readable lines rather than JSON (`keguan serve` on a terminal). */
  prettyLog?: boolean;
  /** Serve the built back office from dist/web (off in API tests). */
  serveWeb?: boolean;
  logger?: boolean;
}

/** A route as the authorization matrix sees it. */
export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps & { readDb: Db };
    declaredRoutes: DeclaredRoute[];
    /** A .docx made PDF: through the job queue when this instance works it, else here. */
    toPdf: PdfConverter;
  }
}

/** Builds the whole app without listening, so tests drive it with `app.inject`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  if (deps.config.today) clock.pinToday(deps.config.today);
  wireReactions();
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            // Never log credentials, tokens or personal data.
            redact: [
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            serializers: logSerializers,
            // On a terminal, lines a person reads; to a file or a collector, JSON.
            ...(deps.prettyLog ? { stream: prettyLogStream() } : {}),
          },
    // One line per request at debug level (below), not two at info: at the default level the log says what
    // happened to KeGuan — start, jobs, failures — rather than every click.
    logController: new LogController({ disableRequestLogging: true }),
    // A number of hops trusts that many proxies in front of us, whoever they are.
    trustProxy:
      typeof deps.config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(deps.config.trustProxy)
        : deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', { ...deps, readDb: deps.readDb ?? deps.db });
  app.decorate('declaredRoutes', [] as DeclaredRoute[]);

  // Deny by default: an /api route without an access rule stops the app from starting.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.method === 'HEAD') return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.declaredRoutes.push({ method, url: route.url, access });
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  registerErrorHandling(app, {
    pageNotFound: (request, reply) =>
      reply
        .status(404)
        .type('text/html; charset=utf-8')
        .send(notFoundPage(siteOf(request, deps.config, currentSiteProfile(deps.db))).value),
  });
  // The API speaks JSON (and multipart for uploads); any other body is refused with 415.
  app.removeContentTypeParser('text/plain');
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Bureaus often serve KeGuan over plain HTTP inside their network; upgrading would break it.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Pages and JSON compressed on the fly above a kilobyte (brotli at a level that costs little CPU); the web
  // bundle's files are compressed at build and sent as they are. Request bodies are never inflated.
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: deps.config.apiRateLimit,
    timeWindow: '1 minute',
    // Counted per live session, else per address — never per raw cookie, which a client may change at will.
    keyGenerator: (request) => (request.sessionId ? `s:${request.sessionId}` : `a:${request.ip}`),
    // Shared by every instance on the database; if the counters cannot be reached the request goes on (and
    // meets the same database trouble where it matters, answering 503).
    store: sharedRateLimitCounters(deps.pool).store,
    skipOnError: true,
    allowList: (request) => !request.url.startsWith('/api'),
  });
  await app.register(multipart, {
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'KeGuan 科管 API',
        version: '1',
        description:
          'The API of KeGuan, the working system of a municipal Science & Technology Bureau. Cookie sessions; ' +
          'state-changing requests send the x-csrf-token returned by login. Errors are {"error":{"code","message","details"}}.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookie } },
      },
    },
    transform: jsonSchemaTransform,
  });
  registerSessionGuard(app, deps.db);
  registerUnstorableTextGuard(app);

  const jobs =
    deps.jobs ??
    createJobQueue(
      deps.pool,
      keguanJobs({
        db: deps.db,
        pool: deps.pool,
        storage: deps.storage,
        dataDir: deps.config.dataDir,
        backupKeepDays: deps.config.backupKeepDays,
      }),
      { log: app.log },
    );
  if (!deps.jobs) app.addHook('onClose', () => jobs.stop());
  app.decorate('toPdf', pdfConverter(deps.db, jobs));

  await app.register(systemRoutes);
  await app.register(authRoutes);
  await app.register(registrationRoutes);
  await app.register(dictionaryRoutes);
  await app.register(orgRoutes);
  await app.register(peopleRoutes);
  await app.register(fileRoutes);
  await app.register(programRoutes);
  await app.register(projectRoutes);
  await app.register(applicationRoutes);
  await app.register(agreementRoutes);
  await app.register(approvalRoutes);
  await app.register(expertRoutes);
  await app.register(notificationRoutes);
  await app.register(patentRoutes);
  await app.register(subsidyRoutes);
  await app.register(registryRoutes);
  await app.register(metricRoutes);
  await app.register(targetRoutes);
  await app.register(reportRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(jobRoutes, { queue: jobs });
  await app.register(portalRoutes);
  await app.register(messageRoutes);
  await app.register(calendarRoutes);
  await app.register(openDataRoutes);
  await app.register(previewRoutes);
  await app.register(websiteRoutes);
  await app.register(disclosureRoutes);
  await app.register(consultationRoutes);
  await app.register(todoRoutes);
  // The public site at / is server-rendered and needs no web bundle, so API tests reach it too.
  await app.register(siteRoutes, { parts: [disclosureSite, consultationsSite] });
  if (deps.serveWeb) {
    // The page carries what GET /api/clock and GET /api/auth/me would answer, in their shapes.
    await registerWeb(app, {
      boot: (request) => ({
        clock: { today: clock.today(), now: clock.now().toISOString() },
        session: request.user
          ? sessionResponse.parse({ user: request.user, csrfToken: request.sessionCsrf ?? '' })
          : null,
      }),
    });
  }
  return app;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { webDistDir } from '../../web/build.js';

/**
 * Serves the back office and applicant hall (the Vite build) under /app/, with index.html for every
 * client-side route. The public site owns `/`.
 */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  const root = webDistDir;
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`The web bundle is missing in ${root}: run "npm run build" (npm start builds it by itself).`);
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/app/',
    wildcard: false,
    index: false,
    // The .br and .gz written at build, to a browser that takes them.
    preCompressed: true,
    // A file under assets/ is named by its content's hash: it never changes, so a browser keeps it a year
    // without asking. index.html names them and is asked for every time.
    setHeaders: (response, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) response.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const sendIndex = (_: unknown, reply: import('fastify').FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
  app.get('/app', (_, reply) => reply.redirect('/app/'));
  app.get('/app/', sendIndex);
  app.get('/app/*', (request, reply) => {
    // Hashed assets that do not exist are 404s, not the app shell.
    if (request.url.startsWith('/app/assets/')) return reply.callNotFound();
    return sendIndex(request, reply);
  });
}

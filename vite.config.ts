import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { antdStaticStyles } from './src/cli/antd-styles';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a .br and a .gz beside every text asset worth compressing, at the highest levels (paid once, at
 * build): the server sends them as they are (@fastify/static's preCompressed) to a browser that accepts them.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'keguan-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const files = (await fs.readdir(outDir, { recursive: true })).filter((f) => /\.(js|css|html|svg|json|txt)$/.test(f));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const bytes = await fs.readFile(full);
          if (bytes.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
            gzip(bytes, { level: 9 }),
          ]);
          await Promise.all([fs.writeFile(`${full}.br`, br), fs.writeFile(`${full}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: 'src/web',
  base: '/app/',
  plugins: [react(), antdStaticStyles(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Which chunks each screen needs: the server names them in the page (plugins/web.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // Besides a chunk per screen (routes.tsx), the big libraries each in their own file: React changes
        // rarely, so a new release of KeGuan does not make browsers fetch it again; the charts (echarts and
        // its renderer, half a megabyte each) load only on the screens that draw. The editor needs no group:
        // only the screens that edit import it, so it is a chunk of its own already.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/, priority: 20 },
            { name: 'charts', test: /node_modules[\\/](echarts|echarts-for-react)[\\/]/, priority: 20 },
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/, priority: 25 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});

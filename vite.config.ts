import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Offline support: after a build, writes dist/sw.js from src/app/sw/sw-template.js with a precache manifest
 * of the built files and a hash of their contents (the cache name), so each build caches only its own files.
 * KaTeX's .woff/.ttf fallbacks are left out (every browser that runs the app reads woff2).
 */
function offline(): Plugin {
  let root = process.cwd();
  return {
    name: 'mfml-offline',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    writeBundle(options) {
      const dir = options.dir ?? resolve(root, 'dist');
      const files = listFiles(dir)
        .map((f) => relative(dir, f).split('\\').join('/'))
        .filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !/KaTeX_.*\.(woff|ttf)$/.test(f))
        .sort();
      const hash = createHash('sha256');
      for (const f of files)
        hash
          .update(f)
          .update('\0')
          .update(readFileSync(join(dir, f)));
      const build = hash.digest('hex').slice(0, 16);
      const template = readFileSync(resolve(root, 'src/app/sw/sw-template.js'), 'utf8');
      if (!template.includes("'__BUILD_HASH__'") || !template.includes("['__PRECACHE__']"))
        throw new Error('sw-template.js lost its placeholders');
      const sw = template
        .replace("'__BUILD_HASH__'", JSON.stringify(build))
        .replace("['__PRECACHE__']", JSON.stringify(files));
      writeFileSync(join(dir, 'sw.js'), sw);
    },
  };
}

/**
 * The Content Security Policy of the built app, as a meta tag in dist/index.html (the dev server's React
 * refresh needs an inline script, so it is left out there). Hosts that can set headers should send the same
 * policy as a `Content-Security-Policy` header (see README). Scripts only from the app's own origin, no eval;
 * styles allow inline attributes, which React's `style` props and KaTeX's layout use.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'mfml-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

// Relative base so the built app works from any static host path (and file-less previews).
export default defineConfig({
  base: './',
  plugins: [react(), offline(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
});

import { defineConfig, type Plugin, type Rollup } from 'vite';

type OutputChunk = Rollup.OutputChunk;
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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

/**
 * Prints the gzip size of the JavaScript each route loads (its chunk, what it imports statically, and for the
 * probability page every tab) and fails the build when a route exceeds tests/bundle-budgets.json or when a
 * page that draws no 3D pulls in three.js.
 */
function bundleBudgets(): Plugin {
  let root = process.cwd();
  return {
    name: 'mfml-bundle-budgets',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map<string, OutputChunk>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
      const closure = (names: string[], withDynamic: (c: OutputChunk) => boolean): Set<OutputChunk> => {
        const seen = new Set<OutputChunk>();
        const visit = (name: string) => {
          const c = chunks.get(name);
          if (!c || seen.has(c)) return;
          seen.add(c);
          c.imports.forEach(visit);
          if (withDynamic(c)) c.dynamicImports.forEach(visit);
        };
        names.forEach(visit);
        return seen;
      };
      const entry = [...chunks.values()].find((c) => c.isEntry);
      if (!entry) return;
      const page = (dir: string) =>
        [...chunks.values()].find(
          (c) => c.isDynamicEntry && c.facadeModuleId?.includes(`/src/pages/${dir}/index.tsx`),
        );
      const routes: Record<string, Set<OutputChunk>> = { home: closure([entry.fileName], () => false) };
      const pages = { probability: 'Probability', 'linear-algebra': 'LinearAlgebra', calculus: 'Calculus' };
      for (const [route, dir] of Object.entries(pages)) {
        const c = page(dir);
        if (!c) continue;
        // The probability page's tabs are part of it; the other pages' lazy parts (3D canvases) too.
        const set = closure(
          [entry.fileName, c.fileName],
          (x) => x === c || x.facadeModuleId?.includes(`/src/pages/${dir}/`) === true,
        );
        routes[route] = set;
      }
      const budgets = JSON.parse(readFileSync(resolve(root, 'tests/bundle-budgets.json'), 'utf8')) as Record<
        string,
        number
      >;
      const problems: string[] = [];
      for (const [route, set] of Object.entries(routes)) {
        const kB = [...set].reduce((sum, c) => sum + gzipSync(c.code).length, 0) / 1000;
        const budget = budgets[route];
        const three = [...set].some((c) => c.moduleIds.some((m) => m.includes('/node_modules/three/')));
        console.log(
          `route ${route.padEnd(15)} ${kB.toFixed(1).padStart(7)} kB gzip (budget ${budget} kB)${three ? ', includes three.js' : ''}`,
        );
        if (budget !== undefined && kB > budget)
          problems.push(`${route}: ${kB.toFixed(1)} kB > ${budget} kB`);
        if (three && (route === 'home' || route === 'probability')) problems.push(`${route} loads three.js`);
      }
      if (problems.length) this.error(`bundle budgets exceeded: ${problems.join('; ')}`);
    },
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
  plugins: [react(), offline(), contentSecurityPolicy(), bundleBudgets()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
});

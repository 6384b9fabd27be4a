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

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

// Relative base so the built app works from any static host path (and file-less previews).
export default defineConfig({
  base: './',
  plugins: [react(), offline()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
});

/// <reference types="vitest/config" />
// Build, dev server and unit-test configuration.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { mockModuleFiles, type BuiltChunk } from './scripts/mock-modules';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
/** Identifies this build: the package version and the build time (a deployment changes it). */
const buildId = `${pkg.version}+${process.env.BUILD_ID ?? new Date().toISOString()}`;

/** Writes version.json beside index.html: a wall display polls it and reloads on a new deployment. */
function versionFile(): Plugin {
  return {
    name: 'cx-version-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'version.json',
        source: `${JSON.stringify({ buildId })}\n`,
      });
    },
  };
}

/**
 * Names the mock's code in index.html (`<meta name="cx-mock-modules">`), so that public/early.js can
 * have it download beside the app's code when config.json turns the mock on. Only names it: a
 * deployment on a real API fetches none of it.
 */
function mockModulesMeta(): Plugin {
  let base = '/';
  return {
    name: 'cx-mock-modules',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return;
        const files = mockModuleFiles(bundle as Record<string, BuiltChunk>, chunk.fileName);
        if (files.length === 0) return;
        return [
          {
            tag: 'meta',
            attrs: { name: 'cx-mock-modules', content: files.map((f) => base + f).join(' ') },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * Minifies public/early.js in the build: every page loads it before anything else, so its comments
 * would cost every visit. Vite copies the public folder as it is; the source stays commented for
 * readers.
 */
function minifyEarlyScript(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cx-minify-early-script',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const file = join(outDir, 'early.js');
      if (!existsSync(file)) return;
      const { code, errors } = minifySync('early.js', readFileSync(file, 'utf8'));
      if (errors.length > 0)
        throw new Error(`early.js: ${errors.map((e) => e.message).join('; ')}`);
      writeFileSync(file, code);
    },
  };
}

/**
 * The security headers recommended for a deployment (see docs/deploy.md), sent by `vite preview` so
 * the end-to-end tests run under them. Tests embed from and call APIs on other local ports.
 */
const frameAncestors =
  process.env.CSP_FRAME_ANCESTORS ?? "'self' http://localhost:* http://127.0.0.1:*";
const connectSrc = process.env.CSP_CONNECT_SRC ?? "'self' http://localhost:* http://127.0.0.1:*";
export const securityHeaders = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    // ECharts and React set styles through the DOM; tooltips carry inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connectSrc}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * Lets the build drop the parts of React Router the app does not use. Its production build creates
 * its components and contexts with React calls the bundler must assume have effects, and names each
 * for the developer tools: so every component stays, used or not (forms, fetchers, prefetch links).
 * Marking those calls pure and leaving out the names (which only the developer tools read) lets
 * tree-shaking work. Lines are kept, so its source map still fits.
 */
function treeShakeReactRouter(): Plugin {
  return {
    name: 'cx-tree-shake-react-router',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/.test(id)) return;
      const pure = code.replace(
        /(?<![\w$.])(React\d*\.(?:forwardRef|createContext|memo)\()/g,
        '/* @__PURE__ */ $1',
      );
      return { code: pure.replace(/^[\w$]+\.displayName = "[^"\n]*";$/gm, ''), map: null };
    },
  };
}

/**
 * React Router's package exports point every bundler at its development build, which keeps its
 * development warnings (and their code) in production. The build takes its production twin, which
 * differs by that one switch; the dev server and the tests keep the warnings.
 */
const reactRouterBuild = (flavour: 'development' | 'production') =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/${flavour}/index.mjs`, import.meta.url));

export default defineConfig(({ command }) => ({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __BUILD_ID__: JSON.stringify(buildId),
  },
  // A deployment under a sub-path sets BASE_PATH at build time, e.g. BASE_PATH=/intranet/cx/.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), treeShakeReactRouter(), versionFile(), mockModulesMeta(), minifyEarlyScript()],
  resolve: {
    alias: {
      // The mock's cookie jar reads no cookies worth a public-suffix list (see the file).
      tldts: fileURLToPath(new URL('./mocks/stubs/tldts.ts', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      ...(command === 'build' ? { 'react-router': reactRouterBuild('production') } : {}),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph the bundle budgets are checked on (scripts/check-bundle.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // Named chunks: the charting library and the mock API each load only when needed, and the
        // bundle budgets and tests can tell them apart.
        codeSplitting: {
          // A group takes only the modules it names, not what they import (zod, date-fns), which
          // the app's entry needs too.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            // The libraries every page needs before its first figures, in one chunk: compressed
            // together they are smaller than the pieces the automatic split would make of them.
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|react-router|zod|date-fns)[\\/]/,
            },
            {
              name: 'mock-api',
              test: /([\\/]mocks[\\/]|node_modules[\\/](msw|@mswjs|@bundled-es-modules|graphql|outvariant|strict-event-emitter|headers-polyfill|until-async|tough-cookie|rettime)[\\/])/,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, headers: securityHeaders },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    alias: {
      // Its CommonJS build (Node's default) would require React itself; the ES module imports it.
      'react-router': reactRouterBuild('development'),
    },
    server: { deps: { inline: [/@tanstack\/react-query/, /react-router/] } },
  },
}));

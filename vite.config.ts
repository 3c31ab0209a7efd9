/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { EMBEDDED_BANK_ELEMENT_ID } from './src/banks/embedded.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/** The default bank participants get, as `questionnaires/default.json` names it. */
function readDefaultBank(): {
  readonly key: string;
  readonly text: string;
  readonly title: Readonly<Record<string, string>>;
  readonly languages: readonly string[];
} {
  const defaults = new URL('./questionnaires/default.json', import.meta.url);
  const { bank, version } = JSON.parse(readFileSync(defaults, 'utf8')) as { bank: string; version: string };
  const text = readFileSync(new URL(`./questionnaires/${bank}/${version}.json`, import.meta.url), 'utf8');
  const parsed = JSON.parse(text) as { title: Record<string, string>; languages: string[] };
  return { key: `${bank}@${version}`, text, title: parsed.title, languages: parsed.languages };
}

const defaultBank = readDefaultBank();
/** The edition's name: the default bank's title, in Dutch when it has Dutch (the page's first language). */
const editionTitle = defaultBank.title.nl ?? defaultBank.title[defaultBank.languages[0] ?? ''] ?? '';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Embeds the default bank in index.html as a JSON data block (never executed), so the first question needs
 * no second request: the bank arrives with the page. `<` is escaped so no text in the bank can end the block.
 * The page's title is the default bank's title (an edition published with another default says its name),
 * and the block carries that title in every language for the views that have no bank of their own.
 */
function embedDefaultBank(): Plugin {
  return {
    name: 'embed-default-bank',
    transformIndexHtml(html) {
      const data = JSON.stringify(JSON.parse(defaultBank.text)).replace(/</g, '\\u003c');
      const titles = escapeAttribute(JSON.stringify(defaultBank.title));
      return html
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeAttribute(editionTitle)}</title>`)
        .replace(
          /(name="description"\s+content=")[^"]*"/,
          `$1${escapeAttribute([...new Set(Object.values(defaultBank.title))].join(' / '))}"`,
        )
        .replace(
          '</body>',
          `  <script type="application/json" id="${EMBEDDED_BANK_ELEMENT_ID}" data-bank="${defaultBank.key}" data-title="${titles}">${data}</script>\n  </body>`,
        );
    },
  };
}

/**
 * The Content Security Policy of the production build: nothing but this origin, no inline scripts, no
 * eval. (The default bank's JSON block is data, never executed, so `script-src` does not apply to it.)
 * Hosts should also send it as a header, with `frame-ancestors 'none'` added (see the README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Puts the CSP in the built index.html (first thing in <head>); the dev server keeps Vite's own scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

export default defineConfig({
  // Served from the root by default; `BASE_PATH=/some/path/ npm run build` publishes under a sub-path.
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    embedDefaultBank(),
    contentSecurityPolicy(),
    VitePWA({
      // The app decides when to register (after the first screen) and how to announce an update.
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: editionTitle,
        short_name: editionTitle.split(/\s[–-]\s/)[0] ?? editionTitle,
        description: `${editionTitle}. Je antwoorden blijven in je browser. / Your answers stay in your browser.`,
        lang: 'nl',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        // The app shell, every lazy chunk, the bundled banks and the Western/Unicode report fonts.
        globPatterns: ['**/*.{js,css,html,json,svg,png,ttf,webmanifest}'],
        // Noto Sans SC (10 MB, only for Chinese or Japanese text in a report) is cached when first used;
        // jsPDF's optional chunks for features this app never uses (HTML rendering) are not cached at all.
        globIgnores: ['**/NotoSansSC*', '**/html2canvas-*', '**/purify.es-*', '**/index.es-*'],
        maximumFileSizeToCacheInBytes: 2_000_000,
        navigateFallback: 'index.html',
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('NotoSansSC'),
            handler: 'CacheFirst',
            options: { cacheName: 'report-fonts' },
          },
        ],
      },
    }),
  ],
  resolve: { alias: { '@': src } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    manifest: true,
    rolldownOptions: {
      output: {
        // The first screen's libraries in one chunk; left alone, the bundler splits the modules the lazy views
        // share with the first screen into many small chunks that together compress worse.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zustand|use-sync-external-store|html-parse-stringify|void-elements)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});

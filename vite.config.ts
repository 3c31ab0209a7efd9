/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { EMBEDDED_BANK_ELEMENT_ID } from './src/banks/embedded.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Embeds the default bank in index.html as a JSON data block (never executed), so the first question needs
 * no second request: the bank arrives with the page. `<` is escaped so no text in the bank can end the block.
 */
function embedDefaultBank(): Plugin {
  const defaults = new URL('./questionnaires/default.json', import.meta.url);
  return {
    name: 'embed-default-bank',
    transformIndexHtml(html) {
      const { bank, version } = JSON.parse(readFileSync(defaults, 'utf8')) as {
        bank: string;
        version: string;
      };
      const text = readFileSync(new URL(`./questionnaires/${bank}/${version}.json`, import.meta.url), 'utf8');
      const data = JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');
      return html.replace(
        '</body>',
        `  <script type="application/json" id="${EMBEDDED_BANK_ELEMENT_ID}" data-bank="${bank}@${version}">${data}</script>\n  </body>`,
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
        name: 'Netwerkleiderschap – vaardigheidsmeting',
        short_name: 'Netwerkleiderschap',
        description: 'Network leadership self-assessment. Your answers stay in your browser.',
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

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
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

export default defineConfig({
  plugins: [react(), embedDefaultBank()],
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
    server: { deps: { inline: ['svg2pdf.js'] } },
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

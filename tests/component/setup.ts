// Component tests run in jsdom. Fill in the browser APIs jsdom lacks, so the app runs as it does in Chromium.
import '@testing-library/jest-dom/vitest';
// IndexedDB as Chromium has it (in memory): the assessment's durable copy and the coach's workspace.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n, loadCoreStringsOf, loadViewStrings } from '../../src/i18n';

// No ResizeObserver on purpose: charts then keep their initial width (640 px) and draw.
// jsdom implements neither scrolling nor object URLs; the app only needs them not to throw.
Object.assign(window, { scrollTo: () => undefined });
Object.assign(Element.prototype, { scrollIntoView: () => undefined });
Object.assign(URL, { createObjectURL: () => 'blob:stub', revokeObjectURL: () => undefined });

// Bundled banks are fetched from the server the app is served from; here they are read from questionnaires/.
const serve = globalThis.fetch;
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const bank = /questionnaires\/([^/?#]+\/[^/?#]+\.json)/.exec(url);
  if (bank?.[1]) {
    const text = readFileSync(resolve(process.cwd(), 'questionnaires', bank[1]), 'utf8');
    return Promise.resolve(
      new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  }
  return serve(input, init);
};

beforeAll(async () => {
  await initI18n('nl');
  // Both languages at hand, so a test that switches language sees the other at once.
  await Promise.all([loadCoreStringsOf('en'), loadViewStrings('nl'), loadViewStrings('en')]);
});

afterEach(() => {
  cleanup();
});

// Fails early, with instructions, when the Chromium that the browser tests drive is not installed.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `The browser tests need Chromium at ${path}, and it is not there.\n` +
      'Install it from Debian (Playwright cannot download browsers on this machine):\n\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium poppler-utils\n\n' +
      'or point CHROMIUM_PATH at another Chromium binary. (.ci/run installs both when they are missing.)',
  );
  process.exit(1);
}

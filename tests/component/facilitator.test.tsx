import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { tinyRaw } from '../helpers/banks';
import { freshBrowser, renderApp } from './render-app';

beforeEach(freshBrowser);

describe('the facilitator’s own bank', () => {
  it('lists every problem of a bank with mistakes of several kinds at once, in file order', async () => {
    const raw = tinyRaw();
    raw.titel = raw.title;
    raw.items[2].reverse = 'yes';
    delete raw.items[4].text.en;
    raw.items[6].dimension = 'nowhere';
    const { user } = renderApp('/facilitator');
    await user.upload(
      await screen.findByLabelText('Kies een vragenbankbestand', undefined, { timeout: 5000 }),
      new File([JSON.stringify(raw)], 'mijn-bank.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(within(alert).getByRole('heading')).toHaveTextContent('mijn-bank.json');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '(hele bestand) heeft een veld dat dit formaat niet kent: "titel" (een tikfout?)',
      'items[2].reverse moet true of false zijn, maar is een tekst',
      'items[4].text.en ontbreekt: de bank vermeldt de taal "en"',
      'items[6].dimension verwijst naar dimensie "nowhere", die de bank niet definieert',
    ]);
  });

  it('refuses a file that is not UTF-8 text, saying what it is', async () => {
    const { user } = renderApp('/facilitator');
    await user.upload(
      await screen.findByLabelText('Kies een vragenbankbestand', undefined, { timeout: 5000 }),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'logo.json', {
        type: 'application/json',
      }),
    );
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('is geen tekstbestand');
  });
});

describe('the catalogue', () => {
  it('marks the default version and shows each version’s own changelog entry, rendered', async () => {
    const { user } = renderApp('/facilitator');
    const facts = await screen.findByText(/network-leadership · versie 2\.0\.0/, undefined, {
      timeout: 5000,
    });
    const newest = facts.closest('li');
    expect(newest).not.toBeNull();
    if (!newest) return;
    expect(within(newest).getByText('standaard voor deelnemers')).toBeVisible();
    const summary = await within(newest).findByText(/^Wat er veranderde: 2\.0\.0/, undefined, {
      timeout: 5000,
    });
    await user.click(summary);
    expect(within(newest).getByRole('heading', { level: 4, name: 'Size and structure' })).toBeVisible();
    expect(newest.textContent).not.toContain('###');
    expect(newest.textContent).not.toContain('1.0.0 — first version for the pilot');
    const older = screen.getByText(/network-leadership · versie 1\.0\.0/).closest('li');
    expect(older).not.toBeNull();
    if (older) expect(within(older).queryByText('standaard voor deelnemers')).toBeNull();
  });
});

describe('the preview of an own bank', () => {
  it('shows what participants and coaches will see: scales, dimension texts, context and reflections', async () => {
    const { user } = renderApp('/facilitator');
    await user.upload(
      await screen.findByLabelText('Kies een vragenbankbestand', undefined, { timeout: 5000 }),
      new File([JSON.stringify(tinyRaw())], 'mini.json', { type: 'application/json' }),
    );
    await screen.findByText('mini.json is een geldige vragenbank. Bekijk ze hieronder.', undefined, {
      timeout: 5000,
    });
    await user.click(screen.getByText('Rollen', { selector: '.dimension-name' }));
    const summary = screen.getByText('Verbinden', { selector: 'summary' });
    await user.click(summary);
    const block = within(summary.closest('details') ?? document.body);
    expect(block.getByText('Mensen samenbrengen.')).toBeVisible();
    expect(block.getByText('Interpretatie bij ‘sterk ontwikkeld’')).toBeVisible();
    expect(block.getByText('Stel twee mensen aan elkaar voor.')).toBeVisible();
    expect(block.getByText('Wie ontbreekt er?')).toBeVisible();
    await user.click(screen.getByText('Antwoordschalen'));
    expect(screen.getByText(/1 nooit · 2 zelden · 3 soms · 4 vaak · 5 altijd · n\.v\.t\./)).toBeVisible();
    await user.click(screen.getByText('Contextvragen en reflecties'));
    expect(screen.getByText('In welke fase zit je netwerk?')).toBeVisible();
    expect(screen.getByText('Zie je jezelf als leider?')).toBeVisible();
  });
});

describe('the help page on the bank format', () => {
  it('is reached from the facilitator page and shows the format guide rendered', async () => {
    const { user } = renderApp('/facilitator');
    await user.click(
      await screen.findByRole(
        'link',
        { name: 'Hoe een vragenbank in elkaar zit (helppagina).' },
        { timeout: 5000 },
      ),
    );
    expect(location.pathname).toBe('/help');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hoe een vragenbank in elkaar zit' }),
    ).toBeVisible();
    // In Dutch, the Dutch guide.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Een vragenbank schrijven' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: /Het meetmodel/ })).toBeVisible();
    expect(document.body.textContent).not.toContain('## ');
    expect(document.body.textContent).not.toContain('Writing a bank');
    // In English, the English one.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Writing a bank' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: /The measurement model/ })).toBeVisible();
  });
});

describe('a new version of an own bank', () => {
  it('lists what changed since the version before and warns when its number is too low', async () => {
    const { user } = renderApp('/facilitator');
    const input = await screen.findByLabelText('Kies een vragenbankbestand', undefined, { timeout: 5000 });
    await user.upload(input, new File([JSON.stringify(tinyRaw())], 'v1.json', { type: 'application/json' }));
    await user.click(
      await screen.findByRole('button', { name: 'Deze vragenbank gebruiken' }, { timeout: 5000 }),
    );
    const next = tinyRaw();
    next.version = '2.2.0';
    const removed = next.items.shift();
    await user.upload(
      screen.getByLabelText('Kies een vragenbankbestand'),
      new File([JSON.stringify(next)], 'v2.json', { type: 'application/json' }),
    );
    const changes = await screen.findByRole(
      'region',
      { name: 'Wat er veranderde sinds versie 2.1.0 (naar 2.2.0)' },
      { timeout: 5000 },
    );
    expect(changes).toHaveTextContent(`uitspraak ${String(removed?.id)} verwijderd`);
    expect(within(changes).getByRole('alert')).toHaveTextContent('te weinig voor een nieuwe hoofdversie');
  });
});

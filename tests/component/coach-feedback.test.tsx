import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportRoundKeyFile, type RoundMetadata } from '../../src/crypto/key-file';
import { sealResponse } from '../../src/crypto/response';
import { responseFileText } from '../../src/crypto/response-file';
import { createRound, type Round } from '../../src/crypto/round';
import { bankHash } from '../../src/domain/bank/hash';
import { responseUrl } from '../../src/domain/feedback/links';
import { buildRaterPayload } from '../../src/domain/feedback/payload';
import { buildResultFile, resultFileText } from '../../src/domain/result-file';
import { setLanguage } from '../../src/i18n';
import { readPrefix } from '../../src/state/idb';
import { answersScoring } from '../helpers/network-leadership';
import { bank2, embedBank, freshBrowser, index2, renderApp } from './render-app';

const BANK = { id: 'network-leadership', version: '2.0.0' } as const;
const PASSPHRASE = 'passphrase';

let unembed: () => void = () => undefined;

// The coach resolves the result's bank 2.0.0 as the built page embeds it (jsdom cannot fetch it).
beforeEach(async () => {
  await freshBrowser();
  unembed = embedBank(bank2);
});
afterEach(() => unembed());

const METADATA: RoundMetadata = {
  groups: ['manager', 'partners', 'team'],
  bank: BANK,
  createdAt: '2026-11-20T09:00:00.000Z',
  firstName: 'Sanne',
};

/** A round of bank 2.0.0 for manager, partners and team, and its key file (few PBKDF2 iterations). */
async function roundWithKeyFile(iterations = 1000): Promise<{ round: Round; keyFile: string }> {
  const round = await createRound();
  return { round, keyFile: await exportRoundKeyFile(round, METADATA, PASSPHRASE, { iterations }) };
}

/** A rater's response for `groupId`, scoring `catalyst` on that dimension (3 elsewhere). */
function respond(round: Round, groupId: string, catalyst: number, comments = {}): Promise<string> {
  const answers = answersScoring(bank2, { catalyst });
  return sealResponse(
    { roundId: round.roundId, groupId, publicKey: round.publicKey },
    buildRaterPayload(index2, answers, comments),
  );
}

/** Three partners who see a strong catalyst (5) and a manager who does not (2). */
async function responses(round: Round): Promise<string[]> {
  return [
    await respond(round, 'partners', 5, { roles: 'Zet dingen in gang.' }),
    await respond(round, 'partners', 5),
    await respond(round, 'partners', 5),
    await respond(round, 'manager', 2),
  ];
}

/** Sanne's result file (4 on every statement), carrying the encrypted responses. */
async function resultText(roundId: string, tokens: readonly string[]): Promise<string> {
  const completedAt = '2026-11-27T10:00:00.000Z';
  return resultFileText(
    buildResultFile(
      {
        bank: BANK,
        bankSha256: await bankHash(bank2),
        language: 'nl',
        startedAt: completedAt,
        completedAt,
        name: 'Sanne',
        answers: answersScoring(bank2, {}, 4),
        context: {},
        reflections: {},
        feedback: { roundId, responses: tokens },
      },
      new Date(completedAt),
    ),
  );
}

const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });

/** What the coach's page calls its fields and buttons, per language. */
const LABELS = {
  nl: {
    results: 'Kies een of meer resultaatbestanden',
    keyFile: 'Sleutelbestand van de ronde',
    passphrase: 'Wachtwoordzin van het sleutelbestand',
    open: 'Openen',
  },
  en: {
    results: 'Choose one or more result files',
    keyFile: 'Round key file',
    passphrase: 'Passphrase of the key file',
    open: 'Open',
  },
} as const;

/** Opens a result file on the coach page; resolves once its key form is there. */
async function showResult(result: string, language: 'nl' | 'en' = 'nl') {
  const labels = LABELS[language];
  const { user } = renderApp('/coach');
  await user.upload(await screen.findByLabelText(labels.results, undefined, { timeout: 5000 }), [
    file(result, 'sanne.json'),
  ]);
  await screen.findByLabelText(labels.keyFile, undefined, { timeout: 8000 });
  return user;
}

/** Tries a key file with a passphrase (a password field that the browser does not fill in or keep). */
async function tryKey(
  user: Awaited<ReturnType<typeof showResult>>,
  keyFile: string,
  passphrase: string,
  language: 'nl' | 'en' = 'nl',
) {
  const labels = LABELS[language];
  await user.upload(screen.getByLabelText(labels.keyFile), file(keyFile, 'ronde.json'));
  const field = screen.getByLabelText(labels.passphrase);
  expect(field).toHaveAttribute('type', 'password');
  expect(field).toHaveAttribute('autocomplete', 'off');
  await user.clear(field);
  await user.type(field, passphrase);
  await user.click(screen.getByRole('button', { name: labels.open }));
}

/** The cell of a table in the row named `row` and the first column whose name matches `column`. */
function cell(table: HTMLElement, row: string, column: RegExp): string {
  const columns = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  const at = columns.findIndex((name) => column.test(name));
  expect(at, `column ${String(column)} among ${columns.join(' | ')}`).toBeGreaterThan(0);
  const line = within(table).getByRole('rowheader', { name: row }).closest('tr');
  return line?.children[at]?.textContent ?? '';
}

describe('360° feedback in the coach view', () => {
  it('opens the responses a result carries with the round key file and shows the participant’s figures', async () => {
    const { round, keyFile } = await roundWithKeyFile();
    const user = await showResult(await resultText(round.roundId, await responses(round)));
    expect(
      screen.getByText(
        'Dit resultaat bevat 360°-feedback: 4 versleutelde antwoorden. Open het sleutelbestand van de ronde van de deelnemer om ze te lezen.',
      ),
    ).toBeVisible();
    // Nothing of the 360 before the key is open.
    expect(screen.queryByRole('heading', { name: /Hoe anderen je zien/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Openen' })).toBeDisabled();
    await tryKey(user, keyFile, PASSPHRASE);

    expect(
      await screen.findByRole('heading', { level: 2, name: /Hoe anderen je zien/ }, { timeout: 8000 }),
    ).toBeVisible();
    expect(screen.getByText(/De sleutel is open: 4 antwoorden gelezen/)).toBeVisible();
    expect(screen.getByText(/De sleutel blijft alleen in dit tabblad/)).toBeVisible();
    const roles = screen.getByRole('table', {
      name: 'Leiderschapsrollen: je eigen score, per groep en van alle anderen samen',
    });
    // The partners' column (named by the bank's group) holds their mean; the participant's own beside it.
    expect(cell(roles, 'Aanjager', /netwerkpartners/i)).toBe('5,0');
    expect(cell(roles, 'Aanjager', /^Jij/)).toBe('4,0');
    expect(screen.getByText('Zet dingen in gang.')).toBeVisible();
    // What the key opened is kept in this tab only: the coach's stored workspace has none of it.
    const kept = JSON.stringify(await readPrefix('coach:')) + JSON.stringify(Object.entries(localStorage));
    expect(kept).toContain(round.roundId);
    expect(kept).not.toContain('Zet dingen in gang.');
  }, 30_000);

  it('is busy while the key is derived, then refuses a wrong passphrase in plain words and shows no 360', async () => {
    // Enough iterations that deriving the key takes a moment here too.
    const { round, keyFile } = await roundWithKeyFile(300_000);
    const user = await showResult(await resultText(round.roundId, await responses(round)));
    await tryKey(user, keyFile, 'passfrase');
    expect(screen.getByRole('button', { name: 'Bezig met openen…' })).toBeDisabled();
    expect(
      await screen.findByText(
        'Dit sleutelbestand gaat niet open met deze wachtwoordzin. Kijk de wachtwoordzin na (hoofdletters tellen mee).',
        undefined,
        { timeout: 8000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Hoe anderen je zien/ })).toBeNull();
    // The form stays, so the coach can try again.
    expect(screen.getByRole('button', { name: 'Openen' })).toBeEnabled();
  }, 30_000);

  it('refuses the key file of another round or another questionnaire, and a file that is no key file', async () => {
    const { round } = await roundWithKeyFile();
    const other = await roundWithKeyFile();
    const user = await showResult(await resultText(round.roundId, await responses(round)));
    await tryKey(user, other.keyFile, PASSPHRASE);
    expect(
      await screen.findByText(
        'Dit sleutelbestand hoort bij een andere feedbackronde dan dit resultaat.',
        undefined,
        {
          timeout: 8000,
        },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Hoe anderen je zien/ })).toBeNull();
    // The right round, but its key file says it asked about another version of the questionnaire.
    const otherBank = { ...METADATA, bank: { id: BANK.id, version: '1.0.0' } };
    await tryKey(
      user,
      await exportRoundKeyFile(round, otherBank, PASSPHRASE, { iterations: 1000 }),
      PASSPHRASE,
    );
    expect(
      await screen.findByText(
        'Dit sleutelbestand hoort bij de vragenlijst network-leadership@1.0.0, dit resultaat bij network-leadership@2.0.0.',
      ),
    ).toBeVisible();
    await tryKey(user, '{"a": 1}', PASSPHRASE);
    expect(await screen.findByText('Dit is geen sleutelbestand van een feedbackronde.')).toBeVisible();
  }, 30_000);

  it('lists a carried response it cannot read, and adds the coach’s own responses by link and file', async () => {
    await setLanguage('en');
    const { round, keyFile } = await roundWithKeyFile();
    const good = await responses(round);
    const last = good.at(-1) ?? '';
    // One byte of the manager's ciphertext changed on the way.
    const at = last.length - 10;
    const tampered = `${last.slice(0, at)}${last[at] === 'A' ? 'B' : 'A'}${last.slice(at + 1)}`;
    const user = await showResult(await resultText(round.roundId, [...good.slice(0, 3), tampered]), 'en');
    await tryKey(user, keyFile, PASSPHRASE, 'en');
    expect(
      await screen.findByText(/The key is open: 3 responses read/, undefined, { timeout: 8000 }),
    ).toBeVisible();
    expect(screen.getByText('1 response could not be read:')).toBeVisible();
    expect(
      screen.getByText(/: this response was changed or damaged on the way and cannot be opened\.$/),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { name: /How others see you/ })).toBeVisible();

    // The manager's real response, as a link the coach received; then the same link again.
    const links = screen.getByLabelText('Paste response links');
    await user.click(links);
    await user.paste(responseUrl('https://example.org/app/', last));
    await user.click(screen.getByRole('button', { name: 'Add links' }));
    expect(
      await screen.findByText(/^manager · .{8}: counted, from the group ‘manager’\.$/, undefined, {
        timeout: 8000,
      }),
    ).toBeVisible();
    expect(screen.getByText(/The key is open: 4 responses read/)).toBeVisible();
    await user.click(links);
    await user.paste(last);
    await user.click(screen.getByRole('button', { name: 'Add links' }));
    expect(await screen.findByText(/: this response was already counted\.$/)).toBeVisible();

    // Files: one of another round, one that holds no response.
    const stranger = (await roundWithKeyFile()).round;
    await user.upload(screen.getByLabelText('Choose response files'), [
      file(responseFileText(await respond(stranger, 'team', 4)), 'other.json'),
      file('Hello', 'notes.txt'),
    ]);
    expect(
      await screen.findByText('other.json: this response belongs to another feedback round.'),
    ).toBeVisible();
    expect(screen.getByText('notes.txt: there is no response in this.')).toBeVisible();
    expect(screen.getByText(/The key is open: 4 responses read/)).toBeVisible();
  }, 40_000);
});

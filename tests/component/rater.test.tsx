import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deflateSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { toBase64Url, utf8Bytes } from '../../src/crypto/encoding';
import { encodeInvitation, type Invitation } from '../../src/crypto/invitation';
import { openResponse } from '../../src/crypto/response';
import { readResponseFile } from '../../src/crypto/response-file';
import { createRound, type Round } from '../../src/crypto/round';
import { responseOf } from '../../src/domain/feedback/links';
import { ratedItems, readRaterPayload } from '../../src/domain/feedback/payload';
import { setLanguage } from '../../src/i18n';
import { useRoute } from '../../src/state/route';
import { freshBrowser, index2 } from './render-app';

// Opening an invitation imports a key and fetches the bank, and finishing seals with ECDH: under a full test
// run these can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeEach(freshBrowser);
afterEach(() => vi.restoreAllMocks());

const items = ratedItems(index2);
const roles = items.filter((item) => index2.dimensions.get(item.dimension)?.section === 'roles');
const raterText = (i: number, language: 'nl' | 'en' = 'nl') => items[i]!.raterText![language]!;

/** A new round and its invitation for bank network-leadership 2.0.0, as the participant's page makes them. */
async function invite(
  change: Partial<Invitation> = {},
): Promise<{ round: Round; invitation: Invitation; text: string }> {
  const round = await createRound();
  const invitation: Invitation = {
    formatVersion: 1,
    roundId: round.roundId,
    groupId: 'partners',
    bank: { id: 'network-leadership', version: '2.0.0' },
    publicKey: round.publicKey,
    firstName: 'Sanne',
    ...change,
  };
  return { round, invitation, text: encodeInvitation(invitation) };
}

const storageKey = (invitation: Invitation) => `nla:rater:v1:${invitation.roundId}:${invitation.groupId}`;

/** Opens `<base>rate#<fragment>` in a fresh page of the app. */
function openLink(fragment: string) {
  history.replaceState(null, '', `/rate${fragment === '' ? '' : `#${fragment}`}`);
  useRoute.setState({ view: 'rate' });
  const user = userEvent.setup();
  render(<App />);
  return user;
}

/**
 * The statement numbered `n` (1-based among the rater's statements) as its radio group, by id: naming every
 * group on a page of 50 is slow in jsdom; the first test checks the groups' names by role.
 */
const statement = (n: number) => document.getElementById(`item-${items[n - 1]!.id}`)!;

/** The response link's token on the finish screen. */
function tokenOnScreen(label: string): string {
  const link = screen.getByRole<HTMLInputElement>('textbox', { name: label }).value;
  expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/feedback#response=v1\./);
  return responseOf(new URL(link).hash) ?? '';
}

describe('the rater flow', () => {
  it('shows who asked, the group and its rule, answers, restores after a reload, and seals the answers', async () => {
    const { round, invitation, text } = await invite();
    let user = openLink(text);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sanne vraagt je om feedback' }),
    ).toBeVisible();
    expect(screen.getByText('85 uitspraken · duurt ongeveer 10 minuten')).toBeVisible();
    expect(screen.getByText('Je antwoordt als lid van de groep ‘netwerkpartners’.')).toBeVisible();
    expect(screen.getByText('Alleen Sanne en de coach van Sanne kunnen je antwoorden lezen.')).toBeVisible();
    expect(screen.getByText(/vanaf 3 antwoorden, en dan alleen samen/)).toBeVisible();
    expect(
      screen.getByText(/alleen in deze browser bewaard.*Zodra je afrondt, wordt ze gewist/),
    ).toBeVisible();
    expect(screen.getByText(index2.bank.raters!.intro.nl!)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Leiderschapsrollen' })).toHaveFocus();
    expect(
      within(statement(1))
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['1(bijna) nooit', '2zelden', '3soms', '4vaak', '5(bijna) altijd', '0Kon ik niet waarnemen']);
    expect(document.querySelectorAll('fieldset.item')).toHaveLength(roles.length);

    await user.click(within(statement(1)).getByRole('radio', { name: /vaak/ }));
    await user.click(within(statement(2)).getByRole('radio', { name: /Kon ik niet waarnemen/ }));
    // Keyboard: a number key answers the focused statement and moves on to the next.
    within(statement(3)).getAllByRole('radio')[0]!.focus();
    await user.keyboard('5');
    expect(within(statement(4)).getAllByRole('radio')[0]).toHaveFocus();
    const comment = screen.getByRole('textbox', { name: index2.bank.raters!.comment.nl! });
    await user.click(comment);
    await user.paste('Brengt mensen samen.');
    expect(screen.getByText('20 van 2.000 tekens')).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
    expect(screen.getByText('3 van 85 uitspraken beantwoord')).toBeVisible();
    expect(JSON.parse(localStorage.getItem(storageKey(invitation)) ?? '{}')).toMatchObject({
      answers: { [items[0]!.id]: 4, [items[1]!.id]: null, [items[2]!.id]: 5 },
      comments: { roles: 'Brengt mensen samen.' },
      page: 1,
    });

    // A reload: the same page, the same answers and comment, and it says so.
    cleanup();
    user = openLink(text);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leiderschapsrollen' })).toBeVisible();
    expect(
      screen.getByText('Je eerdere antwoorden in deze browser zijn teruggezet: 3 van 85 uitspraken.'),
    ).toBeVisible();
    expect(within(statement(1)).getByRole('radio', { name: /vaak/ })).toBeChecked();
    expect(within(statement(2)).getByRole('radio', { name: /Kon ik niet waarnemen/ })).toBeChecked();
    expect(within(statement(3)).getByRole('radio', { name: /altijd/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: index2.bank.raters!.comment.nl! })).toHaveValue(
      'Brengt mensen samen.',
    );

    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Hefboomvaardigheden' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    // Open statements are allowed, but listed first, each a way back to it.
    expect(screen.getByRole('heading', { level: 2, name: 'Er staan nog 82 uitspraken open' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `4. ${raterText(3)}` }));
    expect(screen.getByRole('heading', { level: 1, name: 'Leiderschapsrollen' })).toBeVisible();
    expect(within(statement(4)).getAllByRole('radio')[0]).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    await user.click(screen.getByRole('button', { name: 'Toch afronden' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bedankt! Je feedback is klaar' }),
    ).toHaveFocus();
    expect(screen.getByText('Stuur deze link terug naar Sanne, per mail of chat.')).toBeVisible();
    expect(screen.getByText('Je voortgang is gewist uit deze browser.')).toBeVisible();
    expect(screen.getByText(/alleen Sanne en de coach van Sanne kunnen ze lezen/)).toBeVisible();
    expect(localStorage.getItem(storageKey(invitation))).toBeNull();
    const token = tokenOnScreen('Je antwoordlink');
    const opened = await openResponse(token, round);
    expect(opened).toMatchObject({ ok: true, groupId: 'partners' });
    if (!opened.ok) return;
    expect(readRaterPayload(opened.payload, index2)).toEqual({
      ok: true,
      payload: {
        formatVersion: 1,
        bank: { id: 'network-leadership', version: '2.0.0' },
        answers: { [items[0]!.id]: 4, [items[1]!.id]: null, [items[2]!.id]: 5 },
        comments: { roles: 'Brengt mensen samen.' },
      },
    });

    // The same response as a file.
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:response';
    });
    await user.click(screen.getByRole('button', { name: 'Als bestand downloaden' }));
    expect(screen.getByText('Bewaard als feedback-netwerkpartners.json.')).toBeVisible();
    expect(readResponseFile(await blobs[0]!.text())).toEqual({ ok: true, token });
  }, 30_000);

  it('speaks English: the intro, the statements and the finish', async () => {
    await setLanguage('en');
    const { round, text } = await invite({ groupId: 'team', firstName: undefined });
    const user = openLink(text);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A colleague asks for your feedback' }),
    ).toBeVisible();
    expect(screen.getByText('85 statements · takes about 10 minutes')).toBeVisible();
    expect(screen.getByText('You answer as a member of the group ‘own team’.')).toBeVisible();
    expect(screen.getByText('Only your colleague and their coach can read your answers.')).toBeVisible();
    expect(screen.getByText(/shown on its own only from 3 responses/)).toBeVisible();
    expect(screen.getByText(index2.bank.raters!.intro.en!)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Leadership roles' })).toHaveFocus();
    expect(screen.getByRole('group', { name: `1. ${raterText(0, 'en')}` })).toBe(statement(1));
    await user.click(within(statement(1)).getByRole('radio', { name: /I could not observe this/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { level: 2, name: '84 statements are still open' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Finish anyway' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thank you! Your feedback is ready' }),
    ).toBeVisible();
    expect(screen.getByText('Send this link back to your colleague, by mail or chat.')).toBeVisible();
    const opened = await openResponse(tokenOnScreen('Your response link'), round);
    expect(opened.ok && readRaterPayload(opened.payload, index2)).toMatchObject({
      ok: true,
      payload: { answers: { [items[0]!.id]: null }, comments: {} },
    });
  }, 20_000);

  it('says plainly that a group of one (the manager) is shown separately and can be recognised', async () => {
    const { text } = await invite({ groupId: 'manager' });
    openLink(text);
    expect(await screen.findByText('Je antwoordt als lid van de groep ‘leidinggevende’.')).toBeVisible();
    expect(screen.getByText(/worden je antwoorden apart getoond.*herkenbaar als de jouwe/)).toBeVisible();
    expect(screen.queryByText(/Binnen je groep ben je anoniem/)).toBeNull();
  });

  it('starts empty, and says so, when the saved progress cannot be read', async () => {
    const { invitation, text } = await invite();
    localStorage.setItem(storageKey(invitation), '{"formatVersion":1,"answers":');
    const user = openLink(text);
    expect(
      await screen.findByText(/Je bewaarde voortgang in deze browser kon niet gelezen worden/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.getByText('0 van 85 uitspraken beantwoord')).toBeVisible();
  });

  it('keeps answering when the storage is full, and keeps the answers when sealing fails', async () => {
    const { invitation, text } = await invite();
    const user = openLink(text);
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(within(statement(1)).getByRole('radio', { name: /vaak/ }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Je voortgang kan niet bewaard worden in deze browser',
    );
    setItem.mockRestore();
    await user.click(within(statement(2)).getByRole('radio', { name: /soms/ }));
    expect(screen.queryByRole('alert')).toBeNull();

    vi.spyOn(globalThis.crypto.subtle, 'generateKey').mockRejectedValue(new Error('no key'));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    await user.click(screen.getByRole('button', { name: 'Toch afronden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Je antwoorden konden niet versleuteld worden',
    );
    expect(JSON.parse(localStorage.getItem(storageKey(invitation)) ?? '{}').answers).toEqual({
      [items[0]!.id]: 4,
      [items[1]!.id]: 3,
    });
  }, 20_000);
});

describe('links that cannot be answered', () => {
  it('refuses a malformed or truncated link, and the start page is a click away', async () => {
    const user = openLink('dit-is-geen-uitnodiging');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze link is onvolledig of beschadigd' }),
    ).toBeVisible();
    expect(screen.getByText('Er is niets bewaard in deze browser.')).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Naar de startpagina' }));
    expect(location.pathname).toBe('/');

    cleanup();
    const { text } = await invite();
    openLink(text.slice(0, Math.floor(text.length / 2)));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze link is onvolledig of beschadigd' }),
    ).toBeVisible();
  });

  it('refuses a bank version this app does not have, naming it', async () => {
    const { text } = await invite({ bank: { id: 'network-leadership', version: '9.0.0' } });
    openLink(text);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Deze app heeft de vragenlijst van deze uitnodiging niet',
      }),
    ).toBeVisible();
    expect(screen.getByText(/vraagt om vragenlijst network-leadership@9\.0\.0/)).toBeVisible();
  });

  it('refuses a link without an invitation, a newer format, a bad key, a bank without 360 and an unknown group', async () => {
    const { invitation } = await invite();
    const newer = toBase64Url(deflateSync(utf8Bytes(JSON.stringify({ ...invitation, formatVersion: 2 }))));
    const cases: [string, string][] = [
      ['', 'Deze link bevat geen uitnodiging'],
      [newer, 'Deze uitnodiging komt van een nieuwere versie van de app'],
      [
        encodeInvitation({ ...invitation, publicKey: 'A'.repeat(87) }),
        'De sleutel in deze uitnodiging is ongeldig',
      ],
      [
        encodeInvitation({ ...invitation, bank: { id: 'network-leadership', version: '1.0.0' } }),
        'Deze vragenlijst biedt geen 360°-feedback',
      ],
      [
        encodeInvitation({ ...invitation, groupId: 'neighbours' }),
        'Deze uitnodiging is voor een groep die de vragenlijst niet kent',
      ],
    ];
    for (const [fragment, title] of cases) {
      cleanup();
      openLink(fragment);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(screen.getByRole('alert')).toBeVisible();
    }
  });
});

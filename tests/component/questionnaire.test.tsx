import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ASSESSMENT_KEY, useAssessment } from '../../src/state/assessment';
import { paginate } from '../../src/domain/questionnaire';
import { freshBrowser, index, index2, renderApp } from './render-app';

beforeEach(freshBrowser);

// The default bank (2.0.0) is what a participant starts on; the damaged-data test restores a 1.0.0 assessment.
const firstItem = index2.questionnaireItems[0]!;
const secondItem = index2.questionnaireItems[1]!;
const text = (id: string) => index2.items.get(id)!.text.nl!;
const items = index2.bank.items.length;
// Every page of statements, then the roles in context, then the leader-identity reflections.
const steps = paginate(index2).length + 2;

/** Opens the questionnaire of the default bank at `step` (0-based) with `answers` already given. */
function openQuestionnaireAt(step: number, answers: Record<string, number | null>) {
  useAssessment.setState({
    bank: { id: index2.bank.id, version: index2.bank.version },
    answers,
    startedAt: new Date().toISOString(),
    step,
  });
  return renderApp('/questionnaire');
}

/** The questionnaire shows page `n` (1-based): its one progress indicator says so to assistive technology. */
function expectStep(n: number): void {
  expect(screen.getByRole('progressbar')).toHaveAttribute(
    'aria-valuetext',
    expect.stringMatching(new RegExp(`stap ${String(n)} van ${String(steps)}$`, 'i')),
  );
}

async function startQuestionnaire() {
  const session = renderApp('/');
  await session.user.click(screen.getByRole('button', { name: 'Start de vragenlijst' }));
  return session;
}

describe('the questionnaire', () => {
  it('starts from the intro, which says how long it takes and that answers stay in the browser', () => {
    renderApp('/');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Netwerkleiderschap – vaardigheidsmeting' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Duurt ongeveer 20 minuten · ${String(items)} uitspraken`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Je antwoorden blijven bij jou' })).toBeInTheDocument();
  });

  it('shows each statement as a labelled radio group with the scale and "not applicable"', async () => {
    await startQuestionnaire();
    const group = screen.getByRole('group', { name: `1. ${text(firstItem.id)}` });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      '1(bijna) nooit',
      '2zelden',
      '3soms',
      '4vaak',
      '5(bijna) altijd',
      '0n.v.t. / geen gelegenheid',
    ]);
  });

  it('answers by mouse, saves at once and counts progress', async () => {
    const { user } = await startQuestionnaire();
    const group = screen.getByRole('group', { name: `1. ${text(firstItem.id)}` });
    await user.click(within(group).getByRole('radio', { name: /vaak/ }));
    expect(within(group).getByRole('radio', { name: /vaak/ })).toBeChecked();
    expect(useAssessment.getState().answers[firstItem.id]).toBe(4);
    expect(JSON.parse(localStorage.getItem(ASSESSMENT_KEY) ?? '{}').state.answers[firstItem.id]).toBe(4);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByText(`1 van ${String(items)} uitspraken beantwoord`)).toBeInTheDocument();
  });

  it('answers by keyboard: number keys choose, 0 means not applicable, and focus moves on', async () => {
    const { user } = await startQuestionnaire();
    const first = screen.getByRole('group', { name: `1. ${text(firstItem.id)}` });
    within(first).getAllByRole('radio')[0]!.focus();
    await user.keyboard('3');
    expect(useAssessment.getState().answers[firstItem.id]).toBe(3);
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    const second = screen.getByRole('group', { name: `2. ${text(secondItem.id)}` });
    expect(second).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('0');
    expect(useAssessment.getState().answers[secondItem.id]).toBeNull();
    expect(within(second).getByRole('radio', { name: /n\.v\.t\./ })).toBeChecked();
    // Arrow keys move within the group (native radios), and Tab leaves it.
    within(first).getByRole('radio', { name: /soms/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(useAssessment.getState().answers[firstItem.id]).toBe(4);
  });

  it('goes back and next, and to the first unanswered statement', async () => {
    const { user } = await startQuestionnaire();
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expectStep(2);
    expect(useAssessment.getState().step).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expectStep(1);
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Naar de eerste open uitspraak' }));
    expectStep(1);
    const first = screen.getByRole('group', { name: `1. ${text(firstItem.id)}` });
    expect(first).toContainElement(document.activeElement as HTMLElement);
  });

  it('gives every page a history entry: the browser’s Back goes to the previous page, Forward returns', async () => {
    const { user } = await startQuestionnaire();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    expectStep(3);
    const popped = () =>
      new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await act(async () => {
      const done = popped();
      history.back();
      await done;
    });
    expectStep(2);
    expect(useAssessment.getState().step).toBe(1);
    await act(async () => {
      const done = popped();
      history.forward();
      await done;
    });
    expectStep(3);
  });

  it('shows one progress indicator, and the keyboard help says "0 or N" only where the scale has n.v.t.', async () => {
    await startQuestionnaire();
    expect(screen.getAllByRole('progressbar')).toHaveLength(1);
    expect(screen.queryByText(/^Stap \d+ van/)).not.toBeInTheDocument();
    expect(screen.getByText(/Met het toetsenbord/)).toHaveTextContent('0 of N voor n.v.t.');
    // The mindset pages use the agreement scale, which has no n.v.t.
    const mindset = paginate(index2).findIndex((page) => page.section === 'mindset');
    openQuestionnaireAt(mindset, {});
    expect(screen.getAllByText(/Met het toetsenbord/).at(-1)).not.toHaveTextContent('n.v.t.');
  });

  it('lists the open statements with links when finishing early, and a link leads to the statement', async () => {
    const all = Object.fromEntries(index2.bank.items.map((item) => [item.id, 4]));
    const missing = index2.questionnaireItems[30]!;
    delete all[missing.id];
    const { user } = openQuestionnaireAt(steps - 1, all);
    await user.click(screen.getByRole('button', { name: 'Naar mijn resultaten' }));
    expect(screen.getByRole('heading', { name: 'Nog 1 uitspraak zonder antwoord' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: text(missing.id) }));
    const group = screen.getByRole('group', {
      name: new RegExp(text(missing.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    });
    expect(group).toContainElement(document.activeElement as HTMLElement);
  });

  it('comes back to the same page with every answer after a remount (reload)', async () => {
    const { user, unmount } = await startQuestionnaire();
    await user.click(
      within(screen.getByRole('group', { name: `1. ${text(firstItem.id)}` })).getByRole('radio', {
        name: /zelden/,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    unmount();
    // Forget the in-memory state and restore from localStorage, as a reload does.
    const saved = localStorage.getItem(ASSESSMENT_KEY) ?? '';
    useAssessment.setState({ answers: {}, step: 0 });
    localStorage.setItem(ASSESSMENT_KEY, saved);
    await act(() => useAssessment.persist.rehydrate());
    renderApp('/questionnaire');
    expectStep(3);
    expect(useAssessment.getState().answers[firstItem.id]).toBe(2);
  });

  it('keeps corrupt saved data aside, tells the participant, and starts cleanly', async () => {
    localStorage.setItem(ASSESSMENT_KEY, '{"state": {"answers": {"x": 1}, "version": ');
    await act(() => useAssessment.persist.rehydrate());
    renderApp('/');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Je eerder bewaarde gegevens konden niet gelezen worden',
    );
    const kept = Object.keys(localStorage).filter((key) => key.startsWith(`${ASSESSMENT_KEY}:kept:`));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0]!)).toBe('{"state": {"answers": {"x": 1}, "version": ');
    expect(screen.getByRole('button', { name: 'Start de vragenlijst' })).toBeInTheDocument();
  });

  it('keeps the valid answers of partly damaged saved data and says what happened', async () => {
    const old = { first: index.bank.items[0]!.id, second: index.bank.items[1]!.id };
    localStorage.setItem(
      ASSESSMENT_KEY,
      JSON.stringify({
        version: 1,
        state: {
          bank: { id: 'network-leadership', version: '1.0.0' },
          answers: { [old.first]: 5, [old.second]: 'lots' },
          startedAt: '2026-11-01T10:00:00Z',
          step: 'two',
        },
      }),
    );
    await act(() => useAssessment.persist.rehydrate());
    renderApp('/');
    expect(useAssessment.getState().answers).toEqual({ [old.first]: 5 });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Een deel van je bewaarde gegevens was beschadigd (2 onderdelen)',
    );
    expect(screen.getByText('Je was al bezig: 1 van 80 uitspraken beantwoord.')).toBeInTheDocument();
  });

  it('switches language mid-way and keeps the answers', async () => {
    const { user } = await startQuestionnaire();
    await user.click(
      within(screen.getByRole('group', { name: `1. ${text(firstItem.id)}` })).getByRole('radio', {
        name: /vaak/,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    const group = screen.getByRole('group', { name: `1. ${index2.items.get(firstItem.id)!.text.en}` });
    expect(within(group).getByRole('radio', { name: /often/ })).toBeChecked();
    expect(screen.getByText(`1 of ${String(items)} statements answered`)).toBeInTheDocument();
    expect(localStorage.getItem('nla:language')).toBe('en');
  });

  it('asks the roles in context, two per situation, and keeps the choices (not scored)', async () => {
    const all = Object.fromEntries(index2.bank.items.map((item) => [item.id, 4]));
    const { user } = openQuestionnaireAt(steps - 2, all);
    expect(screen.getByRole('heading', { level: 1, name: /Rollen in context/ })).toBeInTheDocument();
    const first = index2.bank.situations!.prompts[0]!;
    const group = screen.getByRole('group', {
      name: new RegExp(`^Situatie 1\\. ${first.text.nl!.slice(0, 20)}`),
    });
    await user.click(within(group).getByRole('checkbox', { name: 'Netwerkbouwer' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Aanjager' }));
    // Two chosen: the others cannot be ticked any more.
    expect(within(group).getByRole('checkbox', { name: 'Procesregisseur' })).toBeDisabled();
    expect(within(group).getByText('Kies 2 rollen (2 gekozen).')).toBeInTheDocument();
    expect(useAssessment.getState().choices[first.id]).toEqual(['network-weaver', 'catalyst']);
  });

  it('says before leaving a section which dimensions its "not applicable" answers leave without a score', async () => {
    const roles = index2.sectionItems.get('roles') ?? [];
    const weaver = roles.filter((item) => item.dimension === 'network-weaver');
    const answers: Record<string, number | null> = Object.fromEntries(roles.map((item) => [item.id, 4]));
    // Network weaver: 3 of its 5 statements "not applicable", so only 2 answered and 3 needed.
    for (const item of weaver.slice(0, 3)) answers[item.id] = null;
    const lastRolesPage = paginate(index2).filter((page) => page.section === 'roles').length - 1;
    const { user } = openQuestionnaireAt(lastRolesPage, answers);
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    const warning = screen.getByRole('alert');
    expect(within(warning).getByRole('heading', { name: '1 dimensie krijgt geen score' })).toHaveFocus();
    expect(within(warning).getByRole('button', { name: 'Netwerkbouwer' })).toBeInTheDocument();
    expect(useAssessment.getState().step).toBe(lastRolesPage);
    await user.click(within(warning).getByRole('button', { name: 'Toch verdergaan' }));
    expect(useAssessment.getState().step).toBe(lastRolesPage + 1);
  });
  it('offers a participant mid-way through 1.0.0 the newer default, keeping the answers to unchanged statements', async () => {
    // Answers to 1.0.0: one statement kept in 2.0.0 under its id, one replaced (its id is gone).
    const kept = index.bank.items.find((item) => index2.items.has(item.id))!;
    const dropped = index.bank.items.find((item) => !index2.items.has(item.id))!;
    localStorage.setItem(
      ASSESSMENT_KEY,
      JSON.stringify({
        version: 1,
        state: {
          bank: { id: 'network-leadership', version: '1.0.0' },
          answers: { [kept.id]: 4, [dropped.id]: 2 },
          startedAt: '2026-11-01T10:00:00Z',
          updatedAt: '2026-11-01T10:05:00Z',
          step: 1,
        },
      }),
    );
    await act(() => useAssessment.persist.rehydrate());
    const { user } = renderApp('/');
    expect(screen.getByRole('heading', { name: 'Er is een nieuwere versie' })).toBeInTheDocument();
    expect(screen.getByText('Je was al bezig: 2 van 80 uitspraken beantwoord.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Overschakelen naar .*2\.0\.0/ }));
    expect(useAssessment.getState().bank).toEqual({ id: 'network-leadership', version: '2.0.0' });
    expect(useAssessment.getState().answers).toEqual({ [kept.id]: 4 });
    expect(await screen.findByText(/Je bent overgestapt\. 1 antwoorden zijn meegenomen/)).toBeInTheDocument();
    expect(
      screen.getByText(`Je was al bezig: 1 van ${String(items)} uitspraken beantwoord.`),
    ).toBeInTheDocument();
  });

  it('lets the participant finish the version they started instead', async () => {
    localStorage.setItem(
      ASSESSMENT_KEY,
      JSON.stringify({
        version: 1,
        state: {
          bank: { id: 'network-leadership', version: '1.0.0' },
          answers: { [index.bank.items[0]!.id]: 3 },
          startedAt: '2026-11-01T10:00:00Z',
          step: 0,
        },
      }),
    );
    await act(() => useAssessment.persist.rehydrate());
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: /^Verder met/ }));
    expect(screen.queryByRole('heading', { name: 'Er is een nieuwere versie' })).not.toBeInTheDocument();
    expect(useAssessment.getState().bank).toEqual({ id: 'network-leadership', version: '1.0.0' });
    expect(screen.getByText('Je was al bezig: 1 van 80 uitspraken beantwoord.')).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n';
import { useFeedback } from '../../src/state/feedback';
import { freshBrowser, renderApp } from './render-app';

beforeEach(async () => {
  await freshBrowser();
  useFeedback.setState({ round: null });
});

describe('the participant’s feedback page', () => {
  it('names each group and its rule in the interface language, and starts a round with one link per group', async () => {
    await setLanguage('en');
    const { user } = renderApp('/feedback');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feedback from others (360°)' }),
    ).toBeVisible();
    expect(screen.getByText('network partners: shown on its own from 3 responses.')).toBeVisible();
    expect(
      screen.getByText('manager: shown on its own from 1 response (that is one person’s view).'),
    ).toBeVisible();
    await user.type(screen.getByLabelText('Your first name for the raters (optional)'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Start the feedback round' }));
    const link = await screen.findByRole('textbox', { name: 'Link for network partners' }, { timeout: 5000 });
    expect((link as HTMLInputElement).value).toMatch(/\/rate#[A-Za-z0-9_-]+$/);
    expect(screen.getByRole('textbox', { name: 'Link for own team' })).toBeVisible();
    expect(useFeedback.getState().round).toMatchObject({
      firstName: 'Sam',
      groups: ['manager', 'partners', 'team'],
    });
  });
});

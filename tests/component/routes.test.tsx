import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshBrowser, renderApp } from './render-app';

beforeEach(freshBrowser);

describe('addresses that are not a page, or not yet', () => {
  it('shows "page not found" with links to the pages there are, not the intro under a wrong URL', async () => {
    const { user } = renderApp('/resultaten-van-vorig-jaar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start de vragenlijst' })).toBeNull();
    expect(screen.getByText(/resultaten-van-vorig-jaar/)).toBeVisible();
    const main = screen.getByRole('main');
    await user.click([...main.querySelectorAll('a')].find((a) => a.textContent === 'Voor coaches') ?? main);
    expect(location.pathname).toBe('/coach');
  });

  it('shows an empty state with a way to start on /results before anything is answered', async () => {
    const { user } = renderApp('/results');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nog geen resultaten' })).toBeVisible();
    expect(document.querySelector('svg.chart-svg')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Naar de vragenlijst' }));
    expect(location.pathname).not.toBe('/results');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { isCurrentPath, Link, NavLink } from './links';

describe('isCurrentPath', () => {
  it('matches the page itself and, unless `end`, the pages below it, ignoring case', () => {
    expect(isCurrentPath('/stages', '/stages')).toBe(true);
    expect(isCurrentPath('/Metrics/loyalty', '/metrics')).toBe(true);
    expect(isCurrentPath('/metrics/loyalty', '/metrics/')).toBe(true);
    expect(isCurrentPath('/metrics/loyalty', '/metrics', true)).toBe(false);
    expect(isCurrentPath('/metricsx', '/metrics')).toBe(false);
    expect(isCurrentPath('/stages', '/')).toBe(false);
    expect(isCurrentPath('/', '/', true)).toBe(true);
  });
});

function Where() {
  const { pathname, search } = useLocation();
  return <p data-testid="where">{pathname + search}</p>;
}

describe('Link and NavLink', () => {
  it('navigate inside the app, keep the address, and mark the page shown', async () => {
    render(
      <MemoryRouter initialEntries={['/stages?unit=retail']}>
        <nav>
          <NavLink to="/" end>
            Overview
          </NavLink>
          <NavLink to={{ pathname: '/pillars', search: '?unit=retail' }}>Pillars</NavLink>
          <NavLink to="/stages">Stages</NavLink>
        </nav>
        <Link to="/review">Review</Link>
        <Where />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Stages' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Pillars' })).toHaveAttribute(
      'href',
      '/pillars?unit=retail',
    );

    await userEvent.click(screen.getByRole('link', { name: 'Pillars' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/pillars?unit=retail');
    expect(screen.getByRole('link', { name: 'Pillars' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Stages' })).not.toHaveAttribute('aria-current');

    await userEvent.click(screen.getByRole('link', { name: 'Review' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/review');
  });
});

// Links within the app, on React Router's hooks. The router's own <Link> and <NavLink> also serve its
// framework mode (prefetch links, view transitions, form submission), which this single-page app
// never uses; with them in the app, that code would load before the headline numbers.
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useHref, useLinkClickHandler, useLocation, useResolvedPath, type To } from 'react-router';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  /** Replace the current history entry rather than add one. */
  replace?: boolean;
  children?: ReactNode;
}

/** An address in the app: a plain link (new tab, copy address) that navigates without a reload. */
export function Link({ to, replace, target, onClick, children, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, target });
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return (
    <a {...rest} href={href} target={target} onClick={click}>
      {children}
    </a>
  );
}

/**
 * Whether a link to `to` names the page shown: the same path, or (unless `end`) a page under it.
 * Paths compare as React Router's NavLink compares them, ignoring case.
 */
export function isCurrentPath(current: string, to: string, end = false): boolean {
  const here = current.toLowerCase();
  const there = to.toLowerCase();
  if (here === there) return true;
  if (end || !here.startsWith(there)) return false;
  // "/stages/" names the pages below "/stages" as "/stages" does; "/" names only itself.
  const slashAt = there !== '/' && there.endsWith('/') ? there.length - 1 : there.length;
  return here.charAt(slashAt) === '/';
}

/** A link in a navigation: `aria-current="page"` while its page (or, unless `end`, one below) shows. */
export function NavLink({ to, end, ...rest }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const target = useResolvedPath(to).pathname;
  const current = isCurrentPath(pathname, target, end);
  return <Link {...rest} to={to} aria-current={current ? 'page' : undefined} />;
}

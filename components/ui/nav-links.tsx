'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type NavItem = { href: string; label: string };

/**
 * A navigation list that marks the section the page is in: `root` only on itself, every other item on itself and the
 * pages below it. `buttons` draws the items as a row of buttons (a section's sub-navigation) instead of the sidebar's
 * list.
 */
export function NavLinks({
  items,
  label,
  root = '/',
  buttons = false,
}: {
  items: NavItem[];
  label: string;
  root?: string;
  buttons?: boolean;
}) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === root ? pathname === root : pathname.startsWith(href));
  return (
    <nav
      aria-label={label}
      className={buttons ? 'no-print' : undefined}
      style={buttons ? { marginBottom: '1rem' } : undefined}
    >
      <ul
        className={buttons ? 'row' : undefined}
        style={buttons ? { listStyle: 'none', margin: 0, padding: 0, gap: '.5rem' } : undefined}
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={buttons ? (isCurrent(item.href) ? 'btn' : 'btn btn-secondary') : undefined}
              aria-current={isCurrent(item.href) ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type AdminNavItem = { href: string; label: string };

export function AdminSubNav({ items, label }: { items: AdminNavItem[]; label: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === '/admin' ? pathname === '/admin' : pathname.startsWith(href));
  return (
    <nav aria-label={label} className="no-print" style={{ marginBottom: '1rem' }}>
      <ul className="row" style={{ listStyle: 'none', margin: 0, padding: 0, gap: '.5rem' }}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={isCurrent(item.href) ? 'btn' : 'btn btn-secondary'}
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

import { getTranslations } from 'next-intl/server';
import { DEMO_PASSWORD } from '@/prisma/seed/demo-data';

type Account = { username: string; role: string; unitName: string | null };

export async function DemoAccounts({ accounts }: { accounts: Account[] }) {
  const [t, td] = await Promise.all([getTranslations('auth'), getTranslations('domain')]);
  return (
    <details style={{ marginTop: '1.25rem' }}>
      <summary className="small">{t('demoAccounts', { password: DEMO_PASSWORD })}</summary>
      <ul className="small">
        {accounts.map((a) => (
          <li key={a.username}>
            <code>{a.username}</code> · {td(`role.${a.role}` as 'role.ADMIN')}
            {a.unitName && a.role === 'MANAGER' ? ` · ${a.unitName}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

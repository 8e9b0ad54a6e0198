'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveNotificationSettingsAction } from '@/lib/actions/notifications';
import type { NotificationSettings } from '@/lib/data/notifications';
import { KINDS, USER_CHANNELS } from '@/lib/notifications/rules';

export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const t = useTranslations('notifications');
  const [state, action, isPending] = useActionState(saveNotificationSettingsAction, null);
  const emailError = state && !state.ok ? state.fieldErrors.email?.[0] : undefined;
  return (
    <form action={action} className="panel" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('page.preferences')}</h2>
      {state && !state.ok && (
        <div className="form-error" role="alert">
          {state.message}
        </div>
      )}
      {state?.ok && (
        <div className="form-ok" role="status">
          {t('page.saved')}
        </div>
      )}
      <div className="field">
        <label htmlFor="notify-email">{t('page.email')}</label>
        <input
          id="notify-email"
          name="email"
          type="email"
          defaultValue={settings.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'notify-email-error' : 'notify-email-hint'}
        />
        <span id="notify-email-hint" className="muted small">
          {t('page.emailHint')}
        </span>
        {emailError && (
          <span id="notify-email-error" className="field-error">
            {emailError}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor="notify-locale">{t('page.language')}</label>
        <select id="notify-locale" name="locale" defaultValue={settings.locale}>
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </div>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('page.kind')}</th>
            {USER_CHANNELS.map((c) => (
              <th scope="col" key={c}>
                {t(`channels.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KINDS.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`kinds.${k}`)}</th>
              {USER_CHANNELS.map((c) => (
                <td key={c}>
                  <input
                    type="checkbox"
                    name={`${k}.${c}`}
                    defaultChecked={settings.channels[k][c]}
                    aria-label={`${t(`kinds.${k}`)} · ${t(`channels.${c}`)}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button className="btn" type="submit" disabled={isPending}>
        {t('page.save')}
      </button>
    </form>
  );
}

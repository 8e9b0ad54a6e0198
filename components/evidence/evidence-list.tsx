'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { EvidenceItem } from '@/lib/data/evidence';
import { formatInstant } from '@/lib/format';
import { toLocale } from '@/lib/i18n/config';
import { formatFileSize } from './format-size';

type Props = { files: EvidenceItem[]; canRemove: boolean; isPending: boolean; onRemove: (file: EvidenceItem) => void };

/** The files attached to one indicator's month: name (the download link), size, who uploaded it and when. */
export function EvidenceList({ files, canRemove, isPending, onRemove }: Props) {
  const t = useTranslations('evidence');
  const locale = useLocale();
  if (files.length === 0) return <p className="small muted">{t('empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('fileName')}</th>
            <th scope="col" className="num">
              {t('size')}
            </th>
            <th scope="col">{t('uploader')}</th>
            <th scope="col">{t('uploadedAt')}</th>
            {canRemove && <th scope="col">{t('actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id}>
              <td>
                <a
                  href={`/api/evidence/${f.id}`}
                  download={f.fileName}
                  aria-label={t('downloadLabel', { name: f.fileName })}
                >
                  {f.fileName}
                </a>
              </td>
              <td className="num">{formatFileSize(f.size, locale)}</td>
              <td>{f.uploadedBy ?? '—'}</td>
              <td className="num">{formatInstant(f.uploadedAt, toLocale(locale))}</td>
              {canRemove && (
                <td>
                  <button
                    type="button"
                    className="btn-link"
                    disabled={isPending}
                    aria-label={t('removeLabel', { name: f.fileName })}
                    onClick={() => onRemove(f)}
                  >
                    {t('remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

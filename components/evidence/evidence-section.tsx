'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { removeEvidenceAction, uploadEvidenceAction } from '@/lib/actions/evidence';
import type { EvidenceItem } from '@/lib/data/evidence';
import { checkEvidenceSize, evidenceExtension } from '@/lib/domain/evidence-file';
import { EvidenceList } from './evidence-list';
import { EvidenceUpload } from './evidence-upload';

type Props = {
  id: string;
  indicator: { id: number; name: string };
  month: { unitCode: string; year: number; month: number };
  files: EvidenceItem[];
  canEdit: boolean;
  /** the month's version as the entry form holds it: every upload and removal moves it on */
  version: number;
  onVersion: (version: number) => void;
};

type Notice = { ok: boolean; text: string } | null;

/** 佐证材料 of one indicator's month: the list, and while the month is editable, upload and remove. */
export function EvidenceSection({ id, indicator, month, files, canEdit, version, onVersion }: Props) {
  const t = useTranslations('evidence');
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const [isPending, startTransition] = useTransition();

  const after = (result: Awaited<ReturnType<typeof removeEvidenceAction>>, done: string) => {
    if (result.ok) {
      onVersion(result.data.version);
      setNotice({ ok: true, text: done });
      router.refresh();
    } else {
      setNotice({ ok: false, text: result.fieldErrors.file?.[0] ?? result.message });
    }
  };

  // a dropped connection or a body over the server's limit rejects instead of answering: say so, keep the page
  const attempt = (run: () => Promise<void>) =>
    startTransition(async () => {
      try {
        await run();
      } catch {
        setNotice({ ok: false, text: t('errors.failed') });
      }
    });

  const upload = (file: File | undefined, clear: () => void) => {
    if (!file) return setNotice({ ok: false, text: t('errors.noFile') });
    // refused here before anything is sent; the server checks again, and the content too
    const size = checkEvidenceSize(file.size);
    if (!size.ok) return setNotice({ ok: false, text: t(`errors.${size.refusal}`, { name: file.name }) });
    if (!evidenceExtension(file.name))
      return setNotice({ ok: false, text: t('errors.badExtension', { name: file.name }) });
    const form = new FormData();
    Object.entries({ ...month, indicatorId: indicator.id, version }).forEach(([k, v]) => form.set(k, String(v)));
    form.set('file', file);
    attempt(async () => {
      const result = await uploadEvidenceAction(form);
      if (result.ok) clear();
      after(result, t('uploaded', { name: result.ok ? result.data.fileName : file.name }));
    });
  };

  const remove = (file: EvidenceItem) =>
    attempt(async () =>
      after(await removeEvidenceAction({ id: file.id, version }), t('removed', { name: file.fileName })),
    );

  return (
    <section className="evidence" aria-labelledby={`${id}-evidence-title`}>
      <h3 id={`${id}-evidence-title`} className="small">
        {t('title')}
      </h3>
      {notice && (
        <p className={notice.ok ? 'form-ok' : 'form-error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      <EvidenceList files={files} canRemove={canEdit} isPending={isPending} onRemove={remove} />
      {canEdit && <EvidenceUpload id={id} indicatorName={indicator.name} isPending={isPending} onUpload={upload} />}
    </section>
  );
}

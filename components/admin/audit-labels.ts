import { getLocale, getTranslations } from 'next-intl/server';
import { auditReader, type AuditNames, type AuditTranslator } from '@/lib/audit-values';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, isAuditAction, isAuditEntity } from '@/lib/audit-vocabulary';

/** The audit log's names for its codes; a code outside the vocabulary (a test's probe) shows as itself. */
export async function getAuditLabels() {
  const t = await getTranslations('admin');
  return {
    action: (code: string) => (isAuditAction(code) ? t(`audit.actions.${code}`) : code),
    entity: (code: string) => (isAuditEntity(code) ? t(`audit.entities.${code}`) : code),
  };
}

/** How the log reads the fields and values of its events, in the reader's language. */
export async function getAuditReader(names: AuditNames) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return auditReader(t as unknown as AuditTranslator, locale === 'en' ? 'en' : 'zh-CN', names);
}

const rank = (vocabulary: readonly string[], code: string) =>
  vocabulary.includes(code) ? vocabulary.indexOf(code) : vocabulary.length;
const inOrderOf = (vocabulary: readonly string[]) => (codes: string[]) =>
  [...codes].sort((a, b) => rank(vocabulary, a) - rank(vocabulary, b) || a.localeCompare(b));

/** The filter lists codes as the vocabulary groups them (the month's events first), unknown codes last. */
export const inActionOrder = inOrderOf(AUDIT_ACTIONS);
export const inEntityOrder = inOrderOf(AUDIT_ENTITIES);

import { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { readNumber } from '@/lib/validation/entry';
import { validationTranslator } from '@/lib/validation/messages';
import { dbId } from './ids';

const SCORE_COLUMN = { precision: 5, scale: 2 };

/** The evaluator's score of a QUALITATIVE indicator: typed like any number, empty clears it. */
export function qualitativeScoreSchema(locale: Locale = 'zh-CN') {
  const t = validationTranslator(locale);
  return z.object({ indicatorId: dbId, version: dbId, score: z.string().max(30) }).transform((input, ctx) => {
    const score = readNumber(ctx, t, input.score, ['score'], t('scoreField'), SCORE_COLUMN);
    return { indicatorId: input.indicatorId, version: input.version, score: score === null ? null : Number(score) };
  });
}

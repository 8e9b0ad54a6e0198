import { z } from 'zod';
import { message } from '@/lib/errors';
import { readNumber } from '@/lib/validation/entry';
import { dbId } from './ids';

const SCORE_COLUMN = { precision: 5, scale: 2 };

/** The evaluator's score of a QUALITATIVE indicator: typed like any number, empty clears it. */
export const qualitativeScoreSchema = z
  .object({ indicatorId: dbId, version: dbId, score: z.string().max(30) })
  .transform((input, ctx) => {
    const score = readNumber(ctx, input.score, ['score'], message('entry.validation.scoreField'), SCORE_COLUMN);
    return { indicatorId: input.indicatorId, version: input.version, score: score === null ? null : Number(score) };
  });

import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_ENTITIES, isAuditAction } from '../../lib/audit-vocabulary';
import { auditBatches, buildProvince, PROVINCE, provinceHash, type ProvinceConfig } from './province';

// A small province (the full one is hashed by `npm run bench -- --hash`): same seed → same content, other seed → not.
const SMALL: ProvinceConfig = { ...PROVINCE, units: 3, firstYear: 2025, auditEvents: 2_000, evidenceFiles: 5 };

describe('province generator', () => {
  it('produces identical content in two runs', () => {
    expect(provinceHash(SMALL)).toBe(provinceHash(SMALL));
  });

  it('changes the content with the seed', () => {
    expect(provinceHash({ ...SMALL, seed: SMALL.seed + 1 })).not.toBe(provinceHash(SMALL));
  });

  it('covers every unit and year, past years approved and the current month mixed', () => {
    const province = buildProvince(SMALL);
    const rows = (table: string) => province.tables.find((t) => t.table === table)!.rows;
    expect(rows('Plan')).toHaveLength(SMALL.units * 2);
    const reports = rows('MonthReport');
    const plansOf2025 = new Set(
      rows('Plan')
        .filter((p) => p.year === 2025)
        .map((p) => p.id),
    );
    expect(reports.filter((r) => plansOf2025.has(r.planId as number)).every((r) => r.state === 'APPROVED')).toBe(true);
    expect(rows('EvidenceFile')).toHaveLength(5);
    expect([...auditBatches(SMALL, province.lastUserId)].flat()).toHaveLength(2_000);
  });

  it('writes only audit events the application records, each action on its own entity, MONTH_SUBMIT among them', () => {
    const events = [...auditBatches(SMALL, buildProvince(SMALL).lastUserId)].flat();
    const pairs = [...new Set(events.map((e) => `${e.action} ${e.entity}`))].sort();
    const unknown = pairs.filter((pair) => {
      const [action, entity] = pair.split(' ');
      return !isAuditAction(action) || !(AUDIT_ACTION_ENTITIES[action] as readonly string[]).includes(entity);
    });
    expect(unknown).toEqual([]);
    expect(pairs).toContain('MONTH_SUBMIT MonthReport');
  });
});

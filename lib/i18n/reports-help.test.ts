import { describe, expect, test } from 'vitest';
import en from './messages/en/reports.json';
import zh from './messages/zh-CN/reports.json';

// The reports page's help text names its controls as they are labelled (components/reports/report-options-form.tsx
// renders these very keys), says which months each report covers, and describes no control the page lacks.
describe.each([
  { locale: 'zh-CN', t: zh, covers: '1月至截至月份', checkbox: /勾选|复选框/, quotes: ['“', '”'] },
  { locale: 'en', t: en, covers: 'January to the as-of month', checkbox: /\btick|checkbox/i, quotes: ['"', '"'] },
])('reports page help ($locale)', ({ t, covers, checkbox, quotes }) => {
  const quoted = (label: string) => `${quotes[0]}${label}${quotes[1]}`;

  test('the introduction names every control by its label, and the button', () => {
    for (const control of [t.unit, t.year, t.month, t.scope, t.format]) expect(t.intro).toContain(control);
    expect(t.intro).toContain(quoted(t.apply));
  });

  test('the hints quote the options of their selects; none speaks of a checkbox', () => {
    expect(t.approvedOnlyHint).toContain(quoted(t.approvedOnly));
    expect(t.approvedOnlyHint).toContain(quoted(t.includeUnapproved));
    expect(t.monthHint).toContain(quoted(t.latestMonth));
    expect(t.selfEvaluationReportHint).toContain(quoted(t.format));
    const all = [t.intro, t.monthHint, t.approvedOnlyHint, t.formatHint, ...Object.values(t.reportHint)].join(' ');
    expect(all).not.toMatch(checkbox);
  });

  test('each report and the month hint say which months are covered', () => {
    for (const hint of [...Object.values(t.reportHint), t.monthHint])
      expect(hint.toLowerCase()).toContain(covers.toLowerCase());
  });
});

/** One choice of a select: the submitted value and what the person reads. */
export type Choice = { value: string | number; label: string };

/** The months of a year, 1…12, for month selects. */
export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The twelve months (or the given ones) as choices, each named by common.monthLabel (「10月」, "Oct"). */
export const monthChoices = (
  tc: (key: 'monthLabel', values: { month: number }) => string,
  months: readonly number[] = MONTHS,
): Choice[] => months.map((month) => ({ value: month, label: tc('monthLabel', { month }) }));

/** Plan years as choices, each named by common.yearLabel (「2026年」). */
export const yearChoices = (
  years: readonly number[],
  tc: (key: 'yearLabel', values: { year: number }) => string,
): Choice[] => years.map((year) => ({ value: year, label: tc('yearLabel', { year }) }));

/** A labelled select in a form's field cell (GET forms and action forms alike). */
export function SelectField({
  id,
  name,
  label,
  defaultValue,
  choices,
  describedBy,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string | number;
  choices: Choice[];
  /** the id of a hint that explains the choice */
  describedBy?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} aria-describedby={describedBy}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

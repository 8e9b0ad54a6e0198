import type { PlanPerformance } from '@/lib/data/performance';
import type { ReportModel } from '@/lib/reports/model';
import { ProgressChart } from './progress-chart';
import { ReportTable } from './report-table';

/** A report as printed: title block, then one section per unit (each on a new page), then its tables. */
export function ReportDocument({
  model,
  plans,
  chartTitle,
}: {
  model: ReportModel;
  plans?: PlanPerformance[];
  chartTitle?: string;
}) {
  return (
    <article className="report-document" aria-labelledby={`report-${model.kind}`}>
      <h2 id={`report-${model.kind}`} className="report-title">
        {model.title}
      </h2>
      <div className="report-meta small">
        {model.metaLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {model.sections.map((section, s) => {
        const plan = plans?.find((p) => p.unit.code === section.unit?.code);
        return (
          <section key={section.unit?.code ?? s} className="report-section">
            {section.unit && model.sections.length > 1 && <h3>{`${section.unit.name}（${section.unit.code}）`}</h3>}
            <div className="report-meta small">
              {section.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
            {section.blocks.map((block) => (
              <ReportTable key={block.key} block={block} caption={block.title ?? undefined} />
            ))}
            {plan && chartTitle && <ProgressChart plan={plan} title={chartTitle} />}
          </section>
        );
      })}
    </article>
  );
}

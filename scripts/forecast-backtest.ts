// `npm run forecast:backtest`: how well the seasonal forecast and the linear rule have predicted the full year at each
// as-of month, on the demo history (every unit, every COUNT and RATIO indicator, each complete year forecast from the
// unit's other years), with the share of years that fell inside the 80% interval.
import { buildDemoData } from '../prisma/seed/demo-data';
import { report } from './forecast-backtest-report';

console.log(report('Demo data', buildDemoData().plans));

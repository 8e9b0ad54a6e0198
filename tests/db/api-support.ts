// Calls the /api/v1 route handlers exactly as Next does: a Request and a promise of the route's params.
import { GET as getOpenApi } from '../../app/api/v1/openapi.json/route';
import { GET as getPlans } from '../../app/api/v1/plans/[year]/route';
import { PUT as putActuals } from '../../app/api/v1/units/[code]/years/[year]/months/[month]/actuals/route';
import { GET as getPerformance } from '../../app/api/v1/units/[code]/years/[year]/performance/route';
import { GET as getUnits } from '../../app/api/v1/units/route';

type Options = { token?: string | null; body?: unknown; rawBody?: string; ifMatch?: string; lang?: string };

function request(method: string, path: string, o: Options) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.ifMatch !== undefined) headers['if-match'] = o.ifMatch;
  if (o.lang) headers['accept-language'] = o.lang;
  const body = o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
  return new Request(`http://localhost/api/v1${path}`, { method, headers, body });
}

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

export type ApiResponse = { status: number; headers: Headers; body: Record<string, unknown> & { error?: ApiErr } };
type ApiErr = { code: string; message: string; fieldErrors: Record<string, string[]> };
const read = async (r: Response): Promise<ApiResponse> => ({
  status: r.status,
  headers: r.headers,
  body: await r.json(),
});

export const api = {
  units: (o: Options = {}) => getUnits(request('GET', '/units', o), params({})).then(read),
  plans: (year: string, o: Options = {}) => getPlans(request('GET', `/plans/${year}`, o), params({ year })).then(read),
  performance: (code: string, year: string, query: string, o: Options = {}) =>
    getPerformance(request('GET', `/units/${code}/years/${year}/performance${query}`, o), params({ code, year })).then(
      read,
    ),
  put: (code: string, year: string, month: string, o: Options = {}) =>
    putActuals(
      request('PUT', `/units/${code}/years/${year}/months/${month}/actuals`, o),
      params({ code, year, month }),
    ).then(read),
  openApi: () => read(getOpenApi()),
};

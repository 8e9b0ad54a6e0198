import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import {
  apiError,
  ifMatchHeader,
  performance,
  performanceQuery,
  planList,
  putActualsBody,
  saveResult,
  unitList,
  unitYearMonthParams,
  unitYearParams,
  yearParams,
} from './schemas';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [code, json(apiError, ERROR_DESCRIPTIONS[code as keyof typeof ERROR_DESCRIPTIONS])]),
  );
const ERROR_DESCRIPTIONS = {
  400: 'invalid path, query or body; fieldErrors name each refused field; nothing is stored',
  401: 'missing, unknown or revoked token',
  403: "the token may not read or write this unit's data",
  404: 'no such unit or plan',
  409: 'the month is submitted or approved (locked)',
  412: "If-Match does not match the month's version",
  428: 'If-Match is missing',
  429: 'rate limit passed; see Retry-After',
};
const READ_ERRORS = [400, 401, 403, 404, 429];

/** The OpenAPI 3.1 document of /api/v1, generated from the schemas the routes validate with. */
export function openApiDocument(serverUrl = '/api/v1') {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'an API token created by an administrator (系统管理 → 数据接口)',
  });
  const security = [{ [bearer.name]: [] }];
  registry.registerPath({
    method: 'get',
    path: '/units',
    summary: 'The units the token may read',
    security,
    responses: { 200: json(unitList, 'units in display order'), ...errors(401, 429) },
  });
  registry.registerPath({
    method: 'get',
    path: '/plans/{year}',
    summary: "The year's plans (indicators, targets, weights) of the units the token may read",
    security,
    request: { params: yearParams },
    responses: { 200: json(planList, 'plans'), ...errors(...READ_ERRORS) },
  });
  registry.registerPath({
    method: 'get',
    path: '/units/{code}/years/{year}/performance',
    summary: 'YTD, status, pace, projection and score per indicator, and the total, as of a month',
    security,
    request: { params: unitYearParams, query: performanceQuery },
    responses: { 200: json(performance, 'figures from the same engine as the dashboard'), ...errors(...READ_ERRORS) },
  });
  registry.registerPath({
    method: 'put',
    path: '/units/{code}/years/{year}/months/{month}/actuals',
    summary: "Writes a month's figures and spending as a draft (never submits)",
    description:
      'Validated exactly like the monthly entry form. The month must be at the version given in If-Match; the ' +
      'response carries the new version in ETag. Deviation records and notes of the indicators are kept.',
    security,
    request: {
      params: unitYearMonthParams,
      headers: ifMatchHeader,
      body: { content: { 'application/json': { schema: putActualsBody } } },
    },
    responses: { 200: json(saveResult, 'saved as a draft'), ...errors(...READ_ERRORS, 409, 412, 428) },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: '12345热线绩效目标管理 · Data API',
      version: '1.0.0',
      description: 'Errors in zh-CN or en by Accept-Language. Writes are rate-limited per token.',
    },
    servers: [{ url: serverUrl }],
  });
}

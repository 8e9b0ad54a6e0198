import { openApiDocument } from '@/lib/api/openapi';

// Public on purpose: the document describes the API, it holds no data.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(openApiDocument());
}

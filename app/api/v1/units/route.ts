import { apiRoute } from '@/lib/api/handler';
import { getUnits } from '@/lib/api/reads';

export const dynamic = 'force-dynamic';

export const GET = apiRoute('READ', (ctx) => getUnits(ctx));

import { apiRoute } from '@/lib/api/handler';
import { getPerformance } from '@/lib/api/reads';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ code: string; year: string }>('READ', getPerformance);

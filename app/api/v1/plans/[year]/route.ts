import { apiRoute } from '@/lib/api/handler';
import { getPlans } from '@/lib/api/reads';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ year: string }>('READ', getPlans);

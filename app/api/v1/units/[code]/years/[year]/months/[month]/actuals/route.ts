import { putActuals } from '@/lib/api/actuals';
import { apiRoute } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

export const PUT = apiRoute<{ code: string; year: string; month: string }>('WRITE', putActuals);

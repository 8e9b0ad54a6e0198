'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/admin-action';
import { saveUnitWebhooks } from '@/lib/data/webhooks';
import { unitWebhooksSchema } from '@/lib/validation/webhooks';

export const saveUnitWebhooksAction = adminAction('units.manage', unitWebhooksSchema, async (user, input) => {
  await saveUnitWebhooks(user, input);
  revalidatePath('/admin/webhooks');
  return null;
});

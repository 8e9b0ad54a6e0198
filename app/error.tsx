'use client';

import { ErrorRecovery } from '@/components/ui/error-recovery';
import { useErrorRecoveryTexts } from '@/components/ui/use-error-recovery-texts';

// Catches what the app's own layout throws (the session lookup during a database outage) under the root layout,
// which still provides the messages.
export default function RootSegmentError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <main className="content">
      <ErrorRecovery texts={useErrorRecoveryTexts()} retry={retry} digest={error.digest} />
    </main>
  );
}

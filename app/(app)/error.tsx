'use client';

import { ErrorRecovery } from '@/components/ui/error-recovery';
import { useErrorRecoveryTexts } from '@/components/ui/use-error-recovery-texts';

export default function AppSegmentError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorRecovery texts={useErrorRecoveryTexts()} retry={retry} digest={error.digest} />;
}

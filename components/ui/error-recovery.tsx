'use client';

import { useEffect, useState } from 'react';

/** How often a page that failed during a database outage tries again by itself. */
export const RETRY_SECONDS = 10;

export type ErrorRecoveryTexts = {
  title: string;
  body: string;
  countdown: (seconds: number) => string;
  checking: string;
  genericTitle: string;
  generic: string;
  retry: string;
};

// a server error's message is hidden in production, so the health check tells an outage from a bug
const isDatabaseReachable = () =>
  fetch('/api/health', { cache: 'no-store' }).then(
    (r) => r.ok,
    () => false,
  );

/**
 * The error page's body: when the database is unreachable it says so and tries again every RETRY_SECONDS once the
 * database answers again (or at once with the button); any other failure gets the generic message and the button.
 */
export function ErrorRecovery({
  texts,
  retry,
  digest,
}: {
  texts: ErrorRecoveryTexts;
  retry: () => void;
  digest?: string;
}) {
  const [isDatabaseDown, setDatabaseDown] = useState<boolean | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(RETRY_SECONDS);

  useEffect(() => {
    let isCurrent = true;
    void isDatabaseReachable().then((isUp) => isCurrent && setDatabaseDown(!isUp));
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(() => {
    if (!isDatabaseDown) return;
    let left = RETRY_SECONDS;
    let isChecking = false;
    const timer = setInterval(() => {
      if (isChecking) return;
      left -= 1;
      setSecondsLeft(left);
      if (left > 0) return;
      isChecking = true;
      void isDatabaseReachable().then((isUp) => {
        isChecking = false;
        if (isUp) return retry();
        left = RETRY_SECONDS;
        setSecondsLeft(left);
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [isDatabaseDown, retry]);

  return (
    <div className="panel">
      <div role="alert">
        <h1>{isDatabaseDown ? texts.title : texts.genericTitle}</h1>
        <p>{isDatabaseDown ? texts.body : texts.generic}</p>
      </div>
      {isDatabaseDown && (
        <p className="muted small" data-testid="retry-countdown">
          {secondsLeft > 0 ? texts.countdown(secondsLeft) : texts.checking}
        </p>
      )}
      {digest && <p className="muted small">{digest}</p>}
      <button className="btn" type="button" onClick={retry}>
        {texts.retry}
      </button>
    </div>
  );
}

'use client';

import { createContext, type ReactNode, useContext, useState } from 'react';

type Outcome = { text: string } | null;
const OutcomeContext = createContext<((outcome: Outcome) => void) | null>(null);

/**
 * The review page's confirmation, kept above the queue: a decided month leaves the queue when the page refreshes, and
 * its card with it, so the card reports here instead of showing the confirmation itself.
 */
export function ReviewOutcome({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <OutcomeContext.Provider value={setOutcome}>
      {outcome && (
        <div className="form-ok" role="status">
          {outcome.text}
        </div>
      )}
      {children}
    </OutcomeContext.Provider>
  );
}

/** Where a decision's confirmation goes: the page's outcome when there is one, else null (the card shows it). */
export const useReviewOutcome = () => useContext(OutcomeContext);

// What a discovery asked while the server is still building its index shows (503 "unavailable"): the
// server's words, with how far the build is, and the same search asked again a few seconds later, so
// the results appear by themselves once the index is ready instead of an error the user must retry.
import { useEffect, useRef } from 'react';
import type { ApiError } from '../lib/api.ts';

const AGAIN_AFTER_MS = 3_000;

export const isWarmingUp = (error: ApiError | undefined): error is ApiError =>
  error?.status === 503 && error.code === 'unavailable';

export function WarmingUp({ error, retry }: { error: ApiError; retry: () => void }) {
  const latest = useRef(retry);
  latest.current = retry;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per answer (typing in the form meanwhile re-renders with a new retry but does not push the timer back)
  useEffect(() => {
    const timer = setTimeout(() => latest.current(), AGAIN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [error]);
  return (
    <div className="empty" role="status">
      <strong>{error.message}</strong>
      <p>The search runs again by itself in a few seconds.</p>
    </div>
  );
}

// Runs a write, keeps its error to show, and reloads what it changed.
import { useState } from 'react';
import { ApiError } from '../../lib/api.ts';

export function useAction() {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const run = async <T>(work: () => Promise<T>, after?: (result: T) => void) => {
    setError(undefined);
    setBusy(true);
    try {
      const result = await work();
      after?.(result);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'client', String(err)));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

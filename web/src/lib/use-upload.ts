import { useState, type FormEvent } from 'react';
import { ApiError } from './api.ts';

export interface Upload<T> {
  result: T | undefined;
  error: ApiError | undefined;
  busy: boolean;
  submit: (e: FormEvent<HTMLFormElement>) => void;
}

/**
 * A file upload form: refuses an empty file before sending, drops the optional fields left blank,
 * keeps the answer or the error, and calls `onDone` after a successful upload.
 */
export function useUpload<T>(
  send: (form: FormData) => Promise<T>,
  options: { noFile: string; optional?: string[]; onDone?: () => void },
): Upload<T> {
  const [result, setResult] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(undefined);
    setResult(undefined);
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError(new ApiError(400, 'validation_failed', options.noFile, [{ path: 'file', message: 'no file chosen' }]));
      return;
    }
    for (const key of options.optional ?? []) if (!form.get(key)) form.delete(key);
    setBusy(true);
    try {
      setResult(await send(form));
      options.onDone?.();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return { result, error, busy, submit: (e) => void submit(e) };
}

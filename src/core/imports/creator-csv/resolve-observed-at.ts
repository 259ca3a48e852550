// When the numbers of an import were true: the date the user gives, else the date in the file name,
// else the import day (with a warning, since re-importing on another day would then add a snapshot).
import { dateFromFileName } from './date-from-file-name.ts';

export interface ObservedAt {
  observedAt: string;
  warning?: string;
}

export function resolveObservedAt(fileName: string, explicit: string | undefined, fetchedAt: string): ObservedAt {
  const fromName = dateFromFileName(fileName);
  if (explicit) {
    const warning =
      fromName && fromName !== explicit
        ? `the file name suggests ${fromName.slice(0, 10)}, but --observed-at ${explicit.slice(0, 10)} was used`
        : undefined;
    return { observedAt: explicit, ...(warning ? { warning } : {}) };
  }
  if (fromName) return { observedAt: fromName };
  const today = `${fetchedAt.slice(0, 10)}T00:00:00.000Z`;
  return {
    observedAt: today,
    warning: `no date in the file name: the numbers are dated ${today.slice(0, 10)} (the import day); pass --observed-at DATE to date them`,
  };
}

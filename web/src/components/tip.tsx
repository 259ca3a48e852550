// A number with its formula: the formula shows on hover and on keyboard focus (every number on
// screen can be traced to its formula, inputs and source).
import type { ReactNode } from 'react';
import { docsHref, type DocPage } from '../lib/docs-link.ts';

export function Num({ children, formula, className }: { children: ReactNode; formula: ReactNode; className?: string }) {
  return (
    <span className={`num-tip ${className ?? ''}`} tabIndex={0}>
      <span className="num-val">{children}</span>
      <span className="tip" role="tooltip">
        {formula}
      </span>
    </span>
  );
}

/** A small "?" with an explanation, for headings; `doc` links the page of docs/ that explains it in full. */
export function Help({ children, doc }: { children: ReactNode; doc?: DocPage }) {
  const formula = doc ? (
    <>
      {children}{' '}
      <a href={docsHref(doc)} target="_blank" rel="noopener">
        How it is computed
      </a>
    </>
  ) : (
    children
  );
  return (
    <Num formula={formula} className="help">
      ?
    </Num>
  );
}

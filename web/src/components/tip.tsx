// A number with its formula: the formula shows on hover and on keyboard focus (every number on
// screen can be traced to its formula, inputs and source).
import type { ReactNode } from 'react';

export function Num({ children, formula, className }: { children: ReactNode; formula: ReactNode; className?: string }) {
  return (
    <span className={`num-tip ${className ?? ''}`} tabIndex={0}>
      <span className="num-val">{children}</span>
      <span className="tip" role="tooltip">{formula}</span>
    </span>
  );
}

/** A small "?" with an explanation, for headings. */
export function Help({ children }: { children: ReactNode }) {
  return <Num formula={children} className="help">?</Num>;
}

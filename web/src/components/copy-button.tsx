import { useState } from 'react';

/** Copies text to the clipboard and says so (falls back to selecting a hidden field). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setDone(true);
    window.setTimeout(() => setDone(false), 1500);
  };
  return (
    <button type="button" className="small" onClick={() => void copy()} aria-label={`Copy ${label}`}>
      {done ? 'Copied ✓' : 'Copy'}
    </button>
  );
}

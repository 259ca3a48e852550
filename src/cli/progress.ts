// A progress bar for long work, drawn on stderr only when it is a terminal (so --json and pipes stay clean).
export interface Progress {
  update: (done: number, total: number) => void;
  done: () => void;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const started = Date.now();
  let last = 0;
  const draw = (done: number, total: number) => {
    const width = 28;
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * width);
    const elapsed = (Date.now() - started) / 1000;
    const eta = ratio > 0 && ratio < 1 ? ` eta ${Math.round(elapsed / ratio - elapsed)}s` : '';
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${(ratio * 100).toFixed(0)}%${eta}   `,
    );
  };
  return {
    update: (done, total) => {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done, total);
    },
    done: () => stream.write('\n'),
  };
}

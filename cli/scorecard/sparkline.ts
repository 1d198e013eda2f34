// A series as a line of block characters, lowest ▁ to highest █.
const blocks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * The last `width` values scaled between their own minimum and maximum. A flat series sits in the
 * middle; values that are not finite numbers show as a space.
 */
export function sparkline(values: readonly number[], width = 12): string {
  const shown = width > 0 ? values.slice(-width) : [];
  const finite = shown.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return ' '.repeat(shown.length);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return shown
    .map((v) => {
      if (!Number.isFinite(v)) return ' ';
      if (max === min) return blocks[3];
      return blocks[Math.round(((v - min) / (max - min)) * (blocks.length - 1))];
    })
    .join('');
}

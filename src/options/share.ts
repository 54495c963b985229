/** A share (0 to 1) as a freelancer types and reads it: "1/3" or "25%", never 0.3333…. */

/** "1/3" when the share is a simple fraction (denominator up to 12), else a percent such as "27.5%". */
export function formatShare(share: number): string {
  if (share === 0 || share === 1) return String(share);
  for (let d = 2; d <= 12; d++) {
    const n = Math.round(share * d);
    if (Math.abs(share - n / d) < 1e-9) return `${n}/${d}`;
  }
  return `${Math.round(share * 1000) / 10}%`;
}

/** "1/3", "33%", "0.25" → the share; anything else (or outside 0 to 1) → NaN, which the form reports. */
export function parseShare(text: string): number {
  const typed = text.trim();
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(typed);
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(typed);
  const share = fraction
    ? Number(fraction[1]) / Number(fraction[2])
    : percent
      ? Number(percent[1]) / 100
      : /^\d*\.?\d+$/.test(typed)
        ? Number(typed)
        : Number.NaN;
  return share >= 0 && share <= 1 ? share : Number.NaN;
}

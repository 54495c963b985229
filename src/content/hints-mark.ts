/**
 * A performance mark when a feature's hints are in the page (`detail`: which, and how many so far). The bench reads
 * it rather than watching the page with a MutationObserver of its own: such an observer costs the page some 40 µs
 * per added node (20 ms for 500 badges), which the bench then counted as ours and no freelancer ever pays.
 */
export function markHintsShown(kind: string, count: number): void {
  performance.mark('jss-guard:hints', { detail: { kind, count } });
}

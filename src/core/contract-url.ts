/** Ids of contracts known only from your profile's work history, which does not show Upwork's contract id. */
export const PROFILE_ID_PREFIX = 'profile:';
export const isFromProfileOnly = (id: string) => id.startsWith(PROFILE_ID_PREFIX);

/** A contract's page on Upwork; for one known only from your profile, your contracts list, where it is listed. */
export function contractUrl(id: string): string {
  return isFromProfileOnly(id)
    ? 'https://www.upwork.com/nx/wm/contracts/'
    : `https://www.upwork.com/nx/wm/contracts/${encodeURIComponent(id)}`;
}

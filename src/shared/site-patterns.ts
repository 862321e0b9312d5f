/**
 * A granted site (a hostname as `settings.ts` keeps it) as match patterns, and back: "Always on this site"
 * asks for exactly these patterns, and the background reads granted sites from the same shape.
 */

const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/** `dawn.com` → `*://*.dawn.com/*` (the site and its subdomains, http and https); an IP address as it is. */
export function sitePatterns(site: string): string[] {
  return [IP.test(site) ? `*://${site}/*` : `*://*.${site}/*`];
}

/** The site an entry of `sitePatterns` stands for, or `null` for any other host permission. */
export function siteOfPattern(matchPattern: string): string | null {
  const match = /^\*:\/\/(\*\.)?([^/*]+)\/\*$/.exec(matchPattern);
  if (!match?.[2]) return null;
  const host = match[2];
  return (match[1] === undefined) === IP.test(host) ? host : null;
}

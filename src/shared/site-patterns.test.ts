import { describe, expect, it } from 'vitest';
import { siteOfPattern, sitePatterns } from './site-patterns';

describe('site patterns', () => {
  it.each([
    ['dawn.com', '*://*.dawn.com/*'],
    ['127.0.0.1', '*://127.0.0.1/*'],
    ['[::1]', '*://[::1]/*'],
  ])('%s ⇄ %s', (site, pattern) => {
    expect(sitePatterns(site)).toEqual([pattern]);
    expect(siteOfPattern(pattern)).toBe(site);
  });

  it.each(['<all_urls>', '*://*/*', 'https://*.dawn.com/*', '*://dawn.com/*', '*://*.dawn.com/news/*'])(
    'reads no site from %s',
    (pattern) => {
      expect(siteOfPattern(pattern)).toBeNull();
    },
  );
});

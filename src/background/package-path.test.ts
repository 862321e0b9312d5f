import { describe, expect, it } from 'vitest';
import { packagePath } from './package-path';

describe('packagePath', () => {
  const root = 'moz-extension://5d1c9a2e-7f4b-4c1e-9a3d-2b6e8f0a1c47/';

  it('turns Firefox’s full URLs into paths inside the package', () => {
    expect(packagePath(`${root}src/content/index.iife.js`, root)).toBe('src/content/index.iife.js');
    expect(packagePath(`${root}src/generated/highlights.css`, root)).toBe('src/generated/highlights.css');
  });

  it('keeps Chrome’s relative paths as they are', () => {
    expect(packagePath('src/content/index.iife.js', 'chrome-extension://abcdefghijklmnop/')).toBe(
      'src/content/index.iife.js',
    );
    expect(packagePath('/assets/index.js', 'chrome-extension://abcdefghijklmnop/')).toBe('assets/index.js');
  });
});

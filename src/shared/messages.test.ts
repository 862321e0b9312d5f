import { describe, expect, it } from 'vitest';
import { parseContentCommand, parseContentRequest, parsePageRequest } from './messages';

const report = {
  type: 'page-report',
  url: 'https://www.dawn.com/news/1',
  relevant: true,
  annotated: true,
  score: 12,
  terms: [{ id: 'ttp', count: 3 }],
};

describe('content-script messages', () => {
  it('accepts a well-formed page report', () => {
    expect(parseContentRequest(report)).toEqual(report);
  });

  it.each([
    ['a missing field', { ...report, score: undefined }],
    ['an unknown field', { ...report, extra: 1 }],
    ['a wrong type', { ...report, relevant: 'yes' }],
    ['a negative count', { ...report, terms: [{ id: 'ttp', count: -1 }] }],
    ['an unknown type', { ...report, type: 'steal-cookies' }],
    ['a type inherited from Object.prototype', { ...report, type: 'toString' }],
    ['no object at all', 'page-report'],
    ['null', null],
  ])('rejects %s', (_, message) => {
    expect(parseContentRequest(message)).toBeUndefined();
  });

  it('does not accept a page request from a content script', () => {
    expect(parseContentRequest({ type: 'get-tab-state', tabId: 1 })).toBeUndefined();
  });
});

describe('extension-page messages', () => {
  it('accepts a tab state request', () => {
    expect(parsePageRequest({ type: 'get-tab-state', tabId: 7 })).toEqual({
      type: 'get-tab-state',
      tabId: 7,
    });
  });

  it('rejects a tab id that is not a whole number from 0 up to the largest safe integer', () => {
    expect(parsePageRequest({ type: 'get-tab-state', tabId: 1.5 })).toBeUndefined();
    expect(parsePageRequest({ type: 'get-tab-state', tabId: -1 })).toBeUndefined();
    expect(parsePageRequest({ type: 'get-tab-state', tabId: '7' })).toBeUndefined();
    expect(parsePageRequest({ type: 'get-tab-state', tabId: 2 ** 53 })).toBeUndefined();
    expect(parsePageRequest({ type: 'get-tab-state', tabId: Number.NaN })).toBeUndefined();
    expect(parsePageRequest({ type: 'get-tab-state', tabId: Number.MAX_SAFE_INTEGER })).toEqual({
      type: 'get-tab-state',
      tabId: Number.MAX_SAFE_INTEGER,
    });
  });
});

describe('commands to a content script', () => {
  it('accepts a jump to a term and a request to annotate', () => {
    expect(parseContentCommand({ type: 'jump-to-term', termId: 'ttp' })).toEqual({
      type: 'jump-to-term',
      termId: 'ttp',
    });
    expect(parseContentCommand({ type: 'annotate-now' })).toEqual({ type: 'annotate-now' });
  });

  it.each([
    ['a jump without a term', { type: 'jump-to-term' }],
    ['a jump with a number for a term', { type: 'jump-to-term', termId: 7 }],
    ['an extra field', { type: 'annotate-now', url: 'https://example.com' }],
    ['a content-script request', { type: 'open-story-view', termId: null }],
  ])('rejects %s', (_, message) => {
    expect(parseContentCommand(message)).toBeUndefined();
  });
});

describe('a card asking for the story view', () => {
  it('accepts a term id or null, and nothing else', () => {
    expect(parseContentRequest({ type: 'open-story-view', termId: null })).toEqual({
      type: 'open-story-view',
      termId: null,
    });
    expect(parseContentRequest({ type: 'open-story-view', termId: 'ttp' })).toEqual({
      type: 'open-story-view',
      termId: 'ttp',
    });
    expect(parseContentRequest({ type: 'open-story-view' })).toBeUndefined();
    expect(parseContentRequest({ type: 'open-story-view', termId: { id: 'ttp' } })).toBeUndefined();
  });
});

describe('the popup asking the background to act on a tab', () => {
  it('accepts a tab to annotate and a term to show in a tab', () => {
    expect(parsePageRequest({ type: 'annotate-tab', tabId: 3 })).toEqual({ type: 'annotate-tab', tabId: 3 });
    expect(parsePageRequest({ type: 'jump-in-tab', tabId: 3, termId: 'ttp' })).toEqual({
      type: 'jump-in-tab',
      tabId: 3,
      termId: 'ttp',
    });
  });

  it.each([
    ['no tab', { type: 'annotate-tab' }],
    ['a tab id as a string', { type: 'annotate-tab', tabId: '3' }],
    ['a jump without a term', { type: 'jump-in-tab', tabId: 3 }],
    ['an overlong term id', { type: 'jump-in-tab', tabId: 3, termId: 'x'.repeat(65) }],
    ['the command meant for the content script', { type: 'annotate-now' }],
  ])('rejects %s', (_, message) => {
    expect(parsePageRequest(message)).toBeUndefined();
  });

  it('does not accept them from a content script', () => {
    expect(parseContentRequest({ type: 'annotate-tab', tabId: 3 })).toBeUndefined();
  });
});

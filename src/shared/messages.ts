/**
 * The message contract between the extension's parts: one union per direction, each checked where it arrives.
 * Payloads are plain data. Add a message here first; the type checker then shows every place to handle it.
 *
 * - content script → background: `ContentRequest`, answered with `ContentResponses[type]`
 * - extension pages (popup, story view) → background: `PageRequest`, answered with `PageResponses[type]`
 * - extension pages and background → one tab's content script: `ContentCommand`, answered with
 *   `ContentCommandResponses[type]`
 */
import type { Glossary } from './glossary-types';
import { array, boolean, type Checked, integer, literal, nullable, object, string } from './validate';

const termId = string({ maxLength: 64 });

/** What the content script found on its page; sent once it has read the page and whenever that changes. */
const pageReport = object({
  type: literal('page-report'),
  url: string({ maxLength: 8192 }),
  /** The relevance gate's verdict on the page's main text. */
  relevant: boolean,
  /** True when the page is highlighted: relevant, or the reader asked for it ("Annotate this page"). */
  annotated: boolean,
  score: integer({ min: 0, max: 1_000_000 }),
  terms: array(object({ id: termId, count: integer({ min: 1, max: 1_000_000 }) }), { maxLength: 512 }),
});

/** A card's "full story" link: the background opens the story view in a new tab. */
const openStoryView = object({ type: literal('open-story-view'), termId: nullable(termId) });

/**
 * The glossary for hover cards. The content script does not bundle it (its size budget is for the matcher);
 * it asks once, when a page is first annotated.
 */
const getGlossary = object({ type: literal('get-glossary') });

/**
 * The page is annotated: load the hover cards into it. They ship as a script of their own, injected by the
 * background only into annotated pages, so the content script that every news page runs stays small.
 */
const loadCards = object({ type: literal('load-cards') });

const getTabState = object({ type: literal('get-tab-state'), tabId: integer({ min: 0 }) });
/**
 * The popup's "Annotate this page" and its term buttons, carried out by the background: a command from an
 * extension page open in a tab (the story view, the popup under test) carries that tab as its sender, which
 * the content script rightly refuses; the background's commands carry none.
 */
const annotateTab = object({ type: literal('annotate-tab'), tabId: integer({ min: 0 }) });
const jumpInTab = object({ type: literal('jump-in-tab'), tabId: integer({ min: 0 }), termId });

/** Scroll to the term's next occurrence on the page and open its card. */
const jumpToTerm = object({ type: literal('jump-to-term'), termId });
/** Highlight this page even if the relevance gate says no: the reader asked for it. */
const annotateNow = object({ type: literal('annotate-now') });

export type PageReport = Checked<typeof pageReport>;
export type OpenStoryView = Checked<typeof openStoryView>;
export type GetGlossary = Checked<typeof getGlossary>;
export type LoadCards = Checked<typeof loadCards>;
export type GetTabState = Checked<typeof getTabState>;
export type AnnotateTab = Checked<typeof annotateTab>;
export type JumpInTab = Checked<typeof jumpInTab>;
export type JumpToTerm = Checked<typeof jumpToTerm>;
export type AnnotateNow = Checked<typeof annotateNow>;

export type ContentRequest = PageReport | OpenStoryView | GetGlossary | LoadCards;
export type PageRequest = GetTabState | AnnotateTab | JumpInTab;
export type ContentCommand = JumpToTerm | AnnotateNow;

/** What the background knows of one tab, as the popup shows it. */
export interface TabState {
  tabId: number;
  /** The last report from the tab's content script, or `null` when none has run there. */
  report: Omit<PageReport, 'type'> | null;
}

export interface ContentResponses {
  'page-report': { tabId: number };
  'open-story-view': { opened: boolean };
  'get-glossary': Glossary;
  'load-cards': { loaded: boolean };
}

export interface ContentCommandResponses {
  /** False when the term is not highlighted on the page. */
  'jump-to-term': { found: boolean };
  /** Answered once the page is read: whether it is highlighted, and how long reading it took. */
  'annotate-now': { annotated: boolean; readMs: number };
}

export interface PageResponses {
  'get-tab-state': TabState;
  /** False when the page has no story terms to show; rejects when the tab cannot be scripted. */
  'annotate-tab': { annotated: boolean };
  'jump-in-tab': { found: boolean };
}

const contentChecks = {
  'page-report': pageReport,
  'open-story-view': openStoryView,
  'get-glossary': getGlossary,
  'load-cards': loadCards,
} as const;
const pageChecks = {
  'get-tab-state': getTabState,
  'annotate-tab': annotateTab,
  'jump-in-tab': jumpInTab,
} as const;
const commandChecks = { 'jump-to-term': jumpToTerm, 'annotate-now': annotateNow } as const;

function parseWith<M>(checks: Record<string, (value: unknown) => unknown>, value: unknown): M | undefined {
  if (typeof value !== 'object' || value === null || !('type' in value) || typeof value.type !== 'string') {
    return undefined;
  }
  const check = Object.hasOwn(checks, value.type) ? checks[value.type] : undefined;
  return check === undefined ? undefined : (check(value) as M | undefined);
}

/** The message as a `ContentRequest`, or `undefined` when it is not one. */
export const parseContentRequest = (value: unknown): ContentRequest | undefined =>
  parseWith<ContentRequest>(contentChecks, value);

/** The message as a `PageRequest`, or `undefined` when it is not one. */
export const parsePageRequest = (value: unknown): PageRequest | undefined =>
  parseWith<PageRequest>(pageChecks, value);

/** The message as a `ContentCommand`, or `undefined` when it is not one. */
export const parseContentCommand = (value: unknown): ContentCommand | undefined =>
  parseWith<ContentCommand>(commandChecks, value);

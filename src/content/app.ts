/**
 * The content script's life on one page: annotate it, keep up with its changes and in-page navigations,
 * answer the popup's commands, report to the background, and stop cleanly — when the reader turns Story Lens
 * off for the site, or when the extension is updated or reloaded and this copy of the script is orphaned.
 *
 * A page is first screened, one native test per text node for the story's core names: most pages never pass,
 * and cost little more than one walk over their text. A page that passes is read and matched from its start.
 * Both run in chunks, in slices of a few milliseconds, so even a huge page never blocks the reader.
 *
 * - reading, matching, gate, painting: `page-session.ts`
 * - watching changes: `mutation-queue.ts`
 */
import type { Matcher } from '../core/matcher/matcher';
import type { PageReport } from '../shared/messages';
import { MutationQueue } from './mutation-queue';
import { PageSession } from './page-session';
import { newWorkClock, now, runInSlices, timed } from './slices';

/** What the app needs from the extension around it (messaging, liveness): browser glue, kept out of here. */
export interface ContentHost {
  /** False once the extension that injected this script is gone (updated, reloaded, removed). */
  isAlive(): boolean;
  report(report: PageReport): void;
  /** Our own UI in the page (the card host), whose mutations are not the page's. */
  isOwn(node: Node): boolean;
}

/** Longest stretch of reading before the page gets the thread back. */
const SLICE_MS = 8;

export class ContentApp {
  readonly #session: PageSession;
  readonly #doc: Document;
  readonly #host: ContentHost;
  readonly #queue: MutationQueue;
  #listeners: AbortController | null = null;
  #url: string;
  #lastReport = '';
  /** Screened out: no core name in the page's text. Changes are only screened until one appears. */
  #dormant = false;
  /** Counts full reads; a read in progress gives up when a newer one starts. */
  #generation = 0;
  /**
   * The last full read, from the start to painting: the time it spent working (not waiting between slices),
   * and the longest task it held the page for.
   */
  lastRead = newWorkClock();
  /** Blocks the page changed while a full read was under way: read again once it is done. */
  #deferred: Node[] | null = null;

  constructor(doc: Document, matcher: Matcher, host: ContentHost) {
    this.#doc = doc;
    this.#host = host;
    this.#session = new PageSession(doc, matcher);
    this.#url = pageUrl(doc);
    this.#queue = new MutationQueue(doc.body ?? doc.documentElement, {
      isOwn: (node) => host.isOwn(node),
      rescan: (roots) => this.#onChangedBlocks(roots),
      settle: () => this.#afterChange(),
      dropRemoved: () => {
        if (this.#dormant || this.#deferred !== null) return;
        this.#session.dropDetached();
        this.#report();
      },
      rescanAll: () => void this.#readPage(),
      shouldContinue: () => this.checkAlive(),
    });
  }

  /** The page's annotation: what the hover cards read and follow. */
  get session(): PageSession {
    return this.#session;
  }

  get running(): boolean {
    return this.#listeners !== null;
  }

  /** Annotates the page (in slices; the promise settles when done) and starts following its changes. */
  start(): Promise<void> {
    if (this.running) return Promise.resolve();
    this.#listeners = new AbortController();
    const signal = this.#listeners.signal;
    this.#queue.start();
    // In-page navigations (history API): the page's text changes under a new URL; re-run the gate. Most show
    // up as mutations too (see `afterChange`); these events catch the rest.
    const onNavigate = () => this.#checkNavigation();
    this.#doc.defaultView?.addEventListener('popstate', onNavigate, { signal });
    // A page restored from the back/forward cache kept our ranges; the page may have changed since it froze.
    this.#doc.defaultView?.addEventListener(
      'pageshow',
      (event) => {
        if (event.persisted && this.checkAlive()) void this.#readPage();
      },
      { signal },
    );
    // An orphan left by an extension update notices on its next message or page change; a reader coming back
    // to the tab is one more moment to check.
    this.#doc.addEventListener('visibilitychange', () => this.checkAlive(), { signal });
    return this.#readPage();
  }

  /** Removes every highlight and listener at once. */
  stop(): void {
    this.#generation++;
    this.#listeners?.abort();
    this.#listeners = null;
    this.#queue.stop();
    this.#session.stop();
    this.#session.forced = false;
    this.#deferred = null;
    // Tell the background the page is no longer highlighted (its badge empties) — unless we are orphaned.
    if (this.#host.isAlive()) this.#report();
  }

  /**
   * The reader asked for this page ("Annotate this page"): highlight it whatever the gate says. Settles once
   * the page is read, with the time reading took (0 when it had been read already).
   */
  async annotateNow(): Promise<{ annotated: boolean; readMs: number }> {
    this.#session.forced = true;
    const started = now();
    let readMs = 0;
    if (!this.running) {
      await this.start();
      readMs = now() - started;
    } else if (this.#dormant) {
      await this.#readPage();
      readMs = now() - started;
    } else this.#afterChange();
    return { annotated: this.#session.annotated, readMs };
  }

  /** Reads the whole page from scratch: screen, then read and match in slices, then gate and paint. */
  async #readPage(): Promise<void> {
    const generation = ++this.#generation;
    this.#url = pageUrl(this.#doc);
    this.#dormant = false;
    this.#deferred = [];
    // Unless the reader asked for this page, screen it first: without a core name anywhere, it cannot be
    // about the story, and the matcher never runs.
    const clock = newWorkClock();
    timed(clock, () => this.#session.beginScan(!this.#session.forced));
    const finished = await runInSlices(
      () => this.#session.scanStep(),
      SLICE_MS,
      () => generation !== this.#generation || !this.checkAlive(),
      clock,
    );
    if (!finished) return;
    const deferred = this.#deferred;
    this.#deferred = null;
    const screenedOut = timed(clock, () => {
      if (this.#session.screenedOut) {
        this.#dormant = true;
        this.#session.clear();
        return true;
      }
      if (deferred.length > 0) this.#session.rescan(deferred);
      this.#session.settle();
      return false;
    });
    this.lastRead = clock;
    this.#report();
    // Blocks the page changed during the read may lie in a part it had screened already: screen them now.
    if (screenedOut && deferred.length > 0) this.#onChangedBlocks(deferred);
  }

  #onChangedBlocks(roots: readonly Node[]): void {
    if (this.#deferred !== null) this.#deferred.push(...roots);
    else if (!this.#dormant) this.#session.rescan(roots);
    else if (roots.some((root) => this.#session.mayBeAboutStory(root))) void this.#readPage();
  }

  #afterChange(): void {
    if (this.#checkNavigation() || this.#dormant || this.#deferred !== null) return;
    this.#session.settle();
    this.#report();
  }

  /** After an in-page navigation, reads the new page from scratch; true when it did. */
  #checkNavigation(): boolean {
    if (pageUrl(this.#doc) === this.#url) return false;
    // A new article: the reader's "Annotate this page" was for the old one.
    this.#session.forced = false;
    void this.#readPage();
    return true;
  }

  /** Stops this copy of the script when its extension is gone; true while it is there. */
  checkAlive(): boolean {
    if (this.#host.isAlive()) return true;
    this.stop();
    return false;
  }

  #report(): void {
    if (this.running && !this.checkAlive()) return;
    const counts = this.#session.termCounts();
    const report: PageReport = {
      type: 'page-report',
      url: this.#doc.location?.href ?? '',
      relevant: this.#session.relevance.relevant,
      annotated: this.running && this.#session.annotated,
      score: this.#session.relevance.score,
      terms: [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
    };
    const key = JSON.stringify(report);
    if (key === this.#lastReport) return;
    this.#lastReport = key;
    this.#host.report(report);
  }
}

/** The page's address without its fragment: jumping to an anchor is not a new page. */
function pageUrl(doc: Document): string {
  const href = doc.location?.href ?? '';
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { glossaryMatcher } from '../../scripts/lib/glossary-matcher';
import { ContentApp } from './app';

const host = { isAlive: () => true, report: () => {}, isOwn: () => false };

/** Holds the thread for `ms` milliseconds: a stand-in for a page slow to read. */
function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // waiting
  }
}

describe('a page that changes while it is read', () => {
  it('screens again what the page added where the screen had already passed', async () => {
    const matcher = glossaryMatcher();
    // Every text node takes a millisecond to screen, so the read (300 nodes) lasts well past the mutation
    // queue's wait (120 ms): the change arrives while the read is under way, in a part it has passed.
    const screen = matcher.mayMentionStory.bind(matcher);
    vi.spyOn(matcher, 'mayMentionStory').mockImplementation((text) => {
      busyWait(1);
      return screen(text);
    });
    document.body.innerHTML = `<p id="first">Markets were calm.</p>${'<p>Rain is expected later in the week.</p>'.repeat(300)}`;
    const app = new ContentApp(document, matcher, host);
    const started = performance.now();
    const read = app.start();
    // The read's first slice has run: the first paragraph has been screened, and found nothing.
    (document.getElementById('first') as HTMLElement).textContent = 'Ishaq Dar flew to Kabul.';
    await read;
    expect(performance.now() - started).toBeGreaterThan(300);
    await vi.waitFor(() => expect(app.session.relevance.mentions).toBeGreaterThan(0), {
      timeout: 10_000,
      interval: 20,
    });
    app.stop();
  });
});

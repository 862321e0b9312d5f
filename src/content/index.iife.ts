/**
 * The content script. Runs on the curated news sites (and, in test builds, on local pages), or when the reader
 * asks for a page ("Annotate this page" injects this same file). One instance per page: a second injection
 * finds the first through a global symbol and leaves the work to it, unless the first was orphaned by an
 * extension update, in which case it is stopped and replaced.
 *
 * - the page's life: `app.ts`
 * - commands from the popup: `commands.ts`
 * - hover cards: `cards/`
 */
import { Matcher } from '../core/matcher/matcher';
import { matcherData } from '../generated/matcher-data';
import type { Glossary } from '../shared/glossary-types';
import { ContentApp } from './app';
import { type Cards, createCards } from './cards';
import { listenForCommands } from './commands';
import { extensionIsAlive as isAlive, sendMessage } from './extension-api';

const INSTANCE = Symbol.for('story-lens.content-script');

interface Instance {
  isAlive(): boolean;
  stop(): void;
}

function main(): void {
  const slot = globalThis as unknown as Record<symbol, Instance | undefined>;
  const previous = slot[INSTANCE];
  if (previous?.isAlive()) return;
  previous?.stop();
  // An update can also start us in a fresh world that cannot see the orphan; the orphan notices on its own
  // next call to the extension (see `ContentApp.checkAlive`).

  let cards: Cards | null = null;
  const app = new ContentApp(document, new Matcher(matcherData), {
    isAlive,
    report: (report) => {
      sendMessage(report).catch(() => app.checkAlive());
    },
    isOwn: (node) => cards?.owns(node) ?? false,
  });
  cards = createCards(app.session, {
    hoverDelayMs: 350,
    getGlossary: () => sendMessage({ type: 'get-glossary' }) as Promise<Glossary>,
    openStoryView: (termId) => void sendMessage({ type: 'open-story-view', termId }).catch(() => {}),
  });
  // An orphaned app stops itself (and tells its subscribers); its cards go with it.
  app.session.subscribe(() => {
    if (!isAlive()) cards?.destroy();
  });
  const stopCommands = listenForCommands((command) => {
    switch (command.type) {
      case 'annotate-now':
        return { annotated: app.annotateNow() };
      case 'jump-to-term':
        return { found: cards?.jumpTo(command.termId, 1) ?? false };
    }
  });
  slot[INSTANCE] = {
    isAlive,
    stop: () => {
      app.stop();
      cards?.destroy();
      stopCommands();
    },
  };
  void app.start();
}

main();

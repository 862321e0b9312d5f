/**
 * The content script. Runs on the curated news sites (and, in test builds, on local pages), or when the reader
 * asks for a page ("Annotate this page" injects this same file). One instance per page: a second injection
 * finds the first through a global symbol and leaves the work to it, unless the first was orphaned by an
 * extension update, in which case it is stopped and replaced.
 *
 * - the page's life: `app.ts`
 * - commands from the popup: `commands.ts`
 * - hover cards: `cards/`
 * - settings (on or off for this site, card delay): `shared/settings.ts`
 */
import { Matcher } from '../core/matcher/matcher';
import { matcherData } from '../generated/matcher-data';
import type { Glossary } from '../shared/glossary-types';
import {
  DEFAULT_SETTINGS,
  highlightsOnFor,
  loadSettings,
  onSettingsChanged,
  type Settings,
} from '../shared/settings';
import { ContentApp } from './app';
import type { Cards } from './cards';
import { listenForCommands } from './commands';
import { extensionIsAlive as isAlive, sendMessage } from './extension-api';
import { type CardsFactory, currentInstance, registerInstance } from './instance';

function main(): void {
  const previous = currentInstance();
  if (previous?.isAlive()) return;
  previous?.stop();
  // An update can also start us in a fresh world that cannot see the orphan; the orphan notices on its own
  // next call to the extension (see `ContentApp.checkAlive`).

  let settings: Settings | null = null;
  let cards: Cards | null = null;
  /** Set once the cards' script runs in the page; asked for when the page is first annotated. */
  let createCards: CardsFactory | null = null;
  let cardsRequested = false;
  const app = new ContentApp(document, new Matcher(matcherData), {
    isAlive,
    report: (report) => {
      sendMessage(report).catch(() => app.checkAlive());
    },
    isOwn: (node) => cards?.owns(node) ?? false,
  });

  /**
   * Cards live exactly as long as the annotation: turning Story Lens off removes their listeners too. Their
   * script is loaded the first time the page shows highlights.
   */
  const ensureCards = () => {
    if (cards !== null || !app.running) return;
    if (createCards === null) {
      if (!cardsRequested && app.session.occurrences().length > 0) {
        cardsRequested = true;
        sendMessage({ type: 'load-cards' }).catch(() => app.checkAlive());
      }
      return;
    }
    cards = createCards(app.session, {
      hoverDelayMs: (settings ?? DEFAULT_SETTINGS).hoverDelayMs,
      getGlossary: () => sendMessage({ type: 'get-glossary' }) as Promise<Glossary>,
      openStoryView: (termId) => void sendMessage({ type: 'open-story-view', termId }).catch(() => {}),
    });
  };
  const turnOff = () => {
    app.stop();
    cards?.destroy();
    cards = null;
  };
  app.session.subscribe(() => {
    // An orphaned app stops itself (and tells its subscribers); its cards go with it.
    if (!isAlive()) {
      cards?.destroy();
      cards = null;
    } else ensureCards();
  });

  const applySettings = (next: Settings) => {
    const wasOn = settings !== null && highlightsOnFor(settings, location.hostname);
    settings = next;
    cards?.setHoverDelay(next.hoverDelayMs);
    const on = highlightsOnFor(next, location.hostname);
    if (on && !app.running) void app.start();
    else if (!on && wasOn && app.running) turnOff();
  };
  const stopSettings = onSettingsChanged(applySettings);
  // Corrupt or foreign stored settings come back as defaults (see shared/settings.ts): never a reason to fail.
  void loadSettings().then((loaded) => {
    if (settings === null) applySettings(loaded);
  });

  const stopCommands = listenForCommands((command) => {
    switch (command.type) {
      case 'annotate-now':
        return app.annotateNow();
      case 'jump-to-term':
        return { found: cards?.jumpTo(command.termId, 1) ?? false };
    }
  });
  registerInstance({
    isAlive,
    stop: () => {
      turnOff();
      stopCommands();
      stopSettings();
    },
    provideCards: (factory) => {
      createCards ??= factory;
      ensureCards();
    },
  });
}

main();

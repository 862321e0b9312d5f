/**
 * How the scripts Story Lens puts in a page find each other. The content script registers itself under a
 * global symbol of its isolated world: a second injection of it finds the first (and leaves the work to it
 * unless it was orphaned), and the hover cards' script, injected later into annotated pages, hands it their
 * factory.
 */
import type { AnnotationView } from './annotation-view';
import type { CardOptions, Cards } from './cards';

export const INSTANCE = Symbol.for('story-lens.content-script');

export type CardsFactory = (view: AnnotationView, options: CardOptions) => Cards;

export interface Instance {
  isAlive(): boolean;
  stop(): void;
  /** Called by the cards' script once it runs in the page. */
  provideCards(factory: CardsFactory): void;
}

const slot = globalThis as unknown as Record<symbol, Instance | undefined>;

export const currentInstance = (): Instance | undefined => slot[INSTANCE];

export function registerInstance(instance: Instance): void {
  slot[INSTANCE] = instance;
}

/**
 * Hover cards: explain a highlighted term in the story's context, by pointer, keyboard or touch.
 *
 * - `cards.ts` the controller; `hover-intent.ts` when to open and close; `hit-test.ts` and
 *   `occurrence-index.ts` what is under the pointer; `keyboard.ts`, `touch.ts` the other ways in;
 * - `card-model.ts` what a card says; `card-view.ts` its DOM; `card.css` its looks; `card-host.ts` the shadow
 *   root it lives in; `placement.ts` where it goes.
 *
 * This file is the glue to the extension: locale messages and the styles as a string. The modules it wires
 * never import the extension API, so they run in unit tests.
 */
import type { AnnotationView } from '../annotation-view';
import { getMessage } from '../extension-api';
import css from './card.css?inline';
import { type CardOptions, type Cards, createCardsController } from './cards';

export type { CardOptions, Cards } from './cards';

/** Starts hover cards over `view`'s occurrences on this page. */
export function createCards(view: AnnotationView, options: CardOptions): Cards {
  const { pointerFrame: _, ...cards } = createCardsController(view, options, {
    doc: document,
    css,
    msg: getMessage,
  });
  return cards;
}

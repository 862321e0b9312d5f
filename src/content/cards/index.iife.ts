/**
 * The hover cards' script: injected by the background into pages the content script has annotated (see the
 * `load-cards` message), so pages that are not about the story never carry it. It hands its factory to the
 * content script already at work in the page, which owns the cards' life from then on.
 */
import { currentInstance } from '../instance';
import { createCards } from './index';

currentInstance()?.provideCards(createCards);

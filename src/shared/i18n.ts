/**
 * Every string the user reads comes from `_locales/<lang>/messages.json` through here, so a translation is a
 * file, not a code change.
 */
import browser from 'webextension-polyfill';
import type messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The message in the browser's language (English when there is no translation). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

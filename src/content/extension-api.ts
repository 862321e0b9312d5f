/**
 * The content script's only door to the extension APIs: messaging, liveness and UI strings.
 *
 * The content script does not bundle webextension-polyfill (about 10 KB of a 40 KB budget that belongs to the
 * matcher and the cards). It needs little, and both browsers give it natively: Firefox's `browser` returns
 * promises; Chrome's `chrome.runtime.sendMessage` does too (MV3). Listeners answer through `sendResponse`, which
 * both browsers support, rather than by returning a promise, which older Chrome ignores.
 */
import type { Runtime } from 'webextension-polyfill';

interface NativeApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: NativeListener): void;
      removeListener(listener: NativeListener): void;
    };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

type NativeListener = (
  message: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

function api(): NativeApi | undefined {
  const scope = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };
  return scope.browser?.runtime ? scope.browser : scope.chrome;
}

/**
 * Our extension's id, or `undefined` once this copy's extension is gone: an orphan's `runtime.id` reads
 * undefined, or the access throws.
 */
export function extensionId(): string | undefined {
  try {
    return api()?.runtime?.id;
  } catch {
    return undefined;
  }
}

/** False once this copy's extension is gone (see `extensionId`). */
export const extensionIsAlive = (): boolean => extensionId() !== undefined;

/** Sends a message to the background; rejects when the extension is gone. */
export function sendMessage(message: unknown): Promise<unknown> {
  const runtime = api()?.runtime;
  if (runtime === undefined) return Promise.reject(new Error('Story Lens: the extension is gone'));
  return runtime.sendMessage(message);
}

/**
 * Listens for messages; `handle` returns the answer's promise, or `undefined` to not answer.
 * Returns the function that stops listening.
 */
export function onMessage(
  handle: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined,
): () => void {
  const runtime = api()?.runtime;
  if (runtime === undefined) return () => {};
  const listener: NativeListener = (message, sender, sendResponse) => {
    const answer = handle(message, sender);
    if (answer === undefined) return undefined;
    answer.then(sendResponse, (error: unknown) => {
      console.warn('Story Lens: a command failed:', error);
      sendResponse(undefined);
    });
    return true; // keeps the channel open for the asynchronous answer
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** A UI string from `_locales` (the key itself when missing, so a gap shows instead of an empty label). */
export function getMessage(key: string, substitutions?: string | string[]): string {
  try {
    return api()?.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

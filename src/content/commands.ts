/**
 * Commands from the popup and the background to this tab's content script ("jump to this term", "annotate
 * this page"): each is checked against the contract and its sender verified before it is handled.
 */
import { type ContentCommand, type ContentCommandResponses, parseContentCommand } from '../shared/messages';
import { extensionId, onMessage } from './extension-api';

type Response = ContentCommandResponses[ContentCommand['type']];

export type CommandHandler = (command: ContentCommand) => Response | Promise<Response>;

/** Listens for commands; returns the function that stops listening. */
export function listenForCommands(handle: CommandHandler): () => void {
  return onMessage((message, sender) => {
    // Only our own extension pages and background may command us; never another extension, never a page.
    const fromUs = sender.id !== undefined && sender.id === extensionId() && sender.tab === undefined;
    const command = fromUs ? parseContentCommand(message) : undefined;
    if (command === undefined) {
      // One warning for both: neither happens unless something is wrong, and the sender says which.
      console.warn('Story Lens: dropped a command:', message, sender);
      return undefined;
    }
    return Promise.resolve(handle(command));
  });
}

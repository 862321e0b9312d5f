/**
 * Commands from the popup and the background to this tab's content script ("jump to this term", "annotate
 * this page"): each is checked against the contract and its sender verified before it is handled.
 */
import { type ContentCommand, type ContentCommandResponses, parseContentCommand } from '../shared/messages';
import { extensionId, onMessage } from './extension-api';

export type CommandHandler = (command: ContentCommand) => ContentCommandResponses[ContentCommand['type']];

/** Listens for commands; returns the function that stops listening. */
export function listenForCommands(handle: CommandHandler): () => void {
  return onMessage((message, sender) => {
    // Only our own extension pages and background may command us; never another extension, never a page.
    if (sender.id === undefined || sender.id !== extensionId() || sender.tab !== undefined) {
      console.warn('Story Lens: dropped a command from an unexpected sender:', sender);
      return undefined;
    }
    const command = parseContentCommand(message);
    if (command === undefined) {
      console.warn('Story Lens: dropped a malformed command:', message);
      return undefined;
    }
    return Promise.resolve(handle(command));
  });
}

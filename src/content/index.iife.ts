/**
 * The content script: reads the page, tells the background what it found.
 */
import { sendFromContent } from '../shared/messaging';

void sendFromContent({
  type: 'page-report',
  url: location.href,
  relevant: false,
  annotated: false,
  score: 0,
  terms: [],
});

/**
 * `npm run -s scan -- [--json] FILE...`: what Story Lens would find in text and HTML files, with the very engine
 * the content script runs (same matcher, same context rules, same page reading and relevance gate), in Node.
 *
 * With `--json`, one JSON line per match — every match, whether or not the file passes the relevance gate:
 *   {"file", "term", "text", "start", "end"}   offsets in UTF-16 code units of the file's text (for HTML: of the
 *                                              body's text content)
 * and one line per file: {"file", "relevant", "score"}. Without it, a readable report.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { PageAnnotations, scanWholePage } from '../src/content/page-annotations';
import { judgePage } from '../src/content/page-session';
import { GlossaryError } from '../src/core/glossary/problems';
import type { Matcher } from '../src/core/matcher/matcher';
import { matchText } from '../src/core/matcher/rules';
import { assessRelevance, type Relevance } from '../src/core/relevance';
import { glossaryMatcher } from './lib/glossary-matcher';

export interface ScanMatch {
  term: string;
  text: string;
  start: number;
  end: number;
}

export interface ScanResult {
  matches: ScanMatch[];
  relevance: Relevance;
}

/** Plain text: all of it is the page's main text; a blank line ends a paragraph (see `matchText`). */
export function scanText(matcher: Matcher, text: string): ScanResult {
  const found = matchText(matcher, text);
  const counts = new Map<number, number>();
  for (const m of found) counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
  return {
    matches: found.map((m) => ({
      term: matcher.terms[m.target] as string,
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
    })),
    relevance: assessRelevance(counts, matcher.core),
  };
}

/** HTML: parsed (scripts never run), read and judged as the content script reads and judges a page. */
export function scanHtml(matcher: Matcher, html: string): ScanResult {
  // Nothing is fetched or run: the page's own address is a placeholder, its scripts and styles stay text.
  const window = new Window({
    url: 'https://story-lens.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  // The content modules use the DOM's constants as globals, as they are in a browser.
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.Node = window.Node;
  scope.NodeFilter = window.NodeFilter;
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const body = doc.body;
  const annotations = new PageAnnotations(matcher, body);
  scanWholePage(annotations);

  // Offsets in the body's text content: every text node, scripts and styles included, in document order.
  const offsets = new Map<Node, number>();
  const walker = doc.createTreeWalker(body, window.NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    offsets.set(node, offset);
    offset += (node as Text).data.length;
  }
  const content = body.textContent ?? '';
  const matches = annotations.accepted.map((m) => {
    const start = (offsets.get(m.startContainer) ?? 0) + m.startOffset;
    const end = (offsets.get(m.endContainer) ?? 0) + m.endOffset;
    return { term: matcher.terms[m.target] as string, text: content.slice(start, end), start, end };
  });
  const relevance = judgePage(doc, matcher, annotations.accepted);
  window.happyDOM.abort();
  return { matches, relevance };
}

export function scanFile(matcher: Matcher, file: string): ScanResult {
  const content = readFileSync(file, 'utf8');
  return /\.html?$/i.test(file) ? scanHtml(matcher, content) : scanText(matcher, content);
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    console.error('Usage: npm run -s scan -- [--json] FILE...   (.txt and .html files)');
    return 2;
  }
  let matcher: Matcher;
  try {
    matcher = glossaryMatcher();
  } catch (error) {
    if (error instanceof GlossaryError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  let failed = false;
  for (const file of files) {
    let result: ScanResult;
    try {
      result = scanFile(matcher, file);
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const { matches, relevance } = result;
    if (json) {
      for (const m of matches) console.log(JSON.stringify({ file, ...m }));
      console.log(JSON.stringify({ file, relevant: relevance.relevant, score: relevance.score }));
      continue;
    }
    const verdict = relevance.relevant ? 'about the story: would be annotated' : 'not about the story';
    console.log(`${file}: ${matches.length} matches, score ${relevance.score}, ${verdict}`);
    const byTerm = new Map<string, string[]>();
    for (const m of matches) byTerm.set(m.term, [...(byTerm.get(m.term) ?? []), m.text]);
    for (const [term, texts] of [...byTerm].sort((a, b) => b[1].length - a[1].length)) {
      const spellings = [...new Set(texts)].map((t) => `“${t}”`).join(', ');
      console.log(`  ${term.padEnd(22)} ${String(texts.length).padStart(3)}×  ${spellings}`);
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));

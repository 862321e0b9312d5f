/**
 * What one card says, decided from the glossary and the page alone (no DOM): the term, its role in this
 * story, where its actor stands with one short quote, its other names, how often the page mentions it and the
 * related terms, each marked present or absent on this page.
 */
import type { Evidence, Glossary, TermKind } from '../../shared/glossary-types';

export interface CardModel {
  termId: string;
  label: string;
  kind: TermKind;
  definition: string;
  inThisStory: string;
  actor: { stance: string; position: string; quote: Evidence | null } | null;
  /**
   * The spelling under the pointer first (when it is not the label), then one name per language, then the
   * glossary's other spellings, up to `MAX_OTHER_NAMES`.
   */
  otherNames: string[];
  /** The spelling found on this page, as written there. */
  pageSpelling: string;
  /** Occurrences of the term on this page. */
  count: number;
  related: { id: string; label: string; present: boolean }[];
  /** True when the page's spelling is written right to left (Urdu, Pashto, Dari): the card is laid out RTL. */
  rtl: boolean;
}

/** How many other names a card lists: the rest are spelling variants of these. */
export const MAX_OTHER_NAMES = 5;

// Arabic script and its supplements and presentation forms, Hebrew, Syriac, Thaana, N'Ko.
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** True when the text's first strong character is right-to-left. */
export function isRtl(text: string): boolean {
  const strong = /[A-Za-z\u00c0-\u024f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.exec(text);
  return strong !== null && RTL_CHAR.test(strong[0]);
}

/**
 * The shortest of the actor's quotes, preferring words the article prints in quotation marks: a card has room
 * for one line of evidence.
 */
export function pickQuote(evidence: readonly Evidence[]): Evidence | null {
  let best: Evidence | null = null;
  for (const e of evidence) {
    if (
      best === null ||
      (e.direct && !best.direct) ||
      (e.direct === best.direct && e.quote.length < best.quote.length)
    )
      best = e;
  }
  return best;
}

/** The first sentence of `text`: a card gives a stance one line. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+\p{Lu})/u.exec(text);
  return end === null ? text : text.slice(0, end.index + 1);
}

/** The card for `termId` as found on this page; null when the glossary does not know the term. */
export function cardModel(
  glossary: Glossary,
  termId: string,
  pageSpelling: string,
  countOf: (termId: string) => number,
): CardModel | null {
  const term = glossary.terms.find((t) => t.id === termId);
  if (term === undefined) return null;
  const actor = term.actor === null ? undefined : glossary.actors.find((a) => a.id === term.actor);
  const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();
  const seen = new Set([fold(term.label)]);
  const otherNames: string[] = [];
  // One name per script and language first (Urdu, Pashto, Dari beside English), then the other spellings.
  const firstOfEachLang = term.aliases.filter(
    (a, i) => term.aliases.findIndex((b) => b.lang === a.lang) === i,
  );
  for (const name of [pageSpelling, ...[...firstOfEachLang, ...term.aliases].map((a) => a.text)]) {
    const key = fold(name);
    if (key === '' || seen.has(key) || otherNames.length >= MAX_OTHER_NAMES) continue;
    seen.add(key);
    otherNames.push(name);
  }
  return {
    termId,
    label: term.label,
    kind: term.kind,
    definition: term.definition,
    inThisStory: term.inThisStory,
    actor: actor
      ? { stance: actor.stance, position: firstSentence(actor.position), quote: pickQuote(actor.evidence) }
      : null,
    otherNames,
    pageSpelling,
    count: countOf(termId),
    related: term.related.flatMap((id) => {
      const other = glossary.terms.find((t) => t.id === id);
      return other ? [{ id, label: other.label, present: countOf(id) > 0 }] : [];
    }),
    rtl: isRtl(pageSpelling),
  };
}

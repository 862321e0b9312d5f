import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../scripts/lib/glossary-files';
import { GlossaryError } from '../glossary/problems';
import { compileMatcher } from './compile';

describe('compiling the matcher', () => {
  it('fails on a case-sensitive alias whose case it cannot hold, naming the file and the alias', () => {
    const loaded = readGlossary();
    const ttp = loaded.terms.data.terms.findIndex((term) => term.id === 'ttp');
    const term = loaded.terms.data.terms[ttp];
    if (term === undefined) throw new Error('no ttp term');
    term.aliases.push({
      ...(term.aliases[0] as (typeof term.aliases)[number]),
      text: 'TeHrik',
      caseSensitive: true,
    });
    const at = `terms[${ttp}].aliases[${term.aliases.length - 1}]`;
    expect(() => compileMatcher(loaded)).toThrow(GlossaryError);
    expect(() => compileMatcher(loaded)).toThrow(
      `glossary/terms.yaml: ${at}: the case-sensitive alias "TeHrik"`,
    );
  });
});

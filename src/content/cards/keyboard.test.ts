// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isEditable, shortcutOf } from './keyboard';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('shortcutOf', () => {
  it('reads Alt+Shift+. and Alt+Shift+, by physical key, whatever character the layout gives', () => {
    expect(shortcutOf(key({ code: 'Period', key: '>', altKey: true, shiftKey: true }))).toBe('next');
    expect(shortcutOf(key({ code: 'Comma', key: '،', altKey: true, shiftKey: true }))).toBe('previous');
    expect(shortcutOf(key({ key: 'Escape', code: 'Escape' }))).toBe('close');
  });

  it('ignores the same keys with other modifiers, or without both', () => {
    expect(shortcutOf(key({ code: 'Period', altKey: true }))).toBeNull();
    expect(shortcutOf(key({ code: 'Period', shiftKey: true }))).toBeNull();
    expect(shortcutOf(key({ code: 'Period', altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutOf(key({ key: 'Escape', ctrlKey: true }))).toBeNull();
    expect(shortcutOf(key({ code: 'KeyA', altKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('isEditable', () => {
  it('is true for fields and content-editable regions, false elsewhere', () => {
    document.body.innerHTML =
      '<input id="i"><textarea id="t"></textarea><select id="s"></select><div id="e" contenteditable="true"></div><div id="r" role="textbox"></div><p id="p">text</p>';
    for (const id of ['i', 't', 's', 'r']) expect(isEditable(document.getElementById(id))).toBe(true);
    expect(isEditable(document.getElementById('p'))).toBe(false);
    expect(isEditable(document.getElementById('p')?.firstChild ?? null)).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});

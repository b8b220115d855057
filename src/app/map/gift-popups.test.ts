import { describe, expect, it } from 'vitest';
import { popupMaxHeight } from './gift-popups.ts';

describe('popupMaxHeight', () => {
  it('leaves the popup the larger room, above or below the symbol, less its frame', () => {
    expect(popupMaxHeight(100, 300)).toBe(200 - 41);
    expect(popupMaxHeight(220, 300)).toBe(220 - 41);
  });
  it('never collapses the list, even at the very edge of a tiny map', () => {
    expect(popupMaxHeight(10, 40)).toBe(48);
  });
});

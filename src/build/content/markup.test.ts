import { describe, expect, it } from 'vitest';
import { markupIn } from './markup.ts';

describe('markupIn', () => {
  it('finds nothing in plain text, including full-width brackets and a plain address', () => {
    expect(markupIn('鹿泉加油!武漢挺住!')).toEqual([]);
    expect(markupIn('【一線】〈通知〉 3 > 2')).toEqual([]);
    expect(markupIn('https://example.com/a')).toEqual([]);
  });

  it('names raw HTML, script URLs, Markdown links and images', () => {
    expect(markupIn('<script>x</script>')).toEqual(["raw HTML '<script'"]);
    expect(markupIn('JavaScript:alert(1)')).toEqual(["a script URL 'JavaScript:'"]);
    expect(markupIn('[名](https://example.com)')).toEqual(['a Markdown link']);
    expect(markupIn('![圖](a.png)')).toEqual(['a Markdown image']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseBody } from './markdown.ts';

const parse = (body: string) => parseBody(body, 'c.md', 10);
const messages = (body: string) => parse(body).issues.map((i) => `${i.line}: ${i.message}`);

describe('parseBody', () => {
  it('reads paragraphs and figures with their file lines', () => {
    const { blocks, issues } = parse(
      '\n甲段。\n\n```figure\ncredit: 打赢\ncaption: null\n```\n\n乙段 &amp; 丙。\n',
    );
    expect(issues).toEqual([]);
    expect(blocks).toEqual([
      { kind: 'paragraph', line: 11, text: '甲段。' },
      { kind: 'figure', line: 13, credit: '打赢', caption: null },
      { kind: 'paragraph', line: 18, text: '乙段 & 丙。' },
    ]);
  });

  it.each([
    ['<script>alert(1)</script>', "10: raw HTML '<script' is not allowed"],
    ['<img src=x onerror=alert(1)>', "10: raw HTML '<img src=x onerror=a' is not allowed"],
    ['[a](javascript:alert(1))', "10: script URL 'javascript:' is not allowed"],
    ['[a](https://example.com)', '10: a Markdown link is not allowed in the body'],
    ['`x`', '10: Markdown code (`…`) is not allowed in the body'],
    ['- 甲', '10: a Markdown list is not allowed in the body'],
    ['> 甲', '10: a Markdown block quote is not allowed in the body'],
    ['甲\n乙', '11: paragraph continues on this line'],
    ['```figure\ncredit: x\ncaption: ""\n```', '12: figure caption is empty'],
    ['```figure\ncaption: y\n```', '10: figure has no credit line'],
  ])('rejects %j', (body, message) => {
    expect(messages(body)).toEqual([message]);
  });
});

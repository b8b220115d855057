/**
 * The attribution lines of geo/SOURCES.md: the bullet list under its "## Attribution"
 * heading. CC BY requires them on the map and in the credits, so the story reads them
 * from the one file that documents the sources instead of repeating them in code.
 *
 * @returns the lines, or an empty list when the section is missing or empty
 */
export function attributionLines(sourcesMarkdown: string): string[] {
  const lines = sourcesMarkdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^##\s+Attribution\b/i.test(line));
  if (start < 0) return [];
  const result: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const bullet = /^[-*]\s+(.+?)\s*$/.exec(line);
    if (bullet?.[1]) result.push(bullet[1]);
  }
  return result;
}

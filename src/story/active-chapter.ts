/**
 * Which chapter is current, worked out from layout alone so a reload or a jump lands on
 * the right one: the last step whose top has passed the trigger line (or the first step).
 *
 * @param stepTops - each step's top edge, in viewport px, in reading order
 * @param triggerY - the trigger line, in viewport px
 */
export function chapterAtTrigger(stepTops: readonly number[], triggerY: number): number {
  let current = 0;
  stepTops.forEach((top, index) => {
    if (top <= triggerY) current = index;
  });
  return current;
}

/**
 * The first chapter about a township: one paired with the township itself or with a
 * place inside it. -1 when no chapter is.
 */
export function firstChapterAbout(
  chapters: readonly { places: readonly string[] }[],
  townshipOf: (code: string) => string | undefined,
  townshipCode: string,
): number {
  const direct = chapters.findIndex((c) => c.places.includes(townshipCode));
  if (direct >= 0) return direct;
  return chapters.findIndex((c) => c.places.some((code) => townshipOf(code) === townshipCode));
}

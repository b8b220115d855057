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

/** A chapter that lists this many places or more is an overview, not a chapter *about* one of them. */
const overviewSize = 5;

/**
 * The first chapter about a place: one paired with the place itself or, for a township,
 * with a place inside it. Overviews (a chapter listing every township) count only when
 * no other chapter is about the place. -1 when no chapter is.
 */
export function firstChapterAbout(
  chapters: readonly { places: readonly string[] }[],
  townshipOf: (code: string) => string | undefined,
  code: string,
): number {
  const isAbout = (c: { places: readonly string[] }) =>
    c.places.some((p) => p === code || townshipOf(p) === code);
  const specific = chapters.findIndex((c) => c.places.length < overviewSize && isAbout(c));
  return specific >= 0 ? specific : chapters.findIndex(isAbout);
}

/**
 * The opening chapter's static picture in the map pane (inlined by the build, see
 * src/build/render/map-figures.ts): on screen from the first paint until the live map has
 * drawn. It is framed like the live map's first view, so removing it does not jump.
 */
export interface MapPicture {
  /** Keep the picture only while the opening chapter is current: it shows no other. */
  follow(chapterIndex: number): void;
  /** The live map has drawn: the picture goes. */
  remove(): void;
}

export function mapPicture(container: HTMLElement): MapPicture {
  let picture = container.querySelector<HTMLElement>('[data-map-picture]');
  return {
    follow(chapterIndex) {
      if (picture) picture.hidden = chapterIndex !== 0;
    },
    remove() {
      picture?.remove();
      picture = null;
    },
  };
}

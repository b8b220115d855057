/** What a place link in the text asks of the map. */
export interface PlaceLinkHandlers {
  hover(code: string | null): void;
  /** Frame the place; false when nothing could (no map), so the link navigates as usual. */
  select(code: string): boolean;
}

/**
 * Wire the place names marked up in the text (`a.place-link[data-place]`): hover or focus
 * highlights the place on the map, click or tap frames it. Delegated on the article, so
 * it survives the script switch replacing the chapter bodies.
 */
export function wirePlaceLinks(root: HTMLElement, handlers: PlaceLinkHandlers): void {
  const linkOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('a.place-link[data-place]') : null;

  const enter = (event: Event) => {
    const link = linkOf(event.target);
    if (link?.dataset.place) handlers.hover(link.dataset.place);
  };
  const leave = (event: Event) => {
    if (linkOf(event.target)) handlers.hover(null);
  };
  root.addEventListener('mouseover', enter);
  root.addEventListener('focusin', enter);
  root.addEventListener('mouseout', leave);
  root.addEventListener('focusout', leave);
  root.addEventListener('click', (event) => {
    const link = linkOf(event.target);
    if (!link?.dataset.place) return;
    // Without the map the link still works: it jumps to the place in the index.
    if (handlers.select(link.dataset.place)) event.preventDefault();
  });
}

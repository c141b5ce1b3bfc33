/**
 * The picker inside the viewport: below its button when it fits there, else on the side with more room (above on a
 * short page), at most as tall as that side allows (its lists shrink and scroll). Pure: rectangles in, placement out.
 */
export interface Placement { up: boolean; maxHeight: number }

const MARGIN = 8;

export function fitInViewport(button: { top: number; bottom: number }, height: number, viewportHeight: number): Placement {
  const below = viewportHeight - button.bottom - MARGIN - 6;
  const above = button.top - MARGIN - 6;
  if (height <= below || below >= above) return { up: false, maxHeight: Math.max(160, below) };
  return { up: true, maxHeight: Math.max(160, above) };
}

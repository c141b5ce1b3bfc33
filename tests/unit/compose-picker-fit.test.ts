/** Issue 16, item 9: the template picker inside the viewport (components/features/compose-templates/fit.ts). */
import { fitInViewport } from '../../components/features/compose-templates/fit';

describe('fitInViewport', () => {
  it('opens below the button when it fits there', () => {
    expect(fitInViewport({ top: 100, bottom: 130 }, 420, 900)).toEqual({ up: false, maxHeight: 756 });
  });
  it('opens above on a short page (the button near the bottom), as tall as the room above allows', () => {
    expect(fitInViewport({ top: 700, bottom: 730 }, 420, 900)).toEqual({ up: true, maxHeight: 686 });
  });
  it('stays below, shrunk, when below is the larger side', () => {
    expect(fitInViewport({ top: 300, bottom: 330 }, 700, 900)).toEqual({ up: false, maxHeight: 556 });
  });
});

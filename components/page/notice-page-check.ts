/**
 * The quiet notice's page check: "What was read" on demand (one line per reader, page-check-text.ts)
 * and what became of "Save page sample". Inside the notice's details popover (notice.ts), plain DOM: its elements are
 * built once; `update` sets what changed and returns the `li`s to show (after the problems' lines).
 */
import { h, keyedList, setAttr, setText } from './dom';
import { t } from './i18n';
import { getPageChecks, subscribePageChecks, type PageCheckEntry } from './page-check';
import { describeCheck } from './page-check-text';

export type SaveState = { fileName: string } | { error: string } | null;

export interface PageCheckDetails {
  /** the `li`s to show now, for this "Save page sample" outcome */
  update(saved: SaveState): Element[];
  /** the details closed: "What was read" starts closed when they open again */
  reset(): void;
}

/** `changed`: the lines to show changed by themselves (the toggle was pressed, a reader reported). */
export function pageCheckDetails(changed: () => void, signal: AbortSignal): PageCheckDetails {
  let open = false;
  const toggle = h('button', { type: 'button', class: 'toggle', 'data-si-part': 'page-check-toggle' }, [], {
    click: () => {
      open = !open;
      changed();
    },
  });
  const toggleLine = h('li', {}, [toggle]);
  const nothing = h('li', { class: 'check' });
  const lines = keyedList<PageCheckEntry>(
    (c) => h('li', { class: 'check', 'data-si-part': 'page-check-line' }, [describeCheck(c, t)]),
    (el, c) => setText(el, describeCheck(c, t)),
  );
  const saved = h('li', { class: 'saved', 'data-si-part': 'sample-saved' });
  const failed = h('li', { class: 'failed', 'data-si-part': 'sample-failed' });
  signal.addEventListener('abort', subscribePageChecks(() => { if (open) changed(); }), { once: true });
  return {
    reset: () => { open = false; },
    update(save) {
      setAttr(toggle, 'aria-expanded', open);
      setText(toggle, `${open ? '▾' : '▸'} ${t('pageCheckWhatWasRead', 'What was read')}`);
      const shown: Element[] = [toggleLine];
      if (open) {
        const { checks } = getPageChecks();
        if (checks.length === 0) {
          setText(nothing, t('pageCheckNothing', 'Nothing read on this page yet'));
          shown.push(nothing);
        } else shown.push(...lines(checks, (c) => c.id));
      }
      if (save && 'fileName' in save) {
        setText(saved, t('pageSampleSaved', 'Page sample saved as $1 (in your downloads). Nothing was sent.', [save.fileName]));
        shown.push(saved);
      }
      if (save && 'error' in save) {
        setText(failed, t('pageSampleFailed', 'The page sample could not be saved: $1', [save.error]));
        shown.push(failed);
      }
      return shown;
    },
  };
}

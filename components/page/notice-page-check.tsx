/**
 * The quiet notice's page check: "What was read" on demand (one line per reader, page-check-text.ts)
 * and what became of "Save page sample". Rendered inside the notice's details popover.
 */
import { useState, useSyncExternalStore } from 'react';
import { t } from './i18n';
import { getPageChecks, subscribePageChecks } from './page-check';
import { describeCheck } from './page-check-text';

export type SaveState = { fileName: string } | { error: string } | null;

function PageCheckList() {
  const { checks } = useSyncExternalStore(subscribePageChecks, getPageChecks);
  if (checks.length === 0) return <li className="check">{t('pageCheckNothing', 'Nothing read on this page yet')}</li>;
  return <>{checks.map((c) => <li key={c.id} className="check" data-si-part="page-check-line">{describeCheck(c, t)}</li>)}</>;
}

export function PageCheckDetails({ saved }: { saved: SaveState }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <li>
        <button type="button" className="toggle" aria-expanded={open} data-si-part="page-check-toggle"
          onClick={() => setOpen(!open)}>{open ? '▾' : '▸'} {t('pageCheckWhatWasRead', 'What was read')}</button>
      </li>
      {open && <PageCheckList />}
      {saved && 'fileName' in saved && (
        <li className="saved" data-si-part="sample-saved">
          {t('pageSampleSaved', 'Page sample saved as $1 (in your downloads). Nothing was sent.', [saved.fileName])}
        </li>
      )}
      {saved && 'error' in saved && (
        <li className="failed" data-si-part="sample-failed">{t('pageSampleFailed', 'The page sample could not be saved: $1', [saved.error])}</li>
      )}
    </>
  );
}

/**
 * Options page "Imports": drop Seller Central reports (All Orders, seller feedback, returns), see what each
 * will change and every row it rejects, then import it, all or nothing. Parsing runs in a Web Worker and
 * the records go to the background in batches, so the page stays responsive with 100,000-row files.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../../i18n';
import { Button, Card } from '../../ui';
import { ImportController } from './controller';
import { FilesDrop } from './FilesDrop';
import { ImportCard } from './ImportCard';
import { ImportHistory } from './ImportHistory';
import './imports.css';

export function ImportsPage() {
  const t = useT();
  const [controller] = useState(() => new ImportController());
  useEffect(() => {
    const bye = () => controller.dispose();
    window.addEventListener('pagehide', bye);
    return () => { window.removeEventListener('pagehide', bye); bye(); };
  }, [controller]);
  const jobs = useSyncExternalStore(controller.subscribe, controller.snapshot);
  const ready = jobs.filter((j) => j.phase === 'preview' && j.stats.accepted > 0 && !j.needsMarketplace);

  return (
    <div className="opt-sections imp-page" data-si="imports-page">
      <Card>
        <FilesDrop title={t('impDropTitle')} hint={t('impDropHint')} compact={jobs.length > 0} onFiles={(files) => controller.addFiles(files)} />
        <p className="si-muted imp-privacy">{t('impPrivacy')}</p>
      </Card>
      {ready.length > 1 && (
        <div className="imp-bulkbar">
          <span>{t('impReadyCount', String(ready.length))}</span>
          <span className="si-spacer" />
          <Button variant="primary" icon="check" onClick={() => void controller.confirmAll()} data-si="imports-confirm-all">{t('impConfirmAll')}</Button>
        </div>
      )}
      {jobs.map((job) => <ImportCard key={job.id} job={job} controller={controller} />)}
      <ImportHistory refreshKey={jobs.filter((j) => j.phase === 'done').length} />
    </div>
  );
}

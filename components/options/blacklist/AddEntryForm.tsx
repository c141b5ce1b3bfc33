/** Add a buyer to the blacklist by order id or buyer name, with an optional marketplace and reason. */
import { useState } from 'react';
import { MARKETPLACES } from '../../../lib/marketplaces';
import type { BlacklistEntry } from '../../../lib/model';
import { sendRequest } from '../../messaging';
import { useT } from '../../i18n';
import { Button, Card, Input, Select, useToast } from '../../ui';
import { parseWho } from './entry-text';

export function AddEntryForm({ onAdded }: { onAdded: (entry: BlacklistEntry) => void }) {
  const t = useT();
  const toast = useToast();
  const [who, setWho] = useState('');
  const [marketplaceId, setMarketplaceId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = parseWho(who);
    if (!parsed) { setError(t('blErrWhoEmpty')); return; }
    if (/^\d{3}-\d/.test(who.trim()) && !('orderId' in parsed)) { setError(t('blErrOrderIdShape')); return; }
    setBusy(true);
    try {
      const { entry, duplicate } = await sendRequest({
        type: 'blacklist/add', ...parsed, ...(marketplaceId ? { marketplaceId } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      if (duplicate) toast.show({ text: t('blAlreadyListed', who.trim()) });
      else {
        toast.show({ text: t('blAdded', who.trim()) });
        onAdded(entry);
      }
      setWho('');
      setReason('');
      setError(undefined);
    } catch (e) {
      toast.show({ text: t('blAddFailed', e instanceof Error ? e.message : String(e)), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const markets = [{ value: '', label: t('blAnyMarketplace') }, ...MARKETPLACES.map((m) => ({ value: m.id, label: `${m.code} · ${m.retailDomain}` }))];
  return (
    <Card title={t('blAddTitle')} description={t('blAddDesc')}>
      <form className="opt-toolbar" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }} data-si="blacklist-add">
        <Input label={t('blWhoLabel')} placeholder={t('blWhoPlaceholder')} value={who} error={error} fieldClassName="opt-grow"
          onChange={(e) => { setWho(e.currentTarget.value); setError(undefined); }} data-si="blacklist-who" />
        <Select label={t('blMarketplaceLabel')} value={marketplaceId} options={markets}
          onChange={(e) => setMarketplaceId(e.currentTarget.value)} data-si="blacklist-marketplace" />
        <Input label={t('blReasonLabel')} placeholder={t('blReasonPlaceholder')} value={reason} maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)} data-si="blacklist-reason" />
        <Button type="submit" variant="primary" icon="plus" disabled={busy} data-si="blacklist-add-submit">{t('blAddButton')}</Button>
      </form>
    </Card>
  );
}

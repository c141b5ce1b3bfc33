/**
 * The store name of each account seen, as templates use it ({{store_name}}): read from the Seller Central
 * header when it shows one, or typed here by the seller (a typed name wins; empty goes back to the read one).
 */
import { useEffect, useState } from 'react';
import type { Account } from '../../../lib/model';
import { sendRequest } from '../../messaging';
import { useT } from '../../i18n';
import { Button, Card, Input, useToast } from '../../ui';

export function StoreNames({ onChanged }: { onChanged?: () => void }) {
  const t = useT();
  const toast = useToast();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  useEffect(() => {
    sendRequest({ type: 'accounts/list' }).then((r) => {
      setAccounts(r.accounts);
      setDrafts(Object.fromEntries(r.accounts.map((a) => [a.id, a.storeName ?? ''])));
    }, () => setAccounts([]));
  }, []);
  if (!accounts) return null;

  const save = async (a: Account) => {
    try {
      const { account } = await sendRequest({ type: 'accounts/set-store-name', accountId: a.id, storeName: drafts[a.id] ?? '' });
      setAccounts(accounts.map((x) => (x.id === a.id ? account : x)));
      toast.show({ text: t('holStoreNameSaved') });
      onChanged?.();
    } catch (e) {
      toast.show({ text: e instanceof Error ? e.message : String(e), tone: 'error' });
    }
  };

  return (
    <Card title={t('holStoreNames')} description={t('holStoreNamesDesc')}>
      <div data-si="store-names">
        {accounts.length === 0 && <p className="si-muted">{t('holStoreNamesNone')}</p>}
        {accounts.map((a) => (
          <div className="si-row" key={a.id}>
            <Input label={t('holStoreNameFor', a.id)} value={drafts[a.id] ?? ''} data-si={`store-name-${a.id}`}
              hint={a.name ? t('holStoreNameRead', a.name) : t('holStoreNameNotRead')} placeholder={a.name ?? ''}
              onChange={(e) => setDrafts({ ...drafts, [a.id]: e.currentTarget.value })} />
            <Button onClick={() => void save(a)} disabled={(drafts[a.id] ?? '') === (a.storeName ?? '')} data-si={`store-name-save-${a.id}`}>{t('holStoreNameSave')}</Button>
          </div>
        ))}
      </div>
    </Card>
  );
}

/** The campaign editor (a dialog): kind, method and template, trigger and delays, send hour, marketplaces, targeting, exclusions, caps, test mode. */
import { useState } from 'react';
import { MARKETPLACES } from '../../../lib/marketplaces';
import type { Campaign, Template } from '../../../lib/model';
import { sendRequest } from '../../messaging';
import { useT } from '../../i18n';
import { Button, Dialog, Input, Select, Toggle } from '../../ui';
import { draftOf, newDraft, toInput, type CampaignDraft, type DraftErrors } from './draft';
import type { CampaignInput } from '../../../lib/protocol/handlers/campaigns-schemas';
import type { GoLiveSummary } from '../../../lib/campaigns/go-live';
import { GoLiveDialog } from './GoLiveDialog';
import { templateName } from '../../i18n/template-text';

const KINDS: Campaign['kind'][] = ['follow-up', 'asin-after-sales', 'repeat-buyer', 'bulk-buyer'];

const isLive = (c: Pick<Campaign, 'enabled' | 'testMode'>): boolean => c.enabled && !c.testMode;

export function CampaignEditor({ campaign, campaigns = [], templates, onClose, onSaved }: {
  campaign?: Campaign; campaigns?: readonly Campaign[]; templates: readonly Template[]; onClose: () => void; onSaved: (c: Campaign) => void;
}) {
  const t = useT();
  const [d, setD] = useState<CampaignDraft>(() => (campaign ? draftOf(campaign) : newDraft()));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // going live: the summary of who gets a request now, confirmed before the save
  const [goLive, setGoLive] = useState<{ input: CampaignInput; summary: GoLiveSummary | null; failure: string | null } | null>(null);
  const set = <K extends keyof CampaignDraft>(k: K, value: CampaignDraft[K]) => setD((x) => ({ ...x, [k]: value }));
  const err = (k: keyof DraftErrors) => (errors[k] ? t(errors[k]) : undefined);

  const store = async (input: CampaignInput, confirmLive: boolean) => {
    setSaving(true);
    try {
      const { campaign: saved } = await sendRequest({ type: 'campaigns/save', campaign: input, confirmLive });
      onSaved(saved);
    } catch (e) {
      setGoLive(null);
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const save = async () => {
    const { input, errors: found } = toInput(d);
    setErrors(found);
    if (!input) return;
    if (isLive(input) && !(campaign && isLive(campaign))) {
      setGoLive({ input, summary: null, failure: null });
      sendRequest({ type: 'campaigns/go-live', campaign: input }).then(
        (summary) => setGoLive((g) => (g ? { ...g, summary } : g)),
        (e: unknown) => setGoLive((g) => (g ? { ...g, failure: e instanceof Error ? e.message : String(e) } : g)),
      );
      return;
    }
    await store(input, false);
  };

  const toggleMp = (id: string) => set('marketplaceIds', d.marketplaceIds.includes(id) ? d.marketplaceIds.filter((x) => x !== id) : [...d.marketplaceIds, id]);

  if (goLive) {
    return (
      <GoLiveDialog name={goLive.input.name} summary={goLive.summary} failure={goLive.failure} campaigns={campaigns} busy={saving}
        onCancel={() => setGoLive(null)} onConfirm={() => { const { input } = goLive; void store(input, true); }} />
    );
  }

  return (
    <Dialog wide title={campaign ? t('cpEditTitle') : t('cpNewTitle')} onClose={onClose} footer={(
      <>
        <Button onClick={onClose}>{t('commonCancel')}</Button>
        <Button variant="primary" onClick={() => void save()} disabled={saving} data-si="campaign-save">{t('cpSave')}</Button>
      </>
    )}>
      <div className="cp-editor" data-si="campaign-editor">
        {failure && <div className="si-notice si-notice--error" role="alert">{failure}</div>}
        <div className="cp-grid">
          <Input label={t('cpName')} value={d.name} error={err('name')} onChange={(e) => set('name', e.currentTarget.value)} data-si="campaign-name" />
          <Select label={t('cpKind')} value={d.kind} onChange={(e) => set('kind', e.currentTarget.value as Campaign['kind'])}
            options={KINDS.map((k) => ({ value: k, label: t(`cpKind_${k.replace(/-/g, '_')}`) }))} />
          <Select label={t('cpMethod')} value={d.method} hint={d.method === 'amazon-review-request' ? t('cpMethodAmazonHint') : t('cpMethodTemplateHint')}
            onChange={(e) => set('method', e.currentTarget.value as Campaign['method'])}
            options={[{ value: 'amazon-review-request', label: t('cpMethod_amazon') }, { value: 'template-message', label: t('cpMethod_template') }]} />
          {d.method === 'template-message' && (
            <Select label={t('cpTemplate')} value={d.templateId} error={err('templateId')} onChange={(e) => set('templateId', e.currentTarget.value)}
              options={[{ value: '', label: t('cpTemplateNone') }, ...templates.map((x) => ({ value: x.id, label: templateName(t, x) }))]} />
          )}
          <Select label={t('cpTrigger')} value={d.trigger} onChange={(e) => set('trigger', e.currentTarget.value as Campaign['trigger'])}
            options={[{ value: 'delivered', label: t('cpTrigger_delivered') }, { value: 'shipped', label: t('cpTrigger_shipped') }]} />
          <Input label={t('cpDelayFba')} type="number" min={0} max={30} value={d.delayFba} error={err('delayFba')} onChange={(e) => set('delayFba', e.currentTarget.value)} />
          <Input label={t('cpDelayFbm')} type="number" min={0} max={30} value={d.delayFbm} error={err('delayFbm')} onChange={(e) => set('delayFbm', e.currentTarget.value)} />
          <Input label={t('cpSendHour')} hint={t('cpSendHourHint')} type="number" min={0} max={23} value={d.sendHour} error={err('sendHour')} onChange={(e) => set('sendHour', e.currentTarget.value)} />
          <Input label={t('cpDailyCap')} hint={t('cpDailyCapHint')} type="number" min={0} value={d.dailyCap} error={err('dailyCap')} onChange={(e) => set('dailyCap', e.currentTarget.value)} />
          {d.kind === 'bulk-buyer' && (
            <Input label={t('cpMinQuantity')} type="number" min={1} value={d.minQuantity} error={err('minQuantity')} onChange={(e) => set('minQuantity', e.currentTarget.value)} />
          )}
        </div>
        {d.kind === 'asin-after-sales' && (
          <div className="cp-grid">
            <Input label={t('cpAsins')} hint={t('cpListHint')} value={d.asins} error={err('asins')} onChange={(e) => set('asins', e.currentTarget.value)} />
            <Toggle checked={d.excludeFromRegular} onChange={(v) => set('excludeFromRegular', v)} label={t('cpExcludeFromRegular')} />
          </div>
        )}
        <fieldset className="cp-mps">
          <legend>{t('cpMarketplaces')} <span className="si-muted">{t('cpMarketplacesHint')}</span></legend>
          {MARKETPLACES.map((m) => (
            <label key={m.id} className="cp-mp"><input type="checkbox" checked={d.marketplaceIds.includes(m.id)} onChange={() => toggleMp(m.id)} /> {m.code}</label>
          ))}
        </fieldset>
        <div className="cp-grid">
          <Input label={t('cpExcludeAsins')} hint={t('cpListHint')} value={d.excludeAsins} error={err('excludeAsins')} onChange={(e) => set('excludeAsins', e.currentTarget.value)} />
          <Input label={t('cpExcludeSkus')} hint={t('cpListHint')} value={d.excludeSkus} onChange={(e) => set('excludeSkus', e.currentTarget.value)} />
        </div>
        <p className="si-muted cp-always">{t('cpAlwaysExcluded')}</p>
        <div className="cp-toggles">
          <Toggle checked={d.testMode} onChange={(v) => set('testMode', v)} label={t('cpTestMode')} description={t('cpTestModeHint')} data-si="campaign-test-mode" />
          <Toggle checked={d.enabled} onChange={(v) => set('enabled', v)} label={t('cpEnabled')} />
        </div>
      </div>
    </Dialog>
  );
}

/**
 * The page that opens once, when the extension is installed: what it does, the privacy promise, and the
 * first three steps (open the Seller Central inbox, look at the templates, import the All Orders report).
 */
import { useEffect } from 'react';
import { I18nProvider, useT } from '../i18n';

const INBOX = 'https://sellercentral.amazon.com/messaging/inbox';

export function WelcomeApp() {
  return <I18nProvider><Welcome /></I18nProvider>;
}

function Welcome() {
  const t = useT();
  useEffect(() => { document.title = t('welTitle'); }, [t]);
  return (
    <main className="wel" data-si="welcome">
      <header className="wel-head">
        <span className="opt-brand__mark" aria-hidden="true">SI</span>
        <h1>{t('welTitle')}</h1>
      </header>
      <p className="wel-lead">{t('welLead')}</p>
      <section aria-labelledby="wel-what">
        <h2 id="wel-what">{t('welWhatTitle')}</h2>
        <ul className="wel-list">
          <li>{t('welWhatDeadlines')}</li>
          <li>{t('welWhatPanels')}</li>
          <li>{t('welWhatTemplates')}</li>
          <li>{t('welWhatCampaigns')}</li>
        </ul>
      </section>
      <section aria-labelledby="wel-privacy" className="wel-privacy" data-si="welcome-privacy">
        <h2 id="wel-privacy">{t('welPrivacyTitle')}</h2>
        <p>{t('welPrivacy')}</p>
      </section>
      <section aria-labelledby="wel-steps">
        <h2 id="wel-steps">{t('welStepsTitle')}</h2>
        <ol className="wel-steps" data-si="welcome-steps">
          <li><strong>{t('welStep1')}</strong> {t('welStep1Body')} <a href={INBOX} target="_blank" rel="noreferrer">{t('welStep1Link')}</a></li>
          <li><strong>{t('welStep2')}</strong> {t('welStep2Body')} <a href="options.html#/templates">{t('welStep2Link')}</a></li>
          <li><strong>{t('welStep3')}</strong> {t('welStep3Body')} <a href="options.html#/imports">{t('welStep3Link')}</a></li>
        </ol>
      </section>
      <p className="si-muted">{t('welLater')} <a href="options.html#/settings">{t('welSettings')}</a></p>
    </main>
  );
}

/** The options page: navigation on the left, the chosen section on the right (hash routing). */
import { Suspense, useEffect } from 'react';
import { I18nProvider, useT } from '../i18n';
import { Icon, ToastProvider } from '../ui';
import { OPTIONS_PAGES, PAGE_IDS } from './pages';
import { useHashRoute } from './route';

export function OptionsApp() {
  return (
    <I18nProvider>
      <WithToasts />
    </I18nProvider>
  );
}

function WithToasts() {
  const t = useT();
  return (
    <ToastProvider closeLabel={t('commonClose')}>
      <OptionsLayout />
    </ToastProvider>
  );
}

function OptionsLayout() {
  const t = useT();
  const route = useHashRoute(PAGE_IDS, 'templates');
  const page = OPTIONS_PAGES.find((p) => p.id === route) ?? OPTIONS_PAGES[0]!;
  useEffect(() => { document.title = `${t(page.labelKey)} · ${t('extName')}`; }, [page, t]);
  return (
    <div className="opt-shell">
      <nav className="opt-nav" aria-label={t('navLabel')}>
        <div className="opt-brand">
          <span className="opt-brand__mark" aria-hidden="true">SI</span>
          <span>{t('appName')}</span>
        </div>
        <ul>
          {OPTIONS_PAGES.map((p) => (
            <li key={p.id}>
              <a href={`#/${p.id}`} className="opt-nav__link" aria-current={p.id === page.id ? 'page' : undefined} data-si={`nav-${p.id}`}>
                <Icon name={p.icon} />
                {t(p.labelKey)}
              </a>
            </li>
          ))}
        </ul>
        <p className="opt-nav__foot">{t('optPrivacyNote')}</p>
      </nav>
      <main className="opt-main" aria-labelledby="opt-page-title">
        <header className="opt-page-header">
          <h1 id="opt-page-title">{t(page.labelKey)}</h1>
          <p className="si-muted">{t(page.descriptionKey)}</p>
        </header>
        <Suspense fallback={null}>
          <page.Component key={page.id} />
        </Suspense>
      </main>
    </div>
  );
}

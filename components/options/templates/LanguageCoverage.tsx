/** Six small language codes, filled where the template has a text in that language. */
import { LANGUAGES, type Template } from '../../../lib/model';
import { useT } from '../../i18n';
import { useLanguageName } from './labels';

export function LanguageCoverage({ bodies }: { bodies: Template['bodies'] }) {
  const t = useT();
  const name = useLanguageName();
  const have = LANGUAGES.filter((l) => bodies[l]?.trim());
  return (
    <span className="tpl-langs" title={t('tplCoverage', have.map(name).join(', ') || '-')} data-si="tpl-coverage">
      {LANGUAGES.map((l) => (
        <span key={l} className={`tpl-lang ${have.includes(l) ? 'tpl-lang--on' : ''}`} aria-hidden="true">{l.toUpperCase()}</span>
      ))}
      <span className="si-visually-hidden">{t('tplCoverage', have.map(name).join(', ') || '-')}</span>
    </span>
  );
}

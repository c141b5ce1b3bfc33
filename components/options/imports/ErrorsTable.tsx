/**
 * Every rejected row (line, column, value, reason) in a scrollable table. Only the rows in view are
 * rendered, so 100,000 errors scroll as smoothly as 10.
 */
import { useState } from 'react';
import type { ReportError } from '../../../lib/reports';
import { useT } from '../../i18n';

const ROW_HEIGHT = 33;
const OVERSCAN = 8;

export function ErrorsTable({ errors, height = 264 }: { errors: readonly ReportError[]; height?: number }) {
  const t = useT();
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(errors.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
  const shown = errors.slice(first, last);
  return (
    <div className="si-table-wrap imp-errors" style={{ maxHeight: height }} tabIndex={0} role="region"
      aria-label={t('impErrorsTitle', String(errors.length))} data-si="imports-errors"
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <table className="si-table imp-errors__table">
        <caption className="si-visually-hidden">{t('impErrorsTitle', String(errors.length))}</caption>
        <thead>
          <tr>
            <th scope="col" className="imp-col-line">{t('impColLine')}</th>
            <th scope="col" className="imp-col-column">{t('impColColumn')}</th>
            <th scope="col" className="imp-col-value">{t('impColValue')}</th>
            <th scope="col">{t('impColReason')}</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
          {shown.map((e, i) => (
            <tr key={first + i} style={{ height: ROW_HEIGHT }} data-si="imports-error-row">
              <td className="imp-col-line si-mono">{e.line > 0 ? e.line : '—'}</td>
              <td className="imp-col-column"><span className="imp-ellipsis" title={e.column}>{e.column ?? '—'}</span></td>
              <td className="imp-col-value si-mono"><span className="imp-ellipsis" title={e.value}>{e.value ? e.value : e.value === '' ? <span className="si-muted">{t('impEmptyValue')}</span> : '—'}</span></td>
              <td><span className="imp-ellipsis" title={e.reason}>{e.reason}</span></td>
            </tr>
          ))}
          {last < errors.length && <tr aria-hidden="true" style={{ height: (errors.length - last) * ROW_HEIGHT }} />}
        </tbody>
      </table>
    </div>
  );
}

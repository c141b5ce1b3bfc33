/**
 * Buyer and product text as every UI of ours shows it (page panels, popup, options): bidi controls removed
 * (lib/text), and a value that mixes look-alike scripts or carried direction controls (or an order id with
 * non-ASCII digits) marked as suspicious: a ⚠ with the explanation as its label (`data-si-suspicious`).
 */
import { isSuspiciousOrderId, looksSuspicious, stripBidi } from '../../lib/text';

export interface SafeTextProps {
  value: string;
  /** the translated explanation for the mark ("Look-alike or direction-changing characters") */
  warning: string;
  /** an order id: non-ASCII digits count as suspicious too */
  orderId?: boolean;
}

export function SafeText({ value, warning, orderId }: SafeTextProps) {
  const suspicious = looksSuspicious(value) || (orderId === true && isSuspiciousOrderId(value));
  return (
    <>
      {stripBidi(value)}
      {suspicious && <span data-si-suspicious="" role="img" aria-label={warning} title={warning} style={{ color: '#b45309', marginInlineStart: 4 }}>⚠</span>}
    </>
  );
}

/**
 * The Contact Buyer page's reason for a review-request message. Pure.
 *
 * Evidence: the reasons are `kat-radiobutton[value]` (M-H), but their values and labels are not in the reference.
 * "Feedback request" as a contact reason is what sellers' guides of the older page describe (L: not verified on
 * today's page); the replica offers it as `feedback-request` (replica only). Matched by value or by label, in the
 * seller UI's languages.
 *
 * Never for a review request: the reasons that reach buyers who opted out of unsolicited messages, which Amazon
 * keeps for order-critical messages ("other", "additional information required", "unexpected problem";
 * amazon-data.md section 7, the April 2025 change): a review request sent with one of them is misuse. When the page
 * offers no review/feedback reason, nothing is sent (the caller says why).
 */

export interface ReasonOption { value: string; label: string }

/** The value the replica and the older page use (L / replica only). */
export const REVIEW_REQUEST_REASON = 'feedback-request';

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[_\s/]+/g, '-').trim();

/** Review / feedback request, by value or label (en M; others L). */
const REVIEW = /(?:^|-)(?:feedback|review)-?request|request-?(?:a-?)?(?:review|feedback)|bewertungsanfrage|demande-d-avis|richiesta-di-(?:feedback|recensione)|solicitud-de-(?:valoraci[oó]n|opini[oó]n|rese[nñ]a)|評価(?:の)?依頼|レビュー(?:の)?依頼|评价请求|反馈请求|索评/;

/** Order-critical reasons: never for a review request, whatever else their label says. */
const CRITICAL = /(?:^|-)other(?:$|-)|additional-?information|unexpected-?problem|sonstig|autre|altro|otro|その他|其他|zus[aä]tzliche|informations-suppl|informazioni-aggiuntive|informaci[oó]n-adicional|problema-imprevisto|unerwartet|probl[eè]me-inattendu/;

export const isCriticalReason = (o: ReasonOption): boolean => CRITICAL.test(norm(o.value)) || CRITICAL.test(norm(o.label));

/** The review-request reason among the page's options, or undefined when there is none. */
export function chooseReviewReason(options: readonly ReasonOption[]): ReasonOption | undefined {
  const fits = options.filter((o) => !isCriticalReason(o));
  return fits.find((o) => norm(o.value) === REVIEW_REQUEST_REASON)
    ?? fits.find((o) => REVIEW.test(norm(o.value)))
    ?? fits.find((o) => REVIEW.test(norm(o.label)));
}

// @vitest-environment happy-dom
/**
 * The Contact Buyer page adapter (lib/seller-central/contact-buyer-page.ts) on the fixture of the page: the
 * review-request reason (never an order-critical one), the text through the React-controlled textarea, the file
 * through the page's own input (its chip), Send, the "Review message" dialog, and what comes back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sendOnContactPage } from '../../lib/seller-central/contact-buyer-page';
import { chooseReviewReason, isCriticalReason } from '../../lib/seller-central/contact-reasons';
import { mountContactFixture, type ContactFixtureOptions } from './helpers/contact-buyer-page';

const PDF = { name: 'manual.pdf', type: 'application/pdf', base64: Buffer.from('%PDF-1.4 manual').toString('base64') };
const FAST = { timeoutMs: 1_500, pollMs: 10 };
let stop: (() => void) | undefined;
afterEach(() => { stop?.(); stop = undefined; });
const mount = (o: ContactFixtureOptions = {}) => { const m = mountContactFixture(o); stop = m.stop; return m; };

describe('contact reasons', () => {
  it('picks the feedback request by value or label, in several languages', () => {
    expect(chooseReviewReason([{ value: 'other', label: 'Other' }, { value: 'feedback-request', label: 'Feedback request' }])?.value).toBe('feedback-request');
    expect(chooseReviewReason([{ value: 'r7', label: 'Request a review' }])?.value).toBe('r7');
    expect(chooseReviewReason([{ value: 'FEEDBACK_REQUEST', label: 'x' }])?.value).toBe('FEEDBACK_REQUEST');
    expect(chooseReviewReason([{ value: 'x', label: 'Bewertungsanfrage' }])?.value).toBe('x');
  });
  it('never an order-critical reason, even when its label mentions feedback', () => {
    expect(chooseReviewReason([{ value: 'other', label: 'Other (feedback request)' }])).toBeUndefined();
    expect(chooseReviewReason([{ value: 'additional-information-required', label: 'Additional information required' }, { value: 'unexpected-problem', label: 'Unexpected problem' }])).toBeUndefined();
    expect(isCriticalReason({ value: 'additional_information_required', label: '' })).toBe(true);
    expect(isCriticalReason({ value: 'feedback-request', label: 'Feedback request' })).toBe(false);
  });
});

describe('sendOnContactPage', () => {
  it('chooses the feedback reason, types the text so it stays, attaches the file, sends once: sent', async () => {
    const page = mount();
    const r = await sendOnContactPage(document, { text: 'Hello Jane,\nhow is the lamp?', file: PDF }, undefined, FAST);
    expect(r).toEqual({ kind: 'sent', reason: 'feedback-request' });
    expect(page.sent).toEqual([{ reason: 'feedback-request', text: 'Hello Jane,\nhow is the lamp?', files: [{ name: 'manual.pdf', type: 'application/pdf', size: 15 }] }]);
  });

  it('confirms in the "Review message" dialog (once)', async () => {
    const page = mount({ dialog: true });
    expect(await sendOnContactPage(document, { text: 'Hi' }, undefined, FAST)).toEqual({ kind: 'sent', reason: 'feedback-request' });
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]?.files).toEqual([]);
  });

  it('no review reason on the page: nothing is clicked, not sent, says which reasons it saw', async () => {
    const page = mount({ withoutFeedbackReason: true });
    const r = await sendOnContactPage(document, { text: 'Hi' }, undefined, FAST);
    expect(r.kind).toBe('not-sent');
    expect(r.kind === 'not-sent' && r.detail).toMatch(/no contact reason for a review request among: Additional information required, Shipping\/delivery inquiry/);
    expect(page.sent).toEqual([]);
  });

  it('an error from the page after Send, and no answer at all, are unknown (it may have gone)', async () => {
    mount({ error: 'Something went wrong. Try again later.' });
    expect(await sendOnContactPage(document, { text: 'Hi' }, undefined, FAST)).toEqual({ kind: 'unknown', detail: 'after Send the page said: Something went wrong. Try again later.' });
    mount({ silent: true });
    const r = await sendOnContactPage(document, { text: 'Hi' }, undefined, FAST);
    expect(r.kind === 'unknown' && r.detail).toMatch(/no "message sent" confirmation within 2 s/);
  });

  it('a page without the form: not sent, with what is missing', async () => {
    const app = Object.assign(document.createElement('div'), { id: 'ayb-contact-buyer', textContent: 'Loading' });
    document.body.replaceChildren(app);
    expect(await sendOnContactPage(document, { text: 'Hi' }, undefined, { timeoutMs: 100, pollMs: 10 }))
      .toEqual({ kind: 'not-sent', detail: 'the Contact Buyer form did not show (missing: reason, message, send)', missing: ['reason', 'message', 'send'] });
  });

  it('stopped (the work tab closed the action) before Send: not sent', async () => {
    const page = mount();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 5);
    expect((await sendOnContactPage(document, { text: 'Hi' }, ac.signal, FAST)).kind).toBe('not-sent');
    expect(page.sent).toEqual([]);
  });
});

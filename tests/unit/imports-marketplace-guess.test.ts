import { guessFeedbackMarketplace } from '../../lib/imports';
import { decodeReport } from '../../lib/reports';
import { fixtureBytes, jpFeedbackBytes } from '../fixtures/reports/load';

const HEADER = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email';
const file = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('imports: the marketplace of a feedback file', () => {
  it('reads it from the rater e-mail relay domain first', () => {
    const { text, encoding } = decodeReport(fixtureBytes('feedback-de-latin1.txt'));
    expect(guessFeedbackMarketplace(text, encoding)).toEqual({ code: 'DE', reason: 'rater-email' });
    expect(guessFeedbackMarketplace(file('1/2/25\t1\tbad\t\t111-1111111-1111111\tx@marketplace.amazon.co.uk'), 'utf-8'))
      .toEqual({ code: 'UK', reason: 'rater-email' });
  });

  it('then from the date format', () => {
    expect(guessFeedbackMarketplace(file('13.1.17\t1\tschlecht\t\t111-1111111-1111111\t'), 'utf-8')?.code).toBe('DE');
    expect(guessFeedbackMarketplace(file('2025-01-13\t1\tx\t\t111-1111111-1111111\t'), 'utf-8')?.code).toBe('SE');
    expect(guessFeedbackMarketplace(file('1/13/17\t1\tlate\t\t111-1111111-1111111\t', '1/2/17\t2\tok\t\t111-1111111-1111112\t'), 'utf-8'))
      .toEqual({ code: 'US', reason: 'date-format' });
    expect(guessFeedbackMarketplace(file('13/1/17\t1\tlate\t\t111-1111111-1111111\t'), 'utf-8')).toEqual({ code: 'UK', reason: 'date-format' });
  });

  it('then from a Japanese encoding or the comments\' language', () => {
    const { text, encoding } = decodeReport(jpFeedbackBytes());
    expect(guessFeedbackMarketplace(text, encoding)).toEqual({ code: 'JP', reason: 'rater-email' });
    const noEmail = text.replace(/jp@marketplace\.amazon\.co\.jp/, '');
    expect(guessFeedbackMarketplace(noEmail, encoding)).toEqual({ code: 'JP', reason: 'encoding' });
    expect(guessFeedbackMarketplace(noEmail, 'utf-8')).toEqual({ code: 'JP', reason: 'language' });
    expect(guessFeedbackMarketplace(file('1/2/17\t1\tLa commande est arrivée en retard et le colis était abîmé, je ne suis pas content\t\t111-1111111-1111111\t'), 'utf-8'))
      .toEqual({ code: 'FR', reason: 'language' });
  });

  it('gives up when nothing points anywhere', () => {
    expect(guessFeedbackMarketplace(file('1/2/17\t1\tlate\t\t111-1111111-1111111\t'), 'utf-8')).toBeUndefined();
  });
});

import { guessFeedbackMarketplace, guessReturnsMarketplace } from '../../lib/imports';
import { decodeReport, parseReport } from '../../lib/reports';
import { fixtureBytes, fixtureText, jpFeedbackBytes, NOW } from '../fixtures/reports/load';

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
    // dates that contradict each other (1/13/17 is M/D/YY, 13/1/17 is D/M/YY): nothing decides
    expect(guessFeedbackMarketplace(fixtureText('feedback-us-malformed.txt'), 'utf-8')).toBeUndefined();
  });
});

describe('imports: dates decide, the comments\' language only breaks ties', () => {
  it('reads US dates with Spanish comments as US: 10/20/23 only fits M/D/YY', () => {
    const text = fixtureText('feedback-us-spanish.txt');
    const guess = guessFeedbackMarketplace(text, 'utf-8');
    expect(guess).toEqual({ code: 'US', reason: 'date-format' });
    const r = parseReport(text, { fileName: 'fb.txt', now: NOW, marketplace: guess?.code });
    expect(r.errors).toEqual([]);
    expect(r.records.feedback.map((f) => f.date)).toEqual(['2023-10-20T07:00:00.000Z', '2024-03-04T08:00:00.000Z', '2023-11-28T08:00:00.000Z']);
  });

  it('lets the language choose among the marketplaces whose format fits every date', () => {
    // 3/4/24 fits M/D/YY and D/M/YY: Spanish comments make it ES
    const text = fixtureText('feedback-us-spanish.txt').split('\n').filter((l, i) => i === 0 || l.startsWith('3/4/24')).join('\n');
    expect(guessFeedbackMarketplace(text, 'utf-8')).toEqual({ code: 'ES', reason: 'language' });
    // German comments with D/M/YY dates: DE writes D.M.YY, so the language does not fit; 13/1/17 says D/M/YY
    expect(guessFeedbackMarketplace(file('13/1/17\t1\tDie Lieferung kam viel zu spät und die Verpackung war kaputt\t\t111-1111111-1111111\t'), 'utf-8'))
      .toEqual({ code: 'UK', reason: 'date-format' });
  });
});

describe('imports: the marketplace of a seller-fulfilled returns file', () => {
  const RH = 'Order ID\tReturn request date\tReturn quantity\tCurrency code\tItem Name';
  const returns = (...rows: string[]) => [RH, ...rows].join('\n');

  it('reads it from a currency only one marketplace uses', () => {
    expect(guessReturnsMarketplace(fixtureText('returns-seller-fulfilled-short-rows.txt'))).toEqual({ code: 'US', reason: 'currency' });
    expect(guessReturnsMarketplace(returns('503-1234567-1234567\t14-Jul-2025\t1\tJPY\tx'))).toEqual({ code: 'JP', reason: 'currency' });
  });

  it('for euros, from the item names\' language; else it asks', () => {
    expect(guessReturnsMarketplace(returns('302-1234567-1234567\t14-Jul-2025\t1\tEUR\tBettwäsche aus Baumwolle für das Doppelbett, weiß und grau')))
      .toEqual({ code: 'DE', reason: 'language' });
    expect(guessReturnsMarketplace(returns('302-1234567-1234567\t14-Jul-2025\t1\tEUR\tRuler'))).toBeUndefined();
    expect(guessReturnsMarketplace(returns('302-1234567-1234567\t14-Jul-2025\t1\tEUR\tx', '112-1234567-1234567\t14-Jul-2025\t1\tUSD\tx'))).toBeUndefined();
  });
});


/** Prices in marketplace currencies from a USD base (fixed, made-up rates). */
import type { ReplicaMoney } from './types';

const RATES: Record<string, number> = { USD: 1, CAD: 1.36, GBP: 0.79, EUR: 0.93, JPY: 152 };

export const roundMoney = (amount: number, currency: string): number =>
  currency === 'JPY' ? Math.round(amount) : Math.round(amount * 100) / 100;

/** Shelf price: whole yen in tens, else x.99 / x.49 endings. */
export const unitPrice = (usd: number, currency: string): number => {
  const raw = usd * (RATES[currency] ?? 1);
  if (currency === 'JPY') return Math.round(raw / 10) * 10;
  const whole = Math.floor(raw);
  return raw - whole >= 0.5 ? whole + 0.99 : whole + 0.49;
};

export const money = (amount: number, currency: string): ReplicaMoney => ({ amount: roundMoney(amount, currency), currency });

export const shippingFee = (currency: string): number => unitPrice(4.5, currency);

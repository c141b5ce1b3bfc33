/** Texts of the inbox v3 page: English, German for `v3-german`. List times also in Japanese (JP marketplace). */
import { BOOT } from '../../boot';
import { V3 } from './names';

const EN = {
  title: 'Buyer-Seller Messages', metrics: (range: string): string => `Global communication metrics ${range}`,
  filterResponseNeeded: 'Response needed', filterAll: 'All', filterSent: 'Sent', filterResolved: 'Resolved', filters: 'Filters',
  searchPlaceholder: 'Search by order ID', colFrom: 'From', colSubject: 'Subject', colRecent: 'Most recent message',
  orderId: 'Order ID:', statusResponseNeeded: 'Response needed', statusSent: 'Sent', resolvedOn: (date: string): string => `Resolved on ${date}`,
  amazon: 'Amazon', noCases: 'There are no messages in this view.', loading: 'Loading…', empty: 'Select a message to read it',
  caseFailed: 'This message could not be loaded.', listFailed: 'Messages could not be loaded.',
  templates: 'Templates', replyPlaceholder: 'Type your response', addAttachment: 'Add attachment', noResponse: 'No response needed',
  send: 'Send', tooLarge: 'Attachments are limited to 10 MB per message.', sendFailed: 'Your message could not be sent.',
};

export type V3Labels = typeof EN;

const DE: V3Labels = {
  title: 'Nachrichten zwischen Käufer und Verkäufer', metrics: (range) => `Globale Kommunikationskennzahlen ${range}`,
  filterResponseNeeded: 'Antwort erforderlich', filterAll: 'Alle', filterSent: 'Gesendet', filterResolved: 'Gelöst', filters: 'Filter',
  searchPlaceholder: 'Nach Bestellnummer suchen', colFrom: 'Von', colSubject: 'Betreff', colRecent: 'Letzte Nachricht',
  orderId: 'Bestellnummer:', statusResponseNeeded: 'Antwort erforderlich', statusSent: 'Gesendet', resolvedOn: (date) => `Gelöst am ${date}`,
  amazon: 'Amazon', noCases: 'In dieser Ansicht gibt es keine Nachrichten.', loading: 'Wird geladen…',
  empty: 'Wählen Sie eine Nachricht aus, um sie zu lesen',
  caseFailed: 'Diese Nachricht konnte nicht geladen werden.', listFailed: 'Nachrichten konnten nicht geladen werden.',
  templates: 'Vorlagen', replyPlaceholder: 'Geben Sie Ihre Antwort ein', addAttachment: 'Anhang hinzufügen',
  noResponse: 'Keine Antwort erforderlich', send: 'Senden', tooLarge: 'Anhänge sind auf 10 MB pro Nachricht begrenzt.',
  sendFailed: 'Ihre Nachricht konnte nicht gesendet werden.',
};

export const L3: V3Labels = V3.german ? DE : EN;

/** Language of dates and relative times: German for `v3-german`, Japanese on a Japanese marketplace, else English. */
export const TIME_LANG: 'en' | 'de' | 'ja' = V3.german ? 'de' : BOOT.locale.startsWith('ja') ? 'ja' : 'en';
export const TIME_TAG = { en: 'en-US', de: 'de-DE', ja: 'ja-JP' }[TIME_LANG];

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const RELATIVE = {
  en: { now: 'Just now', min: (n: number) => `${plural(n, 'minute', 'minutes')} ago`, hour: (n: number) => `${plural(n, 'hour', 'hours')} ago` },
  de: { now: 'Gerade eben', min: (n: number) => `vor ${plural(n, 'Minute', 'Minuten')}`, hour: (n: number) => `vor ${plural(n, 'Stunde', 'Stunden')}` },
  ja: { now: 'たった今', min: (n: number) => `${n}分前`, hour: (n: number) => `${n}時間前` },
}[TIME_LANG];

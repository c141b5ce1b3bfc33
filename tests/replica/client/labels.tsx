/**
 * The messaging pages' own texts. English by default (exactly the texts the pages always showed);
 * German for the `german-ui` variant (server/markup-variants.ts), where only the words change, not
 * the markup: adapters that read attributes keep working, adapters that read words may not.
 */
import type { ReactNode } from 'react';
import { MARKUP } from './boot';

const EN = {
  inboxTitle: 'Buyer Messages',
  filterResponseNeeded: 'Response needed', filterAll: 'All', filterNoResponseNeeded: 'No response needed',
  statusResponseNeeded: 'Response needed', statusAnswered: 'Answered', statusNoResponseNeeded: 'No response needed',
  amazonNotification: 'Amazon notification',
  searchPlaceholder: 'Search by order ID', search: 'Search', sort: 'Sort', newestFirst: 'Newest first', oldestFirst: 'Oldest first',
  range: (first: number, last: number, total: number): string => `${first}-${last} of ${total}`,
  previous: 'Previous', next: 'Next',
  pageOf: (pn: number, pages: number): ReactNode => <>Page {pn} of {pages}</>,
  colBuyer: 'Buyer', colSubject: 'Subject', colOrder: 'Order ID', colReceived: 'Received', colStatus: 'Status',
  loadingMessages: 'Loading messages…', messagesFailed: 'Messages could not be loaded',
  noMessagesFor: (q: string): string => `No messages found for order ${q}.`, noMessages: 'You have no messages in this view.',
  senderBuyer: 'Buyer', senderSeller: 'You', senderAmazon: 'Amazon', attachment: 'Attachment:',
  noOrderLinked: 'No order linked to this conversation.', orderUnavailable: 'Order details unavailable.', orderDetails: 'Order details',
  orderStatus: 'Status', purchased: 'Purchased', total: 'Total', channel: 'Channel', channelAfn: 'Amazon (FBA)', channelMfn: 'Seller',
  qty: 'Qty',
  noConversation: 'No conversation selected.', loadingConversation: 'Loading conversation…', conversationUnavailable: 'Conversation unavailable',
  backToInbox: '‹ Back to Buyer Messages', buyer: 'Buyer:', orderId: 'Order ID:', conversation: 'Conversation',
  sent: 'Your message has been sent.', markedNoResponse: 'Marked as no response needed.',
  templates: 'Templates', selectTemplate: 'Select template', addAttachment: 'Add attachment',
  composeNote: "Replies are sent through Amazon's messaging service.", replyLabel: 'Reply to buyer', replyPlaceholder: 'Type your message here',
  send: 'Send', markNoResponse: 'Mark as no response needed',
  navOrders: 'Orders', navMessages: 'Messages', navFeedback: 'Feedback',
};

export type Labels = typeof EN;

const DE: Labels = {
  inboxTitle: 'Nachrichten von Käufern',
  filterResponseNeeded: 'Antwort erforderlich', filterAll: 'Alle', filterNoResponseNeeded: 'Keine Antwort erforderlich',
  statusResponseNeeded: 'Antwort erforderlich', statusAnswered: 'Beantwortet', statusNoResponseNeeded: 'Keine Antwort erforderlich',
  amazonNotification: 'Amazon-Benachrichtigung',
  searchPlaceholder: 'Nach Bestellnummer suchen', search: 'Suchen', sort: 'Sortieren', newestFirst: 'Neueste zuerst', oldestFirst: 'Älteste zuerst',
  range: (first, last, total) => `${first}–${last} von ${total}`,
  previous: 'Zurück', next: 'Weiter',
  pageOf: (pn, pages) => <>Seite {pn} von {pages}</>,
  colBuyer: 'Käufer', colSubject: 'Betreff', colOrder: 'Bestellnummer', colReceived: 'Eingegangen', colStatus: 'Status',
  loadingMessages: 'Nachrichten werden geladen…', messagesFailed: 'Nachrichten konnten nicht geladen werden',
  noMessagesFor: (q) => `Keine Nachrichten zur Bestellung ${q} gefunden.`, noMessages: 'In dieser Ansicht gibt es keine Nachrichten.',
  senderBuyer: 'Käufer', senderSeller: 'Sie', senderAmazon: 'Amazon', attachment: 'Anhang:',
  noOrderLinked: 'Mit dieser Unterhaltung ist keine Bestellung verknüpft.', orderUnavailable: 'Bestelldetails nicht verfügbar.',
  orderDetails: 'Bestelldetails',
  orderStatus: 'Status', purchased: 'Gekauft', total: 'Gesamt', channel: 'Versand', channelAfn: 'Amazon (FBA)', channelMfn: 'Verkäufer',
  qty: 'Menge',
  noConversation: 'Keine Unterhaltung ausgewählt.', loadingConversation: 'Unterhaltung wird geladen…',
  conversationUnavailable: 'Unterhaltung nicht verfügbar',
  backToInbox: '‹ Zurück zu den Nachrichten von Käufern', buyer: 'Käufer:', orderId: 'Bestellnummer:', conversation: 'Unterhaltung',
  sent: 'Ihre Nachricht wurde gesendet.', markedNoResponse: 'Als „Keine Antwort erforderlich“ markiert.',
  templates: 'Vorlagen', selectTemplate: 'Vorlage auswählen', addAttachment: 'Anhang hinzufügen',
  composeNote: 'Antworten werden über den Nachrichtendienst von Amazon gesendet.', replyLabel: 'Antwort an den Käufer',
  replyPlaceholder: 'Geben Sie hier Ihre Nachricht ein',
  send: 'Senden', markNoResponse: 'Als „Keine Antwort erforderlich“ markieren',
  navOrders: 'Bestellungen', navMessages: 'Nachrichten', navFeedback: 'Feedback',
};

export const GERMAN = MARKUP === 'german-ui';
export const L: Labels = GERMAN ? DE : EN;

/** German starter bodies (amazon.de), formal "Sie". */
import type { StarterBodies } from './keys';

const hello = 'Guten Tag {{buyer_name}},\n\n';
const bye = '\n\nMit freundlichen Grüßen\n{{store_name}}';

export const DE: StarterBodies = {
  'where-is-my-order': hello
    + 'vielen Dank für Ihre Nachricht zur Bestellung {{order_id}}. Wir haben nachgesehen: Ihre Bestellung ist bereits auf dem Weg zu Ihnen. '
    + 'Den aktuellen Sendungsstatus sehen Sie jederzeit in Ihrem Amazon-Konto unter „Meine Bestellungen“. '
    + 'Sollte das Paket bis zum dort angezeigten spätesten Liefertermin nicht angekommen sein, antworten Sie bitte einfach auf diese Nachricht. '
    + 'Wir klären das dann umgehend mit dem Versanddienstleister.'
    + bye,

  'where-is-my-order-fbm': hello
    + 'vielen Dank für Ihre Nachricht zur Bestellung {{order_id}}. Ihr Paket wurde bereits verschickt und ist auf dem Weg zu Ihnen. '
    + 'Die Sendungsnummer lautet {{tracking_number}}; den aktuellen Status finden Sie außerdem in Ihrem Amazon-Konto unter „Meine Bestellungen“. '
    + 'Falls das Paket bis zum voraussichtlichen Liefertermin nicht ankommt, geben Sie uns bitte Bescheid. '
    + 'Wir setzen uns dann direkt mit dem Versanddienstleister in Verbindung.'
    + bye,

  'return-refund': hello
    + 'vielen Dank für Ihre Nachricht zur Bestellung {{order_id}}. Es tut uns leid, dass der Artikel „{{product_name}}“ nicht das Richtige für Sie war. '
    + 'Die Rücksendung können Sie in Ihrem Amazon-Konto unter „Meine Bestellungen“ anmelden: Wählen Sie die Bestellung aus und folgen Sie den Schritten zur Rücksendung; dort erhalten Sie auch das Rücksendeetikett. '
    + 'Sobald der Artikel bei uns eingegangen ist, wird Ihnen der Betrag erstattet, und Amazon schickt Ihnen eine Bestätigung. '
    + 'Wenn Sie Fragen haben, antworten Sie einfach auf diese Nachricht.'
    + bye,

  'cancel-order': hello
    + 'vielen Dank für Ihre Nachricht. Wir haben Ihren Wunsch erhalten, die Bestellung {{order_id}} zu stornieren. '
    + 'Falls die Bestellung noch nicht versandt wurde, stornieren wir sie umgehend, und es wird Ihnen nichts berechnet. '
    + 'Ist das Paket bereits unterwegs, können wir es leider nicht mehr aufhalten. '
    + 'In diesem Fall verweigern Sie bitte die Annahme oder senden Sie das Paket über „Meine Bestellungen“ zurück; den Betrag erstatten wir Ihnen, sobald es wieder bei uns ist.'
    + bye,

  'address-change': hello
    + 'vielen Dank für Ihre Nachricht zur Bestellung {{order_id}}. '
    + 'Zu Ihrer Sicherheit dürfen wir nur an die Adresse liefern, die bei Amazon in der Bestellung hinterlegt ist, und können sie daher nicht selbst ändern. '
    + 'Falls die Bestellung noch nicht versandt wurde, können wir sie für Sie stornieren, sodass Sie sie mit der richtigen Adresse neu aufgeben können. '
    + 'Bitte antworten Sie kurz auf diese Nachricht, ob wir das für Sie tun sollen.'
    + bye,

  'product-question': hello
    + 'vielen Dank für Ihre Frage und Ihr Interesse an unserem Produkt. '
    + 'In der Produktbeschreibung und den technischen Details auf der Produktseite finden Sie die genauen Maße, die Materialien und den Lieferumfang. '
    + 'Falls Sie dort nicht die passende Information finden oder wir etwas Bestimmtes für Sie prüfen sollen, schreiben Sie uns bitte kurz, worum es genau geht. '
    + 'Wir antworten Ihnen so schnell wie möglich.'
    + bye,

  'product-issue': hello
    + 'es tut uns sehr leid, dass es mit dem Artikel „{{product_name}}“ aus Ihrer Bestellung {{order_id}} ein Problem gibt. Wir möchten das schnell für Sie lösen. '
    + 'Könnten Sie uns kurz beschreiben, was nicht in Ordnung ist, und Ihrer Antwort nach Möglichkeit ein Foto beifügen? '
    + 'Sobald wir uns das angesehen haben, schlagen wir Ihnen die beste Lösung vor, zum Beispiel einen Ersatz oder eine Erstattung.'
    + bye,

  invoice: hello
    + 'vielen Dank für Ihre Nachricht. Anbei erhalten Sie die Rechnung zu Ihrer Bestellung {{order_id}}. '
    + 'Sollten Sie die Rechnung auf einen anderen Namen, eine Firma oder mit Ihrer USt-IdNr. benötigen, teilen Sie uns die Angaben bitte kurz mit. '
    + 'Wir schicken Ihnen dann gern eine korrigierte Rechnung.'
    + bye,

  'feedback-review': hello
    + 'vielen Dank, dass Sie sich die Zeit genommen haben, uns von Ihren Erfahrungen mit der Bestellung {{order_id}} zu berichten. '
    + 'Es tut uns leid, dass nicht alles so gelaufen ist, wie es sollte, und wir nehmen Ihre Hinweise ernst. '
    + 'Wir möchten das gern wiedergutmachen: Bitte antworten Sie auf diese Nachricht und schildern Sie uns, was schiefgelaufen ist. '
    + 'Wir tun dann alles, um eine Lösung für Sie zu finden.'
    + bye,

  other: hello
    + 'vielen Dank für Ihre Nachricht. Wir helfen Ihnen gern weiter. '
    + 'Damit wir Ihnen eine genaue Antwort geben können, beschreiben Sie uns Ihr Anliegen bitte etwas ausführlicher. '
    + 'Falls es um eine Bestellung geht, nennen Sie uns bitte auch die Bestellnummer.'
    + bye,

  'review-request': hello
    + 'wir hoffen, Ihre Bestellung {{order_id}} ist gut bei Ihnen angekommen. '
    + 'Wenn Sie einen Moment Zeit haben, würden wir uns freuen, wenn Sie Ihre ehrliche Erfahrung mit dem Artikel „{{product_name}}“ in einer Rezension auf Amazon teilen. '
    + 'Jede Meinung hilft anderen Kundinnen und Kunden bei der Auswahl und uns dabei, besser zu werden. '
    + 'Herzlichen Dank für Ihren Einkauf.'
    + bye,

  'away-message': hello
    + 'vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht im Büro, daher kann unsere Antwort etwas länger dauern als sonst. '
    + 'Wir lesen Ihre Nachricht und antworten ausführlich, sobald wir zurück sind. '
    + 'Den aktuellen Stand Ihrer Bestellung, auch zu Lieferung, Rücksendung oder Erstattung, sehen Sie jederzeit unter "Meine Bestellungen" in Ihrem Amazon-Konto.'
    + bye,
};

/** Italian starter bodies (amazon.it), formal "Lei". */
import type { StarterBodies } from './keys';

const hello = 'Gentile {{buyer_name}},\n\n';
const bye = '\n\nCordiali saluti,\n{{store_name}}';

export const IT: StarterBodies = {
  'where-is-my-order': hello
    + 'grazie per il suo messaggio relativo all\'ordine {{order_id}}. Abbiamo verificato: il suo ordine è già in viaggio verso di lei. '
    + 'Può controllarne lo stato aggiornato in qualsiasi momento nel suo account Amazon, alla voce «I miei ordini». '
    + 'Se non dovesse arrivare entro la data di consegna massima indicata, risponda pure a questo messaggio e contatteremo subito il corriere.'
    + bye,

  'where-is-my-order-fbm': hello
    + 'grazie per il suo messaggio relativo all\'ordine {{order_id}}. Il suo pacco è stato spedito ed è in viaggio verso di lei. '
    + 'Il numero di tracciamento è {{tracking_number}}; può seguire lo stato della spedizione anche nel suo account Amazon, alla voce «I miei ordini». '
    + 'Se il pacco non dovesse arrivare entro la data di consegna prevista, ce lo faccia sapere e contatteremo direttamente il corriere.'
    + bye,

  'return-refund': hello
    + 'grazie per il suo messaggio relativo all\'ordine {{order_id}}; ci dispiace che l\'articolo «{{product_name}}» non sia quello giusto per lei. '
    + 'Può avviare il reso nel suo account Amazon, alla voce «I miei ordini»: selezioni l\'ordine e segua la procedura di reso, che le fornirà anche l\'etichetta di spedizione. '
    + 'Non appena l\'articolo ci sarà arrivato, il rimborso verrà effettuato e Amazon le invierà una conferma. '
    + 'Per qualsiasi domanda, può semplicemente rispondere a questo messaggio.'
    + bye,

  'cancel-order': hello
    + 'grazie per il suo messaggio. Abbiamo ricevuto la sua richiesta di annullare l\'ordine {{order_id}}. '
    + 'Se l\'ordine non è ancora stato spedito, lo annulleremo subito e non le verrà addebitato nulla. '
    + 'Se invece il pacco è già in viaggio, purtroppo non possiamo più fermarlo. '
    + 'In questo caso può rifiutare la consegna oppure restituire il pacco tramite «I miei ordini», e la rimborseremo non appena sarà tornato da noi.'
    + bye,

  'address-change': hello
    + 'grazie per il suo messaggio relativo all\'ordine {{order_id}}. '
    + 'Per la sua sicurezza possiamo spedire soltanto all\'indirizzo registrato nell\'ordine su Amazon e non possiamo quindi modificarlo noi. '
    + 'Se l\'ordine non è ancora stato spedito, possiamo annullarlo per lei, così potrà effettuarlo di nuovo con l\'indirizzo corretto. '
    + 'Ci faccia sapere rispondendo a questo messaggio se desidera che procediamo in questo modo.'
    + bye,

  'product-question': hello
    + 'grazie per la sua domanda e per l\'interesse verso il nostro prodotto. '
    + 'Nella descrizione e nei dettagli tecnici della pagina del prodotto trova le dimensioni esatte, i materiali e il contenuto della confezione. '
    + 'Se non trova l\'informazione che cerca, o desidera che verifichiamo un aspetto particolare, ci scriva qualche dettaglio in più rispondendo a questo messaggio. '
    + 'Le risponderemo il prima possibile.'
    + bye,

  'product-issue': hello
    + 'ci dispiace molto che ci sia un problema con l\'articolo «{{product_name}}» del suo ordine {{order_id}}, e vogliamo risolverlo al più presto. '
    + 'Potrebbe descriverci brevemente il problema e, se possibile, allegare una foto alla sua risposta? '
    + 'Dopo averlo esaminato, le proporremo la soluzione migliore, ad esempio una sostituzione o un rimborso.'
    + bye,

  invoice: hello
    + 'grazie per il suo messaggio. In allegato trova la fattura del suo ordine {{order_id}}. '
    + 'Se ha bisogno della fattura intestata a un altro nome, a un\'azienda o con la partita IVA, ci comunichi i dati rispondendo a questo messaggio. '
    + 'Le invieremo quindi una fattura corretta.'
    + bye,

  'feedback-review': hello
    + 'grazie per aver dedicato del tempo a raccontarci la sua esperienza con l\'ordine {{order_id}}. '
    + 'Ci dispiace che non sia andato tutto come doveva, e prendiamo molto sul serio le sue osservazioni. '
    + 'Vorremmo rimediare: potrebbe spiegarci, rispondendo a questo messaggio, che cosa non ha funzionato? '
    + 'Faremo il possibile per trovare una soluzione.'
    + bye,

  other: hello
    + 'grazie per il suo messaggio, saremo lieti di aiutarla. '
    + 'Per poterle dare una risposta precisa, potrebbe descriverci la sua richiesta in modo un po\' più dettagliato? '
    + 'Se riguarda un ordine, ci indichi per favore anche il numero d\'ordine.'
    + bye,

  'review-request': hello
    + 'speriamo che il suo ordine {{order_id}} sia arrivato senza problemi. '
    + 'Se ha un momento, le saremmo grati se condividesse su Amazon la sua opinione sincera sull\'articolo «{{product_name}}» con una recensione. '
    + 'Ogni opinione aiuta gli altri clienti a scegliere e aiuta noi a migliorare. '
    + 'Grazie per il suo acquisto.'
    + bye,

  'away-message': hello
    + 'grazie per il suo messaggio. Il nostro team è al momento assente, quindi la nostra risposta potrebbe richiedere un po’ più di tempo del solito. '
    + 'Leggeremo il suo messaggio e le risponderemo in modo completo al nostro rientro. '
    + 'Per consegna, resi o rimborsi, la sezione "I miei ordini" del suo account Amazon mostra sempre lo stato aggiornato dell’ordine.'
    + bye,
};

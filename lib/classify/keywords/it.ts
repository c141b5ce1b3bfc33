/** Italian keywords (folded: accents removed; "dov'è" -> dov e). */
import type { KeywordTable } from '../patterns.ts';

export const IT: KeywordTable = {
  'where-is-my-order': 'dov e ~ ordine:4|dov e ~ pacco:4|dove e ~ ordine:4|dove e ~ pacco:4|dove si trova:3|non ~ arrivato:3'
    + '|non ~ arrivata:3|non ~ ricevuto:2.5|tracciament*:3|tracking:2.5|numero di spedizione:2|spedito:1.5|spedizione:1'
    + '|conferma di spedizione:2|consegnato:1.5|risulta consegnato:3|ritardo:2|quando arriva*:3|quando ~ arriva*:2'
    + '|corriere:1.5|fermo:1.5|aspett*:1.5|pacco:1|smarrit*:2'
    + '|ancora nulla:2|ancora niente:2|stato dell ordine:2.5|stato della spedizione:2.5|quando verra spedito:3'
    + '|quando ~ spedit*:2.5|doveva arrivare:2.5|dovuto arrivare:3|in consegna:1.5|dogana:1.5|perso:2|tracciabilita:2'
    + '|gia spedit*:2.5|e stato spedito:2|stata spedita:2|quando verra:1.5|pacco ~ bloccat*:2|fermo da:2'
    + '|centro di smistamento:2|deposito:1.5|novita:1.5|aggiornament*:1.5|doveva essere consegnat*:2.5'
    + '|era prevista:2.5|consegna ~ prevista:2.5|gia partito:3|e partito:2|nessun pacco:3|aggiornatemi:1.5'
    + '|dove sta:3|etichetta creata:2|lasciato:1.5|tornato al mittente:3|arriva questa:1.5',
  'return-refund': 'rimbors*:3.5|!reso:3|!resi:2|!restitu*:3|!rispedi*:3|!rimanda*:2|soldi indietro:3|!cambio:2'
    + '|!cambiare ~ taglia:2|!sostitu* ~ taglia:2|recesso:3|taglia sbagliata:1.5|troppo piccol*:1|troppo grand*:1'
    + '|troppo strett*:1|strett*:0.5|non mi serve:1'
    + '|cambiarlo:1.5|cambiare con:1|soldi:1.5'
    + '|cambiare ~ con:2'
    + '|ve lo rimandiamo:3|rimandiamo:2.5|sigillato:1',
  'cancel-order': '!annull*:4|!cancell*:3.5|!disdir*:3|due volte:1|cambiato idea:1.5|prima della spedizione:1'
    + '|non ~ ancora spedito:1'
    + '|non spedire:2|non spedite:2|bloccare l ordine:2.5',
  'address-change': 'indirizz*:2.5|cap:2|civico:2.5|interno:1.5|scala:1|citofono:2|via:0.5|corso:0.5|piazza:0.5|c o:1|presso:1.5'
    + '|trasferit*:1.5|trasloc*:2|altro indirizzo:1'
    + '|destinatario:1|consegnare a:1|consegnarlo a:1|punto di ritiro:2|locker:1.5|nominativo:1'
    + '|spedirlo a:1|spedire a:1|inviarlo a:1|mandarlo a:1|soggiorn*:1'
    + '|genitori:1.5|dai miei:1.5|scritta male:2|scritto male:2|ufficio postale:2.5'
    + '|a nome di:2|consegnare al lavoro:2.5|al lavoro:2|casa vacanze:2|sbagliato citta:2.5|citta:1',
  'product-question': 'compatib*:3|misur*:2.5|dimensioni:3|quanto:1|peso:1.5|materiale:2.5|disponibil*:2|in magazzino:2'
    + '|come si usa:3|come si monta:3|come funziona:3|come si:1.5|istruzion*:1.5|manuale:1.5|garanzia:1.5|avete:1.5|va bene:1'
    + '|lavabile:2.5|bagaglio a mano:2|colore:0.5|?:0.5'
    + '|quale taglia:2.5|tabella taglie:3|quanto dura:1.5|durata della batteria:2|inclus*:1|si puo usare:2.5'
    + '|si puo:1|funziona con:2|adatt*:2|va bene per:2|colori:1|come si collega:3|come si installa:3'
    + '|come si pulisce:3|utilizzare:1|usare:1|vorrei sapere:1.5|informazion*:1'
    + '|quanto pesa:3|pesa:2|altre taglie:2.5|altri colori:2.5|altre misure:2.5|disponibile in:2|lavatrice:2.5'
    + '|asciugatrice:2|all aperto:1.5|esterno:1.5|scheda prodotto:1|descrizione:1|inserzione:1|vendete:2.5'
    + '|pezzi di ricambio:2|ricambi*:1.5|tessuto:1|che materiale:2'
    + '|vera pelle:3|pelle:1.5|veste:2|taglia regolare:2.5|quanti kg:3|regge:2'
    + '|gia montato:2.5|servono attrezzi:2.5|memory foam:2|quante:1.5|resistente all acqua:2.5|quanti fili:3|posso usarlo:2.5|usb c:2|si vendono a parte:3|a parte:1',
  'product-issue': 'rott*:2.5|difett*:2.5|danneggiat*:2.5|non funziona:3|non si accende:3|si spegne:2|guast*:2.5|sbagliat*:1.5'
    + '|articolo sbagliato:2|articolo diverso:3|diverso da:2|manca*:2.5|mancant*:2.5|graff*:2|bruciat*:2|rigat*:2|crepat*:2'
    + '|perde:1.5|rumore:2|pessima qualita:2.5|qualita:1|!sostitu*:2|nuovo:1|incompleto:2.5|invece:1.5'
    + '|non carica:3|ammaccat*:2|strappat*:2|sporc*:1.5|usato:1.5|contraffatt*:2.5|scadut*:2.5|muffa:2'
    + '|surriscald*:2.5|problema:1.5|non e quello:2|non corrisponde:2'
    + '|cucitur*:2|scucit*:2.5|si e staccat*:2|staccat*:2|sfilacciat*:2|strappo:2|buco:1.5|sembra usato:2.5'
    + '|gia usato:2.5|gia aperto:2|confezione aperta:2|pacco aperto:2|odore:2|puzza:2|chimic*:2|e normale:1.5'
    + '|foto:1|immagin*:1|non assomiglia:2|scarsa qualita:2.5|qualita scadente:2.5|scadente:2'
    + '|smesso di funzionare:3|non funziona piu:3|dopo ~ giorni:1|dopo ~ utilizzo:1|primo utilizzo:1|primo uso:1'
    + '|non si carica:3|non ha audio:3'
    + '|spezzat*:2.5|solo meta:2|non si collega:2.5|prodotto completamente diverso:2.5|si sta ~ staccando:2.5|ristrett*:2.5|non dura:2',
  invoice: 'fattur*:4|ricevuta:3|scontrino:3|partita iva:2|p iva:2|iva:1|codice fiscale:1.5|sdi:2|pec:1.5|intestat*:1.5'
    + '|ditta:1|azienda:1|detrazione:1.5'
    + '|codice univoco:2'
    + '|contabilita:2|prova d acquisto:3',
  'feedback-review': 'recension*:3|feedback:3|stell*:2.5|valutazion*:3|voto:2|review:3|giudizio:2|commento:1.5'
    + '|valutare:2'
    + '|lasciare ~ recension*:1.5|lasciare ~ feedback:1.5|lasciare ~ valutazion*:1.5|rimuovere ~ recension*:1.5'
    + '|eliminare ~ recension*:1.5|cancellare ~ recension*:1.5|modificare ~ recension*:1.5'
    + '|chiesto ~ recension*:1.5|richiesta di recensione:1.5|recensione negativa:1.5|recensione positiva:1.5'
    + '|valutazione negativa:1.5'
    + '|feedback negativo:1.5|cancell* ~ feedback:1.5|cancell* ~ recension*:1.5|valutato:2.5'
    + '|il mio feedback:2|in positivo:1.5',
  other: 'grazie:0.5|grazie mille:1|ok:1|risolto:1|buone feste:3|buon natale:3|collaborazion*:3|agenzia:2|offriamo:2.5'
    + '|proporvi:2|servizi:1'
    + '|ingrosso:2|grandi quantita:1.5'
    + '|distributori:2.5|rivenditori:1.5|venditore sbagliato:3|listino:2.5|toglietemi:2|ritirarlo io:2.5',
};

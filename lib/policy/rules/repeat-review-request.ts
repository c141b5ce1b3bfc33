import { compile, finding, spans, test } from '../phrases';
import type { Rule } from '../types';
import { REVIEW_WORDS } from '../vocab';

const REVIEW = compile(REVIEW_WORDS);
const REPEAT = compile({
  en: ['reminders?', '(?:we|i) (?:have |had )?(?:already |previously )?(?:asked|wrote|written|contacted|messaged|emailed|reached out)(?: to)? (?:you )?(?:before|earlier|already|previously|last week|a few days ago|recently)', '(?:haven\'t|have not|didn\'t|did not) (?:yet )?(?:seen|received|had|heard|gotten|got) (?:your|a|any) (?:review|feedback|rating|response)', '(?:second|another|friendly|gentle|final|last|follow-up) (?:request|reminder|note|message|nudge)', 'in case you missed (?:our|my) (?:last|previous|earlier)', '(?:following|follow) up on (?:our|my) (?:previous|last|earlier)', '(?:still|yet) (?:waiting|hoping) (?:for|to (?:see|hear|receive)) (?:your|a) (?:review|feedback)', 'asking (?:you )?again', 'once again (?:ask|request|remind)'],
  de: ['erinnerung', '(?:wir hatten|hatten wir) (?:sie )?(?:bereits|schon|kurzlich|letzte woche)', 'noch keine (?:bewertung|rezension|ruckmeldung)', 'zweite (?:anfrage|nachricht|bitte)', 'wie bereits (?:in unserer|angefragt|erwahnt|geschrieben)', 'erneut (?:bitten|nachfragen|anfragen|erinnern)', 'nochmals (?:bitten|erinnern|nachfragen)'],
  fr: ['rappel', 'relance', 'nous vous avons (?:deja )?(?:demande|ecrit|contacte)', 'pas encore (?:recu|vu) (?:votre|d\'|un)', '(?:deuxieme|seconde|nouvelle) demande', 'nous nous permettons de revenir'],
  it: ['promemoria', 'sollecito', '(?:le|ti|vi) abbiamo gia (?:chiesto|scritto|contattat)', 'non abbiamo ancora (?:ricevuto|visto) (?:la sua|la tua|una)', '(?:seconda|nuova) richiesta', 'di nuovo (?:a chiederle|a chiederti)'],
  es: ['recordatorio', 'ya (?:le|te) (?:pedimos|escribimos|habiamos (?:pedido|escrito)|contactamos)', '(?:todavia|aun) no hemos (?:recibido|visto) (?:su|tu|una)', '(?:segunda|nueva) solicitud', 'le escribimos de nuevo'],
  ja: ['リマインド', 'リマインダー', '再度のお願い', '再度ご連絡', '先日も(?:ご連絡|お願い|メール)', '以前にも(?:ご連絡|お願い)', 'まだレビュー', '改めてお願い'],
  zh: ['再次提醒', '再次邀请', '之前(?:已经)?(?:联系|邀请)'],
});

export const repeatReviewRequest: Rule = {
  id: 'repeat-review-request',
  check(_text, ctx, a) {
    if (ctx.kind === 'reply') return [];
    if (ctx.kind === 'proactive' && !test(REVIEW, a.norm)) return [];
    return spans(REPEAT, a.norm).map(([s, e]) => finding(a, this.id, 'warn', s, e, 'repeatReview'));
  },
};

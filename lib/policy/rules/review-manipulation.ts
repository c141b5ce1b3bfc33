import { compile, finding, sentenceAt, spans, test } from '../phrases';
import type { Analysed, Finding, Rule } from '../types';
import { REVIEW_WORDS } from '../vocab';

const REVIEW = compile(REVIEW_WORDS);
const W = '(?:[^\\s.!?]+ )';

/** Pushing for a good rating: "5 stars", "positive review". */
const POSITIVE = compile({
  any: ['(?:⭐|★|☆)(?:\\s?(?:⭐|★|☆)){2,}'],
  en: ['(?:5|five)[- ]?stars?', '(?:5|five) ?(?:\\*|★|⭐)', '(?:positive|good|great|nice|excellent|glowing|favou?rable|top|perfect|high|best) (?:product )?(?:review|feedback|rating|evaluation)s?', '(?:full|top) marks', 'rate us (?:5|five|highly|well)', 'highest (?:possible )?rating'],
  de: ['(?:5|funf)[- ]?sterne\\w*', '(?:positive|gute|tolle|top|beste|hervorragende|sehr gute)n? (?:bewertung|rezension|feedback|beurteilung)\\w*', 'positives feedback', 'volle punktzahl', 'hochste bewertung'],
  fr: ['(?:5|cinq) etoiles', '(?:avis|commentaires?|evaluations?|notes?|retours?) (?:tres )?(?:positi(?:f|ve)s?|favorables?|elogieux|excellent(?:e|s)?)', '(?:bon|bonne|excellent|excellente|tres bon|tres bonne) (?:avis|note|evaluation|commentaire)', 'note maximale', 'meilleure note'],
  it: ['(?:5|cinque) stelle', '(?:recensione|valutazione|opinione|feedback|giudizio) (?:molto )?positiv[oaie]', '(?:buona|ottima|bella) (?:recensione|valutazione)', 'feedback positivo', 'massimo dei voti', 'punteggio massimo'],
  es: ['(?:5|cinco) estrellas', '(?:resena|valoracion|opinion|comentario|calificacion|critica)(?:es|s)? (?:muy )?positiv[oa]s?', '(?:buena|excelente|gran) (?:resena|valoracion|opinion|calificacion|critica)', 'calificacion maxima', 'maxima puntuacion'],
  ja: ['星(?:5|五)', '星を?(?:5|五)つ', '(?:5|五)つ星', '★(?:5|五)', '高評価', '良い評価', '好評価', '最高評価', '満点'],
  zh: ['好评', '五星', '5星', '给个?好评'],
});

/** Words that make "5 stars" a rating: review nouns or asking verbs. */
const STAR_CONTEXT = compile({
  en: ['reviews?', 'feedback', 'ratings?', 'rate', 'leave', 'give', 'mean', 'help', 'appreciate\\w*', 'grateful', 'deserve', 'love', 'would', 'please', 'tell'],
  de: ['bewertung\\w*', 'rezension\\w*', 'feedback', 'hinterlass\\w*', 'geben', 'freuen', 'helfen', 'bitte', 'wurden'],
  fr: ['avis', 'commentaire', 'evaluation', 'note', 'laiss\\w*', 'donn\\w*', 'merci', 'aider', 'aimez'],
  it: ['recension\\w*', 'feedback', 'valutazion\\w*', 'lasci\\w*', 'dare', 'aiut\\w*', 'grazie'],
  es: ['resena\\w*', 'valoracion\\w*', 'opinion', 'calificacion', 'dej\\w*', 'dar', 'ayud\\w*', 'gracias'],
});

/** Asking only satisfied buyers: "if you are happy ... leave a review". Needs a review word nearby. */
const HAPPY_IF = compile({
  en: ['if (?:you(?:\'re| are| were|\'ve been| have been)|you feel) (?:(?:very|completely|fully|totally|really|so|truly) )?(?:happy|satisfied|pleased|delighted|content|enjoying|thrilled)', 'if you (?:love|like|enjoy|liked|loved|enjoyed|are enjoying|are loving)',
    'if (?:everything|all) (?:is|was|went|has been|has gone) (?:fine|ok|okay|good|great|well|perfect|smoothly|to your (?:satisfaction|liking))', 'if (?:the|your|our) (?:product|item|order|purchase) (?:met|meets|has met|exceeded|lived up|made you happy)',
    'if you(?:\'ve| have)? had a (?:good|great|positive|pleasant|nice) experience', 'only (?:if|when) (?:you(?:\'re| are) )?(?:happy|satisfied|pleased)', 'only (?:happy|satisfied) (?:customers|buyers)', '(?:happy|satisfied) customers (?:should|can|please|are)'],
  de: ['(?:wenn|falls|sofern) (?:sie|du) (?:mit (?:(?!nicht|kein)[^.,!?]){0,40} )?(?:sehr |voll |rundum |ganz |absolut )?(?:zufrieden|glucklich|begeistert)', '(?:wenn|falls|sofern) (?:ihnen|dir) (?:(?!nicht)[^.,!?\\s]+ ){0,3}(?:gefallt|gefallen hat|zusagt|gefallen)',
    '(?:wenn|falls) alles (?:in ordnung|gut|zu ihrer zufriedenheit|bestens|prima|perfekt) (?:ist|war)', 'nur (?:wenn|falls) sie (?:[^.,!?\\s]+ ){0,4}zufrieden', 'zufriedene kunden', '(?:waren|sind) sie (?:\\w+ )?zufrieden\\? dann'],
  fr: ['si vous (?:etes|avez ete|etiez) (?:(?:tres|pleinement|entierement) )?(?:satisfaite?s?|contente?s?|ravie?s?|heureu(?:x|se)s?|enchante(?:e|s)?)', 'si (?:le produit|l\'article|votre achat|notre produit|cet article|votre commande) vous (?:plait|a plu|satisfait|a satisfait|convient)', 'si vous (?:aimez|avez aime|appreciez|avez apprecie)', 'si tout (?:est|s\'est) bien passe', 'si vous avez (?:passe|eu) une (?:bonne|excellente) experience', 'seulement si vous etes'],
  it: ['se (?:e|sei|siete|e stat[oa]|fosse|e rimast[oa]) (?:(?:molto|pienamente|completamente) )?(?:soddisfatt[oaie]|content[oaie]|felic[ei])', 'se (?:il prodotto|l\'articolo|il nostro prodotto|l\'acquisto|il suo acquisto) (?:le|ti|vi) (?:piace|e piaciuto|ha soddisfatto)', 'se (?:le|ti|vi) (?:piace|e piaciuto|e piaciuta)', 'se tutto (?:e andato|va|e) (?:bene|ok|liscio)', 'solo se (?:e|sei) soddisfatt'],
  es: ['si (?:esta|estas|estan|ha quedado|quedo|queda|quedaste|se siente|se encuentra) (?:(?:muy|totalmente|completamente) )?(?:satisfech[oa]s?|content[oa]s?|feliz)', 'si (?:le|te|les) (?:gusta|gusto|ha gustado|encanta|encanto|ha encantado)', 'si (?:el producto|su compra|el articulo|su pedido) (?:le|te) (?:gusta|ha gustado|satisface|ha satisfecho)', 'si todo (?:esta|ha ido|fue|salio|ha salido) (?:bien|perfecto)', 'si ha tenido una (?:buena|excelente) experiencia', 'solo si (?:esta|queda) satisfech'],
  ja: ['ご満足(?:いただけ|頂け)(?:まし)?たら', 'ご満足(?:いただけ|頂け)た(?:場合|方|なら)', '満足(?:され|して|いただけ|頂け)(?:まし)?たら', '気に入って(?:いただけ|頂け)(?:まし)?たら', '気に入って(?:いただけ|頂け)た(?:場合|方|なら)', 'お気に召しましたら', 'お気に召した(?:場合|なら)', '問題(?:が)?なければ'],
  zh: ['如果您?(?:满意|喜欢)', '满意的话', '喜欢的话'],
});

/** Review gating: "contact us before leaving a review", "instead of a bad review". Self-contained. */
const GATING = compile({
  en: [`before (?:you )?(?:leav(?:e|ing)|writ(?:e|ing)|post(?:ing)?|giv(?:e|ing)|submit(?:ting)?|rat(?:e|ing)|publish(?:ing)?) (?:us )?(?:a |an |any |your |the )?(?:(?:negative|bad|poor|low|neutral|critical|1-star|one-star|less than ${W}stars?) )?(?:review|feedback|rating|stars?|comment|us)`,
    '(?:instead of|rather than) (?:leaving|writing|posting|giving) (?:us )?(?:a |an |any )?(?:[^\\s.!?]+ )?(?:review|feedback|rating)', '(?:do not|don\'t|dont|please never) (?:leave|write|post|give) (?:us )?(?:a |an |any )?(?:negative|bad|poor|low|neutral|1-star|one-star|critical|less than)',
    '(?:negative|bad|poor|neutral|low|critical) (?:review|feedback|rating)s? (?:can |could |will |would )?(?:hurt|damage|ruin|harm|kill|destroy)'],
  de: ['bevor sie (?:uns )?(?:eine |einen |ein |ihre )?(?:(?:negative|schlechte|neutrale|kritische)n? )?(?:bewertung|rezension|feedback|sterne)', '(?:anstatt|statt) (?:eine[rn]? )?(?:negative[rn]?|schlechte[rn]?) (?:bewertung|rezension|feedback)', '(?:anstatt|statt) (?:eine |einer )?(?:bewertung|rezension) (?:zu )?(?:schreiben|abzugeben|hinterlassen)',
    '(?:keine|nicht) (?:negative|schlechte)n? (?:bewertung|rezension|feedback)', 'vor (?:dem verfassen |der abgabe )?einer (?:negativen |schlechten )?(?:bewertung|rezension)'],
  fr: ['avant de (?:nous )?(?:laisser|publier|rediger|ecrire|donner|poster|mettre) (?:un |une |votre |le |la )?(?:avis|commentaire|evaluation|note|mauvais|mauvaise|negati)', '(?:plutot que|au lieu) de (?:laisser|publier|ecrire|mettre) (?:un |une )?(?:avis|commentaire|evaluation|note|mauvais)', 'ne (?:laissez|mettez|publiez) pas (?:d\'|de )?(?:avis|commentaire|evaluation|mauvais)'],
  it: ['prima di (?:lasciare|scrivere|pubblicare|dare|mettere|rilasciare) (?:una |un |la sua |il suo )?(?:(?:cattiva|brutta) )?(?:recensione|feedback|valutazione|opinione|giudizio|commento)', 'invece di (?:lasciare|scrivere) (?:una |un )?(?:recensione|feedback|valutazione)', 'non (?:lasci|lasciate|lasciare) (?:una |un )?(?:recensione|valutazione|feedback) negativ'],
  es: ['antes de (?:dejar|escribir|publicar|poner|dar) (?:una |un |su )?(?:(?:mala|negativa) )?(?:resena|valoracion|opinion|comentario|calificacion|feedback)', 'en (?:lugar|vez) de (?:dejar|escribir|publicar|poner) (?:una |un )?(?:resena|valoracion|opinion|comentario|calificacion)', 'no (?:deje|dejes|dejen) (?:una |un )?(?:resena|valoracion|opinion|comentario|calificacion) negativ'],
  ja: ['(?:レビュー|評価|口コミ)(?:を|の)?(?:書く|書かれる|お書きになる|投稿する|投稿される|される|つける|付ける|入れる|残す|記入する)(?:前に|まえに)', '(?:低評価|悪い評価|星1|星１|悪いレビュー|マイナス評価)(?:を|の)?(?:つける|付ける|書く|投稿する|される|つけられる)?(?:前に|のではなく|代わりに)', '(?:レビュー|評価)の前に'],
  zh: ['差评(?:之)?前', '先联系我们', '不要(?:给|留)?差评'],
});

/** "contact us first": gating only when the message is about reviews. */
const CONTACT_FIRST = compile({
  en: ['(?:contact|message|email|write to|reach out to|tell|talk to) us first', 'let us know first', '(?:contact|message|email) us (?:before|instead)', 'first (?:contact|message|let|tell) us'],
  de: ['(?:kontaktieren|kontaktiere|melden|wenden) sie (?:sich )?(?:bitte )?(?:zuerst|zunachst|vorher|erst)', '(?:zuerst|zunachst|vorher) (?:an uns|bei uns|mit uns)', 'uns (?:bitte )?(?:zuerst|zunachst|vorher) (?:kontaktieren|informieren|schreiben)'],
  fr: ['contactez-nous (?:d\'abord|en premier|avant)', '(?:d\'abord|en premier) nous contacter', 'nous contacter (?:d\'abord|en premier|avant)'],
  it: ['(?:ci contatti|contattaci|contattateci|ci scriva|scriveteci|ci contatta) (?:prima|per prima cosa)', 'contattarci prima'],
  es: ['(?:contactenos|contactanos|escribanos|escribenos|contacte con nosotros) (?:primero|antes)', 'contactarnos (?:primero|antes)', 'primero (?:contactenos|contactanos|escribanos)'],
  ja: ['まず(?:は)?(?:当店|弊社|私たち)?(?:に|へ|まで)?(?:ご連絡|ご相談|お問い合わせ|連絡)', '先に(?:ご連絡|ご相談|お問い合わせ)'],
  zh: ['先(?:联系|找)我们'],
});

/** Asking to change or remove a review or feedback. */
const CHANGE = compile({
  en: [`(?:remov|delet|chang|updat|revis|edit|amend|modif|reconsider|withdr[ae]w|retract|rais|upgrad|adjust|improv|increas)\\w* (?:your|the|this|that|its|their|his|her) ${W}{0,3}(?:review|feedback|rating|stars?)`, `(?:take|taking|bump|bumping) (?:down|up) (?:your|the|this|that) ${W}{0,2}(?:review|feedback|rating)`, `(?:have|get) (?:the|your|this|that) ${W}{0,2}(?:review|feedback|rating) (?:removed|deleted|changed|updated|taken down)`, '(?:update|change|raise|upgrade|bump) (?:it|this|that) (?:up )?to (?:5|five|4|four) stars?'],
  de: ['(?:bewertung|rezension|feedback|sternebewertung)(?: [^.!?]{0,40})? (?:entfern\\w*|losch\\w*|geloscht|andern|abandern|geandert|abgeandert|anpass\\w*|angepasst|aktualisier\\w*|uberarbeit\\w*|zuruckzu?zieh\\w*|zuruckgezogen|zurucknehm\\w*|korrigier\\w*|uberdenk\\w*|erhoh\\w*|nachbesser\\w*)', '(?:entfernen|loschen|andern|anpassen|aktualisieren|uberarbeiten|korrigieren) sie (?:bitte )?(?:ihre|die) (?:\\w+ )?(?:bewertung|rezension|feedback)'],
  fr: [`(?:supprimer|supprimez|modifier|modifiez|retirer|retirez|changer|changez|mettre a jour|revoir|revoyez|reconsiderer|corriger|ameliorer|actualiser|effacer|editer) (?:votre|le|la|cet|cette|ce|son|sa|vos|les|l') ?${W}{0,2}(?:avis|commentaires?|evaluations?|note|feedback|etoiles?)`, '(?:avis|commentaire|evaluation)(?: [^.!?]{0,30})? (?:supprime|modifie|retire|mis a jour)'],
  it: [`(?:rimuovere|rimuova|eliminare|elimini|modificare|modifichi|cambiare|cambi|aggiornare|aggiorni|rivedere|riveda|togliere|tolga|cancellare|cancelli|correggere|corregga|ritirare|ritiri|migliorare|alzare) (?:la sua|la tua|il suo|il tuo|la|il|questa|quella|le sue|le|l') ?${W}{0,2}(?:recensione|feedback|valutazione|commento|giudizio|stelle)`],
  es: [`(?:eliminar|elimine|borrar|borre|modificar|modifique|cambiar|cambie|actualizar|actualice|retirar|retire|quitar|quite|reconsiderar|corregir|editar|edite|mejorar|mejore|subir|suba) (?:su|tu|la|el|esa|ese|sus|esta|este|las) ${W}{0,2}(?:resena|valoracion|opinion|comentario|calificacion|feedback|estrellas)`],
  ja: ['(?:レビュー|評価|口コミ|フィードバック|星)[^。！？]{0,15}(?:削除|変更|修正|取り消|取消|書き換え|書き直|見直|更新|上げ)'],
  zh: ['(?:删除|删掉|修改|撤销|移除)(?:一下)?(?:差评|评价|评论|反馈)', '(?:改成|改为)(?:好评|五星)', '追评'],
});

/** Something of value ... */
const INCENTIVE = compile({
  en: ['refund(?:ed|s)?', 'reimburs\\w*', 'money back', 'cash ?back', 'gift ?cards?', 'vouchers?', 'coupons?', 'discount(?:ed)?', 'free (?:gift|product|item|sample|unit|one|bottle|case|accessory|replacement|shipping|upgrade)', 'for free', 'freebies?', 'rewards?', 'bonus', 'compensation', 'paypal', '(?:\\$|€|£) ?\\d+', '\\d+ ?(?:\\$|€|£|dollars?|euros?)', 'rebate', 'gift'],
  de: ['erstatt\\w*', 'ruckerstatt\\w*', 'gutschein\\w*', 'gutschrift', 'geld zuruck', 'gratis', 'kostenlos\\w*', 'geschenk\\w*', 'rabatt\\w*', 'belohn\\w*', 'pramie', '\\d+ ?(?:€|euro)', '€ ?\\d+', 'bonus'],
  fr: ['rembours\\w*', 'cartes? cadeaux?', 'cartes?-cadeaux?', 'cheques? cadeaux?', 'bons? d\'achat', 'cadeaux?', 'gratuit\\w*', 'reduction', 'remise', 'recompense\\w*', '\\d+ ?€', '€ ?\\d+', 'coupons?'],
  it: ['rimbors\\w*', 'buon[oi] (?:regalo|sconto|amazon|acquisto)', 'gift card', 'carta regalo', 'regal[oi]', 'omaggio', 'gratis', 'gratuit\\w*', 'sconto', 'premio', 'ricompens\\w*', '\\d+ ?€', '€ ?\\d+', 'coupon'],
  es: ['reembols\\w*', 'tarjetas? (?:de )?regalo', 'cheques? regalo', 'vales?', 'regalos?', 'obsequio', 'gratis', 'gratuit\\w*', 'descuento', 'cupon\\w*', 'recompensa', '\\d+ ?€', '€ ?\\d+', '\\$ ?\\d+'],
  ja: ['ギフト券', 'ギフトカード', 'プレゼント', '返金', '無料', '割引', 'クーポン', '特典', 'ポイント', 'キャッシュバック', '\\d+円', 'おまけ', '粗品'],
  zh: ['返现', '返款', '退款', '红包', '礼品卡', '免费', '赠品', '优惠'],
});
/** ... linked to writing a review. */
const INCENTIVE_LINK = compile({
  en: ['(?:leav|writ|post|submit|giv|shar|add)\\w*', 'in (?:exchange|return)', 'as a (?:small |little )?(?:thank[- ]?you|token|gesture|reward)', 'in appreciation', 'to thank you for (?:your|a|leaving|writing)', 'once you', 'after you'],
  de: ['hinterlass\\w*', 'schreib\\w*', 'verfass\\w*', 'abgeb\\w*', 'abzugeben', 'teilen', 'im gegenzug', 'als (?:kleines )?dankeschon', 'als dank', 'zum dank', 'als belohnung', 'fur (?:ihre|eine) (?:\\w+ )?(?:bewertung|rezension|feedback)'],
  fr: ['laiss\\w*', 'ecri\\w*', 'redig\\w*', 'publi\\w*', 'donn\\w*', 'partag\\w*', 'en echange', 'en remerciement', 'pour vous remercier', 'en contrepartie', 'pour (?:votre|chaque) avis'],
  it: ['lasci\\w*', 'scriv\\w*', 'pubblic\\w*', 'condivid\\w*', 'in cambio', 'come ringraziamento', 'per ringraziarl[ao]', 'per ringraziarti', 'per la sua recensione'],
  es: ['dej\\w*', 'escrib\\w*', 'publi\\w*', 'compart\\w*', 'a cambio', 'como agradecimiento', 'para agradecer\\w*', 'por su resena'],
  ja: ['方(?:には|に|全員)', 'お礼(?:に|として)', '引き換え', 'と交換', 'いただけ(?:まし)?たら', '頂け(?:まし)?たら', '後に', '書いて', '投稿(?:して|いただ|頂)'],
  zh: ['好评', '评价', '留评'],
});

/** "thank you for the 5-star review" acknowledges, it does not ask. */
const THANKED = /(?:thank(?:s| you) (?:so much |very much )?for (?:the|your)|danke fur (?:die|ihre)|vielen dank fur (?:die|ihre)|merci pour (?:votre|le|l'|cet)|grazie per (?:la|il)|gracias por (?:su|la))(?:\s+\S+){0,2}\s*$/;
/** "... review ... remove it": a pronoun standing for the review. */
const CHANGE_IT = compile({
  en: ['(?:remov|delet|chang|updat|revis|edit|withdr[ae]w|retract|reconsider|tak)\\w* (?:it|them)(?: down)?'],
  de: ['(?:sie|es|diese) (?:bitte )?(?:entfernen|loschen|andern|anpassen|zuruckziehen)'],
  fr: ['(?:le|la|les) (?:supprimer|modifier|retirer|changer)'],
  it: ['(?:rimuoverl[ao]|eliminarl[ao]|modificarl[ao]|cambiarl[ao])'],
  es: ['(?:eliminarl[ao]|borrarl[ao]|modificarl[ao]|cambiarl[ao]|quitarl[ao])'],
});

function within(re: RegExp, s: string): boolean { return test(re, s); }

export const reviewManipulation: Rule = {
  id: 'review-manipulation',
  check(_text, _ctx, a) {
    const out: Finding[] = [];
    const add = (s: number, e: number, code: string) => {
      if (out.some((f) => f.start < (a.ends[e - 1] ?? 0) && f.end > (a.starts[s] ?? 0))) return;
      out.push(finding(a, this.id, 'block', s, e, code));
    };
    for (const [s, e] of spans(POSITIVE, a.norm)) {
      if (THANKED.test(a.norm.slice(Math.max(0, s - 30), s))) continue;
      // "5 star hotel set" describes a product: star counts need a rating context in the sentence
      const [ss, se] = sentenceAt(a, s);
      if (/^(?:5|five|funf|cinq|cinque|cinco)\b/.test(a.norm.slice(s, e)) && !test(STAR_CONTEXT, a.norm.slice(ss, se))) continue;
      add(s, e, 'reviewPositive');
    }
    for (const [s, e] of spans(GATING, a.norm)) add(s, e, 'reviewGating');
    for (const [s, e] of spans(CHANGE, a.norm)) add(s, e, 'reviewChange');
    const aboutReviews = within(REVIEW, a.norm);
    if (aboutReviews) {
      for (const [s, e] of spans(CONTACT_FIRST, a.norm)) add(s, e, 'reviewContactFirst');
      happyOnly(a, add);
      for (const [ss, se] of a.sentences) {
        const sentence = a.norm.slice(ss, se);
        if (!/negati|bad|poor|low|1-star|one-star|schlecht|mauvais|cattiv|mala|critical|kritisch/.test(sentence) || !within(REVIEW, sentence)) continue;
        for (const [s, e] of spans(CHANGE_IT, a.norm, ss, se)) if (e <= se) add(s, e, 'reviewChange');
      }
      for (const [ss, se] of a.sentences) {
        const sentence = a.norm.slice(ss, se);
        if (within(REVIEW, sentence) && within(INCENTIVE, sentence) && within(INCENTIVE_LINK, sentence)) {
          const lead = sentence.length - sentence.trimStart().length;
          add(ss + lead, se, 'reviewIncentive');
        }
      }
    }
    return out.sort((x, y) => x.start - y.start);
  },
};

/** A satisfaction condition with a review word in the same or the next sentence. */
function happyOnly(a: Analysed, add: (s: number, e: number, m: string) => void): void {
  for (const [s, e] of spans(HAPPY_IF, a.norm)) {
    const i = a.sentences.findIndex(([x, y]) => s >= x && s < y);
    const from = a.sentences[i]?.[0] ?? 0;
    const to = a.sentences[i + 1]?.[1] ?? a.sentences[i]?.[1] ?? a.norm.length;
    const hits = spans(REVIEW, a.norm, from, to).filter(([x]) => x < to);
    if (hits.length === 0) continue;
    const first = Math.min(s, ...hits.map(([x]) => x));
    const last = Math.max(e, ...hits.filter(([x]) => x >= s || x < s).map(([, y]) => y).filter((y) => y <= to));
    add(first, Math.min(last, to), 'reviewHappyOnly');
  }
}

import { compile, finding, spans } from '../phrases';
import type { Rule } from '../types';

const NOT_VIA_AMAZON = '(?!\\s+(?:via|through|over|using|in|on|here|per|uber|sur|par|su|tramite|por|a traves de)\\s+(?:amazon|this|these|diese[rnm]?|cette|ce|questa|questo|este|esta))';
const CHANNELS = compile({
  any: ['whats\\s?app', 'wechat', 'weixin', 'telegram', 'viber', 'skype', 'facebook', 'fb messenger', 'instagram', 'insta', 'tiktok', 'twitter', 'pinterest', 'youtube', 'linkedin', 'snapchat', 'kakao ?talk', 'paypal', 'discord', 'signal app', 'line (?:id|app|account)', 'qq'],
  en: [`(?:contact|reach|email|e-mail|call|ring|phone|message|write to|text) (?:us|me) directly${NOT_VIA_AMAZON}`, `directly (?:contact|reach|email|message) us${NOT_VIA_AMAZON}`,
    '(?:on|via|through|at|visit) our (?:own )?(?:web ?site|homepage|home page|online (?:shop|store)|web shop|webshop|blog)', 'our (?:official )?(?:web ?site|homepage|webshop)',
    'outside (?:of )?amazon', 'off amazon', '(?:add|find|message|contact) (?:us|me) on (?:line|signal)', 'our (?:social media|socials)', 'private (?:email|e-mail|number)', 'personal (?:email|e-mail)'],
  de: [`(?:kontaktieren|erreichen|kontaktiere) sie uns (?:bitte |gerne )?direkt${NOT_VIA_AMAZON}`, `direkt (?:bei|an) uns (?:melden|wenden)`, 'uns direkt (?:kontaktieren|anschreiben|anrufen|schreiben)',
    '(?:auf|uber|in|besuchen sie) unse(?:re|rer|ren|rem|r) (?:eigene[nr]? )?(?:webseite|website|homepage|internetseite|online-?shop|webshop)', 'unse(?:re|rer|ren|r) (?:webseite|website|homepage|internetseite|webshop)',
    'ausserhalb (?:von )?amazon', 'per (?:e-?mail|mail) direkt'],
  fr: [`contactez-nous directement${NOT_VIA_AMAZON}`, `nous contacter directement${NOT_VIA_AMAZON}`, '(?:sur|via|visitez) notre (?:propre )?(?:site|boutique en ligne|page)', 'notre site (?:web|internet)', 'en dehors d\'amazon', 'hors d\'amazon'],
  it: [`(?:contattarci|ci contatti|contattateci|scriveteci) direttamente${NOT_VIA_AMAZON}`, '(?:sul|visiti il|visita il) nostro (?:sito|negozio online|e-shop)', 'il nostro sito(?: web| internet)?', 'al di fuori di amazon', 'fuori da amazon'],
  es: [`(?:contactenos|contacte con nosotros|escribanos|llamenos|contactarnos) directamente${NOT_VIA_AMAZON}`, '(?:en|visite) nuestr[ao] (?:pagina web|web|sitio web|tienda online|pagina)', 'nuestro sitio web', 'nuestra pagina web', 'fuera de amazon'],
  ja: ['(?<![a-z])line(?:で|に|の|から|id|公式|アカウント|友だち|友達)', '(?<!生産|製造|商品|製品|ネット|オン)ライン(?:で|id|公式|アカウント)', '直接(?:ご連絡|連絡|お問い合わせ|メール|お電話)', '(?:当店|弊社|当社)の?(?:ホームページ|公式サイト|公式ショップ|サイト|ウェブサイト|ネットショップ)', '公式サイト', '自社サイト', 'アマゾン外', 'amazon外'],
  zh: ['微信', '加我', 'qq号', '脸书', '电报', '私下联系', '直接联系我们'],
});

export const offAmazonChannel: Rule = {
  id: 'off-amazon-channel',
  check(_text, _ctx, a) {
    return spans(CHANNELS, a.norm).map(([s, e]) => finding(a, this.id, 'block', s, e, 'offAmazon'));
  },
};

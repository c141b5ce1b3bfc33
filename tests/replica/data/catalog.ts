/** Product names and colours in every message language, per account. Order: en, de, fr, it, es, ja. */
import type { Language } from '../../../lib/model';

export type Words = readonly [en: string, de: string, fr: string, it: string, es: string, ja: string];
export const LANG_INDEX: Record<Language, number> = { en: 0, de: 1, fr: 2, it: 3, es: 4, ja: 5 };
export const word = (w: Words, lang: Language): string => w[LANG_INDEX[lang]] as string;

export interface CatalogEntry { code: string; name: Words; priceUsd: number; detail?: Words }

export const LUMEN_CATALOG: readonly CatalogEntry[] = [
  { code: 'LMP', name: ['Ceramic Table Lamp', 'Keramik-Tischlampe', 'Lampe de table en céramique', 'Lampada da tavolo in ceramica', 'Lámpara de mesa de cerámica', 'セラミック テーブルランプ'], priceUsd: 49.99, detail: ['with linen shade, E26', 'mit Leinenschirm, E27', 'avec abat-jour en lin, E27', 'con paralume in lino, E27', 'con pantalla de lino, E27', 'リネンシェード付き E26'] },
  { code: 'CSH', name: ['Linen Cushion Cover', 'Leinen-Kissenbezug', 'Housse de coussin en lin', 'Federa per cuscino in lino', 'Funda de cojín de lino', 'リネン クッションカバー'], priceUsd: 19.99, detail: ['45 x 45 cm, set of 2', '45 x 45 cm, 2er-Set', '45 x 45 cm, lot de 2', '45 x 45 cm, set da 2', '45 x 45 cm, pack de 2', '45×45cm 2枚セット'] },
  { code: 'BMT', name: ['Bamboo Bath Mat', 'Badematte aus Bambus', 'Tapis de bain en bambou', 'Tappetino da bagno in bambù', 'Alfombrilla de baño de bambú', '竹製バスマット'], priceUsd: 29.99 },
  { code: 'JAR', name: ['Glass Storage Jars', 'Vorratsgläser aus Glas', 'Bocaux de conservation en verre', 'Barattoli in vetro', 'Tarros de almacenamiento de vidrio', 'ガラス保存容器'], priceUsd: 24.5, detail: ['set of 3, airtight lids', '3er-Set, luftdichte Deckel', 'lot de 3, couvercles hermétiques', 'set da 3, coperchi ermetici', 'juego de 3, tapas herméticas', '3個セット 密閉蓋'] },
  { code: 'THR', name: ['Knitted Throw Blanket', 'Strick-Kuscheldecke', 'Plaid en tricot', 'Plaid in maglia', 'Manta de punto', 'ニット ブランケット'], priceUsd: 39.99, detail: ['130 x 170 cm', '130 x 170 cm', '130 x 170 cm', '130 x 170 cm', '130 x 170 cm', '130×170cm'] },
  { code: 'CDL', name: ['Soy Wax Candle', 'Sojawachs-Kerze', 'Bougie à la cire de soja', 'Candela in cera di soia', 'Vela de cera de soja', 'ソイワックス キャンドル'], priceUsd: 16.99 },
  { code: 'MUG', name: ['Stoneware Mug Set', 'Steingut-Tassenset', 'Set de mugs en grès', 'Set di tazze in gres', 'Juego de tazas de gres', '陶器マグカップセット'], priceUsd: 32.0, detail: ['4 x 350 ml', '4 x 350 ml', '4 x 350 ml', '4 x 350 ml', '4 x 350 ml', '350ml×4個'] },
  { code: 'CLK', name: ['Silent Wall Clock', 'Lautlose Wanduhr', 'Horloge murale silencieuse', 'Orologio da parete silenzioso', 'Reloj de pared silencioso', '静音 壁掛け時計'], priceUsd: 27.99, detail: ['30 cm', '30 cm', '30 cm', '30 cm', '30 cm', '30cm'] },
  { code: 'RUG', name: ['Cotton Area Rug', 'Baumwollteppich', 'Tapis en coton', 'Tappeto in cotone', 'Alfombra de algodón', 'コットン ラグ'], priceUsd: 69.0, detail: ['120 x 180 cm', '120 x 180 cm', '120 x 180 cm', '120 x 180 cm', '120 x 180 cm', '120×180cm'] },
  { code: 'DIF', name: ['Aroma Diffuser', 'Aroma-Diffusor', "Diffuseur d'arômes", 'Diffusore di aromi', 'Difusor de aromas', 'アロマディフューザー'], priceUsd: 34.99, detail: ['300 ml, 7 LED colours', '300 ml, 7 LED-Farben', '300 ml, 7 couleurs LED', '300 ml, 7 colori LED', '300 ml, 7 colores LED', '300ml 7色LED'] },
  { code: 'SHF', name: ['Floating Wall Shelf', 'Schwebendes Wandregal', 'Étagère murale flottante', 'Mensola da parete sospesa', 'Estante de pared flotante', 'ウォールシェルフ'], priceUsd: 22.99, detail: ['60 cm, oak', '60 cm, Eiche', '60 cm, chêne', '60 cm, rovere', '60 cm, roble', '60cm オーク'] },
  { code: 'TWL', name: ['Turkish Cotton Towel Set', 'Handtuchset aus türkischer Baumwolle', 'Parure de serviettes en coton turc', 'Set di asciugamani in cotone turco', 'Juego de toallas de algodón turco', 'トルコ綿 タオルセット'], priceUsd: 44.99 },
];

export const KIRIN_CATALOG: readonly CatalogEntry[] = [
  { code: 'TNT', name: ['Ultralight 2-Person Tent', 'Ultraleichtes 2-Personen-Zelt', 'Tente ultralégère 2 personnes', 'Tenda ultraleggera per 2 persone', 'Tienda ultraligera para 2 personas', '超軽量 2人用テント'], priceUsd: 189.0 },
  { code: 'SLB', name: ['Down Sleeping Bag', 'Daunenschlafsack', 'Sac de couchage en duvet', 'Sacco a pelo in piuma', 'Saco de dormir de plumón', 'ダウン寝袋'], priceUsd: 149.0, detail: ['comfort -5 °C', 'Komfort -5 °C', 'confort -5 °C', 'comfort -5 °C', 'confort -5 °C', '快適温度 -5℃'] },
  { code: 'HLP', name: ['Rechargeable Headlamp', 'Wiederaufladbare Stirnlampe', 'Lampe frontale rechargeable', 'Lampada frontale ricaricabile', 'Linterna frontal recargable', '充電式ヘッドランプ'], priceUsd: 29.99, detail: ['400 lumen, USB-C', '400 Lumen, USB-C', '400 lumens, USB-C', '400 lumen, USB-C', '400 lúmenes, USB-C', '400ルーメン USB-C'] },
  { code: 'TRP', name: ['Carbon Trekking Poles', 'Carbon-Trekkingstöcke', 'Bâtons de randonnée en carbone', 'Bastoncini da trekking in carbonio', 'Bastones de trekking de carbono', 'カーボン トレッキングポール'], priceUsd: 79.0 },
  { code: 'BTL', name: ['Insulated Water Bottle', 'Isolierte Trinkflasche', "Gourde isotherme", 'Borraccia termica', 'Botella térmica', '真空断熱ボトル'], priceUsd: 24.99, detail: ['750 ml', '750 ml', '750 ml', '750 ml', '750 ml', '750ml'] },
  { code: 'STV', name: ['Compact Camping Stove', 'Kompakter Campingkocher', 'Réchaud de camping compact', 'Fornello da campeggio compatto', 'Hornillo de camping compacto', 'コンパクト シングルバーナー'], priceUsd: 39.99 },
  { code: 'BPK', name: ['Hiking Backpack 30 L', 'Wanderrucksack 30 L', 'Sac à dos de randonnée 30 L', 'Zaino da escursionismo 30 L', 'Mochila de senderismo 30 L', '登山用バックパック 30L'], priceUsd: 89.0 },
  { code: 'JKT', name: ['Waterproof Rain Jacket', 'Wasserdichte Regenjacke', 'Veste de pluie imperméable', 'Giacca antipioggia impermeabile', 'Chaqueta impermeable', '防水レインジャケット'], priceUsd: 119.0 },
];

export const COLOURS: readonly { hex: string; name: Words }[] = [
  { hex: '#2f6f8f', name: ['Ocean Blue', 'Ozeanblau', 'Bleu océan', 'Blu oceano', 'Azul océano', 'オーシャンブルー'] },
  { hex: '#c8553d', name: ['Terracotta', 'Terrakotta', 'Terre cuite', 'Terracotta', 'Terracota', 'テラコッタ'] },
  { hex: '#6a994e', name: ['Sage Green', 'Salbeigrün', 'Vert sauge', 'Verde salvia', 'Verde salvia', 'セージグリーン'] },
  { hex: '#3d3d3d', name: ['Charcoal', 'Anthrazit', 'Anthracite', 'Antracite', 'Antracita', 'チャコール'] },
  { hex: '#e9c46a', name: ['Mustard', 'Senfgelb', 'Moutarde', 'Senape', 'Mostaza', 'マスタード'] },
  { hex: '#f4f1de', name: ['Natural White', 'Naturweiß', 'Blanc naturel', 'Bianco naturale', 'Blanco natural', 'ナチュラルホワイト'] },
];

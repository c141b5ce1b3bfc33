/** Per-message cost of the classifier and the policy check, in Chromium (median of 7 rounds). */
import { classifyMessage } from '../../../lib/classify';
import { modelFromJson } from '../../../lib/classify/model/weights-file';
// bundled into the bench page (the extension fetches this file instead: components/background/package-file.ts)
import weights from '../../../public/classifier/weights.json';
import { checkMessage } from '../../../lib/policy';
import { median } from '../stats';

const SAMPLES = [
  'Hello, where is my order 111-1234567-1234567? It was supposed to arrive yesterday. Thanks, Anna',
  'Guten Tag, ich möchte den Artikel zurückgeben, er ist leider beschädigt angekommen. Bitte um Erstattung.',
  'Bonjour, pouvez-vous annuler ma commande ? Je me suis trompé de taille. Merci beaucoup.',
  'Buongiorno, avrei bisogno della fattura per l\'ordine, intestata alla mia azienda. Grazie.',
  'Hola, ¿este producto es compatible con el modelo anterior? Gracias de antemano.',
  '注文した商品がまだ届いていません。配送状況を確認していただけますか。よろしくお願いします。',
];
const REPLY = 'Hello Anna, thank you for your message. We have shipped a replacement at no cost; it should arrive by Thursday. '.repeat(9).slice(0, 1000);

function perCall(fn: (i: number) => void, calls: number): number {
  for (let i = 0; i < 200; i++) fn(i);
  const rounds: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) fn(i);
    rounds.push((performance.now() - t) / calls);
  }
  return median(rounds);
}

const MODEL = modelFromJson(weights);

(globalThis as Record<string, unknown>).__bench = () => ({
  classify: perCall((i) => classifyMessage(MODEL, SAMPLES[i % SAMPLES.length]! + i), 3_000),
  policy: perCall((i) => checkMessage(REPLY + i, { kind: 'proactive', marketplace: 'DE' }), 1_000),
});

/**
 * The classifier's weights file (public/classifier/weights.json, written by `npm run train:classifier`): its
 * valibot schema and the check that turns its JSON text into a model. The file ships as a packaged extension file
 * (not in the background script: it is most of its size), loaded on the first classification (load.ts).
 * Every failure names the file and the field.
 */
import * as v from 'valibot';
import { isStrictBase64, base64ToBytes } from '../../base64.ts';
import { DIM } from './features.ts';
import { MODEL_LABELS, type LinearModel } from './linear.ts';

/** The file's path inside the extension package (and under public/ in the sources). */
export const WEIGHTS_FILE = 'classifier/weights.json';

export const WeightsFileSchema = v.object({
  /** DIM the weights were trained with */
  dim: v.literal(DIM, `expected ${DIM} (the features' DIM): run npm run train:classifier`),
  /** the model's labels, in the order of MODEL_LABELS (the weights are label-major) */
  labels: v.pipe(
    v.array(v.string()),
    v.check((l) => l.length === MODEL_LABELS.length && l.every((x, i) => x === MODEL_LABELS[i]), `expected ${MODEL_LABELS.join(', ')}: run npm run train:classifier`),
  ),
  /** weight = int8 * scale */
  scale: v.pipe(v.number(), v.finite(), v.minValue(0)),
  bias: v.array(v.pipe(v.number(), v.finite())),
  /** base64 of labels.length * dim int8 values, label-major */
  weights: v.pipe(v.string(), v.check(isStrictBase64, 'expected base64')),
  /** sha-256 of the training rows, to notice a corpus changed without a retrain */
  corpusHash: v.string(),
  trainedOn: v.number(),
});

export type WeightsFile = v.InferOutput<typeof WeightsFileSchema>;

/** A weights file that cannot be used: `file` and `field` say where, the message what. */
export class WeightsFileError extends Error {
  constructor(readonly file: string, readonly field: string, problem: string) {
    super(`${file}: ${field ? `field "${field}": ` : ''}${problem}`);
    this.name = 'WeightsFileError';
  }
}

/** The model from the file's parsed JSON; throws WeightsFileError naming the file and the field. */
export function modelFromJson(json: unknown, file = WEIGHTS_FILE): LinearModel {
  const r = v.safeParse(WeightsFileSchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    throw new WeightsFileError(file, v.getDotPath(issue) ?? '', issue.message);
  }
  const f = r.output;
  if (f.bias.length !== f.labels.length) throw new WeightsFileError(file, 'bias', `${f.bias.length} values, expected one per label (${f.labels.length})`);
  const bytes = base64ToBytes(f.weights);
  if (bytes.length !== f.labels.length * f.dim) {
    throw new WeightsFileError(file, 'weights', `${bytes.length} weights, expected ${f.labels.length * f.dim} (labels x dim)`);
  }
  return { dim: f.dim, labels: f.labels, scale: f.scale, bias: f.bias, weights: new Int8Array(bytes.buffer) };
}

/** The model from the file's text (JSON.parse errors become a WeightsFileError too). */
export function modelFromText(text: string, file = WEIGHTS_FILE): LinearModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new WeightsFileError(file, '', `not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return modelFromJson(json, file);
}

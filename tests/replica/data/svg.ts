/** Product images: a coloured tile, a simple shape and the product's initials, as SVG text. */
import type { ReplicaProduct } from './types';

const shapeMarkup = (shape: ReplicaProduct['shape']): string => {
  switch (shape) {
    case 'circle': return '<circle cx="100" cy="92" r="58" fill="#ffffff" fill-opacity="0.35"/>';
    case 'square': return '<rect x="48" y="40" width="104" height="104" rx="10" fill="#ffffff" fill-opacity="0.35"/>';
    case 'triangle': return '<polygon points="100,30 162,146 38,146" fill="#ffffff" fill-opacity="0.35"/>';
    case 'diamond': return '<polygon points="100,28 164,92 100,156 36,92" fill="#ffffff" fill-opacity="0.35"/>';
  }
};

/** Initials are [A-Z0-9] only, so nothing needs escaping; anything else is dropped. */
export const productSvg = (product: Pick<ReplicaProduct, 'color' | 'shape' | 'initials' | 'asin'>): string => {
  const initials = product.initials.replace(/[^A-Z0-9]/g, '').slice(0, 3);
  const dark = product.color === '#f4f1de' || product.color === '#e9c46a';
  const ink = dark ? '#333333' : '#ffffff';
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">',
    `<rect width="200" height="200" fill="${product.color}"/>`,
    shapeMarkup(product.shape),
    `<text x="100" y="108" font-family="Arial, Helvetica, sans-serif" font-size="44" font-weight="700" text-anchor="middle" fill="${ink}">${initials}</text>`,
    `<text x="100" y="186" font-family="monospace" font-size="13" text-anchor="middle" fill="${ink}" fill-opacity="0.8">${product.asin.replace(/[^A-Z0-9]/g, '')}</text>`,
    '</svg>',
  ].join('');
};

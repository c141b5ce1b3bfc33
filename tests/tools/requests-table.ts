/**
 * Writes the README's "Requests the extension makes" table from lib/seller-central/requests.ts (between
 * `<!-- requests:start -->` and `<!-- requests:end -->`). tests/unit/seller-central-requests.test.ts checks it.
 *   npx tsx tests/tools/requests-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requestsTable } from '../../lib/seller-central/request-notes';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const text = readFileSync(README, 'utf8');
const re = /(<!-- requests:start -->\n)[\s\S]*?(<!-- requests:end -->)/;
if (!re.test(text)) throw new Error('README.md has no <!-- requests:start --> … <!-- requests:end --> section');
writeFileSync(README, text.replace(re, (_all, start: string, end: string) => `${start}${requestsTable()}\n${end}`));
console.log('README.md: requests table written');

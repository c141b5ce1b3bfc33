/**
 * parsePageRequest (lib/protocol/page-request.ts) reads the popup's requests without valibot (the page UI's start
 * part): it must answer what the valibot table (parseWith over PAGE_MESSAGES) answers, for good and bad messages.
 */
import { PAGE_MESSAGES } from '../../lib/protocol/page-messages';
import { parsePageRequest, PAGE_REQUEST_TYPES } from '../../lib/protocol/page-request';
import { parseWith } from '../../lib/protocol/parse-with';

describe('parsePageRequest', () => {
  it('knows the same types as PAGE_MESSAGES', () => {
    expect([...PAGE_REQUEST_TYPES].sort()).toEqual(Object.keys(PAGE_MESSAGES).sort());
  });

  it.each([
    { type: 'page/check' }, { type: 'page/save-sample', extra: 1 }, { type: 'page/nope' }, { type: 'threads/list' },
    { type: 7 }, {}, 'page/check', null, [], 3, undefined, { type: 'x'.repeat(100) },
  ])('answers %j as the valibot table does', (message) => {
    expect(parsePageRequest(message)).toEqual(parseWith(PAGE_MESSAGES, message));
  });
});

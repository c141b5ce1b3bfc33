vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: undefined, sendMessage: vi.fn() } } }));

import { ExtensionContextInvalidatedError, RequestFailedError, sendRequest, type RuntimeLike } from '../../components/messaging';

const runtime = (reply: () => Promise<unknown>, id: string | null = 'ext'): RuntimeLike =>
  ({ id: id ?? undefined, sendMessage: vi.fn(reply) });

describe('sendRequest', () => {
  it('resolves with the typed response', async () => {
    const rt = runtime(async () => ({ ok: true, version: '1.0.0' }));
    const r = await sendRequest({ type: 'ping' }, rt);
    expect(r.version).toBe('1.0.0');
    expect(rt.sendMessage).toHaveBeenCalledWith({ type: 'ping' });
  });

  it('throws RequestFailedError with the code of an error response', async () => {
    const rt = runtime(async () => ({ error: { code: 'storage-quota', message: 'full' } }));
    const err = await sendRequest({ type: 'counts/list' }, rt).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestFailedError);
    expect(err).toMatchObject({ code: 'storage-quota', requestType: 'counts/list' });
  });

  it('throws ExtensionContextInvalidatedError after an extension reload', async () => {
    const invalidated = runtime(async () => { throw new Error('Extension context invalidated.'); });
    await expect(sendRequest({ type: 'ping' }, invalidated)).rejects.toBeInstanceOf(ExtensionContextInvalidatedError);
    await expect(sendRequest({ type: 'ping' }, runtime(async () => ({}), null))).rejects.toBeInstanceOf(ExtensionContextInvalidatedError);
    // default runtime: the (mocked) polyfill's runtime has no id once the extension is gone
    await expect(sendRequest({ type: 'ping' })).rejects.toBeInstanceOf(ExtensionContextInvalidatedError);
  });

  it('reports a missing response and other transport errors as RequestFailedError', async () => {
    await expect(sendRequest({ type: 'ping' }, runtime(async () => undefined))).rejects.toMatchObject({ code: 'no-response' });
    await expect(sendRequest({ type: 'ping' }, runtime(async () => { throw new Error('weird'); }))).rejects.toMatchObject({ code: 'internal' });
  });
});

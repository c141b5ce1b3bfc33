import { describe, expect, it } from 'vitest';
import { PAGE_ACTION_NAMES, parsePageActionReply, parsePageActionRun } from '../../lib/protocol/page-actions';
import { PAGE_ACTION_REGISTRY } from '../../components/page-actions/registry';

const CASE = '0b8a7c52-3a0e-4f7e-9a43-6f1c2b7d9e10';

describe('page action messages', () => {
  it('every declared action has its code, under its own name', () => {
    for (const name of PAGE_ACTION_NAMES) expect(PAGE_ACTION_REGISTRY[name].name).toBe(name);
  });

  it('a run request: a known action with valid args, else what and where', () => {
    expect(parsePageActionRun({ type: 'page-action/run', name: 'case-reply', args: { caseId: CASE, text: 'Hello' } }))
      .toEqual({ ok: true, run: { type: 'page-action/run', name: 'case-reply', args: { caseId: CASE, text: 'Hello' } } });
    expect(parsePageActionRun({ type: 'page-action/run', name: 'rm-rf', args: {} })).toMatchObject({ ok: false, error: expect.stringContaining('unknown page action "rm-rf"') });
    expect(parsePageActionRun({ type: 'page-action/run', name: 'case-reply', args: { caseId: 'x', text: '' } }))
      .toMatchObject({ ok: false, error: expect.stringMatching(/^case-reply args: caseId: .*; text: /) });
    expect(parsePageActionRun({ type: 'other' })).toMatchObject({ ok: false });
    expect(parsePageActionRun(null)).toMatchObject({ ok: false });
  });

  it('a reply: the answer against its schema, or a known block', () => {
    expect(parsePageActionReply('case-reply', { type: 'page-action/reply', ok: true, answer: { result: 'sent', caseId: CASE } }))
      .toEqual({ ok: true, reply: { type: 'page-action/reply', ok: true, answer: { result: 'sent', caseId: CASE } } });
    expect(parsePageActionReply('case-read', { type: 'page-action/reply', ok: true, answer: { messages: [{ sender: 'someone', text: '' }], textFound: true } }))
      .toMatchObject({ ok: false, error: expect.stringContaining('case-read answer: messages[0].sender') });
    expect(parsePageActionReply('case-read', { type: 'page-action/reply', ok: false, blocked: 'captcha', detail: 'captcha page: /ap/cvf' }))
      .toEqual({ ok: true, reply: { type: 'page-action/reply', ok: false, blocked: 'captcha', detail: 'captcha page: /ap/cvf' } });
    expect(parsePageActionReply('case-read', { type: 'page-action/reply', ok: false, blocked: 'timeout', detail: '' })).toMatchObject({ ok: false });
  });
});

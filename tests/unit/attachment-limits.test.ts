/** Amazon's attachment limits (lib/seller-central/attachment-limits.ts): 10 MB, the accepted types. */
import { describe, expect, it } from 'vitest';
import { attachmentProblem, attachmentProblemText, ATTACHMENT_MAX_BYTES } from '../../lib/seller-central/attachment-limits';

describe('attachment limits', () => {
  it('accepts the listed types up to 10 MB, by name, with a type that agrees or none', () => {
    expect(attachmentProblem({ name: 'manual.pdf', type: 'application/pdf', size: ATTACHMENT_MAX_BYTES })).toBeUndefined();
    expect(attachmentProblem({ name: 'Photo.JPG', type: 'image/jpeg', size: 10 })).toBeUndefined();
    expect(attachmentProblem({ name: 'notes.txt', type: '', size: 10 })).toBeUndefined();
    expect(attachmentProblem({ name: 'letter.docx', type: 'application/octet-stream', size: 10 })).toBeUndefined();
  });
  it('refuses larger files, other types, a type that contradicts the name, and empty files', () => {
    expect(attachmentProblem({ name: 'big.pdf', type: 'application/pdf', size: ATTACHMENT_MAX_BYTES + 1 })).toEqual({ kind: 'too-large', name: 'big.pdf', size: ATTACHMENT_MAX_BYTES + 1, max: ATTACHMENT_MAX_BYTES });
    expect(attachmentProblem({ name: 'setup.exe', type: 'application/x-msdownload', size: 10 })?.kind).toBe('wrong-type');
    expect(attachmentProblem({ name: 'archive.zip', type: '', size: 10 })?.kind).toBe('wrong-type');
    expect(attachmentProblem({ name: 'noextension', type: 'application/pdf', size: 10 })?.kind).toBe('wrong-type');
    expect(attachmentProblem({ name: 'invoice.pdf', type: 'image/png', size: 10 })?.kind).toBe('wrong-type');
    expect(attachmentProblem({ name: 'empty.pdf', type: 'application/pdf', size: 0 })?.kind).toBe('empty');
  });
  it('says what and why', () => {
    expect(attachmentProblemText({ kind: 'too-large', name: 'big.pdf', size: 11 * 1024 * 1024, max: ATTACHMENT_MAX_BYTES })).toBe('big.pdf is 11.0 MB: Amazon accepts up to 10 MB per message');
    expect(attachmentProblemText({ kind: 'wrong-type', name: 'a.zip', type: 'application/zip' })).toMatch(/^a\.zip \(application\/zip\) is not a file type Amazon accepts \(\.jpg, \.jpeg, \.gif, \.png, \.pdf, \.txt, \.doc, \.docx\)$/);
  });
});

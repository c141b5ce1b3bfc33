/**
 * A template's stored file into the reply box's own attachment input (the page's attachment list shows it; the seller
 * removes it there like any file they picked). Amazon's limits (10 MB, the accepted types) are checked first: a file
 * that Amazon would refuse never reaches the page, and the picker says why.
 */
import { sendRequest } from '../../messaging';
import { t } from '../../page/i18n';
import { attachmentProblem, ACCEPTED_EXTENSIONS_TEXT, formatFileSize, type AttachmentProblem } from '../../../lib/seller-central/attachment-limits';
import { fileInputIn, putFileInInput, showsFileName } from '../../../lib/seller-central/page-file';
import type { InsertOutcome } from './Picker';

export function attachmentRefusal(p: AttachmentProblem): string {
  switch (p.kind) {
    case 'too-large': return t('attachTooLarge', '$1 is $2: Amazon accepts files up to 10 MB. Choose a smaller file for this template in Options.', [p.name, formatFileSize(p.size)]);
    case 'wrong-type': return t('attachWrongType', '$1 is not a file type Amazon accepts ($2). Choose another file for this template in Options.', [p.name, ACCEPTED_EXTENSIONS_TEXT]);
    case 'empty': return t('attachEmpty', '$1 is empty. Choose another file for this template in Options.', [p.name]);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Attaches the template's file, if it has one, to the reply box around `root`. */
export async function attachTemplateFile(templateId: string, root: ParentNode): Promise<InsertOutcome> {
  const { file } = await sendRequest({ type: 'templates/attachment', templateId });
  if (!file) return { ok: true };
  const problem = attachmentProblem(file);
  if (problem) return { ok: false, error: attachmentRefusal(problem) };
  const input = fileInputIn(root);
  if (!input || !putFileInInput(input, file)) {
    return { ok: false, error: t('attachNoInput', 'This reply box has no attachment input: $1 was not attached.', [file.name]) };
  }
  for (let waited = 0; waited < 3_000; waited += 100) {
    if (showsFileName(root, file.name)) return { ok: true };
    await sleep(100);
  }
  return { ok: false, error: t('attachNotShown', 'The reply box did not take $1: attach it with the page’s own button.', [file.name]) };
}

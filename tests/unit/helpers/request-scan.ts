/**
 * What the extension's sources request, read from their syntax (the TypeScript parser, so comments never count):
 * - every string or template literal that holds a Seller Central-style path (`/messaging/…`, `https://${host}/…`),
 *   with `${…}` written as `{}`;
 * - every call that makes a request or loads a page: `fetch(`, `tabs.create(`, `tabs.update(`, `windows.create(`,
 *   `location.assign(` / `.replace(`, `runPageAction(`.
 */
import ts from 'typescript';
import { SELLER_CENTRAL_HOSTS } from '../../../lib/seller-central/hosts';

export interface PathLiteral { file: string; line: number; path: string }
export interface RequestCall { file: string; line: number; call: string }

const CALLS = /(^|\.)(fetch|tabs\.create|tabs\.update|windows\.create|location\.assign|location\.replace|runPageAction)$/;

/**
 * The path of a literal (`/a/b`, `https://<Seller Central host>/a/b`, `https://{}/a/b`), query and fragment cut off;
 * undefined for anything else (another site's links, such as the retail site's product pages in templates).
 */
export function pathOfLiteral(text: string): string | undefined {
  const m = /^(?:https?:\/\/([^/]*))?(\/[A-Za-z][^?#\s]*)/.exec(text);
  const host = m?.[1];
  if (host !== undefined && host !== '{}' && !SELLER_CENTRAL_HOSTS.includes(host.toLowerCase())) return undefined;
  return m?.[2];
}

export function scanSource(file: string, source: string): { paths: PathLiteral[]; calls: RequestCall[] } {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const paths: PathLiteral[] = [];
  const calls: RequestCall[] = [];
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const literal = (n: ts.Node, text: string): void => {
    const path = pathOfLiteral(text);
    if (path) paths.push({ file, line: lineOf(n), path });
  };
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) literal(n, n.text);
    else if (ts.isTemplateExpression(n)) literal(n, n.head.text + n.templateSpans.map((s) => `{}${s.literal.text}`).join(''));
    else if (ts.isCallExpression(n)) {
      const callee = n.expression.getText(sf).replace(/\s+/g, '').replace(/\?\./g, '.');
      if (CALLS.test(callee)) calls.push({ file, line: lineOf(n), call: callee });
    }
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return; // module specifiers are no requests
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { paths, calls };
}

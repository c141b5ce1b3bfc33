/**
 * Vite plugin for the on-demand part of the page UI only (wxt.config.ts adds it to that build): React and the
 * start part's shared modules (components/page/on-demand/shared-keys.ts) are not bundled again but read from the
 * global that the start part sets (components/page/on-demand/expose.ts), so both parts run on one React and one copy
 * of each stateful module. Importing another start-part module of components/ stops the build with what to do.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { ALSO_IN_START, ON_DEMAND_SOURCES, PAGE_UI_SHARED, SHARED_FILES, SHARED_PACKAGES } from '../components/page/on-demand/shared-keys';

const VIRTUAL = '\0seller-inbox-shared:';

const isIdentifier = (name: string): boolean => /^[A-Za-z_$][\w$]*$/.test(name);

/** The value names a TypeScript module exports (types left out); `export *` is refused (its names are not listed). */
export function exportedNames(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const names: string[] = [];
  const exported = (node: ts.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (node: ts.Node): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) names.push('default');
    else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) throw new Error(`${file}: \`export *\` cannot be shared (name the exports)`);
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (exported(statement)) {
      if (isDefault(statement)) names.push('default');
      else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
      } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) {
        names.push(statement.name.text);
      }
    }
  }
  return names;
}

export function pageUiSplit(root: string): Plugin {
  const packages: readonly string[] = SHARED_PACKAGES;
  const files: readonly string[] = SHARED_FILES;
  const require = createRequire(join(root, 'package.json'));
  return {
    name: 'seller-inbox:page-ui-split',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(VIRTUAL)) return source;
      if (packages.includes(source)) return VIRTUAL + source;
      if (!importer || importer.startsWith('\0') || !/^[./]/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const file = relative(root, resolved.id.split('?')[0]!).split(sep).join('/');
      if (files.includes(file)) return VIRTUAL + file;
      if (file.startsWith('components/') && !ON_DEMAND_SOURCES.some((prefix) => file.startsWith(prefix))) {
        this.error(`the on-demand page UI imports ${file} (from ${relative(root, importer)}), a module of the start part: `
          + 'add it to SHARED_FILES in components/page/on-demand/shared-keys.ts (and expose.ts), or move it to the on-demand part');
      }
      return resolved;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      const key = JSON.stringify(name);
      const names = packages.includes(name)
        ? Object.keys(require(name) as object).filter(isIdentifier).concat('default')
        : exportedNames(name, readFileSync(join(root, name), 'utf8'));
      const named = [...new Set(names)].filter((n) => n !== 'default');
      return `const shared = globalThis[${JSON.stringify(PAGE_UI_SHARED)}];
const m = shared && shared.modules && shared.modules[${key}];
if (!m) throw new Error('Seller Inbox: the page UI start part does not share ' + ${key});
${names.includes('default') ? 'export default m.default;\n' : ''}export const { ${named.join(', ')} } = m;
`;
    },
  };
}

/**
 * For the start part's build (the seller-central content script): stops the build when it holds a module of the
 * on-demand part (other than the shared ones and pure constants), which would be loaded twice, as two copies.
 */
export function pageUiStartCheck(root: string): Plugin {
  const allowed: readonly string[] = [...SHARED_FILES, ...ALSO_IN_START];
  return {
    name: 'seller-inbox:page-ui-start-check',
    buildEnd(error) {
      if (error) return;
      const copied = [...this.getModuleIds()]
        .map((id) => relative(root, id.split('?')[0]!).split(sep).join('/'))
        .filter((file) => ON_DEMAND_SOURCES.some((prefix) => file.startsWith(prefix)) && !allowed.includes(file));
      if (copied.length) {
        this.error(`the page UI start part holds modules of the on-demand part: ${copied.join(', ')} `
          + '(load them through components/page/on-demand/load.ts, or share them: shared-keys.ts)');
      }
    },
  };
}

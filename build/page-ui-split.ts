/**
 * Vite plugin for the on-demand part of the page UI only (wxt.config.ts adds it to that build): the start part's
 * shared modules (components/page/on-demand/shared-keys.ts) are not bundled again but read from the global that the
 * start part sets (components/page/on-demand/expose.ts), so both parts run on one copy of each stateful module.
 * Importing another start-part module of components/ stops the build with what to do. React is bundled here (the
 * on-demand part is its only user); the start part's check stops its build when React gets in there.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { ALSO_IN_START, ON_DEMAND_ONLY_PACKAGES, ON_DEMAND_SOURCES, PAGE_UI_SHARED, SHARED_FILES } from '../components/page/on-demand/shared-keys';

const VIRTUAL = '\0seller-inbox-shared:';

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
  const files: readonly string[] = SHARED_FILES;
  return {
    name: 'seller-inbox:page-ui-split',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(VIRTUAL)) return source;
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
      const names = exportedNames(name, readFileSync(join(root, name), 'utf8'));
      const named = [...new Set(names)].filter((n) => n !== 'default');
      return `const shared = globalThis[${JSON.stringify(PAGE_UI_SHARED)}];
const m = shared && shared.modules && shared.modules[${key}];
if (!m) throw new Error('Seller Inbox: the page UI start part does not share ' + ${key});
${names.includes('default') ? 'export default m.default;\n' : ''}export const { ${named.join(', ')} } = m;
`;
    },
  };
}

/** The package a bundled module id belongs to (`react-dom` for .../node_modules/react-dom/cjs/...), or undefined. */
export function packageOf(id: string): string | undefined {
  const parts = id.split('?')[0]!.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const first = parts[at + 1]!;
  return first.startsWith('@') && at + 2 < parts.length ? `${first}/${parts[at + 2]}` : first;
}

/**
 * What the start part must not hold, from its bundled module ids: modules of the on-demand part (other than the shared
 * ones and pure constants), which would be loaded twice, as two copies; and React (react, react-dom, scheduler),
 * which ships in the on-demand part only (the start part's UIs are plain DOM). Empty: all is well.
 */
export function startPartProblems(root: string, ids: Iterable<string>): string[] {
  const allowed: readonly string[] = [...SHARED_FILES, ...ALSO_IN_START];
  const banned: readonly string[] = ON_DEMAND_ONLY_PACKAGES;
  const copied = new Set<string>();
  const packages = new Set<string>();
  for (const id of ids) {
    const pkg = packageOf(id);
    if (pkg) {
      if (banned.includes(pkg)) packages.add(pkg);
      continue;
    }
    const file = relative(root, id.split('?')[0]!).split(sep).join('/');
    if (ON_DEMAND_SOURCES.some((prefix) => file.startsWith(prefix)) && !allowed.includes(file)) copied.add(file);
  }
  const problems: string[] = [];
  if (copied.size) {
    problems.push(`the page UI start part holds modules of the on-demand part: ${[...copied].join(', ')} `
      + '(load them through components/page/on-demand/load.ts, or share them: shared-keys.ts)');
  }
  if (packages.size) {
    problems.push(`the page UI start part holds ${[...packages].sort().join(', ')}: React ships in the on-demand part only `
      + '(write the start part\'s UI with components/page/dom.ts and FeatureContext.mountDom; import React types with `import type`)');
  }
  return problems;
}

/** For the start part's build (the seller-central content script): stops the build on startPartProblems. */
export function pageUiStartCheck(root: string): Plugin {
  return {
    name: 'seller-inbox:page-ui-start-check',
    buildEnd(error) {
      if (error) return;
      const problems = startPartProblems(root, this.getModuleIds());
      if (problems.length) this.error(problems.join('; '));
    },
  };
}

// Every word a user reads comes from the locale catalogs: no text in JSX, and no human-readable
// string in JSX attributes (labels, titles, alt texts, `what=` of the state components).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..');

/** Attributes that hold ids, classes, URLs or machine values, never words for people. */
const TECHNICAL = new Set([
  'className',
  'id',
  'href',
  'to',
  'type',
  'role',
  'rel',
  'target',
  'htmlFor',
  'key',
  'name',
  'value',
  'method',
  'lang',
  'dateTime',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'xmlns',
  'scope',
  'autoComplete',
  'inputMode',
  'pattern',
  'min',
  'max',
  'step',
  'preserveAspectRatio',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeDasharray',
  'textAnchor',
  'dominantBaseline',
  'widget',
  'family',
  'kind',
  'variant',
  'tone',
  'size',
  'renderer',
  'download',
  'sandbox',
  'allow',
  'loading',
  'referrerPolicy',
  'accept',
  'enterKeyHint',
  'form',
  'path',
  'fullPath',
  'vectorEffect',
]);

/** Human words: two letters or more (symbols, numbers and units like "%" or "n" pass). */
const WORDS = /\p{L}{2,}/u;

/** A path ("/embed/stages") or an identifier ("non-scaling-stroke"), not words for people. */
const MACHINE_VALUE = /^(\/\S*|[a-z0-9]+(-[a-z0-9]+)*)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' ? [] : files(p);
    return /\.tsx$/.test(e.name) && !/\.test\.tsx$/.test(e.name) ? [p] : [];
  });
}

function findings(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(root, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    // Text inside <code> names a file or a setting, as written: not translated.
    const inCode =
      ts.isJsxText(node) &&
      ts.isJsxElement(node.parent) &&
      node.parent.openingElement.tagName.getText(source) === 'code';
    if (ts.isJsxText(node) && WORDS.test(node.text) && !inCode) {
      out.push(`${where(node)} text “${node.text.trim()}”`);
    }
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) &&
            init.expression &&
            (ts.isStringLiteral(init.expression) ||
              ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression.text
          : null;
      const technical =
        TECHNICAL.has(name) ||
        name.startsWith('data-') ||
        /^aria-(?!label$|description$)/.test(name);
      if (literal != null && !technical && WORDS.test(literal) && !MACHINE_VALUE.test(literal)) {
        out.push(`${where(node)} ${name}="${literal}"`);
      }
    }
    // A string literal child expression: {'Show as table'}.
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      ts.isJsxElement(node.parent) &&
      WORDS.test(node.expression.text)
    ) {
      out.push(`${where(node)} text “${node.expression.text}”`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('user-visible text', () => {
  it('comes from the locale catalogs, not from components', () => {
    const all = files(root).flatMap(findings);
    expect(all).toEqual([]);
  });
});

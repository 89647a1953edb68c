/**
 * Finds the wall clock used to measure time (STYLE rule 14, docs/development.md "Two clocks"):
 * a reading of it (`Date.now()`, `new Date().getTime()`, any `x.now()` but `performance.now()`,
 * so `clock.now()`, `this.deps.clock.now()`, an injected `deps.now()`) as an operand of `-`, `<`,
 * `>`, `<=`, `>=` or an argument of `Math.max`/`Math.min`, directly or through a variable of the
 * same function (or one around it) initialised from such a reading; and a file's `mtimeMs` in
 * such an expression with anything but another `mtimeMs`. A line that carries, or follows, a
 * comment `// wall-clock: <reason>` is an exception the reason justifies (a "5 min ago" shown, a
 * calendar day, a certificate's notAfter).
 */
import ts from 'typescript';

export interface WallClockUse {
  line: number;
  text: string;
}

const MEASURE = new Set([
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);

const EXCEPTION = /\/\/\s*wall-clock:\s*\S/;

/** The expression under parentheses, `as`, `!` and `satisfies`. */
function bare(e: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
    else if (ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
    else return e;
  }
}

/** `Date.now()`, `new Date().getTime()`/`.valueOf()`, `x.now()` for any x but `performance`. */
function isWallReading(e: ts.Expression): boolean {
  e = bare(e);
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) return false;
  const { name, expression: on } = e.expression;
  if (name.text === 'now') return !(ts.isIdentifier(on) && on.text === 'performance');
  if (name.text !== 'getTime' && name.text !== 'valueOf') return false;
  const target = bare(on);
  return ts.isNewExpression(target) && target.expression.getText() === 'Date' && !target.arguments?.length;
}

const isMtime = (e: ts.Expression): boolean => {
  e = bare(e);
  return (ts.isPropertyAccessExpression(e) || ts.isIdentifier(e)) && /mtimeMs$/.test(e.getText());
};

const isFunction = (n: ts.Node): n is ts.SignatureDeclaration =>
  ts.isFunctionDeclaration(n) ||
  ts.isFunctionExpression(n) ||
  ts.isArrowFunction(n) ||
  ts.isMethodDeclaration(n) ||
  ts.isConstructorDeclaration(n) ||
  ts.isGetAccessorDeclaration(n) ||
  ts.isSetAccessorDeclaration(n);

/** Names declared in `scope` itself (not in a function inside it) from a wall-clock reading. */
function wallNames(scope: ts.Node): Set<string> {
  const names = new Set<string>();
  const walk = (n: ts.Node): void => {
    if (n !== scope && isFunction(n)) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isWallReading(n.initializer))
      names.add(n.name.text);
    ts.forEachChild(n, walk);
  };
  walk(scope);
  return names;
}

/** Every place of `text` (a .ts or .tsx file named `fileName`) that measures time on the wall clock. */
export function wallClockUses(fileName: string, text: string): WallClockUse[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split('\n');
  const found = new Map<number, WallClockUse>();
  const scopes: Set<string>[] = [];
  const isWall = (e: ts.Expression): boolean => {
    const b = bare(e);
    return isWallReading(b) || (ts.isIdentifier(b) && scopes.some((s) => s.has(b.text)));
  };
  const flag = (n: ts.Node): void => {
    const line = source.getLineAndCharacterOfPosition(n.getStart(source)).line;
    const excused = EXCEPTION.test(lines[line]!) || (line > 0 && /^\s*\/\/\s*wall-clock:\s*\S/.test(lines[line - 1]!));
    if (!excused && !found.has(line + 1)) found.set(line + 1, { line: line + 1, text: lines[line]!.trim() });
  };
  const visit = (n: ts.Node): void => {
    const scoped = isFunction(n) || ts.isSourceFile(n);
    if (scoped) scopes.push(wallNames(n));
    if (ts.isBinaryExpression(n) && MEASURE.has(n.operatorToken.kind)) {
      const [l, r] = [n.left, n.right];
      if (isWall(l) || isWall(r)) flag(n);
      else if (isMtime(l) !== isMtime(r)) flag(n);
    }
    if (ts.isCallExpression(n) && /^Math\.(max|min)$/.test(n.expression.getText()) && n.arguments.some(isWall)) flag(n);
    ts.forEachChild(n, visit);
    if (scoped) scopes.pop();
  };
  visit(source);
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/**
 * A local ESLint rule that enforces the dependency directions of ARCHITECTURE.md:
 * domain imports only domain (and a few pure packages); crypto imports only domain (and the same packages:
 * Web Crypto is a global, never an import); features never import another feature; nothing imports app;
 * only banks/ reads questionnaires/.
 */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

/** Which layers each layer may import (besides itself). */
const ALLOWED = {
  domain: [],
  crypto: ['domain'],
  banks: ['domain'],
  i18n: ['domain'],
  views: ['domain', 'i18n'],
  state: ['domain', 'banks', 'i18n', 'crypto'],
  ui: ['domain', 'i18n', 'views'],
  report: ['domain', 'i18n', 'ui', 'views'],
  features: ['domain', 'banks', 'state', 'i18n', 'ui', 'views', 'report', 'crypto'],
  cli: ['domain', 'i18n', 'views'],
  app: ['domain', 'banks', 'state', 'i18n', 'ui', 'views', 'report', 'features', 'crypto'],
};

/** Packages the pure domain may use. */
const DOMAIN_PACKAGES = ['zod', 'fflate'];
/** Layers held to the pure domain's package list (no React, no storage, no Node built-ins). */
const PURE_LAYERS = ['domain', 'crypto'];

function locate(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    const inQuestionnaires = !path.relative(path.join(ROOT, 'questionnaires'), file).startsWith('..');
    return inQuestionnaires ? { layer: 'questionnaires' } : null;
  }
  const [layer, unit] = rel.split(path.sep);
  if (!layer || !(layer in ALLOWED)) return null;
  return { layer, unit: layer === 'features' ? unit : undefined };
}

function resolveSpecifier(fromFile, specifier) {
  if (specifier.startsWith('.')) return path.resolve(path.dirname(fromFile), specifier);
  if (specifier.startsWith('@/')) return path.join(SRC, specifier.slice(2));
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import directions between the layers of src/' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = locate(file);
    if (!from || from.layer === 'questionnaires') return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const target = resolveSpecifier(file, specifier);
      if (target === null) {
        const bare = specifier.startsWith('node:')
          ? 'node'
          : specifier
              .split('/')
              .slice(0, specifier.startsWith('@') ? 2 : 1)
              .join('/');
        if (PURE_LAYERS.includes(from.layer) && !DOMAIN_PACKAGES.includes(bare))
          context.report({
            node,
            message: `src/${from.layer} is pure: it may not import "${specifier}" (allowed: ${DOMAIN_PACKAGES.join(', ')}).`,
          });
        return;
      }
      const to = locate(target);
      if (!to) return;
      if (to.layer === 'questionnaires') {
        if (from.layer !== 'banks')
          context.report({
            node,
            message: 'Only src/banks reads questionnaires/; import the catalogue instead.',
          });
        return;
      }
      if (to.layer === from.layer) {
        if (from.layer === 'features' && to.unit !== from.unit)
          context.report({
            node,
            message: `Feature "${from.unit}" may not import feature "${to.unit}"; move shared code to ui/, state/ or domain/.`,
          });
        return;
      }
      if (to.layer === 'app') {
        context.report({ node, message: 'Nothing imports src/app (the composition root).' });
        return;
      }
      if (!ALLOWED[from.layer].includes(to.layer))
        context.report({
          node,
          message: `src/${from.layer} may not import src/${to.layer} (allowed: ${ALLOWED[from.layer].join(', ') || 'nothing outside itself'}).`,
        });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression(node) {
        const callee = node.callee;
        const isGlob =
          callee.type === 'MemberExpression' &&
          callee.property.type === 'Identifier' &&
          callee.property.name === 'glob' &&
          callee.object.type === 'MetaProperty';
        if (!isGlob) return;
        const arg = node.arguments[0];
        const patterns =
          arg?.type === 'Literal'
            ? [arg.value]
            : arg?.type === 'ArrayExpression'
              ? arg.elements.map((e) => e?.value)
              : [];
        for (const pattern of patterns)
          if (typeof pattern === 'string') check(node, pattern.replace(/\*.*$/, 'x'));
      },
    };
  },
};

export default { rules: { layers: rule } };

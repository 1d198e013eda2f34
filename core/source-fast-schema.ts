// The scalars of the YAML 1.2 core schema, resolved for js-yaml exactly as the `yaml` library
// resolves them (so `yes` stays text and `0o14` is twelve), for the fast reader (core/source-fast.ts).
// js-yaml tries each type on every plain scalar, keys included: a look at the length or the first
// character turns most text away before any pattern is tried. (An explicitly tagged empty node
// comes as null, which the patterns read as the text "null": String keeps that.)
import jsyaml from 'js-yaml';

/** Could `s` be a number: does it start with a digit, a sign or a point? */
function numberLike(s: string): boolean {
  const c = String(s).charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

const nullType = new jsyaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => String(s).length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(s),
  construct: () => null,
});
const boolType = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => (String(s).length === 4 || String(s).length === 5) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const intType = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => numberLike(s) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s: string) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10)),
});
const floatType = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) =>
    numberLike(s) &&
    (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)),
  construct: (s: string) => {
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === '-' ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
    return parseFloat(s);
  },
});

export const coreSchema = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

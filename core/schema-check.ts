// Validates a plan against schema/plan.schema.json and says, in plain words, what to write.
import type { ErrorObject } from 'ajv/dist/2020';
import { planValidator } from './schema-validator';
import type { DocPath } from './types';

export interface SchemaProblem {
  path: DocPath;
  /** Where the finding sits: on the key (unknown or missing keys) or on the value. */
  anchor: 'key' | 'value';
  /** Findings on a whole block are shown on its first line only. */
  firstLineOnly: boolean;
  message: string;
  /** An unknown key leaves the rest of its block readable, so scoring can carry on around it. */
  unknownKey?: boolean;
}

/** '/objectives/0/measures/a~1b' → ['objectives', 0, 'measures', 'a/b'], numbers where the data has arrays. */
export function pointerToPath(pointer: string, data: unknown): DocPath {
  if (pointer === '') return [];
  const path: DocPath = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(seg);
      path.push(index);
      node = node[index];
    } else {
      path.push(seg);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return path;
}

/** Names a place in the plan the way an officer would: 'measure O1.2', 'objective O3', 'the plan'. */
export function describePlace(path: DocPath, data: unknown): string {
  let node: unknown = data;
  let name = 'the file';
  let parentKey: string | number | undefined;
  path.forEach((seg, i) => {
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number') {
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      const kind = singular[String(parentKey)] ?? String(parentKey);
      const named = (typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id));
      const own = named ? `${kind} ${id}` : `${kind} ${seg + 1}`;
      // objectives and their measures are named on their own; anything nested names its holder too
      const topLevel = (i === 1 && path[0] === 'objectives') || (i === 3 && path[0] === 'objectives' && path[2] === 'measures');
      name = topLevel ? own : `${name} › ${own}`;
    } else if (seg === 'plan' && path.length > 0) name = 'the plan';
    // a list key followed by an item is named by the item alone: "data point 2", not "data › data point 2"
    else if (!(i === 0 && seg === 'objectives') && !(i === 2 && seg === 'measures') && !(singular[seg] && typeof path[i + 1] === 'number')) name = `${name} › ${seg}`;
    parentKey = seg;
  });
  return name;
}

const singular: Record<string, string> = {
  objectives: 'objective',
  measures: 'measure',
  data: 'data point',
  evidence: 'evidence item',
  commentary: 'comment',
  partners: 'partner',
  actions: 'action',
  updates: 'update',
  recommendations: 'recommendation',
};

function firstSentence(text: unknown): string {
  if (typeof text !== 'string') return '';
  const m = /^(.*?[.!?])(\s|$)/s.exec(text);
  return (m ? m[1] : text).replace(/\s+/g, ' ');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number (digits, no quotes or thousands commas, e.g. 3650)',
  integer: 'a whole number (e.g. 400)',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a block of keys (key: value lines indented beneath)',
  null: 'nothing',
};

function showValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan (not a number)' : `${value < 0 ? '-' : ''}.inf (infinity)`;
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text === undefined ? 'this' : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function schemaDescription(e: ErrorObject): string {
  const s = e.parentSchema as { description?: string } | undefined;
  return firstSentence(s?.description);
}

function problemFor(e: ErrorObject, data: unknown, value: unknown): SchemaProblem | undefined {
  const path = pointerToPath(e.instancePath, data);
  const place = describePlace(path, data);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const missing = String(p.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, { description?: string }> })?.properties;
      const about = firstSentence(props?.[missing]?.description);
      return { path, anchor: 'key', firstLineOnly: true, message: `${cap(place)} has no "${missing}": add "${missing}:"${about ? `. ${about}` : ''}` };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const near = known.filter((k) => distance(k, key) <= Math.max(2, Math.floor(key.length / 3))).sort((a, b) => distance(a, key) - distance(b, key))[0];
      const hint = near ? `did you mean "${near}"?` : `the keys allowed here are: ${known.join(', ')}`;
      return { path: [...path, key], anchor: 'key', firstLineOnly: true, unknownKey: true, message: `Unknown key "${key}" in ${place}: ${hint}` };
    }
    case 'enum':
      return {
        path,
        anchor: 'value',
        firstLineOnly: true,
        message: `${showValue(value)} is not allowed for ${place}: write one of ${(p.allowedValues as unknown[]).join(', ')}`,
      };
    case 'const':
      return { path, anchor: 'value', firstLineOnly: true, message: `${cap(place)} must be ${showValue(p.allowedValue)}` };
    case 'type': {
      const types = String(p.type).split(',');
      if (path.length === 0 && (value === null || value === undefined)) {
        return { path, anchor: 'value', firstLineOnly: true, message: 'The file has no plan in it yet: start it with "plan:" (its id, title and period) and "objectives:", as docs/format.md shows, or run "plan-score init"' };
      }
      if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
        // the example cannot be the value as YAML read it (1.10 reads as 1.1): quote what was written
        return { path, anchor: 'value', firstLineOnly: true, message: `${cap(place)} should be text, not the ${typeof value} ${showValue(value)}: put the value in quotes exactly as you mean it to read` };
      }
      const about = schemaDescription(e);
      return {
        path,
        anchor: 'value',
        firstLineOnly: true,
        message: `${cap(place)} should be ${types.map((t) => typeWords[t] ?? t).join(' or ')}, not ${showValue(value)}${about ? `. ${about}` : ''}`,
      };
    }
    case 'pattern':
    case 'format': {
      const about = schemaDescription(e);
      return { path, anchor: 'value', firstLineOnly: true, message: `${showValue(value)} is not a valid value for ${place}${about ? `: ${about}` : ''}` };
    }
    case 'minItems': {
      const key = path[path.length - 1];
      const noun = typeof key === 'string' && singular[key] ? singular[key] : 'item';
      const list = typeof key === 'string' ? `"${key}"` : cap(place);
      const example = key === 'objectives' ? ', e.g. "- id: O1" with its title and measures' : key === 'measures' ? ', e.g. "- id: O1.1" with its title, tier and type' : '';
      return { path, anchor: 'value', firstLineOnly: true, message: `${list} needs at least ${p.limit} ${noun}${p.limit === 1 ? '' : 's'}: add ${p.limit === 1 ? 'one' : 'them'}${example}` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, anchor: 'value', firstLineOnly: true, message: `${showValue(value)} is out of range for ${place}: it ${e.message}` };
    case 'minLength':
      return { path, anchor: 'value', firstLineOnly: true, message: `${cap(place)} is empty: write some text` };
    case 'not':
    case 'oneOf':
    case 'anyOf': {
      const about = schemaDescription(e);
      return { path, anchor: 'key', firstLineOnly: true, message: `${cap(place)} is not in a form the plan format allows${about ? `: ${about}` : ''}` };
    }
    case 'if':
    case 'then':
    case 'else':
    case 'false schema':
      return undefined;
    default:
      return { path, anchor: 'value', firstLineOnly: true, message: `${cap(place)} ${e.message ?? 'is not valid'}` };
  }
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const seg of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

/**
 * Every schema problem once. Alternatives (oneOf/anyOf) report their branches' errors too; when
 * the branches disagree only about the type of the same value, one message lists the choices.
 */
export function checkAgainstSchema(data: unknown): SchemaProblem[] {
  const validate = planValidator();
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const combinatorPaths = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const typeChoices = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'type' && combinatorPaths.has(e.instancePath)) {
      const list = typeChoices.get(e.instancePath) ?? [];
      list.push(...String((e.params as { type: string }).type).split(','));
      typeChoices.set(e.instancePath, list);
    }
  }
  // A value missing every alternative (a target with neither "value" nor "change") is one problem.
  const alternatives = new Map<string, string[]>();
  const branchRequired = (e: ErrorObject) => e.keyword === 'required' && /\/(oneOf|anyOf)\/\d+\/required$/.test(e.schemaPath);
  for (const e of errors) {
    if (!branchRequired(e)) continue;
    const missing = alternatives.get(e.instancePath) ?? [];
    const name = String((e.params as { missingProperty: string }).missingProperty);
    if (!missing.includes(name)) missing.push(name);
    alternatives.set(e.instancePath, missing);
  }
  for (const [pointer, missing] of alternatives) {
    if (missing.length < 2) {
      alternatives.delete(pointer);
      continue;
    }
    const path = pointerToPath(pointer, data);
    const combinator = errors.find((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && e.instancePath === pointer);
    const about = combinator ? schemaDescription(combinator) : '';
    const names = missing.map((m) => `"${m}"`);
    const listed = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    problems.push({ path, anchor: 'key', firstLineOnly: true, message: `${cap(describePlace(path, data))} has no ${listed}: add one of them${about ? `. ${about}` : ''}` });
  }
  for (const e of errors) {
    if (branchRequired(e) && alternatives.has(e.instancePath)) continue;
    const value = valueAt(data, pointerToPath(e.instancePath, data));
    let problem: SchemaProblem | undefined;
    if ((e.keyword === 'oneOf' || e.keyword === 'anyOf') && typeChoices.has(e.instancePath)) {
      const path = pointerToPath(e.instancePath, data);
      const choices = [...new Set(typeChoices.get(e.instancePath))].map((t) => typeWords[t] ?? t);
      const about = schemaDescription(e);
      problem = {
        path,
        anchor: 'value',
        firstLineOnly: true,
        message: `${cap(describePlace(path, data))} should be ${choices.join(' or ')}, not ${showValue(value)}${about ? `. ${about}` : ''}`,
      };
    } else if (e.keyword === 'type' && combinatorPaths.has(e.instancePath)) continue;
    else problem = problemFor(e, data, value);
    if (!problem) continue;
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  // A oneOf whose branches each failed deeper down adds nothing the deeper problems do not say.
  return problems.filter(
    (p, i) =>
      !p.message.includes('is not in a form the plan format allows') ||
      !problems.some((q, j) => j !== i && q.path.length >= p.path.length && p.path.every((s, k) => q.path[k] === s) && !q.message.includes('is not in a form')),
  );
}

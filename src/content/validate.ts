/**
 * Validation of the rules data: each file against its Zod schema, then the seams between files
 * (ids that must resolve, periods that must not overlap). Every problem is one line naming the file
 * and the path inside it, so a typo in rules/ reads like a compiler error.
 */
import type * as z from 'zod/mini';
import {
  type RawRules,
  type RegimeText,
  RULE_FILES,
  type RuleFileName,
  type Rules,
  type ThresholdInForce,
} from './schema.ts';
import {
  CHOICE_VALUES,
  type ChoiceQuestionId,
  compareVersions,
  OUTCOME_IDS,
  QUESTION_IDS,
  REGIME_IDS,
  THRESHOLD_KINDS,
} from './vocabulary.ts';

export type RuleProblem = { file: string; path: string; message: string };

export class RulesError extends Error {
  readonly problems: readonly RuleProblem[];
  constructor(problems: readonly RuleProblem[]) {
    super(formatProblems(problems));
    this.name = 'RulesError';
    this.problems = problems;
  }
}

export function formatProblems(problems: readonly RuleProblem[]): string {
  const lines = problems.map((p) => `${p.file}: ${p.path || '(top level)'}: ${p.message}`);
  return `The rules data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

export const ruleFilePath = (name: RuleFileName) => `rules/${name}.json`;

/** Parses and cross-checks all rules files. Never throws: returns the rules or every problem found. */
export function validateRules(
  raw: RawRules,
): { ok: true; rules: Rules } | { ok: false; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const parsed: Partial<Record<RuleFileName, unknown>> = {};
  for (const name of Object.keys(RULE_FILES) as RuleFileName[]) {
    const schema = RULE_FILES[name] as z.ZodMiniType;
    const result = schema.safeParse(raw[name]);
    if (result.success) parsed[name] = result.data;
    else problems.push(...describeIssues(ruleFilePath(name), raw[name], result.error.issues));
  }
  if (problems.length > 0) return { ok: false, problems };
  const rules = parsed as Rules;
  problems.push(...checkIntegrity(rules));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}

/** Like validateRules, but throws one RulesError carrying every problem. */
export function parseRules(raw: RawRules): Rules {
  const result = validateRules(raw);
  if (!result.ok) throw new RulesError(result.problems);
  return result.rules;
}

// ---------------------------------------------------------------------------------------------
// Zod issues to readable lines
// ---------------------------------------------------------------------------------------------

type Issue = z.core.$ZodIssue;

function describeIssues(file: string, data: unknown, issues: readonly Issue[]): RuleProblem[] {
  return issues.flatMap((issue) => {
    const path = formatPath(data, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const missing = issues
        .filter((other) => other.code === 'invalid_type' && samePath(other.path.slice(0, -1), issue.path))
        .map((other) => String(other.path.at(-1)));
      return issue.keys.map((key) => {
        const guess = closest(key, missing);
        return {
          file,
          path: path ? `${path}.${key}` : key,
          message: `unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        };
      });
    }
    return [{ file, path, message: describeIssue(issue) }];
  });
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `needs at least ${issue.minimum} item(s)`
          : `must be at least ${issue.minimum}${issue.inclusive ? '' : ' (exclusive)'}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'date'
        ? 'must be a date written YYYY-MM-DD'
        : issue.format === 'regex'
          ? `has the wrong form${issue.message && issue.message !== 'Invalid input' ? `: ${issue.message}` : ''}`
          : `must be a valid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes (check "kind" or "status")';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})`;
  }
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/** `outcomes[8] (implement-part-one-purchase).exampleIds[0]`: array items are named by their id where they have one. */
function formatPath(data: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = data;
  for (const part of path) {
    if (typeof part === 'number') {
      out += `[${part}]`;
      node = Array.isArray(node) ? node[part] : undefined;
      const itemId = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof itemId === 'string') out += ` (${itemId})`;
    } else {
      out += out ? `.${String(part)}` : String(part);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(part)] : undefined;
    }
  }
  return out;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Integrity across files
// ---------------------------------------------------------------------------------------------

/** A URL whose path is empty or "/" (query and fragment aside): the front page of a site, not a page about anything. */
export function isHomePage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { pathname, search } = new URL(url);
    return (pathname === '' || pathname === '/') && search === '';
  } catch {
    return false;
  }
}

function checkIntegrity(rules: Rules): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const at = (name: RuleFileName, path: string, message: string) =>
    problems.push({ file: ruleFilePath(name), path, message });

  const sourceIds = new Set(rules.sources.sources.map((s) => s.id));
  const formIds = new Set(rules.forms.forms.map((f) => f.id));
  const examplesById = new Map(rules.examples.examples.map((e) => [e.id, e]));
  const exampleIds = new Set(examplesById.keys());

  const unique = (name: RuleFileName, list: readonly { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) at(name, `${key}[${i}] (${item.id}).id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  };
  unique('sources', rules.sources.sources, 'sources');
  unique('forms', rules.forms.forms, 'forms');
  unique('examples', rules.examples.examples, 'examples');
  unique('funding', rules.funding.schemes, 'schemes');
  unique('questions', rules.questions.questions, 'questions');
  unique('outcomes', rules.outcomes.outcomes, 'outcomes');
  unique('procurement', rules.procurement.regimes, 'regimes');

  const refs = (name: RuleFileName, path: string, ids: readonly string[], known: Set<string>, what: string) =>
    ids.forEach((ref, i) => {
      if (!known.has(ref)) at(name, `${path}[${i}]`, `unknown ${what} "${ref}"`);
    });

  if (!sourceIds.has(rules.meta.guideSourceId))
    at('meta', 'guideSourceId', `unknown source "${rules.meta.guideSourceId}"`);
  rules.forms.forms.forEach((f, i) => {
    refs('forms', `forms[${i}] (${f.id}).sourceIds`, f.sourceIds, sourceIds, 'source');
  });
  rules.examples.examples.forEach((e, i) => {
    const path = `examples[${i}] (${e.id})`;
    refs('examples', `${path}.sourceIds`, e.sourceIds, sourceIds, 'source');
    if (e.laterStatus)
      refs('examples', `${path}.laterStatus.sourceIds`, e.laterStatus.sourceIds, sourceIds, 'source');
    if (e.guideWords)
      refs('examples', `${path}.guideWords.sourceIds`, e.guideWords.sourceIds, sourceIds, 'source');
    if (!formIds.has(e.formId)) at('examples', `${path}.formId`, `unknown form "${e.formId}"`);
    e.organisations.forEach((o, j) => {
      let previous = '';
      (o.renamed ?? []).forEach((step, k) => {
        const stepPath = `${path}.organisations[${j}].renamed[${k}]`;
        refs('examples', `${stepPath}.sourceIds`, step.sourceIds ?? [], sourceIds, 'source');
        const sourced =
          step.sourceIds !== undefined || e.sourceIds.some((ref) => ref !== rules.meta.guideSourceId);
        if (!sourced && (step.confidence === 'verified' || step.confidence === 'secondary'))
          at(
            'examples',
            `${stepPath}.sourceIds`,
            `a step marked "${step.confidence}" needs a source of its own or among the example's`,
          );
        if (step.from && previous && step.from <= previous)
          at('examples', `${stepPath}.from`, `must come after the step before it (${previous})`);
        if (step.from) previous = step.from;
      });
    });
  });
  rules.funding.schemes.forEach((s, i) => {
    refs('funding', `schemes[${i}] (${s.id}).sourceIds`, s.sourceIds, sourceIds, 'source');
  });
  rules.thresholds.thresholds.forEach((t, i) => {
    refs('thresholds', `thresholds[${i}] (${t.kind}).sourceIds`, t.sourceIds, sourceIds, 'source');
  });
  rules.thresholds.expectedRevisions.forEach((r, i) => {
    const path = `expectedRevisions[${i}] (${r.id})`;
    refs('thresholds', `${path}.sourceIds`, r.sourceIds, sourceIds, 'source');
    r.kinds.forEach((kind, j) => {
      if (r.kinds.indexOf(kind) !== j) at('thresholds', `${path}.kinds[${j}]`, `"${kind}" is listed twice`);
    });
  });
  unique('thresholds', rules.thresholds.expectedRevisions, 'expectedRevisions');
  rules.procurement.regimes.forEach((r, i) => {
    refs('procurement', `regimes[${i}] (${r.id}).sourceIds`, r.sourceIds, sourceIds, 'source');
    r.points.forEach((point, j) => {
      if ('sourceIds' in point)
        refs(
          'procurement',
          `regimes[${i}] (${r.id}).points[${j}].sourceIds`,
          point.sourceIds,
          sourceIds,
          'source',
        );
    });
    for (const [name, d] of Object.entries(r.duties ?? {}))
      refs(
        'procurement',
        `regimes[${i}] (${r.id}).duties.${name}.sourceIds`,
        d.sourceIds,
        sourceIds,
        'source',
      );
    const path = `regimes[${i}] (${r.id}).duties`;
    if (r.id !== 'notProcurement' && !r.duties)
      at(
        'procurement',
        path,
        'a procurement regime needs its duties (docs/procurement-duties.md shows them)',
      );
    if (r.id === 'notProcurement' && r.duties)
      at('procurement', path, 'not a procurement: it has no procurement duties');
    // The infringement fine is for an illegal direct award: possible exactly where announcing is required.
    if (r.duties && (r.duties.fine.value === 'possible') !== (r.duties.announce.value !== 'none'))
      at(
        'procurement',
        `${path}.fine.value`,
        'an infringement fine is possible exactly where announcement is required (anskaffelsesloven § 12)',
      );
  });
  rules.questions.questions.forEach((q, i) => {
    q.explanations.forEach((e, j) => {
      refs(
        'questions',
        `questions[${i}] (${q.id}).explanations[${j}].sourceIds`,
        e.sourceIds ?? [],
        sourceIds,
        'source',
      );
    });
  });

  // A fact marked verified must rest on at least one page a reader can open: a site's home page
  // shows that a source exists, not what it says.
  const homePageSources = new Set(rules.sources.sources.filter((s) => isHomePage(s.url)).map((s) => s.id));
  const needsAPage = (
    name: RuleFileName,
    path: string,
    fact: { confidence: string; sourceIds: string[] },
  ) => {
    if (fact.confidence !== 'verified' || fact.sourceIds.length === 0) return;
    if (fact.sourceIds.every((ref) => homePageSources.has(ref)))
      at(
        name,
        `${path}.confidence`,
        `is "verified", but every source (${fact.sourceIds.join(', ')}) is a site's home page: cite the page that says it, or lower the confidence`,
      );
  };
  rules.funding.schemes.forEach((s, i) => {
    needsAPage('funding', `schemes[${i}] (${s.id})`, s);
  });
  rules.thresholds.thresholds.forEach((t, i) => {
    needsAPage('thresholds', `thresholds[${i}] (${t.kind})`, t);
  });
  rules.procurement.regimes.forEach((r, i) => {
    needsAPage('procurement', `regimes[${i}] (${r.id})`, r);
    r.points.forEach((point, j) => {
      if ('sourceIds' in point) needsAPage('procurement', `regimes[${i}] (${r.id}).points[${j}]`, point);
    });
    for (const [name, d] of Object.entries(r.duties ?? {}))
      needsAPage('procurement', `regimes[${i}] (${r.id}).duties.${name}`, d);
  });
  rules.examples.examples.forEach((e, i) => {
    if (e.guideWords) needsAPage('examples', `examples[${i}] (${e.id}).guideWords`, e.guideWords);
  });
  rules.thresholds.expectedRevisions.forEach((r, i) => {
    needsAPage('thresholds', `expectedRevisions[${i}] (${r.id})`, r);
  });

  // Questions: every question the machine asks, each choice with exactly the machine's values.
  const questionsById = new Map(rules.questions.questions.map((q) => [q.id, q]));
  for (const qid of QUESTION_IDS) {
    if (!questionsById.has(qid)) at('questions', 'questions', `question "${qid}" is missing`);
  }
  rules.questions.questions.forEach((q, i) => {
    const path = `questions[${i}] (${q.id})`;
    const expected = (CHOICE_VALUES as Record<string, readonly string[] | undefined>)[q.id];
    if (q.kind === 'amount') {
      if (expected)
        at('questions', `${path}.kind`, 'must be "choice": the machine offers fixed options here');
      return;
    }
    if (!expected) {
      at('questions', `${path}.kind`, 'must be "amount": the machine reads an amount here');
      return;
    }
    const values = q.options.map((o) => o.value);
    const missing = expected.filter((v) => !values.includes(v));
    const extra = values.filter((v) => !(expected as readonly string[]).includes(v));
    if (missing.length)
      at('questions', `${path}.options`, `missing option(s) ${missing.map((v) => `"${v}"`).join(', ')}`);
    extra.forEach((v) => {
      at(
        'questions',
        `${path}.options[${values.indexOf(v)}].value`,
        `unknown option "${v}" for ${q.id as ChoiceQuestionId}`,
      );
    });
  });

  // Outcomes: one per final state, with resolvable forms and examples.
  const outcomesById = new Map(rules.outcomes.outcomes.map((o) => [o.id, o]));
  for (const oid of OUTCOME_IDS) {
    if (!outcomesById.has(oid))
      at('outcomes', 'outcomes', `outcome "${oid}" is missing (every final state needs one)`);
  }
  rules.outcomes.outcomes.forEach((o, i) => {
    const path = `outcomes[${i}] (${o.id})`;
    if (!formIds.has(o.primaryFormId))
      at('outcomes', `${path}.primaryFormId`, `unknown form "${o.primaryFormId}"`);
    o.alternatives.forEach((a, j) => {
      if (!formIds.has(a.formId))
        at('outcomes', `${path}.alternatives[${j}].formId`, `unknown form "${a.formId}"`);
      if (a.formId === o.primaryFormId)
        at('outcomes', `${path}.alternatives[${j}].formId`, 'an alternative cannot be the primary form');
    });
    refs('outcomes', `${path}.exampleIds`, o.exampleIds, exampleIds, 'example');
    // An example shows the recommended form or one of the alternatives beside it, never a form the
    // page does not mention (an unknown form is reported at the example).
    const formsShown = new Set([o.primaryFormId, ...o.alternatives.map((a) => a.formId)]);
    o.exampleIds.forEach((exampleId, j) => {
      const example = examplesById.get(exampleId);
      if (example && formIds.has(example.formId) && !formsShown.has(example.formId))
        at(
          'outcomes',
          `${path}.exampleIds[${j}]`,
          `example "${exampleId}" shows the form "${example.formId}", which is neither this outcome's form nor one of its alternatives`,
        );
    });
    // A text worded per regime names each regime once, so the variant that applies is never in doubt.
    const texts: [string, RegimeText][] = [
      ['why', o.why],
      ...o.alternatives.map((a, j): [string, RegimeText] => [`alternatives[${j}].whyNot`, a.whyNot]),
      ...o.nextSteps.map((step, j): [string, RegimeText] => [`nextSteps[${j}]`, step]),
    ];
    for (const [key, text] of texts) {
      if (!('byRegime' in text)) continue;
      const seen = new Set<string>();
      text.byRegime.forEach((variant, k) => {
        for (const regime of variant.regimes) {
          if (seen.has(regime))
            at(
              'outcomes',
              `${path}.${key}.byRegime[${k}].regimes`,
              `regime "${regime}" has a variant already`,
            );
          seen.add(regime);
        }
      });
    }
  });
  const shownExamples = new Set(rules.outcomes.outcomes.flatMap((o) => o.exampleIds));
  rules.examples.examples.forEach((e, i) => {
    if (!shownExamples.has(e.id)) at('examples', `examples[${i}] (${e.id})`, 'is not shown by any outcome');
  });

  // The changelog: newest first, the current version at the top, and every change naming only
  // outcomes and questions the rules have (a change that names none would reach no link).
  const changelog = rules.meta.changelog;
  const newest = changelog[0];
  if (
    newest &&
    (newest.rulesVersion !== rules.meta.rulesVersion || newest.publishedOn !== rules.meta.publishedOn)
  )
    at(
      'meta',
      'changelog[0]',
      `must be the current version, ${rules.meta.rulesVersion} published on ${rules.meta.publishedOn}`,
    );
  const questionIds = new Set<string>(rules.questions.questions.map((q) => q.id));
  const outcomeIds = new Set<string>(rules.outcomes.outcomes.map((o) => o.id));
  changelog.forEach((entry, i) => {
    const path = `changelog[${i}] (${entry.rulesVersion})`;
    const before = changelog[i - 1];
    if (before && compareVersions(entry.rulesVersion, before.rulesVersion) >= 0)
      at('meta', `${path}.rulesVersion`, `must be older than the entry before it (${before.rulesVersion})`);
    if (before && entry.publishedOn > before.publishedOn)
      at('meta', `${path}.publishedOn`, `must not be after the newer entry's date (${before.publishedOn})`);
    entry.changes.forEach((change, j) => {
      const affects = `${path}.changes[${j}].affects`;
      refs('meta', `${affects}.outcomes`, change.affects.outcomes ?? [], outcomeIds, 'outcome');
      refs('meta', `${affects}.questions`, change.affects.questions ?? [], questionIds, 'question');
      for (const key of ['outcomes', 'questions'] as const) {
        const list: readonly string[] = change.affects[key] ?? [];
        list.forEach((ref, k) => {
          if (list.indexOf(ref) !== k) at('meta', `${affects}.${key}[${k}]`, `"${ref}" is listed twice`);
        });
      }
    });
  });

  // Regimes: one per band the domain computes.
  const regimeIds = new Set(rules.procurement.regimes.map((r) => r.id));
  for (const rid of REGIME_IDS) {
    if (!regimeIds.has(rid)) at('procurement', 'regimes', `regime "${rid}" is missing`);
  }

  // Thresholds: per kind, periods in force must not overlap, must not end before they start, and
  // every kind needs an entry.
  for (const kind of THRESHOLD_KINDS) {
    const entries = rules.thresholds.thresholds
      .map((t, index) => ({ t, index }))
      .filter(
        (e): e is { t: ThresholdInForce; index: number } => e.t.kind === kind && e.t.status === 'inForce',
      )
      .sort((a, b) => a.t.validFrom.localeCompare(b.t.validFrom));
    if (entries.length === 0) at('thresholds', 'thresholds', `no threshold "${kind}" in force`);
    entries.forEach(({ t, index }, k) => {
      const path = `thresholds[${index}] (${kind})`;
      if (t.validTo !== null && t.validTo < t.validFrom)
        at('thresholds', `${path}.validTo`, 'ends before it starts');
      const next = entries[k + 1];
      if (next && (t.validTo === null || t.validTo >= next.t.validFrom))
        at(
          'thresholds',
          `${path}.validTo`,
          `overlaps thresholds[${next.index}] (${kind}) valid from ${next.t.validFrom}: end this one the day before`,
        );
    });
  }
  return problems;
}

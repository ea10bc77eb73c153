/**
 * Zod schemas for every file in rules/. Types are inferred from these schemas, never written twice.
 *
 * Written with `zod/mini` so the same schemas validate the rules in the browser at a small cost
 * (about 6 kB gzip instead of 23 kB for classic Zod); build-time tools use the very same schemas.
 */
import * as z from 'zod/mini';
import { CHOICE_VALUES, OUTCOME_IDS, QUESTION_IDS, REGIME_IDS, THRESHOLD_KINDS } from './vocabulary.ts';

const nonEmpty = () => z.string().check(z.minLength(1), z.trim());

/** A text users read, in every language the guide serves. */
export const LocalizedText = z.strictObject({
  nb: nonEmpty(),
  nn: nonEmpty(),
  en: nonEmpty(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

const isoDate = () => z.iso.date();
const id = () => z.string().check(z.regex(/^[a-z][a-zA-Z0-9-]*$/, 'an id: letters, digits and dashes'));

/** How sure we are of a fact: the labels of shared/domain/facts.md. */
export const Confidence = z.enum(['verified', 'secondary', 'recollection', 'open']);
export type Confidence = z.infer<typeof Confidence>;

// ---------------------------------------------------------------------------------------------
// Questions and their answer values: the vocabulary shared by rules/, the machine, the URL and tests.
// ---------------------------------------------------------------------------------------------

export const QuestionId = z.enum(QUESTION_IDS);
export type QuestionId = z.infer<typeof QuestionId>;

export const OutcomeId = z.enum(OUTCOME_IDS);
export type OutcomeId = z.infer<typeof OutcomeId>;

export const ThresholdKind = z.enum(THRESHOLD_KINDS);
export type ThresholdKind = z.infer<typeof ThresholdKind>;

export const RegimeId = z.enum(REGIME_IDS);
export type RegimeId = z.infer<typeof RegimeId>;

// ---------------------------------------------------------------------------------------------
// rules/sources.json
// ---------------------------------------------------------------------------------------------

export const Source = z.strictObject({
  id: id(),
  title: nonEmpty(),
  publisher: nonEmpty(),
  url: z.optional(z.url()),
  /** What in the source backs the rule, in a few words (not a quotation). */
  note: z.optional(nonEmpty()),
});
export const SourcesFile = z.strictObject({
  $schema: z.optional(z.string()),
  sources: z.array(Source).check(z.minLength(1)),
});
export type Source = z.infer<typeof Source>;

// ---------------------------------------------------------------------------------------------
// rules/meta.json
// ---------------------------------------------------------------------------------------------

/**
 * What one change in the rules can alter: every result (`all`), or the results that reached or showed
 * one of `outcomes`, or whose answers include one of `questions`. A link made under older rules is
 * told only the changes that affect its result (src/domain/rules-version.ts).
 */
export const ChangeAffects = z
  .strictObject({
    all: z.optional(z.literal(true)),
    outcomes: z.optional(z.array(OutcomeId).check(z.minLength(1))),
    questions: z.optional(z.array(QuestionId).check(z.minLength(1))),
  })
  .check(
    z.refine(
      (a) => (a.all === true) !== (a.outcomes !== undefined || a.questions !== undefined),
      'name either "all": true, or "outcomes" and/or "questions" (not both)',
    ),
  );
export type ChangeAffects = z.infer<typeof ChangeAffects>;

/** One change, in a sentence a user reads, and what it affects. */
export const RulesChange = z.strictObject({
  text: LocalizedText,
  affects: ChangeAffects,
});
export type RulesChange = z.infer<typeof RulesChange>;

const rulesVersion = () => z.string().check(z.regex(/^\d{4}\.\d{2}\.\d+$/, 'a version like 2026.11.1'));

export const ChangelogEntry = z.strictObject({
  rulesVersion: rulesVersion(),
  publishedOn: isoDate(),
  /** What changed, a sentence each (shown on the changes page and, filtered, under an older link). */
  changes: z.array(RulesChange).check(z.minLength(1)),
});
export type ChangelogEntry = z.infer<typeof ChangelogEntry>;

export const MetaFile = z.strictObject({
  $schema: z.optional(z.string()),
  /** Raised whenever a rule, threshold or text that can change a result changes. */
  rulesVersion: rulesVersion(),
  publishedOn: isoDate(),
  guideSourceId: id(),
  /**
   * Every version, newest first, with what changed; shown on the changes page (/endringer/) and used
   * to explain links made under old rules.
   */
  changelog: z.array(ChangelogEntry).check(z.minLength(1)),
});

// ---------------------------------------------------------------------------------------------
// rules/questions.json
// ---------------------------------------------------------------------------------------------

export const Explanation = z.strictObject({
  id: id(),
  title: LocalizedText,
  paragraphs: z.array(LocalizedText).check(z.minLength(1)),
  sourceIds: z.optional(z.array(id())),
});

export const ChoiceOption = z.strictObject({
  value: id(),
  label: LocalizedText,
  hint: z.optional(LocalizedText),
});

const questionBase = {
  id: QuestionId,
  /** The question as the page heading. */
  text: LocalizedText,
  /** One line under the heading. */
  hint: LocalizedText,
  /** A short label for the question in "your answers" and in the printout. */
  summaryLabel: LocalizedText,
  explanations: z.array(Explanation),
};

export const ChoiceQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('choice'),
  options: z.array(ChoiceOption).check(z.minLength(2)),
});
export const AmountQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('amount'),
  /** Label of the field itself (the heading is the question). */
  fieldLabel: LocalizedText,
});
export const Question = z.discriminatedUnion('kind', [ChoiceQuestion, AmountQuestion]);
export type Question = z.infer<typeof Question>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;

export const QuestionsFile = z.strictObject({
  $schema: z.optional(z.string()),
  questions: z.array(Question),
});

// ---------------------------------------------------------------------------------------------
// rules/forms.json: the collaboration forms the guide describes
// ---------------------------------------------------------------------------------------------

export const CollaborationForm = z.strictObject({
  id: id(),
  name: LocalizedText,
  summary: LocalizedText,
  /** Is money paid for something the public body receives? Decides which rules apply. */
  procurementNote: LocalizedText,
  sourceIds: z.array(id()).check(z.minLength(1)),
});
export type CollaborationForm = z.infer<typeof CollaborationForm>;
export const FormsFile = z.strictObject({
  $schema: z.optional(z.string()),
  forms: z.array(CollaborationForm).check(z.minLength(1)),
});

// ---------------------------------------------------------------------------------------------
// rules/examples.json: the fourteen examples of chapter 3, and the guide's velferdsobligasjon pilot
// ---------------------------------------------------------------------------------------------

/** One step in the life of a renamed or merged body: the name it has had from a date on. */
export const NameStep = z.strictObject({
  name: nonEmpty(),
  /** First day under this name; left out where no source gives the date (a change of spelling, say). */
  from: z.optional(isoDate()),
  /** How sure we are of this step and its date; anything but verified is shown as not confirmed. */
  confidence: Confidence,
  /**
   * The sources of this step, left out where the example's own sources show it. A step marked verified
   * or secondary needs one or the other (checked in validate.ts).
   */
  sourceIds: z.optional(z.array(id()).check(z.minLength(1))),
});
export type NameStep = z.infer<typeof NameStep>;

export const Organisation = z.strictObject({
  /** The name as the guide uses it. */
  name: nonEmpty(),
  /** Every name it has had since the guide, oldest first; the last is today's. */
  renamed: z.optional(z.array(NameStep).check(z.minLength(1))),
  role: z.enum(['public', 'socialEntrepreneur', 'other']),
});
export type Organisation = z.infer<typeof Organisation>;

export const Example = z.strictObject({
  id: id(),
  title: LocalizedText,
  organisations: z.array(Organisation).check(z.minLength(1)),
  /** What they did, in our own words. */
  summary: LocalizedText,
  /** What an officer can learn from it. */
  lesson: LocalizedText,
  formId: id(),
  target: z.enum(['individuals', 'groups']),
  /** The heading of the example in chapter 3 of the guide. */
  guideHeading: nonEmpty(),
  /**
   * "funding" for a case chapter 3 gives under the ways to fund a collaboration (the velferdsobligasjon
   * pilot); left out for the fourteen collaborations the chapter collects.
   */
  guideSection: z.optional(z.literal('funding')),
  /**
   * Words of the 2017 guide that are wrong or misleading today, quoted as the guide wrote them (bokmål),
   * with today's correction beside them and the sources of the correction.
   */
  guideWords: z.optional(
    z.strictObject({
      quote: nonEmpty(),
      correction: LocalizedText,
      confidence: Confidence,
      sourceIds: z.array(id()).check(z.minLength(1)),
    }),
  ),
  /** What became of it after the guide, where we looked; shown as uncertain unless verified. */
  laterStatus: z.optional(
    z.strictObject({
      text: LocalizedText,
      confidence: Confidence,
      sourceIds: z.array(id()).check(z.minLength(1)),
    }),
  ),
  sourceIds: z.array(id()).check(z.minLength(1)),
});
export type Example = z.infer<typeof Example>;
export const ExamplesFile = z.strictObject({
  $schema: z.optional(z.string()),
  examples: z.array(Example).check(z.minLength(1)),
});

// ---------------------------------------------------------------------------------------------
// rules/funding.json
// ---------------------------------------------------------------------------------------------

/** A condition on the answers (and the outcome): every listed key must have one of its values. */
export const FundingCondition = z.strictObject({
  authority: z.optional(z.array(z.enum(CHOICE_VALUES.authority))),
  goal: z.optional(z.array(z.enum(CHOICE_VALUES.goal))),
  payment: z.optional(z.array(z.enum(CHOICE_VALUES.payment))),
  serviceArea: z.optional(z.array(z.enum(CHOICE_VALUES.serviceArea))),
  resultsBased: z.optional(z.array(z.enum(CHOICE_VALUES.resultsBased))),
  target: z.optional(z.array(z.enum(CHOICE_VALUES.target))),
  outcome: z.optional(z.array(OutcomeId)),
});
export type FundingCondition = z.infer<typeof FundingCondition>;

export const FundingScheme = z.strictObject({
  id: id(),
  name: LocalizedText,
  /** The name the 2017 guide used, where it differs. */
  nameInGuide: z.optional(nonEmpty()),
  administrator: LocalizedText,
  whoMayApply: LocalizedText,
  whatItFunds: LocalizedText,
  timing: LocalizedText,
  status: z.enum(['active', 'uncertain', 'notAGrant']),
  statusNote: LocalizedText,
  confidence: Confidence,
  /** The scheme is shown when any of these conditions holds. */
  fitsWhen: z.array(FundingCondition).check(z.minLength(1)),
  sourceIds: z.array(id()).check(z.minLength(1)),
  lastChecked: isoDate(),
  validFrom: z.optional(isoDate()),
  validTo: z.optional(z.nullable(isoDate())),
});
export type FundingScheme = z.infer<typeof FundingScheme>;
export const FundingFile = z.strictObject({
  $schema: z.optional(z.string()),
  schemes: z.array(FundingScheme).check(z.minLength(1)),
});

// ---------------------------------------------------------------------------------------------
// rules/thresholds.json
// ---------------------------------------------------------------------------------------------

const thresholdBase = {
  kind: ThresholdKind,
  /** NOK, excluding VAT. */
  amount: z.int().check(z.positive()),
  confidence: Confidence,
  sourceIds: z.array(id()).check(z.minLength(1)),
  lastChecked: isoDate(),
  note: z.optional(LocalizedText),
};
export const ThresholdInForce = z.strictObject({
  ...thresholdBase,
  status: z.literal('inForce'),
  validFrom: isoDate(),
  /** Last day in force; null while no successor is known. */
  validTo: z.nullable(isoDate()),
});
export const ThresholdProposed = z.strictObject({
  ...thresholdBase,
  status: z.literal('proposed'),
  proposedOn: isoDate(),
  proposedIn: nonEmpty(),
});
export const Threshold = z.discriminatedUnion('status', [ThresholdInForce, ThresholdProposed]);

/**
 * A revision we expect but whose new amounts we have not found (docs/adr/0003): from `expectedFrom`,
 * every open-ended entry of these kinds that began before that date may have been replaced, and the
 * guide says so next to the amount. It never changes an amount or a band. When the new values are
 * found, end the old entries and enter the new ones: an entry with an end date is no longer flagged.
 */
export const ExpectedRevision = z.strictObject({
  id: id(),
  kinds: z.array(ThresholdKind).check(z.minLength(1)),
  /** The first day newer values may apply. */
  expectedFrom: isoDate(),
  /** What is expected and why, in a sentence or two, for users. */
  note: LocalizedText,
  /** How sure we are that a revision applies from that date. */
  confidence: Confidence,
  sourceIds: z.array(id()).check(z.minLength(1)),
  lastChecked: isoDate(),
});
export type ExpectedRevision = z.infer<typeof ExpectedRevision>;
export type Threshold = z.infer<typeof Threshold>;
export type ThresholdInForce = z.infer<typeof ThresholdInForce>;
export type ThresholdProposed = z.infer<typeof ThresholdProposed>;
export const ThresholdsFile = z.strictObject({
  $schema: z.optional(z.string()),
  /** Names of each kind of threshold, for users. */
  names: z.strictObject({
    lowerLimit: LocalizedText,
    national: LocalizedText,
    eeaState: LocalizedText,
    eeaOther: LocalizedText,
    eeaHealthSocial: LocalizedText,
  }),
  thresholds: z.array(Threshold).check(z.minLength(1)),
  /** Revisions expected but not found; an empty list when none is. */
  expectedRevisions: z.array(ExpectedRevision),
});

// ---------------------------------------------------------------------------------------------
// rules/procurement.json: what the rules require in each band
// ---------------------------------------------------------------------------------------------

/**
 * One rule of a regime with the paragraph it rests on (written in the text) and its own sources and
 * confidence, shown with it; a point without them rests on the regime's.
 */
export const RegimePoint = z.strictObject({
  text: LocalizedText,
  confidence: Confidence,
  sourceIds: z.array(id()).check(z.minLength(1)),
  /**
   * Shown only when the service is, or may be, of one of these legal kinds (src/domain/procurement.ts,
   * `possibleServiceKinds`); without it, always.
   */
  serviceKinds: z.optional(
    z.array(z.enum(['healthSocial', 'otherSpecial', 'ordinary'] as const)).check(z.minLength(1)),
  ),
});
export type RegimePoint = z.infer<typeof RegimePoint>;

/**
 * One duty of a regime as a fixed value, with the paragraph it rests on and its own sources and
 * confidence. `paragraph` is the citation with a note for readers of the generated
 * docs/procurement-duties.md (English, docs only); `law` is the citation as the officer reads it in
 * "Dette må dere gjøre" on the result, in each language.
 */
const duty = <V extends readonly [string, ...string[]]>(values: V) =>
  z.strictObject({
    value: z.enum(values),
    paragraph: nonEmpty(),
    law: LocalizedText,
    confidence: Confidence,
    sourceIds: z.array(id()).check(z.minLength(1)),
  });
export const RegimeDuties = z.strictObject({
  /** Where the competition must be announced: nowhere, in Doffin, or in Doffin, which forwards it to TED. */
  announce: duty(['none', 'doffin', 'doffinTed'] as const),
  /** How to compete: not required, as far as possible (§ 4), or with a set kind of procedure. */
  compete: duty([
    'notRequired',
    'asFarAsPossible',
    'tilbudskonkurranse',
    'anbudskonkurranse',
    'ownProcedure',
  ] as const),
  protocol: duty(['notRequired', 'required'] as const),
  /** The standstill period (karensperiode) between the award notice and signing. */
  standstill: duty(['none', 'reasonable', 'tenDays', 'notSettled'] as const),
  /** Whether an infringement fine (overtredelsesgebyr) for an illegal direct award is possible. */
  fine: duty(['notPossible', 'possible'] as const),
});
export type RegimeDuties = z.infer<typeof RegimeDuties>;

export const Regime = z.strictObject({
  id: RegimeId,
  title: LocalizedText,
  summary: LocalizedText,
  points: z.array(z.union([LocalizedText, RegimePoint])).check(z.minLength(1)),
  confidence: Confidence,
  sourceIds: z.array(id()).check(z.minLength(1)),
  /** What the law asks in this band; every regime of a procurement has them (not `notProcurement`). */
  duties: z.optional(RegimeDuties),
});
export type Regime = z.infer<typeof Regime>;
export const ProcurementFile = z.strictObject({
  $schema: z.optional(z.string()),
  regimes: z.array(Regime),
});

// ---------------------------------------------------------------------------------------------
// rules/outcomes.json: what each final state of the machine recommends
// ---------------------------------------------------------------------------------------------

/**
 * A text that depends on the procurement regime that applies: one variant per group of regimes, `null`
 * where the text does not apply under those regimes (a next step or alternative left out). Every regime
 * an outcome can be reached under must have a variant (test/machine/regime-texts.test.ts walks every
 * path); integrity validation refuses a regime named twice.
 */
export const RegimeVariants = z.strictObject({
  byRegime: z
    .array(
      z.strictObject({ regimes: z.array(RegimeId).check(z.minLength(1)), text: z.nullable(LocalizedText) }),
    )
    .check(z.minLength(1)),
});
export type RegimeVariants = z.infer<typeof RegimeVariants>;
/** A text the same under every regime, or worded per regime. */
export const RegimeText = z.union([LocalizedText, RegimeVariants]);
export type RegimeText = z.infer<typeof RegimeText>;

export const Outcome = z.strictObject({
  id: OutcomeId,
  primaryFormId: id(),
  /** The rule that fired, in words: why this form fits these answers, worded from the regime. */
  why: RegimeText,
  alternatives: z.array(z.strictObject({ formId: id(), whyNot: RegimeText })),
  exampleIds: z.array(id()).check(z.minLength(1)),
  nextSteps: z.array(RegimeText).check(z.minLength(1)),
});
export type Outcome = z.infer<typeof Outcome>;
export const OutcomesFile = z.strictObject({
  $schema: z.optional(z.string()),
  outcomes: z.array(Outcome),
});

/** Every rules file, its schema, and the name it has on disk. One table drives loader, checks and JSON Schema. */
export const RULE_FILES = {
  meta: MetaFile,
  sources: SourcesFile,
  questions: QuestionsFile,
  forms: FormsFile,
  examples: ExamplesFile,
  funding: FundingFile,
  thresholds: ThresholdsFile,
  procurement: ProcurementFile,
  outcomes: OutcomesFile,
} as const;
export type RuleFileName = keyof typeof RULE_FILES;
export type RawRules = { [K in RuleFileName]: unknown };
export type Rules = { [K in RuleFileName]: z.infer<(typeof RULE_FILES)[K]> };

/**
 * The question flow of Samarbeidsveiviseren, read top-down as the questionnaire: one state per
 * question in the order users meet them, outcomes last as final states. The machine only routes:
 * every guard is named after the rule it checks and calls a pure function in src/domain. Texts live in
 * rules/, arithmetic in the domain. See docs/adr/0002-decision-model.md for why the questions are these.
 */
import { and, assign, setup } from 'xstate';
import type { OutcomeId, QuestionId } from '../content/vocabulary';
import type { Answers, AnswerValue } from '../domain/answers';
import { DECISION_RULES, type DecisionRule, type DecisionRuleName } from '../domain/decision-rules';
import type { ThresholdsInForce } from '../domain/thresholds';

export type FlowContext = { answers: Answers; thresholds: ThresholdsInForce };
export type FlowInput = { thresholds: ThresholdsInForce };
/** The one event: an answer to the question being asked. Back and restart are derived from the URL. */
export type FlowEvent = { type: 'answer'; question: QuestionId; value: AnswerValue };

/** The answers so far with the one being given, so guards judge the route with it. */
const withAnswer = ({ context, event }: { context: FlowContext; event: FlowEvent }): Answers =>
  ({ ...context.answers, [event.question]: event.value }) as Answers;

type GuardArgs = { context: FlowContext; event: FlowEvent };
/** A domain rule as a guard: judged on the answers with the one being given. */
const rule = (check: DecisionRule) => (args: GuardArgs) => check(withAnswer(args), args.context.thresholds);

/** One guard per rule in src/domain/decision-rules.ts, with the rule's name. */
const guards = Object.fromEntries(
  Object.entries(DECISION_RULES).map(([name, check]) => [name, rule(check)]),
) as { [Name in DecisionRuleName]: (args: GuardArgs) => boolean };

/**
 * The name of a guard of the question flow: the name of the domain rule it calls. Every catalogue
 * keyed by guard (the words for each rule on "Slik virker veiviseren") is held to it with
 * `satisfies Record<GuardName, …>`, so a new rule cannot be left without them.
 */
export type GuardName = keyof typeof guards;
export const GUARD_NAMES = Object.keys(guards) as GuardName[];
export const isGuardName = (name: string): name is GuardName => Object.hasOwn(guards, name);

export const questionFlow = setup({
  types: {} as { context: FlowContext; input: FlowInput; events: FlowEvent },
  guards,
  actions: {
    recordAnswer: assign({ answers: (args) => withAnswer(args) }),
  },
}).createMachine({
  id: 'samarbeidsveiviseren',
  // XState's pure transition functions (initialTransition, transition: how the engine replays the
  // answers) first make a throwaway actor of the machine without input (createInertActorScope,
  // statelyai/xstate#5454) and never read its context. Reading `input.thresholds` there threw a
  // TypeError that XState caught, once for every step replayed, so a missing input is allowed here.
  context: ({ input }) => ({ answers: {}, thresholds: input?.thresholds }),
  initial: 'authority',
  states: {
    // --- Questions, in the order users meet them -------------------------------------------
    authority: {
      on: { answer: { target: 'goal', actions: 'recordAnswer' } },
    },
    goal: {
      on: {
        answer: [
          { guard: 'isExploring', target: 'serviceArea', actions: 'recordAnswer' },
          { target: 'payment', actions: 'recordAnswer' },
        ],
      },
    },
    payment: {
      on: {
        answer: [
          { guard: 'isPaymentAGrant', target: 'grantReceivesService', actions: 'recordAnswer' },
          { target: 'serviceArea', actions: 'recordAnswer' },
        ],
      },
    },
    grantReceivesService: {
      on: { answer: { target: 'serviceArea', actions: 'recordAnswer' } },
    },
    serviceArea: {
      on: {
        answer: [
          { guard: 'isExploring', target: 'explore', actions: 'recordAnswer' },
          { guard: 'isPurchaseInReality', target: 'contractValue', actions: 'recordAnswer' },
          {
            guard: and(['isDeveloping', 'isGrantWithoutService']),
            target: 'develop-funded-arena',
            actions: 'recordAnswer',
          },
          { target: 'target', actions: 'recordAnswer' },
        ],
      },
    },
    contractValue: {
      on: {
        answer: [
          // Below the lower limit the act does not apply: buying directly is lawful (LOA § 2).
          {
            guard: and(['isDeveloping', 'isValueBelowLowerLimit']),
            target: 'develop-direct-purchase',
            actions: 'recordAnswer',
          },
          { guard: 'isValueBelowLowerLimit', target: 'implement-small-purchase', actions: 'recordAnswer' },
          // From the lower limit Part I applies: a purchase with competition and a protocol (LOA § 4, FOA § 7-1).
          {
            guard: and(['isDeveloping', 'isValueBelowNationalThreshold']),
            target: 'develop-part-one-purchase',
            actions: 'recordAnswer',
          },
          {
            guard: 'isValueBelowNationalThreshold',
            target: 'implement-part-one-purchase',
            actions: 'recordAnswer',
          },
          { target: 'serviceKind', actions: 'recordAnswer' },
        ],
      },
    },
    serviceKind: {
      on: {
        answer: [
          { guard: 'isNavOffice', target: 'contractingParty', actions: 'recordAnswer' },
          { guard: 'isDeveloping', target: 'develop-innovative-procurement', actions: 'recordAnswer' },
          { target: 'resultsBased', actions: 'recordAnswer' },
        ],
      },
    },
    contractingParty: {
      on: {
        answer: [
          { guard: 'isDeveloping', target: 'develop-innovative-procurement', actions: 'recordAnswer' },
          { target: 'resultsBased', actions: 'recordAnswer' },
        ],
      },
    },
    resultsBased: {
      on: {
        answer: [
          { guard: 'isResultsBased', target: 'implement-outcome-contract', actions: 'recordAnswer' },
          { target: 'implement-operating-agreement', actions: 'recordAnswer' },
        ],
      },
    },
    target: {
      on: {
        answer: [
          {
            guard: and(['isDeveloping', 'isForIndividuals']),
            target: 'develop-cocreation',
            actions: 'recordAnswer',
          },
          { guard: 'isDeveloping', target: 'develop-partnership', actions: 'recordAnswer' },
          {
            guard: and(['isGrantWithoutService', 'isForIndividuals']),
            target: 'implement-annual-support',
            actions: 'recordAnswer',
          },
          { guard: 'isGrantWithoutService', target: 'implement-operating-support', actions: 'recordAnswer' },
          { guard: 'isForIndividuals', target: 'implement-inclusion', actions: 'recordAnswer' },
          { target: 'implement-supplement', actions: 'recordAnswer' },
        ],
      },
    },

    // --- Outcomes: each maps to rules/outcomes.json ----------------------------------------
    explore: { type: 'final' },
    'develop-cocreation': { type: 'final' },
    'develop-partnership': { type: 'final' },
    'develop-funded-arena': { type: 'final' },
    'develop-direct-purchase': { type: 'final' },
    'develop-part-one-purchase': { type: 'final' },
    'develop-innovative-procurement': { type: 'final' },
    'implement-small-purchase': { type: 'final' },
    'implement-part-one-purchase': { type: 'final' },
    'implement-operating-agreement': { type: 'final' },
    'implement-outcome-contract': { type: 'final' },
    'implement-annual-support': { type: 'final' },
    'implement-operating-support': { type: 'final' },
    'implement-inclusion': { type: 'final' },
    'implement-supplement': { type: 'final' },
  },
});

export type FlowStateId = QuestionId | OutcomeId;

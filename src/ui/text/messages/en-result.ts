/**
 * The interface texts in English that only a result and "Slik virker veiviseren" use, with the same keys
 * as nb-result.ts; the rest are in en.ts.
 */
import type { GuardWords } from './nb';
import type { ResultMessages } from './nb-result';

const SERVICE_NAME = 'Samarbeidsveiviseren';

export const enResult: ResultMessages = {
  how: {
    title: 'How the tool decides',
    resultLink: 'How the tool decides: every question, rule, threshold value and source',
    lead: 'Everything on this page is read from the same rules the tool uses when it makes a recommendation, so what it says here is what the tool actually does.',
    basis: (version: string, date: string) =>
      `Rules version ${version}. The threshold values, and what is marked as due for checking, are as of the assessment date, ${date}.`,
    contentsHeading: 'On this page',
    flowHeading: 'The questions and where they lead',
    flowIntro:
      'The tool asks one question at a time. After each answer it tries the rules under that question from the top, and the first rule that fits decides the next question or the recommendation.',
    routeIf: (rule: string) => `If ${rule}`,
    routeAnd: ' and ',
    routeOtherwise: 'Otherwise',
    routeAlways: 'Whatever the answer',
    leadsToQuestion: 'goes on to',
    leadsToOutcome: 'recommends',
    outcomeTag: 'Recommendation',
    guards: {
      isExploring: 'you do not yet know what you want to achieve and want to explore',
      isDeveloping: 'you want to develop a new solution',
      isNavOffice: 'you are a Nav office',
      isGrantWithoutService: 'you give a grant without receiving a service yourselves',
      isPurchaseInReality:
        'it is in reality a purchase: you buy, or you give a grant and receive a service whose content you decide',
      isPaymentAGrant: 'you want to give a grant',
      isValueBelowLowerLimit: (amount: string) =>
        `the value is below the lower limit for the procurement rules (NOK\u00a0${amount})`,
      isValueBelowNationalThreshold: (amount: string) =>
        `the value is below the national threshold value (NOK\u00a0${amount})`,
      isResultsBased: 'you want to pay for results achieved',
      isForIndividuals: 'the measure is aimed at individuals',
    } satisfies GuardWords,
    tableHeading: 'The decision table',
    tableMayBeOutdated: (names: string) =>
      `Some of the amounts the table rests on may be out of date: ${names}. See the threshold values on this page.`,
    tableIntro: (paths: string, rows: string, date: string) =>
      `Every combination of answers the tool accepts, with amounts in bands between the threshold values that apply on ${date}: ${paths} possible paths, merged into ${rows} rows. ‘Any’ means every answer to that question leads to the same recommendation, ‘not asked’ that the question is not asked on that path. Amounts exclude VAT.`,
    tableCaption: 'The answers and the recommendation they lead to',
    tableScrollHint: 'The table is wide. Scroll sideways within it to see every column.',
    tableOutcome: 'Recommendation',
    any: 'any',
    notAsked: 'not asked',
    amountRange: (from: string, to: string) => `NOK\u00a0${from}–${to}`,
    amountOrMore: (from: string) => `NOK\u00a0${from} or more`,
    thresholdsHeading: 'Threshold values',
    thresholdsIntro:
      'Every threshold value the tool knows, including those no longer in force and those only proposed, with the period each applies to, its source and when we last checked it. Amounts exclude VAT.',
    periodFromTo: (from: string, to: string) => `Applied from ${from} to ${to} inclusive`,
    periodFrom: (from: string) => `Applies from ${from}, no end date known`,
    appliedTag: 'Used on the assessment date',
    proposedTag: 'Proposal',
    expectedRevisionTag: 'Expected change',
    expectedRevision: (date: string) =>
      `Newer amounts may apply from ${date}. The guide uses the amount entered now and says next to it that it may be out of date.`,
    proposed: (date: string, where: string) =>
      `Proposed on ${date} in ${where}. Not confirmed as adopted, so the tool does not use it.`,
    fundingHeading: 'Funding schemes',
    fundingIntro:
      'Every scheme the tool can suggest, with its source, validity, how certain the information is and when we last checked it.',
    validity: 'Validity',
    validityFromTo: (from: string, to: string) => `From ${from} to ${to} inclusive`,
    validityFrom: (from: string) => `From ${from}, no end date known`,
    validityTo: (to: string) => `Until ${to} inclusive`,
    validityOpen: 'Ongoing, no period given in the sources',
    confidence: 'How certain',
    confidenceLevels: {
      verified: 'Confirmed in the source',
      secondary: 'Confirmed only in a secondary source',
      recollection: 'Not confirmed in a source',
      open: 'Not found in the sources',
    },
    dueExplanation:
      'Anything last checked more than twelve months before the assessment date is marked ‘Due for checking’.',
  },
  result: {
    heading: (form: string) => `Recommended form of collaboration: ${form}`,
    assessed: (date: string, version: string) => `Assessed on ${date} under rules version ${version}`,
    assessedBefore: (date: string) => `Assessed on ${date} under`,
    rulesVersionLink: (version: string) => `rules version ${version}`,
    print: 'Print or save as PDF',
    whyHeading: 'Why we recommend this',
    answersLedHere: 'The answers that led here',
    procurementNoteHeading: 'About the procurement rules for this form',
    procurementHeading: 'Procurement rules',
    noAmount:
      'You are not buying anything, so there is no contract value to compare with the threshold values.',
    thresholdsHeading: 'Threshold values applied',
    thresholdAmount: (amount: string) => `NOK\u00a0${amount}`,
    positionBelow: 'Your amount is below this limit.',
    positionAtOrAbove: 'Your amount is at or above this limit.',
    validFrom: (date: string) => `applies from ${date}`,
    mayBeOutdatedTag: 'May be out of date',
    mayBeOutdated: (date: string) => `Newer amounts may apply from ${date}.`,
    lastCheckedSentence: (date: string) => `Last checked on ${date}.`,
    sourceLabel: 'Source',
    sourcesLabel: 'Sources',
    figureHeading: 'Where your amount falls',
    yourAmount: (amount: string) => `Your amount: NOK\u00a0${amount}`,
    figureCaption: (amount: string, place: string) => `Your amount, NOK\u00a0${amount}, ${place}.`,
    figurePlaceBelow: (name: string, limit: string) => `is below the ${name} (NOK\u00a0${limit})`,
    figurePlaceBetween: (lower: string, lowerAmount: string, upper: string, upperAmount: string) =>
      `is between the ${lower} (NOK\u00a0${lowerAmount}) and the ${upper} (NOK\u00a0${upperAmount})`,
    figurePlaceAbove: (name: string, limit: string) => `is at or above the ${name} (NOK\u00a0${limit})`,
    notesHeading: 'Things you should be aware of',
    stricterServiceKind:
      'You were unsure what kind of service this is in legal terms. The tool has therefore treated it as an ordinary service, which has the lowest EEA threshold value. Check the type of service with a procurement adviser or a lawyer.',
    stricterContractingParty:
      'You did not know who will enter into the contract. The tool has used the state EEA threshold value, because it is the lowest. Find out who the contracting authority is.',
    grantTreatedAsPurchase:
      'You answered that you want to give a grant, but also that you will receive a service whose content you decide. In reality that is a purchase, and the procurement rules apply. A purchase called a grant can be an illegal direct award.',
    proposedThreshold: (name: string, amount: string, proposedIn: string, current: string) =>
      `It has been proposed to change the ${name} to NOK\u00a0${amount} (${proposedIn}). We have not been able to confirm that the change has been adopted or has come into force, so the tool uses NOK\u00a0${current}. Check anskaffelser.no before you decide.`,
    proposedAffectsYou:
      'Your amount lies between the current limit and the proposed one, so this may matter to you.',
    uncertainTag: 'Unconfirmed information',
    uncertainExplanation:
      'We have not been able to confirm this in a primary source. Check the information before you rely on it.',
    examplesHeading: 'Examples from the guide',
    examplesIntro: 'How other public bodies have worked with social entrepreneurs.',
    organisations: 'Who',
    /** One name in a renamed body's chain: the name, the year it took effect, and whether a primary source confirms it. */
    nameStep: (name: string, year: string | undefined, unconfirmed: boolean) =>
      `${name}${year || unconfirmed ? ` (${[year, unconfirmed ? 'not confirmed' : ''].filter(Boolean).join(', ')})` : ''}`,
    laterStatus: 'What happened later',
    guideWords: 'The guide wrote in 2017 (in Norwegian)',
    guideCorrection: 'The rule today',
    lesson: 'What you can learn',
    exampleSource: (heading: string) => `Source: Veier til samarbeid (the guide), chapter 3, ‘${heading}’`,
    fundingHeading: 'Grants and funding',
    fundingIntro:
      'Schemes that may suit your answers. Check the requirements and deadlines with the body that administers each scheme.',
    fundingNone: 'We found no grant schemes that suit your answers.',
    administrator: 'Administered by',
    whatItFunds: 'What the scheme funds',
    whoMayApply: 'Who can apply',
    timing: 'When',
    nameInGuide: (name: string) => `In the 2017 guide, the scheme was called ‘${name}’.`,
    fundingStatus: {
      active: 'Active scheme',
      uncertain: 'Status unconfirmed',
      notAGrant: 'Not a grant',
    },
    alternativesHeading: 'Other forms of collaboration we considered',
    whyNot: 'Why not',
    nextStepsHeading: 'Next steps',
    aboutTheForm: 'About this form of collaboration',
    readTheReasoning: 'Read the reasoning',
    nextStepsIntro: 'On the printout you can tick off each step.',
    mustDo: {
      heading: 'What you must do',
      regime: (title: string) => `Rules for this value and service: ${title}.`,
      notProcurement:
        'You have no duty to advertise or to hold a competition under the procurement rules, but other rules apply.',
      moreDuties: 'Standstill, fee and sources',
      sourcesFold: 'Paragraphs and sources for these duties',
      labels: {
        announce: 'Advertising',
        compete: 'Competition',
        protocol: 'Procurement record',
        standstill: 'Standstill period',
        fine: 'Infringement fee',
      },
      values: {
        announce: {
          none: 'You have no duty to advertise',
          doffin: 'Advertise the competition in Doffin',
          doffinTed: 'Advertise the competition in Doffin, which forwards it to TED',
        },
        compete: {
          notRequired: 'Not required: you may buy directly',
          asFarAsPossible: 'Ensure competition as far as possible',
          tilbudskonkurranse: 'Open or restricted competition (tilbudskonkurranse)',
          anbudskonkurranse:
            'Open or restricted tender procedure (anbudskonkurranse); other procedures only when their conditions are met',
          ownProcedure: 'A procedure you design yourselves, within the basic principles',
        },
        protocol: { notRequired: 'Not required', required: 'Keep a procurement record' },
        standstill: {
          none: 'No standstill period',
          reasonable: 'Wait a reasonable period after the award notice before signing',
          tenDays: 'Wait at least ten days after the award notice before signing',
          notSettled:
            'Not settled whether a standstill period applies. We recommend waiting a reasonable period after the award notice before you sign',
        },
        fine: { notPossible: 'Not possible', possible: 'Possible for an illegal direct award' },
      },
    },
    contentsHeading: 'On this page',
    exploreHeading: 'Explore other answers',
    exploreIntro:
      'See what changes with other answers, compare with another result, or assess as of another date.',
    sourcesHeading: 'Sources',
    disclaimerHeading: 'This is guidance, not a legal assessment',
    disclaimer:
      'The recommendation is based on your answers and on the rules as we understand them on the assessment date. It does not replace an assessment of your specific case. If you are in doubt, ask a procurement adviser or a lawyer.',
  },
  whatIf: {
    heading: 'What if you answered differently?',
    intro:
      'These answers would lead to a different recommendation or different procurement rules. ‘Try this’ shows the result with that one answer changed. Your browser’s Back button brings you back here.',
    none: 'No single answer would change the recommendation or the procurement rules.',
    ifChoice: (answer: string) => `If the answer were ‘${answer}’`,
    ifAmount: (range: string) => `If the value were ${range}`,
    amountBelow: (amount: string) => `below ${amount}`,
    amountAtLeast: (amount: string) => `${amount} or more`,
    amountBetween: (from: string, below: string) => `from ${from} to below ${below}`,
    becomes: 'the recommendation becomes',
    sameFormOtherRules: 'the same form of collaboration, but different procurement rules:',
    sameFormRulesMayBe: 'the same form of collaboration, but the procurement rules may become',
    oneMoreQuestion: (question: string) => `you get one more question (‘${question}’)`,
    moreQuestions: (count: string, question: string) =>
      `you get ${count} more questions, starting with ‘${question}’`,
    upToMoreQuestions: (count: string, question: string) =>
      `you get up to ${count} more questions, starting with ‘${question}’`,
    andBecomes: 'and the recommendation becomes',
    andMayBecome: 'and the recommendation may become',
    andAnswersDecide: (count: string) =>
      `and your answers decide which of ${count} forms of collaboration is recommended`,
    asNow: 'as now',
    tryIt: 'Try this',
    tryItHidden: (label: string, answer: string) => `${label}: ${answer}`,
  },
  share: {
    copyLink: 'Copy link',
    copyText: 'Copy as text',
    linkCopied: 'The link has been copied',
    textCopied: 'The text has been copied',
    linkNotCopied:
      'Your browser did not let us copy the link. Select the link in the field below and copy it yourself (Ctrl+C, or Cmd+C on a Mac).',
    textNotCopied:
      'Your browser did not let us copy the text. Select the text in the field below and copy it yourself (Ctrl+C, or Cmd+C on a Mac).',
    linkLabel: 'Link to this assessment',
    textLabel: 'The assessment as text',
    hideField: 'Hide the field',
  },
  feedback: {
    link: 'Give feedback',
    subject: (rulesVersion: string) => `Feedback on ${SERVICE_NAME} (rules ${rulesVersion})`,
    body: (rulesVersion: string, link: string) =>
      `Write your feedback here:\n\n\n---\nRules version: ${rulesVersion}\nThe assessment it concerns: ${link}`,
  },
};

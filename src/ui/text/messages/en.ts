/**
 * Every interface string in British English, with the same keys as nb.ts. Terms follow
 * docs/glossary.md: "the tool" for this service (its name, Samarbeidsveiviseren, is not translated),
 * "the guide" for the 2017 guide "Veier til samarbeid", amounts as "NOK 1,300,000".
 */
import type { AmountProblem } from '../../../domain/amount';
import type { QuestionMessages } from './nb';

const SERVICE_NAME = 'Samarbeidsveiviseren';

export const en: QuestionMessages = {
  locale: 'en',
  service: {
    name: SERVICE_NAME,
    tagline: 'Working with social entrepreneurs',
    pageTitle: (title: string) => `${title} – ${SERVICE_NAME}`,
    errorTitlePrefix: 'Error: ',
  },
  layout: {
    skipLink: 'Skip to main content',
    loading: 'Loading the tool…',
    startAgain: 'Start again',
    languageNav: 'Language',
    homeLinkHint: 'home page',
    footerHeading: 'About the tool',
    footerParagraphs: [
      'The tool is based on chapter 3, ‘Samarbeidsformer’ (forms of collaboration), of the guide ‘Veier til samarbeid’ (paths to collaboration), published in 2017 by the Ministry of Local Government and Modernisation and KS (the Norwegian Association of Local and Regional Authorities). Threshold values, schemes and names have been updated from the sources we cite.',
      'The texts are written by us, not by the ministry or KS. The tool gives guidance, not legal advice.',
    ],
    accessibilityLink: 'Accessibility statement',
    privacyLink: 'Privacy: we store nothing about you',
    changesLink: 'Changes to the rules the tool uses',
    /** The footer's link to "Slik virker veiviseren". */
    howLink: 'How the tool decides: questions, rules and sources',
  },
  start: {
    heading: SERVICE_NAME,
    lead: 'Find out which form of collaboration suits you when you want to work with a social entrepreneur, and which procurement rules then apply.',
    forWhom:
      'The tool is for procurement officers and case officers in municipalities, county authorities, state agencies, health trusts and Nav offices.',
    youGetHeading: 'What you get',
    youGet: [
      'a recommended form of collaboration, and why it suits you',
      'which procurement rules apply to the amount, with threshold values and sources',
      'examples from other public bodies',
      'grant schemes that may be relevant',
    ],
    needHeading: 'What you should know before you start',
    need: [
      'roughly what you want to achieve together with the entrepreneur',
      'who the initiative is for',
      'an estimate of the contract value if you are going to buy something: the whole period including options, excluding VAT',
    ],
    duration: 'It takes 3–5 minutes. You answer 4–8 questions, one at a time.',
    startButton: 'Start now',
    sourceNote:
      'The tool is based on chapter 3 of the guide ‘Veier til samarbeid’ (Ministry of Local Government and Modernisation and KS, 2017). It gives guidance, not legal advice.',
    privacyNote:
      'Your answers are not stored. They are kept only in the link, so you can share it or save it.',
  },
  question: {
    back: 'Back',
    continue: 'Continue',
    amountSuffix: 'NOK',
    suggestion: (suggested: string, area: string) =>
      `Based on the area you chose (‘${area}’), the tool suggests ‘${suggested}’. Check that this is right before you continue.`,
    suggestedTag: 'Suggested',
    chooseOne: 'Choose one of the options',
    amountProblems: {
      empty: 'Enter the estimated value in kroner, for example 1,300,000',
      notANumber: 'Enter the amount in figures, for example 1,300,000',
      negative: 'The amount cannot be negative. Enter it without a minus sign, for example 1,300,000',
      zero: 'The amount must be more than 0. Enter an estimate in whole kroner, for example 1,300,000',
      tooLarge: 'The amount is over NOK 10 billion. Check that you have not typed too many digits',
    } satisfies Record<AmountProblem, string>,
  },
  errorSummary: {
    heading: 'There is a problem',
  },
  assessmentDate: {
    heading: 'Assess as of another date',
    intro:
      'Threshold values change over time. The tool uses those in force today, but you can choose another date.',
    label: 'Assessment date',
    hint: (first: string) =>
      `Day, month and year (dd/mm/yyyy), for example the date you plan to announce the competition. The tool has threshold values from ${first}.`,
    submit: 'Assess as of this date',
    useToday: 'Use today’s date',
    empty: 'Enter a date, for example 01/03/2027',
    invalid: 'Enter a date that exists, as dd/mm/yyyy, for example 01/03/2027',
    tooEarly: (first: string) =>
      `The tool has no threshold values before ${first}. Enter a date on or after ${first}`,
    thresholdsOfPastDate: (date: string) => `The threshold values that applied on ${date} have been used.`,
    thresholdsOfDate: (date: string) =>
      `The threshold values that apply on ${date}, as far as we know them today, have been used.`,
  },
  versionNote: {
    heading: 'The rules have changed since this link was made',
    unknownHeading: 'The link refers to a rules version the tool does not know',
    versions: (link: string, current: string) =>
      `The link was made under rules version ${link}. The tool now uses rules version ${current}.`,
    unknownVersion: (link: string, current: string) =>
      `The link gives rules version ‘${link}’, which the tool does not know, so we cannot say what has changed. The assessment below was made under rules version ${current}.`,
    changesHeading: 'Changes that concern this assessment',
    change: (version: string, date: string) => `Rules version ${version} (${date}):`,
    noneAffect: 'None of the changes since then concern this assessment.',
    allChanges: 'All changes to the rules',
    resultSame: (form: string) => `The result is the same: ${form}.`,
    resultChanged: (before: string, now: string) => `The result was ‘${before}’, now ‘${now}’.`,
    resultUnknown:
      'The link does not say which result it showed, so we cannot say whether the result has changed.',
    resultIncomplete:
      'Under the rules that apply now, the tool needs more answers before it can make a recommendation.',
  },
  currency: {
    dueLabel: 'Due for checking',
    dueSentence: (date: string) => `last checked on ${date}.`,
  },
  linkProblems: {
    heading: 'Something in the link could not be used',
    invalidAnswer: (label: string, value: string) =>
      `The answer to ‘${label}’ in the link (‘${value}’) could not be used.`,
    invalidAmount: (label: string, value: string, problem: string) =>
      `The answer to ‘${label}’ in the link (‘${value}’) could not be used. ${problem}.`,
    repeated: (label: string, value: string) =>
      `The link had more than one answer to ‘${label}’. We used the first one and ignored ‘${value}’.`,
    unknownKey: (key: string) =>
      `The link contained ‘${key}’, which the tool does not recognise. It was not used.`,
    invalidDate: (value: string) =>
      `The date in the link (‘${value}’) is not a valid date. We are using today’s date.`,
    dateNotCovered: (value: string, firstCovered: string) =>
      `The tool has no rules for the date in the link (‘${value}’). The first date we have rules for is ${firstCovered}. We are using today’s date.`,
    resultNotReached: (label: string) =>
      `The link pointed to the recommendation, but it has no answer to ‘${label}’. Answer the question to see the recommendation.`,
    questionNotReached: (label: string) =>
      `The link pointed to the question ‘${label}’, but the answers in the link do not lead there.`,
    unknownStep: (value: string) => `The link pointed to a page the tool does not know (‘${value}’).`,
    continues: 'The tool continues from the last valid answer.',
  },
  answers: {
    heading: 'Your answers',
    change: 'Change',
    changeHidden: (label: string) => label,
    none: 'You have not answered any questions yet.',
    startLink: 'Start now',
    toResult: 'See the recommendation',
    toQuestions: 'Continue with the questions',
  },
  compare: {
    pinHint: 'Want to compare? Pin this result before you try other answers.',
    pin: 'Pin this result',
    pinnedHeading: 'This result is pinned',
    pinnedBody:
      'Try another answer under ‘What if you answered differently?’, or change an answer under ‘Your answers’. You will then see the two results side by side.',
    heading: 'Compared with the pinned result',
    caption: (differing: string, total: string) =>
      `The pinned result and this result side by side: ${differing} of ${total} rows differ`,
    pinnedColumn: 'Pinned result',
    currentColumn: 'This result',
    formRow: 'Recommended form of collaboration',
    rulesRow: 'Procurement rules',
    fundingRow: 'Grants and funding',
    differs: 'Differs',
    notAsked: 'Not asked',
    noFunding: 'None',
    below: (name: string, amount: string) => `below the ${name} (${amount})`,
    atOrAbove: (name: string, amount: string) => `at or above the ${name} (${amount})`,
    pinInstead: 'Pin this result instead',
    showPinned: 'Show the pinned result',
    unpin: 'Remove the pinned result',
    unusableHeading: 'The pinned result in the link could not be used',
    unusableIncomplete: 'The answers in the pinned result do not lead to a recommendation.',
    unusableIgnored: 'We have ignored the pinned result. You can pin a result again from the result page.',
  },
  recovery: {
    title: 'Something went wrong',
    heading: 'Something went wrong on this page',
    body: 'We could not show the page. Your answers are not lost: they are in the link below, and you can try again or keep the link.',
    retry: 'Try again',
    startAgain: 'Start again',
    linkLabel: 'The link with your answers',
  },
  rulesError: {
    title: 'The tool is not available',
    heading: 'The tool could not load its rules',
    body: 'Something is wrong with the rules the tool is based on, so we cannot give a recommendation right now. Your answers are not lost: they are in the link.',
    retry: 'Try again',
    later: 'Try again later. If the problem continues, keep the link and open it again later.',
  },
  networkError: {
    title: 'The page could not be loaded',
    heading: 'The tool could not download what it needs',
    body: 'The connection to the site was lost, or a new version of the tool was published while the page was open. Your answers are not lost: they are in the link.',
    later: 'Check that you are online, and try again.',
  },
};

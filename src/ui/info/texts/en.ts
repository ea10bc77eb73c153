/** The accessibility statement and the privacy page in English; the same shape as nb.ts. */
import type { InfoTexts } from './nb';

export const infoEn: InfoTexts = {
  locale: 'en',
  accessibility: {
    title: 'Accessibility statement',
    description:
      'How Samarbeidsveiviseren meets the accessibility requirements (WCAG 2.1 levels A and AA), known deviations, and how to report a problem.',
    lead: 'This statement covers Samarbeidsveiviseren. Public bodies in Norway must have websites everyone can use, and must say how they meet the requirements for universal design. The requirements are based on the WCAG 2.1 guidelines, levels A and AA.',
    statusHeading: 'Status',
    status:
      'We know of no failure to meet WCAG 2.1 levels A and AA, and so we consider that the tool meets them. This is our own assessment: no independent party has audited the tool.',
    checkedHeading: 'How we checked',
    checkedIntro:
      'We check the tool with automated tests, most of them in a real browser (Chromium). The tests are part of the tool’s source code; the file is given in brackets:',
    checks: {
      axe: (file: string) =>
        `The axe tool looks for failures of WCAG 2.0 and 2.1 levels A and AA on every screen: the start page, every question, the error messages, a link with errors in it, ‘Your answers’, every result, ‘How the tool decides’, this statement, the privacy page and the page of changes to the rules (${file}).`,
      keyboard: (file: string) =>
        `The whole way from the start page to a printed result is taken with the keyboard alone. Everything that receives focus must show it clearly, and focus must move to the heading of each new page (${file}).`,
      reflow: (file: string) =>
        `Every screen is shown 320 pixels wide, the same as 400 per cent zoom, and nothing may require scrolling sideways (${file}).`,
      interface: (folder: string) =>
        `The interface tests find every field, button and link by its role and name, as screen readers and other assistive technologies do (${folder}).`,
    },
    notChecked:
      'There is no documented test with a screen reader or with users of assistive technology. Automated tests do not find every problem, so there may be problems we do not know of.',
    deviationsHeading: 'Known deviations',
    deviations: 'We know of no content that fails the requirements. Still, these are worth knowing:',
    notes: [
      'The decision table on ‘How the tool decides’ is wide. On narrow screens it scrolls sideways inside its own box, which the requirements allow for tables. The box can also be scrolled with the keyboard.',
      'When you save a result as a PDF, your browser makes the file. How well the PDF works with assistive technology depends on the browser.',
      'The links to the sources lead to other websites, which have accessibility statements of their own.',
    ],
    reportHeading: 'Report a problem',
    reportIntro:
      'If you have trouble using the tool, or something does not work for you, we would like to know. Tell us what you were trying to do, and which browser and assistive technology you used.',
    reportTo: 'Report it here:',
    reportNoContact:
      'The tool has no contact address of its own. Report the problem to the organisation that publishes the tool: the one behind the website where you found it.',
    complainHeading: 'Complain to the supervisory authority',
    complain:
      'If you believe the tool does not meet the requirements, for example because you get no answer or are not satisfied with the answer, you can complain to the Authority for Universal Design of ICT (Tilsynet for universell utforming av IKT). It is part of the Norwegian Digitalisation Agency (Digdir).',
    complainLink: 'The Authority for Universal Design of ICT (uutilsynet.no)',
    reviewedHeading: 'Last reviewed',
    reviewed: (date: string) => `This statement was last reviewed on ${date}.`,
  },
  privacy: {
    title: 'Privacy',
    description:
      'Samarbeidsveiviseren stores nothing about you: your answers are kept only in the link. No cookies, no analytics and no third parties.',
    lead: 'Samarbeidsveiviseren stores nothing about you or your answers.',
    storesHeading: 'What the tool stores',
    stores: [
      'Nothing. Your answers are kept only in the link in the address bar. The tool works out the recommendation in your browser, and while you go from question to question it sends your answers nowhere.',
      'When you open a link with answers in it, or reload the page, the website’s server receives the whole address, as every website receives the address of the pages it serves. The tool makes no use of it. Whether the server keeps a log of addresses is up to whoever runs the website.',
      'Because your answers are in the address, they are also in your browser’s history, like every address you visit. If others use the same computer, you can clear the history when you are done.',
    ],
    cookiesHeading: 'Cookies, analytics and third parties',
    cookies: [
      'The tool uses no cookies, stores nothing in your browser and has no tools for statistics or analytics.',
      'Everything the tool needs, such as the font, the look and the rules it applies, comes from the same website. No third party learns that you use it: the website tells your browser to refuse anything from elsewhere.',
      'The links to sources lead to other websites. If you follow one, that website’s own privacy rules apply. Your answers are not sent along.',
    ],
    linkHeading: 'What a shared link shows',
    linkIntro:
      'The link to a page of the tool holds everything needed to show the same page again. Anyone who has the link can see:',
    linkItems: [
      'your answers: what kind of public body you are, what you want to achieve, how you will pay, the area and your other choices',
      'the amount you estimated for the contract',
      'the assessment date, if you chose a date other than today',
      'the language, the rules version and the recommendation the link was made with',
      'a result you pinned to compare with, with the answers that gave it',
    ],
    linkNoFreeText:
      'The tool has no free-text fields, so the link cannot hold names, email addresses or anything else you type yourself, only your choices and the amount. Still, think about who you share it with if the plans or the amount are not yet public.',
    questionsHeading: 'Questions about privacy',
    questionsText:
      'The tool itself processes no personal data. If you have questions about the website it is on, for example about logs, contact the organisation that publishes the tool.',
    questionsTo: 'Write to:',
  },
  changes: {
    title: 'Changes to the rules',
    description:
      'Every version of the rules Samarbeidsveiviseren uses, with the date it was published and what changed.',
    lead: 'Every version of the rules the tool uses, newest first, with what changed.',
    about:
      'The tool bases its recommendations on a numbered version of its rules: the questions, the rules for which answers lead to which result, the threshold values and the texts. The version is shown on every result and carried in its link.',
    current: (version: string) => `The tool now uses rules version ${version}.`,
    versionHeading: (version: string, date: string) => `Rules version ${version}, ${date}`,
    currentTag: 'current',
    olderLinks:
      'When you open a link made under older rules, the tool says which of the changes since then concern the assessment in the link.',
  },
};

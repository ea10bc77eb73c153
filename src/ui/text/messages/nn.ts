/**
 * Every interface string in nynorsk (2012 norm, moderate forms), with the same keys as nb.ts. Terms
 * follow docs/glossary.md: "vegvisaren" for this service, "rettleiaren" for the 2017 guide, "de/dykk/
 * dykkar" for the organisation addressed as "dere" in bokmål.
 */
import type { AmountProblem } from '../../../domain/amount';
import type { QuestionMessages } from './nb';

const SERVICE_NAME = 'Samarbeidsveiviseren';

export const nn: QuestionMessages = {
  locale: 'nn',
  service: {
    name: SERVICE_NAME,
    tagline: 'Samarbeid med sosiale entreprenørar',
    pageTitle: (title: string) => `${title} – ${SERVICE_NAME}`,
    errorTitlePrefix: 'Feil: ',
  },
  layout: {
    skipLink: 'Hopp til hovudinnhaldet',
    loading: 'Lastar vegvisaren …',
    startAgain: 'Start på nytt',
    languageNav: 'Språk',
    homeLinkHint: 'til framsida',
    footerHeading: 'Om vegvisaren',
    footerParagraphs: [
      'Vegvisaren byggjer på kapittel 3, «Samarbeidsformer», i rettleiaren «Veier til samarbeid» frå Kommunal- og moderniseringsdepartementet og KS (2017). Terskelverdiar, ordningar og namn er oppdaterte etter kjeldene vi viser til.',
      'Tekstane er skrivne av oss, ikkje av departementet eller KS. Vegvisaren gir rettleiing, ikkje juridisk rådgiving.',
    ],
    accessibilityLink: 'Tilgjengelegheitserklæring',
    privacyLink: 'Personvern: vi lagrar ingenting om deg',
    changesLink: 'Endringar i regelverket vegvisaren brukar',
    /** The footer's link to "Slik virker veiviseren". */
    howLink: 'Slik verkar vegvisaren: spørsmål, reglar og kjelder',
  },
  start: {
    heading: SERVICE_NAME,
    lead: 'Finn ut kva samarbeidsform som passar når de vil samarbeide med ein sosial entreprenør, og kva anskaffingsreglar som då gjeld.',
    forWhom:
      'Vegvisaren er for innkjøparar og sakshandsamarar i kommunar, fylkeskommunar, statlege verksemder, helseføretak og Nav-kontor.',
    youGetHeading: 'Dette får de',
    youGet: [
      'ei tilrådd samarbeidsform, og kvifor ho passar',
      'kva anskaffingsreglar som gjeld for beløpet, med terskelverdiar og kjelder',
      'døme frå andre offentlege verksemder',
      'tilskotsordningar som kan passe',
    ],
    needHeading: 'Dette bør de vite før de startar',
    need: [
      'omtrent kva de vil oppnå saman med entreprenøren',
      'kven tiltaket er for',
      'ei berekning av kva kontrakten er verd dersom de skal kjøpe noko: heile perioden med opsjonar, utan meirverdiavgift',
    ],
    duration: 'Det tek 3–5 minutt. Du svarar på 4–8 spørsmål, eitt om gongen.',
    startButton: 'Start vegvisaren',
    sourceNote:
      'Vegvisaren byggjer på kapittel 3 i rettleiaren «Veier til samarbeid» (Kommunal- og moderniseringsdepartementet og KS, 2017) og gir rettleiing, ikkje juridisk rådgiving.',
    privacyNote: 'Svara blir ikkje lagra. Dei ligg berre i lenkja, som de kan dele eller ta vare på.',
  },
  question: {
    back: 'Tilbake',
    continue: 'Hald fram',
    amountSuffix: 'kr',
    suggestion: (suggested: string, area: string) =>
      `Ut frå området de valde («${area}»), føreslår vegvisaren «${suggested}». Sjekk at det stemmer før de går vidare.`,
    suggestedTag: 'Forslag',
    chooseOne: 'Vel eitt av alternativa',
    amountProblems: {
      empty: 'Skriv inn den berekna verdien i kroner, til dømes 1 300 000',
      notANumber: 'Skriv beløpet med tal, til dømes 1 300 000',
      negative: 'Beløpet kan ikkje vere negativt. Skriv beløpet utan minusteikn, til dømes 1 300 000',
      zero: 'Beløpet må vere større enn 0. Skriv den berekna verdien i heile kroner, til dømes 1 300 000',
      tooLarge: 'Beløpet er over 10 milliardar kroner. Sjekk at du ikkje har skrive for mange siffer',
    } satisfies Record<AmountProblem, string>,
  },
  errorSummary: {
    heading: 'Dette må rettast',
  },
  assessmentDate: {
    heading: 'Vurder etter ein annan dato',
    intro:
      'Terskelverdiane blir endra over tid. Vegvisaren brukar dei som gjeld i dag, men de kan velje ein annan dato.',
    label: 'Vurderingsdato',
    hint: (first: string) =>
      `Skriv dag, månad og år (dd.mm.åååå), til dømes datoen de planlegg å kunngjere konkurransen. Vegvisaren har terskelverdiar frå ${first}.`,
    submit: 'Vurder etter denne datoen',
    useToday: 'Bruk dagens dato',
    empty: 'Skriv inn ein dato, til dømes 01.03.2027',
    invalid: 'Skriv ein dato som finst, som dd.mm.åååå, til dømes 01.03.2027',
    tooEarly: (first: string) =>
      `Vegvisaren har ikkje terskelverdiar før ${first}. Skriv inn ein dato frå og med ${first}`,
    thresholdsOfPastDate: (date: string) => `Terskelverdiane som galdt ${date}, er brukte.`,
    thresholdsOfDate: (date: string) =>
      `Terskelverdiane som gjeld ${date}, slik vi kjenner dei i dag, er brukte.`,
  },
  versionNote: {
    heading: 'Reglane er endra sidan lenkja vart laga',
    unknownHeading: 'Lenkja viser til eit regelverk vegvisaren ikkje kjenner',
    versions: (link: string, current: string) =>
      `Lenkja vart laga etter regelverk ${link}. Vegvisaren brukar no regelverk ${current}.`,
    unknownVersion: (link: string, current: string) =>
      `Lenkja oppgir regelverk «${link}», som vegvisaren ikkje kjenner, så vi kan ikkje seie kva som er endra. Vurderinga under er gjord etter regelverk ${current}.`,
    changesHeading: 'Endringar som gjeld denne vurderinga',
    change: (version: string, date: string) => `Regelverk ${version} (${date}):`,
    noneAffect: 'Ingen av endringane sidan då gjeld denne vurderinga.',
    allChanges: 'Alle endringar i regelverket',
    resultSame: (form: string) => `Resultatet er det same: ${form}.`,
    resultChanged: (before: string, now: string) => `Resultatet var «${before}», no «${now}».`,
    resultUnknown: 'Lenkja seier ikkje kva resultat ho viste, så vi kan ikkje seie om resultatet er endra.',
    resultIncomplete: 'Etter reglane som gjeld no, treng vegvisaren fleire svar før han kan gi ei tilråding.',
  },
  currency: {
    dueLabel: 'Bør kontrollerast',
    dueSentence: (date: string) => `sist kontrollert ${date}.`,
  },
  linkProblems: {
    heading: 'Noko i lenkja kunne ikkje brukast',
    invalidAnswer: (label: string, value: string) =>
      `Svaret på «${label}» i lenkja («${value}») kunne ikkje brukast.`,
    invalidAmount: (label: string, value: string, problem: string) =>
      `Svaret på «${label}» i lenkja («${value}») kunne ikkje brukast. ${problem}.`,
    repeated: (label: string, value: string) =>
      `Lenkja hadde meir enn eitt svar på «${label}». Vi brukte det første og såg bort frå «${value}».`,
    unknownKey: (key: string) =>
      `Lenkja inneheldt «${key}», som vegvisaren ikkje kjenner. Det vart ikkje brukt.`,
    invalidDate: (value: string) =>
      `Datoen i lenkja («${value}») er ikkje ein gyldig dato. Vi brukar dagens dato.`,
    dateNotCovered: (value: string, firstCovered: string) =>
      `Vegvisaren har ikkje reglar for datoen i lenkja («${value}»). Den første datoen vi har reglar for, er ${firstCovered}. Vi brukar dagens dato.`,
    resultNotReached: (label: string) =>
      `Lenkja viste til tilrådinga, men manglar svaret på «${label}». Svar på spørsmålet for å sjå tilrådinga.`,
    questionNotReached: (label: string) =>
      `Lenkja viste til spørsmålet «${label}», men svara i lenkja fører ikkje dit.`,
    unknownStep: (value: string) => `Lenkja viste til ei side vegvisaren ikkje kjenner («${value}»).`,
    continues: 'Vegvisaren held fram frå det siste gyldige svaret.',
  },
  answers: {
    heading: 'Svara dine',
    change: 'Endre',
    changeHidden: (label: string) => label,
    none: 'Du har ikkje svart på noko enno.',
    startLink: 'Start vegvisaren',
    toResult: 'Sjå tilrådinga',
    toQuestions: 'Hald fram med spørsmåla',
  },
  compare: {
    pinHint: 'Vil de samanlikne? Fest dette resultatet før de prøver andre svar.',
    pin: 'Fest dette resultatet',
    pinnedHeading: 'Dette resultatet er festa',
    pinnedBody:
      'Prøv eit anna svar under «Kva om de svarte annleis?», eller endre eit svar under «Svara dine». Då ser de dei to resultata side om side.',
    heading: 'Samanlikna med det festa resultatet',
    caption: (differing: string, total: string) =>
      `Det festa resultatet og dette resultatet side om side: ${differing} av ${total} rader er ulike`,
    pinnedColumn: 'Festa resultat',
    currentColumn: 'Dette resultatet',
    formRow: 'Tilrådd samarbeidsform',
    rulesRow: 'Anskaffingsreglar',
    fundingRow: 'Tilskot og finansiering',
    differs: 'Ulik',
    notAsked: 'Ikkje spurt',
    noFunding: 'Ingen',
    below: (name: string, amount: string) => `under ${name} (${amount})`,
    atOrAbove: (name: string, amount: string) => `på eller over ${name} (${amount})`,
    pinInstead: 'Fest dette resultatet i staden',
    showPinned: 'Vis det festa resultatet',
    unpin: 'Fjern det festa resultatet',
    unusableHeading: 'Det festa resultatet i lenkja kunne ikkje brukast',
    unusableIncomplete: 'Svara i det festa resultatet fører ikkje fram til ei tilråding.',
    unusableIgnored:
      'Vi ser bort frå det festa resultatet. De kan feste eit resultat på nytt frå resultatsida.',
  },
  recovery: {
    title: 'Noko gjekk gale',
    heading: 'Noko gjekk gale på denne sida',
    body: 'Vi klarte ikkje å vise sida. Svara dine er ikkje borte: dei ligg i lenkja nedanfor, og du kan prøve igjen eller ta vare på lenkja.',
    retry: 'Prøv igjen',
    startAgain: 'Start på nytt',
    linkLabel: 'Lenkja med svara dine',
  },
  rulesError: {
    title: 'Vegvisaren er ikkje tilgjengeleg',
    heading: 'Vegvisaren kunne ikkje laste reglane sine',
    body: 'Noko er gale med reglane vegvisaren byggjer på, så vi kan ikkje gi ei tilråding akkurat no. Svara dine er ikkje borte: dei ligg i lenkja.',
    retry: 'Prøv igjen',
    later: 'Prøv igjen seinare. Held feilen fram, ta vare på lenkja og opne henne seinare.',
  },
  networkError: {
    title: 'Sida kunne ikkje lastast',
    heading: 'Vegvisaren fekk ikkje lasta ned det han treng',
    body: 'Sambandet til nettstaden vart broten, eller ein ny versjon av vegvisaren er lagd ut medan sida var open. Svara dine er ikkje borte: dei ligg i lenkja.',
    later: 'Sjekk at du er på nett, og prøv igjen.',
  },
};

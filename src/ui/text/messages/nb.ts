/**
 * Every interface string in bokmål, in one place. Content (questions, forms, examples, schemes) comes
 * from rules/ through the engine; only the words of the interface itself live here.
 *
 * The texts only a result and "Slik virker veiviseren" use are in nb-result.ts, a chunk the browser loads
 * with the result's rules, so a question opened from a link does not download them.
 * nn.ts and en.ts (and their -result files) have the same shape (`export const nn: QuestionMessages`),
 * so the compiler lists a missing or extra key; test/ui/text/messages-parity.test.ts also catches empty
 * strings and dropped placeholders.
 */
import type { Locale } from '../../../content/vocabulary';
import type { AmountProblem } from '../../../domain/amount';
import type { ThresholdRuleName } from '../../../domain/decision-rules';
import type { GuardName } from '../../../machine/question-flow';
import type { ResultMessages } from './nb-result';

const SERVICE_NAME = 'Samarbeidsveiviseren';

export const nb = {
  /** The catalogue's language, for formatting numbers and dates where only the catalogue is at hand. */
  locale: 'nb' as Locale,
  service: {
    name: SERVICE_NAME,
    tagline: 'Samarbeid med sosiale entreprenører',
    pageTitle: (title: string) => `${title} – ${SERVICE_NAME}`,
    errorTitlePrefix: 'Feil: ',
  },
  layout: {
    skipLink: 'Hopp til hovedinnholdet',
    loading: 'Laster veiviseren …',
    startAgain: 'Start på nytt',
    languageNav: 'Språk',
    homeLinkHint: 'til forsiden',
    footerHeading: 'Om veiviseren',
    footerParagraphs: [
      'Veiviseren bygger på kapittel 3, «Samarbeidsformer», i veilederen «Veier til samarbeid» fra Kommunal- og moderniseringsdepartementet og KS (2017). Terskelverdier, ordninger og navn er oppdatert etter kildene vi oppgir.',
      'Tekstene er skrevet av oss, ikke av departementet eller KS. Veiviseren gir veiledning, ikke juridisk rådgivning.',
    ],
    accessibilityLink: 'Tilgjengelighetserklæring',
    privacyLink: 'Personvern: vi lagrer ingenting om deg',
    changesLink: 'Endringer i regelverket veiviseren bruker',
    /** The footer's link to "Slik virker veiviseren". */
    howLink: 'Slik virker veiviseren: spørsmål, regler og kilder',
  },
  start: {
    heading: SERVICE_NAME,
    lead: 'Finn ut hvilken samarbeidsform som passer når dere vil samarbeide med en sosial entreprenør, og hvilke anskaffelsesregler som da gjelder.',
    forWhom:
      'Veiviseren er for innkjøpere og saksbehandlere i kommuner, fylkeskommuner, statlige virksomheter, helseforetak og Nav-kontor.',
    youGetHeading: 'Dette får dere',
    youGet: [
      'en anbefalt samarbeidsform, og hvorfor den passer',
      'hvilke anskaffelsesregler som gjelder for beløpet, med terskelverdier og kilder',
      'eksempler fra andre offentlige virksomheter',
      'tilskuddsordninger som kan passe',
    ],
    needHeading: 'Dette bør dere vite før dere starter',
    need: [
      'omtrent hva dere vil oppnå sammen med entreprenøren',
      'hvem tiltaket er for',
      'et anslag over verdien av kontrakten hvis dere skal kjøpe noe: hele perioden med opsjoner, uten merverdiavgift',
    ],
    duration: 'Det tar 3–5 minutter. Du svarer på 4–8 spørsmål, ett om gangen.',
    startButton: 'Start veiviseren',
    sourceNote:
      'Veiviseren bygger på kapittel 3 i veilederen «Veier til samarbeid» (Kommunal- og moderniseringsdepartementet og KS, 2017). Den gir veiledning, ikke juridisk rådgivning.',
    privacyNote: 'Svarene lagres ikke. De ligger bare i lenken, så dere kan dele den eller ta vare på den.',
  },
  question: {
    back: 'Tilbake',
    continue: 'Fortsett',
    amountSuffix: 'kr',
    suggestion: (suggested: string, area: string) =>
      `Ut fra området dere valgte («${area}»), foreslår veiviseren «${suggested}». Sjekk at det stemmer før dere går videre.`,
    suggestedTag: 'Forslag',
    chooseOne: 'Velg ett av alternativene',
    amountProblems: {
      empty: 'Skriv inn anslått verdi i kroner, for eksempel 1 300 000',
      notANumber: 'Skriv beløpet med tall, for eksempel 1 300 000',
      negative: 'Beløpet kan ikke være negativt. Skriv beløpet uten minustegn, for eksempel 1 300 000',
      zero: 'Beløpet må være større enn 0. Skriv et anslag i hele kroner, for eksempel 1 300 000',
      tooLarge: 'Beløpet er over 10 milliarder kroner. Sjekk at du ikke har skrevet for mange sifre',
    } satisfies Record<AmountProblem, string>,
  },
  errorSummary: {
    heading: 'Dette må rettes',
  },
  assessmentDate: {
    heading: 'Vurder etter en annen dato',
    intro:
      'Terskelverdiene endres over tid. Veiviseren bruker dem som gjelder i dag, men dere kan velge en annen dato.',
    label: 'Vurderingsdato',
    hint: (first: string) =>
      `Skriv dag, måned og år (dd.mm.åååå), for eksempel datoen dere planlegger å kunngjøre konkurransen. Veiviseren har terskelverdier fra ${first}.`,
    submit: 'Vurder etter denne datoen',
    useToday: 'Bruk dagens dato',
    empty: 'Skriv inn en dato, for eksempel 01.03.2027',
    invalid: 'Skriv en dato som finnes, som dd.mm.åååå, for eksempel 01.03.2027',
    tooEarly: (first: string) =>
      `Veiviseren har ikke terskelverdier før ${first}. Skriv inn en dato fra og med ${first}`,
    thresholdsOfPastDate: (date: string) => `Terskelverdiene som gjaldt ${date}, er brukt.`,
    thresholdsOfDate: (date: string) =>
      `Terskelverdiene som gjelder ${date}, slik vi kjenner dem i dag, er brukt.`,
  },
  versionNote: {
    heading: 'Reglene er endret siden lenken ble laget',
    unknownHeading: 'Lenken viser til et regelverk veiviseren ikke kjenner',
    versions: (link: string, current: string) =>
      `Lenken ble laget etter regelverk ${link}. Veiviseren bruker nå regelverk ${current}.`,
    unknownVersion: (link: string, current: string) =>
      `Lenken oppgir regelverk «${link}», som veiviseren ikke kjenner, så vi kan ikke si hva som er endret. Vurderingen under er gjort etter regelverk ${current}.`,
    changesHeading: 'Endringer som gjelder denne vurderingen',
    change: (version: string, date: string) => `Regelverk ${version} (${date}):`,
    noneAffect: 'Ingen av endringene siden da gjelder denne vurderingen.',
    allChanges: 'Alle endringer i regelverket',
    resultSame: (form: string) => `Resultatet er det samme: ${form}.`,
    resultChanged: (before: string, now: string) => `Resultatet var «${before}», nå «${now}».`,
    resultUnknown: 'Lenken sier ikke hvilket resultat den viste, så vi kan ikke si om resultatet er endret.',
    resultIncomplete:
      'Etter reglene som gjelder nå, trenger veiviseren flere svar før den kan gi en anbefaling.',
  },
  currency: {
    dueLabel: 'Bør kontrolleres',
    dueSentence: (date: string) => `sist kontrollert ${date}.`,
  },
  linkProblems: {
    heading: 'Noe i lenken kunne ikke brukes',
    invalidAnswer: (label: string, value: string) =>
      `Svaret på «${label}» i lenken («${value}») kunne ikke brukes.`,
    invalidAmount: (label: string, value: string, problem: string) =>
      `Svaret på «${label}» i lenken («${value}») kunne ikke brukes. ${problem}.`,
    repeated: (label: string, value: string) =>
      `Lenken hadde mer enn ett svar på «${label}». Vi brukte det første og så bort fra «${value}».`,
    unknownKey: (key: string) =>
      `Lenken inneholdt «${key}», som veiviseren ikke kjenner. Det ble ikke brukt.`,
    invalidDate: (value: string) =>
      `Datoen i lenken («${value}») er ikke en gyldig dato. Vi bruker dagens dato.`,
    dateNotCovered: (value: string, firstCovered: string) =>
      `Veiviseren har ikke regler for datoen i lenken («${value}»). Den første datoen vi har regler for, er ${firstCovered}. Vi bruker dagens dato.`,
    resultNotReached: (label: string) =>
      `Lenken viste til anbefalingen, men mangler svaret på «${label}». Svar på spørsmålet for å se anbefalingen.`,
    questionNotReached: (label: string) =>
      `Lenken viste til spørsmålet «${label}», men svarene i lenken leder ikke dit.`,
    unknownStep: (value: string) => `Lenken viste til en side veiviseren ikke kjenner («${value}»).`,
    continues: 'Veiviseren fortsetter fra det siste gyldige svaret.',
  },
  answers: {
    heading: 'Dine svar',
    change: 'Endre',
    changeHidden: (label: string) => label,
    none: 'Du har ikke svart på noe ennå.',
    startLink: 'Start veiviseren',
    toResult: 'Se anbefalingen',
    toQuestions: 'Fortsett med spørsmålene',
  },
  compare: {
    pinHint: 'Vil dere sammenligne? Fest dette resultatet før dere prøver andre svar.',
    pin: 'Fest dette resultatet',
    pinnedHeading: 'Dette resultatet er festet',
    pinnedBody:
      'Prøv et annet svar under «Hva om dere svarte annerledes?», eller endre et svar under «Dine svar». Da ser dere de to resultatene side om side.',
    heading: 'Sammenlignet med det festede resultatet',
    caption: (differing: string, total: string) =>
      `Det festede resultatet og dette resultatet side om side: ${differing} av ${total} rader er ulike`,
    pinnedColumn: 'Festet resultat',
    currentColumn: 'Dette resultatet',
    formRow: 'Anbefalt samarbeidsform',
    rulesRow: 'Anskaffelsesregler',
    fundingRow: 'Tilskudd og finansiering',
    differs: 'Ulik',
    notAsked: 'Ikke spurt',
    noFunding: 'Ingen',
    below: (name: string, amount: string) => `under ${name} (${amount})`,
    atOrAbove: (name: string, amount: string) => `på eller over ${name} (${amount})`,
    pinInstead: 'Fest dette resultatet i stedet',
    showPinned: 'Vis det festede resultatet',
    unpin: 'Fjern det festede resultatet',
    unusableHeading: 'Det festede resultatet i lenken kunne ikke brukes',
    unusableIncomplete: 'Svarene i det festede resultatet fører ikke fram til en anbefaling.',
    unusableIgnored:
      'Vi ser bort fra det festede resultatet. Dere kan feste et resultat på nytt fra resultatsiden.',
  },
  recovery: {
    title: 'Noe gikk galt',
    heading: 'Noe gikk galt på denne siden',
    body: 'Vi klarte ikke å vise siden. Svarene dine er ikke borte: de ligger i lenken nedenfor, og du kan prøve igjen eller ta vare på lenken.',
    retry: 'Prøv igjen',
    startAgain: 'Start på nytt',
    linkLabel: 'Lenken med svarene dine',
  },
  rulesError: {
    title: 'Veiviseren er ikke tilgjengelig',
    heading: 'Veiviseren kunne ikke laste reglene sine',
    body: 'Noe er galt med reglene veiviseren bygger på, så vi kan ikke gi en anbefaling akkurat nå. Svarene dine er ikke borte: de ligger i lenken.',
    retry: 'Prøv igjen',
    later: 'Prøv igjen senere. Vedvarer feilen, ta vare på lenken og prøv den senere.',
  },
  networkError: {
    title: 'Siden kunne ikke lastes',
    heading: 'Veiviseren fikk ikke lastet ned det den trenger',
    body: 'Forbindelsen til nettstedet ble brutt, eller en ny versjon av veiviseren er lagt ut mens siden var åpen. Svarene dine er ikke borte: de ligger i lenken.',
    later: 'Sjekk at du er på nett, og prøv igjen.',
  },
};

/** The interface texts any page may need (this file); what only a result and "Slik virker veiviseren" use is in nb-result.ts. */
export type QuestionMessages = typeof nb;
/** Every interface text: those any page may need, and those a result adds (loaded with the result's rules). */
export type Messages = QuestionMessages & ResultMessages;

/**
 * The words for every guard of the question flow on "Slik virker veiviseren" ("Hvis …"): one entry per
 * `GuardName`, none missing and none extra; a rule that compares the value with a threshold takes its
 * amount, already formatted.
 */
export type GuardWords = {
  [Name in GuardName]: Name extends ThresholdRuleName ? (amount: string) => string : string;
};

/**
 * Every interface string in bokmål, in one place. Content (questions, forms, examples, schemes) comes
 * from rules/ through the engine; only the words of the interface itself live here.
 *
 * nn.ts and en.ts have the same shape (`export const nn: Messages`), so the compiler lists a missing
 * or extra key; test/ui/messages-parity.test.ts also catches empty strings and dropped placeholders.
 */
import type { Locale } from '../../content/schema';
import type { AmountProblem } from '../../domain/amount';

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
    homeLinkLabel: `${SERVICE_NAME}, til forsiden`,
    footerHeading: 'Om veiviseren',
    footerParagraphs: [
      'Veiviseren bygger på kapittel 3, «Samarbeidsformer», i veilederen «Veier til samarbeid» fra Kommunal- og moderniseringsdepartementet og KS (2017). Terskelverdier, ordninger og navn er oppdatert etter kildene vi oppgir.',
      'Tekstene er skrevet av oss, ikke av departementet eller KS. Veiviseren gir veiledning, ikke juridisk rådgivning.',
      'Vi lagrer ingenting om deg. Svarene dine ligger bare i lenken i adressefeltet.',
    ],
  },
  start: {
    heading: SERVICE_NAME,
    lead: 'Finn ut hvilken samarbeidsform som passer når dere vil samarbeide med en sosial entreprenør, og hvilke anskaffelsesregler som da gjelder.',
    forWhom:
      'Veiviseren er for innkjøpere og saksbehandlere i kommuner, fylkeskommuner, statlige virksomheter og Nav-kontor.',
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
  result: {
    heading: (form: string) => `Anbefalt samarbeidsform: ${form}`,
    assessed: (date: string, version: string) => `Vurdert ${date} etter regelverk ${version}`,
    assessedChosenDate: 'Datoen er valgt i lenken.',
    print: 'Skriv ut eller lagre som PDF',
    whyHeading: 'Hvorfor vi anbefaler dette',
    answersLedHere: 'Svarene som ledet hit',
    procurementNoteHeading: 'Om anskaffelsesreglene for denne formen',
    procurementHeading: 'Anskaffelsesregler',
    noAmount: 'Dere skal ikke kjøpe noe, så det er ingen kontraktsverdi å sammenligne med terskelverdiene.',
    thresholdsHeading: 'Terskelverdier som er brukt',
    thresholdAmount: (amount: string) => `${amount} kroner`,
    positionBelow: 'Beløpet deres er under denne grensen.',
    positionAtOrAbove: 'Beløpet deres er på eller over denne grensen.',
    validFrom: (date: string) => `gjelder fra ${date}`,
    lastCheckedSentence: (date: string) => `Sist kontrollert ${date}.`,
    sourceLabel: 'Kilde',
    sourcesLabel: 'Kilder',
    figureHeading: 'Hvor beløpet havner',
    yourAmount: (amount: string) => `Deres beløp: ${amount} kr`,
    figureCaption: (amount: string, place: string) => `Beløpet deres, ${amount} kroner, ${place}.`,
    figurePlaceBelow: (name: string, limit: string) => `er under ${name} (${limit} kroner)`,
    figurePlaceBetween: (lower: string, lowerAmount: string, upper: string, upperAmount: string) =>
      `er mellom ${lower} (${lowerAmount} kroner) og ${upper} (${upperAmount} kroner)`,
    figurePlaceAbove: (name: string, limit: string) => `er på eller over ${name} (${limit} kroner)`,
    notesHeading: 'Dette bør dere være oppmerksomme på',
    stricterServiceKind:
      'Dere var usikre på hva slags tjeneste det er rettslig sett. Veiviseren har derfor regnet den som en vanlig tjeneste, som har den laveste EØS-terskelverdien. Avklar tjenestetypen med en innkjøpsrådgiver eller jurist.',
    stricterContractingParty:
      'Dere visste ikke hvem som skal inngå kontrakten. Veiviseren har brukt den statlige EØS-terskelverdien, fordi den er lavest. Avklar hvem som er oppdragsgiver.',
    grantTreatedAsPurchase:
      'Dere svarte at dere vil gi tilskudd, men også at dere selv skal motta en tjeneste dere bestemmer innholdet i. Da er det i realiteten et kjøp, og anskaffelsesreglene gjelder. Et kjøp som kalles tilskudd, kan være en ulovlig direkte anskaffelse.',
    proposedThreshold: (name: string, amount: string, proposedIn: string, current: string) =>
      `Det er foreslått å endre ${name} til ${amount} kroner (${proposedIn}). Vi har ikke kunnet bekrefte at endringen er vedtatt eller har trådt i kraft, så veiviseren bruker ${current} kroner. Sjekk anskaffelser.no før dere bestemmer dere.`,
    proposedAffectsYou:
      'Beløpet deres ligger mellom dagens grense og den foreslåtte, så dette kan ha betydning for dere.',
    uncertainTag: 'Usikker opplysning',
    uncertainExplanation:
      'Vi har ikke kunnet bekrefte dette i en primærkilde. Sjekk opplysningen før dere bruker den.',
    examplesHeading: 'Eksempler fra veilederen',
    examplesIntro: 'Slik har andre offentlige virksomheter samarbeidet med sosiale entreprenører.',
    organisations: 'Hvem',
    nameToday: (name: string) => `i dag: ${name}`,
    lesson: 'Dette kan dere lære',
    exampleSource: (heading: string) => `Kilde: Veier til samarbeid, kap. 3, «${heading}»`,
    fundingHeading: 'Tilskudd og finansiering',
    fundingIntro:
      'Ordninger som kan passe svarene deres. Sjekk kravene og fristene hos den som forvalter ordningen.',
    fundingNone: 'Vi fant ingen tilskuddsordninger som passer svarene deres.',
    administrator: 'Forvaltes av',
    whatItFunds: 'Hva ordningen gir penger til',
    whoMayApply: 'Hvem kan søke',
    timing: 'Når',
    nameInGuide: (name: string) => `I veilederen fra 2017 het ordningen «${name}».`,
    fundingStatus: {
      active: 'Aktiv ordning',
      uncertain: 'Usikker status',
      notAGrant: 'Ikke et tilskudd',
    },
    alternativesHeading: 'Andre samarbeidsformer vi vurderte',
    whyNot: 'Hvorfor ikke',
    nextStepsHeading: 'Neste steg',
    sourcesHeading: 'Kilder',
    disclaimerHeading: 'Dette er veiledning, ikke en juridisk vurdering',
    disclaimer:
      'Anbefalingen bygger på svarene deres og på reglene slik vi kjenner dem på vurderingsdatoen. Den erstatter ikke en konkret vurdering. Er dere i tvil, spør en innkjøpsrådgiver eller jurist.',
  },
  share: {
    copyLink: 'Kopier lenke',
    copyText: 'Kopier som tekst',
    linkCopied: 'Lenken er kopiert',
    textCopied: 'Teksten er kopiert',
    linkNotCopied:
      'Nettleseren lot oss ikke kopiere lenken. Marker lenken i feltet under, og kopier den selv (Ctrl+C, eller Cmd+C på Mac).',
    textNotCopied:
      'Nettleseren lot oss ikke kopiere teksten. Marker teksten i feltet under, og kopier den selv (Ctrl+C, eller Cmd+C på Mac).',
    linkLabel: 'Lenke til denne vurderingen',
    textLabel: 'Vurderingen som tekst',
    hideField: 'Skjul feltet',
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
};

export type Messages = typeof nb;

/**
 * Every interface string in nynorsk (2012 norm, moderate forms), with the same keys as nb.ts. Terms
 * follow docs/glossary.md: "vegvisaren" for this service, "rettleiaren" for the 2017 guide, "de/dykk/
 * dykkar" for the organisation addressed as "dere" in bokmål.
 */
import type { AmountProblem } from '../../domain/amount';
import type { Messages } from './nb';

const SERVICE_NAME = 'Samarbeidsveiviseren';

export const nn: Messages = {
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
    homeLinkLabel: `${SERVICE_NAME}, til framsida`,
    footerHeading: 'Om vegvisaren',
    footerParagraphs: [
      'Vegvisaren byggjer på kapittel 3, «Samarbeidsformer», i rettleiaren «Veier til samarbeid» frå Kommunal- og moderniseringsdepartementet og KS (2017). Terskelverdiar, ordningar og namn er oppdaterte etter kjeldene vi viser til.',
      'Tekstane er skrivne av oss, ikkje av departementet eller KS. Vegvisaren gir rettleiing, ikkje juridisk rådgiving.',
      'Vi lagrar ingenting om deg. Svara dine ligg berre i lenkja i adressefeltet.',
    ],
  },
  start: {
    heading: SERVICE_NAME,
    lead: 'Finn ut kva samarbeidsform som passar når de vil samarbeide med ein sosial entreprenør, og kva anskaffingsreglar som då gjeld.',
    forWhom:
      'Vegvisaren er for innkjøparar og sakshandsamarar i kommunar, fylkeskommunar, statlege verksemder og Nav-kontor.',
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
  result: {
    heading: (form: string) => `Tilrådd samarbeidsform: ${form}`,
    assessed: (date: string, version: string) => `Vurdert ${date} etter regelverk ${version}`,
    assessedChosenDate: 'Datoen er vald i lenkja.',
    print: 'Skriv ut eller lagre som PDF',
    whyHeading: 'Kvifor vi tilrår dette',
    answersLedHere: 'Svara som førte hit',
    procurementNoteHeading: 'Om anskaffingsreglane for denne forma',
    procurementHeading: 'Anskaffingsreglar',
    noAmount: 'De skal ikkje kjøpe noko, så det er ingen kontraktsverdi å samanlikne med terskelverdiane.',
    thresholdsHeading: 'Terskelverdiar som er brukte',
    thresholdAmount: (amount: string) => `${amount} kroner`,
    positionBelow: 'Beløpet dykkar er under denne grensa.',
    positionAtOrAbove: 'Beløpet dykkar er på eller over denne grensa.',
    validFrom: (date: string) => `gjeld frå ${date}`,
    lastCheckedSentence: (date: string) => `Sist kontrollert ${date}.`,
    sourceLabel: 'Kjelde',
    sourcesLabel: 'Kjelder',
    figureHeading: 'Kvar beløpet hamnar',
    yourAmount: (amount: string) => `Beløpet dykkar: ${amount} kr`,
    figureCaption: (amount: string, place: string) => `Beløpet dykkar, ${amount} kroner, ${place}.`,
    figurePlaceBelow: (name: string, limit: string) => `er under ${name} (${limit} kroner)`,
    figurePlaceBetween: (lower: string, lowerAmount: string, upper: string, upperAmount: string) =>
      `er mellom ${lower} (${lowerAmount} kroner) og ${upper} (${upperAmount} kroner)`,
    figurePlaceAbove: (name: string, limit: string) => `er på eller over ${name} (${limit} kroner)`,
    notesHeading: 'Dette bør de vere merksame på',
    stricterServiceKind:
      'De var usikre på kva slags teneste det er rettsleg sett. Vegvisaren har difor rekna tenesta som ei vanleg teneste, som har den lågaste EØS-terskelverdien. Avklar tenestetypen med ein innkjøpsrådgivar eller jurist.',
    stricterContractingParty:
      'De visste ikkje kven som skal inngå kontrakten. Vegvisaren har brukt den statlege EØS-terskelverdien, fordi den er lågast. Avklar kven som er oppdragsgivar.',
    grantTreatedAsPurchase:
      'De svarte at de vil gi tilskot, men også at de sjølve skal ta imot ei teneste som de bestemmer innhaldet i. Då er det i realiteten eit kjøp, og anskaffingsreglane gjeld. Eit kjøp som blir kalla tilskot, kan vere ei ulovleg direkte anskaffing.',
    proposedThreshold: (name: string, amount: string, proposedIn: string, current: string) =>
      `Det er føreslått å endre ${name} til ${amount} kroner (${proposedIn}). Vi har ikkje kunna stadfeste at endringa er vedteken eller har teke til å gjelde, så vegvisaren brukar ${current} kroner. Sjekk anskaffelser.no før de tek ei avgjerd.`,
    proposedAffectsYou:
      'Beløpet dykkar ligg mellom dagens grense og den føreslåtte, så dette kan ha noko å seie for dykk.',
    uncertainTag: 'Usikker opplysning',
    uncertainExplanation:
      'Vi har ikkje kunna stadfeste dette i ei primærkjelde. Sjekk opplysninga før de byggjer på henne.',
    examplesHeading: 'Døme frå rettleiaren',
    examplesIntro: 'Slik har andre offentlege verksemder samarbeidd med sosiale entreprenørar.',
    organisations: 'Kven',
    nameToday: (name: string) => `i dag: ${name}`,
    lesson: 'Dette kan de lære',
    exampleSource: (heading: string) => `Kjelde: Veier til samarbeid, kap. 3, «${heading}»`,
    fundingHeading: 'Tilskot og finansiering',
    fundingIntro:
      'Ordningar som kan passe svara dykkar. Sjekk krava og fristane hos den som forvaltar ordninga.',
    fundingNone: 'Vi fann ingen tilskotsordningar som passar svara dykkar.',
    administrator: 'Forvaltar',
    whatItFunds: 'Kva ordninga gir pengar til',
    whoMayApply: 'Kven kan søkje',
    timing: 'Når',
    nameInGuide: (name: string) => `I rettleiaren frå 2017 heitte ordninga «${name}».`,
    fundingStatus: {
      active: 'Aktiv ordning',
      uncertain: 'Usikker status',
      notAGrant: 'Ikkje eit tilskot',
    },
    alternativesHeading: 'Andre samarbeidsformer vi vurderte',
    whyNot: 'Kvifor ikkje',
    nextStepsHeading: 'Neste steg',
    sourcesHeading: 'Kjelder',
    disclaimerHeading: 'Dette er rettleiing, ikkje ei juridisk vurdering',
    disclaimer:
      'Tilrådinga byggjer på svara dykkar og på reglane slik vi kjenner dei på vurderingsdatoen. Ho kjem ikkje i staden for ei konkret vurdering. Er de i tvil, spør ein innkjøpsrådgivar eller jurist.',
  },
  share: {
    copyLink: 'Kopier lenkja',
    copyText: 'Kopier som tekst',
    linkCopied: 'Lenkja er kopiert',
    textCopied: 'Teksten er kopiert',
    linkNotCopied:
      'Nettlesaren lét oss ikkje kopiere lenkja. Merk lenkja i feltet under, og kopier henne sjølv (Ctrl+C, eller Cmd+C på Mac).',
    textNotCopied:
      'Nettlesaren lét oss ikkje kopiere teksten. Merk teksten i feltet under, og kopier han sjølv (Ctrl+C, eller Cmd+C på Mac).',
    linkLabel: 'Lenkje til denne vurderinga',
    textLabel: 'Vurderinga som tekst',
    hideField: 'Gøym feltet',
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
};

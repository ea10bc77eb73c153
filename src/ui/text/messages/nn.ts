/**
 * Every interface string in nynorsk (2012 norm, moderate forms), with the same keys as nb.ts. Terms
 * follow docs/glossary.md: "vegvisaren" for this service, "rettleiaren" for the 2017 guide, "de/dykk/
 * dykkar" for the organisation addressed as "dere" in bokmål.
 */
import type { AmountProblem } from '../../../domain/amount';
import type { GuardWords, Messages } from './nb';

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
    homeLinkHint: 'til framsida',
    footerHeading: 'Om vegvisaren',
    footerParagraphs: [
      'Vegvisaren byggjer på kapittel 3, «Samarbeidsformer», i rettleiaren «Veier til samarbeid» frå Kommunal- og moderniseringsdepartementet og KS (2017). Terskelverdiar, ordningar og namn er oppdaterte etter kjeldene vi viser til.',
      'Tekstane er skrivne av oss, ikkje av departementet eller KS. Vegvisaren gir rettleiing, ikkje juridisk rådgiving.',
    ],
    accessibilityLink: 'Tilgjengelegheitserklæring',
    privacyLink: 'Personvern: vi lagrar ingenting om deg',
    changesLink: 'Endringar i regelverket vegvisaren brukar',
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
  how: {
    title: 'Slik verkar vegvisaren',
    footerLink: 'Slik verkar vegvisaren: spørsmål, reglar og kjelder',
    resultLink: 'Slik verkar vegvisaren: alle spørsmål, reglar, terskelverdiar og kjelder',
    lead: 'Alt på denne sida blir lese ut av dei same reglane som vegvisaren brukar når han gir ei tilråding. Det som står her, er difor det vegvisaren faktisk gjer.',
    basis: (version: string, date: string) =>
      `Regelverk ${version}. Terskelverdiane og merkinga av kva som bør kontrollerast, gjeld vurderingsdatoen ${date}.`,
    contentsHeading: 'På denne sida',
    flowHeading: 'Spørsmåla og vegen vidare',
    flowIntro:
      'Vegvisaren stiller eitt spørsmål om gongen. Etter kvart svar prøver han reglane under spørsmålet ovanfrå og ned, og den første regelen som passar, avgjer neste spørsmål eller tilrådinga.',
    routeIf: (rule: string) => `Viss ${rule}`,
    routeAnd: ' og ',
    routeOtherwise: 'Elles',
    routeAlways: 'Same kva de svarer',
    leadsToQuestion: 'går vidare til',
    leadsToOutcome: 'gir tilrådinga',
    outcomeTag: 'Tilråding',
    guards: {
      isExploring: 'de enno ikkje veit kva de vil oppnå, og vil utforske',
      isDeveloping: 'de vil utvikle ei ny løysing',
      isNavOffice: 'de er eit Nav-kontor',
      isGrantWithoutService: 'de gir tilskot utan sjølve å ta imot ei yting',
      isPurchaseInReality:
        'det i realiteten er eit kjøp: de kjøper, eller de gir tilskot og tek sjølve imot ei yting som de bestemmer innhaldet i',
      isPaymentAGrant: 'de vil gi tilskot',
      isValueBelowLowerLimit: (amount: string) =>
        `verdien er under nedre grense for anskaffingsregelverket (${amount} kroner)`,
      isValueBelowNationalThreshold: (amount: string) =>
        `verdien er under nasjonal terskelverdi (${amount} kroner)`,
      isResultsBased: 'de vil betale etter oppnådde resultat',
      isForIndividuals: 'tiltaket er retta mot enkeltpersonar',
    } satisfies GuardWords,
    tableHeading: 'Avgjerdstabellen',
    tableMayBeOutdated: (names: string) =>
      `Nokre av beløpa tabellen byggjer på, kan vere utdaterte: ${names}. Sjå terskelverdiane på denne sida.`,
    tableIntro: (paths: string, rows: string, date: string) =>
      `Alle kombinasjonar av svar som vegvisaren godtek, med beløp i intervall mellom terskelverdiane som gjeld ${date}: ${paths} moglege vegar, slått saman til ${rows} rader. «Alle» tyder at kvart svar på spørsmålet gir same tilråding, «ikkje spurt» at spørsmålet ikkje blir stilt på den vegen. Beløpa er utan meirverdiavgift.`,
    tableCaption: 'Svara og tilrådinga dei gir',
    tableScrollHint: 'Tabellen er brei. Rull sidelengs i han for å sjå alle kolonnane.',
    tableOutcome: 'Tilråding',
    any: 'alle',
    notAsked: 'ikkje spurt',
    amountRange: (from: string, to: string) => `${from}–${to} kr`,
    amountOrMore: (from: string) => `${from} kr eller meir`,
    thresholdsHeading: 'Terskelverdiar',
    thresholdsIntro:
      'Alle terskelverdiane vegvisaren kjenner, også dei som ikkje gjeld lenger og dei som berre er føreslått, med perioden dei gjeld for, kjelde og når vi sist kontrollerte dei. Beløpa er utan meirverdiavgift.',
    periodFromTo: (from: string, to: string) => `Galdt frå ${from} til og med ${to}`,
    periodFrom: (from: string) => `Gjeld frå ${from}, ingen sluttdato kjend`,
    appliedTag: 'Blir brukt på vurderingsdatoen',
    proposedTag: 'Forslag',
    expectedRevisionTag: 'Venta endring',
    expectedRevision: (date: string) =>
      `Nyare beløp kan gjelde frå ${date}. Vegvisaren brukar beløpet som er registrert no, og seier ved beløpet at det kan vere utdatert.`,
    proposed: (date: string, where: string) =>
      `Føreslått ${date} i ${where}. Ikkje stadfesta vedteken, så vegvisaren brukar han ikkje.`,
    fundingHeading: 'Tilskotsordningar',
    fundingIntro:
      'Alle ordningane vegvisaren kan føreslå, med kjelde, gyldigheit, kor sikre opplysningane er og når vi sist kontrollerte dei.',
    validity: 'Gyldigheit',
    validityFromTo: (from: string, to: string) => `Frå ${from} til og med ${to}`,
    validityFrom: (from: string) => `Frå ${from}, ingen sluttdato kjend`,
    validityTo: (to: string) => `Til og med ${to}`,
    validityOpen: 'Løpande, ingen periode oppgitt i kjeldene',
    confidence: 'Kor sikkert',
    confidenceLevels: {
      verified: 'Stadfesta i kjelda',
      secondary: 'Stadfesta berre i ei sekundærkjelde',
      recollection: 'Ikkje stadfesta i ei kjelde',
      open: 'Ikkje funne i kjeldene',
    },
    dueExplanation:
      'Det som vart kontrollert meir enn tolv månader før vurderingsdatoen, er merkt «Bør kontrollerast».',
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
  result: {
    heading: (form: string) => `Tilrådd samarbeidsform: ${form}`,
    assessed: (date: string, version: string) => `Vurdert ${date} etter regelverk ${version}`,
    assessedBefore: (date: string) => `Vurdert ${date} etter`,
    rulesVersionLink: (version: string) => `regelverk ${version}`,
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
    mayBeOutdatedTag: 'Kan vere utdatert',
    mayBeOutdated: (date: string) => `Nyare beløp kan gjelde frå ${date}.`,
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
    /** One name in a renamed body's chain: the name, the year it took effect, and whether a primary source confirms it. */
    nameStep: (name: string, year: string | undefined, unconfirmed: boolean) =>
      `${name}${year || unconfirmed ? ` (${[year, unconfirmed ? 'ikkje stadfesta' : ''].filter(Boolean).join(', ')})` : ''}`,
    laterStatus: 'Kva skjedde seinare',
    guideWords: 'Rettleiaren skreiv i 2017',
    guideCorrection: 'Slik er regelen i dag',
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
    aboutTheForm: 'Om samarbeidsforma',
    readTheReasoning: 'Les grunngivinga',
    nextStepsIntro: 'I utskrifta kan de kryssa av for kvart steg.',
    mustDo: {
      heading: 'Dette må de gjere',
      regime: (title: string) => `Reglar for denne verdien og tenesta: ${title}.`,
      notProcurement:
        'De har inga plikt til å kunngjere eller konkurranseutsetje etter anskaffingsregelverket, men andre reglar gjeld.',
      moreDuties: 'Karensperiode, gebyr og kjelder',
      sourcesFold: 'Paragrafar og kjelder for pliktene',
      labels: {
        announce: 'Kunngjering',
        compete: 'Konkurranse',
        protocol: 'Protokoll',
        standstill: 'Karensperiode',
        fine: 'Overtredingsgebyr',
      },
      values: {
        announce: {
          none: 'De har ikkje plikt til å kunngjere',
          doffin: 'Kunngjer konkurransen i Doffin',
          doffinTed: 'Kunngjer konkurransen i Doffin, som sender han vidare til TED',
        },
        compete: {
          notRequired: 'Ikkje påkravd: de kan kjøpe direkte',
          asFarAsPossible: 'Sørg for konkurranse så langt det er mogleg',
          tilbudskonkurranse: 'Open eller avgrensa tilbodskonkurranse',
          anbudskonkurranse:
            'Open eller avgrensa anbodskonkurranse; andre prosedyrar berre når vilkåra for dei er oppfylte',
          ownProcedure: 'Ein prosedyre de utformar sjølve, innanfor dei grunnleggjande prinsippa',
        },
        protocol: { notRequired: 'Ikkje påkravd', required: 'Før anskaffingsprotokoll' },
        standstill: {
          none: 'Ingen karensperiode',
          reasonable: 'Vent ein rimeleg periode etter meldinga om tildeling før de signerer',
          tenDays: 'Vent minst ti dagar etter meldinga om tildeling før de signerer',
          notSettled:
            'Ikkje avklart om det gjeld ein karensperiode. Vi tilrår å vente ein rimeleg periode etter meldinga om tildeling før de signerer',
        },
        fine: { notPossible: 'Ikkje mogleg', possible: 'Mogleg ved ulovleg direkte anskaffing' },
      },
    },
    contentsHeading: 'Innhald på sida',
    exploreHeading: 'Utforsk andre svar',
    exploreIntro:
      'Sjå kva som endrar seg med andre svar, samanlikn med eit anna resultat, eller vurder etter ein annan dato.',
    sourcesHeading: 'Kjelder',
    disclaimerHeading: 'Dette er rettleiing, ikkje ei juridisk vurdering',
    disclaimer:
      'Tilrådinga byggjer på svara dykkar og på reglane slik vi kjenner dei på vurderingsdatoen. Ho kjem ikkje i staden for ei konkret vurdering. Er de i tvil, spør ein innkjøpsrådgivar eller jurist.',
  },
  whatIf: {
    heading: 'Kva om de svarte annleis?',
    intro:
      'Desse svara ville gitt ei anna tilråding eller andre anskaffingsreglar. «Prøv dette» viser resultatet med det eine svaret endra. Med Tilbake i nettlesaren kjem de hit att.',
    none: 'Ingen av svara åleine ville endra tilrådinga eller anskaffingsreglane.',
    ifChoice: (answer: string) => `Viss svaret var «${answer}»`,
    ifAmount: (range: string) => `Viss verdien var ${range}`,
    amountBelow: (amount: string) => `under ${amount}`,
    amountAtLeast: (amount: string) => `${amount} eller meir`,
    amountBetween: (from: string, below: string) => `frå ${from} til under ${below}`,
    becomes: 'tilrådinga blir',
    sameFormOtherRules: 'same samarbeidsform, men andre anskaffingsreglar:',
    sameFormRulesMayBe: 'same samarbeidsform, men anskaffingsreglane kan bli',
    oneMoreQuestion: (question: string) => `de får eitt spørsmål til («${question}»)`,
    moreQuestions: (count: string, question: string) => `de får ${count} spørsmål til, først «${question}»`,
    upToMoreQuestions: (count: string, question: string) =>
      `de får opptil ${count} spørsmål til, først «${question}»`,
    andBecomes: 'og tilrådinga blir',
    andMayBecome: 'og tilrådinga kan bli',
    andAnswersDecide: (count: string) =>
      `og svara avgjer kva for ei av ${count} samarbeidsformer som blir tilrådd`,
    asNow: 'som no',
    tryIt: 'Prøv dette',
    tryItHidden: (label: string, answer: string) => `${label}: ${answer}`,
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
  feedback: {
    link: 'Gi tilbakemelding',
    subject: (rulesVersion: string) => `Tilbakemelding på ${SERVICE_NAME} (reglar ${rulesVersion})`,
    body: (rulesVersion: string, link: string) =>
      `Skriv tilbakemeldinga di her:\n\n\n---\nRegelversjon: ${rulesVersion}\nVurderinga tilbakemeldinga gjeld: ${link}`,
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

/**
 * The interface texts in bokmål that only a result and "Slik virker veiviseren" use: loaded with the
 * result's rules (src/ui/text/messages/catalogues.ts), so a question opened from a link does without
 * them. The rest are in nb.ts.
 */
import type { GuardWords } from './nb';

const SERVICE_NAME = 'Samarbeidsveiviseren';

export const nbResult = {
  how: {
    title: 'Slik virker veiviseren',
    resultLink: 'Slik virker veiviseren: alle spørsmål, regler, terskelverdier og kilder',
    lead: 'Alt på denne siden leses ut av de samme reglene veiviseren bruker når den gir en anbefaling. Det som står her, er derfor det veiviseren faktisk gjør.',
    basis: (version: string, date: string) =>
      `Regelverk ${version}. Terskelverdiene og merkingen av hva som bør kontrolleres, gjelder vurderingsdatoen ${date}.`,
    contentsHeading: 'På denne siden',
    flowHeading: 'Spørsmålene og veien videre',
    flowIntro:
      'Veiviseren stiller ett spørsmål om gangen. Etter hvert svar prøver den reglene under spørsmålet ovenfra og ned, og den første regelen som passer, bestemmer neste spørsmål eller anbefalingen.',
    routeIf: (rule: string) => `Hvis ${rule}`,
    routeAnd: ' og ',
    routeOtherwise: 'Ellers',
    routeAlways: 'Uansett svar',
    leadsToQuestion: 'går videre til',
    leadsToOutcome: 'gir anbefalingen',
    outcomeTag: 'Anbefaling',
    guards: {
      isExploring: 'dere ennå ikke vet hva dere vil oppnå, og vil utforske',
      isDeveloping: 'dere vil utvikle en ny løsning',
      isNavOffice: 'dere er et Nav-kontor',
      isGrantWithoutService: 'dere gir tilskudd uten selv å motta en ytelse',
      isPurchaseInReality:
        'det i realiteten er et kjøp: dere kjøper, eller dere gir tilskudd og mottar selv en ytelse dere bestemmer innholdet i',
      isPaymentAGrant: 'dere vil gi tilskudd',
      isValueBelowLowerLimit: (amount: string) =>
        `verdien er under nedre grense for anskaffelsesregelverket (${amount} kroner)`,
      isValueBelowNationalThreshold: (amount: string) =>
        `verdien er under nasjonal terskelverdi (${amount} kroner)`,
      isResultsBased: 'dere vil betale etter oppnådde resultater',
      isForIndividuals: 'tiltaket er rettet mot enkeltpersoner',
    } satisfies GuardWords,
    tableHeading: 'Beslutningstabellen',
    tableMayBeOutdated: (names: string) =>
      `Noen av beløpene tabellen bygger på, kan være utdatert: ${names}. Se terskelverdiene på denne siden.`,
    tableIntro: (paths: string, rows: string, date: string) =>
      `Alle kombinasjoner av svar veiviseren godtar, med beløp i intervaller mellom terskelverdiene som gjelder ${date}: ${paths} mulige veier, slått sammen til ${rows} rader. «Alle» betyr at hvert svar på spørsmålet gir samme anbefaling, «ikke spurt» at spørsmålet ikke stilles på den veien. Beløpene er uten merverdiavgift.`,
    tableCaption: 'Svarene og anbefalingen de gir',
    tableScrollHint: 'Tabellen er bred. Rull sidelengs i den for å se alle kolonnene.',
    tableOutcome: 'Anbefaling',
    any: 'alle',
    notAsked: 'ikke spurt',
    amountRange: (from: string, to: string) => `${from}–${to} kr`,
    amountOrMore: (from: string) => `${from} kr eller mer`,
    thresholdsHeading: 'Terskelverdier',
    thresholdsIntro:
      'Alle terskelverdiene veiviseren kjenner, også de som ikke gjelder lenger og de som bare er foreslått, med perioden de gjelder for, kilde og når vi sist kontrollerte dem. Beløpene er uten merverdiavgift.',
    periodFromTo: (from: string, to: string) => `Gjaldt fra ${from} til og med ${to}`,
    periodFrom: (from: string) => `Gjelder fra ${from}, ingen sluttdato kjent`,
    appliedTag: 'Brukes på vurderingsdatoen',
    proposedTag: 'Forslag',
    expectedRevisionTag: 'Ventet endring',
    expectedRevision: (date: string) =>
      `Nyere beløp kan gjelde fra ${date}. Veiviseren bruker beløpet som er registrert nå, og sier ved beløpet at det kan være utdatert.`,
    proposed: (date: string, where: string) =>
      `Foreslått ${date} i ${where}. Ikke bekreftet vedtatt, så veiviseren bruker den ikke.`,
    fundingHeading: 'Tilskuddsordninger',
    fundingIntro:
      'Alle ordningene veiviseren kan foreslå, med kilde, gyldighet, hvor sikre opplysningene er og når vi sist kontrollerte dem.',
    validity: 'Gyldighet',
    validityFromTo: (from: string, to: string) => `Fra ${from} til og med ${to}`,
    validityFrom: (from: string) => `Fra ${from}, ingen sluttdato kjent`,
    validityTo: (to: string) => `Til og med ${to}`,
    validityOpen: 'Løpende, ingen periode oppgitt i kildene',
    confidence: 'Hvor sikkert',
    confidenceLevels: {
      verified: 'Bekreftet i kilden',
      secondary: 'Bekreftet bare i en sekundærkilde',
      recollection: 'Ikke bekreftet i en kilde',
      open: 'Ikke funnet i kildene',
    },
    dueExplanation:
      'Det som ble kontrollert mer enn tolv måneder før vurderingsdatoen, er merket «Bør kontrolleres».',
  },
  result: {
    heading: (form: string) => `Anbefalt samarbeidsform: ${form}`,
    assessed: (date: string, version: string) => `Vurdert ${date} etter regelverk ${version}`,
    /** The same sentence in two parts, the version a link to the changes page: the words before it, */
    assessedBefore: (date: string) => `Vurdert ${date} etter`,
    /** and the version (the link's text). */
    rulesVersionLink: (version: string) => `regelverk ${version}`,
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
    mayBeOutdatedTag: 'Kan være utdatert',
    mayBeOutdated: (date: string) => `Nyere beløp kan gjelde fra ${date}.`,
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
    /** One name in a renamed body's chain: the name, the year it took effect, and whether a primary source confirms it. */
    nameStep: (name: string, year: string | undefined, unconfirmed: boolean) =>
      `${name}${year || unconfirmed ? ` (${[year, unconfirmed ? 'ikke bekreftet' : ''].filter(Boolean).join(', ')})` : ''}`,
    laterStatus: 'Hva skjedde senere',
    guideWords: 'Veilederen skrev i 2017',
    guideCorrection: 'Slik er regelen i dag',
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
    aboutTheForm: 'Om samarbeidsformen',
    readTheReasoning: 'Les begrunnelsen',
    nextStepsIntro: 'I utskriften kan dere krysse av for hvert steg.',
    mustDo: {
      heading: 'Dette må dere gjøre',
      regime: (title: string) => `Regler for denne verdien og tjenesten: ${title}.`,
      notProcurement:
        'Dere har ingen plikt til å kunngjøre eller konkurranseutsette etter anskaffelsesregelverket, men andre regler gjelder.',
      moreDuties: 'Karensperiode, gebyr og kilder',
      sourcesFold: 'Paragrafer og kilder for pliktene',
      labels: {
        announce: 'Kunngjøring',
        compete: 'Konkurranse',
        protocol: 'Protokoll',
        standstill: 'Karensperiode',
        fine: 'Overtredelsesgebyr',
      },
      values: {
        announce: {
          none: 'Dere har ikke plikt til å kunngjøre',
          doffin: 'Kunngjør konkurransen i Doffin',
          doffinTed: 'Kunngjør konkurransen i Doffin, som sender den videre til TED',
        },
        compete: {
          notRequired: 'Ikke påkrevd: dere kan kjøpe direkte',
          asFarAsPossible: 'Sørg for konkurranse så langt det er mulig',
          tilbudskonkurranse: 'Åpen eller begrenset tilbudskonkurranse',
          anbudskonkurranse:
            'Åpen eller begrenset anbudskonkurranse; andre prosedyrer bare når vilkårene for dem er oppfylt',
          ownProcedure: 'En prosedyre dere utformer selv, innenfor de grunnleggende prinsippene',
        },
        protocol: { notRequired: 'Ikke påkrevd', required: 'Før anskaffelsesprotokoll' },
        standstill: {
          none: 'Ingen karensperiode',
          reasonable: 'Vent en rimelig periode etter meddelelsen om tildeling før dere signerer',
          tenDays: 'Vent minst ti dager etter meddelelsen om tildeling før dere signerer',
          notSettled:
            'Ikke avklart om det gjelder en karensperiode. Vi anbefaler å vente en rimelig periode etter meddelelsen om tildeling før dere signerer',
        },
        fine: { notPossible: 'Ikke mulig', possible: 'Mulig ved ulovlig direkte anskaffelse' },
      },
    },
    contentsHeading: 'Innhold på siden',
    exploreHeading: 'Utforsk andre svar',
    exploreIntro:
      'Se hva som endrer seg med andre svar, sammenlign med et annet resultat, eller vurder etter en annen dato.',
    sourcesHeading: 'Kilder',
    disclaimerHeading: 'Dette er veiledning, ikke en juridisk vurdering',
    disclaimer:
      'Anbefalingen bygger på svarene deres og på reglene slik vi kjenner dem på vurderingsdatoen. Den erstatter ikke en konkret vurdering. Er dere i tvil, spør en innkjøpsrådgiver eller jurist.',
  },
  whatIf: {
    heading: 'Hva om dere svarte annerledes?',
    intro:
      'Disse svarene ville gitt en annen anbefaling eller andre anskaffelsesregler. «Prøv dette» viser resultatet med det ene svaret endret. Med Tilbake i nettleseren kommer dere hit igjen.',
    none: 'Ingen av svarene alene ville endret anbefalingen eller anskaffelsesreglene.',
    ifChoice: (answer: string) => `Hvis svaret var «${answer}»`,
    ifAmount: (range: string) => `Hvis verdien var ${range}`,
    amountBelow: (amount: string) => `under ${amount}`,
    amountAtLeast: (amount: string) => `${amount} eller mer`,
    amountBetween: (from: string, below: string) => `fra ${from} til under ${below}`,
    becomes: 'anbefalingen blir',
    sameFormOtherRules: 'samme samarbeidsform, men andre anskaffelsesregler:',
    sameFormRulesMayBe: 'samme samarbeidsform, men anskaffelsesreglene kan bli',
    oneMoreQuestion: (question: string) => `dere får ett spørsmål til («${question}»)`,
    moreQuestions: (count: string, question: string) => `dere får ${count} spørsmål til, først «${question}»`,
    upToMoreQuestions: (count: string, question: string) =>
      `dere får opptil ${count} spørsmål til, først «${question}»`,
    andBecomes: 'og anbefalingen blir',
    andMayBecome: 'og anbefalingen kan bli',
    andAnswersDecide: (count: string) =>
      `og svarene avgjør hvilken av ${count} samarbeidsformer som anbefales`,
    asNow: 'som nå',
    tryIt: 'Prøv dette',
    tryItHidden: (label: string, answer: string) => `${label}: ${answer}`,
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
  feedback: {
    link: 'Gi tilbakemelding',
    subject: (rulesVersion: string) => `Tilbakemelding på ${SERVICE_NAME} (regler ${rulesVersion})`,
    body: (rulesVersion: string, link: string) =>
      `Skriv tilbakemeldingen din her:\n\n\n---\nRegelversjon: ${rulesVersion}\nVurderingen tilbakemeldingen gjelder: ${link}`,
  },
};

export type ResultMessages = typeof nbResult;

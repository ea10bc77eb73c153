/**
 * The interface texts in nynorsk that only a result and "Slik virker veiviseren" use, with the same keys
 * as nb-result.ts; the rest are in nn.ts.
 */
import type { GuardWords } from './nb';
import type { ResultMessages } from './nb-result';

const SERVICE_NAME = 'Samarbeidsveiviseren';

export const nnResult: ResultMessages = {
  how: {
    title: 'Slik verkar vegvisaren',
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
};

/**
 * The words of the accessibility statement, the privacy page and the changes page in bokmål (the
 * changes themselves are in rules/meta.json). Kept apart from the interface catalogue
 * (src/ui/text/messages/) because only the build reads them: the pages are static documents
 * (docs/adr/0006), so these words add nothing to what the browser downloads. nn.ts and en.ts have the
 * same shape (`InfoTexts`); test/ui/text/messages-parity.test.ts holds them to it.
 */
import type { Locale } from '../../../content/vocabulary';

export const infoNb = {
  locale: 'nb' as Locale,
  accessibility: {
    // A soft hyphen where the word may break, so the title fits at 320 px.
    title: 'Tilgjengelighets\u00aderklæring',
    description:
      'Hvordan Samarbeidsveiviseren oppfyller kravene til universell utforming (WCAG 2.1 nivå A og AA), kjente avvik, og hvordan du melder fra om problemer.',
    lead: 'Denne erklæringen gjelder Samarbeidsveiviseren. Offentlige virksomheter skal ha nettsteder alle kan bruke, og skal si hvordan de oppfyller kravene til universell utforming. Kravene bygger på retningslinjene WCAG 2.1, nivå A og AA.',
    statusHeading: 'Status',
    status:
      'Vi kjenner ikke til brudd på kravene i WCAG 2.1 nivå A og AA, og mener derfor at veiviseren oppfyller dem. Det er vår egen vurdering: ingen uavhengig part har revidert veiviseren.',
    checkedHeading: 'Slik har vi kontrollert',
    checkedIntro:
      'Vi kontrollerer veiviseren med automatiske tester, de fleste i en ekte nettleser (Chromium). Testene ligger i veiviserens kildekode, og filen står i parentes:',
    checks: {
      axe: (file: string) =>
        `Verktøyet axe leter etter brudd på WCAG 2.0 og 2.1 nivå A og AA på hvert skjermbilde: forsiden, hvert spørsmål, feilmeldingene, en lenke med feil i, «Dine svar», hvert resultat, «Slik virker veiviseren», denne erklæringen, personvernsiden og siden om endringer i regelverket (${file}).`,
      keyboard: (file: string) =>
        `Hele veien fra forsiden til et utskrevet resultat gås med tastaturet alene. Alt som får fokus, skal vise det tydelig, og fokus skal flyttes til overskriften på hver ny side (${file}).`,
      reflow: (file: string) =>
        `Hvert skjermbilde vises 320 piksler bredt, som tilsvarer 400 prosent forstørrelse, og ingenting skal kreve at du ruller sidelengs (${file}).`,
      interface: (folder: string) =>
        `Grensesnittestene finner hvert felt, hver knapp og hver lenke ved rolle og navn, slik skjermlesere og andre hjelpemidler gjør (${folder}).`,
    },
    notChecked:
      'Det finnes ingen dokumentert test med skjermleser eller med brukere av hjelpemidler. Automatiske tester finner ikke alle feil, så det kan finnes feil vi ikke kjenner til.',
    deviationsHeading: 'Kjente avvik',
    deviations: 'Vi kjenner ikke til innhold som bryter kravene. Dette er likevel verdt å vite:',
    notes: [
      'Beslutningstabellen på «Slik virker veiviseren» er bred. På smale skjermer ruller den sidelengs i sin egen boks, noe kravene tillater for tabeller. Boksen kan også rulles med tastaturet.',
      'Når du lagrer et resultat som PDF, er det nettleseren din som lager filen. Hvor godt PDF-en virker med hjelpemidler, avhenger av nettleseren.',
      'Lenkene til kildene går til andre nettsteder, som har sine egne tilgjengelighetserklæringer.',
    ],
    reportHeading: 'Meld fra om problemer',
    reportIntro:
      'Har du problemer med å bruke veiviseren, eller virker noe ikke for deg, vil vi gjerne vite det. Fortell hva du prøvde å gjøre, og hvilken nettleser og hvilke hjelpemidler du brukte.',
    reportTo: 'Meld fra her:',
    reportNoContact:
      'Veiviseren har ingen egen kontaktadresse. Meld fra til virksomheten som publiserer veiviseren, det vil si den som står bak nettstedet du fant den på.',
    complainHeading: 'Klage til tilsynet',
    complain:
      'Mener du at veiviseren ikke oppfyller kravene, for eksempel fordi du ikke får svar eller ikke er fornøyd med svaret, kan du klage til Tilsynet for universell utforming av IKT. Tilsynet er en del av Digitaliseringsdirektoratet (Digdir).',
    complainLink: 'Tilsynet for universell utforming av IKT (uutilsynet.no)',
    reviewedHeading: 'Sist gjennomgått',
    reviewed: (date: string) => `Erklæringen ble sist gjennomgått ${date}.`,
  },
  privacy: {
    title: 'Personvern',
    description:
      'Samarbeidsveiviseren lagrer ingenting om deg: svarene ligger bare i lenken. Ingen informasjonskapsler, ingen statistikk og ingen tredjeparter.',
    lead: 'Samarbeidsveiviseren lagrer ingenting om deg eller svarene dine.',
    storesHeading: 'Hva veiviseren lagrer',
    stores: [
      'Ingenting. Svarene dine ligger bare i lenken i adressefeltet. Veiviseren finner anbefalingen i nettleseren din, og mens du går fra spørsmål til spørsmål, sender den ikke svarene noe sted.',
      'Når du åpner en lenke med svar i, eller laster siden på nytt, får nettstedets server hele adressen, slik alle nettsteder får adressen til sidene de leverer. Veiviseren bruker den ikke til noe. Om serveren fører logg over adresser, bestemmer den som drifter nettstedet.',
      'Fordi svarene ligger i adressen, kommer de også i nettleserens historikk, som alle adresser du besøker. Bruker du en datamaskin andre også bruker, kan du slette historikken når du er ferdig.',
    ],
    cookiesHeading: 'Informasjonskapsler, statistikk og tredjeparter',
    cookies: [
      'Veiviseren bruker ikke informasjonskapsler (cookies), lagrer ingenting i nettleseren din og har ingen verktøy for statistikk eller analyse.',
      'Alt veiviseren trenger, som skrift, utseende og reglene den bruker, kommer fra det samme nettstedet. Ingen tredjepart får vite at du bruker den: nettstedet ber nettleseren nekte alt som kommer fra andre steder.',
      'Lenkene til kilder går til andre nettsteder. Følger du en av dem, gjelder det nettstedets egne regler for personvern. Svarene dine blir ikke sendt med.',
    ],
    linkHeading: 'Hva en delt lenke viser',
    linkIntro:
      'Lenken til en side i veiviseren har i seg alt som trengs for å vise den samme siden igjen. Alle som får lenken, kan se:',
    linkItems: [
      'svarene dine: hva slags virksomhet dere er, hva dere vil oppnå, hvordan dere vil betale, området og de andre valgene',
      'beløpet dere anslo for kontrakten',
      'vurderingsdatoen, hvis dere valgte en annen dato enn dagens',
      'språket, versjonen av regelverket og anbefalingen lenken ble laget med',
      'et resultat dere har festet for å sammenligne, med svarene som ga det',
    ],
    linkNoFreeText:
      'Veiviseren har ingen felt for fritekst, så lenken kan ikke ha i seg navn, e-postadresser eller annet du skriver selv, bare valgene og beløpet. Tenk likevel over hvem du deler den med hvis planene eller beløpet ikke er kjent ennå.',
    questionsHeading: 'Spørsmål om personvern',
    questionsText:
      'Veiviseren selv behandler ingen personopplysninger. Har du spørsmål om nettstedet den ligger på, for eksempel om logger, kan du kontakte virksomheten som publiserer veiviseren.',
    questionsTo: 'Skriv til:',
  },
  changes: {
    title: 'Endringer i regelverket',
    description:
      'Hver versjon av regelverket Samarbeidsveiviseren bruker, med datoen den ble publisert og hva som ble endret.',
    lead: 'Hver versjon av regelverket veiviseren bruker, den nyeste først, med hva som ble endret.',
    about:
      'Veiviseren bygger anbefalingene på et regelverk med versjonsnummer: spørsmålene, reglene for hvilket svar som gir hvilket resultat, terskelverdiene og tekstene. Versjonen står på hvert resultat og i lenken til det.',
    current: (version: string) => `Veiviseren bruker nå regelverk ${version}.`,
    versionHeading: (version: string, date: string) => `Regelverk ${version}, ${date}`,
    currentTag: 'gjeldende',
    olderLinks:
      'Åpner du en lenke som ble laget etter et eldre regelverk, sier veiviseren hvilke av endringene siden da som gjelder vurderingen i lenken.',
  },
};

export type InfoTexts = typeof infoNb;

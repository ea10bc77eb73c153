/** The accessibility statement and the privacy page in nynorsk; the same shape as nb.ts. */
import type { InfoTexts } from './nb';

export const infoNn: InfoTexts = {
  locale: 'nn',
  accessibility: {
    title: 'Tilgjengelegheits\u00aderklæring',
    description:
      'Korleis Samarbeidsveiviseren oppfyller krava til universell utforming (WCAG 2.1 nivå A og AA), kjende avvik, og korleis du melder frå om problem.',
    lead: 'Denne erklæringa gjeld Samarbeidsveiviseren. Offentlege verksemder skal ha nettstader alle kan bruke, og skal seie korleis dei oppfyller krava til universell utforming. Krava byggjer på retningslinjene WCAG 2.1, nivå A og AA.',
    statusHeading: 'Status',
    status:
      'Vi kjenner ikkje til brot på krava i WCAG 2.1 nivå A og AA, og meiner difor at vegvisaren oppfyller dei. Det er vår eiga vurdering: ingen uavhengig part har revidert vegvisaren.',
    checkedHeading: 'Slik har vi kontrollert',
    checkedIntro:
      'Vi kontrollerer vegvisaren med automatiske testar, dei fleste i ein ekte nettlesar (Chromium). Testane ligg i kjeldekoden til vegvisaren, og fila står i parentes:',
    checks: {
      axe: (file: string) =>
        `Verktøyet axe leitar etter brot på WCAG 2.0 og 2.1 nivå A og AA på kvart skjermbilete: framsida, kvart spørsmål, feilmeldingane, ei lenkje med feil i, «Svara dine», kvart resultat, «Slik verkar vegvisaren», denne erklæringa, personvernsida og sida om endringar i regelverket (${file}).`,
      keyboard: (file: string) =>
        `Heile vegen frå framsida til eit utskrive resultat blir gått med tastaturet åleine. Alt som får fokus, skal vise det tydeleg, og fokus skal flyttast til overskrifta på kvar ny side (${file}).`,
      reflow: (file: string) =>
        `Kvart skjermbilete blir vist 320 pikslar breitt, som svarer til 400 prosent forstørring, og ingenting skal krevje at du rullar sidelengs (${file}).`,
      interface: (folder: string) =>
        `Grensesnitttestane finn kvart felt, kvar knapp og kvar lenkje ved rolle og namn, slik skjermlesarar og andre hjelpemiddel gjer (${folder}).`,
    },
    notChecked:
      'Det finst ingen dokumentert test med skjermlesar eller med brukarar av hjelpemiddel. Automatiske testar finn ikkje alle feil, så det kan finnast feil vi ikkje kjenner til.',
    deviationsHeading: 'Kjende avvik',
    deviations: 'Vi kjenner ikkje til innhald som bryt krava. Dette er likevel verdt å vite:',
    notes: [
      'Avgjerdstabellen på «Slik verkar vegvisaren» er brei. På smale skjermar rullar han sidelengs i sin eigen boks, noko krava tillèt for tabellar. Boksen kan òg rullast med tastaturet.',
      'Når du lagrar eit resultat som PDF, er det nettlesaren din som lagar fila. Kor godt PDF-en verkar med hjelpemiddel, kjem an på nettlesaren.',
      'Lenkjene til kjeldene går til andre nettstader, som har sine eigne tilgjengelegheitserklæringar.',
    ],
    reportHeading: 'Meld frå om problem',
    reportIntro:
      'Har du problem med å bruke vegvisaren, eller verkar noko ikkje for deg, vil vi gjerne vite det. Fortel kva du prøvde å gjere, og kva nettlesar og hjelpemiddel du brukte.',
    reportTo: 'Meld frå her:',
    reportNoContact:
      'Vegvisaren har inga eiga kontaktadresse. Meld frå til verksemda som publiserer vegvisaren, det vil seie den som står bak nettstaden du fann han på.',
    complainHeading: 'Klage til tilsynet',
    complain:
      'Meiner du at vegvisaren ikkje oppfyller krava, til dømes fordi du ikkje får svar eller ikkje er nøgd med svaret, kan du klage til Tilsynet for universell utforming av IKT. Tilsynet er ein del av Digitaliseringsdirektoratet (Digdir).',
    complainLink: 'Tilsynet for universell utforming av IKT (uutilsynet.no)',
    reviewedHeading: 'Sist gjennomgått',
    reviewed: (date: string) => `Erklæringa vart sist gjennomgått ${date}.`,
  },
  privacy: {
    title: 'Personvern',
    description:
      'Samarbeidsveiviseren lagrar ingenting om deg: svara ligg berre i lenkja. Ingen informasjonskapslar, ingen statistikk og ingen tredjepartar.',
    lead: 'Samarbeidsveiviseren lagrar ingenting om deg eller svara dine.',
    storesHeading: 'Kva vegvisaren lagrar',
    stores: [
      'Ingenting. Svara dine ligg berre i lenkja i adressefeltet. Vegvisaren finn tilrådinga i nettlesaren din, og medan du går frå spørsmål til spørsmål, sender han ikkje svara nokon stad.',
      'Når du opnar ei lenkje med svar i, eller lastar sida på nytt, får tenaren til nettstaden heile adressa, slik alle nettstader får adressa til sidene dei leverer. Vegvisaren brukar henne ikkje til noko. Om tenaren fører logg over adresser, avgjer den som driftar nettstaden.',
      'Sidan svara ligg i adressa, kjem dei òg i historikken til nettlesaren, som alle adresser du besøkjer. Brukar du ei datamaskin som andre òg brukar, kan du slette historikken når du er ferdig.',
    ],
    cookiesHeading: 'Informasjonskapslar, statistikk og tredjepartar',
    cookies: [
      'Vegvisaren brukar ikkje informasjonskapslar (cookies), lagrar ingenting i nettlesaren din og har ingen verktøy for statistikk eller analyse.',
      'Alt vegvisaren treng, som skrift, utsjånad og reglane han brukar, kjem frå den same nettstaden. Ingen tredjepart får vite at du brukar han: nettstaden ber nettlesaren nekte alt som kjem frå andre stader.',
      'Lenkjene til kjelder går til andre nettstader. Følgjer du ei av dei, gjeld dei eigne reglane til nettstaden for personvern. Svara dine blir ikkje sende med.',
    ],
    linkHeading: 'Kva ei delt lenkje viser',
    linkIntro:
      'Lenkja til ei side i vegvisaren har i seg alt som trengst for å vise den same sida igjen. Alle som får lenkja, kan sjå:',
    linkItems: [
      'svara dine: kva slags verksemd de er, kva de vil oppnå, korleis de vil betale, området og dei andre vala',
      'beløpet de anslo for kontrakten',
      'vurderingsdatoen, om de valde ein annan dato enn dagens',
      'språket, versjonen av regelverket og tilrådinga lenkja vart laga med',
      'eit resultat de har festa for å samanlikne, med svara som gav det',
    ],
    linkNoFreeText:
      'Vegvisaren har ingen felt for fritekst, så lenkja kan ikkje ha i seg namn, e-postadresser eller anna du skriv sjølv, berre vala og beløpet. Tenk likevel over kven du deler henne med om planane eller beløpet ikkje er kjende enno.',
    questionsHeading: 'Spørsmål om personvern',
    questionsText:
      'Vegvisaren sjølv handsamar ingen personopplysningar. Har du spørsmål om nettstaden han ligg på, til dømes om loggar, kan du kontakte verksemda som publiserer vegvisaren.',
    questionsTo: 'Skriv til:',
  },
  changes: {
    title: 'Endringar i regelverket',
    description:
      'Kvar versjon av regelverket Samarbeidsveiviseren brukar, med datoen han vart publisert og kva som vart endra.',
    lead: 'Kvar versjon av regelverket vegvisaren brukar, den nyaste først, med kva som vart endra.',
    about:
      'Vegvisaren byggjer tilrådingane på eit regelverk med versjonsnummer: spørsmåla, reglane for kva svar som gir kva resultat, terskelverdiane og tekstane. Versjonen står på kvart resultat og i lenkja til det.',
    current: (version: string) => `Vegvisaren brukar no regelverk ${version}.`,
    versionHeading: (version: string, date: string) => `Regelverk ${version}, ${date}`,
    currentTag: 'gjeldande',
    olderLinks:
      'Opnar du ei lenkje som vart laga etter eit eldre regelverk, seier vegvisaren kva for endringar sidan då som gjeld vurderinga i lenkja.',
  },
};

/** German keywords (folded: ä -> a, ö -> o, ü -> u, ß -> ss). */
import type { KeywordTable } from '../patterns.ts';

export const DE: KeywordTable = {
  'where-is-my-order': 'wo bleibt:4|wo ist ~ paket:4|wo ist ~ bestellung:4|wo ist ~ sendung:4|wo ist ~ lieferung:4'
    + '|nicht ~ angekommen:3.5|nicht ~ erhalten:2.5|nichts erhalten:3|nicht da:3|immer noch nicht:1.5|nicht geliefert:3'
    + '|nicht zugestellt:2|sendungsverfolgung:3|sendungsnummer:3|trackingnummer:3|tracking*:2.5|verfolg*:1.5|zugestellt:1.5'
    + '|versandbestatigung:2.5|verschickt worden:2.5|versendet worden:2.5|schon verschickt:2|verspat*:2.5|lieferzeit:1.5'
    + '|wann kommt:3|wann ~ ankommen:3|wann ~ geliefert:3|wann ~ rechnen:2.5|warte ~ seit:2.5|warte ~ auf:2|paket:1|sendung:1'
    + '|lieferung:1|dhl:1|hermes:1|dpd:1|gls:1|briefkasten:1.5|nachbarn:1.5|verloren:2|nachschauen:1'
    + '|noch nicht bekommen:3|nicht bekommen:2.5|lieferstatus:3|versandstatus:3|status der bestellung:2.5'
    + '|wann wird ~ versendet:3|wann wird ~ verschickt:3|wann ~ versand*:2|noch nicht ~ versendet:2|unterwegs:1.5'
    + '|zoll:1.5|sollte ~ ankommen:2.5|sollte ~ kommen:2|noch nichts:2'
    + '|versendet:1.5|verschickt:1.5|versandt:1.5|schon versendet:2|bereits versendet:2|bereits verschickt:2'
    + '|wann wird:1|da sein:1|hangt ~ fest:2.5|steckt ~ fest:2.5|festgesteckt:2|verteilzentrum:2|paketzentrum:2'
    + '|depot:1.5|paketdienst:1.5|zusteller:1.5|verzoger*:2.5|neuigkeiten:1.5|seit tagen:1',
  'return-refund': '!zuruckschick*:3.5|!zurucksend*:3.5|zuruckgeschickt:3|zuruckgesendet:3|!zuruckgeben:3.5|zuruckgegeben:3'
    + '|schick* ~ zuruck:3|send* ~ zuruck:3|geb* ~ zuruck:2.5|rucksendung:3|rucksende*:3|retour*:3|erstatt*:3|ruckerstatt*:3.5'
    + '|teilerstattung:3.5|geld zuruck:3.5|geld wieder*:3.5|!umtausch*:3|widerruf*:3.5|gutschrift:2.5|kaufpreis:1.5|zu klein:1'
    + '|zu gross:1|passt nicht:1|gefallt ~ nicht:1'
    + '|ruckgabe*:3|zuruckzu*:3|geld:1',
  'cancel-order': '!storn*:4|!abbrech*:2.5|!abbestell*:4|!cancel*:3.5|zweimal bestellt:1.5|doppelt bestellt:2|aus versehen:1'
    + '|versehentlich bestellt:1.5|nicht mehr ~ brauch*:1|nicht versenden:2|vertan:1|anderes modell:0.5'
    + '|zuruckzieh*:2'
    + '|falls noch nicht:1.5|sofern noch nicht:1.5|wenn ~ noch nicht versendet:1',
  'address-change': 'adress*:2.5|anschrift:2.5|lieferadresse:3.5|lieferanschrift:3.5|wohnadresse:2|postleitzahl:2.5|plz:2'
    + '|hausnummer:2.5|strassenname:2|strasse:1|str:1|packstation:2.5|umgezogen:2|umzug:1.5|andere adresse:1|neue adresse:1'
    + '|falsche adresse:1|an ~ liefern:1|nicht zu hause:1|nicht ~ zuhause:1'
    + '|versandadresse:3.5|zustelladresse:3.5|firmenadresse:2|arbeitsadresse:2|abholstation:2|postfiliale:1.5'
    + '|neue anschrift:1'
    + '|stattdessen nach:2.5|stattdessen an:1.5|umleit*:2.5',
  'product-question': 'kompatib*:3|passt ~ auch:2|passt ~ in:1.5|passt er:1.5|passt es:1.5|funktioniert ~ mit:1.5|masse:2.5'
    + '|abmessung*:3|wie gross:2.5|wie schwer:2.5|wie viel:1.5|gewicht:1.5|material:2.5|waschbar:2.5|spulmaschine*:2'
    + '|wie funktioniert:2.5|wie wird:2|wie kann ich:1.5|anleitung:1.5|bedienungsanleitung:2|auf lager:3|lieferbar:2.5'
    + '|verfugbar:2|gibt es:2|haben sie ~ auch:2|in schwarz:1|in weiss:1|farbe*:1|geeignet:2.5|garantie:1.5|hohenverstellbar:2'
    + '|frage:1.5|ist das:1|ist der:1|ist die:1|?:0.5'
    + '|welche grosse:2.5|grossentabelle:3|wie lange:1|akkulaufzeit:2|im lieferumfang enthalten:2|passend fur:2'
    + '|passt zu:2|kann man:1.5|kann ich ~ verwenden:2|verwenden:1|benutzen:1|wie stelle ich:2.5|wie bedient:2.5'
    + '|welche*:1'
    + '|andere* grossen:2.5|andere* farben:2.5|in anderen:1.5|wiegt:2|verkaufen sie:2.5|ersatzteil*:1.5'
    + '|waschmaschine*:2|in der waschmaschine:1|maschinenwaschbar:2.5|trockner:1.5|beschreibung:1|aussenbereich:2'
    + '|im freien:1.5|draussen:1.5|stoff:1',
  'product-issue': 'defekt*:2.5|kaputt*:2.5|beschadig*:2.5|zerbroch*:2.5|gebroch*:2.5|abgebroch*:2.5|funktioniert nicht:3'
    + '|geht nicht:2|lasst sich nicht:2.5|falsch* artikel:3|falsch* ~ geliefert:2.5|falsch* farbe:2|statt:1.5|anstatt:1.5'
    + '|fehlt:2.5|fehlen:2.5|fehlend*:2.5|unvollstandig:2.5|riss:2|risse:2|kratz*:2|undicht:2.5|tropft:2|leck*:2|gerausch*:2'
    + '|schlechte qualitat:2.5|qualitat:1|nicht normal:2|!ersatz*:2|mangel*:2.5|flacker*:2|rost*:1.5|riecht:1.5|verbogen:2'
    + '|eingedruckt:1.5|hatt nur:1|halt nur:1.5'
    + '|lauft nicht:2.5|startet nicht:2.5|ladt nicht:2.5|gerissen:2|zerkratz*:2|verschmutzt:2|gebraucht:1.5'
    + '|anderer artikel:2.5|falsches produkt:3|stimmt nicht:1.5|fehlerhaft:2.5|fehler*:1.5|schimmel*:2|abgelaufen:2'
    + '|uberhitz*:2|wackel*:1.5|bruch:2|problem*:1.5'
    + '|naht:2|nahte:2|nahten:2|sich gelost:1.5|aufgegangen:2|aufgerissen:2|ausgefranst:2|loch:1.5'
    + '|auseinandergefallen:2.5|gebraucht aus:2.5|benutzt aus:2.5|bereits benutzt:2.5|schon benutzt:2.5'
    + '|geoffnet:2|chemie:2|chemisch*:2|geruch:2|gestank:2|stinkt:2|ist das normal:1.5|wie auf den bildern:2'
    + '|wie auf dem bild:2|wie auf den fotos:2|wie auf dem foto:2|wie abgebildet:2|schlecht:1|billig:1.5'
    + '|billige:1.5|billiges:1.5|minderwertig:2.5|funktioniert ~ nicht mehr:3|nach ~ tagen:1|nach ~ wochen:1'
    + '|nach dem ersten:1',
  invoice: 'rechnung*:4|quittung:3.5|kaufbeleg:3.5|beleg:2.5|mwst:2|ust*:2|steuer*:1.5|buchhaltung:2|firma:1|gmbh:1'
    + '|umsatzsteuer*:2|vorsteuer:2|mehrwertsteuer:2|rechnungsadresse:1',
  'feedback-review': 'bewertung*:3|rezension*:3|feedback:3|sterne*:2.5|stern:2|review*:3|bewerten:2.5|bewertet:2.5'
    + '|produktbewertung:3'
    + '|kommentar*:1.5'
    + '|verkauferbewertung*:3|kundenbewertung*:3|bitte um ~ bewertung:1.5|bitte um ~ rezension:1.5'
    + '|bewertung ~ losch*:1.5|bewertung ~ entfern*:1.5|bewertung ~ ander*:1.5|rezension ~ losch*:1.5'
    + '|rezension ~ entfern*:1.5|bewertung abgeben:1.5|bewertung hinterlassen:1.5|bewertung schreiben:1.5'
    + '|feedback ~ hinterlassen:1.5|feedback ~ geben:1',
  other: 'danke:1|vielen dank:1|dankeschon:1|alles bestens:2|alles gut:1.5|ok:1|okay:1|frohe weihnachten:3|neues jahr:2'
    + '|schones wochenende:1.5|wir bieten:2.5|angebot:1|kooperation:3|zusammenarbeit:3|agentur:2|dienstleistung*:1.5'
    + '|grosshandel*:1.5|mengenrabatt:1.5',
};

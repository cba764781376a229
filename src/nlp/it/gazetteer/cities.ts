// Capitals and cities that make world news, with their Italian exonyms and English names,
// and the country they lie in (LOCATED_IN; a capital used as an actor is its state).
// One line each: "Italian name, English name, other variants | ISO country | capital?".
// Italian cities go by their Italian names only: in Italian text "Milan" is the football club.
// "capital of ID" names what the city stands for when it is not its state: in Italian
// news "Bruxelles chiede a Roma" is the European Union.
import { countryId } from "./countries.ts";
import type { GazetteerEntry, NamedEntry } from "./entry.ts";
import { slugify } from "./pieces.ts";

const CITIES = `
Mosca, Moscow | RU | capital
San Pietroburgo, Saint Petersburg, St. Petersburg, Pietroburgo | RU
Vladivostok | RU
Kursk | RU
Belgorod | RU
Rostov sul Don, Rostov | RU
Novosibirsk | RU
Kazan | RU
Ekaterinburg, Yekaterinburg | RU
Murmansk | RU
Kaliningrad | RU
Sochi, Soči | RU
Pyongyang | KP | capital
Seul, Seoul | KR | capital
Busan | KR
Pechino, Beijing | CN | capital
Shanghai | CN
Hong Kong | CN
Wuhan | CN
Canton, Guangzhou | CN
Shenzhen | CN
Tokyo, Tokyo, Tokio | JP | capital
Osaka | JP
Hiroshima | JP
Taipei | TW | capital
Hanoi | VN | capital
Ho Chi Minh, Saigon | VN
Bangkok | TH | capital
Manila | PH | capital
Giacarta, Jakarta | ID | capital
Nuova Delhi, New Delhi | IN | capital
Mumbai, Bombay | IN
Islamabad | PK | capital
Kabul | AF | capital
Teheran, Tehran | IR | capital
Baghdad | IQ | capital
Damasco, Damascus | SY | capital
Aleppo | SY
Beirut | LB | capital
Gerusalemme, Jerusalem | IL
Tel Aviv | IL
Gaza | PS
Ramallah | PS
Amman | JO | capital
Riad, Riyadh | SA | capital
Gedda, Jeddah | SA
Doha | QA | capital
Dubai | AE
Abu Dhabi | AE | capital
Ankara | TR | capital
Istanbul | TR
Il Cairo, Cairo | EG | capital
Tripoli | LY | capital
Bengasi, Benghazi | LY
Tunisi, Tunis | TN | capital
Algeri, Algiers | DZ | capital
Rabat | MA | capital
Khartum, Khartoum | SD | capital
Addis Abeba, Addis Ababa | ET | capital
Nairobi | KE | capital
Kinshasa | CD | capital
Lagos | NG
Abuja | NG | capital
Pretoria | ZA | capital
Johannesburg | ZA
Città del Capo, Cape Town | ZA
Kiev, Kyiv, Kiyv | UA | capital
Charkiv, Kharkiv, Kharkov | UA
Odessa, Odesa | UA
Leopoli, Lviv | UA
Zaporizhzhia, Zaporižžja, Zaporizhia | UA
Mariupol | UA
Cherson, Kherson | UA
Dnipro | UA
Bakhmut | UA
Minsk | BY | capital
Varsavia, Warsaw | PL | capital
Berlino, Berlin | DE | capital
Monaco di Baviera, Munich | DE
Francoforte, Frankfurt | DE
Amburgo, Hamburg | DE
Parigi, Paris | FR | capital
Marsiglia, Marseille | FR
Londra, London | GB | capital
Madrid | ES | capital
Barcellona, Barcelona | ES
Lisbona, Lisbon | PT | capital
Bruxelles, Brussels | BE | capital of european-union
Amsterdam | NL | capital
L'Aia, The Hague | NL
Vienna | AT | capital
Berna, Bern | CH | capital
Ginevra, Geneva | CH
Zurigo, Zurich | CH
Davos | CH
Stoccolma, Stockholm | SE | capital
Oslo | NO | capital
Copenaghen, Copenhagen | DK | capital
Helsinki | FI | capital
Praga, Prague | CZ | capital
Budapest | HU | capital
Bucarest, Bucharest | RO | capital
Sofia | BG | capital
Belgrado, Belgrade | RS | capital
Zagabria, Zagreb | HR | capital
Atene, Athens | GR | capital
Vilnius | LT | capital
Riga | LV | capital
Tallinn | EE | capital
Chisinau, Chișinău | MD | capital
Tbilisi | GE | capital
Erevan, Yerevan | AM | capital
Baku | AZ | capital
Astana | KZ | capital
Roma | IT | capital
Milano | IT
Napoli | IT
Torino | IT
Firenze | IT
Venezia | IT
Bologna | IT
Genova | IT
Palermo | IT
Washington | US | capital
New York | US
Los Angeles | US
Chicago | US
San Francisco | US
Phoenix | US
Miami | US
Houston | US
Boston | US
Las Vegas | US
Ottawa | CA | capital
Toronto | CA
Città del Messico, Mexico City | MX | capital
Caracas | VE | capital
L'Avana, Havana | CU | capital
Brasilia | BR | capital
San Paolo, São Paulo, Sao Paulo | BR
Rio de Janeiro | BR
Buenos Aires | AR | capital
Santiago del Cile | CL | capital
Bogotà, Bogotá | CO | capital
Lima | PE | capital
Canberra | AU | capital
Kyoto, Kyoto, Kioto | JP
El Fasher, El Fasher, Al-Fashir | SD
El Obeid, El Obeid, Al-Ubayyid | SD
Port Sudan | SD
Omdurman | SD
Nyala | SD
Rafah | PS
Khan Yunis, Khan Younis | PS
Jenin | PS
Avdiivka | UA
Pokrovsk | UA
Sumy | UA
Chernihiv, Černihiv | UA
Bucha | UA
Kramatorsk | UA
Sloviansk | UA
Melitopol | UA
Sebastopoli, Sevastopol | UA
Naypyidaw | MM | capital
Mandalay | MM
Dacca, Dhaka | BD | capital
Kathmandu | NP | capital
Ulan Bator, Ulaanbaatar | MN | capital
Tashkent | UZ | capital
Bishkek | KG | capital
Dushanbe | TJ | capital
Ashgabat | TM | capital
Mascate, Muscat | OM | capital
Manama | BH | capital
Sana'a, Sanaa | YE | capital
Aden | YE
Mogadiscio, Mogadishu | SO | capital
Kampala | UG | capital
Kigali | RW | capital
Dakar | SN | capital
Accra | GH | capital
Bamako | ML | capital
Niamey | NE | capital
Ouagadougou | BF | capital
N'Djamena | TD | capital
Luanda | AO | capital
Harare | ZW | capital
Lusaka | ZM | capital
Maputo | MZ | capital
Quito | EC | capital
La Paz | BO | capital
Montevideo | UY | capital
Asunción, Asuncion | PY | capital
Managua | NI | capital
Port-au-Prince | HT | capital
Wellington | NZ | capital
Auckland | NZ
Reykjavik, Reykjavík | IS | capital
Dublino, Dublin | IE | capital
Edimburgo, Edinburgh | GB
Lubiana, Ljubljana | SI | capital
Bratislava | SK | capital
Sarajevo | BA | capital
Podgorica | ME | capital
Skopje | MK | capital
Tirana | AL | capital
Pristina | XK | capital
Nicosia | CY | capital
La Valletta, Valletta | MT | capital
Sydney | AU
`;

export function cityEntries(): NamedEntry[] {
  const out: NamedEntry[] = [];
  for (const line of CITIES.split("\n")) {
    if (!line.trim()) continue;
    const [names, code, capital = ""] = line.split("|").map((s) => s.trim()) as [string, string, string | undefined];
    const variants = names.split(",").map((s) => s.trim());
    // The id is the English name: listed second when it differs from the Italian.
    const english = variants[1] !== undefined && /^[\x20-\x7e]+$/.test(variants[1]) ? variants[1] : variants[0]!;
    const country = countryId(code);
    const entry: GazetteerEntry = {
      id: slugify(english),
      name: variants[0]!,
      type: "GPE",
      source: "cities",
      country,
      ...(capital.startsWith("capital") ? { capital: true, standsFor: capital.replace(/^capital( of)?/, "").trim() || country } : {}),
    };
    for (const variant of variants) out.push({ variant, entry });
  }
  return out;
}

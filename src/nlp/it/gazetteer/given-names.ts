// Given (first) names common in international news, written for trama from general
// knowledge (no list copied). A capitalised word from this set followed by a
// surname-shaped word is strong evidence of a person, whatever a tagger thought.
// Names that are as often places, brands or common words are left out on purpose
// ("Georgia", "Victoria", "Sofia", "Marina", "Mercedes", "Vittoria", "Santo", "Israel").
import { foldPiece } from "./pieces.ts";

const NAMES =
  // Italian
  "abele achille ada adele adriana adriano agnese agostino alberto alberta aldo alessandra alessandro alessia alfio " +
  "alfonso alfredo alice alvise amedeo andrea angela angelo anna annalisa antonella antonio arianna arturo attilio aurelio " +
  "barbara bartolomeo beatrice benedetta beniamino bernardo bettino bruna bruno camilla carla carlo carmela carmelo carmine " +
  "caterina cesare chiara cinzia claudia claudio clemente concetta corrado cosimo cristiano cristina daniela daniele dario " +
  "davide debora denis diego dino domenico donatella donato edoardo elena eleonora elisa elisabetta elio emanuela emanuele " +
  "emiliano emilio emma enrico enzo erica ermanno ernesto ettore eugenio fabiana fabio fabrizio federica federico fernanda " +
  "fernando filippo fiorella flavio francesca francesco franco gabriele gabriella gaetano gennaro giacomo giada gian giancarlo " +
  "gianfranco gianluca gianluigi gianmarco gianni giacinto gilberto gino giorgia giorgio giovanna giovanni giulia giuliana " +
  "giuliano giulio giuseppe giuseppina graziano guido ignazio ilaria irene isabella ivana ivano lamberto laura leonardo letizia " +
  "lia lidia lilia lino livia lorena lorenza lorenzo luana luca lucia luciana luciano lucio luigi luisa mara marcella marcello " +
  "marco margherita maria mariangela mariano mariastella marilena mario marisa marta martina massimiliano massimo matilde " +
  "matteo maurizio mauro michela michele mirella mirko monica nadia nando nicola nicoletta nicolo niccolo nino ornella " +
  "ottavio paola paolo pasquale patrizia patrizio piera pierluigi piero pierpaolo pietro raffaele raffaella renata " +
  "renato renzo riccardo rita roberta roberto rocco romina rosaria rossana sabrina salvatore samuele sandra sandro " +
  "sara sergio silvana silvia silvio simona simone stefania stefano susanna tiziana tiziano tommaso ugo umberto valentina " +
  "valentino valeria valerio vanessa vincenzo virginio vito walter benedetto vittorio guglielmo gigi beppe nina " +
  "camillo leopoldo pier fausto ciro loredana angelino raimondo pippo antonino miriam danilo ivo " +
  // English
  "aaron adam alan albert alexander alison amanda amy andrew angus anthony arthur ashley barack benjamin betty bill bob " +
  "bobby boris brandon brian bruce caroline charles charlotte chris christopher chuck colin craig dan daniel david deborah " +
  "dennis donald douglas dylan edward elizabeth emily eric frank gary gavin george gordon gregory hannah harold harry " +
  "heather helen henry hillary hunter ian jack jacob jake james jane jason jeff jeffrey jennifer jeremy jessica jim jimmy " +
  "joe john johnny jonathan joseph joshua julie justin karen kate katherine keir kelly kenneth kevin kimberly kristi " +
  "larry laurence linda lindsey lisa liz lloyd margaret mark marco matthew megan melania michael michelle mike mitch " +
  "nancy nathan neil nicholas nick nigel oliver pamela patrick paul peter philip rachel ralph rebecca richard rishi " +
  "robert ronald ryan sam samuel sarah scott sean stephen steve steven stuart susan thomas tim timothy todd tom tony " +
  "tucker walter wayne william zachary nelson norman martin derek mitt anne mary victor robin terry doris allan " +
  "robbie alex willy leslie kamala pete marco " +
  // French, Belgian, Québécois
  "alain amélie antoine arnaud bernard brigitte bruno catherine cécile christian christophe claude damien denis " +
  "didier dominique édouard élisabeth emmanuel étienne fabien françois françoise frédéric gabriel gérald gérard " +
  "guillaume hélène henri hervé isabelle jacques jean jérôme joël josé julien laurent léa louis luc manon marc " +
  "marie martine mathieu maxime michel michèle nathalie nicolas olivier pascal philippe pierre rachida raphaël " +
  "rémi sébastien ségolène simon sophie stéphane sylvie thierry valérie vincent xavier yannick yves " +
  // Spanish, Portuguese, Latin American
  "alejandro alberto alvaro álvaro ana andrés antonio beatriz carlos carmen cristina diego eduardo enrique esteban " +
  "felipe fernando gonzalo guillermo gustavo horacio ignacio javier jesús jorge josé juan julio lucía luis luiz " +
  "manuel marcelo mariano miguel nicolás pablo pedro rafael ramón ricardo rodrigo sergio teresa vicente " +
  "joão joaquim gilberto inácio jair dilma " +
  // German, Dutch, Nordic
  "andreas angela annalena armin dieter dirk frank friedrich gerhard günter hans heiko helmut horst ingrid joachim " +
  "jochen johann jürgen karl karin klaus lars magnus markus mette norbert olaf ole robert rolf sigmar stefan sven " +
  "pieter jan joost hendrik willem koen bart wouter maarten sander frans " +
  "thorsten ulrich ursula uwe volker walter werner wolfgang jens jonas mark geert dick erik henrik anders " +
  "ulf sanna petteri alexander " +
  // Slavic, Baltic, Balkan, Hungarian, Romanian
  "aleksandr aleksandar aleksander aleksei alexei anatoly andrei andrey andrzej anton arseniy bogdan boris dmitry " +
  "dmitrij dmitri denys denis evgeny evgenij fyodor gennady grigory igor ilya ivan jarosław kirill konstantin lech " +
  "leonid maksim maria marija mateusz mikhail milorad miloš nikolai nikolaj oleg oleksandr oleksii olena pavel " +
  "petr petro piotr radosław ramzan roman rustem sergei sergej sergey slobodan svetlana taras tomáš valentina valery " +
  "miroslav jaroslav stanislav radoslav ladislav václav vaclav bohuslav " +
  "dmytro andrii mykola vasyl serhiy serhii jurij yevhen " +
  "vasily viktor vitali vitaly vladimir volodymyr vyacheslav yulia yuri yury zoran zoltán zoltan viktória péter " +
  "klaus nicolae klaus-werner ion gheorghe traian aleksandra beata donald edi kaja gitanas " +
  // Arabic, Persian, Turkish
  "abdel abdullah abdul ahmad ahmed ali bashar ebrahim fatima hamad hassan hosni hossein hussein ibrahim ismail khaled " +
  "mahmoud masoud mohamed mohammad mohammed muhammad mustafa nabil naim omar osama recep rashid saad saeed salman " +
  "khalil tarek karim nasser faisal " +
  "tamim walid yahya yasser youssef abbas hakan mevlüt ekrem kemal ahmet mehmet " +
  // Hebrew
  "benjamin ehud isaac itamar naftali yair yoav gideon bezalel avigdor " +
  // East and South Asian given names written given-name first in Italian news
  "shinzo fumio shigeru yoshihide taro toshimitsu yoko takeshi hiroshi kenji yuki akira haruki naoki koichi " +
  "yoshimasa katsunobu sanae yoshiko tomio junichiro yukio kenta takashi masahiro narendra rahul indira sonia " +
  "imran nawaz shehbaz benazir anwar joko prabowo ferdinand rodrigo sara";

const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(" ").filter(Boolean).map(foldPiece));

/**
 * "Carlo", "Marie-Claude", "Jean-Yves": a capitalised word that is a given name, or a
 * double name that opens with one ("Marie-Ève", "Pierre-Hugues": French double names
 * pair a common first half with rarer second ones).
 */
export function isGivenName(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const parts = word.split(/[-‐‑]/);
  if (parts.some((p) => !/^\p{Lu}\p{Ll}+$/u.test(p))) return false;
  return GIVEN_NAMES.has(foldPiece(parts[0]!));
}

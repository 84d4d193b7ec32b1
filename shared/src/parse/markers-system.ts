import type { Mark } from './types.ts';

/**
 * Words that speak to the system rather than about money, and asides about who pays in the end.
 * Each phrase is written accent-free and lower-case, as the tokens are compared.
 */
const list = (mark: Mark, phrases: string): [string, Mark][] =>
  phrases.split('|').map((p) => [p.trim(), mark] as [string, Mark]);

/** « en » before a verb of getting money back, in the persons and tenses one says it (240 phrases). */
function partOfItBack(): string {
  const who = [
    "j'en",
    'on en',
    "j'en ai",
    'on en a',
    'je vais en',
    'on va en',
    "je m'en fais",
    "je m'en ferai",
  ];
  const verbs = [
    'recupere',
    'recupererai',
    'recuperera',
    'recuperer',
    'touche',
    'toucherai',
    'touchera',
    'toucher',
    'rembourser',
    'ravoir',
  ];
  // « la moitié » said with it is the part coming back, not the speaker's share of the bill.
  const parts = ['', ' la moitie', ' une partie'];
  return who.flatMap((w) => verbs.flatMap((v) => parts.map((p) => `${w} ${v}${p}`))).join('|');
}

export const SYSTEM_MARKS: readonly [string, Mark][] = [
  // "Enregistre…", "add…": at the start of a clause, an order. A dictated expense when the clause
  // names something bought ("ajoute 12 euros de pain"); otherwise not ("enregistre un million").
  ...list(
    'command',
    'enregistre|enregistrez|enregistrer|enregistre moi|note|notez|noter|note moi|ajoute|ajoutez|ajouter|ajoute moi|' +
      'rajoute|rajoutez|mets|mettez|mets moi|inscris|saisis|record|log|add|put|put down|save|write down|register',
  ),
  // Words that only an order to the program holds, wherever they stand in the clause.
  ...list(
    'instruction',
    'instructions|les instructions|instructions precedentes|previous instructions|the instructions|' +
      'prompt|system prompt|prompt systeme|the rules|les regles|tes regles|your rules|from now on|' +
      'a partir de maintenant|desormais|tu es maintenant|tu es un assistant|tu es une ia|you are now|' +
      "you are an assistant|you are an ai|act as|the user|l'utilisateur|dans la categorie|" +
      'in the category|la categorie|categorie|category|base de donnees|database|cette application|this app|' +
      "system :|systeme :|assistant :|user :|je t'ordonne|je vous ordonne|i order you|i command you",
  ),
  // Orders only at the start of a clause: "j'ignore combien" or "I forgot" are not orders.
  ...list(
    'imperative',
    'ignore|ignorez|ignore tout|oublie|oubliez|oublie tout|forget|forget everything|disregard|' +
      'supprime|supprimez|efface|effacez|annule|annulez|delete|erase|cancel',
  ),
  ...list(
    'aside',
    'je me ferai rembourser|je vais me faire rembourser|je me fais rembourser|me faire rembourser|' +
      'je me le ferai rembourser|je me la ferai rembourser|je le ferai rembourser|a me faire rembourser|' +
      "c'est la boite qui paie|c'est la boite qui paye|c'est le boulot qui paie|c'est le boulot qui paye|" +
      "c'est le travail qui paie|c'est mon employeur qui paie|la boite paie|la boite paye|le boulot paie|" +
      'boite me rembourse|boite me le rembourse|boite me la rembourse|le boulot me rembourse|' +
      'le boulot me le rembourse|le travail me rembourse|mon employeur me rembourse|rembourse par la boite|' +
      'remboursee par la boite|rembourse par le boulot|rembourse par mon employeur|note de frais|' +
      'notes de frais|en note de frais|sur note de frais|frais pro|frais professionnels|' +
      "frais professionnel|pour le boulot|pour le travail|pour le taf|c'etait pour le boulot|" +
      "c'est pour le boulot|aux frais de la boite|aux frais de l'entreprise|sur les frais de la boite|en frais de la boite|remboursable|carte pro|" +
      "i'll expense it|ill expense it|i will expense it|expense it|expensed|on expenses|on the company|" +
      'company paid|company pays|the company pays|the company is paying|work paid|work pays|work is paying|' +
      "work's paying|paid by work|paid by the company|for work|business expense|work expense|reimbursable|" +
      "i'll get reimbursed|i will get reimbursed|i'll be reimbursed|get reimbursed|getting reimbursed|i'll get it back|" +
      'company card|corporate card|expense report|on my expense report|' +
      // Paid now, paid back later by the mutuelle, the sécu, an insurer or work (issue 29).
      // « l'assurance paie »: the insurer pays the bill, the verb and not a pay packet (« ma paie »).
      "l'assurance paie|l'assurance paye|mon assurance paie|mon assurance paye|c'est l'assurance qui paie|" +
      "c'est l'assurance qui paye|la mutuelle paie|la mutuelle paye|c'est la mutuelle qui paie|" +
      "c'est la mutuelle qui paye|la secu paie|la secu paye|c'est la secu qui paie|c'est la secu qui paye|" +
      'the insurance pays|insurance pays|insurance is paying|insurance covers it|' +
      'rembourse par la mutuelle|remboursee par la mutuelle|rembourses par la mutuelle|rembourse par ma mutuelle|' +
      "rembourse par la secu|remboursee par la secu|rembourse par la securite sociale|rembourse par l'assurance|" +
      'rembourse par mon assurance|rembourse plus tard|remboursee plus tard|rembourse en partie|' +
      'remboursee en partie|rembourse a 70|rembourse a 100|la secu rembourse|la secu me rembourse|' +
      'la secu me le rembourse|maladie me rembourse|la mutuelle rembourse|la mutuelle me rembourse|la mutuelle me le rembourse|' +
      "ma mutuelle rembourse|l'assurance rembourse|l'assurance me rembourse|la secu prend en charge|" +
      'je serai rembourse|je serai remboursee|je serais rembourse|je serais remboursee|sera rembourse|' +
      "sera remboursee|seront rembourses|ce sera rembourse|c'est rembourse|c'est rembourse par le boulot|" +
      "c'est rembourse par la boite|c'est rembourse par la mutuelle|c'est pris en charge|pris en charge|prises en charge|" +
      'prise en charge|pris en charge par la mutuelle|me remboursera|me le remboursera|me la remboursera|' +
      'va me rembourser|vont me rembourser|va me le rembourser|me sera rembourse|a rembourser par|' +
      // « la mutuelle va rembourser », « la sécu va le rembourser »: paid back later, no one named.
      'va rembourser|vont rembourser|va le rembourser|va la rembourser|va les rembourser|' +
      'ca passe en note de frais|passe en note de frais|reimbursed by work|reimbursed by my company|' +
      'reimbursed by the company|reimbursed by my employer|reimbursed later|will be reimbursed|' +
      "gets reimbursed|i'll claim it back|ill claim it back|i will claim it back|claim it back|" +
      "i'll claim it|will pay me back|will refund me|will reimburse me|insurance will cover it|" +
      'will reimburse it|will reimburse|expensing it|expensing|covers part of it|covers some of it|' +
      'insurance covers it|covered by insurance|covered by my insurance|my insurance will pay me back|' +
      'work will pay me back|the company will pay me back|on the company card|' +
      // « c'est la boîte qui rembourse », « c'est la mutuelle qui me le rembourse »: whoever pays back later.
      'qui rembourse|qui me rembourse|qui me le rembourse|qui me la rembourse|qui me les rembourse|' +
      'qui va rembourser|qui va me rembourser|qui remboursera|qui me remboursera|qui prend en charge|' +
      // Paid in full now, partly paid back later.
      'la mutuelle en rembourse|la secu en rembourse|en rembourse une partie|en rembourse la moitie|' +
      'la mutuelle en prend|la secu en prend|en prend une partie|en prend la moitie|prend en charge une partie|' +
      'insurance covers half|covers half|covers a third|pays half|will pay half|rembourse la moitie|' +
      "l'assurance en rembourse|insurance covers|insurance covers most of it|insurance covers part of it|" +
      'covers most of it|covers part of it|insurance will cover|will cover most of it|' +
      // A friend's part of a bill the speaker paid, to come back (issue 29, v9): the whole was spent.
      'me rendra sa part|me rendra la moitie|me rendra sa moitie|me rendront leur part|me remboursera sa part|' +
      "me rembourse sa part|me doit la moitie|me doit sa part|me doivent leur part|m'en rembourse|m'en remboursera|" +
      "m'en rembourseront|m'en rend|will pay me back his half|will pay me back her half|will pay me back his share|" +
      'will pay me back her share|will pay me back their share|will send me their share|will send me his share|' +
      'will send me her share|owes me half|owes me his half|owes me her half|owe me their share|pays back|' +
      'insurance pays back|will pay back',
  ),
  ...list(
    'noAside',
    'je me ferai pas rembourser|je ne me ferai pas rembourser|je me ferais pas rembourser|pas remboursable|' +
      "non remboursable|pas pour le boulot|pas pour le travail|not reimbursable|won't expense|" +
      "will not expense|can't expense|not for work|not on expenses|" +
      // A payback waived (« pas besoin de me rembourser », "she doesn't need to pay me back"): nothing to
      // come back, and no plan of the speaker's to pay.
      "doesn't need to pay me back|doesn't have to pay me back|don't need to pay me back|don't have to pay me back|" +
      'no need to pay me back|pas besoin de me rembourser|pas besoin de me rendre',
  ),
  // « j'en récupère 30 avec la Sécu », « on en touchera la moitié »: « en » is the money just said,
  // some of it coming back; an aside on that expense, never a refund of its own.
  ...list('aside', partOfItBack()),
  // The tip is inside the amount said: nothing to add (its words still hint at a meal).
  ...list(
    'tipIncluded',
    'pourboire compris|pourboire inclus|avec le pourboire|avec pourboire|service compris|service inclus|' +
      'tip included|tips included|including tip|including the tip|with the tip|with tip|service included',
  ),
  // Politeness before an order: "please record…", "s'il te plaît, note…".
  ...list('filler', "please|s'il te plait|s'il vous plait|stp|svp"),
];

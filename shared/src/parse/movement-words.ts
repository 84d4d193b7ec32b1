import type { Mark } from './types.ts';

/**
 * Money that moved without being spent (issue 29): pay and sales, refunds, a person paying you
 * back, a loan, a transfer out. Each phrase is accent-free and lower-case, as the tokens are
 * compared; the longest phrase wins ("remboursé par la mutuelle" is an aside, markers-system.ts).
 * - paidBack: "m'a remboursé", "refunded me": a refund from a shop or a body, a repayment from a person;
 * - incoming: "m'a viré", "m'a fait un Lydia", "sent me": a repayment when it pays "pour"/"for"
 *   something, otherwise income;
 * - debt: "Paul me doit 30 €", "I owe": no money moved, so neither an expense nor a movement.
 */
/** A French participle agrees: "recu*" stands for recu, recue, recus, recues ("1 200 € reçus"), inside a phrase too. */
const agreeing = (phrase: string): string[] =>
  phrase.includes('*') ? ['', 'e', 's', 'es'].map((end) => phrase.replace('*', end)) : [phrase];
const list = (mark: Mark, phrases: string): [string, Mark][] =>
  phrases.split('|').flatMap((p) => agreeing(p.trim()).map((w) => [w, mark] as [string, Mark]));

export const MOVEMENT_MARKS: readonly [string, Mark][] = [
  ...list(
    'refund',
    "rembourse*|remboursement|remboursements|on m'a rembourse|" +
      'refund|refunds|refunded|reimbursed|' +
      'returned the|returned it|returned my|returned a|sent it back|sent back|i sent back|i sent it back|renvoye le|renvoye la|renvoye les|renvoye mon|renvoye ma|renvoye mes|' +
      'reimbursement|cashback|cash back|un avoir|avoir de|store credit|' +
      'trop percu|rebate|overpaid|overpayment|' +
      // A deposit given back (« la caution m'a été rendue », "gave me back my deposit") comes from a body.
      'ete rendu*|caution rendu*|deposit back|deposit returned|got my deposit|' +
      'deposit was returned|deposit has been returned|deposit had been returned|deposit got returned|' +
      // An insurer's payout, a platform's credit, a refund one asked for and got.
      "paid out|credited me|m'a credite|m'ont credite|recredite*|indemnise*|indemnisation|" +
      'me suis fait rembourser|me suis fait rembourse*|' +
      // Compensation for a loss or a delay is money back.
      "dedommage*|m'a dedommage*|dedommagement|indemnite|compensation|compense*|compensated",
  ),
  ...list(
    'paidBack',
    "m'a rembourse|m'ont rembourse|me rembourse|m'a remboursee|a reverse*|ont reverse*|" +
      'refunded me|reimbursed me|' +
      'vient de me rembourser|viennent de me rembourser|me remboursent|' +
      'is refunding me|are refunding me|is reimbursing me|are reimbursing me|' +
      // Put back where the speaker's money is ("IKEA put 49 euros back on my card"): given back.
      "m'a reverse*|m'ont reverse*|nous a reverse*|reverse* sur mon compte|" +
      'my money back|' +
      'back on my card|back onto my card|back on my account|back into my account|back to my account|back to my card|' +
      "m'a recredite|m'ont recredite|a recredite ma|a recredite mon|ont recredite ma|ont recredite mon",
  ),
  ...list(
    'repayment',
    "m'a rendu|m'ont rendu|m'a redonne*|m'ont redonne*|paid me back|paid back|pay me back|" +
      'gave me back|gave back|repaid me|repaid|settled up|a rembourse sa part|back from|' +
      "got back|got it back|rendu par|rendus par|j'ai rendu|recupere*|sent me back|" +
      // Given back to a person named by a pronoun (« je lui ai rendu ses 20 € »).
      'je lui ai rendu|je leur ai rendu|je lui ai rembourse|je leur ai rembourse|' +
      "m'a rembourse sa part|paid his share|paid her share|paid me her share|paid me his share|" +
      'settled his half|settled her half|settled his share|settled her share|settled their share|' +
      // Given back what was held (« l'agence m'a restitué le dépôt de garantie »).
      "restitue*|m'a restitue*|m'ont restitue*|" +
      // What a person had lent the speaker, given back (« les 60 € qu'il m'avait avancés »).
      "m'avait avance*|m'avaient avance*|m'avait prete*|m'avaient prete*|had lent me|'d lent me|" +
      // Given back in the present (« mon fils me rend les 50 € », "my brother is paying me back").
      'me rend|me rendent|is paying me back|are paying me back|is giving me back|are giving me back|' +
      // Square with a person: what was owed is settled (« on est quittes »).
      'squared up|square up|squared things up|on est quittes|nous sommes quittes|settled up with',
  ),
  ...list(
    'incoming',
    "m'a vire|m'ont vire|m'a verse|m'ont verse|m'a fait un virement|m'a fait un lydia|m'a lydia|m'a envoye|m'ont envoye|" +
      "m'a fait un paylib|m'a fait un wero|m'a fait un paypal|sent me|venmoed me|zelled me|paid me|m'a paye|m'ont paye|" +
      "m'a regle|m'ont regle|cheque from|cheque de|" +
      "transferred me|wired me|m'a renvoye|m'ont renvoye|venmo'd me|paypaled me|m'a fait un cheque|" +
      "m'ont fait un cheque|wrote me a cheque|wrote me a check|m'a file|m'ont file|" +
      // Money slipped or handed to the speaker (« mon papy m'a glissé 20 € »).
      "m'a glisse|m'ont glisse|m'a refile|m'ont refile|slipped me|handed me|passed me|m'a remis|m'ont remis|" +
      // A payment app said as a verb: "Emma revoluted me 18 euros".
      'revoluted me|revolut me|paypalled me|lydiaed me|' +
      // The plural giver (« mes parents m'ont fait un virement »), and a giving just done.
      "m'ont fait un virement|m'ont fait un lydia|m'ont fait un wero|m'ont fait un paypal|m'ont lydia|" +
      'vient de me virer|viennent de me virer|vient de me verser|viennent de me verser|' +
      // Said in the present (« ma mère me vire 100 € », "my brother is sending me 40 euros"); not
      // « me paie », « me donne »: « je me paie un resto » is a treat, bought.
      "me vire|me virent|m'envoie|m'envoient|me verse|me versent|me file|me filent|me renvoie|me renvoient|" +
      'is sending me|are sending me|is transferring me|are transferring me',
  ),
  ...list(
    'loan',
    'prete*|prete a|pret a|je lui ai prete|lent|loaned|lent to|' +
      'ai avance|avance a|je lui ai avance|fronted|covered for|spotted|advanced my|advanced him|advanced her|' +
      // Lent to the speaker: « mon frère m'a avancé 150 € », "advanced me".
      "m'a avance*|m'ont avance*|advanced me|m'avance|m'avancent|" +
      // Lent to the speaker in the present or to come (« en train de me prêter », "is fronting me").
      'me preter|me pretera|me preteront|lending|lends|lend|lend me|fronting me|fronts me|advancing me|' +
      // The speaker promises to pay it back: the money was borrowed (« je le rembourserai »).
      "je le rembourserai|je la rembourserai|je les rembourserai|je te rembourserai|je lui rembourserai|i'll pay him back|i'll pay her back|i'll pay them back|" +
      // A loan taken out (« j'ai fait un emprunt de 10 000 € », "took out a loan").
      'fait un emprunt|pris un emprunt|contracte un emprunt|took out a loan|got a loan|' +
      "j'ai pris un credit|j'ai pris un pret|pris un credit|fait un credit|obtenu un credit|obtenu un pret|souscrit un credit|souscrit un pret|" +
      'contracte un credit|contracte un pret|' +
      'me suis fait preter|me suis fait avancer|fait une avance|' +
      // The money is to come back: "elle me les rend vendredi", "he'll pay me back".
      'me les rend|me le rend|me la rend|me les rendra|me le rendra|me la rendra|me les rendront|' +
      "me rendra|he'll pay me|she'll pay me|they'll pay me|gonna pay me back|elle regle|il regle|" +
      "j'ai depanne|depanne|depannee|depanner|" +
      // Borrowed is a loan too, and so is a return promised in the present (« il me rembourse lundi »).
      'emprunte*|borrowed|lent me|pret de|un pret de|il me rembourse|' +
      'elle me rembourse|ils me remboursent|elles me remboursent',
  ),
  ...list(
    'transfer',
    "virement|virements|j'ai vire|vire|viree|transfere*|" +
      // A cheque or cash paid in at the bank.
      'en especes verse*|en liquide verse*|verse* en especes|verse* en liquide|paid in at|paid it in at|' +
      'depose*|deposited|vire sur|' +
      'envoye|sent|transferred|transfer|wired|' +
      'retire|retrait|distributeur|distrib|dab|withdrew|drew|withdrawal|took out|' +
      // A cash machine as Québec and Belgium say it.
      'guichet automatique|' +
      'atm|cash machine|cashpoint|cash out|mis de cote|economise|epargne|livret|saved|' +
      'savings|put aside|put away|isa|lisa|pel|' +
      "j'ai sorti|sorti en liquide|sorti du liquide|" +
      // Toward an account (« 200 € de mon compte courant vers le compte joint »).
      'vers mon compte|vers le compte|de mon compte courant|' +
      'depuis mon compte|du compte courant|from my account|from my current account|cel|pea|pension pot|lydia|paylib|wero|revolut from|paypal from',
  ),
  ...list(
    'income',
    'recu*|received|got paid|salaire|salary|' +
      'paycheck|paie|payslip|gagne|won|earned|prize money|' +
      'remporte le concours|remporte un concours|remporte le tournoi|pour le prix du concours|premier prix du concours|' +
      'touche*|encaisse*|cashed|vendu*|revendu*|sold|resold|percu*|' +
      "m'a donne|m'ont donne|" +
      "m'a offert|m'ont offert|gave me|a verse|ont verse|versement|allocations|allocs|prime de fin d'annee|" +
      'prime de noel|ma prime|une prime|prime de|payday|bonus|dividendes|dividends|interets|interest|pension|' +
      "allocation|a paye ma facture|a paye ma prestation|a regle ma facture|a regle ma prestation|ont paye ma facture|ont regle ma facture|paid my invoice|settled my invoice|ma retraite|retraite complementaire|chomage|prime d'activite|apl|aides au logement|benefit|universal credit|carer's allowance|carers allowance|attendance allowance|housing allowance|jobseeker's allowance|unemployment|benefits|freelance payment|invoice paid|facture payee par|client paid|" +
      // "Got 50 euros from grandma": money from family is given, not spent.
      'from grandma|from my grandma|from granny|from my gran|from gran|from nan|from my nan|from grandpa|' +
      'from my grandpa|from my parents|from mum|from my mum|from mom|from my mom|from dad|from my dad|' +
      'from my aunt|from my uncle|wages|paye est tombee|' +
      // A sale said by the buyer's side, overtime pay.
      "selling|bought my|l'ai cede*|les ai cede*|cede mon|cede ma|cede mes|off me for|bought it off me|bought them off me|a achete mon|a achete ma|m'a achete|m'ont achete|heures sup|" +
      // Pay that arrived (« ma paye est arrivée », « le RSA a été versé »), a thing sold on a platform.
      'ma paye|la paye|paye est arrivee|a ete verse*|ont ete verse*|rsa|' +
      'est parti sur|est partie sur|sont partis sur|vente vinted|vente leboncoin|vente ebay|hit my account|' +
      'sale came through|sale went through|came through|' +
      'heures supplementaires|overtime|' +
      // A stall's or a day's takings (« la recette du marché »; « la recette de la tarte » is a dish).
      'recette du stand|recette du marche|recette de la journee|recette de la soiree|recette de la vente|' +
      // Takings said after their amount (« j'ai fait 640 € de caisse », « 380 € de recette »; « ticket de caisse » is none).
      'de caisse|de recette|de chiffre|' +
      // Money a bet or a game paid out (« 30 € de gains », "my winnings").
      'gains|winnings|' +
      // Paid, said in the passive; the sale of a thing of one's own (« la vente de ma voiture »).
      // A buyer took the speaker's thing (« un mec m'a pris mon iPhone pour 200 € »); money that came in.
      // A gift or earnings said to the speaker, or to us.
      "m'a fait cadeau de|m'ont fait cadeau de|nous a donne|nous ont donne|nous a offert|nous ont offert|" +
      "m'a rapporte|m'ont rapporte|nous a rapporte|" +
      "m'a pris mon|m'a pris ma|m'a pris mes|m'ont pris mon|m'ont pris ma|m'ont pris mes|" +
      "m'a rachete mon|m'a rachete ma|m'a rachete mes|" +
      "rentree d'argent|rentrees d'argent|fait une vente|une vente sur|" +
      "j'ai ete paye*|i was paid|i've been paid|i got paid for|vente de ma|vente de mon|vente de mes|sale of my",
  ),
  ...list(
    'debt',
    "me doit|me doivent|owes me|owe me|i owe|i'm owed|im owed|i am owed|we're owed|" +
      'je dois|je lui dois|je leur dois|je te dois|i still owe|still owe|' +
      'je dois encore|je lui dois encore|on doit|on lui doit|on leur doit|we owe|we still owe',
  ),
];

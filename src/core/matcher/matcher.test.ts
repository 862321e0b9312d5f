import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../scripts/lib/glossary-files';
import { glossaryMatcher, termsIn } from '../../../scripts/lib/glossary-matcher';
import { compileMatcher } from './compile';
import { NODE_BREAK } from './fold';
import { Matcher } from './matcher';

/** The texts found for one term in `text`, rules applied, in order. */
const textsOf = (termId: string, text: string) =>
  termsIn(text)
    .filter(([term]) => term === termId)
    .map(([, found]) => found);

/** Text about nothing in the story, 63 characters a sentence: to set mentions a known distance apart. */
const fillerSentences = (count: number) =>
  'Markets were calm and the weather was mild across the region. '.repeat(count);

describe('the matcher, built from the glossary', () => {
  it('prefers the longest alias: the TTP’s full name is one match, not the Taliban plus noise', () => {
    expect(termsIn('Officials blamed Tehrik-i-Taliban Pakistan (TTP) militants.')).toEqual([
      ['ttp', 'Tehrik-i-Taliban Pakistan'],
      ['ttp', 'TTP'],
    ]);
  });

  it('matches transliterations and any dash', () => {
    for (const name of [
      'Tehreek-e-Taliban Pakistan',
      'Tehrik‑e‑Taliban Pakistan',
      'Tehrik–i–Taliban Pakistan',
    ]) {
      expect(termsIn(`${name} said.`), name).toEqual([['ttp', name]]);
    }
  });

  it('runs a name across a wrapped line in plain text, never across a blank line', () => {
    expect(textsOf('ttp', 'Officials blamed Tehrik-i-Taliban\nPakistan for the attack.')).toEqual([
      'Tehrik-i-Taliban\nPakistan',
    ]);
    // A headline that ends in one word of a name over a paragraph that opens with the next (CRLF and stray
    // spaces too): Dari "…و طالبان" + "پاکستان…", English "…in Pakistan" + "Taliban officials…".
    for (const gap of ['\n\n', '\r\n\r\n', '\n \n', '\n\n\n']) {
      const dari = `تنش میان اسلام‌آباد و طالبان${gap}پاکستان و حکومت طالبان در افغانستان گفت‌وگو کردند.`;
      expect(textsOf('ttp', dari), JSON.stringify(gap)).toEqual([]);
      const english = `Chinese envoy arrives in Pakistan${gap}Taliban officials said the TTP was not their concern.`;
      expect(textsOf('ttp', english), JSON.stringify(gap)).toEqual(['TTP']);
    }
  });

  it('never matches inside a longer word, but allows possessives', () => {
    expect(termsIn('Zamir Kabulov met officials in Darfur; see https://example.com')).toEqual([]);
    expect(termsIn('Kabul’s reluctance')).toEqual([['kabul', 'Kabul']]);
  });

  it('reads the spellings of older and South Asian copy as the same groups', () => {
    expect(termsIn('The Islamic State of Khorasan Province (ISIS-KP) claimed it.')).toEqual([
      ['iskp', 'Islamic State of Khorasan Province'],
      ['iskp', 'ISIS-KP'],
    ]);
    expect(termsIn('The Islamic State of Khorasan attacked.')).toEqual([
      ['iskp', 'Islamic State of Khorasan'],
    ]);
    expect(termsIn('Tahreek-e-Taliban Pakistan and the Pakistani Taleban')).toEqual([
      ['ttp', 'Tahreek-e-Taliban Pakistan'],
      ['ttp', 'Pakistani Taleban'],
    ]);
    expect(termsIn('The Taleban took Kabul.')).toEqual([
      ['afghan_taliban', 'Taleban'],
      ['kabul', 'Kabul'],
    ]);
  });

  it('reads Iranian agencies’ “Taliban of Pakistan” as the TTP, but not the Taliban accusing Pakistan', () => {
    const ttp = (text: string) => textsOf('ttp', text);
    const named = 'تحریک طالبان پاکستان (تی تی پی) در خاک افغانستان فعال است. ';
    expect(ttp(`${named}اعضای گروه طالبان پاکستان به داعش می‌پیوندند.`)).toEqual([
      'تحریک طالبان پاکستان',
      'تی تی پی',
      'طالبان پاکستان',
    ]);
    expect(ttp(`${named}سخنگوی طالبان پاکستان را به فرافکنی متهم کرد.`)).toEqual([
      'تحریک طالبان پاکستان',
      'تی تی پی',
    ]);
    // Not on a page that never names the TTP.
    expect(ttp('اعضای گروه طالبان پاکستان به داعش می‌پیوندند.')).toEqual([]);
  });

  it('reads the Taliban foreign minister’s name as Iranian outlets spell it, but not Iran’s own Mottaki', () => {
    expect(textsOf('muttaqi', 'Araghchi received Amir Khan Mottaqi in Tehran on Sunday.')).toEqual([
      'Amir Khan Mottaqi',
    ]);
    expect(textsOf('muttaqi', 'Former foreign minister Manouchehr Mottaki met Mottaqi Khan.')).toEqual([]);
  });

  it('takes the border between the two countries, named either way round, as the Durand Line', () => {
    const borders = (text: string) => textsOf('durand_line', text);
    expect(
      borders('Clashes on the Afghan-Pakistan border; the Pakistan–Afghanistan frontier stayed shut.'),
    ).toEqual(['Afghan-Pakistan border', 'Pakistan–Afghanistan frontier']);
    expect(borders('پاک افغان بارڈر پر فائرنگ')).toEqual(['پاک افغان بارڈر']);
    expect(borders('در مرز افغانستان و پاکستان درگیری شد')).toEqual(['مرز افغانستان و پاکستان']);
  });

  it('takes "IEA" for the Islamic Emirate beside the Taliban, never near the energy agency spelled out or its oil market', () => {
    const kabul = 'Taliban officials in Kabul said the IEA would reopen the crossing.';
    expect(textsOf('afghan_taliban', kabul)).toEqual(['Taliban', 'IEA']);
    const bulletin = `${kabul}\n\nThe International Energy Agency (IEA) expects demand to rise; the IEA report is out.`;
    expect(textsOf('afghan_taliban', bulletin)).toEqual(['Taliban']);
    // Nor near its report's words, in a digest that does not spell it out.
    expect(
      textsOf('afghan_taliban', `${kabul}\n\nCrude output fell, the IEA's oil market report said.`),
    ).toEqual(['Taliban']);
  });

  it('takes the official names of the Taliban government as the Taliban, but not a bare "interim government"', () => {
    const taliban = (text: string) => textsOf('afghan_taliban', text);
    expect(
      taliban('Afghanistan’s interim government and the Afghan caretaker government are one and the same.'),
    ).toEqual(['Afghanistan’s interim government', 'Afghan caretaker government']);
    expect(taliban('He met the interim government of Afghanistan.')).toEqual([
      'interim government of Afghanistan',
    ]);
    expect(taliban('Bangladesh’s interim government and Pakistan’s caretaker government met.')).toEqual([]);
    expect(taliban('Pakistan urged the Afghan Interim Government (AIG) to act.')).toEqual([
      'Afghan Interim Government',
      'AIG',
    ]);
    expect(taliban('AIG shares rose after the insurer’s results.')).toEqual([]);
    expect(taliban('AIG booked war-risk losses on Afghanistan cover.')).toEqual([]);
  });

  it('takes a bare "trilateral" after the format’s own name, as a second reference, but not another trilateral', () => {
    const trilaterals = (text: string) => textsOf('trilateral_cpa', text);
    const meeting =
      'Ministers attended the sixth China-Afghanistan-Pakistan Foreign Ministers’ Dialogue on Wednesday.';
    expect(trilaterals(`${meeting} They agreed to deepen trilateral cooperation.`)).toEqual([
      'China-Afghanistan-Pakistan Foreign Ministers’ Dialogue',
      'trilateral',
    ]);
    const filler = ' Markets were calm and the weather was mild across the region.'.repeat(4);
    expect(trilaterals(`${meeting}${filler} The trilateral railway to Uzbekistan was discussed.`)).toEqual([
      'China-Afghanistan-Pakistan Foreign Ministers’ Dialogue',
    ]);
    expect(trilaterals(`${meeting}${filler} The UAP railway, a trilateral project, came up.`)).toEqual([
      'China-Afghanistan-Pakistan Foreign Ministers’ Dialogue',
    ]);
    // A second reference a few paragraphs on counts ("The trilateral was launched in 2017"); 2,000 characters on,
    // the page may have moved on to another.
    expect(trilaterals(`${meeting}${filler} The trilateral was launched in 2017.`)).toEqual([
      'China-Afghanistan-Pakistan Foreign Ministers’ Dialogue',
      'trilateral',
    ]);
    expect(trilaterals(`${meeting} ${fillerSentences(33)}The trilateral was launched in 2017.`)).toEqual([
      'China-Afghanistan-Pakistan Foreign Ministers’ Dialogue',
    ]);
  });

  it('leaves another trilateral alone when its own country is named in the same clause', () => {
    const trilaterals = (text: string) => textsOf('trilateral_cpa', text);
    const story =
      'Wang Yi will travel from Beijing to Kabul, where Pakistan and Afghanistan meet China for a trilateral meeting ' +
      'that officials expect to focus on security.';
    expect(trilaterals(story)).toEqual(['trilateral meeting']);
    expect(trilaterals(`${story} Separately, Japan and South Korea held trilateral talks.`)).toEqual([
      'trilateral meeting',
    ]);
    expect(trilaterals(`${story} In June, Kunming hosted a trilateral meeting with Bangladesh.`)).toEqual([
      'trilateral meeting',
    ]);
    const urdu =
      'وانگ یی بیجنگ سے کابل جائیں گے جہاں پاکستان اور افغانستان کے ساتھ سہ فریقی اجلاس ہوگا جس میں سکیورٹی پر بات ہوگی۔';
    expect(trilaterals(urdu)).toEqual(['سہ فریقی اجلاس']);
    expect(
      trilaterals(`${urdu} اس سے پہلے کنمنگ میں پاکستان، چین اور بنگلہ دیش کا سہ فریقی اجلاس ہوا تھا۔`),
    ).toEqual(['سہ فریقی اجلاس']);
  });

  it('holds acronyms to their case', () => {
    expect(termsIn('Pakistani militants blamed on iskp')).toEqual([]);
    expect(termsIn('Pakistani militants blamed on ISKP')).toEqual([['iskp', 'ISKP']]);
  });

  it('reads "ttp" in lower case as the TTP, as comments and captions write it, but only beside militancy', () => {
    expect(termsIn('Pakistani militants of the ttp')).toEqual([['ttp', 'ttp']]);
    expect(termsIn('ttp patients in Peshawar need plasma exchange')).toEqual([]);
  });

  it('holds each word of a case-sensitive alias to its own case, capitals or capitalised', () => {
    const iskp = (text: string) => termsIn(text).filter(([term]) => term === 'iskp');
    expect(iskp('claimed by IS-Khorasan')).toEqual([['iskp', 'IS-Khorasan']]);
    expect(iskp('claimed by IS Khorasan')).toEqual([['iskp', 'IS Khorasan']]);
    expect(iskp('this is Khorasan')).toEqual([]);
    expect(iskp('claimed by IS-KHORASAN')).toEqual([]);
    expect(iskp('claimed by Is-Khorasan')).toEqual([]);
    // An inline element inside a word does not start a new one.
    const matcher = glossaryMatcher();
    const text = `The TT${NODE_BREAK}P said`;
    const found: string[] = [];
    matcher.scan(
      text,
      (pattern, start, end) =>
        found.push(`${matcher.terms[matcher.targetOf(pattern)]}:${text.slice(start, end)}`),
      () => true,
    );
    expect(found).toEqual([`ttp:TT${NODE_BREAK}P`]);
  });

  it('reads a capitalised name in an all-capitals headline, but not a form with a word of capitals of its own', () => {
    expect(termsIn('FM ISHAQ DAR LANDS IN KABUL. DAR MEETS MUTTAQI').map(([, text]) => text)).toEqual([
      'ISHAQ DAR',
      'KABUL',
      'DAR',
      'MUTTAQI',
    ]);
    expect(termsIn('Ishaq Dar arrived. Dar said so; dar said so.').map(([, text]) => text)).toEqual([
      'Ishaq Dar',
      'Dar',
    ]);
    expect(termsIn('THIS IS KHORASAN, A PROVINCE OF IRAN')).toEqual([]);
  });

  it('reads the Guardian’s "Isis" for the group only near its world, and never the goddess', () => {
    expect(textsOf('isis_core', 'Isis-K, the regional affiliate of Isis, recruits militants.')).toEqual([
      'Isis',
    ]);
    expect(textsOf('isis_core', 'A statue of Isis, the Egyptian goddess, went on show.')).toEqual([]);
    expect(textsOf('isis_core', 'ISIS claimed the attack on the militants’ rivals.')).toEqual(['ISIS']);
  });

  it('reads headline short forms and a branch named again soon after', () => {
    expect(textsOf('afghan_taliban', 'Dar presses Afghan interim govt on TTP')).toEqual([
      'Afghan interim govt',
    ]);
    const moot = 'China, Pakistan and Afghanistan to hold trilateral moot in Kabul';
    expect(textsOf('trilateral_cpa', moot)).toEqual(['trilateral moot']);
    expect(textsOf('iskp', 'They fear ISKP, the Khorasan province, above all.')).toEqual([
      'ISKP',
      'Khorasan province',
    ]);
  });

  it('reads a hashtag’s underscores as spaces', () => {
    expect(termsIn('#اسحاق_دار #تی_تی_پی #Ishaq_Dar').map(([, text]) => text)).toEqual([
      'اسحاق_دار',
      'تی_تی_پی',
      'Ishaq_Dar',
    ]);
  });

  it('keeps "Dar al-" and "Dar ul-" names for themselves, and reads Kabul in Pakistani Pashto', () => {
    expect(
      textsOf(
        'ishaq_dar',
        'Ishaq Dar arrived. Jurists spoke of Dar al-Harb; Dar ul Aman stood; Dar also spoke.',
      ),
    ).toEqual(['Ishaq Dar', 'Dar']);
    // Peshawar Pashto writes "in Kabul" په کابل کښې; ښ folds to ش, as in the Dari word for cabling.
    expect(textsOf('kabul', 'نن په کابل کښې غونډه وشوه')).toEqual(['کابل']);
    // A trap after a particle holds whether the particle stands apart or runs in: Iran's supreme leader.
    const leader = 'د طالبانو عالي مشر او د ایران عالي مشر او دایران عالي مشر';
    expect(textsOf('haibatullah', leader)).toEqual(['عالي مشر']);
  });

  it('takes "the Afghan border" from Pakistan’s side only, and "rules by decree" as how he governs', () => {
    const border = (text: string) => textsOf('durand_line', text);
    expect(border('Militants killed 12 Pakistani soldiers near the Afghan border.')).toEqual([
      'Afghan border',
    ]);
    expect(border('Iranian guards patrol the Afghan border near Herat.')).toEqual([]);
    expect(border('Pakistani troops traded fire with Afghan border forces.')).toEqual([]);
    // India's charge over Kashmir, and the markets' gold, are other matters beside this story.
    const kashmir = 'Taliban militants crossed; India has borne Pakistan-sponsored cross-border terrorism.';
    expect(textsOf('cross_border_attacks', kashmir)).toEqual([]);
    expect(textsOf('safe_haven', 'Taliban militants; gold rose on safe-haven buying.')).toEqual([]);
    expect(
      textsOf(
        'fatwa_jihad_abroad',
        'Haibatullah Akhundzada, who rules by decree, issued a decree against jihad abroad.',
      ),
    ).toEqual(['decree']);
  });

  it('reads an initialism written with full stops, on the same conditions as without', () => {
    const militants = 'Militants of the Pakistani Taliban, known as the T.T.P., attacked a post.';
    expect(textsOf('ttp', militants)).toEqual(['Pakistani Taliban', 'T.T.P']);
    expect(textsOf('ttp', 'The T.T.P. said little.')).toEqual([]);
    expect(textsOf('ttp', 'militants of the t.t.p. attacked')).toEqual([]);
  });

  it('takes a bare "Dar" only on a page that names Ishaq Dar, and not as part of another name', () => {
    expect(termsIn('Dar said the talks went well.')).toEqual([]);
    expect(termsIn('Ishaq Dar arrived in Kabul. Dar said the talks went well.')).toEqual([
      ['ishaq_dar', 'Ishaq Dar'],
      ['kabul', 'Kabul'],
      ['ishaq_dar', 'Dar'],
    ]);
    expect(
      termsIn('Ishaq Dar arrived. Farooq Dar, a shopkeeper, disagreed.').map(([, text]) => text),
    ).toEqual(['Ishaq Dar']);
    // A preposition opening a sentence is not a first name, nor a heading's last word (plain text).
    expect(textsOf('ishaq_dar', 'Ishaq Dar arrived. During Dar’s visit, trade came up.')).toEqual([
      'Ishaq Dar',
      'Dar',
    ]);
    // Nor does a question's first word ("Did Dar’s trip achieve anything?").
    expect(textsOf('ishaq_dar', 'Ishaq Dar arrived. Did Dar’s trip achieve anything?')).toEqual([
      'Ishaq Dar',
      'Dar',
    ]);
    expect(textsOf('ishaq_dar', 'Ishaq Dar arrived.\n\nWhat happened in Kabul\n\nDar met Muttaqi.')).toEqual([
      'Ishaq Dar',
      'Dar',
    ]);
    expect(
      textsOf(
        'ishaq_dar',
        'Ishaq Dar arrived in Kabul on Saturday. His aide, Farooq\nDar, wrapped, is someone else.',
      ),
    ).toEqual(['Ishaq Dar']);
    // A short line before is a list's source or a byline, not a first name wrapped at a line's end.
    expect(
      textsOf('ishaq_dar', 'Ishaq Dar visits Kabul\n\nDawn\nDar, Muttaqi agree to keep envoys\n3 hours ago'),
    ).toEqual(['Ishaq Dar', 'Dar']);
  });

  it('reads a surname cited by year as an author, not the minister, and what follows as theirs', () => {
    const paper =
      'Ishaq Dar visited Kabul in April. The literature offers two views (Rahimi 2021; Dar 2019). Dar (2019, 112) ' +
      'goes further. References: Dar, S. A. (2022) Kinship and Command. Dar, Huma. 2019. Brothers in Arms.';
    expect(textsOf('ishaq_dar', paper)).toEqual(['Ishaq Dar']);
    expect(textsOf('ishaq_dar', `${paper} ${fillerSentences(10)}Dar met Muttaqi again.`)).toEqual([
      'Ishaq Dar',
      'Dar',
    ]);
    // A year in prose is no citation: "Dar was born in 1950 in Lahore".
    expect(textsOf('ishaq_dar', 'اسحاق ڈار کابل گئے۔ ڈار 1950 میں لاہور میں پیدا ہوئے۔')).toEqual([
      'اسحاق ڈار',
      'ڈار',
    ]);
  });

  it('takes a name alone for whoever was last named in full with it, for a while', () => {
    const dar = (text: string) => textsOf('ishaq_dar', text);
    const broker = 'Ishaq Dar arrived in the capital. Ahsan Dar, a broker, was upbeat.';
    expect(dar(`${broker} Dar added that stocks rose.`)).toEqual(['Ishaq Dar']);
    // Until the minister is named again, in full or by his office…
    expect(dar(`${broker} Ishaq Dar later met traders. Dar said…`)).toEqual([
      'Ishaq Dar',
      'Ishaq Dar',
      'Dar',
    ]);
    expect(dar(`${broker} Foreign Minister Dar said talks went well. Dar added…`)).toEqual([
      'Ishaq Dar',
      'Foreign Minister Dar',
      'Dar',
    ]);
    // …or the page has moved on, or the name alone stands right beside the story ("Dar in Kabul").
    expect(dar(`${broker} ${fillerSentences(10)}Dar said the talks went well.`)).toEqual([
      'Ishaq Dar',
      'Dar',
    ]);
    expect(dar(`${broker} Dar in Kabul: what was agreed.`)).toEqual(['Ishaq Dar', 'Dar']);
    // A name alone that counts by what stands beside it names the minister again, for what follows it.
    expect(
      dar(
        `${broker} Dar, Muttaqi hold delegation-level talks. Dar and acting Foreign Minister Amir Khan Muttaqi met.`,
      ),
    ).toEqual(['Ishaq Dar', 'Dar', 'Dar']);
    expect(
      textsOf('wang_yi', 'Wang Yi hosted the talks. Wang Wenbin, the spokesman, spoke. Wang added…'),
    ).toEqual(['Wang Yi']);
    expect(dar('اسحاق ڈار کابل پہنچے۔ فیضان ڈار نے سنچری بنائی۔ ڈار نے کہا کہ وہ خوش ہیں۔')).toEqual([
      'اسحاق ڈار',
    ]);
    // The everyday دار ("responsible": ذمہ دار) between them names no one, though Dari's bare دار matches it.
    expect(
      dar(
        'اسحاق ڈار کابل پہنچے۔ شاہد ڈار نے کہا کہ حکومت ذمہ دار ہے۔ ڈار نے مطالبہ کیا کہ انتخابات کرائے جائیں۔',
      ),
    ).toEqual(['اسحاق ڈار']);
    // His office names him again in Urdu too, its words apart or joined.
    for (const office of ['نائب وزیر اعظم', 'نائب وزیراعظم'])
      expect(dar(`اسحاق ڈار کابل پہنچے۔ فیضان ڈار نے سنچری بنائی۔ ${office} ڈار نے کہا۔`)).toEqual([
        'اسحاق ڈار',
        `${office} ڈار`,
      ]);
    expect(
      dar('اسحاق ڈار کابل پہنچے۔ علیم ڈار نے ورکشاپ سے خطاب کیا۔ ڈار-متقی ملاقات: کابل نے کیا کہا؟'),
    ).toEqual(['اسحاق ڈار', 'ڈار']);
  });

  it('takes a bare "Wang" for Wang Yi, but not as the first word of another name', () => {
    expect(textsOf('wang_yi', 'Wang Yi hosted the talks. Wang Wenbin, the spokesman, said little.')).toEqual([
      'Wang Yi',
    ]);
    // A heading's last word is not a first name for the paragraph after a blank line (plain text)…
    expect(
      textsOf('wang_yi', 'Wang Yi hosted the talks.\n\nWhat Beijing wants from Wang\n\nChina says…'),
    ).toEqual(['Wang Yi', 'Wang']);
    // …but a wrapped line goes on.
    expect(textsOf('wang_yi', 'Wang Yi hosted the talks. His spokesman Wang\nWenbin said little.')).toEqual([
      'Wang Yi',
    ]);
  });

  it('keeps a bare Urdu or Pashto “ڈار” off other Dars by their given names, Latin words beside it aside', () => {
    const dar = (text: string) => textsOf('ishaq_dar', text);
    expect(
      dar('اسحاق ڈار کابل پہنچے۔ فیضان ڈار نے سنچری بنائی۔ وزیر خارجہ ڈار نے کہا کہ مذاکرات جاری رہیں گے۔'),
    ).toEqual(['اسحاق ڈار', 'وزیر خارجہ ڈار']);
    // Pashto ډار is also "fear": after the oblique plural of a genitive ("the Taliban's fear", "the fear of the
    // crossings closing") it is never the minister, while "Muttaqi and Dar" is.
    expect(
      dar(
        'اسحاق ډار کابل ته ورسېد. د طالبانو ډار بې ځایه نه دی، د لارو بندېدو ډار هم. متقي او ډار وویل چې خبرې ښې وې.',
      ),
    ).toEqual(['اسحاق ډار', 'ډار']);
    // A commenter's name on the line before is another script: not part of a name with the surname.
    expect(
      dar('د اسحاق ډار د کابل سفر پای ته ورسېد.\n\nSalman Yousafzai\nډار صیب ته به کابلي پلو ورکړي وي'),
    ).toEqual(['اسحاق ډار', 'ډار']);
  });

  it('takes Islamabad anywhere but beside Anantnag, the Kashmir town of the same name', () => {
    const islamabad = (text: string) => textsOf('islamabad', text);
    expect(islamabad('Islamabad protested to Kabul. Officials in Islamabad said so.')).toEqual([
      'Islamabad',
      'Islamabad',
    ]);
    expect(islamabad('Four shops burned in Islamabad, as Anantnag town is known locally.')).toEqual([]);
    expect(islamabad('اسلام آباد//جنوبی کشمیر کے ضلع اسلام آباد (اننت ناگ) میں حادثہ')).toEqual([]);
    // Only beside it: the capital a few paragraphs on is the capital.
    const filler = fillerSentences(4);
    expect(islamabad(`Apples left Anantnag by truck. ${filler}Islamabad raised the TTP with Kabul.`)).toEqual(
      ['Islamabad'],
    );
  });

  it('reads the spellings and keeps off the look-alikes that blind evaluation pages turned up', () => {
    // Kashmir's "Islamabad town" far from Anantnag; a commerce spokesman's surname; Pashto "their fear".
    expect(textsOf('islamabad', 'Lawyers met in Islamabad town to elect a new bar president.')).toEqual([]);
    expect(
      textsOf(
        'haibatullah',
        'طالبانو وویل چې عبدالسلام جواد آخندزاده، سخنگوی وزارت تجارت، گفت صادرات بیشتر شد.',
      ),
    ).toEqual([]);
    expect(
      textsOf('ishaq_dar', 'اسحاق ډار کابل ته ورسېد. سوداګر وايي د دوی ډار به پای ته ونه رسېږي.'),
    ).toEqual(['اسحاق ډار']);
    expect(textsOf('iskp', 'مایوس جنگجو اسلامک سٹیٹ خراسان پروونس کی آغوش میں جا سکتے ہیں')).toEqual([
      'اسلامک سٹیٹ خراسان',
    ]);
    expect(termsIn('پاکستان گفت پناهگاه‌های تی‌تی‌پی را هدف قرار داده است.')).toEqual([
      ['safe_haven', 'پناهگاه‌های'],
      ['ttp', 'تی‌تی‌پی'],
    ]);
    expect(textsOf('iskp', 'گزارش سازمان ملل می‌گوید داعش–خ همچنان تهدید است.')).toEqual(['داعش–خ']);
    expect(textsOf('iskp', 'ممکن است به صفوف شاخه خراسان گروه موسوم به «دولت اسلامی» بپیوندند.')).toEqual([
      'شاخه خراسان گروه',
    ]);
    // "Governs by decree" beside the ruling against jihad abroad is no second reference to it.
    expect(
      textsOf('fatwa_jihad_abroad', 'فتوای رهبر طالبان علیه جهاد در خارج؛ رهبری که با فرمان حکومت می‌کند'),
    ).toEqual(['فتوای']);
    expect(textsOf('charge_daffaires', 'کابل میں پاکستان کے چارج ڈی افیئرز نے کہا')).toEqual([
      'چارج ڈی افیئرز',
    ]);
    expect(textsOf('cross_border_attacks', 'افغانستان سے سرحد پار سے دہشت گردی کا مسئلہ اٹھایا گیا')).toEqual(
      ['سرحد پار سے دہشت گردی'],
    );
    // From later batches: a cricket league's name, gold, names of the capital's institutions (the cases that
    // check a term's own matches stand in the table below).
    const ttpPage = 'The TTP attacked Bannu; the Taliban denied it.';
    expect(termsIn(`${ttpPage} Kabul Premier League fixtures; د کابل پریمیر لیګ سیالۍ.`)).toEqual(
      termsIn(ttpPage),
    );
    expect(termsIn(`${ttpPage} Gold rose on the safe-haven trade.`)).toEqual(termsIn(ttpPage));
    expect(termsIn(`${ttpPage} Gold climbs as investors seek a safe haven amid trade tensions.`)).toEqual(
      termsIn(ttpPage),
    );
    expect(
      termsIn(
        'Dar merged the Islamabad Stock Exchange into the PSX; لاہور اور اسلام آباد اسٹاک ایکسچینج کا انضمام',
      ),
    ).toEqual([]);
    expect(termsIn('اسلام آباد ہائی کورٹ: کیس کی سماعت ملتوی')).toEqual([]);
    expect(termsIn('ٹی ٹی پی کے دہشت گرد۔ سرمایہ کار سونے کو محفوظ پناہ گاہ سمجھ رہے ہیں۔')).toEqual([
      ['ttp', 'ٹی ٹی پی'],
    ]);
  });

  /** What later blind batches turned up, one case each: what it holds, the term, the text, the term's matches. */
  const BLIND_BATCH_CASES: { why: string; term: string; text: string; expected: string[] }[] = [
    {
      why: "Daesh's Khorasan Province and Khorasani branch in Pashto, whole",
      term: 'iskp',
      text: 'ناهیلي جنګیالي به د داعش د خراسان ولایت (ISKP) لیکو ته ورواوړي؛ کله چې د داعش خراساني څانګه اعلان شوه.',
      expected: ['داعش د خراسان ولایت', 'ISKP', 'داعش خراساني څانګه'],
    },
    {
      why: "Khamenei's fatwa against nuclear weapons, in Pashto, beside the Taliban leader's",
      term: 'fatwa_jihad_abroad',
      text:
        'هبت الله اخوندزاده له افغانستانه بهر د جهاد د منع فتوا ورکړه. د هغه په اند، د ایران عالي مشر آیت الله ' +
        'خامنه‌يي د اټومي وسلو پر ضد فتوا له کلونو راهیسې د تهران د بهرني سیاست برخه ده.',
      expected: ['فتوا'],
    },
    {
      why: 'the Uzbekistan railway\'s Urdu "trilateral project"',
      term: 'trilateral_cpa',
      text:
        'سڑکیں، ریلوے اور توانائی کی راہداریاں، اور افغانستان کا وہ دیرینہ خواب کہ وہ وسطی اور جنوبی ایشیا کے درمیان ' +
        'تجارت اور رابطوں کا دروازہ بنے۔ ازبکستان، افغانستان اور پاکستان کے درمیان ریلوے لائن کا سہ فریقی منصوبہ بھی ' +
        'اسی سلسلے کی کڑی ہے۔ مگر ہر سرمایہ کار، خصوصاً چینی سرمایہ کار، سب سے پہلے یہ پوچھتا ہے۔',
      expected: [],
    },
    {
      why: 'trilateral alliances in general, in Urdu, after the meeting',
      term: 'trilateral_cpa',
      text:
        'ڈار صاحب کی سفارت کاری کا امتحان اب سہ فریقی اجلاس میں ہو گا، جہاں چین ایک ضامن اور ثالث دونوں کی حیثیت ' +
        'سے بیٹھا ہو گا۔ بیجنگ کے پاس کابل کو دینے کے لیے سرمایہ ہے، اور اسلام آباد کے پاس راہداری۔ بدلے میں دونوں ' +
        'ایک ہی چیز مانگتے ہیں: امن۔ دنیا اس وقت سہ فریقی اتحادوں کے موسم سے گزر رہی ہے۔',
      expected: ['سہ فریقی اجلاس'],
    },
    {
      why: 'the Af-Pak frontier, as Indian papers name the line',
      term: 'durand_line',
      text: 'Jaish has historically drawn on networks that straddle the Af-Pak frontier.',
      expected: ['Af-Pak frontier'],
    },
    {
      why: 'Pakistani Pashto attacks from beyond the border and cross-border terrorism',
      term: 'cross_border_attacks',
      text:
        'په افغانستان کې د تحریک طالبان پاکستان محفوظ پناه ځای شته او د بارډر نه اخوا حملې روانې دي. سرحد پار ' +
        'ترهګري باید ودرول شي.',
      expected: ['بارډر نه اخوا حملې', 'سرحد پار ترهګري'],
    },
    {
      why: 'the Pakistani Pashto safe haven with the Urdu word for safe',
      term: 'safe_haven',
      text: 'په افغانستان کې د تحریک طالبان پاکستان محفوظ پناه ځای شته.',
      expected: ['محفوظ پناه ځای'],
    },
    {
      why: "fatwas on sighting the Eid moon, in a Dari podcast about the Taliban leader's",
      term: 'fatwa_jihad_abroad',
      text:
        'فرید: رهبر عالی طالبان، هبت‌الله آخوندزاده، فتوای منع جهاد در خارج از افغانستان را صادر کرده است. نسیمه: ' +
        'من که فکر می‌کنم ما افغان‌ها به فتوا زیاد عادت داریم. هر سال سر فتوای دیدن ماه عید هم جنجال داریم.',
      expected: ['فتوای'],
    },
    {
      why: 'Urdu Wikipedia\'s "Islamic State Khorasan Province", whole',
      term: 'iskp',
      text: 'مزید دیکھیے: افغان طالبان، دولت اسلامیہ ولایت خراسان، جماعت الاحرار، ڈیورنڈ لائن',
      expected: ['دولت اسلامیہ ولایت خراسان'],
    },
    {
      why: 'Dari bare Dar beside his meetings',
      term: 'ishaq_dar',
      text:
        'اسحاق دار، معاون نخست‌وزیر پاکستان، به کابل رفت. مقام‌های امارت اسلامی در دیدار با دار بار دیگر تأکید ' +
        'کردند که از خاک افغانستان علیه هیچ کشوری استفاده نمی‌شود. دار با مقام‌های ارشد طالبان دیدار کرد.',
      expected: ['اسحاق دار', 'دار', 'دار'],
    },
    {
      why: 'the Dari gallows beside a visit, on a page that names Ishaq Dar',
      term: 'ishaq_dar',
      text:
        'اسحاق دار به کابل رفت.\nخبرهای مرتبط: عامل شهادت دو مرزبان در سراوان به دار مجازات آویخته شد. سفر سرزده ' +
        'وزیر کشور به مرز میلک',
      expected: ['اسحاق دار'],
    },
    {
      why: 'the Institute of Strategic Studies Islamabad in Persian',
      term: 'islamabad',
      text:
        'اسلام‌آباد از کابل خواسته است علیه تی‌تی‌پی اقدام کند. یک پژوهشگر مؤسسه مطالعات راهبردی اسلام‌آباد به ' +
        'ایندیپندنت فارسی گفت که چین می‌تواند نقش ضامن را ایفا کند.',
      expected: ['اسلام‌آباد'],
    },
    {
      why: "gold as investors' haven in a newsletter beside the militancy",
      term: 'safe_haven',
      text:
        '3. Pakistan presses Kabul on TTP militants after attacks\n4. Gold climbs to fresh record as investors seek a ' +
        'safe haven\n5. PSL 10: Islamabad United extend winning run',
      expected: [],
    },
    {
      why: 'the Durand Cup in Persian',
      term: 'durand_line',
      text: 'خط دیورند مرز میان دو کشور است؛ جام دیورند یکی از قدیمی‌ترین مسابقات فوتبال هند است.',
      expected: ['خط دیورند'],
    },
    {
      why: "the Eid moon's sighting fatwa in a Dari thread about the Taliban leader's",
      term: 'fatwa_jihad_abroad',
      text:
        'رهبر طالبان، هبت‌الله آخوندزاده، فتوای منع جهاد در خارج از افغانستان را صادر کرد. طنز تلخ ماجرا: دو ' +
        'حکومت حتی بر سر فتوای رؤیت هلال عید هم توافق ندارند.',
      expected: ['فتوای'],
    },
    {
      why: 'the International Islamic University Islamabad in an Urdu reference',
      term: 'islamabad',
      text:
        'پیغامِ پاکستان کے فتوے پر 2018ء میں علما نے دستخط کیے۔ حوالہ: پیغامِ پاکستان، ادارہ تحقیقاتِ اسلامی، ' +
        'بین الاقوامی اسلامی یونیورسٹی اسلام آباد، 2018ء۔ اسلام آباد نے کابل سے کارروائی کا مطالبہ کیا۔',
      expected: ['اسلام آباد'],
    },
    {
      why: "the railway's separate trilateral talks in Urdu, after the meeting",
      term: 'trilateral_cpa',
      text:
        'چین، پاکستان اور افغانستان کے وزرائے خارجہ کا چھٹا سہ فریقی اجلاس بھی قریب ہے جس میں سکیورٹی تعاون اور ' +
        'انسداد دہشت گردی کے ایجنڈے پر حاوی رہنے کی توقع ہے۔ اجلاس میں چینی وزیر خارجہ وانگ ای کی شرکت متوقع ہے۔ ' +
        'واضح رہے کہ ازبکستان، افغانستان اور پاکستان کے درمیان مجوزہ ریلوے منصوبے پر الگ سے سہ فریقی بات چیت بھی جاری ہے۔',
      expected: ['سہ فریقی اجلاس'],
    },
    {
      why: 'another family of Dars on a city page',
      term: 'ishaq_dar',
      text:
        'Deputy Prime Minister Ishaq Dar has returned from Kabul. In the city, the petition, filed by the Dar family ' +
        'through their counsel, stated that the shop was sealed last week without notice.',
      expected: ['Ishaq Dar'],
    },
    {
      why: 'Dari rule by decree, a new order and all these decrees, beside the fatwa',
      term: 'fatwa_jihad_abroad',
      text:
        'رهبر طالبان، هبت‌الله آخوندزاده، بار دیگر بر فتوای منع جهاد در خارج از افغانستان تأکید کرد. حکومت با ' +
        'فرمان یعنی زندگی در بی‌ثباتی؛ چهار سال است که افغانستان با فرمان اداره می‌شود و هر چند ماه یک بار ' +
        'امیرالمؤمنین حکم تازه‌ای صادر می‌کند. در میان این‌همه فرمان، یکی جنس دیگری دارد.',
      expected: ['فتوای'],
    },
    {
      why: 'Pashto "much fear" and "became afraid" on a page that names Ishaq Dar',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته راغی. زموږ کلی په ډېر ډار کې دی؛ ماشوم ډار شو او بیا یې خوب ونه کړ.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'gold (سرو زرو, oblique) as the Pashto safe haven beside the TTP',
      term: 'safe_haven',
      text:
        'د تحریک طالبان پاکستان بریدونه روان دي. د سوداګریز کشمکش له امله د سرو زرو بیه لوړه شوې؛ پانګوال سرو زرو ' +
        'ته د یوه خوندي پناه ځای په سترګه ګوري.',
      expected: [],
    },
    {
      why: 'the Pakistani Pashto safe haven with the adjective agreeing',
      term: 'safe_haven',
      text: 'پاکستاني چارواکي وايي چې افغانستان لا هم د سیمې د دهشت ګردو ډلو دپاره محفوظه پناه ګاه ده.',
      expected: ['محفوظه پناه ګاه'],
    },
    {
      why: 'the Islamabad Policy Research Institute in Urdu',
      term: 'islamabad',
      text:
        'اسلام آباد نے کابل سے مطالبہ کیا ہے۔ اسلام آباد پالیسی ریسرچ انسٹی ٹیوٹ سے وابستہ ایک ماہر نے کہا کہ ' +
        'مذاکرات جاری رہیں گے۔',
      expected: ['اسلام آباد'],
    },
    {
      why: 'Persian cross-border attacks beside Islamabad, Kabul and the Durand Line, as in English',
      term: 'cross_border_attacks',
      text:
        'با ادامه حملات فرامرزی و اتهام‌زنی‌های متقابل میان اسلام‌آباد و کابل، نگاه‌ها بار دیگر به خط دیورند دوخته ' +
        'شده است.',
      expected: ['حملات فرامرزی'],
    },
    {
      why: 'Pashto "fear and uncertainty", "a new fear" and "will have fear" on a page that names Ishaq Dar',
      term: 'ishaq_dar',
      text:
        'اسحاق ډار کابل ته راغی. خلک د ډار او بې یقینۍ په فضا کې ژوند کوي؛ هر ځل یو نوی ډار راشي او خلک به د ' +
        'راتلونکې ډار ولري.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'a mufti\'s "what is the ruling on…", after the decree\'s own حکم',
      term: 'fatwa_jihad_abroad',
      text:
        'سوال: افغانستان کے طالبان سربراہ ہبت اللہ اخوندزادہ نے فتویٰ جاری کیا ہے کہ کوئی افغان ملک سے باہر جہاد ' +
        'نہیں کرے گا۔ کیا امارت اسلامیہ کے سربراہ کا یہ حکم شرعاً معتبر ہے؟ نیز پاک افغان سرحد کے قریب ہونے والی ' +
        'مسلح کارروائیوں کا کیا حکم ہے؟',
      expected: ['فتوی', 'حکم'],
    },
    {
      why: 'the trilateral by its initials, with the three countries named',
      term: 'trilateral_cpa',
      text:
        'What sets the CPA dialogue apart is that China sits at the table as the largest partner of Pakistan and ' +
        'the likeliest investor in Afghanistan.',
      expected: ['CPA dialogue'],
    },
    {
      why: "another CPA: Iraq's occupation authority",
      term: 'trilateral_cpa',
      text: 'The CPA dialogue with Sunni tribal leaders in Anbar stalled in the spring of 2004.',
      expected: [],
    },
    {
      why: 'Dari "cross-border warmongering" beside the Durand Line',
      term: 'cross_border_attacks',
      text: 'اسلام‌آباد خواستار جلوگیری طالبان از جنگ‌افروزی فرامرزی در امتداد خط دیورند شده است.',
      expected: ['جنگ‌افروزی فرامرزی'],
    },
    {
      why: 'a dash sets a clause apart: a timeline\'s "July – Akhundzada" is the leader, "Farooq Akhundzada" not',
      term: 'haibatullah',
      text:
        'Haibatullah Akhundzada has led the Taliban since 2016.\n\nJuly – Akhundzada is reported to have reaffirmed ' +
        'a fatwa. Farooq Akhundzada, a trader, disagreed.',
      expected: ['Haibatullah Akhundzada', 'Akhundzada'],
    },
    {
      why: 'the Pashto trilateral railway on a ticker that names the trilateral an hour later',
      term: 'trilateral_cpa',
      text:
        '۱۵:۳۰ | د ازبکستان، افغانستان او پاکستان د درې اړخیزې اورګاډي پټلۍ د پروژې سروې بشپړېږي.\n\n' +
        '۱۶:۰۰ | د چین، پاکستان او افغانستان د بهرنیو چارو وزیرانو درې اړخیزه غونډه به په نږدې راتلونکي کې وي.',
      expected: ['درې اړخیزه غونډه'],
    },
    {
      why: 'Pashto hideouts of armed men, with no other militancy word near',
      term: 'safe_haven',
      text: 'مشرانو وویل چې په سرحدي ضلعو کښې دې د وسله والو پټنځایونه ختم شي، که هغه دلته وي او که پورې غاړې.',
      expected: ['پټنځایونه'],
    },
    {
      why: "a Pashto ticker's one attack from across the border",
      term: 'cross_border_attacks',
      text:
        'د پاکستان پوځ ادعا کوي چې په کرم کې یوه پوځي پوسته له پولې هاخوا برید سره مخ شوې؛ ' +
        'اسلامي امارت غبرګون نه دی ښودلی.',
      expected: ['پولې هاخوا برید'],
    },
    {
      why: 'the Urdu "Islamic State\'s Khorasan branch" whole, not the parent group at its start',
      term: 'iskp',
      text: 'مایوس عسکریت پسند دولت اسلامیہ کی خراسان شاخ کی گود میں جا گریں گے، جو پہلے ہی حملوں میں ملوث ہے۔',
      expected: ['دولت اسلامیہ کی خراسان شاخ'],
    },
    {
      why: 'Pashto attacks from the far side of the border, after سرحد and after پوله ورپورې',
      term: 'cross_border_attacks',
      text:
        'پاکستان وايي کابل ته یې معلومات ورکړي، خو سرحد پورې غاړې بریدونه روان دي. له ټي ټي پي سره اوربند پای ته ' +
        'ورسېد او له هغه وروسته پوله ورپورې بریدونه زیات شول.',
      expected: ['سرحد پورې غاړې بریدونه', 'پوله ورپورې بریدونه'],
    },
    {
      why: 'Pashto armed activity from across the border, after ورپورې and after اخوا',
      term: 'cross_border_attacks',
      text:
        'پاکستان وايي ټي ټي پي له افغانستان څخه کار اخلي. فتوا افغانان له هېواده بهر جګړو ته له تګ څخه منع کوي ' +
        'او پوله ورپورې وسله والو فعالیتونو ته مخه نیسي. ' +
        'د دې فرمان موخه له پولې اخوا وسله والو فعالیتونو ته مخه نیول بلل کېږي.',
      expected: ['پوله ورپورې وسله والو فعالیتونو', 'پولې اخوا وسله والو فعالیتونو'],
    },
    {
      why: "the two countries' border in Pashto, without ترمنځ",
      term: 'durand_line',
      text: 'دواړو هېوادونو ډیپلوماټیکې اړیکې پرې کړې او د افغانستان او پاکستان پوله تر ۱۹۶۳ پورې بنده وه.',
      expected: ['د افغانستان او پاکستان پوله'],
    },
    {
      why: "Pakistan's own edict, Paigham-e-Pakistan",
      term: 'fatwa_jihad_abroad',
      text:
        "Haibatullah Akhundzada's decree forbids jihad abroad. In Pakistan, the Paigham-e-Pakistan edict signed by " +
        '1,800 clerics declared suicide bombing forbidden.',
      expected: ['decree'],
    },
    {
      why: 'the railway as "another trilateral" beside the China-Pakistan-Afghanistan one',
      term: 'trilateral_cpa',
      text:
        'China, Pakistan and Afghanistan will hold their trilateral dialogue in Kabul next month, officials said. ' +
        'Separately, Uzbekistan, Afghanistan and Pakistan continued work on the trans-Afghan railway, another ' +
        'trilateral that Kabul hopes will make it a hub.',
      expected: ['trilateral dialogue'],
    },
    {
      why: 'Dari "Islamic State group Khorasan Province" whole as the branch',
      term: 'iskp',
      text: 'سرکوب این گروه ممکن است جنگجویان ناراضی را به سوی گروه دولت اسلامی ولایت خراسان سوق دهد.',
      expected: ['گروه دولت اسلامی ولایت خراسان'],
    },
    {
      why: 'the Afghan dollar (دالر) as a safe haven for savings, beside the Taliban',
      term: 'safe_haven',
      text: 'امارت اسلامی و طالبان مرز را بستند. تاجران کلدار را به دالر تبدیل می‌کنند. برای آنها دالر پناهگاه امن سرمایه است.',
      expected: [],
    },
    {
      why: 'Pashto militancy (وسله والۍ) from across the border after ورپورې',
      term: 'cross_border_attacks',
      text:
        'هبت الله آخندزاده هغه فتوا تایید کړه چې له افغانستان بهر جهاد منع کوي؛ موخه یې د پوله ورپورې وسله والۍ ' +
        'مخنیوی ښودل کېږي، ځکه پاکستان وايي ټي ټي پي له افغانستان څخه بریدونه کوي.',
      expected: ['پوله ورپورې وسله والۍ'],
    },
    {
      why: 'Pashto ډار "fear" after a demonstrative and in "the politics of fear"',
      term: 'ishaq_dar',
      text:
        'اسحاق ډار کابل ته راغی. دا د ډار سیاست دی. دغه ډار د کابل پالیسي محتاطه کړې ده؛ اوس بیا هماغه ډار ' +
        'راګرځېدلی.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'Pashto "cross-border terrorism" after هاخوا',
      term: 'cross_border_attacks',
      text: 'د ډیورنډ کرښې شخړه او د افغانستان-پاکستان اړیکې: د امنیت، له پولې هاخوا ترهګرۍ او سیمه‌ییزې همکارۍ شننه',
      expected: ['پولې هاخوا ترهګرۍ'],
    },
    {
      why: 'the leader by his surname a long answer after his full name',
      term: 'haibatullah',
      text:
        'Taliban supreme leader Haibatullah Akhundzada has reaffirmed a religious ruling forbidding jihad outside ' +
        'Afghanistan. Neighboring Pakistan, which has been hit by a wave of militant attacks, says it is still ' +
        'waiting for action. Our correspondent is in the capital and joins us now. Good morning.\n\n' +
        'BYLINE: Good morning.\n\nHOST: So start with the text itself. What does it say, and why does it ' +
        'matter?\n\nCORRESPONDENT: Well, the core of it is simple: Afghans are not to wage war outside ' +
        'their country. And it comes from the very top. Akhundzada is rarely seen in public.',
      expected: ['supreme leader', 'Haibatullah Akhundzada', 'Akhundzada'],
    },
    {
      why: 'the leader by his Dari surname a long paragraph after his full name',
      term: 'haibatullah',
      text:
        'ملا هبت‌الله آخوندزاده، رهبر طالبان، فتوا داد. ' +
        'این فتوا در حالی صادر شد که مرزهای دو کشور هفته‌ها بسته بود و بازرگانان از زیان‌های سنگین شکایت داشتند. '.repeat(
          5,
        ) +
        'پرسشی که این فتوا پیش می‌گذارد، در نهایت پرسش از ماهیت اقتدار آخندزاده است.',
      expected: ['هبت‌الله آخوندزاده', 'آخندزاده'],
    },
    {
      why: 'another trilateral whose countries stand 31 to 40 characters before it',
      term: 'trilateral_cpa',
      text:
        'Ishaq Dar will brief Beijing on his Kabul follow-up before the China-Afghanistan-Pakistan meeting. ' +
        'Senior officials from India, Japan and Australia are expected to hold a trilateral dialogue on supply ' +
        'chains later in the week.',
      expected: ['China-Afghanistan-Pakistan'],
    },
    {
      why: 'Dari chargés d’affaires in the plural, alone and before the ezafe',
      term: 'charge_daffaires',
      text: 'مجری: توافق روی حفظ شارژدافیرها را چطور می‌بینید؟ مهمان: شارژدافیرهای دو کشور در کابل و اسلام‌آباد می‌مانند.',
      expected: ['شارژدافیرها', 'شارژدافیرهای'],
    },
    {
      why: 'IRNA’s “interim ruling body of Afghanistan” for the Taliban government',
      term: 'afghan_taliban',
      text: 'نشست با حضور امیرخان متقی، سرپرست وزارت امور خارجه هیات حاکمه موقت افغانستان، برگزار شد.',
      expected: ['هیات حاکمه موقت افغانستان'],
    },
    {
      why: 'Pashto “Taliban officials” with the singular طالب',
      term: 'afghan_taliban',
      text: 'ښاغلي ډار کابل ته سفر وکړ او له لوړپوړو طالب چارواکو سره یې وکتل. ځینې طالب چارواکي وايي چې د طالب علم حق دی.',
      expected: ['طالب چارواکو', 'طالب چارواکي'],
    },
    {
      why: 'the minister by his surname after a sentence-opening "So"',
      term: 'ishaq_dar',
      text: 'Ishaq Dar in Kabul: both sides agree to keep envoys.\n\nSo Dar went to Kabul and met senior officials.',
      expected: ['Ishaq Dar', 'Dar'],
    },
    {
      why: 'a risk advisory’s closing "trilateral meeting", over 4,000 characters after the format is named',
      term: 'trilateral_cpa',
      text:
        'The sixth China–Pakistan–Afghanistan trilateral meeting is expected in the coming weeks. ' +
        fillerSentences(70) +
        'Sentinel Risk Partners will update this advisory following the trilateral meeting.',
      expected: ['China–Pakistan–Afghanistan trilateral', 'trilateral meeting'],
    },
    {
      why: 'a ticker’s gold as investors’ safe haven, 44 characters after the gold',
      term: 'safe_haven',
      text: '▪ ٹی ٹی پی کے حملے ناکام، آئی ایس پی آر\n\n▪ سونے کی قیمت میں بڑا اضافہ، سرمایہ کاروں کا محفوظ پناہ گاہ کی جانب رخ',
      expected: [],
    },
    {
      why: 'Urdu "terrorism coming from across the border" with دہشتگردی joined',
      term: 'cross_border_attacks',
      text: 'پاکستان افغانستان کے ساتھ تجارت چاہتا ہے مگر سرحد پار سے ہونے والی دہشتگردی دوطرفہ تعلقات کی راہ میں رکاوٹ ہے۔',
      expected: ['سرحد پار سے ہونے والی دہشتگردی'],
    },
    {
      why: 'Kashmir’s Islamabad, with Anantnag 150 to 200 characters before it',
      term: 'islamabad',
      text:
        'ANANTNAG: Traders in the old town said people were anxious after weeks of raids. "We have nothing to do ' +
        'with what someone did thirty years ago," said a retired teacher from the Sarnal locality. "In Islamabad, ' +
        'everybody knows everybody."',
      expected: [],
    },
    {
      why: 'Dari bare دار opening the sentence after a meeting (دیدار) with Muttaqi, 27 characters on',
      term: 'ishaq_dar',
      text:
        'سفر اسحاق دار به کابل\n\nوانگ یی وارد کابل شده و پیش از آغاز نشست با متقی دیدار و گفت و گو کرده بود. دار نیز ' +
        'صبح چهارشنبه به کابل سفر کرد.',
      expected: ['اسحاق دار', 'دار'],
    },
    {
      why: 'a Dari prisoner “hanged” (به دار آویخته) on a live page about the visit',
      term: 'ishaq_dar',
      text:
        'اسحاق دار به کابل رفت.\n\n⚖️ ۱۶:۲۵\nیک زندانی افغان در زندان قزل‌حصار کرج به دار آویخته شد.\n\n🔵 ۱۷:۴۵\n' +
        'پایان سفر؛ دار کابل را به مقصد اسلام‌آباد ترک کرد.',
      expected: ['اسحاق دار', 'دار'],
    },
    {
      why: 'a quote’s bare "trilateral" 1,500 to 2,000 characters after the format is named',
      term: 'trilateral_cpa',
      text: `The China-Pakistan-Afghanistan trilateral meets next month. ${fillerSentences(27)}"The trilateral can only deliver if all three sides are willing," an analyst said.`,
      expected: ['China-Pakistan-Afghanistan trilateral', 'trilateral'],
    },
    {
      why: 'the minister by his surname in a briefing’s bullet opening "Whether"',
      term: 'ishaq_dar',
      text: 'Ishaq Dar flew to Kabul on Saturday.\n\nWhat to watch:\n* Whether Dar’s trip produces a date for the three-way talks',
      expected: ['Ishaq Dar', 'Dar'],
    },
    {
      why: 'ISKP as "the Khorasan Province" in a quote 61 to 120 characters after the Islamic State',
      term: 'iskp',
      text:
        'He said Kabul was fighting the Islamic State (IS, a terrorist organization banned in Russia). "The Khorasan ' +
        'Province is the common enemy of the Taliban, of Pakistan, of Central Asia," he said.',
      expected: ['Khorasan Province'],
    },
    {
      why: "the Taliban's title for him, some 560 characters after the Taliban",
      term: 'haibatullah',
      text: `The Taliban met in Kandahar. ${fillerSentences(9)}The Amir al-Mu'minin spoke.`,
      expected: ["Amir al-Mu'minin"],
    },
    {
      why: 'the ruling described, some 560 characters after the Taliban',
      term: 'fatwa_jihad_abroad',
      text: `The Taliban met in Kandahar. ${fillerSentences(9)}A ban on fighting abroad was read out.`,
      expected: ['ban on fighting abroad'],
    },
    {
      why: 'the ruling named by what it forbids, jihad 28 characters after it',
      term: 'fatwa_jihad_abroad',
      text: 'The Taliban leader has also been associated with a ruling forbidding Afghans to wage jihad abroad.',
      expected: ['ruling'],
    },
    {
      why: "Dari bare متقی 23 characters after the start of Dar's full name, in a commenter's post",
      term: 'muttaqi',
      text: 'اسحاق دار آمد کابل، با متقی عکس گرفت، چای سبز نوشید و رفت.',
      expected: ['متقی'],
    },
    {
      why: "Dari hideouts 24 characters before the TTP's name",
      term: 'safe_haven',
      text: 'پاکستان می‌گوید پناهگاه‌های جنگجویان و خانواده‌های تحریک طالبان پاکستان در افغانستان است.',
      expected: ['پناهگاه‌های'],
    },
    {
      why: 'Urdu: a headmaster named ڈار and "ڈار صاحب" after him are not the minister',
      term: 'ishaq_dar',
      text:
        'گورنمنٹ ہائی اسکول کے ہیڈماسٹر عبدالرؤف ڈار کی 35 سالہ سروس کی تکمیل پر تقریب منعقد ہوئی۔ تقریب میں ' +
        'اساتذہ نے عبدالرؤف ڈار کی خدمات کو خراج تحسین پیش کیا۔ ڈار صاحب نے اپنے خطاب میں کہا کہ خیبر کے بچے کسی ' +
        'سے کم نہیں۔ اسحاق ڈار کابل گئے۔',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'Urdu: cricketers and traders named ڈار are not the minister',
      term: 'ishaq_dar',
      text:
        'شاہ زیب ڈار نے 45 رنز بنائے جبکہ حارث ڈار اور عاقب ڈار نے وکٹیں لیں۔ انجمن تاجران کے انتخابات میں حاجی شفیق ڈار ' +
        'صدر اور محمد عارف ڈار فنانس سیکرٹری منتخب ہوئے؛ سیالکوٹ سے فیصل ڈار نے بات کی۔ وزیر خارجہ اسحاق ڈار بھی اسٹیڈیم میں تھے۔',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'Pashto cross-border attacks and violence with پورې and ورهاخوا, and armed actions from beyond',
      term: 'cross_border_attacks',
      text:
        'اسلام اباد ادعا کوي چې تحریک طالبان پاکستان له افغان خاورې پر پاکستاني پوستو پوله پورې بریدونه کوي. افغان ' +
        'لوری د پوله پورې تاوتریخوالي د مخنیوي لپاره ژمن دی. پاکستان له پولې ورهاخوا بریدونه او له پولې هاخوا وسله ' +
        'والو کړنو ته د پای ټکی ایښودل غواړي، او د پوله پورې بریدونو شمېر لوړ شوی.',
      expected: [
        'پوله پورې بریدونه',
        'پوله پورې تاوتریخوالي',
        'پولې ورهاخوا بریدونه',
        'پولې هاخوا وسله والو کړنو',
        'پوله پورې بریدونو',
      ],
    },
    {
      why: 'a Dari talk show guest\'s singular "an attack from across the border"',
      term: 'cross_border_attacks',
      text: 'پاکستان از یک سو از حمله از آن سوی مرز شکایت دارد و از سوی دیگر ولایت‌های افغانستان را هدف قرار داده است.',
      expected: ['حمله از آن سوی مرز'],
    },
    {
      why: 'an Iranian agency\'s "دولت موقت افغانستان" for the Taliban government',
      term: 'afghan_taliban',
      text: 'وزارت امور خارجه پاکستان بارها از دولت موقت افغانستان خواسته است علیه گروه‌های تروریستی اقدام کند.',
      expected: ['دولت موقت افغانستان'],
    },
    {
      why: "the border of the two countries with سرحد in Dari and in Urdu's possessive",
      term: 'durand_line',
      text:
        'هر بار درگیری در امتداد سرحد افغانستان و پاکستان رخ می‌دهد. طورخم پر پاکستان اور افغانستان کی سرحد ایک بار ' +
        'پھر بند کر دی گئی۔',
      expected: ['سرحد افغانستان و پاکستان', 'پاکستان اور افغانستان کی سرحد'],
    },
    {
      why: "the capital's Islamic university in Dari and its food authority in Urdu are not the government",
      term: 'islamabad',
      text:
        'او در دانشگاه بین‌المللی اسلامی اسلام‌آباد درس خوانده است. اسلام آباد فوڈ اتھارٹی نے چھاپے مارے۔ اسلام آباد نے ' +
        'کابل سے مطالبہ کیا۔',
      expected: ['اسلام آباد'],
    },
    {
      why: 'Pashto "pious and devout" is not the minister, on a page that names him',
      term: 'muttaqi',
      text: 'امیر خان متقي کابل کې و. ملنګه، خدای دې تل متقي او پرهېزګار لري.',
      expected: ['امیر خان متقي'],
    },
    {
      why: 'Pashto "fatwa-giver" (his past post) is not the ruling',
      term: 'fatwa_jihad_abroad',
      text: 'هبت الله اخوندزاده د طالبانو د محکمو د فتوا ورکوونکي په توګه کار کړی. د هبت الله فتوا ټي ټي پي ته پیغام دی.',
      expected: ['فتوا'],
    },
    {
      why: 'a reporters\' group: the "uzbek railway" trilateral is another format, beside a mention of ours',
      term: 'trilateral_cpa',
      text:
        '[11:45 am] حسن رضا: ایک retired brigadier صاحب سے بات ہوئی، انہوں نے کہا کہ طالبان جتنا appease کریں گے ' +
        'اتنا یہ narrative مضبوط ہو گا کہ افغانستان safe haven بنا ہوا ہے۔ quote use کر سکتے ہیں، نام نہیں دینا ' +
        '[11:46 am] فرخ ملک: ok noted [12:10 pm] صائمہ بتول: اگلا بڑا event trilateral ہے۔ چین والے کافی push کر ' +
        'رہے ہیں، security سب سے اوپر ہو گی agenda میں [12:11 pm] ندیم شاہ: وانگ ای آئیں گے؟ [12:12 pm] صائمہ ' +
        'بتول: ابھی date ہی final نہیں، چھٹا سہ فریقی اجلاس ہو گا۔ ویسے چینی تو CPEC کو افغانستان تک لے جانا ' +
        'چاہتے ہیں لیکن سکیورٹی کے بغیر کون جائے گا [12:14 pm] فرخ ملک: ویسے uzbek railway والا trilateral بھی تو ' +
        'کب',
      expected: ['trilateral', 'سہ فریقی اجلاس'],
    },
    {
      why: 'Dari "Pakistani officials" before the Taliban are not the TTP (Urdu\'s adjective-first name still is)',
      term: 'ttp',
      text:
        'امروز کمتر هفته‌ای می‌گذرد که مقام‌های پاکستانی طالبان را به پناه دادن به دشمنان پاکستان متهم نکنند. پاکستانی ' +
        'طالبان نے حملے کی ذمہ داری قبول کی۔',
      expected: ['پاکستانی طالبان'],
    },
    {
      why: "the emir's edict against fighting abroad, with no Taliban name near",
      term: 'fatwa_jihad_abroad',
      text:
        "There is a half-serious joke going around the WhatsApp groups of Afghan supporters that the emir's edict " +
        'forbidding Afghans from fighting abroad should be read out before every match.',
      expected: ['edict'],
    },
    {
      why: 'a Pashto second reference to the fatwa some 3,000 characters after the first (Dari and Pashto: 5,000)',
      term: 'fatwa_jihad_abroad',
      text:
        'رهبر طالبان هبت‌الله آخوندزاده فتوایی صادر کرد که جهاد در خارج از افغانستان را منع می‌کند. ' +
        fillerSentences(48) +
        'شنونکي وايي چې دغه فتوا هله اغېز لري چې پلي شي.',
      expected: ['فتوایی', 'فتوا'],
    },
    {
      why: 'Dari and Pashto bare "Islamic State" beside its branch, and the branch\'s names in those word orders',
      term: 'isis_core',
      text:
        'ولایت خراسان دولت اسلامی در ژانویه ۲۰۱۵ اعلام شد؛ سخنگوی دولت اسلامی تأسیس آن را اعلام کرد. ISKP، چې د اسلامي ' +
        'دولت سیمه ییزه څانګه ده، په ۲۰۱۵ کې جوړه شوه. اسلامي دولت خراسان ولایت د طالبانو دښمن دی.',
      expected: ['دولت اسلامی', 'اسلامي دولت'],
    },
    {
      why: 'Dari "an Islamic state" with no Islamic State group near is the everyday phrase',
      term: 'isis_core',
      text: 'طالبان می‌گویند که یک دولت اسلامی در افغانستان ساخته‌اند و به کسی اجازه حمله نمی‌دهند.',
      expected: [],
    },
    {
      why: 'ISKP as the Islamic State\'s "Khorasan arm"',
      term: 'iskp',
      text:
        'A crackdown could drive fighters into the Khorasan arm of Islamic State, officials say. The Islamic ' +
        "State's Khorasan arm claimed the attack. Daesh's Khorasan arm is weaker.",
      expected: ['Khorasan arm of Islamic State', "Islamic State's Khorasan arm", 'Khorasan arm'],
    },
    {
      why: 'Dari bare دار beside "the presence (of)", on a page that names him in full',
      term: 'ishaq_dar',
      text: 'اسحاق دار به کابل رفت. توافق‌نامه سه‌جانبه راه‌آهن با حضور دار در کابل به امضا رسید. دار و ندار مردم از دست رفت.',
      expected: ['اسحاق دار', 'دار'],
    },
    {
      why: 'Dari "others\' fatwas" in a subheading is not the ruling',
      term: 'fatwa_jihad_abroad',
      text: 'رهبر طالبان فتوایی علیه جهاد در خارج صادر کرد. فتوای دیگران، فتوای طالبان.',
      expected: ['فتوایی', 'فتوای'],
    },
    {
      why: 'Urdu "IS-K" spelled out, as TV guests say it',
      term: 'iskp',
      text: 'پچھلے چار سال میں آئی ایس کے نے کابل ایئرپورٹ پر حملہ کیا۔',
      expected: ['آئی ایس کے'],
    },
    {
      why: 'the English "trilateral" in Urdu script, beside the three countries',
      term: 'trilateral_cpa',
      text: 'جی، چین، پاکستان، افغانستان کا چھٹا ٹرائی لیٹرل ہے، وانگ ای خود آئیں گے۔ سی پیک کو افغانستان تک لے جانا ہے۔',
      expected: ['ٹرائی لیٹرل'],
    },
    {
      why: 'Urdu "cross-border terrorist attacks", دہشتگرد joined',
      term: 'cross_border_attacks',
      text:
        'پاکستان افغانستان کے ساتھ پرامن تعلقات چاہتا ہے، تاہم سرحد پار سے دہشتگرد حملے اس راہ میں سب سے بڑی رکاوٹ ہیں۔ ' +
        'تحریک طالبان پاکستان کے حملے جاری ہیں۔',
      expected: ['سرحد پار سے دہشتگرد حملے'],
    },
    {
      why: 'Pashto "the Daesh group\'s Khorasan branch" is ISKP whole',
      term: 'iskp',
      text: 'شمشاد نیوز – کابل. د داعش ډلې د خراسان څانګې په تېرو اونیو کې ادعا وکړه.',
      expected: ['داعش ډلې د خراسان څانګې'],
    },
    {
      why: 'Dari "his fatwa" (فتوایش) beside the leader and jihad abroad',
      term: 'fatwa_jihad_abroad',
      text:
        'اگر هبت‌الله آخوندزاده، رهبر طالبان، واقعاً می‌خواهد فتوایش درباره جهاد در خارج جدی گرفته شود، باید سازوکار ' +
        'اجرا تعیین کند.',
      expected: ['فتوایش'],
    },
    {
      why: 'a moon-sighting fatwa is another fatwa',
      term: 'fatwa_jihad_abroad',
      text: "The Taliban's fatwa against jihad abroad came up. Fair but the moon sighting fatwa doesn't get FC jawans killed.",
      expected: ['fatwa'],
    },
    {
      why: 'the US–Japan–Korea trilateral named by its capitals',
      term: 'trilateral_cpa',
      text:
        'China wants the trilateral with Pakistan and Afghanistan. Washington, Tokyo and Seoul have since given their ' +
        'own trilateral a secretariat.',
      expected: ['trilateral'],
    },
    {
      why: 'Pashto "every fatwa", "no fatwa" and a crypto fatwa are fatwas in general',
      term: 'fatwa_jihad_abroad',
      text:
        'هبت الله اخوندزاده د بهر جهاد منع کولو فتوا ورکړه. هره فتوا یوازې کلمې دي. هېڅ فتوا هغوی نشي ودرولی. د مصر ' +
        'دارالافتاء: پر کرپټو کرنسي نوې فتوا.',
      expected: ['فتوا'],
    },
    {
      why: 'the Khawarij\'s slogan "لا حکم الا للہ" on a page about the ruling',
      term: 'fatwa_jihad_abroad',
      text: 'امیر المومنین ہیبت اللہ اخوندزادہ کا فتویٰ افغانستان سے باہر جہاد کے خلاف ہے۔ خوارج نے لا حکم الا للہ کا نعرہ لگایا۔',
      expected: ['فتوی'],
    },
    {
      why: 'Pashto "constant fear" is not the minister',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته ولاړ. کورنۍ په پرله‌پسې ډار کې ژوند کوي.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'a wire headline\'s "jihad ban" beside the Taliban\'s chief',
      term: 'fatwa_jihad_abroad',
      text: "IS claims deadly Afghan bank bombing as Taliban chief's jihad ban tested",
      expected: ['jihad ban'],
    },
    {
      why: 'an Afghan border guard is not the border',
      term: 'durand_line',
      text: 'Border guards exchange fire at Torkham in Pakistan; at least one Afghan border guard is killed.',
      expected: [],
    },
    {
      why: 'cross-border attacks beside Khyber Pakhtunkhwa',
      term: 'cross_border_attacks',
      text:
        'What it cannot buy is security in Khyber Pakhtunkhwa. Sentiment remains fragile: a spike in cross-border ' +
        'attacks on military posts in the north-west coincided with a sell-off.',
      expected: ['cross-border attacks'],
    },
    {
      why: 'the Afghan border beside Khyber Pakhtunkhwa, where cross-border attacks now look for Khyber too',
      term: 'durand_line',
      text: 'A spike in cross-border attacks near the Afghan border in Khyber Pakhtunkhwa.',
      expected: ['Afghan border'],
    },
    {
      why: "TAPI's trilateral with Turkmenistan is another one",
      term: 'trilateral_cpa',
      text:
        'نشست سه‌جانبه وزیران خارجه افغانستان، چین و پاکستان به‌زودی برگزار شود. هفته گذشته هم یک نشست سه‌جانبه ' +
        'میان افغانستان، ترکمنستان و پاکستان برگزار شد.',
      expected: ['نشست سه‌جانبه'],
    },
    {
      why: "Urdu's colloquial oblique plural of the Taliban",
      term: 'afghan_taliban',
      text: 'یہ لوگ داعش کے ساتھ مل جائیں گے۔ داعش خراسان پہلے ہی طالبانوں کے پیچھے پڑی ہے۔',
      expected: ['طالبانوں'],
    },
    {
      why: "a hockey forward Azhar Dar in a channel's tickers",
      term: 'ishaq_dar',
      text: 'اسحاق ڈار کابل پہنچ گئے\nڈار کی متقی سے ملاقات\nقومی ہاکی ٹیم کے فارورڈ اظہر ڈار انجری کے باعث دورے سے باہر',
      expected: ['اسحاق ڈار', 'ڈار'],
    },
    {
      why: 'Dari "students of the madrasas" are not the Taliban',
      term: 'afghan_taliban',
      text: 'داعش بر سه گروه تمرکز دارد: جنگجویان ناراضی طالبان، طالبان مدارس دینی غیررسمی و جوانان بیکار.',
      expected: ['طالبان'],
    },
    {
      why: 'ISKP as Pashto spells its letters',
      term: 'iskp',
      text: 'مشرانو د آی اس کې پي د ۲۰۲۳ کال د خار د برید یادونه هم وکړه.',
      expected: ['آی اس کې پي'],
    },
    {
      why: 'the Pashto ablative of "Afghan interim government"',
      term: 'afghan_taliban',
      text: 'په اعلامیه کې له افغان عبوري حکومته غوښتنه شوې چې خپلې ژمنې پوره کړي.',
      expected: ['افغان عبوري حکومته'],
    },
    {
      why: 'Pashto attacks from across the border, with Torkham the only Afghan word near',
      term: 'cross_border_attacks',
      text: 'تورخم تړل ډېری وختونه د امنیتي پېښو له امله وي، په ځانګړي ډول کله چې له پولې اخوا حملې وشي.',
      expected: ['پولې اخوا حملې'],
    },
    {
      why: 'the Pashto order closing medical institutes is another decree',
      term: 'fatwa_jihad_abroad',
      text:
        'د طالبانو عالي مشر هبت‌الله آخندزاده د بهر د جهاد د منع فتوا ورکړه. د نجونو د زده کړې بندیز یا د طبي ' +
        'انستیتیوتونو د تړلو حکم، په سختۍ سره پلي شول.',
      expected: ['فتوا'],
    },
    {
      why: 'a "digital currency" fatwa is another fatwa',
      term: 'fatwa_jihad_abroad',
      text:
        'امیر المومنین ہیبت اللہ اخوندزادہ کا فتویٰ افغانستان سے باہر جہاد کے خلاف ہے۔ ڈیجیٹل کرنسی اور آن لائن ' +
        'جوئے سے متعلق مشترکہ فتویٰ کے لیے کمیٹی بنائی جائے۔',
      expected: ['فتوی'],
    },
    {
      why: "an Urdu decree on girls' schooling beside the ruling is another decree",
      term: 'fatwa_jihad_abroad',
      text:
        `طالبان کے امیر نے افغانستان سے باہر جہاد کے خلاف حکم نامہ جاری کیا۔ ${fillerSentences(5)} لڑکیوں کی ` +
        'ثانوی تعلیم پر پابندی کا حکم نامہ پوری سختی سے نافذ کیا گیا۔',
      expected: ['حکم نامہ'],
    },
    {
      why: 'Urdu "the order forbidding jihad" beside the emir\'s title',
      term: 'fatwa_jihad_abroad',
      text: 'مئی میں اطلاعات کے مطابق امیرالمؤمنین نے افغانوں کے ملک سے باہر جا کر جہاد کرنے کی ممانعت کا حکم جاری کیا۔',
      expected: ['ممانعت کا حکم'],
    },
    {
      why: '"rules by edict" says how he governs, not which edict',
      term: 'fatwa_jihad_abroad',
      text:
        "Taliban leader Hibatullah Akhundzada's decree barring Afghans from jihad abroad was read in mosques. The " +
        'decree from Akhundzada, who rules by edict from the southern city of Kandahar, was read again.',
      expected: ['decree', 'decree'],
    },
    {
      why: "the format's own name, capitalised, where the three countries are named",
      term: 'trilateral_cpa',
      text:
        'China, Pakistan and Afghanistan are in close communication on the arrangements for the sixth Foreign ' +
        "Ministers' Dialogue. Officials said the foreign ministers' dialogue of other regions was not discussed.",
      expected: ["Foreign Ministers' Dialogue"],
    },
    {
      why: "the capital's Model Colleges are its institutions, not its government",
      term: 'islamabad',
      text: 'Islamabad welcomed the talks. The embassy held a reception at the Islamabad Model College for Girls.',
      expected: ['Islamabad'],
    },
    {
      why: "a weekly's Irfan Dar, a trader Rafiq Dar and a talk show's economist Farrukh Dar",
      term: 'ishaq_dar',
      text:
        'اسحاق ڈار کابل گئے۔ ہاکی ٹورنامنٹ میں فارورڈ عرفان ڈار نے ہیٹ ٹرک کی۔ خواجہ رفیق ڈار انتقال کر گئے۔ ' +
        'مہمان: ڈاکٹر فرخ ڈار، ماہر معاشیات',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'Urdu "students of the prophetic sciences" are not the Taliban',
      term: 'afghan_taliban',
      text: 'افغان طالبان خاموش ہیں۔ ہمارے طالبانِ علومِ نبوت کو خوارج کی تاریخ پڑھنی چاہیے۔',
      expected: ['افغان طالبان'],
    },
    {
      why: 'Pashto "very pious" is not the minister',
      term: 'muttaqi',
      text: 'امیرخان متقي له ډار سره وکتل. ستا پلار ډیر متقي او نیک سړی و.',
      expected: ['امیرخان متقي'],
    },
    {
      why: 'the given name Farmanullah is not a decree',
      term: 'fatwa_jihad_abroad',
      text:
        'د طالبانو عالي مشر هبت‌الله آخندزاده د بهر جهاد منع فتوا ورکړه. یو ځایي اوسېدونکي فرمان الله داوړ وویل ' +
        'چې خلک په ډار کې دي.',
      expected: ['فتوا'],
    },
    {
      why: 'Pashto "safe havens" with پناه ګاه',
      term: 'safe_haven',
      text: 'بریګیډیر وويل: که په افغانستان کې د ترهګرو خوندي پناه ګاهونه وي، نو دا د ټولې سیمې لپاره خطر دی.',
      expected: ['خوندي پناه ګاهونه'],
    },
    {
      why: 'Pashto "cross-border attacks" with سرحد پورې and no غاړې',
      term: 'cross_border_attacks',
      text: 'د ټي ټي پي په اړه اسلام آباد وايي: تر هغه چې سرحد پورې بریدونه ونه درېږي، سوداګري به ونه شي.',
      expected: ['سرحد پورې بریدونه'],
    },
    {
      why: 'Dari "Dar said" on a page that names him',
      term: 'ishaq_dar',
      text: 'اسحاق دار به کابل رفت. دار گفت، فقط مذاکره راه حل است.',
      expected: ['اسحاق دار', 'دار گفت'],
    },
    {
      why: 'the Dari decree closing beauty salons is another decree',
      term: 'fatwa_jihad_abroad',
      text:
        `رهبر طالبان ملا هبت‌الله آخوندزاده فتوای منع جهاد در خارج را صادر کرد. ${fillerSentences(5)} مریم می‌گوید پس از فرمان ملا ` +
        'هبت‌الله آخوندزاده برای بستن آرایشگاه‌ها کار خود را از دست داد.',
      expected: ['فتوای'],
    },
    {
      why: 'Dari "a new decree" is one of his others',
      term: 'fatwa_jihad_abroad',
      text: 'رهبر طالبان فتوای منع جهاد در خارج را صادر کرد. فرمان جدید امیرالمومنین: والیان پنج ولایت تغییر کردند.',
      expected: ['فتوای'],
    },
    {
      why: 'Urdu "the Afghan emir\'s fatwa" in a column\'s headline',
      term: 'fatwa_jihad_abroad',
      text: 'افغان طالبان پر دباؤ ہے۔ خوارج کی تاریخ، فتنۃ الخوارج اور افغان امیر کا فتویٰ',
      expected: ['افغان امیر کا فتوی'],
    },
    {
      why: 'his "fitwa" on girls\' education is another one',
      term: 'fatwa_jihad_abroad',
      text:
        "Taliban leader Haibatullah Akhundzada's fatwa against jihad abroad was read out. Another speaker said the " +
        "fitwa issued by Haibatullah Akhundzada on girls' education showed that the leadership can enforce.",
      expected: ['fatwa'],
    },
    {
      why: 'the ruling described as a "directive", and a bank\'s directive further on',
      term: 'fatwa_jihad_abroad',
      text:
        "Taliban Foreign Minister Muttaqi met Wang Yi. The ministry said he also referred to the Amir al-Mu'minin's " +
        'directive forbidding Afghans from fighting outside the country. In unrelated news on Tuesday, the State ' +
        'Bank issued a directive on remittances.',
      expected: ['directive'],
    },
    {
      why: "the Saudi–Iran deal China brokered and the railway's Tashkent-led format are other trilaterals",
      term: 'trilateral_cpa',
      text:
        "China, Pakistan and Afghanistan will hold their trilateral in Kabul. Beijing's role was most visible when " +
        'the trilateral statement issued by China, Saudi Arabia and Iran announced a deal. The railway framework, ' +
        'signed in Kabul, has its own trilateral logic with Tashkent as the convener.',
      expected: ['trilateral'],
    },
    {
      why: 'Urdu "very pious" and "a pious (ruler)" are not the minister',
      term: 'muttaqi',
      text:
        'امیر خان متقی نے کہا۔ خوارج بظاہر بڑے متقی اور شب زندہ دار تھے۔ ایک متقی اور خدا ترس حکمران کی پہچان یہی ' +
        'ہے۔ اسحاق دار کابل گئے۔',
      expected: ['امیر خان متقی'],
    },
    {
      why: 'the Urdu oblique "ممانعت کے حکم" beside jihad abroad',
      term: 'fatwa_jihad_abroad',
      text:
        'امیر المومنین ہیبت اللہ اخوندزادہ کی حکومت میں بچیوں کی تعلیم پر سختی سے عمل ہو سکتا ہے تو بیرونِ ملک جہاد ' +
        'کی ممانعت کے حکم پر کیوں نہیں؟',
      expected: ['ممانعت کے حکم'],
    },
    {
      why: "a seminary's fatwa on Eid's sacrificial hides is another fatwa",
      term: 'fatwa_jihad_abroad',
      text:
        'امیر المومنین ہیبت اللہ اخوندزادہ کا فتویٰ افغانستان سے باہر جہاد کے خلاف ہے۔ دارالعلوم کا فتویٰ: قربانی ' +
        'کی کھالیں صرف رجسٹرڈ اداروں کو دی جائیں',
      expected: ['فتوی'],
    },
    {
      why: 'a Muzaffarabad trader Yusuf Dar',
      term: 'ishaq_dar',
      text: 'اسحاق ڈار کابل پہنچ گئے۔ تاجر رہنما محمد یوسف ڈار نے کہا کہ بازار بند رہیں گے۔',
      expected: ['اسحاق ڈار'],
    },
    {
      why: "Paigham-e-Pakistan's fatwa by its Persian name",
      term: 'fatwa_jihad_abroad',
      text:
        'رهبر طالبان ملا هبت‌الله آخوندزاده فتوای منع جهاد در خارج را صادر کرد. در پاکستان هم پیش‌تر فتوای «پیام ' +
        'پاکستان» حملات انتحاری را حرام اعلام کرد.',
      expected: ['فتوای'],
    },
    {
      why: 'the girls\' schools decree, "مکتبهای" run together as a comment writes it',
      term: 'fatwa_jihad_abroad',
      text:
        'رهبر طالبان ملا هبت‌الله آخوندزاده فتوای منع جهاد در خارج را صادر کرد. ملا هبت الله اول فرمان بسته بودن ' +
        'مکتبهای دخترا را لغو کنه',
      expected: ['فتوای'],
    },
    {
      why: 'Pashto "frighten" and "the main fear" are not the minister',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته راغی. ټي ټي پي اوس موږ ته ډار راکوي. د طالبانو اصلي ډار داعش دی.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'Dari "pious scholars" are not the minister',
      term: 'muttaqi',
      text: 'امیرخان متقی با اسحاق دار دیدار کرد. سخنرانان از علمای متقی و مدرسین تجلیل کردند.',
      expected: ['امیرخان متقی'],
    },
    {
      why: 'Pashto "the ban on foreign jihad" with the Taliban near',
      term: 'fatwa_jihad_abroad',
      text: 'د طالبانو مشرتابه چوپ دی. ولې د بهرني جهاد منع یوازې د منبر تر سره پاتې ده؟',
      expected: ['بهرني جهاد منع'],
    },
    {
      why: '"the trilateral with China" where only the TTP\'s name holds Pakistan\'s',
      term: 'trilateral_cpa',
      text:
        'The Taliban fear ISKP; Kabul will not fight the Pakistani Taliban. If you keep safe havens for one group ' +
        'because you fear another, the region is hostage. China is saying the same thing, which is why the ' +
        'trilateral with China is so important now.',
      expected: ['trilateral with China'],
    },
    {
      why: 'the United States\' "sanctuary cities" are not militants\' sanctuaries',
      term: 'safe_haven',
      text: 'The Taliban give the TTP sanctuary across the border. Kind of like how people argue about sanctuary cities in the US.',
      expected: ['sanctuary'],
    },
    {
      why: 'his wife Tabassum Dar in a profile',
      term: 'ishaq_dar',
      text: 'اسحاق ڈار لاہور میں پیدا ہوئے۔ ان کی اہلیہ تبسم ڈار سماجی کاموں کے حوالے سے جانی جاتی ہیں۔',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'Urdu "every decree" and the respectful verb "فرمانے لگا" are no decree of his',
      term: 'fatwa_jihad_abroad',
      text:
        'ہیبت اللہ اخوندزادہ کا فرمان افغانستان سے باہر جہاد کے خلاف ہے۔ بیگم کا ہر فرمان حرف آخر ہے۔ دکاندار فرمانے ' +
        'لگا: صاحب، قیمت بڑھ گئی۔',
      expected: ['فرمان'],
    },
    {
      why: 'a fact-check\'s "fake fatwas"',
      term: 'fatwa_jihad_abroad',
      text:
        'امیر المومنین ہیبت اللہ اخوندزادہ کا فتویٰ افغانستان سے باہر جہاد کے خلاف ہے۔ یہ پہلا موقع نہیں کہ کسی جعلی ' +
        'فتوے کو سوشل میڈیا پر پھیلایا گیا ہو۔',
      expected: ['فتوی'],
    },
    {
      why: 'Pashto "is afraid", "no fear" and "the fear of war" are not the minister',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته راغی. زړه مې ډار کېږي. هېڅ پاسپورټ، هېڅ ویزه، هېڅ ډار. یو د جګړې ډار، بل د چوپتیا.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'Dari "a separate trilateral" in Tashkent is the railway\'s',
      term: 'trilateral_cpa',
      text:
        'نشست سه‌جانبه وزیران خارجه افغانستان، چین و پاکستان در کابل برگزار می‌شود. نمایندگان ازبکستان، افغانستان و ' +
        'پاکستان در یک نشست سه‌جانبه جداگانه در تاشکند چارچوب مالی را امضا کردند.',
      expected: ['نشست سه‌جانبه'],
    },
    {
      why: 'the Islamabad Policy Research Institute in Pashto and the Institute of Strategic Studies in Dari',
      term: 'islamabad',
      text:
        'پاکستان د اسلام اباد په اړه وايي. د اسلام اباد د پالیسۍ څېړنو انسټیټیوټ یوه څېړونکي وویل. یک پژوهشگر ' +
        'انستیتوت مطالعات استراتژیک اسلام‌آباد نوشته است.',
      expected: ['اسلام اباد'],
    },
    {
      why: 'Dari "a pious man" is not the minister',
      term: 'muttaqi',
      text: 'امیرخان متقی با اسحاق دار دیدار کرد. پدرم مردی متقی و نمازخوان بود.',
      expected: ['امیرخان متقی'],
    },
    {
      why: '"in Kabul now" is the city; the news site is "Kabul Now" as its name is written',
      term: 'kabul',
      text: 'It was a convenient argument then. It is a convenient argument in Kabul now. Kabul Now reported it first.',
      expected: ['Kabul'],
    },
    {
      why: "a civil court's decree on a page that names the ruling",
      term: 'fatwa_jihad_abroad',
      text:
        `Haibatullah Akhundzada's fatwa against jihad abroad was cited. ${fillerSentences(5)}A bench set aside a ` +
        'decree passed by a civil court in Charsadda, ruling that the trial court had erred.',
      expected: ['fatwa'],
    },
    {
      why: 'an energy trilateral convened in Ashgabat, named by its Turkmen hosts',
      term: 'trilateral_cpa',
      text:
        'Wang Yi will host the China-Pakistan-Afghanistan trilateral in Kabul. Energy officials of Afghanistan and ' +
        'Pakistan met at a trilateral meeting in Ashgabat, Turkmen state media said. The three-way meeting agreed a survey.',
      expected: ['China-Pakistan-Afghanistan trilateral'],
    },
    {
      why: 'Urdu and Pashto Dars of the sports pages, a byline and a returnee Akhundzada',
      term: 'ishaq_dar',
      text: 'اسحاق ڈار کابل پہنچے۔ حسن ڈار نے سنچری بنائی۔ ٹیم کی قیادت ارسلان ڈار کریں گے۔\n\nسعدیہ ڈار\nبی بی سی اردو',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'a Pashto returnee named Gul Akhundzada is not the Taliban leader',
      term: 'haibatullah',
      text: 'طالبانو وویل چې کډوال راستانه شي. پنځوس کلن حاجي ګل اخوندزاده وویل چې کور یې پرېښی دی.',
      expected: [],
    },
    {
      why: 'Dari "under the command of" and "take orders from" are no decree',
      term: 'fatwa_jihad_abroad',
      text:
        'فتوای هبت‌الله آخوندزاده درباره منع جهاد در خارج بحث‌برانگیز شد. رهبران این گروه گفتند که تنها از رهبر ' +
        'طالبان فرمان می‌برند. شاخه‌هایی که زمانی زیر فرمان عمر خالد خراسانی بودند نیز حمله کردند.',
      expected: ['فتوای'],
    },
    {
      why: "Dari decrees banning music and windows onto the neighbour's yard",
      term: 'fatwa_jihad_abroad',
      text:
        'فتوای هبت‌الله آخوندزاده درباره منع جهاد در خارج صادر شد. حتی فرمانی صادر شد که ساختن پنجره‌هایی را ' +
        'ممنوع کرد؛ فرمان منع موسیقی نیز آمد.',
      expected: ['فتوای'],
    },
    {
      why: "Sistani's fatwa of jihad against Daesh on a page about the ruling",
      term: 'fatwa_jihad_abroad',
      text:
        'هبت‌الله آخوندزاده فتوای منع جهاد در خارج را صادر کرد. در سال ۲۰۱۴ آیت‌الله علی سیستانی، مرجع شیعیان ' +
        'عراق، با صدور فتوای «جهاد کفایی» مردم را فراخواند.',
      expected: ['فتوای'],
    },
    {
      why: 'Dari "a safe haven for armed groups" beside the Taliban',
      term: 'safe_haven',
      text:
        'طالبان می‌گویند امنیت برقرار است. بازرگانی گفت: «تا زمانی که جهان افغانستان را پناهگاه امن گروه‌های ' +
        'مسلح بداند، بانک‌ها از ما حمایت نمی‌کنند.»',
      expected: ['پناهگاه امن'],
    },
    {
      why: 'Pashto "the mosque\'s students" are seminarians, not the Taliban',
      term: 'afghan_taliban',
      text: 'طالبانو حکومت وویل. زموږ په کلي کې د جومات طالبانو ته به هر کور ډوډۍ استوله.',
      expected: ['طالبانو'],
    },
    {
      why: 'Pashto "in Islamabad\'s High Court" is the court',
      term: 'islamabad',
      text: 'اسلام اباد وايي چې خبرې دوام لري. فعالانو د اسلام اباد په عالي محکمه کې عریضه ورکړې.',
      expected: ['اسلام اباد'],
    },
    {
      why: 'Pashto comments\' "Dar sahib" and "cross-border terrorism" in the oblique',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته راغی. دا دار صیب هم ډیری خبری کوی.',
      expected: ['اسحاق ډار', 'دار صیب'],
    },
    {
      why: 'Pashto "cross-border terrorism" in the oblique, beside the Durand Line',
      term: 'cross_border_attacks',
      text: 'پاکستان وايي چې د ډیورنډ کرښې هاخوا تي ټي پي ځالې لري. هغه وویل چې پاکستان د پوله پورې ترهګرۍ مخنیوي ته ژمن دی.',
      expected: ['پوله پورې ترهګرۍ'],
    },
    {
      why: 'Dari "pious men" and "a pious face" are not the minister',
      term: 'muttaqi',
      text:
        'امیرخان متقی با اسحاق دار دیدار کرد. ظاهر متقی و مهربان دیپلماسی طالبان با واقعیت همخوانی ندارد. ' +
        'محتسب‌ها به ظاهر مردان متقی و خداترس‌اند.',
      expected: ['امیرخان متقی'],
    },
    {
      why: "the blood disorder's TTP spelt out beside it, on a page that names the group",
      term: 'ttp',
      text:
        'TTP militants have stepped up attacks on police in Khyber. Links: a case report on TTP (thrombotic ' +
        'thrombocytopenic purpura) in a marathon runner. For me TTP means thrombotic thrombocytopenic purpura.',
      expected: ['TTP'],
    },
    {
      why: 'a diaspora\'s Kabul Street Festival and "Little Kabul" are not the city',
      term: 'kabul',
      text:
        'Ishaq Dar arrived in Kabul on Saturday. The annual Kabul Street Festival returns to the district ' +
        'that local businesses have long nicknamed Little Kabul.',
      expected: ['Kabul'],
    },
    {
      why: "Khomeini's, Azzam's and al-Azhar's fatwas on a Persian page about the ruling",
      term: 'fatwa_jihad_abroad',
      text:
        'هبت‌الله آخوندزاده فتوای منع جهاد در خارج را صادر کرد. نخست، فتوای روح‌الله خمینی علیه سلمان رشدی. ' +
        'فتوای مشهور عبدالله عزام در دهه ۱۹۸۰. الازهر فتوایی علیه تروریسم صادر کرده بود.',
      expected: ['فتوای'],
    },
    {
      why: 'Dari comments\' "attacks from that side of the border"',
      term: 'cross_border_attacks',
      text: 'آقای دار در کابل گفت: «ما میخواهیم روابط با افغانستان بهتر شود، ولی حملات از آن طرف مرز باید ختم شود.»',
      expected: ['حملات از آن طرف مرز'],
    },
    {
      why: 'Pashto "terrorists\' shelters" and shelters given to the TTP, not refugees\' shelters',
      term: 'safe_haven',
      text:
        'که ریښتیا هم د ترهګرو پناه ځایونه لټوئ، نو لومړی خپله نقشه وګورئ. طالبان پاکستاني طالبانو ته پناه ' +
        'ځایونه ورکوي. کډوالو ته په کمپ کې پناه ځای ورکړل شو.',
      expected: ['پناه ځایونه', 'پناه ځایونه'],
    },
    {
      why: 'Pashto "students of religious sciences" and Mullah Nasim Akhundzada',
      term: 'afghan_taliban',
      text: 'د طالبانو حکومت وویل. هغه د دیني علومو طالبان چې په پاکستان کې زده کړې کوي، بېرته راشي.',
      expected: ['طالبانو'],
    },
    {
      why: "Helmand's Mullah Nasim Akhundzada is not the Taliban leader",
      term: 'haibatullah',
      text: 'د طالبانو مشر هبت الله اخندزاده دی. هغه له ملا نسیم اخندزاده سره ګډ نه شي.',
      expected: ['هبت الله اخندزاده'],
    },
    {
      why: 'an Urdu girls\' schooling decree beside words of jihad abroad, and "a single order" of his in general',
      term: 'fatwa_jihad_abroad',
      text:
        'طالبان کے امیر کی جانب سے افغانستان سے باہر جہاد کی ممانعت کے فتوے کی تجدید ہوئی۔ یہی قیادت لڑکیوں کی ' +
        'ثانوی تعلیم پر پابندی کے حکم نامے پر عمل کرا رہی ہے۔ اگر ہیبت اللہ اخوندزادہ کا ایک حکم نافذ ہو سکتا ہے۔',
      expected: ['فتوے'],
    },
    {
      why: 'Urdu cross-border terrorism beside Khyber Pakhtunkhwa, written joined or apart',
      term: 'cross_border_attacks',
      text:
        'خیبرپختونخوا کے شہداء کا لہو گواہ ہے کہ سرحد پار دہشت گردی کوئی مفروضہ نہیں۔ ' +
        `${fillerSentences(12)}خیبر پختونخوا میں سرحد پار دہشت گردی جاری ہے۔`,
      expected: ['سرحد پار دہشت گردی', 'سرحد پار دہشت گردی'],
    },
    {
      why: 'a Pashto lesson on fear that names the minister once: ډار far from the story is "fear"',
      term: 'ishaq_dar',
      text:
        'د پاکستان د بهرنیو چارو وزیر اسحاق ډار کابل ته راغی او ډار وویل چې خبرې دوام لري. ' +
        `${fillerSentences(6)}ډار یو طبیعي احساس دی. د ګټور ډار او زیانمن ډار ترمنځ توپیر وکړئ. ${fillerSentences(6)}` +
        'ښاغلي ډار د سفر په پای کې وویل چې اړیکې به ښې شي.',
      expected: ['اسحاق ډار', 'ډار', 'ښاغلي ډار'],
    },
    {
      why: 'an Urdu column\'s second reference stays beside "Pakistan" or "minister"',
      term: 'ishaq_dar',
      text: `اسحاق ڈار کابل پہنچے۔ ${fillerSentences(8)}وزیر خارجہ کے دورے پر ڈار نے کہا کہ پاکستان امن چاہتا ہے۔`,
      expected: ['اسحاق ڈار', 'ڈار'],
    },
    {
      why: "an Afghan border policeman and the capital's power company",
      term: 'durand_line',
      text:
        'Islamabad says militants cross the Durand Line at will. A clash at Torkham killed a Pakistani major and ' +
        'an Afghan border policeman near the Pakistan-Afghanistan border.',
      expected: ['Durand Line', 'Pakistan-Afghanistan border'],
    },
    {
      why: 'the Islamabad Electric Supply Company and the Islamabad police are institutions',
      term: 'islamabad',
      text:
        'ISLAMABAD: Officials met. The Islamabad Electric Supply Company said 60 feeders tripped. عدالت نے ' +
        'وزارت داخلہ اور اسلام آباد پولیس سے جواب طلب کر لیا۔',
      expected: ['ISLAMABAD'],
    },
    {
      why: 'gold as a "safe haven", the English word in Urdu script',
      term: 'safe_haven',
      text: 'طالبان اور ٹی ٹی پی کی بات ہو رہی تھی۔ کہنے لگے، "حالات جو بھی ہوں، گولڈ ہمیشہ سیف ہیون ہوتا ہے۔"',
      expected: [],
    },
    {
      why: 'Dari "in the midst of" (گیر و دار) is not the minister',
      term: 'ishaq_dar',
      text: 'سفر اسحاق دار در گیر و دار تنش‌هایی انجام شد. دار در دیدار با متقی گفت که گفت‌وگو ادامه دارد.',
      expected: ['اسحاق دار', 'دار'],
    },
    {
      why: 'Dari "terrorist attacks from across the border" and Pashto "cross-border attacks" in the oblique',
      term: 'cross_border_attacks',
      text:
        'نگرانی اصلی اسلام‌آباد ادامه حملات تروریستی از آن سوی مرز افغانستان است. پاکستاني چارواکي وايي چې د پوله ' +
        'پورې غاړې بریدونو دوام ښيي چې د افغانستان حکومت کار نه دی کړی.',
      expected: ['حملات تروریستی از آن سوی مرز', 'پوله پورې غاړې بریدونو'],
    },
    {
      why: 'Pashto "students of knowledge" are not the Taliban',
      term: 'afghan_taliban',
      text: 'د طالبانو حکومت وویل چې خبرې به وشي. تاسو د علم طالبان یاست، خلک له فتنې وساتئ.',
      expected: ['طالبانو'],
    },
    {
      why: 'Pakistani Pashto "our fear" beside the minister\'s visit',
      term: 'ishaq_dar',
      text: 'د پاکستان وزیر اسحاق ډار کابل ته تللی دی، خلکو وویل ګوندې اوس به زمونږ ډار هم کم شي.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'a panel\'s moderator "Dr Dar" is not the minister',
      term: 'ishaq_dar',
      text: 'Ishaq Dar met Muttaqi in Kabul. In her closing remarks, Dr Dar asked each panellist a question.',
      expected: ['Ishaq Dar'],
    },
    {
      why: 'a sentence\'s "Both" is no given name before the surname',
      term: 'ishaq_dar',
      text: `Ishaq Dar met Muttaqi in Kabul. ${fillerSentences(10)}Both Dar and Muttaqi used the meeting to announce an upgrade.`,
      expected: ['Ishaq Dar', 'Dar'],
    },
    {
      why: "Türkiye, Pakistan and Azerbaijan's own trilateral, met in Baku",
      term: 'trilateral_cpa',
      text:
        'Wang Yi will host the China-Pakistan-Afghanistan trilateral in Kabul. Ministers of Türkiye, Pakistan and ' +
        'Azerbaijan met in Baku for the latest round of their trilateral format.',
      expected: ['China-Pakistan-Afghanistan trilateral'],
    },
    {
      why: "Malaysia's National Fatwa Council on vaping, on a digest that names the ruling",
      term: 'fatwa_jihad_abroad',
      text:
        "Haibatullah Akhundzada's fatwa against jihad abroad was cited. Malaysia's National Fatwa Council " +
        'declares vaping haram.',
      expected: ['fatwa'],
    },
    {
      why: "a phone's charger cable in Dari and Persian",
      term: 'kabul',
      text: 'اسحاق دار به کابل رفت. کابل چارجر مبایلم سوخت. من اول فکر کردم بحث کابل شارژر تایپ‌سی هست.',
      expected: ['کابل'],
    },
    {
      why: 'Urdu "God\'s command" before a verse, and a basant fatwa, on a page about the ruling',
      term: 'fatwa_jihad_abroad',
      text:
        'طالبان کے امیر ہیبت اللہ اخوندزادہ نے بیرون ملک جہاد کی ممانعت کا فتویٰ دیا۔ اللہ تعالیٰ کا فرمان ہے کہ ' +
        'صلح کرو۔ ملتان میں بسنت کے خلاف فتویٰ جاری کر دیا گیا۔',
      expected: ['فتوی'],
    },
    {
      why: "a drama serial's actors Kamran and Naila Dar",
      term: 'ishaq_dar',
      text: 'اسحاق ڈار کابل پہنچے۔ ڈرامے میں مرکزی کردار اداکار کامران ڈار اور اداکارہ نائلہ ڈار ادا کر رہے ہیں۔',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'the trilateral named by its capitals',
      term: 'trilateral_cpa',
      text: 'China wants CPEC to run through Kabul. Why the Beijing-Islamabad-Kabul trilateral should worry India',
      expected: ['Beijing-Islamabad-Kabul'],
    },
    {
      why: 'Pakistani Pashto cross-border attacks and militancy without نه',
      term: 'cross_border_attacks',
      text:
        'ډیورنډ لائن او بارډر پار حملے: د پاک افغان تعلقاتو تر ټولو سخته غوټه. مقصد یی دا ښودلے شی چې بارډر پار ' +
        'عسکریت پسندی ته مخه ونیولے شی.',
      expected: ['بارډر پار حملے', 'بارډر پار عسکریت پسندی'],
    },
    {
      why: 'cross-border militancy in Dari and Persian words',
      term: 'cross_border_attacks',
      text:
        'طالبان می‌گویند تأثیر فتوا بر شورشگری فرامرزی نمادین خواهد ماند. پرونده‌ی جهادگرایی فرامرزی بسته نشده ' +
        'است و پاکستان از فعالیت‌های مسلحانه فرامرزی شکایت دارد.',
      expected: ['شورشگری فرامرزی', 'جهادگرایی فرامرزی', 'فعالیت‌های مسلحانه فرامرزی'],
    },
    {
      why: 'the railway as "a proposed trilateral link"',
      term: 'trilateral_cpa',
      text:
        'Dar will attend the trilateral meeting with China and Afghanistan. The Uzbekistan-Afghanistan-Pakistan ' +
        'railway, a proposed trilateral link to the ports, was discussed.',
      expected: ['trilateral meeting with China'],
    },
    {
      why: 'the provinces along the border are not the Durand Line',
      term: 'durand_line',
      text: 'Strikes in Afghan border provinces went on along the Durand Line.',
      expected: ['Durand Line'],
    },
    {
      why: 'Mortimer Durand in Afghan Pashto',
      term: 'durand_line',
      text: 'سر مورتیمر ډیورنډ دا کرښه وکښله.',
      expected: [],
    },
    {
      why: 'the Pashto trilateral with the three named',
      term: 'trilateral_cpa',
      text: 'د چین، پاکستان او افغانستان درې اړخیزه غونډه وشوه.',
      expected: ['درې اړخیزه غونډه'],
    },
    {
      why: 'the railway\'s "درې اړخیزه ریل"',
      term: 'trilateral_cpa',
      text: 'د چین، پاکستان او افغانستان وزیرانو د درې اړخیزه ریل پټلۍ خبره وکړه.',
      expected: [],
    },
    {
      why: 'Dari "every decree" of theirs',
      term: 'fatwa_jihad_abroad',
      text: 'فتوای رهبر طالبان علیه جهاد در خارج صادر شد. هر فرمانی که او صادر کرد اجرا شد.',
      expected: ['فتوای'],
    },
    {
      why: 'Pashto "militancy from across the border", written as one word',
      term: 'cross_border_attacks',
      text: 'کابل وايي چې د پولې هاخوا وسلوالۍ مخه نیول کېږي.',
      expected: ['پولې هاخوا وسلوالۍ'],
    },
    {
      why: 'the ruling named by what it forbids, on a part of the page about the Taliban',
      term: 'fatwa_jihad_abroad',
      text: 'The Taliban closed schools. Unlike those orders, the ruling on jihad abroad…',
      expected: ['ruling'],
    },
    {
      why: "a court's ruling on overseas votes",
      term: 'fatwa_jihad_abroad',
      text: 'The Taliban met. A court ruling on overseas voting was issued.',
      expected: [],
    },
    {
      why: 'a Pulwama Dar by his given name',
      term: 'ishaq_dar',
      text: 'اسحاق ڈار کابل پہنچے۔ پلوامہ کا عادل ڈار',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'Urdu "other fatwas" beside the ruling',
      term: 'fatwa_jihad_abroad',
      text: 'ہیبت اللہ اخوندزادہ کا فتویٰ۔ دیگر فتوے اور دیگر احکامات',
      expected: ['فتوی'],
    },
    {
      why: 'Dari "once again the decree" still the ruling',
      term: 'fatwa_jihad_abroad',
      text: 'رهبر طالبان بار دیگر فرمان منع جهاد در بیرون از افغانستان را تأیید کرد.',
      expected: ['فرمان'],
    },
    {
      why: '"Kandahar\'s fatwa", ending at its last letter (the superscript alif after it is a mark)',
      term: 'fatwa_jihad_abroad',
      text: 'طالبان کے امیر کا اعلان: کیا قندھار کا فتویٰ وزن رکھتا ہے؟',
      expected: ['قندھار کا فتوی'],
    },
    {
      why: 'the other trilaterals of a speech',
      term: 'trilateral_cpa',
      text:
        'Link the Uzbekistan-Afghanistan-Pakistan railway and other trilateral connectivity projects to the ' +
        'China-Pakistan-Afghanistan trilateral.',
      expected: ['China-Pakistan-Afghanistan trilateral'],
    },
    {
      why: 'Dari "any fatwa or decree"',
      term: 'fatwa_jihad_abroad',
      text: 'فتوای رهبر طالبان علیه جهاد در خارج صادر شد. بیش از هر فتوا و فرمانی، عمل مهم است.',
      expected: ['فتوای'],
    },
    {
      why: 'Pashto "frightened"',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته ورغی. ډار شوی سوداګر پانګه نه اچوي.',
      expected: ['اسحاق ډار'],
    },
    {
      why: "the capital's chamber of commerce",
      term: 'islamabad',
      text: 'Islamabad wants trade to resume, said an official of the Islamabad Chamber of Commerce.',
      expected: ['Islamabad'],
    },
    {
      why: 'Urdu "any fatwa"',
      term: 'fatwa_jihad_abroad',
      text: 'ہیبت اللہ اخوندزادہ کا فتویٰ بیرون ملک جہاد کے خلاف ہے۔ کسی فتوے کی قدر عمل سے ہے۔',
      expected: ['فتوی'],
    },
    {
      why: 'Roman Urdu "Dar lagta hai" (I fear)',
      term: 'ishaq_dar',
      text: 'Ishaq Dar went to Kabul. Dar lagta hai ke ye khel barhega.',
      expected: ['Ishaq Dar'],
    },
    {
      why: "the railway's own trilateral",
      term: 'trilateral_cpa',
      text: 'The China-Pakistan-Afghanistan trilateral is distinct from the Uzbekistan-Afghanistan-Pakistan railway trilateral.',
      expected: ['China-Pakistan-Afghanistan trilateral'],
    },
    {
      why: 'a club named for the capital',
      term: 'islamabad',
      text: 'Islamabad sent envoys. A panel met at the Islamabad Club.',
      expected: ['Islamabad'],
    },
    {
      why: 'Pashto "in this very fear"',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته ورغی. خلک په همدې ډار او بې باورۍ کې ژوند کوي.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'a Pashto tapa\'s "my fear"',
      term: 'ishaq_dar',
      text: 'اسحاق ډار کابل ته ورغی. ډار مې له زړه نه ځي لالیه.',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'the wires\' "three-nation talks" with the three named',
      term: 'trilateral_cpa',
      text: 'Islamabad and Beijing prepare for three-nation talks with Afghanistan in Kabul.',
      expected: ['three-nation talks'],
    },
    {
      why: 'another "three-nation meeting"',
      term: 'trilateral_cpa',
      text: 'The three-nation meeting of the US, Japan and South Korea in Lima',
      expected: [],
    },
    {
      why: 'Urdu cross-border attacks by the Pak-Afghan border named',
      term: 'cross_border_attacks',
      text: 'سرحد پار حملوں میں اضافہ۔ پشاور: پاک افغان سرحد سے ملحقہ اضلاع میں تشویش ہے۔',
      expected: ['سرحد پار حملوں'],
    },
    {
      why: 'Urdu "fatwa-mongering"',
      term: 'fatwa_jihad_abroad',
      text: 'ہیبت اللہ اخوندزادہ کا فتویٰ بیرون ملک جہاد کے خلاف ہے۔ مگر فتوے بازی عام ہے۔',
      expected: ['فتوی'],
    },
    {
      why: 'Urdu "the trilateral dialogue" in the English word, as a second reference',
      term: 'trilateral_cpa',
      text: `چین، پاکستان اور افغانستان کا سہ فریقی اجلاس۔ ${fillerSentences(6)}اس سہ فریقی ڈائیلاگ کی ابتدا بیجنگ سے ہوئی۔`,
      expected: ['سہ فریقی اجلاس', 'سہ فریقی ڈائیلاگ'],
    },
    {
      why: "a showbiz page's Saqib Dar beside a line on the minister",
      term: 'ishaq_dar',
      text: 'اسحاق ڈار کابل گئے۔ اداکار ثاقب ڈار نے کہا کہ وہ خوش ہیں۔',
      expected: ['اسحاق ڈار'],
    },
    {
      why: 'Pashto "rules from Kandahar"',
      term: 'fatwa_jihad_abroad',
      text: 'د هبت الله اخوندزاده فتوا له هېواده بهر جهاد منع کوي. هغه له کندهاره حکم چلوي.',
      expected: ['فتوا'],
    },
    {
      why: 'the railway\'s "درې اړخیزې پروژې" after a postposition',
      term: 'trilateral_cpa',
      text: 'د چین، پاکستان او افغانستان درې اړخیزه غونډه د اورګاډي له درې اړخیزې\nپروژې سره توپیر لري.',
      expected: ['درې اړخیزه غونډه'],
    },
    {
      why: 'Urdu "cross-border terrorism" in a headline, the TTP named in the report below it',
      term: 'cross_border_attacks',
      text: `پولیس چوکیوں پر حملے، سرحد پار سے دہشت گردی پر تشویش\n\n${fillerSentences(7)}حکام نے حملوں کا الزام کالعدم ٹی ٹی پی پر لگایا۔`,
      expected: ['سرحد پار سے دہشت گردی'],
    },
    {
      why: 'Urdu "cross-border terrorism" as India\'s charge, however near the TTP',
      term: 'cross_border_attacks',
      text: `بھارت نے پاکستان پر سرحد پار دہشت گردی کا الزام لگایا۔ ${fillerSentences(3)}کالعدم ٹی ٹی پی نے حملہ کیا۔`,
      expected: [],
    },
    {
      why: "Urdu Islamabad's traffic police and the Dari name of its policy institute",
      term: 'islamabad',
      text:
        'اسلام آباد ٹریفک پولیس نے مہم شروع کی۔ اسحاق ڈار کابل سے اسلام آباد واپس پہنچ گئے۔ ' +
        'موسسه تحقیقات سیاست‌گذاری اسلام‌آباد گفت که اسلام‌آباد و کابل گفتگو کردند.',
      expected: ['اسلام آباد', 'اسلام‌آباد'],
    },
    {
      why: 'Pashto "any fatwa" after the decree',
      term: 'fatwa_jihad_abroad',
      text: 'ملا هبت الله اخوندزاده فتوا ورکړه چې بهر جهاد منع دی. شنونکي وايي د هرې فتوا اغېز تر ډېره دې پورې اړه لري.',
      expected: ['فتوا'],
    },
    {
      why: 'Dari "a ruling that…" after the decree, but not a ruling on girls\' schools',
      term: 'fatwa_jihad_abroad',
      text:
        'ملا هبت‌الله آخوندزاده بر فتوای منع جهاد در بیرون از افغانستان تاکید کرده است؛ حکمی که هدف آن ' +
        'بازداشتن جنگجویان است. دادگاه حکمی صادر کرد که مکاتب دختران بسته بماند.',
      expected: ['فتوای', 'حکمی'],
    },
    {
      why: 'the three countries named in the sentence before "their trilateral foreign ministers\' dialogue"',
      term: 'trilateral_cpa',
      text:
        'China, which has invested heavily in Pakistan and is courting the Taliban authorities, has tried to ' +
        'mediate between its two neighbours. The three countries are expected to hold the sixth round of their ' +
        "trilateral foreign ministers' dialogue in the coming months.",
      expected: ["trilateral foreign ministers' dialogue"],
    },
    {
      why: 'a translation\'s "Daesh Khurasan" is the branch, not the IS group',
      term: 'iskp',
      text: 'Disappointed fighters will join the Daesh Khurasan, which already challenges the Taliban.',
      expected: ['Daesh Khurasan'],
    },
    {
      why: "the chargé d'affaires in Pakistani Pashto, without the hamza",
      term: 'charge_daffaires',
      text: 'د کابل کې یو چارج ډي افیرز پاتې شو.',
      expected: ['چارج ډي افیرز'],
    },
    {
      why: 'Pakistani Pashto "cross-border attacks" with the Urdu word for attacks',
      term: 'cross_border_attacks',
      text: 'د پاکستان او افغانستان ترمنځ کراس بارډر حملې روانې دي، ټي ټي پي پړه ده.',
      expected: ['کراس بارډر حملې'],
    },
    {
      why: 'the Islamabad Chamber of Commerce in Urdu',
      term: 'islamabad',
      text: 'اسلام آباد چیمبر آف کامرس کے عہدیدار نے کہا کہ اسلام آباد اور کابل میں بات ہوئی۔',
      expected: ['اسلام آباد'],
    },
    {
      why: 'Urdu "trilateral projects" (the railway) beside the trilateral meeting',
      term: 'trilateral_cpa',
      text:
        'چین، پاکستان اور افغانستان کا سہ فریقی اجلاس اگلے ماہ کابل میں ہوگا اور اس میں سیکیورٹی پر بات ہوگی۔ ' +
        'ماہرین کہتے ہیں کہ ریلوے جیسے سہ فریقی منصوبے خطے کی تجارت بدل سکتے ہیں۔',
      expected: ['سہ فریقی اجلاس'],
    },
    {
      why: "the TTP's Persian initials with full stops",
      term: 'ttp',
      text: 'رهبری طالبان بیم دارد که سرکوب «تحریک طالبان پاکستان» (تی.تی.پی) نتیجه معکوس داشته باشد.',
      expected: ['تحریک طالبان پاکستان', 'تی.تی.پی'],
    },
    {
      why: 'the International Islamic University Islamabad',
      term: 'islamabad',
      text:
        'The document was prepared under the International Islamic University Islamabad. Islamabad says attacks ' +
        'come from Afghanistan.',
      expected: ['Islamabad'],
    },
    {
      why: '"any fatwa" after the decree',
      term: 'fatwa_jihad_abroad',
      text:
        'Haibatullah Akhundzada reaffirmed his fatwa against jihad abroad. My uncle said any fatwa is only as good ' +
        'as the hand that enforces it.',
      expected: ['fatwa'],
    },
    {
      why: 'the Pashto adjective "cross-border" before "attacks", and its oblique plural',
      term: 'cross_border_attacks',
      text:
        'پاکستان وايي پوله ییز بریدونه له افغان خاورې پلانېږي او ټي ټي پي یې کوي. ' +
        'د پوله ییزو بریدونو له امله سوداګري ودرېده.',
      expected: ['پوله ییز بریدونه', 'پوله ییزو بریدونو'],
    },
    {
      why: 'the story\'s "cross-border militancy" in Pashto, پوله پورې, joined by non-joiners as TOLOnews writes it',
      term: 'cross_border_attacks',
      text: 'د افغانستان طالبانو مشر فتوا بیا تایید کړې. د دې فتوا موخه د پوله\u200cپورې وسله\u200cوالۍ مخنیوی دی.',
      expected: ['پوله\u200cپورې وسله\u200cوالۍ'],
    },
    {
      why: 'Pashto "fear not" (ډار مه کوه) in a traders\' group that names Ishaq Dar',
      term: 'ishaq_dar',
      text: 'نورالله: اسحاق ډار خو راغلے خو د سوداګرو خبره به څوک کوي\nعمران: حاجي صاحب ډار مه کوه، ان شاء الله ښه به شي',
      expected: ['اسحاق ډار'],
    },
    {
      why: 'Dari "ولایت خراسان" for the branch on a page about the Taliban, far from Daesh\'s name; not Iran\'s province',
      term: 'iskp',
      text:
        'طالبان از آن بیم دارند که سرکوب تی\u200cتی\u200cپی جنگجویان ناراضی را به سوی ولایت خراسان سوق دهد. ' +
        'زائران از ولایت خراسان رضوی ایران بازگشتند.',
      expected: ['ولایت خراسان'],
    },
    {
      why: 'Pakistani Pashto "attacks from across the border" with سرحد, as a caller says it',
      term: 'cross_border_attacks',
      text: 'اورېدونکی: دا هم ضروري ده چې د افغانستان نه د سرحد پار نه حملې ودرېږي، زمونږ خلک تنګ شول.',
      expected: ['سرحد پار نه حملې'],
    },
    {
      why: 'gold (سره زر) as the Pashto "safe haven" in a Telegram channel\'s market post beside the TTP',
      term: 'safe_haven',
      text:
        'ټي ټي پي پر پوستو برید وکړ. 💰 د سرو زرو بیه بیا لوړه شوې. پانګوال سره زر د خوندي پناه ځای په توګه ګوري. ' +
        'پاکستان وايي افغانستان د ترهګرو لپاره خوندي پناه ځای دی.',
      expected: ['خوندي پناه ځای'],
    },
    {
      why: 'a dar al-ifta\'s "fatwa no." under each answer, on a page that asks about the ruling',
      term: 'fatwa_jihad_abroad',
      text:
        'سوال: افغان طالبان کے امیر ہیبت اللہ اخوندزادہ کا بیرون ملک جہاد سے متعلق فتویٰ کیا کہتا ہے؟\n' +
        'واللہ اعلم بالصواب\nفتویٰ نمبر: 4472/ن',
      expected: ['فتوی'],
    },
    {
      why: 'spoken Kabul Dari\'s "طالبا" in a podcast transcript, not "طالبان"',
      term: 'afghan_taliban',
      text: 'جاوید: ترس. طالبا خودشان یک ترس دارن. اگه به تی تی پی فشار بیارن، امی بچه ها کجا میرن؟',
      expected: ['طالبا'],
    },
    {
      why: "the Institute of Strategic Studies Islamabad in a brief's capitals, not the government",
      term: 'islamabad',
      text:
        'ISSUE BRIEF\n\nINSTITUTE OF STRATEGIC STUDIES ISLAMABAD\n\nIslamabad says the TTP operates from Afghanistan; ' +
        'the Institute of Regional Studies Islamabad agrees.',
      expected: ['Islamabad'],
    },
    {
      why: 'Persian "cross-border terrorist attacks", the adjective between the attacks and "cross-border"',
      term: 'cross_border_attacks',
      text: 'اسلام آباد می گوید با وجود درخواست های مکرر، حملات تروریستی فرامرزی از خاک افغانستان ادامه دارد.',
      expected: ['حملات تروریستی فرامرزی'],
    },
    {
      why: 'Urdu "cross-border terrorism" in the English words, as a TV guest says it',
      term: 'cross_border_attacks',
      text: 'دفاعی تجزیہ کار: یہ کراس بارڈر ٹیررازم ہے، صاف صاف۔ پلاننگ افغانستان میں ہوتی ہے اور حملے یہاں ہوتے ہیں۔',
      expected: ['کراس بارڈر ٹیررازم'],
    },
    {
      why: 'the UN\'s "de facto authorities" in Dari with the Latin word in Persian letters',
      term: 'afghan_taliban',
      text: 'در گزارش‌های سازمان ملل که از حکومت افغانستان با عنوان «مقامات دوفاکتو» یاد می‌شود، آمده است.',
      expected: ['مقامات دوفاکتو'],
    },
    {
      why: 'the Pashto trilateral as a "sitting" (ناسته), far from the three countries\' names',
      term: 'trilateral_cpa',
      text:
        'د چین، پاکستان او افغانستان درې اړخیزه غونډه به په کابل کې وي. قومي مشر وايي: زمونږ دعا دا ده چې په دې ' +
        'درې اړخیزه ناسته کښې د امن خبره لومړۍ وي، نه وروستۍ. '.repeat(5),
      expected: ['درې اړخیزه غونډه', ...Array(5).fill('درې اړخیزه ناسته')],
    },
    {
      why: 'a Dari trilateral after "they give" (دهند), which is not India run into a particle',
      term: 'trilateral_cpa',
      text:
        'طالبان مسئولیت را به دیگران نسبت می\u200cدهند.\n\nاز سوی دیگر، ششمین نشست سه\u200cجانبه چین، پاکستان و ' +
        'افغانستان نزدیک است.',
      expected: ['نشست سه\u200cجانبه'],
    },
    {
      why: 'Pashto "the far side of the border" (پورې غاړې) before attacks and armed activity, the non-joiner kept',
      term: 'cross_border_attacks',
      text:
        'اسلام اباد وايي د افغانستان له پولې پورې غاړې بریدونه نه دي درېدلي. د سرحد پورې غاړې بریدونو له امله لاره بنده شوه. ' +
        'موخه یې دا ده چې پوله پورې غاړې وسله\u200cوالي راکمه کړي.',
      expected: ['پولې پورې غاړې بریدونه', 'سرحد پورې غاړې بریدونو', 'پوله پورې غاړې وسله\u200cوالي'],
    },
    {
      why: 'Imam Ali, "امیرالمؤمنین علی", in a Persian column on the Taliban leader\'s title',
      term: 'haibatullah',
      text:
        'پیروان رهبر طالبان او را امیرالمؤمنین می‌خوانند، لقبی که در فرهنگ شیعی تنها برای امیرالمؤمنین علی ' +
        'به کار می‌رود.',
      expected: ['امیرالمؤمنین'],
    },
    {
      why: 'a trilateral of Iranian, Chinese and Russian officials on a page about the other one',
      term: 'trilateral_cpa',
      text:
        'Wang Yi will host the China-Pakistan-Afghanistan trilateral in Kabul. In March, Iranian, Chinese and ' +
        'Russian officials held a trilateral meeting in Beijing on another file.',
      expected: ['China-Pakistan-Afghanistan trilateral'],
    },
    {
      // A guard: these two traps went once the title's own rule was seen to keep Iran's leader off.
      why: 'Iran\'s leader as "Iranian supreme leader" and "supreme leader of Iran" beside the Taliban',
      term: 'haibatullah',
      text:
        'The Taliban delegation met the Iranian supreme leader in Tehran. The supreme leader of Iran praised the ' +
        'Taliban. Haibatullah Akhundzada, the Taliban supreme leader, stayed in Kandahar.',
      expected: ['Haibatullah Akhundzada', 'supreme leader'],
    },
    {
      why: 'gold and the dollar as a safe haven in Urdu and Dari ticker lines on a TTP page',
      term: 'safe_haven',
      text:
        'تحریک طالبان پاکستان کے حملے جاری ہیں۔ عالمی منڈی میں سرمایہ کاروں کا محفوظ پناہ گاہ سونے کی جانب ' +
        'رجحان۔ خانواده‌ها دلار و طلا را پناهگاه امن پس‌انداز می‌دانند. تی‌تی‌پی در افغانستان پناهگاه امن دارد.',
      expected: ['پناهگاه امن'],
    },
    {
      why: 'Pakistani Pashto "attacks from across the border" with the Pashto word, and "from beyond" with حملې',
      term: 'cross_border_attacks',
      text:
        'خلک وايي سرحد پار بریدونه لا نه دي ودرېدلي، او د سرحد پار بریدونو له امله ټي ټي پي ته ګوته نیسي. ' +
        'چارواکي وايي د پولې هاخوا نه حملې په افغانستان کې پلانېږي.',
      expected: ['سرحد پار بریدونه', 'سرحد پار بریدونو', 'پولې هاخوا نه حملې'],
    },
    {
      why: 'Dari "attacks from across the frontier" with سرحد',
      term: 'cross_border_attacks',
      text: 'حملات از آن سوی سرحد ادامه دارد و اسلام آباد می گوید این حملات در خاک افغانستان طرح می شود.',
      expected: ['حملات از آن سوی سرحد'],
    },
    {
      why: 'the Urdu "Pakistan Afghanistan border" without "and"',
      term: 'durand_line',
      text: 'حملہ آور پاکستان افغانستان سرحد کے پہاڑی راستوں سے داخل ہوتے ہیں۔',
      expected: ['پاکستان افغانستان سرحد'],
    },
    {
      why: 'the surname written apart in Afghan Dari, "آخند زاده"',
      term: 'haibatullah',
      text: 'رهبر طالبان فتوای منع جهاد را تایید کرد. آخند زاده که از قندهار فرمان می راند، سختگیر است.',
      expected: ['آخند زاده'],
    },
    {
      why: 'Dari "cross-border fighting" and "militancy" with گری run on, and Pashto "armed activities from beyond the border"',
      term: 'cross_border_attacks',
      text:
        'هدف این فتوا جلوگیری از جنگجویی فرامرزی و شبه نظامیگری فرامرزی تی تی پی در پاکستان است. ' +
        'د دې فتوا موخه دا ده چې له پولې هاخوا وسله وال فعالیتونه راکم شي او ټي ټي پي ودرول شي.',
      expected: ['جنگجویی فرامرزی', 'شبه نظامیگری فرامرزی', 'پولې هاخوا وسله وال فعالیتونه'],
    },
    {
      why: "gold as investors' safe haven in a markets paragraph of a page about the TTP",
      term: 'safe_haven',
      text:
        'Pakistan says TTP militants have a safe haven in Afghanistan. Local investors kept buying gold, ' +
        'traditionally a safe haven during bouts of currency weakness.',
      expected: ['safe haven'],
    },
    {
      why: 'Dari "the ruling banning jihad abroad", then "this ruling"',
      term: 'fatwa_jihad_abroad',
      text:
        'شیخ هبت الله آخندزاده اخیراً حکم منع جهاد در خارج از افغانستان را تأیید کرده است. هدف از این حکم ' +
        'جلوگیری از رفتن افغان‌ها برای جنگ است.',
      expected: ['حکم منع جهاد', 'حکم'],
    },
    {
      why: 'Dari "safe haven" written with the non-joiner in پناه‌گاه',
      term: 'safe_haven',
      text: 'هر بار که افغانستان به عنوان پناه‌گاه امن تروریسم و طالبان معرفی شود، مرزها بسته‌تر می‌شود.',
      expected: ['پناه‌گاه امن'],
    },
    {
      why: 'the Islamabad High Court in Pashto words',
      term: 'islamabad',
      text: 'د اسلام اباد عالي محکمې اورېدنه وځنډوله. اسلام اباد وايي ټي ټي پي په افغانستان کې ده.',
      expected: ['اسلام اباد'],
    },
    {
      why: 'a Dari reader\'s "safe havens" with the indefinite, for the Taliban in Quetta',
      term: 'safe_haven',
      text: 'اسلام آباد اول جواب پناهگاه های امنی را بدهد که بیست سال در کویته برای طالبان درست کرده بود.',
      expected: ['پناهگاه های امنی'],
    },
    {
      why: 'the Islamabad Policy Research Institute in Persian and the Islamabad High Court in Pashto',
      term: 'islamabad',
      text:
        'پژوهشگری که با مؤسسه پژوهش‌های سیاستی اسلام‌آباد همکاری کرده است، می‌گوید اسلام‌آباد نگران است. ' +
        'اسلام آباد هایکورټ اورېدنه وځنډوله.',
      expected: ['اسلام‌آباد'],
    },
    {
      why: 'Urdu "any fatwa at all" after the decree',
      term: 'fatwa_jihad_abroad',
      text:
        'ہیبت اللہ اخوندزادہ کے بیرون ملک جہاد کے خلاف فتوے پر بحث جاری ہے۔ مگر کسی بھی فتوے کی اصل قوت اس پر ' +
        'عملدرآمد میں ہے۔',
      expected: ['فتوے'],
    },
    {
      why: 'the Islamabad High Court in Persian',
      term: 'islamabad',
      text: 'پرونده عمران خان در دادگاه عالی اسلام‌آباد در جریان است و هوادارانش در اسلام‌آباد تجمع کردند.',
      expected: ['اسلام‌آباد'],
    },
    {
      // Guards, like the one above, for traps that went because a rule or the given names already hold them.
      why: "the amnesty and girls' schooling decrees beside the ruling, in Dari",
      term: 'fatwa_jihad_abroad',
      text:
        'رهبر طالبان فتوای منع جهاد در خارج از افغانستان را تایید کرد. سخنگوی طالبان از فرمان عفو یاد کرد و ' +
        'گفت فرمان منع آموزش پابرجاست.',
      expected: ['فتوای'],
    },
    {
      why: 'Sher Mohammad and Jawad Akhundzada beside the leader, in Dari',
      term: 'haibatullah',
      text:
        'ملا هبت‌الله آخوندزاده رهبر طالبان است. شیر محمد آخوندزاده والی پیشین هلمند بود و جواد آخوندزاده ' +
        'سخنگوی وزارت تجارت است.',
      expected: ['هبت‌الله آخوندزاده'],
    },
    {
      why: 'the China–Bangladesh–Pakistan trilateral on a page about this one',
      term: 'trilateral_cpa',
      text:
        'Wang Yi will host the China-Pakistan-Afghanistan trilateral. Beijing also set up a ' +
        'China-Bangladesh-Pakistan trilateral last year.',
      expected: ['China-Pakistan-Afghanistan trilateral'],
    },
  ];

  it.each(BLIND_BATCH_CASES)('keeps to what a blind page holds: $why', ({ term, text, expected }) => {
    expect(textsOf(term, text)).toEqual(expected);
  });

  it('takes a name whose rule asks for cue words only before the rounds, so chains leaning on it keep their links', () => {
    // Islamabad stands for Pakistan in the first "trilateral"'s three countries; each later reference is within
    // reach of the one before it only. Were Islamabad taken in the first round, as other ruled names are, the
    // last would be a fourth link and lost.
    const filler = fillerSentences(40);
    const text = [
      'Islamabad, Kabul and Beijing agreed on the trilateral meeting.',
      'Officials prepared the trilateral dialogue.',
      'The trilateral mechanism meets every year.',
    ].join(` ${filler}`);
    expect(textsOf('trilateral_cpa', text)).toEqual([
      'trilateral meeting',
      'trilateral dialogue',
      'trilateral mechanism',
    ]);
  });

  it('lets a second reference lean on an earlier one, three links deep and no further', () => {
    // Each gap is more than half the decree's reach (5,000 characters in English) and less than all of it.
    const filler = fillerSentences(45);
    const text = [
      'Haibatullah Akhundzada issued a fatwa against jihad abroad.',
      'Pakistan welcomed the decree.',
      'Critics called the edict symbolic.',
      'Nobody expects the decree to be enforced.',
    ].join(` ${filler}`);
    const references = termsIn(text).filter(([term]) => term === 'fatwa_jihad_abroad');
    // Each reference is within reach of the one before it only: the last would be a fourth link.
    expect(references).toEqual([
      ['fatwa_jihad_abroad', 'fatwa'],
      ['fatwa_jihad_abroad', 'decree'],
      ['fatwa_jihad_abroad', 'edict'],
    ]);
  });

  it('takes a decree about fighting in Pakistan or other countries for the ruling, beside the Taliban only', () => {
    const rulings = (text: string) => textsOf('fatwa_jihad_abroad', text);
    expect(
      rulings('Hibatullah Akhundzada issued a decree barring Afghans from fighting in Pakistan.'),
    ).toEqual(['decree']);
    expect(
      rulings('The Taliban’s edict bars Afghan nationals from travelling to other countries to fight.'),
    ).toEqual(['edict']);
    // A Taliban decree on something else, with the war and Pakistan far apart or no fighting at all.
    expect(rulings('A Taliban decree closed beauty salons; Pakistan protested.')).toEqual([]);
    expect(rulings('The decree barring fighters from Pakistan was issued by the army.')).toEqual([]);
    expect(
      rulings(
        'An army decree bars soldiers from fighting in Kashmir, Pakistan says. Some critics, citing the ' +
          'record of the last two decades, doubt that it will be obeyed, and several retired officers said ' +
          'much the same in interviews this week, pointing to earlier orders that were quietly dropped. In ' +
          'other news, the Taliban closed salons.',
      ),
    ).toEqual([]);
  });

  it('takes "supreme leader" for Haibatullah only beside the Taliban or his name, never for Iran’s', () => {
    const leaders = (text: string) =>
      termsIn(text).filter(([, found]) => found.toLowerCase() === 'supreme leader');
    expect(
      leaders('Haibatullah Akhundzada rarely travels. Afghanistan’s supreme leader met clerics.'),
    ).toHaveLength(1);
    expect(leaders('The Taliban supreme leader met clerics.')).toHaveLength(1);
    expect(leaders('Haibatullah Akhundzada rarely travels. Iran’s supreme leader met clerics.')).toEqual([]);
    expect(leaders('North Korea’s supreme leader met generals.')).toEqual([]);
  });

  it('takes the Urdu, Dari and Pashto words for "supreme leader" the same way', () => {
    const leader = (text: string) => textsOf('haibatullah', text);
    expect(leader('طالبان کے سپریم لیڈر نے کہا')).toEqual(['سپریم لیڈر']);
    expect(leader('ایران کے سپریم لیڈر نے طالبان سے کہا')).toEqual([]);
    expect(leader('رهبر عالی طالبان فرمان داد')).toEqual(['رهبر عالی']);
    expect(leader('رهبر عالی ایران درباره طالبان گفت')).toEqual([]);
    expect(leader('رهبر عالی جمهوری اسلامی درباره طالبان گفت')).toEqual([]);
    expect(leader('د طالبانو عالي مشر وویل')).toEqual(['عالي مشر']);
    expect(leader('د ایران عالي مشر د طالبانو په اړه وویل')).toEqual([]);
    expect(leader('د شرکت عالي مشر وویل')).toEqual([]);
  });

  it('takes "sanctuary" and "terror haven" for a safe haven only near militancy', () => {
    const havens = (text: string) => termsIn(text).filter(([term]) => term === 'safe_haven');
    expect(havens('Islamabad says TTP militants enjoy sanctuary in Afghanistan.')).toEqual([
      ['safe_haven', 'sanctuary'],
    ]);
    expect(havens('Critics call the border region a terror haven for TTP militants.')).toEqual([
      ['safe_haven', 'terror haven'],
    ]);
    expect(havens('The wildlife sanctuary reopened after the floods.')).toEqual([]);
    expect(havens('Afghanistan must not become a haven for TTP terrorists.')).toEqual([
      ['safe_haven', 'haven'],
    ]);
    expect(havens('Terrorists moved money through a tax haven.')).toEqual([]);
  });

  it('reads the analysts’ “ISK” and “Daesh-K” as the Khorasan branch, but not the Icelandic króna', () => {
    const iskp = (text: string) => textsOf('iskp', text);
    expect(iskp('Islamic State Khorasan (ISK) recruits among Pakistani Taliban defectors.')).toEqual([
      'Islamic State Khorasan',
      'ISK',
    ]);
    expect(iskp('Analysts say ISK fighters have attacked Taliban officials.')).toEqual(['ISK']);
    expect(iskp('The krona fell: 1 EUR buys 145 ISK, and ISK bonds rallied.')).toEqual([]);
    expect(iskp('Isk is no word, and neither is isk.')).toEqual([]);
    expect(iskp('Daesh-K claimed the attack.')).toEqual(['Daesh-K']);
  });

  it('never takes one of the Taliban’s decrees on women for the ruling, however close', () => {
    const ruling = 'Hibatullah Akhundzada issued a decree barring Afghans from fighting abroad.';
    for (const other of ['a Taliban decree on women’s dress', 'the decree banning women from universities'])
      expect(textsOf('fatwa_jihad_abroad', `${ruling} Separately, ${other} drew criticism.`), other).toEqual([
        'decree',
      ]);
    // Dari: an op-ed's list of his decrees beside a paragraph on jihad abroad ("the decree closing girls'
    // schools"), while "the decree banning jihad abroad", right after a line on schooling, is the ruling.
    const dari = (text: string) => textsOf('fatwa_jihad_abroad', text);
    const abroad = 'ملا هبت‌الله آخوندزاده رهبر طالبان جهاد در خارج از افغانستان را منع کرد.';
    expect(dari(`${abroad} فرمان بسته شدن مکتب دختران اجرا شد.`)).toEqual([]);
    // Nor the International Criminal Court's arrest warrant for him ("حکم بازداشت"), an order of another kind.
    expect(dari(`${abroad} این فرمان جهاد را منع می‌کند. دادگاه حکم بازداشت او را صادر کرد.`)).toEqual([
      'فرمان',
    ]);
    expect(
      dari(
        `${abroad} اگر با یک فرمان نیمی از جمعیت را از آموزش محروم کند، چرا نمی‌تواند فرمان منع جهاد بیرونی را اجرا کند؟`,
      ),
    ).toEqual(['فرمان']);
  });

  it('leaves other fatwas named beside the ruling alone: Paigham-e-Pakistan’s, the polio and moon-sighting ones', () => {
    const fatwas = (text: string) => textsOf('fatwa_jihad_abroad', text);
    // Another fatwa's word counts against a match in the same clause (within 40 characters), not further off.
    const ruling =
      'Hibatullah Akhundzada issued a fatwa against jihad abroad, which Kabul calls binding on all Afghans.';
    expect(fatwas(`${ruling} Critics recall that the fatwa has no penalties.`)).toEqual(['fatwa', 'fatwa']);
    expect(
      fatwas(
        `${ruling} Pakistan’s own Paigham-e-Pakistan, the 2018 fatwa against suicide attacks, was ignored.`,
      ),
    ).toEqual(['fatwa']);
    const urdu =
      'ہیبت اللہ اخوندزادہ نے بیرون ملک جہاد کے خلاف فتویٰ جاری کیا جسے کابل تمام افغانوں پر لازم قرار دیتا ہے۔';
    expect(fatwas(`${urdu} اس سے پہلے پیغام پاکستان کے فتوے پر بھی یہی سوال اٹھا تھا۔`)).toEqual(['فتوی']);
    const pashto =
      'هبت الله اخندزاده له هیواده بهر د جهاد پر ضد فتوا ورکړې ده چې کابل یې په ټولو افغانانو لازمي بولي.';
    expect(fatwas(`${pashto} د کلي امام د پولیو د څاڅکو په اړه هم فتوا ورکړې وه.`)).toEqual(['فتوا']);
    // A Persian page on another jihad fatwa (Sistani's against Daesh, 2014) names no Taliban: none of it counts.
    expect(
      fatwas(
        'آیت‌الله سیستانی فتوای «جهاد کفایی» را برای مقابله با داعش صادر کرد. این فتوا ده‌ها هزار داوطلب را بسیج کرد.',
      ),
    ).toEqual([]);
    expect(fatwas(`طالبان در کابل: ${pashto}`)).toEqual(['فتوا']);
    // Nor, in English, Sistani's call to jihad against the Islamic State on a page that never names the Taliban,
    // or Abdullah Azzam's call to the Afghan jihad of the 1980s beside the ruling.
    const iraq = 'Thousands marked the anniversary of the fatwa that mobilised Iraqis for jihad against IS. ';
    expect(fatwas(`${iraq}The fatwa “saved Iraq”, officials said.`)).toEqual([]);
    expect(
      fatwas('جب پشاور محاذ بنا: افغان جہاد کے فتوے اور عرب رضاکار۔ ان فتووں نے سرحدیں مٹا دیں۔'),
    ).toEqual([]);
    expect(
      fatwas(`${ruling} In 1984 Abdullah Azzam’s fatwa called Muslims to jihad in Afghanistan.`),
    ).toEqual(['fatwa']);
  });

  it('reads "commander of the faithful" in Arabic script as Haibatullah, but not beside Umar’s name', () => {
    const leader = (text: string) => textsOf('haibatullah', text);
    const taliban = 'طالبان کی حکومت کابل میں ہے۔ ';
    expect(leader(`${taliban}امیر المومنین نے بیرون ملک جہاد سے منع کیا۔`)).toEqual(['امیر المومنین']);
    // The caliph after the title, Mullah Omar before it: either way within 30 characters.
    expect(leader(`${taliban}امیر المؤمنین سیدنا عمر فاروق کے عہد میں ایسا نہ تھا۔`)).toEqual([]);
    expect(leader(`طالبان ۱۹۹۴ پدید آمدند. ملا عمر خود را «امیرالمؤمنین» می‌خواند.`)).toEqual([]);
  });

  it('reads the border as Reuters and Pakistani copy also name it', () => {
    for (const name of ['Afghan-Pak border', 'Pakistani-Afghan border'])
      expect(textsOf('durand_line', `Clashes along the ${name} left two dead.`), name).toEqual([name]);
  });

  it('reads Urdu, Pashto and Dari spellings with their letter variants', () => {
    expect(termsIn('تحریک طالبان پاکستان نے ذمہ داری قبول کی')).toEqual([['ttp', 'تحریک طالبان پاکستان']]);
    // Arabic yeh and kaf, as some Pashto and Dari sites type them.
    expect(termsIn('تحريك طالبان پاكستان')).toEqual([['ttp', 'تحريك طالبان پاكستان']]);
  });

  it('takes "متقی" with an honorific after it for Muttaqi beside the Taliban, and never a "pious" pair', () => {
    expect(textsOf('muttaqi', 'طالبان حکومت کے وزیر خارجہ متقی صاحب نے کہا')).toEqual(['متقی صاحب']);
    expect(textsOf('muttaqi', 'طالبانو د بهرنیو چارو وزیر متقي صیب وویل')).toEqual(['متقي صیب']);
    expect(textsOf('muttaqi', 'متقی صاحب نے مسجد میں درس دیا')).toEqual([]);
    expect(textsOf('muttaqi', 'امیر خان متقی نے کہا کہ طالبان کے متقی علما اس پر متفق ہیں')).toEqual([
      'امیر خان متقی',
    ]);
  });

  it('reads the Taliban leader’s name as BBC Urdu spells it, full and on second reference', () => {
    const leader = 'طالبان کے سربراہ ملا ہبت اللہ اخونزادہ نے بیرون ملک جہاد سے منع کیا۔';
    expect(textsOf('haibatullah', leader)).toEqual(['ہبت اللہ اخونزادہ']);
    expect(textsOf('haibatullah', `${leader} اخونزادہ کے حکم کے بعد`)).toEqual([
      'ہبت اللہ اخونزادہ',
      'اخونزادہ',
    ]);
    // Another Akhunzada, with no Taliban near: a different man.
    expect(textsOf('haibatullah', 'سوات کے تاجر اخونزادہ نے نئی دکان کھولی۔')).toEqual([]);
  });

  it('reads Al Jazeera’s "Pakistan Taliban" as the TTP, but not the hyphenated "Pakistan-Taliban talks"', () => {
    const page = (headline: string) => termsIn(`${headline}\n\nTTP militants stepped up attacks.`)[0];
    expect(page('Why the Pakistan Taliban will not stop')).toEqual(['ttp', 'Pakistan Taliban']);
    for (const dash of ['-', '–', '—'])
      expect(page(`Pakistan${dash}Taliban talks resume`)).toEqual(['afghan_taliban', 'Taliban']);
    // Not on a page that does not name the TTP: the name is set aside whole, its "Taliban" with it (a miss
    // rather than a wrong highlight, on the rare page that writes Pakistan and the Taliban unhyphenated).
    expect(termsIn('Pakistan Taliban fighters crossed over')).toEqual([]);
  });

  it('reads the spellings regional sites use beside the standard ones', () => {
    // Pakistani English: "Daar", "Charge d'Affairs"; the UN's "ISIL-KP".
    expect(termsIn('Ishaq Daar met the Charge d’Affairs.')).toEqual([
      ['ishaq_dar', 'Ishaq Daar'],
      ['charge_daffaires', 'Charge d’Affairs'],
    ]);
    expect(termsIn('ISIL-KP claimed it')).toEqual([['iskp', 'ISIL-KP']]);
    // Russian-style transliteration (TASS, Central Asian sites); a transcript's "charge d affairs".
    expect(
      termsIn(
        'Ishak Dar, Amir Khan Muttaki, Khaibatulla Akhundzada and Vilayat Khorasan; the charge d affairs.',
      ).map(([term]) => term),
    ).toEqual(['ishaq_dar', 'muttaqi', 'haibatullah', 'iskp', 'charge_daffaires']);
    expect(termsIn('Fitna-tul-Khawarij terrorists')).toEqual([['ttp', 'Fitna-tul-Khawarij']]);
    expect(glossaryMatcher().mayMentionStory('Fitna-tul-Khawarij terrorists')).toBe(true);
    expect(glossaryMatcher().mayMentionStory('Tulips in Tulsa, tulle at Fatima-tul-Zahra')).toBe(false);
    // Other keyboards and hurried typing: Dari اسحق دار and تیتیپی, Urdu ڈارنے, Pashto ډیورند with د.
    expect(termsIn('محمد اسحق دار و تیتیپی').map(([term]) => term)).toEqual(['ishaq_dar', 'ttp']);
    expect(termsIn('اسحاق ڈارنے کہا')).toEqual([['ishaq_dar', 'اسحاق ڈارنے']]);
    expect(termsIn('د ډیورند کرښې پر اوږدو')).toEqual([['durand_line', 'ډیورند کرښې']]);
    // Urdu "فتنہ خوارج" without the article; Dari "داعش ولایت خراسان" whole, and "حملات برون‌مرزی" near Pakistan.
    expect(termsIn('فتنہ خوارج کے دہشت گرد')).toEqual([['ttp', 'فتنہ خوارج']]);
    expect(termsIn('داعش ولایت خراسان مسئولیت گرفت')).toEqual([['iskp', 'داعش ولایت خراسان']]);
    expect(textsOf('cross_border_attacks', 'پاکستان از حملات برون‌مرزی شکایت دارد')).toEqual([
      'حملات برون‌مرزی',
    ]);
    expect(textsOf('cross_border_attacks', 'حملات برون‌مرزی در بازی‌های رایانه‌ای')).toEqual([]);
  });

  it('reads the short items of headline lists and tickers, where a name has little around it', () => {
    // Muttaqi paired with Dar, with no full name on the page; "pious and simple" is not him.
    expect(termsIn('اسحاق ڈار اور متقی کی ملاقات')).toEqual([
      ['ishaq_dar', 'اسحاق ڈار'],
      ['muttaqi', 'متقی'],
    ]);
    expect(textsOf('muttaqi', 'امیر خان متقي وویل. هغه یو متقي او ساده امام و.')).toEqual(['امیر خان متقي']);
    // A bulletin's "Mr Dar" in Kabul; the hashtag; Kabul's cricket team in Dari.
    expect(textsOf('ishaq_dar', 'سفر آقای دار به کابل #IshaqDar')).toEqual(['آقای دار', 'IshaqDar']);
    expect(textsOf('kabul', 'عقاب‌های کابل با پیروزی به فینال رسیدند')).toEqual([]);
  });

  it('reads "ruling" right after his name as the decree, however far, on a page where the decree counts', () => {
    const rulings = (text: string) => textsOf('fatwa_jihad_abroad', text);
    const far = ' Trade through Torkham resumed on Monday.'.repeat(40);
    const later = ` Islamabad wants Haibatullah Akhundzada's ruling enforced.`;
    const decree = 'Haibatullah Akhundzada issued a decree forbidding Afghans to wage jihad abroad.';
    expect(rulings(`${decree}${far}${later}`)).toEqual(['decree', 'ruling']);
    // With no decree on the page his name is not enough: he rules on many things.
    expect(rulings(`Haibatullah Akhundzada spoke in Kandahar.${far}${later}`)).toEqual([]);
    // Nor is a ruling far from his name.
    expect(rulings(`${decree}${far} Islamabad wants the ruling enforced.`)).toEqual(['decree']);
  });

  it('reads the Dari fatwa with its ezafe and indefinite endings, and the Pashto and Urdu Khorasan branch', () => {
    const fatwas = (text: string) => textsOf('fatwa_jihad_abroad', text);
    const leader = 'ملا هبت الله آخوندزاده جهاد در خارج از کشور را ممنوع کرد.';
    expect(fatwas(`فتوای رهبر طالبان: ${leader}`)).toEqual(['فتوای']);
    expect(fatwas(`${leader} او فتوایی صادر کرد.`)).toEqual(['فتوایی']);
    // "Another fatwa" is a different ruling.
    expect(fatwas(`${leader} او فتوایی دیگر هم داد.`)).toEqual([]);
    // The whole phrase is one name (no inner Daesh), as "Islamic State Khorasan Province" is.
    expect(termsIn('د داعش د خراسان څانګې جنګیالي')).toEqual([['iskp', 'داعش د خراسان څانګې']]);
    expect(termsIn('د داعش، د خراسان څانګې جنګیالي').map(([term]) => term)).toEqual(['isis_core', 'iskp']);
    expect(termsIn('د ښار د خراسان څانګه').map(([term]) => term)).toEqual([]);
    expect(termsIn('داعش کی خراسان شاخ سرگرم ہے')).toEqual([['iskp', 'داعش کی خراسان شاخ']]);
    // Apart, the branch still leans on the Daesh just before it.
    expect(termsIn('داعش، خراسان شاخ سرگرم ہے').map(([term]) => term)).toEqual(['isis_core', 'iskp']);
  });

  it('finds a term that a particle ending in a letter that does not join runs into ("دکابل", "درکابل")', () => {
    expect(termsIn('دکابل حکومت باید پوه شي')).toEqual([['kabul', 'کابل']]);
    expect(termsIn('وزیر خارجه درکابل و ازاسلام آباد')).toEqual([
      ['kabul', 'کابل'],
      ['islamabad', 'اسلام آباد'],
    ]);
    expect(termsIn('دطالبانو او وداعش').map(([term]) => term)).toEqual(['afghan_taliban', 'isis_core']);
    expect(textsOf('kabul', 'ترکابل پورې')).toEqual(['کابل']);
    // Only a particle that starts the word: not the same letters inside a longer one, nor other letters.
    expect(termsIn('مدکابل')).toEqual([]);
    expect(termsIn('دوکابل')).toEqual([]);
    expect(termsIn('ددکابل')).toEqual([]);
    // Markup or an invisible mark may fall inside the particle or after it: a line's inline breaks are skipped.
    for (const text of [`د${NODE_BREAK}رکابل`, `در${NODE_BREAK}کابل`, 'د\u00adرکابل']) {
      const found: string[] = [];
      glossaryMatcher().scan(
        text,
        (_, start, end) => found.push(text.slice(start, end)),
        () => true,
      );
      const visible = found.map((t) => t.replaceAll(NODE_BREAK, '').replaceAll('\u00ad', ''));
      expect(visible, JSON.stringify(text)).toEqual(['کابل']);
    }
  });

  it('finds the Pashto "attacks from beyond the border" after either preposition, joined or apart', () => {
    for (const phrase of ['له پولې ها خوا بریدونه', 'د پولې هاخوا بریدونه', 'له پولې هاخوا بریدونو']) {
      const found = termsIn(`تحریک طالبان پاکستان ${phrase} کوي`).map(([term]) => term);
      expect(found, phrase).toEqual(['ttp', 'cross_border_attacks']);
    }
  });

  it('takes cross-border "terrorist attacks" and the Dari plural as cross-border attacks, beside Afghanistan only', () => {
    const attacks = (text: string) => textsOf('cross_border_attacks', text);
    expect(attacks('Islamabad blames cross-border terrorist attacks from Afghanistan.')).toEqual([
      'cross-border terrorist attacks',
    ]);
    expect(attacks('India blamed cross-border terror attacks in Kashmir.')).toEqual([]);
    expect(attacks('پاکستان طالبان را به حمله‌های فرامرزی متهم کرد')).toEqual(['حمله‌های فرامرزی']);
  });

  it('leaves India’s charge of cross-border terrorism out, on a page about Pakistan and Afghanistan', () => {
    const attacks = (text: string) => textsOf('cross_border_attacks', text);
    // The same phrase twice, folded alike and written apart, so the result says which one counted.
    const page =
      'Islamabad says cross-border terrorism from Afghanistan has grown since the Taliban returned to power ' +
      'in August 2021. New Delhi, for its part, has long accused Pakistan of cross border terrorism in Kashmir.';
    expect(attacks(page)).toEqual(['cross-border terrorism']);
    const urdu =
      'پاکستان کا کہنا ہے کہ افغانستان سے سرحد پار دہشت گردی اگست 2021 میں طالبان کی واپسی کے بعد سے ' +
      'مسلسل بڑھ رہی ہے اور سکیورٹی فورسز پر حملے تیز ہو گئے ہیں۔ ' +
      'بھارت پاکستان پر سرحد پار دہشتگردی کا الزام لگاتا ہے۔';
    expect(attacks(urdu)).toEqual(['سرحد پار دہشت گردی']);
  });

  it('runs a term across inline elements in one line, never across lines', () => {
    const matcher = glossaryMatcher();
    const text = `Tehrik-i-${NODE_BREAK}Taliban${NODE_BREAK} Pakistan`;
    const found: [number, number][] = [];
    matcher.scan(
      text,
      (_, start, end) => found.push([start, end]),
      () => true,
    );
    expect(found).toEqual([[0, text.length]]);

    const acrossLines: string[] = [];
    matcher.scan(
      text,
      (pattern, start, end) =>
        acrossLines.push(`${matcher.terms[matcher.targetOf(pattern)]}:${text.slice(start, end)}`),
      () => false,
    );
    expect(acrossLines).not.toContain(`ttp:${text}`);
  });

  it('reads a word as going on across an inline break only, at either end of a term', () => {
    const matcher = glossaryMatcher();
    const found = (text: string, inline: boolean) => {
      const out: string[] = [];
      matcher.scan(
        text,
        (_, start, end) => out.push(text.slice(start, end)),
        () => inline,
      );
      return out;
    };
    // "Kabul" + "ov" in one line is "Kabulov"; in two lines, "Kabul" ends its line.
    expect(found(`Zamir Kabul${NODE_BREAK}ov`, true)).toEqual([]);
    expect(found(`Zamir Kabul${NODE_BREAK}ov`, false)).toEqual(['Kabul']);
    expect(found(`Kabul${NODE_BREAK}\u00ad${NODE_BREAK}ov`, true)).toEqual([]);
    // "Ex" + "Kabul" in one line is one word; a line that ends in "Ex" and one that starts "Kabul" are two.
    expect(found(`Ex${NODE_BREAK}Kabul airport`, true)).toEqual([]);
    expect(found(`Ex${NODE_BREAK}Kabul airport`, false)).toEqual(['Kabul']);
  });

  it('asks whether a break joins one line only where the answer can change a match', () => {
    const matcher = glossaryMatcher();
    const asked: number[] = [];
    const text = `The ${NODE_BREAK}Taliban${NODE_BREAK}, said ${NODE_BREAK}Kabul${NODE_BREAK}. Officials`;
    const found: string[] = [];
    matcher.scan(
      text,
      (_, start, end) => found.push(text.slice(start, end)),
      (position) => {
        asked.push(position);
        return true;
      },
    );
    expect(found).toEqual(['Taliban', 'Kabul']);
    // A space or punctuation sits beside each break: a term starts or ends there either way.
    expect(asked).toEqual([]);
  });

  it('gives cue words one id where every rule names them together, and apart where one does not', () => {
    const matcher = glossaryMatcher();
    const idOf: Record<string, number> = {};
    const text = 'abroad overseas militants Mehsud';
    matcher.scan(text, (pattern, start, end) => {
      idOf[text.slice(start, end)] = matcher.targetOf(pattern);
    });
    expect(Object.keys(idOf)).toEqual(['abroad', 'overseas', 'militants', 'Mehsud']);
    expect(idOf.abroad).toBe(idOf.overseas);
    // "militants" is also a cue of the safe haven's rule; "Mehsud" only of the TTP's.
    expect(idOf.militants).not.toBe(idOf.Mehsud);
  });

  it('decodes its tables only when it first matches, never for a page it screens out', () => {
    const data = compileMatcher(readGlossary());
    const read = new Set<string | symbol>();
    const watched = new Proxy(data, {
      get(target, key, receiver) {
        if (key === 'ruleDigits' || key === 'meta') read.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    const matcher = new Matcher(watched);
    expect(matcher.mayMentionStory('Forecasters expect a mild week.')).toBe(false);
    expect([...read]).toEqual([]);
    expect(termsIn('Ishaq Dar arrived in Kabul.', matcher)).toHaveLength(2);
    expect([...read].sort()).toEqual(['meta', 'ruleDigits']);
  });

  it('screens text for the story’s core names before any matching', () => {
    const matcher = glossaryMatcher();
    expect(matcher.mayMentionStory('Forecasters expect a mild week with light winds.')).toBe(false);
    expect(matcher.mayMentionStory('The Taliban in Kabul met US envoys.')).toBe(false);
    expect(matcher.mayMentionStory('TEHREEK-E-TALIBAN claimed it')).toBe(true);
    expect(matcher.mayMentionStory('ملا هبت‌الله آخوندزاده')).toBe(true);
    expect(matcher.mayMentionStory('the IS-K branch')).toBe(true);
    expect(matcher.mayMentionStory('this is kind of the point')).toBe(false);
    // Markup wrapped mid-sentence: the matcher takes a run of separators, so the screen must too.
    expect(matcher.mayMentionStory('claimed by Islamic State\n        Khorasan Province')).toBe(true);
  });

  it('lets every core name that counts on its own through the screen, as written in the glossary', () => {
    const matcher = glossaryMatcher();
    const missed = readGlossary()
      .terms.data.terms.filter((term) => term.relevance === 'core')
      .flatMap((term) => term.aliases.map((alias) => (typeof alias === 'string' ? { text: alias } : alias)))
      .filter((alias) => !('needs' in alias && alias.needs))
      .map((alias) => alias.text)
      .filter((text) => !matcher.mayMentionStory(`In the news: ${text}, today.`));
    expect(missed).toEqual([]);
  });

  it('turns away everyday news of the region that no story name is in', () => {
    const matcher = glossaryMatcher();
    for (const text of [
      'The foreign ministers met at the Ministry of Foreign Affairs; the bank opened a branch.',
      'Pakistan Tehreek-e-Insaf and Tehreek-e-Labbaik Pakistan held rallies; Tahrir Square was calm.',
      'ISPR said Fitna al-Hindustan terrorists were killed in Balochistan.',
      'پاکستان تحریک انصاف کے رہنما نے کہا کہ اللہ کا شکر ہے، بارش آئی اور کالعدم تنظیم پر پابندی لگی۔',
      'اسلامی جمہوریہ پاکستان کے ناظم نے پاکستانی عوام سے خطاب کیا۔',
      'سرپرست وزارت اقتصاد گفت شاخه جدید بانک در کابل باز شد.',
      'د پاکستان حکومت وايي چې په اسلام اباد کې باران شوی او د کابل اسلامي امارت نوې بودیجه ورکړه.',
    ]) {
      expect(matcher.mayMentionStory(text), text).toBe(false);
    }
  });

  it('screens Arabic-script names in each language’s letter forms', () => {
    const matcher = glossaryMatcher();
    // Urdu ہ and ی, Arabic ه and ي, Pashto ې: the expression ships folded and is widened at run time.
    expect(matcher.mayMentionStory('ہیبت اللہ اخوندزادہ')).toBe(true);
    expect(matcher.mayMentionStory('هيبت الله')).toBe(true);
    expect(matcher.mayMentionStory('هېبت الله')).toBe(true);
    expect(matcher.mayMentionStory('کابل میں بارش')).toBe(false);
  });
});
